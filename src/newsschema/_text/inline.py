"""Markdown-ish inline text -> spans: links, emphasis, escapes and HTML entities.

``[text](#)`` is a link whose target was lost (kept as a link with no href),
``[text](https://…)`` a real link, ``[But]`` with no ``(…)`` after it is an
editorial insertion and stays text. ``\\$1,650`` reads as ``$1,650``.
Unmatched emphasis markers stay as written.
"""

from __future__ import annotations

import bisect
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
    return _Source(s).closing_bracket(start, len(s))


def closing_paren(s: str, start: int) -> int:
    """Index of the ``)`` that closes the ``(`` at ``start`` (URLs may hold balanced parens)."""
    return _Source(s).closing_paren(start, len(s))


_TITLED = re.compile(r'^(\S*)\s+"(.*)"$', re.DOTALL)


def split_target(target: str) -> tuple[str | None, str | None]:
    """``url "title"`` -> (href or None for a lost target, title)."""
    target = target.strip()
    title = None
    m = _TITLED.match(target)
    if m:
        target, title = m.group(1), m.group(2)
    if target.startswith("<") and target.endswith(">"):
        target = target[1:-1]
    target = target.replace(" ", "")
    return (None if target in _LOST_TARGETS else target), title


_BRACKET_EVENT = re.compile(r"[\\\[\]]")
# inside a link target: escapes, parens, a title's quote, and the newline that ends it
_PAREN_EVENT = re.compile(r'[\\()"\n]')
_RUNS = {"*": re.compile(r"\*+"), "_": re.compile(r"_+")}


