"""The Dask engine against the local batch: rate, scaling, overhead and worker memory.

    python benchmarks/dask_bench.py [--articles 100000] [--workdir DIR] [--output FILE]

Generates ``--articles`` typical articles (``corpus.py``; kept in ``DIR/corpus`` and
reused when the count matches), then converts them to JSON files

1. with the local batch, ``newsschema convert --jobs 2`` (the command line);
2. on a Dask ``LocalCluster`` of one worker process, then of two (``convert_archive``);
3. on two workers again over a tenth of the articles, for the workers' peak memory.

and prints articles/s, the scaling ratio of two workers to one (target: at least 1.7),
the overhead of two Dask workers against the local batch's two processes (target:
within 25 %), the peak memory (max RSS) of each worker at both sizes (target: flat in
the number of articles) and, from the measured cost per article, an estimate for ten
million articles on 64 workers. Each step records the load average before and after:
on a shared machine the figures are only as good as the load allowed.

The results go to ``--output`` (default ``benchmarks/results/dask-latest.json``).
``--quick`` runs a smoke test with small counts (its figures mean nothing).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402
from newsschema.dask import cluster, convert_archive  # noqa: E402

DEFAULT_OUTPUT = HERE / "results" / "dask-latest.json"
TARGET_SCALING = 1.7
TARGET_OVERHEAD = 0.25
ESTIMATE_ARTICLES = 10_000_000
ESTIMATE_WORKERS = 64


def _say(message: str) -> None:
    print(message, flush=True)


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def corpus(work: Path, articles: int) -> Path:
    """The generated articles, folders of a thousand; kept for the next run."""
    folder = work / "corpus"
    stamp = folder / ".count"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == str(articles):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    _say(f"generating {articles:,} articles in {folder} ...")
    write_corpus(folder, articles, "typical")
    stamp.write_text(str(articles), encoding="utf-8")
    return folder


def run_local(folder: Path, out: Path, jobs: int) -> dict[str, Any]:
    shutil.rmtree(out, ignore_errors=True)
    script = Path(sys.executable).with_name("newsschema")
    before = _load()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [script, "convert", folder, "--out-dir", out, "--jobs", str(jobs), "-q"],
        check=False,
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    return {
        "seconds": seconds,
        "returncode": done.returncode,
        "cpu_ms_per_article": 1000 * cpu / max(1, sum(1 for _ in folder.rglob("*.txt"))),
        "load": [before, _load()],
    }


def _peak_rss() -> int:
    """This process's peak resident memory, in bytes (run on each worker)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _cpu() -> float:
    """This process's CPU seconds (run on each worker): unlike wall time, what a load from
    other processes does not inflate (much)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_dask(
    inputs: str | list[str], out: Path, workers: int, partition_size: int
) -> dict[str, Any]:
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    with cluster(workers=workers) as client:
        startup = time.perf_counter() - started
        before = _load()
        cpu_before = sum(client.run(_cpu).values())
        driver_before = _cpu()  # the listing, and the local cluster's scheduler (a thread here)
        start = time.perf_counter()
        summary = convert_archive(
            inputs, str(out), client=client, partition_size=partition_size, resume=False
        )
        seconds = time.perf_counter() - start
        driver = _cpu() - driver_before
        workers_cpu = sum(client.run(_cpu).values()) - cpu_before
        cpu = workers_cpu + driver
        peaks = sorted(client.run(_peak_rss).values())
    return {
        "seconds": seconds,
        "startup": startup,
        "inputs": summary.inputs,
        "converted": summary.converted,
        "failed": summary.failed,
        "partitions": summary.partitions,
        "worker_peak_rss": peaks,
        "worker_cpu_seconds": workers_cpu,
        "driver_cpu_seconds": driver,
        "cpu_ms_per_article": 1000 * cpu / max(1, summary.inputs),
        "load": [before, _load()],
    }


def estimate(seconds_per_article: float, price: float) -> dict[str, Any]:
    """Ten million articles on 64 workers (a core each), from the measured CPU cost of an
    article on a worker, if the work spreads evenly (listing and commits are not in it)."""
    core_seconds = ESTIMATE_ARTICLES * seconds_per_article
    hours = core_seconds / ESTIMATE_WORKERS / 3600
    return {
        "articles": ESTIMATE_ARTICLES,
        "workers": ESTIMATE_WORKERS,
        "core_hours": round(core_seconds / 3600, 2),
        "hours_on_64_workers": round(hours, 3),
        "minutes_on_64_workers": round(hours * 60, 1),
        "price_per_core_hour": price,
        "compute_cost": round(core_seconds / 3600 * price, 2),
    }


def _mib(value: float) -> str:
    return f"{value / 1_048_576:.0f} MiB"


def _line(label: str, rate: float, step: dict[str, Any]) -> str:
    load = " -> ".join(f"{x[0]:.1f}" for x in step["load"])
    cpu = (
        f", {step['cpu_ms_per_article']:.2f} ms CPU/article" if "cpu_ms_per_article" in step else ""
    )
    return f"  {label:<24}{rate:7.0f} articles/s {step['seconds']:7.1f} s (load {load}){cpu}"


def report(results: dict[str, Any]) -> None:
    n = results["articles"]
    local, one, two, small = (
        results[k] for k in ("local_jobs2", "dask_1", "dask_2", "dask_2_small")
    )
    local_rate = n / local["seconds"]
    one_rate = one["inputs"] / one["seconds"]
    two_rate = two["inputs"] / two["seconds"]
    scaling = two_rate / one_rate
    overhead = two["seconds"] / local["seconds"] - 1
    est = results["estimate"]
    _say("")
    _say(f"{n:,} typical articles (~6 KB) to JSON files; load average before / after each step")
    _say(_line("local batch, --jobs 2", local_rate, local))
    _say(_line("Dask, 1 worker", one_rate, one))
    _say(_line("Dask, 2 workers", two_rate, two))
    _say(f"  cluster start-up: {one['startup']:.1f} s (1 worker), {two['startup']:.1f} s (2)")
    # what two free cores would give: the CPU an article costs, which the load inflates less
    cpu_scaling = 2 * one["cpu_ms_per_article"] / two["cpu_ms_per_article"]
    cpu_overhead = two["cpu_ms_per_article"] / local["cpu_ms_per_article"] - 1
    _say(
        f"  scaling, 2 workers / 1: {scaling:.2f}x by the clock, {cpu_scaling:.2f}x by CPU "
        f"per article (target >= {TARGET_SCALING}x)"
    )
    _say(
        f"  overhead against --jobs 2: {overhead:+.1%} by the clock, {cpu_overhead:+.1%} by CPU "
        f"per article (target within {TARGET_OVERHEAD:.0%})"
    )
    for step in (small, two):
        peaks = ", ".join(_mib(x) for x in step["worker_peak_rss"])
        _say(f"  worker peak memory, {step['inputs']:,} articles: {peaks}")
    _say(
        f"  10M articles on 64 workers: {est['core_hours']} core-hours, about "
        f"{est['minutes_on_64_workers']} min, ~${est['compute_cost']} of compute at "
        f"${est['price_per_core_hour']}/core-hour (listing and output commits not included)"
    )
    results["summary"] = {
        "local_rate": local_rate,
        "dask_1_rate": one_rate,
        "dask_2_rate": two_rate,
        "scaling": scaling,
        "overhead": overhead,
        "cpu_scaling": cpu_scaling,
        "cpu_overhead": cpu_overhead,
        "scaling_met": scaling >= TARGET_SCALING,
        "overhead_met": overhead <= TARGET_OVERHEAD,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--partition-size", type=int, default=1000)
    parser.add_argument("--workdir", type=Path, help="corpus and outputs (default: a temp dir)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--price", type=float, default=0.04, help="$ per core-hour (estimate)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 600 articles")
    args = parser.parse_args(argv)
    articles = 600 if args.quick else args.articles
    partition = 50 if args.quick else args.partition_size
    work = args.workdir or Path(tempfile.gettempdir()) / "newsschema-dask-bench"
    work.mkdir(parents=True, exist_ok=True)
    folder = corpus(work, articles)
    # the first tenth: the corpus is in folders of a thousand
    small_inputs = [str(folder / f"{i:03d}") for i in range(max(1, articles // 10_000))]
    results: dict[str, Any] = {"articles": articles, "cpus": os.cpu_count(), "quick": args.quick}
    _say("local batch, --jobs 2 ...")
    results["local_jobs2"] = run_local(folder, work / "out-local", 2)
    _say("Dask, 1 worker ...")
    results["dask_1"] = run_dask(str(folder), work / "out-dask", 1, partition)
    _say("Dask, 2 workers ...")
    results["dask_2"] = run_dask(str(folder), work / "out-dask", 2, partition)
    _say("Dask, 2 workers, a tenth of the articles ...")
    results["dask_2_small"] = run_dask(small_inputs, work / "out-dask", 2, partition)
    one = results["dask_1"]
    results["estimate"] = estimate(one["cpu_ms_per_article"] / 1000, args.price)
    report(results)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    _say(f"results: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
