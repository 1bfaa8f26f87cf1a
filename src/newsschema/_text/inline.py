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
import itertools
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
    return _Source(s).near_bracket(start)


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


# escapes (each with the character it escapes), runs of "[" and runs of "]"
_BRACKET_RUN = re.compile(r"(?:\\[\s\S])+|(\[+)|(\]+)")
_NEAR = 4096  # a bracket closed within this many characters is found by a scan of its own
# inside a link target: escapes, parens, a title's quote, and the newline that ends it
_PAREN_EVENT = re.compile(r'[\\()"\n]')


def _closer_pattern(char: str, width: int) -> re.Pattern[str]:
    """A whole run of ``char`` that can close emphasis of ``width``: at least as long, not
    at the start, not after white space or a lone backslash, ``_`` not before a letter.

    It starts with the character itself (what comes before is a look back from there):
    a pattern that starts with a literal is searched for at C speed.
    """
    c = re.escape(char)
    head = rf"{c}(?:(?<=[^\s\\{c}]{c})|(?<=\\\\{c}))"
    if char == "*":
        return re.compile(rf"{head}{c}{{{width - 1},}}")
    return re.compile(rf"{head}(?:{c}{{{width},}}|{c}{{{width - 1}}}(?![^\W_]))")


_CLOSERS = {char * width: _closer_pattern(char, width) for char in "*_" for width in (1, 2, 3)}
_CHUNK = 256  # closers found in one pass
_LAST_WINDOW = 1024  # the first stretch looked at, from the end, for the last closer


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
        self._last_paren = s.rfind(")")
        self._closers: dict[str, _Closers] = {}  # per delimiter run
        self._links: list[int] | None = None

    def closing_bracket(self, start: int, hi: int) -> int:
        if self._brackets is None:
            self._brackets = self._match_brackets()
        close = self._brackets.get(start, -1)
        return close if close < hi else -1

    def _match_brackets(self) -> dict[int, int]:
        # a scan from any "[" counts depth and skips escaped characters; escapes pair up
        # the same way from the text's start, so one stack pass answers every "["
        found: dict[int, int] = {}
        stack: list[int] = []
        for m in _BRACKET_RUN.finditer(self.s):
            if m.lastindex == 1:
                a, b = m.span(1)
                if b - a == 1:
                    stack.append(a)
                else:
                    stack.extend(range(a, b))
            elif m.lastindex == 2 and stack:
                a, b = m.span(2)
                if b - a == 1:
                    found[stack.pop()] = a
                    continue
                take = min(len(stack), b - a)
                found.update(zip(reversed(stack[-take:]), range(a, a + take), strict=True))
                del stack[-take:]
        return found

    def near_bracket(self, start: int) -> int:
        """``closing_bracket`` for one question: a scan from ``start`` when its answer is
        near, the table otherwise (a scan per question would be quadratic)."""
        s = self.s
        if s[start : start + 1] != "[" or (start and s[start - 1] == "\\"):
            return self.closing_bracket(start, len(s))  # escaped or no bracket: as the table
        depth = 0
        for m in _BRACKET_RUN.finditer(s, start + 1, start + 1 + _NEAR):
            if m.lastindex == 1:
                depth += m.end() - m.start()
            elif m.lastindex == 2:
                if m.end() - m.start() > depth:
                    return m.start() + depth
                depth -= m.end() - m.start()
        if s.find("]", start) == -1:
            return -1  # nothing closes it: no table needed
        return self.closing_bracket(start, len(s))

    def link_starts(self) -> list[int]:
        """Where a ``[`` may open a link or image: its ``]`` is followed by a ``(`` that
        closes (in the whole text; a stretch of it checks its own end again)."""
        if self._links is None:
            self._links = []
            # a link needs a "](" and a ")" after it
            if 0 <= self.s.find("](") < self._last_paren - 1:
                if self._brackets is None:
                    self._brackets = self._match_brackets()
                s, size = self.s, len(self.s)
                self._links = sorted(
                    start
                    for start, end in self._brackets.items()
                    if s[end + 1 : end + 2] == "(" and self.closing_paren(end + 1, size) != -1
                )
        return self._links

    def has_link(self, lo: int, hi: int) -> bool:
        """Whether a link or image may start in ``[lo, hi)``."""
        links = self.link_starts()
        k = bisect.bisect_left(links, lo)
        return k < len(links) and links[k] < hi

    def last_closer(self, char: str, lo: int, hi: int) -> int:
        """Where the last run of ``char`` in ``[lo, hi)`` that can close emphasis starts
        (-1: none): after it, a run of ``char`` opens nothing.

        A run that closes some width closes width 1, so one pattern answers. It is looked
        for in windows from ``hi`` backwards, each twice as long as the last, so the search
        costs about the distance to the answer. A window's matches read one character past
        it: what follows a run of ``_`` decides whether it closes.
        """
        s, pattern = self.s, _CLOSERS[char]
        if s.find(char, lo, hi) == -1:
            return -1
        end, size = hi, _LAST_WINDOW
        while end > lo:
            begin = max(lo, end - size)
            last = -1
            for m in pattern.finditer(s, begin, min(len(s), end + 1)):
                if m.start() >= end:
                    break
                last = m.start()
            if last != -1:
                return last
            end, size = begin, size * 2
        return -1

    def closing_paren(self, start: int, hi: int) -> int:
        if start >= self._last_paren:
            return -1  # no ")" after it
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
        pos = start + 1
        chunk = self._closers.get(run)
        if chunk is None or not chunk.pos <= pos <= chunk.last:
            chunk = self._closers[run] = _Closers(self.s, run, pos)
        starts = chunk.starts
        k = bisect.bisect_left(starts, pos)
        if k == len(starts) or starts[k] >= hi:
            return -1  # none after pos, or none before hi
        at, full, n = starts[k], chunk.lengths[k], len(run)
        if at + full > hi:
            # the run goes on past the end of this stretch of text: judge the part inside
            full = hi - at
            if full < n or (run[0] == "_" and at + n < hi and self.s[at + n].isalnum()):
                return -1
        # "***" after "**bold *em" closes em first, then strong: take the last n chars;
        # "****" closes one pair and opens the next: take the first n
        return at + full - n if n < full < 2 * n else at


