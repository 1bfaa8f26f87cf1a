"""Which legacy encoding non-UTF-8 bytes are in: a choice among the encodings articles are
actually written in, made by reading each decoding as a language would be read.

Only :data:`CANDIDATES` are considered: the Windows code pages and ISO 8859 parts of
Europe and the Middle East, KOI8, Thai, and the CJK encodings. DOS and Mac code pages,
EBCDIC and the like are left out on purpose: no article is written in them today, and
among short texts they are the likeliest wrong answers (a Latin-1 ``ü`` read as cp775's
``³``). Any of them can still be named with ``encoding=``.

Each candidate that decodes the bytes is scored on a sample of the lines that hold
non-ASCII bytes (the ASCII rest reads the same in every candidate):

* each non-ASCII letter that belongs to a language's alphabet counts for that language,
  one among its most frequent letters counts more; typographic punctuation counts a
  little; a letter foreign to the language, a rare symbol, a control or box-drawing
  character counts against;
* the language's function words (:func:`~newsschema._text.language.function_word_counts`,
  the evidence the language detector weighs) count for it;
* a word that mixes scripts (``aprиs``) or switches from lower to upper case inside
  (``пРИВЕТ``) counts against the decoding whatever the language.

A decoding's score is that of the language it reads best as; the best decoding wins,
ties going to the earlier, commoner candidate. CJK alphabets come from the code tables
themselves: the first level of JIS X 0208, GB 2312 and Big5 and the KS X 1001 syllables
hold the characters of everyday text, the second levels the rare ones.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

import attrs

from newsschema._text.language import function_word_counts

__all__ = ["CANDIDATES", "MIXED", "Guess", "decode_as", "guess_encodings"]

CANDIDATES: tuple[tuple[str, str], ...] = (
    ("cp1252", "Windows Western European"),
    ("iso8859-15", "ISO Western European with the euro sign"),
    ("iso8859-1", "Latin-1"),
    ("cp1250", "Windows Central European"),
    ("iso8859-2", "ISO Central European"),
    ("cp1251", "Windows Cyrillic"),
    ("koi8-r", "KOI8 Russian"),
    ("koi8-u", "KOI8 Ukrainian"),
    ("iso8859-5", "ISO Cyrillic"),
    ("cp1253", "Windows Greek"),
    ("iso8859-7", "ISO Greek"),
    ("cp1254", "Windows Turkish"),
    ("iso8859-9", "ISO Turkish"),
    ("cp1257", "Windows Baltic"),
    ("iso8859-13", "ISO Baltic"),
    ("cp1255", "Windows Hebrew"),
    ("iso8859-8", "ISO Hebrew"),
    ("cp1256", "Windows Arabic"),
    ("cp874", "Windows Thai"),
    ("cp932", "Shift_JIS Japanese"),
    ("gb18030", "GB18030 Chinese"),
    ("euc_jp", "EUC-JP Japanese"),
    ("cp950", "Big5 Chinese"),
    ("cp949", "EUC-KR Korean"),
)
"""(Python codec, description) in order of preference when two read equally well.

Besides these, UTF-8 with a few bytes of another encoding pasted in (:data:`MIXED`) is a
candidate: those bytes are read as cp1252.

