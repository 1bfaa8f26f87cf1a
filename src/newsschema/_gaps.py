"""Typed warnings about what an output lacks, each with the profile key that would fill it.

A :class:`Gap` has a stable :class:`GapCode` (the command line counts by it, callers filter
by it) and, where a publisher profile can fill the gap, the key to set and the words to
say so (``set `timezone` for courier.example``). The writers find the gaps; this module
only names them and their fixes, so that every message says the same thing.
"""

from __future__ import annotations

import enum
import json
import re
from urllib.parse import urlsplit

import attrs

__all__ = ["Gap", "GapCode", "author_key", "fix_for", "host_of", "site_key"]


class GapCode(str, enum.Enum):
    """What a warning is about; each value is a stable code to count and filter by."""

    # Google's recommendations for Article structured data that the JSON-LD misses
    NO_HEADLINE = "google-no-headline"
    HEADLINE = "google-headline"
    """Several headlines, or one Google may truncate."""
    NO_IMAGE = "google-no-image"
    IMAGE_NO_URL = "google-image-no-url"
    IMAGE = "google-image"
    """An image too small, of no recommended ratio, or in a format Google does not index."""
    NO_DATE_PUBLISHED = "google-no-date-published"
    NO_DATE_MODIFIED = "google-no-date-modified"
    DATE_ONLY = "google-date-only"
    """A day without a time: the text gave no time, so none is written."""
    NO_TIME_ZONE = "google-no-time-zone"
    DATE = "google-date"
    """Several values for a date, or a modification before the publication."""
    NO_AUTHOR = "google-no-author"
    AUTHOR_NO_URL = "google-author-no-url"
    AUTHOR = "google-author"
    """An author that is not a typed, named Person or Organization, or whose name is more."""
    PUBLISHER = "google-publisher"
    PAYWALL = "google-paywall"
    # the writer
    LEFT_OUT = "left-out"
    """A value with nothing to write (an image with neither URL nor caption) was left out."""
    # the profile step
    NO_PUBLISHER = "no-publisher"
    """The article's URL names a site, but nothing says who publishes it."""
    AMBIGUOUS_TIME = "ambiguous-local-time"
    """A local time in the hour that repeats when clocks go back: either offset may be meant."""
    NONEXISTENT_TIME = "nonexistent-local-time"
    """A local time in the hour that clocks skip: it never happened in the site's zone."""


@attrs.frozen
class Gap:
    """One warning: its code, what is wrong, and the profile key that would fix it."""

    code: GapCode
    message: str
    key: str | None = None
    """The profile key that would fill the gap, as a TOML path
    (``sites."courier.example".timezone``); ``None`` when no profile can."""
    fix: str | None = None
    """How to fill it, in words (``set `timezone` for courier.example``)."""
    path: str | None = None
    """Where in the output document (a JSON path), when the gap is about one place."""

    def __str__(self) -> str:
        return f"{self.message}; {self.fix}" if self.fix else self.message


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def toml_key(name: str) -> str:
    """A TOML key as a file writes it: bare where it may be, quoted otherwise."""
    return name if _BARE_KEY.fullmatch(name) else json.dumps(name, ensure_ascii=False)


def host_of(url: str | None) -> str | None:
    """The host an article's URL names, lower case, without ``www.`` (a site table for
    ``courier.example`` also covers ``www.courier.example``); ``None`` without one."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    return host.removeprefix("www.") if host.count(".") > 1 else host


def site_key(host: str | None) -> str:
    """The table of a site's profile: ``sites."courier.example"``, or ``publisher``."""
    return f"sites.{toml_key(host)}" if host else "publisher"


def author_key(host: str | None, name: str) -> str:
    """The directory entry of an author, in the site's table where there is a site."""
    prefix = f"{site_key(host)}." if host else ""
    return f"{prefix}authors.{toml_key(name)}"


def _where(host: str | None) -> str:
    return f"for {host}" if host else "in [publisher]"


def fix_for(code: GapCode, host: str | None, author: str | None = None) -> tuple[str, str] | None:
    """The profile key that fills a gap of ``code`` for an article of ``host`` (``None``: no
    URL), and the words that say so; ``None`` when no profile can fill it."""
    if code is GapCode.NO_TIME_ZONE:
        return f"{site_key(host)}.timezone", f"set `timezone` {_where(host)}"
    if code is GapCode.NO_DATE_MODIFIED:
        return (
            f"{site_key(host)}.updates_printed",
            f"set `updates_printed = true` {_where(host)} if its articles print every update",
        )
    if code is GapCode.NO_PUBLISHER:
        return f"{site_key(host)}.name", f"set `name` and `url` {_where(host)}"
    if code is GapCode.AUTHOR_NO_URL and author:
        key = author_key(host, author)
        return f"{key}.url", f"set `url` (or `same_as` for a person) in [{key}]"
    return None
