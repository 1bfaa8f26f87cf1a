"""Test helpers for users of newsschema: hypothesis strategies that generate Articles.

Needs hypothesis (``pip install newsschema[dev]``)::

    from hypothesis import given
    from newsschema.testing import articles

    @given(articles())
    def test_my_exporter(article): ...

By default every generated Article is valid in every format (text without
control characters, absolute URLs, at least one paragraph). To stress a writer,
pass other leaf strategies: ``articles(text=..., urls=..., min_blocks=0)``, or
take :func:`raw_articles`, whose every leaf is adversarial: IRIs, relative and
broken addresses, language tags that are not tags, impossible UTC offsets, sizes
out of range, characters XML cannot hold. Such an article is what a reader may
build before the model's edge makes it valid; writers must still give valid
documents for it.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import strategies as st

from newsschema.model import (
    Article,
    Block,
    Dateline,
    DateValue,
    Divider,
    Furniture,
    FurnitureKind,
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

__all__ = [
    "articles",
    "blocks",
    "date_values",
    "hostile_dates",
    "hostile_languages",
    "hostile_sizes",
    "hostile_texts",
    "hostile_urls",
    "images",
    "inline_content",
    "raw_articles",
    "texts",
    "urls",
]

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


def inline_content(
    text: st.SearchStrategy[str] | None = None,
    links: st.SearchStrategy[str | None] | None = None,
    *,
    min_size: int = 1,
) -> st.SearchStrategy[tuple[Inline, ...]]:
    """Runs of text and links, with or without emphasis."""
    text = text if text is not None else texts()
    links = links if links is not None else st.none() | urls()
    span: st.SearchStrategy[Inline] = st.one_of(
        st.builds(Text, text, em=st.booleans(), strong=st.booleans()),
        st.builds(Link, text, href=links, em=st.booleans(), strong=st.booleans()),
    )
    return st.lists(span, min_size=min_size, max_size=4).map(tuple)


def images(
    optional_text: st.SearchStrategy[str | None] | None = None,
    links: st.SearchStrategy[str | None] | None = None,
    sizes: st.SearchStrategy[int | None] | None = None,
) -> st.SearchStrategy[Image]:
    optional_text = optional_text if optional_text is not None else st.none() | texts()
    links = links if links is not None else st.none() | urls()
    sizes = sizes if sizes is not None else st.none() | st.integers(min_value=1, max_value=5000)
    return st.builds(
        Image,
        url=links,
        alt=optional_text,
        caption=optional_text,
        credit=optional_text,
        width=sizes,
        height=sizes,
    )


def blocks(
    content: st.SearchStrategy[tuple[Inline, ...]] | None = None,
    optional_text: st.SearchStrategy[str | None] | None = None,
    image: st.SearchStrategy[Image] | None = None,
) -> st.SearchStrategy[Block]:
    """Every kind of body block."""
    content = content if content is not None else inline_content()
    optional_text = optional_text if optional_text is not None else st.none() | texts()
    image = image if image is not None else images()
    paragraphs = st.builds(Paragraph, content)
    return st.one_of(
        paragraphs,
        st.builds(Heading, content, level=st.integers(min_value=2, max_value=6)),
        st.builds(
            Quote,
            st.lists(paragraphs, min_size=1, max_size=3).map(tuple),
            attribution=optional_text,
        ),
        st.builds(
            ListBlock, st.lists(content, min_size=1, max_size=4).map(tuple), ordered=st.booleans()
        ),
        st.builds(ImageBlock, image),
        st.just(Divider()),
    )


def articles(
    *,
    text: st.SearchStrategy[str] | None = None,
    names: st.SearchStrategy[str] | None = None,
    optional_text: st.SearchStrategy[str | None] | None = None,
    links: st.SearchStrategy[str | None] | None = None,
    dates: st.SearchStrategy[DateValue | None] | None = None,
    languages: st.SearchStrategy[str | None] | None = None,
    sizes: st.SearchStrategy[int | None] | None = None,
    min_blocks: int = 1,
) -> st.SearchStrategy[Article]:
    """Articles with every field drawn. With the defaults they are valid everywhere: at least
    one paragraph first, text without control characters, absolute URLs.

    ``text`` is the text of spans, keywords and the headline; ``names`` of people and
    organisations; ``optional_text`` of optional fields; ``links`` of every URL field.
    """
    text = text if text is not None else texts()
    names = names if names is not None else texts(max_size=30)
    optional_text = optional_text if optional_text is not None else st.none() | texts()
    links = links if links is not None else st.none() | urls()
    dates = dates if dates is not None else st.none() | date_values()
    languages = (
        languages
        if languages is not None
        else st.none() | st.sampled_from(["en", "de", "fr", "es", "ru", "pt-BR", "zh-Hant"])
    )
    content = inline_content(text, links)
    image = images(optional_text, links, sizes)
    sizes = sizes if sizes is not None else st.none() | st.integers(min_value=1, max_value=5000)
    same_as = st.lists(links, max_size=2).map(lambda found: tuple(u for u in found if u))
    person = st.builds(
        Person, names, url=links, role=optional_text, affiliation=optional_text, same_as=same_as
    )
    org = st.builds(Organization, names, url=links, logo=links, logo_width=sizes, logo_height=sizes)
    first = st.builds(Paragraph, content).map(lambda p: (p,)) if min_blocks else st.just(())
    return st.builds(
        Article,
        headline=text,
        subheadline=optional_text,
        authors=st.lists(person, max_size=3).map(tuple),
        organizations=st.lists(org, max_size=2).map(tuple),
        date_published=dates,
        date_modified=dates,
        dateline=st.none()
        | st.builds(Dateline, place=optional_text, agency=optional_text, date=optional_text),
        lead_image=st.none() | image,
        body=st.builds(
            lambda head, rest: (*head, *rest),
            first,
            st.lists(blocks(content, optional_text, image), max_size=6),
        ),
        url=links,
        publisher=st.none() | org,
        language=languages,
        keywords=st.lists(text, max_size=4).map(tuple),
        section=optional_text,
        description=optional_text,
        copyright=optional_text,
        furniture=st.lists(
            st.builds(
                Furniture,
                st.sampled_from(FurnitureKind),
                text,
                st.none() | st.integers(min_value=1, max_value=10_000),
            ),
            max_size=3,
        ).map(tuple),
    )


# --------------------------------------------------------------------------- adversarial leaves

_SURROGATE_PAIR = re.compile("([\ud800-\udbff])(?=[\udc00-\udfff])")
_SPECIAL_TEXT = (
    "<", ">", "&", '"', "'", "]]>", "\n", "\r\n", "\t", " ", "\x00", "\x07", "\x0b", "\x1b",
    "\ufffe", "\uffff", "\ud800", "\udfff", "\x85", "\u2028", "\u200f", "\U0001f600", "ש",
    "&amp;", "&mdash;", "<p>", "[", "](", "*", "_", "\\", "http://", "—",
)  # fmt: skip


def hostile_texts(max_size: int = 12) -> st.SearchStrategy[str]:
    """Any text, with the characters writers must handle with care mixed in: markup
    characters, control characters, lone surrogates, noncharacters, line breaks."""
    piece = st.one_of(st.characters(), st.sampled_from(_SPECIAL_TEXT))
    return st.lists(piece, max_size=max_size).map("".join).map(_apart)


def _apart(text: str) -> str:
    """Lone surrogates kept apart: a high one before a low one is a pair, which no JSON or
    UTF-16 consumer tells from the character it encodes (and no reader of bytes gives)."""
    return _SURROGATE_PAIR.sub("\\1 ", text)


_HOSTILE_URLS = (
    "https://de.wikipedia.org/wiki/Köln", "https://münchen.example/straße?q=ä#oben",
    "https://img.example/filters:focal\\(1x2\\)/a.jpg", "http://[x]/a.jpg", "http://[::1]/a",
    "http://[v1.x]/a", "http://news example/a", "http:a", "https:///a", "//cdn.example/a.png",
    "/relative/a.jpg", "../up.png", "a b.jpg", "#top", "?q=1", "mailto:ann@x.example",
    "urn:isbn:0451450523", "1a:b", "Köln:x", "https://x.example/%zz", "https://x.example/#a#b",
    "https://x.example:80x/", "  https://x.example/padded\n", "https://x.example/a\tb",
    "https://😀.example/", "https://-bad-.example/", "https://x.example/\x00\ud800",
    "javascript:alert(1)", "data:image/png;base64,AAAA", "", " ", "www.x.example/a",
    "https://u:p@x.example/", "HTTPS://X.EXAMPLE/A", "https://x.example/<a>\"{}|^`",
)  # fmt: skip


def hostile_urls() -> st.SearchStrategy[str | None]:
    """Addresses as sources give them: valid ones, IRIs, relative and broken ones."""
    return st.one_of(
        st.none(),
        urls(),
        st.sampled_from(_HOSTILE_URLS),
        st.builds(lambda a, b: a + b, st.sampled_from(_HOSTILE_URLS), hostile_texts(6)),
    )


_HOSTILE_LANGUAGES = (
    "en", "pt-BR", "pt_BR", "x", "English", "English (UK)", "de-DE-1996", "", " en ",
    "zh-Hant-TW", "i-klingon", "x-private", "toolongprimarytag", "en--US", "e n",
)  # fmt: skip


def hostile_languages() -> st.SearchStrategy[str | None]:
    """Language values as documents give them: tags, and things that are not tags."""
    return st.one_of(st.none(), st.sampled_from(_HOSTILE_LANGUAGES), hostile_texts(8))


def hostile_dates() -> st.SearchStrategy[DateValue | None]:
    """Dates of every precision over the whole range the types allow, with any UTC offset
    Python can hold (up to ±23:59:59, seconds and microseconds included)."""
    offsets = st.timedeltas(
        min_value=-dt.timedelta(hours=23, minutes=59, seconds=59),
        max_value=dt.timedelta(hours=23, minutes=59, seconds=59),
    ).map(dt.timezone)
    return st.one_of(
        st.none(),
        st.dates(),
        st.datetimes(),
        st.datetimes(timezones=offsets),
        date_values(),
    )


def hostile_sizes() -> st.SearchStrategy[int | None]:
    """Pixel sizes, and integers no size can be."""
    return st.one_of(
        st.none(),
        st.integers(min_value=-5, max_value=10_000),
        st.sampled_from([0, 2**31 - 1, 2**31, 2**63, 10**30]),
    )


def raw_articles() -> st.SearchStrategy[Article]:
    """Articles with every leaf adversarial: anything the model's types allow, as a reader
    may build it before the model's edge makes it valid. Writers give valid documents for
    every one (leaving out, with a warning, what no format can hold)."""
    return articles(
        text=hostile_texts(),
        names=hostile_texts(),
        optional_text=st.none() | hostile_texts(),
        links=hostile_urls(),
        dates=hostile_dates(),
        languages=hostile_languages(),
        sizes=hostile_sizes(),
        min_blocks=0,
    )
