"""Small facts every format derives the same way (private, no third-party imports):
an image's MIME type from its URL, the holder and year of a printed copyright notice,
and the people a natural-language byline (ninjs and NewsML-G2 ``by``) names.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newsschema._bylines import has_prefix, parse_byline
from newsschema.model import Organization, Person

__all__ = ["by_line", "copyright_holder", "copyright_parts", "mime_type", "read_by"]

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
    path = urlsplit(url).path.lower()
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
