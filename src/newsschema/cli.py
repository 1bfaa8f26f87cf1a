"""The ``newsschema`` command line: argument handling, messages and exit codes only.

Exit status: 0 all good; 1 some input failed to convert or validate (or, with
``--fail-on warning``, gave a warning); 2 usage error; 130 interrupted.
"""

from __future__ import annotations

import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

import click

from newsschema import __version__
from newsschema._batch import (
    BatchOptions,
    FileResult,
    Missing,
    Task,
    count_inputs,
    iter_tasks,
    out_dir_problem,
    run_batch,
    several_inputs,
)
from newsschema._config import KEYS, load_settings
from newsschema._convert import INPUT_FORMATS, detect_input_format, load_file
from newsschema._io import AtomicStream
from newsschema._reports import ValidationReport, report_bytes, validate_paths, write_report
from newsschema.errors import NewsschemaError
from newsschema.model import Article, Paragraph

__all__ = ["main"]

OUTPUT_FORMATS = ("json", "jsonld", "nitf", "ndjson")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|^line \d+: ")
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

_EXAMPLES = """
\b
Examples:
  newsschema convert article.txt                      # JSON on stdout
  newsschema convert article.txt --to jsonld -o a.jsonld
  newsschema convert archive/ --to json,jsonld,nitf --out-dir out/
  cat article.txt | newsschema convert - --to nitf
  newsschema inspect article.txt                      # what the reader recognised
  newsschema validate out/ --report junit.xml         # gate an export in CI

\b
Exit status: 0 all good, 1 some input failed, 2 usage error, 130 interrupted.
"""


def _err(message: str) -> None:
    click.echo(message, err=True)


@click.group(epilog=_EXAMPLES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="newsschema")
def main() -> None:
    """Turn news articles into validated JSON, schema.org JSON-LD and IPTC NITF."""


# --------------------------------------------------------------------------- convert


def _split_formats(value: str | None, default: Sequence[str]) -> list[str]:
    items = [v.strip().lower() for v in (value.split(",") if value else default) if v.strip()]
    unknown = [v for v in items if v not in OUTPUT_FORMATS]
    if unknown:
        raise click.BadParameter(
            f"unknown format {', '.join(unknown)}; expected {', '.join(OUTPUT_FORMATS)}",
            param_hint="--to",
        )
    if "ndjson" in items and len(items) > 1:
        raise click.BadParameter("ndjson cannot be combined with other formats", param_hint="--to")
    return list(dict.fromkeys(items))


