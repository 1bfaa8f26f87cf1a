"""The dateline that opens a story's first paragraph: place, agency and date, the rest text.

``WASHINGTON —``, ``KYIV, Ukraine (AP) —``, ``LONDON, Nov 4 (Reuters) -``,
``Berlin/Frankfurt (dpa) -``, ``LONDRES (AFP) -``, ``ALMATY. KAZINFORM —``,
``МОСКВА, 4 ноября. /ТАСС/.``, ``(CNN) --``, ``【6月18日 AFP】``,
``新华社北京11月17日电``, and places in scripts without capitals before an agency in
parentheses (``دمشق، سوريا (CNN) --``).
"""

from __future__ import annotations

import re

from newsschema._bylines import is_agency
from newsschema._lexicons.agencies import AGENCIES
from newsschema._text import thresholds as limit
from newsschema._text.words import is_upper_word, words
from newsschema.model import Dateline

__all__ = ["dateline_head_ok", "read_dateline", "starts_with_dateline"]

_DASH = r"(?:\s?(?:—|–|―)\s?|\s--?\s|\s?--\s?)(?=\S)"
_DATELINE = re.compile(
    r"^(?P<head>[^\s(—–【].{0,70}?)\s?(?:[(（](?P<agency>[^()（）]{1,40})[)）])?" + _DASH
)
_AGENCY_ONLY = re.compile(r"^[(（](?P<agency>[^()（）]{1,40})[)）]\s?(?:—|–|―|--?)\s?(?=\S)")
# "МОСКВА, 4 ноября. /ТАСС/." : place, date, the agency between slashes
_SLASHED = re.compile(
    r"^(?P<head>[^\W\d_][^,/]{0,40}),\s(?P<date>\d{1,2}\s[^\W\d_]{3,12})\.?\s/(?P<agency>[^/]{2,30})/\.?\s"
)
# "【6月18日 AFP】": date and agency in lenticular brackets (Japanese and Chinese wires)
_BRACKETED = re.compile(r"^【(?P<date>[^】\s]{1,12})\s?(?P<agency>[^】]{2,20})】")
_CJK_AGENCIES = "|".join(
    re.escape(form)
    for forms in AGENCIES
    for form in forms
    if not form.isascii() and all(not c.isalpha() or c > "\u2e7f" for c in form)
)
# "新华社北京11月17日电": agency, place, date, 电 (a dispatch)
_WIRE = re.compile(
    rf"^(?P<agency>{_CJK_AGENCIES})(?:记者\S{{0,8}}?)?(?P<head>[^\W\d_]{{1,12}}?)"
    r"(?P<date>\d{1,2}月\d{1,2}日)电"
)
_DATELINE_DATE = re.compile(
    r",\s?(?P<date>(?:[^\W\d_]{3,10}\.?\s\d{1,2}|\d{1,2}\.?\s[^\W\d_]{3,10}\.?))$"
)


def dateline_head_ok(head: str, agency: str | None) -> bool:
    """``MOSCOW``, ``KYIV, Ukraine``, ``MIAMI-DADE, FLA.``: the place starts in capitals, or
    in capitalised words before a known agency (``Berlin/Frankfurt (dpa)``); in a script
    without capitals an agency in parentheses must follow it."""
    first = head.split(",", maxsplit=1)[0].strip()
    tokens = first.split()
    if (
        not tokens
        or len(tokens) > limit.DATELINE_PLACE_WORDS
        or len(head) > limit.DATELINE_HEAD_CHARS
    ):
        return False
    if all(is_upper_word(w) or w in {"-", "&", "/"} for w in tokens):
        return True
    if agency is not None and is_agency(agency):
        return all(w[:1].isupper() for w in tokens)
    cased = any(c.isupper() or c.islower() for c in head)
    return not cased and agency is not None and words(head) <= limit.DATELINE_PLACE_WORDS


def starts_with_dateline(text: str) -> bool:
    m = _DATELINE.match(text)
    return m is not None and dateline_head_ok(m.group("head"), m.group("agency"))


def _split_place(head: str, agency: str | None) -> tuple[str | None, str | None, str | None]:
    """``LONDON, Nov 4`` -> place and date; ``ALMATY. KAZINFORM`` -> place and agency."""
    head = head.strip().rstrip(",")
    date = None
    dm = _DATELINE_DATE.search(head)
    if dm is not None:
        date = dm.group("date")
        head = head[: dm.start()].strip()
    if agency is None and ". " in head:
        place, _, last = head.rpartition(". ")
        if is_agency(last):
            head, agency = place, last
    return head or None, agency, date


def read_dateline(text: str) -> Dateline | None:
    """The dateline opening a paragraph (which keeps its text): place, agency, date."""
    m = _DATELINE.match(text)
    if m is not None and dateline_head_ok(m.group("head"), m.group("agency")):
        agency = (m.group("agency") or "").strip() or None
        place, agency, date = _split_place(m.group("head"), agency)
        return Dateline(place=place, agency=agency, date=date)
    for rx in (_SLASHED, _WIRE):
        m = rx.match(text)
        if m is not None and (rx is _WIRE or dateline_head_ok(m.group("head"), None)):
            return Dateline(place=m.group("head"), agency=m.group("agency"), date=m.group("date"))
    m = _BRACKETED.match(text)
    if m is not None:
        return Dateline(agency=m.group("agency").strip(), date=m.group("date"))
    m = _AGENCY_ONLY.match(text)
    return Dateline(agency=m.group("agency").strip()) if m is not None else None
