"""Batch conversion: inputs -> tasks -> results, in input order, one file never costing another.

Library code (no printing). :func:`run_batch` yields one :class:`FileResult` per
task, in input order, streaming: worker processes for a batch, so memory stays
flat however many files there are, and a worker that hangs or dies costs only
the input it held (see :mod:`newsschema._workers`).

Policies, each in one place here:

- folders and patterns read regular files only; a FIFO, a device, a broken link,
  or a link to anything outside the folder (or the pattern's fixed part) is
  skipped and reported, unless ``follow_symlinks``;
- no output ever lands outside ``out_dir``;
- an input's outputs are written all or none;
- with ``update_since``, an input whose outputs are all newer than it (and than
  the moment the options last changed) is skipped.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import stat
import sys
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from functools import partial
from pathlib import Path, PurePosixPath

import attrs

from newsschema._convert import STREAM_FORMAT, input_stem, is_input_file, output_suffix
from newsschema._core import Converted, convert_input
from newsschema._gaps import Gap
from newsschema._io import (
    Found,
    file_kind,
    is_within,
    read_bytes,
    read_stream,
    remove_partial,
    walk_files,
    write_all,
)
from newsschema._profiles import Profile
from newsschema._quality import ArticleFacts
from newsschema._text.codes import ParseWarning, WarningCode
from newsschema._workers import Watch, run_watched
from newsschema.errors import NewsschemaError, OutputError
from newsschema.formats import REGISTRY, WriteOptions
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
    "update_since",
]

STDIN = "-"
STATE_FILE = ".newsschema-state"
"""In ``--out-dir``: the options its outputs were written with, and since when."""
UP_TO_DATE = "up to date"
_MAGIC = frozenset("*?[")
_MB = 1024 * 1024


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
    skip: str | None = None
    """Why the input is not read (a FIFO, a link out of the folder): skipped, not failed."""


@attrs.frozen
class BatchOptions:
    formats: tuple[str, ...] = ("json",)
    input_format: str | None = None
    write: WriteOptions = attrs.field(factory=WriteOptions)
    """How the formats are written (the ninjs version, the NewsML-G2 body)."""
    out_dir: Path | None = None
    output: str | None = None
    publisher: Organization | None = None
    profile: Profile | None = None
    """Applied to every article after reading (its values marked, its warnings kept)."""
    fail_fast: bool = False
    jobs: int | None = None
    encoding: str | None = None
    """The inputs' encoding, when the user named one (otherwise detected per file)."""
    timeout: float = 0.0
    """Seconds an input may take per MB (at least this much for any input); 0: no limit."""
    follow_symlinks: bool = False
    update_since: float | None = None
    """Skip inputs whose outputs are newer than the input and than this time; ``None``:
    write every output."""
    report: bool = False
    """Give each result the facts a quality report counts (:mod:`newsschema._quality`)."""

    def fingerprint(self) -> str:
        """What decides the outputs' content: equal fingerprints, equal outputs."""
        from newsschema import __version__  # noqa: PLC0415 - cycle at import time

        ignored = {"out_dir", "output", "fail_fast", "jobs", "timeout", "follow_symlinks"}
        ignored.update(("update_since", "report"))
        decisive = attrs.asdict(self, filter=lambda a, _v: a.name not in ignored)
        text = json.dumps([__version__, decisive], sort_keys=True, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@attrs.frozen
class FileResult:
    """What became of one input."""

    index: int
    source: str
    written: tuple[str, ...] = ()
    skipped: str | None = None
    """Why it was skipped (``up to date``, not a regular file …), or ``None``."""
    warnings: tuple[ParseWarning | Gap, ...] = ()
    """What the input lacks or the reader guessed, each with its code."""
    error: str | None = None
    stream: bytes | None = None
    """Output for the stream (stdout or the NDJSON file), written by the caller in order."""
    facts: ArticleFacts | None = None
    """What a quality report counts of the article (with ``BatchOptions.report``)."""


@attrs.frozen
class Missing:
    """An input name that matched nothing (or a folder with no article files)."""

    name: str
    folder: bool = False


# --------------------------------------------------------------------------- planning


def _rel_for_file(name: str) -> str:
    path = PurePosixPath(Path(name).as_posix())
    if path.is_absolute() or ".." in path.parts:
        return input_stem(path.name)
    return input_stem(str(path))


def _stem(rel: str) -> str:
    return input_stem(rel)


def _expand(name: str, *, follow_symlinks: bool) -> Iterator[list[Found]] | Missing:
    """One input name -> groups of found files; a group is one directory's files, within
    which outputs are checked against each other."""
    if name == STDIN:
        return iter([[Found(STDIN, "stdin")]])
    path = Path(name)
    if path.is_dir():
        groups = walk_files(name, is_input_file, follow_symlinks=follow_symlinks)
        return ([attrs.evolve(f, rel=_stem(f.rel)) for f in group] for group in groups)
    if path.exists() or path.is_symlink():
        return iter([[Found(name, _rel_for_file(name))]])
    if _MAGIC & set(name):
        group = _glob(name, follow_symlinks=follow_symlinks)
        return iter([group]) if group else Missing(name)
    return Missing(name)


def _glob(pattern: str, *, follow_symlinks: bool) -> list[Found]:
    """A pattern's matches: regular files only, each with a path relative to the pattern's
    fixed part that never climbs out of it (``s*/../../x/*.txt``)."""
    base = os.path.normpath(_static_prefix(pattern))
    real_base = os.path.realpath(base)
    group = []
    seen: set[str] = set()
    # glob.glob, not Path.glob: patterns may be absolute or start with ".."
    for match in sorted(glob.iglob(pattern, recursive=True)):  # noqa: PTH207
        normal = os.path.normpath(match)
        if normal in seen or Path(match).is_dir():
            continue  # one file matched through two paths (s*/../x/a.txt) is one input
        seen.add(normal)
        rel = os.path.relpath(normal, base)
        if rel == os.pardir or rel.startswith(os.pardir + os.sep) or Path(rel).is_absolute():
            rel = _rel_for_file(normal)
        skip = _why_not(match, real_base, follow_symlinks=follow_symlinks)
        group.append(Found(match, _stem(Path(rel).as_posix()), skip))
    return group


def _why_not(match: str, real_base: str, *, follow_symlinks: bool) -> str | None:
    """Why a pattern's match is not read, or ``None`` to read it. A file the pattern reaches
    through ``..`` is read (it was asked for); one reached through a symbolic link that
    leaves the pattern's fixed part is not."""
    real = os.path.realpath(match)
    try:
        mode = os.stat(real).st_mode  # noqa: PTH116 - the mode is all we need
    except OSError:
        return "not read: a broken symbolic link"
    if not stat.S_ISREG(mode):
        return f"not read: {file_kind(mode)}, not a file"
    linked = real != os.path.abspath(match)  # noqa: PTH100 - a string comparison
    if linked and not follow_symlinks and not is_within(real, real_base):
        return (
            f"not read: a symbolic link to {real}, outside the folder the pattern names "
            "(--follow-symlinks reads it)"
        )
    return None


def _static_prefix(pattern: str) -> str:
    parts = []
    for part in Path(pattern).parts:
        if _MAGIC & set(part):
            break
        parts.append(part)
    return str(Path(*parts)) if parts else "."


def count_inputs(names: list[str], *, follow_symlinks: bool = False) -> int:
    """How many inputs the names give (a walk without planning, for a progress bar)."""
    total = 0
    for name in names:
        groups = _expand(name, follow_symlinks=follow_symlinks)
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
    follow = options.follow_symlinks
    across = len(names) > 1
    inputs: set[int] = set()
    if across:  # an output must not land on an input named anywhere on the command line
        for name in names:
            groups = _expand(name, follow_symlinks=follow)
            if not isinstance(groups, Missing):
                inputs.update(hash(_key(f.path)) for g in groups for f in g if f.path != STDIN)
    yielded: set[int] = set()
    planned: set[int] = set()
    index = 0
    for name in names:
        groups = _expand(name, follow_symlinks=follow)
        if isinstance(groups, Missing):
            yield Missing(name, folder=Path(name).is_dir())
            continue
        before = index
        for group in groups:
            local: set[int] = set()
            for found in group:
                if across and found.path != STDIN:
                    identity = hash(_key(found.path))
                    if identity in yielded:
                        continue  # the same file named twice
                    yielded.add(identity)
                task = Task(index, found.path, found.rel, skip=found.skip)
                yield (
                    task
                    if found.skip
                    else _plan(task, options, planned if across else local, inputs)
                )
                index += 1
        if index == before and Path(name).is_dir():
            yield Missing(name, folder=True)


def _target(task: Task, fmt: str, options: BatchOptions) -> str:
    if fmt == STREAM_FORMAT or (options.out_dir is None and options.output in (None, STDIN)):
        return STDIN
    if options.out_dir is None:
        return str(options.output)
    return str(options.out_dir / (task.rel + output_suffix(fmt)))


def _plan(task: Task, options: BatchOptions, seen: set[int], inputs: set[int]) -> Task:
    outputs: list[tuple[str, str]] = []
    error = None
    for fmt in options.formats:
        target = _target(task, fmt, options)
        outputs.append((fmt, target))
        if target == STDIN:
            continue
        key = _key(target)
        digest = hash(key)
        if options.out_dir is not None and not is_within(key, _key(str(options.out_dir))):
            error = f"{task.source}: output {target} would land outside --out-dir; refusing"
        elif key == _key(task.source) or digest in inputs:
            error = f"{task.source}: output {target} is an input file; refusing to overwrite it"
        elif digest in seen:
            error = (
                f"{task.source}: output {target} would overwrite an output written earlier in "
                "this run; give the inputs distinct names or paths"
            )
        else:
            seen.add(digest)
    return attrs.evolve(task, outputs=tuple(outputs), error=error)


def _key(path: str) -> str:
    """A path's identity for collision checks: absolute and normalised (string work only;
    resolving links for every file would cost a system call per path component)."""
    return os.path.normcase(os.path.abspath(path))  # noqa: PTH100 - resolve() would stat


# --------------------------------------------------------------------------- skipping


def update_since(out_dir: Path, options: BatchOptions, *, create: bool) -> tuple[float, bool]:
    """Since when the outputs in ``out_dir`` were written with these options, and whether
    that changed now (no record, or other options: every output before now is stale).

    The record is a small hidden file in ``out_dir``, written when the options change,
    before any output, so that an interrupted run leaves it right. It is kept only where
    ``--update`` was used once (``create``): any later run there keeps it up to date.
    """
    state = out_dir / STATE_FILE
    fingerprint = options.fingerprint()
    now = time.time()
    try:
        recorded = json.loads(state.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if not create:
            return now, True
        recorded = None
    except (OSError, ValueError):
        recorded = None
    if isinstance(recorded, dict) and recorded.get("options") == fingerprint:
        since = recorded.get("since")
        if isinstance(since, (int, float)):
            return float(since), False
    record = json.dumps({"options": fingerprint, "since": now}) + "\n"
    # an out-dir that cannot be written fails at the first output, by name
    with contextlib.suppress(OutputError):
        write_all([(state, record.encode("utf-8"))])
    return now, True


def _up_to_date(task: Task, since: float) -> bool:
    if task.source == STDIN:
        return False
    try:
        newer_than = max(Path(task.source).stat().st_mtime, since)
        return all(
            target != STDIN and Path(target).stat().st_mtime >= newer_than
            for _fmt, target in task.outputs
        )
    except OSError:
        return False


# --------------------------------------------------------------------------- converting


def process(task: Task, options: BatchOptions, data: bytes | None = None) -> FileResult:
    """Convert one input into its outputs, written all or none. Never raises for a bad
    input: the error is in the result. The conversion itself is the engine-neutral
    :func:`~newsschema._core.convert_input`; this reads the input and writes its outputs."""
    if task.error is not None:
        return FileResult(task.index, task.source, error=task.error)
    if task.skip is not None:
        return FileResult(task.index, task.source, skipped=task.skip)
    if options.update_since is not None and _up_to_date(task, options.update_since):
        return FileResult(task.index, task.source, skipped=UP_TO_DATE)
    source = "<stdin>" if task.source == STDIN else task.source
    try:
        raw = data if data is not None else read_bytes(task.source)
        converted = convert_input(source, raw, options)
        if converted.failure is not None:
            return FileResult(task.index, task.source, error=str(converted.failure))
        return _write(task, converted)
    except NewsschemaError as exc:
        return FileResult(task.index, task.source, error=str(exc.with_file(source)))
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the batch
        return FileResult(
            task.index, task.source, error=f"{source}: internal error: {type(exc).__name__}: {exc}"
        )


def _write(task: Task, converted: Converted) -> FileResult:
    files: list[tuple[str, bytes]] = []
    stream = b""
    for fmt, target in task.outputs:
        data = converted.output(fmt)
        if target == STDIN:
            stream += data
        else:
            files.append((target, data))
    write_all(files)
    return FileResult(
        task.index,
        task.source,
        written=tuple(target for target, _ in files),
        warnings=tuple(notice.typed for notice in converted.warnings),
        stream=stream or None,
        facts=converted.facts,
    )


# --------------------------------------------------------------------------- running

_Item = tuple[Task, bytes | None]


def _process_item(options: BatchOptions, item: _Item) -> FileResult:
    return process(item[0], options, item[1])


def _budget(options: BatchOptions, item: _Item) -> float | None:
    task, data = item
    if not options.timeout or task.error is not None or task.skip is not None:
        return None
    if data is not None:
        size = len(data)
    else:
        try:
            size = Path(task.source).stat().st_size
        except OSError:
            size = 0
    return options.timeout * max(1.0, size / _MB)


def _lost(item: _Item, reason: str) -> FileResult:
    task = item[0]
    source = "<stdin>" if task.source == STDIN else task.source
    return FileResult(task.index, task.source, error=f"{source}: {reason}")


def _retried(result: FileResult, reason: str) -> FileResult:
    if result.error is not None:
        return result
    note = ParseWarning(WarningCode.RETRIED, f"{reason}; converted on a second try")
    return attrs.evolve(result, warnings=(*result.warnings, note))


def _sweep(items: list[_Item]) -> None:
    """Remove what work stopped in the middle of a write may have left."""
    for task, _data in items:
        for _fmt, target in task.outputs:
            if target != STDIN:
                remove_partial(target)


def _with_stdin(tasks: Iterable[Task]) -> Iterator[_Item]:
    """Each task with stdin's bytes when it reads stdin (read here, in the parent)."""
    for task in tasks:
        if task.source != STDIN or task.error is not None:
            yield task, None
            continue
        try:
            yield task, read_stream(sys.stdin.buffer, name="<stdin>")
        except NewsschemaError as exc:
            yield attrs.evolve(task, error=str(exc)), None


def run_batch(
    tasks: Iterable[Task],
    options: BatchOptions,
    *,
    parallel: bool = True,
    stopping: Callable[[], bool] = lambda: False,
) -> Generator[FileResult, None, None]:
    """Results in input order, streaming.

    With ``parallel``, in up to ``jobs`` worker processes (one with ``--jobs 1``, or for
    one input): each input has its time budget, and a worker that dies or overruns costs
    only the input it held. Otherwise here, one input after the other.
    Stdin is read here and handed to a worker like a file's bytes. ``stopping`` is asked
    while waiting for workers (a Ctrl-C): the batch then ends early.
    """
    items = _with_stdin(tasks)
    if not parallel:
        for item in items:
            try:
                result = _process_item(options, item)
            except BaseException:  # interrupted in the middle of this input
                _sweep([item])
                raise
            yield result
        return
    jobs = 1 if options.fail_fast else options.jobs or os.cpu_count() or 1
    # load every format's modules before the workers start, so each does not load them again
    for fmt in (*options.formats, "json"):
        REGISTRY.prepare(fmt)
    watch = Watch(
        budget=partial(_budget, options),
        lost=_lost,
        retried=_retried,
        cleanup=_sweep,
        stopping=stopping,
    )
    # --fail-fast: one input at a time, nothing converted after the first failure
    yield from run_watched(
        partial(_process_item, options),
        items,
        watch,
        jobs=jobs,
        chunk=1 if options.fail_fast else 16,
        window=1 if options.fail_fast else None,
    )
