"""What the NITF writer, reader and validator share: names, dates, characters, parsing.

NITF ``@norm`` dates are ISO 8601 in the *basic* form (``20221104T093000+0300``,
``20221104`` for a day); the reader also takes the extended form that feeds
send (``2022-11-04T09:30:00+03:00``). Parsing is safe by construction: no
network, no DTD, no entity expansion, and any entity declaration is refused.
"""

from __future__ import annotations

import datetime as dt
import html.entities
import re
from typing import Any

import attrs
from lxml import etree

from newsschema._dates import from_iso_basic, to_iso_basic
from newsschema.errors import FormatError
from newsschema.formats._meta import clean_xml_chars  # shared with the HTML writers

__all__ = [
    "CAPTION",
    "CREDIT",
    "NORM_PATTERN",
    "NS",
    "SAME_AS",
    "VERSION",
    "XML_NS",
    "Parsed",
    "PathIndex",
    "clean_xml_chars",
    "element_text",
    "format_norm",
    "inline_entities",
    "local_name",
    "parse_norm",
    "parse_xml",
    "readable_path",
    "source_line",
    "split_tag",
]

NS = "http://iptc.org/std/NITF/2006-10-18/"
"""The NITF namespace (the same for NITF 3.4 to 3.6)."""
SAME_AS = "https://schema.org/sameAs"
"""``byline/virtloc/@idsrc`` of a page that identifies the author elsewhere (``Person.same_as``);
a ``virtloc`` without ``idsrc`` is the author's own page (``Person.url``)."""
VERSION = "-//IPTC//DTD NITF 3.6//EN"
"""The only value the 3.6 schema allows for ``nitf/@version``."""
XML_NS = "http://www.w3.org/XML/1998/namespace"

CAPTION = "media-caption"
CREDIT = "media-producer"
"""``p/@class`` of an image known only by its caption and credit (``media`` needs a reference)."""

NORM_PATTERN = r"\d{8}(T\d{4}(\d{2})?(Z|[+\-]\d{4})?)?"
"""A ``@norm`` value in ISO 8601 basic form, as the profile XSD spells it."""

# --------------------------------------------------------------------------- dates


def format_norm(value: dt.date) -> tuple[str, list[str]]:
    """``value`` as a NITF ``@norm`` (ISO 8601 basic), with what that form could not keep."""
    lost: list[str] = []
    text = to_iso_basic(value)
    if isinstance(value, dt.datetime):
        if value.microsecond:
            lost.append("fractional seconds")
        offset = value.utcoffset()
        if offset is not None and offset.total_seconds() % 60:
            lost.append("seconds of the UTC offset")
    return text, lost


def parse_norm(text: str) -> dt.date:
    """A NITF date in basic (``20221104T093000+0300``, ``20221104``) or extended ISO 8601 form,
    in its own precision; ``ValueError`` otherwise."""
    return from_iso_basic(text)


# --------------------------------------------------------------------------- trees


UNKNOWN_PREFIX = "?"
"""The namespace :func:`split_tag` gives a tag whose prefix lxml could not resolve."""


def split_tag(element: etree._Element) -> tuple[str | None, str]:
    """(namespace, local name) of an element's tag (``None`` for no namespace).

    Not ``etree.QName``, which raises ValueError for a tag whose prefix could not be
    resolved (``<x:y xmlns:x="">`` keeps the tag ``x:y``): such an element is given the
    namespace :data:`UNKNOWN_PREFIX`, so that it counts as foreign.
    """
    tag = str(element.tag)
    if tag.startswith("{"):
        uri, _, local = tag[1:].partition("}")
        return uri, local
    return (UNKNOWN_PREFIX if ":" in tag else None), tag


def local_name(element: etree._Element) -> str:
    """The element's name without its namespace."""
    return split_tag(element)[1]


def source_line(element: etree._Element) -> int | None:
    """The line the element starts on, where the parser knew it."""
    line: object = element.sourceline
    return line if isinstance(line, int) else None


def element_text(element: etree._Element) -> str:
    """All character data inside ``element``, without markup."""
    return "".join(str(text) for text in element.itertext())


def readable_path(element: etree._Element) -> str:
    """An XPath-like path of local names, ``/nitf/body/body.content/p[3]``.

    A position is given where siblings share the name.
    """
    return PathIndex(element.getroottree()).readable(element)


@attrs.frozen
class EntityUse:
    """An entity reference a document makes, as its DTD (not loaded) would resolve it."""

    name: str
    line: int | None
    known: bool
    """Whether HTML defines the name (``mdash``), so that the character is known."""


