"""Validation of JSON-LD against newsschema's schema.org profile and Google's recommendations."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import run_checker
from newsschema.errors import Problem
from newsschema.formats import jsonld
from newsschema.model import Article, Image, Organization, Paragraph, Person, Text

CTX = "https://schema.org"

GOOD = Article(
    headline="Everything Google asks for",
    authors=(Person("Jane Doe", url="https://site.example/jane"),),
    date_published=dt.datetime(2022, 11, 4, 10, 32, tzinfo=dt.timezone.utc),
    date_modified=dt.datetime(2022, 11, 4, 11, 0, tzinfo=dt.timezone.utc),
    lead_image=Image(url="https://site.example/a.jpg", caption="A", width=1600, height=900),
    body=(Paragraph((Text("Body text."),)),),
    url="https://site.example/a",
    publisher=Organization("Site", logo="https://site.example/logo.png"),
)

BROKEN = """{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "headline": "A broken article",
  "jobTitle": "Editor",
  "autor": "Jane Doe",
  "wordCount": "many",
  "datePublished": "2022-13-45",
  "author": [
    {"@type": "Person", "name": "By Jane Doe"},
    {"@type": "ImageObject", "url": "https://site.example/x.jpg"}
  ],
  "image": 5,
  "url": "not a url at all"
}
"""


def _by_path(problems: list[Problem]) -> dict[str, list[Problem]]:
    out: dict[str, list[Problem]] = {}
    for p in problems:
        out.setdefault(p.path or "", []).append(p)
    return out


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def test_writer_output_is_valid_and_strict_clean() -> None:
    raw = jsonld.encode(GOOD)
    assert jsonld.validate(raw) == []
    assert jsonld.validate(raw, strict=True) == []


def test_broken_file_names_each_problem_with_path_and_line() -> None:
    problems = jsonld.validate(BROKEN, source="broken.jsonld")
    errors = {(p.path, p.line): p.message for p in _errors(problems)}
    assert errors == {
        ("$.jobTitle", 5): "property 'jobTitle' is not expected on NewsArticle:"
        " schema.org defines it for Person",
        ("$.autor", 6): "unknown schema.org property 'autor' (did you mean 'author'?)",
        ("$.wordCount", 7): "'wordCount' expects an Integer; got 'many'",
        ("$.datePublished", 8): "datePublished '2022-13-45' is not an ISO 8601 Date or DateTime:"
        " month 13 is out of range (expected e.g. 2022-11-04T10:32:00+03:00 or 2022-11-04)",
        ("$.author[1]", 11): "'author' expects Organization or Person; got ImageObject",
        ("$.image", 13): "'image' expects an ImageObject or URL; got a number",
        ("$.url", 14): "'url' expects a URL; 'not a url at all' contains white space",
    }
    warnings = _by_path([p for p in problems if p.severity == "warning"])
    assert "starts with an introductory word" in warnings["$.author[0].name"][0].message
    assert warnings["$.author[0].name"][0].line == 10
    assert any("no dateModified" in p.message for p in warnings["$"])


def test_broken_file_agrees_with_the_checker(tmp_path: Path) -> None:
    """Our validator and the independent checker find problems at the same paths."""
    path = tmp_path / "broken.jsonld"
    path.write_text(BROKEN, encoding="utf-8")
    result = run_checker("check_jsonld.py", path)
    assert result.returncode == 1
    theirs: dict[str, list[str]] = {"ERROR": [], "WARN": []}
    for line in result.stdout.splitlines():
        kind, _, rest = line.partition(" ")
        theirs[kind].append(rest.removeprefix(f"{path}:").split(": ")[0])
    problems = jsonld.validate(BROKEN)
    assert sorted(p.path or "" for p in _errors(problems)) == sorted(theirs["ERROR"])
    assert sorted(p.path or "" for p in problems if p.severity == "warning") == sorted(
        theirs["WARN"]
    )


def test_strict_turns_warnings_into_errors() -> None:
    lenient = jsonld.validate(BROKEN)
    strict = jsonld.validate(BROKEN, strict=True)
    assert len(strict) == len(lenient)
    assert {p.severity for p in strict} == {"error"}
    assert [(p.message, p.path, p.line) for p in strict] == [
        (p.message, p.path, p.line) for p in lenient
    ]
    warned = Article("No extras", date_published=dt.date(2022, 1, 1))
    raw = jsonld.encode(warned)
    assert _errors(jsonld.validate(raw)) == []
    assert len(_errors(jsonld.validate(raw, strict=True))) == len(jsonld.warnings_for(warned))


def test_paths_in_a_graph_include_the_index() -> None:
    doc = {
        "@context": CTX,
        "@graph": [
            {"@type": "WebPage", "@id": "#page", "url": "https://site.example/"},
            {
                "@type": "NewsArticle",
                "headline": "In a graph",
                "wordCount": 1.5,
                "author": [{"@type": "Person", "name": "A", "url": "https://a.example/"}],
            },
        ],
    }
    text = json.dumps(doc, indent=2)
    problems = jsonld.validate(text)
    assert [(p.path, p.message) for p in _errors(problems)] == [
        ("$.@graph[1].wordCount", "1.5 is not an Integer")
    ]
    wanted = text.splitlines().index('      "wordCount": 1.5,') + 1
    assert _errors(problems)[0].line == wanted
    warning_paths = {p.path for p in problems if p.severity == "warning"}
    assert "$.@graph[1]" in warning_paths  # no image, no dates: Google's recommendations


@pytest.mark.parametrize(
    ("doc", "path", "message"),
    [
        (
            {"@type": "NewsArticle", "headline": "x"},
            "$",
            'no @context: add "@context": "https://schema.org"',
        ),
        (
            {"@context": "https://example.org/vocab", "@type": "NewsArticle", "headline": "x"},
            "$.@context",
            "@context 'https://example.org/vocab' is not schema.org (use \"https://schema.org\")",
        ),
        (
            {"@context": CTX, "@type": "NewsArticel", "headline": "x"},
            "$.@type",
            "unknown schema.org type 'NewsArticel' (did you mean 'NewsArticle'?)",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "Headline": "x"},
            "$.Headline",
            (
                "unknown schema.org property 'Headline' (did you mean 'headline'?"
                " names are case-sensitive)"
            ),
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "headline": "x", "Person": "y"},
            "$.Person",
            "'Person' is a schema.org type, not a property",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "headline": {"@type": "Person", "name": "y"}},
            "$.headline",
            "'headline' expects a Text; got an object",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "dateModified": "yesterday"},
            "$.dateModified",
            (
                "dateModified 'yesterday' is not an ISO 8601 Date or DateTime: not an ISO 8601"
                " date or date-time (expected e.g. 2022-11-04T10:32:00+03:00 or 2022-11-04)"
            ),
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "isAccessibleForFree": "maybe"},
            "$.isAccessibleForFree",
            "'isAccessibleForFree' expects a Boolean; got 'maybe'",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "@foo": 1},
            "$.@foo",
            "'@foo' is not a JSON-LD keyword (JSON-LD processors drop it)",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "author": {"@type": "Person", "logo": "x"}},
            "$.author.logo",
            "property 'logo' is not expected on Person: schema.org defines it for Organization",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "wordCount": {"@id": "#x"}},
            "$.wordCount",
            "'wordCount' expects an Integer, not a node reference",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "url": "https:/no-host"},
            "$.url",
            "'url' expects a URL; 'https:/no-host' has no host",
        ),
        ([{"@context": CTX, "name": "x"}], "$[0]", "node has no @type"),
        ([], "$", "empty array: no JSON-LD node"),
        ("text", "$", "expected a JSON-LD object or array, got 'text'"),
    ],
)
def test_errors(doc: object, path: str, message: str) -> None:
    errors = _errors(jsonld.validate(json.dumps(doc)))
    assert (path, message) in [(p.path, p.message) for p in errors]


@pytest.mark.parametrize(
    ("doc", "path", "message"),
    [
        (
            {
                "@context": CTX,
                "@type": "NewsArticle",
                "speakable": {"@type": "SpeakableSpecification"},
            },
            "$.speakable",
            "property 'speakable' is schema.org but not in the newsschema profile; not checked",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "about": {"@type": "Place", "name": "Kyiv"}},
            "$.about.@type",
            (
                "type 'Place' is schema.org but not in the newsschema profile;"
                " its properties are not checked"
            ),
        ),
        (
            {"@context": "https://www.schema.org", "@type": "NewsArticle"},
            "$.@context",
            "@context 'https://www.schema.org' should be exactly 'https://schema.org'",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "image": "/img/a.jpg"},
            "$.image",
            "'image' has text '/img/a.jpg' that is neither an absolute URL nor a node",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "headline": "<p>Tom &amp; Jerry</p>"},
            "$.headline",
            (
                "text holds the HTML entity '&amp;': JSON-LD text is not HTML;"
                " write the character itself"
            ),
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "keywords": []},
            "$.keywords",
            "empty array: omit the property instead",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "description": None},
            "$.description",
            "null value: JSON-LD drops it; omit the property instead",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "wordCount": "12"},
            "$.wordCount",
            "number written as text '12': write a JSON number",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "headline": "x" * 111},
            "$.headline",
            "headline is 111 characters: Google may truncate titles longer than 110",
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "author": "Jane Doe"},
            "$.author",
            "author 'Jane Doe' is a plain string: use a Person or Organization with name and url",
        ),
        (
            {
                "@context": CTX,
                "@type": "NewsArticle",
                "author": {"@type": "Person", "name": "Jane Doe and John Roe"},
            },
            "$.author.name",
            (
                "author name 'Jane Doe and John Roe' looks like several people:"
                " give one author entry per person"
            ),
        ),
        (
            {"@context": CTX, "@type": "NewsArticle", "datePublished": "2022-11-04T10:32:00"},
            "$.datePublished",
            (
                "datePublished '2022-11-04T10:32:00' has no time zone: Google then assumes"
                " Googlebot's (add Z or ±hh:mm)"
            ),
        ),
        (
            {
                "@context": CTX,
                "@type": "NewsArticle",
                "datePublished": "2022-11-04T10:00:00Z",
                "dateModified": "2022-11-03T10:00:00Z",
            },
            "$.dateModified",
            "dateModified is earlier than datePublished",
        ),
        (
            {
                "@context": CTX,
                "@type": "NewsArticle",
                "image": {"@type": "ImageObject", "url": "https://i.example/a.tiff"},
            },
            "$.image",
            (
                "image format '.tiff' is not one Google Images supports"
                " (BMP, GIF, JPEG, PNG, WebP, SVG, AVIF)"
            ),
        ),
        (
            {
                "@context": CTX,
                "@type": "WebPage",
                "mainEntity": {"@type": "NewsArticle", "headline": "Inside"},
            },
            "$.mainEntity",
            (
                "no author: Google recommends every author shown on the page,"
                " each as a Person or Organization"
            ),
        ),
    ],
)
def test_warnings(doc: object, path: str, message: str) -> None:
    problems = jsonld.validate(json.dumps(doc))
    found = [(p.path, p.message) for p in problems if p.severity == "warning"]
    assert (path, message) in found
    strict = jsonld.validate(json.dumps(doc), strict=True)
    assert (path, message) in [(p.path, p.message) for p in _errors(strict)]


def test_foreign_vocabularies_are_left_alone() -> None:
    doc = {
        "@context": [CTX, {"og": "https://ogp.me/ns#"}],
        "@type": "NewsArticle",
        "og:title": "x",
        "https://example.org/custom": 1,
    }
    problems = jsonld.validate(json.dumps(doc))
    assert _errors(problems) == []
    assert not [p for p in problems if p.path and ("og:title" in p.path or "custom" in p.path)]


def test_duplicate_keys() -> None:
    text = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "a",\n'
        '"headline": "b"}'
    )
    errors = _errors(jsonld.validate(text))
    assert [(p.path, p.message) for p in errors] == [
        ("$", "duplicate key 'headline': JSON readers keep only one of its values")
    ]


def test_invalid_json_is_one_problem_with_its_line() -> None:
    problems = jsonld.validate('{\n  "@context": "https://schema.org",\n  "headline": }')
    assert len(problems) == 1
    assert problems[0].line == 3
    assert problems[0].severity == "error"
    assert problems[0].message.startswith("not valid JSON: Expecting value (line 3, column 15)")
    # as every validator does, a document that does not decode is a problem, not an error
    assert [p.message for p in jsonld.validate(b"\xff\xfe{")] == [
        "not UTF-8 JSON-LD: invalid start byte"
    ]


def test_html_page_blocks_are_validated_with_page_lines() -> None:
    page = """<!doctype html>
<html><head>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "BreadcrumbList"}
</script>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "wordCount": "many"
}
</script>
</head></html>
"""
    errors = _errors(jsonld.validate(page))
    assert [(p.path, p.line, p.message) for p in errors] == [
        ("$.wordCount", 10, "ld+json block 2: 'wordCount' expects an Integer; got 'many'")
    ]
    none = jsonld.validate("<html><body></body></html>")
    assert [p.message for p in none] == ['no <script type="application/ld+json"> block in the page']
