"""Convert archives on Dask: the local batch's conversion, on a laptop or a cluster.

    pip install 'newsschema[dask]'

Inputs and outputs are URLs read and written through fsspec (local paths,
``file://``, ``s3://`` with s3fs, ``gs://`` with gcsfs, ``memory://`` …). Every
input is converted by the same engine-neutral function as the local batch
(:func:`newsschema._core.convert_input`), so the outputs are the same bytes.

- :func:`convert_bag` gives two ``dask.bag.Bag`` s: the converted inputs
  (:class:`~newsschema._core.Converted`, with each format's document) and the
  failures (:class:`~newsschema._core.Failure`: input, line, reason), for
  pipelines of your own.
- :func:`convert_archive` writes the outputs under an output URL: one file per
  input and format, named as the local batch names them (``files``), or one
  NDJSON or Parquet file per partition (``ndjson``, ``parquet``: one row per
  article, its JSON document and the columns ``input``, ``url``, ``headline``,
  ``date``, ``language``); a dead-letter file ``_dead-letter.ndjson`` of every
  failure, and a summary ``.newsschema/summary.json``.

Inputs are split into partitions of ``partition_size`` inputs, one Dask task
each. A task writes its outputs atomically (per file; an object store shows an
object whole or not at all), then a record that the partition is complete
(``.newsschema/parts/part-NNNNN.json``) naming the options, the newsschema
version and the inputs (names, sizes, modification times) it was done with. A
re-run skips every partition whose record matches (resume after a crash); a
changed input or option converts its partition again. A worker that dies has
its task run again by Dask on another worker; a partition that cannot be done
(its workers died three times, its file could not be written) lists each of its
inputs in the dead-letter file, and the next run tries it again.

Not here: the local batch's per-input time budget (a Dask task cannot be
stopped from outside; the reader runs in linear time).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import re
import signal
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs
import dask
import dask.bag as db
from distributed import Client, LocalCluster, as_completed

from newsschema._batch import BatchOptions
from newsschema._convert import STREAM_FORMAT, check_output_formats, output_suffix
from newsschema._core import Converted, Failure, convert_input
from newsschema._profiles import Profile
from newsschema._remote import Listing, Source, Store, groups, list_inputs, open_store, read_group
from newsschema.errors import ConfigError, NewsschemaError
from newsschema.formats import WriteOptions
from newsschema.model import Organization

__all__ = [
    "DEAD_LETTER",
    "OUT_FORMATS",
    "PARTITION_SIZE",
    "ArchiveSummary",
    "PartReport",
    "cluster",
    "convert_archive",
    "convert_bag",
]

OUT_FORMATS = ("files", "ndjson", "parquet")
PARTITION_SIZE = 1000
"""Inputs per partition (one task): large enough that a task's overhead (milliseconds)
is small against its work (about a second per core), small enough to spread work."""
DEAD_LETTER = "_dead-letter.ndjson"
"""Under the output URL: every failure, one JSON object per line. The underscore keeps
it out of Parquet and NDJSON datasets read as folders."""
STATE = ".newsschema"
"""Under the output URL: the summary and the partitions' records (hidden, so that
``newsschema validate OUT`` and dataset readers pass over them)."""
_PART = re.compile(r"part-(\d+)\.(?:json|ndjson|parquet)$")


@attrs.frozen
class PartReport:
    """What became of one partition's inputs."""

    number: int
    inputs: int
    converted: int
    failures: tuple[Failure, ...] = ()
    warnings: tuple[tuple[str, int], ...] = ()
    """(code, count) pairs."""
    resumed: bool = False
    """Complete from an earlier run: nothing was converted again."""

    @property
    def failed(self) -> int:
        return len(self.failures)


@attrs.frozen
class ArchiveSummary:
    """What became of an archive: counts by outcome and by warning code."""

    inputs: int
    converted: int
    failed: int
    partitions: int
    resumed: int
    """Partitions complete from an earlier run."""
    warnings: tuple[tuple[str, int], ...]
    """(code, count) pairs, most common first."""
    failures: tuple[Failure, ...]
    dead_letter: str
    summary: str
    elapsed: float

    def to_json(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "outcomes": {"converted": self.converted, "failed": self.failed},
            "warnings": dict(self.warnings),
            "partitions": self.partitions,
            "resumed": self.resumed,
            "dead_letter": self.dead_letter,
            "elapsed": round(self.elapsed, 3),
        }


