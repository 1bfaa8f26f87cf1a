"""The truth for one tool's text: what the page said, limited to what survived in the text.

A page knows every string it printed (``sites.Shown``). A tool keeps some of them, drops
others, re-wraps lines, adds markdown, link numbers or escapes. This module finds each
printed string in the tool's text (compared without whitespace, markup or case, so that
wrapping and markdown do not matter) and writes the truth that the dev set's README
describes: a field is set only when the text shows it; body paragraphs are the
article's blocks that survived, merged where the tool ran two of them together.
"""

from __future__ import annotations

import ast
import bisect
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sites import Shown

SNIPPET = 40

# markup that tools add around text: removed before comparing (the content never uses them)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_REF = re.compile(r"\[\d{1,4}\]")  # lynx link numbers
_DROP = set("*_\\#<>`|")
_BULLET = re.compile(r"^\s*(?:[-*+•·◦]|\d{1,3}[.)])\s")


@dataclass
class Flat:
    """A text with markup and whitespace removed, and where each kept character came from."""

    raw: str
    flat: str
    index: list[int]

    def find(self, needle: str, start: int = 0) -> tuple[int, int] | None:
        """The (flat start, flat end) of ``needle`` at or after ``start``."""
        key = key_of(needle)
        if not key:
            return None
        at = self.flat.find(key, start)
        return None if at < 0 else (at, at + len(key))

    def raw_span(self, span: tuple[int, int]) -> tuple[int, int]:
        return self.index[span[0]], self.index[span[1] - 1] + 1

    def own_line(self, span: tuple[int, int]) -> bool:
        """The text at ``span`` fills its line(s): only markup or space around it."""
        start, end = self.raw_span(span)
        line_start = self.raw.rfind("\n", 0, start) + 1
        line_end = self.raw.find("\n", end)
        line_end = len(self.raw) if line_end < 0 else line_end
        before = self.raw[line_start:start]
        after = self.raw[end:line_end]
        return not key_of(before) and not key_of(after).strip(".:")


def key_of(text: str) -> str:
    """The comparison key: NFKC, case-folded, markup, link numbers and whitespace removed."""
    text = unicodedata.normalize("NFKC", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _REF.sub("", text)
    return "".join(c for c in text.casefold() if not c.isspace() and c not in _DROP)


def flatten(raw: str) -> Flat:
    """``raw`` as a ``Flat``; link targets, lynx numbers and markup removed, positions kept."""
    skip = bytearray(len(raw))
    for pattern in (_REF,):
        for m in pattern.finditer(raw):
            skip[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _MD_LINK.finditer(raw):
        # keep the link text, drop "![", "[" and "](target)"
        text_start = m.start() + (2 if raw[m.start()] == "!" else 1)
        skip[m.start() : text_start] = b"\x01" * (text_start - m.start())
        tail = m.start(1) + len(m.group(1))
        skip[tail : m.end()] = b"\x01" * (m.end() - tail)
    chars: list[str] = []
    index: list[int] = []
    for i, c in enumerate(raw):
        if skip[i]:
            continue
        for k in unicodedata.normalize("NFKC", c).casefold():
            if k.isspace() or k in _DROP:
                continue
            chars.append(k)
            index.append(i)
    return Flat(raw, "".join(chars), index)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


# --------------------------------------------------------------------------- metadata lines


def front_matter(raw: str) -> dict[str, str]:
    """The ``key: value`` lines of a YAML front matter block opening the text."""
    lines = raw.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return {}
    out: dict[str, str] = {}
    for line in lines[1:]:
        if line.strip() == "---":
            return out
        key, sep, value = line.partition(":")
        if sep:
            out[key.strip()] = _unquote(value.strip())
    return {}


def _unquote(value: str) -> str:
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    if value.startswith("[") and value.endswith("]"):
        try:
            items = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return value
        return ", ".join(str(i) for i in items)
    return value


_REPR = re.compile(
    r"datetime\.datetime\((\d{4}), (\d{1,2}), (\d{1,2})(?:, (\d{1,2}), (\d{1,2}))?"
    r"(?:, \d{1,2})?(?:, tzinfo=(?:tzoffset\(None, (-?\d+)\)|(tzutc\(\)|datetime\.timezone\.utc)))?"
)


def printed_date(value: str) -> str:
    """A date a script printed (``str()`` or ``repr()`` of a datetime) as ISO 8601."""
    m = _REPR.search(value)
    if not m:
        return value.strip()
    y, mo, d, h, mi, off, utc = m.groups()
    when = dt.datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0))
    if off is not None:
        when = when.replace(tzinfo=dt.timezone(dt.timedelta(seconds=int(off))))
    elif utc:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.isoformat()


