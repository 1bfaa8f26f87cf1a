"""Archives by URL (fsspec): listing inputs, naming outputs as the local batch does,
reading in bounded groups and writing atomically, on local disks and object stores alike.

Part of the ``dask`` extra (fsspec is imported here only). Library code: no printing.

Names follow the local batch: an input found in a folder or by a pattern is named by
the folder or the pattern's fixed part as the user wrote it plus its path below it
(``s3://bucket/archive/2023/a.txt``), and its outputs keep that relative path under
the output URL (``OUT/2023/a.json``); hidden files and folders are left out.

Writes are atomic per file: on a local disk through a temporary file renamed into
place (:mod:`newsschema._io`), on object stores by one PUT per object, which a store
shows whole or not at all.
"""

from __future__ import annotations

import contextlib
import posixpath
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs
import fsspec
from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem

from newsschema._convert import input_stem, is_input_file
from newsschema._core import Failure
from newsschema._io import read_bytes, remove_partials, write_all
from newsschema._text.decode import MAX_BYTES, check_size
from newsschema.errors import ConfigError, InputError, NewsschemaError, OutputError

__all__ = [
    "Listing",
    "Source",
    "Store",
    "list_inputs",
    "open_store",
    "read_group",
]

_MAGIC = frozenset("*?[")
_GROUP_FILES = 64
_GROUP_BYTES = 64 * 1024 * 1024
"""Inputs read at a time by one task: bounded, so a worker's memory stays flat."""


@attrs.frozen
class Source:
    """One input found by a listing."""

    path: str
    """Its path in the file system (``bucket/archive/a.txt`` for S3)."""
    name: str
    """Its name as the user wrote its folder or pattern (``s3://bucket/archive/a.txt``)."""
    rel: str
    """Its path below the folder or pattern (no suffix): where its outputs go."""
    size: int
    stamp: str = ""
    """What changes when the input changes (a modification time, an ETag)."""
    failure: Failure | None = None
    """Why it fails without being read (too large, an output collision)."""


@attrs.frozen
class Store:
    """A file system and a root in it, for outputs (or inputs)."""

    fs: fsspec.AbstractFileSystem
    root: str
    url: str
    """The root as the user wrote it."""

    @property
    def local(self) -> bool:
        return isinstance(self.fs, LocalFileSystem)

    def path(self, rel: str) -> str:
        return posixpath.join(self.root, rel) if self.root else rel

    def name(self, rel: str) -> str:
        """``rel`` as the user would write it (under the URL they gave)."""
        return rel if self.url in ("", ".") else posixpath.join(self.url, rel)

    def commit(self, files: Sequence[tuple[str, bytes]]) -> None:
        """Write ``files`` (paths in this store) all or none. On a local disk: temporary
        files renamed into place; on an object store: one PUT each, and the ones already
        put are removed when a later one fails."""
        if self.local:
            write_all(files)
            return
        done: list[str] = []
        try:
            for path, data in files:
                self.fs.pipe_file(path, data)
                done.append(path)
        except Exception as exc:
            with contextlib.suppress(Exception):
                if done:
                    self.fs.rm(done)
            target = files[len(done)][0]
            raise OutputError(
                f"cannot write: {exc}", file=self.fs.unstrip_protocol(target)
            ) from exc

    def sweep(self, paths: Sequence[str]) -> None:
        """Remove what a write of ``paths`` stopped in the middle (a worker killed) left:
        temporary files on a local disk; an object store never shows a partial object."""
        if self.local:
            remove_partials(paths)

    def read(self, path: str) -> bytes | None:
        """A small file of ours (a partition's record), or ``None`` when there is none."""
        try:
            data: bytes = self.fs.cat_file(path)
        except (FileNotFoundError, OSError):
            return None
        return data

    def find(self, folder: str) -> list[str]:
        self.fs.invalidate_cache()
        try:
            found: list[str] = self.fs.find(self.path(folder))
        except (FileNotFoundError, OSError):
            return []
        return found


def open_store(url: str, storage_options: Mapping[str, Any] | None = None) -> Store:
    """The file system of ``url`` (``s3://…``, ``memory://…``, ``file://…`` or a path)."""
    try:
        fs, root = url_to_fs(url, **dict(storage_options or {}))
    except (ImportError, ValueError) as exc:
        raise ConfigError(f"cannot open {url}: {exc}") from exc
    return Store(fs, root.rstrip("/") if root != "/" else root, url.rstrip("/") or url)


# --------------------------------------------------------------------------- listing


@attrs.frozen
class Listing:
    """The inputs that names gave, in a stable order, and the names that gave none."""

    store: Store
    sources: tuple[Source, ...]
    missing: tuple[str, ...] = ()
    bases: tuple[str, ...] = ()
    """The folders (and patterns' fixed parts) listed, as paths in the file system."""


