"""Bylines and date lines, alone or together on one line, wherever they stand.

``By A and B``, ``Posted by A``, ``BY A``, ``A, Reuters``, ``AFP``; ``Published
Nov. 4, 2022``, ``2 hours ago``; and both on one line in either order, with or
without a separator: ``By A | Nov 4, 2022``, ``Posted on DATE by A``,
``DATE | von A``, ``von A am DATE``, ``par A, le DATE``, ``By ALeeMarch 3, 2023``.
"""

from __future__ import annotations

import functools
import re

from newsschema import _bylines, _dates, _lexicons
from newsschema._text import thresholds as limit
from newsschema._text.captions import leading_image
from newsschema._text.codes import ElementKind, WarningCode
from newsschema._text.context import Context, Finding, Note, Zone
from newsschema._text.inline import strip_markup
from newsschema._text.labels import labels
from newsschema._text.units import Unit, UnitKind
from newsschema._text.words import words
from newsschema.model import Person

__all__ = [
    "AVATAR",
    "agency",
    "avatar",
    "bare_name",
    "body_date",
    "byline",
    "byline_and_date",
    "date",
    "date_notes",
    "describe_dates",
    "empty_meta",
    "is_meta_line",
    "split_byline_and_date",
]

_SEPARATORS = re.compile(r"\s[|—–·•/-]\s|,\s|\s(?=[|·•])|\s{2}")
_EDGE = " \t,;|·•/—–-:"
# a link's target, masked so that the digits of a URL never read as a date
_TARGET = re.compile(r"\]\([^)\s]{0,2000}(?:\s\"[^\"]{0,300}\")?\)")
# "[ Name ](url) By [ Name ](url) Paper": an avatar link before the byline
_AVATAR = re.compile(r"^(?:!?\[[^\]]{0,200}\]\([^)\s]{0,2000}\)\s?)+")


def describe_dates(line: _dates.DateLine) -> str:
    parts = []
    if line.published is not None:
        parts.append(f"published {_dates.to_iso(line.published)}")
    if line.modified is not None:
        parts.append(f"modified {_dates.to_iso(line.modified)}")
    return ", ".join(parts) or "no date"


def date_notes(line: _dates.DateLine) -> tuple[Note, ...]:
    """The warnings a date line raises: a guessed order, an unread zone, no date at all."""
    notes = []
    for note in line.notes:
        if note.issue is _dates.DateIssue.ORDER_GUESSED:
            notes.append(
                Note(
                    WarningCode.DATE_ORDER_GUESSED,
                    f"{note.text!r}: day and month could be either way round; read {note.reading}",
                )
            )
        elif note.issue is _dates.DateIssue.ZONE_UNREAD:
            notes.append(
                Note(
                    WarningCode.ZONE_UNREAD,
                    f"zone {note.text!r} stands for several offsets; the time is kept local",
                )
            )
        else:
            notes.append(
                Note(WarningCode.RELATIVE_DATE, f"{note.text!r} gives no date; none is invented")
            )
    return tuple(notes)


@functools.lru_cache(maxsize=4096)  # a pure function of the line: asked again by rules
def is_meta_line(text: str, language: str | None = None) -> bool:
    """A byline, a line of dates, or both: never prose, never joined into a wrapped
    paragraph. Cheap tests first: the reader asks this of many lines."""
    if len(text) > limit.META_LINE_CHARS:
        return False
    if _bylines.has_prefix(text, language):
        if _bylines.parse_byline(text, language=language):
            return True
        if split_byline_and_date(text, language) is not None:
            return True
    if not _dates.may_be_date_line(text, language):
        return False
    return _dates.read_date_line(strip_markup(text), language) is not None


def _date_finding(line: _dates.DateLine) -> Finding:
    return Finding(
        ElementKind.DATE, dates=line, detail=describe_dates(line), notes=date_notes(line)
    )


def date(unit: Unit, ctx: Context) -> Finding | None:
    """A line of dates (``Published Nov. 4, 2022 | Updated …``), or of a time with no date."""
    kind, text = unit.kind, unit.text
    if kind not in (UnitKind.TEXT, UnitKind.HEADING) or not _dates.may_be_date_line(
        text, ctx.language
    ):
        return None
    plain = strip_markup(unit.text)
    line = _dates.read_date_line(plain, ctx.language)
    if line is None:
        return None
    found = _date_finding(line)
    source = (
        labels(ctx.language).source_name.search(plain) if ":" in plain or "：" in plain else None
    )
    if source is not None and not source.group("name").startswith(("http", "www.")):
        # "2023-11-17 20:52 来源：新华网": the outlet that published the article
        return found._replace(text=source.group("name").strip())
    if ctx.zone is Zone.HEADER and not ctx.seen.authors:
        byline = _names_beside_dates(plain, ctx.language)
        if byline is not None:
            detail = ", ".join(byline.names()) + "; " + found.detail
            return found._replace(kind=ElementKind.BYLINE, byline=byline, detail=detail)
    return found


