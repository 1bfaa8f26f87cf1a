"""The body's structure: rules, headings, quotes, lists, subheadings and paragraphs
(re-joined where a blank line split a sentence), and the dateline that opens the
first paragraph.
"""

from __future__ import annotations

import re

from newsschema import _bylines
from newsschema._text import thresholds as limit
from newsschema._text.codes import ElementKind, WarningCode
from newsschema._text.context import Context, Finding, Note
from newsschema._text.inline import parse_inline, strip_markup
from newsschema._text.units import Unit, UnitKind
from newsschema._text.words import (
    TERMINAL,
    emphasis_only,
    is_upper_word,
    starts_lower,
    words,
)
from newsschema.model import Dateline, Divider, Heading, ListBlock, Paragraph, Quote

__all__ = [
    "byline_as_text",
    "heading",
    "list_",
    "paragraph",
    "plain_prose",
    "prose",
    "quote",
    "read_dateline",
    "rule",
    "split_paragraph_continues",
    "starts_with_dateline",
    "subheading",
]

_ATTRIBUTION = re.compile(r"^(?:—|―|–|--|-)\s?(\S.*)$")


_MARKUP_STARTS = ("!", "[", "*", "_", "#", ">", "<", "|")
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "»", "…", "。", "！", "？")


def plain_prose(unit: Unit) -> bool:
    """A text unit that only a paragraph can be: long, with no markup at its start or end,
    and (when not very long) ending as a sentence with no label before a colon near its
    start. Furniture, captions, dates, bylines and subheadings are all shorter or marked."""
    text = unit.text
    if unit.kind is not UnitKind.TEXT or len(text) <= limit.SHORT_PROSE_CHARS:
        return False
    if text.startswith(_MARKUP_STARTS) or text.endswith(("**", "__")):
        return False
    if len(text) > limit.PROSE_CHARS:
        return True
    return text.endswith(_SENTENCE_ENDS) and ":" not in text[: limit.LABEL_CHARS]


# --------------------------------------------------------------------------- structure


def rule(unit: Unit, _ctx: Context) -> Finding | None:
    if unit.kind is not UnitKind.RULE:
        return None
    return Finding(ElementKind.RULE, block=Divider())


def heading(unit: Unit, _ctx: Context) -> Finding | None:
    if unit.kind is not UnitKind.HEADING:
        return None
    content = parse_inline(unit.text)
    level = max(2, unit.level)
    block = Heading(content, level=level) if content else None
    return Finding(
        ElementKind.SUBHEADING, block=block, detail=f"h{level}: {strip_markup(unit.text)[:60]}"
    )


def quote(unit: Unit, _ctx: Context) -> Finding | None:
    if unit.kind is not UnitKind.QUOTE:
        return None
    paragraphs = list(unit.items)
    attribution = None
    m = _ATTRIBUTION.match(strip_markup(paragraphs[-1]).strip()) if paragraphs else None
    if m and len(paragraphs) > 1 and words(m.group(1)) <= limit.QUOTE_ATTRIBUTION_WORDS:
        attribution = m.group(1)
        paragraphs.pop()
    content = [c for c in (parse_inline(p) for p in paragraphs) if c]
    block = Quote(tuple(Paragraph(c) for c in content), attribution) if content else None
    return Finding(ElementKind.QUOTE, block=block)


def list_(unit: Unit, _ctx: Context) -> Finding | None:
    if unit.kind is not UnitKind.LIST:
        return None
    items = tuple(c for c in (parse_inline(item) for item in unit.items) if c)
    block = ListBlock(items, ordered=unit.ordered) if items else None
    return Finding(ElementKind.LIST, block=block, detail=f"{len(items)} items")


# --------------------------------------------------------------------------- subheadings


def _bold_subheading(text: str) -> bool | None:
    """A line that is bold and nothing else: a subheading unless it reads as a sentence."""
    inner = emphasis_only(text)
    if inner is None or not text.startswith(("**", "__")):
        return None
    if inner.endswith((".", "!", "?", ",", ";")):
        return inner.endswith("?") and len(inner) < limit.SUBHEADING_QUESTION_CHARS
    return True


def _title_between(plain: str, ctx: Context) -> bool:
    """A short title line between two paragraphs: the one before ends a sentence, the one
    after is longer and starts as a sentence does."""
    previous, nxt = ctx.at(-1), ctx.at(1)
    if (
        previous is None
        or nxt is None
        or nxt.kind is not UnitKind.TEXT
        or ctx.position + 1 >= ctx.stop
    ):
        return False
    if (
        words(plain) > limit.SUBHEADING_BETWEEN_WORDS
        or len(plain) > limit.SUBHEADING_BETWEEN_CHARS
        or not plain[0].isupper()
    ):
        return False
    return (
        previous.kind is UnitKind.TEXT
        and strip_markup(previous.text).rstrip().endswith(TERMINAL)
        and not starts_lower(nxt.text)
        and len(strip_markup(nxt.text)) > len(plain)
    )


