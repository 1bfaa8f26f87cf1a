"""The public functions behind ``import newsschema``.

Heavy parts (cattrs, jsonschema, lxml) are imported on first use, so that
``import newsschema`` stays light.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any, Literal, overload

from newsschema._io import read_bytes
from newsschema._profiles import Profile, apply_profile
from newsschema._text.reader import ParseResult, read_article
from newsschema.errors import Problem
from newsschema.model import Article, Organization

__all__ = [
    "analyze",
    "analyze_file",
    "from_json",
    "from_jsonld",
    "from_newsml",
    "from_ninjs",
    "from_nitf",
    "jsonld_warnings",
    "newsml_warnings",
    "ninjs_warnings",
    "parse",
    "parse_file",
    "to_json",
    "to_jsonld",
    "to_jsonld_string",
    "to_newsml",
    "to_ninjs",
    "to_nitf",
    "validate_json",
    "validate_jsonld",
    "validate_newsml",
    "validate_ninjs",
    "validate_nitf",
]


def analyze(text: str, *, source: str | None = None, profile: Profile | None = None) -> ParseResult:
    """Read article text; returns the article with the map of what was found and warnings.

    With ``profile``, what it knows is filled in afterwards (:func:`apply_profile`): the
    map then ends with a :class:`ProfileElement` for every value it gave.
    """
    result = read_article(text, source=source)
    return result if profile is None else apply_profile(result, profile)


def analyze_file(
    path: str | os.PathLike[str], *, encoding: str | None = None, profile: Profile | None = None
) -> ParseResult:
    """Read an article file (UTF-8 with or without BOM, CRLF, legacy encodings).

    ``encoding`` names the file's encoding; without it, an encoding that had to be
    guessed (the file is not UTF-8) is named in the first warning. A JSON, JSON-LD, NITF
    or HTML document is refused with an :class:`~newsschema.errors.InputError`: it is not
    article text. ``profile`` as for :func:`analyze`.
    """
    from newsschema._convert import analyze_bytes  # noqa: PLC0415 - formats load lazily

    name = os.fspath(path)
    result = analyze_bytes(read_bytes(name), source=name, encoding=encoding)
    return result if profile is None else apply_profile(result, profile)


def parse(text: str, *, source: str | None = None) -> Article:
    """Read article text into an :class:`Article`.

    Raises :class:`~newsschema.errors.InputError` (naming ``source`` and the line)
    when the text is not an article.
    """
    return read_article(text, source=source, record=False).article


def parse_file(path: str | os.PathLike[str], *, encoding: str | None = None) -> Article:
    """Read an article file into an :class:`Article`.

    ``encoding`` names the file's encoding (``cp1252``, ``koi8-r`` ...); by default UTF-8,
    or a byte-order mark's, or a legacy encoding guessed from the text (see
    :func:`analyze_file` for the warning that names the guess). An unknown name, or a
    codec that is not a text encoding, raises :class:`~newsschema.errors.ConfigError`.
    A JSON, JSON-LD, NITF or HTML document is refused with an
    :class:`~newsschema.errors.InputError` (read those with :func:`from_json`,
    :func:`from_jsonld`, :func:`from_nitf`).
    """
    from newsschema._convert import load_file  # noqa: PLC0415 - formats load lazily

    return load_file(path, "text", encoding=encoding).article


def to_json(article: Article, *, indent: int | None = 2) -> str:
    """The article in newsschema JSON (valid against ``schemas/article.schema.json``)."""
    from newsschema.formats import json as fmt  # noqa: PLC0415 - cattrs loads on first use

    return fmt.dumps(article, indent=indent)


def from_json(text: str | bytes, *, source: str | None = None) -> Article:
    """An article from newsschema JSON; raises :class:`~newsschema.errors.FormatError`."""
    from newsschema.formats import json as fmt  # noqa: PLC0415

    return fmt.decode(text, source=source)


def validate_json(document: str | bytes | object) -> list[Problem]:
    """Problems of a newsschema JSON document: text, bytes or an already parsed value.

    Never raises for what the document holds: a document that does not parse is one
    problem with its line."""
    from newsschema import validate  # noqa: PLC0415 - jsonschema loads on first use

    if isinstance(document, (str, bytes)):
        return validate.validate_json_text(document)
    return validate.validate_json_data(document)


def to_jsonld(article: Article, *, publisher: Organization | None = None) -> dict[str, Any]:
    """The article as a schema.org ``NewsArticle`` (a JSON-ready dict).

    ``publisher`` (a newsroom's own details) wins over ``article.publisher``. Gaps
    against Google's recommendations are left out of the data and reported by
    :func:`jsonld_warnings`.
    """
    from newsschema.formats import jsonld  # noqa: PLC0415

    return jsonld.to_data(article, publisher=publisher)[0]


def to_jsonld_string(
    article: Article, *, publisher: Organization | None = None, indent: int | None = 2
) -> str:
    """The article's JSON-LD as text."""
    from newsschema.formats import jsonld  # noqa: PLC0415

    return jsonld.dumps(article, publisher=publisher, indent=indent)


def jsonld_warnings(article: Article, *, publisher: Organization | None = None) -> list[str]:
    """What Google recommends for articles that this article's JSON-LD cannot say."""
    from newsschema.formats import jsonld  # noqa: PLC0415

    return jsonld.warnings_for(article, publisher)


def from_jsonld(
    data: str | bytes | dict[str, Any] | list[Any], *, source: str | None = None
) -> Article:
    """An article from schema.org JSON-LD: text, a parsed value, or a saved HTML page."""
    from newsschema.formats import jsonld  # noqa: PLC0415

    if isinstance(data, (str, bytes)):
        return jsonld.decode(data, source=source)
    return jsonld.from_data(data, source=source)


def validate_jsonld(document: str | bytes | object, *, strict: bool = False) -> list[Problem]:
    """Problems of a JSON-LD document (text, bytes, an HTML page, or an already parsed value
    such as :func:`to_jsonld` returns): schema.org errors, and Google's recommendations as
    warnings (errors with ``strict``). Never raises for what the document holds."""
    from newsschema.formats import jsonld  # noqa: PLC0415

    return jsonld.validate(document, strict=strict)


def to_nitf(article: Article) -> bytes:
    """The article as an IPTC NITF 3.6 document (UTF-8, with an XML declaration)."""
    from newsschema.formats import nitf  # noqa: PLC0415 - lxml loads on first use

    return nitf.encode(article)


def from_nitf(data: str | bytes, *, source: str | None = None) -> Article:
    """An article from NITF: namespaced 3.6, or un-namespaced 3.2-3.5 as wire feeds send it.

    Parsing is safe: no network, no DTD loading, and documents declaring entities are
    refused with a :class:`~newsschema.errors.FormatError`.
    """
    from newsschema.formats import nitf  # noqa: PLC0415

    return nitf.decode(data, source=source)


def validate_nitf(
    document: str | bytes | object,
    *,
    xsd: str | os.PathLike[str] | None = None,
    strict: bool = False,
    profile: bool = False,
) -> list[Problem]:
    """Problems of a NITF document (text, bytes or a parsed lxml tree), each with its line.

    Checked against IPTC's NITF 3.6 XML Schema, or with ``profile`` against the stricter
    subset newsschema writes, or against the XML Schema at ``xsd``; plus the date forms
    and byline/dateline checks no schema makes (warnings, errors with ``profile``). A NITF
    without the namespace (3.2 to 3.5) is checked as 3.6, with a warning saying so.
    Never raises for what the document holds."""
    from newsschema.formats import nitf  # noqa: PLC0415

    return nitf.validate(document, xsd=xsd, strict=strict, profile=profile)


def to_ninjs(article: Article, *, version: str = "3.2") -> dict[str, Any]:
    """The article as an IPTC ninjs document (a JSON-ready dict) of ``version``: ``3.2``
    (the default), ``2.3`` or ``1.7``.

    Dates ninjs cannot hold (a day alone, a time without zone) are left out, never
    padded; :func:`ninjs_warnings` says what was left out.
    """
    from newsschema.formats import ninjs  # noqa: PLC0415

    return ninjs.to_data(article, version=version)


def ninjs_warnings(article: Article, *, version: str = "3.2") -> list[str]:
    """What writing ``article`` as ninjs of ``version`` leaves out or changes."""
    from newsschema.formats import ninjs  # noqa: PLC0415

    return ninjs.encode_with_warnings(article, version=version)[1]


def from_ninjs(data: str | bytes | dict[str, Any], *, source: str | None = None) -> Article:
    """An article from ninjs 1.x, 2.x or 3.x: text, or a parsed value.

    Raises :class:`~newsschema.errors.FormatError` naming the JSON path of a value of
    the wrong type.
    """
    from newsschema.formats import ninjs  # noqa: PLC0415

    if isinstance(data, (str, bytes)):
        return ninjs.decode(data, source=source)
    return ninjs.from_data(data, source=source)


def validate_ninjs(
    document: str | bytes | dict[str, Any], *, version: str | None = None
) -> list[Problem]:
    """Problems of a ninjs document against the official IPTC schema of its version (or of
    ``version``), with format checks on (``date-time``, ``uri``); each names its JSON path."""
    from newsschema.formats import ninjs  # noqa: PLC0415

    if isinstance(document, (str, bytes)):
        return ninjs.validate(document, version=version)
    return ninjs.validate_data(document, version=version)


def to_newsml(article: Article, *, body: str = "nitf", created: dt.datetime | None = None) -> bytes:
    """The article as an IPTC NewsML-G2 2.35 ``newsItem`` (UTF-8, with an XML declaration).

    ``body``: ``nitf`` (NITF 3.6 in ``inlineXML``, the default) or ``xhtml``. ``created``:
    the item's version time (``itemMeta/versionCreated``, a full date-time) where the
    article has no date-time of its own; else the time of writing is used.
    """
    from newsschema.formats import newsml  # noqa: PLC0415 - lxml loads on first use

    return newsml.encode(article, body=body, created=created)


def newsml_warnings(article: Article, *, body: str = "nitf") -> list[str]:
    """What writing ``article`` as a NewsML-G2 item leaves out or changes."""
    from newsschema.formats import newsml  # noqa: PLC0415

    return newsml.encode_with_warnings(article, body=body)[1]


@overload
def from_newsml(
    data: str | bytes, *, source: str | None = ..., all_items: Literal[False] = ...
) -> Article: ...


@overload
def from_newsml(
    data: str | bytes, *, source: str | None = ..., all_items: Literal[True]
) -> tuple[Article, ...]: ...


def from_newsml(
    data: str | bytes, *, source: str | None = None, all_items: bool = False
) -> Article | tuple[Article, ...]:
    """An article from a NewsML-G2 ``newsItem`` (or a ``newsMessage`` holding one item).

    With ``all_items=True``, the articles of every ``newsItem`` of a ``newsMessage`` (or
    of the one ``newsItem``), in document order. A message holding several items read
    without it raises :class:`~newsschema.errors.FormatError` rather than drop all but
    one. Parsing is safe as for NITF.
    """
    from newsschema.formats import newsml  # noqa: PLC0415

    if all_items:
        return newsml.decode_all(data, source=source)
    return newsml.decode(data, source=source)


def validate_newsml(
    data: str | bytes,
    *,
    nitf_xsd: str | os.PathLike[str] | None = None,
    strict: bool = False,
    nitf_profile: bool = False,
) -> list[Problem]:
    """Problems of a NewsML-G2 document against the official 2.35 XML Schema, and of the
    NITF inside it against IPTC's NITF 3.6 schema (or, with ``nitf_profile``, newsschema's
    stricter profile, or ``nitf_xsd``): the NewsML-G2 schema checks ``inlineXML`` only
    laxly. Each problem has its line and path."""
    from newsschema.formats import newsml  # noqa: PLC0415

    return newsml.validate(data, nitf_xsd=nitf_xsd, strict=strict, nitf_profile=nitf_profile)
