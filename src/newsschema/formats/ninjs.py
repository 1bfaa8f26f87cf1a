"""IPTC ninjs (news in JSON): write 3.2 (default), 2.3 or 1.7; read any of them;
validate against the official schemas.

Same surface as every format module (see ``formats/__init__.py``):
:func:`encode`, :func:`decode`, :func:`validate`; :func:`to_data` /
:func:`from_data` work on the parsed JSON value.

Mapping (3.2 names; 2.3 spells every property in lower case, 1.7 is flat)
-----------------------------------------------------------------------------
- ``uri``: ``urn:uuid:`` + a name-based (v5) UUID of the article's URL, the same
  id NITF writes as ``doc-id`` (ninjs says ``uri`` identifies the object and is
  not a link); without a URL, a UUID of a SHA-256 of the document's own content
  without the ``uri``, so the same article always gets the same id, also after
  a round trip. The URL itself is a rendition: ``{"name": "web", "href": url,
  "contentType": "text/html"}``.
- ``type`` ``text``; ``standard`` names the version and its schema.
- ``headlines``: the headline (``role`` ``main``) and the subheadline (``subhead``).
- ``firstCreated``: the publication date; ``versionCreated``: the modification
  date. ninjs takes only RFC 3339 date-times with an offset: a date alone or a
  time without zone is left out with a warning, never padded with an invented
  time or zone; an offset with seconds is written in UTC.
- ``by``: the authors' names as a sentence (``A, B and C``); ``people``: one per
  author, ``rel`` ``author``, the author's URL as ``uri``.
- ``infoSources``: the publisher (``role`` ``publisher``) and the agencies
  (``role`` ``agency``), with their URLs as ``uri``.
- ``located``: the dateline's place. ``language``. ``descriptions``: the
  description (``role`` ``summary``). ``subjects``: each keyword
  (``rel`` ``keyword``) and the section (``rel`` ``section``).
- ``copyrightNotice``: the printed notice; ``copyrightHolder``: the holder it
  names (its first sentence without the sign and years).
- ``bodies``: the plain text (``text/plain``, with ``charCount`` and
  ``wordCount``) and the HTML of the body (``text/html``, see ``_html_body.py``:
  emphasis, links, headings, quotes, lists and images survive).
- ``associations``: the lead image (``featureimage``) and each body image
  (``image-1``, ``image-2`` …): ``type`` ``picture``, ``rel`` ``image`` (3.x),
  ``uri`` the image URL (or an id minted from the image), ``descriptions`` with
  the caption (``role`` ``caption``) and alt text (``alt``), the credit in
  ``by``, and one rendition with ``href``, ``contentType``, ``width``, ``height``.
- URLs are written as RFC 3986 URIs: a URL with non-ASCII letters or spaces is
  percent-encoded (the URI form of the same IRI), a relative image URL resolved
  against the article's URL, each with a warning; what cannot become a URI is
  left out with a warning.

What ninjs cannot carry (each reported by :func:`encode_with_warnings`)
-------------------------------------------------------------------------
- dates without an offset (a day alone, a local time): ninjs has only RFC 3339
  date-times; no zone is invented;
- an author's role and affiliation (ninjs ``people`` have neither);
- the dateline's agency and date as printed (``located`` is the place);
- the publisher's and agencies' logos;
- control characters (and what else XML 1.0 forbids) in the body's text: the HTML
  body cannot hold them, so both bodies go without; lone surrogates anywhere (no
  UTF-8 text holds them);
- a body image's alt text and size where it has no URL (the HTML shows a picture
  only with a URL; its association says what the HTML shows);
- in 1.7 also the URLs of authors, agencies and the publisher (1.7 ``person`` and
  ``infosource`` have no ``uri``).
- the article's furniture (page furniture and trailers: ninjs has no place for them).

Reading takes the HTML body where there is one (else the plain text, a
paragraph per blank line), the lead image from ``featureimage`` (or the first
other picture), authors from ``people`` and ``by`` (names in ``by`` that
``people`` lacks are added), the publisher and agencies from ``infoSources``.
So ``from_data(to_data(a))`` equals ``a`` up to the losses above, and writing
what was read gives the same document again.
"""

from __future__ import annotations

import json
from typing import Any

from newsschema._normalize import normalize
from newsschema.errors import FormatError, Problem
from newsschema.formats._ninjs_read import read
from newsschema.formats._ninjs_validate import check, check_data
from newsschema.formats._ninjs_write import VERSIONS, build
from newsschema.formats._ninjs_write import to_data as _to_data
from newsschema.formats._registry import ValidateOptions, WriteOptions
from newsschema.model import Article

__all__ = [
    "EXTENSIONS",
    "NAME",
    "VERSIONS",
    "decode",
    "encode",
    "encode_with_warnings",
    "from_data",
    "to_data",
    "validate",
    "validate_data",
]

NAME = "ninjs"
EXTENSIONS = (".ninjs.json", ".json")
"""``.ninjs.json`` when writing, so that a ninjs file does not take the name of the
newsschema JSON of the same article; both suffixes are read."""


def to_data(article: Article, *, version: str = "3.2") -> dict[str, Any]:
    """The article as a ninjs document (a JSON-ready dict) of ``version``."""
    return _to_data(article, version)[0]


def encode_with_warnings(article: Article, *, version: str = "3.2") -> tuple[bytes, list[str]]:
    """The article as ninjs JSON text (UTF-8, indented), and what it could not keep."""
    return build(article, version)


def encode(article: Article, *, version: str = "3.2") -> bytes:
    """The article as ninjs JSON text (UTF-8, indented)."""
    return build(article, version)[0]


def from_data(data: object, *, source: str | None = None) -> Article:
    """An article from a parsed ninjs value (1.x, 2.x or 3.x)."""
    return read(data, source=source)


def decode(data: bytes | str, *, source: str | None = None) -> Article:
    """An article from ninjs text; :class:`FormatError` with the line for broken JSON and
    with the JSON path for a value of the wrong type."""
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"not valid JSON: {exc.msg}", file=source, line=exc.lineno, column=exc.colno
        ) from exc
    except UnicodeDecodeError as exc:
        raise FormatError(f"not UTF-8 JSON: {exc.reason}", file=source) from exc
    return read(parsed, source=source)


def validate(
    data: bytes | str,
    *,
    source: str | None = None,
    strict: bool = False,
    version: str | None = None,
) -> list[Problem]:
    """Problems of a ninjs document against the official schema of its version (or of
    ``version``), format checks on; each names its JSON path. ``strict`` changes
    nothing: the schemas have no warnings."""
    del strict
    return check(data, source=source, version=version)


def validate_data(data: object, *, version: str | None = None) -> list[Problem]:
    """Problems of a parsed ninjs value, as :func:`validate` finds them."""
    return check_data(data, version=version)


# --------------------------------------------------------------------------- registry
# the Codec surface the format registry calls (formats/_registry.py)


def write_document(article: Article, options: WriteOptions) -> tuple[bytes, list[str]]:
    """:func:`encode_with_warnings` of ``options.ninjs_version``."""
    return encode_with_warnings(article, version=options.ninjs_version)


def read_document(data: bytes | str, *, source: str | None) -> tuple[Article, list[str]]:
    """:func:`decode`, at the model's edge: what it left out or changed as warnings."""
    article, fixes = normalize(decode(data, source=source))
    return article, [str(fix) for fix in fixes]


def validate_document(
    data: bytes | str, *, source: str | None, options: ValidateOptions
) -> list[Problem]:
    """:func:`validate` against the schema of the document's own version."""
    return validate(data, source=source, strict=options.strict)
