"""The labels of each language as patterns: photo credits, URL and tag labels, furniture.

Built once per language from :mod:`newsschema._lexicons`; the recognizers ask
:func:`labels` for the article's language and match whole lines. No pattern here
has two unbounded quantifiers side by side: each runs in linear time.
"""

from __future__ import annotations

import functools
import re

import attrs

from newsschema import _lexicons
from newsschema.model import FurnitureKind

__all__ = ["Labels", "labels"]

_BOLD = r"(?:\*\*|__)?"
_URL = r"<?(?P<url>(?:https?://|www\.)[^\s<>]+)>?"
_GAP = r"\s{0,3}"


def _alt(words: tuple[str, ...]) -> str:
    return _lexicons.words_pattern(words) or "(?!)"


@attrs.frozen
class Labels:
    """Whole-line patterns of one language (with every other language's words after its own)."""

    photo: str
    """The photo labels as a regex alternation, for the caption patterns."""
    url_line: re.Pattern[str]
    """``Original url: <https://…>``, ``Source:`` (the URL on this line or the next)."""
    keywords_line: re.Pattern[str]
    source_name: re.Pattern[str]
    """``来源：新华网`` at the end of a date line: the outlet the article comes from."""
    read_more: re.Pattern[str]
    furniture: tuple[tuple[FurnitureKind, re.Pattern[str]], ...]
    """Lines that are furniture whatever stands around them, by kind."""
    share_words: re.Pattern[str]
    newsletter_word: re.Pattern[str]
    """A newsletter word anywhere, a compound's last part too (``Morgen-Newsletter``)."""
    empty_meta: re.Pattern[str]
    """A byline or date label with no value (``Authors: []``, ``Published: None``), as a
    script prints a field it did not find."""
    starts: frozenset[str]
    """The first word of every furniture and share label: a quick test before the others."""
    trailer: re.Pattern[str]
    kickers: frozenset[str]
    cookies: tuple[str, ...]
    """Words of a consent banner, matched inside the casefolded text."""
    consent: frozenset[str]
    """A consent banner's buttons, casefolded whole lines."""
    consent_words: int
    """The most words in one of :attr:`consent`."""
    site_links: frozenset[str]
    """A site's header and footer links, casefolded."""
    site_link_words: int
    """The most words in one of :attr:`site_links`."""


@functools.lru_cache(maxsize=32)
def labels(language: str | None) -> Labels:
    full = _lexicons.lexicon(language)
    lex = full.labels
    reading = _alt(lex.reading)
    furniture = (
        (FurnitureKind.ADVERTISEMENT, re.compile(rf"^(?:{_alt(lex.advertisement)})\.?$", re.I)),
        (
            FurnitureKind.READING_TIME,
            re.compile(
                rf"^(?:\d{{1,3}}\s?)?(?:{reading})(?:\s?[:·|-]?\s?\d{{1,2}}:\d\d)?\.?$", re.I
            ),
        ),
        (
            FurnitureKind.COMMENTS,
            re.compile(
                rf"^(?:\d{{1,6}}\s)?(?:{_alt(lex.comments)})(?:\s?\(\d{{1,6}}\)|\s\d{{1,6}})?\.?$",
                re.I,
            ),
        ),
        (FurnitureKind.NOTICE, re.compile(rf"^(?:{_alt(lex.standards)})\s?[:：]", re.I)),
        (
            FurnitureKind.NEWSLETTER,
            re.compile(rf"^(?:{_alt(lex.newsletter)})\b[^.!?]{{0,120}}[.!?]?$", re.I),
        ),
    )
    return Labels(
        photo=_alt(lex.photo),
        url_line=re.compile(
            rf"^{_BOLD}(?:{_alt(lex.source)}){_BOLD}{_GAP}[:：]{_GAP}{_BOLD}{_GAP}(?:{_URL})?{_GAP}\.?$",
            re.I,
        ),
        keywords_line=re.compile(
            rf"^{_BOLD}(?P<label>{_alt(lex.tags)}){_BOLD}{_GAP}[:：]{_GAP}{_BOLD}{_GAP}(?P<value>\S.*)$",
            re.I,
        ),
        source_name=re.compile(
            rf"(?:^|\s)(?:{_alt(lex.source)}){_GAP}[:：]{_GAP}(?P<name>[^\s:：|·•<>/][^:：|·•<>/]{{0,60}})$",
            re.I,
        ),
        read_more=re.compile(rf"^{_BOLD}(?:{_alt(lex.read_more)})(?!\w)", re.I),
        furniture=furniture,
        share_words=re.compile(rf"(?<!\w)(?:{_alt(lex.share)})(?!\w)", re.I),
        empty_meta=re.compile(
            rf"^{_BOLD}(?:{_alt((*full.by, *lex.published, *lex.modified, 'date'))}){_BOLD}"
            rf"{_GAP}[:：]{_GAP}(?:\[\]|none|null|nil|n/a|unknown|[-–—])?\.?$",
            re.I,
        ),
        newsletter_word=re.compile(rf"(?:(?<!\w)|(?<=-))(?:{_alt(lex.newsletter)})(?!\w)", re.I),
        starts=frozenset(
            w.split()[0]
            for w in (
                *lex.share,
                *lex.advertisement,
                *lex.reading,
                *lex.comments,
                *lex.standards,
                *lex.newsletter,
            )
        ),
        trailer=re.compile(rf"^[(（]?(?:{_alt(lex.trailer)})(?!\w)", re.I),
        kickers=frozenset(lex.kicker),
        cookies=lex.cookies,
        consent=frozenset(lex.consent),
        consent_words=max((len(w.split()) for w in lex.consent), default=0),
        site_links=frozenset(lex.site_links),
        site_link_words=max((len(w.split()) for w in lex.site_links), default=0),
    )
