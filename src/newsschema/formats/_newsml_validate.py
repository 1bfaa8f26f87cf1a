"""NewsML-G2 validation: the official 2.35 XML Schema (shipped in ``schemas/iptc/``),
then the NITF inside each item.

The NewsML-G2 schema takes any XML in ``inlineXML`` and checks it only
``lax``ly, so an invalid NITF document passes it: each embedded ``nitf`` is
checked again as NITF (against IPTC's NITF 3.6 XML Schema, newsschema's stricter
profile with ``nitf_profile``, or the XML Schema the caller names), its problems
reported with paths from the item's root and the lines of the document. An XHTML
rendition must be in the XHTML namespace.
"""

from __future__ import annotations

import copy
import functools
import os
from importlib import resources
from typing import Any

from lxml import etree

from newsschema.errors import FormatError, Problem
from newsschema.formats._newsml_write import NAR, XHTML, is_element
from newsschema.formats._nitf_common import NS as NITF_NS
from newsschema.formats._nitf_common import Parsed, parse_xml, readable_path, source_line
from newsschema.formats._nitf_validate import check_parsed

__all__ = ["SCHEMA_FILE", "check", "schema"]

SCHEMA_FILE = "NewsML-G2_2.35-spec-All-Power.xsd"
_XML_SCHEMA = "xml.xsd"


class _Package(etree.Resolver):
    """Serves the schema's one import (``xml.xsd``) from the package; nothing else loads."""

    # lxml calls resolve(url, public_id, context); lxml-stubs leave out the context
    def resolve(  # type: ignore[override]
        self, system_url: str | None, public_id: str | None, context: object
    ) -> object:
        del public_id
        name = (system_url or "").rsplit("/", 1)[-1]
        data = _read(_XML_SCHEMA) if name == _XML_SCHEMA else b""
        return self.resolve_string(data, context, base_url=None)


def _read(name: str) -> bytes:
    return (
        resources.files("newsschema")
        .joinpath("schemas")
        .joinpath("iptc")
        .joinpath(name)
        .read_bytes()
    )


@functools.cache
def schema() -> etree.XMLSchema:
    """The NewsML-G2 2.35 schema (all items, Power conformance), compiled once."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    parser.resolvers.add(_Package())
    document = etree.fromstring(_read(SCHEMA_FILE), parser, base_url=f"package:/{SCHEMA_FILE}")
    return etree.XMLSchema(document)


def _schema_problems(parsed: Parsed) -> list[Problem]:
    compiled = schema()
    if compiled.validate(parsed.tree):
        return []
    problems: list[Problem] = []
    errors: Any = compiled.error_log  # lxml-stubs do not type the log as iterable
    for error in errors:
        path = None
        if error.path:
            found = parsed.tree.xpath(error.path)
            if isinstance(found, list) and found and isinstance(found[0], etree._Element):
                path = readable_path(found[0])
        message = str(error.message).replace(f"{{{NAR}}}", "")
        problems.append(Problem(message, path=path, line=error.line or None))
    return problems


def _nitf_problems(
    nitf: etree._Element,
    *,
    strict: bool,
    nitf_xsd: str | os.PathLike[str] | None,
    nitf_profile: bool = False,
) -> list[Problem]:
    """The problems of one embedded NITF document, with paths from the item's root."""
    prefix = readable_path(nitf).rsplit("/", 1)[0]
    alone = copy.deepcopy(nitf)  # keeps the source lines
    found = check_parsed(
        Parsed(etree.ElementTree(alone), alone), strict=strict, xsd=nitf_xsd, profile=nitf_profile
    )
    return [
        Problem(
            f"NITF: {p.message}",
            path=prefix + (p.path or "/nitf"),
            line=p.line,
            severity=p.severity,
        )
        for p in found
    ]


def _inline_problems(
    root: etree._Element,
    *,
    strict: bool,
    nitf_xsd: str | os.PathLike[str] | None,
    nitf_profile: bool = False,
) -> list[Problem]:
    problems: list[Problem] = []
    for inline in root.iter(f"{{{NAR}}}inlineXML"):
        kind = (inline.get("contenttype") or "").split(";")[0].strip()
        for child in inline:
            if not is_element(child):
                continue
            name = etree.QName(child)
            if name.localname == "nitf" and name.namespace == NITF_NS:
                problems += _nitf_problems(
                    child, strict=strict, nitf_xsd=nitf_xsd, nitf_profile=nitf_profile
                )
            elif kind == "application/xhtml+xml" and name.namespace != XHTML:
                problems.append(
                    Problem(
                        f"inlineXML says XHTML, but its {name.localname} element is not in the "
                        f"XHTML namespace ({XHTML})",
                        path=readable_path(child),
                        line=source_line(child),
                    )
                )
    return problems


def check(
    data: bytes | str,
    *,
    source: str | None = None,
    strict: bool = False,
    nitf_xsd: str | os.PathLike[str] | None = None,
    nitf_profile: bool = False,
) -> list[Problem]:
    """Every problem of a NewsML-G2 document (a ``newsItem`` or a ``newsMessage``)."""
    try:
        parsed = parse_xml(data, source=source)
    except FormatError as exc:
        return [Problem(exc.reason, line=exc.line)]
    problems = _schema_problems(parsed)
    problems += _inline_problems(
        parsed.root, strict=strict, nitf_xsd=nitf_xsd, nitf_profile=nitf_profile
    )
    problems.sort(key=lambda p: p.line if p.line is not None else 0)
    return problems
