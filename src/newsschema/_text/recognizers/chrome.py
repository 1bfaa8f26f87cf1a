"""Page chrome: what a whole page saved as text prints around the story.

A text browser or a converter run on a whole page (``w3m -dump``, ``lynx -dump``,
``html2text`` of the page rather than of its article) prints the site's name, its
menus and breadcrumbs, consent banners, lists of other stories and the footer's links
around the article. They are navigation and notices (``Article.furniture``), never
the headline or the story's text. Each test is on the unit's shape (a list of links,
a list of one- or two-word items, segments between ``›``) or on the lexicon's words
(``Impressum``, ``Accept all``, cookies), never on a site.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from newsschema._text import thresholds as limit
from newsschema._text.codes import ElementKind
from newsschema._text.context import Context, Finding, Zone
from newsschema._text.inline import strip_markup
from newsschema._text.labels import labels
from newsschema._text.recognizers.meta import is_meta_line
from newsschema._text.units import Unit, UnitKind
from newsschema._text.words import words
from newsschema.model import FurnitureKind

__all__ = ["breadcrumb", "consent", "navigation", "related_list", "section_link"]

_MD_LINK = re.compile(r"!?\[[^\[\]]{0,300}\]\([^()\s]{0,2000}\)")
_TARGET = re.compile(r"\]\((?P<url>[^()\s]{0,2000})\)")
_REF = re.compile(r"\[\d{1,5}\]")
"""A text browser's link number (``[12]Home``)."""
_BARE_URL = re.compile(r"^(?:\d{1,5}\.\s)?(?:https?|file|ftp)://\S+$")
_BUTTON = "(button)"
"""How a text browser prints a form's button (``(BUTTON) Accept all``)."""
_CRUMB = re.compile(r"\s(?:›|»|>|→|/|\||::)\s")
_SEPARATORS = " |·•/,;:-–—>»›→*_()[]"
_TERMINAL = (".", "!", "?", "…", "。", "！", "？", ":", "：")
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)|[。！？]")


def _furniture(kind: FurnitureKind, unit: Unit, detail: str) -> Finding:
    text = strip_markup(_REF.sub("", unit.text)).strip()
    return Finding(ElementKind.FURNITURE, furniture=kind, text=text, detail=detail)


def _no_words(text: str) -> bool:
    return not any(c.isalnum() for c in text)


def links_only(text: str) -> int:
    """How many links ``text`` is made of when it is links and separators only (Markdown
    links, or links a text browser numbered: ``[3]Home [4]News``); 0 otherwise."""
    text = text.strip()
    if "](" in text:
        rest, count = _MD_LINK.subn(" ", text)
        return count if count and _no_words(rest) else 0
    if text.startswith("[") and _REF.match(text):
        parts = _REF.split(text)[1:]
        if all(0 < words(part) <= limit.LINK_WORDS for part in parts):
            return len(parts)
    return 0


def _menu_item(item: str) -> bool:
    """A menu entry: one to a few words, no sentence."""
    plain = strip_markup(_REF.sub("", item)).strip()
    return 0 < words(plain) <= limit.MENU_ITEM_WORDS and not plain.endswith(_TERMINAL)


def _menu(unit: Unit | None) -> bool:
    """A list of section names (links or not) or of link addresses: a menu. A list of
    longer links (story titles) is a menu only under a label (:func:`related_list`)."""
    if unit is None or unit.kind is not UnitKind.LIST or len(unit.items) < limit.MENU_ITEMS:
        return False
    if all(_BARE_URL.match(item.strip()) for item in unit.items):
        return True
    return all(map(_menu_item, unit.items))


def _phrases(text: str, table: frozenset[str], longest: int) -> int:
    """How many phrases of ``table`` ``text`` is made of, read left to right, the longest
    first (links count by their text); 0 when a word is not in one of them."""
    vocabulary = _vocabulary(table)
    if "<" not in text and not all(w in vocabulary for w in _plain_words(text)):
        return 0  # the quick test: a word that stays as it is in the plain text is in none
    plain = strip_markup(_REF.sub(" ", text)).casefold()
    tokens = [t for t in (w.strip(_SEPARATORS) for w in plain.split()) if t]
    count = i = 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            if " ".join(tokens[i : i + size]) in table:
                i += size
                count += 1
                break
        else:
            return 0
    return count


def _plain_words(text: str) -> Iterator[str]:
    """The words of ``text`` made of letters alone (markup never is, nor touches them):
    each is a word of its plain text too (what an HTML tag holds aside)."""
    return (w.casefold() for w in text.split() if w.isalpha())


@functools.lru_cache(maxsize=64)
def _vocabulary(table: frozenset[str]) -> frozenset[str]:
    """Every word of the phrases of ``table``."""
    return frozenset(word for phrase in table for word in phrase.split())


def _site_links(text: str, language: str | None) -> int:
    found = labels(language)
    return _phrases(text, found.site_links, found.site_link_words)


def _before_story(ctx: Context) -> bool:
    """In the header, before the headline and the byline: where a page's top chrome is."""
    return ctx.zone is Zone.HEADER and not (ctx.seen.headline or ctx.seen.meta)


def _at_edge(ctx: Context) -> bool:
    return ctx.zone is Zone.FOOTER or _before_story(ctx)


