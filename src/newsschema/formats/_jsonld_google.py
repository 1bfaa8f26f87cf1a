"""Google Search's recommendations for Article structured data, as warnings (private).

Source: https://developers.google.com/search/docs/appearance/structured-data/article
(summarised in ``../shared/standards/google-article/README.md``). Google requires
nothing; it recommends ``headline``, ``image``, ``datePublished``,
``dateModified`` and ``author`` (name, and ``url`` or ``sameAs``), dates with a
time zone, one author entry per person with the name only, and images Google
can crawl (BMP, GIF, JPEG, PNG, WebP, SVG, AVIF; at least 50,000 pixels; one
of 16x9, 4x3 or 1x1).

The writer reports these as its warnings about an article, and the validator
as ``Problem(severity="warning")``: one set of rules for both. Every message
names the value it is about, so it reads well without its path.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from newsschema._gaps import GapCode
from newsschema.errors import Problem
from newsschema.formats import _jsonld_profile as profile
from newsschema.formats._jsonld_common import (
    DateForm,
    check_iso,
    child_path,
    index_path,
    local_name,
    type_names,
)

__all__ = ["HEADLINE_LIMIT", "article_gaps", "article_problems"]

HEADLINE_LIMIT = 110
"""Characters; AMP's former limit, still the point where Google may truncate a title."""

_MIN_PIXELS = 50_000
_RATIOS = (16 / 9, 4 / 3, 1.0)
_IMAGE_EXTENSIONS = frozenset({"jpg", "jpeg", "png", "gif", "webp", "bmp", "svg", "avif"})
_SCRIPT_EXTENSIONS = frozenset({"php", "aspx", "asp", "jsp", "cgi"})
_INTRO = re.compile(r"^(?:by|posted by|written by|von|par|por)\b", re.IGNORECASE)
_SEVERAL = re.compile(r"\s(?:and|und|et|y|&)\s|;")
_ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")

Resolve = Callable[[object], object]

_MISSING = {
    "headline": (GapCode.NO_HEADLINE, "no headline: Google recommends one"),
    "image": (GapCode.NO_IMAGE, "no image: Google recommends at least one image with a URL"),
    "datePublished": (
        GapCode.NO_DATE_PUBLISHED,
        "no datePublished: Google recommends the publication date and time with a time zone",
    ),
    "dateModified": (
        GapCode.NO_DATE_MODIFIED,
        "no dateModified: Google recommends the date and time of the last change, with a time zone",
    ),
    "author": (
        GapCode.NO_AUTHOR,
        (
            "no author: Google recommends every author shown on the page, each as a Person"
            " or Organization"
        ),
    ),
}


def _same(value: object) -> object:
    return value


def _comma_then_two_words(text: str) -> bool:
    """A comma followed by two words (``Ann Lee, Bo Park``), found word by word: the pattern
    ",\\s*\\S+\\s+\\S+" ran from every comma of a long word to its end."""
    words = text.split()
    last = len(words) - 1
    return any(
        ("," in word[:-1] and i < last) or (word.endswith(",") and i + 1 < last)
        for i, word in enumerate(words)
    )


