"""Nothing lost: every word of an input reaches the Article.

A word of the input is kept when the article holds it somewhere (a field, the body, the
furniture), when it is one of the words a lexicon lists for what the reader turns into
data (month names, date and byline labels, "Original url:"), or when a warning names it
(a front matter key no field takes, a byline's place): then it is not lost silently. The
check runs over every fixture and every article of the development set.
"""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsschema
from conftest import SHARED, fixture_texts, need_shared
from newsschema import _lexicons
from newsschema._lexicons import zones
from newsschema._text.decode import decode

_TARGET = re.compile(r"\]\([^)]{0,3000}\)")
_URL = re.compile(r"(?:https?://|www\.|mailto:)\S+|<[^>\s]+>|\S+@\S+\.\w+")
_WORD = re.compile(r"[^\W\d_]+")
_FRONT_KEY = re.compile(r"^[A-Za-z_][\w.-]*:", re.MULTILINE)


@functools.cache
def _vocabulary() -> frozenset[str]:
    """Words the reader turns into data rather than keeps: every lexicon's labels, month
    and weekday names, byline and date words; zone names; the markup of layouts."""
    lex = _lexicons.merged()
    words: set[str] = set()

    def add(values: Any) -> None:
        for value in values:
            words.update(w.casefold() for w in _WORD.findall(value))

    for name in ("weekdays", "date_words", "time_before", "time_after", "by", "and_words",
                 "places", "articles", "particles"):  # fmt: skip
        add(getattr(lex, name))
    for field in ("published", "modified", "photo", "source", "tags", "read_more", "share",
                  "advertisement", "comments", "newsletter", "reading", "kicker"):  # fmt: skip
        add(getattr(lex.labels, field))
    for field in ("before", "after", "units", "words"):
        add(getattr(lex.relative, field))
    add(lex.month_names())
    add(z.casefold() for z in (*zones.FIXED, *zones.US_REGIONS, *zones.AMBIGUOUS))
    words.update({"am", "pm", "a", "p", "m", "th", "st", "nd", "rd", "cc", "uhr", "h"})
    return frozenset(words)


def _strings(value: object) -> list[str]:
    """Every string an unstructured article holds."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _input_words(text: str) -> list[str]:
    text = html.unescape(_TARGET.sub("]", text))
    text = _URL.sub(" ", text)
    return [w for w in _WORD.findall(text) if len(w) >= 2]


def lost_words(path: Path) -> list[str]:
    text = decode(path.read_bytes(), file=str(path)).text
    result = newsschema.analyze(text, source=str(path))
    from newsschema._converter import converter  # noqa: PLC0415 - test helper

    held = " ".join(_strings(converter.unstructure(result.article))).casefold()
    warned = " ".join(str(w) for w in result.warnings).casefold()
    keys = {m.group(0)[:-1].casefold() for m in _FRONT_KEY.finditer(text)}
    vocabulary = _vocabulary()
    lost = []
    for word in _input_words(text):
        folded = word.casefold()
        if folded in held or folded in warned or folded in vocabulary or folded in keys:
            continue
        lost.append(word)
    return lost


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.stem)
def test_every_word_of_a_fixture_reaches_the_article(path: Path) -> None:
    assert lost_words(path) == []


DEV = sorted((SHARED / "examples" / "dev").glob("d*.txt"))


@pytest.mark.parametrize("name", [p.name for p in DEV] or ["d01.txt"])
def test_every_word_of_a_dev_article_reaches_the_article(name: str) -> None:
    path = need_shared("examples", "dev", name)
    assert lost_words(path) == []


def test_the_check_sees_a_lost_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = fixture_texts()[0]
    real = newsschema.analyze

    def forgetful(text: str, *, source: str | None = None) -> newsschema.ParseResult:
        result = real(text, source=source)
        article = attrs.evolve(result.article, body=result.article.body[:-1])
        return attrs.evolve(result, article=article)

    monkeypatch.setattr(newsschema, "analyze", forgetful)
    assert lost_words(path) != []


@pytest.mark.parametrize("name", [p.name for p in DEV] or ["d01.txt"])
def test_every_dev_article_gives_valid_json(name: str) -> None:
    path = need_shared("examples", "dev", name)
    assert newsschema.validate_json(newsschema.to_json(newsschema.parse_file(path))) == []
