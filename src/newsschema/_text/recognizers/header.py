"""The header's own elements: kicker, headline and deck.

A kicker or section label may stand above the headline (``Opinion``, ``WORLD``,
``EXCLUSIVE``, a place); the headline need not be the first line (a date or a
kicker may come first); a deck (standfirst) stands under the headline, before or
sandwiched between the byline and date lines.
"""

from __future__ import annotations

import re

from newsschema._text import thresholds as limit
from newsschema._text.captions import split_credit
from newsschema._text.codes import ElementKind
from newsschema._text.context import Context, Finding
from newsschema._text.inline import clean_text, strip_markup
from newsschema._text.labels import labels
from newsschema._text.recognizers.body import plain_prose
from newsschema._text.recognizers.dateline import starts_with_dateline
from newsschema._text.recognizers.footer import is_footer_line
from newsschema._text.recognizers.meta import is_meta_line, split_byline_and_date
from newsschema._text.units import Unit, UnitKind
from newsschema._text.words import (
    emphasis_only,
    ends_sentence,
    is_upper_word,
    same_text,
    unspaced,
    words,
)

__all__ = ["deck", "headline", "headline_candidate", "kicker", "repeated_headline"]

_SENTENCE_END = (".", "。", "！", "？")


def headline_candidate(unit: Unit, language: str | None = None) -> bool:
    """Could this unit be a headline? A heading, or one short line that is not a run of
    sentences, a dateline paragraph, a byline, a date line or a footer label."""
    if unit.kind is UnitKind.HEADING:
        # a heading that is a date line ("## Friday, March 3, 2023") is no headline
        return bool(strip_markup(unit.text).strip()) and not is_meta_line(unit.text, language)
    if len(unit.text) > limit.HEADLINE_RAW_CHARS:
        return False
    text = strip_markup(unit.text).strip()
    if unit.kind is not UnitKind.TEXT or not text or "\n" in unit.text:
        return False
    if len(text) > limit.HEADLINE_CHARS or words(text) > limit.HEADLINE_WORDS:
        return False
    if unspaced(text) and (len(text) > limit.HEADLINE_UNSPACED_CHARS or text.endswith("。")):
        return False
    n = words(text)
    if (
        text.endswith(_SENTENCE_END)
        and n > limit.HEADLINE_SENTENCE_WORDS
        and not text.endswith("...")
    ):
        return False
    if text.count(". ") >= 2 or starts_with_dateline(text):
        return False
    return not is_meta_line(unit.text, language) and not is_footer_line(unit.text)


def headline(unit: Unit, ctx: Context) -> Finding | None:
    """The headline: the first heading, or the first short line, before any byline."""
    seen = ctx.seen
    if seen.headline or seen.authors or seen.deck:
        return None
    title = ctx.front.text("title") if ctx.front is not None else None
    if title:
        # the front matter's title wins; the text's own copy is only recognised
        text = strip_markup(unit.text).strip()
        if unit.kind is UnitKind.HEADING or text.casefold() == clean_text(title).strip().casefold():
            return Finding(ElementKind.HEADLINE, detail="(same as front matter title)")
        return None
    if unit.kind is UnitKind.HEADING:
        if unit.level > 2 and ctx.position > 0 and not (seen.meta or seen.kicker):
            return None
        if not headline_candidate(unit, ctx.language):
            return None
    elif ctx.at(1) is None or not headline_candidate(unit, ctx.language):
        return None
    return Finding(ElementKind.HEADLINE, text=strip_markup(unit.text).strip())


def repeated_headline(unit: Unit, ctx: Context) -> Finding | None:
    """The headline printed again before the story: a tool printed the page's title, then
    the page's own heading (or a share box repeats it). Not a subheading, not prose."""
    title = ctx.seen.title
    if not title or ctx.seen.prose or unit.kind not in (UnitKind.TEXT, UnitKind.HEADING):
        return None
    if not same_text(strip_markup(unit.text), title):
        return None
    return Finding(ElementKind.HEADLINE, detail="(repeated)")


def _headline_again(unit: Unit | None, title: str) -> bool:
    return unit is not None and same_text(strip_markup(unit.text), title)


