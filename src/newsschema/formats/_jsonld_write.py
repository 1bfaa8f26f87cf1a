"""The JSON-LD writer: an Article as a schema.org NewsArticle (private).

Text values are stripped; a value that is empty after that is left out, as
are nodes that would say nothing (an author without a name, an image with
neither URL nor caption). Lists (``author``, ``image``, ``keywords``,
``sourceOrganization``) are always arrays, so one shape reads back.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from newsschema._dates import to_iso
from newsschema._gaps import Gap, GapCode, fix_for, host_of
from newsschema._normalize import Fix, normalize
from newsschema.formats import _jsonld_google as google
from newsschema.formats._jsonld_common import CONTEXT, compose_dateline, join_paragraphs
from newsschema.model import Article, DateValue, Image, Organization, Person, count_words

__all__ = ["ARTICLE_TYPE", "build", "build_data", "gaps"]

ARTICLE_TYPE = "NewsArticle"

JsonObject = dict[str, Any]


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    return text.strip() or None


def _put(node: JsonObject, key: str, value: str | None) -> None:
    """Set ``key`` to the stripped text, or leave it out when there is none."""
    text = _clean(value)
    if text is not None:
        node[key] = text


def _date(value: DateValue) -> str:
    """ISO 8601 in the value's precision; a zero offset is written ``Z``, so that it reads back
    as the same text, and an offset with seconds (old local mean times) as UTC."""
    if isinstance(value, dt.datetime) and (offset := value.utcoffset()) is not None:
        odd = offset.seconds % 60 or offset.microseconds
        if offset == dt.timedelta(0) or odd:
            value = value.astimezone(dt.timezone.utc)
    return to_iso(value)


def _organization(org: Organization) -> JsonObject | None:
    name = _clean(org.name)
    if name is None:
        return None
    node: JsonObject = {"@type": "Organization", "name": name}
    _put(node, "url", org.url)
    if (logo := _clean(org.logo)) is not None:
        node["logo"] = {"@type": "ImageObject", "url": logo}
        if org.logo_width is not None:
            node["logo"]["width"] = org.logo_width
        if org.logo_height is not None:
            node["logo"]["height"] = org.logo_height
    return node


def _person(person: Person) -> JsonObject | None:
    name = _clean(person.name)
    if name is None:
        return None
    node: JsonObject = {"@type": "Person", "name": name}
    _put(node, "url", person.url)
    same_as = dict.fromkeys(url for item in person.same_as if (url := _clean(item)) is not None)
    if same_as:
        node["sameAs"] = list(same_as)
    _put(node, "jobTitle", person.role)
    if (affiliation := _clean(person.affiliation)) is not None:
        node["affiliation"] = {"@type": "Organization", "name": affiliation}
    return node


def _image(image: Image) -> JsonObject | None:
    node: JsonObject = {"@type": "ImageObject"}
    if (url := _clean(image.url)) is not None:
        node["url"] = url
        node["contentUrl"] = url
    _put(node, "caption", image.caption)
    _put(node, "creditText", image.credit)
    _put(node, "description", image.alt)
    if image.width is not None:
        node["width"] = image.width
    if image.height is not None:
        node["height"] = image.height
    return node if len(node) > 1 else None


class _Writer:
    def __init__(self, article: Article, publisher: Organization | None) -> None:
        self.article = article
        self.publisher = publisher if publisher is not None else article.publisher
        self.notes: list[str] = []

    def build(self) -> JsonObject:
        a = self.article
        data: JsonObject = {"@context": CONTEXT, "@type": ARTICLE_TYPE}
        _put(data, "headline", a.headline)
        _put(data, "alternativeHeadline", a.subheadline)
        _put(data, "description", a.description)
        images = [node for image in a.images if (node := self.image(image)) is not None]
        if images:
            data["image"] = images
        if a.date_published is not None:
            data["datePublished"] = _date(a.date_published)
        if a.date_modified is not None:
            data["dateModified"] = _date(a.date_modified)
        publisher = self.publisher_node()
        authors, sources = self.authors(publisher)
        if authors:
            data["author"] = authors
        if publisher is not None:
            data["publisher"] = publisher
        if sources:
            data["sourceOrganization"] = sources
        if (url := _clean(a.url)) is not None:
            data["url"] = url
            data["mainEntityOfPage"] = {"@type": "WebPage", "@id": url}
        if a.dateline is not None:
            _put(data, "dateline", compose_dateline(*_dateline_fields(a)))
        _put(data, "articleSection", a.section)
        keywords = [k for word in a.keywords if (k := _clean(word)) is not None]
        if keywords:
            data["keywords"] = keywords
        _put(data, "inLanguage", a.language)
        text = a.text  # joined once: the word count reads the same text
        body = join_paragraphs([text])
        if body:
            data["wordCount"] = count_words(text)
            data["articleBody"] = body
        _put(data, "copyrightNotice", a.copyright)
        return data

    def image(self, image: Image) -> JsonObject | None:
        node = _image(image)
        if node is None:
            self.notes.append("an image with no URL, caption, credit or size was left out")
        return node

    def publisher_node(self) -> JsonObject | None:
        if self.publisher is None:
            return None
        node = _organization(self.publisher)
        if node is None:
            self.notes.append("the publisher has no name and was left out")
        return node

    def authors(self, publisher: JsonObject | None) -> tuple[list[JsonObject], list[JsonObject]]:
        """People and agencies as ``author``; an agency that is the publisher itself goes to
        ``sourceOrganization``, since Google wants the publisher's name kept out of ``author``."""
        publisher_name = str(publisher["name"]).casefold() if publisher is not None else None
        authors: list[JsonObject] = []
        for person in self.article.authors:
            if (node := _person(person)) is not None:
                authors.append(node)
            else:
                self.notes.append("an author without a name was left out")
        sources: list[JsonObject] = []
        for org in self.article.organizations:
            if (node := _organization(org)) is None:
                self.notes.append("an organization without a name was left out")
            elif str(node["name"]).casefold() == publisher_name:
                sources.append(node)
            else:
                authors.append(node)
        return authors, sources