_NAME_EDGES = " \t|·•,;:-–—/()[]"


def _names_beside_dates(plain: str, language: str | None) -> _bylines.Byline | None:
    """``14. října 2023 Tereza Novotná``, ``Ann Lee · March 3, 2024``, ``AFP, 3 mai
    2024``: the names (or an agency) beside the dates with no byline word, a page's date
    and author run together. A name has two to four capitalised words; any other word
    left (but the date line's own: labels, weekdays, fillers) means none."""
    rest, cursor = [], 0
    for found in _dates.find_dates(plain, language):
        rest.append(plain[cursor : found.start])
        cursor = found.end
    rest.append(plain[cursor:])
    skip = _dates.date_line_words(language)
    kept = [w for w in " ".join(rest).split() if w.strip(_NAME_EDGES).casefold() not in skip]
    text = " ".join(kept).strip(_NAME_EDGES)
    if not text:
        return None
    agency = _bylines.parse_byline(text, require_prefix=False, language=language)
    if agency is not None:
        return agency
    names = _bylines.split_names(text, language)
    low, high = limit.BARE_NAME_WORDS
    if not all(
        low <= len(n.split()) <= high and _bylines.looks_like_name(n, language) for n in names
    ):
        return None
    return _bylines.Byline(tuple(Person(name) for name in names))


def body_date(unit: Unit, ctx: Context) -> Finding | None:
    """A date line standing in the body (``Updated: …``) that adds a date the header did
    not give, or a time with no date (``2 hours ago``): not the story's text either way."""
    found = date(unit, ctx)
    if found is None or found.dates is None:
        return None
    line, seen = found.dates, ctx.seen
    adds = (line.published is not None and not seen.published) or (
        line.modified is not None and not seen.modified
    )
    no_date = line.published is None and line.modified is None
    return found if adds or no_date else None


def _byline_finding(found: _bylines.Byline, *, sign_off: bool = False) -> Finding:
    return Finding(
        ElementKind.BYLINE, byline=found, detail=", ".join(found.names()), sign_off=sign_off
    )


def byline(unit: Unit, ctx: Context) -> Finding | None:
    """``By A and B``: a byline that opens with its word (also after an avatar link)."""
    if unit.kind is not UnitKind.TEXT or len(unit.text) > limit.META_LINE_CHARS:
        return None
    text = unit.text
    found = _bylines.parse_byline(text, language=ctx.language)
    if found is None:
        avatar = _AVATAR.match(text)
        if avatar is None:
            return None
        found = _bylines.parse_byline(text[avatar.end() :], language=ctx.language)
    return _byline_finding(found) if found is not None else None


def _trim_end(text: str, skip: frozenset[str]) -> str:
    """``von A am`` -> ``von A``: separators and date words dropped from the end."""
    text = text.rstrip(_EDGE)
    while True:
        head, _, last = text.rpartition(" ")
        if not head or last.casefold().strip(".") not in skip:
            return text
        text = head.rstrip(_EDGE)


def _cuts(text: str, lo: int, hi: int, extra: int) -> list[int]:
    """Where a line may be cut between ``lo`` and ``hi``: at separators, and at ``extra``."""
    found = [m.start() for m in _SEPARATORS.finditer(text, lo, hi)]
    return sorted({*found, extra})


@functools.lru_cache(maxsize=4096)  # a pure function of the line: asked again by rules
def split_byline_and_date(
    text: str, language: str | None
) -> tuple[_bylines.Byline, _dates.DateLine] | None:
    """A byline and a date line on one line, in either order; ``None`` when the line is
    not both. A name glued to the time after it (``Ann Lee9:48 PM``, where a tool dropped
    the space between two parts of the page) is read apart."""
    if len(text) > limit.META_LINE_CHARS or not _bylines.mentions_byline(text, language):
        return None
    label = _glued_label(language)
    if label.search(text):
        text = label.sub(" ", text)
    found = _split(text, language)
    if found is None and _GLUED.search(text):
        found = _split(_GLUED.sub(r"\1 \2", text), language)
    return found


@functools.lru_cache(maxsize=32)
def _glued_label(language: str | None) -> re.Pattern[str]:
    """A date's label run into the name before it (``Ann LeePublished on …``): a lower-case
    letter, then the label with its capital."""
    lex = _lexicons.lexicon(language).labels
    capitalised = [w[:1].upper() + w[1:] for w in (*lex.published, *lex.modified) if w]
    return re.compile(rf"(?<=[a-zà-þа-яё])(?={_lexicons.words_pattern(capitalised)})")


