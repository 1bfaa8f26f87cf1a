"""Conformance: the real article in ../shared/examples gives the values issue 2 names."""

from __future__ import annotations

import datetime as dt

import pytest

import newsschema
from conftest import REAL_ARTICLE, need_shared
from newsschema import Article, Link, Paragraph


@pytest.fixture(scope="module")
def article() -> Article:
    return newsschema.parse_file(need_shared("examples", REAL_ARTICLE.name))


def test_header(article: Article) -> None:
    assert article.headline == "Russians Who Fled Military Draft Return Home as Panic Fades"
    assert [(p.name, p.url) for p in article.authors] == [("Kirill Ponomarev", None)]
    assert article.date_published == dt.date(2022, 11, 4)
    assert type(article.date_published) is dt.date
    assert article.language == "en"


def test_lead_image(article: Article) -> None:
    assert article.lead_image is not None
    assert article.lead_image.caption == "The closure of a temporary mobilization point in Moscow."
    assert article.lead_image.credit == "Irina Bujor / Kommersant"


def test_paragraphs(article: Article) -> None:
    paragraphs = [b for b in article.body if isinstance(b, Paragraph)]
    assert len(paragraphs) == 29
    assert len(article.body) == 29
    joined = [p.text for p in paragraphs if "Armenian capital of" in p.text]
    assert len(joined) == 1
    assert "Armenian capital of Yerevan, said he was planning" in joined[0]


def test_nothing_from_the_header_or_footer_in_the_body(article: Article) -> None:
    text = article.text
    for stray in (
        "Irina Bujor",
        "Kirill Ponomarev",
        "November 04, 2022",
        "Original url",
        "themoscowtimes.com",
        "**",
    ):
        assert stray not in text


def test_inline_details(article: Article) -> None:
    links = [
        s
        for b in article.body
        if isinstance(b, Paragraph)
        for s in b.content
        if isinstance(s, Link)
    ]
    reportedly = [s for s in links if s.text == "reportedly"]
    assert reportedly == [Link("reportedly", href=None)]
    assert "\"[But] it's scary to go back." in article.text
    assert "100,000 rubles ($1,650)" in article.text
    assert "\\$" not in article.text
    assert "“I fled because of the general panic,”" in article.text  # curly quotes kept


def test_url(article: Article) -> None:
    assert article.url == (
        "https://www.themoscowtimes.com/2022/11/04/"
        "russians-who-fled-military-draft-return-home-as-panic-fades-a79275"
    )


def test_json_round_trip_and_schema(article: Article) -> None:
    text = newsschema.to_json(article)
    assert newsschema.validate_json(text) == []
    assert newsschema.from_json(text) == article
