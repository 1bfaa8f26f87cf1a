"""Bylines: who wrote the story, and which agencies are credited.

Reads ``By A and B``, ``By A, B and C``, ``By [A](#) and [B](https://…)``,
``By A & B``, ``By A, Staff Writer``, ``By A (Role)``, ``By A | Reuters``,
``A, Reuters``, ``By A in Kyiv``, ``By A | a@example.com``, ``Reuters``,
``The Associated Press``, and the same in every language of
:mod:`newsschema._lexicons` (``Par``, ``Von``, ``Por``, ``Автор:`` …). People
become :class:`Person`, agencies and outlets :class:`Organization`.
"""

from __future__ import annotations

import ast
import functools
import re

import attrs

from newsschema import _lexicons
from newsschema._lexicons.agencies import AGENCIES, COLLECTIVE
from newsschema._text.inline import clean_text, split_target
from newsschema.model import Organization, Person

__all__ = [
    "Byline",
    "agency_key",
    "has_prefix",
    "is_agency",
    "looks_like_name",
    "mentions_byline",
    "parse_byline",
    "split_names",
]

_MAX_LEN = 200
_MAX_NAME_WORDS = 6
_MAX_ROLE_WORDS = 6
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")
_WHOLE_EMPHASIS = re.compile(r"^\*\*(.+)\*\*$|^\*(.+)\*$|^_(.+)_$")
_EMAIL = re.compile(r"^(?:mailto:)?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}$")
_HANDLE = re.compile(r"^@\w{1,40}$")
_WITH_ROLE = re.compile(r"^(?P<name>[^()]{2,80}?)\s?\((?P<role>[^()]{2,80})\)$")
_NOT_A_NAME = re.compile(r"[.!?:;\"“”«»]\s|[!?;:\"“”«»@#]|\d")
_ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S")
_BOUNDARY = "\x00"
"""Marks where a linked name ends: each link is one name."""

_AGENCY_KEY: dict[str, str] = {form: forms[0] for forms in AGENCIES for form in forms} | {
    form: form for form in COLLECTIVE
}
_AGENCY_NAME = re.compile(
    r"(?<!\w)(?:" + _lexicons.words_pattern(_AGENCY_KEY) + r")(?!\w)", re.IGNORECASE
)
"""Any agency's name: a line without one names no agency."""


@attrs.frozen
class Byline:
    """People and organisations one byline credits."""

    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[str, ...] = ()
    """What the byline says beside the names that no field of a person holds: a place
    (``By A in Kyiv``, ``By A, London``) or a handle."""

    def names(self) -> list[str]:
        return [p.name for p in self.persons] + [o.name for o in self.organizations]


@attrs.frozen
class _Words:
    """The byline words of one language (with every other's after them)."""

    prefix: re.Pattern[str]
    anywhere: re.Pattern[str]
    """A byline word anywhere in a line (``Posted on DATE by A``)."""
    first_words: frozenset[str]
    """The first word of every byline word: a quick test before ``anywhere``."""
    and_: re.Pattern[str]
    in_place: re.Pattern[str]
    roles: frozenset[str]
    org_words: frozenset[str]
    articles: frozenset[str]
    particles: frozenset[str]


def _alternation(words: tuple[str, ...]) -> str:
    return _lexicons.words_pattern(words) or "(?!)"


@functools.lru_cache(maxsize=32)
def _words(language: str | None) -> _Words:
    lex = _lexicons.lexicon(language)
    and_words = tuple(w for w in lex.and_words if w != "&")
    # a word that is part of names somewhere ("de", "da") never marks a place
    places = tuple(w for w in lex.places if w not in lex.particles)
    return _Words(
        prefix=re.compile(rf"^(?:{_alternation(lex.by)})(?:\s*[:：]\s*|\s+)", re.IGNORECASE),
        anywhere=re.compile(rf"(?<!\w)(?:{_alternation(lex.by)})(?:[:：]|\s)", re.IGNORECASE),
        first_words=frozenset(w.split()[0] for w in lex.by),
        and_=re.compile(
            rf"\s+(?:{_alternation(and_words)})\s+|\s*&\s*|\s*[,;|/·•]\s*",
            re.IGNORECASE,
        ),
        in_place=re.compile(rf"\s+(?:{_alternation(places)})\s+(\S.*)$"),
        roles=frozenset(lex.roles),
        org_words=frozenset(lex.org_words),
        articles=frozenset(lex.articles),
        particles=frozenset(lex.particles),
    )


