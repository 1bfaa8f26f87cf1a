"""JSON text for the JSON and JSON-LD writers and readers (private).

Reading: :func:`loads` is the one place JSON text is parsed, so that every
failure is a :class:`~newsschema.errors.FormatError` with its line and column:
a syntax error, bytes that are not UTF-8, arrays or objects nested deeper than
Python's stack allows, a number longer than Python converts (4300 digits).

Writing: orjson where it is installed.

orjson writes the same bytes as ``json.dumps(data, ensure_ascii=False,
indent=2)`` for our documents, about twenty times faster (the standard
library's indented output runs in pure Python). Text orjson refuses (a lone
surrogate read from a JSON ``\\ud800`` escape) falls back to the standard
library, which writes every non-ASCII character as an escape then.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from newsschema.errors import FormatError

try:
    import orjson
except ImportError:  # pragma: no cover - a platform without an orjson wheel
    orjson = None  # type: ignore[assignment]

__all__ = ["dump_bytes", "dump_utf8", "loads"]

# a run of digits longer than int() converts (sys.get_int_max_str_digits(): 4300)
_LONG_NUMBER = re.compile(r"[0-9]{4301}")


def _long_number_at(text: str | bytes) -> tuple[int | None, int | None]:
    """(line, column) of the first number too long to convert, both from 1."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    found = _LONG_NUMBER.search(text)
    if found is None:
        return None, None
    before = text[: found.start()]
    return before.count("\n") + 1, found.start() - before.rfind("\n")


def loads(
    text: str | bytes,
    *,
    source: str | None = None,
    what: str = "JSON",
    object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None,
) -> object:
    """The value of a JSON document; :class:`FormatError` naming the line for any failure."""
    try:
        return json.loads(text, object_pairs_hook=object_pairs_hook)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"not valid JSON: {exc.msg}", file=source, line=exc.lineno, column=exc.colno
        ) from exc
    except UnicodeDecodeError as exc:
        raise FormatError(f"not UTF-8 {what}: {exc.reason}", file=source) from exc
    except RecursionError:
        raise FormatError(
            f"not a {what} document: arrays or objects nested too deeply", file=source
        ) from None
    except ValueError as exc:
        # int() refuses a number of more than 4300 digits; no article holds one
        line, column = _long_number_at(text)
        raise FormatError(
            f"not a {what} document: a number has more than 4300 digits",
            file=source,
            line=line,
            column=column,
        ) from exc


def dump_bytes(data: Any, *, indent: int | None = 2) -> bytes:
    """``data`` as UTF-8 JSON, indented by two spaces (or on one line), ending in a newline."""
    if orjson is not None and indent in (2, None):
        option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent else 0)
        try:
            return orjson.dumps(data, option=option)
        except TypeError:
            # not UTF-8 encodable (a lone surrogate): escaped, the text stays valid JSON
            return _stdlib(data, indent, ensure_ascii=True)
    return _stdlib(data, indent, ensure_ascii=False)


def _stdlib(data: Any, indent: int | None, *, ensure_ascii: bool) -> bytes:
    separators = None if indent else (",", ":")
    text = json.dumps(data, ensure_ascii=ensure_ascii, indent=indent, separators=separators)
    return (text + "\n").encode("utf-8")


def dump_utf8(data: Any, *, indent: int | None = 2) -> bytes | None:
    """``data`` as :func:`dump_bytes` writes it, or ``None`` where some text cannot be UTF-8
    (a lone surrogate), so that a writer can remove it rather than escape it."""
    if orjson is not None and indent in (2, None):
        option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent else 0)
        try:
            return orjson.dumps(data, option=option)
        except TypeError:
            return None
    try:
        return _stdlib(data, indent, ensure_ascii=False)
    except UnicodeEncodeError:
        return None
