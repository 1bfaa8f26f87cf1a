"""The ``<script type="application/ld+json">`` blocks of a saved web page (private).

The standard library's ``html.parser`` is enough: script content arrives as
raw text, and the parser gives the line where each block starts. (lxml stays
in the NITF module, its owner.)
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

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


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.blocks: list[ScriptBlock] = []
        self._parts: list[str] | None = None
        self._line = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "script":
            return
        kind = next((value or "" for name, value in attrs if name == "type"), "")
        if kind.split(";")[0].strip().lower() == _LD_JSON:
            self._parts = []
            self._line = self.getpos()[0]

    def handle_data(self, data: str) -> None:
        if self._parts is not None:
            if not self._parts:
                self._line = self.getpos()[0]
            self._parts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._finish()

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![`` that opens no marked section html.parser knows (``<![Cx``): a bogus
        comment up to the next ``>``, as browsers read it (html.parser raises
        AssertionError there)."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def close(self) -> None:
        super().close()
        self._finish()  # a page cut off inside its last script block

    def _finish(self) -> None:
        if self._parts is None:
            return
        raw = "".join(self._parts)
        # the block's JSON starts on the line of its first non-blank character
        lead = len(raw) - len(raw.lstrip())
        line = self._line + raw.count("\n", 0, lead)
        self.blocks.append(ScriptBlock(_unwrap(raw), line))
        self._parts = None


def script_blocks(page: str) -> list[ScriptBlock]:
    """Every ld+json block of the page, in order (empty ones included: the caller reports them)."""
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector.blocks
