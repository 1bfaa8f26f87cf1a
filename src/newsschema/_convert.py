"""One input document -> an article -> output documents; the steps the CLI chains.

Library code: no printing, no exit codes. Each step returns typed results and
raises :class:`~newsschema.errors.NewsschemaError` subclasses naming the file.

The formats, their suffixes and how their content is told apart live in the format
registry (:data:`newsschema.formats.REGISTRY`) only; here are the two inputs that are
no document format (article text) and no registered format (the NDJSON stream).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

import attrs

from newsschema._gaps import Gap
from newsschema._io import read_bytes
from newsschema._text.codes import ParseWarning, WarningCode
from newsschema._text.decode import decode as decode_text
from newsschema._text.reader import ParseResult, read_article
from newsschema.errors import NewsschemaError, NotAnArticleError
from newsschema.formats import REGISTRY, WriteOptions
from newsschema.model import Article, Organization

__all__ = [
    "STREAM_FORMAT",
    "TEXT_FORMAT",
    "Loaded",
    "Rendered",
    "analyze_bytes",
    "check_output_formats",
    "detect_input_format",
    "format_of_output",
    "formats_of_output",
    "input_formats",
    "input_stem",
    "is_input_file",
    "load",
    "load_file",
    "output_formats",
    "output_suffix",
    "render",
    "sniff",
    "stream_formats",
    "with_publisher",
]

TEXT_FORMAT = "text"
STREAM_FORMAT = "ndjson"
"""One JSON document per line, all inputs in one stream."""

_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
_STREAM_SUFFIXES = frozenset({".ndjson", ".jsonl"})


def input_formats() -> tuple[str, ...]:
    """What ``--from`` takes: article text and every registered format."""
    return (TEXT_FORMAT, *REGISTRY.names())


def output_formats() -> tuple[str, ...]:
    """What ``--to`` takes: every registered format and the NDJSON stream."""
    return (*REGISTRY.names(), STREAM_FORMAT)


def _suffix_format(name: str) -> str | None:
    """The input format a file name tells (the first of those sharing its suffix), or
    ``None`` when it tells none."""
    if Path(name).suffix.lower() in _TEXT_SUFFIXES:
        return TEXT_FORMAT
    found = REGISTRY.by_name(name, inputs=True)
    return found[0].name if found else None


def detect_input_format(name: str, data: bytes | None = None) -> str:
    """The input format of ``name``: from its suffix, the content (``data``) deciding
    between formats that share it (``.json``: newsschema JSON or ninjs; ``.xml``: NITF or
    NewsML-G2); without a known suffix from the content alone, else plain text."""
    if Path(name).suffix.lower() in _TEXT_SUFFIXES:
        return TEXT_FORMAT
    fmt = REGISTRY.detect(name, data)
    return fmt.name if fmt is not None else TEXT_FORMAT


def is_input_file(name: str) -> bool:
    """Names a folder walk picks up: the suffixes newsschema reads."""
    return _suffix_format(name) is not None


def input_stem(name: str) -> str:
    """An input's name without the suffix of its format (``a.newsml.xml`` -> ``a``,
    ``a.txt`` -> ``a``): the name its outputs take, each with the suffix of theirs."""
    if PurePosixPath(name).suffix.lower() in _TEXT_SUFFIXES:
        return str(PurePosixPath(name).with_suffix(""))
    return REGISTRY.stem(name)


def formats_of_output(name: str) -> tuple[str, ...]:
    """The output formats an output file's name allows, the one it implies first
    (``a.xml``: ``nitf`` or ``newsml``; ``a.newsml.xml``: ``newsml``); empty if none."""
    if Path(name).suffix.lower() in _STREAM_SUFFIXES:
        return (STREAM_FORMAT,)
    return tuple(f.name for f in REGISTRY.by_name(name))


def format_of_output(name: str) -> str | None:
    """The output format an output file's name implies (``a.xml`` -> ``nitf``,
    ``a.newsml.xml`` -> ``newsml``), if any."""
    found = formats_of_output(name)
    return found[0] if found else None


def output_suffix(fmt: str) -> str:
    """The file extension written for output format ``fmt``."""
    if fmt == STREAM_FORMAT:
        return ".ndjson"
    return REGISTRY.get(fmt).suffixes[0]


def check_output_formats(items: Iterable[str]) -> tuple[str, ...]:
    """Output format names, checked: known, and the stream format alone. Raises
    :class:`ValueError` saying what was expected."""
    known = output_formats()
    names = tuple(dict.fromkeys(str(v).strip().lower() for v in items if str(v).strip()))
    unknown = [v for v in names if v not in known]
    if unknown:
        raise ValueError(f"unknown format {', '.join(unknown)}; expected {', '.join(known)}")
    if not names:
        raise ValueError(f"no format given; expected {', '.join(known)}")
    if STREAM_FORMAT in names and len(names) > 1:
        raise ValueError(f"{STREAM_FORMAT} cannot be combined with other formats")
    return names


def sniff(data: bytes) -> tuple[str, str] | None:
    """The document format ``data`` starts like, with words for it (``a NewsML-G2
    document``); ``None`` for anything else, read as article text. The registered
    formats' sniffers decide (see :class:`~newsschema.formats._registry.Head`)."""
    found = REGISTRY.sniff(data)
    return (found[0].name, found[1].what) if found is not None else None


