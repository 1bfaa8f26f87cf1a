"""The ``newsschema`` command line: argument handling, messages and exit codes only.

Exit status: 0 all good; 1 some input failed to convert or validate (or, with
``--fail-on warning``, gave a warning); 2 usage error; 130 interrupted.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

import attrs
import click

from newsschema import __version__
from newsschema._batch import (
    STDIN,
    BatchOptions,
    FileResult,
    Missing,
    Task,
    count_inputs,
    iter_tasks,
    out_dir_problem,
    run_batch,
    update_since,
)
from newsschema._cli_dask import DaskRun
from newsschema._cli_dask import run as run_on_dask
from newsschema._config import KEYS, Settings, check_setting, load_settings
from newsschema._console import Console, Progress, StopOnInterrupt, Summary
from newsschema._convert import (
    STREAM_FORMAT,
    TEXT_FORMAT,
    analyze_bytes,
    check_output_formats,
    detect_input_format,
    formats_of_output,
    input_formats,
    load,
    output_formats,
    stream_formats,
)
from newsschema._io import AtomicStream, atomic_write, read_bytes, read_stream
from newsschema._profiles import Logo, Profile, ProfileElement, apply_profile, load_profile
from newsschema._quality import QualityReport, build_report
from newsschema._reports import ValidationReport, report_bytes, validate_paths, write_report
from newsschema._text.decode import resolve_encoding
from newsschema._text.reader import ParseResult
from newsschema.errors import NewsschemaError
from newsschema.formats import REGISTRY, WriteOptions
from newsschema.formats._registry import NEWSML_BODIES, NINJS_VERSIONS
from newsschema.model import Article, Organization, Paragraph

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

_EXAMPLES = """
\b
Examples:
  newsschema convert article.txt                      # JSON on stdout
  newsschema convert article.txt -o a.jsonld          # the format from the suffix
  newsschema convert archive/ --to json,jsonld,nitf --out-dir out/
  newsschema convert archive/ --out-dir out/ --update # only what changed
  cat article.txt | newsschema convert - --to nitf
  newsschema inspect article.txt                      # what the reader recognised
  newsschema validate out/ --report junit.xml         # gate an export in CI
  newsschema report out/ -o report.html               # fill rates, warnings, failures