@main.command(epilog=_EXAMPLES)
@click.argument("inputs", nargs=-1)
@click.option(
    "--to",
    "to",
    metavar="FORMATS",
    help="Output format(s), comma-separated: json, jsonld, nitf, or ndjson "
    "(one JSON document per line). Default: json, or convert.to in the configuration.",
)
@click.option(
    "--from",
    "from_",
    type=click.Choice(INPUT_FORMATS),
    help="Input format; by default from each file's extension (.txt text, .json, "
    ".jsonld/.html JSON-LD, .xml NITF).",
)
@click.option("-o", "--output", metavar="FILE", help="Output file for a single input; - is stdout.")
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write one file per input and format here, keeping each input's relative path.",
)
@click.option(
    "--from-list",
    type=click.File("r", encoding="utf-8"),
    help="Read input paths from this file, one per line (- for stdin).",
)
@click.option("--overwrite", is_flag=True, help="Replace outputs even when they are up to date.")
@click.option("--publisher-name", help="Publisher name for JSON-LD and NITF.")
@click.option("--publisher-url", help="Publisher home page URL.")
@click.option("--publisher-logo", help="Publisher logo URL.")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: CPU count)."
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, warnings or summary.")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="In a batch, print every file's warnings (by default the summary counts them).",
)
@click.option(
    "--fail-fast",
    is_flag=True,
    help="Stop at the first input that fails (inputs are then converted one at a time).",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning"]),
    default="error",
    show_default=True,
    help="Exit 1 on failed inputs only, or also on warnings.",
)
def convert(  # noqa: PLR0915 - one option check after another; each is one line
    *,
    inputs: tuple[str, ...],
    to: str | None,
    from_: str | None,
    output: str | None,
    out_dir: Path | None,
    from_list: Any,
    overwrite: bool,
    publisher_name: str | None,
    publisher_url: str | None,
    publisher_logo: str | None,
    jobs: int | None,
    quiet: bool,
    verbose: bool,
    fail_fast: bool,
    fail_on: str,
) -> None:
    """Convert article INPUTS (files, folders, glob patterns, - for stdin)."""
    try:
        settings = load_settings(
            {
                "publisher.name": publisher_name,
                "publisher.url": publisher_url,
                "publisher.logo": publisher_logo,
                "convert.to": to,
                "convert.jobs": jobs,
            }
        )
    except NewsschemaError as exc:
        _fail_usage(str(exc))
    formats = _split_formats(to, settings.formats())
    names = list(inputs)
    if from_list is not None:
        names += [line.strip() for line in from_list if line.strip()]
    if not names:
        raise click.UsageError("no input given; name files, folders, patterns or - for stdin")
    if output and out_dir:
        raise click.UsageError("use either -o/--output or --out-dir, not both")

    several = several_inputs(names)
    ndjson = formats == ["ndjson"]
    if not ndjson:
        if several and out_dir is None:
            raise click.UsageError(
                "several inputs need --out-dir (one file each), or --to ndjson for one stream"
            )
        if len(formats) > 1 and out_dir is None:
            raise click.UsageError("several formats need --out-dir (one file per format)")
    options = BatchOptions(
        formats=tuple(formats),
        input_format=from_,
        out_dir=out_dir,
        output=output,
        overwrite=overwrite,
        publisher=settings.publisher(),
        fail_fast=fail_fast,
        jobs=settings.get("convert.jobs"),
    )
    problem = out_dir_problem(names, options)
    if problem:
        raise click.UsageError(f"{problem}: its outputs would be read back as inputs")
    progress = not quiet and several and sys.stderr.isatty()
    total = count_inputs(names) if progress else 0
    tasks = (_task_or_failure(item) for item in iter_tasks(names, options))
    start = time.monotonic()
    summary = _Summary(print_warnings=not quiet and (verbose or not several))
    streams_to_file = ndjson and output not in (None, "-")
    sink = AtomicStream(str(output)) if streams_to_file else None
    stop = _StopOnInterrupt()
    try:
        # --fail-fast converts one input at a time, so that nothing after the failure is done
        parallel = several and not fail_fast and "-" not in names
        results = run_batch(tasks, options, parallel=parallel)
        for result in _with_progress(results, total, enabled=progress):
            summary.add(result)
            if result.stream is not None:
                if sink is not None:
                    sink.write(result.stream)
                else:
                    sys.stdout.buffer.write(result.stream)
                    sys.stdout.buffer.flush()
            if (fail_fast and result.error is not None) or stop.requested:
                break
        results.close()  # stops the workers and removes what they left half-written
        if stop.requested:
            _interrupted(sink)
        if sink is not None:
            sink.commit()
    except KeyboardInterrupt:
        _interrupted(sink)
    except BaseException:
        if sink is not None:
            sink.discard()
        raise
    finally:
        stop.restore()
    if several and not quiet:
        summary.report(time.monotonic() - start)
    failed = summary.failed or (fail_on == "warning" and summary.warnings)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _interrupted(sink: AtomicStream | None) -> NoReturn:
    if sink is not None:
        sink.discard()
    _err("newsschema: interrupted; finished outputs are kept, no partial file is left")
    sys.exit(EXIT_INTERRUPTED)


class _StopOnInterrupt:
    """The first Ctrl-C asks the batch to stop after the input in hand (so that no file is
    left half-written); a second one stops at once."""

    def __init__(self) -> None:
        self.requested = False
        self._previous = signal.signal(signal.SIGINT, self._handle)

    def _handle(self, _signum: int, _frame: object) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def restore(self) -> None:
        signal.signal(signal.SIGINT, self._previous)


def _task_or_failure(item: Task | Missing) -> Task:
    """A name that matched nothing becomes a task that fails at once, in its place."""
    if isinstance(item, Task):
        return item
    if item.folder:
        reason = "is a folder with no article files (.txt, .md, .json, .jsonld, .html, .xml)"
    else:
        reason = "no such file, folder or matching pattern"
    return Task(-1, item.name, "", error=f"{item.name}: {reason}")


