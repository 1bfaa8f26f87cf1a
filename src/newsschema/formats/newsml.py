"""IPTC NewsML-G2 2.35: write a ``newsItem``, read a ``newsItem`` or the items of a
``newsMessage``, validate against the official XML Schema (lxml; trees, never templates).

Same surface as every format module (see ``formats/__init__.py``):
:func:`encode`, :func:`decode`, :func:`validate`; :func:`decode_all` reads every
item of a ``newsMessage``.

Mapping
-------
- ``newsItem``: ``guid`` ``urn:uuid:`` + a name-based (v5) UUID of the URL (the
  id NITF and ninjs give the same article); without a URL, a UUID of a SHA-256 of
  the item's own content (without its version time), so that the same article
  gets the same id. ``version`` 1, ``standard`` NewsML-G2, ``standardversion``
  2.35, ``conformance`` power, ``xml:lang``; one ``catalogRef`` to IPTC's
  catalog, which resolves the three scheme aliases written (``ninat``, ``stat``,
  ``drol``).
- ``rightsInfo``: ``copyrightHolder`` (the holder the printed notice names) and
  ``copyrightNotice`` (the notice), only where a notice was printed.
- ``itemMeta``: ``itemClass`` ``ninat:text``; ``provider`` the publisher (its
  name, its URL as ``uri``; left empty, with a warning, when the article names no
  publisher: the element is required); ``versionCreated`` the modification date,
  else the publication date: this element is a full ``xs:dateTime``, so when the
  article has only a day (or nothing), it is the time of writing (or
  ``SOURCE_DATE_EPOCH``, for repeatable output), with a warning, and never the
  article's day padded with an invented time; ``firstCreated`` the publication
  date-time; ``pubStatus`` ``stat:usable``; ``service`` the section.
- ``contentMeta``: ``contentCreated`` and ``contentModified`` in the article's
  own precision (a day stays a day, a local time stays without zone);
  ``located`` the dateline's place; ``infoSource`` each agency (name, URL as
  ``uri``); ``creator`` each author (``name``, URL as ``uri``, the role as a
  ``note``, the affiliation as ``personDetails/affiliation``); ``language``;
  ``keyword`` each keyword; ``headline`` the headline, and a second ``headline``
  the subheadline; ``dateline`` as printed, ``PLACE, date (agency)``, each part a
  ``span`` with ``class`` ``place``, ``date``, ``agency``; ``by`` the authors'
  names; ``description`` (``role`` ``drol:summary``).
- ``contentSet``: the body in ``inlineXML``, as the NITF 3.6 document the NITF
  writer makes (``application/nitf+xml``, the default), or with ``body="xhtml"``
  as XHTML (``application/xhtml+xml``: ``html`` with the headline as ``title``
  and the body the HTML renderer makes, the lead image as ``<figure
  class="lead">``); then the article's URL as ``remoteContent`` (``text/html``):
  the published page is another rendition of the same content.

What NewsML-G2 does not carry here (each reported by :func:`encode_with_warnings`)
----------------------------------------------------------------------------------
- the publisher's and agencies' logos;
- the article's furniture, but for trailers in a NITF body (its ``tagline``);
- line breaks and tabs in one-line elements (``headline``, ``name``,
  ``keyword``), written as spaces, and white space at the edges of metadata;
- a URL that is no IRI (``IRIType``): percent-encoded where that makes one, else
  left out; an offset XML Schema cannot hold (seconds, or beyond 14 hours): the
  same instant in UTC.

The NITF inside is written from the same normalised values, so that the item
says one thing and reads back as written.
- what NITF cannot hold, in the NITF body (see ``nitf.py``); characters XML 1.0
  cannot hold, removed.

Reading: ``contentMeta`` and ``itemMeta`` give the metadata; the NITF body gives
the body, the lead image, and whatever ``contentMeta`` leaves out. Third-party
items are read as far as the model goes: ``subject`` names join the keywords;
``contributor``, ``genre``, ``slugline``, ``urgency``, ``embargoed`` and
``edNote`` have no place in the model and are not read; ``versionCreated`` is the
item's version, not the article's modification, so it is not read as a date.

Several items: :func:`decode` returns the article of a ``newsItem``, or of a
``newsMessage`` holding one; for a message holding several it raises
:class:`~newsschema.errors.FormatError` saying how many (reading only the first
would lose the others silently). :func:`decode_all` returns every item's article,
in document order.
"""

