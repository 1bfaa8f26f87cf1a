"""Images and their captions: ``![alt](url)``, linked images, and caption credits.

A credit is the photographer or agency named at the end of a caption, or on a
line of its own: ``Caption. **Name / Agency**``, ``Caption (Name / Agency)``,
``Caption | Agency``, ``Caption. Photo: Name/Agency``, ``caption Foto: Agency``,
``Caption © Agency``, ``Caption. Name/Pool via REUTERS``, and alone
``Photo: Name``, ``Bild: Agency``, ``AP Photo/Name``, ``Getty Images``. The labels
(``Photo:``, ``Credit:``, ``Bild:``, ``Фото:``, ``©`` …) come from each language's
lexicon and are not part of the credit.
"""

from __future__ import annotations

import functools
import re

import attrs

from newsschema._bylines import is_agency
from newsschema._lexicons import lexicon, words_pattern
from newsschema._lexicons.agencies import PHOTO_AGENCIES
from newsschema._text import thresholds as limit
from newsschema._text.inline import closing_bracket, closing_paren, split_target, strip_markup
from newsschema._text.labels import labels
from newsschema.model import Image

__all__ = [
    "CaptionParts",
    "bold_credit",
    "credit_only",
    "image_file",
    "leading_image",
    "may_have_credit",
    "split_credit",
    "undoubled",
]

# A credit ends its caption, so a credit pattern is searched only in the caption's last
# _TAIL characters: searched from every ")" or "**" of a long text, each try ran on to the end.
_TAIL = 400
_TRAILING_PARENS = re.compile(r"\s?[(（](?P<credit>[^()（）]{2,80})[)）]\s?\.?$")
_BOLD_TAIL = re.compile(r"\s?\*\*(?P<credit>[^*]{2,100})\*\*\s?$")
_PIPE_TAIL = re.compile(r"\s[|｜]\s(?P<credit>[^|｜]{2,80})$")
_NUMBERS = re.compile(r"[\d\s,.-]+")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")
_PHOTO_AGENCY = re.compile(
    r"(?<!\w)(?:" + words_pattern(PHOTO_AGENCIES) + r")(?!\w)", re.IGNORECASE
)
_WORD = re.compile(r"\w+")
# the first word of every photo agency: a line with none of them names none (a quick test
# before the pattern, which is slow to search)
_PHOTO_AGENCY_WORDS = frozenset(_WORD.findall(a.casefold())[0] for a in PHOTO_AGENCIES)
_MARKUP = re.compile(r"[*_\[\]\\&<]")
_CREDIT_HINT = re.compile(r"/|\bvia\b|\bfor\b", re.IGNORECASE)


@attrs.frozen
class CaptionParts:
    caption: str | None
    credit: str | None


@attrs.frozen
class _Patterns:
    labelled: re.Pattern[str]
    """A label and a credit ending a caption: ``… . Photo: Name``, ``… Foto: Name``."""
    leading: re.Pattern[str]
    """A label opening a credit (``Photo:``), dropped from it."""
    alone: re.Pattern[str]
    """A credit line: ``Photo: Name``, ``Photo (cc) : Name``, ``© Name``."""
    label_word: re.Pattern[str]
    """A photo label anywhere, before a colon."""


@functools.lru_cache(maxsize=32)
def _patterns(language: str | None) -> _Patterns:
    label = rf"(?:{labels(language).photo}|©|\(c\))"
    # "Photo by Name", "Foto von Name": the byline's word after the label
    by = rf"(?:{words_pattern(lexicon(language).by)})\s"
    return _Patterns(
        labelled=re.compile(
            # after a sentence or a separator any label; after a word only a capitalised
            # label with its colon ("… 2021.gada janvāris Foto: REUTERS")
            rf"(?:(?<=[.!?)\]]\s)|(?<=\s[|—–-]\s)|^){label}\s?(?:\(cc\)\s?)?[:：]?\s?(?:{by})?"
            r"(?P<credit>[^.:]+?)\s?\.?$"
            r"|(?<=\s)(?:©|(?P<word>(?-i:[A-ZÀ-ÞА-ЯЁ])\w*)\s?[:：])\s?(?P<credit2>[^.:]+?)\s?\.?$",
            re.IGNORECASE,
        ),
        leading=re.compile(rf"^\s?{label}\s?(?:\(cc\)\s?)?[:：]\s?", re.IGNORECASE),
        label_word=re.compile(
            rf"(?<!\w)(?:{labels(language).photo})\s?(?:\(cc\)\s?)?[:：]", re.IGNORECASE
        ),
        alone=re.compile(
            rf"^(?:{label})\s?(?:\(cc\)\s?)?(?:[:：]\s?|\s{by})(?P<credit>\S.*)$"
            r"|^(?:©|\(c\))\s?(?P<mark>\S.*)$",
            re.IGNORECASE,
        ),
    )