Latin-1 text reads the same in cp1252 (which only adds letters and punctuation where
Latin-1 has control characters), TIS-620 in cp874, GBK and GB 2312 in GB18030, Shift_JIS in
cp932 and EUC-KR in cp949: the larger code page is named."""

MIXED = "utf-8+cp1252"
"""The name of the candidate "UTF-8 but for a few bytes, which are cp1252"."""
_MIXED_DESCRIPTION = "UTF-8 with a few bytes of Windows Western European"
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")  # the bytes UTF-8 rejects, surrogate-escaped
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")

_SAMPLE_BYTES = 16_384
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")

# non-ASCII letters of each language (lower case; capitals are added)
_LATIN = {
    "en": "éèêëïöüçñáàâôû",
    "de": "äöüßé",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíñóúü",
    "ca": "àçéèíïòóúü",
    "it": "àèéìíîòóùú",
    "pt": "áâãàçéêíóôõú",
    "nl": "éëïöüèêáó",
    "sv": "åäöé",
    "da": "æøåé",
    "no": "æøåéô",
    "fi": "äöåšž",
    "is": "áðéíóúýþæö",
    "et": "äõöüšž",
    "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "sl": "čšž",
    "hr": "čćđšž",
    "hu": "áéíóöőúüű",
    "ro": "ăâîșşțţ",
    "sq": "çë",
    "tr": "çğıİöşüâîû",
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
}
_OTHER_SCRIPTS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    "el": "αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ",
    "he": "".join(map(chr, range(0x05B0, 0x05F5))),
    "ar": "".join(map(chr, range(0x0621, 0x0653))) + "پچژگکیٹڈڑںےہ",
    "th": "".join(map(chr, range(0x0E01, 0x0E5C))),
}
# the most frequent letters (where they are not ASCII): a decoding whose letters are these
# reads as the language, one that shuffles them (KOI8-R read as cp1251) does not
_FREQUENT = {
    "ru": "оеаинтсрвлкмдпуяы",
    "uk": "оанвиітерскулдмпя",
    "be": "аоеінтсрвлкдмуыя",
    "bg": "аоеинтрсвлкдпмзя",
    "sr": "аиоенсрјтдвклумпз",
    "mk": "аоеинтрсвлкдпмзј",
    "el": "αοιετνσςηρπυκμλάόέίή",
    "he": "יוהלארמבנתשעכד",
    "ar": "اليمنوهرتبعدفقس",
    "th": "านรอกเงมยลวดทสต่้",
    "ja": "のにはをたがでてとしいるれかなもうこまさっ日人年大一中会本出市国",
    "zh": "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下"
    "自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部",
    "zh-Hant": "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於"
    "著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部",
    "ko": "이다는의에하고가을를지서한로기도으사리자나어수있시대것일들정"
    "인그해게보아적과만제니라면주부원전상국우성",
}
# punctuation of running text in any script: counts a little for a decoding
_TYPOGRAPHIC = frozenset(
    "«»‹›‘’‚“”„–—―…•€£¥°§©®™¡¿†‡‰′″、。，．：；！？「」『』（）【】《》〈〉・～،؛؟"
)
# invisible or nearly so, and where KOI8 puts letters of other code pages: no evidence
_NEUTRAL = frozenset("\u00a0\u00ad\u2009\u200b\u3000·")
# symbols that text holds now and then, and that are what a wrong code page makes of letters
_RARE = frozenset("²³¹¼½¾±µ´×÷¶ºª¢")
# symbols that running text hardly ever holds (ISO-8859-15 has letters in their places)
_ODD = frozenset("¬¯¨¸¤¦")
_NON_LATIN = "\u0370-\u06ff\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7af\ue000-\uf8ff\uff61-\uff9f"
# a Latin letter right beside another script's: no word is written so (``aprиs``)
_SCRIPT_SWITCH = re.compile(f"[A-Za-z](?=[{_NON_LATIN}])|[{_NON_LATIN}](?=[A-Za-z])")

# weights (per character or word)
_LETTER = 1.0
_FREQUENT_BONUS = 1.0
_FOREIGN_LETTER = -1.0
_PUNCTUATION = 0.5
_RARE_SYMBOL = -1.0
_ODD_SYMBOL = -2.0
_JUNK = -2.0
_FUNCTION_WORD = 2.0
_ODD_WORD = -2.0


@attrs.frozen
class _Alphabet:
    """The letters of one language: everyday ones, rare but valid ones, frequent ones."""

    letters: frozenset[str]
    rare: frozenset[str] = frozenset()
    frequent: frozenset[str] = frozenset()


@attrs.frozen
class Guess:
    """One reading of the bytes, with how well it reads."""

    encoding: str
    description: str
    score: float
    language: str | None
    """The language the sample reads best as (by alphabet and function words)."""
    junk: int = 0
    """Non-ASCII bytes of the sample read as controls, box drawing, unassigned or
    private-use characters."""
    size: int = 0
    """Non-ASCII bytes in the sample."""

    @property
    def is_text(self) -> bool:
        """Whether the reading is text at all: hardly a byte in ten read as junk (text in an
        encoding that is not a candidate, such as a DOS code page, reads as junk)."""
        return self.junk * 10 <= self.size


def _cased(letters: str) -> frozenset[str]:
    upper = (c.upper() for c in letters)
    return frozenset(letters).union(c for c in upper if len(c) == 1)


def _table(codec: str, leads: Iterable[int], trails: Iterable[int]) -> frozenset[str]:
    """The characters of a block of a two-byte code table, decoded in one call."""
    trail_bytes = bytes(trails)
    data = b"".join(bytes((lead, t)) for lead in leads for t in trail_bytes)
    return frozenset(data.decode(codec, errors="replace")) - {"\ufffd"}


def _range(first: int, last: int) -> frozenset[str]:
    return frozenset(map(chr, range(first, last + 1)))


@functools.cache
def _alphabets() -> dict[str, _Alphabet]:
    """Every language's alphabet; built on first use (the CJK tables take a few ms)."""
    table = {
        lang: _Alphabet(_cased(letters), frequent=frozenset(_FREQUENT.get(lang, "")))
        for lang, letters in {**_LATIN, **_OTHER_SCRIPTS}.items()
    }
    cells = range(0xA1, 0xFF)
    big5_cells = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    kana = _range(0x3041, 0x3096) | _range(0x30A1, 0x30FA) | frozenset("ー々")
    hangul = _range(0xAC00, 0xD7A3)
    common_hangul = _table("euc_kr", range(0xB0, 0xC9), cells)
    table["ja"] = _Alphabet(
        kana | _table("euc_jp", range(0xB0, 0xD0), cells),
        rare=_table("euc_jp", range(0xD0, 0xF5), cells),
        frequent=frozenset(_FREQUENT["ja"]),
    )
    table["zh"] = _Alphabet(
        _table("gb2312", range(0xB0, 0xD8), cells),
        rare=_table("gb2312", range(0xD8, 0xF8), cells),
        frequent=frozenset(_FREQUENT["zh"]),
    )
    table["zh-Hant"] = _Alphabet(
        _table("cp950", range(0xA4, 0xC7), big5_cells),
        rare=_table("cp950", range(0xC9, 0xFA), big5_cells),
        frequent=frozenset(_FREQUENT["zh-Hant"]),
    )
    table["ko"] = _Alphabet(
        common_hangul,
        rare=(hangul - common_hangul) | _table("euc_kr", range(0xCA, 0xFE), cells),
        frequent=frozenset(_FREQUENT["ko"]),
    )
    return table