def _short(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Rules:
    """The checks on one article node; ``problems`` collects their warnings."""

    def __init__(self, resolve: Resolve) -> None:
        self.resolve = resolve
        self.found: list[tuple[GapCode, Problem]] = []

    def warn(self, code: GapCode, message: str, path: str) -> None:
        self.found.append((code, Problem(message, path=path, severity="warning")))

    @staticmethod
    def view(node: Mapping[str, Any]) -> dict[str, tuple[str, Any]]:
        """Local property name -> (key as written, value); the first spelling wins."""
        out: dict[str, tuple[str, Any]] = {}
        for key, value in node.items():
            name = local_name(key) if not key.startswith("@") else None
            if name is not None and name not in out:
                out[name] = (key, value)
        return out

    def items(self, value: Any, path: str) -> list[tuple[object, str]]:
        """A property's values with their paths, ``@id`` references resolved."""
        if isinstance(value, list):
            return [(self.resolve(v), index_path(path, i)) for i, v in enumerate(value)]
        return [(self.resolve(value), path)]

    # ---------------------------------------------------------------- the article

    def article(self, node: Mapping[str, Any], path: str) -> None:
        props = self.view(node)
        for name, (code, message) in _MISSING.items():
            if name not in props or props[name][1] in (None, "", []):
                self.warn(code, message, path)
        if "headline" in props:
            self.headline(*props["headline"], path)
        self.dates(props, path)
        if "image" in props:
            self.images(*props["image"], path)
        publisher_names = set()
        if "publisher" in props:
            publisher_names = self.publishers(*props["publisher"], path)
        if "author" in props:
            self.authors(*props["author"], path, publisher_names)
        if "isAccessibleForFree" in props:
            self.paywall(props, path)

    def headline(self, key: str, value: Any, path: str) -> None:
        where = child_path(path, key)
        if isinstance(value, list):
            self.warn(GapCode.HEADLINE, "several headlines: give a single headline", where)
        elif isinstance(value, str) and len(value) > HEADLINE_LIMIT:
            self.warn(
                GapCode.HEADLINE,
                f"headline is {len(value)} characters: Google may truncate titles"
                f" longer than {HEADLINE_LIMIT}",
                where,
            )

    def dates(self, props: dict[str, tuple[str, Any]], path: str) -> None:
        seen: dict[str, dt.datetime] = {}
        for name in ("datePublished", "dateModified"):
            if name not in props:
                continue
            key, value = props[name]
            where = child_path(path, key)
            if isinstance(value, dict):
                value = value.get("@value")
            if isinstance(value, list):
                self.warn(GapCode.DATE, f"several values for {name}: give a single date", where)
                continue
            if not isinstance(value, str):
                continue
            try:
                form = check_iso(value).form
            except ValueError:
                continue  # not a date at all: a schema.org error, reported by the validator
            if form is DateForm.DATE:
                self.warn(
                    GapCode.DATE_ONLY,
                    f"{name} '{value}' is a date only: Google recommends a date-time"
                    " with a time zone",
                    where,
                )
            elif form is DateForm.LOCAL:
                self.warn(
                    GapCode.NO_TIME_ZONE,
                    f"{name} '{value}' has no time zone: Google then assumes Googlebot's"
                    " (add Z or ±hh:mm)",
                    where,
                )
            else:
                try:
                    seen[name] = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
                except ValueError:
                    continue
        if len(seen) == 2 and seen["dateModified"] < seen["datePublished"]:
            self.warn(
                GapCode.DATE,
                "dateModified is earlier than datePublished",
                child_path(path, props["dateModified"][0]),
            )

    # ---------------------------------------------------------------- images

    def images(self, key: str, value: Any, path: str) -> None:
        sizes: list[tuple[float, float]] = []
        for item, where in self.items(value, child_path(path, key)):
            url: object = None
            label = "image"
            if isinstance(item, str):
                url = item
            elif isinstance(item, dict):
                url = item.get("contentUrl") or item.get("url")
                if isinstance(url, list):
                    url = url[0] if url else None
                if isinstance(url, dict):
                    url = url.get("@id")
                caption = item.get("caption")
                if isinstance(caption, str) and caption.strip():
                    label = f"image '{_short(caption.strip())}'"
                if not url and set(item) - {"@id"}:
                    self.warn(
                        GapCode.IMAGE_NO_URL,
                        f"{label} has no url or contentUrl: Google needs a crawlable URL",
                        where,
                    )
                width, height = _number(item.get("width")), _number(item.get("height"))
                if width and height:
                    sizes.append((width, height))
                    if width * height < _MIN_PIXELS:
                        self.warn(
                            GapCode.IMAGE,
                            f"{label} is {width:g}x{height:g} = {width * height:,.0f} pixels:"
                            f" Google recommends at least {_MIN_PIXELS:,}",
                            where,
                        )
            if isinstance(url, str) and url:
                self.image_url(url, where)
        if sizes and not any(_ratio_ok(w, h) for w, h in sizes):
            self.warn(
                GapCode.IMAGE,
                "no image has a 16x9, 4x3 or 1x1 aspect ratio: Google recommends all three",
                child_path(path, key),
            )

    def image_url(self, url: str, where: str) -> None:
        if not _ABSOLUTE.match(url):
            self.warn(
                GapCode.IMAGE,
                f"image URL '{_short(url)}' is not absolute: Google must crawl it",
                where,
            )
            return
        name = re.sub(r"[?#].*$", "", url).rsplit("/", 1)[-1]
        if "." in name:
            ext = name.rsplit(".", 1)[-1].lower()
            if (
                ext.isalnum()
                and len(ext) <= 5
                and ext not in _IMAGE_EXTENSIONS
                and ext not in _SCRIPT_EXTENSIONS
            ):
                self.warn(
                    GapCode.IMAGE,
                    f"image format '.{ext}' is not one Google Images supports"
                    " (BMP, GIF, JPEG, PNG, WebP, SVG, AVIF)",
                    where,
                )

    # ---------------------------------------------------------------- people

    def publishers(self, key: str, value: Any, path: str) -> set[str]:
        names: set[str] = set()
        for item, where in self.items(value, child_path(path, key)):
            if isinstance(item, str):
                self.warn(
                    GapCode.PUBLISHER,
                    f"publisher '{_short(item)}' is a plain string: use an Organization"
                    " with name (and logo)",
                    where,
                )
                continue
            if not isinstance(item, dict) or set(item) <= {"@id"}:
                continue
            if not type_names(item):
                self.warn(GapCode.PUBLISHER, "publisher has no @type: use Organization", where)
            name = item.get("name")
            if isinstance(name, str) and name.strip():
                names.add(name.strip().casefold())
            else:
                self.warn(GapCode.PUBLISHER, "publisher has no name", where)
            logo = self.resolve(item.get("logo"))
            if isinstance(logo, list):
                logo = self.resolve(logo[0]) if logo else None
            if (
                isinstance(logo, dict)
                and not (logo.get("url") or logo.get("contentUrl"))
                and set(logo) - {"@id"}
            ):
                self.warn(
                    GapCode.PUBLISHER,
                    "publisher logo has no url or contentUrl",
                    child_path(where, "logo"),
                )
        return names

    def authors(self, key: str, value: Any, path: str, publisher_names: set[str]) -> None:
        for item, where in self.items(value, child_path(path, key)):
            if isinstance(item, str):
                self.warn(
                    GapCode.AUTHOR,
                    f"author '{_short(item)}' is a plain string: use a Person or"
                    " Organization with name and url",
                    where,
                )
                self.author_name(item, where, publisher_names, person=True)
                continue
            if not isinstance(item, dict):
                continue
            if set(item) <= {"@id"}:
                self.warn(
                    GapCode.AUTHOR,
                    f"author {item.get('@id')!r} is not described in this document:"
                    " Google needs the author's name",
                    where,
                )
                continue
            types = type_names(item)
            person = profile.fits(types, frozenset({"Person"}))
            organization = profile.fits(types, frozenset({"Organization"}))
            if not types:
                self.warn(GapCode.AUTHOR, "author has no @type: use Person or Organization", where)
            elif not (person or organization):
                self.warn(
                    GapCode.AUTHOR,
                    f"author type {'/'.join(types)} is not Person or Organization",
                    where,
                )
            name = item.get("name")
            label = "author"
            if isinstance(name, str) and name.strip():
                label = f"author '{_short(name.strip())}'"
                self.author_name(
                    name, child_path(where, "name"), publisher_names, person=person or not types
                )
            else:
                self.warn(GapCode.AUTHOR, "author has no name", where)
            if not item.get("url") and not item.get("sameAs"):
                self.warn(
                    GapCode.AUTHOR_NO_URL,
                    f"{label} has no url or sameAs: Google recommends a page that"
                    " identifies the author",
                    where,
                )

    def author_name(
        self, name: str, where: str, publisher_names: set[str], *, person: bool
    ) -> None:
        text = name.strip()
        if _INTRO.match(text):
            self.warn(
                GapCode.AUTHOR,
                f"author name '{_short(text)}' starts with an introductory word:"
                " give the name only",
                where,
            )
        if person and (_SEVERAL.search(text) or _comma_then_two_words(text)):
            self.warn(
                GapCode.AUTHOR,
                f"author name '{_short(text)}' looks like several people: give one author"
                " entry per person",
                where,
            )
        if person and text.casefold() in publisher_names:
            self.warn(
                GapCode.AUTHOR,
                f"author name '{_short(text)}' is the publisher's name: Google wants the"
                " publisher in publisher, not in author",
                where,
            )

    # ---------------------------------------------------------------- paywall

    def paywall(self, props: dict[str, tuple[str, Any]], path: str) -> None:
        key, free = props["isAccessibleForFree"]
        if free is False or (isinstance(free, str) and free.strip().lower() == "false"):
            parts = props.get("hasPart", ("", None))[1]
            items = parts if isinstance(parts, list) else [parts]
            resolved = [self.resolve(p) for p in items]
            if not any(isinstance(p, dict) and "cssSelector" in p for p in resolved):
                self.warn(
                    GapCode.PAYWALL,
                    "isAccessibleForFree is false but no hasPart WebPageElement with a"
                    " cssSelector marks the paywalled part",
                    child_path(path, key),
                )


_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def _number(value: object) -> float | None:
    if isinstance(value, dict):
        value = value.get("value", value.get("@value"))
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return float(value)
        except OverflowError:  # an int longer than any float
            return math.inf
    if isinstance(value, str):
        # stripped, not matched with \s* on both sides of an optional unit: that backtracks
        text = value.strip().removesuffix("px").rstrip()
        return float(text) if _DECIMAL.fullmatch(text) else None
    return None


def _ratio_ok(width: float, height: float) -> bool:
    return height > 0 and any(abs(width / height - r) / r < 0.02 for r in _RATIOS)


def article_problems(
    node: Mapping[str, Any], path: str = "$", resolve: Resolve = _same
) -> list[Problem]:
    """Google's recommendations that an article node misses, as warnings with their paths.

    ``resolve`` looks up ``{"@id": ...}`` references in the document.
    """
    return [problem for _code, problem in article_gaps(node, path, resolve)]


def article_gaps(
    node: Mapping[str, Any], path: str = "$", resolve: Resolve = _same
) -> list[tuple[GapCode, Problem]]:
    """:func:`article_problems` with the code of each."""
    rules = _Rules(resolve)
    rules.article(node, path)
    return rules.found
