"""Publisher profiles: what a newsroom knows about itself, applied to an article after reading.

Article text rarely prints a time zone, an author's page or the publisher's logo; the
newsroom knows them. A :class:`Profile` holds that knowledge: the ``[publisher]`` table
(for every article), any number of ``[sites."host"]`` tables (for articles whose URL is on
that host or a subdomain of it; the most specific host wins, and a key a site leaves out
comes from ``[publisher]``), and author directories (``[authors."Name"]``, also inside a
site, where they come first).

:func:`apply_profile` is a separate step after reading, never part of it, and it only
fills what the article lacks:

- a local date-time (printed without a zone) gets the site's ``timezone``, with the
  offset in force on that date; a date alone stays a date; a printed zone always wins.
  A time in the hour that repeats when clocks go back, or in the hour they skip, keeps
  no zone and gets a warning: no offset is guessed;
- with ``updates_printed`` (the site prints an update line whenever it changes an
  article), an article with no modification date was last modified when published;
- ``language`` where the article's language is unknown;
- an author found in a directory (by name or alias; case and accents aside, the spelling
  must match) gets ``url``, ``same_as``, ``job_title`` (its role) and ``affiliation``
  where the text gave none; an agency credited in the byline gets its ``url``;
- the publisher's name, url and logo, over what the article says (front matter).

Every value filled is reported as a :class:`ProfileElement` naming the profile key it
came from, so that nothing from a profile passes for something read in the text.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import os
import re
import sys
import unicodedata
import zoneinfo
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import attrs

from newsschema._gaps import Gap, GapCode, author_key, fix_for, host_of, toml_key
from newsschema._text.codes import Element, ElementKind
from newsschema._text.reader import ParseResult
from newsschema.errors import ConfigError
from newsschema.model import Article, DateValue, Organization, Person

__all__ = [
    "AUTHOR_KEYS",
    "SITE_KEYS",
    "AuthorProfile",
    "Logo",
    "Profile",
    "ProfileElement",
    "SiteProfile",
    "apply_profile",
    "check_flag",
    "check_language",
    "check_logo",
    "check_text",
    "check_url",
    "check_zone",
    "load_profile",
    "read_authors",
    "read_profile",
    "read_sites",
]

SITE_KEYS = ("name", "url", "logo", "timezone", "language", "updates_printed")
"""The keys of ``[publisher]`` and of each site table (which may also hold ``authors``)."""
AUTHOR_KEYS = ("url", "same_as", "job_title", "affiliation", "aliases")
"""The keys of an author's entry in a directory."""
_LOGO_KEYS = ("url", "width", "height")
_SETTINGS_TABLES = frozenset({"convert", "validate"})
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_HOST = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*")
_T = TypeVar("_T")


# --------------------------------------------------------------------------- checks
# Each check returns the value normalised, or raises TypeError / ValueError saying what was
# expected; the configuration puts the file and the key in front.


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)


def check_text(value: object) -> str:
    """A non-empty string, stripped."""
    if not isinstance(value, str):
        raise TypeError(f"must be a string, not {_shown(value)}")
    text = value.strip()
    if not text:
        raise ValueError("must not be empty")
    return text


def check_url(value: object) -> str:
    """An absolute http(s) URL."""
    text = check_text(value) if isinstance(value, str) and value.strip() else value
    if not isinstance(text, str):
        raise TypeError(f"must be a URL string, not {_shown(value)}")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme.lower() not in {"http", "https"}
        or not parts.hostname
        or any(c.isspace() for c in text)
    ):
        raise ValueError(
            f"{text!r} is not an absolute http(s) URL; expected e.g. https://news.example"
        )
    return text


