"""Properties of the JSON-LD format over generated Articles and generated documents."""

from __future__ import annotations

import datetime as dt
import html
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsschema.errors import FormatError, Problem
from newsschema.formats import jsonld
from newsschema.formats._jsonld_common import compose_dateline, parse_dateline
from newsschema.model import (
    Article,
    DateValue,
    Organization,
)
from newsschema.testing import articles as make_articles

SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --------------------------------------------------------------------------- Articles

texts = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=30
).filter(lambda text: html.unescape(text) == text)
"""Any text, white space and control characters included: the writer must cope. Text that
reads as holding an HTML character reference (``&amp;``) is left out: the reader takes one
as its character, as the sites that write them mean it."""
names = texts.map(str.strip).filter(bool)
"""Names as the reader gives them: no leading or trailing white space."""
RTL_MARK_AND_HEBREW = "😀 \u200f\u05e9\u05dc\u05d5\u05dd"  # escaped: ruff flags bidi marks
optional_texts = st.none() | texts | st.sampled_from(["", "  ", "<b>R&D</b>", RTL_MARK_AND_HEBREW])
urls = st.builds(
    "https://{}.example/{}".format,
    st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9._~/%-]{0,24}", fullmatch=True),
)
offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
_LOW, _HIGH = dt.datetime(1900, 1, 1), dt.datetime(2100, 12, 31)
dates: st.SearchStrategy[DateValue] = st.one_of(
    st.dates(min_value=_LOW.date(), max_value=_HIGH.date()),
    st.datetimes(min_value=_LOW, max_value=_HIGH),
    st.datetimes(
        min_value=_LOW,
        max_value=_HIGH,
        timezones=offsets | st.just(dt.timezone.utc) | st.just(dt.timezone(dt.timedelta(0), "GMT")),
    ),
)
organizations = st.builds(
    Organization,
    names | st.sampled_from(["AP", "Reuters"]),
    url=st.none() | urls,
    logo=st.none() | urls,
)
articles = make_articles(
    text=texts,
    names=names,
    optional_text=optional_texts,
    links=st.none() | urls,
    dates=st.none() | dates,
    languages=st.none() | st.sampled_from(["en", "de", "ru", "ar", "en-GB"]),
    sizes=st.none() | st.integers(1, 8000),
    min_blocks=0,
)
publishers = st.none() | organizations


def _values(data: object) -> list[object]:
    out: list[object] = [data]
    if isinstance(data, dict):
        for value in data.values():
            out += _values(value)
    elif isinstance(data, list):
        for value in data:
            out += _values(value)
    return out


@SLOW
@given(articles, publishers)
def test_round_trip(article: Article, publisher: Organization | None) -> None:
    data = jsonld.to_data(article, publisher=publisher)[0]
    assert jsonld.to_data(jsonld.from_data(data))[0] == data
    text = jsonld.encode(article, publisher=publisher)
    assert jsonld.to_data(jsonld.decode(text))[0] == data


@SLOW
@given(articles, publishers)
def test_writer_output_is_valid(article: Article, publisher: Organization | None) -> None:
    data, _warnings = jsonld.to_data(article, publisher=publisher)
    warnings = [gap.message for gap in jsonld.gaps_for(article, publisher)]
    for value in _values(data):
        assert value is not None
        assert value not in ("", [], {})
    problems = jsonld.validate(jsonld.encode(article, publisher=publisher))
    assert [p for p in problems if p.severity == "error"] == []
    google = {p.message for p in problems if p.severity == "warning"}
    assert google <= set(warnings) | {p.message for p in problems if "text holds" in p.message}


@given(articles)
def test_word_count_survives_the_round_trip(article: Article) -> None:
    data = jsonld.to_data(article)[0]
    back = jsonld.from_data(data)
    assert back.word_count == article.word_count
    assert data.get("wordCount", 0) == article.word_count or "articleBody" not in data


@given(st.builds(compose_dateline, texts | st.none(), texts | st.none(), texts | st.none()))
def test_dateline_reads_back_as_written(line: str | None) -> None:
    if line is None:
        return
    parts = parse_dateline(line)
    assert compose_dateline(parts.place, parts.agency, parts.date) == line


# --------------------------------------------------------------------------- any input

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["@id", "@type", "@value", "name", "url", "x"]) | texts,
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)
_KEYS = [
    "headline", "name", "alternativeHeadline", "author", "image", "datePublished", "dateModified",
    "publisher", "articleBody", "text", "keywords", "dateline", "inLanguage", "url",
    "mainEntityOfPage", "sourceOrganization", "articleSection", "@id", "@graph", "mainEntity",
    "wordCount", "description", "copyrightNotice",
]  # fmt: skip
near_articles = st.fixed_dictionaries(
    {
        "@context": st.sampled_from(["https://schema.org", "http://www.schema.org", "x"]),
        "@type": st.sampled_from(["NewsArticle", "WebPage", ["BlogPosting"], "Person", 3]),
    },
    optional=dict.fromkeys(_KEYS, json_values),
)


def _clean_outcome(call: object, *args: object) -> None:
    """The call gives an Article or raises FormatError, nothing else."""
    assert callable(call)
    try:
        result = call(*args)
    except FormatError:
        return
    assert isinstance(result, Article)


@SLOW
@given(json_values | near_articles | st.lists(near_articles, max_size=3))
def test_any_value_gives_an_article_or_a_format_error(value: object) -> None:
    _clean_outcome(jsonld.from_data, value)
    problems = jsonld.validate(json.dumps(value))
    assert all(isinstance(p, Problem) and p.path is not None for p in problems)


@SLOW
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_any_text_gives_an_article_or_a_format_error(data: str | bytes) -> None:
    _clean_outcome(jsonld.decode, data)
    try:
        problems = jsonld.validate(data)
    except FormatError:
        assert isinstance(data, bytes)  # only bytes that are not UTF-8
        return
    assert all(isinstance(p, Problem) for p in problems)


@SLOW
@given(st.lists(near_articles | json_values, max_size=3), st.booleans())
def test_any_page_gives_an_article_or_a_format_error(blocks: list[object], broken: bool) -> None:
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(b)}{"}" if broken else ""}</script>'
        for b in blocks
    )
    page = f"<!doctype html><html><head>{scripts}</head><body></body></html>"
    _clean_outcome(jsonld.from_html, page)
    assert all(isinstance(p, Problem) for p in jsonld.validate(page))
