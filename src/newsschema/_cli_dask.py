"""``newsschema convert --engine dask``: the command line's side of :mod:`newsschema.dask`.

Part of the command line (it prints, and returns an exit status); the work is in
:mod:`newsschema.dask`, which is imported only when this engine is asked for.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import attrs
import click

from newsschema._batch import BatchOptions
from newsschema._console import Console, Progress
from newsschema.errors import NewsschemaError

if TYPE_CHECKING:
    from newsschema.dask import ArchiveSummary, PartReport

__all__ = ["DaskRun", "run"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


@attrs.frozen
class DaskRun:
    """What the command line asked of the Dask engine."""

    scheduler: str | None = None
    workers: int | None = None
    out_format: str = "files"
    partition_size: int | None = None
    resume: bool = True
    quiet: bool = False
    verbose: bool = False
    progress: bool = False
    fail_on_warning: bool = False


def run(names: list[str], out: str, options: BatchOptions, asked: DaskRun) -> int:
    """Convert on Dask, print what happened, and return the exit status."""
    try:
        from newsschema import dask as engine  # noqa: PLC0415 - the dask extra, when asked for
    except ImportError as exc:
        click.echo(
            f"newsschema: --engine dask needs the dask extra: pip install 'newsschema[dask]' "
            f"({exc})",
            err=True,
        )
        return EXIT_USAGE
    progress = Progress(0, enabled=asked.progress)
    console = Console(progress)
    shown = _Shown(console, progress)
    try:
        with engine.cluster(asked.scheduler, asked.workers) as client:
            summary = engine.run_archive(
                names,
                out,
                options,
                client=client,
                out_format=asked.out_format,
                partition_size=asked.partition_size or engine.PARTITION_SIZE,
                resume=asked.resume,
                on_start=shown.start,
                on_partition=shown.partition,
            )
    except KeyboardInterrupt:
        progress.clear()
        console.say(
            "newsschema: interrupted; complete partitions are kept, and a re-run resumes "
            "from them (what was left half-written is removed then)"
        )
        return EXIT_INTERRUPTED
    except NewsschemaError as exc:
        progress.clear()
        console.say(f"error: {exc}")
        return EXIT_FAILED
    progress.clear()
    if not asked.quiet:
        _report(console, summary, asked)
    failed = summary.failed or (asked.fail_on_warning and summary.warnings)
    return EXIT_FAILED if failed else EXIT_OK


class _Shown:
    """Progress as the scheduler reports partitions done, and each failure as it comes."""

    def __init__(self, console: Console, progress: Progress) -> None:
        self.console = console
        self.progress = progress

    def start(self, inputs: int) -> None:
        self.progress.total = inputs
        self.progress.start = time.monotonic()

    def partition(self, report: PartReport) -> None:
        for failure in report.failures:  # as the local batch: told even with --quiet
            self.console.say(f"error: {failure}")
        for _ in range(report.inputs):
            self.progress.step()


def _report(console: Console, summary: ArchiveSummary, asked: DaskRun) -> None:
    elapsed = summary.elapsed
    rate = summary.inputs / elapsed if elapsed > 0 else 0.0
    warnings = sum(count for _code, count in summary.warnings)
    resumed = (
        f"; {summary.resumed} of {summary.partitions} partitions were complete already"
        if summary.resumed
        else ""
    )
    console.say(
        f"newsschema: {summary.converted} converted, {summary.failed} failed, {warnings} "
        f"warnings in {elapsed:.1f} s ({rate:.0f} files/s){resumed}"
    )
    if summary.warnings:
        codes = ", ".join(f"{code} {count}" for code, count in summary.warnings)
        console.say(f"warnings by code: {codes}")
    if summary.failed:
        console.say(f"every failure is listed in {summary.dead_letter}")
    if asked.verbose:
        console.say(f"summary: {summary.summary}")
