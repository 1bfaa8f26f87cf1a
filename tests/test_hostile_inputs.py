"""Never a foreign exception (issue 9, section 3): every public reader and validator, fed
every input of a table of hostile ones, returns or raises a NewsschemaError, nothing else;
what a reader returns writes documents the project's validators accept; and the
``validate`` command never prints a traceback."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsschema
from newsschema import Article, NewsschemaError
from newsschema.cli import main

NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
_HEAD = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H", '


def _nitf(body: str, *, doctype: str = "", head: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<nitf xmlns="{NITF_NS}">'
        f"<head>{head}</head><body><body.content>{body}</body.content></body></nitf>"
    ).encode()


def _jsonld(rest: str) -> bytes:
    return (_HEAD + rest + "}").encode()


HOSTILE: dict[str, bytes] = {
    "empty": b"",
    "blank": b" \n\t\r\n",
    "nul bytes": b"\x00" * 64,
    "not UTF-8": b"\xff\xfe\xfa\xc3(",
    "lone surrogate escape": b'{"schemaVersion": "1.0", "headline": "\\ud800"}',
    "json null": b"null",
    "json number": b"3",
    "json string": b'"headline"',
    "json empty array": b"[]",
    "json NaN": b'{"schemaVersion": "1.0", "headline": "H", "leadImage": {"width": NaN}}',
    "json Infinity width": _jsonld('"image": {"@type": "ImageObject", "width": Infinity}'),
    "deep arrays": b"[" * 100_000 + b"]" * 100_000,
    "deep objects": b'{"a":' * 5_000 + b"1" + b"}" * 5_000,
    "arrays just under the stack": b"[" * 990 + b"]" * 990,
    "deep keywords": b'{"schemaVersion": "1.0", "headline": "x", "keywords": '
    + b"[" * 990
    + b"]" * 990
    + b"}",
    "deep headline": _jsonld('"alternativeHeadline": ' + "[" * 990 + '"x"' + "]" * 990),
    "deep graph": b'{"@context": "https://schema.org", "@graph": '
    + b"[" * 990
    + b'{"@type": "NewsArticle", "headline": "x"}'
    + b"]" * 990
    + b"}",
    "deep @value": _jsonld('"description": ' + '{"@value": ' * 900 + '"x"' + "}" * 900),
    "deep @context": b'{"@context": '
    + b"[" * 990
    + b'"https://schema.org"'
    + b"]" * 990
    + b', "@type": "NewsArticle", "headline": "x"}',
    "deep @graph objects": b'{"@context": "https://schema.org", "@graph": '
    + b'{"@graph": ' * 900
    + b'{"@type": "NewsArticle", "headline": "x"}'
    + b"}" * 901,
    "5000-digit wordCount": _jsonld('"wordCount": ' + "9" * 5000),
    "4000-digit sizes": _jsonld(
        '"wordCount": '
        + "9" * 4000
        + ', "image": {"@type": "ImageObject", "url": "https://x.example/a.jpg", "width": '
        + "9" * 4000
        + ', "height": "'
        + "9" * 4000
        + '"}'
    ),
    "4000-digit float": _jsonld('"wordCount": ' + "9" * 4000 + ".5"),
    "json width far too large": b'{"schemaVersion": "1.0", "headline": "H", "leadImage": '
    b'{"url": null, "alt": null, "caption": null, "credit": null, "width": 99999999999999999999'
    b', "height": null}}',
    "self reference": _jsonld(
        '"@id": "#a", "author": {"@id": "#a"}, "publisher": {"@id": "#a"}, "image": {"@id": "#a"}'
    ),
    "bad values everywhere": _jsonld(
        '"url": "http://[x]/", "inLanguage": {"name": 5}, "author": [[{"@type": 7}], null, 3],'
        ' "image": [{"@type": "ImageObject", "url": "//", "width": -3}], "keywords": "a,,b",'
        ' "publisher": {"@type": ["Organization"], "name": {"@value": [1]}, "logo": "http:x"},'
        ' "datePublished": "2023-02-10T10:00:00+23:59", "dateModified": "20230210"'
    ),
    "year zero": _jsonld('"datePublished": "0000-01-01"'),
    "impossible date": _jsonld('"datePublished": "2023-02-30T25:61:00"'),
    "iri everywhere": _jsonld(
        '"url": "https://münchen.example/straße", "author": {"@type": "Person", "name": "A",'
        ' "url": "/leute/jörg"}, "image": "bild ä.jpg"'
    ),
    "html with </ runs": b"<html><head>" + b"</" * 50_000 + b"</head></html>",
    "html with broken block": b'<html><script type="application/ld+json">'
    + b"[" * 100_000
    + b'</script><script type="application/ld+json">'
    + _jsonld('"url": "http://[x]/"')
    + b"</script></html>",
    "unknown marked section": b"<html><![Cx <p>a</p><![if !IE]>"
    b'<script type="application/ld+json">'
    + _jsonld('"url": "https://x.example/a"')
    + b"</script><![endif]></html>",
    "billion laughs": b'<?xml version="1.0"?>\n<!DOCTYPE nitf [<!ENTITY a "aaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;">]><nitf><body>&b;</body></nitf>',
    "external entity": b'<?xml version="1.0"?>\n<!DOCTYPE nitf [<!ENTITY x SYSTEM '
    b'"file:///etc/passwd">]><nitf><body>&x;</body></nitf>',
    "dtd entity": _nitf(
        "<p>a&mdash;b &undefinedname; c</p>", doctype='<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n'
    ),
    "foreign and xinclude elements": _nitf(
        '<p>a <x:y xmlns:x="urn:x">z</x:y> <xi:include'
        ' xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd"/></p>'
    ),
    "same prefix, two namespaces": _nitf(
        '<p><x:y xmlns:x="urn:a">1</x:y><x:y xmlns:x="urn:b">2</x:y></p><x:z xmlns:x="urn:c"/>'
    ),
    "unresolved prefix": _nitf('<p>a <x:y xmlns:x="">z</x:y></p>'),
    "deep xml": _nitf("<block>" * 10_000 + "</block>" * 10_000),
    "nested blocks": _nitf("<block>" * 200 + "<p>deep</p>" + "</block>" * 200),
    "bad norms": _nitf(
        '<p>x</p><media media-type="image"><media-reference source="http://[x]/a.jpg"'
        ' width="' + "9" * 5000 + '" height="-1"/></media>',
        head='<docdata><date.issue norm="00000101"/><date.release norm="2023"/></docdata>'
        '<revision-history norm="99999999T999999+9999"/>',
    ),
    "bad language and links": (
        f'<nitf xmlns="{NITF_NS}" xml:lang="x" baselang="English (UK)"><head><pubdata'
        ' ex-ref="http://news example/a"/></head><body><body.head><byline><person>A</person>'
        '<virtloc value="/me"/></byline></body.head><body.content><p><a href="http://[x]/">l'
        '</a></p><hl2 class="level-9">h</hl2></body.content></body></nitf>'
    ).encode(),
    "unsupported xml encoding": b'<?xml version="1.0" encoding="rot13"?><nitf><body/></nitf>',
    "utf-16 xml": '<?xml version="1.0" encoding="UTF-16"?><nitf><body><body.content><p>x</p>'
    "</body.content></body></nitf>".encode("utf-16"),
    "not nitf root": b"<html><body><p>x</p></body></html>",
    "text with a front matter": b"---\ntitle: T\nurl: http://news example/a\nlanguage: x\n"
    b"date: 2023-02-10T10:00:00+23:59\n---\n\nSome prose words here today, it said.\n",
    "text with hostile links": b"Headline\n\n[a](http://[x]/) [b](https://x.example/\\(\\)) "
    b"![c](//) and some prose words here.\n",
}


def _call(function: Callable[[], object]) -> object:
    try:
        return function()
    except NewsschemaError as exc:
        return exc


def _check_written(article: Article) -> None:
    document = newsschema.to_json(article)
    assert newsschema.validate_json(document) == []
    assert newsschema.from_json(document) == article
    jsonld = newsschema.to_jsonld(article)
    assert [p for p in newsschema.validate_jsonld(jsonld) if p.severity == "error"] == []
    assert newsschema.validate_nitf(newsschema.to_nitf(article)) == []


# The text reader's time on long runs of markup ("[" * 100_000) is tested where its
# linear-time rules are (tests of the inline parser); here it reads the shorter inputs.
_TEXT_LIMIT = 64_000


def _readers(data: bytes, path: Path) -> dict[str, Callable[[], object]]:
    text = data.decode("utf-8", "surrogateescape")
    calls: dict[str, Callable[[], object]] = {}
    if len(data) <= _TEXT_LIMIT:
        calls = {
            "parse": lambda: newsschema.parse(text),
            "analyze": lambda: newsschema.analyze(text),
            "parse_file": lambda: newsschema.parse_file(path),
            "analyze_file": lambda: newsschema.analyze_file(path),
        }
    return calls | {
        "from_json": lambda: newsschema.from_json(data),
        "from_json text": lambda: newsschema.from_json(text),
        "from_jsonld": lambda: newsschema.from_jsonld(data),
        "from_jsonld text": lambda: newsschema.from_jsonld(text),
        "from_nitf": lambda: newsschema.from_nitf(data),
        "from_nitf text": lambda: newsschema.from_nitf(text),
    }


def _validators(data: bytes) -> dict[str, Callable[[], object]]:
    text = data.decode("utf-8", "surrogateescape")
    return {
        "validate_json": lambda: newsschema.validate_json(data),
        "validate_json text": lambda: newsschema.validate_json(text),
        "validate_jsonld": lambda: newsschema.validate_jsonld(data),
        "validate_jsonld text": lambda: newsschema.validate_jsonld(text, strict=True),
        "validate_nitf": lambda: newsschema.validate_nitf(data),
        "validate_nitf text": lambda: newsschema.validate_nitf(text, strict=True),
    }


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_only_newsschema_errors_escape(name: str, tmp_path: Path) -> None:
    data = HOSTILE[name]
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    for reader, call in _readers(data, path).items():
        start = time.perf_counter()
        result = _call(call)
        assert time.perf_counter() - start < 10, reader  # generous: the suite runs under load
        if isinstance(result, NewsschemaError):
            assert result.reason, reader
        if isinstance(result, newsschema.ParseResult):
            result = result.article
        if isinstance(result, Article):
            _check_written(result)
    for validator, call in _validators(data).items():
        result = _call(call)
        if isinstance(result, list):
            assert all(isinstance(p, newsschema.Problem) for p in result), validator
            assert all(p.severity in ("error", "warning") for p in result), validator


def test_parsed_values_are_validated_like_text() -> None:
    article = newsschema.parse("Headline here\n\nSome prose words here today, it said.\n")
    assert newsschema.validate_jsonld(newsschema.to_jsonld(article)) == newsschema.validate_jsonld(
        json.loads(newsschema.to_jsonld_string(article))
    )
    assert newsschema.validate_json(json.loads(newsschema.to_json(article))) == []
    from lxml import etree  # noqa: PLC0415 - only this test needs a parsed tree

    tree = etree.fromstring(newsschema.to_nitf(article))
    assert newsschema.validate_nitf(tree) == []
    assert newsschema.validate_nitf(object())[0].message.startswith("expected NITF as text")


@pytest.mark.parametrize(
    ("name", "suffix"),
    [
        ("deep arrays", ".json"),
        ("deep keywords", ".json"),
        ("5000-digit wordCount", ".jsonld"),
        ("deep graph", ".jsonld"),
        ("not UTF-8", ".jsonld"),
        ("html with broken block", ".jsonld"),
        ("dtd entity", ".xml"),
        ("foreign and xinclude elements", ".xml"),
        ("billion laughs", ".xml"),
        ("deep xml", ".xml"),
    ],
)
def test_validate_never_prints_a_traceback(name: str, suffix: str, tmp_path: Path) -> None:
    path = tmp_path / f"doc{suffix}"
    path.write_bytes(HOSTILE[name])
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1)
    assert str(path) in result.output


def test_an_unknown_marked_section_is_read_as_browsers_do() -> None:
    # html.parser raises AssertionError on "<![Cx"; browsers read it as a bogus comment
    article = newsschema.from_jsonld(HOSTILE["unknown marked section"])
    assert article.headline == "H"
    assert article.url == "https://x.example/a"
