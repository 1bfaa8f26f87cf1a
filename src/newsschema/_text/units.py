"""Lines -> units: the logical blocks of an article text, each with its line range.

A unit is one heading, paragraph, quote, list, rule or image, however the
text laid it out: paragraphs separated by blank lines, one paragraph per line
(as some extraction tools write), or paragraphs wrapped at a fixed width (as
html2text writes, even inside URLs). The reader decides what each unit *means*;
this module only finds where units begin and end: it knows layout, never bylines
or dates. Each unit keeps its source lines, so that the reader can split a run of
wrapped lines again where one of them turns out to stand alone (:func:`split_lines`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable

import attrs

__all__ = ["Unit", "UnitKind", "normalize", "split_lines", "split_units"]


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
    raw: tuple[str, ...] = ()
    """The source lines, markers and all (a one-line text unit leaves it empty)."""
    number: int = 0
    """The number of a numbered list's first item."""

    @property
    def source(self) -> tuple[str, ...]:
        """The source lines of the unit."""
        return self.raw or (self.text,)


# "# Heading ##": the closing hashes are cut in _atx_text; a pattern that also matched them
# (a lazy ".*?" before "[ \t]+#+" and "[ \t]*$") took cubic time on a line of spaces
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE_START = re.compile(r" {0,3}([-*_])")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?(.*)$")
_BULLET = re.compile(r"^ {0,3}([-*+•●▪])[ \t]+(\S.*)$")
_ORDERED = re.compile(r"^ {0,3}(\d{1,3})[.)][ \t]+(\S.*)$")
# zero-width spaces, word joiners, stray BOMs and soft hyphens removed (not ZWJ/ZWNJ: they
# shape Persian, Indic scripts and emoji); non-breaking spaces and tabs made plain spaces
# first characters of headings, rules, quotes and list items (the digits start numbered items)
_EDGE_BLOCKS = 5
_MARKER_STARTS = frozenset("#-*_>+•●▪0123456789")
_REMOVED = "\u200b\u2060\ufeff\u00ad"
_SPACE_LIKE = "\u00a0\u2007\u202f\t"
_TERMINAL = tuple(".!?…:;\"'”’»)]*_")
_WRAP_WIDTH_MIN = 64
_FULL_STOPS = ("。", "！", "？")
_LONG_LINE = 100


