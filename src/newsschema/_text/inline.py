"""Markdown-ish inline text -> spans: links, emphasis, escapes and HTML entities.

``[text](#)`` is a link whose target was lost (kept as a link with no href),
``[text](https://…)`` a real link, ``[But]`` with no ``(…)`` after it is an
editorial insertion and stays text. ``\\$1,650`` reads as ``$1,650``.
Unmatched emphasis markers stay as written.
"""

from __future__ import annotations

import functools
import html
import re

from newsschema.model import Inline, Link, Text

__all__ = [
    "clean_text",
    "closing_bracket",
    "closing_paren",
    "parse_inline",
    "split_target",
    "strip_markup",
]

_ESCAPABLE = frozenset("\\`*_{}[]()#+-.!$<>|~\"'=:&%@^")
# a run of two or more spaces, or one space of another kind: a single plain space stays
_SPACE = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)
_ODD_SPACE = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]+)>")
_LOST_TARGETS = frozenset({"", "#", "about:blank", "javascript:void(0)", "javascript:void(0);"})


def clean_text(text: str) -> str:
    """Decode HTML entities and fold runs of spaces (not newlines) into one."""
    if "&" in text:
        text = html.unescape(text)
    # substring tests are memchr scans; the regex runs only on text that needs it
    if "  " in text or "\t" in text or (not text.isascii() and _ODD_SPACE.search(text)):
        text = _SPACE.sub(" ", text)
    return text


def closing_bracket(s: str, start: int) -> int:
    """Index of the ``]`` that closes the ``[`` at ``start``, or -1."""
    depth = 0
    i = start
    while i < len(s):
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def closing_paren(s: str, start: int) -> int:
    """Index of the ``)`` that closes the ``(`` at ``start`` (URLs may hold balanced parens)."""
    depth = 0
    i = start
    quote: str | None = None
    while i < len(s):
        c = s[i]
        if quote:
            if c == quote:
                quote = None
        elif c == "\\":
            i += 2
            continue
        elif c == '"' and i > start + 1 and s[i - 1] == " ":
            quote = '"'
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        elif c == "\n":
            return -1
        i += 1
    return -1


def split_target(target: str) -> tuple[str | None, str | None]:
    """``url "title"`` -> (href or None for a lost target, title)."""
    target = target.strip()
    title = None
    m = re.match(r'^(\S*)\s+"(.*)"$', target, re.DOTALL)
    if m:
        target, title = m.group(1), m.group(2)
    if target.startswith("<") and target.endswith(">"):
        target = target[1:-1]
    target = target.replace(" ", "")
    return (None if target in _LOST_TARGETS else target), title


def _delimiter_run(s: str, i: int) -> str:
    c = s[i]
    j = i
    while j < len(s) and s[j] == c:
        j += 1
    return s[i:j]


def _can_open(s: str, i: int, run: str) -> bool:
    after = s[i + len(run)] if i + len(run) < len(s) else " "
    before = s[i - 1] if i > 0 else " "
    if after.isspace():
        return False
    return not (run[0] == "_" and before.isalnum())


def _find_closer(s: str, start: int, run: str) -> int:
    """Index of the delimiter run equal to ``run`` that closes emphasis opened before ``start``."""
    n = len(run)
    i = s.find(run, start + 1)
    while i != -1:
        before = s[i - 1]
        after = s[i + n] if i + n < len(s) else " "
        escaped = before == "\\" and (i < 2 or s[i - 2] != "\\")
        if not escaped and not before.isspace() and not (run[0] == "_" and after.isalnum()):
            # "***" after "**bold *em" closes em first, then strong: take the last n chars;
            # "****" closes one pair and opens the next: take the first n
            full = len(_delimiter_run(s, i))
            return i + full - n if n < full < 2 * n else i
        i = s.find(run, i + _delimiter_run_length(s, i))
    return -1


def _delimiter_run_length(s: str, i: int) -> int:
    return max(1, len(_delimiter_run(s, i)))


class _Builder:
    def __init__(self) -> None:
        self.spans: list[Inline] = []

    def text(self, value: str, em: bool, strong: bool) -> None:
        if not value:
            return
        value = clean_text(value)
        last = self.spans[-1] if self.spans else None
        if isinstance(last, Text) and last.em == em and last.strong == strong:
            self.spans[-1] = Text(last.text + value, em=em, strong=strong)
        else:
            self.spans.append(Text(value, em=em, strong=strong))

    def link(self, value: str, href: str | None, em: bool, strong: bool) -> None:
        value = clean_text(value)
        if value:
            self.spans.append(Link(value, href=href, em=em, strong=strong))


_SPECIAL = re.compile(r"[\\!\[<*_]")