class _Closers:
    """The runs that can close one delimiter run, from ``pos`` on: the next ``_CHUNK``
    of them, found in one pass. Openers ask in the order of the text, so the next
    question is most often answered here; one that is not starts a new chunk.
    """

    def __init__(self, s: str, run: str, pos: int) -> None:
        self.pos = pos
        found = list(itertools.islice(_CLOSERS[run].finditer(s, pos), _CHUNK))
        self.starts = [m.start() for m in found]
        self.lengths = [m.end() - m.start() for m in found]
        # fewer than asked for: there are no others after them
        self.last = len(s) if len(found) < _CHUNK else self.starts[-1]


# style bits of a span, and of the delimiter run that opens it: "*" em, "**" strong, "***" both
_EM, _STRONG = 1, 2
_LINK = 4  # a piece that is a link's text
_STYLES = ((False, False), (True, False), (False, True), (True, True))
_Piece = tuple[str, int, str | None]  # text, style bits, href


class _Spans:
    """Pieces of text and of links' text as the parsers find them, made into spans at the
    end: neighbouring pieces of the same style become one span, each piece cleaned on its
    own (white space at a seam stays as it was).

    A span met again (a page of the same link, say) is the same object: spans are values,
    and a copy costs as much to build as the first.
    """

    def __init__(self, made: dict[_Piece, Inline] | None = None) -> None:
        self.pieces: list[_Piece] = []
        self.made: dict[_Piece, Inline] = {} if made is None else made

    def done(self, source: str) -> list[Inline]:
        # pieces are parts of the source: what it lacks, none of them needs cleaning for
        entities = "&" in source or "\t" in source or not source.isascii()
        spans: list[Inline] = []
        pending: list[str] = []
        style = -1
        for text, bits, href in self.pieces:
            if bits & _LINK:
                text = clean_text(text)  # noqa: PLW2901 - as the span will hold it
                if text:
                    if pending:
                        spans.append(self._text(pending, style, entities))
                        pending, style = [], -1
                    spans.append(self._link(text, href, bits))
            elif bits == style:
                pending.append(text)
            elif text:
                if pending:
                    spans.append(self._text(pending, style, entities))
                pending, style = [text], bits
        if pending:
            spans.append(self._text(pending, style, entities))
        return spans

    def _text(self, pieces: list[str], style: int, entities: bool) -> Inline:
        text = pieces[0] if len(pieces) == 1 else "".join(pieces)
        if "  " in text or (entities and _needs_cleaning(text)):
            text = "".join(map(clean_text, pieces))
        key = (text, style, None)
        span = self.made.get(key)
        if span is None:
            span = self.made[key] = Text(text, *_STYLES[style])
        return span

    def _link(self, text: str, href: str | None, bits: int) -> Inline:
        key = (text, bits, href)
        span = self.made.get(key)
        if span is None:
            em, strong = _STYLES[bits & 3]
            span = self.made[key] = Link(text, href=href, em=em, strong=strong)
        return span


