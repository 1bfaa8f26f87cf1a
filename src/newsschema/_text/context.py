"""What recognizers see and what they return.

A recognizer is a pure function ``(unit, context) -> Finding | None`` with one
concern. The :class:`Context` is read-only: the units around, the position, the
zone, the language, the front matter, and :class:`Seen`, a summary of what the
zone's rules found before this unit. A :class:`Finding` says what the unit is and
carries what it holds (a byline, dates, an image, a block); the assembler alone
turns findings into an article.
"""

from __future__ import annotations

import enum
import operator
from collections.abc import Callable, Sequence
from typing import NamedTuple

import attrs

from newsschema._bylines import Byline
from newsschema._dates import DateLine
from newsschema._text.codes import ElementKind, WarningCode
from newsschema._text.frontmatter import FrontMatter
from newsschema._text.units import Unit, UnitKind
from newsschema.model import Block, FurnitureKind, Image

__all__ = ["Context", "Finding", "Note", "Recognizer", "Seen", "Zone"]


class Zone(enum.Enum):
    """Where in the text a unit stands."""

    HEADER = "header"
    BODY = "body"
    FOOTER = "footer"


@attrs.frozen
class Note:
    """A warning a finding raises (a guessed date order, a time with no date)."""

    code: WarningCode
    message: str


class Finding(NamedTuple):
    """What a unit is (``kind``) and what it holds; ``take`` units from this one on (in
    the footer, read from the end, this one and the ones before it)."""

    kind: ElementKind
    take: int = 1
    detail: str = ""
    """What ``inspect`` prints after the kind."""
    text: str | None = None
    """The plain text a header element holds (headline, deck, kicker, credit)."""
    byline: Byline | None = None
    dates: DateLine | None = None
    image: Image | None = None
    block: Block | None = None
    furniture: FurnitureKind | None = None
    keywords: tuple[str, ...] = ()
    url: str | None = None
    notes: tuple[Note, ...] = ()
    continues: bool = False
    """A paragraph that carries on the one before it (a blank line split a sentence)."""
    sign_off: bool = False
    """A byline that closes the story: its people count only when the header named none."""


class Seen(NamedTuple):
    """What the rules of a zone found before the current unit (a tuple: cheap to make)."""

    headline: bool = False
    deck: bool = False
    kicker: bool = False
    meta: bool = False
    """A byline or a date line was read."""
    authors: bool = False
    published: bool = False
    modified: bool = False
    image: bool = False
    """A lead image (or a caption or credit standing for one) was read."""
    caption: bool = False
    credit: bool = False
    prose: bool = False
    """A paragraph was read (in the body)."""
    lead: Image | None = None
    """The last lead image read without its caption."""
    lead_unit: Unit | None = None
    title: str = ""
    """The headline's text, once read."""

    def after(self, finding: Finding, unit: Unit) -> Seen:
        """What is seen once ``finding`` is taken for ``unit``."""
        kind = finding.kind
        if kind is ElementKind.PARAGRAPH and self.prose:
            return self  # the common case in the body: nothing new
        if (
            kind not in _FLAGGED
            and finding.byline is None
            and finding.dates is None
            and finding.image is None
        ):
            return self  # furniture, subheadings, quotes, lists …: no flag to set
        flags = tuple(map(operator.or_, self[:_FLAGS], _flags(finding)))
        title = self.title or (finding.text or "" if kind is ElementKind.HEADLINE else "")
        lead = finding.image if kind is ElementKind.LEAD_IMAGE else None
        if lead is not None and lead.caption is None:
            return _new(Seen, (*flags, lead, unit, title))
        return _new(Seen, (*flags, self.lead, self.lead_unit, title))


_FLAGS = 11
"""The flags that open :class:`Seen`, in the order :func:`_flags` gives them."""
_META = frozenset({ElementKind.BYLINE, ElementKind.DATE})
_IMAGES = frozenset({ElementKind.LEAD_IMAGE, ElementKind.CAPTION, ElementKind.CREDIT})
_FLAGGED = frozenset(
    {ElementKind.HEADLINE, ElementKind.DECK, ElementKind.KICKER, ElementKind.PARAGRAPH}
    | _META
    | _IMAGES
)
"""The kinds that set a flag of their own (others set one only by what they hold)."""
_new = tuple.__new__  # a named tuple from a tuple, without the generated __new__'s call


def _flags(finding: Finding) -> tuple[bool, ...]:
    """What one finding shows: each flag of :class:`Seen` it sets, in the order of its fields."""
    kind, dates, image = finding.kind, finding.dates, finding.image
    return (
        kind is ElementKind.HEADLINE,
        kind is ElementKind.DECK,
        kind is ElementKind.KICKER,
        kind in _META,
        finding.byline is not None and bool(finding.byline.persons),
        dates is not None and dates.published is not None,
        dates is not None and dates.modified is not None,
        kind in _IMAGES,
        kind is ElementKind.CAPTION
        or (kind in _IMAGES and image is not None and image.caption is not None),
        kind is ElementKind.CREDIT or (image is not None and image.credit is not None),
        kind is ElementKind.PARAGRAPH,
    )


class Context(NamedTuple):
    """Everything a recognizer may look at besides its unit; nothing it may change."""

    units: Sequence[Unit]
    position: int
    zone: Zone
    language: str | None
    front: FrontMatter | None
    seen: Seen
    stop: int
    """Where the zone ends (the body: the first unit of the footer)."""
    last: Finding | None = None
    """The finding of the unit read before this one, in this zone."""
    last_unit: Unit | None = None

    def at(self, offset: int) -> Unit | None:
        """The unit ``offset`` places from this one, if there is one."""
        i = self.position + offset
        return self.units[i] if 0 <= i < len(self.units) else None

    @property
    def pending(self) -> Image | None:
        """The lead image read right before this unit without its caption."""
        lead_unit = self.seen.lead_unit
        return self.seen.lead if lead_unit is not None and lead_unit is self.last_unit else None

    @property
    def next_text(self) -> Unit | None:
        """The next unit when it is a text unit."""
        nxt = self.at(1)
        return nxt if nxt is not None and nxt.kind is UnitKind.TEXT else None

    @property
    def from_end(self) -> int:
        """How many units of the zone follow this one."""
        return self.stop - self.position - 1


Recognizer = Callable[[Unit, Context], Finding | None]
"""One concern: what a unit is, or ``None`` when it is not that."""
