"""Golden files: each fixture article in examples/ with its expected outputs beside it.

Regenerate after an intended change with ``NEWSSCHEMA_UPDATE_GOLDEN=1 pytest tests/test_golden.py``
and review the diff: the golden files are the reader's documented behaviour.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import newsschema
from conftest import fixture_texts

UPDATE = os.environ.get("NEWSSCHEMA_UPDATE_GOLDEN") == "1"
FIXTURES = fixture_texts()


def test_there_are_enough_fixtures() -> None:
    assert len(FIXTURES) >= 1


@pytest.mark.parametrize("source", FIXTURES, ids=[p.name for p in FIXTURES])
def test_json_golden(source: Path) -> None:
    article = newsschema.parse_file(source)
    document = newsschema.to_json(article)
    golden = source.with_suffix(".json")
    if UPDATE:
        golden.write_text(document, encoding="utf-8")
    assert golden.exists(), f"{golden.name} is missing; run with NEWSSCHEMA_UPDATE_GOLDEN=1"
    assert document == golden.read_text(encoding="utf-8")
    assert newsschema.validate_json(document) == []
    assert newsschema.from_json(document) == article
