"""What the NITF writer, reader and validator share: names, dates, characters, parsing.

NITF ``@norm`` dates are ISO 8601 in the *basic* form (``20221104T093000+0300``,
``20221104`` for a day); the reader also takes the extended form that feeds
send (``2022-11-04T09:30:00+03:00``). Parsing is safe by construction: no
network, no DTD, no entity expansion, and any entity declaration is refused.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs
from lxml import etree

from newsschema._dates import from_iso_basic, to_iso_basic
from newsschema.errors import FormatError

__all__ = [
    "NORM_PATTERN",
    "NS",
    "VERSION",
    "XML_NS",
    "Parsed",
    "PathIndex",
    "clean_xml_chars",
    "element_text",
    "format_norm",
    "local_name",
    "parse_norm",
    "parse_xml",
    "readable_path",
    "source_line",
]

NS = "http://iptc.org/std/NITF/2006-10-18/"
"""The NITF namespace (the same for NITF 3.4 to 3.6)."""
VERSION = "-//IPTC//DTD NITF 3.6//EN"
"""The only value the 3.6 schema allows for ``nitf/@version``."""
XML_NS = "http://www.w3.org/XML/1998/namespace"

NORM_PATTERN = r"\d{8}(T\d{4}(\d{2})?(Z|[+\-]\d{4})?)?"
"""A ``@norm`` value in ISO 8601 basic form, as the profile XSD spells it."""

# XML 1.0 "Char": tab, newline, carriage return, and everything from U+0020 but
# the surrogates and U+FFFE/U+FFFF.
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# --------------------------------------------------------------------------- characters


def clean_xml_chars(text: str) -> tuple[str, list[str]]:
    """``text`` without the characters XML 1.0 cannot hold, and those removed (as ``U+0001``)."""
    removed = [f"U+{ord(ch):04X}" for ch in _NOT_XML_CHAR.findall(text)]
    if not removed:
        return text, []
    return _NOT_XML_CHAR.sub("", text), removed


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


def local_name(element: etree._Element) -> str:
    """The element's name without its namespace."""
    return etree.QName(element).localname


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
    parts: list[str] = []
    node: etree._Element | None = element
    while node is not None:
        name = local_name(node)
        parent = node.getparent()
        if parent is not None:
            same = [c for c in parent if isinstance(c.tag, str) and c.tag == node.tag]
            if len(same) > 1:
                name += f"[{same.index(node) + 1}]"
        parts.append(name)
        node = parent
    return "/" + "/".join(reversed(parts))


_STEP = re.compile(r"/\*(?:\[(\d+)\])?")


class PathIndex:
    """Elements found by libxml2's error paths (``/*/*[2]/*[1]``) and their readable paths,
    with each parent's children listed once: an XPath per error, and each element's
    siblings counted again per error, took quadratic time on a document with thousands of
    errors among thousands of siblings (256 KB: 150 s)."""

    def __init__(self, tree: etree._ElementTree) -> None:
        self.tree = tree
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
            found = self.tree.xpath(path)
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
        """What :func:`readable_path` gives for ``element``."""
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
