"""Bylines: who wrote the story, and which agencies are credited.

Reads ``By A and B``, ``By A, B and C``, ``By [A](#) and [B](https://…)``,
``By A & B``, ``By A, Staff Writer``, ``By A | Reuters``, ``A, Reuters``,
``By A in Kyiv``, ``Reuters``, ``The Associated Press``, and the same in other
languages (``Par``, ``Von``, ``Por``, ``Автор:`` …). People become
:class:`Person`, agencies and outlets :class:`Organization`.
"""

from __future__ import annotations

import functools
import re

import attrs

from newsschema._text.inline import clean_text, split_target
from newsschema.model import Organization, Person

__all__ = ["Byline", "agency_key", "has_prefix", "is_agency", "parse_byline", "split_names"]

_PREFIX = re.compile(
    r"^(?:(?:written|reported|story|words|text|reporting)\s+by|by|par|von|por|di|door|av|af|"
    r"przez|autor(?:es|a|en)?|auteur|авторы?|текст|від|texto|text|écrit\s+par|escrito\s+por)"
    r"(?:\s*:\s*|\s+)",
    re.IGNORECASE,
)
# Agencies and wire services, as bylines credit them (compared case-insensitively).
_AGENCIES = frozenset(
    s.casefold()
    for s in (
        "Reuters",
        "Thomson Reuters",
        "AP",
        "The Associated Press",
        "Associated Press",
        "AFP",
        "Agence France-Presse",
        "Agence France Presse",
        "dpa",
        "Deutsche Presse-Agentur",
        "EFE",
        "Agencia EFE",
        "ANSA",
        "TASS",
        "ITAR-TASS",
        "Interfax",
        "RIA Novosti",
        "RIA",
        "Xinhua",
        "Kyodo",
        "Kyodo News",
        "Yonhap",
        "PA",
        "PA Media",
        "Press Association",
        "UPI",
        "Bloomberg",
        "Bloomberg News",
        "CNA",
        "ANI",
        "PTI",
        "IANS",
        "Anadolu",
        "Anadolu Agency",
        "AA",
        "Europa Press",
        "Notimex",
        "Ukrinform",
        "UNIAN",
        "KNA",
        "epd",
        "APA",
        "SDA",
        "Keystone-SDA",
        "Belga",
        "ANP",
        "NTB",
        "TT",
        "Ritzau",
        "STT",
        "Lusa",
        "Agência Lusa",
        "CTK",
        "ČTK",
        "PAP",
        "MTI",
        "BTA",
        "Tanjug",
        "HINA",
        "Ansamed",
        "AAP",
        "Australian Associated Press",
        "Canadian Press",
        "The Canadian Press",
        "CP",
        "NTB",
        "Agencia Brasil",
        "Télam",
        "Sputnik",
        "RIA Novosti",
        "IRNA",
        "WAFA",
        "Bernama",
        "Antara",
        "Yonhap News Agency",
        "Kyodo News Agency",
        "Xinhua News Agency",
        "KCNA",
        "Dow Jones",
        "Dow Jones Newswires",
        "Agenzia Nova",
        "Adnkronos",
        "AGI",
        "LaPresse",
        "Wire services",
        "News agencies",
        "Agencies",
        "Agences",
        "Agencias",
        "Agenturen",
    )
)
# Words that make a byline credit an organisation (a station, a desk, an outlet) not a person.
_ORG_WORDS = frozenset(
    [
        "news",
        "press",
        "times",
        "post",
        "journal",
        "tribune",
        "herald",
        "gazette",
        "daily",
        "weekly",
        "wire",
        "media",
        "network",
        "agency",
        "agencies",
        "tv",
        "radio",
        "channel",
        "broadcasting",
        "magazine",
        "newsroom",
        "desk",
        "bureau",
        "reports",
        "staff",
        "service",
        "services",
        "editorial",
        "team",
        "redaktion",
        "rédaction",
        "redacción",
        "редакция",
        "online",
        "digital",
    ]
)
_ARTICLES = frozenset(
    ["the", "le", "la", "les", "der", "die", "das", "el", "los", "las", "il", "lo", "gli", "het"]
)
_ROLE_WORDS = frozenset(
    [
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "columnist",
        "contributor",
        "producer",
        "analyst",
        "photographer",
        "critic",
        "chief",
        "senior",
        "junior",
        "bureau",
        "staff",
        "freelance",
        "freelancer",
        "journalist",
        "commentator",
        "anchor",
        "host",
        "presenter",
        "intern",
        "fellow",
        "director",
        "manager",
        "head",
        "deputy",
        "associate",
        "special",
        "contributing",
        "political",
        "business",
        "science",
        "health",
        "sports",
        "culture",
        "foreign",
        "economics",
        "korrespondent",
        "korrespondentin",
        "redakteur",
        "redakteurin",
        "autorin",
        "autor",
        "journaliste",
        "correspondant",
        "correspondante",
        "rédacteur",
        "rédactrice",
        "envoyé",
        "envoyée",
        "spécial",
        "spéciale",
        "corresponsal",
        "redactor",
        "redactora",
        "periodista",
        "enviado",
        "enviada",
        "especial",
        "корреспондент",
        "обозреватель",
        "журналист",
        "редактор",
    ]
)
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "ter",
        "le",
        "la",
        "du",
        "dos",
        "das",
        "do",
        "y",
        "e",
        "al",
        "el",
        "bin",
        "ibn",
        "ben",
        "bint",
        "zu",
        "af",
        "av",
        "st",
        "st.",
        "mc",
        "mac",
        "o'",
        "d'",
        "des",
    ]
)
_AND = re.compile(
    r"\s+(?:and|with|&|und|mit|et|avec|y|con|e|и|і|та|i|en|og|och|ja|ve|a)\s+|\s*&\s*"
    r"|\s*[,;|/·•]\s*",
    re.IGNORECASE,
)
_IN_PLACE = re.compile(r"\s+(?:in|en|à|au|aus|in|из|в|from|reporting\s+from)\s+(\S.*)$")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")
_MAX_LEN = 200
_WHOLE_EMPHASIS = re.compile(r"^\*\*(.+)\*\*$|^\*(.+)\*$|^_(.+)_$")


