"""NITF validation: an XML Schema (the shipped profile or the user's), then what no schema checks.

Each :class:`Problem` carries the line of the element and an XPath-like path of
local names (``/nitf/body/body.content/p[3]``). Schemas are compiled once per
process. A user's schema may import files beside it (IPTC's imports
``xml.xsd``); nothing is ever fetched from the network.
"""

from __future__ import annotations

import functools
import html.entities
import os
import re
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
from lxml import etree

from newsschema.errors import FormatError, Problem
from newsschema.formats._nitf_common import (
    NORM_PATTERN,
    NS,
    XML_NS,
    EntityUse,
    Parsed,
    PathIndex,
    element_text,
    inline_entities,
    local_name,
    parse_norm,
    parse_xml,
    readable_path,
    source_line,
    split_tag,
)

__all__ = [
    "OFFICIAL_FILE",
    "OFFICIAL_FOLDER",
    "PROFILE_FILE",
    "check",
    "check_parsed",
    "official_schema",
    "profile_schema",
    "user_schema",
]

PROFILE_FILE = "nitf-profile.xsd"
OFFICIAL_FOLDER = "iptc-nitf-3.6"
OFFICIAL_FILE = "nitf-3-6.xsd"
_NORM = re.compile(NORM_PATTERN)
_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*")
_CLARK = re.compile(r"\{[a-zA-Z][a-zA-Z0-9+.-]*:[^}]*\}")  # a namespace URI, not a {8}
_DATE_ATTRIBUTE = re.compile(r"attribute '(?:norm|date\.publication)'")
_DATE_ATTRIBUTES = ("norm", "date.publication")


@functools.cache
def official_schema() -> etree.XMLSchema:
    """IPTC's NITF 3.6 XML Schema, shipped unmodified (``schemas/iptc-nitf-3.6``)."""
    folder = resources.files("newsschema").joinpath("schemas").joinpath(OFFICIAL_FOLDER)
    with resources.as_file(folder.joinpath(OFFICIAL_FILE)) as path:
        return _compiled(str(path), 0)


@functools.cache
def profile_schema() -> etree.XMLSchema:
    """The schema of the NITF profile newsschema writes (``schemas/nitf-profile.xsd``)."""
    data = resources.files("newsschema").joinpath("schemas").joinpath(PROFILE_FILE).read_bytes()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.XMLSchema(etree.fromstring(data, parser))


class _LocalFilesOnly(etree.Resolver):
    """Lets a schema import files from disk; a URL with a network scheme gets an empty
    document instead, and is remembered so that the caller can say why."""

    def __init__(self) -> None:
        super().__init__()
        self.refused: list[str] = []

    # lxml calls resolve(url, public_id, context); lxml-stubs leave out the context
    def resolve(  # type: ignore[override]
        self, system_url: str | None, public_id: str | None, context: object
    ) -> object:
        del public_id
        url = system_url or ""
        if re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*://", url) and not url.startswith("file:"):
            self.refused.append(url)
            return self.resolve_string("", context, base_url=None)
        return None


@functools.cache
def _compiled(path: str, _mtime_ns: int) -> etree.XMLSchema:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    resolver = _LocalFilesOnly()
    parser.resolvers.add(resolver)
    error: Exception | None = None
    try:
        schema = etree.XMLSchema(etree.parse(path, parser))
    except (OSError, etree.XMLSyntaxError, etree.XMLSchemaParseError) as exc:
        error = exc
    if resolver.refused:
        raise FormatError(
            f"the schema imports {resolver.refused[0]}; schemas are never fetched from a "
            "network (keep a copy beside the schema and import it by a relative path)",
            file=path,
        ) from error
    if error is not None:
        raise FormatError(f"cannot load the XML Schema: {error}", file=path) from error
    return schema


def user_schema(path: str | os.PathLike[str]) -> etree.XMLSchema:
    """A user's XML Schema from ``path``, compiled once (again only if the file changes)."""
    name = str(Path(path).resolve())
    try:
        mtime = Path(name).stat().st_mtime_ns
    except OSError as exc:
        raise FormatError(f"cannot read the XML Schema: {exc.strerror}", file=name) from exc
    return _compiled(name, mtime)


def _message(text: str) -> str:
    """A libxml2 message with ``{namespace}name`` shortened to ``name``."""
    return _CLARK.sub("", text)


def _prefixes(tree: etree._ElementTree) -> dict[str, str]:
    """Every namespace prefix the document declares (the paths libxml2 reports use them)."""
    found: dict[str, str] = {}
    for element in tree.iter():
        if isinstance(element.tag, str):
            for prefix, uri in element.nsmap.items():
                if prefix and uri:
                    found.setdefault(prefix, uri)
    return found


def _schema_problems(parsed: Parsed, schema: etree.XMLSchema) -> list[Problem]:
    try:
        if schema.validate(parsed.tree):
            return []
    except etree.XMLSchemaValidateError as exc:  # pragma: no cover - libxml2's own failure
        return [Problem(f"the XML Schema validator failed on this document: {exc}")]
    problems: list[Problem] = []
    errors: Any = schema.error_log  # lxml-stubs do not type the log as iterable
    prefixes = _prefixes(parsed.tree)
    paths = PathIndex(parsed.tree, prefixes)
    for error in errors:
        path = None
        if error.path:
            found = paths.find(error.path)
            if found is not None:
                path = paths.readable(found)
        problems.append(Problem(_message(error.message), path=path, line=error.line or None))
    return problems


