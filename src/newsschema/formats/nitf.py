"""IPTC NITF 3.6: write, read and validate (lxml only; trees, never string templates).

Same surface as every format module (see ``formats/__init__.py``):
:func:`encode`, :func:`decode`, :func:`validate`; :func:`encode_with_warnings`
also says what the document could not hold, :func:`check` only that.

Mapping decisions, each from the NITF 3.6 schema's own documentation:

- ``date.issue`` ("date/time document was issued") and ``date.release``
  ("date/time document is available to be released") both carry the
  publication date: a published web article was released when it was issued,
  and stating it says there is no embargo. ``pubdata/@date.publication`` repeats
  it for that publication.
- The modification date goes to ``head/revision-history/@norm`` ("date of the
  revision"; the element is "information about the creative history of the
  document"). ``du-key`` is a provider's version key and ``doc.copyright`` has
  no date, so neither fits.
- Dates are ISO 8601 basic (``20221104T093000+0300``, ``20221104`` for a day):
  a date stays a date, a local time stays naive, an offset stays an offset.
- ``doc-id/@id-string`` is ``urn:uuid:`` + a name-based (version 5) UUID of the
  canonical URL; without a URL, of a SHA-256 of the document's own content, so
  the same article always gets the same id, also after a round trip.
- Strong emphasis: NITF's inline elements have ``em`` but no ``b``/``strong``,
  so strong text is ``<em class="strong">`` (``class`` is NITF's "open
  placeholder for categorization"); strong *and* emphasised text nests an
  ``em`` inside it. A subheading level other than 2 is ``hl2/@class="level-N"``.
- A divider is ``hr`` ("a rendered divider between sections of text").
- ``tagline`` (``body.end``) holds the printed copyright notice as ``copyrite``
  and the source URL as a link; the URL is also ``pubdata/@ex-ref`` ("external
  reference to the rendering of the news object as published"), where the
  reader takes it from. Agencies are written once, in ``distributor``.
- Bylines: one ``byline``; each author is a ``person``, followed by ``byttl``
  (role, and the affiliation as ``org``) and an empty ``virtloc/@value`` for the
  author's URL. An agency's URL is ``org/@value`` with ``@idsrc="url"``.
- A link whose target was lost (``href`` ``None``) is an ``a`` without ``href``
  (NITF's ``href`` is optional), so that it reads back as a link; an ``a`` with
  other attributes but no ``href`` (``<a name="x">``, an anchor) reads as text.
- The lead image is the first ``media``; the reader takes a ``media`` that opens
  ``body.content`` as the lead image. An image known only by its caption and
  credit is no ``media`` (NITF requires a ``media-reference`` in it, and an empty
  one points nowhere): its caption is ``<p class="media-caption">`` and its credit
  ``<p class="media-producer">``, named after the elements they would be.
- ``doc.copyright`` is written only from a printed notice: its holder is the
  notice's first sentence without the sign, years and "All rights reserved"
  (a restriction that follows, ``This material may not be published …``, is not
  part of the name); a publisher alone is not presumed to hold the rights.
- A line break inside text is ``<br/>``; in the few elements that hold no
  ``br`` (``title``, ``person``, ``org``, ``location``, ``story.date``,
  ``copyrite``) it becomes a space, with a warning where data changes.

What NITF cannot hold is reported by :func:`encode_with_warnings`: the
publisher's URL and logo, agencies' logos, characters XML 1.0 forbids (removed),
fractional seconds.
"""

from __future__ import annotations

import os

from lxml import etree

from newsschema._normalize import normalize
from newsschema.errors import Problem
from newsschema.formats._nitf_common import NS, parse_xml
from newsschema.formats._nitf_read import read
from newsschema.formats._nitf_validate import check as _check_document
from newsschema.formats._nitf_write import build
from newsschema.formats._registry import ValidateOptions, WriteOptions
from newsschema.model import Article

