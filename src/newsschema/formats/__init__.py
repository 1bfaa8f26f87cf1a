"""One module per wire format, each registered once in :data:`REGISTRY` (private).

Every caller (the command line's ``--to``, ``--from`` and ``validate --format``,
suffix and content detection, the validation and quality reports, the conversion
core) reads the registry; see :mod:`newsschema.formats._registry` for what a format
is. A format module offers the :class:`~newsschema.formats._registry.Codec`
functions the registry calls:

- ``write_document(article, options: WriteOptions) -> (bytes, warnings)``;
- ``read_document(data, *, source) -> (Article, warnings)``, at the model's edge;
- ``validate_document(data, *, source, options: ValidateOptions) -> list[Problem]``;

and, for Python users, its own ``encode``/``decode``/``validate`` with the format's
keyword options. Modules are imported on first use so that each format's
dependencies (cattrs, jsonschema, lxml) load only when that format is used; its
registration below (name, media type, suffixes, sniffer) loads nothing.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Mapping
from types import ModuleType

from newsschema.formats._registry import (
    Format,
    Head,
    LazyFormat,
    Match,
    Registry,
    ValidateOptions,
    WriteOptions,
)

__all__ = [
    "FORMATS",
    "REGISTRY",
    "Format",
    "ValidateOptions",
    "WriteOptions",
    "by_extension",
    "get_format",
]

_JSON_LD_KEYS = ('"@context"', '"@type"', '"@graph"')
_OWN_JSON = '"schemaVersion"'
# keys only ninjs documents have (each version's spelling), next to its "uri"
_NINJS_KEYS = re.compile(
    r'"(?:headlines|bodies|body_text|body_html|representationtype|representationType|'
    r"firstcreated|firstCreated|versioncreated|versionCreated|infosources|infoSources|"
    r'pubstatus|pubStatus|copyrightnotice|copyrightNotice)"\s*:'
)
_NINJS_URI = re.compile(r'"uri"\s*:')
_NEWSML_ROOTS = frozenset({"newsItem", "newsMessage"})


def _json(head: Head) -> Match | None:
    if head.kind != "json":
        return None
    return Match(3 if _OWN_JSON in head.text else 1, "a JSON document")


def _jsonld(head: Head) -> Match | None:
    if head.kind == "html":
        return Match(2, "an HTML page")
    if head.kind != "json" or _OWN_JSON in head.text:
        return None
    if any(key in head.text for key in _JSON_LD_KEYS):
        return Match(2, "a JSON-LD document")
    return None


def _ninjs(head: Head) -> Match | None:
    if head.kind != "json" or _OWN_JSON in head.text or '"@context"' in head.text:
        return None
    if _NINJS_URI.search(head.text) and _NINJS_KEYS.search(head.text):
        return Match(3, "a ninjs document")
    return None


def _nitf(head: Head) -> Match | None:
    if head.kind != "xml":
        return None
    return Match(2 if head.root == "nitf" else 1, "an XML document")


def _newsml(head: Head) -> Match | None:
    if head.kind == "xml" and head.root in _NEWSML_ROOTS:
        return Match(3, "a NewsML-G2 document")
    return None


REGISTRY = Registry()
"""Every format newsschema reads and writes; later formats register here."""

for _fmt in (
    LazyFormat("json", "application/json", (".json",), "newsschema.formats.json", sniffer=_json),
    LazyFormat(
        "jsonld",
        "application/ld+json",
        (".jsonld", ".json-ld"),
        "newsschema.formats.jsonld",
        sniffer=_jsonld,
        # saved web pages, read for their JSON-LD
        input_suffixes=(".html", ".htm"),
    ),
    LazyFormat("nitf", "application/nitf+xml", (".xml", ".nitf"), "newsschema.formats.nitf", _nitf),
    # written as .ninjs.json, so as not to take the name of the same article's JSON
    LazyFormat(
        "ninjs",
        "application/ninjs+json",
        (".ninjs.json", ".ninjs", ".json"),
        "newsschema.formats.ninjs",
        sniffer=_ninjs,
    ),
    LazyFormat(
        "newsml",
        "application/vnd.iptc.g2.newsitem+xml",
        (".newsml.xml", ".newsml", ".xml"),
        "newsschema.formats.newsml",
        sniffer=_newsml,
    ),
):
    REGISTRY.register(_fmt)


class _Modules(Mapping[str, str]):
    """Format name -> module, for the formats registered with one (a live view)."""

    def __getitem__(self, name: str) -> str:
        fmt = REGISTRY.get(name)
        if not isinstance(fmt, LazyFormat):
            raise KeyError(name)
        return fmt.module

    def __iter__(self) -> Iterator[str]:
        return (f.name for f in REGISTRY if isinstance(f, LazyFormat))

    def __len__(self) -> int:
        return sum(1 for _ in self)


FORMATS: Mapping[str, str] = _Modules()
"""Format name -> module of the built-in formats (benchmarks call their modules)."""


def get_format(name: str) -> ModuleType:
    """The module of format ``name`` (``encode``, ``decode``, ``validate``); ``KeyError``
    for an unknown one or one that has no module."""
    return importlib.import_module(FORMATS[name])


def by_extension(suffix: str) -> str | None:
    """The format whose documents end in ``suffix`` (``.json``), or ``None``; where formats
    share a suffix, the first registered (content tells them apart: ``REGISTRY.detect``)."""
    found = REGISTRY.by_name("x" + suffix.lower())
    return found[0].name if found else None