def inline_entities(root: etree._Element) -> list[EntityUse]:
    """Replace every entity reference in the tree by its text, in place, and list them.

    A document that names a DTD (``<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">``) may use
    the entities the DTD defines (``&mdash;``); the DTD is never loaded, so lxml keeps
    them as entity nodes, which XML Schema validation cannot handle. HTML's entities
    become their characters; another name stays as it was written (``&name;``).
    """
    uses: list[EntityUse] = []
    for entity in list(root.iter(etree.Entity)):
        name = str(getattr(entity, "name", ""))
        text = html.entities.html5.get(f"{name};")
        uses.append(EntityUse(name, source_line(entity), text is not None))
        replacement = (text if text is not None else f"&{name};") + (entity.tail or "")
        parent = entity.getparent()
        if parent is None:  # pragma: no cover - an entity outside the root is not parsed
            continue
        previous = entity.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + replacement
        else:
            parent.text = (parent.text or "") + replacement
        parent.remove(entity)
    return uses


_STEP = re.compile(r"/\*(?:\[(\d+)\])?")


class PathIndex:
    """Elements found by libxml2's error paths (``/*/*[2]/*[1]``) and their readable paths,
    with each parent's children listed once: an XPath per error, and each element's
    siblings counted again per error, took quadratic time on a document with thousands of
    errors among thousands of siblings (256 KB: 150 s)."""

    def __init__(self, tree: etree._ElementTree, prefixes: dict[str, str] | None = None) -> None:
        self.tree = tree
        self.prefixes = prefixes or {}
        self._elements: dict[etree._Element, list[etree._Element]] = {}
        self._places: dict[etree._Element, tuple[int, int]] = {}

    def _children(self, parent: etree._Element) -> list[etree._Element]:
        if parent not in self._elements:
            children = [c for c in parent if isinstance(c.tag, str)]
            self._elements[parent] = children
            counts: dict[str, int] = {}
            for child in children:
                counts[child.tag] = counts.get(child.tag, 0) + 1
            seen: dict[str, int] = {}
            for child in children:
                seen[child.tag] = seen.get(child.tag, 0) + 1
                self._places[child] = (seen[child.tag], counts[child.tag])
        return self._elements[parent]

    def find(self, path: str) -> etree._Element | None:
        """The element at ``path``: its first match, as ``tree.xpath(path)[0]`` gives it."""
        steps = list(_STEP.finditer(path))
        if not steps or sum(len(m.group()) for m in steps) != len(path):
            try:
                found = self.tree.xpath(path, namespaces=self.prefixes)
            except etree.XPathError:
                return None  # a prefix declared twice, or a path XPath cannot read
            first = found[0] if isinstance(found, list) and found else None
            return first if isinstance(first, etree._Element) else None
        node: etree._Element | None = None
        for m in steps:
            children = [self.tree.getroot()] if node is None else self._children(node)
            index = int(m.group(1)) - 1 if m.group(1) else 0
            if not 0 <= index < len(children):
                return None
            node = children[index]
        return node

    def readable(self, element: etree._Element) -> str:
        """:func:`readable_path` of ``element``, each parent's children listed once for
        every path this index gives."""
        parts: list[str] = []
        node: etree._Element | None = element
        while node is not None:
            name = local_name(node)
            parent = node.getparent()
            if parent is not None:
                self._children(parent)
                position, count = self._places[node]
                if count > 1:
                    name += f"[{position}]"
            parts.append(name)
            node = parent
        return "/" + "/".join(reversed(parts))


class _NoFetching(etree.Resolver):
    """Refuses every external resource a document asks for, and remembers the request."""

    def __init__(self) -> None:
        super().__init__()
        self.refused: list[str] = []

    # lxml calls resolve(url, public_id, context); lxml-stubs leave out the context
    def resolve(  # type: ignore[override]
        self, system_url: str | None, public_id: str | None, context: object
    ) -> object:
        self.refused.append(system_url or public_id or "?")
        return self.resolve_string("", context, base_url=None)


def _parser(resolver: _NoFetching) -> etree.XMLParser:
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        dtd_validation=False,
        remove_comments=False,
    )
    parser.resolvers.add(resolver)
    return parser


_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")
_POSITION = re.compile(r",? line \d+, column \d+$")  # libxml2 repeats what FormatError holds
_SUBSET_END = re.compile(r"\]\s*>")


