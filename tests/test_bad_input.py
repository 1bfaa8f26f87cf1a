"""Inputs that are not articles: one clear error naming the file (and line), never a crash."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import newsschema
from newsschema import (
    BinaryInputError,
    DecodingError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    NotAnArticleError,
)

ARTICLE = """Harbour ferry returns after winter repairs

By Lena Park

March 3, 2023

The harbour ferry resumed its route on Friday after three months in dry dock, the
operator said, with a new engine and a wider deck for bicycles.

Passengers queued from early morning. "It feels like spring has started," said one commuter.
"""


@pytest.mark.parametrize(
    ("content", "error", "reason"),
    [
        (b"", EmptyInputError, "empty"),
        (b"  \n\n\t \r\n", EmptyInputError, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), BinaryInputError, "binary"),
        (b"12345\n\n67890\n\n---\n", NotAnArticleError, "no paragraph of prose"),
        (b"https://example.com/a\n\nhttps://example.com/b\n", NotAnArticleError, "prose"),
        (b'{"a": 1, "b": [2, 3]}\n', NotAnArticleError, "is a JSON document, not article text"),
    ],
)
def test_not_an_article(tmp_path: Path, content: bytes, error: type, reason: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    with pytest.raises(error, match=reason) as info:
        newsschema.parse_file(path)
    assert info.value.file == str(path)
    assert str(info.value).startswith(str(path))


def test_no_prose_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "headline-only.txt"
    path.write_text("A headline\n\nBy Lena Park\n\nMarch 3, 2023\n\n12 / 14\n", encoding="utf-8")
    with pytest.raises(NotAnArticleError) as info:
        newsschema.parse_file(path)
    assert info.value.line == 7


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(ARTICLE.encode() * (5 * 1024 * 1024 // len(ARTICLE) + 2))
    with pytest.raises(InputTooLargeError, match="MB") as info:
        newsschema.parse_file(path)
    assert info.value.file == str(path)


def test_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    # UTF-8 BOM, then bytes that are not UTF-8
    path.write_bytes(codecs.BOM_UTF8 + ARTICLE.encode() + b"\xff\xfe\xfa")
    with pytest.raises(DecodingError, match="not valid utf-8") as info:
        newsschema.parse_file(path)
    assert info.value.file == str(path)


def test_directory_and_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        newsschema.parse_file(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        newsschema.parse_file(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8-sig", ARTICLE),
        ("utf-16", ARTICLE),
        (
            "cp1251",
            ARTICLE.replace("Harbour ferry returns", "Паром вернулся").replace(
                "The harbour ferry resumed", "Городской паром снова вышел на маршрут, и он"
            ),
        ),
        (
            "latin-1",
            ARTICLE.replace("Harbour ferry returns", "Le bac côtier reprend").replace(
                "The harbour ferry resumed", "Le bac a repris sa ligne côtière, déclaré à"
            ),
        ),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    article = newsschema.parse_file(path)
    assert article.headline == text.splitlines()[0]
    assert [p.name for p in article.authors] == ["Lena Park"]
    assert "\r" not in article.text


def test_noise_characters_are_cleaned() -> None:
    text = (
        "\n\n  Bridge\u00a0opens &amp; traffic flows  \n\nBy Lena\u200b Park\t\n\n"
        "The new bridge opened on Friday&nbsp;morning, and the first cars crossed at dawn.  \n"
    )
    article = newsschema.parse(text)
    assert article.headline == "Bridge opens & traffic flows"
    assert [p.name for p in article.authors] == ["Lena Park"]
    assert article.text == (
        "The new bridge opened on Friday morning, and the first cars crossed at dawn."
    )


def test_a_text_of_more_lines_than_any_article_is_refused_at_once() -> None:
    text = "Tide tables\n\nThe harbour office printed its tables.\n\n" + "By A\n" * 120_000
    with pytest.raises(newsschema.InputTooLargeError) as caught:
        newsschema.parse(text, source="tides.txt")
    assert caught.value.line == 100_001
    assert "more than 100,000 lines" in str(caught.value)
    assert str(caught.value).startswith("tides.txt:100001")


def test_a_text_of_more_units_than_any_article_is_refused_before_the_rules() -> None:
    text = "Tide tables\n\n" + "".join(f"Paragraph {i} of the tables.\n\n" for i in range(12_000))
    with pytest.raises(newsschema.InputTooLargeError) as caught:
        newsschema.parse(text)
    # the unit past the limit: the headline is unit 0, the paragraphs follow two lines apart
    assert caught.value.line == 2 * 10_000 + 1
    assert "more than 10,000 paragraphs" in str(caught.value)


def test_a_long_read_far_under_the_limits_is_read() -> None:
    paragraph = "The survey boat crossed the bay again, sounding the channel as it went. " * 6
    text = "A winter on the survey boat\n\n" + f"{paragraph}\n\n" * 2_000
    article = newsschema.parse(text)
    assert len(article.body) == 2_000
