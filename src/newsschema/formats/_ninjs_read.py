"""ninjs -> Article: 3.x (camelCase), 2.x (lower case) and 1.x (flat ``headline``,
``body_*``, objects of renditions and associations).

A 3.x document is read through its lower-case spelling, which is the 2.x
shape, so both major versions share one reader. Values of the wrong type
raise :class:`~newsschema.errors.FormatError` naming the JSON path; a date
that is no RFC 3339 date-time is skipped (``validate`` reports it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsschema._dates import from_iso
from newsschema.errors import FormatError
from newsschema.formats._html_read import read_html
from newsschema.formats._meta import by_line, read_by
from newsschema.formats._ninjs_write import AGENCY, LEAD_NAME, PUBLISHER, WEB
from newsschema.model import (
    Article,
    Block,
    Dateline,
    Image,
    ImageBlock,
    Organization,
    Paragraph,
    Person,
    Text,
)

__all__ = ["is_ninjs_1", "read"]

_SUBHEAD_ROLES = frozenset({"subhead", "subheadline", "subtitle", "sub", "deck"})
_PICTURES = frozenset({"picture", "graphic"})
_DESCRIPTION_ROLES = frozenset({"summary", "description", "abstract", "teaser"})
_KEYED = frozenset({"renditions", "associations"})  # objects keyed by name in 1.x
_FIELDS_1 = ("headline", "byline", "body_text", "body_html", "$standard", "person", "subject")


def _error(message: str, path: str, source: str | None) -> FormatError:
    return FormatError(message, file=source, path=path)


class _Doc:
    """A ninjs object with typed access: every value is checked where it is read.

    Keys are matched without regard to case (``firstCreated`` in 3.x, ``firstcreated``
    in 2.x); errors name the key as the document spells it.
    """

    def __init__(self, data: dict[str, Any], path: str, source: str | None) -> None:
        self.data = data
        self.path = path
        self.source = source
        self.keys = {str(key).lower(): key for key in reversed(list(data))}

    def raw(self, key: str) -> tuple[str, object]:
        """(the key as spelled, its value) for a lower-case ``key``."""
        spelled = self.keys.get(key, key)
        return spelled, self.data.get(spelled)

    def items(self) -> list[tuple[str, object]]:
        return [(str(key).lower(), value) for key, value in self.data.items()]

    def _typed(self, key: str, kinds: tuple[type, ...], expected: str) -> object:
        spelled, value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, kinds) or isinstance(value, bool):
            raise _error(
                f"expected {expected}, got {_json_type(value)}",
                f"{self.path}.{spelled}",
                self.source,
            )
        return value

    def string(self, key: str) -> str | None:
        """A string value, ``None`` where absent; a value of another type is an error."""
        value = self._typed(key, (str,), "a string")
        return value if isinstance(value, str) else None

    def number(self, key: str) -> float | None:
        """A number value, ``None`` where absent; a value of another type is an error."""
        value = self._typed(key, (int, float), "a number")
        return float(value) if isinstance(value, (int, float)) else None

    def text(self, key: str) -> str | None:
        """A string value, ``None`` where absent or empty."""
        return self.string(key) or None

    def objects(self, key: str) -> list[_Doc]:
        """The objects of an array (ninjs 2.x/3.x) or of an object keyed by name (1.x)."""
        spelled, value = self.raw(key)
        if value is None:
            return []
        where = f"{self.path}.{spelled}"
        if isinstance(value, dict) and key in _KEYED:
            items = []
            for name, item in value.items():
                doc = _Doc.of(item, f"{where}.{name}", self.source)
                doc.data.setdefault("name", name)
                doc.keys.setdefault("name", "name")
                items.append(doc)
            return items
        if not isinstance(value, list):
            raise _error(f"expected an array, got {_json_type(value)}", where, self.source)
        return [_Doc.of(item, f"{where}[{i}]", self.source) for i, item in enumerate(value)]

    @staticmethod
    def of(value: object, path: str, source: str | None) -> _Doc:
        if not isinstance(value, dict):
            raise _error(f"expected an object, got {_json_type(value)}", path, source)
        return _Doc(dict(value), path, source)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def is_ninjs_1(data: dict[str, Any]) -> bool:
    """Whether a document has the flat shape of ninjs 1.x."""
    standard = data.get("$standard")
    if isinstance(standard, dict) and str(standard.get("version", "")).startswith("1"):
        return True
    return any(key in data for key in _FIELDS_1) or isinstance(data.get("associations"), dict)


# --------------------------------------------------------------------------- values


def _date(doc: _Doc, key: str) -> dt.date | None:
    text = doc.string(key)
    if not text:
        return None
    try:
        # in its own precision: ninjs asks for date-times, but a date alone is still a date
        return from_iso(text)
    except ValueError:
        return None  # ``validate`` reports it; reading goes on with the other dates


def _size(doc: _Doc, key: str) -> int | None:
    value = doc.number(key)
    if value is None or value < 0 or not value.is_integer():
        return None
    return int(value)


def _rendition(doc: _Doc) -> _Doc | None:
    renditions = doc.objects("renditions")
    for rendition in renditions:
        if rendition.string("name") in (WEB, "original") and rendition.string("href"):
            return rendition
    with_href = [r for r in renditions if r.string("href")]
    return with_href[0] if with_href else (renditions[0] if renditions else None)


def _descriptions(doc: _Doc, *, flat: bool) -> dict[str, str]:
    """Descriptions by role (``None`` role as ``""``)."""
    out: dict[str, str] = {}
    if flat:
        for key, value in doc.items():
            if key.startswith("description_") and isinstance(value, str):
                out.setdefault(key.removeprefix("description_"), value)
        return out
    for description in doc.objects("descriptions"):
        value = description.string("value")
        if value is not None:
            out.setdefault(description.string("role") or "", value)
    return out


def _image(doc: _Doc, *, flat: bool) -> Image:
    rendition = _rendition(doc)
    descriptions = _descriptions(doc, flat=flat)
    return Image(
        url=rendition.text("href") if rendition is not None else None,
        alt=descriptions.get("alt") or None,
        caption=descriptions.get("caption") or descriptions.get("") or None,
        credit=doc.text("byline" if flat else "by"),
        width=_size(rendition, "width") if rendition is not None else None,
        height=_size(rendition, "height") if rendition is not None else None,
    )


def _paragraphs(text: str) -> list[Block]:
    """Plain text: paragraphs apart by a blank line, a single line break kept inside one."""
    parts = text.replace("\r\n", "\n").split("\n\n")
    return [Paragraph([Text(part.strip("\n"))]) for part in parts if part.strip()]


# --------------------------------------------------------------------------- the reader


class _Reader:
    def __init__(self, doc: _Doc, *, flat: bool) -> None:
        self.doc = doc
        self.flat = flat

    def headlines(self) -> tuple[str, str | None]:
        if self.flat:
            sub = next(
                (self.doc.text(f"headline_{role}") for role in sorted(_SUBHEAD_ROLES)
                 if self.doc.text(f"headline_{role}")),
                None,
            )  # fmt: skip
            return self.doc.text("headline") or "", sub
        main: str | None = None
        sub = None
        for headline in self.doc.objects("headlines"):
            value = headline.string("value")
            role = (headline.string("role") or "").lower()
            if value is None:
                continue
            if role in _SUBHEAD_ROLES:
                sub = sub if sub is not None else value
            elif main is None and role in ("", "main", "headline"):
                main = value
        return main or self.doc.text("title") or "", sub

    def authors(self) -> tuple[list[Person], list[Organization]]:
        people = self.doc.objects("person" if self.flat else "people")
        authors = [
            Person(p.string("name") or "", url=None if self.flat else p.text("uri"))
            for p in people
            if (p.string("rel") or "author") == "author" and p.string("name")
        ]
        by = self.doc.text("byline" if self.flat else "by")
        if by is None or by == by_line([a.name for a in authors]):
            return authors, []
        # the byline as printed names whom people lacks (and its order wins)
        persons, organizations = read_by(by)
        known = {a.name: a for a in authors}
        named = [known.pop(p.name, p) for p in persons]
        return named + list(known.values()), organizations

    def sources(self) -> tuple[Organization | None, list[Organization]]:
        publisher: Organization | None = None
        agencies: list[Organization] = []
        key, role_key = ("infosource", "rel") if self.flat else ("infosources", "role")
        for source in self.doc.objects(key):
            name = source.string("name")
            if not name:
                continue
            organization = Organization(name, url=None if self.flat else source.text("uri"))
            role = (source.string(role_key) or AGENCY).lower()
            if role == PUBLISHER and publisher is None:
                publisher = organization
            else:
                agencies.append(organization)
        return publisher, agencies

    def subjects(self) -> tuple[list[str], str | None]:
        keywords: list[str] = []
        section: str | None = None
        for subject in self.doc.objects("subject" if self.flat else "subjects"):
            name = subject.string("name")
            name = name if name is not None else subject.string("literal")
            if name is None:
                continue
            if (subject.string("rel") or "").lower() == "section" and section is None:
                section = name
            else:
                keywords.append(name)
        return keywords, section

    def url(self) -> str | None:
        for rendition in self.doc.objects("renditions"):
            kind = rendition.string("mimetype" if self.flat else "contenttype") or ""
            if kind.split(";")[0].strip() == "text/html" and rendition.text("href"):
                return rendition.text("href")
        return None

    def bodies(self) -> tuple[str | None, str | None]:
        """(HTML, plain text) of the body, where given."""
        if self.flat:
            markup = self.doc.text("body_html") or self.doc.text("body_xhtml")
            texts = [
                v for k, v in self.doc.items()
                if k.startswith("body_") and k not in ("body_html", "body_xhtml")
                and isinstance(v, str)
            ]  # fmt: skip
            return markup, texts[0] if texts else None
        html: str | None = None
        text: str | None = None
        for body in self.doc.objects("bodies"):
            value = body.string("value")
            kind = (body.string("contenttype") or "").split(";")[0].strip().lower()
            if value is None:
                continue
            is_html = kind in ("text/html", "application/xhtml+xml") or (
                not kind and value.lstrip().startswith("<")
            )
            if is_html and html is None:
                html = value
            elif not is_html and text is None:
                text = value
        return html, text

    def images(self) -> tuple[Image | None, list[Image], list[Image]]:
        """(lead image, images of the body, other pictures)."""
        lead: Image | None = None
        body: list[Image] = []
        others: list[Image] = []
        for association in self.doc.objects("associations"):
            kind = (association.string("type") or "picture").lower()
            name = association.string("name") or ""
            if kind not in _PICTURES:
                continue
            image = _image(association, flat=self.flat)
            if name == LEAD_NAME and lead is None:
                lead = image
            elif name.startswith("image-"):
                body.append(image)
            else:
                others.append(image)
        return lead, body, others

    def body(self) -> tuple[Image | None, list[Block]]:
        html, text = self.bodies()
        lead, body_images, others = self.images()
        if html is not None:
            try:
                parsed = read_html(html)
            except FormatError as exc:
                where = "body_html" if self.flat else "bodies"
                raise _error(exc.reason, f"{self.doc.path}.{where}", self.doc.source) from exc
            blocks = list(parsed.blocks)
            lead = lead or parsed.lead
        else:
            blocks = _paragraphs(text or "")
            blocks.extend(ImageBlock(image) for image in body_images)
        shown = {b.image.url for b in blocks if isinstance(b, ImageBlock) and b.image.url}
        extra = [image for image in others if image.url is None or image.url not in shown]
        if lead is None and extra:
            lead = extra.pop(0)
        blocks.extend(ImageBlock(image) for image in extra)
        return lead, blocks

    def article(self) -> Article:
        headline, subheadline = self.headlines()
        authors, by_agencies = self.authors()
        publisher, agencies = self.sources()
        keywords, section = self.subjects()
        lead, blocks = self.body()
        descriptions = _descriptions(self.doc, flat=self.flat)
        description = next(
            (
                descriptions[role]
                for role in ("summary", *_DESCRIPTION_ROLES, "")
                if role in descriptions
            ),
            None,
        )
        located = self.doc.text("located")
        return Article(
            headline=headline,
            subheadline=subheadline,
            authors=authors,
            organizations=agencies + [o for o in by_agencies if o not in agencies],
            date_published=_date(self.doc, "firstcreated") or _date(self.doc, "contentcreated"),
            date_modified=_date(self.doc, "versioncreated"),
            dateline=Dateline(place=located) if located else None,
            lead_image=lead,
            body=blocks,
            url=self.url(),
            publisher=publisher,
            language=self.doc.text("language"),
            keywords=keywords,
            section=section,
            description=description or None,
            copyright=self.doc.text("copyrightnotice"),
        )


def read(data: object, *, source: str | None = None) -> Article:
    """The article a parsed ninjs document (any of 1.x, 2.x, 3.x) holds."""
    if not isinstance(data, dict):
        raise _error(f"expected a ninjs object, got {_json_type(data)}", "$", source)
    return _Reader(_Doc(data, "$", source), flat=is_ninjs_1(data)).article()
