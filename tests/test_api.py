"""The public API: names, model behaviour, JSON and its schema."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest

import newsschema
from conftest import ROOT
from newsschema import (
    Article,
    Divider,
    FurnitureKind,
    Heading,
    Image,
    ImageBlock,
    Link,
    ListBlock,
    Paragraph,
    Person,
    Quote,
    Text,
)
from newsschema._converter import BLOCK_TAGS, wire_name
from newsschema.validate import json_schema

PUBLIC = [
    "Article",
    "AuthorProfile",
    "BinaryInputError",
    "Block",
    "ConfigError",
    "DateValue",
    "Dateline",
    "DecodingError",
    "Divider",
    "Element",
    "ElementKind",
    "EmptyInputError",
    "FormatError",
    "Furniture",
    "FurnitureKind",
    "Gap",
    "GapCode",
    "Heading",
    "Image",
    "ImageBlock",
    "Inline",
    "InputError",
    "InputTooLargeError",
    "Link",
    "ListBlock",
    "NewsschemaError",
    "NotAnArticleError",
    "Organization",
    "OutputError",
    "Paragraph",
    "ParseResult",
    "ParseWarning",
    "Person",
    "Problem",
    "Profile",
    "ProfileElement",
    "QualityReport",
    "Quote",
    "SiteProfile",
    "Text",
    "ValidationError",
    "WarningCode",
    "__version__",
    "analyze",
    "analyze_file",
    "apply_profile",
    "from_json",
    "from_newsml",
    "from_ninjs",
    "load_profile",
    "newsml_warnings",
    "ninjs_warnings",
    "parse",
    "parse_file",
    "report",
    "to_json",
    "to_newsml",
    "to_ninjs",
    "validate_json",
    "validate_newsml",
    "validate_ninjs",
]


def test_public_names_are_pinned() -> None:
    assert sorted(newsschema.__all__) == newsschema.__all__
    assert set(newsschema.__all__) >= set(PUBLIC)
    for name in newsschema.__all__:
        assert hasattr(newsschema, name), name


def test_model_is_frozen_and_slotted() -> None:
    article = Article(headline="H", body=[Paragraph([Text("x")])])
    assert isinstance(article.body, tuple)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "other"  # type: ignore[misc]
    assert not hasattr(article, "__dict__")


def test_derived_values_come_from_the_body() -> None:
    article = Article(
        headline="H",
        body=(
            Paragraph((Text("One two "), Link("three", href=None), Text(" four.", em=True))),
            Heading((Text("Sub head"),)),
            ImageBlock(Image(caption="not counted")),
            ListBlock(((Text("five"),), (Text("six"),))),
            Quote((Paragraph((Text("seven eight"),)),), attribution="Someone"),
            Divider(),
        ),
    )
    assert article.text == "One two three four.\n\nSub head\n\nfive\nsix\n\nseven eight"
    assert article.word_count == 10


def test_errors_name_file_and_line() -> None:
    err = newsschema.NotAnArticleError("no prose", file="a.txt", line=3)
    assert str(err) == "a.txt:3: no prose"
    assert isinstance(err, newsschema.NewsschemaError)
    assert str(newsschema.FormatError("bad", file="a.json", path="$.body[0]")) == (
        "a.json $.body[0]: bad"
    )


def _article() -> Article:
    return Article(
        headline="Mayor <opens> bridge & “tunnel”",
        subheadline="A deck",
        authors=(Person("Ana Diaz", url="https://news.example/ana", role="Staff Writer"),),
        date_published=dt.datetime(2022, 11, 4, 10, 32, tzinfo=dt.timezone(dt.timedelta(hours=3))),
        date_modified=dt.datetime(2022, 11, 5, 8, 0),
        body=(Paragraph((Text("Привет "), Link("мир", href="https://x.example/a b"))),),
        language="ru",
    )


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (dt.date(2022, 11, 4), "2022-11-04"),
        (dt.datetime(2022, 11, 4, 10, 32), "2022-11-04T10:32:00"),
        (
            dt.datetime(2022, 11, 4, 10, 32, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            "2022-11-04T10:32:00-05:00",
        ),
    ],
)
def test_dates_keep_their_precision_in_json(value: dt.date, wire: str) -> None:
    article = Article(headline="H", date_published=value, body=(Paragraph((Text("x"),)),))
    data = json.loads(newsschema.to_json(article))
    assert data["datePublished"] == wire
    back = newsschema.from_json(newsschema.to_json(article))
    assert back.date_published == value
    assert type(back.date_published) is type(value)


def test_json_document_shape() -> None:
    data = json.loads(newsschema.to_json(_article()))
    assert next(iter(data)) == "schemaVersion"
    assert data["schemaVersion"] == "1.0"
    assert data["body"][0]["type"] == "paragraph"
    # the model keeps links as URIs: the space the source had is percent-encoded
    assert data["body"][0]["content"][1] == {
        "type": "link",
        "text": "мир",
        "href": "https://x.example/a%20b",
    }


def test_json_schema_rejects_what_it_must() -> None:
    bad = json.loads(newsschema.to_json(_article()))
    bad["body"][0]["content"][1]["href"] = "https://x.example/a b"
    problems = {p.path for p in newsschema.validate_json(bad)}
    assert "$.body[0].content[1].href" in problems  # a space is not allowed in a URI
    bad["body"][0]["content"][1]["href"] = "https://x.example/a%20b"
    assert newsschema.validate_json(bad) == []
    bad["extra"] = 1
    bad["datePublished"] = "2022-13-40"
    bad["body"].append({"type": "table"})
    found = {p.path: p.message for p in newsschema.validate_json(bad)}
    assert set(found) == {"$", "$.datePublished", "$.body[1].type"}


def test_from_json_errors_have_paths() -> None:
    with pytest.raises(newsschema.FormatError) as info:
        newsschema.from_json('{"schemaVersion": "1.0", "headline": 3}', source="x.json")
    assert info.value.file == "x.json"
    with pytest.raises(newsschema.FormatError) as info:
        newsschema.from_json("{", source="x.json")
    assert info.value.line == 1
    with pytest.raises(newsschema.FormatError, match="not supported"):
        newsschema.from_json('{"schemaVersion": "2.0"}')


def test_published_schema_is_the_packaged_one() -> None:
    packaged = ROOT / "src" / "newsschema" / "schemas"
    published = ROOT / "schemas"
    for path in packaged.iterdir():
        if path.suffix in {".json", ".xsd"}:
            assert (published / path.name).read_bytes() == path.read_bytes(), path.name


def test_schema_covers_every_model_field() -> None:
    schema = json_schema()
    assert "2020-12" in schema["$schema"]
    assert "/v1/" in schema["$id"]
    fields = {wire_name(a.name) for a in attrs.fields(Article)} | {"schemaVersion"}
    assert set(schema["properties"]) == fields
    # fields added after 1.0 are left out when empty, so that older documents stay valid
    assert set(schema["required"]) == fields - {"furniture"}
    defs = schema["$defs"]
    assert defs["furniture"]["properties"]["kind"]["enum"] == [k.value for k in FurnitureKind]
    for cls, name in ((Person, "person"), (Image, "image")):
        assert set(defs[name]["properties"]) == {wire_name(a.name) for a in attrs.fields(cls)}
    assert set(defs["block"]["properties"]["type"]["enum"]) == set(BLOCK_TAGS.values())

    def closed(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node and "allOf" not in node:
                assert node.get("additionalProperties") is False, node
            for value in node.values():
                closed(value)
        elif isinstance(node, list):
            for value in node:
                closed(value)

    closed(schema)


def test_py_typed_is_shipped() -> None:
    assert (Path(newsschema.__file__).parent / "py.typed").exists()


def test_a_lone_surrogate_still_gives_valid_json() -> None:
    # JSON input may carry "\ud800"; the writers must still produce valid, readable JSON
    article = Article(headline="A\ud800B", body=(Paragraph((Text("x"),)),))
    text = newsschema.to_json(article)
    assert "\\ud800" in text
    assert newsschema.from_json(text) == article
    assert newsschema.validate_json(text) == []
