"""One module per wire format, each with the same small surface (private).

Every format module defines:

- ``NAME``: the format's name on the command line (``json``, ``jsonld``, ``nitf``,
  ``ninjs``, ``newsml``);
- ``EXTENSIONS``: file extensions it reads and writes, the first one the default;
- ``encode(article, **options) -> bytes``: the article as a document;
- ``encode_with_warnings(article) -> (bytes, list[str])``: the same, with the gaps the
  writer reports (what the format cannot hold, or what its consumers recommend);
- ``decode(data: bytes, *, source=None) -> Article``: a document read back;
- ``decode_with_warnings(data, *, source=None) -> (Article, list[str])``: the same, with what
  the reader left out or changed (an address no format can write, a table read as text);
- ``validate(data: bytes, *, source=None, strict=False) -> list[Problem]``.

Modules are imported on first use so that each format's dependencies
(cattrs, jsonschema, lxml) load only when that format is used.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["FORMATS", "by_extension", "get_format"]

FORMATS: dict[str, str] = {
    "json": "newsschema.formats.json",
    "jsonld": "newsschema.formats.jsonld",
    "nitf": "newsschema.formats.nitf",
    "ninjs": "newsschema.formats.ninjs",
    "newsml": "newsschema.formats.newsml",
}
"""Format name -> module; later formats register here."""

_EXTENSIONS: dict[str, str] = {
    ".json": "json",
    ".jsonld": "jsonld",
    ".json-ld": "jsonld",
    ".xml": "nitf",
    ".nitf": "nitf",
    ".ninjs": "ninjs",
    ".newsml": "newsml",
}


def get_format(name: str) -> ModuleType:
    """The module of format ``name``; ``KeyError`` for an unknown one."""
    return importlib.import_module(FORMATS[name])


def by_extension(suffix: str) -> str | None:
    """The format that reads files ending in ``suffix`` (``.json``), or ``None``."""
    return _EXTENSIONS.get(suffix.lower())