def _split(text: str, language: str | None) -> tuple[_bylines.Byline, _dates.DateLine] | None:
    masked = _TARGET.sub(lambda m: "](" + "_" * (len(m.group(0)) - 3) + ")", text)
    found = _dates.find_dates(masked, language)
    lex = _lexicons.lexicon(language)
    skip = frozenset((*lex.date_words, *lex.time_before, *lex.labels.published))
    if found:
        first, last = found[0].start, found[-1].end
    else:
        # "Posted by A at 5:11 AM": a time with no date
        lead = re.search(r"\s(?=\S{1,12}\s\[?\d{1,2}[:.h]\d\d)", masked)
        if lead is None:
            return None
        first, last = lead.start(), len(masked)
    for cut in _cuts(masked, 0, first, first):
        head = _trim_end(text[:cut], skip)
        if head and (both := _both(head, text[cut:], language)):
            return both
    for cut in _cuts(masked, last, len(masked), last):
        tail = text[cut:].lstrip(_EDGE)
        if (
            tail
            and _bylines.has_prefix(tail, language)
            and (both := _both(tail, text[:cut], language))
        ):
            return both
    return None


def _both(
    byline_text: str, date_text: str, language: str | None
) -> tuple[_bylines.Byline, _dates.DateLine] | None:
    found = _bylines.parse_byline(byline_text.strip(), language=language)
    if found is None:
        return None
    line = _dates.read_date_line(strip_markup(date_text).strip(_EDGE), language)
    return (found, line) if line is not None else None


def byline_and_date(unit: Unit, ctx: Context) -> Finding | None:
    if unit.kind is not UnitKind.TEXT:
        return None
    both = split_byline_and_date(unit.text, ctx.language)
    if both is None:
        return None
    found, line = both
    return Finding(
        ElementKind.BYLINE,
        byline=found,
        dates=line,
        detail=", ".join(found.names()) + "; " + describe_dates(line),
        notes=date_notes(line),
    )


def empty_meta(unit: Unit, ctx: Context) -> Finding | None:
    """``Authors: []``, ``Published: None``: a script printed a field it did not find."""
    if unit.kind is not UnitKind.TEXT or not labels(ctx.language).empty_meta.match(unit.text):
        return None
    return Finding(ElementKind.DATE, detail="(empty)")


def agency(unit: Unit, ctx: Context) -> Finding | None:
    """An agency alone (``Reuters``) or names with an agency (``A, Reuters``)."""
    if unit.kind is not UnitKind.TEXT or ctx.seen.image:
        return None
    found = _bylines.parse_byline(unit.text, require_prefix=False, language=ctx.language)
    return _byline_finding(found) if found is not None else None


def bare_name(unit: Unit, ctx: Context) -> Finding | None:
    """A name alone on its line, right before or after a date line (or an avatar image)."""
    if unit.kind is not UnitKind.TEXT or ctx.seen.authors or len(unit.text) > limit.NAME_CHARS:
        return None
    plain = strip_markup(unit.text)
    low, high = limit.BARE_NAME_WORDS
    if not low <= words(plain) <= high or not _bylines.looks_like_name(plain, ctx.language):
        return None
    after_avatar = ctx.last is not None and ctx.last.detail == AVATAR
    near = [u for u in (ctx.at(-1), ctx.at(1)) if u is not None]
    if not after_avatar and not any(is_meta_line(u.text.strip(), ctx.language) for u in near):
        return None
    return _byline_finding(_bylines.Byline((Person(plain),)))


AVATAR = "avatar"
_GLUED = re.compile(r"([^\W\d_])(\d{1,2}[:.h]\d\d)")
"""A letter right before a time: two parts of a page run together."""
_AVATAR_URL = re.compile(r"avatar|gravatar|/authors?/|/users?/|/people/|profile", re.IGNORECASE)
# "[ Name ](https://site/user/name)": a link alone to the author's page, beside the byline
_PROFILE_LINK = re.compile(r"^\[[^\]]{1,80}\]\((?P<url>[^)\s]{1,500})\)$")


def avatar(unit: Unit, ctx: Context) -> Finding | None:
    """An author's avatar picture beside the byline: part of the byline, not the lead image."""
    text = unit.text
    if unit.kind is not UnitKind.TEXT or not text.startswith(("!", "[")):
        return None
    found = leading_image(text)
    if found is not None:
        # an image after the lead image is no avatar
        target = f"{found[0].url} {found[0].alt}" if not (found[1] or ctx.seen.image) else ""
    else:
        link = _PROFILE_LINK.match(text)
        target = link.group("url") if link is not None else ""
    if not _AVATAR_URL.search(target):
        return None
    return Finding(ElementKind.BYLINE, detail=AVATAR)
