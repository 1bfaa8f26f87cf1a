"""Article -> NewsML-G2 2.35 ``newsItem``, in the element order of the official schema.

``newsml.py`` documents the mapping and what NewsML-G2 cannot carry. The body
is the NITF document the NITF writer makes (in ``inlineXML``), or the XHTML
the HTML body renderer makes. Mixed content is never pretty-printed: only
element-only containers are indented, so every character of the text survives.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable

import attrs
from lxml import etree

from newsschema._dates import to_iso
from newsschema._normalize import normalize
from newsschema.formats._html_body import Node, body_nodes
from newsschema.formats._ids import as_iri, content_id, url_id
from newsschema.formats._meta import by_line, copyright_holder
from newsschema.formats._nitf_common import NS as NITF_NS
from newsschema.formats._nitf_write import STRUCTURAL as NITF_STRUCTURAL
from newsschema.formats._nitf_write import sanitize
from newsschema.formats._nitf_write import tree as nitf_tree
from newsschema.model import Article, Dateline, DateValue, Organization, Person

__all__ = ["BODIES", "CATALOG", "NAR", "XHTML", "build", "is_element"]

NAR = "http://iptc.org/std/nar/2006-10-01/"
"""The NewsML-G2 namespace."""
XHTML = "http://www.w3.org/1999/xhtml"
XML_NS = "http://www.w3.org/XML/1998/namespace"
CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml"
"""IPTC's catalog: it resolves the scheme aliases written (``ninat``, ``stat``, ``drol``)."""
STANDARD_VERSION = "2.35"
BODIES = ("nitf", "xhtml")
NITF_TYPE = "application/nitf+xml"
XHTML_TYPE = "application/xhtml+xml"
DATELINE_PARTS = ("place", "date", "agency")
"""``dateline/span/@class`` of the dateline's parts."""
DATELINE_FIELDS = ("place", "agency", "date")
"""The fields of :class:`Dateline`, in their order."""

_NAR_STRUCTURAL = frozenset(
    {"newsItem", "rightsInfo", "copyrightHolder", "itemMeta", "provider", "service",
     "contentMeta", "located", "infoSource", "creator", "personDetails", "affiliation",
     "contentSet", "inlineXML"}
)  # fmt: skip
_XHTML_STRUCTURAL = frozenset({"html", "head", "body", "figure", "blockquote", "ul", "ol"})
# element-only containers in Clark notation: the white space between their children is layout
_STRUCTURAL = frozenset(
    f"{{{namespace}}}{name}"
    for namespace, names in (
        (NAR, _NAR_STRUCTURAL), (NITF_NS, NITF_STRUCTURAL), (XHTML, _XHTML_STRUCTURAL)
    )
    for name in names
)  # fmt: skip
# xs:language, the type of xml:lang and language/@tag
_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*")
_MAX_OFFSET = dt.timedelta(hours=14)
# U+FFFE and U+FFFF in UTF-8: lxml lets them through, XML 1.0 forbids them
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")


def _q(name: str, namespace: str = NAR) -> str:
    return f"{{{namespace}}}{name}"


def is_element(node: etree._Element) -> bool:
    """An element, not a comment or processing instruction (whose ``tag`` is no string)."""
    tag: object = node.tag  # lxml-stubs type every tag as a string
    return isinstance(tag, str)


def creation_time(created: dt.datetime | None) -> dt.datetime:
    """When this version of the item is written: ``created``, else ``SOURCE_DATE_EPOCH``
    (the reproducible-builds convention, for repeatable output), else now; in UTC."""
    if created is not None:
        return created
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def _one_line(value: str, where: str, warnings: list[str]) -> str:
    """Text for an element that holds one line (``name``, ``keyword``: no tab or line break
    in the schema's type; ``headline``: a reader takes its line breaks for layout)."""
    text = value.replace("\r\n", " ")
    for mark in "\r\n\t":
        text = text.replace(mark, " ")
    text = text.strip()
    if text != value:
        warnings.append(
            f"{where}: line breaks or tabs written as spaces, white space at the edges dropped"
        )
    return text


def _lines(value: str, where: str, warnings: list[str]) -> str:
    """Text where the type allows ``br``: white space at the edges of a line is layout to a
    reader, so it goes."""
    text = "\n".join(piece.strip() for piece in value.strip().split("\n"))
    if text != value:
        warnings.append(f"{where}: white space at the edges of lines dropped")
    return text


def _iri(value: str | None, where: str, warnings: list[str]) -> str | None:
    """A URL as the schema's ``IRIType`` takes it (percent-encoded where it must be), or
    ``None`` with a warning where it cannot be one."""
    if not value:
        return None  # an empty URL is none
    iri, note = as_iri(value)
    if iri is None:
        warnings.append(f"{where}: {note}; not written ({value!r})")
    elif note is not None:
        warnings.append(f"{where}: {note} ({iri})")
    return iri