@attrs.frozen
class Byline:
    """People and organisations one byline credits."""

    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()

    def names(self) -> list[str]:
        return [p.name for p in self.persons] + [o.name for o in self.organizations]


# Names of one agency; the first is what agency_key() gives for all of them.
_ALIASES = (
    ("associated press", "the associated press", "ap"),
    ("agence france-presse", "agence france presse", "afp"),
    ("reuters", "thomson reuters"),
    ("deutsche presse-agentur", "dpa"),
    ("agencia efe", "efe"),
    ("press association", "pa media", "pa"),
    ("canadian press", "the canadian press", "cp"),
    ("australian associated press", "aap"),
    ("kyodo news", "kyodo news agency", "kyodo"),
    ("xinhua news agency", "xinhua"),
    ("yonhap news agency", "yonhap"),
    ("bloomberg news", "bloomberg"),
    ("anadolu agency", "anadolu", "aa"),
    ("itar-tass", "tass"),
    ("ria novosti", "ria"),
)
_ALIAS_KEY = {alias: names[0] for names in _ALIASES for alias in names}


def has_prefix(text: str) -> bool:
    """Whether ``text`` opens as a byline does (``By``, ``Par``, ``Von`` ...)."""
    return _PREFIX.match(text.lstrip(" *_")) is not None


def is_agency(name: str) -> bool:
    """True for a news agency or wire service credited by name."""
    return _norm(name).casefold() in _AGENCIES


def agency_key(name: str) -> str:
    """One key for every name of an agency (``AP`` and ``The Associated Press`` alike)."""
    folded = _norm(name).casefold()
    return _ALIAS_KEY.get(folded, folded)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" \t,;:|-—–·•()[]")


def _words(text: str) -> list[str]:
    return text.split()


def looks_like_name(text: str) -> bool:
    """A person's name: one to six words, capitalised but for particles, no sentence marks."""
    if len(text) > 60:
        return False
    words = _words(text)
    if not 1 <= len(words) <= 6:
        return False
    if re.search(r"[.!?:;\"“”«»]\s|[!?;:\"“”«»@#]|\d", text):
        return False
    capitalised = 0
    for word in words:
        core = word.strip("()'’.,")
        if not core:
            return False
        if core.lower() in _PARTICLES:
            continue
        if not core[0].isupper() and not (core[0] in "'’" and core[1:2].isupper()):
            return False
        capitalised += 1
    return capitalised >= 1


def _is_role(text: str) -> bool:
    words = [w.strip(".,").casefold() for w in _words(text)]
    return bool(words) and len(words) <= 6 and any(w in _ROLE_WORDS for w in words)


def _is_org(text: str) -> bool:
    if is_agency(text):
        return True
    words = _words(text)
    if len(words) > 6 or sum(c.isalpha() for c in text) < 2:
        return False
    folded = [w.strip(".,").casefold() for w in words]
    if (
        len(words) >= 2
        and folded[0] in _ARTICLES
        and words[0][0].isupper()
        and looks_like_name(" ".join(words[1:]))
    ):
        return True  # "The Daily Courier", "Le Monde": a title, not a person
    if folded[-1] in _ORG_WORDS or (
        # "7 News WSVN": a channel number beside an outlet word
        any(w in _ORG_WORDS for w in folded) and any(c.isdigit() for c in text)
    ):
        return True
    # an all-capitals call sign or acronym beside other words (7 News WSVN, KXAN Staff); a
    # name printed in capitals (JANE DOE) is not one
    capitals = [len(w) >= 3 and w.isupper() and w.isalpha() for w in words]
    return len(words) >= 2 and any(capitals) and not all(w.isupper() for w in words)


