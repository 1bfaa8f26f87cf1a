"""Every fixture in ``examples/`` read as a human would read it.

``tests/expectations.toml`` holds, per fixture file, what a careful human reader
expects the article to contain; the values were written from the text and
INPUT.md, not from the reader's output. A fixture without an entry fails, and
so does an entry without a fixture or with a key this module does not know.

Where the reader still gets a fixture wrong, the case is listed in
``KNOWN_READER_GAPS`` with what is wrong, and is expected to fail (strictly:
once the reader is fixed, the entry must be removed).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsschema
from newsschema import _dates

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 needs the backport (dev dependency)
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXPECTATIONS = Path(__file__).resolve().parent / "expectations.toml"

# file name -> what the reader gets wrong there (remove an entry once it is fixed)
KNOWN_READER_GAPS: dict[str, str] = {}


def _fold(text: str) -> str:
    """Whitespace folded: runs of any whitespace become one space, ends stripped."""
    return " ".join(text.split())


def _iso(value: newsschema.DateValue | None) -> str | None:
    """The date in ISO 8601, a UTC offset of zero always written ``+00:00``."""
    if value is None:
        return None
    text = _dates.to_iso(value)
    return text[:-1] + "+00:00" if text.endswith("Z") else text


def _expected_iso(text: str) -> str:
    return text[:-1] + "+00:00" if text.endswith("Z") else text


def _paragraphs(article: newsschema.Article) -> list[str]:
    return [_fold(b.text) for b in article.body if isinstance(b, newsschema.Paragraph)]


def _count(article: newsschema.Article, kind: type) -> int:
    return sum(isinstance(b, kind) for b in article.body)


def _subset(actual: object | None, expected: dict[str, Any]) -> dict[str, Any] | None:
    """The attributes of ``actual`` named in ``expected`` (``None`` when there is no object)."""
    if actual is None:
        return None
    return {key: getattr(actual, key) for key in expected}


def _subheadings(article: newsschema.Article) -> list[str]:
    return [_fold(b.text) for b in article.body if isinstance(b, newsschema.Heading)]


def _first(article: newsschema.Article) -> str | None:
    paragraphs = _paragraphs(article)
    return paragraphs[0] if paragraphs else None


def _last(article: newsschema.Article) -> str | None:
    paragraphs = _paragraphs(article)
    return paragraphs[-1] if paragraphs else None


# key -> what the article gives for it (the expected value picks the attributes of a table)
Getter = Callable[[newsschema.Article, Any], object]
CHECKS: dict[str, Getter] = {
    "headline": lambda a, _e: a.headline,
    "subheadline": lambda a, _e: a.subheadline,
    "authors": lambda a, _e: [p.name for p in a.authors],
    "author_urls": lambda a, _e: [p.url for p in a.authors],
    "organizations": lambda a, _e: [o.name for o in a.organizations],
    "date_published": lambda a, _e: _iso(a.date_published),
    "date_modified": lambda a, _e: _iso(a.date_modified),
    "url": lambda a, _e: a.url,
    "language": lambda a, _e: a.language,
    "lead_image": lambda a, e: _subset(a.lead_image, e),
    "dateline": lambda a, e: _subset(a.dateline, e),
    "keywords": lambda a, _e: list(a.keywords),
    "paragraphs": lambda a, _e: _count(a, newsschema.Paragraph),
    "first_paragraph_starts": lambda a, _e: _first(a),
    "last_paragraph_ends": lambda a, _e: _last(a),
    "subheadings": lambda a, _e: _subheadings(a),
    "body_images": lambda a, _e: _count(a, newsschema.ImageBlock),
    "quotes": lambda a, _e: _count(a, newsschema.Quote),
    "lists": lambda a, _e: _count(a, newsschema.ListBlock),
}
REQUIRED = (
    "headline",
    "authors",
    "paragraphs",
    "language",
    "first_paragraph_starts",
    "last_paragraph_ends",
)


def _matches(key: str, got: object, expected: Any) -> bool:
    if key in {"date_published", "date_modified"}:
        return got == _expected_iso(expected)
    if key == "first_paragraph_starts":
        return isinstance(got, str) and got.startswith(_fold(expected))
    if key == "last_paragraph_ends":
        return isinstance(got, str) and got.endswith(_fold(expected))
    return bool(got == expected)


def _load() -> dict[str, dict[str, Any]]:
    with EXPECTATIONS.open("rb") as handle:
        data: dict[str, dict[str, Any]] = tomllib.load(handle)
    return data


EXPECTED = _load()
FIXTURES = sorted(EXAMPLES.glob("*.txt"))


def _cases() -> list[Any]:
    cases = []
    for path in FIXTURES:
        gap = KNOWN_READER_GAPS.get(path.name)
        marks = (
            [pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"reader: {gap}")]
            if gap
            else []
        )
        cases.append(pytest.param(path, id=path.name, marks=marks))
    return cases


def test_there_are_enough_fixtures() -> None:
    assert len(FIXTURES) >= 34


def test_every_expectation_has_a_fixture() -> None:
    names = {path.name for path in FIXTURES}
    assert sorted(set(EXPECTED) - names) == []


def test_gaps_name_real_fixtures() -> None:
    assert sorted(set(KNOWN_READER_GAPS) - set(EXPECTED)) == []


@pytest.mark.parametrize("path", _cases())
def test_fixture_reads_as_expected(path: Path) -> None:
    expected = EXPECTED.get(path.name)
    assert expected is not None, f"{path.name} has no entry in {EXPECTATIONS.name}"
    unknown = sorted(set(expected) - set(CHECKS))
    assert unknown == [], f"{path.name}: unknown keys {unknown}"
    missing = [key for key in REQUIRED if key not in expected]
    assert missing == [], f"{path.name}: required keys missing {missing}"

    article = newsschema.parse_file(path)
    wrong = []
    for key, want in expected.items():
        got = CHECKS[key](article, want)
        if not _matches(key, got, want):
            wrong.append(f"{key}: expected {want!r}, got {got!r}")
    assert wrong == [], f"{path.name}:\n  " + "\n  ".join(wrong)
