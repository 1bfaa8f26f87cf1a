"""The body: paragraphs (re-joined where a blank line split a sentence), subheadings,
quotes, lists, rules and images; and the dateline that opens the first paragraph.

Each unit goes through the steps of :class:`BodyReader` in order; the first step
that recognises it takes it. A unit no step takes is a paragraph: text is never
dropped, except page furniture ("Advertisement", "Read more"), which the map lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from newsschema import _bylines
from newsschema._text.captions import bold_credit, leading_image, split_credit
from newsschema._text.footer import READ_MORE
from newsschema._text.inline import parse_inline, strip_markup
from newsschema._text.state import (
    TERMINAL,
    Element,
    ReadState,
    date_line,
    describe_dates,
    emphasis_only,
    is_noise,
    is_upper_word,
    same_text,
    starts_lower,
    words,
)
from newsschema._text.units import Unit, UnitKind
from newsschema.model import (
    TEXT_BLOCKS,
    Block,
    Dateline,
    Divider,
    Heading,
    Image,
    ImageBlock,
    ListBlock,
    Organization,
    Paragraph,
    Quote,
)

__all__ = ["DATELINE", "BodyReader", "dateline_head_ok", "read_dateline"]

# The head never ends in white space (the shortest head that matches never does), so a
# run of spaces is met by one \s* only: with a head that could end anywhere in it, each
# of its 71 lengths rescanned the run in quadratically many ways.
DATELINE = re.compile(
    r"^(?P<head>[^\s(—–](?:.{0,69}?\S)??)(?:\s*\((?P<agency>[^()]{1,40})\))?"
    r"(?:\s*[—–―]|\s+--?(?=\s))\s*(?=\S)"
)
_DATELINE_DATE = re.compile(
    r",\s*(?P<date>(?:[A-Za-zА-яё]{3,10}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-zА-яё]{3,10}\.?))$"
)
_ATTRIBUTION = re.compile(r"^(?:—|―|–|--|-)\s*(\S.*)$")


_LONG = 240


def _plain_prose(unit: Unit) -> bool:
    """A long text unit with no image or credit markup: only the paragraph step can take it
    (furniture, captions, dates, bylines and subheadings are all far shorter)."""
    text = unit.text
    return (
        unit.kind is UnitKind.TEXT
        and len(text) > _LONG
        and not text.startswith(("!", "[!", "[![", "**", "__"))
        and not text.rstrip().endswith("**")
    )


def split_paragraph_continues(prev: str, nxt: str, length: int | None = None) -> bool:
    """True when ``prev`` stops mid-sentence and ``nxt`` carries it on.

    ``length`` is the length of the whole paragraph when ``prev`` is only its last part.
    """
    prev = prev.rstrip()
    nxt = nxt.lstrip()
    if not prev or not nxt or prev.endswith(TERMINAL) or nxt[:1] in "#>![*-":
        return False
    last = prev[-1]
    if not (last.isalpha() or last in ",-–"):
        return False
    if starts_lower(nxt):
        return True
    if (len(prev) if length is None else length) < 60:
        return False
    last_word = prev.rsplit(None, 1)[-1]
    return (last_word.isalpha() and last_word.islower()) or last == ","


class BodyReader:
    """Turns the body's units into blocks, recording each in the state's map."""

    def __init__(self, state: ReadState, units: list[Unit]) -> None:
        self.state = state
        self.units = units
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.last_paragraph: Unit | None = None
        """The source of the last block when it is a paragraph (for re-joining)."""
        self.joined: list[str] = []
        """The texts the last paragraph is made of, parsed together once it is complete
        (parsing the growing text at each join took quadratic time)."""
        self.joined_length = 0
        self.steps: tuple[Callable[[int], int], ...] = (
            self.rule,
            self.heading,
            self.quote,
            self.list,
            self.image,
            self.furniture,
            self.caption_without_image,
            self.date,
            self.subheading,
            self.paragraph,
        )

    def read(self) -> list[Block]:
        i = 0
        while i < len(self.units):
            if _plain_prose(self.units[i]):
                i += self.paragraph(i)
                continue
            for step in self.steps:
                taken = step(i)
                if taken:
                    i += taken
                    break
            else:  # pragma: no cover - the paragraph step takes every text unit
                i += 1
        self._end_paragraph()
        return self.blocks

    def _end_paragraph(self) -> None:
        """Parse the last paragraph's text once it joins several units."""
        if len(self.joined) > 1:
            text = " ".join(self.joined).replace("\n", " ")
            self.blocks[-1] = Paragraph(parse_inline(text))
        self.joined = []

    def _add(self, block: Block, kind: str, unit: Unit | tuple[int, int], detail: str = "") -> int:
        self._end_paragraph()
        self.blocks.append(block)
        self.last_paragraph = None
        self.state.element(kind, unit, detail)
        return 1

    # -- structural units

    def rule(self, i: int) -> int:
        unit = self.units[i]
        return self._add(Divider(), "rule", unit) if unit.kind is UnitKind.RULE else 0

    def heading(self, i: int) -> int:
        unit = self.units[i]
        if unit.kind is not UnitKind.HEADING:
            return 0
        content = parse_inline(unit.text)
        if not content:
            return 1
        level = max(2, unit.level)
        return self._add(
            Heading(content, level=level),
            f"subheading (h{level})",
            unit,
            strip_markup(unit.text)[:60],
        )

    def quote(self, i: int) -> int:
        unit = self.units[i]
        if unit.kind is not UnitKind.QUOTE:
            return 0
        paragraphs = list(unit.items)
        attribution = None
        m = _ATTRIBUTION.match(strip_markup(paragraphs[-1]).strip()) if paragraphs else None
        if m and len(paragraphs) > 1 and words(m.group(1)) <= 12:
            attribution = m.group(1)
            paragraphs.pop()
        content = [c for c in (parse_inline(p) for p in paragraphs) if c]
        if not content:
            return 1
        return self._add(Quote(tuple(Paragraph(c) for c in content), attribution), "quote", unit)

    def list(self, i: int) -> int:
        unit = self.units[i]
        if unit.kind is not UnitKind.LIST:
            return 0
        items = tuple(c for c in (parse_inline(item) for item in unit.items) if c)
        if not items:
            return 1
        return self._add(
            ListBlock(items, ordered=unit.ordered), "list", unit, f"{len(items)} items"
        )

    # -- text units

    def _place_image(self, image: Image) -> ImageBlock | None:
        """The first image before any prose is the lead image; others stay in the body."""
        if self.state.lead_image is None and not any(
            isinstance(b, TEXT_BLOCKS) for b in self.blocks
        ):
            self.state.lead_image = image
            return None
        return ImageBlock(image)

    def image(self, i: int) -> int:
        unit = self.units[i]
        found = leading_image(unit.text.strip())
        if found is None:
            return 0
        image, rest = found
        caption: Unit | None = None
        nxt = self.units[i + 1] if i + 1 < len(self.units) else None
        if (
            not rest
            and nxt is not None
            and nxt.kind is UnitKind.TEXT
            and (nxt.block == unit.block or same_text_as_alt(nxt, image))
        ):
            caption = nxt
            rest = nxt.text.strip()
        if rest:
            parts = split_credit(rest)
            image = attrs.evolve(image, caption=parts.caption, credit=parts.credit)
        end = caption.end if caption is not None else unit.end
        kind = "image" + (" + caption" if rest else "")
        block = self._place_image(image)
        if block is None:
            self.state.element("lead " + kind, (unit.start, end))
        else:
            self._add(block, kind, (unit.start, end))
        return 2 if caption is not None else 1

    def furniture(self, i: int) -> int:
        unit = self.units[i]
        plain = strip_markup(unit.text)
        if is_noise(plain):
            self.state.element("noise (left out)", unit, plain)
            self.state.warn(f"left out {plain!r}", unit.start)
            return 1
        if READ_MORE.match(plain) and len(plain) < 200:
            self.state.element("read more (left out)", unit, plain[:60])
            return 1
        return 0

    def caption_without_image(self, i: int) -> int:
        """``Caption. **Name / Agency**``: an image whose file the text did not keep."""
        unit = self.units[i]
        credit = bold_credit(unit.text.strip())
        if credit is None or not credit.credit or "/" not in credit.credit or not credit.caption:
            return 0
        block = self._place_image(Image(caption=credit.caption, credit=credit.credit))
        if block is None:
            self.state.element("lead image caption + credit", unit)
            return 1
        return self._add(block, "image caption + credit", unit)

    def date(self, i: int) -> int:
        """A date line standing alone in the body ("Updated: …") that adds a date."""
        unit = self.units[i]
        if len(unit.text) > 160:
            return 0
        line = date_line(self.state, unit.text)
        if line is None or not self.state.add_dates(line):
            return 0
        self.state.element("date", unit, describe_dates(line))
        return 1

    def subheading(self, i: int) -> int:
        unit = self.units[i]
        text = unit.text.strip()
        plain = strip_markup(text)
        if len(plain) <= 200 and _bylines.parse_byline(text) is not None:
            self.state.warn(
                f"looked like a byline but was kept as text: {plain[:60]!r}", unit.start
            )
            return 0
        if not self._is_subheading(text, plain, i):
            return 0
        return self._add(
            Heading(parse_inline(emphasis_only(text) or text), level=2),
            "subheading",
            unit,
            plain[:60],
        )

    def _is_subheading(self, text: str, plain: str, i: int) -> bool:
        """A bold line, an all-caps line, or a short title line between two paragraphs."""
        units = self.units
        if not plain or len(plain) > 120 or "\n" in text:
            return False
        inner = emphasis_only(text)
        if inner is not None and text.startswith(("**", "__")):
            return not inner.endswith((".", "!", "?", ",", ";")) or (
                inner.endswith("?") and len(inner) < 80
            )
        if plain.endswith((*TERMINAL, ",")):
            return False
        tokens = plain.split()
        between = 0 < i < len(units) - 1 and units[i + 1].kind is UnitKind.TEXT
        if len(tokens) >= 2 and all(
            is_upper_word(w) or not any(c.isalpha() for c in w) for w in tokens
        ):
            return i < len(units) - 1
        if not between or len(tokens) > 10 or len(plain) > 80 or not plain[0].isupper():
            return False
        previous, nxt = units[i - 1], units[i + 1]
        return (
            previous.kind is UnitKind.TEXT
            and strip_markup(previous.text).rstrip().endswith(TERMINAL)
            and not starts_lower(nxt.text)
            and len(strip_markup(nxt.text)) > len(plain)
        )

    def paragraph(self, i: int) -> int:
        unit = self.units[i]
        text = unit.text.strip()
        previous = self.last_paragraph
        if previous is not None and split_paragraph_continues(
            self.joined[-1], text, self.joined_length
        ):
            # a paragraph that a blank line split mid-sentence: one paragraph again
            self.joined.append(text)
            self.joined_length += 1 + len(text)
            self.state.replace_last(
                Element("paragraph", previous.start, unit.end, f"{self.paragraphs} (joined)")
            )
            return 1
        content = parse_inline(text.replace("\n", " "))
        if not content:
            return 1
        self.paragraphs += 1
        wrapped = " (wrapped)" if unit.joined else ""
        self._add(Paragraph(content), "paragraph", unit, f"{self.paragraphs}{wrapped}")
        self.last_paragraph = unit
        self.joined, self.joined_length = [unit.text], len(unit.text)
        return 1


