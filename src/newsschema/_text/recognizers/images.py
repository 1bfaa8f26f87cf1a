"""Images, captions and credits: the lead image in the header, images in the body.

The lead caption and credit come in many forms: on the image's line or the next,
before it or after it, as the first line under the byline with no image at all
(``Caption (Credit)``, ``Caption | Credit``, ``Caption. Photo: Credit``), or a
credit line alone (``Photo: Name``, ``Bild: dpa``, ``AP Photo/Name``) above or
below its caption.
"""

from __future__ import annotations

import re

import attrs

from newsschema._text import thresholds as limit
from newsschema._text.captions import (
    CaptionParts,
    bold_credit,
    credit_only,
    image_file,
    leading_image,
    may_have_credit,
    split_credit,
)
from newsschema._text.codes import ElementKind
from newsschema._text.context import Context, Finding
from newsschema._text.inline import strip_markup
from newsschema._text.units import Unit, UnitKind
from newsschema._text.words import emphasis_only, ends_sentence, same_text, words
from newsschema.model import Image

__all__ = [
    "body_caption_without_image",
    "body_image",
    "caption",
    "caption_without_image",
    "credit_line",
    "lead_caption",
    "lead_image",
]


def _describe(image: Image) -> str:
    parts = [p for p, v in (("caption", image.caption), ("credit", image.credit)) if v]
    return " + ".join(parts)


def _with(image: Image, parts: CaptionParts) -> Image:
    return attrs.evolve(image, caption=parts.caption or image.caption, credit=parts.credit)


def _image_at_start(text: str) -> tuple[Image, str] | None:
    """An image opening the unit (``![alt](src)``), or a unit that is an image's file name."""
    if text.startswith(("![", "[![")):
        return leading_image(text)
    if text.startswith("[") and _PLACEHOLDER.match(text):
        return Image(), ""
    named = image_file(text) if "." in text[-6:] else None
    return (named, "") if named is not None else None


_PLACEHOLDER = re.compile(r"^\[[\w%~+.]{1,60}(?:-[\w%~+.]{1,60}){1,20}\]$")
"""``[ferry-fares-rise-69173]``: where a text browser drew an image without alt text (the
name its file had, less the extension): the image is lost, its caption follows."""


def lead_image(unit: Unit, ctx: Context) -> Finding | None:
    """``![alt](src)`` in the header, with the caption that follows it on its line."""
    if unit.kind is not UnitKind.TEXT or ctx.seen.image:
        return None
    found = _image_at_start(unit.text)
    if found is None:
        return None
    image, rest = found
    if rest:
        image = _with(image, split_credit(rest, ctx.language))
    return Finding(ElementKind.LEAD_IMAGE, image=image, detail=_describe(image))


def _is_prose(unit: Unit | None) -> bool:
    """A paragraph: a text unit of several words that ends as a sentence does."""
    return (
        unit is not None
        and unit.kind in (UnitKind.TEXT, UnitKind.QUOTE, UnitKind.LIST)
        and (ends_sentence(strip_markup(unit.text)) or words(unit.text) > limit.CAPTION_WORDS)
    )


def _phrase(text: str) -> bool:
    """A caption without a credit: a short phrase, not a sentence of the story."""
    plain = strip_markup(text).strip()
    return (
        0 < words(plain) <= limit.CAPTION_WORDS
        and len(plain) <= limit.CAPTION_CHARS
        and emphasis_only(text) is None
        and not ends_sentence(plain)
    )


def _credit_next(ctx: Context) -> bool:
    """The next unit is a credit line (a caption's credit under it)."""
    nxt = ctx.next_text
    return nxt is not None and credit_only(nxt.text, ctx.language) is not None


def caption(unit: Unit, ctx: Context) -> Finding | None:
    """The caption under a lead image or a credit line: on the next line of its block, the
    alt text again, a caption with a credit, or a short phrase before the story starts."""
    seen, last = ctx.seen, ctx.last
    if unit.kind is not UnitKind.TEXT or seen.caption or last is None:
        return None
    if ctx.at(-1) is not ctx.last_unit or last.kind not in _UNDER:
        return None
    image = ctx.pending or last.image or Image()
    text = unit.text
    if credit_only(text, ctx.language, agency_ok=ctx.pending is not None) is not None:
        return None  # a credit line: the credit rule takes it
    parts = split_credit(text, ctx.language)
    if not _reads_as_caption(unit, ctx, image, parts):
        return None
    if seen.credit and parts.credit is None:
        parts = CaptionParts(strip_markup(text).strip() or None, image.credit)
    image = _with(image, parts)
    return Finding(ElementKind.CAPTION, image=image, detail=_describe(image))


_UNDER = (ElementKind.LEAD_IMAGE, ElementKind.CREDIT)
"""What a caption stands under."""


