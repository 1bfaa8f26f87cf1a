"""The words of each language the reader knows, as data: one module per language.

Each module (``en.py``, ``de.py`` …) defines ``LEXICON``, a :class:`Lexicon`: month
names in every form articles print (full, abbreviated, genitive or declined),
weekdays, the usual day/month order, the words of bylines ("by", "and", roles),
the labels of dates, photos, sources, tags and page furniture, and the words of
relative times ("2 hours ago"). News agencies are one table for all languages
(:mod:`newsschema._lexicons.agencies`), and so are time zone abbreviations
(:mod:`newsschema._lexicons.zones`).

The reader asks :func:`lexicon` for an article's language; with no language, or one
without a module, it gets the union of all modules (:func:`merged`), where a word
that two languages read differently (a month form) is left out rather than guessed.
Adding a language is one module here, its name in :data:`LANGUAGES`, and its tests.
"""

from __future__ import annotations

import enum
import functools
import importlib
import re
from collections.abc import Iterable, Mapping

import attrs

__all__ = [
    "LANGUAGES",
    "DateOrder",
    "Labels",
    "Lexicon",
    "Relative",
    "lexicon",
    "merged",
    "own",
    "words_pattern",
]

LANGUAGES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "cs", "tr", "lv", "sv", "da",
    "no", "ro", "fi", "hu", "id", "bg", "sr", "my", "zh",
)  # fmt: skip
"""Languages with a lexicon module (``zh`` holds the date forms of Chinese, Japanese, Korean)."""


class DateOrder(str, enum.Enum):
    """How a language prints an all-numeric date."""

    DMY = "DMY"
    MDY = "MDY"
    YMD = "YMD"


def _words(values: Iterable[str]) -> tuple[str, ...]:
    """Lower-cased, duplicates dropped, order kept."""
    return tuple(dict.fromkeys(v.casefold() for v in values))


def _months(value: Mapping[int, Iterable[str]]) -> dict[int, tuple[str, ...]]:
    return {month: _words(names) for month, names in value.items()}


@attrs.frozen
class Relative:
    """Relative times: ``2 hours ago``, ``vor 2 Stunden``, ``il y a 2 heures``, ``yesterday``."""

    before: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Words before the amount (``vor``, ``il y a``, ``hace``)."""
    after: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Words after the unit (``ago``, ``назад``)."""
    units: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Minutes, hours, days, weeks in every form (``hour``, ``hours``, ``hrs``)."""
    words: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Words that are a relative time alone (``yesterday``, ``just now``)."""


@attrs.frozen
class Labels:
    """Labels a page prints before a value or as a piece of furniture, lower-cased."""

    published: tuple[str, ...] = attrs.field(default=(), converter=_words)
    modified: tuple[str, ...] = attrs.field(default=(), converter=_words)
    photo: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Photo or image credit labels (``Photo``, ``Foto``, ``Bild``, ``Credit``)."""
    source: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Labels of the article's own URL (``Original url``, ``Source``, ``Quelle``)."""
    tags: tuple[str, ...] = attrs.field(default=(), converter=_words)
    read_more: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Teasers for other articles (``Read more``, ``Next:``, ``Related``)."""
    share: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Share and save buttons (``Share``, ``Tweet``, ``Email this``, ``Gift Article``)."""
    advertisement: tuple[str, ...] = attrs.field(default=(), converter=_words)
    comments: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Comment links and counts (``Comments``, ``12 comments``)."""
    newsletter: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Newsletter and subscription calls (``Sign up``, ``Subscribe``)."""
    reading: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Reading-time and listening furniture (``min read``, ``Listen to this article``)."""
    trailer: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Wire trailers that close a story (``Reporting by``, ``Editing by``)."""
    editor: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Editor notes (``Editor``, ``编辑``)."""
    standards: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Links to the outlet's policies (``Our Standards``)."""
    kicker: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Section and label lines printed above a headline (``Opinion``, ``Analysis``)."""
    cookies: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """What a consent banner calls cookies (``cookies``, ``Kekse``, ``kakor``), matched
    inside words (``cookie-einstellungen``)."""
    consent: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """A consent banner's buttons, each a whole line (``Accept all``, ``Alle akzeptieren``)."""
    site_links: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """The links of a site's header and footer (``About us``, ``Impressum``, ``Privacy
    policy``): a line of nothing else is navigation. Also the link lists text browsers
    add (``References``)."""