def _entity_problems(uses: list[EntityUse]) -> list[Problem]:
    return [
        Problem(
            f"entity &{use.name}; comes from the DTD, which is not loaded: read as"
            f" {html.entities.html5[use.name + ';']!r} (write the character itself)",
            line=use.line,
            severity="warning",
        )
        if use.known
        else Problem(
            f"entity &{use.name}; is not defined: the DTD is not loaded and HTML has no"
            " entity of that name",
            line=use.line,
        )
        for use in uses
    ]


def _is_nitf(element: etree._Element) -> bool:
    return isinstance(element.tag, str) and split_tag(element)[0] in (NS, None)


def _date_problems(root: etree._Element) -> list[Problem]:
    """``@norm`` and ``@date.publication``: ISO 8601 basic form, and real dates.

    The profile's pattern checks the form too, but a schema validator stops looking
    inside an element whose children are out of order; this check always looks."""
    problems: list[Problem] = []
    for element in root.iter():
        if not _is_nitf(element):
            continue
        for attribute in _DATE_ATTRIBUTES:
            value = element.get(attribute)
            if value is None:
                continue
            where = f"{local_name(element)}/@{attribute}={value!r}"
            if not _NORM.fullmatch(value):
                problems.append(
                    Problem(
                        f"{where} is not an ISO 8601 basic date or date-time "
                        "(expected e.g. 20221104 or 20221104T093000+0300)",
                        path=f"{readable_path(element)}/@{attribute}",
                        line=source_line(element),
                    )
                )
                continue
            try:
                parse_norm(value)
            except ValueError as exc:
                problems.append(
                    Problem(
                        f"{where} is not a real date or time: {exc}",
                        path=f"{readable_path(element)}/@{attribute}",
                        line=source_line(element),
                    )
                )
    return problems


def _byline_problems(root: etree._Element) -> list[Problem]:
    problems: list[Problem] = []
    for byline in root.iter(f"{{{NS}}}byline", "byline"):
        persons = [c for c in byline if _is_nitf(c) and local_name(c) == "person"]
        problems.extend(
            Problem(
                "byline/person is empty: a byline names its persons",
                path=readable_path(person),
                line=source_line(person),
            )
            for person in persons
            if not element_text(person).strip()
        )
        if not persons and not element_text(byline).strip():
            problems.append(
                Problem("byline is empty", path=readable_path(byline), line=source_line(byline))
            )
        seen_person = False
        for child in byline:
            if not _is_nitf(child):
                continue
            name = local_name(child)
            seen_person = seen_person or name == "person"
            if name in ("byttl", "virtloc") and persons and not seen_person:
                problems.append(
                    Problem(
                        f"byline/{name} comes before any person, so it belongs to nobody",
                        path=readable_path(child),
                        line=source_line(child),
                        severity="warning",
                    )
                )
    return problems


def _dateline_problems(root: etree._Element) -> list[Problem]:
    problems: list[Problem] = []
    for dateline in root.iter(f"{{{NS}}}dateline", "dateline"):
        if not element_text(dateline).strip():
            problems.append(
                Problem(
                    "dateline is empty", path=readable_path(dateline), line=source_line(dateline)
                )
            )
            continue
        for child in dateline:
            if not _is_nitf(child) or local_name(child) not in ("location", "story.date"):
                continue
            if not element_text(child).strip():
                problems.append(
                    Problem(
                        f"dateline/{local_name(child)} is empty: a dateline shows its place "
                        "and date as text",
                        path=readable_path(child),
                        line=source_line(child),
                    )
                )
        locations = [c for c in dateline if _is_nitf(c) and local_name(c) == "location"]
        dates = [c for c in dateline if _is_nitf(c) and local_name(c) == "story.date"]
        for name, found in (("location", locations), ("story.date", dates)):
            if len(found) > 1:
                problems.append(
                    Problem(
                        f"dateline has {len(found)} {name} elements; a dateline names one",
                        path=readable_path(found[1]),
                        line=source_line(found[1]),
                    )
                )
    return problems


def _language_problems(root: etree._Element) -> list[Problem]:
    value = root.get(f"{{{XML_NS}}}lang")
    if value is None or value == "" or _LANGUAGE.fullmatch(value):
        return []
    return [
        Problem(
            f"xml:lang={value!r} is not a language tag (expected e.g. en or en-US)",
            path=f"{readable_path(root)}/@xml:lang",
            line=source_line(root),
        )
    ]