def has_prefix(text: str, language: str | None = None) -> bool:
    """Whether ``text`` opens as a byline does (``By``, ``Par``, ``Von`` ...)."""
    return _words(language).prefix.match(text.lstrip(" *_")) is not None


def mentions_byline(text: str, language: str | None = None) -> bool:
    """Whether a byline word (``by``, ``von``, ``par`` …) stands anywhere in ``text``."""
    words = _words(language)
    tokens = {w.strip("*_[](),.:;|") for w in text.casefold().split()}
    if words.first_words.isdisjoint(tokens):
        return False
    return words.anywhere.search(text) is not None


def is_agency(name: str) -> bool:
    """True for a news agency or wire service credited by name."""
    return _norm(name).casefold() in _AGENCY_KEY


def agency_key(name: str) -> str:
    """One key for every name of an agency (``AP`` and ``The Associated Press`` alike)."""
    folded = _norm(name).casefold()
    return _AGENCY_KEY.get(folded, folded)


def _norm(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" \t,;:|-—–·•[]")
    # parentheses go when unbalanced ("(Reuters", "Staff)"), stay around a role ("A (Editor)")
    if text.count("(") != text.count(")") or text.startswith("("):
        text = text.strip("()").strip()
    return text


def looks_like_name(text: str, language: str | None = None) -> bool:
    """A person's name: one to six words, capitalised but for particles, no sentence marks."""
    if len(text) > 60:
        return False
    words = text.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or _NOT_A_NAME.search(text):
        return False
    particles = _words(language).particles
    capitalised = 0
    for word in words:
        core = word.strip("()'’.,")
        if not core:
            return False
        if core.casefold() in particles:
            continue
        if not core[0].isupper() and not (core[0] in "'’" and core[1:2].isupper()):
            return False
        capitalised += 1
    return capitalised >= 1


def _is_role(text: str, words: _Words) -> bool:
    folded = [w.strip(".,").casefold() for w in text.split()]
    return bool(folded) and len(folded) <= _MAX_ROLE_WORDS and any(w in words.roles for w in folded)


def _is_title(parts: list[str], words: _Words) -> bool:
    """``The Daily Courier``, ``Le Monde``: an article and a name make a title, not a person."""
    return (
        len(parts) >= 2
        and parts[0].casefold() in words.articles
        and parts[0][0].isupper()
        and looks_like_name(" ".join(parts[1:]))
    )


def _is_org(text: str, words: _Words) -> bool:
    if is_agency(text):
        return True
    parts = text.split()
    if len(parts) > _MAX_NAME_WORDS or sum(c.isalpha() for c in text) < 2:
        return False
    if _is_title(parts, words):
        return True
    folded = [w.strip(".,").casefold() for w in parts]
    if folded[-1] in words.org_words or (
        # "7 News WSVN": a channel number beside an outlet word
        any(w in words.org_words for w in folded) and any(c.isdigit() for c in text)
    ):
        return True
    # an all-capitals call sign or acronym beside other words (7 News WSVN, KXAN Staff); a
    # name printed in capitals (JANE DOE) is not one
    capitals = [len(w) >= 3 and w.isupper() and w.isalpha() for w in parts]
    return len(parts) >= 2 and any(capitals) and not all(w.isupper() for w in parts)


def split_names(text: str, language: str | None = None) -> list[str]:
    """Split a list of names on commas, ``and``, ``&`` and the like; a piece that starts in
    lower case stays with the piece before it ("Staff and news service reports")."""
    rx = _words(language).and_
    parts = rx.split(text)
    separators = [m.group(0) for m in rx.finditer(text)]
    pieces: list[str] = [parts[0]]
    for sep, part in zip(separators, parts[1:], strict=True):
        head = part.lstrip()[:1]
        if head.isalpha() and head.islower() and sep.strip() not in {",", ";", "|", "/", "·", "•"}:
            pieces[-1] += sep + part
        else:
            pieces.append(part)
    return [_norm(p) for p in pieces if _norm(p)]