def list_inputs(names: Sequence[str], storage_options: Mapping[str, Any] | None = None) -> Listing:
    """Every input the names give: folders (walked for article files), patterns (``**``
    for any depth) and single files, all in one file system."""
    if not names:
        raise ConfigError("no input given; name folders, patterns or files")
    options = dict(storage_options or {})
    stores = [open_store(_fixed_part(name), options) for name in names]
    protocols = {str(store.fs.protocol) for store in stores}
    if len(protocols) > 1:
        raise ConfigError(f"inputs in several file systems ({', '.join(sorted(protocols))})")
    sources: list[Source] = []
    missing: list[str] = []
    seen: set[str] = set()
    for name, base in zip(names, stores, strict=True):
        found = list(_expand(name, base, options))
        if not found:
            missing.append(name)
        for source in found:
            if source.path not in seen:  # the same file named twice is one input
                seen.add(source.path)
                sources.append(source)
    bases = tuple(store.root for store in stores)
    return Listing(stores[0], tuple(sources), tuple(missing), bases)


def _fixed_part(name: str) -> str:
    """A pattern's part before its first wildcard (the name itself when it has none)."""
    parts = name.split("/")
    for i, part in enumerate(parts):
        if _MAGIC & set(part):
            return "/".join(parts[:i]) or "."
    return name


def _expand(name: str, base: Store, options: dict[str, Any]) -> Iterator[Source]:
    fs = base.fs
    fs.invalidate_cache()  # fsspec keeps listings: an earlier run in this process may be stale
    if _MAGIC & set(name):
        pattern = url_to_fs(name, **options)[1]
        found = fs.glob(pattern, detail=True)
        yield from _sources(base, found, accept_all=True)
    elif fs.isdir(base.root):
        yield from _sources(base, fs.find(base.root, detail=True), accept_all=False)
    elif fs.isfile(base.root):
        info = fs.info(base.root)
        stem = input_stem(posixpath.basename(base.root))
        local = "://" not in name and not name.startswith("/") and ".." not in name.split("/")
        rel = input_stem(name) if local else stem
        yield _source(base.root, name, rel, info)


def _sources(base: Store, found: Mapping[str, Any], *, accept_all: bool) -> Iterator[Source]:
    for path in sorted(found):
        info = found[path]
        if info.get("type") != "file":
            continue
        rel = posixpath.relpath(path, base.root) if base.root != "/" else path.lstrip("/")
        if rel.startswith("../") or any(part.startswith(".") for part in rel.split("/")):
            continue  # hidden, or reached through '..' out of the fixed part
        if not accept_all and not is_input_file(rel):
            continue
        yield _source(path, base.name(rel), input_stem(rel), info)


def _source(path: str, name: str, rel: str, info: Mapping[str, Any]) -> Source:
    size = int(info.get("size") or 0)
    stamp = next(
        (str(info[k]) for k in ("mtime", "LastModified", "ETag", "created") if k in info), ""
    )
    failure = None
    try:
        check_size(size, MAX_BYTES, file=name)
    except InputError as exc:
        failure = Failure.of(exc, name)
    return Source(path, name, rel, size, stamp, failure)


# --------------------------------------------------------------------------- reading


def groups(sources: Sequence[Source]) -> Iterator[list[Source]]:
    """The sources in groups of at most 64 files and 64 MB, in order."""
    group: list[Source] = []
    size = 0
    for source in sources:
        if group and (len(group) >= _GROUP_FILES or size + source.size > _GROUP_BYTES):
            yield group
            group, size = [], 0
        group.append(source)
        size += source.size
    if group:
        yield group


def _read_local(path: str) -> bytes | NewsschemaError:
    try:
        return read_bytes(path)
    except NewsschemaError as exc:
        return exc


def read_group(store: Store, group: Sequence[Source]) -> list[bytes | Failure]:
    """The bytes of each source (or why it cannot be read), in order. An object store
    reads the group's objects concurrently (fsspec's ``cat`` of many paths)."""
    wanted = [s for s in group if s.failure is None]
    data: dict[str, Any] = {}
    if store.local:
        data = {source.path: _read_local(source.path) for source in wanted}
    elif wanted:
        data = store.fs.cat([s.path for s in wanted], on_error="return")
    out: list[bytes | Failure] = []
    for source in group:
        if source.failure is not None:
            out.append(source.failure)
            continue
        got = data.get(source.path)
        if isinstance(got, bytes):
            try:
                check_size(len(got), MAX_BYTES, file=source.name)  # it may have grown
                out.append(got)
            except InputError as exc:
                out.append(Failure.of(exc, source.name))
        elif isinstance(got, NewsschemaError):
            got.file = source.name  # read by its path; named as the user named it
            out.append(Failure.of(got, source.name))
        else:
            error = InputError(f"cannot read: {got or 'not found'}", file=source.name)
            out.append(Failure.of(error, source.name))
    return out
