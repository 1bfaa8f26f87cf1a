"""Which language an article is written in (BCP 47 primary tag), from its own words.

Scripts that belong to one language (Greek, Hebrew, Thai, Korean, Japanese
kana, Burmese …) decide at once; for Latin and Cyrillic text the most frequent
short function words decide, as each language's lexicon lists them
(:mod:`newsschema._lexicons`). It is deterministic, needs no model file, and
costs a few microseconds per article, which the statistical detectors on PyPI
do not.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter

from newsschema import _lexicons

__all__ = ["detect_language", "function_word_counts"]

_UK_LETTERS = re.compile("[іїєґІЇЄҐ]")
_RU_LETTERS = re.compile("[ыэъЫЭЪё]")
# the scripts of the longest texts first (a count is a scan); Korean and kana before Han,
# which Korean and Japanese text also hold
_SCRIPTS: list[tuple[str, re.Pattern[str]]] = [
    ("ko", re.compile("[\uac00-\ud7af]+")),
    ("ja", re.compile("[\u3040-\u30ff]+")),
    ("zh", re.compile("[\u4e00-\u9fff]+")),
    ("el", re.compile("[\u0370-\u03ff]+")),
    ("he", re.compile("[\u0590-\u05ff]+")),
    ("th", re.compile("[\u0e00-\u0e7f]+")),
    ("lo", re.compile("[\u0e80-\u0eff]+")),
    ("my", re.compile("[\u1000-\u109f]+")),
    ("km", re.compile("[\u1780-\u17ff]+")),
    ("hi", re.compile("[\u0900-\u097f]+")),
    ("bn", re.compile("[\u0980-\u09ff]+")),
    ("pa", re.compile("[\u0a00-\u0a7f]+")),
    ("gu", re.compile("[\u0a80-\u0aff]+")),
    ("ta", re.compile("[\u0b80-\u0bff]+")),
    ("te", re.compile("[\u0c00-\u0c7f]+")),
    ("kn", re.compile("[\u0c80-\u0cff]+")),
    ("ml", re.compile("[\u0d00-\u0d7f]+")),
    ("si", re.compile("[\u0d80-\u0dff]+")),
    ("ka", re.compile("[\u10a0-\u10ff]+")),
    ("am", re.compile("[\u1200-\u137f]+")),
    ("hy", re.compile("[\u0530-\u058f]+")),
]
_ARABIC = re.compile("[\u0600-\u06ff]+")
_PERSIAN = re.compile("[پچژگکی]")
_URDU = re.compile("[ٹڈڑںےہ]")
_CYRILLIC = re.compile("[\u0400-\u04ff]+")
# letters of the scripts checked one by one above (everything past Cyrillic but Arabic)
_BEYOND_CYRILLIC = re.compile(
    "[\u0370-\u03ff\u0530-\u05ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff"
    "\u1200-\u137f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+"
)
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "bg", "sr"})
_SCRIPT_SHARE = 0.15
_ARABIC_SHARE = 0.25
_MIN_CHARACTERS = 20


@functools.cache
def _languages_of() -> dict[str, tuple[str, ...]]:
    """Each stop word with the languages that use it, so that one pass scores them all."""
    out: dict[str, tuple[str, ...]] = {}
    for code in _lexicons.LANGUAGES:
        lex = _lexicons.own(code)
        for word in lex.stopwords if lex is not None else ():
            out[word] = (*out.get(word, ()), code)
    return out


def _count(rx: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the runs ``rx`` matches hold (runs, not single
    characters, are matched: a script's text is a few long runs, quick to collect)."""
    return sum(map(len, rx.findall(text)))


def _by_script(text: str, total: int) -> str | None:
    """The language of a script that belongs to one language, when it makes the text."""
    if _count(_BEYOND_CYRILLIC, text) <= total * _SCRIPT_SHARE:
        return None
    for lang, rx in _SCRIPTS:
        if _count(rx, text) > total * _SCRIPT_SHARE:
            # kana among the Chinese characters: Japanese
            if lang == "zh" and re.search("[\u3040-\u30ff]", text):
                return "ja"
            return lang
    return None


def _by_arabic_script(text: str, total: int) -> str | None:
    arabic = _count(_ARABIC, text)
    if arabic <= total * _ARABIC_SHARE:
        return None
    if len(_URDU.findall(text)) > 3:
        return "ur"
    return "fa" if len(_PERSIAN.findall(text)) > arabic * 0.02 else "ar"


def _cyrillic_letters(text: str, scores: Counter[str]) -> str | None:
    """Letters only Ukrainian or only Russian writes decide between them."""
    uk, ru = len(_UK_LETTERS.findall(text)), len(_RU_LETTERS.findall(text))
    if uk > ru * 2 and uk > 3:
        return "uk"
    if ru > 3 and ru >= uk:
        for other in ("uk", "bg", "sr"):
            scores.pop(other, None)
    return None


def _function_words(words: list[str]) -> Counter[str]:
    # each function word's languages, counted in one pass
    return Counter(itertools.chain.from_iterable(filter(None, map(_languages_of().get, words))))


def function_word_counts(text: str) -> Counter[str]:
    """How many words of ``text`` are frequent function words of each language: the
    evidence :func:`detect_language` weighs, also used to tell which decoding of legacy
    bytes reads as a language."""
    return _function_words(text.lower().split())


def _by_words(text: str, cyrillic: bool) -> str | None:
    # function words stand alone between spaces; those beside punctuation are not needed
    words = text.lower().split()
    scores = _function_words(words)
    for lang in list(scores):
        if (lang in _CYRILLIC_LANGUAGES) != cyrillic:
            del scores[lang]
    if cyrillic and (decided := _cyrillic_letters(text, scores)) is not None:
        return decided
    if not scores:
        return None
    best, score = max(scores.items(), key=lambda item: (item[1], item[0] == "en"))
    if score < max(2, len(words) // 50):
        return None
    return best


def detect_language(text: str, *, sample: int = 700) -> str | None:
    """The language of ``text`` as a BCP 47 primary tag, or ``None`` when unsure."""
    text = text[:sample]
    # characters that are not white space: close enough to the letters for script shares
    total = len(text) - text.count(" ") - text.count("\n")
    if total < _MIN_CHARACTERS:
        return None
    # scripts and Cyrillic lie outside the Western code page: a text (nearly) all inside it
    # is Latin, decided by its words
    if text.isascii() or len(text) - len(text.encode("cp1252", "ignore")) <= total * _SCRIPT_SHARE:
        return _by_words(text, cyrillic=False)
    found = _by_script(text, total) or _by_arabic_script(text, total)
    if found is not None:
        return found
    cyrillic = _count(_CYRILLIC, text) > total * _ARABIC_SHARE
    return _by_words(text, cyrillic)