def _with_progress(
    results: Iterator[FileResult], total: int, *, enabled: bool
) -> Iterator[FileResult]:
    """Pass results through, drawing a progress bar (count, rate, ETA) on a terminal."""
    if not enabled:
        yield from results
        return
    start = time.monotonic()

    def rate(_item: object) -> str:
        elapsed = time.monotonic() - start
        return f"{bar.pos / elapsed:.0f} files/s" if elapsed > 0 else ""

    with click.progressbar(
        length=total, label="converting", file=sys.stderr, show_pos=True, item_show_func=rate
    ) as bar:
        for result in results:
            bar.update(1, result)
            yield result


def _fail_usage(message: str) -> NoReturn:
    _err(f"newsschema: {message}")
    sys.exit(EXIT_USAGE)


class _Summary:
    def __init__(self, *, print_warnings: bool) -> None:
        self.print_warnings = print_warnings
        self.converted = 0
        self.skipped = 0
        self.failed = 0
        self.warnings = 0
        self.kinds: Counter[str] = Counter()
        self.failures: list[str] = []

    def add(self, result: FileResult) -> None:
        if result.error is not None:
            self.failed += 1
            self.failures.append(result.error)
            _err(f"error: {result.error}")
            return
        self.warnings += len(result.warnings)
        for warning in result.warnings:
            if self.print_warnings:
                _err(f"warning: {result.source}: {warning}")
            # counted by kind: quoted details and line numbers folded away
            self.kinds[_QUOTED.sub("…", warning)] += 1
        if result.skipped:
            self.skipped += 1
        else:
            self.converted += 1

    def report(self, elapsed: float) -> None:
        rate = (self.converted + self.skipped + self.failed) / elapsed if elapsed > 0 else 0.0
        _err(
            f"newsschema: {self.converted} converted, {self.skipped} skipped (up to date), "
            f"{self.failed} failed, {self.warnings} warnings in {elapsed:.1f} s "
            f"({rate:.0f} files/s)"
        )
        if self.kinds and not self.print_warnings:
            _err("most common warnings (-v prints each file's):")
            for kind, count in self.kinds.most_common(5):
                _err(f"  {count:>7}  {kind}")
        if self.failures:
            _err("failed:")
            for failure in self.failures:
                _err(f"  {failure}")


# --------------------------------------------------------------------------- inspect


@main.command()
@click.argument("file")
@click.option(
    "--from", "from_", type=click.Choice(INPUT_FORMATS), help="Input format (default: extension)."
)
def inspect(*, file: str, from_: str | None) -> None:
    """Show what was recognised in FILE: for text, one line per element with its line
    numbers, then warnings; then the article's main fields."""
    from newsschema._api import analyze_file  # noqa: PLC0415

    fmt = from_ or detect_input_format(file)
    try:
        if fmt == "text":
            result = analyze_file(file)
            article = result.article
            for element in result.elements:
                click.echo(str(element))
            if result.encoding and result.encoding not in {"utf-8", "ascii"}:
                click.echo(f"(read as {result.encoding})")
            for warning in result.warnings:
                click.echo(f"warning: {warning}")
        else:
            article = load_file(file, fmt).article
    except NewsschemaError as exc:
        _err(f"error: {exc}")
        sys.exit(EXIT_FAILED)
    click.echo("")
    for label, value in _summary_fields(article):
        click.echo(f"{label + ':':<16}{value}")


def _summary_fields(article: Article) -> Iterator[tuple[str, str]]:
    yield "headline", article.headline or "(none)"
    authors = [p.name + (f" ({p.role})" if p.role else "") for p in article.authors]
    yield "authors", ", ".join(authors) or "(none)"
    if article.organizations:
        yield "organizations", ", ".join(o.name for o in article.organizations)
    for label, value in (
        ("published", article.date_published),
        ("modified", article.date_modified),
    ):
        if value is not None:
            yield label, value.isoformat()
    if article.dateline is not None:
        parts = (article.dateline.place, article.dateline.date, article.dateline.agency)
        yield "dateline", " | ".join(p for p in parts if p)
    if article.lead_image is not None:
        image = article.lead_image
        parts = (image.caption, image.credit and f"credit: {image.credit}", image.url)
        yield "lead image", " | ".join(p for p in parts if p) or "(no details)"
    paragraphs = sum(isinstance(b, Paragraph) for b in article.body)
    yield "body", f"{len(article.body)} blocks, {paragraphs} paragraphs, {article.word_count} words"
    yield "language", article.language or "(unknown)"
    if article.keywords:
        yield "keywords", ", ".join(article.keywords)
    if article.url:
        yield "url", article.url


