"""One input document -> an article -> output documents; the steps the CLI chains.

Library code: no printing, no exit codes. Each step returns typed results and
raises :class:`~newsschema.errors.NewsschemaError` subclasses naming the file.
"""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from newsschema._io import read_bytes
from newsschema._normalize import normalize
from newsschema._text.decode import decode as decode_text
from newsschema._text.reader import read_article
from newsschema.errors import NewsschemaError
from newsschema.formats import FORMATS, get_format
from newsschema.model import Article, Organization

__all__ = [
    "INPUT_FORMATS",
    "Loaded",
    "Rendered",
    "detect_input_format",
    "load",
    "load_file",
    "output_suffix",
    "render",
    "with_publisher",
]

INPUT_FORMATS = ("text", "json", "jsonld", "nitf")
_INPUT_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".json": "json",
    ".jsonld": "jsonld",
    ".json-ld": "jsonld",
    ".html": "jsonld",
    ".htm": "jsonld",
    ".xml": "nitf",
    ".nitf": "nitf",
}


def detect_input_format(name: str) -> str:
    """The input format a file name implies; plain text when the extension says nothing."""
    return _INPUT_SUFFIXES.get(Path(name).suffix.lower(), "text")


def is_input_file(path: Path) -> bool:
    """Files a folder walk picks up: the extensions newsschema reads."""
    return path.suffix.lower() in _INPUT_SUFFIXES and not path.name.startswith(".")


def output_suffix(fmt: str) -> str:
    """The file extension written for output format ``fmt``."""
    suffix: str = get_format(fmt).EXTENSIONS[0]
    return suffix


@attrs.frozen
class Loaded:
    """An article read from one input, with what the reader noticed."""

    article: Article
    warnings: tuple[str, ...] = ()


@attrs.frozen
class Rendered:
    """One output document and the gaps its writer reported."""

    fmt: str
    data: bytes
    warnings: tuple[str, ...] = ()


def load(data: bytes, *, fmt: str, source: str | None = None) -> Loaded:
    """Read ``data`` in input format ``fmt`` (``text``, ``json``, ``jsonld``, ``nitf``)."""
    if fmt == "text":
        text, _encoding = decode_text(data, file=source)
        result = read_article(text, source=source, record=False)
        return Loaded(result.article, tuple(str(w) for w in result.warnings))
    if fmt not in FORMATS:
        raise NewsschemaError(f"cannot read format {fmt!r}", file=source)
    module = get_format(fmt)
    if hasattr(module, "decode_with_warnings"):
        article, warnings = module.decode_with_warnings(data, source=source)
        return Loaded(article, tuple(warnings))
    # a format module that does not report warnings: the model's edge is applied here
    article, fixes = normalize(module.decode(data, source=source))
    return Loaded(article, tuple(str(fix) for fix in fixes))


def load_file(path: str | os.PathLike[str], fmt: str | None = None) -> Loaded:
    """Read one input file, its format from ``fmt`` or from its extension."""
    name = os.fspath(path)
    return load(read_bytes(name), fmt=fmt or detect_input_format(name), source=name)


def with_publisher(article: Article, publisher: Organization | None) -> Article:
    """The article with ``publisher``'s details (configuration) over its own (front matter)."""
    if publisher is None:
        return article
    own = article.publisher
    merged = Organization(
        name=publisher.name or (own.name if own else ""),
        url=publisher.url or (own.url if own else None),
        logo=publisher.logo or (own.logo if own else None),
    )
    return attrs.evolve(article, publisher=merged)


def render(article: Article, fmt: str) -> Rendered:
    """Write ``article`` in output format ``fmt``, with the gaps its writer reports."""
    data, warnings = get_format(fmt).encode_with_warnings(article)
    return Rendered(fmt, data, tuple(warnings))
