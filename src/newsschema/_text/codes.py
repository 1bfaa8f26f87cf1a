"""Typed codes: what the reader recognised in a text, and what it warns about.

The command line, ``inspect`` and callers group and filter by these codes, never by
the wording of a message.
"""

from __future__ import annotations

import enum

import attrs

__all__ = ["Element", "ElementKind", "ParseWarning", "WarningCode"]


class ElementKind(str, enum.Enum):
    """What a run of lines of the input is."""

    def __str__(self) -> str:
        return str(self.value)

    FRONT_MATTER = "front matter"
    KICKER = "kicker"
    """A section or label line above the headline (``Opinion``, ``EXCLUSIVE``)."""
    HEADLINE = "headline"
    DECK = "deck"
    BYLINE = "byline"
    DATE = "date"
    LEAD_IMAGE = "lead image"
    CAPTION = "caption"
    """The lead image's caption (and credit) on lines of their own."""
    CREDIT = "credit"
    """A photo credit on a line of its own (``Photo: Name / Agency``)."""
    IMAGE = "image"
    """An image inside the body."""
    DATELINE = "dateline"
    PARAGRAPH = "paragraph"
    SUBHEADING = "subheading"
    QUOTE = "quote"
    LIST = "list"
    RULE = "rule"
    FURNITURE = "furniture"
    """Page furniture: share and comment lines, advertisements, teasers (``Article.furniture``)."""
    TRAILER = "trailer"
    """A wire trailer or sign-off closing the story (``Reporting by …``)."""
    URL = "url"
    URL_LABEL = "url label"
    KEYWORDS = "keywords"
    COPYRIGHT = "copyright"
    # values a publisher profile gave (``ProfileElement``), besides ``date``
    LANGUAGE = "language"
    AUTHOR = "author"
    AGENCY = "agency"
    PUBLISHER = "publisher"


class WarningCode(str, enum.Enum):
    """What a warning is about; each value is a stable code to filter and count by."""

    def __str__(self) -> str:
        return str(self.value)

    NO_HEADLINE = "no-headline"
    NO_DATE = "no-date"
    """No publication date in the text."""
    NO_TIME_ZONE = "no-time-zone"
    """The publication time has no zone or offset: it is kept as local time."""
    NO_LANGUAGE = "no-language"
    DATE_ORDER_GUESSED = "date-order-guessed"
    """``03/05/2022``: day and month could be either way round; the language's order was taken."""
    ZONE_UNREAD = "zone-unread"
    """A zone name for several offsets (``IST``, ``CST``): the time is kept local."""
    RELATIVE_DATE = "relative-date"
    """``2 hours ago``, ``Updated 3:45 PM ET``: a time with no date; no date is invented."""
    BYLINE_PLACE = "byline-place"
    """A byline names a place or a handle beside the author, which no field holds."""
    BYLINE_AS_TEXT = "byline-as-text"
    """A line in the body that reads like a byline, kept as text."""
    FURNITURE = "furniture"
    """Page furniture left out of the body."""
    FRONT_MATTER_DATE = "front-matter-date"
    """A front matter date that is not a date."""
    FRONT_MATTER_KEY = "front-matter-key"
    """A front matter key the reader does not use."""
    ENCODING_GUESSED = "encoding-guessed"
    """The text's encoding was not declared and had to be guessed."""
    RETRIED = "retried"
    """The conversion stopped once (a worker lost) and succeeded on a second try."""
    INPUT_FIXED = "input-fixed"
    """A reader of a structured format (JSON-LD, NITF …) left something out or changed it
    so that the article is valid in every format."""
    FORMAT_GAP = "format-gap"
    """What an output format cannot hold or its guidance recommends (from a writer)."""


@attrs.frozen
class Element:
    """One recognised element of the input and the lines it came from."""

    kind: ElementKind
    start: int
    end: int
    detail: str = ""

    def __str__(self) -> str:
        lines = str(self.start) if self.start == self.end else f"{self.start}-{self.end}"
        if self.kind is ElementKind.PARAGRAPH:  # "9-11 paragraph 6 (joined)"
            return f"{lines} paragraph {self.detail}"
        return f"{lines} {self.kind.value}" + (f": {self.detail}" if self.detail else "")


@attrs.frozen
class ParseWarning:
    """Something the reader noticed: a gap in the data, or a guess it did not take."""

    code: WarningCode
    message: str
    line: int | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line is not None else self.message
