"""Small facts every format derives the same way (private, no third-party imports but
attrs): an image's MIME type from its URL, the holder and year of a printed copyright
notice, the people a natural-language byline (ninjs and NewsML-G2 ``by``) names, and an
article without the characters a format cannot hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from newsschema._bylines import has_prefix, parse_byline
from newsschema._uri import uri_path
from newsschema.model import Article, Organization, Person

__all__ = [
    "by_line",
    "clean_article",
    "clean_xml_chars",
    "copyright_holder",
    "copyright_parts",
    "drop_lone_surrogates",
    "has_xml_chars_only",
    "mime_type",
    "read_by",
]

Cleaner = Callable[[str], tuple[str, list[str]]]
"""Text -> (the text without what a format cannot hold, what was removed as ``U+XXXX``)."""
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# XML 1.0 "Char": tab, newline, carriage return, and everything from U+0020 but
# the surrogates and U+FFFE/U+FFFF.
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_MIME_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".jpe": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".svg": "image/svg+xml",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".bmp": "image/bmp",
    ".heic": "image/heic",
}
_COPYRIGHT_NOISE = re.compile(
    r"©|\(c\)|\bcopyright\b|\ball rights reserved\b\.?"
    r"|(?<![0-9])[0-9]{4}(?:\s*[-\u2013]\s*[0-9]{4})?(?![0-9])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![0-9])([0-9]{4})(?![0-9])")
# the end of a sentence: the holder's name is the notice's first sentence, and what follows
# (``This material may not be published …``) is a restriction, not part of the name
_SENTENCE_END = re.compile(r"[.!?;](?=\s)")
# a full stop that does not end the holder's name: after an initial (``A. B. Media``), a
# title (``St. Louis``), or a company form followed by another (``Example Co. Ltd.``)
_TITLES = frozenset({"st", "dr", "mr", "mrs", "ms", "prof", "mt", "ft", "jr", "sr"})
_COMPANY_FORMS = frozenset(
    {"inc", "ltd", "co", "corp", "llc", "llp", "plc", "pty", "bv", "nv", "sa", "ag", "kg", "gmbh",
     "spa", "srl", "oy", "bros", "intl", "cie"}
)  # fmt: skip


def mime_type(url: str) -> str | None:
    """The image MIME type a URL's file extension names, or ``None``."""
    path = uri_path(url).lower()
    dot = path.rfind(".")
    return _MIME_TYPES.get(path[dot:]) if dot >= 0 else None


def _word(text: str) -> str:
    return text.replace(".", "").replace(",", "").lower()


def _first_sentence(text: str) -> str:
    """The text up to the first full stop that ends a sentence (white space is single)."""
    for m in _SENTENCE_END.finditer(text):
        before = _word(text[text.rfind(" ", 0, m.start()) + 1 : m.start()])
        after_start = m.end() + 1
        after_end = text.find(" ", after_start)
        after = _word(text[after_start : after_end if after_end >= 0 else len(text)])
        if len(before) <= 1 or before in _TITLES:
            continue
        if text[m.start()] == "." and before in _COMPANY_FORMS and after in _COMPANY_FORMS:
            continue
        return text[: m.start()]
    return text


def copyright_parts(notice: str) -> tuple[str | None, str | None]:
    """(holder, year) read from a printed notice such as ``© 2022 The Moscow Times``.

    The holder is the notice's first sentence without the copyright sign, years and
    ``All rights reserved``; a restriction that follows (``The Associated Press. This
    material may not be published …``) is not part of it.
    """
    years = _YEAR.findall(notice)
    holder = " ".join(_COPYRIGHT_NOISE.sub(" ", notice).split())
    holder = _first_sentence(holder.lstrip(" \t,.;:|-\u2013\u2014"))
    holder = holder.strip(" \t,.;:|-\u2013\u2014")
    return holder or None, years[-1] if years else None


def copyright_holder(notice: str) -> str | None:
    """The holder named in a printed copyright notice, or ``None``."""
    return copyright_parts(notice)[0]


def by_line(names: list[str]) -> str | None:
    """``A``, ``A and B``, ``A, B and C``: names as the ``by`` statement of ninjs and
    NewsML-G2 (language-neutral: no ``By``)."""
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def read_by(text: str) -> tuple[list[Person], list[Organization]]:
    """The people and agencies a ``by`` statement names (``Jane Doe and John Roe``,
    ``By A, Reuters``); the whole text as one name when it reads as no byline."""
    parsed = parse_byline(text, require_prefix=False)
    if parsed is None and not has_prefix(text):
        parsed = parse_byline(f"By {text}")
    if parsed is None or not (parsed.persons or parsed.organizations):
        return [Person(text.strip())], []
    return list(parsed.persons), list(parsed.organizations)


def clean_xml_chars(text: str) -> tuple[str, list[str]]:
    """``text`` without the characters XML 1.0 cannot hold, and those removed (as ``U+0001``)."""
    removed = [f"U+{ord(ch):04X}" for ch in _NOT_XML_CHAR.findall(text)]
    if not removed:
        return text, []
    return _NOT_XML_CHAR.sub("", text), removed


def has_xml_chars_only(text: str) -> bool:
    """Whether XML 1.0 (and so an XHTML-compatible HTML body) can hold every character."""
    return _NOT_XML_CHAR.search(text) is None


def drop_lone_surrogates(text: str) -> tuple[str, list[str]]:
    """``text`` without lone surrogates (read from a JSON ``\\ud800`` escape: no UTF-8 text
    holds them), and those removed."""
    removed = [f"U+{ord(ch):04X}" for ch in _LONE_SURROGATE.findall(text)]
    return (_LONE_SURROGATE.sub("", text), removed) if removed else (text, [])


def _cleaned(value: object, where: str, clean: Cleaner, cannot: str, warnings: list[str]) -> object:
    if isinstance(value, str):
        text, removed = clean(value)
        if removed:
            shown = ", ".join(sorted(set(removed)))
            warnings.append(f"{where}: removed {len(removed)} character(s) {cannot} ({shown})")
        return text
    if isinstance(value, tuple):
        return tuple(
            _cleaned(item, f"{where}[{i}]", clean, cannot, warnings) for i, item in enumerate(value)
        )
    if attrs.has(type(value)):
        instance: Any = value  # a model class; mypy cannot narrow object to "an attrs class"
        changes = {
            field.name: _cleaned(
                getattr(instance, field.name),
                f"{where}.{field.name}" if where else field.name,
                clean,
                cannot,
                warnings,
            )
            for field in attrs.fields(type(instance))
        }
        return attrs.evolve(instance, **changes)
    return value  # dates, numbers, booleans, None


def clean_article(article: Article, clean: Cleaner, cannot: str) -> tuple[Article, list[str]]:
    """The article with ``clean`` applied to every text, and a warning for each field that
    lost characters (``body[3].content[0].text: removed 1 character(s) {cannot} (U+0007)``).

    A walk over every field: formats call it only when writing the article as it is failed.
    """
    warnings: list[str] = []
    result = _cleaned(article, "", clean, cannot, warnings)
    if not isinstance(result, Article):  # pragma: no cover - evolve keeps the class
        raise TypeError(f"expected an Article, got {type(result).__name__}")
    return result, warnings