def sample_lines(data: bytes, budget: int = _SAMPLE_BYTES) -> bytes:
    """The lines of ``data`` that hold non-ASCII bytes, up to about ``budget`` bytes.

    Lines start at a character boundary in every candidate (no multi-byte code uses the
    newline byte); only the last line may be cut, and the incremental decoders used on
    the sample accept a cut character at its end.
    """
    if len(data) <= budget:
        return data
    parts: list[bytes] = []
    size = 0
    pos = 0
    while size < budget:
        m = _HIGH_BYTE.search(data, pos)
        if m is None:
            break
        start = data.rfind(b"\n", pos, m.start()) + 1 or pos
        end = data.find(b"\n", m.end())
        end = len(data) if end < 0 else end
        part = data[start : min(end, start + budget - size)]
        parts.append(part)
        size += len(part) + 1
        pos = end + 1
    return b"\n".join(parts)


def _cp1252(escaped: re.Match[str]) -> str:
    return escaped.group().encode("utf-8", "surrogateescape").decode("cp1252", "replace")


def decode_as(
    data: bytes, codec: str, *, final: bool = True, errors: str = "strict"
) -> tuple[str, int]:
    """``data`` decoded with ``codec`` (or as :data:`MIXED`), and how many bytes the mixed
    reading took as cp1252. Raises :class:`UnicodeDecodeError` unless ``errors`` says
    otherwise. Unless ``final``, a character cut at the end is left out."""
    if codec != MIXED:
        return codecs.getincrementaldecoder(codec)(errors).decode(data, final=final), 0
    escaped = codecs.getincrementaldecoder("utf-8")("surrogateescape").decode(data, final=final)
    repaired = sum(map(len, _ESCAPED_BYTES.findall(escaped)))  # one character per byte
    return _ESCAPED_BYTES.sub(_cp1252, escaped), repaired