\b
Exit status: 0 all good, 1 some input failed, 2 usage error, 130 interrupted.
"""


def _err(message: str) -> None:
    click.echo(message, err=True)


def _encoding(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return resolve_encoding(value)
    except NewsschemaError as exc:
        raise click.BadParameter(exc.reason) from None


_ENCODING_HELP = (
    "The inputs' encoding (utf-8, cp1252, latin-1, cp1251, koi8-r, shift_jis ...); by default "
    "UTF-8, or a legacy encoding guessed from the text, with a warning naming it."
)


if TYPE_CHECKING:  # click 8.3 made ParamType generic; 8.1 cannot subscript it at run time
    _ParamType = click.ParamType[str]
else:
    _ParamType = click.ParamType


class _FormatName(_ParamType):
    """A format name, checked against the format registry when the command runs (so that
    a format registered after this module was imported is taken too)."""

    name = "format"

    def __init__(self, names: Callable[[], tuple[str, ...]]) -> None:
        self._names = names

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str | None:
        del param, ctx
        return "[" + "|".join(self._names()) + "]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        name = str(value).strip().lower()
        if name not in self._names():
            self.fail(f"{value!r} is not one of {', '.join(self._names())}", param, ctx)
        return name

    def shell_complete(
        self, ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[click.shell_completion.CompletionItem]:
        from click.shell_completion import CompletionItem  # noqa: PLC0415

        del ctx, param
        return [CompletionItem(n) for n in self._names() if n.startswith(incomplete)]


def _document_formats() -> tuple[str, ...]:
    return REGISTRY.names()


def _fail(message: str, status: int = EXIT_FAILED) -> NoReturn:
    _err(message)
    sys.exit(status)


@click.group(epilog=_EXAMPLES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="newsschema")
def main() -> None:
    """Turn news articles into validated JSON, schema.org JSON-LD, IPTC NITF, ninjs and
    NewsML-G2."""


def _checked(key: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    """A click callback that checks an option as the configuration checks its setting."""

    def check(_ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if value is None:
            return None
        try:
            return check_setting(key, value)
        except (TypeError, ValueError) as exc:
            raise click.BadParameter(str(exc), param=param) from None

    return check


_PROFILE_HELP = (
    'Apply this publisher profile (a TOML file with [publisher], [sites."host"], '
    '[authors."Name"]) instead of the one in the configuration.'
)
_NO_PROFILE_HELP = "Apply no publisher profile: the output holds what the input says."


def _profile(
    settings: Settings, profile_file: str | None, *, no_profile: bool, flags: dict[str, Any]
) -> Profile | None:
    """The profile to apply: --profile FILE (the --publisher-* options over its
    [publisher]), else the configuration's, else an empty one (which still tells of an
    article whose site names no publisher); ``None`` with --no-profile."""
    if no_profile:
        return None
    if profile_file is None:
        return settings.profile() or Profile()
    try:
        profile = load_profile(profile_file)
    except NewsschemaError as exc:
        _fail(f"newsschema: {exc}", EXIT_USAGE)
    publisher = profile.publisher
    if flags.get("name") is not None:
        publisher = attrs.evolve(publisher, name=flags["name"])
    if flags.get("url") is not None:
        publisher = attrs.evolve(publisher, url=flags["url"])
    logo: Logo | None = flags.get("logo")
    if logo is not None:
        publisher = attrs.evolve(
            publisher, logo=logo.url, logo_width=logo.width, logo_height=logo.height
        )
    return attrs.evolve(profile, publisher=publisher)


def _flag_publisher(flags: dict[str, Any]) -> Organization | None:
    """The publisher the --publisher-* options name (applied also with --no-profile)."""
    logo: Logo | None = flags.get("logo")
    if flags.get("name") is None and flags.get("url") is None and logo is None:
        return None
    return Organization(
        flags.get("name") or "",
        url=flags.get("url"),
        logo=logo.url if logo else None,
        logo_width=logo.width if logo else None,
        logo_height=logo.height if logo else None,
    )


def _settings(overrides: dict[str, Any]) -> Settings:
    try:
        return load_settings(overrides)
    except NewsschemaError as exc:
        _fail(f"newsschema: {exc}", EXIT_USAGE)


def _read_stdin() -> bytes:
    return read_stream(sys.stdin.buffer, name="<stdin>")


# --------------------------------------------------------------------------- convert


@main.command(epilog=_EXAMPLES)
@click.argument("inputs", nargs=-1)
@click.option(
    "--to",
    "to",
    metavar="FORMATS",
    help="Output format(s), comma-separated: the formats `newsschema formats` lists "
    f"(json, jsonld, nitf, ninjs, newsml), or {STREAM_FORMAT} (one newsschema JSON document "
    "per line). Default: the suffix of -o, else convert.to in the configuration, else json.",
)
@click.option(
    "--from",
    "from_",
    type=_FormatName(input_formats),
    help="Input format; by default from each file's suffix (.txt text, .json, .jsonld/.html "
    "JSON-LD, .xml NITF, .ninjs.json ninjs, .newsml.xml NewsML-G2), the content deciding "
    "between formats that share a suffix, else from its content.",
)
@click.option(
    "--ninjs-version",
    type=click.Choice(NINJS_VERSIONS),
    default=NINJS_VERSIONS[0],
    show_default=True,
    help="The ninjs version --to ninjs writes (2.3: the widely deployed one).",
)
@click.option(
    "--ndjson-format",
    type=_FormatName(stream_formats),
    default="json",
    show_default=True,
    help=f"With --to {STREAM_FORMAT}: the format of each line (json, or ninjs with "
    "--ninjs-version).",
)
@click.option(
    "--newsml-body",
    type=click.Choice(NEWSML_BODIES),
    default=NEWSML_BODIES[0],
    show_default=True,
    help="The body of a NewsML-G2 item (--to newsml): NITF 3.6 or XHTML, in inlineXML.",
)
@click.option(
    "-o", "--output", metavar="FILE", help="Output file for a single input (always written)."
)
@click.option("--encoding", metavar="NAME", callback=_encoding, help=_ENCODING_HELP)
@click.option(
    "--out-dir",
    # a string, not a Path: with --engine dask it is a URL (s3://bucket/out)
    type=click.Path(file_okay=False),
    help="Write one file per input and format here, keeping each input's relative path "
    "(with --engine dask: a folder or a URL).",
)
@click.option(
    "--from-list",
    # surrogateescape: a name that is not UTF-8 stays the bytes it is on disk (POSIX names)
    type=click.File("r", encoding="utf-8", errors="surrogateescape"),
    help="Read input paths from this file, one per line (- for stdin).",
)
@click.option(
    "--update",
    is_flag=True,
    help="With --out-dir: skip inputs whose outputs are newer than the input and were "
    "written with the same options (and newsschema version).",
)
@click.option("--overwrite", is_flag=True, hidden=True, help="The default: every output written.")
@click.option("--publisher-name", help="Publisher name for JSON-LD and NITF.")
@click.option(
    "--publisher-url", callback=_checked("publisher.url"), help="Publisher home page URL."
)
@click.option("--publisher-logo", callback=_checked("publisher.logo"), help="Publisher logo URL.")
@click.option(
    "--profile", "profile_file", metavar="FILE", type=click.Path(dir_okay=False), help=_PROFILE_HELP
)
@click.option("--no-profile", is_flag=True, help=_NO_PROFILE_HELP)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: CPU count)."
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="The time an input may take per MB (at least this for any input); past it the "
    "input fails and a batch goes on. 0: no limit. Default: 5.",
)
@click.option(
    "--follow-symlinks",
    is_flag=True,
    help="In folders and patterns, also read links that point outside them.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress line, warnings or summary.")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="In a batch, print every file's warnings and every skip (by default the summary "
    "counts them).",
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
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: worker processes on this machine; dask: a Dask cluster, inputs and "
    "--out-dir as URLs (s3://, gs://, file://; pip install 'newsschema[dask]').",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: the scheduler to run on (tcp://host:8786); default: a local cluster.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="With --engine dask and no --scheduler: worker processes of the local cluster "
    "(default: CPU count).",
)
@click.option(
    "--out-format",
    type=click.Choice(["files", "ndjson", "parquet"]),
    help="With --engine dask: one file per input and format (files, the default), or one "
    "NDJSON or Parquet file per partition of newsschema JSON.",
)
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    help="With --engine dask: inputs per partition (one task; default 1000).",
)
@click.option(
    "--report-html",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="At the end, write a quality report of the batch (fill rates, Google readiness, "
    "warnings, failures) as one HTML page.",
)
@click.option(
    "--report-json",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="At the end, write the quality report's numbers as JSON.",
)
def convert(
    *,
    inputs: tuple[str, ...],
    to: str | None,
    from_: str | None,
    ninjs_version: str,
    newsml_body: str,
    ndjson_format: str,
    encoding: str | None,
    output: str | None,
    out_dir: str | None,
    from_list: IO[str] | None,
    update: bool,
    overwrite: bool,  # the default (kept so that scripts using it run); dask: no resuming
    publisher_name: str | None,
    publisher_url: str | None,
    publisher_logo: Logo | None,
    profile_file: str | None,
    no_profile: bool,
    jobs: int | None,
    timeout: float | None,
    follow_symlinks: bool,
    quiet: bool,
    verbose: bool,
    fail_fast: bool,
    fail_on: str,
    report_html: str | None,
    report_json: str | None,
    engine: str,
    **dask_options: Any,  # --scheduler, --workers, --out-format, --partition-size
) -> None:
    """Convert article INPUTS (files, folders, glob patterns, - for stdin)."""
    settings = _settings(
        {
            "publisher.name": publisher_name,
            "publisher.url": publisher_url,
            "publisher.logo": publisher_logo,
            "convert.to": to,
            "convert.jobs": jobs,
            "convert.timeout": timeout,
        }
    )
    formats = _output_formats(to, output, settings)
    names = _input_names(inputs, from_list)
    flags = {"name": publisher_name, "url": publisher_url, "logo": publisher_logo}
    options = BatchOptions(
        formats=formats,
        input_format=from_,
        write=WriteOptions(
            ninjs_version=ninjs_version, newsml_body=newsml_body, stream_format=ndjson_format
        ),
        # with a profile, the publisher is in it
        publisher=_flag_publisher(flags) if no_profile else None,
        profile=_profile(settings, profile_file, no_profile=no_profile, flags=flags),
        encoding=encoding,
    )
    if _check_engine(engine, click.get_current_context().params, names, out_dir):
        asked = {"quiet": quiet, "verbose": verbose, "overwrite": overwrite, "fail_on": fail_on}
        _convert_on_dask(names, str(out_dir), options, {**dask_options, **asked})
    _check_destinations(formats, output=output, out_dir=out_dir, update=update)
    options = attrs.evolve(
        options,
        out_dir=Path(out_dir) if out_dir is not None else None,
        output=output,
        fail_fast=fail_fast,
        jobs=settings.get("convert.jobs"),
        timeout=settings.get("convert.timeout"),
        follow_symlinks=follow_symlinks,
        report=bool(report_html or report_json),
    )
    tasks, several = _open_tasks(names, options)
    options = _record_options(options, update=update, quiet=quiet)
    progress = Progress(
        count_inputs(names, follow_symlinks=follow_symlinks) if several else 0,
        enabled=not quiet and several and sys.stderr.isatty(),
    )
    console = Console(progress)
    # one input: its warnings and a skip are always told (there is no summary)
    summary = Summary(
        console,
        print_warnings=not quiet and (verbose or not several),
        verbose=verbose or not several,
    )
    quality = QualityReport() if options.report else None
    _run(tasks, options, summary, progress, quality)
    if several and not quiet:
        summary.report(time.monotonic() - progress.start)
    if quality is not None:
        _write_quality(quality, [(report_html, "html"), (report_json, "json")])
    failed = summary.failed or (fail_on == "warning" and summary.warnings)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _output_formats(to: str | None, output: str | None, settings: Settings) -> tuple[str, ...]:
    """--to, else the suffix of -o, else the configuration; -o and --to must agree."""
    implied = formats_of_output(output) if output not in (None, STDIN) else ()
    if to is None:
        return implied[:1] or settings.formats()
    try:
        formats = check_output_formats(to.split(","))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--to") from None
    # a suffix formats share (.json: json or ninjs) takes any of them
    if implied and (len(formats) != 1 or formats[0] not in implied):
        raise click.UsageError(
            f"-o {output} names a {' or '.join(implied)} file but --to asks for "
            f"{','.join(formats)}; change one of them (or leave --to out: the suffix decides)"
        )
    return formats


def _input_names(inputs: tuple[str, ...], from_list: IO[str] | None) -> list[str]:
    names = list(inputs)
    if from_list is not None:
        # click's wrapper of stdin (with our encoding and errors) has no name of its own
        if STDIN in names and getattr(from_list, "name", None) in (STDIN, "<stdin>", None):
            raise click.UsageError("stdin can be read once: --from-list - and - together")
        names += [line.strip() for line in from_list if line.strip()]
    if not names:
        raise click.UsageError("no input given; name files, folders, patterns or - for stdin")
    return names


_DASK_ONLY = ("scheduler", "workers", "out_format", "partition_size")
_LOCAL_ONLY = (
    "output",
    "jobs",
    "timeout",
    "fail_fast",
    "follow_symlinks",
    "report_html",
    "report_json",
)


def _check_engine(
    engine: str, given: dict[str, Any], names: list[str], out_dir: str | None
) -> bool:
    """Whether to run on Dask; options that the engine does not take are usage errors."""
    wrong = _DASK_ONLY if engine == "local" else _LOCAL_ONLY
    for name in wrong:
        if given.get(name) not in (None, False):
            option = "--" + name.replace("_", "-")
            raise click.UsageError(f"{option} does not go with --engine {engine}")
    if engine == "local":
        return False
    if given.get("scheduler") and given.get("workers"):
        raise click.UsageError("--workers starts a local cluster: not with --scheduler")
    if out_dir is None:
        raise click.UsageError("--engine dask writes to --out-dir (a folder or a URL)")
    if STDIN in names:
        raise click.UsageError("--engine dask reads files and URLs, not stdin")
    return True


def _convert_on_dask(
    names: list[str], out: str, options: BatchOptions, params: dict[str, Any]
) -> NoReturn:
    quiet = bool(params["quiet"])
    asked = DaskRun(
        scheduler=params["scheduler"],
        workers=params["workers"],
        out_format=params["out_format"] or "files",
        partition_size=params["partition_size"],
        resume=not params["overwrite"],
        quiet=quiet,
        verbose=bool(params["verbose"]),
        progress=not quiet and sys.stderr.isatty(),
        fail_on_warning=params["fail_on"] == "warning",
    )
    sys.exit(run_on_dask(names, out, options, asked))


def _check_destinations(
    formats: tuple[str, ...], *, output: str | None, out_dir: str | None, update: bool
) -> None:
    if output and out_dir:
        raise click.UsageError("use either -o/--output or --out-dir, not both")
    if formats == (STREAM_FORMAT,) and out_dir is not None:
        raise click.UsageError(
            f"--to {STREAM_FORMAT} writes one stream: give -o FILE (or nothing, for stdout), "
            "not --out-dir"
        )
    if len(formats) > 1 and out_dir is None:
        raise click.UsageError("several formats need --out-dir (one file per format)")
    if update and out_dir is None:
        raise click.UsageError("--update needs --out-dir (-o always writes its file)")


def _open_tasks(names: list[str], options: BatchOptions) -> tuple[Iterator[Task], bool]:
    """The tasks, and whether there are several: known once two are planned (a folder or a
    pattern may hold a single file), so one input always goes to stdout or -o."""
    problem = out_dir_problem(names, options)
    if problem:
        raise click.UsageError(f"{problem}: its outputs would be read back as inputs")
    planned = map(_task_or_failure, iter_tasks(names, options))
    first = list(itertools.islice(planned, 2))
    several = len(first) > 1
    if several and options.formats != (STREAM_FORMAT,) and options.out_dir is None:
        raise click.UsageError(
            "several inputs need --out-dir (one file each), or --to ndjson for one stream"
        )
    return itertools.chain(first, planned), several


def _task_or_failure(item: Task | Missing) -> Task:
    """A name that matched nothing becomes a task that fails at once, in its place."""
    if isinstance(item, Task):
        return item
    if item.folder:
        reason = f"is a folder with no article files (.txt, .md, {REGISTRY.suffix_list()})"
    else:
        reason = "no such file, folder or matching pattern"
    return Task(-1, item.name, "", error=f"{item.name}: {reason}")


def _record_options(options: BatchOptions, *, update: bool, quiet: bool) -> BatchOptions:
    """Remember in --out-dir which options its outputs are written with, so that --update
    (now or later) never keeps an output the current options would write otherwise."""
    if options.out_dir is None:
        return options
    since, changed = update_since(options.out_dir, options, create=update)
    if update and changed and not quiet:
        _err(
            f"newsschema: no record that the outputs in {options.out_dir} were written with "
            "these options: converting every input"
        )
    return attrs.evolve(options, update_since=since if update else None)


def _run(
    tasks: Iterator[Task],
    options: BatchOptions,
    summary: Summary,
    progress: Progress,
    quality: QualityReport | None = None,
) -> None:
    """Convert, pass every result to the summary and its stream to stdout or -o; on Ctrl-C
    stop after the input in hand (exit 130), leaving no partial file."""
    sink = _open_sink(options)
    stop = StopOnInterrupt()
    try:
        # in worker processes even for one input: its time budget and a worker's death
        # (out of memory) are then handled as in a batch
        results = run_batch(tasks, options, stopping=lambda: stop.requested)
        for result in results:
            _take(result, summary, progress, sink)
            if quality is not None:
                quality.add_result(result)
            if (options.fail_fast and result.error is not None) or stop.requested:
                break
        results.close()  # stops the workers and removes what they left half-written
        if stop.requested:
            _interrupted(sink, progress)
        if sink is not None:
            sink.commit()
    except KeyboardInterrupt:
        _interrupted(sink, progress)
    except NewsschemaError as exc:  # the stream could not be written (a full disk)
        if sink is not None:
            sink.discard()
        progress.clear()
        _fail(f"error: {exc}")
    except BaseException:
        if sink is not None:
            sink.discard()
        raise
    finally:
        stop.restore()
        progress.clear()


def _open_sink(options: BatchOptions) -> AtomicStream | None:
    """The -o file of a stream (--to ndjson), written whole or not at all."""
    if options.formats != (STREAM_FORMAT,) or options.output in (None, STDIN):
        return None
    try:
        return AtomicStream(str(options.output))
    except NewsschemaError as exc:
        _fail(f"error: {exc}")


def _take(
    result: FileResult, summary: Summary, progress: Progress, sink: AtomicStream | None
) -> None:
    summary.add(result)
    progress.step()
    if result.stream is not None:
        if sink is not None:
            sink.write(result.stream)
        else:
            sys.stdout.buffer.write(result.stream)
            sys.stdout.buffer.flush()


def _interrupted(sink: AtomicStream | None, progress: Progress) -> NoReturn:
    if sink is not None:
        sink.discard()
    progress.clear()
    _fail(
        "newsschema: interrupted; finished outputs are kept, no partial file is left",
        EXIT_INTERRUPTED,
    )


# --------------------------------------------------------------------------- inspect


@main.command()
@click.argument("file")
@click.option(
    "--from",
    "from_",
    type=_FormatName(input_formats),
    help="Input format (default: the suffix, else the content).",
)
@click.option("--encoding", metavar="NAME", callback=_encoding, help=_ENCODING_HELP)
@click.option(
    "--profile", "profile_file", metavar="FILE", type=click.Path(dir_okay=False), help=_PROFILE_HELP
)
@click.option("--no-profile", is_flag=True, help=_NO_PROFILE_HELP)
def inspect(
    *,
    file: str,
    from_: str | None,
    encoding: str | None,
    profile_file: str | None,
    no_profile: bool,
) -> None:
    """Show what was recognised in FILE (- for stdin): for text, one line per element with
    its line numbers, then what the publisher profile filled in (each line starting with
    "profile"), then warnings; then the article's main fields, "(profile)" after those that
    came from the profile."""
    source = "<stdin>" if file == STDIN else file
    profile = _profile(_settings({}), profile_file, no_profile=no_profile, flags={})
    try:
        data = _read_stdin() if file == STDIN else read_bytes(file)
        fmt = from_ or detect_input_format(file, data)
        result = (
            analyze_bytes(data, source=source, encoding=encoding)
            if fmt == "text"
            else ParseResult(load(data, fmt=fmt, source=source, encoding=encoding).article, (), ())
        )
    except NewsschemaError as exc:
        _fail(f"error: {exc.with_file(source)}")
    if profile is not None:
        result = apply_profile(result, profile)
    _show_elements(result)
    click.echo("")
    filled = _filled(result)
    for label, value in _summary_fields(result.article):
        mark = ""
        if label in filled:  # authors are completed, not named, by a profile
            mark = " (details from the profile)" if label == "authors" else " (profile)"
        click.echo(f"{label + ':':<16}{value}{mark}")


def _show_elements(result: ParseResult) -> None:
    for element in result.elements:
        click.echo(str(element))
    if result.encoding and result.encoding not in {"utf-8", "ascii"}:
        click.echo(f"(read as {result.encoding})")
    for warning in result.warnings:
        click.echo(f"warning: {warning} ({warning.code.value})")


def _filled(result: ParseResult) -> set[str]:
    """The summary fields whose value a profile gave or completed."""
    filled = set()
    for element in result.elements:
        if isinstance(element, ProfileElement):
            kind = element.kind.value
            label = element.detail.split(" ", 1)[0] if kind == "date" else kind
            filled.add({"author": "authors"}.get(label, label))
    return filled


def _summary_fields(article: Article) -> Iterator[tuple[str, str]]:
    yield "headline", article.headline or "(none)"
    authors = [p.name + (f" ({p.role})" if p.role else "") for p in article.authors]
    yield "authors", ", ".join(authors) or "(none)"
    if article.organizations:
        yield "organizations", ", ".join(o.name for o in article.organizations)
    yield from _date_fields(article)
    paragraphs = sum(isinstance(b, Paragraph) for b in article.body)
    yield "body", f"{len(article.body)} blocks, {paragraphs} paragraphs, {article.word_count} words"
    yield "language", article.language or "(unknown)"
    if article.keywords:
        yield "keywords", ", ".join(article.keywords)
    if article.furniture:
        kinds = ", ".join(dict.fromkeys(f.kind.value for f in article.furniture))
        count = len(article.furniture)
        yield "furniture", f"{count} line{'s' * (count != 1)} ({kinds})"
    if article.url:
        yield "url", article.url
    if article.publisher is not None and article.publisher.name:
        yield "publisher", article.publisher.name


def _date_fields(article: Article) -> Iterator[tuple[str, str]]:
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


# --------------------------------------------------------------------------- report


def _write_quality(
    quality: QualityReport, targets: list[tuple[str | None, str]], title: str | None = None
) -> None:
    """Write the report in each (file or - for stdout, format) asked for."""
    for target, fmt in targets:
        if target is None:
            continue
        base = "." if target == STDIN else str(Path(target).parent)
        if fmt == "json":
            text = quality.to_json()
        else:
            text = quality.to_html(title=title or "newsschema quality report", base=base)
        if target == STDIN:
            sys.stdout.buffer.write(text.encode("utf-8"))
            sys.stdout.buffer.flush()
            continue
        try:
            atomic_write(target, text.encode("utf-8"))
        except NewsschemaError as exc:
            _fail(f"error: {exc}")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    default=STDIN,
    help="Where the report goes (default: stdout).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "json"]),
    help="html (one self-contained page) or json (the same numbers); default: from the "
    "suffix of -o (.json: json), else html.",
)
@click.option(
    "--from",
    "from_",
    type=_FormatName(input_formats),
    help="Read every file in this format (default: from each file's suffix, else its content).",
)
@click.option("--title", help="The report's title.")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: CPU count)."
)
@click.option(
    "--follow-symlinks", is_flag=True, help="In folders, also read links that point outside."
)
@click.option("-q", "--quiet", is_flag=True, help="No summary line on stderr.")
def report(
    *,
    paths: tuple[str, ...],
    output: str,
    fmt: str | None,
    from_: str | None,
    title: str | None,
    jobs: int | None,
    follow_symlinks: bool,
    quiet: bool,
) -> None:
    """A quality report over articles in PATHS (files, folders, patterns): converted
    outputs (JSON, JSON-LD, NITF, ninjs, NewsML-G2) or text inputs, each read first.

    Fill rate of every field (overall, per site, per language), publication dates,
    languages and lengths, Google readiness of the JSON-LD with the profile key that fixes
    each gap, the most frequent warnings and the failures, with example files. Exits 1
    when some file could not be read (the report counts it).
    """
    if STDIN in paths:
        raise click.UsageError("report reads files and folders, not stdin")
    as_json = fmt == "json" or (fmt is None and Path(output).suffix.lower() == ".json")
    try:
        quality = build_report(
            paths, input_format=from_, jobs=jobs, follow_symlinks=follow_symlinks
        )
    except KeyboardInterrupt:
        _fail("newsschema: interrupted; no report written", EXIT_INTERRUPTED)
    _write_quality(quality, [(output, "json" if as_json else "html")], title)
    if not quiet:
        _err(
            f"newsschema: {quality.articles} articles, {quality.failed} failed, "
            f"{quality.skipped} skipped, {quality.warnings} warnings; "
            f"{quality.google_ready} Google-ready"
        )
    sys.exit(EXIT_FAILED if quality.failed else EXIT_OK)


# --------------------------------------------------------------------------- validate


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=_FormatName(_document_formats),
    help="Document format; by default from each file's suffix, else from its content.",
)
@click.option("--strict", is_flag=True, default=None, help="Treat warnings as failures.")
@click.option(
    "--xsd",
    type=click.Path(dir_okay=False, exists=True),
    help="Validate NITF (also inside NewsML-G2) with this XSD.",
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
    help="Report format: junit or json (default: from the suffix of --report, else junit); "
    "json without --report prints the report on stdout instead of one line per problem.",
)
@click.option(
    "--follow-symlinks", is_flag=True, help="In folders, also read links that point outside."
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
    follow_symlinks: bool,
    quiet: bool,
) -> None:
    """Validate JSON, JSON-LD, NITF, ninjs and NewsML-G2 documents (files, folders, - for
    stdin) for CI; each document's format from --format, else its suffix and content.

    Every problem prints as FILE:LINE-OR-PATH: MESSAGE. A folder without documents
    fails: nothing to validate. NITF is checked against IPTC's NITF 3.6 XML Schema; an
    older NITF without the namespace (3.2 to 3.5) is checked as 3.6 with its elements put
    in the namespace, with a warning saying so. ninjs is checked against the official
    schema of its version, format checks on; NewsML-G2 against the official 2.35 XML
    Schema, and the NITF inside it as NITF (--xsd and --nitf-profile apply to it).
    """
    settings = _settings({"validate.strict": strict})
    report_as = _report_format(report, report_format) if report else None
    try:
        stdin = _read_stdin() if STDIN in paths else None
    except NewsschemaError as exc:
        _fail(f"error: {exc}")
    outcome: ValidationReport = validate_paths(
        paths,
        fmt=fmt,
        strict=bool(settings.get("validate.strict")),
        xsd=xsd,
        stdin=stdin,
        follow_symlinks=follow_symlinks,
        nitf_profile=nitf_profile,
    )
    if report_format == "json" and not report:
        # a machine-readable report on stdout instead of the lines
        sys.stdout.buffer.write(report_bytes(outcome, "json"))
    else:
        for line in _problem_lines(outcome, quiet=quiet):
            click.echo(line)
    if report and report_as:
        try:
            write_report(outcome, report, report_as)
        except NewsschemaError as exc:
            _fail(f"error: {exc}")
    if not quiet:
        skipped = f", {outcome.skipped} skipped" if outcome.skipped else ""
        _err(
            f"newsschema: {outcome.passed} passed, {outcome.failed} failed{skipped}, "
            f"{outcome.warning_count} warnings"
        )
    sys.exit(EXIT_FAILED if outcome.failed else EXIT_OK)


def _report_format(report: str, asked: str | None) -> str:
    """--report-format, else the report's suffix (.json: json), else junit; they agree."""
    implied = {".json": "json", ".xml": "junit"}.get(Path(report).suffix.lower())
    if asked and implied and asked != implied:
        raise click.UsageError(f"--report {report} names a {implied} file, not {asked}")
    return asked or implied or "junit"


