"""The article model: frozen, slotted attrs classes with no I/O and no format knowledge.

Every reader produces an :class:`Article`; every writer consumes one. Values
derived from others (plain text, word count) are computed, never stored.

Dates keep the precision the source gave: a :class:`datetime.date` when only
a day was given, a naive :class:`datetime.datetime` for a local time, an aware
one when the source named a zone or offset. No zone is ever invented.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import TypeVar

import attrs

from newsschema._uri import to_uri

__all__ = [
    "Article",
    "Block",
    "DateValue",
    "Dateline",
    "Divider",
    "Furniture",
    "FurnitureKind",
    "Heading",
    "Image",
    "ImageBlock",
    "Inline",
    "Link",
    "ListBlock",
    "Organization",
    "Paragraph",
    "Person",
    "Quote",
    "Text",
    "count_words",
    "plain_text",
]

DateValue = dt.date | dt.datetime
"""A date as precise as its source: a day, a local date-time, or an aware one."""

_T = TypeVar("_T")
# marks that stand alone between spaces in running text and are not words
_LONE_MARKS = frozenset(
    mark + after
    for mark in ("—", "–", "-", "|", "•", "·", "/", "&", "*", "…", "«", "»", ":", ";", "!", "?",
                 '"', "“", "”", "„")
    for after in ("", ",", ".")
)  # fmt: skip


def _tuple(value: Iterable[_T]) -> tuple[_T, ...]:
    """Accept any iterable where a tuple is stored, so callers may pass lists."""
    if isinstance(value, tuple):
        return value
    if isinstance(value, (str, bytes)):
        raise TypeError("expected a sequence, not a string")
    return tuple(value)


# One named converter per element type: the attrs mypy plugin types __init__ from them.
def _inlines(value: Iterable[Inline]) -> tuple[Inline, ...]:
    return _tuple(value)


def _items(value: Iterable[Iterable[Inline]]) -> tuple[tuple[Inline, ...], ...]:
    return tuple(_tuple(item) for item in _tuple(value))


def _paragraphs(value: Iterable[Paragraph]) -> tuple[Paragraph, ...]:
    return _tuple(value)


def _persons(value: Iterable[Person]) -> tuple[Person, ...]:
    return _tuple(value)


def _organizations(value: Iterable[Organization]) -> tuple[Organization, ...]:
    return _tuple(value)


def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return _tuple(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return _tuple(value)


def _furniture(value: Iterable[Furniture]) -> tuple[Furniture, ...]:
    return _tuple(value)


def _uri(value: str | None) -> str | None:
    """A link or address as a URI: IRIs percent-encoded as RFC 3987 maps them, an
    internationalised host through IDNA, markdown escapes removed; blank is ``None``.

    What no mapping makes valid (a host with a space, a relative address where an
    absolute one belongs) is kept here; :func:`newsschema._normalize.normalize`, which
    every reader calls, drops it with a warning, and writers refuse it."""
    if value is None:
        return None
    return to_uri(value) or None


def _language(value: str | None) -> str | None:
    """A language tag as BCP 47 writes it (``pt_BR`` -> ``pt-BR``); blank is ``None``."""
    if value is None:
        return None
    return value.strip().replace("_", "-") or None


# --------------------------------------------------------------------------- inline content


@attrs.frozen
class Text:
    """A run of plain text, possibly emphasised (``em``) or strong."""

    text: str
    em: bool = False
    strong: bool = False


@attrs.frozen
class Link:
    """Linked text. ``href`` is ``None`` when the source had lost the target (``[text](#)``)."""

    text: str
    href: str | None = attrs.field(default=None, converter=_uri)
    em: bool = False
    strong: bool = False


Inline = Text | Link
"""One span of a text-bearing block."""


def count_words(text: str) -> int:
    """Words in ``text``, as :attr:`Article.word_count` counts them in the body's prose."""
    # white-space separated tokens, less lone dashes, bars and quote marks: the count a
    # word regex gives, at a fraction of its cost on long bodies
    tokens = text.split()
    return len(tokens) - len(list(filter(_LONE_MARKS.__contains__, tokens)))


def plain_text(content: tuple[Inline, ...]) -> str:
    """The spans' text joined, without any markup."""
    return "".join(span.text for span in content)


# --------------------------------------------------------------------------- blocks


@attrs.frozen
class Paragraph:
    """A paragraph of body text."""

    content: tuple[Inline, ...] = attrs.field(converter=_inlines)

    @property
    def text(self) -> str:
        return plain_text(self.content)


@attrs.frozen
class Heading:
    """A subheading inside the body; ``level`` 2 is the first level below the headline."""

    content: tuple[Inline, ...] = attrs.field(converter=_inlines)
    level: int = attrs.field(default=2, validator=attrs.validators.in_(range(1, 7)))

    @property
    def text(self) -> str:
        return plain_text(self.content)


@attrs.frozen
class Quote:
    """A block quote of one or more paragraphs, with its attribution where given."""

    paragraphs: tuple[Paragraph, ...] = attrs.field(converter=_paragraphs)
    attribution: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@attrs.frozen
class ListBlock:
    """A bulleted (``ordered=False``) or numbered list; each item is a run of spans."""

    items: tuple[tuple[Inline, ...], ...] = attrs.field(converter=_items)
    ordered: bool = False

    @property
    def text(self) -> str:
        return "\n".join(plain_text(item) for item in self.items)


@attrs.frozen
class Image:
    """A photo or graphic: where it is, what it shows, and whom to credit."""

    url: str | None = attrs.field(default=None, converter=_uri)
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None
    width: int | None = None
    height: int | None = None


@attrs.frozen
class ImageBlock:
    """An image placed inside the body."""

    image: Image

    @property
    def text(self) -> str:
        return self.image.caption or ""


@attrs.frozen
class Divider:
    """A horizontal rule between sections."""

    @property
    def text(self) -> str:
        return ""


Block = Paragraph | Heading | Quote | ListBlock | ImageBlock | Divider
"""One block of the article body."""

TEXT_BLOCKS = (Paragraph, Quote, ListBlock)
"""Blocks whose text is article prose (headings and captions are not)."""


# --------------------------------------------------------------------------- people and places


@attrs.frozen
class Person:
    """An author: a person named in the byline."""

    name: str
    url: str | None = attrs.field(default=None, converter=_uri)
    role: str | None = None
    affiliation: str | None = None
    same_as: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Other pages that identify the same person (a profile elsewhere, a social account):
    schema.org ``sameAs``. Filled from a publisher profile's author directory."""


@attrs.frozen
class Organization:
    """An organisation: a news agency credited in the byline, or the publisher."""

    name: str
    url: str | None = attrs.field(default=None, converter=_uri)
    logo: str | None = attrs.field(default=None, converter=_uri)
    logo_width: int | None = None
    """The logo's size in pixels, where known (a publisher profile gives it)."""
    logo_height: int | None = None


@attrs.frozen
class Dateline:
    """The dateline opening the story: ``KYIV, Ukraine (AP) —``."""

    place: str | None = None
    agency: str | None = None
    date: str | None = None
    """The date as written in the dateline (``Nov 4``), not parsed."""


class FurnitureKind(str, enum.Enum):
    """What a line that is not article text is."""

    ADVERTISEMENT = "advertisement"
    SHARE = "share"
    """Share, save, print and gift buttons."""
    COMMENTS = "comments"
    NEWSLETTER = "newsletter"
    """Newsletter and subscription calls."""
    READ_MORE = "read-more"
    """Teasers for other articles: "Read more", "Next:", "Related"."""
    READING_TIME = "reading-time"
    """"4 min read", "Listen to this article"."""
    CREDIT = "credit"
    """A photo credit whose photo the text did not keep."""
    NOTICE = "notice"
    """The outlet's notices: its standards, its comment policy, its consent banner."""
    NAVIGATION = "navigation"
    """The site's menus, breadcrumbs, name and footer links, a text browser's link list."""
    TRAILER = "trailer"
    """A wire trailer closing the story: "Reporting by …; Editing by …", "(grh)"."""


@attrs.frozen
class Furniture:
    """A line of the source that is page furniture or a trailer, not article text; kept so
    that nothing of the source is lost. ``line`` is where it stood in the source."""

    kind: FurnitureKind
    text: str
    line: int | None = None


# --------------------------------------------------------------------------- the article


@attrs.frozen
class Article:
    """One news article, whatever format it came from or goes to."""

    headline: str
    subheadline: str | None = None
    authors: tuple[Person, ...] = attrs.field(default=(), converter=_persons)
    organizations: tuple[Organization, ...] = attrs.field(default=(), converter=_organizations)
    date_published: DateValue | None = None
    date_modified: DateValue | None = None
    dateline: Dateline | None = None
    lead_image: Image | None = None
    body: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    url: str | None = attrs.field(default=None, converter=_uri)
    publisher: Organization | None = None
    language: str | None = attrs.field(default=None, converter=_language)
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    section: str | None = None
    description: str | None = None
    """A summary, where the source gave one apart from the deck (front matter ``description``)."""
    copyright: str | None = None
    """The copyright notice as printed (``© 2022 The Moscow Times``)."""
    furniture: tuple[Furniture, ...] = attrs.field(default=(), converter=_furniture)
    """Lines of the source that are neither article text nor metadata (share lines,
    advertisements, teasers, trailers), in source order."""

    @property
    def text(self) -> str:
        """The body's prose as plain text, paragraphs separated by a blank line."""
        return "\n\n".join(b.text for b in self.body if isinstance(b, (*TEXT_BLOCKS, Heading)))

    @property
    def word_count(self) -> int:
        """Words in the body prose (headings and lists included, captions not)."""
        return count_words(self.text)

    @property
    def images(self) -> tuple[Image, ...]:
        """The lead image first, then every image in the body."""
        body = tuple(b.image for b in self.body if isinstance(b, ImageBlock))
        return ((self.lead_image,) if self.lead_image is not None else ()) + body