def split_names(text: str) -> list[str]:
    """Split a list of names on commas, ``and``, ``&`` and the like; a piece that starts in
    lower case stays with the piece before it ("Staff and news service reports")."""
    parts = _AND.split(text)
    separators = [m.group(0) for m in _AND.finditer(text)]
    pieces: list[str] = [parts[0]]
    for sep, part in zip(separators, parts[1:], strict=True):
        head = part.lstrip()[:1]
        if head.isalpha() and head.islower() and sep.strip() not in {",", ";", "|", "/", "·", "•"}:
            pieces[-1] += sep + part
        else:
            pieces.append(part)
    return [_norm(p) for p in pieces if _norm(p)]


@functools.lru_cache(maxsize=256)
def parse_byline(text: str, *, require_prefix: bool = True) -> Byline | None:
    """Read one byline; ``None`` when ``text`` is not one (cached: the reader asks about the
    same lines more than once).

    Without ``require_prefix`` a line without ``By`` counts when it is an agency
    (``Reuters``) or names followed by an agency (``A, Reuters``).
    """
    if len(text) > _MAX_LEN + 20 or "\n" in text.strip():
        return None  # cheap refusals first: the reader asks this of every short unit
    if require_prefix and not has_prefix(text):
        return None
    text = clean_text(text).strip()
    emphasised = _WHOLE_EMPHASIS.match(text)
    if emphasised:
        text = next(g for g in emphasised.groups() if g)
    if not text or len(text) > _MAX_LEN:
        return None
    m = _PREFIX.match(text)
    prefixed = m is not None
    if m is None and require_prefix:
        return None
    body = text[m.end() :] if m else text
    # links: keep each name's URL (a lost target "#" gives no URL)
    urls: dict[str, str | None] = {}

    def unlink(lm: re.Match[str]) -> str:
        href, _title = split_target(lm.group(2))
        name = _norm(lm.group(1).replace("\\", ""))
        urls[name] = href
        return name

    body = _LINK.sub(unlink, body)
    body = re.sub(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)", "", body).replace("\\", "")
    body = body.strip()
    if not body:
        return None

    if _has_date(body):
        return None  # "By A | March 3, 2023": the header reads the byline and the date apart
    persons: list[Person] = []
    orgs: list[Organization] = []
    for raw in split_names(body):
        for piece in _split_trailing_agency(_drop_place(raw)):
            kind = _classify(piece, persons=bool(persons), prefixed=prefixed, linked=piece in urls)
            if kind is None:
                return None
            if kind == "org" and not any(o.name == piece for o in orgs):
                orgs.append(Organization(piece, url=urls.get(piece)))
            elif kind == "role":
                last = persons[-1]
                persons[-1] = attrs.evolve(last, role=last.role or piece)
            elif kind == "person":
                persons.append(Person(piece, url=urls.get(piece)))
    if not persons and not orgs:
        return None
    if prefixed and not persons and len(orgs) == 1 and not is_agency(orgs[0].name):
        # "By Staff and news service reports", "By KXAN Staff": the byline's only credit is
        # a desk, printed where the author's name goes; it stays the author as printed
        persons.append(Person(orgs[0].name, url=orgs[0].url))
        orgs.clear()
    if not prefixed and not (orgs and all(is_agency(o.name) for o in orgs)):
        return None  # without "By", only a known agency makes a line a byline
    return Byline(tuple(persons), tuple(orgs))


def _has_date(text: str) -> bool:
    from newsschema._dates import find_dates  # noqa: PLC0415 - the date tables load lazily

    return bool(find_dates(text))


def _drop_place(piece: str) -> str:
    """``A in Kyiv`` -> ``A``."""
    place = _IN_PLACE.search(piece)
    if place and looks_like_name(piece[: place.start()]) and place.group(1)[:1].isupper():
        return piece[: place.start()]
    return piece


def _split_trailing_agency(piece: str) -> list[str]:
    """``JOHN ROE Associated Press`` -> [``JOHN ROE``, ``Associated Press``]."""
    words = _words(piece)
    if is_agency(piece):
        return [piece]
    for size in (3, 2, 1):
        if len(words) > size + 1 and is_agency(" ".join(words[-size:])):
            return [" ".join(words[:-size]), " ".join(words[-size:])]
    return [piece]


def _classify(piece: str, *, persons: bool, prefixed: bool, linked: bool) -> str | None:
    """What one piece of a byline is: ``person``, ``role`` (of the person before it),
    ``org``, ``skip`` (a place after a name), or ``None`` when it is no part of a byline."""
    if is_agency(piece):
        return "org"
    if persons and _is_role(piece):
        return "role"
    if _is_org(piece):
        return "org"
    if looks_like_name(piece):
        if len(_words(piece)) == 1 and persons:
            # "By A, London": a place after the name; without "By" too doubtful to keep
            return None if not prefixed else ("person" if linked else "skip")
        return "person"
    if linked or (prefixed and _credit_like(piece)):
        # a desk or collective credit printed as the byline ("Staff and news service reports")
        return "person"
    return None


def _credit_like(text: str) -> bool:
    words = _words(text)
    return (
        1 <= len(words) <= 8 and words[0][:1].isupper() and not re.search(r"[.!?]$|[\"“”]|\d", text)
    )
