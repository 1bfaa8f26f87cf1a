"""The model's edge: a valid Article is valid in every format (issue 9, section 2).

Addresses are URIs (IRIs mapped as RFC 3987 says, IDNA hosts, markdown escapes
removed), relative ones are resolved against the article's URL or left out with a
warning, and values no format accepts (a host with a space, ``http://[x]/``, the
language ``x``, an offset of ``+23:59``) are left out with a warning by every reader.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

import newsschema
from newsschema import Article, Image, Link, Organization, Paragraph, Person, Text
from newsschema._normalize import FixCode, normalize
from newsschema._uri import resolve, to_uri, uri_problem
from newsschema.cli import main
from newsschema.formats import jsonld, nitf

PROSE = "Some prose words here today, with a [link](%s) in it.\n"


def _valid_everywhere(article: Article) -> None:
    document = newsschema.to_json(article)
    assert newsschema.validate_json(document) == []
    assert newsschema.from_json(document) == article
    problems = newsschema.validate_jsonld(newsschema.to_jsonld_string(article))
    assert [p for p in problems if p.severity == "error"] == []
    assert newsschema.validate_nitf(newsschema.to_nitf(article)) == []


def _hrefs(article: Article) -> list[str | None]:
    return [
        span.href
        for block in article.body
        if isinstance(block, Paragraph)
        for span in block.content
        if isinstance(span, Link)
    ]


@pytest.mark.parametrize(
    ("written", "uri"),
    [
        ("https://de.wikipedia.org/wiki/Köln", "https://de.wikipedia.org/wiki/K%C3%B6ln"),
        ("https://münchen.example/straße", "https://xn--mnchen-3ya.example/stra%C3%9Fe"),
        (
            "https://img.example/filters:focal\\(1x2\\)/a.jpg",
            "https://img.example/filters:focal(1x2)/a.jpg",
        ),
        ("https://x.example/?q=ä#top", "https://x.example/?q=%C3%A4#top"),
    ],
)
def test_links_in_text_become_uris(written: str, uri: str) -> None:
    article = newsschema.parse("Headline here\n\n" + PROSE % written)
    assert _hrefs(article) == [uri]
    _valid_everywhere(article)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://x.example/a", "https://x.example/a"),
        ("  https://x.example/a\n", "https://x.example/a"),
        ("https://x.example/a\tb", "https://x.example/ab"),
        ("https://x.example/%zz%41", "https://x.example/%25zz%41"),
        ("https://x.example/a\\\\b", "https://x.example/a%5Cb"),
        ("mailto:jörg@x.example", "mailto:j%C3%B6rg@x.example"),
        ("/relative/päth", "/relative/p%C3%A4th"),
        ("http://[x]/a.jpg", "http://[x]/a.jpg"),  # nothing maps a bad host: left to normalize
        ("http://news example/a", "http://news example/a"),
        ("a\ud800b", "a%ED%A0%80b"),
    ],
)
def test_to_uri(value: str, expected: str) -> None:
    assert to_uri(value) == expected
    assert to_uri(expected) == expected


@pytest.mark.parametrize(
    ("value", "absolute", "problem"),
    [
        ("https://x.example/a", True, None),
        ("http://[::1]:8080/a", True, None),
        ("urn:isbn:0451450523", True, None),
        ("/a/b", False, None),
        ("#top", False, None),
        ("/a/b", True, "not an absolute URI"),
        ("http://[v1.x]/a.jpg", True, None),  # RFC 3986's IPvFuture
        ("http://[x]/a.jpg", False, "is not an IP address"),
        ("http://[v1.]/a.jpg", False, "is not an IP address"),
        ("http://news example/a", False, "is not a host name"),
        ("http://ex%41mple.com/", False, "is not a host name"),
        ("http:a", False, "no host"),
        ("https:///a", False, "no host"),
        ("https://x.example:80x/", False, "is not a host name"),
        ("1a:b", False, "first segment holds a colon"),
        ("https://x.example/ä", False, "outside ASCII"),
        ("https://x.example/a b", False, "characters a URI cannot"),
        ("https://x.example/#a#b", False, "characters a URI cannot"),
        ("https://x.example/%zz", False, "characters a URI cannot"),
    ],
)
def test_uri_problem(value: str, absolute: bool, problem: str | None) -> None:
    found = uri_problem(value, absolute=absolute)
    if problem is None:
        assert found is None
    else:
        assert found is not None
        assert problem in found


def test_resolve() -> None:
    assert resolve("https://x.example/news/a.html", "../img/b.jpg") == "https://x.example/img/b.jpg"
    assert resolve("https://x.example/news/", "//cdn.example/c") == "https://cdn.example/c"
    assert resolve("https://x.example/", "http:a") is None


def test_relative_urls_from_jsonld_are_resolved_against_the_article_url() -> None:
    document = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ferry returns",
        "url": "https://news.example/2023/ferry.html",
        "author": {"@type": "Person", "name": "Ann Lee", "url": "/staff/ann-lee"},
        "image": "../img/ferry.jpg",
        "publisher": {"@type": "Organization", "name": "News", "logo": "/logo.png"},
        "articleBody": "The ferry resumed its route on Friday.",
    }
    article, warnings = jsonld.decode_with_warnings(json.dumps(document))
    assert warnings == []
    assert article.authors == (Person("Ann Lee", url="https://news.example/staff/ann-lee"),)
    assert article.lead_image == Image(url="https://news.example/img/ferry.jpg")
    assert article.publisher == Organization("News", logo="https://news.example/logo.png")
    _valid_everywhere(article)


def test_relative_urls_without_an_article_url_are_dropped_with_a_warning() -> None:
    document = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ferry returns",
        "author": {"@type": "Person", "name": "Ann Lee", "url": "/staff/ann-lee"},
        "image": "img/ferry.jpg",
        "inLanguage": "x",
        "datePublished": "2023-03-03T10:00:00+23:59",
        "articleBody": "The ferry resumed its route on Friday.",
    }
    article, warnings = jsonld.decode_with_warnings(json.dumps(document))
    assert article.date_published == dt.datetime(2023, 3, 3, 10, 0)
    assert article.authors == (Person("Ann Lee"),)
    # an image address may stay relative: every format takes a relative reference there
    assert article.lead_image == Image(url="img/ferry.jpg")
    assert article.language is None
    assert warnings == [
        (
            "$.authors[0].url: '/staff/ann-lee' is not a URI: it is relative and the article"
            " has no URL to resolve it against; dropped"
        ),
        (
            "$.datePublished: UTC offset +23:59 is beyond ±14:00, which no format allows;"
            " the offset is dropped and the time kept as local time"
        ),
        "$.language: 'x' is not a BCP 47 language tag (expected e.g. en or pt-BR); dropped",
    ]
    _valid_everywhere(article)


def test_a_host_with_a_space_in_front_matter_is_dropped() -> None:
    text = "---\ntitle: Ferry returns\nurl: http://news example/a\n---\n\n" + PROSE % "/b"
    result = newsschema.analyze(text)
    assert result.article.url is None
    assert _hrefs(result.article) == ["/b"]
    assert any("'http://news example/a' is not a URI" in str(w) for w in result.warnings)
    _valid_everywhere(result.article)


def test_a_bracketed_host_never_makes_nitf_raise() -> None:
    article = newsschema.parse(
        "Headline here\n\n![A photo](http://[x]/a.jpg)\n\n" + PROSE % "http://[x]/b"
    )
    assert _hrefs(article) == [None]
    assert all(image.url is None for image in article.images)
    _valid_everywhere(article)
    # built by hand, the writers leave the address out and say so
    by_hand = Article(headline="H", lead_image=Image(url="http://[x]/a.jpg", caption="c"))
    data, warnings = nitf.encode_with_warnings(by_hand)
    assert warnings[0].startswith("$.leadImage.url: 'http://[x]/a.jpg' is not a URI")
    assert nitf.validate(data) == []


def test_an_offset_beyond_fourteen_hours_is_dropped_and_the_time_kept() -> None:
    text = "Headline here\n\nMarch 3, 2023 10:00 +23:59\n\nSome prose words here today, it said.\n"
    result = newsschema.analyze(text)
    assert result.article.date_published == dt.datetime(2023, 3, 3, 10, 0)
    assert any("UTC offset +23:59 is beyond ±14:00" in str(w) for w in result.warnings)
    _valid_everywhere(result.article)


def test_an_offset_with_seconds_is_written_in_utc() -> None:
    lmt = dt.timezone(dt.timedelta(hours=2, minutes=30, seconds=17))
    article = Article(headline="H", date_published=dt.datetime(1900, 1, 1, 12, 0, tzinfo=lmt))
    fixed, fixes = normalize(article)
    assert [f.code for f in fixes] == [FixCode.OFFSET_TO_UTC]
    assert fixed.date_published == article.date_published  # the same instant
    assert isinstance(fixed.date_published, dt.datetime)
    assert fixed.date_published.utcoffset() == dt.timedelta(0)
    _valid_everywhere(fixed)


def test_normalize_keeps_a_valid_article_as_it_is() -> None:
    article = Article(
        headline="H",
        url="https://x.example/a",
        authors=(Person("Ann", url="https://x.example/ann"),),
        body=(Paragraph((Text("t"), Link("l", "https://x.example/b"))),),
        language="pt-BR",
    )
    assert normalize(article) == (article, ())
    assert normalize(article)[0] is article


def test_normalize_fixes_an_invalid_article_every_time_it_is_asked() -> None:
    # a valid article is remembered (by identity) as valid; an invalid one never is, so
    # each writer still gets the fixes to report
    article = Article(
        headline="H",
        authors=(Person("Ann", url="relative/ann"),),
        body=(Paragraph((Link("l", "https://x.example/b"),)),),
    )
    for _ in range(3):
        fixed, fixes = normalize(article)
        assert fixed is not article
        assert [fix.path for fix in fixes] == ["$.authors[0].url"]
        assert normalize(fixed) == (fixed, ())
    for _ in range(2):
        nitf_warnings = nitf.encode_with_warnings(article)[1]
        jsonld_warnings = [str(gap) for gap in jsonld.encode_with_warnings(article)[1]]
        assert nitf_warnings[0] == jsonld_warnings[0]
        assert nitf_warnings[0].startswith("$.authors[0].url: 'relative/ann'")


def test_a_link_in_a_heading_or_a_list_is_still_checked() -> None:
    bad = Link("l", "https://x.example/b")
    bad = attrs.evolve(bad, href="http://[x]/")
    for block in (newsschema.Heading((bad,)), newsschema.ListBlock(((bad,),))):
        fixed, fixes = normalize(Article(headline="H", body=(block,)))
        assert len(fixes) == 1
        assert fixed.body[0] != block


def test_from_json_refuses_what_validate_json_refuses() -> None:
    document = json.loads(newsschema.to_json(Article(headline="H")))
    document["authors"] = [{"name": "Ann", "url": "/ann", "role": None, "affiliation": None}]
    assert {p.path for p in newsschema.validate_json(document)} == {"$.authors[0].url"}
    with pytest.raises(newsschema.FormatError) as info:
        newsschema.from_json(json.dumps(document), source="a.json")
    assert info.value.path == "$.authors[0].url"
    assert info.value.file == "a.json"
    document["authors"] = []
    document["language"] = "x"
    with pytest.raises(newsschema.FormatError, match="not a BCP 47 language tag"):
        newsschema.from_json(json.dumps(document))


def test_language_tags_are_written_with_hyphens() -> None:
    assert Article(headline="H", language=" pt_BR ").language == "pt-BR"
    assert Article(headline="H", language="  ").language is None


HOSTILE_TEXT = """---
title: Ferry returns to the harbour
hostname: news example
language: x
---

