"""Reading inputs, walking folders and writing outputs safely.

Outputs are written to a temporary file beside the target and renamed over
it, so a reader never sees a half-written file, and an interrupted run leaves
none behind. The outputs of one input are written all or none
(:func:`write_all`). New files get the mode the umask allows, as any other
program's would.

Folder walks (:func:`walk_files`) read only regular files: a FIFO or a device
named like an article is reported and skipped (opening a FIFO would block), and
a symbolic link that leaves the folder is reported and skipped unless links
are to be followed.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import io
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import attrs

from newsschema._text.decode import MAX_BYTES, check_size
from newsschema.errors import InputError, OutputError

__all__ = [
    "AtomicStream",
    "Found",
    "atomic_write",
    "file_kind",
    "read_bytes",
    "read_stream",
    "remove_partial",
    "remove_partials",
    "walk_files",
    "write_all",
]

_CHUNK = 1 << 16


def file_kind(mode: int) -> str:
    """What a file of ``mode`` is, in words (``a FIFO``, ``a socket`` …)."""
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((word for test, word in kinds if test(mode)), "not a regular file")


def read_bytes(path: str | os.PathLike[str], *, limit: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``; an :class:`InputError` names the file and the reason.

    A pipe named on purpose (``<(command)``, ``/dev/stdin``) is read to its end; other
    files that are not regular files (devices, sockets) are refused.
    """
    name = os.fspath(path)
    try:
        # never blocks in open(): a FIFO without a writer would wait for one for ever
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError("no such file", file=name) from None
    except PermissionError:
        raise InputError("permission denied", file=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", file=name) from exc
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError("is a directory; expected a file", file=name)
        with os.fdopen(fd, "rb", buffering=0) as fh:
            fd = -1  # closed with fh from here on
            data = _read_open(fh, mode, name, limit)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", file=name) from exc
    finally:
        if fd >= 0:
            os.close(fd)
    check_size(len(data), limit, file=name)
    return data


def _read_open(fh: io.FileIO, mode: int, name: str, limit: int) -> bytes:
    if stat.S_ISREG(mode):
        size = os.fstat(fh.fileno()).st_size
        check_size(size, limit, file=name)
        # at most one byte over the limit, and no bigger buffer than the file needs (files
        # that say they are empty, as in /proc, are read in pieces)
        if size == 0:
            return _read_up_to(fh, limit + 1, piece=_CHUNK)
        return _read_up_to(fh, min(size, limit) + 1, piece=size + 1)
    if not stat.S_ISFIFO(mode):
        raise InputError(f"is {file_kind(mode)}, not a regular file; expected a file", file=name)
    # a pipe: read to its end (a FIFO nobody writes to reads as empty)
    os.set_blocking(fh.fileno(), True)
    return _read_up_to(fh, limit + 1, piece=_CHUNK)


def _read_up_to(fh: io.FileIO, size: int, *, piece: int) -> bytes:
    parts: list[bytes] = []
    total = 0
    while total < size:
        part = fh.read(min(size - total, piece))
        if not part:
            break
        parts.append(part)
        total += len(part)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def read_stream(stream: BinaryIO, *, name: str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of an open stream (stdin), refused past ``limit`` like a file's."""
    try:
        data = stream.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", file=name) from exc
    check_size(len(data), limit, file=name)
    return data


# --------------------------------------------------------------------------- walking


@attrs.frozen
class Found:
    """One file a walk found: its path, its path relative to the folder walked, and why it
    is not read (``skip``) when it is not."""

    path: str
    rel: str
    skip: str | None = None


def walk_files(
    root: str, accept: Callable[[str], bool], *, follow_symlinks: bool = False
) -> Iterator[list[Found]]:
    """The files under ``root`` whose names ``accept`` takes, one directory at a time (in a
    stable, sorted, depth-first order); hidden files and folders are left out.

    Not read, but yielded with the reason in ``skip``: files that are not regular files,
    broken links, and (unless ``follow_symlinks``) links to anything outside ``root``.
    A link to a folder is descended only with ``follow_symlinks`` (each folder once).
    A folder that cannot be listed is yielded with ``skip`` set, never passed over.
    """
    real_root = os.path.realpath(root)
    visited = {real_root}
    stack = [(root, "")]
    while stack:
        directory, prefix = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield [Found(directory, prefix, skip=f"cannot list this folder: {exc.strerror}")]
            continue
        found: list[Found] = []
        folders: list[tuple[str, str]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = prefix + entry.name
            if entry.is_symlink():
                link = _link(entry, rel, real_root, accept, follow=follow_symlinks)
                if isinstance(link, Found):
                    found.append(link)
                elif link is not None and link not in visited:
                    visited.add(link)
                    folders.append((entry.path, rel + "/"))
            elif entry.is_dir(follow_symlinks=False):
                folders.append((entry.path, rel + "/"))
            elif accept(entry.name):
                if entry.is_file(follow_symlinks=False):
                    found.append(Found(entry.path, rel))
                else:
                    kind = file_kind(entry.stat(follow_symlinks=False).st_mode)
                    found.append(Found(entry.path, rel, skip=f"not read: {kind}, not a file"))
        if found:
            yield found
        stack.extend(reversed(folders))


def _link(
    entry: os.DirEntry[str],
    rel: str,
    real_root: str,
    accept: Callable[[str], bool],
    *,
    follow: bool,
) -> Found | str | None:
    """A symbolic link met in a walk: a file to read or skip (:class:`Found`), a folder to
    descend (its real path), or ``None`` to pass over (a link whose name is not an article's)."""
    target = os.path.realpath(entry.path)
    try:
        mode = Path(target).stat().st_mode
    except OSError:
        return (
            Found(entry.path, rel, skip="not read: a broken symbolic link")
            if accept(entry.name)
            else None
        )
    inside = is_within(target, real_root)
    if stat.S_ISDIR(mode):
        if follow:
            return target
        where = "inside" if inside else "outside"
        return Found(
            entry.path,
            rel,
            skip=f"not read: a symbolic link to a folder {where} the input folder "
            "(--follow-symlinks reads it)",
        )
    if not accept(entry.name):
        return None
    if not inside and not follow:
        return Found(
            entry.path,
            rel,
            skip=f"not read: a symbolic link to {target}, outside the input folder "
            "(--follow-symlinks reads it)",
        )
    if not stat.S_ISREG(mode):
        return Found(entry.path, rel, skip=f"not read: a link to {file_kind(mode)}, not a file")
    return Found(entry.path, rel)


def is_within(path: str, folder: str) -> bool:
    """Whether the (absolute, normalised) ``path`` is ``folder`` or inside it."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


# --------------------------------------------------------------------------- writing


@functools.cache
def _new_file_mode() -> int:
    """The mode of a new file under this process's umask (read once: setting and restoring
    the umask to read it would race with other threads)."""
    mask = None
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                mask = int(line.split()[1], 8)
    if mask is None:
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


def _temporary_prefix(target: Path) -> str:
    return f".{target.name}."


def _temporary(target: Path) -> tuple[int, Path]:
    """A new temporary file beside ``target``, with the mode a new file would get (mkstemp
    makes it 0600 whatever the umask)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=_temporary_prefix(target), suffix=".tmp", dir=target.parent)
    if hasattr(os, "fchmod"):
        try:
            os.fchmod(fd, _new_file_mode())
        except OSError:
            os.close(fd)
            Path(tmp).unlink()
            raise
    return fd, Path(tmp)


def _cannot_write(exc: OSError, target: str | os.PathLike[str]) -> OutputError:
    return OutputError(f"cannot write: {exc.strerror or exc}", file=os.fspath(target))


def remove_partial(path: str | os.PathLike[str]) -> None:
    """Remove the temporary files an interrupted :func:`atomic_write` of ``path`` left."""
    target = Path(path)
    prefix = _temporary_prefix(target)
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f"{glob.escape(prefix)}*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()


def remove_partials(paths: Iterable[str | os.PathLike[str]]) -> None:
    """:func:`remove_partial` of many paths, each folder listed once (not once a path: a
    thousand outputs in a folder of ten thousand files would be ten million entries)."""
    by_folder: dict[Path, set[str]] = {}
    for path in paths:
        target = Path(path)
        by_folder.setdefault(target.parent, set()).add(target.name)
    for folder, names in by_folder.items():
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                name = entry.name
                # ".{target}.{random}.tmp": mkstemp's random part has no dot
                ours = name.startswith(".") and name.endswith(".tmp")
                if ours and name[1:-4].rpartition(".")[0] in names:
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)  # noqa: PTH108 - a DirEntry's path


