"""YAML-style front matter as extraction tools write it.

Those tools write flat ``key: value`` lines: plain or quoted scalars, lists
as ``[a, b]`` or ``['a', 'b']`` or ``- item`` lines, and values such as
descriptions that a strict YAML parser rejects (an unquoted ``: `` inside).
This reader is tolerant of exactly that and nothing more, so a stray colon in
a description never costs the whole header.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from newsschema import _bylines, _dates
from newsschema._text.codes import WarningCode
from newsschema._text.draft import Draft
from newsschema._text.inline import clean_text
from newsschema._text.words import normal_url
from newsschema.model import Image, Organization, Person

__all__ = ["FrontMatter", "apply_front_matter", "publisher_from", "read_front_matter"]

_KEY = re.compile(r"^([A-Za-z_][\w.-]*)\s*:(?:\s+(.*)|\s*)$")
_FENCE = "---"
_MAX_LINES = 200


@attrs.frozen
class FrontMatter:
    """Keys (lower-cased) with their values and line numbers; ``end`` is the closing fence line."""

    values: dict[str, str | tuple[str, ...]]
    lines: dict[str, int]
    start: int
    end: int

    def text(self, *keys: str) -> str | None:
        """The first of ``keys`` that has a non-empty value, as one string."""
        for key in keys:
            value = self.values.get(key)
            if isinstance(value, tuple):
                value = ", ".join(value)
            if value:
                return value
        return None

    def items(self, *keys: str) -> tuple[str, ...]:
        """The first of ``keys`` that has a value, as a list (split on ``;`` or ``,``)."""
        for key in keys:
            value = self.values.get(key)
            if isinstance(value, tuple) and value:
                return value
            if isinstance(value, str) and value:
                sep = ";" if ";" in value else ","
                return tuple(p.strip() for p in value.split(sep) if p.strip())
        return ()

    def line(self, key: str) -> int:
        return self.lines.get(key, self.start)


# YAML's escapes in double-quoted scalars; an unknown one stays as written
_ESCAPE = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", re.DOTALL)
_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
    "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
    "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip


def _unescape(m: re.Match[str]) -> str:
    code = m.group()[1:]
    if len(code) > 1:
        point = int(code[1:], 16)
        # a lone surrogate or a code point past Unicode cannot be written as UTF-8
        return "\ufffd" if 0xD800 <= point <= 0xDFFF or point > 0x10FFFF else chr(point)
    return _ESCAPES.get(code, m.group())


# one item of a flow list: double-quoted, single-quoted ('' for a quote) or plain
_FLOW_ITEM = re.compile(
    r"""\s*(?:(?P<double>"(?:[^"\\]|\\.)*")|'(?P<single>(?:[^']|'')*)'|(?P<plain>[^,]*))\s*(?:,|$)""",
    re.DOTALL,
)


def _double_quoted(raw: str) -> str:
    """``"…"`` with its escapes read (in one pass: no parser for Python literals, which
    takes thousands of times longer and can nest without limit)."""
    inner = raw[1:-1]
    return _ESCAPE.sub(_unescape, inner) if "\\" in inner else inner


def _scalar(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        if raw[0] == '"':
            return _double_quoted(raw)
        return raw[1:-1].replace("''", "'")
    if raw in {"~", "null", "None"}:
        return ""
    return raw


def _flow_list(raw: str) -> tuple[str, ...] | None:
    """``[a, 'b, c', "d"]`` -> its items, read in one pass (a list of 300,000 items given
    to ast.literal_eval took seconds, and a nested one raised MemoryError)."""
    raw = raw.strip()
    if not (raw.startswith("[") and raw.endswith("]")):
        return None
    inner, pos, items = raw[1:-1], 0, []
    while pos < len(inner) and (m := _FLOW_ITEM.match(inner, pos)) is not None:
        if m["double"] is not None:
            item = _double_quoted(m["double"]).strip()
        elif m["single"] is not None:
            item = m["single"].replace("''", "'").strip()
        else:
            item = _scalar(m["plain"])
        if item:
            items.append(item)
        pos = m.end()
    return tuple(items)


def read_front_matter(lines: list[str]) -> FrontMatter | None:
    """Front matter at the top of ``lines`` (blank lines before it allowed), or ``None``.

    Line numbers are 1-based indexes into ``lines``.
    """
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines) or lines[start].strip() != _FENCE:
        return None
    values: dict[str, str | tuple[str, ...]] = {}
    where: dict[str, int] = {}
    current: str | None = None
    for index in range(start + 1, min(len(lines), start + 1 + _MAX_LINES)):
        line = lines[index].rstrip()
        if line.strip() in {_FENCE, "..."}:
            if not values:
                return None
            return FrontMatter(values, where, start + 1, index + 1)
        if not line.strip():
            continue
        m = _KEY.match(line)
        if m and not line[0].isspace():
            current = m.group(1).lower()
            raw = m.group(2) or ""
            listed = _flow_list(raw)
            values[current] = listed if listed is not None else _scalar(raw)
            where[current] = index + 1
            continue
        item = re.match(r"^\s*-\s+(.*)$", line)
        if item and current is not None:
            previous = values.get(current)
            items = previous if isinstance(previous, tuple) else ()
            values[current] = (*items, _scalar(item.group(1)))
            continue
        if current is not None and line[0].isspace():
            # a folded continuation of the previous value
            previous = values.get(current)
            if isinstance(previous, str):
                values[current] = f"{previous} {line.strip()}".strip()
            continue
        return None  # not front matter after all: a line that is neither key nor item
    return None