def _prepare(text: str, words: _Words, require_prefix: bool) -> tuple[str, bool] | None:
    """The byline's body (after ``By``) and whether it had the prefix; ``None`` when
    ``text`` cannot be a byline."""
    text = _unlisted(clean_text(text).strip(), words)
    emphasised = _WHOLE_EMPHASIS.match(text)
    if emphasised:
        text = next(g for g in emphasised.groups() if g)
    if not text or len(text) > _MAX_LEN:
        return None
    m = words.prefix.match(text)
    if m is None and require_prefix:
        return None
    return (text[m.end() :] if m else text), m is not None


_QUOTED_LIST = re.compile(r"""\[\s?["'][^\[\]]{0,400}["']\s?\]""")


def _unlisted(text: str, words: _Words) -> str:
    """``Authors: ['A', 'B']`` (a script printed a list of names) -> ``Authors: A, B``;
    an item that is another with the byline's word before it (``BY A``) is left out."""
    found = _QUOTED_LIST.search(text) if "[" in text else None
    if found is None:
        return text
    try:
        names = ast.literal_eval(found.group(0))
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return text  # not a literal list (deep nesting is refused, not followed)
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return text
    kept: dict[str, str] = {}
    for name in names:
        prefix = words.prefix.match(name.strip())
        bare = name.strip()[prefix.end() :] if prefix else name.strip()
        kept.setdefault(bare.casefold(), bare)
    return text[: found.start()] + ", ".join(kept.values()) + text[found.end() :]


def _unlink(body: str) -> tuple[list[str], dict[str, str | None]]:
    """The byline's text in segments: each link is one (a name, which keeps its URL; a lost
    target ``#`` gives none), the text between links the others."""
    urls: dict[str, str | None] = {}

    def unlink(lm: re.Match[str]) -> str:
        href, _title = split_target(lm.group(2))
        name = _norm(lm.group(1).replace("\\", ""))
        # a page-relative link cannot name a person's page out of its page
        urls[name] = href if href is not None and _ABSOLUTE.match(href) else None
        return f"{_BOUNDARY}{name}{_BOUNDARY}"

    body = _LINK.sub(unlink, body)
    body = re.sub(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)", "", body).replace("\\", "")
    return [s for s in (p.strip() for p in body.split(_BOUNDARY)) if s], urls


@attrs.define
class _Credits:
    """What a byline's pieces add up to, while they are read."""

    prefixed: bool
    urls: dict[str, str | None]
    words: _Words
    language: str | None
    persons: list[Person] = attrs.field(factory=list)
    orgs: list[Organization] = attrs.field(factory=list)
    places: list[str] = attrs.field(factory=list)

    def add(self, piece: str) -> bool:
        """Take one piece; False when it is no part of a byline."""
        kind = _classify(piece, self)
        if kind is None:
            return False
        if kind == "skip":
            self.places.append(piece)
        if kind == "org" and not any(o.name == piece for o in self.orgs):
            self.orgs.append(Organization(piece, url=self.urls.get(piece)))
        elif kind == "role":
            last = self.persons[-1]
            self.persons[-1] = attrs.evolve(last, role=last.role or piece)
        elif kind == "contact":
            last = self.persons[-1]
            self.persons[-1] = attrs.evolve(last, url=last.url or "mailto:" + piece)
        elif kind == "person":
            self.add_person(piece)
        return True

    def add_person(self, piece: str) -> None:
        with_role = _WITH_ROLE.match(piece)
        if with_role and looks_like_name(with_role["name"], self.language):
            name = with_role["name"].strip()
            self.persons.append(Person(name, url=self.urls.get(name), role=with_role["role"]))
        else:
            self.persons.append(Person(piece, url=self.urls.get(piece)))

    def byline(self) -> Byline | None:
        persons, orgs = self.persons, self.orgs
        if not persons and not orgs:
            return None
        if self.prefixed and not persons and len(orgs) == 1 and not is_agency(orgs[0].name):
            # "By Staff and news service reports", "By KXAN Staff": the byline's only credit
            # is a desk, printed where the author's name goes; it stays the author as printed
            persons.append(Person(orgs[0].name, url=orgs[0].url))
            orgs.clear()
        if not self.prefixed and not (orgs and all(is_agency(o.name) for o in orgs)):
            return None  # without "By", only a known agency makes a line a byline
        return Byline(tuple(persons), tuple(orgs), tuple(self.places))