class _Next:
    """Where ``needle`` next occurs at or after a position; positions asked only grow, so
    each answer is found by one search and reused until it is passed."""

    def __init__(self, text: str, needle: str | re.Pattern[str]) -> None:
        self.text = text
        self.needle = needle
        self.asked = -1
        self.found = -1

    def at(self, pos: int) -> int:
        if self.asked == -1 or (self.found != -1 and self.found < pos):
            self.asked = pos
            if isinstance(self.needle, str):
                self.found = self.text.find(self.needle, pos)
            else:
                m = self.needle.search(self.text, pos)
                self.found = m.start() if m else -1
        return self.found


def _entity_declaration(text: str) -> int:
    """Where the first ``<!ENTITY`` inside a DOCTYPE's internal subset (between its ``[``
    and the ``]>`` that closes it) starts, or -1.

    This is what ``<!DOCTYPE[^[>]*\\[(?:(?!]\\s*>).)*?<!ENTITY`` finds, without its
    cost: that pattern scans to the end of the text from every DOCTYPE, so a page of
    repeated DOCTYPEs took minutes. Here each next ``[``, ``>``, ``<!ENTITY`` and ``]>``
    is found once and reused by the DOCTYPEs after it.
    """
    brackets, closers = _Next(text, "["), _Next(text, ">")
    entities, ends = _Next(text, "<!ENTITY"), _Next(text, _SUBSET_END)
    doctype = text.find("<!DOCTYPE")
    while doctype != -1:
        bracket, closer = brackets.at(doctype + 9), closers.at(doctype + 9)
        if bracket != -1 and (closer == -1 or bracket < closer):
            entity = entities.at(bracket + 1)
            if entity == -1:
                return -1  # no declaration after this point: none for later DOCTYPEs either
            end = ends.at(bracket + 1)
            if end == -1 or entity < end:
                return entity
        doctype = text.find("<!DOCTYPE", doctype + 1)
    return -1


@attrs.frozen
class Parsed:
    """A parsed NITF document and its root."""

    tree: etree._ElementTree
    root: etree._Element


def _entity_line(data: bytes | str) -> int | None:
    """The line of the first entity declaration in the DOCTYPE's internal subset, if any."""
    if isinstance(data, bytes):
        for encoding in ("utf-8", "utf-16"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if "<!DOCTYPE" in text:
                break
        else:
            return None
    else:
        text = data
    at = _entity_declaration(text)
    return text.count("\n", 0, at) + 1 if at != -1 else None


def _refuse_entities(source: str | None, line: int | None, names: str = "") -> FormatError:
    named = f" ({names})" if names else ""
    return FormatError(
        f"the DOCTYPE declares entities{named}: entity declarations are refused because they "
        "can read local files or expand without limit (XXE, entity bombs)",
        file=source,
        line=line,
    )


def parse_xml(data: bytes | str, *, source: str | None = None) -> Parsed:
    """Parse XML safely; :class:`FormatError` (with line and column) for anything unsafe or
    malformed.

    Entity declarations of any kind are refused: they are how external-entity
    (XXE) and expansion-bomb attacks work, and no NITF feed needs them. A plain
    ``<!DOCTYPE nitf SYSTEM "nitf-3-2.dtd">`` is accepted; the DTD is not loaded.
    """
    if isinstance(data, str):
        # lxml refuses str input that declares an encoding; the text is decoded already
        data = _DECLARATION.sub("", data, count=1).removeprefix("\ufeff")
    resolver = _NoFetching()
    try:
        root = etree.fromstring(data, _parser(resolver))
    except etree.XMLSyntaxError as exc:
        line = _entity_line(data)
        if line is not None:
            raise _refuse_entities(source, line) from exc
        line, column = exc.position
        message = _POSITION.sub("", str(exc.msg))
        raise FormatError(
            f"not well-formed XML: {message}", file=source, line=line, column=column
        ) from exc
    except ValueError as exc:
        raise FormatError(f"cannot parse the document as XML: {exc}", file=source) from exc
    tree = root.getroottree()
    # lxml-stubs type DTD without its iterators
    dtd: Any = tree.docinfo.internalDTD
    if dtd is not None:
        names = sorted({str(entity.name) for entity in dtd.iterentities()})
        if names:
            raise _refuse_entities(source, _entity_line(data), ", ".join(names))
    if resolver.refused:
        raise FormatError(
            "the document asks to load external resources; nothing was fetched", file=source
        )
    return Parsed(tree, root)
