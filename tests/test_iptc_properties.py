"""Properties of the ninjs and NewsML-G2 formats over generated articles and input.

- every article writes a document the official schemas accept (ninjs 3.2, 2.3, 1.7 with
  format checks on; NewsML-G2 2.35 with its NITF), whatever characters its text holds;
- reading that document back gives an article that writes the very same document;
- any input gives an Article or a FormatError, never another exception.
"""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsschema.errors import FormatError
from newsschema.formats import newsml, ninjs
from newsschema.model import Article
from test_nitf_properties import ARTICLES

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CREATED = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)


@_SETTINGS
@given(ARTICLES, st.sampled_from(ninjs.VERSIONS))
def test_ninjs_is_valid_and_reads_back_to_the_same_document(article: Article, version: str) -> None:
    first = ninjs.encode(article, version=version)
    assert ninjs.validate(first) == []
    assert ninjs.encode(ninjs.decode(first), version=version) == first


@_SETTINGS
@given(ARTICLES, st.sampled_from(newsml.BODIES))
def test_newsml_is_valid_and_reads_back_to_the_same_document(article: Article, body: str) -> None:
    first = newsml.encode(article, body=body, created=CREATED)
    assert newsml.validate(first, strict=True) == []
    assert newsml.encode(newsml.decode(first), body=body, created=CREATED) == first


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=20,
)
_KEYS = st.sampled_from(
    ["uri", "headlines", "bodies", "by", "people", "associations", "renditions", "headline",
     "body_html", "firstCreated", "versioncreated", "infoSources", "subjects", "descriptions",
     "value", "role", "contentType", "name", "href", "width", "$standard", "standard"]
)  # fmt: skip
_NINJS_LIKE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=6),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_JSON, _NINJS_LIKE))
def test_any_json_gives_an_article_or_a_format_error(value: object) -> None:
    try:
        article = ninjs.decode(json.dumps(value))
    except FormatError:
        return
    assert isinstance(article, Article)


_XML_PIECES = st.sampled_from(
    ["<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/'>", "</newsItem>", "<contentMeta>",
     "</contentMeta>", "<headline>", "</headline>", "<contentSet>", "</contentSet>",
     "<inlineXML>", "</inlineXML>", "<nitf xmlns='http://iptc.org/std/NITF/2006-10-18/'>",
     "</nitf>", "<body>", "</body>", "<html xmlns='http://www.w3.org/1999/xhtml'>", "</html>",
     "<p>", "</p>", "<creator>", "</creator>", "<name>", "</name>", "<contentCreated>",
     "2022-11-04", "</contentCreated>", "text", "&amp;", "<!DOCTYPE x>",
     "<newsMessage xmlns='http://iptc.org/std/nar/2006-10-01/'><itemSet>",
     "</itemSet></newsMessage>"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_XML_PIECES, max_size=20).map("".join) | st.binary(max_size=200))
def test_any_xml_gives_an_article_or_a_format_error(data: str | bytes) -> None:
    try:
        found = newsml.decode_all(data)
    except FormatError:
        return
    assert all(isinstance(article, Article) for article in found)
