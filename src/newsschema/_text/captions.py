"""Images and their captions: ``![alt](url)``, linked images, and caption credits.

A credit is the photographer or agency named at the end of a caption:
``Caption. **Name / Agency**``, ``Caption (Name / Agency)``,
``Caption. Photo: Name/Agency``, ``Caption. Name/Pool via REUTERS``.
Labels such as ``Photo:``, ``Credit:``, ``Bild:`` and ``©`` are not part of it.
"""

from __future__ import annotations

import re

import attrs

from newsschema._bylines import is_agency
from newsschema._text.inline import (
    closing_bracket,
    closing_paren,
    split_target,
    strip_markup,
)
from newsschema.model import Image

__all__ = ["CaptionParts", "bold_credit", "leading_image", "split_credit"]

_LABEL = (
    r"(?:photo(?:graph)?s?|picture|image|credit|photo\s+credit|foto(?:s)?|bild(?:er)?|"
    r"crédit(?:\s+photo)?|fotografía|imagen|фото|источник\s+фото|©|\(c\)|copyright)"
)
# Searched patterns start at a character, not at white space (a leading \s* is tried from
# every position of a run of spaces), meet each run of spaces with one \s*, and bound the
# credit (a credit has at most ten words): from every "|" or ")" of a long caption, an
# unbounded credit ran on to the end. Each ends the caption, so each is looked for only in
# its last _TAIL characters.
_TAIL = 400
_LABELLED = re.compile(
    rf"(?:^|(?<=[.!?)\]]\s)|(?<=\s[|—–-]\s))\s*{_LABEL}\s*(?:[:：]\s*)?"
    r"(?P<credit>[^.:]{0,150}?[^.:\s])\s*\.?$",
    re.IGNORECASE,
)
_LEADING_LABEL = re.compile(rf"^\s*{_LABEL}\s*[:：]\s*", re.IGNORECASE)
_TRAILING_PARENS = re.compile(r"\((?P<credit>[^()]{2,80})\)\s*\.?$")
_BOLD_TAIL = re.compile(r"\*\*(?P<credit>[^*]{2,100})\*\*\s*$")
_AGENCY_HINT = re.compile(
    r"/|\bvia\b|\bfor\b|getty|reuters|afp|\bap\b|\bepa\b|shutterstock|ap photo|pool|"
    r"archiv|archive|handout|courtesy|keystone|imago|dpa|efe|anadolu|xinhua|tass|ria|sputnik|"
    r"file|stock|press|agency|agencia|agence|photo",
    re.IGNORECASE,
)


@attrs.frozen
class CaptionParts:
    caption: str | None
    credit: str | None


def _clean_credit(credit: str) -> str | None:
    credit = strip_markup(credit).strip()
    credit = _LEADING_LABEL.sub("", credit).strip(" .;,")
    return credit or None


def _credit_words_ok(credit: str, max_words: int = 10) -> bool:
    words = credit.split()
    return 1 <= len(words) <= max_words and not re.search(r"[.!?]\s+\S", credit)


def bold_credit(text: str) -> CaptionParts | None:
    """``Caption. **Name / Agency**``: the primary layout's lead caption, or ``None``."""
    if not text.rstrip().endswith("**"):
        return None
    m = _BOLD_TAIL.search(text, max(0, len(text) - _TAIL))
    if m is None:
        return None
    credit = m.group("credit").strip()
    if not _credit_words_ok(credit, 12) or credit.endswith((".", "!", "?", ":")):
        return None
    caption = strip_markup(text[: m.start()]).strip() or None
    return CaptionParts(caption, _clean_credit(credit))


def split_credit(text: str) -> CaptionParts:
    """Split a caption into its text and the credit at its end (if any)."""
    text = text.strip()
    bold = bold_credit(text)
    if bold is not None:
        return bold
    plain = strip_markup(text).strip()
    if not plain:
        return CaptionParts(None, None)
    m = _TRAILING_PARENS.search(plain, max(0, len(plain) - _TAIL))
    if m is not None:
        credit = m.group("credit").strip()
        if _credit_words_ok(credit, 8) and not re.fullmatch(r"[\d\s,.-]+", credit):
            caption = plain[: m.start()].strip() or None
            return CaptionParts(caption, _clean_credit(credit))
    m = _LABELLED.search(plain, max(0, len(plain) - _TAIL))
    if m is not None and _credit_words_ok(m.group("credit")):
        caption = plain[: m.start()].strip(" |—–-") or None
        return CaptionParts(caption, _clean_credit(m.group("credit")))
    # "… January 16, 2020. Julien De Rosa/Pool via REUTERS": a short last sentence that
    # names a photographer or agency
    cut = max(plain.rfind(". "), plain.rfind("! "), plain.rfind("? "))
    if cut != -1:
        tail = plain[cut + 2 :].strip()
        if (
            tail
            and _credit_words_ok(tail, 8)
            and not tail.endswith((".", "!", "?"))
            and (_AGENCY_HINT.search(tail) or is_agency(tail))
            and tail[:1].isupper()
        ):
            return CaptionParts(plain[: cut + 1].strip(), _clean_credit(tail))
    return CaptionParts(plain, None)


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
