"""How the benchmarks measure: timed loops, traced memory, child processes.

Nothing here knows about newsschema; :mod:`_stages` says what is measured.
"""

from __future__ import annotations

import gc
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "ChildRun",
    "Timing",
    "child_env",
    "run_child",
    "startup_time",
    "time_loop",
    "traced_peak",
]


@dataclass(frozen=True)
class Timing:
    """Items per second of each repeat; the median is the figure reported."""

    rates: list[float]

    @property
    def rate(self) -> float:
        return statistics.median(self.rates)


def _one_pass(fn: Callable[[Any], object], items: Sequence[Any]) -> None:
    for item in items:
        fn(item)


def time_loop(
    fn: Callable[[Any], object],
    items: Sequence[Any],
    *,
    repeats: int,
    min_time: float,
) -> Timing:
    """Apply ``fn`` to every item, ``repeats`` times, after a warm-up pass.

    The warm-up pays for lazy imports and compiled validators; a second pass
    calibrates how many passes one repeat makes so that it lasts at least
    ``min_time`` seconds (fast floors would otherwise be timer noise).

    Time is the CPU time of this process (``time.process_time``), not the clock on the
    wall: on a machine shared with other work, the time spent waiting for a core is not
    the stage's. The stages run on one thread, so CPU time is their cost on one core.
    """
    clock = time.process_time
    _one_pass(fn, items)
    start = clock()
    _one_pass(fn, items)
    one = clock() - start
    passes = max(1, math.ceil(min_time / max(one, 1e-9)))
    rates: list[float] = []
    for _ in range(repeats):
        gc.collect()
        start = clock()
        for _ in range(passes):
            _one_pass(fn, items)
        rates.append(passes * len(items) / max(clock() - start, 1e-9))
    return Timing(rates)


def traced_peak(fn: Callable[[Any], object], items: Sequence[Any]) -> int:
    """The most Python memory (bytes, above what was held before) in use at once while
    ``fn`` handles ``items`` one after the other, each result dropped.

    tracemalloc sees Python's allocators only: what libxml2 allocates inside lxml
    is not counted. Call after a warm-up so that caches filled once are not counted.
    """
    gc.collect()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        _one_pass(fn, items)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return max(0, peak - before)


@dataclass(frozen=True)
class ChildRun:
    """One finished child process: wall time, exit status, peak RSS (bytes: the largest
    process among the child and its descendants) and its output."""

    seconds: float
    returncode: int
    max_rss: int
    stdout: str
    stderr: str


_LAUNCHER = Path(__file__).with_name("_launch.py")


def child_env() -> dict[str, str]:
    """The environment of measured child processes: this one's, with bytecode caching on.

    An installed package runs from cached bytecode (pip compiles it at install; an
    editable install writes it on first import); ``PYTHONDONTWRITEBYTECODE``, which
    some sandboxes set, would make every child compile newsschema's sources again.
    """
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_child(cmd: Sequence[str], *, cwd: Path | None = None) -> ChildRun:
    """Run ``cmd`` to completion through ``_launch.py``, which times it and reads its peak
    RSS without counting this process's own memory (see there)."""
    with tempfile.TemporaryDirectory(prefix="newsschema-child-") as tmp:
        report, out, err = Path(tmp, "report.json"), Path(tmp, "out"), Path(tmp, "err")
        with out.open("wb") as stdout, err.open("wb") as stderr:
            subprocess.run(
                [sys.executable, str(_LAUNCHER), str(report), *cmd],
                stdout=stdout,
                stderr=stderr,
                stdin=subprocess.DEVNULL,
                cwd=cwd,
                env=child_env(),
                check=True,
            )
        ran = json.loads(report.read_text("utf-8"))
        return ChildRun(
            ran["seconds"],
            ran["returncode"],
            ran["max_rss"],
            out.read_text("utf-8", "replace"),
            err.read_text("utf-8", "replace"),
        )


def startup_time(python: str, code: str, *, runs: int) -> float:
    """Median seconds of ``python -c code`` minus the median of ``python -c pass``.

    The two are run alternately, after one untimed run of each (bytecode caches),
    so that drift in the machine's load hits both alike.
    """
    env = child_env()
    bare: list[float] = []
    full: list[float] = []
    for i in range(runs + 1):
        for script, into in (("pass", bare), (code, full)):
            start = time.perf_counter()
            subprocess.run([python, "-c", script], env=env, check=True)
            if i:
                into.append(time.perf_counter() - start)
    return statistics.median(full) - statistics.median(bare)