class _Source:
    """One paragraph's text and what is known about its brackets, parens and delimiter runs.

    Each question ("where does this ``[`` close?") is answered from tables built in one
    pass, or from what earlier scans of the same text found, so that a paragraph of a
    thousand unclosed ``[`` or ``*a`` costs a thousand steps, not a million. The answers
    are those of a scan that starts at the question's position and stops at ``hi``.
    """

    def __init__(self, s: str) -> None:
        self.s = s
        self._brackets: dict[int, int] | None = None
        self._parens: dict[int, int] = {}
        self._closers: dict[str, tuple[list[int], list[int]]] = {}
        self._links: list[int] | None = None

    def closing_bracket(self, start: int, hi: int) -> int:
        if self._brackets is None:
            self._brackets = self._match_brackets()
        close = self._brackets.get(start, -1)
        return close if close < hi else -1

    def _match_brackets(self) -> dict[int, int]:
        # a scan from any "[" counts depth and skips escaped characters; escapes pair up
        # the same way from the text's start, so one stack pass answers every "["
        s, found, stack = self.s, {}, []
        i = 0
        while (m := _BRACKET_EVENT.search(s, i)) is not None:
            j = m.start()
            if s[j] == "\\":
                i = j + 2
                continue
            if s[j] == "[":
                stack.append(j)
            elif stack:
                found[stack.pop()] = j
            i = j + 1
        return found

    def link_starts(self) -> list[int]:
        """Where a ``[`` may open a link or image: its ``]`` is followed by a ``(`` that
        closes (in the whole text; a stretch of it checks its own end again)."""
        if self._links is None:
            self._links = []
            if "](" in self.s:
                if self._brackets is None:
                    self._brackets = self._match_brackets()
                s, size = self.s, len(self.s)
                self._links = sorted(
                    start
                    for start, end in self._brackets.items()
                    if s[end + 1 : end + 2] == "(" and self.closing_paren(end + 1, size) != -1
                )
        return self._links

    def last_closer(self, char: str, hi: int) -> int:
        """Where the last run of ``char`` that can close emphasis starts before ``hi``
        (-1: none): after it, a run of ``char`` opens nothing."""
        last = -1
        for width in (1, 2, 3):
            run = char * width
            if run not in self._closers:
                self._closers[run] = self._valid_closers(run)
            starts = self._closers[run][0]
            k = bisect.bisect_left(starts, hi)
            if k:
                last = max(last, starts[k - 1])
        return last

    def closing_paren(self, start: int, hi: int) -> int:
        close = self._up(start + 1)
        return close if close < hi else -1

    def _up(self, pos: int) -> int:
        """The first ``)`` after ``pos`` that closes a paren opened before it, or -1.

        A scan goes from event to event (escape, paren, a title's quote, newline); each
        position it resumes from is remembered with its answer, which is the same for
        every scan that passes there (the state there is the same), so a later scan
        that reaches a remembered position jumps to its answer.
        """
        s, memo = self.s, self._parens
        levels: list[list[int]] = [[]]  # positions waiting for the ")" of each open paren
        while True:
            known = memo.get(pos)
            if known is not None:
                if known == -1:
                    break
                for waiting in levels.pop():
                    memo[waiting] = known
                if not levels:
                    return known
                pos = known + 1
                continue
            levels[-1].append(pos)
            m = _PAREN_EVENT.search(s, pos)
            if m is None:
                break
            j = m.start()
            c = s[j]
            if c == ")":
                for waiting in levels.pop():
                    memo[waiting] = j
                if not levels:
                    return j
                pos = j + 1
            elif c == "(":
                levels.append([])
                pos = j + 1
            elif c == "\\":
                pos = j + 2
            elif c == '"' and s[j - 1] == " ":
                # a title in quotes may hold parens; it runs to the next quote
                quote = s.find('"', j + 1)
                if quote == -1:
                    break
                pos = quote + 1
            elif c == '"':
                pos = j + 1
            else:
                break  # a newline: a link target never spans lines
        for level in levels:
            for waiting in level:
                memo[waiting] = -1
        return -1

    def find_closer(self, start: int, run: str, hi: int) -> int:
        """Index of the delimiter run equal to ``run`` that closes emphasis opened before
        ``start`` (searched from ``start + 1``), or -1."""
        if run not in self._closers:
            self._closers[run] = self._valid_closers(run)
        starts, lengths = self._closers[run]
        k = bisect.bisect_left(starts, start + 1)
        if k == len(starts) or starts[k] >= hi:
            return -1
        at, full = starts[k], lengths[k]
        n = len(run)
        if at + full > hi:
            # the run goes on past the end of this stretch of text: judge the part inside
            full = hi - at
            if full < n or (run[0] == "_" and at + n < hi and self.s[at + n].isalnum()):
                return -1
        # "***" after "**bold *em" closes em first, then strong: take the last n chars;
        # "****" closes one pair and opens the next: take the first n
        return at + full - n if n < full < 2 * n else at

    def _valid_closers(self, run: str) -> tuple[list[int], list[int]]:
        """Starts and lengths of the delimiter runs that can close ``run``: at least as
        long, not escaped, not after a space, and ``_`` not inside a word."""
        s, n = self.s, len(run)
        starts: list[int] = []
        lengths: list[int] = []
        for m in _RUNS[run[0]].finditer(s):
            at, full = m.start(), m.end() - m.start()
            if full < n or at == 0:
                continue
            before = s[at - 1]
            after = s[at + n] if at + n < len(s) else " "
            escaped = before == "\\" and (at < 2 or s[at - 2] != "\\")
            if not escaped and not before.isspace() and not (run[0] == "_" and after.isalnum()):
                starts.append(at)
                lengths.append(full)
        return starts, lengths


class _Builder:
    """Spans as they are found; neighbours of the same style become one span."""

    def __init__(self) -> None:
        self.spans: list[Inline] = []
        # text of the last span while it may still grow: joined once, not copied per piece
        self._pending: list[str] = []
        self._style: tuple[bool, bool] | None = None

    def text(self, value: str, em: bool, strong: bool) -> None:
        if not value:
            return
        if self._style != (em, strong):
            self._close()
            self._style = (em, strong)
        self._pending.append(clean_text(value))

    def link(self, value: str, href: str | None, em: bool, strong: bool) -> None:
        value = clean_text(value)
        if value:
            self._close()
            self.spans.append(Link(value, href=href, em=em, strong=strong))

    def _close(self) -> None:
        if self._style is not None:
            em, strong = self._style
            self.spans.append(Text("".join(self._pending), em=em, strong=strong))
            self._pending.clear()
            self._style = None

    def done(self) -> list[Inline]:
        self._close()
        return self.spans


