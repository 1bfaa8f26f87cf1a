"""The footer, read from the end: canonical URL, keywords, copyright, and the blog
footer's byline and time (``Posted by A at 5:11 AM``).

In the footer a finding's ``take`` counts this unit and the ones before it.
"""

from __future__ import annotations

import re

from newsschema._text import thresholds as limit
from newsschema._text.captions import credit_only
from newsschema._text.codes import ElementKind
from newsschema._text.context import Context, Finding
from newsschema._text.inline import strip_markup
from newsschema._text.labels import labels
from newsschema._text.recognizers.meta import byline, byline_and_date, date
from newsschema._text.units import Unit, UnitKind
from newsschema._text.words import normal_url, unnumbered
from newsschema.model import FurnitureKind

__all__ = [
    "copyright_line",
    "footer_byline",
    "footer_date",
    "is_footer_line",
    "keywords",
    "orphan_credit",
    "parse_keywords",
    "url",
]

_BARE_URL = re.compile(r"^<?(?P<url>(?:https?://|www\.)[^\s<>]+)>?$")
_MD_URL = re.compile(r"^\[(?P<text>[^\]]{0,500})\]\((?P<url>https?://[^)\s]+)\)$")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)


def is_footer_line(line: str, language: str | None = None) -> bool:
    """A URL label, a keywords line or a bare URL: never part of a wrapped paragraph."""
    found = labels(language)
    return bool(
        _BARE_URL.match(line) or found.url_line.match(line) or found.keywords_line.match(line)
    )


def _footer_url(text: str) -> str | None:
    m = _BARE_URL.match(text) or _MD_URL.match(text)
    return normal_url(m.group("url")) if m else None


def parse_keywords(value: str) -> list[str]:
    """``a, b, c`` (or ``;`` / ``|`` separated, or ``#a #b``) -> keywords, duplicates dropped."""
    value = strip_markup(unnumbered(value))
    for comma in "、，":  # CJK commas
        value = value.replace(comma, ",")
    if "#" in value and "," not in value:
        parts = [p.lstrip("#") for p in value.split()]
    else:
        sep = ";" if ";" in value and "," not in value else ("|" if "|" in value else ",")
        parts = value.split(sep)
    out: list[str] = []
    seen: set[str] = set()
    for raw in parts:
        part = raw.strip(" .·•")
        if part and part.casefold() not in seen:
            out.append(part)
            seen.add(part.casefold())
    return out


def url(unit: Unit, ctx: Context) -> Finding | None:
    """``Original url: <…>``, ``Source: …``, a URL under its label, or a bare URL last."""
    if unit.kind is not UnitKind.TEXT:
        return None
    text = unit.text
    label = labels(ctx.language).url_line.match(text)
    if label is not None:
        if label.group("url"):
            return Finding(ElementKind.URL, url=normal_url(label.group("url").rstrip(">")))
        return Finding(ElementKind.URL_LABEL)
    found = _footer_url(text)
    if found is None:
        return None
    above = ctx.at(-1)
    if above is not None and labels(ctx.language).url_line.match(above.text.strip()):
        return Finding(ElementKind.URL, url=found, take=2, detail="under its label")
    if ctx.position == len(ctx.units) - 1:
        return Finding(ElementKind.URL, url=found)
    return None


def keywords(unit: Unit, ctx: Context) -> Finding | None:
    """``Tags: a, b``, ``Schlagwörter: …``, ``Labels: …``."""
    if unit.kind is not UnitKind.TEXT or len(unit.text) > limit.KEYWORDS_LINE_CHARS:
        return None
    m = labels(ctx.language).keywords_line.match(unit.text)
    if m is None:
        return None
    found = tuple(parse_keywords(m.group("value")))
    return Finding(ElementKind.KEYWORDS, keywords=found, detail=", ".join(found))


def copyright_line(unit: Unit, _ctx: Context) -> Finding | None:
    text = unit.text
    if unit.kind is not UnitKind.TEXT or len(text) > limit.FOOTER_LINE_CHARS:
        return None
    if not _COPYRIGHT.match(text):
        return None
    return Finding(ElementKind.COPYRIGHT, text=strip_markup(text))


def footer_byline(unit: Unit, ctx: Context) -> Finding | None:
    """``Posted by A at 5:11 AM`` under a blog post: its byline (and time)."""
    return byline_and_date(unit, ctx) or byline(unit, ctx)


def footer_date(unit: Unit, ctx: Context) -> Finding | None:
    """A date line at the end (``*[5:11 AM]: 2016-12-23T05:11:00-05:00``)."""
    return date(unit, ctx)


def orphan_credit(unit: Unit, ctx: Context) -> Finding | None:
    """``Photo (cc): Name`` at the end: a credit whose photo the text did not keep."""
    if unit.kind is not UnitKind.TEXT:
        return None
    credit = credit_only(unit.text, ctx.language, labelled_only=True)
    if credit is None:
        return None
    return Finding(
        ElementKind.FURNITURE,
        furniture=FurnitureKind.CREDIT,
        text=strip_markup(unit.text).strip(),
        detail="credit",
    )
