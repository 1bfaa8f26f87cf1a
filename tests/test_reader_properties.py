"""Whatever any reader returns is valid in every format (issue 9, section 2).

Over adversarial inputs to every reader (text through ``parse``, JSON, JSON-LD and
NITF, their addresses, languages, dates and sizes drawn from ``newsschema.testing``'s
hostile strategies): each returns an Article or raises a NewsschemaError; the
Article writes JSON, JSON-LD and NITF that the project's own validators accept,
and its JSON reads back to the same Article. Writers, given an article built by
hand with the same values, still write valid documents.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import newsschema
from newsschema import Article, NewsschemaError
from newsschema._dates import to_iso, to_iso_basic
from newsschema._normalize import normalize
from newsschema.formats import json as json_format
from newsschema.formats import jsonld, nitf
from newsschema.testing import (
    hostile_dates,
    hostile_languages,
    hostile_sizes,
    hostile_texts,
    hostile_urls,
    raw_articles,
)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
DOCUMENTS = settings(SETTINGS, max_examples=60)
"""Generated documents are large: fewer of them keep the suite quick (benchmarks/fuzz.py
runs a hundred thousand per reader)."""
NS = "http://iptc.org/std/NITF/2006-10-18/"


def assert_valid_everywhere(article: Article) -> None:
    """The article's JSON, JSON-LD and NITF pass the project's validators; JSON reads back."""
    document = newsschema.to_json(article)
    assert newsschema.validate_json(document) == [], document
    assert newsschema.from_json(document) == article
    problems = newsschema.validate_jsonld(newsschema.to_jsonld(article))
    assert [p for p in problems if p.severity == "error"] == []
    data = newsschema.to_nitf(article)
    assert newsschema.validate_nitf(data) == [], data


def read_and_check(read: Callable[[], Article]) -> Article | None:
    try:
        article = read()
    except NewsschemaError:
        return None  # a clean refusal; test_hostile_inputs checks what such errors say
    assert normalize(article) == (article, ())  # the reader made it valid already
    assert_valid_everywhere(article)
    return article


# --------------------------------------------------------------------------- writers


@SETTINGS
@given(raw_articles())
def test_writers_give_valid_documents_for_any_article(article: Article) -> None:
    valid, fixes = normalize(article)
    assert normalize(valid) == (valid, ())
    for module in (json_format, jsonld, nitf):
        data, warnings = module.encode_with_warnings(article)
        assert data == module.encode_with_warnings(valid)[0]
        assert [str(fix) for fix in fixes] == [str(w) for w in warnings[: len(fixes)]]
    assert newsschema.from_json(newsschema.to_json(article)) == valid
    assert newsschema.validate_json(newsschema.to_json(article)) == []
    problems = newsschema.validate_jsonld(newsschema.to_jsonld_string(article))
    assert [p for p in problems if p.severity == "error"] == []
    assert newsschema.validate_nitf(newsschema.to_nitf(article)) == []


# --------------------------------------------------------------------------- text

_SAMPLE_URL = hostile_urls().map(lambda u: u or "")
_TEXT_LINES = st.one_of(
    st.builds("Some prose words [{}]({}) here today.".format, hostile_texts(6), _SAMPLE_URL),
    st.builds("![{}]({})".format, hostile_texts(6), _SAMPLE_URL),
    st.builds("<{}>".format, _SAMPLE_URL),
    st.builds("Original url: {}".format, _SAMPLE_URL),
    st.builds("By {} | {}".format, hostile_texts(8), _SAMPLE_URL),
    st.sampled_from(
        [
            "",
            "",
            "March 3, 2023 10:00 +23:59",
            "Published: 2023-03-03T10:00:00-23:30",
            "Updated 1 Jan 0001 00:00 UTC",
            "December 31, 9999 11:59 pm +14:01",
            "The ferry resumed its route on Friday after three months in dry dock.",
            "## Sub",
            "> quoted words in a quote",
            "- an item with words",
        ]
    ),
    hostile_texts(20),
)
_FRONT_MATTER = st.builds(
    "---\ntitle: {}\nurl: {}\nhostname: {}\nlanguage: {}\nimage: {}\ndate: {}\n---\n".format,
    hostile_texts(8).map(lambda s: s.replace("\n", " ")),
    _SAMPLE_URL.map(lambda s: s.replace("\n", " ")),
    st.sampled_from(["news example", "news.example", "[x]", "münchen.example", ""]),
    hostile_languages().map(lambda s: (s or "").replace("\n", " ")),
    _SAMPLE_URL.map(lambda s: s.replace("\n", " ")),
    st.sampled_from(["2023-03-03T10:00:00+23:59", "20180619T055000+0900", "2023-02-30", "x"]),
)
_TEXTS = st.builds(
    lambda front, lines: front + "\n".join(lines),
    st.just("") | _FRONT_MATTER,
    st.lists(_TEXT_LINES, min_size=1, max_size=12),
)


@SETTINGS
@given(_TEXTS)
def test_text_reader(text: str) -> None:
    read_and_check(lambda: newsschema.parse(text, source="generated.txt"))


# --------------------------------------------------------------------------- JSON


def _date_texts() -> st.SearchStrategy[str | None]:
    return st.one_of(
        hostile_dates().map(lambda d: None if d is None else to_iso(d)),
        st.sampled_from(["2023-03-03T10:00:00+23:59", "2023-02-30", "20180619T055000+0900"]),
    )


@DOCUMENTS
@given(st.data())
def test_json_reader(data: st.DataObject) -> None:
    document = json.loads(newsschema.to_json(data.draw(raw_articles())))
    # then values the writer would never give, where the schema is most particular
    document["url"] = data.draw(hostile_urls())
    document["language"] = data.draw(hostile_languages())
    document["datePublished"] = data.draw(_date_texts())
    document["authors"].append(
        {"name": data.draw(hostile_texts()), "url": data.draw(hostile_urls())}
        | {"role": None, "affiliation": None}
    )
    if document["leadImage"] is not None:
        document["leadImage"]["width"] = data.draw(hostile_sizes())
        document["leadImage"]["url"] = data.draw(hostile_urls())
    text = json.dumps(document)
    article = read_and_check(lambda: newsschema.from_json(text))
    # from_json reads every document validate_json accepts (and maps IRIs it does not)
    if newsschema.validate_json(text) == []:
        assert article is not None


# --------------------------------------------------------------------------- JSON-LD


def _jsonld_nodes(data: st.DataObject) -> dict[str, object]:
    url, text, size = hostile_urls(), hostile_texts(), hostile_sizes()
    node: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": data.draw(st.sampled_from(["NewsArticle", "BlogPosting", "Article"])),
        "headline": data.draw(text),
        "url": data.draw(url),
        "inLanguage": data.draw(hostile_languages()),
        "datePublished": data.draw(_date_texts()),
        "dateModified": data.draw(_date_texts()),
        "author": [
            {"@type": "Person", "name": data.draw(text), "url": data.draw(url)},
            {"@type": "Organization", "name": data.draw(text), "url": data.draw(url)},
            data.draw(text),
        ],
        "image": [
            data.draw(url),
            {
                "@type": "ImageObject",
                "url": data.draw(url),
                "width": data.draw(size),
                "height": data.draw(st.one_of(size, url)),
            },
        ],
        "publisher": {
            "@type": "Organization",
            "name": data.draw(text),
            "logo": {"@type": "ImageObject", "url": data.draw(url)},
            "url": data.draw(url),
        },
        "mainEntityOfPage": {"@id": data.draw(url)},
        "articleBody": data.draw(text),
        "keywords": data.draw(st.one_of(text, st.lists(text, max_size=3))),
    }
    return {key: value for key, value in node.items() if data.draw(st.booleans()) or key[0] == "@"}


@DOCUMENTS
@given(st.data())
def test_jsonld_reader(data: st.DataObject) -> None:
    node = _jsonld_nodes(data)
    read_and_check(lambda: newsschema.from_jsonld(node))
    text = json.dumps(node)
    read_and_check(lambda: newsschema.from_jsonld(text))
    page = f'<html><script type="application/ld+json">{text}</script></html>'
    read_and_check(lambda: newsschema.from_jsonld(page))
    # and the document the JSON-LD writer gives for a raw article reads back valid
    written = newsschema.to_jsonld_string(data.draw(raw_articles()))
    read_and_check(lambda: newsschema.from_jsonld(written))


# --------------------------------------------------------------------------- NITF


def _set(element: etree._Element, name: str, value: str | None) -> None:
    if value is not None:
        element.set(name, value)


def _norms() -> st.SearchStrategy[str | None]:
    return st.one_of(
        hostile_dates().map(lambda d: None if d is None else to_iso_basic(d)),
        st.sampled_from(["20230303T100000+2359", "00000101", "99999999", "2023-03-03T10:00+14:00"]),
    )


def _attribute_text(strategy: st.SearchStrategy[str | None]) -> st.SearchStrategy[str | None]:
    """Values XML can hold in an attribute (no control characters, no surrogates)."""
    return strategy.map(
        lambda s: None if s is None else "".join(c for c in s if c.isprintable() or c == " ")
    )


@DOCUMENTS
@given(st.data())
def test_nitf_reader(data: st.DataObject) -> None:
    root = etree.fromstring(newsschema.to_nitf(data.draw(raw_articles())))
    url = _attribute_text(hostile_urls())
    _set(
        root,
        "{http://www.w3.org/XML/1998/namespace}lang",
        data.draw(_attribute_text(hostile_languages())),
    )
    head = root.find(f"{{{NS}}}head")
    assert head is not None
    pubdata = etree.SubElement(head, f"{{{NS}}}pubdata")
    _set(pubdata, "ex-ref", data.draw(url))
    _set(pubdata, "date.publication", data.draw(_norms()))
    revision = etree.SubElement(head, f"{{{NS}}}revision-history")
    _set(revision, "norm", data.draw(_norms()))
    body = root.find(f"{{{NS}}}body")
    assert body is not None
    content = etree.SubElement(body, f"{{{NS}}}body.content")
    paragraph = etree.SubElement(content, f"{{{NS}}}p")
    link = etree.SubElement(paragraph, f"{{{NS}}}a")
    _set(link, "href", data.draw(url))
    link.text = "a link"
    media = etree.SubElement(content, f"{{{NS}}}media", {"media-type": "image"})
    reference = etree.SubElement(media, f"{{{NS}}}media-reference")
    _set(reference, "source", data.draw(url))
    _set(
        reference,
        "width",
        data.draw(_attribute_text(hostile_sizes().map(lambda n: None if n is None else str(n)))),
    )
    document = etree.tostring(root, encoding="UTF-8")
    read_and_check(lambda: newsschema.from_nitf(document))


def test_offsets_a_reader_cannot_write_are_never_returned() -> None:
    # the JSON-LD reader takes +23:59 (ISO 8601 allows it); the model's edge drops it
    node = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H"}
    node["datePublished"] = "2023-03-03T10:00:00+23:59"
    article = read_and_check(lambda: newsschema.from_jsonld(node))
    assert article is not None
    assert article.date_published == dt.datetime(2023, 3, 3, 10, 0)