def parse_byline(
    text: str, *, require_prefix: bool = True, language: str | None = None
) -> Byline | None:
    """Read one byline; ``None`` when ``text`` is not one.

    Without ``require_prefix`` a line without ``By`` counts when it is an agency
    (``Reuters``) or names followed by an agency (``A, Reuters``).
    """
    if len(text) > _MAX_LEN + 20 or "\n" in text.strip():
        return None  # cheap refusals first (and no long text kept in the cache)
    return _parse_byline(text, require_prefix, language)


@functools.lru_cache(maxsize=4096)
def _parse_byline(text: str, require_prefix: bool, language: str | None) -> Byline | None:
    """:func:`parse_byline`, cached: the reader asks about the same short lines more than
    once, and the same lines recur from article to article."""
    if not require_prefix and not _names_agency(text) and not has_prefix(text, language):
        return None  # without "By", a byline names an agency
    words = _words(language)
    prepared = _prepare(text, words, require_prefix)
    if prepared is None:
        return None
    segments, urls = _unlink(prepared[0])
    if not segments or any(_has_date(s) for s in segments):
        return None  # "By A | March 3, 2023": the reader reads the byline and the date apart
    credits = _Credits(prepared[1], urls, words, language)
    for segment in segments:
        # spaces around: a segment between two links may be "and" alone
        for raw in [segment] if segment in urls else split_names(f" {segment} ", language):
            name, place = _drop_place(raw, words)
            if place is not None:
                credits.places.append(place)
            for piece in _split_trailing_agency(name):
                if not credits.add(piece):
                    return None
    return credits.byline()


def _names_agency(text: str) -> bool:
    return _AGENCY_NAME.search(text) is not None


def _has_date(text: str) -> bool:
    from newsschema._dates import find_dates  # noqa: PLC0415 - the date tables load lazily

    return bool(find_dates(text))


def _drop_place(piece: str, words: _Words) -> tuple[str, str | None]:
    """``A in Kyiv`` -> (``A``, ``in Kyiv``)."""
    place = words.in_place.search(piece)
    if place and looks_like_name(piece[: place.start()]) and place.group(1)[:1].isupper():
        return piece[: place.start()], piece[place.start() :].strip()
    return piece, None


def _split_trailing_agency(piece: str) -> list[str]:
    """``JOHN ROE Associated Press`` -> [``JOHN ROE``, ``Associated Press``]."""
    words = piece.split()
    if is_agency(piece):
        return [piece]
    for size in (3, 2, 1):
        if len(words) > size + 1 and is_agency(" ".join(words[-size:])):
            return [" ".join(words[:-size]), " ".join(words[-size:])]
    return [piece]


def _classify(piece: str, credits: _Credits) -> str | None:
    """What one piece of a byline is: ``person``, ``role`` or ``contact`` (of the person
    before it), ``org``, ``skip`` (a place or a handle after a name), or ``None`` when it is
    no part of a byline."""
    persons, words = bool(credits.persons), credits.words
    if is_agency(piece):
        return "org"
    if persons and _EMAIL.match(piece):
        return "contact"
    if persons and _HANDLE.match(piece):
        return "skip"
    if persons and _is_role(piece, words):
        return "role"
    if _is_org(piece, words):
        return "org"
    linked = piece in credits.urls
    if _name_like(piece, credits.language):
        if len(piece.split()) == 1 and persons:
            # "By A, London": a place after the name; without "By" too doubtful to keep
            return None if not credits.prefixed else ("person" if linked else "skip")
        return "person"
    if (linked or credits.prefixed) and _credit_like(piece):
        # a desk or collective credit printed as the byline ("Staff and news service reports")
        return "person"
    return None


def _name_like(piece: str, language: str | None) -> bool:
    """A name, or a name with its role in parentheses (``A (Editor)``)."""
    if looks_like_name(piece, language):
        return True
    with_role = _WITH_ROLE.match(piece)
    return with_role is not None and looks_like_name(with_role["name"], language)


def _credit_like(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 8 and words[0][:1].isupper() and not re.search(r"[.!?]$|[\"“”]|\d", text)
    )
