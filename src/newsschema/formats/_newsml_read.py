"""NewsML-G2 -> Article: a ``newsItem``, or each ``newsItem`` of a ``newsMessage``.

The metadata comes from ``contentMeta`` and ``itemMeta``; the body from the
``contentSet``: NITF in ``inlineXML`` (read by the NITF reader, which also fills
what ``contentMeta`` leaves out), else XHTML in ``inlineXML``, else plain text
in ``inlineData``. Text in metadata is read without its layout: white space
holding a line break (an editor's indentation) is one space, and the edges are
trimmed; ``br`` is a line break.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import attrs
from lxml import etree

from newsschema._dates import from_iso
from newsschema.errors import FormatError
from newsschema.formats._html_read import read_element
from newsschema.formats._meta import read_by
from newsschema.formats._newsml_write import DATELINE_PARTS, NAR, XHTML, XML_NS, is_element
from newsschema.formats._nitf_common import NS as NITF_NS
from newsschema.formats._nitf_common import Parsed, readable_path, source_line
from newsschema.formats._nitf_read import read as read_nitf
from newsschema.model import (
    Article,
    Block,
    Dateline,
    Image,
    Organization,
    Paragraph,
    Person,
    Text,
)

__all__ = ["items", "read_item"]

_LAYOUT = re.compile(r"[ \t\r]*\n[ \t\r\n]*")
_BREAK = "\x00"  # a br until the layout is settled; XML cannot hold it
_SUMMARY_ROLES = frozenset({"drol:summary", ""})


def _q(name: str, namespace: str = NAR) -> str:
    return f"{{{namespace}}}{name}"


def _children(parent: etree._Element | None, name: str) -> list[etree._Element]:
    return [] if parent is None else parent.findall(_q(name))


def _child(parent: etree._Element | None, name: str) -> etree._Element | None:
    return None if parent is None else parent.find(_q(name))


def _raw(element: etree._Element, out: list[str]) -> None:
    out.append(element.text or "")
    for child in element:
        if is_element(child):
            if etree.QName(child).localname == "br":
                out.append(_BREAK)
            else:
                _raw(child, out)
        out.append(child.tail or "")


def text(element: etree._Element | None) -> str | None:
    """The element's text without layout; ``br`` is a line break; ``None`` when empty."""
    if element is None:
        return None
    out: list[str] = []
    _raw(element, out)
    joined = _LAYOUT.sub(" ", "".join(out)).strip()
    joined = "\n".join(part.strip(" ") for part in joined.split(_BREAK))
    return joined or None


def _name(element: etree._Element, language: str | None) -> str | None:
    """The first ``name`` in the item's language (or in none), else the literal or code."""
    names = _children(element, "name")
    fitting = [n for n in names if n.get(f"{{{XML_NS}}}lang") in (None, language)]
    for candidate in (fitting or names)[:1]:
        value = text(candidate)
        if value:
            return value
    literal = element.get("literal")
    if literal:
        return literal
    qcode = element.get("qcode") or ""
    return qcode.partition(":")[2] or None


def _date(element: etree._Element | None) -> dt.date | None:
    value = text(element)
    if not value:
        return None
    try:
        return from_iso(value)
    except ValueError:
        return None  # a gYear or a bad value: ``validate`` reports what the schema forbids


# --------------------------------------------------------------------------- the body


@attrs.frozen
class _Body:
    nitf: Article | None = None
    lead: Image | None = None
    blocks: tuple[Block, ...] = ()


def _body(content_set: etree._Element | None, source: str | None) -> _Body:
    for inline in _children(content_set, "inlineXML"):
        for child in inline:
            if not is_element(child):
                continue
            name = etree.QName(child)
            if name.localname == "nitf" and name.namespace in (NITF_NS, None):
                nitf = copy.deepcopy(child)
                # the embedded NITF's reading notes: the item's own reader notes what it drops
                article, _notes = read_nitf(Parsed(etree.ElementTree(nitf), nitf), source=source)
                return _Body(article, article.lead_image, article.body)
            if name.localname == "html" and name.namespace in (XHTML, None):
                html = read_element(child)
                return _Body(None, html.lead, html.blocks)
    for data in _children(content_set, "inlineData"):
        kind = (data.get("contenttype") or "text/plain").split(";")[0].strip()
        if kind.startswith("text/"):
            parts = (data.text or "").replace("\r\n", "\n").split("\n\n")
            blocks = tuple(Paragraph([Text(p.strip("\n"))]) for p in parts if p.strip())
            return _Body(None, None, blocks)
    return _Body()


# --------------------------------------------------------------------------- metadata


