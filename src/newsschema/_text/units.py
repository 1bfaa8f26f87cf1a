"""Lines -> units: the logical blocks of an article text, each with its line range.

A unit is one heading, paragraph, quote, list, rule or image, however the
text laid it out: paragraphs separated by blank lines, one paragraph per line
(as some extraction tools write), or paragraphs wrapped at a fixed width (as
html2text writes, even inside URLs). The reader decides what each unit *means*;
this module only finds where units begin and end.
"""

from __future__ import annotations

import enum
import re

import attrs

__all__ = ["Unit", "UnitKind", "normalize", "split_units"]


class UnitKind(enum.Enum):
    TEXT = "text"
    HEADING = "heading"
    QUOTE = "quote"
    LIST = "list"
    RULE = "rule"


@attrs.frozen
class Unit:
    """A logical block: ``text`` is its content with markers removed (markdown kept)."""

    kind: UnitKind
    text: str
    start: int
    end: int
    block: int
    """Index of the blank-line separated block the unit came from."""
    level: int = 0
    items: tuple[str, ...] = ()
    ordered: bool = False
    joined: bool = False
    """True when several source lines were joined into this unit."""

    @property
    def lines(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?(.*)$")
_BULLET = re.compile(r"^ {0,3}([-*+•●▪])[ \t]+(\S.*)$")
_ORDERED = re.compile(r"^ {0,3}(\d{1,3})[.)][ \t]+(\S.*)$")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\u00a0\u2007\u202f\t]")
_TERMINAL = tuple(".!?…:;\"'”’»)]*_")
_WRAP_WIDTH_MIN = 64
_LONG_LINE = 100