def _person(person: Person, where: str, warnings: list[str]) -> Person:
    return attrs.evolve(
        person,
        name=_one_line(person.name, f"{where}.name", warnings),
        url=_iri(person.url, f"{where}.url", warnings),
        same_as=tuple(
            dict.fromkeys(
                iri
                for i, page in enumerate(person.same_as)
                if (iri := _iri(page, f"{where}.same_as[{i}]", warnings))
            )
        ),
        role=_lines(person.role, f"{where}.role", warnings) if person.role else person.role,
        affiliation=_one_line(person.affiliation, f"{where}.affiliation", warnings)
        if person.affiliation
        else person.affiliation,
    )


def _organization(organization: Organization, where: str, warnings: list[str]) -> Organization:
    return attrs.evolve(
        organization,
        name=_one_line(organization.name, f"{where}.name", warnings),
        url=_iri(organization.url, f"{where}.url", warnings),
    )


def _optional(value: str | None, where: str, warnings: list[str]) -> str | None:
    return _one_line(value, where, warnings) if value else value


def _date(value: DateValue | None, where: str, warnings: list[str]) -> DateValue | None:
    """A date-time whose offset XML Schema cannot hold (seconds, or beyond 14 hours) as the
    same instant in UTC."""
    offset = value.utcoffset() if isinstance(value, dt.datetime) else None
    if offset is None or not (offset.total_seconds() % 60 or abs(offset) > _MAX_OFFSET):
        return value
    warnings.append(f"{where}: an offset XML Schema cannot hold; written in UTC")
    return value.astimezone(dt.timezone.utc) if isinstance(value, dt.datetime) else value


def normalized(article: Article, warnings: list[str]) -> Article:
    """The article as the item holds it: one-line text without line breaks, tabs or edge
    white space (with a warning for each field that changes). The NITF inside is written
    from the same values, so the item says one thing, and reads back as it was written."""
    dateline = article.dateline
    if dateline is not None:
        dateline = Dateline(
            *(_optional(getattr(dateline, n), f"dateline.{n}", warnings) for n in DATELINE_FIELDS)
        )
    publisher = article.publisher
    return attrs.evolve(
        article,
        headline=_one_line(article.headline, "headline", warnings),
        url=_iri(article.url, "url", warnings),
        date_published=_date(article.date_published, "date_published", warnings),
        date_modified=_date(article.date_modified, "date_modified", warnings),
        subheadline=_optional(article.subheadline, "subheadline", warnings),
        authors=[_person(a, f"authors[{i}]", warnings) for i, a in enumerate(article.authors)],
        organizations=[
            _organization(o, f"organizations[{i}]", warnings)
            for i, o in enumerate(article.organizations)
        ],
        dateline=dateline,
        publisher=_organization(publisher, "publisher", warnings) if publisher else None,
        keywords=[_one_line(k, f"keywords[{i}]", warnings) for i, k in enumerate(article.keywords)],
        section=_optional(article.section, "section", warnings),
        description=_lines(article.description, "description", warnings)
        if article.description
        else article.description,
        copyright=_lines(article.copyright, "copyright", warnings)
        if article.copyright
        else article.copyright,
    )