class _Item:
    def __init__(self, item: etree._Element, source: str | None) -> None:
        self.item = item
        self.source = source
        self.meta = _child(item, "contentMeta")
        self.item_meta = _child(item, "itemMeta")
        language = _child(self.meta, "language")
        self.language = (language.get("tag") if language is not None else None) or item.get(
            f"{{{XML_NS}}}lang"
        )

    def in_language(self, elements: list[etree._Element]) -> list[etree._Element]:
        fitting = [e for e in elements if e.get(f"{{{XML_NS}}}lang") in (None, self.language)]
        return fitting or elements

    def headlines(self) -> list[str]:
        """The headlines in the item's language, an empty one kept in its place."""
        return [text(h) or "" for h in self.in_language(_children(self.meta, "headline"))]

    def authors(self) -> tuple[list[Person], list[Organization]]:
        persons: list[Person] = []
        for creator in _children(self.meta, "creator"):
            name = _name(creator, self.language)
            if not name:
                continue
            affiliation = _child(_child(creator, "personDetails"), "affiliation")
            persons.append(
                Person(
                    name,
                    url=creator.get("uri") or None,
                    same_as=tuple(
                        uri for same in _children(creator, "sameAs") if (uri := same.get("uri"))
                    ),
                    role=text(_child(creator, "note")),
                    affiliation=_name(affiliation, self.language)
                    if affiliation is not None
                    else None,
                )
            )
        by = text(_child(self.meta, "by"))
        if persons or by is None:
            return persons, []
        return read_by(by)

    def sources(self) -> list[Organization]:
        return [
            Organization(_name(source, self.language) or "", url=source.get("uri") or None)
            for source in _children(self.meta, "infoSource")
            if _name(source, self.language) or source.get("uri")
        ]

    def publisher(self) -> Organization | None:
        provider = _child(self.item_meta, "provider")
        if provider is None:
            return None
        name = _name(provider, self.language)
        return Organization(name, url=provider.get("uri") or None) if name else None

    def dateline(self) -> Dateline | None:
        located = _child(self.meta, "located")
        place = _name(located, self.language) if located is not None else None
        element = _child(self.meta, "dateline")
        if element is not None:
            parts = {
                span.get("class"): text(span)
                for span in element.iter(_q("span"))
                if span.get("class") in DATELINE_PARTS
            }
            if parts:
                return Dateline(parts.get("place"), parts.get("agency"), parts.get("date"))
            place = place or text(element)
        return Dateline(place=place) if place else None

    def keywords(self) -> list[str]:
        # an empty keyword is still one (as written); a subject without a name is none
        words = [text(k) or "" for k in self.in_language(_children(self.meta, "keyword"))]
        named = [_name(s, self.language) for s in _children(self.meta, "subject")]
        return words + [name for name in named if name]

    def description(self) -> str | None:
        for element in _children(self.meta, "description"):
            if (element.get("role") or "") in _SUMMARY_ROLES:
                return text(element)
        return None

    def url(self) -> str | None:
        for remote in _children(_child(self.item, "contentSet"), "remoteContent"):
            kind = (remote.get("contenttype") or "").split(";")[0].strip()
            if kind == "text/html" and remote.get("href"):
                return remote.get("href")
        return None

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        published = _date(_child(self.meta, "contentCreated")) or _date(
            _child(self.item_meta, "firstCreated")
        )
        return published, _date(_child(self.meta, "contentModified"))

    def article(self) -> Article:
        body = _body(_child(self.item, "contentSet"), self.source)
        base = body.nitf or Article(headline="")
        headlines = self.headlines()
        authors, by_agencies = self.authors()
        published, modified = self.dates()
        rights = _child(self.item, "rightsInfo")
        service = _child(self.item_meta, "service")
        mine: dict[str, Any] = {
            "headline": headlines[0] if headlines else None,
            "subheadline": (headlines[1] or None) if len(headlines) > 1 else None,
            "authors": tuple(authors) or None,
            "organizations": tuple(self.sources() + by_agencies) or None,
            "date_published": published,
            "date_modified": modified,
            "dateline": self.dateline(),
            "url": self.url(),
            "publisher": self.publisher(),
            "language": self.language,
            "keywords": tuple(self.keywords()) or None,
            "section": _name(service, self.language) if service is not None else None,
            "description": self.description(),
            "copyright": text(_child(rights, "copyrightNotice")),
        }
        return attrs.evolve(
            base,
            lead_image=body.lead,
            body=body.blocks,
            **{key: value for key, value in mine.items() if value is not None},
        )


def items(root: etree._Element, *, source: str | None = None) -> list[etree._Element]:
    """The ``newsItem`` elements of a document: the root itself, or a ``newsMessage``'s."""
    name = etree.QName(root)
    if name.namespace == NAR and name.localname == "newsItem":
        return [root]
    if name.namespace == NAR and name.localname == "newsMessage":
        return list(_message_items(root))
    raise FormatError(
        f"not NewsML-G2: the root element is {name.localname!r}"
        + (f" in {name.namespace}" if name.namespace else " without a namespace")
        + f", expected 'newsItem' or 'newsMessage' in {NAR}",
        file=source,
        line=source_line(root),
        path="/" + name.localname,
    )


def _message_items(root: etree._Element) -> Iterator[etree._Element]:
    for item_set in _children(root, "itemSet"):
        yield from _children(item_set, "newsItem")


def read_item(item: etree._Element, *, source: str | None = None) -> Article:
    """The article one ``newsItem`` holds."""
    try:
        return _Item(item, source).article()
    except FormatError as exc:
        if exc.path is None:
            exc.path = readable_path(item)
        raise