# --------------------------------------------------------------------------- applying it

_DATE_KEYS = (
    ("date", "published"),
    ("published", "published"),
    ("date_published", "published"),
    ("datepublished", "published"),
    ("modified", "modified"),
    ("updated", "modified"),
    ("date_modified", "modified"),
    ("datemodified", "modified"),
    ("lastmod", "modified"),
)
_USED = frozenset(
    {key for key, _ in _DATE_KEYS}
    | {
        "title", "author", "authors", "url", "canonical", "link", "hostname", "sitename",
        "site_name", "publisher", "categories", "category", "section", "tags", "keywords",
        "description", "summary", "excerpt", "lang", "language", "image", "subtitle", "deck",
    }
)  # fmt: skip


def _apply_dates(state: Draft, fm: FrontMatter) -> None:
    for key, kind in _DATE_KEYS:
        value = fm.text(key)
        if not value:
            continue
        parsed: dt.date | None
        try:
            parsed = _dates.from_iso_basic(value)  # extended or basic ISO 8601
        except ValueError:
            parsed = _dates.parse_date(value, state.language)
        if parsed is None:
            state.warn(
                WarningCode.FRONT_MATTER_DATE,
                f"front matter {key}: {value!r} is not a date",
                fm.line(key),
            )
        elif kind == "published" and state.published is None:
            state.published = parsed
        elif kind == "modified" and state.modified is None:
            state.modified = parsed


def apply_front_matter(state: Draft, fm: FrontMatter) -> None:
    """Front matter wins over what the text shows: take its values first."""
    title = fm.text("title")
    if title:
        state.headline = clean_text(title).strip()
    state.subheadline = fm.text("subtitle", "deck")
    lang = fm.text("lang", "language")
    if lang and re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", lang):
        state.language = lang.replace("_", "-")
    for name in fm.items("author", "authors"):
        byline = _bylines.parse_byline(
            name, require_prefix=False, language=state.language
        ) or _bylines.parse_byline("By " + name, language=state.language)
        if byline is not None:
            state.add_byline(byline)
        else:
            state.authors.append(Person(clean_text(name).strip()))
    _apply_dates(state, fm)
    url = fm.text("url", "canonical", "link")
    if url:
        state.url = normal_url(url)
    state.add_keywords(fm.items("tags", "keywords"))
    image = fm.text("image")
    if image:
        state.lead_image = Image(url=image)
    state.section = fm.text("categories", "category", "section")
    description = fm.text("description", "summary", "excerpt")
    state.description = clean_text(description).strip() or None if description else None
    for key in fm.values:
        if key not in _USED:
            state.warn(
                WarningCode.FRONT_MATTER_KEY, f"front matter key {key!r} is not used", fm.line(key)
            )


def publisher_from(fm: FrontMatter | None) -> Organization | None:
    """The site the front matter names (``sitename``, ``hostname``) as the publisher."""
    if fm is None:
        return None
    name = fm.text("sitename", "site_name", "publisher")
    host = fm.text("hostname")
    url = None
    if host:
        host = host.strip().rstrip("/")
        url = host if host.startswith(("http://", "https://")) else "https://" + host
    if not name and not url:
        return None
    return Organization(name=clean_text(name or host or "").strip(), url=url)
