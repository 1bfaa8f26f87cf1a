"""Line numbers for JSON paths (private).

``json.loads`` keeps no positions, so the validator scans the (already
valid) text once more and notes the line of every member's key and every
array item, by JSON path: ``{"$.author[0].name": 7, ...}``.
"""

from __future__ import annotations

import bisect
import json
import re

from newsschema.formats._jsonld_common import child_path, index_path

__all__ = ["value_lines"]

_WS = re.compile(r"[ \t\n\r]*")
_STRING = json.JSONDecoder()
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|NaN|-?Infinity")


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.lines: dict[str, int] = {}

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def ws(self, offset: int) -> int:
        m = _WS.match(self.text, offset)
        return m.end() if m else offset

    def string(self, i: int) -> tuple[str, int]:
        """The JSON string starting at ``i`` (its quote) and the offset after it."""
        value, end = _STRING.raw_decode(self.text, i)
        return str(value), end

    def value(self, i: int, path: str) -> int:
        """Scan the value starting at ``i``; returns the offset after it."""
        text = self.text
        char = text[i]
        if char == "{":
            i = self.ws(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                key, end = self.string(i)
                child = child_path(path, key)
                self.lines[child] = self.line(i)
                i = self.ws(self.ws(end) + 1)  # past the colon
                i = self.ws(self.value(i, child))
                if text[i] != ",":
                    return i + 1
                i = self.ws(i + 1)
        if char == "[":
            i = self.ws(i + 1)
            if text[i] == "]":
                return i + 1
            k = 0
            while True:
                child = index_path(path, k)
                self.lines[child] = self.line(i)
                i = self.ws(self.value(i, child))
                if text[i] != ",":
                    return i + 1
                i = self.ws(i + 1)
                k += 1
        if char == '"':
            return self.string(i)[1]
        m = _SCALAR.match(text, i)
        if m is None:
            raise ValueError(f"unexpected character at offset {i}")
        return m.end()


def value_lines(text: str) -> dict[str, int]:
    """JSON path -> line (1-based) for valid JSON text; ``{}`` where the scan cannot follow it."""
    scanner = _Scanner(text)
    start = scanner.ws(0)
    try:
        scanner.lines["$"] = scanner.line(start)
        scanner.value(start, "$")
    except (ValueError, IndexError, RecursionError):
        return {}
    return scanner.lines
