"""The public functions behind ``import newsschema``.

Heavy parts (cattrs, jsonschema, lxml) are imported on first use, so that
``import newsschema`` stays light.
"""

from __future__ import annotations

import os
from typing import Any

from newsschema._io import read_bytes
from newsschema._text.decode import decode
from newsschema._text.reader import ParseResult, read_article
from newsschema.errors import Problem
from newsschema.model import Article, Organization

__all__ = [
    "analyze",
    "analyze_file",
    "from_json",
    "from_jsonld",
    "from_nitf",
    "jsonld_warnings",
    "parse",
    "parse_file",
    "to_json",
    "to_jsonld",
    "to_jsonld_string",
    "to_nitf",
    "validate_json",
    "validate_jsonld",
    "validate_nitf",
]


def analyze(text: str, *, source: str | None = None) -> ParseResult:
    """Read article text; returns the article with the map of what was found and warnings."""
    return read_article(text, source=source)


def analyze_file(path: str | os.PathLike[str]) -> ParseResult:
    """Read an article file (UTF-8 with or without BOM, CRLF, legacy encodings)."""
    name = os.fspath(path)
    text, encoding = decode(read_bytes(name), file=name)
    result = read_article(text, source=name)
    return ParseResult(result.article, result.elements, result.warnings, encoding)


def parse(text: str, *, source: str | None = None) -> Article:
    """Read article text into an :class:`Article`.

    Raises :class:`~newsschema.errors.InputError` (naming ``source`` and the line)
    when the text is not an article.
    """
    return read_article(text, source=source, record=False).article


def parse_file(path: str | os.PathLike[str]) -> Article:
    """Read an article file into an :class:`Article`."""
    from newsschema._convert import load_file  # noqa: PLC0415 - formats load lazily

    return load_file(path, "text").article


def to_json(article: Article, *, indent: int | None = 2) -> str:
    """The article in newsschema JSON (valid against ``schemas/article.schema.json``)."""
    from newsschema.formats import json as fmt  # noqa: PLC0415 - cattrs loads on first use

    return fmt.dumps(article, indent=indent)


def from_json(text: str | bytes, *, source: str | None = None) -> Article:
    """An article from newsschema JSON; raises :class:`~newsschema.errors.FormatError`."""
    from newsschema.formats import json as fmt  # noqa: PLC0415

    return fmt.decode(text, source=source)


def validate_json(document: str | bytes | object) -> list[Problem]:
    """Problems of a newsschema JSON document: text, bytes or an already parsed value.

    Never raises for what the document holds: a document that does not parse is one
    problem with its line."""
    from newsschema import validate  # noqa: PLC0415 - jsonschema loads on first use

    if isinstance(document, (str, bytes)):
        return validate.validate_json_text(document)
    return validate.validate_json_data(document)


def to_jsonld(article: Article, *, publisher: Organization | None = None) -> dict[str, Any]:
    """The article as a schema.org ``NewsArticle`` (a JSON-ready dict).

    ``publisher`` (a newsroom's own details) wins over ``article.publisher``. Gaps
    against Google's recommendations are left out of the data and reported by
    :func:`jsonld_warnings`.
    """
    from newsschema.formats import jsonld  # noqa: PLC0415

    return jsonld.to_data(article, publisher=publisher)[0]


def to_jsonld_string(
    article: Article, *, publisher: Organization | None = None, indent: int | None = 2
) -> str:
    """The article's JSON-LD as text."""
    from newsschema.formats import jsonld  # noqa: PLC0415

    return jsonld.dumps(article, publisher=publisher, indent=indent)


def jsonld_warnings(article: Article, *, publisher: Organization | None = None) -> list[str]:
    """What Google recommends for articles that this article's JSON-LD cannot say."""
    from newsschema.formats import jsonld  # noqa: PLC0415

    return jsonld.warnings_for(article, publisher)


def from_jsonld(
    data: str | bytes | dict[str, Any] | list[Any], *, source: str | None = None
) -> Article:
    """An article from schema.org JSON-LD: text, a parsed value, or a saved HTML page."""
    from newsschema.formats import jsonld  # noqa: PLC0415

    if isinstance(data, (str, bytes)):
        return jsonld.decode(data, source=source)
    return jsonld.from_data(data, source=source)


def validate_jsonld(document: str | bytes | object, *, strict: bool = False) -> list[Problem]:
    """Problems of a JSON-LD document (text, bytes, an HTML page, or an already parsed value
    such as :func:`to_jsonld` returns): schema.org errors, and Google's recommendations as
    warnings (errors with ``strict``). Never raises for what the document holds."""
    from newsschema.formats import jsonld  # noqa: PLC0415

    return jsonld.validate(document, strict=strict)


def to_nitf(article: Article) -> bytes:
    """The article as an IPTC NITF 3.6 document (UTF-8, with an XML declaration)."""
    from newsschema.formats import nitf  # noqa: PLC0415 - lxml loads on first use

    return nitf.encode(article)


def from_nitf(data: str | bytes, *, source: str | None = None) -> Article:
    """An article from NITF: namespaced 3.6, or un-namespaced 3.2-3.5 as wire feeds send it.

    Parsing is safe: no network, no DTD loading, and documents declaring entities are
    refused with a :class:`~newsschema.errors.FormatError`.
    """
    from newsschema.formats import nitf  # noqa: PLC0415

    return nitf.decode(data, source=source)


def validate_nitf(
    document: str | bytes | object,
    *,
    xsd: str | os.PathLike[str] | None = None,
    strict: bool = False,
    profile: bool = False,
) -> list[Problem]:
    """Problems of a NITF document (text, bytes or a parsed lxml tree), each with its line.

    Checked against IPTC's NITF 3.6 XML Schema, or with ``profile`` against the stricter
    subset newsschema writes, or against the XML Schema at ``xsd``; plus the date forms
    and byline/dateline checks no schema makes (warnings, errors with ``profile``). A NITF
    without the namespace (3.2 to 3.5) is checked as 3.6, with a warning saying so.
    Never raises for what the document holds."""
    from newsschema.formats import nitf  # noqa: PLC0415

    return nitf.validate(document, xsd=xsd, strict=strict, profile=profile)