def _read(sample: bytes, codec: str) -> str | None:
    try:
        return decode_as(sample, codec, final=False)[0]
    except UnicodeDecodeError:
        return None


@attrs.frozen
class _Characters:
    """What the non-ASCII characters of a reading say, per language."""

    scores: dict[str, float]
    letters: dict[str, int]
    """Per language, how many of the characters are its letters."""
    junk: int


def _characters(high: Counter[str], alphabets: dict[str, _Alphabet]) -> _Characters:
    """What the non-ASCII characters ``high`` (with their byte counts) say for each language."""
    base = 0.0
    junk = 0
    letters: dict[str, int] = {}
    for char, count in high.items():
        if char in _NEUTRAL:
            continue
        if char in _TYPOGRAPHIC:
            base += _PUNCTUATION * count
        elif char in _RARE:
            base += _RARE_SYMBOL * count
        elif char in _ODD:
            base += _ODD_SYMBOL * count
        elif unicodedata.category(char)[0] in "LMN":  # letters, marks (Thai vowels), digits
            letters[char] = count
            base += _FOREIGN_LETTER * count
        else:
            base += _JUNK * count
            junk += count
    scores = {}
    own_letters = {}
    for lang, alphabet in alphabets.items():
        own = sum(letters[c] for c in alphabet.letters.intersection(letters))
        rare = sum(letters[c] for c in alphabet.rare.intersection(letters))
        frequent = sum(letters[c] for c in alphabet.frequent.intersection(letters))
        scores[lang] = (
            base
            + (_LETTER - _FOREIGN_LETTER) * own
            - _FOREIGN_LETTER * rare
            + _FREQUENT_BONUS * frequent
        )
        own_letters[lang] = own
    return _Characters(scores, own_letters, junk)


def _case_switches(word: str) -> int:
    """Capitals right after small letters: none in a word of running text (``пРИВЕТ``)."""
    return sum(a.islower() and b.isupper() for a, b in itertools.pairwise(word))


def _read_as(text: str, codec: str, description: str) -> Guess:
    """How well ``text`` (decoded from ``codec``) reads, and the language it reads best as
    (``None`` when no letter or function word speaks for any)."""
    # weighed by the bytes each character takes, so that a two-byte code's reading and a
    # one-byte code's reading of the same bytes compare
    high = Counter(c for c in text if c >= "\x80")
    for char in high:
        high[char] *= len(char.encode("utf-8" if codec == MIXED else codec, "ignore")) or 1
    characters = _characters(high, _alphabets())
    scores = dict(characters.scores)
    evidence = dict(characters.letters)
    for lang, count in function_word_counts(text).items():
        scores[lang] = scores.get(lang, 0.0) + _FUNCTION_WORD * count
        evidence[lang] = evidence.get(lang, 0) + count
    odd = len(_SCRIPT_SWITCH.findall(text)) + sum(
        n * _case_switches(word) for word, n in Counter(text.split()).items() if not word.isascii()
    )
    lang, best = max(scores.items(), key=lambda item: item[1])
    return Guess(
        codec,
        description,
        best + _ODD_WORD * odd,
        lang if evidence.get(lang) else None,
        junk=characters.junk,
        size=high.total(),
    )


def guess_encodings(data: bytes) -> list[Guess]:
    """The candidates that decode ``data``'s sample, best reading first."""
    sample = sample_lines(data)
    seen: set[str] = set()
    guesses: list[Guess] = []
    candidates = list(CANDIDATES)
    if _UTF8_SEQUENCE.search(sample):
        # after cp1252: bytes with no UTF-8 in them read the same, and cp1252 is named
        candidates.insert(1, (MIXED, _MIXED_DESCRIPTION))
    for codec, description in candidates:
        text = _read(sample, codec)
        if text is None or text in seen:
            continue  # the same text as a commoner candidate: that one is named
        seen.add(text)
        guesses.append(_read_as(text, codec, description))
    guesses.sort(key=lambda g: -g.score)  # stable: ties keep the order of preference
    return guesses