class _Parser:
    """One run of inline text at one emphasis level; nested runs get their own parser."""

    def __init__(self, s: str, out: _Builder, em: bool, strong: bool, in_link: bool) -> None:
        self.s = s
        self.out = out
        self.em = em
        self.strong = strong
        self.in_link = in_link
        self.buf: list[str] = []

    def flush(self) -> None:
        if self.buf:
            self.out.text("".join(self.buf), self.em, self.strong)
            self.buf.clear()

    def run(self) -> None:
        s, i = self.s, 0
        while (m := _SPECIAL.search(s, i)) is not None:
            self.buf.append(s[i : m.start()])
            i = self.special(m.start())
        self.buf.append(s[i:])
        self.flush()

    def special(self, i: int) -> int:
        """Handle the markup character at ``i``; returns where to go on."""
        for handler in (self.escape, self.image, self.link, self.autolink, self.emphasis):
            after = handler(i)
            if after != -1:
                return after
        self.buf.append(self.s[i])
        return i + 1

    def escape(self, i: int) -> int:
        s = self.s
        if s[i] == "\\" and i + 1 < len(s) and s[i + 1] in _ESCAPABLE:
            self.buf.append(s[i + 1])
            return i + 2
        return -1

    def _bracketed(self, i: int) -> tuple[int, int] | None:
        """(index of ``]``, index of ``)``) for ``[…](…)`` starting at ``i``."""
        s = self.s
        close = closing_bracket(s, i)
        if close == -1 or close + 1 >= len(s) or s[close + 1] != "(":
            return None
        end = closing_paren(s, close + 1)
        return None if end == -1 else (close, end)

    def image(self, i: int) -> int:
        # an inline image inside running text: keep its alt text, never its markup
        if not self.s.startswith("![", i):
            return -1
        found = self._bracketed(i + 1)
        if found is None:
            return -1
        self.buf.append(self.s[i + 2 : found[0]])
        return found[1] + 1

    def link(self, i: int) -> int:
        if self.s[i] != "[" or self.in_link:
            return -1
        found = self._bracketed(i)
        if found is None:
            return -1  # "[But]": an editorial insertion, not a link
        close, end = found
        self.flush()
        href, _title = split_target(self.s[close + 2 : end])
        link_text = _Builder()
        _Parser(self.s[i + 1 : close], link_text, self.em, self.strong, in_link=True).run()
        for span in link_text.spans:
            self.out.link(span.text, href, span.em, span.strong)
        return end + 1

    def autolink(self, i: int) -> int:
        if self.s[i] != "<" or self.in_link:
            return -1
        m = _AUTOLINK.match(self.s, i)
        if m is None:
            return -1
        self.flush()
        self.out.link(m.group(1), m.group(1), self.em, self.strong)
        return m.end()

    def emphasis(self, i: int) -> int:
        s = self.s
        if s[i] not in "*_":
            return -1
        run = _delimiter_run(s, i)
        width = len(run)
        if width > 3:
            return i + width  # "****" is an empty pair of strong markers: nothing to show
        closer = _find_closer(s, i + width, run) if _can_open(s, i, run) else -1
        if closer == -1:
            self.buf.append(run)  # unmatched markers stay as written
            return i + width
        self.flush()
        _Parser(
            s[i + width : closer],
            self.out,
            self.em or width in (1, 3),
            self.strong or width in (2, 3),
            self.in_link,
        ).run()
        return closer + width


@functools.lru_cache(maxsize=512)
def parse_inline(text: str) -> tuple[Inline, ...]:
    """Spans of one paragraph's text; white space folded, ends trimmed.

    Cached: the reader's steps look at the same unit's text several times.
    """
    text = text.strip()
    if not ("[" in text or "*" in text or "_" in text or "\\" in text or "<" in text):
        plain = clean_text(text).strip()
        return (Text(plain),) if plain else ()
    out = _Builder()
    _Parser(text, out, em=False, strong=False, in_link=False).run()
    spans = out.spans
    # trim the outer white space that markup left at the ends
    while spans and not spans[0].text.strip():
        spans.pop(0)
    while spans and not spans[-1].text.strip():
        spans.pop()
    if spans:
        spans[0] = _with_text(spans[0], spans[0].text.lstrip())
        spans[-1] = _with_text(spans[-1], spans[-1].text.rstrip())
    return tuple(spans)


def _with_text(span: Inline, text: str) -> Inline:
    if isinstance(span, Link):
        return Link(text, href=span.href, em=span.em, strong=span.strong)
    return Text(text, em=span.em, strong=span.strong)


@functools.lru_cache(maxsize=512)
def strip_markup(text: str) -> str:
    """The plain text of a markdown-ish string."""
    return "".join(span.text for span in parse_inline(text))
