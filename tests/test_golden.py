"""Golden files: each fixture article in examples/ with its expected outputs beside it
(``.json``, ``.jsonld``, ``.xml`` for NITF, ``.ninjs.json`` for ninjs 3.2, ``.newsml.xml``
for NewsML-G2).

A NewsML-G2 item needs a version time even where the article has only a day: the
time of writing, fixed here through ``SOURCE_DATE_EPOCH`` so that the files repeat.

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


# 2023-11-14T22:13:20Z
SOURCE_DATE_EPOCH = "1700000000"


@pytest.mark.parametrize(("source", "fmt"), CASES, ids=[f"{s.stem}.{f}" for s, f in CASES])
def test_golden(source: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
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