def _refuse_documents(data: bytes, source: str | None) -> None:
    """Article text is not a JSON or XML document: reading one as text would make its
    first line the headline."""
    found = sniff(data)
    if found is not None:
        fmt, what = found
        raise NotAnArticleError(
            f"is {what}, not article text; to read it, name the format: "
            f"convert --from {fmt} (newsschema.from_{fmt} in Python)",
            file=source,
        )


# --------------------------------------------------------------------------- steps


@attrs.frozen
class Loaded:
    """An article read from one input, with what the reader noticed."""

    article: Article
    warnings: tuple[ParseWarning | Gap, ...] = ()


@attrs.frozen
class Rendered:
    """One output document and the gaps its writer reported, each with a code: a
    :class:`~newsschema._gaps.Gap` where the writer types it, else ``format-gap``."""

    fmt: str
    data: bytes
    warnings: tuple[ParseWarning | Gap, ...] = ()


def load(
    data: bytes, *, fmt: str, source: str | None = None, encoding: str | None = None
) -> Loaded:
    """Read ``data`` in input format ``fmt`` (``text``, or a registered format).

    ``encoding`` names the encoding of the bytes and overrides what they declare (a
    ``<meta charset>``, an XML declaration); without it, text in an encoding that had to
    be guessed gets a warning naming the guess.
    """
    if fmt == TEXT_FORMAT:
        _refuse_documents(data, source)
        decoded = decode_text(data, file=source, encoding=encoding)
        result = read_article(decoded.text, source=source, record=False)
        return Loaded(result.article, _with_decoding(decoded.warning, result.warnings))
    if fmt not in REGISTRY:
        raise NewsschemaError(f"cannot read format {fmt!r}", file=source)
    document: bytes | str = data
    if encoding is not None:
        document = decode_text(data, file=source, encoding=encoding).text
    article, warnings = REGISTRY.get(fmt).read(document, source=source)
    return Loaded(article, tuple(ParseWarning(WarningCode.INPUT_FIXED, w) for w in warnings))


def load_file(
    path: str | os.PathLike[str], fmt: str | None = None, *, encoding: str | None = None
) -> Loaded:
    """Read one input file, its format from ``fmt``, its suffix or its content."""
    name = os.fspath(path)
    data = read_bytes(name)
    fmt = fmt or detect_input_format(name, data)
    return load(data, fmt=fmt, source=name, encoding=encoding)


def analyze_bytes(
    data: bytes, *, source: str | None = None, encoding: str | None = None
) -> ParseResult:
    """Article text read with its map of elements and the encoding it was read in."""
    _refuse_documents(data, source)
    decoded = decode_text(data, file=source, encoding=encoding)
    result = read_article(decoded.text, source=source)
    warnings = _with_decoding(decoded.warning, result.warnings)
    return ParseResult(result.article, result.elements, warnings, decoded.encoding)


def _with_decoding(
    warning: str | None, warnings: tuple[ParseWarning | Gap, ...]
) -> tuple[ParseWarning | Gap, ...]:
    """The reader's warnings, after the decoder's guess of an encoding if it made one."""
    if warning is None:
        return warnings
    return (ParseWarning(WarningCode.ENCODING_GUESSED, warning), *warnings)


def with_publisher(article: Article, publisher: Organization | None) -> Article:
    """The article with ``publisher``'s details (configuration) over its own (front matter)."""
    if publisher is None:
        return article
    own = article.publisher
    merged = Organization(
        name=publisher.name or (own.name if own else ""),
        url=publisher.url or (own.url if own else None),
        logo=publisher.logo or (own.logo if own else None),
    )
    return attrs.evolve(article, publisher=merged)


def stream_formats() -> tuple[str, ...]:
    """The formats an NDJSON stream can hold a line of: those whose documents are JSON."""
    return tuple(f.name for f in REGISTRY if f.media_type.endswith(("/json", "+json")))


def render(article: Article, fmt: str, options: WriteOptions | None = None) -> Rendered:
    """Write ``article`` in output format ``fmt`` (with ``options``), with the gaps its
    writer reports; the stream (``ndjson``) as one line of ``options.stream_format``."""
    options = options or WriteOptions()
    if fmt == STREAM_FORMAT and options.stream_format == "json":
        from newsschema.formats import json as json_format  # noqa: PLC0415

        return Rendered(fmt, json_format.encode(article, indent=None))
    if fmt == STREAM_FORMAT:
        from newsschema.formats._jsontext import dump_bytes, loads  # noqa: PLC0415

        data, warnings = REGISTRY.get(options.stream_format).write(article, options)
        # one line: the document again without indentation (JSON has no other line break)
        return Rendered(fmt, dump_bytes(loads(data), indent=None), _typed(warnings))
    data, warnings = REGISTRY.get(fmt).write(article, options)
    return Rendered(fmt, data, _typed(warnings))


def _typed(warnings: Sequence[str | Gap]) -> tuple[ParseWarning | Gap, ...]:
    """A writer's gaps, each with a code: its own where it is typed, else ``format-gap``."""
    return tuple(
        w if isinstance(w, Gap) else ParseWarning(WarningCode.FORMAT_GAP, w) for w in warnings
    )