def _needs_cleaning(text: str) -> bool:
    """Whether ``clean_text`` could change ``text`` (or any part of it)."""
    return (
        "&" in text
        or "  " in text
        or "\t" in text
        or (not text.isascii() and _ODD_SPACE.search(text) is not None)
    )


# What can be markup, as far as one look tells: an escape, an autolink's "<", a run of four
# or more delimiters (an empty pair, dropped) and a run that can open emphasis (followed by
# text, and "_" not inside a word). Anything else is text, passed over at C speed; a "["
# is markup only where the source lists it (its "]" is followed by "(").
_LONG_STRETCH = 256  # shorter stretches of text are not worth a look for the last closer
_RUN = {"*": re.compile(r"\*+"), "_": re.compile(r"_+")}


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


# indexed by [star][underscore], as _special's arguments
_PATTERNS = (
    (_special(star=False, underscore=False), _special(star=False, underscore=True)),
    (_special(star=True, underscore=False), _special(star=True, underscore=True)),
)
_SPECIAL = _PATTERNS[True][True]


class _Parser:
    """One stretch ``[lo, hi)`` of inline text at one emphasis level; nested stretches
    get their own parser over the same source."""

    def __init__(
        self, src: _Source, span: tuple[int, int], out: _Spans, style: int, in_link: bool
    ) -> None:
        self.src = src
        self.s = src.s
        self.lo, self.hi = span
        self.pieces = out.pieces
        self.out = out
        self.style = style
        self.in_link = in_link
        self.links = src.link_starts()
        # the text read since the last piece: joined into one piece (and cleaned as one)
        self.buf: list[str] = []

    def flush(self) -> None:
        if self.buf:
            self.pieces.append(("".join(self.buf), self.style, None))
            self.buf.clear()

    def run(self) -> None:
        s, i, hi, buf, links = self.s, self.lo, self.hi, self.buf, self.links
        k = bisect.bisect_left(links, i)
        link = links[k] if k < len(links) else hi  # the next "[" that may open a link
        m: re.Match[str] | None = None
        at = -1  # where the pattern last found markup (hi: nowhere); kept until passed, as
        # searching again from each link would rescan the text up to it every time
        stars = underscores = hi
        if hi - i > _LONG_STRETCH:
            stars = self.src.last_closer("*", i, hi)
            underscores = self.src.last_closer("_", i, hi)
        full = min(stars, underscores)  # before it, every kind of markup is looked for
        pattern = _SPECIAL
        lo = self.lo
        while True:
            if lo < i < hi and s[i] in "*_" and s[i - 1] == s[i]:
                # a run cut by an escape or a closer before it: the pattern sees whole runs
                i = self.cut_run(i)
                continue
            now = _SPECIAL if i < full else _PATTERNS[i < stars][i < underscores]
            if at < i or now is not pattern:
                pattern = now
                m = pattern.search(s, i, hi)
                at = m.start() if m is not None else hi
            if link < i:
                k = bisect.bisect_left(links, i, k)
                link = links[k] if k < len(links) else hi
            if link < at:
                # a "[" (or "![") before the next other markup
                start = link - 1 if link > i and s[link - 1] == "!" else link
                buf.append(s[i:start])
                i = self.bracket(start)
                continue
            if m is None:
                break
            buf.append(s[i:at])
            i = self.emphasis(at, m.end() - at) if s[at] in "*_" else self.special(m)
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
        end = _RUN[s[i]].match(s, i, hi).end()  # type: ignore[union-attr]
        width = end - i
        opens = end < hi and not s[end].isspace() and not (s[i] == "_" and s[i - 1].isalnum())
        if width > 3 or opens:
            return self.emphasis(i, width)
        self.buf.append(s[i:end])
        return end

    def special(self, m: re.Match[str]) -> int:
        """Handle an escape or an autolink's ``<``; returns where to go on."""
        i = m.start()
        if self.s[i] == "\\":  # a run of escapes: the characters as written
            self.buf.append(m.group()[1::2])  # every second character
            return m.end()
        after = self.autolink(i)
        if after == -1:
            self.buf.append("<")
            return i + 1
        return after

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

    def _no_link(self, lo: int, hi: int) -> bool:
        """Whether no link or image can start in ``[lo, hi)``."""
        k = bisect.bisect_left(self.links, lo)
        return k == len(self.links) or self.links[k] >= hi

    def _plain(self, lo: int, hi: int) -> bool:
        """Whether ``[lo, hi)`` holds no markup: a parser of its own would give its text,
        as one piece."""
        return _SPECIAL.search(self.s, lo, hi) is None and self._no_link(lo, hi)

    def link(self, i: int) -> int:
        if self.in_link:
            return -1
        found = self._bracketed(i)
        if found is None:
            return -1
        close, end = found
        self.flush()
        href, _title = split_target(self.s[close + 2 : end])
        if self._plain(i + 1, close):
            # plain link text, as most is: what a parser of its own would give, directly
            self.pieces.append((clean_text(self.s[i + 1 : close]), self.style | _LINK, href))
            return end + 1
        link_text = _Spans(self.out.made)
        _Parser(self.src, (i + 1, close), link_text, self.style, in_link=True).run()
        for span in link_text.done(self.s):
            self.pieces.append((span.text, _EM * span.em | _STRONG * span.strong | _LINK, href))
        return end + 1

    def autolink(self, i: int) -> int:
        if self.in_link:
            return -1
        m = _AUTOLINK.match(self.s, i, self.hi)
        if m is None:
            return -1
        self.flush()
        self.pieces.append((m.group(1), self.style | _LINK, m.group(1)))
        return m.end()

    def emphasis(self, i: int, width: int) -> int:
        """A delimiter run of ``width`` at ``i`` that can open emphasis (or is an empty pair)."""
        if width > 3:
            return i + width  # "****" is an empty pair of strong markers: nothing to show
        s, buf, inner = self.s, self.buf, i + width
        closer = self.src.find_closer(inner, s[i:inner], self.hi)
        if closer == -1:
            buf.append(s[i:inner])  # unmatched markers stay as written
            return inner
        if buf:
            self.pieces.append(("".join(buf), self.style, None))
            buf.clear()
        style = self.style | width  # "*" em, "**" strong, "***" both
        text = s[inner:closer]
        # a letter, a digit or a single character is no markup (but may open a link)
        if (text.isalnum() or closer - inner < 2 or _SPECIAL.search(s, inner, closer) is None) and (
            not self.links or self._no_link(inner, closer)
        ):
            # plain text inside, as most is: what a parser of its own would give, directly
            self.pieces.append((text, style, None))
        else:
            _Parser(self.src, (inner, closer), self.out, style, self.in_link).run()
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
    out = _Spans()
    _Parser(_Source(text), (0, len(text)), out, 0, in_link=False).run()
    spans = out.done(text)
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
