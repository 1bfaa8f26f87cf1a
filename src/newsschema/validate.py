"""Validation of newsschema JSON against the shipped JSON Schema (draft 2020-12).

Every problem names its JSON path (``$.body[3].content[0].href``). The
validators are compiled once per process, with format checks (``date``,
``date-time``, ``uri``) switched on.

Two validators read the same schema: jsonschema-rs (compiled, about two
hundred times faster) decides whether a document is valid, and the reference
jsonschema package explains the documents that are not, so that reports read
the same whichever is installed. Without jsonschema-rs, or with
``NEWSSCHEMA_PURE_PYTHON_VALIDATOR=1``, jsonschema does both.
"""

from __future__ import annotations

import functools
import json
import os
from importlib import resources
from typing import TYPE_CHECKING, Any

from newsschema.errors import FormatError, Problem

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

__all__ = ["json_schema", "validate_json_data", "validate_json_text"]

_SCHEMA_FILE = "article.schema.json"


@functools.cache
def json_schema() -> dict[str, Any]:
    """The article JSON Schema shipped in the package."""
    text = (
        resources.files("newsschema").joinpath("schemas").joinpath(_SCHEMA_FILE).read_text("utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.cache
def _fast_validator() -> Any:
    """jsonschema-rs's validator for the schema, or ``None`` where it is not installed."""
    if os.environ.get("NEWSSCHEMA_PURE_PYTHON_VALIDATOR"):
        return None
    try:
        import jsonschema_rs  # noqa: PLC0415 - optional, compiled; only when validating
    except ImportError:  # pragma: no cover - a platform without its wheel
        return None
    return jsonschema_rs.validator_for(json_schema(), validate_formats=True)


def _fast_verdict(data: object) -> bool | None:
    """True or False from the fast validator; ``None`` when it cannot judge (not installed,
    or a value it does not take, such as a lone surrogate)."""
    fast = _fast_validator()
    if fast is None:
        return None
    try:
        return bool(fast.is_valid(data))
    except (ValueError, TypeError, OverflowError):
        return None


@functools.cache
def _validator() -> Validator:
    from jsonschema import Draft202012Validator  # noqa: PLC0415 - heavy; only when validating

    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    validator: Validator = Draft202012Validator(
        schema, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    return validator


def _path(parts: Any) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def validate_json_data(data: object) -> list[Problem]:
    """Every way ``data`` breaks the article schema, each with its JSON path."""
    try:
        return _problems(data)
    except RecursionError:
        # a value nested about as deep as the stack allows: reporting on it recurses further
        return [Problem("not a newsschema document: arrays or objects nested too deeply", path="$")]


_WEB_URL_PATTERN = "(?!(?:[Hh][Tt][Tt][Pp][Ss]?"
"""How the schema's URL patterns start: a web URL (http, https, ws, ftp) needs a host."""


def _message(error: Any) -> str:
    """jsonschema's message, in words where it would quote one of the schema's patterns."""
    if error.validator == "pattern" and _WEB_URL_PATTERN in str(error.validator_value):
        return (
            f"{error.instance!r} is not a URL newsschema takes: no spaces, and a web URL "
            "(http, https, ws, ftp) needs a host (https://host/...)"
        )
    return str(error.message)


def _problems(data: object) -> list[Problem]:
    if _fast_verdict(data) is True:
        return []
    errors = _validator().iter_errors(data)  # type: ignore[arg-type]
    problems = [
        Problem(_message(error), path=_path(error.absolute_path))
        for error in sorted(errors, key=lambda e: list(map(str, e.path)))
    ]
    if not problems and _fast_verdict(data) is False:
        # the validators disagree: report what the fast one found rather than nothing
        fast = _fast_validator()
        problems = [
            Problem(str(e.message), path=_path(e.instance_path)) for e in fast.iter_errors(data)
        ]
    return problems


def validate_json_text(text: str | bytes, *, source: str | None = None) -> list[Problem]:
    """Parse and validate JSON text; a document that does not parse (bytes that are not
    UTF-8 included) is one problem with its line."""
    from newsschema.formats._jsontext import loads  # noqa: PLC0415

    try:
        data = loads(text, source=source)
    except FormatError as exc:
        column = f" (column {exc.column})" if exc.column is not None else ""
        return [Problem(f"{exc.reason}{column}", line=exc.line)]
    return validate_json_data(data)
