"""Markdown-ish inline text -> spans: links, emphasis, escapes and HTML entities.

``[text](#)`` is a link whose target was lost (kept as a link with no href),
``[text](https://…)`` a real link, ``[But]`` with no ``(…)`` after it is an
editorial insertion and stays text. ``\\$1,650`` reads as ``$1,650``.
Unmatched emphasis markers stay as written.
"""

from __future__ import annotations

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
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]+)>")
_LOST_TARGETS = frozenset({"", "#", "about:blank", "javascript:void(0)", "javascript:void(0);"})


def clean_text(text: str) -> str:
    """Decode HTML entities and fold runs of spaces (not newlines) into one."""
    if "&" in text:
        text = html.unescape(text)
    return _SPACE.sub(" ", text)


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
    i = start
    n = len(run)
    while i < len(s):
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            # skip over a link so that markers inside its target do not count
            close = closing_bracket(s, i)
            if close != -1 and close + 1 < len(s) and s[close + 1] == "(":
                end = closing_paren(s, close + 1)
                if end != -1:
                    i = end + 1
                    continue
        if s.startswith(run, i) and i > start:
            before = s[i - 1]
            after = s[i + n] if i + n < len(s) else " "
            if not before.isspace() and not (run[0] == "_" and after.isalnum()):
                # a longer run (***) may close both strong and em: take its last n chars
                full = _delimiter_run(s, i)
                if len(full) > n and full[0] == run[0]:
                    return i + len(full) - n
                return i
        i += 1
    return -1


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


def _parse(s: str, out: _Builder, em: bool, strong: bool, in_link: bool = False) -> None:
    buf: list[str] = []

    def flush() -> None:
        if buf:
            out.text("".join(buf), em, strong)
            buf.clear()

    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\\" and i + 1 < n and s[i + 1] in _ESCAPABLE:
            buf.append(s[i + 1])
            i += 2
            continue
        if c == "!" and i + 1 < n and s[i + 1] == "[":
            # an inline image inside running text: keep its alt text, never its markup
            close = closing_bracket(s, i + 1)
            if close != -1 and close + 1 < n and s[close + 1] == "(":
                end = closing_paren(s, close + 1)
                if end != -1:
                    buf.append(s[i + 2 : close])
                    i = end + 1
                    continue
        if c == "[" and not in_link:
            close = closing_bracket(s, i)
            if close != -1 and close + 1 < n and s[close + 1] == "(":
                end = closing_paren(s, close + 1)
                if end != -1:
                    flush()
                    href, _title = split_target(s[close + 2 : end])
                    link_text = _Builder()
                    _parse(s[i + 1 : close], link_text, em, strong, in_link=True)
                    for span in link_text.spans:
                        out.link(span.text, href, span.em, span.strong)
                    i = end + 1
                    continue
        if c == "<" and not in_link:
            m = _AUTOLINK.match(s, i)
            if m:
                flush()
                out.link(m.group(1), m.group(1), em, strong)
                i = m.end()
                continue
        if c in "*_":
            run = _delimiter_run(s, i)
            if len(run) > 3:
                # "****" is an empty pair of strong markers: nothing to show
                i += len(run)
                continue
            if _can_open(s, i, run):
                width = len(run)
                closer = _find_closer(s, i + width, run)
                if closer != -1:
                    flush()
                    _parse(
                        s[i + width : closer],
                        out,
                        em or width in (1, 3),
                        strong or width in (2, 3),
                        in_link,
                    )
                    i = closer + width
                    continue
            buf.append(run)
            i += len(run)
            continue
        buf.append(c)
        i += 1
    flush()


def parse_inline(text: str) -> tuple[Inline, ...]:
    """Spans of one paragraph's text; white space folded, ends trimmed."""
    text = text.strip()
    out = _Builder()
    _parse(text, out, em=False, strong=False)
    spans = out.spans
    # trim the outer white space that markup left at the ends
    while spans and not spans[0].text.strip():
        spans.pop(0)
    while spans and not spans[-1].text.strip():
        spans.pop()
    if spans:
        first, last = spans[0], spans[-1]
        spans[0] = _with_text(first, first.text.lstrip())
        spans[-1] = (
            _with_text(spans[-1], spans[-1].text.rstrip()) if last is not first else spans[0]
        )
        if len(spans) == 1:
            spans[0] = _with_text(spans[0], spans[0].text.strip())
    return tuple(spans)


def _with_text(span: Inline, text: str) -> Inline:
    if isinstance(span, Link):
        return Link(text, href=span.href, em=span.em, strong=span.strong)
    return Text(text, em=span.em, strong=span.strong)


def strip_markup(text: str) -> str:
    """The plain text of a markdown-ish string."""
    return "".join(span.text for span in parse_inline(text))