from __future__ import annotations

import datetime as dt
import os

from newsschema._normalize import normalize
from newsschema.errors import FormatError, Problem
from newsschema.formats._newsml_read import items, read_item
from newsschema.formats._newsml_validate import check
from newsschema.formats._newsml_write import BODIES, NAR, build
from newsschema.formats._nitf_common import parse_xml, source_line
from newsschema.formats._registry import ValidateOptions, WriteOptions
from newsschema.model import Article

__all__ = [
    "BODIES",
    "EXTENSIONS",
    "NAME",
    "NAMESPACE",
    "decode",
    "decode_all",
    "encode",
    "encode_with_warnings",
    "validate",
]

NAME = "newsml"
EXTENSIONS = (".newsml.xml", ".xml")
"""``.newsml.xml`` when writing, so that an item does not take the name of the NITF
document of the same article; both suffixes are read."""
NAMESPACE = NAR


def encode_with_warnings(
    article: Article, *, body: str = "nitf", created: dt.datetime | None = None
) -> tuple[bytes, list[str]]:
    """The article as a NewsML-G2 ``newsItem`` (UTF-8, XML declaration), and what it could
    not keep. ``body``: ``nitf`` or ``xhtml``; ``created``: the item's version time where
    the article has no date-time."""
    return build(article, body=body, created=created)


def encode(article: Article, *, body: str = "nitf", created: dt.datetime | None = None) -> bytes:
    """The article as a NewsML-G2 ``newsItem`` (UTF-8, XML declaration, indented)."""
    return build(article, body=body, created=created)[0]


def decode_all(data: bytes | str, *, source: str | None = None) -> tuple[Article, ...]:
    """The article of every ``newsItem`` in the document, in document order.

    Parsing is safe as for NITF: no network, no DTD, entity declarations refused.
    """
    root = parse_xml(data, source=source).root
    return tuple(read_item(item, source=source) for item in items(root, source=source))


def decode(data: bytes | str, *, source: str | None = None) -> Article:
    """The article of a ``newsItem``, or of a ``newsMessage`` that holds one item."""
    root = parse_xml(data, source=source).root
    found = items(root, source=source)
    if len(found) != 1:
        raise FormatError(
            f"the newsMessage holds {len(found)} newsItems; one article is read from one item "
            "(newsschema.from_newsml(data, all_items=True) reads every one)",
            file=source,
            line=source_line(root),
            path="/newsMessage/itemSet",
        )
    return read_item(found[0], source=source)


def validate(
    data: bytes | str,
    *,
    source: str | None = None,
    strict: bool = False,
    nitf_xsd: str | os.PathLike[str] | None = None,
    nitf_profile: bool = False,
) -> list[Problem]:
    """Problems of a NewsML-G2 document against the official 2.35 schema, and of the NITF
    in it against IPTC's NITF 3.6 schema (with ``nitf_profile``, newsschema's stricter
    profile; or the XML Schema at ``nitf_xsd``); each with its line and path. ``strict``
    turns the NITF checks' warnings into errors."""
    return check(data, source=source, strict=strict, nitf_xsd=nitf_xsd, nitf_profile=nitf_profile)


# --------------------------------------------------------------------------- registry
# the Codec surface the format registry calls (formats/_registry.py)


def write_document(article: Article, options: WriteOptions) -> tuple[bytes, list[str]]:
    """:func:`encode_with_warnings` with the body ``options.newsml_body``."""
    return encode_with_warnings(article, body=options.newsml_body)


def read_document(data: bytes | str, *, source: str | None) -> tuple[Article, list[str]]:
    """:func:`decode`, at the model's edge: what it left out or changed as warnings."""
    article, fixes = normalize(decode(data, source=source))
    return article, [str(fix) for fix in fixes]


def validate_document(
    data: bytes | str, *, source: str | None, options: ValidateOptions
) -> list[Problem]:
    """:func:`validate`; the NITF inside against IPTC's schema, ``options.nitf_xsd`` or
    the profile."""
    return validate(
        data,
        source=source,
        strict=options.strict,
        nitf_xsd=options.nitf_xsd,
        nitf_profile=options.nitf_profile,
    )