# --------------------------------------------------------------------------- the tasks


@attrs.frozen
class _Part:
    number: int
    sources: tuple[Source, ...]

    def digest(self) -> str:
        """The inputs' identity: a changed, added or removed input changes it."""
        text = json.dumps([[s.name, s.size, s.stamp, str(s.failure or "")] for s in self.sources])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@attrs.frozen
class _Job:
    """What every task of an archive needs (sent with each task: it is small)."""

    source: Store
    out: Store
    out_format: str
    options: BatchOptions
    resume: bool
    run: str = attrs.field(factory=lambda: uuid.uuid4().hex)
    """Unique to each run: the tasks write files, so a run must never be answered with an
    earlier run's results, which Dask would do for tasks of the same name."""

    @property
    def key(self) -> str:
        return f"{self.out_format}:{self.options.fingerprint()}"

    def record(self, number: int) -> str:
        return self.out.path(f"{STATE}/parts/part-{number:05d}.json")

    def part_file(self, number: int) -> str:
        return self.out.path(f"part-{number:05d}.{self.out_format}")

    def targets(self, source: Source) -> list[str]:
        return [self.out.path(source.rel + output_suffix(f)) for f in self.options.formats]


def _convert_group(store: Store, group: list[Source], options: BatchOptions) -> Iterator[Converted]:
    for source, got in zip(group, read_group(store, group), strict=True):
        if isinstance(got, Failure):
            yield Converted(source.name, failure=got)
        else:
            yield convert_input(source.name, got, options)


class _Tally:
    def __init__(self) -> None:
        self.inputs = 0
        self.converted = 0
        self.failures: list[Failure] = []
        self.warnings: Counter[str] = Counter()

    def add(self, converted: Converted) -> None:
        self.inputs += 1
        if converted.failure is not None:
            self.failures.append(converted.failure)
            return
        self.converted += 1
        self.warnings.update(notice.code for notice in converted.warnings)

    def report(self, number: int) -> PartReport:
        warnings = tuple(sorted(self.warnings.items()))
        return PartReport(number, self.inputs, self.converted, tuple(self.failures), warnings)


class _Files:
    """One file per input and format, each input's written all or none."""

    def __init__(self, job: _Job, part: _Part) -> None:
        self.job = job
        self.part = part

    def sweep(self) -> None:
        self.job.out.sweep([t for s in self.part.sources for t in self.job.targets(s)])

    def add(self, source: Source, converted: Converted) -> Converted:
        if converted.failure is not None:
            return converted
        files = [
            (t, data)
            for t, (_f, data) in zip(self.job.targets(source), converted.outputs, strict=True)
        ]
        try:
            self.job.out.commit(files)
        except NewsschemaError as exc:
            return attrs.evolve(converted, failure=Failure.of(exc, source.name))
        return converted

    def close(self) -> None:
        """Every file is written as its input is converted."""


class _Stream:
    """One NDJSON file per partition, committed whole when the partition is done."""

    def __init__(self, job: _Job, part: _Part) -> None:
        self.job = job
        self.path = job.part_file(part.number)
        self.lines: list[bytes] = []

    def sweep(self) -> None:
        self.job.out.sweep([self.path])

    def add(self, _source: Source, converted: Converted) -> Converted:
        if converted.failure is None:
            self.lines.append(converted.output(STREAM_FORMAT))
        return converted

    def close(self) -> None:
        self.job.out.commit([(self.path, b"".join(self.lines))])


class _Parquet(_Stream):
    """One Parquet file per partition: a row per article."""

    def __init__(self, job: _Job, part: _Part) -> None:
        super().__init__(job, part)
        self.rows: list[dict[str, str | None]] = []

    def add(self, source: Source, converted: Converted) -> Converted:
        if converted.failure is None and converted.keys is not None:
            keys = converted.keys
            document = converted.output(STREAM_FORMAT).decode("utf-8").rstrip("\n")
            self.rows.append(
                {
                    "input": source.name,
                    "url": keys.url,
                    "headline": keys.headline,
                    "date": keys.date,
                    "language": keys.language,
                    "document": document,
                }
            )
        return converted

    def close(self) -> None:
        self.job.out.commit([(self.path, parquet_bytes(self.rows))])


