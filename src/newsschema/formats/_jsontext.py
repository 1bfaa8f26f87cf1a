"""JSON text for the JSON and JSON-LD writers: orjson where it is installed.

orjson writes the same bytes as ``json.dumps(data, ensure_ascii=False,
indent=2)`` for our documents, about twenty times faster (the standard
library's indented output runs in pure Python). Text orjson refuses (a lone
surrogate read from a JSON ``\\ud800`` escape) falls back to the standard
library, which writes every non-ASCII character as an escape then.
"""

from __future__ import annotations

import json
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - a platform without an orjson wheel
    orjson = None  # type: ignore[assignment]

__all__ = ["dump_bytes", "dump_utf8"]


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
