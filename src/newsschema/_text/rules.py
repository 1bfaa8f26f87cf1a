"""The rule table: which recognizers run in which zone, in what priority.

The text has three zones. The footer is read first, from the last unit back,
for as long as footer rules recognise units; the header from the first unit on,
for as long as header rules do (and at most :data:`~thresholds.HEADER_UNITS`
units past the headline); every unit between is body, where the paragraph rule
takes whatever no other rule did. In each zone a unit is offered to the rules in
descending priority and the first finding wins. A new layout is a recognizer and
a row here; the numbers they decide by are :mod:`newsschema._text.thresholds`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import attrs

from newsschema._text import thresholds as limit
from newsschema._text.codes import ElementKind
from newsschema._text.context import Context, Finding, Recognizer, Seen, Zone
from newsschema._text.frontmatter import FrontMatter
from newsschema._text.recognizers import body, chrome, footer, furniture, header, images, meta
from newsschema._text.units import Unit, UnitKind

__all__ = ["RULES", "TRAILERS_IN_BODY", "Labelled", "Rule", "label"]

TRAILERS_IN_BODY = True
"""Wire trailers (``Reporting by …; Editing by …``) stay paragraphs of the body, as the
text prints them and as readers of the story count them; ``Article.furniture`` lists
them as well only when this is False (then they leave the body)."""


@attrs.frozen
class Rule:
    """One recognizer, the zone it reads and the kinds of unit it looks at, and its
    priority there (higher first)."""

    name: str
    zone: Zone
    priority: int
    recognize: Recognizer
    kinds: frozenset[UnitKind] = frozenset({UnitKind.TEXT})
    tail: bool = False
    """Only for the last units of the zone (:data:`~thresholds.TRAILER_UNITS`)."""
    max_chars: int = 10**9
    """Longer units are never what the rule looks for: it is not asked."""
    starts: str = ""
    """The characters such a unit starts with (any, when empty)."""


H, B, F = Zone.HEADER, Zone.BODY, Zone.FOOTER
_HEADINGS = frozenset({UnitKind.TEXT, UnitKind.HEADING})
_LINES = frozenset({UnitKind.TEXT, UnitKind.LIST})
_ALL_LINES = _HEADINGS | _LINES
_LIST = frozenset({UnitKind.LIST})

_IMAGE = "![" + "".join(
    sorted(set("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_-"))
)
"""An image opens with ``![`` or ``[![``, or is a file name."""
_META = limit.META_LINE_CHARS
_CAPTION = limit.CAPTION_CHARS
_TITLE = limit.HEADLINE_RAW_CHARS

RULES: tuple[Rule, ...] = (
    # the header, from the first unit on
    Rule("furniture", H, 100, furniture.furniture, _ALL_LINES, max_chars=limit.FURNITURE_RAW_CHARS),
    Rule("consent", H, 99, chrome.consent, _LINES, max_chars=limit.CONSENT_CHARS),
    Rule("navigation", H, 98, chrome.navigation, _ALL_LINES),
    Rule("avatar", H, 95, meta.avatar, starts="!["),
    Rule("lead image", H, 90, images.lead_image, starts=_IMAGE),
    Rule("caption", H, 85, images.caption, max_chars=limit.CAPTION_RAW_CHARS),
    Rule("breadcrumb", H, 83, chrome.breadcrumb, max_chars=limit.BREADCRUMB_CHARS),
    Rule("kicker", H, 82, header.kicker, _HEADINGS, max_chars=limit.KICKER_RAW_CHARS),
    Rule("headline", H, 80, header.headline, _HEADINGS),
    Rule("headline again", H, 79, header.repeated_headline, _HEADINGS, max_chars=_TITLE),
    Rule("byline and date", H, 77, meta.byline_and_date, max_chars=_META),
    Rule("empty field", H, 76, meta.empty_meta, max_chars=limit.LABEL_CHARS),
    Rule("date line", H, 75, meta.date, _HEADINGS, max_chars=_META),
    Rule("byline", H, 70, meta.byline, max_chars=_META),
    Rule("credit line", H, 68, images.credit_line, max_chars=limit.CREDIT_RAW_CHARS),
    Rule("agency", H, 50, meta.agency, max_chars=_META),
    Rule("bare name", H, 45, meta.bare_name, max_chars=limit.NAME_CHARS),
    Rule("section link", H, 44, chrome.section_link, max_chars=limit.FOOTER_LINE_CHARS),
    Rule("deck", H, 40, header.deck, max_chars=limit.DECK_RAW_CHARS),
    Rule("caption without image", H, 35, images.caption_without_image, max_chars=_CAPTION),
    Rule("lead caption", H, 30, images.lead_caption, max_chars=_CAPTION),
    # the body: every unit between header and footer
    Rule("headline again", B, 105, header.repeated_headline, _HEADINGS, max_chars=_TITLE),
    Rule("furniture heading", B, 101, furniture.furniture, frozenset({UnitKind.HEADING})),
    Rule("rule", B, 100, body.rule, frozenset({UnitKind.RULE})),
    Rule("heading", B, 100, body.heading, frozenset({UnitKind.HEADING})),
    Rule("quote", B, 100, body.quote, frozenset({UnitKind.QUOTE})),
    Rule("related list", B, 97, chrome.related_list, _LIST),
    Rule("navigation", B, 96, chrome.navigation, _LINES),
    Rule("furniture", B, 95, furniture.furniture, _LINES, max_chars=limit.FURNITURE_RAW_CHARS),
    Rule("newsletter pitch", B, 94, furniture.newsletter_pitch, max_chars=_CAPTION),
    Rule("list", B, 90, body.list_, frozenset({UnitKind.LIST})),
    Rule("image", B, 90, images.body_image, starts=_IMAGE),
    Rule("read more", B, 84, furniture.read_more, max_chars=limit.FOOTER_LINE_CHARS),
    Rule("button", B, 83, chrome.consent, starts="("),
    Rule("caption without image", B, 80, images.body_caption_without_image, max_chars=_CAPTION),
    Rule("date line", B, 75, meta.body_date, max_chars=_META),
    Rule("trailer", B, 70, furniture.trailer, tail=True, max_chars=limit.FURNITURE_RAW_CHARS),
    Rule("sign-off", B, 65, furniture.sign_off, tail=True),
    Rule("byline as text", B, 62, body.byline_as_text, max_chars=_META),
    Rule("subheading", B, 60, body.subheading, max_chars=limit.SUBHEADING_RAW_CHARS),
    Rule("paragraph", B, 0, body.paragraph),
    # the footer, from the last unit back
    Rule("url", F, 100, footer.url, max_chars=limit.FOOTER_LINE_CHARS),
    Rule("keywords", F, 90, footer.keywords, max_chars=limit.KEYWORDS_LINE_CHARS),
    Rule("copyright", F, 80, footer.copyright_line, max_chars=limit.FOOTER_LINE_CHARS),
    Rule("consent", F, 75, chrome.consent, _LINES, max_chars=limit.CONSENT_CHARS),
    Rule("related list", F, 74, chrome.related_list, _LIST),
    Rule("navigation", F, 58, chrome.navigation, _ALL_LINES),
    Rule("read more", F, 70, furniture.read_more, _HEADINGS, max_chars=limit.FOOTER_LINE_CHARS),
    Rule("furniture", F, 60, furniture.furniture, _LINES, max_chars=limit.FURNITURE_RAW_CHARS),
    Rule("orphan credit", F, 50, footer.orphan_credit, max_chars=limit.CREDIT_RAW_CHARS),
    Rule("date line", F, 40, footer.footer_date, max_chars=_META),
    Rule("byline", F, 30, footer.footer_byline, max_chars=_META),
)

_FOOTER_KINDS = _ALL_LINES
"""The footer is lines, lists of links and their headings; a quote or a rule ends it."""

_Entry = tuple[int, str, Recognizer]
"""A rule as the reader runs it: its length bound, first characters and recognizer."""


def _table(*, tail: bool) -> dict[tuple[Zone, UnitKind], tuple[_Entry, ...]]:
    """The rules of each zone for each kind of unit, highest priority first (with the rules
    for the last units of a zone when ``tail``)."""
    ordered = sorted(RULES, key=lambda r: -r.priority)
    return {
        (zone, kind): tuple(
            (r.max_chars, r.starts, r.recognize)
            for r in ordered
            if r.zone is zone and kind in r.kinds and (tail or not r.tail)
        )
        for zone in Zone
        for kind in UnitKind
    }


_TABLE = _table(tail=False)
_TAIL_TABLE = _table(tail=True)


class Labelled(NamedTuple):
    """A finding with the units it covers (``first`` to ``last``, in text order)."""

    first: int
    last: int
    finding: Finding


@attrs.frozen
class _Text:
    units: Sequence[Unit]
    language: str | None
    front: FrontMatter | None


def _first_finding(rules: tuple[_Entry, ...], unit: Unit, ctx: Context) -> Finding | None:
    """The first finding of the rules that may look at ``unit``."""
    size, first = len(unit.text), unit.text[:1]
    for max_chars, starts, recognize in rules:
        if size > max_chars or (starts and first not in starts):
            continue
        found = recognize(unit, ctx)
        if found is not None:
            return found
    return None


def _footer(text: _Text) -> tuple[list[Labelled], int]:
    """Footer findings from the end; the index where the footer starts."""
    units, out = text.units, []
    seen = Seen()
    i = len(units) - 1
    last: tuple[Finding | None, Unit | None] = (None, None)
    while i >= 0 and units[i].kind in _FOOTER_KINDS:
        ctx = Context(units, i, Zone.FOOTER, text.language, text.front, seen, len(units), *last)
        found = _first_finding(_TAIL_TABLE[Zone.FOOTER, units[i].kind], units[i], ctx)
        if found is None:
            break
        out.append(Labelled(i - found.take + 1, i, found))
        seen = seen.after(found, units[i])
        last = (found, units[i])
        i -= found.take
    out.reverse()
    return out, i + 1


def _header(text: _Text, stop: int) -> tuple[list[Labelled], int, Seen]:
    """Header findings from the start; where the body starts; what the header saw."""
    units, out = text.units, []
    seen = Seen()
    i = 0
    headline_at = 0
    last: tuple[Finding | None, Unit | None] = (None, None)
    while i < stop and i - headline_at <= limit.HEADER_UNITS:
        ctx = Context(units, i, Zone.HEADER, text.language, text.front, seen, stop, *last)
        found = _first_finding(_TABLE[Zone.HEADER, units[i].kind], units[i], ctx)
        if found is None:
            break
        if found.kind is ElementKind.HEADLINE:
            headline_at = i
        out.append(Labelled(i, i + found.take - 1, found))
        seen = seen.after(found, units[i])
        last = (found, units[i + found.take - 1])
        i += found.take
    return out, i, seen


def _body(text: _Text, start: int, stop: int, seen: Seen) -> list[Labelled]:
    units, out = text.units, []
    i = start
    # the body keeps what the header saw (dates, authors), less its lead image
    seen = seen._replace(lead=None, lead_unit=None)
    last: Finding | None = None
    last_unit: Unit | None = None
    while i < stop:
        unit = units[i]
        if stop - i > limit.TRAILER_UNITS and body.plain_prose(unit):
            # a unit only a paragraph can be: no other rule need look at it
            found = body.prose(unit, last, last_unit)
        else:
            # the last units may be trailers or sign-offs, whatever their length
            table = _TAIL_TABLE if stop - i <= limit.TRAILER_UNITS else _TABLE
            ctx = Context(
                units, i, Zone.BODY, text.language, text.front, seen, stop, last, last_unit
            )
            found = _first_finding(table[Zone.BODY, unit.kind], unit, ctx) or Finding(
                ElementKind.PARAGRAPH
            )
        out.append(Labelled(i, i + found.take - 1, found))
        seen = seen.after(found, unit)
        last, last_unit = found, units[i + found.take - 1]
        i += found.take
    return out


def label(
    units: Sequence[Unit], language: str | None, front: FrontMatter | None
) -> tuple[list[Labelled], int]:
    """Every unit labelled, in text order; the index of the body's first unit."""
    text = _Text(units, language, front)
    tail, footer_start = _footer(text)
    head, body_start, seen = _header(text, footer_start)
    return head + _body(text, body_start, footer_start, seen) + tail, body_start