class _Writer:
    """Builds one ``newsItem``; collects what could not be written as it is."""

    def __init__(self, warnings: list[str], body: str, created: dt.datetime | None) -> None:
        self.warnings = warnings
        self.body = body
        self.created = created

    # ----------------------------------------------------------------- elements

    def sub(
        self,
        parent: etree._Element,
        name: str,
        text: str | None = None,
        /,
        **attributes: str | None,
    ) -> etree._Element:
        element = etree.SubElement(parent, _q(name))
        for key, value in attributes.items():
            if value is not None:
                element.set(key, value)
        if text is not None:
            element.text = text
        return element

    @staticmethod
    def lines(parent: etree._Element, text: str) -> None:
        """Text where the type allows ``br``: each line break becomes one."""
        for i, piece in enumerate(text.split("\n")):
            if i:
                br = etree.SubElement(parent, _q("br"))
                br.tail = piece or None
            else:
                parent.text = piece or None

    def named(
        self, parent: etree._Element, tag: str, name: str, /, **attributes: str | None
    ) -> etree._Element:
        element = self.sub(parent, tag, **attributes)
        self.sub(element, "name", name)
        return element

    @staticmethod
    def date(value: DateValue) -> str:
        """A date in its own precision (``TruncatedDateTimeType`` takes a day alone)."""
        return to_iso(value)

    # ----------------------------------------------------------------- the item

    def build(self, article: Article) -> etree._Element:
        root = etree.Element(_q("newsItem"), nsmap={None: NAR})  # type: ignore[dict-item]
        root.set("guid", "")
        root.set("version", "1")
        root.set("standard", "NewsML-G2")
        root.set("standardversion", STANDARD_VERSION)
        root.set("conformance", "power")
        language = self.language(article.language)
        if language:
            root.set(f"{{{XML_NS}}}lang", language)
        self.sub(root, "catalogRef", href=CATALOG)
        if article.copyright:
            self.rights(root, article.copyright)
        self.item_meta(self.sub(root, "itemMeta"), article)
        self.content_meta(self.sub(root, "contentMeta"), article, language)
        self.content_set(self.sub(root, "contentSet"), article)
        return root

    def language(self, value: str | None) -> str | None:
        if not value:
            return None
        if _LANGUAGE.fullmatch(value):
            return value
        self.warnings.append(
            f"language: {value!r} is not a language tag (xs:language); not written"
        )
        return None

    def rights(self, root: etree._Element, notice: str) -> None:
        rights = self.sub(root, "rightsInfo")
        holder = copyright_holder(notice)
        if holder:
            self.named(rights, "copyrightHolder", holder)
        self.lines(self.sub(rights, "copyrightNotice"), notice)

    def item_meta(self, meta: etree._Element, article: Article) -> None:
        self.sub(meta, "itemClass", qcode="ninat:text")
        self.provider(meta, article.publisher)
        version = self.version_created(article)
        self.sub(meta, "versionCreated", version)
        if isinstance(article.date_published, dt.datetime):
            first = to_iso(article.date_published)
            self.sub(meta, "firstCreated", first)
        self.sub(meta, "pubStatus", qcode="stat:usable")
        if article.section:
            self.named(meta, "service", article.section)

    def version_created(self, article: Article) -> str:
        """The item's version time: the article's last date-time, else the time of writing."""
        for value in (article.date_modified, article.date_published):
            if isinstance(value, dt.datetime):
                return to_iso(value)
        self.warnings.append(
            "itemMeta/versionCreated: the article has no date-time, and this element needs "
            "one: the time of writing is given (no date is padded with an invented time)"
        )
        return to_iso(creation_time(self.created))

    def provider(self, meta: etree._Element, publisher: Organization | None) -> None:
        if publisher is None or not publisher.name.strip():
            self.warnings.append(
                "itemMeta/provider: the article names no publisher; the provider is left empty"
            )
            self.sub(meta, "provider")
            return
        self.named(meta, "provider", publisher.name, uri=publisher.url or None)
        if publisher.logo:
            self.warnings.append("publisher.logo: NewsML-G2 has no place for it; not written")

    def content_meta(self, meta: etree._Element, article: Article, language: str | None) -> None:
        if article.date_published is not None:
            self.sub(meta, "contentCreated", self.date(article.date_published))
        if article.date_modified is not None:
            self.sub(meta, "contentModified", self.date(article.date_modified))
        if article.dateline is not None and article.dateline.place:
            self.named(meta, "located", article.dateline.place)
        self.info_sources(meta, article.organizations)
        self.creators(meta, article.authors)
        if language:
            self.sub(meta, "language", tag=language)
        for keyword in article.keywords:
            self.sub(meta, "keyword", keyword)
        self.sub(meta, "headline", article.headline)
        if article.subheadline:
            self.sub(meta, "headline", article.subheadline)
        if article.dateline is not None:
            self.dateline(meta, article.dateline)
        names = [a.name for a in article.authors if a.name.strip()]
        if names:
            self.sub(meta, "by", by_line(names))
        if article.description:
            self.lines(self.sub(meta, "description", role="drol:summary"), article.description)

    def info_sources(self, meta: etree._Element, organizations: Iterable[Organization]) -> None:
        for i, organization in enumerate(organizations):
            where = f"organizations[{i}]"
            if not organization.name.strip():
                self.warnings.append(f"{where}: an agency without a name is not written")
                continue
            self.named(meta, "infoSource", organization.name, uri=organization.url or None)
            if organization.logo:
                self.warnings.append(f"{where}.logo: NewsML-G2 has no place for it; not written")

    def creators(self, meta: etree._Element, authors: Iterable[Person]) -> None:
        for i, author in enumerate(authors):
            where = f"authors[{i}]"
            if not author.name.strip():
                self.warnings.append(f"{where}: an author without a name is not written")
                continue
            creator = self.named(meta, "creator", author.name, uri=author.url)
            if author.role:
                self.lines(self.sub(creator, "note"), author.role)
            for page in author.same_as:  # pages that identify the person elsewhere
                self.sub(creator, "sameAs", uri=page)
            if author.affiliation:
                details = self.sub(creator, "personDetails")
                self.named(details, "affiliation", author.affiliation)

    def dateline(self, meta: etree._Element, dateline: Dateline) -> None:
        """The dateline as printed (``PLACE, date (agency)``), each part in a ``span`` named
        by its ``class``."""
        parts = [
            (name, value)
            for name, value in (
                ("place", dateline.place), ("date", dateline.date), ("agency", dateline.agency)
            )
            if value
        ]  # fmt: skip
        if not parts:
            return
        element = self.sub(meta, "dateline")
        last: etree._Element | None = None
        for name, value in parts:
            # PLACE, date (agency): the separator a part takes depends on what came before
            before = "(" if name == "agency" else ""
            if last is not None:
                before = {"date": ", ", "agency": " ("}.get(name, ", ")
                last.tail = before
            elif before:
                element.text = before
            span = value
            last = self.sub(element, "span", span, **{"class": name})
        if last is not None and dateline.agency:
            last.tail = ")"

    def content_set(self, content_set: etree._Element, article: Article) -> None:
        if self.body == "xhtml":
            inline = self.sub(content_set, "inlineXML", contenttype=XHTML_TYPE)
            inline.append(self.xhtml(article))
        else:
            inline = self.sub(content_set, "inlineXML", contenttype=NITF_TYPE)
            # the item carries the publisher's URL (provider/@uri) and reports its logo: the
            # NITF inside need not say that it cannot
            publisher = article.publisher
            if publisher is not None:
                publisher = attrs.evolve(publisher, url=None, logo=None)
            inline.append(nitf_tree(attrs.evolve(article, publisher=publisher), self.warnings))
        if article.url:
            self.sub(content_set, "remoteContent", href=article.url, contenttype="text/html")

    def xhtml(self, article: Article) -> etree._Element:
        html = etree.Element(_q("html", XHTML), nsmap={None: XHTML})  # type: ignore[dict-item]
        head = etree.SubElement(html, _q("head", XHTML))
        etree.SubElement(head, _q("title", XHTML)).text = article.headline
        body = etree.SubElement(html, _q("body", XHTML))
        for node in body_nodes(article.body, lead=article.lead_image, warnings=self.warnings):
            body.append(_element(node))
        return html