__all__ = [
    "EXTENSIONS",
    "NAME",
    "NAMESPACE",
    "check",
    "decode",
    "decode_with_warnings",
    "encode",
    "encode_with_warnings",
    "from_nitf",
    "to_nitf",
    "validate",
]

NAME = "nitf"
EXTENSIONS = (".xml", ".nitf")
NAMESPACE = NS
"""The NITF 3.4-3.6 namespace, ``http://iptc.org/std/NITF/2006-10-18/``."""


def encode_with_warnings(article: Article) -> tuple[bytes, list[str]]:
    """The article as a NITF 3.6 document (UTF-8, XML declaration), and what it could not keep."""
    return build(article)


def encode(article: Article) -> bytes:
    """The article as a NITF 3.6 document (UTF-8, XML declaration, indented)."""
    return build(article)[0]


def check(article: Article) -> list[str]:
    """What writing ``article`` as NITF would drop or change (empty when nothing)."""
    return build(article)[1]


def decode(data: bytes | str, *, source: str | None = None) -> Article:
    """An article from NITF: namespaced 3.6, or un-namespaced 3.2-3.5 as wire feeds send it.

    Raises :class:`~newsschema.errors.FormatError` with the line and column for
    malformed XML, and for a DOCTYPE that declares entities (XXE, entity bombs).
    """
    return decode_with_warnings(data, source=source)[0]


def decode_with_warnings(
    data: bytes | str, *, source: str | None = None
) -> tuple[Article, list[str]]:
    """The article, and what the reader kept in another form, left out or changed to make
    it valid in every format."""
    article, warnings = read(parse_xml(data, source=source), source=source)
    article, fixes = normalize(article)
    return article, warnings + [str(fix) for fix in fixes]


def validate(
    data: bytes | str | object,
    *,
    source: str | None = None,
    strict: bool = False,
    xsd: str | os.PathLike[str] | None = None,
    profile: bool = False,
) -> list[Problem]:
    """Problems of a NITF document, each with its line and path.

    Checked against IPTC's NITF 3.6 XML Schema (shipped unmodified in
    ``schemas/iptc-nitf-3.6``), against newsschema's stricter ``profile``
    (``schemas/nitf-profile.xsd``: the subset newsschema writes), or against the
    XML Schema at ``xsd``; then what no schema checks: ``@norm`` and
    ``@date.publication`` in ISO 8601 basic form and real dates, non-empty byline
    persons, a dateline's place and date, ``xml:lang``, the title repeating the
    headline (errors with the profile, which requires them, warnings otherwise).
    A NITF without the namespace (DTD-style 3.2 to 3.5, as wire feeds send it) is
    checked as NITF 3.6 with its elements put in the namespace, and a warning says
    so. ``strict`` turns warnings into errors. ``data`` is text, bytes, or a
    parsed lxml element or tree (its lines are those of the tree as serialized).
    """
    if isinstance(data, (etree._Element, etree._ElementTree)):
        data = etree.tostring(data, encoding="UTF-8")
    if not isinstance(data, (str, bytes)):
        return [Problem(f"expected NITF as text, bytes or an lxml tree, got {type(data).__name__}")]
    return _check_document(data, source=source, strict=strict, xsd=xsd, profile=profile)


to_nitf = encode
from_nitf = decode


# --------------------------------------------------------------------------- registry
# the Codec surface the format registry calls (formats/_registry.py)


def write_document(article: Article, options: WriteOptions) -> tuple[bytes, list[str]]:
    """:func:`encode_with_warnings`; no option changes this format."""
    del options
    return encode_with_warnings(article)


def read_document(data: bytes | str, *, source: str | None) -> tuple[Article, list[str]]:
    """:func:`decode_with_warnings`."""
    return decode_with_warnings(data, source=source)


def validate_document(
    data: bytes | str, *, source: str | None, options: ValidateOptions
) -> list[Problem]:
    """:func:`validate` against IPTC's schema, ``options.nitf_xsd`` or the profile."""
    return _check_document(
        data,
        source=source,
        strict=options.strict,
        xsd=options.nitf_xsd,
        profile=options.nitf_profile,
    )
