"""schema.org ``NewsArticle`` JSON-LD: writer, reader and validator.

Same surface as every format module (see ``formats/__init__.py``):
:func:`encode`, :func:`decode`, :func:`validate`; :func:`dumps` gives text,
:func:`to_data` / :func:`from_data` work on the parsed JSON value, and
:func:`from_html` reads the ld+json blocks of a saved web page.

What is written
---------------
``headline``, ``alternativeHeadline``, ``description``; ``image`` (one
``ImageObject`` per image, the lead image first, then the body's: ``url`` and
``contentUrl``, ``caption``, ``creditText``, ``description`` for the alt text,
``width``, ``height``); ``datePublished`` / ``dateModified`` in the precision
the article has (``2022-11-04``, ``2022-11-04T10:32:00``,
``2022-11-04T10:32:00+03:00``; a zero offset as ``Z``); ``author``: one
``Person`` per author (``name``, ``url``, ``sameAs``, ``jobTitle`` for the
role, ``affiliation`` as an ``Organization``), then the agencies as
``Organization``; ``publisher`` (``Organization`` with ``name``, ``url``,
``logo`` ``ImageObject`` with its ``width`` and ``height`` where known; the
``publisher`` argument wins over the article's);
``sourceOrganization``; ``url`` and ``mainEntityOfPage``; ``dateline``;
``articleSection``; ``keywords``; ``inLanguage``; ``wordCount``;
``articleBody`` (plain text, paragraphs separated by a blank line);
``copyrightNotice``. Never ``null``, empty strings or empty arrays.

Agencies: an agency credited in the byline is an author of the story, and
Google asks for every author as a ``Person`` or ``Organization``; so agencies
go to ``author`` as ``Organization``. An agency whose name is the publisher's
(an AP story published by AP) goes to ``sourceOrganization`` instead, because
Google says the publisher's name must not appear as an author. The reader
takes both back into ``organizations``.

Warnings: :func:`to_data` returns, beside the document, what Google's Article
guidance recommends and the article lacks (no date, a date without time zone,
no image or an image without URL, an author without URL, a missing
``dateModified`` ...): the same rules :func:`validate` reports as warnings.

What JSON-LD cannot carry
-------------------------
The round trip ``to_data(from_data(to_data(a))) == to_data(a)`` holds for
every article whose text holds nothing that reads as an HTML character
reference (the reader takes ``&apos;`` or ``&#8217;`` as its character, as the
sites that leave them in JSON-LD mean it), but ``from_data(to_data(a))`` is not
``a`` itself. Lost on the way:

- inline structure: emphasis, strong, links and their targets (``articleBody``
  is plain text);
- block structure: headings, quotes and their attribution, lists, dividers all
  read back as paragraphs (a list item is one paragraph); body images read back
  after the text, not where they stood; the first image always reads back as the
  lead image;
- the dateline's split into place, date and agency where the line is ambiguous
  (the reader splits ``LONDON, Nov 4 (Reuters)`` but keeps other lines whole);
- which organisations were agencies credited in the byline and which the source
  organisation (both are ``organizations``), and their order relative to each
  other;
- white space around values and blank values: text is stripped, and what is
  empty then is left out (with an image, author or organisation that has
  nothing left, a warning says so);
- a time zone's name (``Europe/Moscow``): only its offset is written (an
  offset with seconds, as old local mean times have, is written in UTC).

Read but not written back the same: the article's own type (ReportageNewsArticle,
BlogPosting ... are read; the model has no field for it, so NewsArticle is
written); ``keywords`` as one comma-separated string (read as a list); ``text``
(read as the body when there is no ``articleBody``); dates in other forms
(ISO 8601's basic form ``20180619T055000+0900``; ``November 4, 2022 5:04 pm
EST``, read by the text reader's date rules); ``name`` (read as the headline
when there is no ``headline``); ``copyrightYear`` and ``copyrightHolder`` (read
as the notice ``© 2021 Holder`` when there is no ``copyrightNotice``); the
``inLanguage`` of the page or site around the article in a ``@graph``, when the
article states none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsschema._gaps import Gap
from newsschema._normalize import normalize
from newsschema.errors import FormatError, Problem
from newsschema.formats import _jsonld_html as html
from newsschema.formats._jsonld_read import find_article, read_article, read_found
from newsschema.formats._jsonld_validate import validate_data, validate_text
from newsschema.formats._jsonld_write import build, build_data
from newsschema.formats._jsontext import dump_bytes, loads
from newsschema.formats._registry import ValidateOptions, WriteOptions
from newsschema.model import Article, Organization

__all__ = [
    "EXTENSIONS",
    "NAME",
    "decode",
    "decode_with_warnings",
    "dumps",
    "encode",
    "encode_with_warnings",
    "from_data",
    "from_html",
    "gaps_for",
    "to_data",
    "validate",
    "warnings_for",
]

NAME = "jsonld"
EXTENSIONS = (".jsonld", ".json-ld")


# --------------------------------------------------------------------------- writing


def to_data(
    article: Article, *, publisher: Organization | None = None
) -> tuple[dict[str, Any], list[str]]:
    """The article as a schema.org NewsArticle dict, and the warnings about it.

    ``publisher`` (from configuration) wins over ``article.publisher``. The
    warnings name what Google recommends and the article lacks, and the profile
    key that would fill it; the document is valid schema.org either way.
    """
    data, gaps = build(article, publisher)
    return data, [str(gap) for gap in gaps]


def encode_with_warnings(
    article: Article, *, publisher: Organization | None = None
) -> tuple[bytes, list[Gap]]:
    """The UTF-8 JSON-LD document and its warnings (typed: each has its code), built once."""
    data, gaps = build(article, publisher)
    return dump_bytes(data), gaps


def gaps_for(article: Article, publisher: Organization | None = None) -> list[Gap]:
    """What the JSON-LD of ``article`` lacks by Google's recommendations (and what was left
    out), typed: each with its code and the profile key that would fill it."""
    return build(article, publisher)[1]


def warnings_for(article: Article, publisher: Organization | None = None) -> list[str]:
    """:func:`gaps_for` as text."""
    return [str(gap) for gap in gaps_for(article, publisher)]


def dumps(
    article: Article, *, publisher: Organization | None = None, indent: int | None = 2
) -> str:
    """The article as JSON-LD text (non-ASCII characters are written as they are)."""
    return encode(article, publisher=publisher, indent=indent).decode("utf-8")


def encode(
    article: Article, *, publisher: Organization | None = None, indent: int | None = 2
) -> bytes:
    """The article as a UTF-8 JSON-LD document."""
    return dump_bytes(build_data(article, publisher), indent=indent)


# --------------------------------------------------------------------------- reading


def _edge(read: Callable[[], Article], source: str | None) -> tuple[Article, list[str]]:
    """The article ``read`` gives, made valid in every format, and what that changed.

    The reader walks arrays and graphs without recursion; a value nested as deep as
    the JSON parser allows is still refused cleanly if some step does recurse."""
    try:
        article = read()
    except RecursionError:
        raise FormatError(
            "not a JSON-LD document: arrays or objects nested too deeply", file=source
        ) from None
    article, fixes = normalize(article)
    return article, [str(fix) for fix in fixes]


def from_data(data: object, *, source: str | None = None) -> Article:
    """The article in a parsed JSON-LD value: one node, an array or an ``@graph``.

    Raises :class:`FormatError` (with the JSON path) when no node is an article
    or the article has a date that is not one. An article without ``headline``
    (nor ``name``) reads with an empty headline, as the model keeps it. Values no
    format could write (a relative author URL without the article's URL to resolve
    it against, a language that is no tag) are left out.
    """
    return _edge(lambda: read_article(data, source=source), source)[0]


def decode(data: bytes | str, *, source: str | None = None) -> Article:
    """An article from JSON-LD text, or from an HTML page holding JSON-LD blocks.

    Raises :class:`FormatError` with the line and column for invalid JSON.
    """
    return decode_with_warnings(data, source=source)[0]


def decode_with_warnings(
    data: bytes | str, *, source: str | None = None
) -> tuple[Article, list[str]]:
    """The article and what the reader left out or changed to make it valid everywhere."""
    if html.looks_like_html(data):
        return _edge(lambda: _read_html(data, source), source)
    value = loads(_text(data, source), source=source, what="JSON-LD")
    return _edge(lambda: read_article(value, source=source), source)


def _text(data: bytes | str, source: str | None) -> str:
    """A document's text: UTF-8 (a byte-order mark dropped), or a FormatError."""
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(f"not UTF-8 JSON-LD: {exc.reason}", file=source) from exc


