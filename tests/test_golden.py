"""Golden files: each fixture article in examples/ with its expected outputs beside it
(``.json``, ``.jsonld``, and ``.xml`` for NITF).

Regenerate after an intended change with ``NEWSSCHEMA_UPDATE_GOLDEN=1 pytest tests/test_golden.py``
and review the diff: the golden files are the reader's and writers' documented behaviour.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import newsschema
from conftest import fixture_texts
from newsschema._convert import output_suffix, render
from newsschema.formats import FORMATS

UPDATE = os.environ.get("NEWSSCHEMA_UPDATE_GOLDEN") == "1"
FIXTURES = fixture_texts()
CASES = [(source, fmt) for source in FIXTURES for fmt in FORMATS]


def test_there_are_enough_fixtures() -> None:
    assert len(FIXTURES) >= 30


@pytest.mark.parametrize(("source", "fmt"), CASES, ids=[f"{s.stem}.{f}" for s, f in CASES])
def test_golden(source: Path, fmt: str) -> None:
    article = newsschema.parse_file(source)
    document = render(article, fmt).data
    golden = source.with_suffix(output_suffix(fmt))
    if UPDATE:
        golden.write_bytes(document)
    assert golden.exists(), f"{golden.name} is missing; run with NEWSSCHEMA_UPDATE_GOLDEN=1"
    assert document == golden.read_bytes()


@pytest.mark.parametrize("source", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_json_validates_and_round_trips(source: Path) -> None:
    article = newsschema.parse_file(source)
    document = newsschema.to_json(article)
    assert newsschema.validate_json(document) == []
    assert newsschema.from_json(document) == article