@attrs.frozen
class Lexicon:
    """The words of one language (or of all, merged) that the reader needs."""

    code: str
    date_order: DateOrder = DateOrder.DMY
    months: dict[int, tuple[str, ...]] = attrs.field(factory=dict, converter=_months)
    weekdays: tuple[str, ...] = attrs.field(default=(), converter=_words)
    date_words: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Words that may stand around a date on a date line (``on``, ``le``, ``am``, ``года``)."""
    time_before: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Words between a date and its time (``at``, ``à``, ``um``, ``a las``)."""
    time_after: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Words after a time (``Uhr``, ``h``)."""
    relative: Relative = Relative()
    labels: Labels = Labels()
    by: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Words that open a byline (``By``, ``Von``, ``Par``, ``Posted by``)."""
    and_words: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Words between names (``and``, ``und``, ``et``)."""
    roles: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Words of a journalist's role (``correspondent``, ``Redakteurin``)."""
    places: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Words before a place after a name in a byline (``in``, ``from``)."""
    org_words: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Words that make a credit an organisation (``News``, ``Desk``, ``Redaktion``)."""
    articles: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Articles that open an outlet's title (``The``, ``Le``, ``Die``)."""
    particles: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Lower-case parts of personal names (``van``, ``de``, ``von``)."""
    stopwords: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """Frequent short words: text where these are common is this language."""

    def month_names(self) -> dict[str, int]:
        """Every month form -> its number."""
        return {name: month for month, names in self.months.items() for name in names}


def words_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` built as a tree of their letters (``ma(?:rch|y)``),
    so that a match costs the length of one word, not one try per word; a space in a word
    matches any run of white space."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(tree)


def _branch(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = "" in node
    parts = []
    for char in sorted(c for c in node if c):
        head = r"\s+" if char == " " else re.escape(char)
        parts.append(head + _branch(node[char]))
    if not parts:
        return ""
    inner = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends:
        return f"(?:{inner})?"
    return inner


@functools.cache
def _module(code: str) -> Lexicon:
    module = importlib.import_module(f"newsschema._lexicons.{code}")
    found: Lexicon = module.LEXICON
    return found


def _union(values: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for value in values:
        out.update(dict.fromkeys(value))
    return tuple(out)


def _merged_months(lexicons: list[Lexicon]) -> dict[int, tuple[str, ...]]:
    """Every month form of every language, less the forms two languages read differently."""
    seen: dict[str, int | None] = {}
    for lex in lexicons:
        for name, month in lex.month_names().items():
            seen[name] = month if seen.get(name, month) == month else None
    months: dict[int, list[str]] = {m: [] for m in range(1, 13)}
    for name, found in seen.items():
        if found is not None:
            months[found].append(name)
    return {m: tuple(names) for m, names in months.items()}


def _merge(code: str, lexicons: list[Lexicon], first: Lexicon | None = None) -> Lexicon:
    """One lexicon holding the words of ``lexicons``; ``first`` decides what they disagree on."""

    def union(field: str) -> tuple[str, ...]:
        return _union(getattr(lex, field) for lex in lexicons)

    def labels(field: str) -> tuple[str, ...]:
        return _union(getattr(lex.labels, field) for lex in lexicons)

    def relative(field: str) -> tuple[str, ...]:
        return _union(getattr(lex.relative, field) for lex in lexicons)

    months = _merged_months(lexicons)
    if first is not None:
        # the article's own language reads its month forms its own way
        own = first.month_names()
        months = {
            m: tuple(dict.fromkeys((*first.months.get(m, ()), *(n for n in names if n not in own))))
            for m, names in months.items()
        }
    word_fields = [f.name for f in attrs.fields(Lexicon) if f.default == ()]
    return Lexicon(
        code=code,
        date_order=first.date_order if first is not None else DateOrder.MDY,
        months=months,
        relative=Relative(**{f.name: relative(f.name) for f in attrs.fields(Relative)}),
        labels=Labels(**{f.name: labels(f.name) for f in attrs.fields(Labels)}),
        **{name: union(name) for name in word_fields},
    )


@functools.cache
def merged() -> Lexicon:
    """The words of every language: for text whose language is not known."""
    return _merge("*", [_module(code) for code in LANGUAGES])


@functools.cache
def lexicon(language: str | None) -> Lexicon:
    """The words for an article in ``language`` (a BCP 47 tag): that language's own first,
    then every other language's (articles quote and borrow), or all when it is unknown."""
    code = (language or "").split("-")[0].casefold()
    if code not in LANGUAGES:
        return merged()
    own = _module(code)
    others = [_module(c) for c in LANGUAGES if c != code]
    return _merge(code, [own, *others], first=own)


def own(language: str | None) -> Lexicon | None:
    """The language's own lexicon only, ``None`` when there is none."""
    code = (language or "").split("-")[0].casefold()
    return _module(code) if code in LANGUAGES else None
