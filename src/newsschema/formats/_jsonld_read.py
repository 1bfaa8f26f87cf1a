"""The JSON-LD reader: the article node of a schema.org document as an Article (private).

A document is one node, an array of nodes, or an ``@graph``; nodes refer to
each other by ``{"@id": ...}``. The article is the first node typed Article
or below (NewsArticle, ReportageNewsArticle, BlogPosting ...), or a WebPage's
``mainEntity`` of such a type. Keys may be written ``headline``,
``schema:headline`` or ``https://schema.org/headline``; values may be
single or arrays, plain or ``{"@value": ...}``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from typing import Any

import attrs

from newsschema._dates import from_iso_basic, parse_date
from newsschema.errors import FormatError
from newsschema.formats import _jsonld_profile as profile
from newsschema.formats._jsonld_common import (
    NodeIndex,
    child_path,
    flatten,
    index_path,
    is_schema_context,
    local_name,
    paragraphs,
    parse_dateline,
    type_names,
)
from newsschema.model import (
    Article,
    Block,
    Dateline,
    DateValue,
    Image,
    ImageBlock,
    Organization,
    Paragraph,
    Person,
    Text,
)

_DATE_CHARS = 160
"""A date value is never longer (the longest, in words with a weekday and a zone, has
under 80 characters)."""

__all__ = ["Found", "find_article", "read_article", "read_found"]

JsonObject = dict[str, Any]

# a character reference with its semicolon (text such as "R&D" or "AT&T;" is left alone:
# html.unescape only changes names HTML defines)
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

_EXPECTED = (
    "expected a schema.org object with @context https://schema.org and @type NewsArticle"
    " (or Article, BlogPosting, ReportageNewsArticle ...), or a WebPage whose mainEntity is one"
)


@attrs.frozen
class _Root:
    """A top-level node of a document, where it is, and whether a schema.org context covers it."""

    node: JsonObject
    path: str
    schema: bool


class _Document:
    """Every top-level node of a document (or of several: an HTML page's blocks) and the
    ``@id`` index that references are resolved against."""

    def __init__(self, data: object) -> None:
        self.roots: list[_Root] = []
        self._collect_roots(data, "$", schema=False)
        self.resolve = NodeIndex(data).resolve

    def _collect_roots(self, data: object, path: str, *, schema: bool) -> None:
        """The nodes of arrays and graphs, in document order; a stack rather than recursion,
        since arrays and graphs may nest as deep as a JSON parser allows."""
        stack: list[tuple[object, str, bool]] = [(data, path, schema)]
        while stack:
            value, where, covered = stack.pop()
            if isinstance(value, list):
                items = [(item, index_path(where, i), covered) for i, item in enumerate(value)]
                stack.extend(reversed(items))
            elif isinstance(value, dict):
                if "@context" in value:
                    covered = is_schema_context(value["@context"])
                if "@graph" in value:
                    stack.append((value["@graph"], child_path(where, "@graph"), covered))
                else:
                    self.roots.append(_Root(value, where, covered))

    def types(self, node: JsonObject, *, schema: bool) -> list[str]:
        """The node's schema.org types; bare names count only under a schema.org context."""
        raw = node.get("@type", node.get("type"))
        names = raw if isinstance(raw, list) else [raw]
        prefixed = [t for t in names if isinstance(t, str) and local_name(t) != t]
        if schema:
            return type_names(node)
        return type_names({"@type": prefixed})


@attrs.frozen
class Found:
    """The article node of a document, its JSON path, and the document (for references)."""

    node: JsonObject
    path: str
    doc: _Document


def find_article(data: object) -> Found:
    """The article node of a parsed document; :class:`FormatError` (path ``$``) if there is none."""
    doc = _Document(data)
    for root in doc.roots:
        if profile.ARTICLE_TYPES.intersection(doc.types(root.node, schema=root.schema)):
            return Found(root.node, root.path, doc)
        entity = root.node.get("mainEntity")
        entities = entity if isinstance(entity, list) else [entity]
        for i, item in enumerate(entities):
            target = doc.resolve(item)
            if isinstance(target, dict) and profile.ARTICLE_TYPES.intersection(
                doc.types(target, schema=root.schema)
            ):
                path = child_path(root.path, "mainEntity")
                return Found(target, index_path(path, i) if isinstance(entity, list) else path, doc)
    if not doc.roots:
        raise FormatError(f"no JSON-LD node: {_EXPECTED}", path="$")
    if not any(root.schema for root in doc.roots):
        raise FormatError(f"no schema.org @context: {_EXPECTED}", path="$")
    found = sorted({t for root in doc.roots for t in doc.types(root.node, schema=root.schema)})
    what = f"found only {', '.join(found)}" if found else "found no typed node"
    raise FormatError(f"no article node ({what}): {_EXPECTED}", path="$")


# --------------------------------------------------------------------------- values


def _items(value: object) -> Iterator[object]:
    """A property's values: an array's items (nested arrays flattened), or the one value."""
    return flatten(value)


def _literal(value: object) -> object:
    return value.get("@value") if isinstance(value, dict) and "@value" in value else value


def _unescape(match: re.Match[str]) -> str:
    return html.unescape(match.group(0))


def _text(value: object) -> str | None:
    """A text value, stripped, an HTML character reference left in it by the site
    (``&apos;``, ``&#8217;``) read as its character; numbers as written; ``None`` for
    nodes and blanks."""
    value = _literal(value)
    if isinstance(value, str):
        if "&" in value:
            value = _REFERENCE.sub(_unescape, value)
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _int(value: object) -> int | None:
    """A pixel size: a number, ``"1200"``, ``"1200px"``, or a QuantitativeValue."""
    value = _literal(value)
    if isinstance(value, dict):
        value = _literal(value.get("value"))
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        digits = value.strip().removesuffix("px").strip()
        # more digits than any size has would only slow int() down (or make it refuse)
        return int(digits) if digits.isascii() and digits.isdigit() and len(digits) < 20 else None
    return None


def _pixels(value: object) -> int | None:
    """The first size of a property that is a positive number of pixels."""
    return next((n for item in _items(value) if (n := _int(item)) is not None and n > 0), None)


class _Reader:
    def __init__(self, doc: _Document, source: str | None) -> None:
        self.doc = doc
        self.source = source

    def props(self, node: object) -> dict[str, object]:
        """A node's properties by schema.org name (the first spelling wins); ``{}`` for a
        value that is not a node."""
        node = self.doc.resolve(node)
        if not isinstance(node, dict):
            return {}
        out: dict[str, object] = {}
        for key, value in node.items():
            if key.startswith("@"):
                continue
            name = local_name(key)
            if name is not None and name not in out:
                out[name] = value
        return out

    def nodes(self, value: object) -> list[object]:
        return [self.doc.resolve(item) for item in _items(value)]

    def first_text(self, value: object) -> str | None:
        return next((t for item in _items(value) if (t := _text(item)) is not None), None)

    def texts(self, value: object) -> list[str]:
        return [t for item in _items(value) if (t := _text(item)) is not None]

    def url(self, value: object) -> str | None:
        """A URL given as text, as ``{"@id": ...}``, or as a node's ``url`` or ``@id``."""
        for item in _items(value):
            if (text := _text(item)) is not None:
                return text
            target = self.doc.resolve(item)
            if isinstance(target, dict):
                found = self.first_text(self.props(target).get("url"))
                ident = target.get("@id")
                if found is None and isinstance(ident, str) and ident.strip():
                    found = ident.strip()
                if found is not None:
                    return found
        return None

    def urls(self, value: object) -> tuple[str, ...]:
        """Every URL of a property that may repeat (``sameAs``), in order, once each."""
        found = (self.url(item) for item in _items(value))
        return tuple(dict.fromkeys(url for url in found if url is not None))

    def name(self, value: object) -> str | None:
        """The name of an entity given as text or as a node."""
        for item in self.nodes(value):
            if (text := _text(item)) is not None:
                return text
            if (found := self.first_text(self.props(item).get("name"))) is not None:
                return found
        return None

    def date(self, value: object, path: str) -> DateValue | None:
        text = self.first_text(value)
        if text is None:
            return None
        try:
            # extended ISO 8601 as schema.org writes it, or the basic form some sites use
            parsed: dt.date = from_iso_basic(text)
        except ValueError:
            # a date written in words is a short line: a longer value is no date, and is
            # not searched for one (a page of text there cost seconds a megabyte)
            found = parse_date(text) if len(text) <= _DATE_CHARS else None
            if found is None:
                shown = text if len(text) <= _DATE_CHARS else text[:_DATE_CHARS] + "…"
                raise FormatError(
                    f"{shown!r} is not a date: expected ISO 8601 such as"
                    " 2022-11-04T10:32:00+03:00 or 2022-11-04",
                    file=self.source,
                    path=path,
                ) from None
            parsed = found
        return parsed

    # ---------------------------------------------------------------- entities

    def organization(self, value: object) -> Organization | None:
        if (text := _text(value)) is not None:
            return Organization(text)
        props = self.props(value)
        name = self.first_text(props.get("name")) or self.first_text(props.get("legalName"))
        if name is None:
            return None
        logo, width, height = self.logo(props.get("logo"))
        return Organization(
            name,
            url=self.url(props.get("url")),
            logo=logo,
            logo_width=width,
            logo_height=height,
        )

    def logo(self, value: object) -> tuple[str | None, int | None, int | None]:
        """The logo's URL, and its width and height where the node gives them."""
        for item in self.nodes(value):
            if (text := _text(item)) is not None:
                return text, None, None
            props = self.props(item)
            found = self.url(props.get("contentUrl")) or self.url(props.get("url"))
            if found is None and isinstance(item, dict):
                found = self.url(item)  # an unresolved {"@id": ...} names the logo itself
            if found is not None:
                return found, _pixels(props.get("width")), _pixels(props.get("height"))
        return None, None, None

    def person(self, value: object) -> Person | None:
        if (text := _text(value)) is not None:
            return Person(text)
        props = self.props(value)
        name = self.first_text(props.get("name"))
        if name is None:
            parts = [self.first_text(props.get(p)) for p in ("givenName", "familyName")]
            name = " ".join(p for p in parts if p) or None
        if name is None:
            return None
        return Person(
            name,
            url=self.url(props.get("url")),
            same_as=self.urls(props.get("sameAs")),
            role=self.name(props.get("jobTitle")),
            affiliation=self.name(props.get("affiliation")),
        )

    def agents(self, value: object) -> tuple[list[Person], list[Organization]]:
        people: list[Person] = []
        orgs: list[Organization] = []
        for item in self.nodes(value):
            types = type_names(item) if isinstance(item, dict) else []
            if profile.fits(types, frozenset({"Organization"})):
                if (org := self.organization(item)) is not None:
                    orgs.append(org)
            elif (person := self.person(item)) is not None:
                people.append(person)
        return people, orgs

    def image(self, value: object) -> Image | None:
        if (text := _text(value)) is not None:
            return Image(url=text)
        if not isinstance(value, dict):
            return None
        props = self.props(value)
        url = self.url(props.get("contentUrl")) or self.url(props.get("url"))
        if url is None and set(value) <= {"@id"}:
            url = self.url(value)  # a reference the document does not describe: the image's IRI
        image = Image(
            url=url,
            alt=self.first_text(props.get("description")),
            caption=self.first_text(props.get("caption")),
            credit=self.first_text(props.get("creditText")),
            width=next(
                (n for item in _items(props.get("width")) if (n := _int(item)) is not None), None
            ),
            height=next(
                (n for item in _items(props.get("height")) if (n := _int(item)) is not None), None
            ),
        )
        return None if image == Image() else image

    # ---------------------------------------------------------------- the article

    def article(self, node: JsonObject, path: str) -> Article:
        props = self.props(node)
        # the model keeps an empty headline where the source had none; so does schema.org
        headline = self.first_text(props.get("headline")) or self.first_text(props.get("name"))
        people, orgs = self.agents(props.get("author"))
        orgs += [
            org
            for item in self.nodes(props.get("sourceOrganization"))
            if (org := self.organization(item)) is not None
        ]
        images = [img for item in self.nodes(props.get("image")) if (img := self.image(item))]
        body_text = self.first_text(props.get("articleBody")) or self.first_text(props.get("text"))
        body: list[Block] = [Paragraph((Text(p),)) for p in paragraphs(body_text or "")]
        body += [ImageBlock(img) for img in images[1:]]
        publisher = next(
            (
                org
                for item in self.nodes(props.get("publisher"))
                if (org := self.organization(item)) is not None
            ),
            None,
        )
        return Article(
            headline=headline or "",
            subheadline=self.first_text(props.get("alternativeHeadline")),
            authors=people,
            organizations=orgs,
            date_published=self.date(props.get("datePublished"), child_path(path, "datePublished")),
            date_modified=self.date(props.get("dateModified"), child_path(path, "dateModified")),
            dateline=self.dateline(props.get("dateline")),
            lead_image=images[0] if images else None,
            body=body,
            url=self.first_text(props.get("url")) or self.url(props.get("mainEntityOfPage")),
            publisher=publisher,
            language=self.language(props.get("inLanguage")) or self.page_language(node, props),
            keywords=self.keywords(props.get("keywords")),
            section=self.first_text(props.get("articleSection")),
            description=self.first_text(props.get("description")),
            copyright=self.copyright(props),
        )

    def dateline(self, value: object) -> Dateline | None:
        line = self.first_text(value)
        if line is None:
            return None
        parts = parse_dateline(line)
        return Dateline(place=parts.place, agency=parts.agency, date=parts.date)

    def keywords(self, value: object) -> list[str]:
        """Keywords as an array, or as one comma-separated string."""
        found: list[str] = []
        for item in self.nodes(value):
            if isinstance(item, str) and isinstance(value, str):
                found += [k.strip() for k in item.split(",") if k.strip()]
            elif (word := _text(item) or self.name(item)) is not None:
                found.append(word)
        return found

    def copyright(self, props: dict[str, object]) -> str | None:
        """``copyrightNotice``; else a notice made of ``copyrightYear`` and ``copyrightHolder``."""
        notice = self.first_text(props.get("copyrightNotice"))
        if notice is not None:
            return notice
        year = self.first_text(props.get("copyrightYear"))
        holder = self.name(props.get("copyrightHolder"))
        if year is None and holder is None:
            return None
        return " ".join(part for part in ("©", year, holder) if part)

    def language(self, value: object) -> str | None:
        for item in self.nodes(value):
            if (text := _text(item)) is not None:
                return text
            props = self.props(item)
            code = self.first_text(props.get("alternateName")) or self.first_text(props.get("name"))
            if code is not None:
                return code
        return None

    def page_language(self, node: JsonObject, props: dict[str, object]) -> str | None:
        """The language of the page around the article, where only the page states it (a
        WebPage or WebSite node of a ``@graph``, as many sites write it): the page it is
        the main entity of, then what it is part of, then any page or site of the document."""
        related = [*self.nodes(props.get("mainEntityOfPage")), *self.nodes(props.get("isPartOf"))]
        holders = [root.node for root in self.doc.roots if root.node is not node]
        owning = [
            other
            for other in holders
            if any(self.doc.resolve(item) is node for item in _items(other.get("mainEntity")))
        ]
        pages = [other for other in holders if any(map(_is_page, type_names(other)))]
        for candidate in (*owning, *related, *pages):
            if language := self.language(self.props(candidate).get("inLanguage")):
                return language
        return None


def _is_page(type_name: str) -> bool:
    return type_name.endswith("Page") or type_name == "WebSite"


def read_found(found: Found, *, source: str | None = None) -> Article:
    """The article a found node describes."""
    return _Reader(found.doc, source).article(found.node, found.path)


def read_article(data: object, *, source: str | None = None) -> Article:
    """The article a parsed JSON-LD value holds; :class:`FormatError` naming the path if none."""
    try:
        found = find_article(data)
    except FormatError as exc:
        raise exc.with_file(source) from None
    return read_found(found, source=source)