def _list(value: object, check: Callable[[object], _T], what: str) -> tuple[_T, ...]:
    """A list of values (one value alone is a list of one), each checked, once each."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        raise TypeError(f"must be a list of {what}, not {_shown(value)}")
    return tuple(dict.fromkeys(_item(check, item, i) for i, item in enumerate(items, 1)))


def _item(check: Callable[[object], _T], item: object, number: int) -> _T:
    try:
        return check(item)
    except (TypeError, ValueError) as exc:
        raise type(exc)(f"item {number}: {exc}") from None


def check_urls(value: object) -> tuple[str, ...]:
    return _list(value, check_url, "URLs")


def check_texts(value: object) -> tuple[str, ...]:
    return _list(value, check_text, "strings")


def check_flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"must be true or false, not {_shown(value)}")
    return value


def check_pixels(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"must be a whole number of pixels, not {_shown(value)}")
    if value < 1:
        raise ValueError(f"must be 1 or more, not {value}")
    return value


def check_language(value: object) -> str:
    """A BCP 47 language tag (``en``, ``pt-BR``)."""
    text = check_text(value).replace("_", "-")
    if not _LANGUAGE.fullmatch(text):
        raise ValueError(f"{text!r} is not a language tag; expected e.g. en, de or pt-BR")
    return text


@functools.cache
def _zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def check_zone(value: object) -> str:
    """An IANA time zone name that the machine's time zone data knows."""
    name = check_text(value)
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        known = _zone_names()
        if not known:
            raise ValueError(
                f"unknown time zone {name!r}: this machine has no time zone data"
                " (install the tzdata package)"
            ) from None
        folded = {zone.casefold(): zone for zone in known}
        close = [folded[name.casefold()]] if name.casefold() in folded else []
        close = close or difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.8)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise ValueError(
            f"unknown time zone {name!r}; expected an IANA name such as"
            f" 'America/New_York' or 'Europe/Berlin'{hint}"
        ) from None
    return name


def check_host(value: str) -> str:
    """A site's host name (``courier.example``), lower case; a URL is refused."""
    text = value.strip().rstrip(".").lower()
    if "://" in text or "/" in text:
        raise ValueError(f"{value!r} is a URL; name the host alone, e.g. courier.example")
    try:
        ascii_host = text.encode("idna").decode("ascii") if not text.isascii() else text
    except UnicodeError:
        ascii_host = ""
    if not _HOST.fullmatch(ascii_host):
        raise ValueError(f"{value!r} is not a host name; expected e.g. courier.example")
    return ascii_host


@attrs.frozen
class Logo:
    """A logo's URL and, where known, its size in pixels."""

    url: str
    width: int | None = None
    height: int | None = None


def check_logo(value: object) -> Logo:
    """A logo: its URL, or a table with ``url`` and optionally ``width`` and ``height``."""
    if isinstance(value, Logo):
        return value
    if isinstance(value, str):
        return Logo(check_url(value))
    if not isinstance(value, Mapping):
        raise TypeError(f"must be a URL or a table with url, width, height; not {_shown(value)}")
    unknown = sorted(set(value) - set(_LOGO_KEYS))
    if unknown:
        raise ValueError(f"unknown key {unknown[0]}; expected {', '.join(_LOGO_KEYS)}")
    if "url" not in value:
        raise ValueError("needs a url")
    checked: dict[str, Any] = {}
    for key, check in (("url", check_url), ("width", check_pixels), ("height", check_pixels)):
        if key in value:
            try:
                checked[key] = check(value[key])
            except (TypeError, ValueError) as exc:
                raise type(exc)(f"{key}: {exc}") from None
    return Logo(**checked)


# --------------------------------------------------------------------------- the model