# What can be markup, as far as one look tells: an escape, an autolink's "<", a run of four
# or more delimiters (an empty pair, dropped) and a run that can open emphasis (followed by
# text, and "_" not inside a word). Anything else is text, passed over at C speed; a "["
# is markup only where the source lists it (its "]" is followed by "(").
_LINK_TEXT_MARKUP = re.compile(r"[\\!\[<*_]")
_LONG_STRETCH = 256  # shorter stretches of text are not worth a look for the last closer


@functools.lru_cache(maxsize=4)
def _special(star: bool, underscore: bool) -> re.Pattern[str]:
    """The pattern of what can be markup; without runs of ``*`` (or ``_``) that could open
    emphasis where no run of them can close it any more (so that a page of ``*a`` is
    passed over at C speed)."""
    return re.compile(
        r"(?:\\[" + re.escape("".join(sorted(_ESCAPABLE))) + r"])+"
        r"|<(?=(?:https?|ftp|mailto):)"
        + (r"|(?<!\*)(?:\*{4,}|\*{1,3}(?=[^\s*]))" if star else r"|\*{4,}")
        + (r"|(?<!_)(?:_{4,}|(?<![^\W_])_{1,3}(?=[^\s_]))" if underscore else r"|_{4,}")
    )


_SPECIAL = _special(star=True, underscore=True)