def normalize(text: str) -> list[str]:
    """Text -> lines: newlines unified, zero-width and soft characters removed, spaces unified."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # str.replace per character: a memchr scan each, far quicker than a regex over the text
    for char in _REMOVED:
        if char in text:
            text = text.replace(char, "")
    for char in _SPACE_LIKE:
        if char in text:
            text = text.replace(char, " ")
    return text.split("\n")


def _atx_text(m: re.Match[str]) -> str:
    """A heading's text without the closing hashes (``# Title ##`` -> ``Title``); hashes
    that touch the text (``# C#``) are part of it."""
    text = (m.group(2) or "").rstrip(" \t")
    bare = text.rstrip("#")
    if bare != text and bare[-1:] in (" ", "\t"):
        text = bare.rstrip(" \t")
    return text


def _is_rule(line: str) -> bool:
    """``---``, ``* * *``, ``___``: three or more of one marker, with blanks between, read
    in one pass (a repeated group in a pattern kept a record per marker: slow on a long
    line of them)."""
    m = _RULE_START.match(line)
    if m is None:
        return False
    char, rest = m.group(1), line[m.end() :]
    return rest.count(char) >= 2 and not rest.replace(char, "").strip(" \t")


def _line_indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _first_word_length(line: str) -> int:
    line = line.lstrip()
    space = line.find(" ")
    return len(line) if space < 0 else space


def _is_structural(line: str) -> bool:
    return bool(
        _ATX.match(line)
        or _is_rule(line)
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
    if stripped.endswith(_FULL_STOPS):
        return False  # a sentence of a script without spaces ends its line: a paragraph ends
    return len(stripped) + 1 + _first_word_length(following) > _WRAP_WIDTH_MIN


def _is_wrapped(lines: list[str]) -> bool:
    """Every line fits a fixed width and every break is where a wrapper would have made it
    (one pass: this runs on every line of html2text-style output)."""
    last = len(lines) - 1
    for i, line in enumerate(lines):
        stripped = line.rstrip()
        if len(stripped) > _LONG_LINE and max(map(len, stripped.split())) < 40:
            return False
        if i < last and not _wraps_into(line, lines[i + 1]):
            return False
    return True


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
    def __init__(self) -> None:
        self.units: list[Unit] = []
        self.numbered = False
        """Whether a numbered list was found (lists split by blank lines may join)."""

    def add(
        self,
        kind: UnitKind,
        text: str,
        lines: list[tuple[int, str]],
        block: int,
        *,
        level: int = 0,
        items: tuple[str, ...] = (),
        ordered: bool = False,
        number: int = 0,
    ) -> None:
        start, end = lines[0][0], lines[-1][0]
        self.numbered = self.numbered or ordered
        raw = (lines[0][1],) if start == end else tuple([t for _, t in lines])
        self.units.append(
            Unit(
                kind, text, start, end, block, level=level, items=items, ordered=ordered,
                joined=end > start, raw=raw, number=number,
            )
        )  # fmt: skip

    def text_run(self, run: list[tuple[int, str]], block: int, heading: int = 0) -> None:
        """A run of plain lines: wrapped text (joined) or one paragraph per line."""
        kind = UnitKind.HEADING if heading else UnitKind.TEXT
        if len(run) == 1:  # the common case: a paragraph on one line
            self.add(kind, run[0][1].strip(), run, block, level=heading)
            return
        if _is_wrapped([t for _, t in run]):
            self.add(kind, _join([t for _, t in run]), run, block, level=heading)
            return
        for group in _groups(run):
            self.add(kind, _join([t for _, t in group]), group, block, level=heading)
            heading, kind = 0, UnitKind.TEXT


def _groups(run: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """One group per line, except a line broken mid-sentence (the next starts lower case)
    or inside a link (a bracket the line opened is still open)."""
    groups: list[list[tuple[int, str]]] = []
    depth = 0
    for number, line in run:
        if groups and (
            depth > 0 or (not _ends_sentence(groups[-1][-1][1]) and _starts_lower(line))
        ):
            groups[-1].append((number, line))
        else:
            groups.append([(number, line)])
            depth = 0
        depth = max(0, depth + _bracket_balance(line))
    return groups


def _bracket_balance(line: str) -> int:
    """How many brackets and parentheses the line opens and leaves open."""
    return line.count("[") - line.count("]") + line.count("(") - line.count(")")


_UNFINISHED_ENDS = (",", "/", "<")


def _unfinished(lines: list[str]) -> bool:
    """Lines that stop where no line ends: inside a link or an ``<…>`` address (a bracket
    left open), after a comma (a list of tags or names goes on), or at a hyphen or slash
    inside a word or address the wrapper broke."""
    if sum(map(_bracket_balance, lines)) > 0:
        return True
    last = lines[-1].rstrip()
    if last.count("<") > last.count(">") or last.endswith(_UNFINISHED_ENDS):
        return True
    return last.endswith("-") and last[-2:-1].isalnum()


def split_lines(unit: Unit, alone: Callable[[str], bool] = lambda _line: False) -> list[Unit]:
    """A unit of wrapped lines as one unit per line (a line broken mid-sentence or inside a
    link stays with the line before it), each line that ``alone`` picks a unit of its own:
    for a run where some line turned out to stand alone. A line standing alone keeps the
    lines that finish it when the wrapper broke it unfinished (:func:`_unfinished`)."""
    if unit.kind is not UnitKind.TEXT or not unit.joined:
        return [unit]
    run = [(unit.start + i, line) for i, line in enumerate(unit.source)]
    groups: list[list[tuple[int, str]]] = []
    pending: list[tuple[int, str]] = []
    open_group: list[tuple[int, str]] | None = None
    for item in run:
        if open_group is not None:
            open_group.append(item)
            if not _unfinished([t for _, t in open_group]):
                open_group = None
        elif alone(item[1]):
            groups.extend(_groups(pending))
            groups.append([item])
            pending = []
            open_group = groups[-1] if _unfinished([item[1]]) else None
        else:
            pending.append(item)
    groups.extend(_groups(pending))
    return [
        Unit(
            UnitKind.TEXT, _join([t for _, t in g]), g[0][0], g[-1][0], unit.block,
            joined=len(g) > 1, raw=tuple(t for _, t in g),
        )
        for g in groups
    ]  # fmt: skip


def _indent(lines: list[str]) -> int:
    """The indentation all ``lines`` share (a text browser indents its whole page; its
    list markers stand further in)."""
    indent = -1
    for line in lines:
        if line[:1] != " ":
            if line:
                return 0
            continue
        stripped = line.lstrip(" ")
        if stripped:
            width = len(line) - len(stripped)
            indent = width if indent < 0 else min(indent, width)
    return max(indent, 0)


def split_units(lines: list[str], first_line: int = 1) -> list[Unit]:
    """Split ``lines`` (line ``first_line`` is ``lines[0]``) into units."""
    splitter = _Splitter()
    blocks: list[tuple[int, int]] = []
    start = -1
    for i, line in enumerate(lines):
        if line.strip():
            if start < 0:
                start = i
        elif start >= 0:
            blocks.append((start, i))
            start = -1
    if start >= 0:
        blocks.append((start, len(lines)))
    units = splitter.units
    for block, (start, end) in enumerate(blocks):
        if end - start == 1 and lines[start].lstrip()[:1] not in _MARKER_STARTS:
            # the common case, a paragraph on a line of its own: plain text, nothing to join
            number = first_line + start
            units.append(Unit(UnitKind.TEXT, lines[start].strip(), number, number, block))
            continue
        indent = _indent(lines[start:end])
        numbered = [(first_line + k, lines[k][indent:]) for k in range(start, end)]
        _Block(numbered, block, splitter).split()
    return _join_numbered_lists(units) if splitter.numbered else units


def _join_numbered_lists(units: list[Unit]) -> list[Unit]:
    """A numbered list whose items blank lines separate is one list: an item numbered one
    more than the last item of the list before it joins that list."""
    out: list[Unit] = []
    for unit in units:
        last = out[-1] if out else None
        if (
            last is not None
            and unit.kind is UnitKind.LIST
            and last.kind is UnitKind.LIST
            and unit.ordered
            and last.ordered
            and unit.number == last.number + len(last.items)
        ):
            out[-1] = attrs.evolve(
                last,
                text=f"{last.text}\n{unit.text}",
                end=unit.end,
                items=last.items + unit.items,
                raw=last.source + unit.source,
                joined=True,
            )
        else:
            out.append(unit)
    return out


class _Block:
    """The lines of one blank-line separated block, consumed front to back."""

    def __init__(self, lines: list[tuple[int, str]], block: int, sp: _Splitter) -> None:
        self.lines = lines
        self.block = block
        self.sp = sp
        self.i = 0
        self.run: list[tuple[int, str]] = []
        self.run_heading = 0

    def split(self) -> None:
        lines = self.lines
        while self.i < len(lines):
            if not (
                self._may_be_structural()
                and (self.setext() or self.atx() or self.rule() or self.quote() or self.list_())
            ):
                self.run.append(lines[self.i])
                self.i += 1
        self.flush_run()

    def _may_be_structural(self) -> bool:
        """Only a line starting with a marker, or underlined, can be more than text."""
        i, lines = self.i, self.lines
        if lines[i][1].lstrip()[:1] in _MARKER_STARTS:
            return True
        return i + 1 < len(lines) and lines[i + 1][1].lstrip()[:1] in "=-"

    def flush_run(self) -> None:
        if self.run:
            self.sp.text_run(self.run, self.block, self.run_heading)
        self.run = []
        self.run_heading = 0

    def _next_is_underline(self) -> bool:
        i, lines = self.i, self.lines
        return (
            i + 1 < len(lines)
            and _SETEXT.match(lines[i + 1][1]) is not None
            and not _is_structural(lines[i][1])
        )

    def setext(self) -> bool:
        """A text line underlined with ``===`` (level 1) or ``---`` (level 2)."""
        if not self._next_is_underline():
            return False
        self.flush_run()
        line, underline = self.lines[self.i], self.lines[self.i + 1]
        level = 1 if underline[1].strip().startswith("=") else 2
        self.sp.add(UnitKind.HEADING, line[1].strip(), [line, underline], self.block, level=level)
        self.i += 2
        return True

    def atx(self) -> bool:
        """``# Heading``, continued on the next line(s) when a wrapper broke it."""
        number, line = self.lines[self.i]
        m = _ATX.match(line)
        if m is None or not _atx_text(m).strip():
            return False
        self.flush_run()
        self.run = [(number, _atx_text(m))]
        self.run_heading = len(m.group(1))
        self.i += 1
        lines = self.lines
        while (
            self.i < len(lines)
            and not _is_structural(lines[self.i][1])
            and not _SETEXT.match(lines[self.i][1])
            and len(self.run[-1][1]) >= 50
            and _wraps_into(self.run[-1][1], lines[self.i][1])
            and not _ends_sentence(self.run[-1][1])
        ):
            self.run.append(lines[self.i])
            self.i += 1
        self.flush_run()
        return True

    def rule(self) -> bool:
        line = self.lines[self.i][1]
        if not _is_rule(line):
            return False
        self.flush_run()
        self.sp.add(UnitKind.RULE, "", [self.lines[self.i]], self.block)
        self.i += 1
        return True

    def quote(self) -> bool:
        """``> …`` lines; a ``>`` line with nothing else separates the quote's paragraphs."""
        if not _QUOTE.match(self.lines[self.i][1]):
            return False
        self.flush_run()
        start = self.i
        paragraphs: list[list[str]] = [[]]
        while self.i < len(self.lines) and (q := _QUOTE.match(self.lines[self.i][1])):
            inner = q.group(1)
            if inner.strip():
                paragraphs[-1].append(inner)
            elif paragraphs[-1]:
                paragraphs.append([])
            self.i += 1
        items = tuple(_join(p) for p in paragraphs if p)
        if items:
            self.sp.add(
                UnitKind.QUOTE, "\n\n".join(items), self.lines[start : self.i], self.block,
                items=items,
            )  # fmt: skip
        return True

    def list_(self) -> bool:
        """Bulleted or numbered items; an indented or wrapped line continues its item."""
        line = self.lines[self.i][1]
        bullet, ordered = _BULLET.match(line), _ORDERED.match(line)
        if not (bullet or ordered):
            return False
        self.flush_run()
        start = self.i
        marker = _ORDERED if ordered is not None and bullet is None else _BULLET
        entries: list[list[str]] = []
        depth = 0
        while self.i < len(self.lines):
            text = self.lines[self.i][1]
            item = marker.match(text)
            if item:
                entries.append([item.group(2)])
                depth = _line_indent(text)
            elif (
                entries
                and not _is_structural(text)
                and (_line_indent(text) > depth or _wraps_into(self.lines[self.i - 1][1], text))
            ):
                # a line indented past the item's marker, or a wrapped one, goes on with it;
                # one no deeper than the marker is the next thing on the page
                entries[-1].append(text)
            else:
                break
            self.i += 1
        items = tuple(_join(e) for e in entries)
        number = int(ordered.group(1)) if marker is _ORDERED and ordered else 0
        self.sp.add(
            UnitKind.LIST, "\n".join(items), self.lines[start : self.i], self.block,
            items=items, ordered=marker is _ORDERED, number=number,
        )  # fmt: skip
        return True