def _clean_credit(credit: str, language: str | None) -> str | None:
    credit = strip_markup(credit).strip()
    credit = _patterns(language).leading.sub("", credit).strip(" .;,")
    return credit or None


def _credit_words_ok(credit: str, max_words: int = limit.CREDIT_WORDS) -> bool:
    words = credit.split()
    return 1 <= len(words) <= max_words and not _SENTENCE_INSIDE.search(credit)


def bold_credit(text: str, language: str | None = None) -> CaptionParts | None:
    """``Caption. **Name / Agency**``: the primary layout's lead caption, or ``None``."""
    if not text.rstrip().endswith("**"):
        return None
    m = _BOLD_TAIL.search(text, max(0, len(text) - _TAIL))
    if m is None:
        return None
    credit = m.group("credit").strip()
    if not _credit_words_ok(credit, limit.CREDIT_BOLD_WORDS) or credit.endswith(
        (".", "!", "?", ":")
    ):
        return None
    caption = strip_markup(text[: m.start()]).strip() or None
    return CaptionParts(caption, _clean_credit(credit, language))


def _labelled_credit(plain: str, language: str | None) -> CaptionParts | None:
    m = _patterns(language).labelled.search(plain)
    if m is None:
        return None
    credit = m.group("credit") or m.group("credit2")
    if not _credit_words_ok(credit):
        return None
    word = m.group("word")
    if word is not None and _patterns(language).leading.match(word + ":") is None:
        return None  # the capitalised word before the colon is no photo label
    caption = plain[: m.start()].strip(" |—–-") or None
    return CaptionParts(caption, _clean_credit(credit, language))


def _tail_credit(plain: str, language: str | None) -> CaptionParts | None:
    """``Caption (Name / Agency)``, ``Caption | Agency``."""
    m = _TRAILING_PARENS.search(plain)
    if m is not None:
        credit = m.group("credit").strip()
        if _credit_words_ok(credit, limit.CREDIT_PARENS_WORDS) and not _NUMBERS.fullmatch(credit):
            caption = plain[: m.start()].strip() or None
            return CaptionParts(caption, _clean_credit(credit, language))
    m = _PIPE_TAIL.search(plain)
    if m is not None and _credit_like(m.group("credit")):
        return CaptionParts(
            plain[: m.start()].strip() or None, _clean_credit(m["credit"], language)
        )
    return None


def _sentence_credit(plain: str, language: str | None) -> CaptionParts | None:
    """``… January 16, 2020. Julien De Rosa/Pool via REUTERS``: a short last sentence that
    names a photographer or agency."""
    cut = max(plain.rfind(". "), plain.rfind("! "), plain.rfind("? "))
    if cut == -1:
        return None
    tail = plain[cut + 2 :].strip()
    if (
        tail
        and _credit_words_ok(tail, limit.CREDIT_PARENS_WORDS)
        and not tail.endswith((".", "!", "?"))
        and (_CREDIT_HINT.search(tail) or _names_photo_agency(tail) or is_agency(tail))
        and tail[:1].isupper()
    ):
        return CaptionParts(plain[: cut + 1].strip(), _clean_credit(tail, language))
    return None


def may_have_credit(text: str, language: str | None = None) -> bool:
    """A quick test: ``False`` when ``text`` surely holds no credit (no bold, no
    parentheses or bar at its end, no copyright sign, no photo label, no agency)."""
    tail = text.rstrip()[-3:]
    if "**" in tail or ")" in tail or "）" in tail or "|" in text or "©" in text or "/" in text:
        return True
    if ("：" in text or ":" in text) and _patterns(language).label_word.search(text) is not None:
        return True  # a photo label before its colon
    return _names_photo_agency(text)


def _names_photo_agency(text: str) -> bool:
    """Whether a photo agency's name stands anywhere in ``text``."""
    if _PHOTO_AGENCY_WORDS.isdisjoint(_WORD.findall(text.lower())):
        return False
    return _PHOTO_AGENCY.search(text) is not None