def _block_json(text: str) -> object:
    """A block's JSON value; ``None`` for a block that is not JSON (skipped, as browsers do)."""
    try:
        return loads(text)
    except FormatError:
        return None


def from_html(page: bytes | str, *, source: str | None = None) -> Article:
    """The article in the ``<script type="application/ld+json">`` blocks of a web page.

    Blocks that are not valid JSON are skipped; the blocks together are one
    document (references between them resolve). Raises :class:`FormatError`
    naming the file when no block holds an article.
    """
    return _edge(lambda: _read_html(page, source), source)[0]


def _read_html(page: bytes | str, source: str | None) -> Article:
    text = html.decode_page(page) if isinstance(page, bytes) else page
    blocks = html.script_blocks(text)
    documents = [doc for block in blocks if (doc := _block_json(block.text)) is not None]
    where = source or "the page"
    if not blocks:
        raise FormatError(f'{where} has no <script type="application/ld+json"> block', file=source)
    try:
        found = find_article(documents)
    except FormatError as exc:
        skipped = len(blocks) - len(documents)
        note = f"; {skipped} of them not valid JSON" if skipped else ""
        raise FormatError(
            f"no article in the {len(blocks)} ld+json block(s) of {where}{note}: {exc.reason}",
            file=source,
        ) from exc
    return read_found(found, source=source)