def subheading(unit: Unit, ctx: Context) -> Finding | None:
    """A bold line, an all-capitals line, or a short title line between two paragraphs."""
    text = unit.text
    if unit.kind is not UnitKind.TEXT or "\n" in text or len(text) > limit.SUBHEADING_RAW_CHARS:
        return None
    if len(text) > limit.SUBHEADING_CHARS + 6 and not any(c in text for c in "]\\&"):
        return None  # longer than a subheading, and no link, escape or entity to shorten it
    plain = strip_markup(text)
    if not plain or len(plain) > limit.SUBHEADING_CHARS:
        return None
    bold = _bold_subheading(text)
    if bold is None:
        if plain.endswith((*TERMINAL, ",")):
            return None
        tokens = plain.split()
        capitals = len(tokens) >= 2 and all(
            is_upper_word(w) or not any(c.isalpha() for c in w) for w in tokens
        )
        bold = (capitals and ctx.position + 1 < ctx.stop) or _title_between(plain, ctx)
    if not bold:
        return None
    content = parse_inline(emphasis_only(text) or text)
    return Finding(ElementKind.SUBHEADING, block=Heading(content, level=2), detail=plain[:60])


# --------------------------------------------------------------------------- paragraphs


def split_paragraph_continues(prev: str, nxt: str) -> bool:
    """True when ``prev`` stops mid-sentence and ``nxt`` carries it on."""
    prev = prev.rstrip()
    nxt = nxt.lstrip()
    if not prev or not nxt or prev.endswith(TERMINAL) or nxt[:1] in "#>![*-":
        return False
    last = prev[-1]
    if not (last.isalpha() or last in ",-–"):
        return False
    if starts_lower(nxt):
        return True
    if len(prev) < limit.SPLIT_PARAGRAPH_CHARS:
        return False
    last_word = prev.split()[-1]
    return (last_word.isalpha() and last_word.islower()) or last == ","


def paragraph(unit: Unit, ctx: Context) -> Finding | None:
    """Any text unit: a paragraph, or the rest of the one before it."""
    if unit.kind is not UnitKind.TEXT:
        return None
    return prose(unit, ctx.last, ctx.last_unit if ctx.last_unit is ctx.at(-1) else None)


def prose(unit: Unit, last: Finding | None, last_unit: Unit | None) -> Finding:
    """A text unit as a paragraph; it carries on the paragraph right before it (``last``
    for ``last_unit``) when a blank line split a sentence. The reader calls this directly
    for units that can only be paragraphs."""
    text = unit.text
    continues = (
        last is not None
        and last_unit is not None
        and last.kind is ElementKind.PARAGRAPH
        and split_paragraph_continues(last_unit.text, text)
    )
    content = parse_inline(text.replace("\n", " ") if "\n" in text else text)
    return Finding(
        ElementKind.PARAGRAPH,
        1,
        "",
        None,
        None,
        None,
        None,
        Paragraph(content) if content else None,
        None,
        (),
        None,
        (),
        continues,
    )


def byline_as_text(unit: Unit, ctx: Context) -> Finding | None:
    """A line inside the body that reads as a byline: kept as a paragraph, with a warning
    (a byline belongs in the header; here it may be a quote or a signature)."""
    if unit.kind is not UnitKind.TEXT or not _bylines.has_prefix(unit.text, ctx.language):
        return None
    text = unit.text
    plain = strip_markup(text)
    if len(plain) > limit.FURNITURE_CHARS:
        return None
    if _bylines.parse_byline(text, language=ctx.language) is None:
        return None
    found = paragraph(unit, ctx)
    note = Note(
        WarningCode.BYLINE_AS_TEXT, f"looked like a byline but was kept as text: {plain[:60]!r}"
    )
    return found._replace(notes=(note,)) if found is not None else None


# --------------------------------------------------------------------------- dateline

_DATELINE = re.compile(
    r"^(?P<head>[^\s(—–【].{0,70}?)\s?(?:[(（](?P<agency>[^()（）]{1,40})[)）])?"
    r"(?:\s?(?:—|–|―)\s?|\s--?\s|\s?--\s?)(?=\S)"
)
_CNN_STYLE = re.compile(r"^[(（](?P<agency>[^()（）]{1,40})[)）]\s?(?:—|–|―|--?)\s?(?=\S)")
_DATELINE_DATE = re.compile(
    r",\s?(?P<date>(?:[^\W\d_]{3,10}\.?\s\d{1,2}|\d{1,2}\.?\s[^\W\d_]{3,10}\.?))$"
)


def dateline_head_ok(head: str, agency: str | None) -> bool:
    """``MOSCOW``, ``KYIV, Ukraine``, ``MIAMI-DADE, FLA.``: the place starts in capitals; in a
    script without capitals, an agency in parentheses must follow it."""
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
    cased = any(c.isupper() or c.islower() for c in head)
    return not cased and agency is not None and words(head) <= limit.DATELINE_PLACE_WORDS


def starts_with_dateline(text: str) -> bool:
    m = _DATELINE.match(text)
    return m is not None and dateline_head_ok(m.group("head"), m.group("agency"))


def read_dateline(text: str) -> Dateline | None:
    """The dateline opening a paragraph (which keeps its text): place, agency, date."""
    m = _DATELINE.match(text)
    if m is None or not dateline_head_ok(m.group("head"), m.group("agency")):
        cnn = _CNN_STYLE.match(text)
        return Dateline(agency=cnn.group("agency").strip()) if cnn is not None else None
    head = m.group("head").strip().rstrip(",")
    date = None
    dm = _DATELINE_DATE.search(head)
    if dm is not None:
        date = dm.group("date")
        head = head[: dm.start()].strip()
    agency = (m.group("agency") or "").strip() or None
    return Dateline(place=head or None, agency=agency, date=date)
