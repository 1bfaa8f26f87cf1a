"""The public functions behind ``import newsschema``.

Heavy parts (cattrs, jsonschema, lxml) are imported on first use, so that
``import newsschema`` stays light.
"""

from __future__ import annotations

import os

from newsschema._io import read_bytes
from newsschema._text.decode import decode
from newsschema._text.reader import ParseResult, read_article
from newsschema.errors import Problem
from newsschema.model import Article

__all__ = [
    "analyze",
    "analyze_file",
    "from_json",
    "parse",
    "parse_file",
    "to_json",
    "validate_json",
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
    return read_article(text, source=source).article


def parse_file(path: str | os.PathLike[str]) -> Article:
    """Read an article file into an :class:`Article`."""
    return analyze_file(path).article


def to_json(article: Article, *, indent: int | None = 2) -> str:
    """The article in newsschema JSON (valid against ``schemas/article.schema.json``)."""
    from newsschema.formats import json as fmt  # noqa: PLC0415 - cattrs loads on first use

    return fmt.dumps(article, indent=indent)


def from_json(text: str | bytes, *, source: str | None = None) -> Article:
    """An article from newsschema JSON; raises :class:`~newsschema.errors.FormatError`."""
    from newsschema.formats import json as fmt  # noqa: PLC0415

    return fmt.decode(text, source=source)


def validate_json(document: str | bytes | object) -> list[Problem]:
    """Problems of a newsschema JSON document (text, or an already parsed value)."""
    from newsschema import validate  # noqa: PLC0415 - jsonschema loads on first use

    if isinstance(document, (str, bytes)):
        return validate.validate_json_text(document)
    return validate.validate_json_data(document)