def _dateline_fields(article: Article) -> tuple[str | None, str | None, str | None]:
    dateline = article.dateline
    if dateline is None:
        return None, None, None
    return dateline.place, dateline.agency, dateline.date


_AUTHOR_PATH = re.compile(r"\$\.author\[(\d+)\]")


def _author_name(data: JsonObject, path: str | None) -> str | None:
    """The name of the author (a person or an agency) a gap's path points at
    (``$.author[1]``)."""
    m = _AUTHOR_PATH.match(path or "")
    authors = data.get("author")
    if m is None or not isinstance(authors, list) or int(m.group(1)) >= len(authors):
        return None
    name = authors[int(m.group(1))].get("name")
    return name if isinstance(name, str) else None


def gaps(data: JsonObject, article: Article) -> list[Gap]:
    """Google's recommendations the document misses, each with the profile key that would
    fill it for the article's site."""
    host = host_of(article.url)
    out = []
    for code, problem in google.article_gaps(data):
        key, fix = fix_for(code, host, _author_name(data, problem.path)) or (None, None)
        out.append(Gap(code, problem.message, key=key, fix=fix, path=problem.path))
    return out


def _written(
    article: Article, publisher: Organization | None
) -> tuple[Article, JsonObject, _Writer, tuple[Fix, ...]]:
    if publisher is not None:
        article = attrs.evolve(article, publisher=publisher)
    article, fixes = normalize(article)
    writer = _Writer(article, None)
    return article, writer.build(), writer, fixes


def build_data(article: Article, publisher: Organization | None = None) -> JsonObject:
    """The NewsArticle document alone: what :func:`build` gives, without the warnings (a
    writer asked for bytes only does not check Google's recommendations)."""
    return _written(article, publisher)[1]


def build(article: Article, publisher: Organization | None = None) -> tuple[JsonObject, list[Gap]]:
    """The NewsArticle document and the warnings: what was left out, then Google's gaps.

    An article built by hand is first made valid (``_normalize``): a value no valid
    document can hold as it is (a relative author URL ...) is left out, with a warning."""
    article, data, writer, fixes = _written(article, publisher)
    notes = [Gap(GapCode.LEFT_OUT, str(fix)) for fix in fixes]
    notes += [Gap(GapCode.LEFT_OUT, note) for note in writer.notes]
    return data, notes + gaps(data, article)
