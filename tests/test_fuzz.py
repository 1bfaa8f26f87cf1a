"""The fuzz harness (``benchmarks/fuzz.py``): its quick mode passes, and it catches what it
is there to catch (a foreign exception, an invalid document, a slow input)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsschema
from conftest import ROOT

BENCHMARKS = ROOT / "benchmarks"


@pytest.fixture
def fuzz() -> Iterator[object]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import fuzz as module  # noqa: PLC0415 - a script beside the tests, not a package

        yield module
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_quick_run_passes(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "fuzz.py"), "--quick", "--findings", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=BENCHMARKS,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    rows = {line.split()[0]: line.split() for line in result.stdout.splitlines() if line}
    for reader in ("text", "json", "jsonld", "nitf", "html"):
        inputs, articles, refused, checked, *failures = map(int, rows[reader][1:9])
        assert inputs == 120
        assert articles + refused == inputs
        assert 0 < checked <= articles
        assert failures == [0, 0, 0, 0]
    assert not list(tmp_path.iterdir())


def test_the_harness_finds_failures(fuzz: object, monkeypatch: pytest.MonkeyPatch) -> None:
    checker = fuzz._Checker(limit=2.0)  # type: ignore[attr-defined]
    good = newsschema.to_json(newsschema.parse("Headline\n\nSome prose words here.\n")).encode()

    def broken(data: bytes) -> newsschema.Article:
        raise ValueError("a foreign exception")

    monkeypatch.setitem(fuzz.READ, "json", broken)  # type: ignore[attr-defined]
    checker.run("json", good)
    monkeypatch.undo()
    monkeypatch.setattr(fuzz, "_problems_of", lambda _article: "NITF: a made-up problem")
    checker.run("json", good)
    checker.limit = 0.0
    checker.run("text", b"Headline\n\nSome prose words here.\n")
    counts = checker.tally.counts
    assert counts["json"]["foreign"] == 1
    assert counts["json"]["invalid"] == 1
    assert counts["text"]["slow"] == 1
    kinds = [(f.reader, f.kind) for f in checker.tally.findings]
    assert kinds == [("json", "foreign"), ("json", "invalid"), ("text", "slow")]
    assert "ValueError: a foreign exception" in checker.tally.findings[0].detail
