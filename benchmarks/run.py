"""newsschema benchmarks: every stage, its floor, and the targets of issue 6.

    python benchmarks/run.py [--quick] [--corpus DIR] [--output FILE] [--workdir DIR]
                             [--compare PREVIOUS.json] [--cli-files N] [--scale N]

Generates a deterministic corpus (benchmarks/corpus.py, every layout, three
sizes), times each stage as the median of repeated loops over a fixed set of
articles, measures the floors in the same run, the CLI with --jobs 1 and 2, the
import time, memory over a long stream and cost against article size; prints a
table and writes JSON. See benchmarks/README.md for what each figure means.

Exit status: 0; 1 when the CLI failed or --compare flagged a regression.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import corpus
import newsschema
from _measure import ChildRun, run_child, startup_time, time_loop, traced_peak
from _realtext import measure_text
from _report import (
    Row,
    apply_targets,
    compare,
    floors_table,
    load,
    save,
    table,
    targets_table,
    text_table,
)
from _stages import (
    END_TO_END_FLOOR,
    SIZES,
    TYPICAL,
    SizeSet,
    composite_floors,
    formats,
    key,
    load_set,
    workloads,
)

HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE / "results" / "latest.json"


@dataclass(frozen=True)
class Settings:
    """How much work each measurement does."""

    articles: int  # per size; the long set has a fifth as many
    repeats: int
    min_time: float  # seconds one repeat lasts at least
    memory_items: int  # articles traced for peak memory
    cli_files: int
    cli_repeats: int
    scale: int  # memory flat: this many articles, then ten times as many
    import_runs: int


FULL = Settings(
    articles=100,
    repeats=5,
    min_time=0.2,
    memory_items=10,
    cli_files=2_000,
    cli_repeats=3,
    scale=10_000,
    import_runs=9,
)
QUICK = Settings(
    articles=10,
    repeats=3,
    min_time=0.0,
    memory_items=5,
    cli_files=20,
    cli_repeats=1,
    scale=50,
    import_runs=3,
)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- the corpus -------------------------------------------------------------------------


def _set_count(settings: Settings, size: str) -> int:
    # long articles cost ~7x as much: a fifth as many keep each stage's time alike;
    # at least one article of each of the five layouts
    count = settings.articles // 5 if size == "long" else settings.articles
    return max(len(corpus.LAYOUTS), count)


def generate(root: Path, settings: Settings) -> dict[str, Path]:
    """Write the corpus folders under ``root``: one per size, and ``cli`` (each replaced, so
    that files of an earlier, larger run are not measured)."""
    counts = {size: (_set_count(settings, size), size) for size in SIZES}
    counts["cli"] = (settings.cli_files, TYPICAL)
    folders = {}
    for name, (count, size) in counts.items():
        folders[name] = root / name
        shutil.rmtree(folders[name], ignore_errors=True)
        corpus.write_corpus(folders[name], count, size)
    return folders


# --- in-process stages ------------------------------------------------------------------


def measure_stages(sets: dict[str, SizeSet], settings: Settings) -> list[Row]:
    runs, skipped = workloads(sets)
    rows: list[Row] = []
    for work in runs:
        _say(f"  {work.key}")
        timing = time_loop(
            work.fn, work.items, repeats=settings.repeats, min_time=settings.min_time
        )
        peak = traced_peak(work.fn, work.items[: settings.memory_items])
        rows.append(
            Row(
                work.key,
                work.name,
                work.size,
                work.kind,
                work.unit,
                rate=timing.rate,
                rates=timing.rates,
                floor=work.floor,
                peak=peak,
                peak_kind="traced",
                note=work.note,
            )
        )
    rows += [Row(s.key, s.name, s.size, s.kind, "articles", skipped=s.reason) for s in skipped]
    for size in sets:
        rows += _composites(rows, size)
    return rows


def _composites(rows: list[Row], size: str) -> list[Row]:
    by_key = {row.key: row for row in rows}
    out = []
    for name, parts in composite_floors().items():
        us = sum(by_key[key(part, size)].us or 0.0 for part in parts)
        out.append(
            Row(
                key(name, size),
                name,
                size,
                "floor",
                "articles",
                rate=1e6 / us,
                note="sum: " + " + ".join(p.removeprefix("floor ") for p in parts),
            )
        )
    return out


def _ratios(rows: list[Row]) -> None:
    by_key = {row.key: row for row in rows}
    for row in rows:
        if row.floor is None or row.us is None:
            continue
        floor = by_key.get(key(row.floor, row.size if row.kind != "cli" else TYPICAL))
        if floor is not None and floor.us:
            row.ratio = row.us / floor.us


# --- the command line tool --------------------------------------------------------------


def _console_script() -> str | None:
    name = "newsschema.exe" if sys.platform == "win32" else "newsschema"
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which("newsschema")


def _cli_formats() -> list[str]:
    """The registered formats that ``convert --to`` offers (the CLI may list fewer)."""
    from newsschema.cli import OUTPUT_FORMATS  # noqa: PLC0415 - loads click, only here

    return [f for f in formats()[0] if f in OUTPUT_FORMATS]


def _convert(script: str, folder: Path, jobs: int, out: Path, work: Path) -> ChildRun:
    cmd = [script, "convert", str(folder), "--to", ",".join(_cli_formats())]
    cmd += ["--out-dir", str(out), "-q", "--jobs", str(jobs)]
    try:
        return run_child(cmd, cwd=work)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def measure_cli(folder: Path, files: int, settings: Settings, work: Path) -> list[Row]:
    """Files per second of ``newsschema convert`` with ``--jobs 1`` and ``--jobs 2``.

    The two alternate, run after run, so that a change in the machine's load
    (other processes) hits both alike.
    """
    fmts = _cli_formats()
    script = _console_script()
    failure = None if script else "no newsschema console script beside this Python"
    runs: dict[int, list[ChildRun]] = {1: [], 2: []}
    for i in range(settings.cli_repeats):
        for jobs, done in runs.items():
            if failure is not None or script is None:
                break
            _say(f"  cli --jobs {jobs} over {files:,} files ({i + 1}/{settings.cli_repeats})")
            child = _convert(script, folder, jobs, work / f"out-{jobs}-{i}", work)
            if child.returncode != 0:
                last = (child.stderr.strip().splitlines() or ["no message"])[-1]
                failure = f"exit {child.returncode}: {last}"
            done.append(child)
    rows: list[Row] = []
    for jobs, done in runs.items():
        name = f"cli jobs={jobs}"
        row = Row(key(name, TYPICAL), name, TYPICAL, "cli", "files", skipped=failure)
        if failure is None:
            row.rates = [files / child.seconds for child in done]
            row.rate = statistics.median(row.rates)
            row.floor = END_TO_END_FLOOR
            row.peak, row.peak_kind = max(child.max_rss for child in done), "rss"
            row.note = f"{files:,} files, --to {','.join(fmts)}"
        rows.append(row)
    speedup = Row("cli speed-up", "cli speed-up", None, "check", "x", skipped=failure)
    if failure is None and rows[0].rate and rows[1].rate:
        speedup.value = rows[1].rate / rows[0].rate
        speedup.note = f"files/s of --jobs 2 / --jobs 1 over {files:,} files (issue: 10,000)"
    return [*rows, speedup]


# --- checks -----------------------------------------------------------------------------


def measure_import(settings: Settings) -> Row:
    _say("  import newsschema")
    seconds = startup_time(sys.executable, "import newsschema", runs=settings.import_runs)
    return Row(
        "import newsschema",
        "import newsschema",
        None,
        "check",
        "ms",
        value=seconds * 1000,
        note=f"median of {settings.import_runs} fresh interpreters, minus `python -c pass`",
    )


def measure_memory_flat(scale: int) -> Row:
    script = str(HERE / "_stream.py")
    runs: dict[int, dict[str, Any]] = {}
    for count in (scale, scale * 10):
        _say(f"  memory: parse + to_json streamed over {count:,} articles")
        child = run_child([sys.executable, script, str(count)])
        if child.returncode != 0:
            raise RuntimeError(f"{script} {count} failed:\n{child.stderr}")
        runs[count] = json.loads(child.stdout)
    small, large = runs[scale], runs[scale * 10]
    mib = 1024 * 1024
    return Row(
        "memory flat",
        "memory flat",
        None,
        "check",
        "x",
        value=large["peak_rss"] / small["peak_rss"],
        note=(
            f"peak RSS {large['peak_rss'] / mib:.1f} MiB at {scale * 10:,} / "
            f"{small['peak_rss'] / mib:.1f} MiB at {scale:,} articles"
        ),
        details={"runs": {str(n): r for n, r in runs.items()}},
    )


def linear_cost(rows: list[Row], sets: dict[str, SizeSet]) -> list[Row]:
    by_key = {row.key: row for row in rows}
    grow = sets["long"].mean_bytes / sets[TYPICAL].mean_bytes
    out = []
    for stage in ("parse", "end_to_end"):
        long_, typical = by_key[key(stage, "long")], by_key[key(stage, TYPICAL)]
        name = f"linear cost {stage}"
        out.append(
            Row(
                name,
                name,
                None,
                "check",
                "x",
                value=(long_.us or 0) / (typical.us or 1),
                note=f"µs per long article / per typical one (the text is {grow:.1f}x longer)",
            )
        )
    return out


# --- the run ----------------------------------------------------------------------------


def _load() -> list[float] | None:
    """The load averages (1, 5, 15 minutes), where the platform has them."""
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None


def _meta(args: argparse.Namespace, settings: Settings, sets: dict[str, SizeSet]) -> dict[str, Any]:
    fmts, missing = formats()
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            cwd=Path(newsschema.__file__).parent,  # the code measured, not the harness
            check=False,
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "newsschema": newsschema.__version__,
        "commit": commit,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "formats": fmts,
        "missing_formats": missing,
        "quick": args.quick,
        "settings": settings.__dict__,
        "clock": "in-process stages: CPU time of the process; the CLI: wall time",
        "articles": {size: len(s.paths) for size, s in sets.items()},
        "mean_bytes": {size: round(s.mean_bytes) for size, s in sets.items()},
    }


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a fast smoke run: small counts")
    parser.add_argument(
        "--corpus",
        type=Path,
        help="generate the corpus here (its small/typical/long/cli folders) and keep it",
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="results JSON")
    parser.add_argument("--compare", type=Path, help="results JSON of an earlier run")
    parser.add_argument(
        "--threshold", type=float, default=10.0, help="%% rate drop flagged by --compare"
    )
    parser.add_argument(
        "--results",
        type=Path,
        help="do not run: compare these results (with --compare) and print their table",
    )
    parser.add_argument("--cli-files", type=int, help="files in the CLI folder (default 2,000)")
    parser.add_argument(
        "--workdir",
        type=Path,
        help="where the corpus and the CLI's outputs go (default: the system's temporary "
        "folder); a tmpfs such as /dev/shm takes the disk out of the CLI figures",
    )
    parser.add_argument("--scale", type=int, help="memory check: N, then 10N articles")
    parser.add_argument("--articles", type=int, help="articles per size set (default 100)")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    base = QUICK if args.quick else FULL
    changes = {
        "cli_files": args.cli_files,
        "scale": args.scale,
        "articles": args.articles,
    }
    values = {**base.__dict__, **{k: v for k, v in changes.items() if v is not None}}
    return Settings(**values)


def run(args: argparse.Namespace) -> tuple[list[Row], dict[str, Any]]:
    settings = _settings(args)
    load_before = _load()
    fmts, missing = formats()
    for fmt in missing:
        print(f"note: format {fmt!r} is not registered; its stages and floors are skipped")
    with tempfile.TemporaryDirectory(prefix="newsschema-bench-", dir=args.workdir) as tmp:
        work = Path(tmp)
        _say(f"corpus: {args.corpus or work / 'corpus'}")
        folders = generate(args.corpus or work / "corpus", settings)
        sets = {size: load_set(folders[size], size, fmts) for size in SIZES}
        _say("stages:")
        rows = measure_stages(sets, settings)
        _say("real text:")
        rows += measure_text(settings, fmts, _say, limit=8 if args.quick else None)
        rows += measure_cli(folders["cli"], settings.cli_files, settings, work)
        _ratios(rows)
        rows.append(measure_import(settings))
        rows.append(measure_memory_flat(settings.scale))
        rows += linear_cost(rows, sets)
        meta = _meta(args, settings, sets)
    meta["load_average"] = {"before": load_before, "after": _load()}
    apply_targets(rows)
    return rows, meta


def _print_results(rows: list[Row], meta: dict[str, Any] | None) -> None:
    if meta:
        print(
            f"newsschema {meta['newsschema']} ({meta['commit'] or 'no commit'}), "
            f"Python {meta['python']}, {meta['platform']}, {meta['cpus']} CPUs; "
            f"formats: {', '.join(meta['formats'])}"
        )
        sizes = ", ".join(
            f"{s} {n} x ~{meta['mean_bytes'][s]:,} B" for s, n in meta["articles"].items()
        )
        print(f"articles per set: {sizes}")
        load = meta.get("load_average") or {}
        if load.get("before") is not None:
            print(
                f"load average (1, 5, 15 min) before: {load['before']}, after: {load['after']}"
                " (other work on the machine slows every figure)"
            )
    print()
    print(floors_table(rows))
    print()
    print(table(rows))
    print()
    print(text_table(rows))
    print()
    print(targets_table(rows))


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    args = _parser().parse_args(argv)
    if args.results:
        rows, meta = load(args.results), None
    else:
        rows, meta = run(args)
        save(args.output, meta, rows)
    _print_results(rows, meta)
    if not args.results:
        print(f"\nresults: {args.output}")
    status = 1 if any(r.kind == "cli" and r.skipped for r in rows) else 0
    if args.compare:
        text, flagged = compare(load(args.compare), rows, threshold=args.threshold / 100)
        print(f"\ncompared with {args.compare}:\n{text}")
        if flagged:
            print(
                f"\nREGRESSION: rate dropped by more than {args.threshold:g}%: "
                + ", ".join(flagged)
            )
            status = 1
        else:
            print(f"\nno stage's rate dropped by more than {args.threshold:g}%")
    return status


if __name__ == "__main__":
    sys.exit(main())
