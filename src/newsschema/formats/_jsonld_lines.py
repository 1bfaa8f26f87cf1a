"""Line numbers for JSON paths (private).

``json.loads`` keeps no positions, so the validator scans the (already
valid) text once more, when it first needs a line, and notes the line of every
member's key and every array item in a tree that mirrors the document. A path
(``$.author[0].name``) is looked up by walking that tree: no path string is built
per value, which for a long array deep inside the document cost time and memory
proportional to the depth for every item.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping

from newsschema.formats._jsonld_common import child_path, index_path

__all__ = ["ValueLines", "value_lines"]

_WS = re.compile(r"[ \t\n\r]*")
_STRING = json.JSONDecoder()
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|NaN|-?Infinity")
_PLAIN_KEY = re.compile(r"[A-Za-z_@$][\w@$-]*")
_INDEX = re.compile(r"\[(\d+)\]")


class _Node:
    """A value's line, and its members (an object) or items (an array)."""

    __slots__ = ("children", "line")

    def __init__(self, line: int) -> None:
        self.line = line
        self.children: dict[str, _Node] | list[_Node] | None = None


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self._at = 0  # line counting moves forward only: each newline is counted once
        self._line = 1

    def line(self, offset: int) -> int:
        self._line += self.text.count("\n", self._at, offset)
        self._at = offset
        return self._line

    def ws(self, offset: int) -> int:
        m = _WS.match(self.text, offset)
        return m.end() if m else offset

    def value(self, i: int, node: _Node) -> int:
        """Scan the value starting at ``i`` into ``node``; returns the offset after it."""
        text = self.text
        char = text[i]
        if char == "{":
            members: dict[str, _Node] = {}
            node.children = members
            i = self.ws(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                key, end = _STRING.raw_decode(text, i)
                child = members[str(key)] = _Node(self.line(i))
                i = self.ws(self.ws(end) + 1)  # past the colon
                i = self.ws(self.value(i, child))
                if text[i] != ",":
                    return i + 1
                i = self.ws(i + 1)
        if char == "[":
            items: list[_Node] = []
            node.children = items
            i = self.ws(i + 1)
            if text[i] == "]":
                return i + 1
            while True:
                child = _Node(self.line(i))
                items.append(child)
                i = self.ws(self.value(i, child))
                if text[i] != ",":
                    return i + 1
                i = self.ws(i + 1)
        if char == '"':
            return int(_STRING.raw_decode(text, i)[1])
        m = _SCALAR.match(text, i)
        if m is None:
            raise ValueError(f"unexpected character at offset {i}")
        return m.end()


def _steps(path: str) -> Iterator[str | int]:
    """The keys and indexes of a path as child_path and index_path write it."""
    i = 1  # past "$"
    while i < len(path):
        if path.startswith(".", i) and (m := _PLAIN_KEY.match(path, i + 1)):
            yield m.group()
            i = m.end()
        elif path.startswith('["', i):
            key, end = _STRING.raw_decode(path, i + 1)
            if not path.startswith("]", end):
                raise ValueError(path)
            yield str(key)
            i = end + 1
        elif m := _INDEX.match(path, i):
            yield int(m.group(1))
            i = m.end()
        else:
            raise ValueError(path)


class ValueLines(Mapping[str, int]):
    """JSON path -> line (1-based) of valid JSON text; empty where the scan cannot follow it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._root: _Node | None = None
        self._scanned = False

    def _tree(self) -> _Node | None:
        if not self._scanned:
            self._scanned = True
            scanner = _Scanner(self._text)
            start = scanner.ws(0)
            root = _Node(scanner.line(start))
            try:
                scanner.value(start, root)
            except (ValueError, IndexError, RecursionError):
                return None
            self._root = root
        return self._root

    def _find(self, path: str) -> _Node | None:
        node = self._tree() if path.startswith("$") else None
        try:
            for step in _steps(path):
                if node is None:
                    return None
                children = node.children
                if isinstance(step, int):
                    node = children[step] if isinstance(children, list) else None
                else:
                    node = children.get(step) if isinstance(children, dict) else None
        except (ValueError, IndexError):
            return None
        return node

    def __getitem__(self, path: str) -> int:
        node = self._find(path)
        if node is None:
            raise KeyError(path)
        return node.line

    def __iter__(self) -> Iterator[str]:
        root = self._tree()
        if root is None:
            return
        stack: list[tuple[str, _Node]] = [("$", root)]
        while stack:
            path, node = stack.pop()
            yield path
            if isinstance(node.children, dict):
                stack += [(child_path(path, k), c) for k, c in node.children.items()]
            elif isinstance(node.children, list):
                stack += [(index_path(path, k), c) for k, c in enumerate(node.children)]

    def __len__(self) -> int:
        return sum(1 for _ in self)


def value_lines(text: str) -> ValueLines:
    """JSON path -> line (1-based) for valid JSON text, scanned when first asked."""
    return ValueLines(text)
