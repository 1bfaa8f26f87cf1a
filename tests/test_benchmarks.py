"""The benchmark harness runs and reports every stage (``benchmarks/run.py --quick``).

No timing is asserted here: speed is measured by benchmarks, never by timed tests.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import need_shared
from newsschema.formats import FORMATS

RUN = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"
SIZES = ("small", "typical", "long")
FORMAT_NAMES = ("json", "jsonld", "nitf")

EXPECTED = {
    *(f"{stage} [{size}]" for stage in ("parse", "parse_file", "end_to_end") for size in SIZES),
    *(f"{op}_{fmt} [typical]" for op in ("to", "validate", "from") for fmt in FORMAT_NAMES),
    "cli jobs=1 [typical]",
    "cli jobs=2 [typical]",
    "cli speed-up",
    "import newsschema",
    "memory flat",
    "linear cost parse",
    "linear cost end_to_end",
    "floor read [typical]",
    "floor split [typical]",
    *(f"floor read+split [{size}]" for size in SIZES),
    *(f"floor read+split+write [{size}]" for size in SIZES),
    *(f"floor write {fmt} [{size}]" for fmt in FORMAT_NAMES for size in SIZES),
    *(f"floor read {fmt} [typical]" for fmt in FORMAT_NAMES),
}


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(RUN), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def quick(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    output = tmp_path_factory.mktemp("bench") / "results.json"
    return _run("--quick", "--output", output), output


def _results(path: Path) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = json.loads(path.read_text("utf-8"))["results"]
    return results


def test_quick_run_prints_the_tables(quick: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    proc, _ = quick
    assert proc.returncode == 0, proc.stderr
    for header in ("items/s", "µs/item", "x floor", "peak mem", "target", "met"):
        assert header in proc.stdout
    for line in ("parse [typical]", "import newsschema", "memory flat", "cli speed-up"):
        assert line in proc.stdout


def test_quick_run_writes_every_stage(quick: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    proc, output = quick
    assert proc.returncode == 0, proc.stderr
    results = _results(output)
    assert not EXPECTED - results.keys()
    for key, row in results.items():
        assert row["rate"] or row["value"] is not None or row["skipped"], key
        fmt = next((f for f in FORMAT_NAMES if key.endswith(f"_{f} [typical]")), None)
        if fmt in FORMATS or row["kind"] == "cli" or key.startswith(("parse", "end_to_end")):
            assert row["skipped"] is None, key
    for key in ("parse [typical]", "to_json [typical]", "end_to_end [typical]"):
        assert results[key]["ratio"] > 0
        assert results[key]["peak"] > 0
        assert results[key]["target"] is None or results[key]["met"] in (True, False)


REAL_ROWS = (
    "floor text",
    "mistune",
    "markdown-it",
    "parse",
    *(f"to_{fmt}" for fmt in FORMATS),
    "text->json,jsonld,nitf",
    "text->all",
)
REAL_CHECKS = (
    "parse x floor",
    "parse x mistune",
    "text->json,jsonld,nitf x floor",
    "to_nitf x to_json",
    "to_jsonld x to_json",
)


@pytest.mark.parametrize("text_set", ["dev", "examples"])
def test_quick_run_measures_the_real_text_sets(
    quick: tuple[subprocess.CompletedProcess[str], Path], text_set: str
) -> None:
    if text_set == "dev":
        need_shared("examples", "dev")
    proc, output = quick
    assert proc.returncode == 0, proc.stderr
    results = _results(output)
    table = proc.stdout.split("real text", 1)[1].split("\n\n", 1)[0]
    for header in ("µs/article", "x floor", "x mistune", "x markdown-it"):
        assert header in table
    for name in REAL_ROWS:
        row = results[f"{name} [{text_set}]"]
        assert row["skipped"] is None, name
        assert row["rate"] > 0, name
        printed = re.compile(rf"{re.escape(name)} +{text_set} ")
        assert any(printed.match(line) for line in table.splitlines()), f"{name} not printed"
        if row["kind"] == "stage":
            assert row["ratio"] > 0, name
            assert set(row["anchors"]) == {"mistune", "markdown-it"}, name
    for name in REAL_CHECKS:
        row = results[f"{name} [{text_set}]"]
        assert row["value"] > 0, name
        assert row["met"] in (True, False), name
        assert f"{name} [{text_set}]" in proc.stdout


def test_compare_covers_the_real_text_rows(
    quick: tuple[subprocess.CompletedProcess[str], Path], tmp_path: Path
) -> None:
    _, previous = quick
    document = json.loads(previous.read_text("utf-8"))
    for key in ("to_nitf [examples]", "mistune [examples]"):
        document["results"][key]["rate"] /= 2
    current = tmp_path / "current.json"
    current.write_text(json.dumps(document), "utf-8")

    dropped = _run("--results", current, "--compare", previous)
    assert dropped.returncode == 1, dropped.stderr
    lines = dropped.stdout.split("compared with", 1)[1].splitlines()
    nitf = next(line for line in lines if line.startswith("to_nitf [examples]"))
    assert "-50.0%" in nitf
    assert "REGRESSION" in nitf
    # an anchor moves with the machine, as a floor does: printed, never flagged
    anchor = next(line for line in lines if line.startswith("mistune [examples]"))
    assert "-50.0%" in anchor
    assert "REGRESSION" not in anchor
    assert any(line.startswith("parse x floor [examples]") for line in lines)


def test_compare_flags_a_drop(
    quick: tuple[subprocess.CompletedProcess[str], Path], tmp_path: Path
) -> None:
    _, previous = quick
    document = json.loads(previous.read_text("utf-8"))
    row = document["results"]["parse [typical]"]
    row["rate"] /= 2
    row["rates"] = [r / 2 for r in row["rates"]]
    current = tmp_path / "current.json"
    current.write_text(json.dumps(document), "utf-8")

    same = _run("--results", previous, "--compare", previous)
    assert same.returncode == 0, same.stderr
    assert "REGRESSION" not in same.stdout

    dropped = _run("--results", current, "--compare", previous)
    assert dropped.returncode == 1, dropped.stderr
    flagged = [line for line in dropped.stdout.splitlines() if "REGRESSION" in line]
    assert any(line.startswith("parse [typical]") and "-50.0%" in line for line in flagged)
    assert not any(line.startswith("parse [small]") for line in flagged)
