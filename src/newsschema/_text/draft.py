"""The article as the assembler builds it: the one mutable object of the reader."""

from __future__ import annotations

import datetime as dt

import attrs

from newsschema import _bylines, _dates
from newsschema._text.codes import ParseWarning, WarningCode
from newsschema.model import Block, Furniture, Image, Organization, Person

__all__ = ["Draft"]


@attrs.define
class Draft:
    """What the findings of a text add up to; the front matter's values come first."""

    headline: str = ""
    subheadline: str | None = None
    section: str | None = None
    description: str | None = None
    authors: list[Person] = attrs.field(factory=list)
    organizations: list[Organization] = attrs.field(factory=list)
    signed: list[Person] = attrs.field(factory=list)
    """People named in a sign-off at the end: the authors when the header named none."""
    published: dt.date | None = None
    modified: dt.date | None = None
    lead_image: Image | None = None
    url: str | None = None
    publisher: Organization | None = None
    keywords: list[str] = attrs.field(factory=list)
    copyright: str | None = None
    language: str | None = None
    blocks: list[Block] = attrs.field(factory=list)
    furniture: list[Furniture] = attrs.field(factory=list)
    warnings: list[ParseWarning] = attrs.field(factory=list)

    def warn(self, code: WarningCode, message: str, line: int | None = None) -> None:
        self.warnings.append(ParseWarning(code, message, line))

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
        """Take the dates of a date line; False when it adds nothing new. A date already
        known is only made more precise: the same day with a time, or with its zone."""
        added = False
        if line.published is not None and _finer(line.published, self.published):
            self.published = line.published
            added = True
        if line.modified is not None and _finer(line.modified, self.modified):
            self.modified = line.modified
            added = True
        return added


def _precision(value: dt.date) -> int:
    if not isinstance(value, dt.datetime):
        return 0
    return 1 if value.tzinfo is None else 2


def _finer(new: dt.date, old: dt.date | None) -> bool:
    """Whether ``new`` should replace ``old``: there was none, or it is the same day told
    more precisely."""
    if old is None:
        return True
    return _precision(new) > _precision(old) and new.isoformat()[:10] == old.isoformat()[:10]
