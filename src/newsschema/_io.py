"""Reading inputs and writing outputs safely.

Outputs are written to a temporary file beside the target and renamed over
it, so a reader never sees a half-written file, and an interrupted run leaves
none behind.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
from pathlib import Path

from newsschema._text.decode import MAX_BYTES, check_size
from newsschema.errors import InputError, OutputError

__all__ = ["AtomicStream", "atomic_write", "read_bytes", "remove_partial"]


def read_bytes(path: str | os.PathLike[str], *, limit: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``; an :class:`InputError` names the file and the reason."""
    name = os.fspath(path)
    p = Path(name)
    try:
        if p.is_dir():
            raise InputError("is a directory; expected a file", file=name)
        size = p.stat().st_size
        check_size(size, limit, file=name)
        with p.open("rb") as fh:
            # at most one byte over the limit, and no bigger buffer than the file needs
            data = fh.read(min(size, limit) + 1)
    except FileNotFoundError:
        raise InputError("no such file", file=name) from None
    except PermissionError:
        raise InputError("permission denied", file=name) from None
    except IsADirectoryError:
        raise InputError("is a directory; expected a file", file=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", file=name) from exc
    check_size(len(data), limit, file=name)
    return data


def _temporary_prefix(target: Path) -> str:
    return f".{target.name}."


def remove_partial(path: str | os.PathLike[str]) -> None:
    """Remove the temporary files an interrupted :func:`atomic_write` of ``path`` left."""
    target = Path(path)
    prefix = _temporary_prefix(target)
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f"{glob.escape(prefix)}*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()


def atomic_write(path: str | os.PathLike[str], data: bytes, *, durable: bool = False) -> None:
    """Write ``data`` to ``path`` all at once: a temporary file, then renamed over the target.

    ``durable`` also syncs the file to disk before the rename (slower; for power loss,
    not needed against interruption).
    """
    target = Path(path)
    directory = target.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=_temporary_prefix(target), suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", file=str(target)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        Path(tmp).replace(target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write: {exc.strerror or exc}", file=str(target)) from exc
        raise


class AtomicStream:
    """A file written piece by piece that appears only when complete (``commit``).

    Used for NDJSON streams: until :meth:`commit`, the data lives in a hidden
    temporary file beside the target, removed by :meth:`discard`.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.target = Path(path)
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(
                prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent
            )
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", file=str(path)) from exc
        self._tmp = Path(tmp)
        self._fh = os.fdopen(fd, "wb")

    def write(self, data: bytes) -> None:
        self._fh.write(data)

    def commit(self) -> None:
        self._fh.close()
        self._tmp.replace(self.target)

    def discard(self) -> None:
        self._fh.close()
        with contextlib.suppress(OSError):
            self._tmp.unlink()