def _reads_as_caption(unit: Unit, ctx: Context, image: Image, parts: CaptionParts) -> bool:
    """In the image's block, the alt text again, a caption with a credit, or a short
    phrase before the story starts."""
    text = unit.text
    return (
        (ctx.last_unit is not None and unit.block == ctx.last_unit.block)
        or same_text(strip_markup(text), image.alt or "")
        or (parts.credit is not None and not ctx.seen.credit)
        or (_phrase(text) and (_is_prose(ctx.at(1)) or _credit_next(ctx)))
    )


def credit_line(unit: Unit, ctx: Context) -> Finding | None:
    """A photo credit alone on its line (``Photo: Name``), above or under its caption."""
    seen = ctx.seen
    if unit.kind is not UnitKind.TEXT or seen.credit or len(unit.text) > limit.CREDIT_RAW_CHARS:
        return None
    under_caption = (
        ctx.last is not None
        and ctx.last.kind in (ElementKind.CAPTION, ElementKind.LEAD_IMAGE)
        and ctx.at(-1) is ctx.last_unit
    )
    if seen.image and not (ctx.pending or under_caption):
        return None
    credit = credit_only(unit.text, ctx.language, agency_ok=ctx.pending is not None)
    if credit is None:
        return None
    return Finding(ElementKind.CREDIT, text=credit, detail=credit)


def caption_without_image(unit: Unit, ctx: Context) -> Finding | None:
    """``Caption. **Name / Agency**``, ``Caption © Agency``, ``caption Foto: Agency``: the
    lead photo's caption and credit under the byline, the photo itself not kept."""
    if unit.kind is not UnitKind.TEXT or ctx.seen.image or len(unit.text) > limit.CAPTION_CHARS:
        return None
    text = unit.text
    if not may_have_credit(text, ctx.language):
        return None
    parts = bold_credit(text, ctx.language)
    if parts is None:
        parts = split_credit(text, ctx.language)
        plain = strip_markup(text)
        if parts.credit is None or parts.caption is None or words(plain) > limit.CAPTION_WORDS * 2:
            return None
        doubled = parts.caption is not None and plain.count(parts.caption) > 1
        if plain.rstrip().endswith(")") and not (ctx.seen.meta or doubled):
            return None  # "… (AP)" closing a first paragraph is no credit (but for a
            # caption printed twice: the image's alt text, then its caption)
    if not parts.caption:
        return None
    image = Image(caption=parts.caption, credit=parts.credit)
    return Finding(ElementKind.CAPTION, image=image, detail=_describe(image))


def lead_caption(unit: Unit, ctx: Context) -> Finding | None:
    """A caption with no image and no credit: a short phrase between the byline or date
    and the story's first paragraph."""
    seen = ctx.seen
    if unit.kind is not UnitKind.TEXT or seen.caption or seen.image or not seen.meta:
        return None
    if len(unit.text) > limit.CAPTION_CHARS:
        return None
    if not _phrase(unit.text) or not _is_prose(ctx.at(1)):
        return None
    image = Image(caption=strip_markup(unit.text).strip())
    return Finding(ElementKind.CAPTION, image=image, detail="caption")


# --------------------------------------------------------------------------- body


def _body_caption(image: Image, unit: Unit, nxt: Unit, language: str | None) -> bool:
    """Whether ``nxt`` is the caption of the image on ``unit``: on the next line of its
    block, the alt text again, or a short caption with a credit (or a credit alone)."""
    text = nxt.text
    if nxt.block == unit.block or same_text(strip_markup(text), image.alt or ""):
        return True
    if bold_credit(text, language) is not None or credit_only(text, language) is not None:
        return True
    if len(text) > limit.CAPTION_CHARS:
        return False
    parts = split_credit(text, language)
    return parts.credit is not None and words(parts.caption or "") <= limit.CAPTION_WORDS


def body_image(unit: Unit, ctx: Context) -> Finding | None:
    """``![alt](src)`` in the body, with its caption on the same line or the next."""
    if unit.kind is not UnitKind.TEXT:
        return None
    found = _image_at_start(unit.text)
    if found is None:
        return None
    image, rest = found
    take = 1
    nxt = ctx.next_text
    below = nxt is not None and ctx.position + 1 < ctx.stop
    if not rest and below and nxt is not None and _body_caption(image, unit, nxt, ctx.language):
        rest, take = nxt.text, 2
    if rest:
        credit = credit_only(rest, ctx.language)
        parts = CaptionParts(None, credit) if credit else split_credit(rest, ctx.language)
        image = _with(image, parts)
    return Finding(ElementKind.IMAGE, image=image, take=take, detail=_describe(image))


def body_caption_without_image(unit: Unit, ctx: Context) -> Finding | None:
    """``Caption. **Name / Agency**`` in the body: an image whose file the text did not keep."""
    if unit.kind is not UnitKind.TEXT:
        return None
    parts = bold_credit(unit.text, ctx.language)
    if parts is None or not parts.credit or "/" not in parts.credit or not parts.caption:
        return None
    image = Image(caption=parts.caption, credit=parts.credit)
    return Finding(ElementKind.IMAGE, image=image, detail=_describe(image))
