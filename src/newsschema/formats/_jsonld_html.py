"""The ``<script type="application/ld+json">`` blocks of a saved web page (private).

A small scanner finds them: tags, comments and the raw text of ``<script>`` and
``<style>`` are told apart as a browser does (an unclosed comment runs to the
end, ``<![CDATA[`` outside SVG is a bogus comment, a script cut off by the page's
end keeps its text), and each next delimiter is found once, so the time stays
linear in the page whatever it holds. (The
standard library's ``html.parser`` rescans the rest of the page from every
unclosed ``</`` or ``<!``: 258 KB of them took seconds.) lxml stays in the NITF
module, its owner.
"""

from __future__ import annotations

import html
import re

import attrs

from newsschema._text.decode import guess_page_text, page_codec

__all__ = ["ScriptBlock", "decode_page", "looks_like_html", "script_blocks"]

_LD_JSON = "application/ld+json"
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_WRAPPERS = (("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>"))


@attrs.frozen
class ScriptBlock:
    """The text of one ld+json block and the page line its text starts on."""

    text: str
    line: int


def looks_like_html(text: str | bytes) -> bool:
    """Whether a document is markup (``<!doctype html>``, ``<html>``, ``<head>`` ...), not JSON.

    JSON never starts with ``<``, so any markup is taken for a page.
    """
    if isinstance(text, bytes):
        return text.lstrip(b"\xef\xbb\xbf \t\r\n\f").startswith(b"<")
    return text.lstrip("\ufeff \t\r\n\f").startswith("<")


def decode_page(data: bytes) -> str:
    """A page's text: UTF-8 when it is, else the charset its ``<meta>`` names, else the
    legacy encoding its text reads best in (as browsers do, a charset that names no text
    encoding, ``rot13`` or ``hex``, is ignored)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    m = _CHARSET.search(data[:4096])
    declared = page_codec(m.group(1).decode("ascii")) if m is not None else None
    if declared is None:
        return guess_page_text(data)
    return data.decode(declared, errors="replace")


def _unwrap(text: str) -> str:
    """Drop the ``<!-- -->`` or ``CDATA`` wrapper old pages put around script content."""
    text = text.strip()
    for start, end in _WRAPPERS:
        if text.startswith(start) and text.endswith(end):
            return text[len(start) : len(text) - len(end)].strip()
    return text


_RAW_TEXT = ("script", "style")
_TAG_NAME = re.compile(r"[a-zA-Z][^\t\n\r\f />\x00]*")
# Everything up to the next script or style start tag, in one match: text, a "<" that
# starts nothing, comments, declarations, end tags and other start tags (whose quoted
# values may hold ">" or "<script"). Written as "text (markup text)*" with markup always
# starting with "<", which text never holds, so each character has one way to match and
# nothing follows the repetition: the match never backtracks. A construct the page cuts
# off (an unclosed comment or tag) ends it, and the scanner stops there. One match takes
# at most 256 constructs, and a tag at most 32 quoted values (more go to _Scanner.tag): the
# engine keeps a record per repetition, and a record of a million of them costs more than
# the matching.
_PASSIVE = re.compile(
    r"""[^<]*(?:(?:<(?![a-zA-Z!/?])|<!--.*?-->|</[^>]*>|<[!?][^>]*>"""
    r"""|<(?!(?:script|style)[\t\n\r\f />])[a-zA-Z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*){0,32}>"""
    r""")[^<]*){0,256}""",
    re.IGNORECASE | re.DOTALL,
)
# one attribute: its name, and its value unquoted or up to where a quote would open
_ATTRIBUTE = re.compile(r"""[\s/]*([^\s/>=][^\s/>=]*)(?:\s*=\s*(["']?))?""")
_QUOTE_OR_END = re.compile(r"[\"'>]")
_UNQUOTED = re.compile(r"[^\s>]*")
_RAW_TEXT_END = {
    name: re.compile(rf"</\s*{name}(?=[\s/>]|\Z)", re.IGNORECASE) for name in _RAW_TEXT
}


class _Scanner:
    """One pass over a page: text, comments, declarations and tags, in order."""

    def __init__(self, page: str) -> None:
        self.page = page
        self.blocks: list[ScriptBlock] = []
        self._lines_at = 0  # line counting moves forward only: each newline is counted once
        self._line = 1

    def line_of(self, pos: int) -> int:
        self._line += self.page.count("\n", self._lines_at, pos)
        self._lines_at = pos
        return self._line

    def run(self) -> list[ScriptBlock]:
        page, pos = self.page, 0
        while pos != -1:
            while (passive := _PASSIVE.match(page, pos)) is not None and passive.end() > pos:
                pos = passive.end()
            name = _TAG_NAME.match(page, pos + 1)
            if pos >= len(page) or name is None:
                break  # the end, or a comment or declaration the page cuts off
            tag = name.group().lower()
            pos = self.raw_text(pos, tag, name.end()) if tag in _RAW_TEXT else self.tag(pos)
        return self.blocks

    def tag(self, pos: int) -> int:
        """Go past the tag at ``pos`` (one the pattern could not take in one match); -1 when
        the page ends inside it."""
        page = self.page
        while (m := _QUOTE_OR_END.search(page, pos)) is not None:
            if m.group() == ">":
                return m.end()
            close = page.find(m.group(), m.end())
            if close == -1:
                return -1
            pos = close + 1
        return -1

    def raw_text(self, lt: int, name: str, pos: int) -> int:
        """Go past a script or style element whose attributes start at ``pos``, keeping an
        ld+json block; returns where to go on, -1 at the page's end."""
        kind, gt = self.attributes(pos)
        if gt == -1:
            return -1
        page = self.page
        end_tag = _RAW_TEXT_END[name].search(page, gt + 1)
        content_end = end_tag.start() if end_tag else len(page)
        if name == "script" and (kind or "").split(";")[0].strip().lower() == _LD_JSON:
            self.block(lt, gt + 1, content_end)
        if end_tag is None:
            return -1
        close = page.find(">", end_tag.end())
        return -1 if close == -1 else close + 1

    def attributes(self, pos: int) -> tuple[str | None, int]:
        """The ``type`` of the tag whose attributes start at ``pos``, and where its ``>`` is
        (-1 when the page ends first)."""
        page, kind = self.page, None
        while (m := _ATTRIBUTE.match(page, pos)) is not None:
            pos = m.end()
            value: str | None = None
            if m.group(2):  # a quoted value: up to the same quote
                end = page.find(m.group(2), pos)
                if end == -1:
                    return kind, -1
                value, pos = page[pos:end], end + 1
            elif m.group(2) is not None:  # "=" then an unquoted value
                unquoted = _UNQUOTED.match(page, pos)
                end = unquoted.end() if unquoted else pos
                value, pos = page[pos:end], end
            if kind is None and m.group(1).lower() == "type":
                kind = html.unescape(value) if value and "&" in value else value or ""
        return kind, page.find(">", pos)

    def block(self, tag: int, start: int, end: int) -> None:
        raw = self.page[start:end]
        lead = len(raw) - len(raw.lstrip())
        # the block's JSON starts on the line of its first non-blank character
        line = self.line_of(start + lead if raw else tag)
        self.blocks.append(ScriptBlock(_unwrap(raw), line))


def script_blocks(page: str) -> list[ScriptBlock]:
    """Every ld+json block of the page, in order (empty ones included: the caller reports them)."""
    return _Scanner(page).run()
