"""One input document -> an article -> output documents; the steps the CLI chains.

Library code: no printing, no exit codes. Each step returns typed results and
raises :class:`~newsschema.errors.NewsschemaError` subclasses naming the file.

The names of formats and the file suffixes that imply them live here and in
:mod:`newsschema.formats` only; the command line reads them from here.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterable
from pathlib import Path

import attrs

from newsschema._gaps import Gap
from newsschema._io import read_bytes
from newsschema._normalize import normalize
from newsschema._text.codes import ParseWarning, WarningCode
from newsschema._text.decode import decode as decode_text
from newsschema._text.reader import ParseResult, read_article
from newsschema.errors import NewsschemaError, NotAnArticleError
from newsschema.formats import FORMATS, by_extension, get_format
from newsschema.model import Article, Organization

__all__ = [
    "INPUT_FORMATS",
    "OUTPUT_FORMATS",
    "STREAM_FORMAT",
    "Loaded",
    "Rendered",
    "analyze_bytes",
    "check_output_formats",
    "detect_input_format",
    "format_of_output",
    "is_input_file",
    "load",
    "load_file",
    "output_suffix",
    "render",
    "sniff",
    "with_publisher",
]

TEXT_FORMAT = "text"
STREAM_FORMAT = "ndjson"
"""One JSON document per line, all inputs in one stream."""
INPUT_FORMATS = (TEXT_FORMAT, *FORMATS)
OUTPUT_FORMATS = (*FORMATS, STREAM_FORMAT)

_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
_PAGE_SUFFIXES = frozenset({".html", ".htm"})  # saved web pages: their JSON-LD is read
_STREAM_SUFFIXES = frozenset({".ndjson", ".jsonl"})
# the names newsschema gives its ninjs and NewsML-G2 outputs, read back in their format
_DOUBLE_SUFFIXES = {".ninjs.json": "ninjs", ".newsml.xml": "newsml"}


def _suffix_format(name: str) -> str | None:
    """The input format a file name tells, or ``None`` when it tells none."""
    suffix = Path(name).suffix.lower()
    double = "".join(Path(name).suffixes[-2:]).lower()
    if double in _DOUBLE_SUFFIXES:
        return _DOUBLE_SUFFIXES[double]
    if suffix in _TEXT_SUFFIXES:
        return TEXT_FORMAT
    if suffix in _PAGE_SUFFIXES:
        return "jsonld"
    return by_extension(suffix)


def detect_input_format(name: str, data: bytes | None = None) -> str:
    """The input format of ``name``: from its suffix, else from its content (``data``: a
    JSON, JSON-LD or NITF document, or a web page), else plain text."""
    fmt = _suffix_format(name)
    if fmt is not None:
        return fmt
    found = sniff(data) if data is not None else None
    return found[0] if found is not None else TEXT_FORMAT


def is_input_file(name: str) -> bool:
    """Names a folder walk picks up: the suffixes newsschema reads."""
    return _suffix_format(name) is not None


def format_of_output(name: str) -> str | None:
    """The output format an output file's suffix names (``a.xml`` -> ``nitf``), if any."""
    suffix = Path(name).suffix.lower()
    return STREAM_FORMAT if suffix in _STREAM_SUFFIXES else by_extension(suffix)


def output_suffix(fmt: str) -> str:
    """The file extension written for output format ``fmt``."""
    if fmt == STREAM_FORMAT:
        return ".ndjson"
    suffix: str = get_format(fmt).EXTENSIONS[0]
    return suffix


def check_output_formats(items: Iterable[str]) -> tuple[str, ...]:
    """Output format names, checked: known, and the stream format alone. Raises
    :class:`ValueError` saying what was expected."""
    names = tuple(dict.fromkeys(str(v).strip().lower() for v in items if str(v).strip()))
    unknown = [v for v in names if v not in OUTPUT_FORMATS]
    if unknown:
        raise ValueError(
            f"unknown format {', '.join(unknown)}; expected {', '.join(OUTPUT_FORMATS)}"
        )
    if not names:
        raise ValueError(f"no format given; expected {', '.join(OUTPUT_FORMATS)}")
    if STREAM_FORMAT in names and len(names) > 1:
        raise ValueError(f"{STREAM_FORMAT} cannot be combined with other formats")
    return names