def _problem_lines(outcome: ValidationReport, *, quiet: bool) -> Iterator[str]:
    for doc in outcome.documents:
        if doc.skipped is not None:
            if not quiet:
                yield f"{doc.path}: skipped: {doc.skipped}"
            continue
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


# --------------------------------------------------------------------------- formats


@main.command("formats")
def formats_command() -> None:
    """List the document formats: name, media type, and file suffixes (the first one is
    written; a suffix several formats share is told apart by content)."""
    for fmt in REGISTRY:
        click.echo(f"{fmt.name:<8}  {fmt.media_type:<38}  {' '.join(fmt.suffixes)}")
    click.echo(f"{TEXT_FORMAT:<8}  {'text/plain':<38}  .txt .text .md .markdown (input only)")
    click.echo(f"{STREAM_FORMAT:<8}  {'application/x-ndjson':<38}  .ndjson .jsonl (output only)")


# --------------------------------------------------------------------------- config


@main.command("config")
def config_command() -> None:
    """Print the effective configuration and where each value came from."""
    try:
        settings = load_settings()
    except NewsschemaError as exc:
        _fail(f"error: {exc}")
    width = max(map(len, KEYS))
    for key in KEYS:
        setting = settings.values[key]
        click.echo(f"{key:<{width}}  {_shown(key, setting.value):<40}  ({setting.source})")


def _shown(key: str, value: Any) -> str:
    """A setting's value as ``config`` prints it: site tables by host, directories by name."""
    if key == "sites":
        return ", ".join(site.host for site in value) or "(none)"
    if key == "authors":
        return ", ".join(author.name for author in value) or "(none)"
    if isinstance(value, Logo):
        sizes = f" ({value.width}x{value.height})" if value.width and value.height else ""
        return repr(value.url) + sizes
    return repr(value)


def __getattr__(name: str) -> tuple[str, ...]:
    # the name benchmarks/run.py imports from here; the registry's list, read when asked
    if name == "OUTPUT_FORMATS":
        return output_formats()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":  # pragma: no cover
    main()