def navigation(unit: Unit, ctx: Context) -> Finding | None:
    """Menus, link lists and the site's own links: a list of links, a list of one- or
    two-word entries above the headline (and the site's name above it), a line of links
    only, a line of the lexicon's site links (``Impressum Datenschutz Kontakt``), a text
    browser's list of link addresses."""
    if unit.kind is UnitKind.LIST:
        if ctx.zone is Zone.BODY:
            return None  # a list of links in the story is the story's (a roundup)
        if _at_edge(ctx) and _menu(unit):
            return _furniture(FurnitureKind.NAVIGATION, unit, "navigation: menu")
        if ctx.zone is Zone.FOOTER and all(_site_links(i, ctx.language) for i in unit.items):
            return _furniture(FurnitureKind.NAVIGATION, unit, "navigation: site links")
        return None
    text = unit.text
    count = links_only(text) if ctx.zone is not Zone.BODY else 0
    if count >= 2 or (count and ctx.zone is Zone.FOOTER):
        return _furniture(FurnitureKind.NAVIGATION, unit, "navigation: links")
    if count and _before_story(ctx) and _to_home(text):
        return _furniture(FurnitureKind.NAVIGATION, unit, "navigation: site name")
    sites = _site_links(text, ctx.language)
    if sites >= 2 or (sites and _at_edge(ctx)):
        return _furniture(FurnitureKind.NAVIGATION, unit, "navigation: site links")
    if _before_story(ctx) and _site_name(unit, ctx):
        return _furniture(FurnitureKind.NAVIGATION, unit, "navigation: site name")
    return None


def _to_home(text: str) -> bool:
    """A link to a site's front page (its name or logo), not to a story."""
    target = _TARGET.search(text)
    if target is None:
        return False
    path = target.group("url").split("://", 1)[-1].partition("/")[2]
    return path.strip("/#") == ""


def _site_name(unit: Unit, ctx: Context) -> bool:
    """A few words right above the site's menu: its name."""
    plain = strip_markup(_REF.sub("", unit.text)).strip()
    if not 0 < words(plain) <= limit.SITE_NAME_WORDS or plain.endswith(_TERMINAL):
        return False
    return _menu(ctx.at(1))


def section_link(unit: Unit, ctx: Context) -> Finding | None:
    """A link alone to the story's section (``[Sport](…)``) among the header's lines."""
    if ctx.zone is not Zone.HEADER or ctx.seen.prose or links_only(unit.text) != 1:
        return None
    plain = strip_markup(_REF.sub("", unit.text)).strip()
    if not _menu_item(plain):
        return None
    return _furniture(FurnitureKind.NAVIGATION, unit, "navigation: section")


def breadcrumb(unit: Unit, ctx: Context) -> Finding | None:
    """``Home › News › Local``: where the page stands in the site."""
    if not _before_story(ctx) or len(unit.text) > limit.BREADCRUMB_CHARS:
        return None
    plain = strip_markup(_REF.sub("", unit.text)).strip()
    if ":" in plain or "：" in plain:
        return None  # "Photo: Agency / Name" is a credit
    parts = _CRUMB.split(plain)
    low, high = limit.BREADCRUMB_PARTS
    if not low <= len(parts) <= high:
        return None
    if not all(0 < words(p) <= limit.MENU_ITEM_WORDS + 1 for p in parts):
        return None
    if plain.endswith(_TERMINAL) or is_meta_line(plain, ctx.language):
        return None  # "May 2, 2023 | 10:00" is a date line
    return _furniture(FurnitureKind.NAVIGATION, unit, "navigation: breadcrumb")


def consent(unit: Unit, ctx: Context) -> Finding | None:
    """A consent banner at the top or the end of a page: a short text about cookies, and
    its buttons (``Accept all``, ``Alle akzeptieren``; ``(BUTTON) …`` in a text browser)."""
    text = unit.text.strip()
    low = text.casefold()
    if _BUTTON in low and (low.startswith(_BUTTON) or len(text) <= limit.FURNITURE_CHARS):
        return _furniture(FurnitureKind.NOTICE, unit, "notice: button")
    if ctx.zone is Zone.BODY or len(text) > limit.CONSENT_CHARS:
        return None
    found = labels(ctx.language)
    if _phrases(text, found.consent, found.consent_words):
        return _furniture(FurnitureKind.NOTICE, unit, "notice: consent")
    if any(word in low for word in found.cookies) and _sentences(text) <= limit.CONSENT_SENTENCES:
        return _furniture(FurnitureKind.NOTICE, unit, "notice: cookies")
    return None


def _sentences(text: str) -> int:
    return len(_SENTENCE_END.findall(text)) or 1


def related_list(unit: Unit, ctx: Context) -> Finding | None:
    """The list of other stories under ``More stories``, ``Mehr aus dem Ressort``."""
    if unit.kind is not UnitKind.LIST:
        return None
    above = ctx.at(-1)
    if above is None or above.kind is UnitKind.LIST or len(above.text) > limit.FOOTER_LINE_CHARS:
        return None
    label = strip_markup(above.text).strip()
    if not labels(ctx.language).read_more.match(label) or words(label) > limit.TEASER_WORDS:
        return None
    return _furniture(FurnitureKind.READ_MORE, unit, "read-more: list")
