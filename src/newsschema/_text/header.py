"""The header: headline, deck, bylines, dates and the lead image, read from the start.

Each unit goes through the steps of :class:`HeaderReader` in order; the header
ends at the first unit no step takes, which starts the body.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from newsschema import _bylines, _dates
from newsschema._text.body import DATELINE, dateline_head_ok, same_text_as_alt
from newsschema._text.captions import bold_credit, leading_image, split_credit
from newsschema._text.footer import is_footer_line
from newsschema._text.frontmatter import FrontMatter
from newsschema._text.inline import clean_text, strip_markup
from newsschema._text.state import (
    ReadState,
    date_line,
    describe_dates,
    emphasis_only,
    is_meta_line,
    is_noise,
    words,
)
from newsschema._text.units import Unit, UnitKind
from newsschema.model import Image, Person

__all__ = ["HeaderReader", "split_byline_and_date"]

_MAX_HEADER_UNITS = 12
# parse_byline reads at most 220 characters and read_date_line 160, plus a separator
_BYLINE_AND_DATE_MAX = 400


def _headline_candidate(unit: Unit) -> bool:
    """Could this plain unit be a headline? Short, one line, not a run of sentences."""
    text = strip_markup(unit.text)
    if unit.kind is not UnitKind.TEXT or not text or "\n" in unit.text:
        return False
    if len(text) > 250 or words(text) > 40:
        return False
    if text.endswith(".") and words(text) > 15 and not text.endswith("..."):
        return False
    if text.count(". ") >= 2:
        return False
    head = DATELINE.match(text)
    return not (head and dateline_head_ok(head.group("head")))


def split_byline_and_date(
    text: str, language: str | None
) -> tuple[_bylines.Byline, _dates.DateLine] | None:
    """``By A | November 4, 2022`` or ``By A, Published Nov 4 2022``: one line, both parts."""
    plain = strip_markup(text)
    if len(plain) > _BYLINE_AND_DATE_MAX:
        return None  # each cut below would copy the line: keep this to lines it could match
    found = _dates.find_dates(plain, language)
    if not found:
        return None
    for sep in (" | ", " — ", " – ", " - ", " · ", " • ", ", "):
        cut = plain.find(sep)
        while cut != -1 and cut < found[0].start:
            byline = _bylines.parse_byline(plain[:cut])
            line = _dates.read_date_line(plain[cut + len(sep) :], language)
            if byline is not None and line is not None:
                return byline, line
            cut = plain.find(sep, cut + 1)
    return None


class HeaderReader:
    """Takes header units from the start, recording each in the state's map."""

    def __init__(self, state: ReadState, units: list[Unit], front: FrontMatter | None) -> None:
        self.state = state
        self.units = units
        self.front = front
        self.seen_meta = False
        """A byline or date was read: a deck can no longer follow."""
        self.seen_image = False
        self.pending_image: tuple[Image, Unit] | None = None
        """A lead image read without its caption: the next unit may be the caption."""
        self.steps: tuple[Callable[[int], int], ...] = (
            self.caption,
            self.noise,
            self.byline,
            self.date,
            self.byline_and_date,
            self.image,
            self.caption_without_image,
            self.agency,
            self.bare_name,
            self.deck,
        )

    def read(self) -> int:
        """Read the header; returns how many units it took."""
        i = self.headline()
        limit = min(len(self.units), i + _MAX_HEADER_UNITS)
        while i < limit and self.units[i].kind is UnitKind.TEXT:
            for step in self.steps:
                taken = step(i)
                if taken:
                    i += taken
                    break
            else:
                break
        return i

    def headline(self) -> int:
        if not self.units:
            return 0
        state, first = self.state, self.units[0]
        text = strip_markup(first.text).strip()
        if self.front is not None and state.headline:
            # the front matter's title wins; the text's own copy is only recognised
            if first.kind is UnitKind.HEADING or (
                first.kind is UnitKind.TEXT and text.casefold() == state.headline.casefold()
            ):
                state.element("headline", first, "(same as front matter title)")
                return 1
            return 0
        if (first.kind is UnitKind.HEADING and first.level <= 2) or (
            len(self.units) > 1
            and _headline_candidate(first)
            and not _standalone_meta(first)
            and not is_footer_line(first.text.strip())
        ):
            state.headline = text
            state.element("headline", first)
            return 1
        return 0

    def caption(self, i: int) -> int:
        """A caption right under its lead image (same block, alt text repeated, bold credit)."""
        pending, self.pending_image = self.pending_image, None
        if pending is None:
            return 0
        image, image_unit = pending
        unit = self.units[i]
        text = unit.text.strip()
        if image.caption is not None or not (
            unit.block == image_unit.block
            or same_text_as_alt(unit, image)
            or bold_credit(text) is not None
        ):
            return 0
        parts = split_credit(text)
        self.state.lead_image = attrs.evolve(image, caption=parts.caption, credit=parts.credit)
        self.state.element("lead image caption" + (" + credit" if parts.credit else ""), unit)
        return 1

    def noise(self, i: int) -> int:
        unit = self.units[i]
        plain = strip_markup(unit.text)
        if not is_noise(plain):
            return 0
        self.state.element("noise (left out)", unit, plain)
        self.state.warn(f"left out {plain!r}", unit.start)
        return 1

    def _took_byline(self, unit: Unit, byline: _bylines.Byline, kind: str = "byline") -> int:
        self.state.add_byline(byline)
        self.state.element(kind, unit, ", ".join(byline.names()))
        self.seen_meta = True
        return 1

    def byline(self, i: int) -> int:
        unit = self.units[i]
        byline = _bylines.parse_byline(unit.text.strip())
        return self._took_byline(unit, byline) if byline is not None else 0

    def date(self, i: int) -> int:
        unit = self.units[i]
        line = date_line(self.state, unit.text)
        if line is None:
            return 0
        self.state.add_dates(line)
        self.state.element("date", unit, describe_dates(line))
        self.seen_meta = True
        return 1

    def byline_and_date(self, i: int) -> int:
        unit = self.units[i]
        both = split_byline_and_date(unit.text.strip(), self.state.language)
        if both is None:
            return 0
        self.state.add_dates(both[1])
        return self._took_byline(unit, both[0], "byline + date")

    def image(self, i: int) -> int:
        unit = self.units[i]
        found = leading_image(unit.text.strip())
        if found is None or self.seen_image:
            return 0
        image, rest = found
        self.seen_image = True
        if rest:
            parts = split_credit(rest)
            self.state.lead_image = attrs.evolve(image, caption=parts.caption, credit=parts.credit)
            credit = " + credit" if parts.credit else ""
            self.state.element(f"lead image + caption{credit}", unit)
        else:
            self.state.lead_image = image
            self.state.element("lead image", unit)
            self.pending_image = (image, unit)
        return 1

    def caption_without_image(self, i: int) -> int:
        """``Caption. **Name / Agency**`` under the byline: the lead photo's caption."""
        unit = self.units[i]
        credit = bold_credit(unit.text.strip())
        if credit is None or self.seen_image or not credit.caption:
            return 0
        self.seen_image = True
        self.state.lead_image = Image(caption=credit.caption, credit=credit.credit)
        self.state.element("lead image caption + credit", unit)
        return 1

    def agency(self, i: int) -> int:
        """An agency alone (``Reuters``) or names with an agency (``A, Reuters``)."""
        unit = self.units[i]
        if self.seen_image:
            return 0
        byline = _bylines.parse_byline(unit.text.strip(), require_prefix=False)
        return self._took_byline(unit, byline) if byline is not None else 0

    def bare_name(self, i: int) -> int:
        """A name alone on its line, right before or after a date line."""
        unit = self.units[i]
        plain = strip_markup(unit.text)
        if self.state.authors or not _bylines.looks_like_name(plain) or not 2 <= words(plain) <= 4:
            return 0
        near = [self.units[j] for j in (i - 1, i + 1) if 0 <= j < len(self.units)]
        if not any(date_line(self.state, u.text) is not None for u in near):
            return 0
        self.state.authors.append(Person(plain))
        self.state.element("byline", unit, plain)
        self.seen_meta = True
        return 1

    def deck(self, i: int) -> int:
        """Bold or italic text under the headline, or a short text right before the byline."""
        state = self.state
        if not state.headline or state.subheadline is not None or self.seen_meta:
            return 0
        if self.seen_image:
            return 0
        unit = self.units[i]
        text = unit.text.strip()
        plain = strip_markup(text)
        inner = emphasis_only(text)
        nxt = self.units[i + 1] if i + 1 < len(self.units) else None
        next_is_meta = nxt is not None and _standalone_meta(nxt)
        if (inner and len(inner) >= 15) or (next_is_meta and len(plain) <= 400):
            state.subheadline = clean_text(inner or plain).strip()
            state.element("deck", unit)
            return 1
        return 0


def _standalone_meta(unit: Unit) -> bool:
    """A byline or a date line."""
    return is_meta_line(unit.text.strip())