class _Parser:
    """One stretch ``[lo, hi)`` of inline text at one emphasis level; nested stretches
    get their own parser over the same source."""

    def __init__(
        self,
        src: _Source,
        span: tuple[int, int],
        out: _Builder,
        style: tuple[bool, bool],
        in_link: bool,
    ) -> None:
        self.src = src
        self.s = src.s
        self.lo, self.hi = span
        self.out = out
        self.em, self.strong = style
        self.in_link = in_link
        self.buf: list[str] = []

    def flush(self) -> None:
        if self.buf:
            self.out.text("".join(self.buf), self.em, self.strong)
            self.buf.clear()

    def run(self) -> None:
        s, i, hi, buf = self.s, self.lo, self.hi, self.buf
        links = self.src.link_starts()
        k = bisect.bisect_left(links, i)
        m: re.Match[str] | None = None
        at = -1  # where the pattern last found markup (hi: nowhere); kept until passed, as
        # searching again from each link would rescan the text up to it every time
        stars = underscores = hi
        if hi - i > _LONG_STRETCH:
            stars, underscores = self.src.last_closer("*", hi), self.src.last_closer("_", hi)
        pattern = _SPECIAL
        while True:
            if self.lo < i < hi and s[i] in "*_" and s[i - 1] == s[i]:
                # a run cut by an escape or a closer before it: the pattern sees whole runs
                i = self.cut_run(i)
                continue
            now = _special(i < stars, i < underscores)
            if at < i or now is not pattern:
                pattern = now
                m = pattern.search(s, i, hi)
                at = m.start() if m is not None else hi
            while k < len(links) and links[k] < i:
                k += 1
            if k < len(links) and links[k] < min(at, hi):
                # a "[" (or "![") before the next other markup
                start = links[k] - 1 if links[k] > i and s[links[k] - 1] == "!" else links[k]
                buf.append(s[i:start])
                i = self.bracket(start)
                continue
            if m is None:
                break
            buf.append(s[i:at])
            i = self.special(m)
        buf.append(s[i:hi])
        self.flush()

    def bracket(self, i: int) -> int:
        """``![…](…)`` or ``[…](…)`` at ``i``; returns where to go on."""
        if self.s[i] == "!":
            after = self.image(i)
            if after != -1:
                return after
            self.buf.append("!")
            i += 1
        after = self.link(i)
        if after != -1:
            return after
        self.buf.append("[")  # "[But]": an editorial insertion, not a link
        return i + 1

    def cut_run(self, i: int) -> int:
        """The delimiters from ``i`` to the end of their run, read as a run of their own."""
        s, hi = self.s, self.hi
        end = i
        while end < hi and s[end] == s[i]:
            end += 1
        width = end - i
        opens = end < hi and not s[end].isspace() and not (s[i] == "_" and s[i - 1].isalnum())
        if width > 3 or opens:
            return self.emphasis(i, width)
        self.buf.append(s[i:end])
        return end

    def special(self, m: re.Match[str]) -> int:
        """Handle the markup ``m`` found; returns where to go on."""
        s, i = self.s, m.start()
        c = s[i]
        if c == "\\":  # a run of escapes: the characters as written
            self.buf.append(m.group()[1::2])  # every second character
            return m.end()
        if c == "<":
            after = self.autolink(i)
            if after == -1:
                self.buf.append("<")
                return i + 1
            return after
        return self.emphasis(i, m.end() - i)

    def _bracketed(self, i: int) -> tuple[int, int] | None:
        """(index of ``]``, index of ``)``) for ``[…](…)`` starting at ``i``."""
        s, hi = self.s, self.hi
        close = self.src.closing_bracket(i, hi)
        if close == -1 or close + 1 >= hi or s[close + 1] != "(":
            return None
        end = self.src.closing_paren(close + 1, hi)
        return None if end == -1 else (close, end)

    def image(self, i: int) -> int:
        # an inline image inside running text: keep its alt text, never its markup
        found = self._bracketed(i + 1)
        if found is None:
            return -1
        self.buf.append(self.s[i + 2 : found[0]])
        return found[1] + 1

    def link(self, i: int) -> int:
        if self.in_link:
            return -1
        found = self._bracketed(i)
        if found is None:
            return -1
        close, end = found
        self.flush()
        href, _title = split_target(self.s[close + 2 : end])
        text = self.s[i + 1 : close]
        if not _LINK_TEXT_MARKUP.search(text):
            # plain link text, as most is: what a parser of its own would give, directly
            self.out.link(clean_text(text), href, self.em, self.strong)
            return end + 1
        link_text = _Builder()
        style = (self.em, self.strong)
        _Parser(self.src, (i + 1, close), link_text, style, in_link=True).run()
        for span in link_text.done():
            self.out.link(span.text, href, span.em, span.strong)
        return end + 1

    def autolink(self, i: int) -> int:
        if self.in_link:
            return -1
        m = _AUTOLINK.match(self.s, i, self.hi)
        if m is None:
            return -1
        self.flush()
        self.out.link(m.group(1), m.group(1), self.em, self.strong)
        return m.end()

    def emphasis(self, i: int, width: int) -> int:
        """A delimiter run of ``width`` at ``i`` that can open emphasis (or is an empty pair)."""
        if width > 3:
            return i + width  # "****" is an empty pair of strong markers: nothing to show
        run = self.s[i : i + width]
        closer = self.src.find_closer(i + width, run, self.hi)
        if closer == -1:
            self.buf.append(run)  # unmatched markers stay as written
            return i + width
        self.flush()
        em, strong = self.em or width in (1, 3), self.strong or width in (2, 3)
        if _LINK_TEXT_MARKUP.search(self.s, i + width, closer) is None:
            # plain text inside, as most is: what a parser of its own would give, directly
            self.out.text(self.s[i + width : closer], em, strong)
        else:
            _Parser(self.src, (i + width, closer), self.out, (em, strong), self.in_link).run()
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
    _Parser(_Source(text), (0, len(text)), out, (False, False), in_link=False).run()
    spans = out.done()
    # trim the outer white space that markup left at the ends
    first = next((k for k, span in enumerate(spans) if span.text.strip()), len(spans))
    del spans[:first]  # one cut: popping from the front one span at a time is quadratic
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