# --------------------------------------------------------------------------- validation


def validate(
    data: bytes | str | object, *, source: str | None = None, strict: bool = False
) -> list[Problem]:
    """Problems of a JSON-LD document (or of each ld+json block of an HTML page), given as
    text, bytes or an already parsed value.

    Errors where the document breaks schema.org as newsschema's profile knows
    it; warnings for Google's recommendations and doubtful forms. ``strict``
    returns every warning as an error. A document that does not parse is one
    problem with its line.
    """
    if not isinstance(data, (str, bytes)):
        problems = validate_data(data)
    elif html.looks_like_html(data):
        problems = _validate_page(data)
    else:
        try:
            text = _text(data, source)
        except FormatError as exc:
            return [Problem(exc.reason, path="$")]
        problems = validate_text(text)
    if strict:
        problems = [
            Problem(p.message, path=p.path, line=p.line, severity="error") for p in problems
        ]
    return problems


def _validate_page(page: bytes | str) -> list[Problem]:
    text = html.decode_page(page) if isinstance(page, bytes) else page
    blocks = html.script_blocks(text)
    if not blocks:
        return [Problem('no <script type="application/ld+json"> block in the page', path="$")]
    problems: list[Problem] = []
    for number, block in enumerate(blocks, start=1):
        for p in validate_text(block.text):
            line = None if p.line is None else p.line + block.line - 1
            message = f"ld+json block {number}: {p.message}"
            problems.append(Problem(message, path=p.path, line=line, severity=p.severity))
    return problems


# --------------------------------------------------------------------------- registry
# the Codec surface the format registry calls (formats/_registry.py)


def write_document(article: Article, options: WriteOptions) -> tuple[bytes, list[Gap]]:
    """:func:`encode_with_warnings`; no option changes this format (the publisher is the
    article's, a profile's or the command line's, merged before writing)."""
    del options
    return encode_with_warnings(article)


def read_document(data: bytes | str, *, source: str | None) -> tuple[Article, list[str]]:
    """:func:`decode_with_warnings`: a JSON-LD document or a saved web page."""
    return decode_with_warnings(data, source=source)


def validate_document(
    data: bytes | str, *, source: str | None, options: ValidateOptions
) -> list[Problem]:
    """:func:`validate`."""
    return validate(data, source=source, strict=options.strict)
