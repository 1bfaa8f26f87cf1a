"""Test helpers for users of newsschema: hypothesis strategies that generate valid Articles.

Needs hypothesis (``pip install newsschema[dev]``)::

    from hypothesis import given
    from newsschema.testing import articles

    @given(articles())
    def test_my_exporter(article): ...
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newsschema.model import (
    Article,
    Block,
    Dateline,
    DateValue,
    Divider,
    Heading,
    Image,
    ImageBlock,
    Inline,
    Link,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Quote,
    Text,
)

__all__ = ["articles", "blocks", "date_values", "inline_content", "texts", "urls"]

# Printable text: no control characters, no surrogates; kept short so that runs are quick.
_ALPHABET = st.characters(
    blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"), blacklist_characters="\u2028\u2029"
)


def texts(min_size: int = 1, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank text with no leading or trailing white space."""
    return (
        st.text(_ALPHABET, min_size=min_size, max_size=max_size)
        .map(lambda s: " ".join(s.split()))
        .filter(lambda s: len(s) >= min_size)
    )


def urls() -> st.SearchStrategy[str]:
    """Absolute http(s) URLs."""
    segment = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)
    return st.builds(
        lambda scheme, host, parts: f"{scheme}://{host}.example/" + "/".join(parts),
        st.sampled_from(["http", "https"]),
        segment,
        st.lists(segment, max_size=3),
    )


def date_values() -> st.SearchStrategy[DateValue]:
    """A date, a naive date-time, or an aware one: the three precisions the model keeps."""
    day = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
    naive = st.datetimes(
        min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2099, 12, 31)
    ).map(lambda d: d.replace(microsecond=0))
    offsets = st.integers(min_value=-14 * 4, max_value=14 * 4).map(
        lambda q: dt.timezone(dt.timedelta(minutes=15 * q))
    )
    aware = st.builds(lambda d, z: d.replace(tzinfo=z), naive, offsets)
    return st.one_of(day, naive, aware)


def inline_content() -> st.SearchStrategy[tuple[Inline, ...]]:
    span: st.SearchStrategy[Inline] = st.one_of(
        st.builds(Text, texts(), em=st.booleans(), strong=st.booleans()),
        st.builds(Link, texts(), href=st.none() | urls(), em=st.booleans(), strong=st.booleans()),
    )
    return st.lists(span, min_size=1, max_size=4).map(tuple)


def _optional(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str | None]:
    return st.none() | strategy


def images() -> st.SearchStrategy[Image]:
    size = st.none() | st.integers(min_value=1, max_value=5000)
    return st.builds(
        Image,
        url=_optional(urls()),
        alt=_optional(texts()),
        caption=_optional(texts()),
        credit=_optional(texts()),
        width=size,
        height=size,
    )


def blocks() -> st.SearchStrategy[Block]:
    content = inline_content()
    return st.one_of(
        st.builds(Paragraph, content),
        st.builds(Heading, content, level=st.integers(min_value=2, max_value=6)),
        st.builds(
            Quote,
            st.lists(st.builds(Paragraph, content), min_size=1, max_size=3).map(tuple),
            attribution=_optional(texts()),
        ),
        st.builds(
            ListBlock, st.lists(content, min_size=1, max_size=4).map(tuple), ordered=st.booleans()
        ),
        st.builds(ImageBlock, images()),
        st.just(Divider()),
    )


def articles() -> st.SearchStrategy[Article]:
    """Valid Articles: every field in its allowed range, at least one paragraph."""
    person = st.builds(
        Person,
        texts(),
        url=_optional(urls()),
        role=_optional(texts()),
        affiliation=_optional(texts()),
    )
    org = st.builds(Organization, texts(), url=_optional(urls()), logo=_optional(urls()))
    return st.builds(
        Article,
        headline=texts(max_size=120),
        subheadline=_optional(texts()),
        authors=st.lists(person, max_size=3).map(tuple),
        organizations=st.lists(org, max_size=2).map(tuple),
        date_published=st.none() | date_values(),
        date_modified=st.none() | date_values(),
        dateline=st.none()
        | st.builds(
            Dateline, place=_optional(texts()), agency=_optional(texts()), date=_optional(texts())
        ),
        lead_image=st.none() | images(),
        body=st.builds(
            lambda first, rest: (first, *rest),
            st.builds(Paragraph, inline_content()),
            st.lists(blocks(), max_size=6),
        ),
        url=_optional(urls()),
        publisher=st.none() | org,
        language=st.none() | st.sampled_from(["en", "de", "fr", "es", "ru", "pt-BR", "zh-Hant"]),
        keywords=st.lists(texts(), max_size=4).map(tuple),
        section=_optional(texts()),
        description=_optional(texts()),
        copyright=_optional(texts()),
    )