# --------------------------------------------------------------------------- validate


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonld", "nitf"]),
    help="Document format; by default from each file's extension.",
)
@click.option("--strict", is_flag=True, default=None, help="Treat warnings as failures.")
@click.option(
    "--xsd", type=click.Path(dir_okay=False, exists=True), help="Validate NITF with this XSD."
)
@click.option(
    "--nitf-profile",
    is_flag=True,
    help="Validate NITF against newsschema's stricter profile (what newsschema writes) "
    "instead of IPTC's NITF 3.6 schema.",
)
@click.option("--report", "report", type=click.Path(dir_okay=False), help="Write a report file.")
@click.option(
    "--report-format",
    type=click.Choice(["junit", "json"]),
    default=None,
    help="Report format: junit (the default for --report) or json; json without --report "
    "prints the report on stdout instead of one line per problem.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print failures only.")
def validate(
    *,
    paths: tuple[str, ...],
    fmt: str | None,
    strict: bool | None,
    xsd: str | None,
    nitf_profile: bool,
    report: str | None,
    report_format: str | None,
    quiet: bool,
) -> None:
    """Validate JSON, JSON-LD and NITF documents (files or folders) for CI.

    Every problem prints as FILE:LINE-OR-PATH: MESSAGE. NITF is checked against IPTC's
    NITF 3.6 XML Schema; an older NITF without the namespace (3.2 to 3.5) is checked as
    3.6 with its elements put in the namespace, with a warning saying so.
    """
    try:
        settings = load_settings({"validate.strict": strict})
    except NewsschemaError as exc:
        _fail_usage(str(exc))
    outcome: ValidationReport = validate_paths(
        paths,
        fmt=fmt,
        strict=bool(settings.get("validate.strict")),
        xsd=xsd,
        nitf_profile=nitf_profile,
    )
    if report_format == "json" and not report:
        # a machine-readable report on stdout instead of the lines
        sys.stdout.buffer.write(report_bytes(outcome, "json"))
    else:
        for line in _problem_lines(outcome, quiet=quiet):
            click.echo(line)
    if report:
        try:
            write_report(outcome, report, report_format or "junit")
        except NewsschemaError as exc:
            _err(f"error: {exc}")
            sys.exit(EXIT_FAILED)
    if not quiet:
        _err(
            f"newsschema: {outcome.passed} passed, {outcome.failed} failed, "
            f"{outcome.warning_count} warnings"
        )
    sys.exit(EXIT_FAILED if outcome.failed else EXIT_OK)


def _problem_lines(outcome: ValidationReport, *, quiet: bool) -> Iterator[str]:
    for doc in outcome.documents:
        if doc.error is not None:
            yield f"{doc.path}: error: {doc.error}"
            continue
        for problem in doc.problems:
            if quiet and problem.severity != "error":
                continue
            where = problem.location()
            yield (
                f"{doc.path}:{where}: {problem.severity}: {problem.message}"
                if where
                else (f"{doc.path}: {problem.severity}: {problem.message}")
            )
        if not doc.failed and not quiet:
            warned = len(doc.problems)
            yield f"{doc.path}: ok" + (
                f" ({warned} warning{'s' * (warned != 1)})" if warned else ""
            )


# --------------------------------------------------------------------------- config


@main.command("config")
def config_command() -> None:
    """Print the effective configuration and where each value came from."""
    try:
        settings = load_settings()
    except NewsschemaError as exc:
        _err(f"error: {exc}")
        sys.exit(EXIT_FAILED)
    width = max(map(len, KEYS))
    for key in KEYS:
        setting = settings.values[key]
        click.echo(f"{key:<{width}}  {setting.value!r:<40}  ({setting.source})")


if __name__ == "__main__":  # pragma: no cover
    main()