# --------------------------------------------------------------------------- fields


@dataclass
class Found:
    kind: str
    text: str
    span: tuple[int, int]
    bulleted: bool = False


def _spans_of(flat: Flat, needle: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    while True:
        span = flat.find(needle, start)
        if span is None:
            return out
        out.append(span)
        start = span[1]


def _date_shown(flat: Flat, strings: list[str], blockers: list[str]) -> bool:
    """A date string occurs outside every occurrence of the ``blockers`` (the other date)."""
    blocked = [s for b in blockers for s in _spans_of(flat, b)]
    for s in strings:
        for span in _spans_of(flat, s):
            if not any(b[0] <= span[0] and span[1] <= b[1] for b in blocked):
                return True
    return False


def dates(shown: Shown, flat: Flat, meta: dict[str, str]) -> dict[str, Any]:
    pub = _date_shown(flat, shown.pub_strings, shown.mod_strings)
    mod = _date_shown(flat, shown.mod_strings, shown.pub_strings)
    out: dict[str, Any] = {
        "date_published": shown.pub_date if pub else None,
        "date_modified": shown.mod_date if mod else None,
        "date_time": shown.pub_iso if pub and shown.pub_zone_shown else None,
    }
    printed = meta.get("date", "")
    if printed and out["date_published"] is None and re.match(r"\d{4}-\d\d-\d\d", printed):
        # the date a tool printed is what the text shows, even where it is not the page's
        out["date_published"] = printed[:10]
    if printed and out["date_time"] is None and _same_instant(printed, shown.pub_iso):
        out["date_time"] = shown.pub_iso
    return out


def _same_instant(printed: str, iso: str) -> bool:
    try:
        a = dt.datetime.fromisoformat(printed.strip().replace(" ", "T", 1).replace("Z", "+00:00"))
        b = dt.datetime.fromisoformat(iso)
    except ValueError:
        return False
    return a.utcoffset() is not None and a == b


def authors(shown: Shown, flat: Flat, meta: dict[str, str], *, dateline: bool) -> dict[str, Any]:
    """Persons the text names outside the wire trailer; an agency byline where it is alone.

    Other accepted answers: the persons with the byline's agency, the agency a surviving
    dateline names (``LONDON (Reuters) -``), the trailer's reporters where the byline
    is gone, and the author list a tool printed where it garbles a real name.
    """
    hidden = _spans_of(flat, shown.trailer) if shown.trailer else []

    def visible(name: str) -> bool:
        return any(
            not any(h[0] <= s[0] and s[1] <= h[1] for h in hidden) for s in _spans_of(flat, name)
        )

    persons = [n for n in shown.authors if visible(n)]
    printed = meta.get("author", "")
    agency_line = bool(shown.agency) and (
        _agency_byline(flat, shown) or shown.agency.casefold() in printed.casefold()
    )
    out: dict[str, Any] = {"authors": persons}
    alternatives: list[list[str]] = []
    if persons and agency_line:
        alternatives.append([*persons, shown.agency])
    if not persons and agency_line:
        out["authors"] = [shown.agency]
    if dateline and shown.dateline_agency:
        alternatives.append([*out["authors"], shown.dateline_agency])
    if not persons and not agency_line and shown.trailer_names and hidden:
        alternatives.append(list(shown.trailer_names))
    entries = [e.strip() for e in re.split(r";|, ", printed) if e.strip()]
    garbled = [key_of(e) for e in entries] != [key_of(p) for p in persons]
    if persons and entries and garbled and all(any(p in e for e in entries) for p in persons):
        alternatives.append(entries)
    if alternatives:
        out["authors_alternatives"] = [
            a for i, a in enumerate(alternatives) if a not in alternatives[:i]
        ]
    return out


def _agency_byline(flat: Flat, shown: Shown) -> bool:
    """The agency is printed in the byline (alone, at the start of a line)."""
    if not shown.agency or shown.agency.casefold() not in shown.byline.casefold():
        return False
    spans = _spans_of(flat, shown.byline)
    if shown.authors:
        return bool(spans)
    return any(_line_start(flat, s) for s in spans)


def _line_start(flat: Flat, span: tuple[int, int]) -> bool:
    start, _ = flat.raw_span(span)
    line_start = flat.raw.rfind("\n", 0, start) + 1
    return not key_of(flat.raw[line_start:start])


def image(shown: Shown, flat: Flat) -> dict[str, Any]:
    caption = shown.caption and flat.find(shown.caption)
    credit = None
    if shown.credit:
        if shown.credit_printed and flat.find(shown.credit_printed):
            credit = shown.credit
        elif caption:
            near = flat.flat[max(0, caption[0] - 250) : caption[1] + 250]
            credit = shown.credit if key_of(shown.credit) in near else None
    return {"image_caption": shown.caption if caption else None, "image_credit": credit}


def body(shown: Shown, flat: Flat, line_based: bool) -> tuple[list[Found], list[str], bool]:
    """The surviving body paragraphs and subheadings, in order, and whether they are clean."""
    units: list[Found] = []
    heads: list[str] = []
    pos = 0
    for kind, text, items in shown.blocks:
        if kind == "h":
            span = flat.find(text, pos)
            if span and flat.own_line(span):
                heads.append(text)
                pos = span[1]
            continue
        if kind in {"ul", "ol"}:
            pos = _list_units(flat, items, pos, units)
            continue
        span = _find_block(flat, text, pos)
        if span:
            units.append(Found(kind, text, span))
            pos = span[1]
    merged, unclean = _merge(flat, units, line_based)
    return merged, heads, not unclean


def _find_block(flat: Flat, text: str, pos: int) -> tuple[int, int] | None:
    span = flat.find(text, pos)
    if span:
        return span
    # a tool may change a few characters inside (a link number, a quote mark): the two ends
    head = flat.find(text[:SNIPPET], pos)
    tail = flat.find(text[-SNIPPET:], pos)
    if head and tail and head[0] <= tail[0] and tail[1] - head[0] < len(key_of(text)) * 1.3:
        return head[0], tail[1]
    return None


def _list_units(flat: Flat, items: tuple[str, ...], pos: int, units: list[Found]) -> int:
    found: list[Found] = []
    for item in items:
        span = flat.find(item, pos)
        if not span:
            continue
        start, _ = flat.raw_span(span)
        line_start = flat.raw.rfind("\n", 0, start) + 1
        bulleted = bool(_BULLET.match(flat.raw[line_start : start + 1] + " "))
        found.append(Found("li", item, span, bulleted))
        pos = span[1]
    if found and all(f.bulleted for f in found):
        text = "\n".join(f.text for f in found)
        units.append(Found("list", text, (found[0].span[0], found[-1].span[1]), bulleted=True))
    else:
        units.extend(found)
    return pos


# tools that print one paragraph per line; the others separate paragraphs by blank lines
LINE_TOOLS = {"trafilatura-txt", "justext", "boilerpy3"}
_BLANK = re.compile(r"\n[ \t]*\n")
_LEADING = re.compile(r"^[ \t]*(?:[-*+•·◦]|\d{1,3}[.)])?[ \t]*", re.M)


def _block_bounds(raw: str, line_based: bool) -> list[int]:
    """Where each paragraph of the tool's text starts (and, last, the text's end)."""
    if line_based:
        starts = [0] + [m.end() for m in re.finditer("\n", raw)]
    else:
        starts = [0] + [m.end() for m in _BLANK.finditer(raw)]
    return [*starts, len(raw)]


def _merge(flat: Flat, units: list[Found], line_based: bool) -> tuple[list[Found], bool]:
    """The text's paragraphs holding the units, and whether the first or last is unclean.

    Units that share a paragraph of the tool's text (no line break, or no blank line
    where the tool separates paragraphs by blank lines) are one paragraph. Other text on
    the line where the first paragraph starts or the last one ends (a byline glued to
    it, a whole page on one line) makes the text unclean: its first or last 40
    characters are not the article's. Furniture on lines of its own is the reader's to
    tell apart, as in any text.
    """
    bounds = _block_bounds(flat.raw, line_based)

    def block(pos: int) -> int:
        return bisect.bisect_right(bounds, pos) - 1

    groups: list[list[Found]] = []
    for u in units:
        start = flat.raw_span(u.span)[0]
        if groups and block(start) <= block(flat.raw_span(groups[-1][-1].span)[1] - 1):
            groups[-1].append(u)
        else:
            groups.append([u])
    out = [
        Found(
            group[0].kind if len(group) == 1 else "merged",
            " ".join(u.text for u in group),
            (group[0].span[0], group[-1].span[1]),
            group[0].bulleted,
        )
        for group in groups
    ]
    if not out:
        return out, False
    first = flat.raw_span(out[0].span)[0]
    last = flat.raw_span(out[-1].span)[1]
    line_start = flat.raw.rfind("\n", 0, first) + 1
    line_end = flat.raw.find("\n", last)
    before = flat.raw[line_start:first]
    after = flat.raw[last : len(flat.raw) if line_end < 0 else line_end]
    return out, len(key_of(_LEADING.sub("", before))) > 3 or len(key_of(after)) > 3


# tools whose print script puts the title the tool found on the first line
TITLE_FIRST = {"readability-html2text", "readability-markdownify", "goose3", "newspaper4k"}


def headline(shown: Shown, flat: Flat, meta: dict[str, str], tool: str) -> str | None:
    """The title line as printed: a script's title line, front matter, or the page's h1."""
    first = flat.raw.split("\n", 1)[0].lstrip("# ").strip()
    if tool in TITLE_FIRST and first:
        return first
    if meta.get("title") and key_of(meta["title"]) == key_of(shown.headline):
        return shown.headline
    for span in _spans_of(flat, shown.headline):
        if flat.own_line(span):
            return shown.headline
    return None


def keywords(shown: Shown, flat: Flat, meta: dict[str, str]) -> list[str]:
    if shown.keywords and flat.find(shown.keywords_printed):
        return list(shown.keywords)
    tags = [t.strip() for t in meta.get("tags", "").split(",") if t.strip()]
    if tags and {key_of(t) for t in tags} == {key_of(t) for t in shown.meta_keywords}:
        return tags
    return []


def url(shown: Shown, flat: Flat, meta: dict[str, str]) -> str | None:
    if meta.get("url") == shown.url:
        return shown.url
    if shown.url_printed and flat.find(shown.url_printed):
        return shown.url
    return None


def derive(shown: Shown, raw: str, *, page_id: str, lang: str, tool: str) -> dict[str, Any]:
    """The truth record for ``raw``, the text ``tool`` made of the page ``shown`` describes."""
    flat = flatten(raw)
    meta = front_matter(raw) or printed_meta(raw)
    units, heads, clean = body(shown, flat, tool in LINE_TOOLS)
    first = norm(units[0].text) if units else ""
    last = norm(units[-1].text) if units else ""
    dateline = (
        shown.dateline_place if units and units[0].text.startswith(shown.blocks[0][1]) else None
    )
    truth: dict[str, Any] = {
        "id": page_id,
        "tool": tool,
        "headline": headline(shown, flat, meta, tool),
        **authors(shown, flat, meta, dateline=dateline is not None),
        **dates(shown, flat, meta),
        "url": url(shown, flat, meta),
        "language": lang,
        **image(shown, flat),
        "paragraph_count": len(units),
        "first_paragraph_starts": first[:SNIPPET],
        "last_paragraph_ends": last[-SNIPPET:],
        "subheadings": heads,
        "dateline_place": dateline if shown.dateline_place else None,
        "keywords": keywords(shown, flat, meta),
    }
    if shown.deck and flat.find(shown.deck):
        truth["deck"] = shown.deck
    if not clean:
        truth["unclean"] = True
    return truth


_DATE_LINE = re.compile(r"\d{4}-\d\d-\d\d(?: \d\d:\d\d:\d\d)?(?:[+-]\d\d:\d\d)?")


def printed_meta(raw: str) -> dict[str, str]:
    """The authors and date a script printed above a tool's text (newspaper4k).

    Labelled (``Authors: ...`` / ``Date: ...``) or bare: a line of names, then a line
    holding only a date, under the title.
    """
    out: dict[str, str] = {}
    lines = raw.splitlines()[:8]
    for i, line in enumerate(lines):
        key, sep, value = line.partition(":")
        label = key.strip().lower()
        if sep and label == "authors":
            out["author"] = _unquote(value.strip())
        elif sep and label in {"date", "published"}:
            out["date"] = printed_date(value)
        elif _DATE_LINE.fullmatch(line.strip()):
            out["date"] = line.strip()
            if i > 1 and lines[i - 1].strip():
                out["author"] = lines[i - 1].strip()
    return out
