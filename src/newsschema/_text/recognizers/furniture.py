"""Page furniture, wire trailers and sign-offs: lines that are not the story's text.

Furniture (share and comment lines, advertisements, newsletter calls, "Read more"
teasers, reading times) goes to ``Article.furniture``, never to the body. A wire
trailer (``Reporting by …; Editing by …``, ``(grh)``) and a sign-off (``— Name``)
close the story: the rule table decides whether trailers stay paragraphs.
"""

from __future__ import annotations

import re

from newsschema import _bylines
from newsschema._text import thresholds as limit
from newsschema._text.codes import ElementKind
from newsschema._text.context import Context, Finding
from newsschema._text.inline import parse_inline, strip_markup
from newsschema._text.labels import labels
from newsschema._text.units import Unit, UnitKind
from newsschema._text.words import unnumbered, words
from newsschema.model import FurnitureKind, Paragraph, Person

__all__ = ["furniture", "newsletter_pitch", "read_more", "sign_off", "trailer"]

_SENTENCE_INSIDE = re.compile(r"[.!?。！？]\s")
_FORM_FIELD = re.compile(r"\[[\s_]{3,80}\]")
_LINK = re.compile(r"!?\[([^\]]{0,200})\]\([^)]{0,3000}\)")
_LEFT_OVER = re.compile(r"[\w@#]{3,}")
_INITIALS = re.compile(r"^[(（][a-zäöü]{2,4}(?:[/,]\s?[a-zäöü]{2,4}){0,3}[)）]$")
_DASHES = ("-", "—", "–", "―", "\\")
_SIGN_OFF = re.compile(r"^(?:\\?[-—–―]{1,2})\s?(?P<rest>\S.*)$")
_BIO = re.compile(r"^(?P<name>[^\W\d_][^,.;:!?]{2,60}?)\s(?:is|was|ist|est|es|è)\s", re.IGNORECASE)


def _kind(plain: str, language: str | None) -> FurnitureKind | None:
    """The kind of a line that is furniture whatever stands around it."""
    found = labels(language)
    for kind, rx in found.furniture:
        if rx.match(plain):
            return kind
    if _is_share_line(plain, language):
        return FurnitureKind.SHARE
    return None


def _is_share_line(plain: str, language: str | None) -> bool:
    """A line made of share buttons only (``Share on Facebook Tweet Email``)."""
    share = labels(language).share_words
    if share.search(plain) is None:
        return False
    rest = share.sub(" ", plain)
    return len(_LEFT_OVER.findall(rest)) <= 1


_MARKS = "*_[]()#>:!.,|-–—•·\\\"'“”"


def _opens_with(text: str, starts: frozenset[str]) -> bool:
    """Whether one of the first two words of ``text`` opens a furniture label (a link
    counts by its text)."""
    head = text[:80]
    if "](" in head:
        head = _LINK.sub(r" \1 ", text[:300])
    return any(word.strip(_MARKS).casefold() in starts for word in head.split(None, 2)[:2])


def furniture(unit: Unit, ctx: Context) -> Finding | None:
    """Share, comment, newsletter and reading-time lines, advertisements, notices; the
    title of a newsletter box."""
    if unit.kind is UnitKind.HEADING:
        return _box_title(unit, ctx)
    if unit.kind not in (UnitKind.TEXT, UnitKind.LIST):
        return None
    text = unnumbered(unit.text)
    if len(text) > limit.FURNITURE_RAW_CHARS:
        return None
    if text.startswith("[") and (field := _FORM_FIELD.match(text)) is not None:
        text = text[field.end() :].strip() or text  # "[      ]Sign up": the box, its button
    if not _opens_with(text, labels(ctx.language).starts):
        # the quick test: no furniture word where one would be (a box title has it later)
        return _box_title_line(text, unit, ctx)
    # links keep their text: a line of share links is judged by what it says
    plain = strip_markup(_LINK.sub(r"\1 ", text)).strip()
    if not plain or len(plain) > limit.FURNITURE_CHARS:
        return None
    kind = _kind(plain, ctx.language)
    if kind is None:
        return _box_title_line(text, unit, ctx)
    return Finding(
        ElementKind.FURNITURE, furniture=kind, text=strip_markup(text), detail=kind.value
    )


def _box_title(unit: Unit, ctx: Context) -> Finding | None:
    """A heading that is a newsletter box's title (``Sign up for The Morning Brief``,
    ``Der Morgen-Newsletter``), or a heading that is a furniture line."""
    plain = strip_markup(unnumbered(unit.text)).strip()
    if not plain or words(plain) > limit.BOX_TITLE_WORDS:
        return None
    if labels(ctx.language).newsletter_word.search(plain):
        return _box(plain)
    kind = _kind(plain, ctx.language)
    if kind is None:
        return None
    return Finding(ElementKind.FURNITURE, furniture=kind, text=plain, detail=kind.value)


_BOX = "newsletter box"


