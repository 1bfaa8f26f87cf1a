"""The assembler: labelled units -> the article, the map of elements, and the warnings.

Findings arrive in text order; each kind has one handler that adds what the finding
holds to the :class:`~newsschema._text.draft.Draft` and records the element with its
lines. Nothing is dropped: a unit is a field of the article, a body block, or a line
of ``Article.furniture``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

import attrs

from newsschema._text import rules
from newsschema._text.codes import Element, ElementKind, ParseWarning, WarningCode
from newsschema._text.context import Finding
from newsschema._text.draft import Draft
from newsschema._text.frontmatter import FrontMatter, apply_front_matter, publisher_from
from newsschema._text.inline import parse_inline
from newsschema._text.recognizers.dateline import read_dateline
from newsschema._text.units import Unit
from newsschema.model import (
    Article,
    Dateline,
    Furniture,
    FurnitureKind,
    Image,
    ImageBlock,
    Organization,
    Paragraph,
)

__all__ = ["Assembler"]


class _Span(NamedTuple):
    """The units a finding covers and the source lines they run over."""

    first: Unit
    last: Unit

    @property
    def lines(self) -> tuple[int, int]:
        return self.first.start, self.last.end


class Assembler:
    """Takes findings in text order; :meth:`article` gives the result."""

    def __init__(self, *, language: str | None, record: bool) -> None:
        self.draft = Draft(language=language)
        self.record = record
        if not record:
            self.element = self._skip  # type: ignore[method-assign]
        self.dateline: Dateline | None = None
        self.elements: list[Element] = []
        self.front: FrontMatter | None = None
        self.paragraphs = 0
        self.joined: list[str] = []
        """The markdown of the last paragraph's units, for a unit that carries it on: parsed
        together once the paragraph is complete (parsing the growing text at each join took
        quadratic time)."""
        self.joined_at = -1
        """Where that paragraph is in the body."""
        self._handlers: dict[ElementKind, Callable[[Finding, _Span], None]] = {
            ElementKind.HEADLINE: self.headline,
            ElementKind.KICKER: self.kicker,
            ElementKind.DECK: self.deck,
            ElementKind.BYLINE: self.byline,
            ElementKind.DATE: self.date,
            ElementKind.LEAD_IMAGE: self.lead_image,
            ElementKind.CAPTION: self.caption,
            ElementKind.CREDIT: self.credit,
            ElementKind.IMAGE: self.image,
            ElementKind.PARAGRAPH: self.paragraph,
            ElementKind.TRAILER: self.trailer,
            ElementKind.SUBHEADING: self.block,
            ElementKind.QUOTE: self.block,
            ElementKind.LIST: self.block,
            ElementKind.RULE: self.block,
            ElementKind.FURNITURE: self.furniture,
            ElementKind.URL: self.url,
            ElementKind.URL_LABEL: self.note,
            ElementKind.KEYWORDS: self.keywords,
            ElementKind.COPYRIGHT: self.copyright,
        }

    # ----------------------------------------------------------------- recording

    def element(self, kind: ElementKind, lines: tuple[int, int], detail: str = "") -> None:
        self.elements.append(Element(kind, lines[0], lines[1], detail))

    def _skip(self, kind: ElementKind, lines: tuple[int, int], detail: str = "") -> None:
        """:meth:`element` when no map is kept (``parse`` wants the article alone)."""

    def warn(self, finding: Finding, span: _Span) -> None:
        for note in finding.notes:
            self.draft.warn(note.code, note.message, span.first.start)

    # ----------------------------------------------------------------- input

    def front_matter(self, front: FrontMatter) -> None:
        """The front matter's values come first: the text's own never replace them."""
        self.front = front
        apply_front_matter(self.draft, front)
        self.element(ElementKind.FRONT_MATTER, (front.start, front.end), ", ".join(front.values))

    def take(self, finding: Finding, first: Unit, last: Unit) -> None:
        """Add what ``finding`` holds; it covers the units ``first`` to ``last``."""
        span = _Span(first, last)
        self._handlers[finding.kind](finding, span)
        if finding.notes:
            self.warn(finding, span)

    # ----------------------------------------------------------------- header

    def headline(self, finding: Finding, span: _Span) -> None:
        if finding.text is not None and not self.draft.headline:
            self.draft.headline = finding.text
        self.element(ElementKind.HEADLINE, span.lines, finding.detail)

    def kicker(self, finding: Finding, span: _Span) -> None:
        self.draft.section = self.draft.section or finding.text
        self.element(ElementKind.KICKER, span.lines, finding.detail)

    def deck(self, finding: Finding, span: _Span) -> None:
        self.draft.subheadline = self.draft.subheadline or finding.text
        self.element(ElementKind.DECK, span.lines, finding.detail)

    def byline(self, finding: Finding, span: _Span) -> None:
        found = finding.byline
        if found is not None:
            self.draft.add_byline(found)
            for place in found.places:
                self.draft.warn(
                    WarningCode.BYLINE_PLACE,
                    f"the byline also says {place!r}, which no field of the article holds",
                    span.first.start,
                )
        if finding.dates is not None:
            self.draft.add_dates(finding.dates)
        self.element(ElementKind.BYLINE, span.lines, finding.detail)

    def date(self, finding: Finding, span: _Span) -> None:
        if finding.dates is not None:
            self.draft.add_dates(finding.dates)
        if finding.text and self.draft.publisher is None:
            self.draft.publisher = Organization(finding.text)
        self.element(ElementKind.DATE, span.lines, finding.detail)

    # ----------------------------------------------------------------- images

    def lead_image(self, finding: Finding, span: _Span) -> None:
        self.draft.lead_image = finding.image
        self.element(ElementKind.LEAD_IMAGE, span.lines, finding.detail)

    def caption(self, finding: Finding, span: _Span) -> None:
        image = finding.image or Image()
        lead = self.draft.lead_image
        if lead is not None:
            image = attrs.evolve(
                lead, caption=lead.caption or image.caption, credit=lead.credit or image.credit
            )
        self.draft.lead_image = image
        self.element(ElementKind.CAPTION, span.lines, finding.detail)

    def credit(self, finding: Finding, span: _Span) -> None:
        lead = self.draft.lead_image or Image()
        self.draft.lead_image = attrs.evolve(lead, credit=lead.credit or finding.text)
        self.element(ElementKind.CREDIT, span.lines, finding.detail)

    def image(self, finding: Finding, span: _Span) -> None:
        """The first image before any prose is the lead image; others stay in the body."""
        image = finding.image or Image()
        if self.draft.lead_image is None and not self.paragraphs:
            self.draft.lead_image = image
            self.element(ElementKind.LEAD_IMAGE, span.lines, finding.detail)
            return
        self._end_paragraph()
        self.draft.blocks.append(ImageBlock(image))
        self.element(ElementKind.IMAGE, span.lines, finding.detail)

    # ----------------------------------------------------------------- body

    def block(self, finding: Finding, span: _Span) -> None:
        if finding.block is not None:
            self._end_paragraph()
            self.draft.blocks.append(finding.block)
            self.element(finding.kind, span.lines, finding.detail)

    def paragraph(self, finding: Finding, span: _Span) -> None:
        text = span.first.text.strip()
        if finding.sign_off and finding.byline is not None:
            self.draft.signed.extend(finding.byline.persons)
        blocks = self.draft.blocks
        if finding.continues and self.joined and self.joined_at == len(blocks) - 1:
            # a paragraph that a blank line split mid-sentence: one paragraph again
            self.joined.append(text)
            if self.record:
                start = self.elements[-1].start
                self.elements[-1] = Element(
                    ElementKind.PARAGRAPH, start, span.last.end, f"{self.paragraphs} (joined)"
                )
            return
        if finding.block is None:
            return
        self._end_paragraph()
        blocks.append(finding.block)
        self.paragraphs += 1
        self.joined, self.joined_at = [text], len(blocks) - 1
        if self.record:
            shape = " (wrapped)" if span.first.joined else ""
            detail = f" {finding.detail}" if finding.detail else ""
            self.element(ElementKind.PARAGRAPH, span.lines, f"{self.paragraphs}{shape}{detail}")

    def _end_paragraph(self) -> None:
        """Parse the last paragraph's text once, when several units make it."""
        if len(self.joined) > 1:
            text = " ".join(self.joined).replace("\n", " ")
            self.draft.blocks[self.joined_at] = Paragraph(parse_inline(text))
        self.joined = []

    def trailer(self, finding: Finding, span: _Span) -> None:
        if rules.TRAILERS_IN_BODY:
            self.paragraph(finding._replace(kind=ElementKind.PARAGRAPH, detail="(trailer)"), span)
            return
        self.draft.furniture.append(
            Furniture(FurnitureKind.TRAILER, finding.text or "", span.first.start)
        )
        self.element(ElementKind.TRAILER, span.lines, finding.text or "")

    def furniture(self, finding: Finding, span: _Span) -> None:
        kind = finding.furniture or FurnitureKind.NOTICE
        self.draft.furniture.append(Furniture(kind, finding.text or "", span.first.start))
        # a menu's entries on one line
        self.element(
            ElementKind.FURNITURE,
            span.lines,
            f"{kind.value}: {' '.join((finding.text or '').split())[:60]}",
        )

    # ----------------------------------------------------------------- footer

    def url(self, finding: Finding, span: _Span) -> None:
        self.draft.url = self.draft.url or finding.url
        if finding.take == 2:
            self.element(ElementKind.URL_LABEL, (span.first.start, span.first.end))
            self.element(ElementKind.URL, (span.last.start, span.last.end))
        else:
            self.element(ElementKind.URL, span.lines)

    def note(self, finding: Finding, span: _Span) -> None:
        self.element(finding.kind, span.lines, finding.detail)

    def keywords(self, finding: Finding, span: _Span) -> None:
        self.draft.add_keywords(finding.keywords)
        self.element(ElementKind.KEYWORDS, span.lines, finding.detail)

    def copyright(self, finding: Finding, span: _Span) -> None:
        self.draft.copyright = self.draft.copyright or finding.text
        self.element(ElementKind.COPYRIGHT, span.lines)

    # ----------------------------------------------------------------- the article

    def _gaps(self) -> None:
        draft = self.draft
        if draft.published is None:
            draft.warn(WarningCode.NO_DATE, "no publication date found")
        elif isinstance(draft.published, dt.datetime) and draft.published.tzinfo is None:
            draft.warn(WarningCode.NO_TIME_ZONE, "date has no time zone; it is kept as local time")
        if not draft.headline:
            draft.warn(WarningCode.NO_HEADLINE, "no headline found")
        if draft.language is None:
            draft.warn(WarningCode.NO_LANGUAGE, "could not tell the article's language")

    def _dateline(self) -> None:
        first = next((b for b in self.draft.blocks if isinstance(b, Paragraph)), None)
        dateline = read_dateline(first.text) if first is not None else None
        self.dateline = dateline
        if dateline is None or not self.record:
            return
        line = next(e.start for e in self.elements if e.kind is ElementKind.PARAGRAPH)
        parts = [p for p in (dateline.place, dateline.date, dateline.agency) if p]
        self.element(ElementKind.DATELINE, (line, line), " | ".join(parts))

    def article(self) -> tuple[Article, tuple[Element, ...], tuple[ParseWarning, ...]]:
        draft = self.draft
        self._end_paragraph()
        self._dateline()
        self._gaps()
        authors = draft.authors or draft.signed
        self.elements.sort(key=lambda e: (e.start, e.end, e.kind is ElementKind.PARAGRAPH))
        article = Article(
            headline=draft.headline,
            subheadline=draft.subheadline,
            authors=tuple(authors),
            organizations=tuple(draft.organizations),
            date_published=draft.published,
            date_modified=draft.modified,
            dateline=self.dateline,
            lead_image=draft.lead_image,
            body=tuple(draft.blocks),
            url=draft.url,
            publisher=publisher_from(self.front) or draft.publisher,
            language=draft.language,
            keywords=tuple(draft.keywords),
            section=draft.section,
            description=draft.description,
            copyright=draft.copyright,
            furniture=tuple(draft.furniture),
        )
        return article, tuple(self.elements), tuple(draft.warnings)