def kicker(unit: Unit, ctx: Context) -> Finding | None:
    """A section or label line above the headline: a label of the lexicon, a line in
    capitals, or any short line right above a heading."""
    seen = ctx.seen
    if seen.kicker or seen.meta or unit.kind not in (UnitKind.TEXT, UnitKind.HEADING):
        return None
    if seen.headline and not _headline_again(ctx.at(1), seen.title):
        return None  # a kicker stands above the headline (or above its second printing)
    if len(unit.text) > limit.KICKER_RAW_CHARS:
        return None
    text = strip_markup(_LINK_NUMBER.sub("", unit.text)).strip().rstrip(" |:·•/>»›-–—").strip()
    if not _label_shaped(text):
        return None
    nxt = ctx.at(1)
    if nxt is None or not headline_candidate(nxt, ctx.language):
        return None
    if len(strip_markup(nxt.text)) <= len(text) or ctx.at(2) is None:
        return None
    labelled = text.casefold() in labels(ctx.language).kickers or all(
        is_upper_word(w) for w in text.split()
    )
    above_heading = nxt.kind is UnitKind.HEADING and unit.kind is UnitKind.TEXT
    if not (labelled or above_heading or _meta_under_headline(text, ctx)):
        return None
    return Finding(ElementKind.KICKER, text=text, detail=text)


_LINK_NUMBER = re.compile(r"^\[\d{1,4}\]")
"""A text browser's number of the link a line opens with (``[9]Sport``)."""


def _meta_under_headline(text: str, ctx: Context) -> bool:
    """A label of one or two words (``Sport``, ``Bildung``), whatever its word, with the
    byline or date line right under the next line (the headline) or under the deck after
    it. A longer line there is a short headline over its deck."""
    if words(text) > _SECTION_WORDS:
        return False
    return _meta_unit(ctx.at(2), ctx.language) or _meta_unit(ctx.at(3), ctx.language)


_SECTION_WORDS = 2


def _meta_unit(unit: Unit | None, language: str | None) -> bool:
    if unit is None or unit.kind is not UnitKind.TEXT:
        return False
    text = unit.text.strip()
    return is_meta_line(text, language) or split_byline_and_date(text, language) is not None


def _label_shaped(text: str) -> bool:
    """A few words, no number, no sentence."""
    return (
        bool(text)
        and words(text) <= limit.KICKER_WORDS
        and len(text) <= limit.KICKER_CHARS
        and not text.endswith((".", "?", "!", ",", ";"))
        and not any(c.isdigit() for c in text)
    )


def deck(unit: Unit, ctx: Context) -> Finding | None:
    """Bold or italic text under the headline, or a short text right before the byline or
    date; a bold or italic one between header lines too."""
    seen = ctx.seen
    if not seen.headline or seen.deck or seen.image or unit.kind is not UnitKind.TEXT:
        return None
    if len(unit.text) > limit.DECK_RAW_CHARS:
        return None
    text = unit.text
    plain = strip_markup(text)
    inner = emphasis_only(text)
    nxt = ctx.at(1)
    next_is_meta = nxt is not None and is_meta_line(nxt.text.strip(), ctx.language)
    if (
        not seen.meta
        and _standfirst(plain, nxt)
        and split_credit(text, ctx.language).credit is None
    ):
        pass  # a phrase, not a sentence, right under the headline (no photo's caption)
    elif seen.meta:
        # after the byline only a bold or italic line that more header lines follow
        if not (inner and next_is_meta):
            return None
    elif not (
        (inner and len(inner) >= limit.DECK_EMPHASIS_CHARS and _not_lead(inner, nxt))
        or (next_is_meta and len(plain) <= limit.DECK_CHARS)
    ):
        return None
    return Finding(ElementKind.DECK, text=clean_text(inner or plain).strip())


def _standfirst(plain: str, nxt: Unit | None) -> bool:
    """A deck in plain text: a phrase of several words that ends without a full stop (a
    story's paragraph ends as a sentence), with more text after it."""
    plain = plain.strip()
    low, high = limit.DECK_PHRASE_WORDS
    return (
        nxt is not None
        and low <= words(plain) <= high
        and not ends_sentence(plain)
        and "\n" not in plain
    )


def _not_lead(inner: str, nxt: Unit | None) -> bool:
    """Bold text under the headline is the deck, unless it is the story's first paragraph
    in bold: sentences with a full stop, and prose right after them."""
    if not inner.rstrip().endswith((".", "。")) or nxt is None or nxt.kind is not UnitKind.TEXT:
        return True
    return not plain_prose(nxt)