def _text_with_breaks(element: etree._Element) -> str:
    """The element's text with a space for each ``br`` (``itertext`` gives nothing for it)."""
    parts = [element.text or ""]
    for child in element:
        if _is_nitf(child):
            parts.append(" " if local_name(child) == "br" else _text_with_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _heading_problems(root: etree._Element) -> list[Problem]:
    """The title and the main headline say the same (the title is the plain-text copy)."""
    title = root.find(f"{{{NS}}}head/{{{NS}}}title")
    hl1 = root.find(f"{{{NS}}}body/{{{NS}}}body.head/{{{NS}}}hedline/{{{NS}}}hl1")
    if title is None or hl1 is None:
        return []

    def words(element: etree._Element) -> str:
        return " ".join(_text_with_breaks(element).split())

    if words(title) == words(hl1):
        return []
    return [
        Problem(
            "head/title and hedline/hl1 differ; the title is meant to repeat the headline",
            path=readable_path(title),
            line=source_line(title),
            severity="warning",
        )
    ]


def check(
    data: bytes | str,
    *,
    source: str | None = None,
    strict: bool = False,
    xsd: str | os.PathLike[str] | None = None,
    profile: bool = False,
) -> list[Problem]:
    """Every problem of a NITF document, in document order.

    The schema is IPTC's NITF 3.6 (shipped), newsschema's stricter ``profile``, or the
    user's ``xsd``. The checks no schema makes (date forms, bylines, datelines, the
    title) are errors with the profile, which requires them, and warnings otherwise.
    ``strict`` makes every warning an error.
    """
    try:
        parsed = parse_xml(data, source=source)
    except FormatError as exc:
        return [Problem(exc.reason, line=exc.line)]
    return check_parsed(parsed, strict=strict, xsd=xsd, profile=profile)


def check_parsed(
    parsed: Parsed,
    *,
    strict: bool = False,
    xsd: str | os.PathLike[str] | None = None,
    profile: bool = False,
) -> list[Problem]:
    """Every problem of a parsed NITF document (also one taken out of a NewsML-G2 item)."""
    if xsd is not None:
        schema = user_schema(xsd)
    else:
        schema = profile_schema() if profile else official_schema()
    root = parsed.root
    problems = _entity_problems(inline_entities(root))
    if xsd is None:
        problems += _in_nitf_namespace(parsed, profile=profile)
    problems += _schema_and_rules(parsed, schema, rules_are_errors=profile or xsd is not None)
    if strict:
        problems = [
            Problem(p.message, path=p.path, line=p.line) if p.severity == "warning" else p
            for p in problems
        ]
    problems.sort(key=lambda p: p.line if p.line is not None else 0)
    return problems


def _schema_and_rules(
    parsed: Parsed, schema: etree.XMLSchema, *, rules_are_errors: bool
) -> list[Problem]:
    root = parsed.root
    dates = _date_problems(root)
    # the same bad date as the profile's pattern sees it: the message above says more
    dated = {(p.line, (p.path or "").rpartition("/@")[0]) for p in dates}
    problems = [
        p
        for p in _schema_problems(parsed, schema)
        if not (_DATE_ATTRIBUTE.search(p.message) and (p.line, p.path) in dated)
    ]
    rules = dates + _byline_problems(root) + _dateline_problems(root)
    rules += _language_problems(root) + _heading_problems(root)
    if not rules_are_errors:
        rules = [attrs.evolve(p, severity="warning") for p in rules]
    return problems + rules


_OLD_VERSION = re.compile(r"NITF (\d+\.\d+)|nitf-(\d+)-(\d+)\.dtd", re.IGNORECASE)


def _version(parsed: Parsed) -> str | None:
    """The NITF version an un-namespaced document names (``version``, or its DOCTYPE)."""
    docinfo: Any = parsed.tree.docinfo  # lxml-stubs leave out system_url
    for text in (parsed.root.get("version"), docinfo.public_id, docinfo.system_url):
        m = _OLD_VERSION.search(text or "")
        if m is not None:
            return m.group(1) or f"{m.group(2)}.{m.group(3)}"
    return None


def _in_nitf_namespace(parsed: Parsed, *, profile: bool) -> list[Problem]:
    """An un-namespaced NITF (DTD-style, as wire feeds send 3.2 to 3.5) moved, in place,
    into the NITF namespace, with a warning saying what it is checked against.

    No XML Schema exists for NITF before 3.4, and the 3.4 to 3.6 schemas all use the
    namespace; so such a document is checked as NITF 3.6, its version attributes (which
    3.6 fixes to its own values) set aside.
    """
    root = parsed.root
    if root.tag != "nitf":
        return []
    version = _version(parsed)
    for element in root.iter():
        if isinstance(element.tag, str) and split_tag(element)[0] is None:
            element.tag = f"{{{NS}}}{element.tag}"
    if version != "3.6":
        for name in ("version", "change.date", "change.time"):
            if name in root.attrib:
                del root.attrib[name]
    against = "newsschema's NITF 3.6 profile" if profile else "IPTC's NITF 3.6 XML Schema"
    named = f"NITF {version}" if version else "NITF"
    return [
        Problem(
            f"{named} without the NITF namespace (DTD-style, as NITF 3.2 to 3.5 feeds send it):"
            f" checked against {against}, with its elements in the NITF 3.6 namespace"
            f" {NS} (no XML Schema exists for NITF before 3.4)",
            path="/nitf",
            line=source_line(root),
            severity="warning",
        )
    ]