def _box(title: str) -> Finding:
    return Finding(
        ElementKind.FURNITURE, furniture=FurnitureKind.NEWSLETTER, text=title, detail=_BOX
    )


def _box_title_line(text: str, unit: Unit, ctx: Context) -> Finding | None:
    """A newsletter box's title printed as a line of text, as text browsers print
    headings (``Der Morgen-Newsletter``): a few words, no sentence, a newsletter word
    (a line that opens with one, ``Sign up``, is its button, read before)."""
    if unit.kind is not UnitKind.TEXT or len(text) > limit.SUBHEADING_CHARS:
        return None
    plain = strip_markup(text).strip()
    if not plain or words(plain) > limit.BOX_TITLE_WORDS or plain.endswith((".", "!", "?", ":")):
        return None
    if labels(ctx.language).newsletter_word.search(plain) is None:
        return None
    return _box(plain)


def newsletter_pitch(unit: Unit, ctx: Context) -> Finding | None:
    """The sentence under a newsletter box's title (``The day's stories, in your inbox``)."""
    last = ctx.last
    if last is None or last.detail != _BOX or unit.kind is not UnitKind.TEXT:
        return None
    plain = strip_markup(unit.text).strip()
    if words(plain) > limit.BOX_PITCH_WORDS or _SENTENCE_INSIDE.search(plain.rstrip(".!?")):
        return None
    return Finding(
        ElementKind.FURNITURE,
        furniture=FurnitureKind.NEWSLETTER,
        text=plain,
        detail=FurnitureKind.NEWSLETTER.value,
    )


def read_more(unit: Unit, ctx: Context) -> Finding | None:
    """``Read more: …``, ``Lesen Sie auch``: a teaser for another article (or the heading
    of a list of them)."""
    if unit.kind not in (UnitKind.TEXT, UnitKind.HEADING):
        return None
    text = unnumbered(unit.text)
    if len(text) > limit.FOOTER_LINE_CHARS:
        return None
    m = labels(ctx.language).read_more.match(text)
    if m is None:
        return None
    plain = strip_markup(text)
    after = text[m.end() :].lstrip(" *_")
    # "Next spring, …" is a sentence: a one-word label needs a colon, a link, or nothing after
    marked = not after or after[:1] in ":：|»›>-–—[(" or "](" in text
    if " " not in m.group(0).strip(" *_") and not marked:
        return None
    if not marked and words(plain) > limit.TEASER_WORDS:
        return None
    return Finding(
        ElementKind.FURNITURE, furniture=FurnitureKind.READ_MORE, text=plain, detail="read-more"
    )


def trailer(unit: Unit, ctx: Context) -> Finding | None:
    """A wire trailer among the last units: ``(Reporting by …; Editing by …)``, ``(grh)``."""
    if unit.kind is not UnitKind.TEXT or ctx.from_end >= limit.TRAILER_UNITS:
        return None
    if len(unit.text) > limit.FURNITURE_RAW_CHARS:
        return None
    raw = unit.text.lstrip("*_")
    if not (labels(ctx.language).trailer.match(raw) or _INITIALS.match(raw.rstrip("*_"))):
        return None
    plain = strip_markup(unit.text).strip()
    if len(plain) > limit.FURNITURE_CHARS:
        return None
    content = parse_inline(unit.text.replace("\n", " "))
    return Finding(
        ElementKind.TRAILER,
        furniture=FurnitureKind.TRAILER,
        text=plain,
        block=Paragraph(content) if content else None,
    )


def sign_off(unit: Unit, ctx: Context) -> Finding | None:
    """A byline closing the story (``— Name``, ``-- By Name``, ``Name is a staff writer
    …``): the story's text still, and its author when the header named none."""
    if unit.kind is not UnitKind.TEXT or ctx.from_end >= limit.SIGN_OFF_UNITS:
        return None
    text = unit.text
    if len(text) > limit.META_LINE_CHARS * 2 and not text.startswith(_DASHES):
        return None
    plain = strip_markup(text)
    # the raw text: links after the name ("Follow @handle") are not part of it
    dashed = _SIGN_OFF.match(text)
    found = None
    if dashed is not None and len(plain) <= limit.META_LINE_CHARS:
        rest = _LINK.sub("", dashed.group("rest")).strip() or dashed.group("rest")
        found = _bylines.parse_byline(rest, language=ctx.language) or _bylines.parse_byline(
            "By " + rest, language=ctx.language
        )
    elif words(plain) <= limit.SIGN_OFF_BIO_WORDS and plain.count(". ") == 0:
        bio = _BIO.match(plain)
        if bio is not None and _bylines.looks_like_name(bio.group("name"), ctx.language):
            found = _bylines.Byline((Person(bio.group("name")),))
    if found is None or not found.persons:
        return None
    content = parse_inline(text.replace("\n", " "))
    return Finding(
        ElementKind.PARAGRAPH,
        block=Paragraph(content) if content else None,
        byline=found,
        sign_off=True,
        detail="sign-off: " + ", ".join(found.names()),
    )
