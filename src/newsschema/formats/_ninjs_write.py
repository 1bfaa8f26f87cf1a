"""Article -> ninjs: the 3.2 document first, then 2.3 and 1.7 derived from it.

``ninjs.py`` documents the mapping and what each version cannot carry. The
builder collects a warning for everything it leaves out, so that nothing is
lost silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

from newsschema._dates import to_iso
from newsschema._normalize import normalize
from newsschema.formats._html_body import body_nodes, shown_image, to_html
from newsschema.formats._ids import as_uri, content_id, url_id
from newsschema.formats._jsontext import dump_bytes, dump_utf8
from newsschema.formats._meta import (
    by_line,
    clean_article,
    clean_xml_chars,
    copyright_holder,
    drop_lone_surrogates,
    has_xml_chars_only,
    mime_type,
)
from newsschema.model import (
    Article,
    DateValue,
    Image,
    ImageBlock,
    Organization,
    Person,
    count_words,
)

__all__ = ["AGENCY", "LEAD_NAME", "PUBLISHER", "SCHEMA_IDS", "VERSIONS", "WEB", "build", "to_data"]

VERSIONS = ("3.2", "2.3", "1.7")
"""The ninjs versions written: the newest approved release of each major version."""
SCHEMA_IDS = {
    "3.2": "http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json#",
    "2.3": "http://www.iptc.org/std/ninjs/ninjs-schema_2.3.json#",
    "1.7": "http://www.iptc.org/std/ninjs/ninjs-schema_1.7.json#",
}
LEAD_NAME = "featureimage"
"""The association that holds the lead image."""
WEB = "web"
"""The rendition name of the article's web page and of an image's file."""
AGENCY = "agency"
PUBLISHER = "publisher"


class _Writer:
    """Builds the ninjs 3.2 document of one article, collecting what it leaves out."""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        # the HTML body and what rendering it left out, where already rendered
        self.html: tuple[str, list[str]] | None = None

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def uri(self, value: str, where: str, base: str | None = None) -> str | None:
        uri, note = as_uri(value, base)
        if uri is None:
            self.warn(f"{where}: {note}; not written ({value!r})")
        elif note is not None:
            self.warn(f"{where}: {note} ({uri})")
        return uri

    def date(self, value: DateValue | None, where: str, field: str) -> str | None:
        """An RFC 3339 date-time with its offset; anything less is left out, never padded."""
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            self.warn(
                f"{where}: a date without a time; ninjs {field} is a date-time with an offset, "
                "and none is invented: not written"
            )
            return None
        offset = value.utcoffset()
        if offset is None:
            self.warn(
                f"{where}: a time without a time zone; ninjs {field} needs an offset, and none "
                "is invented: not written"
            )
            return None
        if offset.total_seconds() % 60:
            self.warn(
                f"{where}: an offset with seconds; written in UTC (RFC 3339 stops at minutes)"
            )
            value = value.astimezone(dt.timezone.utc)
        return to_iso(value)

    # ----------------------------------------------------------------- parts

    def people(self, authors: tuple[Person, ...]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for i, author in enumerate(authors):
            where = f"authors[{i}]"
            if not author.name.strip():
                self.warn(f"{where}: an author without a name is not written")
                continue
            person: dict[str, Any] = {"name": author.name, "rel": "author"}
            if author.url:
                uri = self.uri(author.url, f"{where}.url")
                if uri is not None:
                    person["uri"] = uri
            for name in ("role", "affiliation", "same_as"):
                if getattr(author, name):
                    self.warn(f"{where}.{name}: ninjs people have no place for it; not written")
            out.append(person)
        return out

    def source(self, organization: Organization, role: str, where: str) -> dict[str, Any] | None:
        if not organization.name.strip():
            self.warn(f"{where}: an organisation without a name is not written")
            return None
        source: dict[str, Any] = {"name": organization.name, "role": role}
        if organization.url:
            uri = self.uri(organization.url, f"{where}.url")
            if uri is not None:
                source["uri"] = uri
        if organization.logo:
            self.warn(f"{where}.logo: ninjs has no place for it; not written")
        return source

    def sources(self, article: Article) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        if article.publisher is not None:
            source = self.source(article.publisher, PUBLISHER, "publisher")
            if source is not None:
                out.append(source)
        for i, organization in enumerate(article.organizations):
            source = self.source(organization, AGENCY, f"organizations[{i}]")
            if source is not None:
                out.append(source)
        return out

    def association(
        self, image: Image, name: str, where: str, base: str | None
    ) -> dict[str, Any] | None:
        href = self.uri(image.url, f"{where}.url", base) if image.url else None
        descriptions = [
            {"value": value, "role": role}
            for value, role in ((image.caption, "caption"), (image.alt, "alt"))
            if value
        ]
        if href is None and not descriptions and not image.credit:
            return None
        rendition: dict[str, Any] = {"name": WEB}
        if href is not None:
            rendition["href"] = href
            kind = mime_type(href)
            if kind is not None:
                rendition["contentType"] = kind
        for size in ("width", "height"):
            value = getattr(image, size)
            if value is not None and value >= 0:
                rendition[size] = value
            elif value is not None:
                self.warn(f"{where}.{size}: a negative size is not written")
        content: dict[str, Any] = {"type": "picture"}
        if descriptions:
            content["descriptions"] = descriptions
        if image.credit:
            content["by"] = image.credit
        if href is not None or len(rendition) > 1:
            content["renditions"] = [rendition]
        # the picture's id: its URL, else minted from what the association says of it
        uri = href or content_id("ninjs-image", dump_bytes(content, indent=None))
        return {"name": name, "rel": "image", "uri": uri, **content}

    def associations(self, article: Article) -> list[dict[str, Any]]:
        base = article.url or None
        images: list[tuple[Image, str, str]] = []
        if article.lead_image is not None:
            images.append((article.lead_image, LEAD_NAME, "lead_image"))
        n = 0
        for i, block in enumerate(article.body):
            # a body image as the HTML body shows it: the reader takes body images from there
            image = shown_image(block.image) if isinstance(block, ImageBlock) else None
            if image is not None:
                n += 1
                images.append((image, f"image-{n}", f"body[{i}].image"))
        out = []
        for image, name, where in images:
            association = self.association(image, name, where, base)
            if association is not None:
                out.append(association)
        return out

    def subjects(self, article: Article) -> list[dict[str, Any]]:
        subjects = [{"name": keyword, "rel": "keyword"} for keyword in article.keywords]
        if article.section:
            subjects.append({"name": article.section, "rel": "section"})
        return subjects

    def bodies(self, article: Article) -> list[dict[str, Any]]:
        text = article.text
        if self.html is None:
            html = to_html(body_nodes(article.body, warnings=self.warnings))
        else:
            html, lost = self.html
            self.warnings.extend(lost)
        if not text and not html:
            return []
        return [
            {
                "value": text,
                "contentType": "text/plain",
                "charCount": len(text),
                "wordCount": count_words(text),
            },
            {"value": html, "contentType": "text/html"},
        ]

    def dateline(self, article: Article) -> str | None:
        dateline = article.dateline
        if dateline is None:
            return None
        for name in ("agency", "date"):
            if getattr(dateline, name):
                self.warn(f"dateline.{name}: ninjs has no place for it (located is the place)")
        return dateline.place or None

    # ----------------------------------------------------------------- the document

    def document(self, article: Article) -> dict[str, Any]:
        doc: dict[str, Any] = {"uri": "", "type": "text"}
        headlines = [{"value": article.headline, "role": "main"}]
        if article.subheadline:
            headlines.append({"value": article.subheadline, "role": "subhead"})
        names = [a.name for a in article.authors if a.name.strip()]
        parts: dict[str, Any] = {
            "firstCreated": self.date(article.date_published, "date_published", "firstCreated"),
            "versionCreated": self.date(article.date_modified, "date_modified", "versionCreated"),
            "language": article.language or None,
            "headlines": headlines,
            "by": by_line(names),
            "located": self.dateline(article),
            "descriptions": [{"value": article.description, "role": "summary"}]
            if article.description
            else None,
            "bodies": self.bodies(article),
            "people": self.people(article.authors),
            "infoSources": self.sources(article),
            "subjects": self.subjects(article),
            "copyrightHolder": copyright_holder(article.copyright) if article.copyright else None,
            "copyrightNotice": article.copyright or None,
            "renditions": self.renditions(article),
            "associations": self.associations(article),
        }
        doc.update({key: value for key, value in parts.items() if value not in (None, [], "")})
        doc["standard"] = {"name": "ninjs", "version": "3.2", "schema": SCHEMA_IDS["3.2"]}
        return doc

    def renditions(self, article: Article) -> list[dict[str, Any]]:
        if not article.url:
            return []
        href = self.uri(article.url, "url")
        if href is None:
            return []
        return [{"name": WEB, "href": href, "contentType": "text/html"}]


# --------------------------------------------------------------------------- versions


def _lower_keys(value: Any) -> Any:
    """ninjs 2.x spells every property in lower case (``firstcreated``, ``contenttype``)."""
    if isinstance(value, dict):
        return {key.lower(): _lower_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_lower_keys(item) for item in value]
    return value


def _to_2(doc: dict[str, Any], warn: Callable[[str], None]) -> dict[str, Any]:
    del warn  # 2.3 holds everything 3.2 is given here but the associations' rel
    out: dict[str, Any] = _lower_keys(doc)
    for association in out.get("associations", []):
        association.pop("rel", None)
    out["standard"] = {"name": "ninjs", "version": "2.3", "schema": SCHEMA_IDS["2.3"]}
    return out


def _renditions_1(renditions: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for rendition in renditions:
        item = {k: v for k, v in rendition.items() if k != "name"}
        if "contentType" in item:
            item["mimetype"] = item.pop("contentType")
        out[rendition["name"]] = item
    return out


def _text_1(doc: dict[str, Any], out: dict[str, Any]) -> None:
    for headline in doc.get("headlines", []):
        key = "headline" if headline.get("role") == "main" else "headline_" + headline["role"]
        out[key] = headline["value"]
    for body in doc.get("bodies", []):
        kind = "html" if body["contentType"] == "text/html" else "text"
        out["body_" + kind] = body["value"]
        if kind == "text":
            out["charcount"] = body["charCount"]
            out["wordcount"] = body["wordCount"]
    for description in doc.get("descriptions", []):
        out["description_" + description["role"]] = description["value"]


def _image_1(association: dict[str, Any], warn: Callable[[str], None]) -> dict[str, Any]:
    out: dict[str, Any] = {"uri": association["uri"], "type": "picture"}
    for description in association.get("descriptions", []):
        out["description_" + description["role"]] = description["value"]
    if "by" in association:
        out["byline"] = association["by"]
    if "renditions" in association:
        out["renditions"] = _renditions_1(association["renditions"])
    del warn
    return out


def _to_1(doc: dict[str, Any], warn: Callable[[str], None]) -> dict[str, Any]:
    out: dict[str, Any] = {"uri": doc["uri"], "type": doc["type"]}
    for key in ("firstCreated", "versionCreated", "language"):
        if key in doc:
            out[key.lower()] = doc[key]
    _text_1(doc, out)
    if "by" in doc:
        out["byline"] = doc["by"]
    if "located" in doc:
        out["located"] = doc["located"]
    if doc.get("people"):
        out["person"] = [{"name": p["name"], "rel": p["rel"]} for p in doc["people"]]
        if any("uri" in p for p in doc["people"]):
            warn("authors[].url: ninjs 1.7 people have no URI; not written")
    if doc.get("infoSources"):
        out["infosource"] = [{"name": s["name"], "rel": s["role"]} for s in doc["infoSources"]]
        if any("uri" in s for s in doc["infoSources"]):
            warn(
                "publisher.url, organizations[].url: ninjs 1.7 infosources have no URI; not written"
            )
    if doc.get("subjects"):
        out["subject"] = doc["subjects"]
    for key in ("copyrightHolder", "copyrightNotice"):
        if key in doc:
            out[key.lower()] = doc[key]
    if doc.get("renditions"):
        out["renditions"] = _renditions_1(doc["renditions"])
    if doc.get("associations"):
        out["associations"] = {a["name"]: _image_1(a, warn) for a in doc["associations"]}
    out["$standard"] = {"name": "ninjs", "version": "1.7", "schema": SCHEMA_IDS["1.7"]}
    return out


_DERIVED: dict[str, Callable[[dict[str, Any], Callable[[str], None]], dict[str, Any]]] = {
    "2.3": _to_2,
    "1.7": _to_1,
}


def _with_uri(doc: dict[str, Any], href: str | None) -> dict[str, Any]:
    """The document with its id first: from the URL as written (so that the document read
    back gets the same id), else from its content without the id."""
    del doc["uri"]
    uri = url_id(href) if href else content_id("ninjs", dump_bytes(doc, indent=None))
    return {"uri": uri, **doc}


def _body_for_html(article: Article, writer: _Writer) -> Article:
    """The article with a body the HTML body can hold: control characters (and what else
    XML 1.0 forbids) are removed from the body's text, with a warning, so that the plain
    and the HTML body say the same. A body that can be held as it is is rendered once:
    the writer keeps it."""
    lost: list[str] = []
    html = to_html(body_nodes(article.body, warnings=lost))
    if has_xml_chars_only(html):
        writer.html = (html, lost)
        return article
    shell, removed = clean_article(
        Article(headline="", body=article.body), clean_xml_chars, "an HTML body cannot hold"
    )
    writer.warnings.extend(removed)
    return attrs.evolve(article, body=shell.body)


def to_data(article: Article, version: str = "3.2") -> tuple[dict[str, Any], list[str]]:
    """The article as a ninjs document of ``version`` (a JSON-ready dict), and the warnings."""
    if version not in VERSIONS:
        raise ValueError(f"ninjs version {version!r} is not written; expected one of {VERSIONS}")
    writer = _Writer()
    # an article built by hand is first made valid, as for every format (``_normalize``)
    article, fixes = normalize(article)
    writer.warnings.extend(str(fix) for fix in fixes)
    article = _body_for_html(article, writer)
    doc = writer.document(article)
    web = [r["href"] for r in doc.get("renditions", []) if r["name"] == WEB and "href" in r]
    derive = _DERIVED.get(version)
    if derive is not None:
        doc = derive(doc, writer.warn)
    return _with_uri(doc, web[0] if web else None), writer.warnings


def build(article: Article, version: str = "3.2") -> tuple[bytes, list[str]]:
    """The article as ninjs JSON text (UTF-8, indented), and the warnings.

    A lone surrogate (read from a JSON escape) is rare: the document is written from the
    article as it is, and only where some text cannot be UTF-8 is the article cleaned,
    with a warning for each field that lost characters.
    """
    doc, warnings = to_data(article, version)
    data = dump_utf8(doc)
    if data is not None:
        return data, warnings
    clean, removed = clean_article(article, drop_lone_surrogates, "UTF-8 cannot hold")
    doc, warnings = to_data(clean, version)
    return dump_bytes(doc), removed + warnings