![The ferry](http://[x]/ferry.jpg)

March 3, 2023 10:00 +23:59

The ferry resumed its route, see [Köln](https://de.wikipedia.org/wiki/Köln) and
[the photo](https://img.example/filters:focal\\(1x2\\)/a.jpg) for more words.
"""


def test_convert_writes_only_what_validates(tmp_path: Path) -> None:
    source = tmp_path / "ferry.txt"
    source.write_text(HOSTILE_TEXT, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["convert", str(source), "--to", "json,jsonld,nitf", "--out-dir", str(out)]
    )
    assert result.exit_code == 0, result.output
    written = sorted(out.iterdir())
    assert [p.suffix for p in written] == [".json", ".jsonld", ".xml"]
    result = CliRunner().invoke(main, ["validate", *map(str, written)])
    assert result.exit_code == 0, result.output
    assert "error" not in result.output


@pytest.mark.parametrize("name", ["ninjs", "newsml"])
def test_formats_whose_decoder_reports_nothing_still_read_at_the_edge(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    from newsschema import _convert  # noqa: PLC0415 - the loader behind the CLI
    from newsschema.formats import get_format  # noqa: PLC0415

    raw = Article(headline="H", url="https://x.example/a/", authors=(Person("A", url="me"),))
    module = get_format(name)
    monkeypatch.setattr(module, "decode", lambda _data, source=None: raw)  # noqa: ARG005
    loaded = _convert.load(b"", fmt=name)
    assert loaded.article.authors == (Person("A", url="https://x.example/a/me"),)
    assert loaded.warnings == ()
    odd = attrs.evolve(raw, language="x")
    monkeypatch.setattr(module, "decode", lambda _data, source=None: odd)  # noqa: ARG005
    warnings = _convert.load(b"", fmt=name).warnings
    assert [str(w) for w in warnings] == [
        "$.language: 'x' is not a BCP 47 language tag (expected e.g. en or pt-BR); dropped",
    ]
    assert [w.code.value for w in warnings] == ["input-fixed"]


def test_a_web_url_without_a_host_is_refused_alike_by_the_schema_and_the_reader() -> None:
    document = json.loads(newsschema.to_json(Article(headline="Harbour dredging")))
    document["authors"] = [
        {"name": "Ines Ward", "url": "http:ines", "role": None, "affiliation": None}
    ]
    text = json.dumps(document)
    problems = newsschema.validate_json(text)
    assert [p.path for p in problems] == ["$.authors[0].url"]
    assert "needs a host" in problems[0].message
    with pytest.raises(newsschema.NewsschemaError):
        newsschema.from_json(text)


def test_a_furniture_kind_the_schema_refuses_is_refused_by_the_reader_too() -> None:
    document = json.loads(newsschema.to_json(Article(headline="Canal lock reopens")))
    document["furniture"] = [{"kind": "sidebar-ish", "text": "Share this", "line": 3}]
    text = json.dumps(document)
    assert [p.path for p in newsschema.validate_json(text)] == ["$.furniture[0].kind"]
    with pytest.raises(newsschema.FormatError) as caught:
        newsschema.from_json(text)
    assert "'sidebar-ish' is not a kind of furniture" in str(caught.value)
    assert caught.value.path == "$.furniture[0].kind"