@functools.lru_cache(maxsize=4096)  # a pure function of the line: asked again by rules
def split_credit(text: str, language: str | None = None) -> CaptionParts:
    """Split a caption into its text and the credit at its end (if any)."""
    text = text.strip()
    bold = bold_credit(text, language)
    if bold is not None:
        return bold
    plain = strip_markup(text).strip()
    if not plain:
        return CaptionParts(None, None)
    if len(plain) > limit.CAPTION_CHARS:
        return CaptionParts(plain, None)  # no caption is this long: its end is no credit
    parts = (
        _labelled_credit(plain, language)
        or _tail_credit(plain, language)
        or _sentence_credit(plain, language)
        or CaptionParts(plain, None)
    )
    once = undoubled(parts.caption) if parts.caption else None
    return CaptionParts(once, parts.credit) if once is not None else parts


def undoubled(caption: str) -> str | None:
    """``A. A.``: a text browser printed the image's alt text and then its caption, the
    same words; the caption once, or ``None`` when it is not printed twice."""
    folded = " ".join(caption.split())
    half = len(folded) // 2
    if len(folded) % 2 == 0 or folded[half] != " " or folded[:half] != folded[half + 1 :]:
        return None
    return folded[:half]


def _credit_like(text: str) -> bool:
    """A short name-like credit: capitalised, no sentence, few words."""
    text = text.strip()
    return (
        bool(text)
        and (text[0].isupper() or text[0].isdigit())
        and _credit_words_ok(text, limit.CREDIT_PARENS_WORDS)
        and not text.endswith(("!", "?", ":"))
    )


@functools.lru_cache(maxsize=4096)  # a pure function of the line: asked again by rules
def credit_only(
    text: str,
    language: str | None = None,
    *,
    labelled_only: bool = False,
    agency_ok: bool = False,
) -> str | None:
    """The credit when ``text`` is a photo credit alone (``Photo: Name``, ``Bild: dpa``,
    ``© Agency``, ``AP Photo/Name``, ``dpa / Name``, ``Getty Images``), else ``None``. With
    ``labelled_only`` the credit must carry a label; with ``agency_ok`` a news agency's
    name alone is a credit too (under a photo; elsewhere it is a byline)."""
    # markup first: a credit line in bold or with a link is read from its plain text
    plain = strip_markup(text).strip() if _MARKUP.search(text) else text.strip()
    if not plain or len(plain) > limit.CREDIT_CHARS:
        return None
    m = _patterns(language).alone.match(plain)
    if m is not None:
        credit = (m.group("credit") or m.group("mark") or "").strip(" .;,")
        return credit if _credit_words_ok(credit) else None
    if labelled_only or not _credit_like(plain) or plain.endswith("."):
        return None
    if _PHOTO_AGENCY.match(plain) or (agency_ok and is_agency(plain)):
        return plain  # "Getty Images", "AP Photo/Name"
    sides = [side.strip() for side in re.split(r"/|\bvia\b", plain)]
    if len(sides) == 2 and all(sides) and any(_agency_side(side) for side in sides):
        return plain  # "dpa / Name", "Name/AFP", "Name via Getty Images": agency and photographer
    return None


def _agency_side(text: str) -> bool:
    return is_agency(text) or _PHOTO_AGENCY.fullmatch(text) is not None


_IMAGE_FILE = re.compile(
    r"^[\w%~+.-]{1,120}\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|svg|heic)$", re.IGNORECASE
)


def image_file(text: str) -> Image | None:
    """A line that is only an image's file name (``photo.JPG``): where a page's image
    stood when the tool that saved it kept no more of it."""
    return Image(url=text) if _IMAGE_FILE.match(text) else None


@functools.lru_cache(maxsize=4096)  # a pure function of the line: asked again by rules
def leading_image(text: str) -> tuple[Image, str] | None:
    """An image at the start of ``text`` (``![alt](src)`` or ``[![alt](src)](href)``) and
    the text after it; ``None`` when ``text`` does not start with an image."""
    s = text.lstrip()
    linked = s.startswith("[![")
    start = 1 if linked else 0
    if not s.startswith("![", start):
        return None
    close = closing_bracket(s, start + 1)
    if close == -1 or close + 1 >= len(s) or s[close + 1] != "(":
        return None
    end = closing_paren(s, close + 1)
    if end == -1:
        return None
    alt = strip_markup(s[start + 2 : close].replace("\n", " ")).strip() or None
    src, title = split_target(s[close + 2 : end])
    rest = s[end + 1 :]
    if linked:
        if not rest.startswith("]("):
            return None
        outer = closing_paren(rest, 1)
        if outer == -1:
            return None
        rest = rest[outer + 1 :]
    image = Image(url=src, alt=alt, caption=title or None)
    return image, rest.strip()
