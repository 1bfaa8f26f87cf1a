"""Batch conversion: inputs -> tasks -> results, in input order, one file never costing another.

Library code (no printing). :func:`run_batch` yields one :class:`FileResult` per
task, in input order, streaming: worker processes when ``jobs`` > 1, so memory
stays flat however many files there are.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

import attrs

from newsschema._convert import detect_input_format, is_input_file, load, output_suffix, render
from newsschema._convert import with_publisher as _with_publisher
from newsschema._io import atomic_write, read_bytes
from newsschema.errors import NewsschemaError
from newsschema.formats import FORMATS, get_format
from newsschema.model import Organization

__all__ = [
    "BatchOptions",
    "FileResult",
    "Task",
    "expand_inputs",
    "plan_outputs",
    "process",
    "run_batch",
]

STDIN = "-"
_MAGIC = frozenset("*?[")


@attrs.frozen
class Task:
    """One input and the outputs planned for it."""

    index: int
    source: str
    rel: str
    """The input's path relative to what the user named (no suffix), for ``--out-dir``."""
    outputs: tuple[tuple[str, str], ...] = ()
    """(format, output path or ``-`` for the stream) pairs."""
    error: str | None = None
    """A problem found while planning (an output collision): the task fails without work."""


@attrs.frozen
class BatchOptions:
    formats: tuple[str, ...] = ("json",)
    input_format: str | None = None
    out_dir: Path | None = None
    output: str | None = None
    overwrite: bool = False
    publisher: Organization | None = None
    fail_fast: bool = False
    jobs: int | None = None


@attrs.frozen
class FileResult:
    """What became of one input."""

    index: int
    source: str
    written: tuple[str, ...] = ()
    skipped: bool = False
    warnings: tuple[str, ...] = ()
    error: str | None = None
    stream: bytes | None = None
    """Output for the stream (stdout or the NDJSON file), written by the caller in order."""


def _rel_for_file(name: str) -> str:
    path = PurePosixPath(Path(name).as_posix())
    if path.is_absolute() or ".." in path.parts:
        return path.stem
    return str(path.with_suffix(""))


def expand_inputs(names: Iterable[str]) -> tuple[list[Task], list[str]]:
    """Files, folders (recursively), glob patterns and ``-`` -> tasks in a stable order.

    Returns the tasks and the names that matched nothing.
    """
    tasks: list[Task] = []
    missing: list[str] = []
    seen: set[str] = set()

    def add(source: str, rel: str) -> None:
        key = source if source == STDIN else os.path.realpath(source)
        if key in seen:
            return
        seen.add(key)
        tasks.append(Task(len(tasks), source, rel))

    for name in names:
        if name == STDIN:
            add(STDIN, "stdin")
            continue
        path = Path(name)
        if path.is_dir():
            found = [c for c in sorted(path.rglob("*")) if c.is_file() and is_input_file(c)]
            for child in found:
                add(str(child), child.relative_to(path).with_suffix("").as_posix())
            if not found:
                missing.append(name)
            continue
        if path.exists():
            add(name, _rel_for_file(name))
            continue
        if _MAGIC & set(name):
            # glob.glob, not Path.glob: patterns may be absolute or start with ".."
            matches = sorted(glob.glob(name, recursive=True))  # noqa: PTH207
            base = Path(_static_prefix(name))
            files = [Path(m) for m in matches if Path(m).is_file()]
            for match in files:
                try:
                    rel = match.relative_to(base).with_suffix("").as_posix()
                except ValueError:
                    rel = match.stem
                add(str(match), rel)
            if not files:
                missing.append(name)
            continue
        missing.append(name)
    return tasks, missing


def _static_prefix(pattern: str) -> str:
    parts = []
    for part in Path(pattern).parts:
        if _MAGIC & set(part):
            break
        parts.append(part)
    return str(Path(*parts)) if parts else "."