def same_text_as_alt(unit: Unit, image: Image) -> bool:
    """A caption unit that repeats the image's alt text."""
    return same_text(strip_markup(unit.text), image.alt or "")


# --------------------------------------------------------------------------- dateline


def dateline_head_ok(head: str) -> bool:
    """``MOSCOW``, ``KYIV, Ukraine``, ``MIAMI-DADE, FLA.``: the place starts in capitals."""
    first = head.split(",", maxsplit=1)[0].strip()
    tokens = first.split()
    if not tokens or len(tokens) > 5 or len(head) > 70:
        return False
    return all(is_upper_word(w) or w in {"-", "&"} for w in tokens)


def read_dateline(state: ReadState, blocks: list[Block]) -> Dateline | None:
    """The dateline opening the first paragraph (which keeps its text)."""
    first = next((b for b in blocks if isinstance(b, Paragraph)), None)
    if first is None:
        return None
    m = DATELINE.match(first.text)
    if m is None or not dateline_head_ok(m.group("head")):
        return None
    head = m.group("head").strip().rstrip(",")
    date = None
    dm = _DATELINE_DATE.search(head)
    if dm is not None:
        date = dm.group("date")
        head = head[: dm.start()].strip()
    agency = (m.group("agency") or "").strip() or None
    if agency and _bylines.is_agency(agency):
        state.add_organizations((Organization(agency),))
    return Dateline(place=head or None, agency=agency, date=date)
