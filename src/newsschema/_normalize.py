"""The model's edge (private): one pass that makes an Article valid in every format.

The model's converters map what can be mapped without context (an IRI to a
URI, ``pt_BR`` to ``pt-BR``; see ``model.py``). What needs the article around
it, or a decision, happens here, in :func:`normalize`, which every reader
calls on the article it built:

- a relative address is resolved against the article's URL; without one, a
  field that needs an absolute URI (the article's, an author's, an
  organisation's) drops it, while image, logo and link addresses keep it, as
  every format allows a relative reference there;
- an address no mapping makes valid (a host with a space, ``http://[x]/``,
  ``http:`` without a host) is dropped;
- a language that is not a BCP 47 tag (``x``) is dropped;
- a UTC offset beyond ±14:00, which no format allows, is dropped (the time
  stays, as local time: a zone is never invented); an offset with seconds
  (old local mean times) becomes UTC, the same instant;
- a width or height below 1, and an author without a name, are dropped.

Each change is a typed :class:`Fix` naming the field by its JSON path
(``$.authors[0].url``). Writers call :func:`normalize` too, so that an article
built by hand never gives a document the project's own validators reject (what
was left out is among the writer's warnings); the JSON reader refuses an article
that :func:`normalize` would change, as ``validate_json`` refuses its document.

Why one function rather than attrs validators: readers build an article piece by
piece, and a dropped author URL must not cost the whole article; relative
addresses need the article's own URL, which no single field knows.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import weakref

import attrs

from newsschema._uri import resolve, uri_problem
from newsschema.errors import Problem
from newsschema.model import (
    Article,
    Block,
    DateValue,
    Heading,
    Image,
    ImageBlock,
    Inline,
    Link,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Quote,
)

__all__ = ["LANGUAGE_TAG", "MAX_SIZE", "Fix", "FixCode", "normalize", "problems"]

LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
"""A BCP 47 language tag as the JSON Schema (and, more loosely, ``xml:lang``) takes it."""
_MAX_OFFSET = dt.timedelta(hours=14)
_MINUTE = dt.timedelta(minutes=1)
MAX_SIZE = 2**31 - 1
"""The largest width or height the JSON Schema takes (what a 32-bit integer holds)."""


class FixCode(enum.Enum):
    """What :func:`normalize` changed."""

    URL_DROPPED = "url-dropped"
    LANGUAGE_DROPPED = "language-dropped"
    OFFSET_DROPPED = "offset-dropped"
    OFFSET_TO_UTC = "offset-to-utc"
    SIZE_DROPPED = "size-dropped"
    AUTHOR_DROPPED = "author-dropped"


_ACTIONS = {
    FixCode.URL_DROPPED: "dropped",
    FixCode.LANGUAGE_DROPPED: "dropped",
    FixCode.OFFSET_DROPPED: "the offset is dropped and the time kept as local time",
    FixCode.OFFSET_TO_UTC: "the time is given in UTC",
    FixCode.SIZE_DROPPED: "dropped",
    FixCode.AUTHOR_DROPPED: "dropped",
}


@attrs.frozen
class Fix:
    """One change that made the article valid: its code, the field's JSON path, and what
    was wrong there (``str`` adds what was done about it)."""

    code: FixCode
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}; {_ACTIONS[self.code]}"


def _shown(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:57] + "...")


class _Normalizer:
    def __init__(self) -> None:
        self.fixes: list[Fix] = []
        self.base: str | None = None

    def fix(self, code: FixCode, path: str, message: str) -> None:
        self.fixes.append(Fix(code, path, message))

    # ---------------------------------------------------------------- addresses

    def absolute(self, value: str | None, path: str) -> str | None:
        """An address that must be an absolute URI: kept, resolved, or dropped."""
        if value is None:
            return None
        problem = uri_problem(value, absolute=True)
        if problem is None:
            return value
        if self.base is not None and uri_problem(value, absolute=False) is None:
            joined = resolve(self.base, value)
            if joined is not None:
                return joined
        if uri_problem(value, absolute=False) is None:
            problem = "it is relative and the article has no URL to resolve it against"
        self.fix(FixCode.URL_DROPPED, path, f"{_shown(value)} is not a URI: {problem}")
        return None

    def reference(self, value: str | None, path: str) -> str | None:
        """An address that may be relative: resolved where the article has a URL."""
        if value is None:
            return None
        problem = uri_problem(value, absolute=False)
        if problem is not None:
            self.fix(FixCode.URL_DROPPED, path, f"{_shown(value)} is not a URI: {problem}")
            return None
        if self.base is not None and uri_problem(value, absolute=True) is not None:
            return resolve(self.base, value) or value
        return value

    # ---------------------------------------------------------------- values

    def date(self, value: DateValue | None, path: str) -> DateValue | None:
        if not isinstance(value, dt.datetime):
            return value
        offset = value.utcoffset()
        if offset is None:
            return value
        if abs(offset) > _MAX_OFFSET:
            self.fix(
                FixCode.OFFSET_DROPPED,
                path,
                f"UTC offset {_offset_text(offset)} is beyond ±14:00, which no format allows",
            )
            return value.replace(tzinfo=None)
        if offset % _MINUTE:
            try:
                utc = value.astimezone(dt.timezone.utc)
            except OverflowError:
                utc = value.replace(tzinfo=None)
            self.fix(
                FixCode.OFFSET_TO_UTC,
                path,
                f"UTC offset {_offset_text(offset)} has seconds, which the formats cannot write",
            )
            return utc
        return value

    def size(self, value: int | None, path: str) -> int | None:
        if value is None or (not isinstance(value, bool) and 1 <= value <= MAX_SIZE):
            return value
        shown = str(value) if abs(value) < 10**12 else "a number of more than 12 digits"
        self.fix(
            FixCode.SIZE_DROPPED,
            path,
            f"{shown} is not a size: a size is a whole number from 1 to {MAX_SIZE} pixels",
        )
        return None

    def language(self, value: str | None) -> str | None:
        if value is None or LANGUAGE_TAG.fullmatch(value):
            return value
        self.fix(
            FixCode.LANGUAGE_DROPPED,
            "$.language",
            f"{_shown(value)} is not a BCP 47 language tag (expected e.g. en or pt-BR)",
        )
        return None

    # ---------------------------------------------------------------- records

    def image(self, image: Image | None, path: str) -> Image | None:
        if image is None:
            return None
        url = self.reference(image.url, f"{path}.url")
        width = self.size(image.width, f"{path}.width")
        height = self.size(image.height, f"{path}.height")
        if (url, width, height) == (image.url, image.width, image.height):
            return image
        return attrs.evolve(image, url=url, width=width, height=height)

    def organization(self, org: Organization, path: str) -> Organization:
        url = self.absolute(org.url, f"{path}.url")
        logo = self.reference(org.logo, f"{path}.logo")
        width = self.size(org.logo_width, f"{path}.logoWidth")
        height = self.size(org.logo_height, f"{path}.logoHeight")
        if (url, logo, width, height) == (org.url, org.logo, org.logo_width, org.logo_height):
            return org
        return attrs.evolve(org, url=url, logo=logo, logo_width=width, logo_height=height)

    def authors(self, authors: tuple[Person, ...]) -> tuple[Person, ...]:
        out: list[Person] = []
        for i, person in enumerate(authors):
            path = f"$.authors[{i}]"
            if not person.name:
                self.fix(FixCode.AUTHOR_DROPPED, path, "an author has no name")
                continue
            url = self.absolute(person.url, f"{path}.url")
            same_as = tuple(
                kept
                for j, page in enumerate(person.same_as)
                if (kept := self.absolute(page, f"{path}.sameAs[{j}]")) is not None
            )
            if (url, same_as) == (person.url, person.same_as):
                out.append(person)
            else:
                out.append(attrs.evolve(person, url=url, same_as=same_as))
        same = len(out) == len(authors) and all(a is b for a, b in zip(out, authors, strict=True))
        return authors if same else tuple(out)

    def spans(self, spans: tuple[Inline, ...], path: str) -> tuple[Inline, ...]:
        out: list[Inline] = []
        changed = False
        for i, span in enumerate(spans):
            if isinstance(span, Link) and span.href is not None:
                href = self.reference(span.href, f"{path}[{i}].href")
                if href != span.href:
                    span = attrs.evolve(span, href=href)  # noqa: PLW2901 - the span, mended
                    changed = True
            out.append(span)
        return tuple(out) if changed else spans

    def paragraph(self, block: Paragraph, path: str) -> Paragraph:
        content = self.spans(block.content, f"{path}.content")
        return block if content is block.content else attrs.evolve(block, content=content)

    def block(self, block: Block, path: str) -> Block:
        if isinstance(block, Paragraph):
            return self.paragraph(block, path)
        if isinstance(block, Heading):
            content = self.spans(block.content, f"{path}.content")
            return block if content is block.content else attrs.evolve(block, content=content)
        if isinstance(block, Quote):
            paragraphs = tuple(
                self.paragraph(p, f"{path}.paragraphs[{i}]") for i, p in enumerate(block.paragraphs)
            )
            if all(a is b for a, b in zip(paragraphs, block.paragraphs, strict=True)):
                return block
            return attrs.evolve(block, paragraphs=paragraphs)
        if isinstance(block, ListBlock):
            items = tuple(
                self.spans(item, f"{path}.items[{i}]") for i, item in enumerate(block.items)
            )
            if all(a is b for a, b in zip(items, block.items, strict=True)):
                return block
            return attrs.evolve(block, items=items)
        if isinstance(block, ImageBlock):
            image = self.image(block.image, f"{path}.image")
            return block if image is block.image or image is None else ImageBlock(image)
        return block

    def body(self, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        out = list(blocks)
        for i, block in enumerate(blocks):
            # most blocks are text without links: nothing in them can need a change
            if isinstance(block, (Paragraph, Heading)) and Link not in map(type, block.content):
                continue
            out[i] = self.block(block, f"$.body[{i}]")
        return tuple(out)

    def article(self, article: Article) -> Article:
        url = self.absolute(article.url, "$.url")
        self.base = url
        authors = self.authors(article.authors)
        organizations = tuple(
            self.organization(org, f"$.organizations[{i}]")
            for i, org in enumerate(article.organizations)
        )
        published = self.date(article.date_published, "$.datePublished")
        modified = self.date(article.date_modified, "$.dateModified")
        lead_image = self.image(article.lead_image, "$.leadImage")
        body = self.body(article.body)
        publisher = article.publisher
        if publisher is not None:
            publisher = self.organization(publisher, "$.publisher")
        language = self.language(article.language)
        pairs = (
            (article.url, url),
            (article.authors, authors),
            (article.organizations, organizations),
            (article.date_published, published),
            (article.date_modified, modified),
            (article.lead_image, lead_image),
            (article.body, body),
            (article.publisher, publisher),
            (article.language, language),
        )
        if all(_same(old, new) for old, new in pairs):
            return article
        return attrs.evolve(
            article,
            url=url,
            authors=authors,
            organizations=organizations,
            date_published=published,
            date_modified=modified,
            lead_image=lead_image,
            body=body,
            publisher=publisher,
            language=language,
        )


def _same(old: object, new: object) -> bool:
    if isinstance(old, tuple) and isinstance(new, tuple):
        return len(old) == len(new) and all(a is b for a, b in zip(old, new, strict=True))
    return old is new


def _offset_text(offset: dt.timedelta) -> str:
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = int(abs(offset).total_seconds()) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


# Articles known to be valid as they are, by identity: every reader normalizes the article
# it builds, and every writer normalizes what it is given, so the article of `parse` would
# be checked again by each format it is written in. An article is immutable, so one check
# holds for its life; the weak reference drops the entry when the article goes.
_VALID: dict[int, weakref.ref[Article]] = {}


def _forget(ref: weakref.ref[Article], key: int) -> None:
    if _VALID.get(key) is ref:
        del _VALID[key]


def normalize(article: Article) -> tuple[Article, tuple[Fix, ...]]:
    """The article valid in every format, and what had to change (nothing, for most)."""
    key = id(article)
    known = _VALID.get(key)
    if known is not None and known() is article:
        return article, ()
    normalizer = _Normalizer()
    result = normalizer.article(article)
    if not normalizer.fixes and type(result) is Article:
        _VALID[key] = weakref.ref(result, functools.partial(_forget, key=key))
    return result, tuple(normalizer.fixes)


def problems(article: Article) -> list[Problem]:
    """What keeps ``article`` from being valid in every format, each with its JSON path."""
    return [Problem(fix.message, path=fix.path) for fix in normalize(article)[1]]