def plan_outputs(tasks: list[Task], options: BatchOptions) -> list[Task]:
    """Give each task its output paths; a collision fails the later task, never overwrites."""
    planned: dict[str, str] = {}
    inputs = {_key(t.source) for t in tasks if t.source != STDIN}
    out: list[Task] = []
    for task in tasks:
        outputs: list[tuple[str, str]] = []
        error = None
        for fmt in options.formats:
            if fmt == "ndjson" or (options.out_dir is None and options.output in (None, STDIN)):
                outputs.append((fmt, STDIN))
                continue
            if options.out_dir is None:
                target = str(options.output)
            else:
                target = str(options.out_dir / (task.rel + output_suffix(fmt)))
            real = _key(target)
            if real in inputs:
                error = f"{task.source}: output {target} is an input file; refusing to overwrite it"
            elif real in planned:
                error = (
                    f"{task.source}: output {target} would overwrite the output of "
                    f"{planned[real]}; give the inputs distinct names or paths"
                )
            else:
                planned[real] = task.source
            outputs.append((fmt, target))
        out.append(attrs.evolve(task, outputs=tuple(outputs), error=error))
    return out


def _key(path: str) -> str:
    """A path's identity for collision checks: absolute and normalised (string work only;
    resolving links for every file would cost a system call per path component)."""
    return os.path.normcase(os.path.abspath(path))  # noqa: PTH100 - resolve() would stat


def _up_to_date(task: Task) -> bool:
    if task.source == STDIN:
        return False
    try:
        source_time = Path(task.source).stat().st_mtime
        return all(
            target != STDIN and Path(target).stat().st_mtime >= source_time
            for _fmt, target in task.outputs
        )
    except OSError:
        return False


def process(task: Task, options: BatchOptions, data: bytes | None = None) -> FileResult:
    """Convert one input into its outputs. Never raises for a bad input: the error is in
    the result."""
    if task.error is not None:
        return FileResult(task.index, task.source, error=task.error)
    if not options.overwrite and _up_to_date(task):
        return FileResult(task.index, task.source, skipped=True)
    source = "<stdin>" if task.source == STDIN else task.source
    try:
        raw = data if data is not None else read_bytes(task.source)
        fmt = options.input_format or detect_input_format(task.source)
        loaded = load(raw, fmt=fmt, source=source)
        article = _with_publisher(loaded.article, options.publisher)
        written: list[str] = []
        warnings = list(loaded.warnings)
        stream = b""
        for out_fmt, target in task.outputs:
            if out_fmt == "ndjson":
                from newsschema.formats import json as json_format  # noqa: PLC0415

                stream += json_format.encode(article, indent=None)
                continue
            rendered = render(article, out_fmt)
            warnings.extend(w for w in rendered.warnings if w not in warnings)
            if target == STDIN:
                stream += rendered.data
            else:
                atomic_write(target, rendered.data)
                written.append(target)
    except NewsschemaError as exc:
        return FileResult(task.index, task.source, error=str(exc.with_file(source)))
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the batch
        return FileResult(
            task.index, task.source, error=f"{source}: internal error: {type(exc).__name__}: {exc}"
        )
    return FileResult(
        task.index,
        task.source,
        written=tuple(written),
        warnings=tuple(warnings),
        stream=stream or None,
    )


def _process_packed(packed: tuple[Task, BatchOptions]) -> FileResult:
    return process(*packed)


def run_batch(tasks: list[Task], options: BatchOptions) -> Iterator[FileResult]:
    """Results in input order; worker processes when there is enough work for them."""
    jobs = options.jobs or os.cpu_count() or 1
    parallel = jobs > 1 and len(tasks) >= 2 * jobs and all(t.source != STDIN for t in tasks)
    if not parallel:
        for task in tasks:
            data = sys.stdin.buffer.read() if task.source == STDIN and task.error is None else None
            yield process(task, options, data)
        return
    import multiprocessing  # noqa: PLC0415 - only for parallel runs

    # load every format's modules before the workers start, so each does not load them again
    for fmt in options.formats:
        if fmt in FORMATS:
            get_format(fmt)
    get_format("json")
    # fork on Linux: workers start at once with all of that loaded (the parent runs no
    # threads); elsewhere the platform's safe default
    method = "fork" if sys.platform.startswith("linux") else None
    context = multiprocessing.get_context(method)
    chunk = max(1, min(64, len(tasks) // (jobs * 8)))
    pool = context.Pool(jobs)
    try:
        yield from pool.imap(_process_packed, ((t, options) for t in tasks), chunksize=chunk)
        pool.close()
    finally:
        pool.terminate()
        pool.join()
