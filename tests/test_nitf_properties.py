"""Properties of the NITF format over generated articles and generated input.

- every article writes a document that our profile and IPTC's schema accept (and so is a
  subset of NITF 3.6), and that reads back to an article which writes the very same document;
- dates keep their precision; the headline and keywords keep every character XML can hold;
- any input gives an Article or a FormatError, never another exception.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import need_shared
from newsschema._normalize import normalize
from newsschema.errors import FormatError
from newsschema.formats import nitf
from newsschema.formats._nitf_common import clean_xml_chars
from newsschema.model import (
    Article,
    DateValue,
)
from newsschema.testing import articles

# Characters a writer must handle with care, mixed into otherwise arbitrary text.
_SPECIAL = st.sampled_from(
    [
        "<", ">", "&", '"', "'", "]]>", "\n", "\r", "\r\n", "\t", " ", "\x00", "\x07", "\x1b",
        "\ufffe", "\uffff", "\ud800", "\udfff", "\x85", "\u2028", "\u200f", "\U0001f600", "ש",
        "ع", "&amp;", "<p>", "(", ")", ", ",
    ]
)  # fmt: skip
TEXT = st.lists(st.one_of(st.characters(), _SPECIAL), max_size=12).map("".join)
OPTIONAL_TEXT = st.one_of(st.none(), TEXT)
URLS = st.one_of(
    st.none(),
    TEXT,
    st.sampled_from(["https://news.example/a?b=1&c=2", "https://x.example/p.jpg", "/rel.png"]),
)
OFFSETS = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)
DATES: st.SearchStrategy[DateValue | None] = st.one_of(
    st.none(), st.dates(), st.datetimes(), st.datetimes(timezones=OFFSETS)
)

LANGUAGES = st.one_of(st.none(), st.sampled_from(["en", "en-US", "ar", "he-IL", "de"]), TEXT)

ARTICLES: st.SearchStrategy[Article] = articles(
    text=TEXT,
    names=TEXT,
    optional_text=OPTIONAL_TEXT,
    links=URLS,
    dates=DATES,
    languages=LANGUAGES,
    sizes=st.one_of(st.none(), st.integers(-5, 10_000)),
    min_blocks=0,
)
"""Valid Articles: anything the model's types allow, with text that tests the writer."""

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def official_xsd() -> Path:
    return need_shared("standards", "nitf", "nitf-3-6.xsd")


@_SETTINGS
@given(ARTICLES)
def test_round_trip_writes_the_same_document(article: Article) -> None:
    first = nitf.encode(article)
    assert nitf.encode(nitf.decode(first)) == first


@_SETTINGS
@given(ARTICLES)
def test_every_document_is_valid_in_our_profile(article: Article) -> None:
    assert nitf.validate(nitf.encode(article), strict=True) == []


@_SETTINGS
@given(article=ARTICLES)
def test_every_document_is_valid_nitf_36(article: Article, official_xsd: Path) -> None:
    assert nitf.validate(nitf.encode(article), xsd=official_xsd, strict=True) == []


def _same_precision(written: DateValue | None, read: DateValue | None) -> None:
    if written is None:
        assert read is None
        return
    assert read is not None
    assert type(read) is type(written)
    if isinstance(written, dt.datetime):
        assert isinstance(read, dt.datetime)
        assert (read.tzinfo is None) == (written.tzinfo is None)
        if written.tzinfo is not None:
            assert read.utcoffset() == written.utcoffset()
        assert read == written.replace(microsecond=0)
    else:
        assert read == written


@_SETTINGS
@given(ARTICLES)
def test_fields_survive(article: Article) -> None:
    back = nitf.decode(nitf.encode(article))
    article = normalize(article)[0]  # what every writer writes: the article made valid
    _same_precision(article.date_published, back.date_published)
    _same_precision(article.date_modified, back.date_modified)
    assert back.headline == clean_xml_chars(article.headline)[0]
    assert back.keywords == tuple(clean_xml_chars(k)[0] for k in article.keywords)
    assert back.url == (clean_xml_chars(article.url)[0] or None if article.url else None)


@_SETTINGS
@given(ARTICLES)
def test_warnings_name_every_removed_character(article: Article) -> None:
    _data, warnings = nitf.encode_with_warnings(article)
    text = "\n".join(warnings)
    for value in (article.headline, *article.keywords):
        for code in clean_xml_chars(value)[1]:
            assert code in text


_XMLISH = st.lists(
    st.one_of(
        TEXT,
        st.sampled_from(
            [
                "<nitf>", "</nitf>", "<body>", "</body>", "<body.content>", "</body.content>",
                "<p>", "</p>", "<head>", "<title>", "</title>", "</head>", "<br/>", "&amp;",
                "&mdash;", "<!DOCTYPE nitf>", '<?xml version="1.0"?>', "<em class='strong'>",
                "</em>", "<a href='x'>", "</a>", "<hl2 class='level-9'>", "</hl2>",
                "<media media-type='image'><media-reference width='-1'/></media>",
                "<date.issue norm='20221332'/>", "<docdata>", "</docdata>",
            ]
        ),
    ),
    max_size=20,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.one_of(_XMLISH, st.binary(max_size=200)))
def test_any_input_gives_an_article_or_a_format_error(data: str | bytes) -> None:
    error: FormatError | None = None
    try:
        article = nitf.decode(data, source="generated.xml")
    except FormatError as exc:
        error = exc
    if error is not None:
        assert error.file == "generated.xml"
        assert error.reason
        return
    assert isinstance(article, Article)
    assert nitf.encode(nitf.decode(nitf.encode(article))) == nitf.encode(article)