def _write_temporary(target: Path, data: bytes, *, durable: bool) -> Path:
    try:
        fd, tmp = _temporary(target)
    except OSError as exc:
        raise _cannot_write(exc, target) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise _cannot_write(exc, target) from exc
        raise
    return tmp


def atomic_write(path: str | os.PathLike[str], data: bytes, *, durable: bool = False) -> None:
    """Write ``data`` to ``path`` all at once: a temporary file, then renamed over the target.

    ``durable`` also syncs the file to disk before the rename (slower; for power loss,
    not needed against interruption).
    """
    write_all([(path, data)], durable=durable)


def write_all(
    outputs: Sequence[tuple[str | os.PathLike[str], bytes]], *, durable: bool = False
) -> None:
    """Write several files all or none: every temporary file first, then the renames.

    When one cannot be written, no target is touched; when a rename fails (rare: the
    temporary files sit beside their targets), the targets renamed before it are
    removed too, so that a reader never finds a mixture.
    """
    temporaries: list[tuple[Path, Path]] = []
    try:
        for path, data in outputs:
            target = Path(path)
            temporaries.append((_write_temporary(target, data, durable=durable), target))
    except BaseException:
        for tmp, _target in temporaries:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise
    renamed: list[Path] = []
    for i, (tmp, target) in enumerate(temporaries):
        try:
            tmp.replace(target)
        except OSError as exc:
            for path in (*renamed, *(t for t, _ in temporaries[i:])):
                with contextlib.suppress(OSError):
                    path.unlink()
            raise _cannot_write(exc, target) from exc
        renamed.append(target)


class AtomicStream:
    """A file written piece by piece that appears only when complete (``commit``).

    Used for NDJSON streams: until :meth:`commit`, the data lives in a hidden
    temporary file beside the target, removed by :meth:`discard`. Every failure
    (a full disk) is an :class:`~newsschema.errors.OutputError`, and leaves no
    temporary file.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.target = Path(path)
        try:
            fd, self._tmp = _temporary(self.target)
        except OSError as exc:
            raise _cannot_write(exc, path) from exc
        self._fh = os.fdopen(fd, "wb")

    def write(self, data: bytes) -> None:
        try:
            self._fh.write(data)
        except OSError as exc:
            self.discard()
            raise _cannot_write(exc, self.target) from exc

    def commit(self) -> None:
        try:
            self._fh.close()
            self._tmp.replace(self.target)
        except OSError as exc:
            self.discard()
            raise _cannot_write(exc, self.target) from exc

    def discard(self) -> None:
        # closing flushes the buffer, which fails again on a full disk: the file goes anyway
        with contextlib.suppress(OSError):
            self._fh.close()
        with contextlib.suppress(OSError):
            self._tmp.unlink()
