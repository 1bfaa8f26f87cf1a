"""The project's own JSON format: every model field, lossless, validated by
``schemas/article.schema.json``.

Same surface as every format module (see ``formats/__init__.py``):
:func:`encode`, :func:`decode`, :func:`validate`; :func:`dumps` gives text,
:func:`to_data` / :func:`from_data` work on the parsed JSON value.
"""

from __future__ import annotations

from typing import Any

import cattrs

from newsschema._converter import converter
from newsschema._normalize import normalize
from newsschema.errors import FormatError, Problem
from newsschema.formats._jsontext import dump_bytes, loads
from newsschema.formats._registry import ValidateOptions, WriteOptions
from newsschema.model import Article

__all__ = [
    "EXTENSIONS",
    "NAME",
    "SCHEMA_ID",
    "SCHEMA_VERSION",
    "decode",
    "decode_with_warnings",
    "dumps",
    "encode",
    "encode_with_warnings",
    "from_data",
    "to_data",
    "validate",
]

NAME = "json"
EXTENSIONS = (".json",)

SCHEMA_VERSION = "1.0"
"""``major.minor``: a reader accepts every minor version of its major version."""
SCHEMA_ID = "https://newsschema.dev/schemas/article/v1/article.schema.json"


def to_data(article: Article) -> dict[str, Any]:
    """The article as a JSON-ready dict, ``schemaVersion`` first.

    An article that any reader returned is written as it is. One built by hand is
    first made valid (``_normalize``): a value the schema rejects, such as a relative
    author URL, is left out; :func:`encode_with_warnings` says which."""
    return _data(normalize(article)[0])


def _data(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = {"schemaVersion": SCHEMA_VERSION}
    data.update(converter.unstructure(article))
    return data


def dumps(article: Article, *, indent: int | None = 2) -> str:
    """The article as JSON text (non-ASCII characters are written as they are)."""
    return encode(article, indent=indent).decode("utf-8")


def encode(article: Article, *, indent: int | None = 2) -> bytes:
    """The article as a UTF-8 JSON document."""
    return dump_bytes(to_data(article), indent=indent)


def encode_with_warnings(article: Article) -> tuple[bytes, list[str]]:
    """The document and the writer's warnings: this format holds every field, so the only
    ones are values that no schema accepts and that were left out."""
    valid, fixes = normalize(article)
    return dump_bytes(_data(valid)), [str(fix) for fix in fixes]


def _format_exception(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"unexpected field(s): {', '.join(sorted(exc.extra_fields))}"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    name = getattr(type_, "__name__", str(type_))
    return f"invalid value, expected {name}"


def _describe(exc: Exception) -> tuple[str, str | None]:
    """A cattrs error as (message, JSON path of the first problem)."""
    messages = cattrs.transform_error(exc, format_exception=_format_exception)
    first = messages[0] if messages else str(exc)
    message, _, path = first.partition(" @ ")
    return "; ".join(messages) if len(messages) > 1 else message, path or None


def from_data(data: object, *, source: str | None = None) -> Article:
    """An article from a parsed JSON value; raises :class:`FormatError` naming the path."""
    if not isinstance(data, dict):
        raise FormatError(
            f"expected a JSON object, got {type(data).__name__}", file=source, path="$"
        )
    version = data.get("schemaVersion")
    if not isinstance(version, str):
        raise FormatError(
            'expected "schemaVersion" (a string such as "1.0")', file=source, path="$.schemaVersion"
        )
    major = SCHEMA_VERSION.split(".", maxsplit=1)[0]
    if version.split(".")[0] != major:
        raise FormatError(
            f"schemaVersion {version!r} is not supported; expected {major}.x",
            file=source,
            path="$.schemaVersion",
        )
    fields = {k: v for k, v in data.items() if k != "schemaVersion"}
    try:
        article = converter.structure(fields, Article)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        message, path = _describe(exc)
        raise FormatError(message, file=source, path=path) from exc
    # a value the schema refuses beyond its type (an author URL that is relative ...) is
    # refused rather than dropped: this format is read exactly; a relative link is resolved
    # against the article's URL, as every reader does
    valid, fixes = normalize(article)
    if fixes:
        raise FormatError(fixes[0].message, file=source, path=fixes[0].path)
    return valid


def decode(text: str | bytes, *, source: str | None = None) -> Article:
    """An article from JSON text; raises :class:`FormatError` with the line and column."""
    data = loads(text, source=source)
    return from_data(data, source=source)


def decode_with_warnings(
    text: str | bytes, *, source: str | None = None
) -> tuple[Article, list[str]]:
    """The article, and no warnings: this format is read exactly, or refused."""
    return decode(text, source=source), []


def validate(
    data: bytes | str, *, source: str | None = None, strict: bool = False
) -> list[Problem]:
    """Problems of a JSON document against the article schema (``strict`` changes nothing
    here: the schema has no warnings)."""
    from newsschema.validate import validate_json_text  # noqa: PLC0415 - jsonschema is heavy

    del strict
    return validate_json_text(data, source=source)


# --------------------------------------------------------------------------- registry
# the Codec surface the format registry calls (formats/_registry.py)


def write_document(article: Article, options: WriteOptions) -> tuple[bytes, list[str]]:
    """:func:`encode_with_warnings`; no option changes this format."""
    del options
    return encode_with_warnings(article)


def read_document(data: bytes | str, *, source: str | None) -> tuple[Article, list[str]]:
    """:func:`decode_with_warnings`."""
    return decode_with_warnings(data, source=source)


def validate_document(
    data: bytes | str, *, source: str | None, options: ValidateOptions
) -> list[Problem]:
    """:func:`validate`."""
    return validate(data, source=source, strict=options.strict)
