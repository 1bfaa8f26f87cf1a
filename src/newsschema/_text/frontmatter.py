"""YAML-style front matter as extraction tools write it.

Those tools write flat ``key: value`` lines: plain or quoted scalars, lists
as ``[a, b]`` or ``['a', 'b']`` or ``- item`` lines, and values such as
descriptions that a strict YAML parser rejects (an unquoted ``: `` inside).
This reader is tolerant of exactly that and nothing more, so a stray colon in
a description never costs the whole header.
"""

from __future__ import annotations

import ast
import re

import attrs

__all__ = ["FrontMatter", "read_front_matter"]

_KEY = re.compile(r"^([A-Za-z_][\w.-]*)\s*:(?:\s+(.*)|\s*)$")
_FENCE = "---"
_MAX_LINES = 200


@attrs.frozen
class FrontMatter:
    """Keys (lower-cased) with their values and line numbers; ``end`` is the closing fence line."""

    values: dict[str, str | tuple[str, ...]]
    lines: dict[str, int]
    start: int
    end: int

    def text(self, *keys: str) -> str | None:
        """The first of ``keys`` that has a non-empty value, as one string."""
        for key in keys:
            value = self.values.get(key)
            if isinstance(value, tuple):
                value = ", ".join(value)
            if value:
                return value
        return None

    def items(self, *keys: str) -> tuple[str, ...]:
        """The first of ``keys`` that has a value, as a list (split on ``;`` or ``,``)."""
        for key in keys:
            value = self.values.get(key)
            if isinstance(value, tuple) and value:
                return value
            if isinstance(value, str) and value:
                sep = ";" if ";" in value else ","
                return tuple(p.strip() for p in value.split(sep) if p.strip())
        return ()

    def line(self, key: str) -> int:
        return self.lines.get(key, self.start)


def _scalar(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        inner = raw[1:-1]
        if raw[0] == '"':
            try:
                value = ast.literal_eval(raw)
            except (ValueError, SyntaxError):
                return inner
            return value if isinstance(value, str) else inner
        return inner.replace("''", "'")
    if raw in {"~", "null", "None"}:
        return ""
    return raw


def _flow_list(raw: str) -> tuple[str, ...] | None:
    raw = raw.strip()
    if not (raw.startswith("[") and raw.endswith("]")):
        return None
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        value = None
    if isinstance(value, list):
        return tuple(str(v).strip() for v in value if str(v).strip())
    inner = raw[1:-1]
    return tuple(_scalar(p) for p in inner.split(",") if _scalar(p))


def read_front_matter(lines: list[str]) -> FrontMatter | None:
    """Front matter at the top of ``lines`` (blank lines before it allowed), or ``None``.

    Line numbers are 1-based indexes into ``lines``.
    """
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines) or lines[start].strip() != _FENCE:
        return None
    values: dict[str, str | tuple[str, ...]] = {}
    where: dict[str, int] = {}
    current: str | None = None
    for index in range(start + 1, min(len(lines), start + 1 + _MAX_LINES)):
        line = lines[index].rstrip()
        if line.strip() in {_FENCE, "..."}:
            if not values:
                return None
            return FrontMatter(values, where, start + 1, index + 1)
        if not line.strip():
            continue
        m = _KEY.match(line)
        if m and not line[0].isspace():
            current = m.group(1).lower()
            raw = m.group(2) or ""
            listed = _flow_list(raw)
            values[current] = listed if listed is not None else _scalar(raw)
            where[current] = index + 1
            continue
        item = re.match(r"^\s*-\s+(.*)$", line)
        if item and current is not None:
            previous = values.get(current)
            items = previous if isinstance(previous, tuple) else ()
            values[current] = (*items, _scalar(item.group(1)))
            continue
        if current is not None and line[0].isspace():
            # a folded continuation of the previous value
            previous = values.get(current)
            if isinstance(previous, str):
                values[current] = f"{previous} {line.strip()}".strip()
            continue
        return None  # not front matter after all: a line that is neither key nor item
    return None