# --------------------------------------------------------------------------- sniffing

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# a JSON object opens with a key (or closes at once); an array with a value that is
# one of those, a string, or nothing: not '{River}' nor '[Headline](url)'
_JSON_START = re.compile(r"\{\s*[\"}]|\[\s*(?:[\"\]\[]|\{\s*[\"}])")
_JSON_LD_KEYS = ('"@context"', '"@type"', '"@graph"')


def _head(data: bytes, size: int) -> str:
    """The first characters of ``data`` (about ``size`` bytes), decoded leniently."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) : len(bom) + size].decode(encoding, "ignore")
    return data[:size].decode("utf-8", "ignore")


def _skip_comments(text: str) -> str:
    text = text.lstrip()
    while text.startswith("<!--"):
        end = text.find("-->")
        if end < 0:
            return ""
        text = text[end + 3 :].lstrip()
    return text


def sniff(data: bytes) -> tuple[str, str] | None:
    """The document format ``data`` starts like, with words for it: ``json`` or ``jsonld``
    (a JSON object, or an array of them), ``nitf`` (an XML document) or ``jsonld`` (a web
    page, whose JSON-LD is read); ``None`` for anything else, read as article text.

    Only the start is looked at, and only forms no article text starts with: a markdown
    link (``[Headline](…)``) or an HTML tag in a markdown article is still text.
    """
    head = _skip_comments(_head(data, 4096))
    if _JSON_START.match(head):
        sample = _head(data, 65536)
        if '"schemaVersion"' not in sample and any(key in sample for key in _JSON_LD_KEYS):
            return "jsonld", "a JSON-LD document"
        return "json", "a JSON document"
    lower = head[:512].lower()
    if lower.startswith("<?xml"):
        end = lower.find("?>")
        lower = _skip_comments(lower[end + 2 :]) if end >= 0 else ""
        if not lower.startswith(("<!doctype html", "<html")):
            return "nitf", "an XML document"
    if lower.startswith(("<!doctype html", "<html")):
        return "jsonld", "an HTML page"
    if lower.startswith(("<!doctype nitf", "<nitf")):
        return "nitf", "an XML document"
    return None


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
    """Read ``data`` in input format ``fmt`` (``text``, ``json``, ``jsonld``, ``nitf``).

    ``encoding`` names the encoding of the bytes and overrides what they declare (a
    ``<meta charset>``, an XML declaration); without it, text in an encoding that had to
    be guessed gets a warning naming the guess.
    """
    if fmt == TEXT_FORMAT:
        _refuse_documents(data, source)
        decoded = decode_text(data, file=source, encoding=encoding)
        result = read_article(decoded.text, source=source, record=False)
        return Loaded(result.article, _with_decoding(decoded.warning, result.warnings))
    if fmt not in FORMATS:
        raise NewsschemaError(f"cannot read format {fmt!r}", file=source)
    module = get_format(fmt)
    document: bytes | str = data
    if encoding is not None:
        document = decode_text(data, file=source, encoding=encoding).text
    if hasattr(module, "decode_with_warnings"):
        article, warnings = module.decode_with_warnings(document, source=source)
    else:  # a format module that does not report warnings: the model's edge is applied here
        article, fixes = normalize(module.decode(document, source=source))
        warnings = [str(fix) for fix in fixes]
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


def render(article: Article, fmt: str) -> Rendered:
    """Write ``article`` in output format ``fmt``, with the gaps its writer reports."""
    if fmt == STREAM_FORMAT:
        from newsschema.formats import json as json_format  # noqa: PLC0415

        return Rendered(fmt, json_format.encode(article, indent=None))
    data, warnings = get_format(fmt).encode_with_warnings(article)
    typed = (w if isinstance(w, Gap) else ParseWarning(WarningCode.FORMAT_GAP, w) for w in warnings)
    return Rendered(fmt, data, tuple(typed))
