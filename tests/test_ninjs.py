"""ninjs: every article valid against IPTC's official schemas (format checks on) in 3.2,
2.3 and 1.7; the mapping; dates never padded; round trips; IPTC's examples; broken
documents rejected with path and reason."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from jsonschema import validators

import newsschema
from conftest import EXAMPLES, REAL_ARTICLE, SHARED, need_shared
from newsschema.errors import FormatError, NotAnArticleError
from newsschema.formats import ninjs
from newsschema.formats._ids import as_uri
from newsschema.formats._meta import clean_article, clean_xml_chars
from newsschema.formats._ninjs_validate import SCHEMA_FILES
from newsschema.model import (
    Article,
    Dateline,
    Image,
    ImageBlock,
    Organization,
    Paragraph,
    Person,
    Text,
)
from test_nitf_articles import ARTICLES, FULL, NAIVE, PLUS_3

VERSIONS = ninjs.VERSIONS


def official(version: str) -> Any:
    """A validator of the schema in ../shared (not the packaged copy), format checks on."""
    path = need_shared("standards", "ninjs", f"ninjs-schema_{version}.json")
    schema = json.loads(path.read_text("utf-8"))
    cls = validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def assert_valid(document: dict[str, Any], version: str) -> None:
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in official(version).iter_errors(document)
    ]
    assert errors == []
    assert newsschema.validate_ninjs(document) == []


def expected_back(article: Article, version: str) -> Article:
    """``article`` less what ninjs ``version`` cannot carry (the losses ninjs.py lists)."""

    def aware(value: dt.date | None) -> dt.date | None:
        keep = isinstance(value, dt.datetime) and value.utcoffset() is not None
        return value if keep else None

    old = version == "1.7"
    publisher = article.publisher
    # the HTML body holds no control characters: removed from the body (with a warning)
    shell, _ = clean_article(Article(headline="", body=article.body), clean_xml_chars, "")
    return attrs.evolve(
        article,
        body=shell.body,
        authors=[
            Person(a.name, url=None if old else a.url) for a in article.authors if a.name.strip()
        ],
        organizations=[Organization(o.name, None if old else o.url) for o in article.organizations],
        publisher=Organization(publisher.name, None if old else publisher.url)
        if publisher
        else None,
        dateline=Dateline(article.dateline.place)
        if article.dateline is not None and article.dateline.place
        else None,
        date_published=aware(article.date_published),
        date_modified=aware(article.date_modified),
        lead_image=_lead_image_back(article),
        furniture=(),
    )


def _lead_image_back(article: Article) -> Image | None:
    """A lead image's URL as a URI: resolved against the article's URL, or left out."""
    image = article.lead_image
    if image is None or image.url is None:
        return image
    url, _note = as_uri(image.url, article.url)
    return attrs.evolve(image, url=url)


# --------------------------------------------------------------------------- conformance


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_test_article_is_valid_and_reads_back(name: str, version: str) -> None:
    article = ARTICLES[name]
    document = newsschema.to_ninjs(article, version=version)
    assert_valid(document, version)
    back = newsschema.from_ninjs(document)
    assert back == expected_back(article, version)
    assert newsschema.to_ninjs(back, version=version) == document


def _texts() -> list[Path]:
    dev = sorted((SHARED / "examples" / "dev").glob("*.txt"))
    return sorted(EXAMPLES.glob("*.txt")) + dev + [REAL_ARTICLE]


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.stem)
def test_fixtures_dev_and_real_articles_write_valid_ninjs(path: Path) -> None:
    if not path.exists():
        need_shared("examples", path.name)
    try:
        article = newsschema.parse_file(path)
    except NotAnArticleError:
        pytest.skip(f"the text reader does not read {path.name} as an article")
    for version in VERSIONS:
        data, warnings = ninjs.encode_with_warnings(article, version=version)
        document = json.loads(data)
        assert_valid(document, version)
        back = ninjs.decode(data)
        assert back == expected_back(article, version), version
        assert ninjs.encode(back, version=version) == data
        assert len(warnings) == len(set(warnings))


def test_the_dev_set_is_there() -> None:
    assert len(list(need_shared("examples", "dev").glob("*.txt"))) >= 40


def test_the_packaged_schemas_are_the_official_ones() -> None:
    packaged = Path(newsschema.__file__).parent / "schemas" / "iptc"
    for name in SCHEMA_FILES.values():
        assert (packaged / name).read_bytes() == need_shared(
            "standards", "ninjs", name
        ).read_bytes()
    # the license of the copies: CC BY 4.0, attribution kept in each file
    for name in SCHEMA_FILES.values():
        assert "Creative Commons Attribution 4.0" in (packaged / name).read_text("utf-8")
    assert "CC BY 4.0" in (packaged / "README.md").read_text("utf-8")


# --------------------------------------------------------------------------- the mapping


def test_the_full_article_in_3_2() -> None:
    document = newsschema.to_ninjs(FULL)
    assert list(document)[:2] == ["uri", "type"]
    assert document["uri"] == "urn:uuid:2bebc573-5cf6-5a07-b7b4-3cafc3555e7e"  # as NITF's doc-id
    assert document["type"] == "text"
    assert document["headlines"] == [
        {"value": FULL.headline, "role": "main"},
        {"value": FULL.subheadline, "role": "subhead"},
    ]
    assert document["firstCreated"] == "2022-11-04T09:30:00+03:00"
    assert document["versionCreated"] == "2022-11-05T12:15:05+03:00"
    assert document["by"] == "Jane Doe, Omar Haddad and Dana Levi"
    assert document["people"][0] == {
        "name": "Jane Doe",
        "rel": "author",
        "uri": "https://news.example/staff/jane-doe",
    }
    assert document["infoSources"] == [
        {"name": "Example News", "role": "publisher"},
        {"name": "Example Wire", "role": "agency", "uri": "https://wire.example"},
    ]
    assert document["located"] == "SPRINGFIELD, Ill."
    assert document["language"] == "en-US"
    assert document["descriptions"] == [{"value": FULL.description, "role": "summary"}]
    assert {"name": "Local", "rel": "section"} in document["subjects"]
    assert {"name": "parks", "rel": "keyword"} in document["subjects"]
    assert document["copyrightNotice"] == FULL.copyright
    assert document["copyrightHolder"] == "Example News"
    plain, html = document["bodies"]
    assert plain["contentType"] == "text/plain"
    assert plain["value"] == FULL.text
    assert (plain["wordCount"], plain["charCount"]) == (FULL.word_count, len(FULL.text))
    assert html["contentType"] == "text/html"
    assert "<em>seven to two</em>" in html["value"]
    assert document["renditions"] == [{"name": "web", "href": FULL.url, "contentType": "text/html"}]
    lead, body_image = document["associations"]
    assert lead == {
        "name": "featureimage",
        "rel": "image",
        "uri": "https://news.example/img/park.JPG?w=1200",
        "type": "picture",
        "descriptions": [
            {"value": "The rail yard that will become a park.", "role": "caption"},
            {"value": "A fenced rail yard by the river", "role": "alt"},
        ],
        "by": "Jo Photo / Example Wire",
        "renditions": [
            {
                "name": "web",
                "href": "https://news.example/img/park.JPG?w=1200",
                "contentType": "image/jpeg",
                "width": 1200,
                "height": 800,
            }
        ],
    }
    assert body_image["name"] == "image-1"
    assert document["standard"] == {
        "name": "ninjs",
        "version": "3.2",
        "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json#",
    }


def test_2_3_spells_in_lower_case_and_1_7_is_flat() -> None:
    two = newsschema.to_ninjs(FULL, version="2.3")
    assert "firstcreated" in two
    assert "infosources" in two
    assert two["bodies"][0]["contenttype"] == "text/plain"
    assert "rel" not in two["associations"][0]  # 3.x only
    one = newsschema.to_ninjs(FULL, version="1.7")
    assert one["headline"] == FULL.headline
    assert one["headline_subhead"] == FULL.subheadline
    assert one["byline"] == "Jane Doe, Omar Haddad and Dana Levi"
    assert one["body_html"].startswith("<p>")
    assert one["renditions"]["web"]["mimetype"] == "text/html"
    assert one["associations"]["featureimage"]["description_caption"].startswith("The rail")
    assert one["$standard"]["version"] == "1.7"


def test_an_unknown_version_is_refused() -> None:
    with pytest.raises(ValueError, match=r"1\.0"):
        newsschema.to_ninjs(FULL, version="1.0")


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (dt.date(2022, 11, 4), None),  # a day: no time is invented
        (dt.datetime(2022, 11, 4, 9, 30), None),  # a local time: no zone is invented
        (dt.datetime(2022, 11, 4, 9, 30, tzinfo=PLUS_3), "2022-11-04T09:30:00+03:00"),
        (dt.datetime(2022, 11, 4, 9, 30, tzinfo=dt.timezone.utc), "2022-11-04T09:30:00Z"),
        (dt.datetime(2022, 11, 4, 9, 30, 1, 5, tzinfo=PLUS_3), "2022-11-04T09:30:01.000005+03:00"),
        (
            dt.datetime(1880, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(minutes=2, seconds=30))),
            "1880-01-01T11:57:30Z",
        ),  # an offset with seconds: the same instant in UTC
    ],
)
def test_dates_are_written_only_as_rfc_3339_with_an_offset(
    value: dt.date, written: str | None
) -> None:
    article = Article(headline="x", date_published=value)
    data, warnings = ninjs.encode_with_warnings(article)
    document = json.loads(data)
    assert document.get("firstCreated") == written
    assert_valid(document, "3.2")
    if written is None:
        assert warnings
        assert "none is invented" in warnings[0]
        assert newsschema.ninjs_warnings(article) == warnings


def test_what_ninjs_cannot_carry_is_reported() -> None:
    assert ninjs.encode_with_warnings(NAIVE)[1] == [
        (
            "date_published: a time without a time zone; ninjs firstCreated needs an offset, and "
            "none is invented: not written"
        ),
        (
            "date_modified: a date without a time; ninjs versionCreated is a date-time with an "
            "offset, and none is invented: not written"
        ),
        "dateline.agency: ninjs has no place for it (located is the place)",
        "publisher.logo: ninjs has no place for it; not written",
    ]
    assert (
        "authors[0].role: ninjs people have no place for it; not written"
        in (ninjs.encode_with_warnings(FULL)[1])
    )


def test_uri_is_stable_without_a_url() -> None:
    article = Article(headline="No address", body=[Paragraph([Text("Text.")])])
    first = newsschema.to_ninjs(article)
    assert first["uri"].startswith("urn:uuid:")
    assert newsschema.to_ninjs(article) == first
    assert newsschema.to_ninjs(newsschema.from_ninjs(first)) == first
    other = newsschema.to_ninjs(attrs.evolve(article, headline="Another"))
    assert other["uri"] != first["uri"]


@pytest.mark.parametrize(
    ("url", "written", "note"),
    [
        # the model's edge stores an IRI as its URI already: nothing left to warn about
        ("https://e.example/ü b|c", "https://e.example/%C3%BC%20b%7Cc", None),
        # resolved against the article's URL by the model's edge, as in every format
        ("/img/a.png", "https://news.example/img/a.png", None),
        ("https://e.example/a.png", "https://e.example/a.png", None),
    ],
)
def test_urls_become_uris(url: str, written: str, note: str | None) -> None:
    article = Article(
        headline="x", url="https://news.example/story", lead_image=Image(url=url, caption="c")
    )
    data, warnings = ninjs.encode_with_warnings(article)
    document = json.loads(data)
    assert document["associations"][0]["renditions"][0]["href"] == written
    assert_valid(document, "3.2")
    assert any(note in w for w in warnings) if note else warnings == []


def test_a_url_that_cannot_be_a_uri_is_left_out_with_a_warning() -> None:
    article = Article(headline="x", lead_image=Image(url="/relative.png", caption="c"))
    data, warnings = ninjs.encode_with_warnings(article)
    assert "href" not in json.dumps(json.loads(data)["associations"])
    assert warnings == [
        (
            "lead_image.url: not an absolute URI, and no article URL to resolve it against; "
            "not written ('/relative.png')"
        )
    ]


def test_images_without_url_keep_caption_and_credit() -> None:
    image = Image(caption="Only words", credit="Someone")
    article = Article(headline="x", lead_image=image, body=[ImageBlock(image)])
    back = newsschema.from_ninjs(newsschema.to_ninjs(article))
    assert back == article


# --------------------------------------------------------------------------- reading


@pytest.mark.parametrize("version", ["1.7", "2.3", "3.2"])
def test_iptc_examples_read(version: str) -> None:
    path = need_shared(
        "standards", "ninjs", "examples", f"newsschema-sample-article.ninjs-{version}.json"
    )
    data = path.read_bytes()
    assert ninjs.validate(data) == []
    article = ninjs.decode(data, source=str(path))
    assert article.headline == "Fire destroys warehouse in city centre"
    assert article.subheadline == "No injuries reported, police say"
    assert [a.name for a in article.authors] == ["Jane Doe", "John Roe"]  # from by
    assert article.date_published == dt.datetime(2024, 5, 1, 8, tzinfo=dt.timezone.utc)
    assert article.date_modified == dt.datetime(
        2024, 5, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )
    assert [b.text for b in article.body] == [
        "A fire destroyed a warehouse on Tuesday.",
        "No one was hurt.",
    ]
    assert article.language == "en-GB"
    assert article.url == "https://example.com/a/2024-0001"
    assert article.dateline == Dateline("Springfield")
    assert article.lead_image is not None
    assert article.lead_image.url == "https://example.com/img/1.jpg"
    assert (article.lead_image.width, article.lead_image.height) == (1200, 800)
    assert article.keywords == ("fire",)


def test_plain_text_bodies_and_loose_shapes_read() -> None:
    document = {
        "uri": "urn:x:1",
        "headlines": [{"value": "Head"}],
        "bodies": [{"value": "One.\nStill one.\n\nTwo."}],
        "associations": [
            {"name": "main", "uri": "urn:x:2", "type": "picture",
             "renditions": [{"name": "large", "href": "https://e.example/a.jpg", "width": 10.0}]},
        ],
    }  # fmt: skip
    article = newsschema.from_ninjs(document)
    assert article.headline == "Head"
    assert article.body == (
        Paragraph([Text("One.\nStill one.")]),
        Paragraph([Text("Two.")]),
    )
    assert article.lead_image == Image("https://e.example/a.jpg", width=10)


@pytest.mark.parametrize(
    ("document", "path", "reason"),
    [
        ([], "$", "expected a ninjs object, got an array"),
        ({"uri": "u", "headlines": {"value": "x"}}, "$.headlines", "expected an array"),
        ({"uri": "u", "headlines": [{"value": 3}]}, "$.headlines[0].value", "expected a string"),
        ({"uri": "u", "firstCreated": True}, "$.firstCreated", "expected a string, got a boolean"),
        ({"uri": "u", "associations": [{"name": "featureimage", "renditions": [
            {"name": "web", "width": "wide"}]}]},
         "$.associations[0].renditions[0].width", "expected a number"),
    ],
)  # fmt: skip
def test_reading_broken_documents_names_the_path(document: object, path: str, reason: str) -> None:
    with pytest.raises(FormatError) as info:
        ninjs.decode(json.dumps(document), source="bad.json")
    assert info.value.file == "bad.json"
    assert info.value.path == path
    assert reason in info.value.reason


def test_reading_broken_json_names_the_line() -> None:
    with pytest.raises(FormatError) as info:
        ninjs.decode(b'{\n  "uri": \n}', source="bad.json")
    assert (info.value.file, info.value.line) == ("bad.json", 3)


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        ({"firstCreated": "2024-05-01"}, "$.firstCreated", "is not a 'date-time'"),
        ({"firstCreated": "2024-05-01T09:30:00"}, "$.firstCreated", "is not a 'date-time'"),
        ({"uri": "/relative"}, "$.uri", "is not a 'uri'"),
        ({"type": "article"}, "$.type", "is not one of"),
        ({"extra": 1}, "$", "'extra' was unexpected"),
        ({"headlines": [{"role": "main"}]}, "$.headlines[0]", "'value' is a required property"),
    ],
)
def test_validate_rejects_broken_documents_with_path_and_reason(
    change: dict[str, Any], path: str, words: str
) -> None:
    document = {**newsschema.to_ninjs(FULL), **change}
    problems = newsschema.validate_ninjs(json.dumps(document))
    assert [p.path for p in problems] == [path]
    assert words in problems[0].message
    assert "(ninjs 3.2)" in problems[0].message
    assert not official("3.2").is_valid(document)


def test_validate_picks_the_schema_of_the_document() -> None:
    two = newsschema.to_ninjs(FULL, version="2.3")
    assert newsschema.validate_ninjs(two) == []
    # a 2.x document checked as 3.2 breaks it: the version matters
    assert newsschema.validate_ninjs(two, version="3.2") != []
    unnamed = {k: v for k, v in two.items() if k != "standard"}
    assert newsschema.validate_ninjs(unnamed) == []
    one = newsschema.to_ninjs(FULL, version="1.7")
    del one["$standard"]
    assert newsschema.validate_ninjs(one) == []


def test_validate_reports_bad_json_with_its_line() -> None:
    problems = ninjs.validate(b'{"uri": "urn:x:1",\n}')
    assert len(problems) == 1
    assert problems[0].line == 2
    assert "not valid JSON" in problems[0].message


def test_long_values_give_short_messages() -> None:
    document = {"uri": "urn:x:1", "bodies": [{"value": "x" * 50_000, "charCount": "many"}]}
    problems = newsschema.validate_ninjs(document)
    assert [p.path for p in problems] == ["$.bodies[0].charCount"]
    assert len(problems[0].message) < 400


def test_geojson_is_never_fetched() -> None:
    document = {"uri": "urn:x:1", "places": [{"name": "Here", "geoJSON": {"type": "Point"}}]}
    assert newsschema.validate_ninjs(document) == []


def test_control_characters_leave_the_body_with_a_warning() -> None:
    article = Article(headline="Bell \x07", body=[Paragraph([Text("A bell \x07 rings.")])])
    data, warnings = ninjs.encode_with_warnings(article)
    document = json.loads(data)
    assert document["headlines"][0]["value"] == "Bell \x07"  # JSON holds it; HTML does not
    assert [b["value"] for b in document["bodies"]] == ["A bell  rings.", "<p>A bell  rings.</p>"]
    assert warnings == [
        "body[0].content[0].text: removed 1 character(s) an HTML body cannot hold (U+0007)"
    ]
