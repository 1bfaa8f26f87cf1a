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
import itertools
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

LIMIT = 1000
"""Problems listed for one document; a note says when there were more. Finding a
hundred thousand (a 5 MB body of broken blocks) is quick; wording each took seconds."""


def _url_message(instance: object) -> str:
    return (
        f"{instance!r} is not a URL newsschema takes: no spaces, and a web URL "
        "(http, https, ws, ftp) needs a host (https://host/...)"
    )


def _message(error: Any) -> str:
    """jsonschema's message, in words where it would quote one of the schema's patterns."""
    if error.validator == "pattern" and _WEB_URL_PATTERN in str(error.validator_value):
        return _url_message(error.instance)
    return str(error.message)


def _fast_message(error: Any) -> str:
    """jsonschema-rs's message, in words where it would quote one of the schema's patterns."""
    if _WEB_URL_PATTERN in str(getattr(error.kind, "pattern", "")):
        return _url_message(error.instance)
    return str(error.message)


def _capped(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= LIMIT:
        return problems
    more = Problem(f"more problems than these {LIMIT}: mend them and validate again", path="$")
    return [*problems[:LIMIT], more]


def _problems(data: object) -> list[Problem]:
    verdict = _fast_verdict(data)
    if verdict is True:
        return []
    found = _fast_problems(data) if verdict is False else None
    if found is None:
        python = itertools.islice(_validator().iter_errors(data), LIMIT + 1)  # type: ignore[arg-type]
        found = [Problem(_message(e), path=_path(e.absolute_path)) for e in python]
    return _capped(sorted(found, key=lambda p: p.path or ""))


def _fast_problems(data: object) -> list[Problem] | None:
    """The compiled validator's problems (it finds and words them in linear time, where the
    reference one took seconds a megabyte for a large body of broken blocks); ``None``
    where it cannot word them (a lone surrogate in a string)."""
    try:
        errors = itertools.islice(_fast_validator().iter_errors(data), LIMIT + 1)
        return [Problem(_fast_message(e), path=_path(e.instance_path)) for e in errors]
    except (ValueError, TypeError, OverflowError):
        return None


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
