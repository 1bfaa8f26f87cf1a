"""Small predicates on text that several recognizers share."""

from __future__ import annotations

import re

from newsschema._text.inline import parse_inline

__all__ = [
    "TERMINAL",
    "emphasis_only",
    "ends_sentence",
    "is_upper_word",
    "normal_url",
    "same_text",
    "starts_lower",
    "unnumbered",
    "words",
]

TERMINAL = (
    ".",
    "!",
    "?",
    "…",
    ":",
    ";",
    '"',
    "'",
    "”",
    "’",
    "»",
    ")",
    "]",
    "*",
    "_",
    "。",
    "！",
    "？",
)
"""Characters a finished sentence (or a quoted one) may end with."""

_EMPHASIS_ONLY = re.compile(
    r"^(?:\*\*|__)(?P<b>.+)(?:\*\*|__)$|^[*_](?P<i>[^*_].*[^*_]|[^*_])[*_]$", re.DOTALL
)
_UNSPACED = re.compile("[\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


_LINK_NUMBER = re.compile(r"\[\d{1,5}\]")


def unnumbered(text: str) -> str:
    """``text`` without the numbers a text browser puts before links (``[12]Home``)."""
    return _LINK_NUMBER.sub("", text) if "[" in text else text


def words(text: str) -> int:
    return len(text.split())


def unspaced(text: str) -> bool:
    """Written in a script without spaces between words (Chinese, Japanese, Thai, Burmese)."""
    return _UNSPACED.search(text) is not None


def is_upper_word(word: str) -> bool:
    if not word.isupper():
        return False  # the quick test: a lower-case letter, or no cased letter at all
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def starts_lower(text: str) -> bool:
    first = text.lstrip()[:1]
    return first.isalpha() and first.islower()


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def same_text(a: str, b: str) -> bool:
    """Equal but for punctuation, spacing and case."""

    def fold(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return bool(a) and bool(b) and fold(a) == fold(b)


def emphasis_only(text: str) -> str | None:
    """The inner text when the whole unit is bold or italic, else ``None``."""
    if _EMPHASIS_ONLY.match(text.strip()) is None:
        return None
    spans = parse_inline(text)
    if not spans or not all(s.em or s.strong for s in spans):
        return None
    return "".join(s.text for s in spans).strip()


def normal_url(url: str) -> str:
    url = url.strip().rstrip(".,;")
    if url.startswith("www."):
        url = "https://" + url
    return url