def _valid(check: Callable[[Any], object]) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """An attrs validator: ``check`` on a value that is not ``None``, as a ConfigError."""

    def validate(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        try:
            check(value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{attribute.name}: {exc}") from None

    return validate


def _optional_pixels(value: object) -> None:
    check_pixels(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _authors(value: Iterable[AuthorProfile]) -> tuple[AuthorProfile, ...]:
    return tuple(value)


def _sites(value: Iterable[SiteProfile]) -> tuple[SiteProfile, ...]:
    return tuple(value)


@attrs.frozen
class AuthorProfile:
    """One entry of an author directory: the name as the text prints it (and other
    printings of it, ``aliases``), and what the newsroom knows of the person."""

    name: str = attrs.field(validator=_valid(check_text))
    url: str | None = attrs.field(default=None, validator=_valid(check_url))
    same_as: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=_valid(check_urls)
    )
    job_title: str | None = attrs.field(default=None, validator=_valid(check_text))
    affiliation: str | None = attrs.field(default=None, validator=_valid(check_text))
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=_valid(check_texts)
    )


@attrs.frozen
class SiteProfile:
    """What a newsroom knows about one site (``host``), or about all its articles (``host``
    ``None``: the ``[publisher]`` table)."""

    host: str | None = attrs.field(default=None, validator=_valid(check_host))
    name: str | None = attrs.field(default=None, validator=_valid(check_text))
    url: str | None = attrs.field(default=None, validator=_valid(check_url))
    logo: str | None = attrs.field(default=None, validator=_valid(check_url))
    logo_width: int | None = attrs.field(default=None, validator=_valid(_optional_pixels))
    logo_height: int | None = attrs.field(default=None, validator=_valid(_optional_pixels))
    timezone: str | None = attrs.field(default=None, validator=_valid(check_zone))
    """An IANA time zone name (``America/New_York``)."""
    language: str | None = attrs.field(default=None, validator=_valid(check_language))
    """The language of articles whose text does not tell (BCP 47)."""
    updates_printed: bool | None = attrs.field(default=None, validator=_valid(check_flag))
    """The site prints an update line whenever it changes an article: an article without
    one was last modified when it was published."""
    authors: tuple[AuthorProfile, ...] = attrs.field(default=(), converter=_authors)

    @property
    def table(self) -> str:
        """Its table as a TOML path: ``sites."courier.example"``, or ``publisher``."""
        return f"sites.{toml_key(self.host)}" if self.host else "publisher"


def _name_key(name: str) -> str:
    """A name as the directory compares it: case, accents and spacing aside."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def _check_directory(authors: tuple[AuthorProfile, ...], table: str) -> None:
    """A printed name (or alias) names one person of a directory."""
    seen: dict[str, str] = {}
    for entry in authors:
        for printed in (entry.name, *entry.aliases):
            other = seen.setdefault(_name_key(printed), entry.name)
            if other != entry.name:
                raise ConfigError(
                    f"{table}authors.{toml_key(entry.name)}: {printed!r} also names"
                    f" {other!r}; a printed name must name one person of a directory"
                )


def _check_profile(instance: Profile, _attribute: attrs.Attribute[Any], _value: object) -> None:
    if instance.publisher.host is not None:
        raise ConfigError("publisher: the [publisher] table has no host (it is for every site)")
    if instance.publisher.authors:
        raise ConfigError("publisher: put the author directory in [authors], not [publisher]")
    hosts = [site.host for site in instance.sites]
    if None in hosts:
        raise ConfigError("sites: every site profile needs its host")
    doubled = sorted({h for h in hosts if hosts.count(h) > 1 and h is not None})
    if doubled:
        raise ConfigError(f"sites: {doubled[0]} has two profiles")
    _check_directory(instance.authors, "")
    for site in instance.sites:
        _check_directory(site.authors, f"{site.table}.")


@attrs.frozen
class Profile:
    """A newsroom's profile: defaults for every article, sites by host, author directories."""

    publisher: SiteProfile = attrs.field(factory=SiteProfile)
    sites: tuple[SiteProfile, ...] = attrs.field(default=(), converter=_sites)
    authors: tuple[AuthorProfile, ...] = attrs.field(
        default=(), converter=_authors, validator=_check_profile
    )
    source: str | None = attrs.field(default=None, eq=False)
    """The file it was read from, named where its values are reported."""

    @property
    def empty(self) -> bool:
        """Whether it says nothing at all (applying it changes no article)."""
        return self.publisher == SiteProfile() and not self.sites and not self.authors

    def site_for(self, url: str | None) -> SiteProfile | None:
        """The site profile for an article at ``url``: the most specific host that is the
        URL's host or a parent domain of it; ``None`` when none is."""
        host = _url_host(url)
        if host is None or not self.sites:
            return None
        by_host = _sites_by_host(self)
        labels = host.split(".")
        # the host itself, then each parent domain: the first found is the most specific
        return next(
            (site for i in range(len(labels)) if (site := by_host.get(".".join(labels[i:])))),
            None,
        )


@functools.lru_cache(maxsize=16)
def _sites_by_host(profile: Profile) -> dict[str, SiteProfile]:
    return {site.host: site for site in profile.sites if site.host is not None}


def _url_host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    try:
        return check_host(host)
    except ValueError:
        return None


# --------------------------------------------------------------------------- reading files


def _table(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where} must be a table, not {_shown(value)}")
    return value


def _checked(
    table: Mapping[str, Any], where: str, checks: Mapping[str, Callable[[Any], Any]]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in table.items():
        check = checks.get(key)
        if check is None:
            raise ConfigError(
                f"unknown key {where}.{toml_key(key)}; expected one of {', '.join(checks)}"
            )
        try:
            out[key] = check(value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{where}.{toml_key(key)}: {exc}") from None
    return out


_AUTHOR_CHECKS: dict[str, Callable[[Any], Any]] = {
    "url": check_url,
    "same_as": check_urls,
    "job_title": check_text,
    "affiliation": check_text,
    "aliases": check_texts,
}


def read_authors(table: object, where: str = "authors") -> tuple[AuthorProfile, ...]:
    """An author directory (``[authors."Name"]`` tables), every value checked."""
    out = []
    for name, entry in _table(table, where).items():
        here = f"{where}.{toml_key(name)}"
        if not name.strip():
            raise ConfigError(f"{here}: an author's name must not be empty")
        values = _checked(_table(entry, here), here, _AUTHOR_CHECKS)
        out.append(AuthorProfile(name.strip(), **values))
    authors = tuple(out)
    _check_directory(authors, where.removesuffix("authors"))
    return authors


def _site_checks(*, with_authors: bool, where: str) -> dict[str, Callable[[Any], Any]]:
    checks: dict[str, Callable[[Any], Any]] = {
        "name": check_text,
        "url": check_url,
        "logo": check_logo,
        "timezone": check_zone,
        "language": check_language,
        "updates_printed": check_flag,
    }
    if with_authors:
        checks["authors"] = functools.partial(read_authors, where=f"{where}.authors")
    return checks


def _site(host: str | None, values: Mapping[str, Any]) -> SiteProfile:
    values = dict(values)
    logo = values.pop("logo", None)
    if isinstance(logo, Logo):
        values.update(logo=logo.url, logo_width=logo.width, logo_height=logo.height)
    return SiteProfile(host, **values)


def read_site(host: str | None, table: object, where: str) -> SiteProfile:
    """One site table (``host``), or the ``[publisher]`` table (``host`` ``None``)."""
    checks = _site_checks(with_authors=host is not None, where=where)
    return _site(host, _checked(_table(table, where), where, checks))


def read_sites(table: object, where: str = "sites") -> tuple[SiteProfile, ...]:
    """The ``[sites."host"]`` tables, every value checked."""
    out: dict[str, SiteProfile] = {}
    for key, entry in _table(table, where).items():
        here = f"{where}.{toml_key(key)}"
        try:
            host = check_host(key)
        except ValueError as exc:
            raise ConfigError(f"{here}: {exc}") from None
        if host in out:
            raise ConfigError(f"{here}: {host} has a profile already")
        out[host] = read_site(host, entry, here)
    return tuple(out.values())


def read_profile(data: Mapping[str, Any], *, source: str | None = None) -> Profile:
    """A profile from the parsed tables of a file: ``publisher``, ``sites``, ``authors``
    (a ``newsschema.toml`` may also hold ``convert`` and ``validate``, which are not read
    here)."""
    unknown = sorted(set(data) - {"publisher", "sites", "authors"} - _SETTINGS_TABLES)
    if unknown:
        raise ConfigError(
            f"unknown table {toml_key(unknown[0])}; a profile has publisher, sites and authors",
            file=source,
        )
    try:
        return Profile(
            publisher=read_site(None, data.get("publisher", {}), "publisher"),
            sites=read_sites(data.get("sites", {})),
            authors=read_authors(data.get("authors", {})),
            source=source,
        )
    except ConfigError as exc:
        raise exc.with_file(source) if source else exc from None


def load_profile(path: str | os.PathLike[str]) -> Profile:
    """A profile from a TOML file laid out as ``newsschema.toml`` is: ``[publisher]``,
    ``[sites."host"]``, ``[authors."Name"]``. Raises :class:`ConfigError` naming the file,
    the key and what was expected."""
    # read on first use: `import newsschema` loads no TOML parser
    if sys.version_info >= (3, 11):
        import tomllib  # noqa: PLC0415
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # noqa: PLC0415

    name = os.fspath(path)
    try:
        with Path(name).open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", file=name) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"byte {exc.start} is not UTF-8; a TOML file is UTF-8 text", file=name
        ) from exc
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", file=name) from exc
    return read_profile(data, source=name)


# --------------------------------------------------------------------------- applying


@attrs.frozen
class ProfileElement(Element):
    """A value the profile filled in, and the key it came from. It was not read from any
    line of the text: ``start`` and ``end`` are 0."""

    key: str = ""
    """The profile key, as a TOML path (``sites."courier.example".timezone``)."""
    source: str | None = None
    """The profile's file, where it came from one."""

    def __str__(self) -> str:
        where = f"{self.source}: {self.key}" if self.source else self.key
        return f"profile {self.kind}: {self.detail} (from {where})"


class _Apply:
    """One application of a profile to one article: the changes and what they were."""

    def __init__(self, profile: Profile, article: Article) -> None:
        self.profile = profile
        self.article = article
        self.host = host_of(article.url)
        self.site = profile.site_for(article.url)
        self.tables = [t for t in (self.site, profile.publisher) if t is not None]
        self.elements: list[ProfileElement] = []
        self.warnings: list[Gap] = []

    def value(self, key: str) -> tuple[Any, str, SiteProfile] | None:
        """A key's value from the site, else from ``[publisher]``, with its TOML path and
        the table it is in."""
        for table in self.tables:
            found = getattr(table, key)
            if found is not None:
                return found, f"{table.table}.{key}", table
        return None

    def note(self, kind: str, detail: str, key: str) -> None:
        element = ProfileElement(ElementKind(kind), 0, 0, detail, key, self.profile.source)
        self.elements.append(element)

    def run(self) -> Article:
        article = self.article
        article = attrs.evolve(
            article,
            date_published=self.zoned("published", article.date_published),
            date_modified=self.zoned("modified", article.date_modified),
        )
        article = self.modified(article)
        article = self.language(article)
        article = attrs.evolve(
            article,
            authors=tuple(map(self.author, article.authors)),
            organizations=tuple(map(self.agency, article.organizations)),
        )
        article = self.publisher(article)
        self.publisher_gap(article)
        return article

    # ---------------------------------------------------------------- dates

    def zoned(self, label: str, value: DateValue | None) -> DateValue | None:
        if not isinstance(value, dt.datetime) or value.tzinfo is not None:
            return value  # no date, a day alone, or a zone the text printed
        found = self.value("timezone")
        if found is None:
            return value
        name, key, _table = found
        offset = _offset(value, zoneinfo.ZoneInfo(name))
        if not isinstance(offset, dt.timedelta):
            code, why = offset
            self.warnings.append(Gap(code, f"{label} {value.isoformat()} {why}", key=key))
            return value
        zoned = value.replace(tzinfo=dt.timezone(offset))
        if offset.seconds % 60 or offset.microseconds:
            # a local mean time before standard zones (New York until 1883: -04:56:02): ISO
            # 8601 offsets are whole minutes, so the same instant is given in UTC
            try:
                zoned = zoned.astimezone(dt.timezone.utc)
            except OverflowError:  # the first hours of year 1: no UTC date to give
                return value
        self.note("date", f"{label} {zoned.isoformat()} (timezone {name})", key)
        return zoned

    def modified(self, article: Article) -> Article:
        if article.date_modified is not None or article.date_published is None:
            return article
        found = self.value("updates_printed")
        if found is None or not found[0]:
            return article
        self.note(
            "date",
            f"modified {article.date_published.isoformat()}: no update printed, so the"
            " publication date",
            found[1],
        )
        return attrs.evolve(article, date_modified=article.date_published)

    def language(self, article: Article) -> Article:
        if article.language is not None:
            return article
        found = self.value("language")
        if found is None:
            return article
        self.note("language", found[0], found[1])
        return attrs.evolve(article, language=found[0])

    # ---------------------------------------------------------------- people

    def author(self, person: Person) -> Person:
        found = _find_author(self.profile, self.site, person.name)
        if found is None:
            return person
        entry, key = found
        filled = {
            "url": entry.url if person.url is None else None,
            "role": entry.job_title if person.role is None else None,
            "affiliation": entry.affiliation if person.affiliation is None else None,
        }
        changes: dict[str, Any] = {k: v for k, v in filled.items() if v is not None}
        added = tuple(u for u in entry.same_as if u not in person.same_as)
        if added:
            changes["same_as"] = (*person.same_as, *added)
        if not changes:
            return person
        names = {"role": "job_title"}
        fields = ", ".join(names.get(k, k) for k in changes)
        self.note("author", f"{person.name}: {fields}", key)
        return attrs.evolve(person, **changes)

    def agency(self, organization: Organization) -> Organization:
        """An agency credited in the byline gets its page from a directory entry."""
        found = _find_author(self.profile, self.site, organization.name)
        if found is None or organization.url is not None or found[0].url is None:
            return organization
        self.note("agency", f"{organization.name}: url", found[1])
        return attrs.evolve(organization, url=found[0].url)

    def publisher(self, article: Article) -> Article:
        given = {k: found for k in ("name", "url", "logo") if (found := self.value(k))}
        if not given:
            return article
        own = article.publisher or Organization("")
        merged = attrs.evolve(own, **{k: found[0] for k, found in given.items()})
        if "logo" in given:  # the size of the profile's logo, not of the one it replaces
            table = given["logo"][2]
            merged = attrs.evolve(
                merged, logo_width=table.logo_width, logo_height=table.logo_height
            )
        tables = ", ".join(dict.fromkeys(found[2].table for found in given.values()))
        self.note("publisher", f"{merged.name or '(no name)'}: {', '.join(given)}", tables)
        return attrs.evolve(article, publisher=merged)

    def publisher_gap(self, article: Article) -> None:
        if self.host is None or (article.publisher is not None and article.publisher.name):
            return
        key, fix = fix_for(GapCode.NO_PUBLISHER, self.host) or (None, None)
        self.warnings.append(
            Gap(
                GapCode.NO_PUBLISHER,
                f"no publisher: the article is on {self.host}, but nothing names its publisher",
                key=key,
                fix=fix,
            )
        )


def _offset(value: dt.datetime, zone: zoneinfo.ZoneInfo) -> dt.timedelta | tuple[GapCode, str]:
    """The offset in force at local time ``value`` in ``zone``; or, for a time in an hour
    that repeats (either offset may be meant) or that clocks skipped, why there is none."""
    early = value.replace(tzinfo=zone, fold=0)
    late = value.replace(tzinfo=zone, fold=1)
    before, after = early.utcoffset(), late.utcoffset()
    if before is None or after is None:  # pragma: no cover - a ZoneInfo always has offsets
        raise ConfigError(f"time zone {zone.key} gives no offset")
    if before == after:
        return before
    if early.astimezone(dt.timezone.utc).astimezone(zone).replace(tzinfo=None) != value:
        return GapCode.NONEXISTENT_TIME, (
            f"never happened in {zone.key}: clocks moved on from {_hhmm(before)} to"
            f" {_hhmm(after)} that night, so it is kept without a zone (check it in the source)"
        )
    return GapCode.AMBIGUOUS_TIME, (
        f"happened twice in {zone.key}, at {_hhmm(before)} and again at {_hhmm(after)} when"
        " clocks went back, so it is kept without a zone (print the offset in the text to"
        " settle it)"
    )


def _hhmm(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


@functools.lru_cache(maxsize=64)
def _directory(profile: Profile, site: SiteProfile | None) -> dict[str, tuple[AuthorProfile, str]]:
    """Printed name (compared as :func:`_name_key` does) -> the entry and its key; a site's
    own directory comes before the profile's."""
    out: dict[str, tuple[AuthorProfile, str]] = {}
    host = site.host if site is not None else None
    scoped = [(site.authors if site else (), host), (profile.authors, None)]
    for authors, where in scoped:
        for entry in authors:
            for printed in (entry.name, *entry.aliases):
                out.setdefault(_name_key(printed), (entry, author_key(where, entry.name)))
    return out


def _find_author(
    profile: Profile, site: SiteProfile | None, name: str
) -> tuple[AuthorProfile, str] | None:
    return _directory(profile, site).get(_name_key(name))


def apply_profile(data: Article | ParseResult, profile: Profile) -> ParseResult:
    """``data`` with what ``profile`` knows filled in (see :mod:`newsschema._profiles`).

    Returns the article with, beside the text's own map and warnings when ``data`` is a
    :class:`ParseResult`, a :class:`ProfileElement` for every value the profile gave and a
    :class:`~newsschema._gaps.Gap` for what it could not settle (a local time in an hour
    that repeats or never happened; an article whose site has no publisher).
    """
    result = data if isinstance(data, ParseResult) else ParseResult(data, (), ())
    step = _Apply(profile, result.article)
    article = step.run()
    return ParseResult(
        article,
        (*result.elements, *step.elements),
        (*result.warnings, *step.warnings),
        result.encoding,
    )
