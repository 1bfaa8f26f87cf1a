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
from newsschema.model import Divider, Heading, ListBlock, Paragraph, Quote

__all__ = [
    "byline_as_text",
    "heading",
    "list_",
    "paragraph",
    "plain_prose",
    "prose",
    "quote",
    "rule",
    "split_paragraph_continues",
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
    if inner.endswith(("...", "…")):
        return True  # "Planes, trains ...": a title that trails off
    if inner.endswith((".", "!", "?", ",", ";")):
        return inner.endswith("?") and len(inner) < limit.SUBHEADING_QUESTION_CHARS
    return True


_QUOTE_MARKS = ('"', "”", "»", "'", "’", "」", "』")


def _title_start(plain: str) -> bool:
    """A title starts with a capital (or a letter of a script without capitals), a digit
    or a quote mark; not with a dash (an attribution) or a small letter."""
    first = plain[0]
    if first in "\"“«'‘„「『":
        return True
    return first.isdigit() or (first.isalpha() and not first.islower())


def _title_end(plain: str) -> bool:
    """A title ends without a full stop: on a word, or a closing quote after a word (a
    question on a line of its own is an interviewer's, a paragraph)."""
    if plain.endswith(_QUOTE_MARKS):
        return not plain[:-1].rstrip().endswith((*TERMINAL, ","))
    return not plain.endswith((*TERMINAL, ","))


def _title_between(plain: str, ctx: Context) -> bool:
    """A short title line between two paragraphs: the one before ends a sentence, the one
    after is longer and starts as a sentence does."""
    previous, nxt = ctx.at(-1), ctx.at(1)
    if (
        previous is None
        or nxt is None
        or nxt.kind is not UnitKind.TEXT
        or previous.kind is not UnitKind.TEXT
        or ctx.position + 1 >= ctx.stop
        or not strip_markup(previous.text).rstrip().endswith(TERMINAL)
    ):
        return False
    return (
        len(plain) <= limit.SUBHEADING_BETWEEN_CHARS
        and words(plain) <= limit.SUBHEADING_BETWEEN_WORDS
        and _title_start(plain)
        and _title_end(plain)
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
    if text.endswith((".", "!", ",", ";", ":")) and not text.startswith(("**", "__")):
        return None  # a sentence; only a bold title may trail off
    plain = strip_markup(text)
    if not plain or len(plain) > limit.SUBHEADING_CHARS:
        return None
    bold = _bold_subheading(text)
    if not (bold if bold is not None else _unmarked_subheading(text, plain, ctx)):
        return None
    content = parse_inline(emphasis_only(text) or text)
    return Finding(ElementKind.SUBHEADING, block=Heading(content, level=2), detail=plain[:60])


def _unmarked_subheading(text: str, plain: str, ctx: Context) -> bool:
    """A subheading with no bold: in capitals (not the last unit), or a title printed as
    a plain line between paragraphs (one in italics is a paragraph, as printed)."""
    tokens = plain.split()
    capitals = (
        len(tokens) >= 2
        and plain.isupper()
        and all(is_upper_word(w) or not any(c.isalpha() for c in w) for w in tokens)
    )
    if capitals and not plain.endswith((*TERMINAL, ",")):
        return ctx.position + 1 < ctx.stop
    return "*" not in text and "_" not in text and _title_between(plain, ctx)


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
    last_word = prev.rsplit(None, 1)[-1]
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
