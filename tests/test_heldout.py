"""The reader on the held-out corpus (``benchmarks/heldout``): no field may fall below its floor.

The corpus is invented news pages run through real extraction tools and browsers, with
the truth of what each text shows. The floors sit a little under what the reader
scores today, so a change that makes it read unseen layouts worse fails here; raise
them when the reader improves (``python benchmarks/heldout/score.py`` prints the table).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

HELDOUT = Path(__file__).resolve().parent.parent / "benchmarks" / "heldout"

# field -> lowest accepted accuracy (%), about two points under the reader's figure here
FLOORS = {
    "headline": 93,
    "authors": 81,
    "date_published": 95,
    "url": 96,
    "language": 97,
    "image_caption": 79,
    "image_credit": 81,
    "paragraph_count": 59,
    "paragraph_count_pm1": 76,
    "first_paragraph_starts": 76,
    "last_paragraph_ends": 79,
    "subheadings": 84,
    "date_modified": 97,
    "date_time": 98,
    "dateline_place": 93,
    "keywords": 91,
}
TRUTH_FIELDS = {
    "headline",
    "authors",
    "date_published",
    "url",
    "language",
    "image_caption",
    "image_credit",
    "paragraph_count",
    "first_paragraph_starts",
    "last_paragraph_ends",
    "subheadings",
    "date_modified",
    "date_time",
    "dateline_place",
    "keywords",
}


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"heldout_{name}", HELDOUT / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    return _load("score")


@pytest.fixture(scope="module")
def result(scorer: ModuleType) -> object:
    return scorer.score(HELDOUT / "corpus")


def test_corpus_is_whole() -> None:
    """Every text has its truth, with every field, and the corpus covers tools and languages."""
    truths = sorted((HELDOUT / "corpus").glob("*/*.truth.json"))
    assert len(truths) > 800
    tools, langs = set(), set()
    for path in truths:
        truth = json.loads(path.read_text(encoding="utf-8"))
        assert truth.keys() >= TRUTH_FIELDS, path
        assert truth["paragraph_count"] > 0, path
        assert path.with_name(path.name.replace(".truth.json", ".txt")).is_file()
        tools.add(path.parent.name)
        langs.add(truth["language"])
    assert len(tools) >= 12
    assert len(langs) >= 12


def test_floors(scorer: ModuleType, result: object) -> None:
    table = result.table()  # type: ignore[attr-defined]
    errors = [f"{f.tool}/{f.id}: {f.error}" for f in result.files if f.error]  # type: ignore[attr-defined]
    assert not errors, errors[:5]
    low = {
        name: f"{100 * correct / scored:.1f}% < {FLOORS[name]}%"
        for name, (correct, scored) in table.items()
        if 100 * correct / scored < FLOORS[name]
    }
    assert not low, f"fields under their floor on the held-out corpus: {low}"
    assert set(table) == set(FLOORS) == set(scorer.FIELDS)


def test_scorer_rules(scorer: ModuleType) -> None:
    """The scorer's comparisons: a null truth wants nothing, alternatives count, zones matter."""
    truth = {
        "headline": None,
        "url": None,
        "image_caption": "A pier.",
        "image_credit": "AFP",
        "language": "en",
        "date_published": "2023-04-12",
        "date_modified": None,
        "authors": ["Ann Lee"],
        "authors_alternatives": [["Ann Lee", "Reuters"]],
        "paragraph_count": 2,
        "first_paragraph_starts": "LONDON (Reuters) - The",
        "last_paragraph_ends": "said.",
        "subheadings": ["Why"],
        "date_time": None,
        "dateline_place": "LONDON",
        "keywords": ["Ferries"],
    }
    got = {
        "headline": "",
        "url": None,
        "image_caption": "A  pier.",
        "image_credit": "AFP",
        "language": "en-GB",
        "date_published": "2023-04-12T09:15:00",
        "date_time": "2023-04-12T09:15:00",
        "date_modified": None,
        "authors": ["reuters", "ANN LEE"],
        "paragraphs": ["LONDON (Reuters) - The [council](/x) voted.", "It *was* late, she said."],
        "subheadings": ["**Why**"],
        "dateline_place": "London",
        "keywords": ["ferries"],
    }
    marks = {name: ok for name, (ok, _, _) in scorer.compare(truth, got).items()}
    assert all(marks.values()), marks
    got["date_time"] = "2023-04-12T09:15:00+01:00"  # a zone the text did not give
    got["authors"] = ["Ann Lee", "Bob Roe"]
    marks = {name: ok for name, (ok, _, _) in scorer.compare(truth, got).items()}
    assert not marks["date_time"]
    assert not marks["authors"]
