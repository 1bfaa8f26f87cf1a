"""What the reader has found so far, and the small predicates its steps share."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from newsschema import _bylines, _dates
from newsschema._text.inline import parse_inline, strip_markup
from newsschema._text.units import Unit
from newsschema.model import Image, Organization, Person

__all__ = [
    "TERMINAL",
    "Element",
    "ParseWarning",
    "ReadState",
    "date_line",
    "describe_dates",
    "emphasis_only",
    "is_meta_line",
    "is_noise",
    "is_upper_word",
    "normal_url",
    "same_text",
    "starts_lower",
    "words",
]

TERMINAL = (".", "!", "?", "…", ":", ";", '"', "'", "”", "’", "»", ")", "]", "*", "_")
"""Characters a finished sentence (or a quoted one) may end with."""

_EMPHASIS_ONLY = re.compile(
    r"^(?:\*\*|__)(?P<b>.+)(?:\*\*|__)$|^[*_](?P<i>[^*_].*[^*_]|[^*_])[*_]$", re.DOTALL
)
_NOISE = re.compile(
    r"^(?:advertisement|skip\s+advertisement|story\s+continues\s+below(?:\s+advertisement)?|"
    r"continue\s+reading\s+below|anzeige|werbung|publicité|publicidad|реклама|"
    r"share\s+this\s+article|listen\s+to\s+this\s+article|\d+\s+min(?:ute)?s?\s+read)\.?$",
    re.IGNORECASE,
)


@attrs.frozen
class Element:
    """One recognised element of the input and the lines it came from."""

    kind: str
    start: int
    end: int
    detail: str = ""

    def __str__(self) -> str:
        lines = str(self.start) if self.start == self.end else f"{self.start}-{self.end}"
        if self.kind == "paragraph":  # "9-11 paragraph 6 (joined)"
            return f"{lines} paragraph {self.detail}"
        return f"{lines} {self.kind}" + (f": {self.detail}" if self.detail else "")


@attrs.frozen
class ParseWarning:
    """Something the reader noticed: a gap in the data, or a guess it did not take."""

    message: str
    line: int | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line is not None else self.message


@attrs.define
class ReadState:
    """The article's parts as the reader's steps find them, with the map and warnings."""

    source: str | None
    record: bool = True
    """Keep the map of elements (``parse`` needs only the article)."""
    elements: list[Element] = attrs.field(factory=list)
    warnings: list[ParseWarning] = attrs.field(factory=list)
    headline: str = ""
    subheadline: str | None = None
    authors: list[Person] = attrs.field(factory=list)
    organizations: list[Organization] = attrs.field(factory=list)
    published: dt.date | None = None
    modified: dt.date | None = None
    lead_image: Image | None = None
    url: str | None = None
    keywords: list[str] = attrs.field(factory=list)
    copyright: str | None = None
    language: str | None = None

    def element(self, kind: str, unit: Unit | tuple[int, int], detail: str = "") -> None:
        if not self.record:
            return
        start, end = (unit.start, unit.end) if isinstance(unit, Unit) else unit
        self.elements.append(Element(kind, start, end, detail))

    def replace_last(self, element: Element) -> None:
        """Replace the element recorded last (a paragraph that turned out to be joined)."""
        if self.record:
            self.elements[-1] = element

    def warn(self, message: str, line: int | None = None) -> None:
        self.warnings.append(ParseWarning(message, line))

    def add_byline(self, byline: _bylines.Byline) -> None:
        known = {p.name.casefold() for p in self.authors}
        for person in byline.persons:
            if person.name.casefold() not in known:
                self.authors.append(person)
                known.add(person.name.casefold())
        self.add_organizations(byline.organizations)

    def add_organizations(self, organizations: tuple[Organization, ...]) -> None:
        known = {_bylines.agency_key(o.name) for o in self.organizations}
        for org in organizations:
            key = _bylines.agency_key(org.name)
            if key not in known:
                self.organizations.append(org)
                known.add(key)

    def add_keywords(self, keywords: list[str] | tuple[str, ...]) -> None:
        known = {k.casefold() for k in self.keywords}
        for keyword in keywords:
            if keyword and keyword.casefold() not in known:
                self.keywords.append(keyword)
                known.add(keyword.casefold())

    def add_dates(self, line: _dates.DateLine) -> bool:
        """Take the dates of a date line; False when it adds nothing new."""
        added = False
        if line.published is not None and self.published is None:
            self.published = line.published
            added = True
        if line.modified is not None and self.modified is None:
            self.modified = line.modified
            added = True
        return added


def words(text: str) -> int:
    return len(text.split())


def is_upper_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def starts_lower(text: str) -> bool:
    first = text.lstrip()[:1]
    return first.isalpha() and first.islower()


def same_text(a: str, b: str) -> bool:
    """Equal but for punctuation, spacing and case."""

    def fold(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return bool(a) and bool(b) and fold(a) == fold(b)


def is_noise(plain: str) -> bool:
    """Page furniture a scraper kept: "Advertisement", "3 min read" …"""
    return _NOISE.match(plain) is not None


def emphasis_only(text: str) -> str | None:
    """The inner text when the whole unit is bold or italic, else ``None``."""
    if _EMPHASIS_ONLY.match(text.strip()) is None:
        return None
    spans = parse_inline(text)
    if not spans or not all(s.em or s.strong for s in spans):
        return None
    return "".join(s.text for s in spans).strip()


def date_line(state: ReadState, text: str) -> _dates.DateLine | None:
    """The dates of a unit that is a date line, read in the article's language."""
    return _dates.read_date_line(strip_markup(text), state.language)


def is_meta_line(text: str) -> bool:
    """A byline or a line of dates: never prose, never joined into a wrapped paragraph.
    Cheap tests first: the reader asks this of many lines."""
    if _bylines.has_prefix(text) and _bylines.parse_byline(text) is not None:
        return True
    return ("1" in text or "2" in text) and _dates.read_date_line(strip_markup(text)) is not None


def describe_dates(line: _dates.DateLine) -> str:
    parts = []
    if line.published is not None:
        parts.append(f"published {_dates.to_iso(line.published)}")
    if line.modified is not None:
        parts.append(f"modified {_dates.to_iso(line.modified)}")
    return ", ".join(parts)


def normal_url(url: str) -> str:
    url = url.strip().rstrip(".,;")
    if url.startswith("www."):
        url = "https://" + url
    return url