def normalize(text: str) -> list[str]:
    """Text -> lines: newlines unified, zero-width and soft characters removed, spaces unified."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    return text.split("\n")


def _first_word(line: str) -> str:
    parts = line.split(None, 1)
    return parts[0] if parts else ""


def _is_structural(line: str) -> bool:
    return bool(
        _ATX.match(line)
        or _RULE.match(line)
        or _QUOTE.match(line)
        or _BULLET.match(line)
        or _ORDERED.match(line)
    )


def _wraps_into(line: str, following: str) -> bool:
    """True when ``line`` ends where a fixed-width wrapper would have broken it."""
    if line.endswith("  "):
        return True
    stripped = line.rstrip()
    if stripped.endswith("-") and len(stripped) >= 40:
        return True
    return len(stripped) + 1 + len(_first_word(following)) > _WRAP_WIDTH_MIN


def _fits_wrap(line: str) -> bool:
    """A line a fixed-width wrapper could have written: short, or long only because of a
    word it could not break (a URL)."""
    stripped = line.rstrip()
    return len(stripped) <= _LONG_LINE or max(map(len, stripped.split())) >= 40


def _join(lines: list[str]) -> str:
    """Join wrapped lines: a hard break (two trailing spaces) stays a newline, a hyphen
    at the break joins without a space."""
    out = ""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i == 0:
            out = stripped
            continue
        previous = lines[i - 1]
        if previous.endswith("  "):
            out += "\n" + stripped
        elif out.endswith("-") and len(out) > 1 and out[-2].isalnum() and stripped[:1].isalnum():
            out += stripped
        else:
            out += " " + stripped
    return out


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


def _starts_lower(text: str) -> bool:
    first = text.lstrip()[:1]
    return first.isalpha() and first.islower()


class _Splitter:
    def __init__(self, standalone: object) -> None:
        # callable(line) -> True when a line stands alone (a byline or date line)
        self.standalone = standalone
        self.units: list[Unit] = []

    def add(
        self, kind: UnitKind, text: str, start: int, end: int, block: int, **kw: object
    ) -> None:
        self.units.append(
            Unit(kind, text, start, end, block, joined=end > start, **kw)  # type: ignore[arg-type]
        )

    def text_run(self, run: list[tuple[int, str]], block: int, heading: int = 0) -> None:
        """A run of plain lines: wrapped text (joined) or one paragraph per line."""
        lines = [t for _, t in run]
        wrapped = len(lines) > 1 and all(_fits_wrap(t) for t in lines)
        if wrapped:
            wrapped = all(_wraps_into(lines[i], lines[i + 1]) for i in range(len(lines) - 1))
        if wrapped and not heading:
            standalone = self.standalone
            wrapped = not any(standalone(t) for t in lines)  # type: ignore[operator]
        if wrapped:
            kind = UnitKind.HEADING if heading else UnitKind.TEXT
            self.add(kind, _join(lines), run[0][0], run[-1][0], block, level=heading)
            return
        # one unit per line, except a line broken mid-sentence (next starts lower case)
        group: list[tuple[int, str]] = []
        for number, line in run:
            if group and not (not _ends_sentence(group[-1][1]) and _starts_lower(line)):
                self._flush_group(group, block, heading)
                heading = 0
                group = []
            group.append((number, line))
        if group:
            self._flush_group(group, block, heading)

    def _flush_group(self, group: list[tuple[int, str]], block: int, heading: int) -> None:
        kind = UnitKind.HEADING if heading else UnitKind.TEXT
        text = _join([t for _, t in group])
        self.add(kind, text, group[0][0], group[-1][0], block, level=heading)


def split_units(lines: list[str], first_line: int = 1, standalone: object = None) -> list[Unit]:
    """Split ``lines`` (line ``first_line`` is ``lines[0]``) into units.

    ``standalone(line)`` says whether a line must not be joined with its
    neighbours (a byline or a date line), whatever its length.
    """
    splitter = _Splitter(standalone or (lambda _line: False))
    block = -1
    i = 0
    n = len(lines)
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        block += 1
        j = i
        while j < n and lines[j].strip():
            j += 1
        _split_block([(first_line + k, lines[k]) for k in range(i, j)], block, splitter)
        i = j
    return splitter.units


def _split_block(block_lines: list[tuple[int, str]], block: int, sp: _Splitter) -> None:
    i = 0
    n = len(block_lines)
    run: list[tuple[int, str]] = []
    run_heading = 0

    def flush_run() -> None:
        nonlocal run, run_heading
        if run:
            sp.text_run(run, block, run_heading)
        run = []
        run_heading = 0

    while i < n:
        number, line = block_lines[i]
        # setext heading: a text line underlined with === or ---
        if (
            i + 1 < n
            and _SETEXT.match(block_lines[i + 1][1])
            and not _is_structural(line)
            and len(run) == 0
        ):
            level = 1 if block_lines[i + 1][1].strip().startswith("=") else 2
            sp.add(
                UnitKind.HEADING, line.strip(), number, block_lines[i + 1][0], block, level=level
            )
            i += 2
            continue
        if run and i + 1 < n and _SETEXT.match(block_lines[i + 1][1]) and not _is_structural(line):
            flush_run()
            continue
        m = _ATX.match(line)
        if m and (m.group(2) or "").strip():
            flush_run()
            run = [(number, m.group(2) or "")]
            run_heading = len(m.group(1))
            i += 1
            # a long heading wrapped onto the next line(s) continues there
            while (
                i < n
                and not _is_structural(block_lines[i][1])
                and not _SETEXT.match(block_lines[i][1])
                and len(run[-1][1]) >= 50
                and _wraps_into(run[-1][1], block_lines[i][1])
                and not _ends_sentence(run[-1][1])
            ):
                run.append(block_lines[i])
                i += 1
            flush_run()
            continue
        if _RULE.match(line):
            flush_run()
            sp.add(UnitKind.RULE, "", number, number, block)
            i += 1
            continue
        if _QUOTE.match(line):
            flush_run()
            start = i
            paragraphs: list[list[str]] = [[]]
            while i < n and (q := _QUOTE.match(block_lines[i][1])):
                inner = q.group(1)
                if inner.strip():
                    paragraphs[-1].append(inner)
                elif paragraphs[-1]:
                    paragraphs.append([])
                i += 1
            items = tuple(_join(p) for p in paragraphs if p)
            if items:
                sp.add(
                    UnitKind.QUOTE,
                    "\n\n".join(items),
                    block_lines[start][0],
                    block_lines[i - 1][0],
                    block,
                    items=items,
                )
            continue
        bullet = _BULLET.match(line)
        ordered = _ORDERED.match(line)
        if bullet or ordered:
            flush_run()
            start = i
            is_ordered = ordered is not None and bullet is None
            entries: list[list[str]] = []
            while i < n:
                text = block_lines[i][1]
                b, o = _BULLET.match(text), _ORDERED.match(text)
                if b if not is_ordered else o:
                    entries.append([(b or o).group(2)])  # type: ignore[union-attr]
                elif (
                    entries
                    and not _is_structural(text)
                    and (text.startswith((" ", "\t")) or _wraps_into(block_lines[i - 1][1], text))
                ):
                    entries[-1].append(text)
                else:
                    break
                i += 1
            sp.add(
                UnitKind.LIST,
                "\n".join(_join(e) for e in entries),
                block_lines[start][0],
                block_lines[i - 1][0],
                block,
                items=tuple(_join(e) for e in entries),
                ordered=is_ordered,
            )
            continue
        run.append((number, line))
        i += 1
    flush_run()