def parquet_bytes(rows: list[dict[str, str | None]]) -> bytes:
    """Rows as a Parquet file (every column a string; ``date`` keeps the source's precision:
    a day, a local time, or a time with its offset)."""
    import pyarrow as pa  # noqa: PLC0415 - only Parquet output needs it
    import pyarrow.parquet as pq  # noqa: PLC0415

    names = ("input", "url", "headline", "date", "language", "document")
    schema = pa.schema([(name, pa.string()) for name in names])
    table = pa.Table.from_pylist(rows, schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    data: bytes = sink.getvalue().to_pybytes()
    return data


_WRITERS: dict[str, type[_Files] | type[_Stream]] = {
    "files": _Files,
    "ndjson": _Stream,
    "parquet": _Parquet,
}


def _run_part(part: _Part, job: _Job) -> PartReport:
    """One partition, on a worker: skipped when an earlier run completed it; otherwise its
    inputs read in bounded groups, converted, written, and the partition recorded. When
    its outputs cannot be written, every input of it is reported (and no record is kept:
    a re-run tries again)."""
    if job.resume:
        done = _completed(part, job)
        if done is not None:
            return done
    try:
        return _convert_part(part, job)
    except NewsschemaError as exc:
        return _lost(part, _why_lost(exc))


def _convert_part(part: _Part, job: _Job) -> PartReport:
    writer = _WRITERS[job.out_format](job, part)
    writer.sweep()  # what a worker killed in this partition before may have left
    tally = _Tally()
    for group in groups(part.sources):
        for source, converted in zip(
            group, _convert_group(job.source, group, job.options), strict=True
        ):
            tally.add(writer.add(source, converted))
    writer.close()
    report = tally.report(part.number)
    record = {"key": job.key, "inputs": part.digest(), "report": _report_data(report)}
    job.out.commit([(job.record(part.number), json.dumps(record).encode("utf-8"))])
    return report


def _completed(part: _Part, job: _Job) -> PartReport | None:
    data = job.out.read(job.record(part.number))
    if data is None:
        return None
    try:
        record = json.loads(data)
        if record["key"] != job.key or record["inputs"] != part.digest():
            return None
        report = _report_of(record["report"])
    except (ValueError, KeyError, TypeError):
        return None  # an unreadable record: the partition is done again
    return attrs.evolve(report, resumed=True)


def _report_data(report: PartReport) -> dict[str, Any]:
    data = attrs.asdict(report)
    data["warnings"] = [list(pair) for pair in report.warnings]
    return data


def _report_of(data: dict[str, Any]) -> PartReport:
    return PartReport(
        number=int(data["number"]),
        inputs=int(data["inputs"]),
        converted=int(data["converted"]),
        failures=tuple(Failure(**f) for f in data["failures"]),
        warnings=tuple((str(code), int(n)) for code, n in data["warnings"]),
    )


# --------------------------------------------------------------------------- bags


def _options(
    to: str | Sequence[str],
    input_format: str | None,
    encoding: str | None,
    publisher: Organization | None,
    profile: Profile | None = None,
    *,
    write: tuple[str, str] = ("3.2", "nitf"),
) -> BatchOptions:
    """The options of a run; ``write``: the ninjs version and the NewsML-G2 body."""
    try:
        formats = check_output_formats([to] if isinstance(to, str) else to)
        written = WriteOptions(ninjs_version=write[0], newsml_body=write[1])
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    return BatchOptions(
        formats=formats,
        input_format=input_format,
        write=written,
        encoding=encoding,
        publisher=publisher,
        profile=profile,
    )


def _names(inputs: str | Sequence[str]) -> list[str]:
    return [inputs] if isinstance(inputs, str) else list(inputs)


def _sources(listing: Listing) -> list[Source]:
    """The listing's inputs, and a failing one in the place of each name that gave none."""
    missing = [
        Source(
            name,
            name,
            "",
            0,
            failure=Failure(name, _NOTHING, kind="InputError", message=f"{name}: {_NOTHING}"),
        )
        for name in listing.missing
    ]
    return [*listing.sources, *missing]


_NOTHING = "no such file, folder or matching pattern (or no article files in it)"


def _convert_sources(
    sources: Iterable[Source], store: Store, options: BatchOptions
) -> list[Converted]:
    return [c for group in groups(list(sources)) for c in _convert_group(store, group, options)]


def _is_ok(converted: Converted) -> bool:
    return converted.failure is None


def _is_failed(converted: Converted) -> bool:
    return converted.failure is not None


def _failure(converted: Converted) -> Failure | None:
    return converted.failure


def convert_bag(
    inputs: str | Sequence[str],
    *,
    to: str | Sequence[str] = ("json",),
    input_format: str | None = None,
    encoding: str | None = None,
    publisher: Organization | None = None,
    profile: Profile | None = None,
    ninjs_version: str = "3.2",
    newsml_body: str = "nitf",
    partition_size: int = PARTITION_SIZE,
    storage_options: Mapping[str, Any] | None = None,
) -> tuple[db.Bag, db.Bag]:
    """The inputs (a folder, a pattern such as ``s3://bucket/archive/**/*.txt``, a file, or
    a list of them) converted to the formats ``to``: a bag of
    :class:`~newsschema._core.Converted` (``.name``, ``.output(fmt)``, ``.warnings``,
    ``.keys``) and a bag of :class:`~newsschema._core.Failure` (``.file``, ``.line``,
    ``.reason``). Both come from one graph: compute them together
    (``dask.compute(results, errors)``) to convert each input once.

    ``profile``: a publisher profile applied to every article after reading, as the
    command line's ``--profile`` (which, without one, applies the configured profile or an
    empty one, so that its gaps are reported). ``ninjs_version`` (``3.2``, ``2.3``,
    ``1.7``) and ``newsml_body`` (``nitf``, ``xhtml``): as ``--ninjs-version`` and
    ``--newsml-body``.

    The inputs are listed here, now; the conversion runs when the bags are computed.
    """
    options = _options(
        to, input_format, encoding, publisher, profile, write=(ninjs_version, newsml_body)
    )
    listing = list_inputs(_names(inputs), storage_options)
    sources = _sources(listing)
    # never empty: a name that gives no input is a failing input in its place
    converted = db.from_sequence(sources, partition_size=max(1, partition_size))
    converted = converted.map_partitions(_convert_sources, listing.store, options)
    return converted.filter(_is_ok), converted.filter(_is_failed).map(_failure)


# --------------------------------------------------------------------------- archives


def _planned(listing: Listing, out: Store, out_format: str, formats: Sequence[str]) -> list[Source]:
    """The inputs, each failing that would overwrite an earlier one's output (``files``)."""
    sources = _sources(listing)
    if out_format != "files":
        return sources
    seen: set[str] = set()
    planned = []
    for source in sources:
        if source.failure is None and source.rel in seen:
            # the local batch names the last format's output
            target = out.name(source.rel + output_suffix(formats[-1]))
            reason = (
                f"output {target} would overwrite an output written earlier in this run; "
                "give the inputs distinct names or paths"
            )
            failure = Failure(source.name, reason, message=f"{source.name}: {reason}")
            source = attrs.evolve(source, failure=failure)  # noqa: PLW2901
        seen.add(source.rel)
        planned.append(source)
    return planned


def _check_out(listing: Listing, out: Store) -> None:
    """Outputs inside an input folder would be read back as inputs by the next run."""
    if out.fs.protocol != listing.store.fs.protocol:
        return
    for base in listing.bases:
        if out.root == base or out.root.startswith(base.rstrip("/") + "/"):
            raise ConfigError(
                f"the output {out.url} is inside the input folder {base}: its outputs would "
                "be read back as inputs"
            )


def _check_reach(client: Client, *stores: Store) -> None:
    """``memory://`` is one process's memory: workers in other processes cannot see it."""
    in_memory = [s.url for s in stores if "memory" in _protocols(s)]
    if not in_memory:
        return
    workers = client.scheduler_info().get("workers", {})
    if any(not str(address).startswith("inproc://") for address in workers):
        raise ConfigError(
            f"{in_memory[0]} is in this process's memory, which workers in other processes "
            "cannot reach: use a cluster of threads (LocalCluster(processes=False)) or a "
            "store they share"
        )


def _protocols(store: Store) -> tuple[str, ...]:
    protocol = store.fs.protocol
    return (protocol,) if isinstance(protocol, str) else tuple(protocol)


def _lost(part: _Part, reason: str) -> PartReport:
    failures = tuple(
        Failure(s.name, reason, kind="PartitionError", message=f"{s.name}: {reason}")
        for s in part.sources
    )
    return PartReport(part.number, len(part.sources), 0, failures)


def _execute(
    parts: list[_Part],
    job: _Job,
    client: Client,
    on_partition: Callable[[PartReport], None],
) -> list[PartReport]:
    """Every partition as one task; reports as they complete (the scheduler tells)."""
    if not parts:
        return []
    bag = db.from_sequence(parts, npartitions=len(parts)).map(_run_part, job)
    # the graph carries the listing on purpose (about 150 bytes an input): no warning
    with dask.config.set({"distributed.admin.large-graph-warning-threshold": "64GB"}):
        futures = client.compute(bag.to_delayed())
    number = {future.key: i for i, future in enumerate(futures)}
    reports: list[PartReport] = []
    try:
        for future in as_completed(futures):
            part = parts[number[future.key]]
            try:
                report: PartReport = future.result()[0]
            except (Exception, asyncio.CancelledError) as exc:  # noqa: BLE001 - a partition
                report = _lost(part, _why_lost(exc))  # lost costs only its inputs
            reports.append(report)
            on_partition(report)
    except OSError as exc:  # the connection to the scheduler
        raise NewsschemaError(
            f"lost the Dask scheduler ({type(exc).__name__}: {exc}); complete partitions are "
            "kept, and a re-run resumes from them"
        ) from exc
    except BaseException:
        with contextlib.suppress(Exception):
            client.cancel(futures)
        raise
    return sorted(reports, key=lambda r: r.number)


def _why_lost(exc: BaseException) -> str:
    if type(exc).__name__ == "KilledWorker":
        return (
            "the workers converting its partition died, several times (out of memory?); "
            "not converted: a re-run tries again"
        )
    if isinstance(exc, NewsschemaError):
        return f"its partition could not be completed: {exc}; a re-run tries again"
    return (
        f"its partition could not be completed: {type(exc).__name__}: {exc}; a re-run tries again"
    )


def _finish(
    job: _Job, parts: list[_Part], reports: list[PartReport], start: float
) -> ArchiveSummary:
    """The dead-letter file, the summary, and no part files left from a larger partitioning."""
    out = job.out
    failures = tuple(f for r in reports for f in r.failures)
    lines = [
        json.dumps(
            {
                "input": f.file,
                "line": f.line,
                "reason": f.reason,
                "error": f.kind,
                "message": str(f),
            },
            ensure_ascii=False,
        )
        + "\n"
        for f in failures
    ]
    warnings: Counter[str] = Counter()
    for report in reports:
        warnings.update(dict(report.warnings))
    summary = ArchiveSummary(
        inputs=sum(r.inputs for r in reports),
        converted=sum(r.converted for r in reports),
        failed=len(failures),
        partitions=len(parts),
        resumed=sum(r.resumed for r in reports),
        warnings=tuple(warnings.most_common()),
        failures=failures,
        dead_letter=out.name(DEAD_LETTER),
        summary=out.name(f"{STATE}/summary.json"),
        elapsed=time.monotonic() - start,
    )
    document = json.dumps(summary.to_json(), indent=2) + "\n"
    out.commit(
        [
            (out.path(DEAD_LETTER), "".join(lines).encode("utf-8")),
            (out.path(f"{STATE}/summary.json"), document.encode("utf-8")),
        ]
    )
    _remove_stale(job, len(parts))
    return summary


def _remove_stale(job: _Job, count: int) -> None:
    """Part files and records numbered past this run's partitions (an earlier run had more):
    left, they would add old rows to the dataset."""
    out = job.out
    stale = [
        path
        for path in (*out.find(f"{STATE}/parts"), *out.fs.glob(out.path("part-*")))
        if (match := _PART.search(path)) and int(match.group(1)) >= count
    ]
    if stale:
        with contextlib.suppress(OSError):
            out.fs.rm(stale)


def run_archive(
    inputs: str | Sequence[str],
    out: str,
    options: BatchOptions,
    *,
    client: Client,
    out_format: str = "files",
    partition_size: int = PARTITION_SIZE,
    resume: bool = True,
    storage_options: Mapping[str, Any] | None = None,
    out_storage_options: Mapping[str, Any] | None = None,
    on_start: Callable[[int], None] = lambda _inputs: None,
    on_partition: Callable[[PartReport], None] = lambda _report: None,
) -> ArchiveSummary:
    """:func:`convert_archive` with the options as the command line gathers them;
    ``on_start`` is told the number of inputs once they are listed."""
    start = time.monotonic()
    if out_format not in OUT_FORMATS:
        raise ConfigError(
            f"unknown output layout {out_format!r}; expected {', '.join(OUT_FORMATS)}"
        )
    if out_format != "files":  # one stream or table of newsschema JSON documents
        if options.formats not in (("json",), (STREAM_FORMAT,)):
            raise ConfigError(f"{out_format} output holds newsschema JSON: --to json")
        options = attrs.evolve(options, formats=(STREAM_FORMAT,))
    elif STREAM_FORMAT in options.formats:
        raise ConfigError(f"one file per input cannot be {STREAM_FORMAT}: --out-format ndjson")
    listing = list_inputs(_names(inputs), storage_options)
    store = open_store(out, storage_options if out_storage_options is None else out_storage_options)
    _check_out(listing, store)
    _check_reach(client, listing.store, store)
    sources = _planned(listing, store, out_format, options.formats)
    size = max(1, partition_size)
    parts = [
        _Part(i, tuple(sources[at : at + size]))
        for i, at in enumerate(range(0, len(sources), size))
    ]
    job = _Job(listing.store, store, out_format, options, resume)
    on_start(len(sources))
    reports = _execute(parts, job, client, on_partition)
    return _finish(job, parts, reports, start)


def convert_archive(
    inputs: str | Sequence[str],
    out: str,
    *,
    to: str | Sequence[str] = ("json",),
    out_format: str = "files",
    input_format: str | None = None,
    encoding: str | None = None,
    publisher: Organization | None = None,
    profile: Profile | None = None,
    ninjs_version: str = "3.2",
    newsml_body: str = "nitf",
    partition_size: int = PARTITION_SIZE,
    resume: bool = True,
    client: Client | None = None,
    storage_options: Mapping[str, Any] | None = None,
    out_storage_options: Mapping[str, Any] | None = None,
    on_partition: Callable[[PartReport], None] = lambda _report: None,
) -> ArchiveSummary:
    """Convert the inputs (a folder, a pattern such as ``s3://bucket/archive/**/*.txt``, a
    file, or a list of them) and write the outputs under the URL ``out``: ``files`` (one
    per input and format of ``to``), ``ndjson`` or ``parquet`` (one per partition).

    ``client``: a ``distributed.Client`` (default: the current one, else a local cluster
    for this call). ``profile``, ``ninjs_version``, ``newsml_body``: as for
    :func:`convert_bag`. ``resume``: skip partitions
    an earlier run completed with the same inputs and options. ``on_partition`` is called
    with each partition's :class:`PartReport` as it completes. Failures are in the
    summary and in the dead-letter file; only a problem with the whole run (an unreadable
    listing, an output that cannot be written) raises a
    :class:`~newsschema.NewsschemaError`.
    """
    options = _options(
        to, input_format, encoding, publisher, profile, write=(ninjs_version, newsml_body)
    )
    with contextlib.ExitStack() as stack:
        if client is None:
            client = _current_client() or stack.enter_context(cluster())
        return run_archive(
            inputs,
            out,
            options,
            client=client,
            out_format=out_format,
            partition_size=partition_size,
            resume=resume,
            storage_options=storage_options,
            out_storage_options=out_storage_options,
            on_partition=on_partition,
        )


def _current_client() -> Client | None:
    try:
        client: Client = Client.current()
    except ValueError:
        return None
    return client


@contextlib.contextmanager
def cluster(scheduler: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A client of the Dask scheduler at ``scheduler`` (``tcp://host:8786``), or of a local
    cluster of ``workers`` processes (default: one per CPU), one thread each (converting
    is work for one core: threads would share it)."""
    if scheduler is not None:
        try:
            client = Client(scheduler)
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        with client:
            yield client
        return
    with _workers_ignore_interrupts():
        local = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.CRITICAL,
        )
    with local, Client(local) as client:
        yield client


@contextlib.contextmanager
def _workers_ignore_interrupts() -> Iterator[None]:
    """Ctrl-C is the command's to handle (it stops the cluster): worker processes started
    meanwhile inherit an ignored SIGINT, instead of each printing a traceback."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
