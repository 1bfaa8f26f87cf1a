"""The footer, read from the end: canonical URL, keywords, "Read more" links, copyright."""

from __future__ import annotations

import re

from newsschema._text.inline import strip_markup
from newsschema._text.state import ReadState, normal_url
from newsschema._text.units import Unit, UnitKind

__all__ = ["READ_MORE", "is_footer_line", "parse_keywords", "read_footer"]

# Each run of white space is matched by one \s* only: two adjacent ones (around an optional
# marker) split a long run in quadratically or cubically many ways before failing.
_URL = r"<?(?P<url>(?:https?://|www\.)[^\s<>]+?)>?"
_URL_LABEL = re.compile(
    r"^(?:\*\*|__)?(?:original\s+(?:url|link|article)|source(?:\s+url)?|canonical(?:\s+url)?|url|"
    r"permalink|link|article\s+url|originally\s+published\s+at|quelle|fuente|source\s+originale|"
    r"источник|оригинал|fonte)(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?(?:" + _URL + r"\s*)?\.?$",
    re.IGNORECASE,
)
_BARE_URL = re.compile(r"^" + _URL + r"$")
_MD_URL = re.compile(r"^\[(?P<text>[^\]]*)\]\((?P<url>https?://[^)\s]+)\)$")
_KEYWORDS = re.compile(
    r"^(?:\*\*|__)?(?P<label>tags|topics|keywords|related\s+topics|schlagwörter|schlagworte|themen|"
    r"stichwörter|mots[- ]clés|sujets|thèmes|etiquetas|temas|palabras\s+clave|теги|темы|"
    r"ключевые\s+слова|tag|argomenti|parole\s+chiave|trefwoorden|onderwerpen|tagi|tematy)"
    r"(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?(?P<value>\S.*)$",
    re.IGNORECASE,
)
READ_MORE = re.compile(
    r"^(?:\*\*|__)?(?:read\s+more|read\s+also|related(?:\s+articles?|\s+stories|\s+coverage)?|"
    r"see\s+also|more\s+on\s+this(?:\s+story)?|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|"
    r"lire\s+aussi|à\s+lire\s+aussi|voir\s+aussi|lee\s+también|leer\s+más|lea\s+también|"
    r"seguir\s+leyendo|mira\s+también|читайте\s+также|читайте\s+по\s+теме|смотрите\s+также|"
    r"leggi\s+anche|leia\s+também|lees\s+ook|czytaj\s+także|czytaj\s+też)\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)


# the three as one pattern (their groups unnamed), for the check made on every short line
_FOOTER_LINE = re.compile(
    re.sub(
        r"\(\?P<\w+>",
        "(?:",
        "|".join(f"(?:{rx.pattern})" for rx in (_BARE_URL, _URL_LABEL, _KEYWORDS)),
    ),
    re.IGNORECASE,
)


def is_footer_line(line: str) -> bool:
    """A URL label, a keywords line or a bare URL: never part of a wrapped paragraph."""
    return _FOOTER_LINE.match(line) is not None


def _footer_url(text: str) -> str | None:
    m = _BARE_URL.match(text) or _MD_URL.match(text)
    return normal_url(m.group("url")) if m else None


def parse_keywords(value: str) -> list[str]:
    """``a, b, c`` (or ``;`` / ``|`` separated, or ``#a #b``) -> keywords, duplicates dropped."""
    value = strip_markup(value)
    if "#" in value and "," not in value:
        parts = [p.lstrip("#") for p in value.split()]
    else:
        sep = ";" if ";" in value and "," not in value else ("|" if "|" in value else ",")
        parts = value.split(sep)
    out: list[str] = []
    for raw in parts:
        part = raw.strip(" .·•")
        if part and part.casefold() not in {k.casefold() for k in out}:
            out.append(part)
    return out


def _take_url(state: ReadState, url: str, unit: Unit) -> None:
    state.url = state.url or url
    state.element("url", unit)


def _footer_step(state: ReadState, units: list[Unit], i: int, last: bool) -> int:
    """How many units (ending at ``i``) the footer element at ``i`` takes; 0 when none."""
    unit = units[i]
    text = unit.text.strip()
    label = _URL_LABEL.match(text)
    if label:
        if label.group("url"):
            _take_url(state, normal_url(label.group("url")), unit)
        else:
            state.element("url label", unit)
        return 1
    url = _footer_url(text)
    if url is not None and i > 0 and _URL_LABEL.match(units[i - 1].text.strip()):
        _take_url(state, url, unit)
        state.element("url label", units[i - 1])
        return 2
    if url is not None and last:
        _take_url(state, url, unit)
        return 1
    keywords = _KEYWORDS.match(text)
    if keywords and len(text) < 1000:
        found = parse_keywords(keywords.group("value"))
        state.add_keywords(found)
        state.element("keywords", unit, ", ".join(found))
        return 1
    if _COPYRIGHT.match(text) and len(text) < 300:
        state.copyright = state.copyright or strip_markup(text)
        state.element("copyright", unit)
        return 1
    if READ_MORE.match(text) and len(text) < 300:
        state.element("read more (left out)", unit, strip_markup(text)[:60])
        return 1
    return 0


def read_footer(state: ReadState, units: list[Unit]) -> int:
    """Take footer units from the end; returns the index where the footer starts."""
    i = len(units) - 1
    while i >= 0 and units[i].kind is UnitKind.TEXT:
        taken = _footer_step(state, units, i, last=i == len(units) - 1)
        if not taken:
            break
        i -= taken
    return i + 1