def _element(node: Node) -> etree._Element:
    """An XHTML element from the HTML body renderer's node."""
    element = etree.Element(_q(node.tag, XHTML))
    for name, value in node.attributes:
        element.set(name, value)
    last: etree._Element | None = None
    for child in node.children:
        if isinstance(child, str):
            if last is None:
                element.text = (element.text or "") + child
            else:
                last.tail = (last.tail or "") + child
        else:
            last = _element(child)
            element.append(last)
    return element


def _indent(element: etree._Element, level: int = 0) -> None:
    """Indent element-only containers; text-bearing elements are left exactly as built."""
    if element.tag not in _STRUCTURAL or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        child.tail = inner
        _indent(child, level + 1)
    element[-1].tail = "\n" + "  " * level


def _identify(root: etree._Element, article: Article) -> None:
    """``guid``: from the URL, else from the item's content (without the version time)."""
    if article.url:
        root.set("guid", url_id(article.url))
        return
    version = root.find(f"{_q('itemMeta')}/{_q('versionCreated')}")
    written = version.text if version is not None else None
    if version is not None:
        version.text = ""
    root.set("guid", content_id("newsml", etree.tostring(root, encoding="UTF-8")))
    if version is not None:
        version.text = written


def _serialize(
    article: Article, warnings: list[str], body: str, created: dt.datetime | None
) -> tuple[bytes, list[str]]:
    writer = _Writer(warnings, body, created)
    article = normalized(article, warnings)
    root = writer.build(article)
    _indent(root)
    _identify(root, article)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"
    return data, writer.warnings


def build(
    article: Article, *, body: str = "nitf", created: dt.datetime | None = None
) -> tuple[bytes, list[str]]:
    """The article as a NewsML-G2 ``newsItem`` (UTF-8, XML declaration), and the warnings.

    ``body`` is ``nitf`` (NITF 3.6 in ``inlineXML``) or ``xhtml``; ``created`` is the
    item's version time where the article has no date-time of its own.
    """
    if body not in BODIES:
        raise ValueError(f"NewsML-G2 body {body!r} is not written; expected one of {BODIES}")
    # an article built by hand is first made valid, as for every format (``_normalize``)
    article, fixes = normalize(article)
    notes = [str(fix) for fix in fixes]
    try:
        data, warnings = _serialize(article, list(notes), body, created)
    except ValueError:  # lxml: "All strings must be XML compatible"
        pass
    else:
        if not any(mark in data for mark in _NONCHARACTERS):
            return data, warnings
    clean, removed = sanitize(article)
    return _serialize(clean, notes + removed, body, created)
