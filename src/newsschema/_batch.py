"""Batch conversion: inputs -> tasks -> results, in input order, one file never costing another.

Library code (no printing). :func:`run_batch` yields one :class:`FileResult` per
task, in input order, streaming: worker processes when ``jobs`` > 1, so memory
stays flat however many files there are.
"""

from __future__ import annotations

import glob
import os
import signal
import sys
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path, PurePosixPath

import attrs

from newsschema._convert import detect_input_format, is_input_file, load, output_suffix, render
from newsschema._convert import with_publisher as _with_publisher
from newsschema._io import atomic_write, read_bytes, remove_partial
from newsschema.errors import NewsschemaError
from newsschema.formats import FORMATS, get_format
from newsschema.model import Organization

__all__ = [
    "BatchOptions",
    "FileResult",
    "Missing",
    "Task",
    "count_inputs",
    "iter_tasks",
    "out_dir_problem",
    "process",
    "run_batch",
    "several_inputs",
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
    encoding: str | None = None
    """The inputs' encoding, when the user named one (otherwise detected per file)."""


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


@attrs.frozen
class Missing:
    """An input name that matched nothing (or a folder with no article files)."""

    name: str
    folder: bool = False


def _walk(root: Path) -> Iterator[list[tuple[str, str]]]:
    """A folder's article files, one directory at a time, in a stable order."""
    for directory, subdirectories, files in os.walk(root):
        subdirectories.sort()
        found = []
        for file_name in sorted(files):
            path = Path(directory, file_name)
            if is_input_file(path):
                found.append((str(path), path.relative_to(root).with_suffix("").as_posix()))
        if found:
            yield found


def _expand(name: str) -> Iterator[list[tuple[str, str]]] | Missing:
    """One input name -> groups of (source, relative output stem); a group is one
    directory's files, within which outputs are checked against each other."""
    if name == STDIN:
        return iter([[(STDIN, "stdin")]])
    path = Path(name)
    if path.is_dir():
        return _walk(path)
    if path.exists():
        return iter([[(name, _rel_for_file(name))]])
    if _MAGIC & set(name):
        # glob.glob, not Path.glob: patterns may be absolute or start with ".."
        matches = sorted(glob.iglob(name, recursive=True))  # noqa: PTH207
        base = Path(_static_prefix(name))
        group = []
        for match in map(Path, matches):
            if match.is_file():
                try:
                    rel = match.relative_to(base).with_suffix("").as_posix()
                except ValueError:
                    rel = match.stem
                group.append((str(match), rel))
        return iter([group]) if group else Missing(name)
    return Missing(name)


def _static_prefix(pattern: str) -> str:
    parts = []
    for part in Path(pattern).parts:
        if _MAGIC & set(part):
            break
        parts.append(part)
    return str(Path(*parts)) if parts else "."


def several_inputs(names: list[str]) -> bool:
    """Whether these names can give more than one input (without walking any folder)."""
    return len(names) > 1 or any(
        name != STDIN and (Path(name).is_dir() or bool(_MAGIC & set(name))) for name in names
    )


def count_inputs(names: list[str]) -> int:
    """How many inputs the names give (a walk without planning, for a progress bar)."""
    total = 0
    for name in names:
        groups = _expand(name)
        if not isinstance(groups, Missing):
            total += sum(len(group) for group in groups)
    return total


def out_dir_problem(names: list[str], options: BatchOptions) -> str | None:
    """An --out-dir inside an input folder would feed the outputs back in as inputs."""
    if options.out_dir is None:
        return None
    out = Path(_key(str(options.out_dir)))
    for name in names:
        if name != STDIN and Path(name).is_dir():
            folder = Path(_key(name))
            if out == folder or folder in out.parents:
                return f"--out-dir {options.out_dir} is inside the input folder {name}"
    return None


def iter_tasks(names: list[str], options: BatchOptions) -> Iterator[Task | Missing]:
    """Every input with its planned outputs, in a stable order, one at a time.

    A collision (two inputs, one output) fails the later input instead of overwriting.
    One folder is walked directory by directory and checked within each directory (where
    ``a.txt`` and ``a.md`` would collide), so memory stays flat however large the archive;
    with several names, inputs and outputs are remembered as one hash each.
    """
    across = len(names) > 1
    inputs: set[int] = set()
    if across:  # an output must not land on an input named anywhere on the command line
        for name in names:
            groups = _expand(name)
            if not isinstance(groups, Missing):
                inputs.update(hash(_key(s)) for group in groups for s, _ in group if s != STDIN)
    yielded: set[int] = set()
    planned: set[int] = set()
    index = 0
    for name in names:
        groups = _expand(name)
        if isinstance(groups, Missing):
            yield Missing(name, folder=Path(name).is_dir())
            continue
        before = index
        for group in groups:
            local: set[int] = set()
            for source, rel in group:
                if across and source != STDIN:
                    identity = hash(_key(source))
                    if identity in yielded:
                        continue  # the same file named twice
                    yielded.add(identity)
                yield _plan(Task(index, source, rel), options, planned if across else local, inputs)
                index += 1
        if index == before and Path(name).is_dir():
            yield Missing(name, folder=True)


def _plan(task: Task, options: BatchOptions, seen: set[int], inputs: set[int]) -> Task:
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
        key = _key(target)
        digest = hash(key)
        if key == _key(task.source) or digest in inputs:
            error = f"{task.source}: output {target} is an input file; refusing to overwrite it"
        elif digest in seen:
            error = (
                f"{task.source}: output {target} would overwrite an output written earlier in "
                "this run; give the inputs distinct names or paths"
            )
        else:
            seen.add(digest)
        outputs.append((fmt, target))
    return attrs.evolve(task, outputs=tuple(outputs), error=error)


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
        loaded = load(raw, fmt=fmt, source=source, encoding=options.encoding)
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


def _ignore_interrupts() -> None:
    # workers leave Ctrl-C to the parent, which stops them and cleans up after them
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _sweep(tasks: Iterable[Task]) -> None:
    """Remove what workers stopped in the middle of a write may have left."""
    for task in tasks:
        for _fmt, target in task.outputs:
            if target != STDIN:
                remove_partial(target)


def run_batch(
    tasks: Iterable[Task], options: BatchOptions, *, parallel: bool = True
) -> Generator[FileResult, None, None]:
    """Results in input order, streaming; worker processes when ``parallel`` and ``jobs`` > 1
    (stdin is read here, so a batch with stdin runs in this process)."""
    jobs = options.jobs or os.cpu_count() or 1
    parallel = parallel and jobs > 1
    if not parallel:
        for task in tasks:
            data = sys.stdin.buffer.read() if task.source == STDIN and task.error is None else None
            try:
                result = process(task, options, data)
            except BaseException:  # interrupted in the middle of this input
                _sweep([task])
                raise
            yield result
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
    pool = context.Pool(jobs, initializer=_ignore_interrupts)
    in_flight: deque[Task] = deque()  # handed to the workers, result not yet given back

    def handed_out() -> Iterator[tuple[Task, BatchOptions]]:
        for task in tasks:
            in_flight.append(task)
            yield task, options

    finished = False
    try:
        # chunks of 32: few round trips between processes, results still in input order
        for result in pool.imap(_process_packed, handed_out(), chunksize=32):
            in_flight.popleft()
            yield result
        finished = True
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        if not finished:  # stopped early (Ctrl-C, --fail-fast, an error): no partial file
            _sweep(in_flight)
