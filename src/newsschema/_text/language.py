"""Which language an article is written in (BCP 47 primary tag), from its own words.

Scripts that belong to one language (Greek, Hebrew, Thai, Korean, Japanese
kana …) decide at once; for Latin and Cyrillic text the most frequent short
function words decide. It is deterministic, needs no model file, and costs a
few microseconds per article, which the statistical detectors on PyPI do not.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["detect_language", "function_word_counts"]

_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to in is that for was with on as he said it by at from his her "
        "they have has are were be this which an who their not but had been will would",
        "de": "der die und das ist nicht den von zu mit sich des auf für im dem ein eine "
        "auch es an als nach wie bei sie er wird hat noch einer wurde sind aus",
        "fr": "le la les de des et est un une du en que qui dans pour pas au sur ne se plus "
        "par il elle ce sont avec aux été cette ont mais leur",
        "es": "el la los las de del y que en un una por con para es se no su al lo como "
        "más pero sus le ha fue este esta ya entre cuando también",
        "it": "il di che la per un una non sono del della gli le nel alla è da con ha anche "
        "dei delle degli ma come più questo nella",
        "pt": "o os as de do da dos das que em um uma para com não no na se por mais foi "
        "ao pelo pela também seu sua são está",
        "nl": "de het een en van is dat op te in zijn voor met niet er aan ook als bij door "
        "maar werd wordt naar heeft hij zij",
        "sv": "och att det som en på är av för med till den har inte om ett var jag men "
        "från eller också så kan",
        "da": "og at det som en på er af for med til den har ikke om et var jeg men fra "
        "eller også så kan blev",
        "no": "og at det som en på er av for med til den har ikke om et var jeg men fra "
        "eller også så kan ble",
        "pl": "i w na z że do się nie jest to o jak po za od przez dla był być które także "
        "ale oraz jego jej",
        "cs": "a v na se je že do s z o to by k jako ale pro od jsou byl bylo které také "
        "jeho její podle",
        "ro": "și de la în cu pe că a fost un o din pentru care nu este mai sunt au ca dar prin",
        "tr": "ve bir bu da de için ile olarak çok daha ama gibi en olan sonra kadar her "
        "ancak değil",
        "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena "
        "oleh ada adalah mereka",
        "fi": "ja on ei että se oli hän mutta kun myös tai kuin ovat jo vain sen joka",
        "hu": "a az és hogy nem is egy meg van de már csak volt mint ki el ez azt",
        "ru": "и в не на что с по как из это к за от его но для же о так было она он "
        "также все при был была были уже или который которые",
        "uk": "і в не на що з по як із це до за від його але для же о так було вона він "
        "також все при був була були вже або який які та й",
        "bg": "и в на да се за от не е с по че като са това но той тя бе беше които",
        "sr": "и у на да се за од не је са по што као су то али он она био била",
    }.items()
}
_UK_LETTERS = re.compile("[іїєґІЇЄҐ]")
_RU_LETTERS = re.compile("[ыэъЫЭЪё]")
_SCRIPTS: list[tuple[str, re.Pattern[str]]] = [
    ("el", re.compile("[\u0370-\u03ff]")),
    ("he", re.compile("[\u0590-\u05ff]")),
    ("th", re.compile("[\u0e00-\u0e7f]")),
    ("ko", re.compile("[\uac00-\ud7af]")),
    ("ja", re.compile("[\u3040-\u30ff]")),
    ("hi", re.compile("[\u0900-\u097f]")),
    ("bn", re.compile("[\u0980-\u09ff]")),
    ("ka", re.compile("[\u10a0-\u10ff]")),
    ("hy", re.compile("[\u0530-\u058f]")),
    ("zh", re.compile("[\u4e00-\u9fff]")),
]
_ARABIC = re.compile("[\u0600-\u06ff]")
_PERSIAN = re.compile("[پچژگکی]")
_URDU = re.compile("[ٹڈڑںےہ]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# letters of the scripts checked one by one above (everything past Cyrillic but Arabic)
_BEYOND_CYRILLIC = re.compile(
    "[\u0530-\u05ff\u0900-\u09ff\u0e00-\u0e7f\u10a0-\u10ff"
    "\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0370-\u03ff]"
)


# each stop word with the languages that use it, so that one pass over the words scores all
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "bg", "sr"})


def _function_words(words: list[str]) -> Counter[str]:
    scores: Counter[str] = Counter()
    for word, count in Counter(words).items():
        for lang in _LANGUAGES_OF.get(word, ()):
            scores[lang] += count
    return scores


def function_word_counts(text: str) -> Counter[str]:
    """How many words of ``text`` are frequent function words of each language: the
    evidence :func:`detect_language` weighs, also used to tell which decoding of legacy
    bytes reads as a language."""
    return _function_words(text.lower().split())


def detect_language(text: str, *, sample: int = 700) -> str | None:
    """The language of ``text`` as a BCP 47 primary tag, or ``None`` when unsure."""
    text = text[:sample]
    # characters that are not white space: close enough to the letters for script shares
    total = len(text) - text.count(" ") - text.count("\n")
    if total < 20:
        return None
    ascii_only = text.isascii()
    if not ascii_only and len(_BEYOND_CYRILLIC.findall(text)) > total * 0.15:
        for lang, rx in _SCRIPTS:
            if len(rx.findall(text)) > total * 0.15:
                if lang == "zh" and _SCRIPTS[4][1].search(text):
                    return "ja"
                return lang
    arabic = 0 if ascii_only else len(_ARABIC.findall(text))
    if arabic > total * 0.25:
        if len(_URDU.findall(text)) > 3:
            return "ur"
        return "fa" if len(_PERSIAN.findall(text)) > arabic * 0.02 else "ar"
    # function words stand alone between spaces; those beside punctuation are not needed
    words = text.lower().split()
    cyrillic = not ascii_only and len(_CYRILLIC.findall(text)) > total * 0.25
    scores = _function_words(words)
    for lang in list(scores):
        if (lang in _CYRILLIC_LANGUAGES) != cyrillic:
            del scores[lang]
    if cyrillic:
        uk, ru = len(_UK_LETTERS.findall(text)), len(_RU_LETTERS.findall(text))
        if uk > ru * 2 and uk > 3:
            return "uk"
        if ru > 3 and ru >= uk:
            for other in ("uk", "bg", "sr"):
                scores.pop(other, None)
    if not scores:
        return None
    best, score = max(scores.items(), key=lambda item: (item[1], item[0] == "en"))
    if score < max(2, len(words) // 50):
        return None
    return best
