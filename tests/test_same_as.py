"""``Person.same_as`` and the publisher's logo size in every format that has a place for them."""

from __future__ import annotations

import json
from pathlib import Path

import newsschema
from conftest import run_checker
from newsschema import Article, Organization, Paragraph, Person, Text
from newsschema.formats import newsml, ninjs, nitf

ARTICLE = Article(
    headline="Harbour crane returns",
    authors=(
        Person(
            "Tomas Berg",
            url="https://courier.example/staff/tomas-berg",
            role="Science editor",
            same_as=("https://social.example/@tberg", "https://wiki.example/Tomas_Berg"),
        ),
        Person("Ilse Marang", same_as=("https://social.example/@ilse",)),
        Person("Nadia Orlova"),
    ),
    publisher=Organization(
        "Northfield Courier",
        url="https://courier.example",
        logo="https://courier.example/logo.png",
        logo_width=600,
        logo_height=60,
    ),
    body=(Paragraph((Text("The old crane is back on the quay."),)),),
)


def test_json_writes_same_as_only_where_there_is_one() -> None:
    data = json.loads(newsschema.to_json(ARTICLE))
    first, second, third = data["authors"]
    assert first["sameAs"] == ["https://social.example/@tberg", "https://wiki.example/Tomas_Berg"]
    assert second["sameAs"] == ["https://social.example/@ilse"]
    assert "sameAs" not in third  # documents without it stay what they were
    assert data["publisher"]["logoWidth"] == 600
    assert data["publisher"]["logoHeight"] == 60
    assert newsschema.validate_json(data) == []
    assert newsschema.from_json(newsschema.to_json(ARTICLE)) == ARTICLE
    bare = json.loads(newsschema.to_json(Article("x", publisher=Organization("P"))))
    assert set(bare["publisher"]) == {"name", "url", "logo"}


def test_json_schema_checks_same_as() -> None:
    data = json.loads(newsschema.to_json(ARTICLE))
    data["authors"][0]["sameAs"] = ["not a url"]
    data["publisher"]["logoWidth"] = 0
    paths = {p.path for p in newsschema.validate_json(data)}
    assert paths == {"$.authors[0].sameAs[0]", "$.publisher"}  # publisher: null or an object


def test_jsonld_writes_and_reads_same_as_and_the_logo_size() -> None:
    data = newsschema.to_jsonld(ARTICLE)
    assert data["author"][0]["sameAs"] == list(ARTICLE.authors[0].same_as)
    assert data["author"][1] == {
        "@type": "Person",
        "name": "Ilse Marang",
        "sameAs": ["https://social.example/@ilse"],
    }
    assert "sameAs" not in data["author"][2]
    assert data["publisher"]["logo"] == {
        "@type": "ImageObject",
        "url": "https://courier.example/logo.png",
        "width": 600,
        "height": 60,
    }
    back = newsschema.from_jsonld(data)
    assert back.authors == ARTICLE.authors
    assert back.publisher == ARTICLE.publisher
    problems = newsschema.validate_jsonld(newsschema.to_jsonld_string(ARTICLE))
    assert [p for p in problems if p.severity == "error"] == []
    assert not any("sameAs" in (p.path or "") or "logo" in (p.path or "") for p in problems)


def test_jsonld_same_as_as_one_string_and_no_url() -> None:
    doc = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "h",
        "author": {"@type": "Person", "name": "Jane Roe", "sameAs": "https://social.example/jr"},
    }
    (author,) = newsschema.from_jsonld(doc).authors
    assert author == Person("Jane Roe", same_as=("https://social.example/jr",))


def test_nitf_carries_same_as_in_virtloc(tmp_path: Path) -> None:
    data = nitf.encode(ARTICLE)
    assert (
        b'<virtloc value="https://courier.example/staff/tomas-berg"/>'
        b'<virtloc idsrc="https://schema.org/sameAs" value="https://social.example/@tberg"/>'
    ) in data
    assert nitf.validate(data, strict=True) == []
    assert nitf.decode(data).authors == ARTICLE.authors
    path = tmp_path / "same-as.xml"
    path.write_bytes(data)
    result = run_checker("check_nitf.py", path)  # the official NITF 3.6 XSD
    assert result.returncode == 0, result.stdout + result.stderr


def test_newsml_carries_same_as_in_creator_and_ninjs_says_it_has_no_place() -> None:
    data = newsml.encode(ARTICLE)
    assert b'<sameAs uri="https://social.example/@tberg"/>' in data
    assert newsml.validate(data, strict=True) == []
    assert newsml.decode(data).authors == ARTICLE.authors
    _doc, warnings = ninjs.encode_with_warnings(ARTICLE)
    assert "authors[0].same_as: ninjs people have no place for it; not written" in warnings
