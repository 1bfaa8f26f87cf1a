"""The NITF writer: conformance (IPTC's XSD through the independent checker, our profile),
round trips, the mapping of every model field, escaping, warnings, and the real article."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import attrs
import pytest
from lxml import etree

import newsschema
from conftest import REAL_ARTICLE, SHARED, need_shared, run_checker
from newsschema.errors import NotAnArticleError
from newsschema.formats import nitf
from newsschema.formats._nitf_common import format_norm
from newsschema.model import (
    Article,
    Dateline,
    Heading,
    Image,
    ImageBlock,
    Link,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Text,
)
from test_nitf_articles import (
    ARTICLES,
    ESCAPING,
    FULL,
    MINUS_0530,
    NAIVE,
    PLUS_3,
    UTC_DATELINE,
)

NS = {"n": "http://iptc.org/std/NITF/2006-10-18/"}


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def one(root: etree._Element, path: str) -> etree._Element:
    found = root.xpath(path, namespaces=NS)
    assert isinstance(found, list)
    assert len(found) == 1, f"{path}: {len(found)} matches"
    element = found[0]
    assert isinstance(element, etree._Element)
    return element


def names(element: etree._Element) -> list[str]:
    return [etree.QName(child).localname for child in element]


def text(element: etree._Element) -> str:
    return "".join(str(piece) for piece in element.itertext())


def attributes(element: etree._Element) -> dict[str, str]:
    return {str(name): str(value) for name, value in element.attrib.items()}


# --------------------------------------------------------------------------- conformance


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_the_independent_checker_accepts_every_article(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.xml"
    path.write_bytes(nitf.encode(ARTICLES[name]))
    result = run_checker("check_nitf.py", path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == f"OK {path}"


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_our_profile_accepts_every_article(name: str) -> None:
    assert nitf.validate(nitf.encode(ARTICLES[name]), strict=True) == []


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_round_trip(name: str) -> None:
    first = nitf.encode(ARTICLES[name])
    assert nitf.encode(nitf.decode(first)) == first


def test_everything_nitf_can_hold_reads_back_unchanged() -> None:
    assert nitf.decode(nitf.encode(FULL)) == FULL


def test_every_character_xml_can_hold_reads_back_unchanged() -> None:
    back = nitf.decode(nitf.encode(ESCAPING))
    expected_body = list(ESCAPING.body)
    expected_body[5] = Paragraph([Text("A control character  here and a bell  there.")])
    assert back == attrs.evolve(ESCAPING, body=expected_body)


def test_what_nitf_cannot_hold_is_dropped_with_a_warning() -> None:
    data, warnings = nitf.encode_with_warnings(NAIVE)
    back = nitf.decode(data)
    # the publisher's URL and logo have no NITF element; the lost link reads back as one
    assert back.body == NAIVE.body
    assert back.publisher == Organization("Daily Example")
    assert warnings == [
        "publisher.url: NITF has no place for it; not written",
        "publisher.logo: NITF has no place for it; not written",
    ]
    assert nitf.check(NAIVE) == warnings
    assert attrs.evolve(back, publisher=NAIVE.publisher) == NAIVE


# --------------------------------------------------------------------------- the document


def test_document_shape() -> None:
    data = nitf.encode(FULL)
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<nitf ")
    assert data.endswith(b"</nitf>\n")
    root = parse(data)
    assert root.tag == "{http://iptc.org/std/NITF/2006-10-18/}nitf"
    assert root.get("version") == "-//IPTC//DTD NITF 3.6//EN"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en-US"
    assert names(root) == ["head", "body"]
    assert names(one(root, "n:head")) == ["title", "docdata", "pubdata", "revision-history"]
    assert names(one(root, "n:head/n:docdata")) == [
        "doc-id", "date.issue", "date.release", "doc.copyright", "key-list",
    ]  # fmt: skip
    assert names(one(root, "n:body")) == ["body.head", "body.content", "body.end"]
    assert names(one(root, "n:body/n:body.head")) == [
        "hedline", "byline", "distributor", "dateline", "abstract",
    ]  # fmt: skip
    assert names(one(root, "n:body/n:body.content")) == [
        "media", "p", "hl2", "p", "hl2", "bq", "ul", "ol", "hr", "media", "p",
    ]  # fmt: skip
    assert names(one(root, "n:body/n:body.end")) == ["tagline"]


def test_pretty_printed_without_touching_text() -> None:
    data = nitf.encode(FULL)
    assert b"\n    <docdata>\n      <doc-id " in data
    assert b"<byline>By <person>Jane Doe</person>, <byttl>Staff Reporter, <org>" in data
    assert b"<li><em>A landing stage</em></li>" in data


def test_head_metadata() -> None:
    root = parse(nitf.encode(FULL))
    assert text(one(root, "n:head/n:title")) == FULL.headline
    assert one(root, "//n:date.issue").get("norm") == "20221104T093000+0300"
    assert one(root, "//n:date.release").get("norm") == "20221104T093000+0300"
    assert one(root, "//n:revision-history").get("norm") == "20221105T121505+0300"
    copyright_ = one(root, "//n:doc.copyright")
    assert (copyright_.get("holder"), copyright_.get("year")) == ("Example News", "2022")
    keys = [k.get("key") for k in root.iterfind(".//n:keyword", NS)]
    assert keys == ["parks", "city council", "urban planning"]
    pubdata = one(root, "n:head/n:pubdata")
    assert attributes(pubdata) == {
        "type": "web",
        "name": "Example News",
        "date.publication": "20221104T093000+0300",
        "ex-ref": "https://news.example/2022/11/04/riverside-park",
        "position.section": "Local",
    }


@pytest.mark.parametrize(
    ("value", "norm"),
    [
        (dt.date(2022, 11, 4), "20221104"),
        (dt.datetime(2022, 11, 4, 9, 30), "20221104T093000"),
        (dt.datetime(2022, 11, 4, 9, 30, tzinfo=PLUS_3), "20221104T093000+0300"),
        (dt.datetime(2022, 11, 4, 9, 30, tzinfo=MINUS_0530), "20221104T093000-0530"),
        (dt.datetime(2022, 11, 4, 9, 30, tzinfo=dt.timezone.utc), "20221104T093000+0000"),
        (dt.date(999, 1, 2), "09990102"),
        (dt.datetime(5, 6, 7, 8, 9, 10), "00050607T080910"),
    ],
)  # fmt: skip
def test_dates_in_iso_basic_form_keep_their_precision(value: dt.date, norm: str) -> None:
    article = Article(headline="Dated", date_published=value)
    root = parse(nitf.encode(article))
    assert one(root, "//n:date.issue").get("norm") == norm
    back = nitf.decode(nitf.encode(article)).date_published
    assert back == value
    assert type(back) is type(value)
    if isinstance(value, dt.datetime):
        assert isinstance(back, dt.datetime)
        assert back.utcoffset() == value.utcoffset()


def test_what_the_basic_form_cannot_hold_is_reported() -> None:
    value = dt.datetime(2022, 11, 4, 9, 30, 0, 250_000)
    assert format_norm(value) == ("20221104T093000", ["fractional seconds"])
    _data, warnings = nitf.encode_with_warnings(Article(headline="x", date_modified=value))
    assert warnings == ["date_modified: fractional seconds dropped (NITF dates stop at seconds)"]


def test_doc_id_comes_from_the_url() -> None:
    root = parse(nitf.encode(FULL))
    expected = uuid.uuid5(uuid.NAMESPACE_URL, "https://news.example/2022/11/04/riverside-park")
    assert one(root, "//n:doc-id").get("id-string") == f"urn:uuid:{expected}"


def test_doc_id_without_url_is_a_stable_content_hash() -> None:
    def doc_id(article: Article) -> str | None:
        return one(parse(nitf.encode(article)), "//n:doc-id").get("id-string")

    assert NAIVE.url is None
    first = doc_id(NAIVE)
    assert first is not None
    assert first.startswith("urn:uuid:")
    assert doc_id(attrs.evolve(NAIVE)) == first
    assert doc_id(nitf.decode(nitf.encode(NAIVE))) == first
    assert doc_id(attrs.evolve(NAIVE, headline="Another headline")) != first


def test_body_head() -> None:
    root = parse(nitf.encode(FULL))
    assert text(one(root, "//n:hedline/n:hl1")) == FULL.headline
    assert text(one(root, "//n:hedline/n:hl2")) == FULL.subheadline
    byline = one(root, "//n:byline")
    assert text(byline) == (
        "By Jane Doe, Staff Reporter, Example News, Omar Haddad, Correspondent "
        "and Dana Levi, Partner Wire"
    )
    assert [text(p) for p in byline.iterfind("n:person", NS)] == [
        "Jane Doe", "Omar Haddad", "Dana Levi",
    ]  # fmt: skip
    assert [text(t) for t in byline.iterfind("n:byttl", NS)] == [
        "Staff Reporter, Example News", "Correspondent", "Partner Wire",
    ]  # fmt: skip
    assert one(byline, "n:virtloc").get("value") == "https://news.example/staff/jane-doe"
    assert names(byline) == ["person", "byttl", "virtloc", "person", "byttl", "person", "byttl"]
    org = one(root, "//n:distributor/n:org")
    assert (text(org), org.get("idsrc"), org.get("value")) == (
        "Example Wire", "url", "https://wire.example",
    )  # fmt: skip
    dateline = one(root, "//n:dateline")
    assert text(dateline) == "SPRINGFIELD, Ill., Nov. 4, 2022 (EW)"
    assert text(one(dateline, "n:location")) == "SPRINGFIELD, Ill."
    story_date = one(dateline, "n:story.date")
    assert (text(story_date), story_date.get("norm")) == ("Nov. 4, 2022", "20221104")
    assert text(one(root, "//n:abstract/n:p")) == FULL.description


def test_a_dateline_date_without_a_year_has_no_norm() -> None:
    root = parse(nitf.encode(UTC_DATELINE))
    story_date = one(root, "//n:dateline/n:story.date")
    assert text(story_date) == "Feb 29"
    assert story_date.get("norm") is None
    agency_only = parse(nitf.encode(NAIVE))
    assert text(one(agency_only, "//n:dateline")) == "(Reuters)"
    assert nitf.decode(nitf.encode(NAIVE)).dateline == Dateline(agency="Reuters")


def test_inline_markup() -> None:
    root = parse(nitf.encode(FULL))
    first = one(root, "//n:body.content/n:p[1]")
    assert [(etree.QName(e).localname, e.get("class"), e.text) for e in first.iter("{*}em")] == [
        ("em", None, "seven to two"),
        ("em", "strong", "ending years of debate"),
        ("em", "strong", None),
        ("em", None, "a long night"),
        ("em", None, "minutes"),
    ]
    links = [(a.get("href"), text(a)) for a in first.iterfind("n:a", NS)]
    assert links == [
        ("https://council.example/plan?id=7&view=full", "full plan"),
        ("https://council.example/minutes", "minutes"),
    ]
    assert b'href="https://council.example/plan?id=7&amp;view=full"' in nitf.encode(FULL)
    assert [h.get("class") for h in root.iterfind(".//n:body.content/n:hl2", NS)] == [
        None, "level-3",
    ]  # fmt: skip


def test_a_lost_link_is_a_link_without_href() -> None:
    root = parse(nitf.encode(NAIVE))
    paragraph = one(root, "//n:body.content/n:p")
    assert text(paragraph) == "A story with a lost link in it."
    link = one(paragraph, "n:a")
    assert (attributes(link), link.text) == ({}, "lost link")
    empty = Article(headline="x", body=[Paragraph([Text("a"), Link(""), Text("b")])])
    assert nitf.decode(nitf.encode(empty)).body == (Paragraph([Text("ab")]),)


def test_an_anchor_is_not_a_link() -> None:
    data = (
        b'<nitf><body><body.content><p>See <a name="x">here</a> and <a>there</a>.</p>'
        b"</body.content></body></nitf>"
    )
    assert nitf.decode(data).body == (Paragraph([Text("See here and "), Link("there"), Text(".")]),)


def test_quotes_lists_dividers() -> None:
    root = parse(nitf.encode(FULL))
    bq = one(root, "//n:bq")
    assert names(bq) == ["block", "credit"]
    assert [text(p) for p in bq.iterfind("n:block/n:p", NS)] == [
        "This is a gift to the neighbourhoods along the river.", "We waited long enough.",
    ]  # fmt: skip
    assert text(one(bq, "n:credit")) == "Mayor John Smith"
    assert [text(li) for li in one(root, "//n:ul").iterfind("n:li", NS)] == [
        "Lawns", "A landing stage", "Paths",
    ]  # fmt: skip
    assert [text(li) for li in one(root, "//n:ol").iterfind("n:li", NS)] == [
        "Clear the yard", "Plant trees",
    ]  # fmt: skip
    assert len(one(root, "//n:hr")) == 0


def test_images() -> None:
    root = parse(nitf.encode(FULL))
    lead, body_image = root.iterfind(".//n:media", NS)
    assert lead.getprevious() is None  # the lead image opens body.content
    assert lead.get("media-type") == "image"
    assert attributes(one(lead, "n:media-reference")) == {
        "source": "https://news.example/img/park.JPG?w=1200",
        "mime-type": "image/jpeg",
        "alternate-text": "A fenced rail yard by the river",
        "width": "1200",
        "height": "800",
    }
    assert text(one(lead, "n:media-caption")) == "The rail yard that will become a park."
    assert text(one(lead, "n:media-producer")) == "Jo Photo / Example Wire"
    assert one(body_image, "n:media-reference").get("mime-type") == "image/png"
    # an image with a caption and nothing else is no media (it would need a reference)
    root = parse(nitf.encode(UTC_DATELINE))
    assert root.find(".//n:media", NS) is None
    caption = one(root, "//n:body.content/n:p[1]")
    assert (caption.get("class"), text(caption)) == (
        "media-caption",
        "A caption without a photo URL.",
    )
    assert attributes(one(root, "//n:body.content/n:p[2]")) == {"class": "media-producer"}
    assert nitf.decode(nitf.encode(UTC_DATELINE)).lead_image == UTC_DATELINE.lead_image


@pytest.mark.parametrize(
    "image",
    [
        Image(caption="Only a caption"),
        Image(credit="Only a credit"),
        Image(caption="Two\nlines", credit="And a credit"),
        Image(alt="Alt text but no URL", caption="With a caption"),
    ],
)
def test_images_without_url_read_back(image: Image) -> None:
    article = Article(
        headline="x",
        lead_image=image,
        body=[Paragraph([Text("a")]), ImageBlock(image), ImageBlock(image), ImageBlock(Image("u"))],
    )
    data = nitf.encode(article)
    assert nitf.validate(data, strict=True) == []
    assert nitf.decode(data) == article


def test_tagline_carries_the_trailer_the_notice_and_the_source() -> None:
    root = parse(nitf.encode(FULL))
    tagline = one(root, "n:body/n:body.end/n:tagline")
    assert names(tagline) == ["br", "copyrite", "br", "a"]
    assert tagline.text == FULL.furniture[0].text
    assert text(one(tagline, "n:copyrite")) == FULL.copyright
    assert one(tagline, "n:a").get("href") == FULL.url


@pytest.mark.parametrize(
    ("article", "holder", "year"),
    [
        (ESCAPING, 'Quote "Holder" & Sons', "2023"),
        (Article(headline="x", copyright="Copyright 2019-2021 A. B. Media"), "A. B. Media", "2021"),
        (
            Article(
                headline="x",
                copyright="Copyright 2023 The Wire Service. All rights reserved. This material "
                "may not be published, broadcast, rewritten or redistributed.",
            ),
            "The Wire Service",
            "2023",
        ),
        (
            Article(headline="x", copyright="© Example Co. Ltd. Reuse needs permission"),
            "Example Co. Ltd",
            None,
        ),
        (Article(headline="x", copyright="(c) 2020 Wire; do not redistribute"), "Wire", "2020"),
    ],
)
def test_copyright_holder(article: Article, holder: str, year: str | None) -> None:
    element = one(parse(nitf.encode(article)), "//n:doc.copyright")
    assert (element.get("holder"), element.get("year")) == (holder, year)


def test_no_copyright_without_a_printed_notice() -> None:
    # NAIVE has a publisher but no notice: the publisher is not presumed to hold the rights
    assert NAIVE.copyright is None
    assert parse(nitf.encode(NAIVE)).find(".//n:doc.copyright", NS) is None


# --------------------------------------------------------------------------- characters


def test_markup_characters_are_escaped_not_interpreted() -> None:
    data = nitf.encode(ESCAPING)
    assert b"Tax &quot;reform&quot; &lt;draft&gt; &amp; more" not in data  # text, not attribute
    assert 'Tax "reform" &lt;draft&gt; &amp; more: what changes 🧾'.encode() in data
    assert b"CDATA &lt;![CDATA[x]]&gt;" in data
    assert b'key="&lt;tag&gt;"' in data
    assert "\U0001f469\U0001f3fd\u200d\U0001f680".encode() in data  # UTF-8, not references
    assert "قال المتحدث".encode() in data
    assert "הפארק ייפתח".encode() in data


def test_forbidden_characters_are_removed_and_reported() -> None:
    data, warnings = nitf.encode_with_warnings(ESCAPING)
    assert b"\x07" not in data
    assert b"\x1b" not in data
    assert warnings == [
        "body[5].content[0].text: removed 2 character(s) XML 1.0 cannot hold (U+0007, U+001B)"
    ]


def test_forbidden_characters_anywhere() -> None:
    bad = "a\x00b\ufffe\uffffc\ud800d\x0b"
    article = Article(
        headline=bad,
        authors=[Person(bad, url=bad, role=bad)],
        lead_image=Image(url=bad, alt=bad, caption=bad),
        body=[Paragraph([Link(bad, bad)]), ListBlock([[Text(bad)]])],
        keywords=[bad],
        url=bad,
    )
    data, warnings = nitf.encode_with_warnings(article)
    back = nitf.decode(data)
    assert back.headline == "abcd"
    assert back.keywords == ("abcd",)
    # addresses are URIs in the model: what XML cannot hold there is percent-encoded
    encoded = "a%00b%EF%BF%BE%EF%BF%BFc%ED%A0%80d"
    assert back.body[0] == Paragraph([Link("abcd", encoded)])
    assert back.lead_image is not None
    assert back.lead_image.url == encoded
    # a relative address where an absolute one belongs, with no article URL: left out
    assert [w.split(":")[0] for w in warnings[:2]] == ["$.url", "$.authors[0].url"]
    assert all("is relative and the article has no URL" in w for w in warnings[:2])
    assert [w.split(":")[0] for w in warnings[2:]] == [
        "headline", "authors[0].name", "authors[0].role", "lead_image.alt", "lead_image.caption",
        "body[0].content[0].text", "body[1].items[0][0].text", "keywords[0]",
    ]  # fmt: skip
    assert all(
        "removed 5 character(s) XML 1.0 cannot hold (U+0000, U+000B, U+D800, U+FFFE, U+FFFF)" in w
        for w in warnings[2:]
    )
    assert nitf.validate(data, strict=True) == []


def test_line_breaks() -> None:
    article = Article(
        headline="Two\nlines",
        authors=[Person("Ann\nLee")],
        body=[Paragraph([Text("one\ntwo", em=True), Text("\r\nthree")])],
    )
    data, warnings = nitf.encode_with_warnings(article)
    assert b"<hl1>Two<br/>lines</hl1>" in data
    assert b"<title>Two lines</title>" in data
    assert b"<p><em>one<br/>two</em>&#13;<br/>three</p>" in data
    assert warnings == [
        "authors[0].name: line break written as a space (the element holds no <br/>)"
    ]
    back = nitf.decode(data)
    assert back.headline == "Two\nlines"
    assert back.authors == (Person("Ann Lee"),)
    assert back.body == article.body


def test_language_that_is_not_a_tag_is_left_out_with_a_warning() -> None:
    article = Article(headline="x", language="English (UK)")
    data, warnings = nitf.encode_with_warnings(article)
    root = parse(data)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") is None
    assert root.get("baselang") is None
    assert warnings == [
        (
            "$.language: 'English (UK)' is not a BCP 47 language tag (expected e.g. en or pt-BR);"
            " dropped"
        )
    ]
    assert nitf.decode(data).language is None


def test_baselang_of_an_old_document_is_read_when_it_is_a_tag() -> None:
    head = b'<?xml version="1.0"?>\n<nitf baselang="%s"><body><body.content><p>x</p>'
    tail = b"</body.content></body></nitf>"
    assert nitf.decode(head % b"en-US" + tail).language == "en-US"
    article, warnings = nitf.decode_with_warnings(head % b"English" + tail)
    assert article.language is None
    assert warnings == [
        "$.language: 'English' is not a BCP 47 language tag (expected e.g. en or pt-BR); dropped"
    ]


def test_what_nitf_needs_but_the_article_lacks_is_skipped_with_a_warning() -> None:
    article = Article(
        headline="x",
        authors=[Person(" "), Person("Real Name")],
        organizations=[Organization("")],
        body=[ListBlock([]), ImageBlock(Image(url="https://x.example/a.gif", width=-1))],
    )
    data, warnings = nitf.encode_with_warnings(article)
    assert warnings == [
        (
            "$.body[1].image.width: -1 is not a size: a size is a whole number from 1 to"
            " 2147483647 pixels; dropped"
        ),
        "authors[0]: an author without a name is not written",
        "organizations[0]: an agency without a name is not written",
        "body[0]: an empty list is not written (NITF needs an li)",
    ]
    assert nitf.validate(data, strict=True) == []
    back = nitf.decode(data)
    assert back.authors == (Person("Real Name"),)
    assert back.lead_image == Image(url="https://x.example/a.gif")


def test_an_article_without_lead_image_opening_with_an_image_reads_it_as_lead() -> None:
    image = Image(url="https://x.example/first.webp", caption="First")
    article = Article(headline="x", body=[ImageBlock(image), Paragraph([Text("p")])])
    back = nitf.decode(nitf.encode(article))
    assert back.lead_image == image
    assert back.body == (Paragraph([Text("p")]),)
    assert nitf.encode(back) == nitf.encode(article)


def test_heading_levels_survive() -> None:
    body = [Heading([Text(f"h{level}")], level=level) for level in range(1, 7)]
    assert nitf.decode(nitf.encode(Article(headline="x", body=body))).body == tuple(body)


# --------------------------------------------------------------------------- the real article


@pytest.fixture(scope="module")
def real() -> tuple[Article, bytes]:
    article = newsschema.parse_file(need_shared("examples", REAL_ARTICLE.name))
    return article, nitf.encode(article)


def test_real_article_carries_what_the_issue_names(real: tuple[Article, bytes]) -> None:
    article, data = real
    root = parse(data)
    assert text(one(root, "//n:hedline/n:hl1")) == article.headline != ""
    assert text(one(root, "n:head/n:title")) == article.headline
    assert [text(p) for p in root.iterfind(".//n:byline/n:person", NS)] == ["Kirill Ponomarev"]
    assert one(root, "//n:date.issue").get("norm") == "20221104"
    # the photo's URL was lost: its caption and credit open body.content, without a media
    assert root.find(".//n:media", NS) is None
    assert article.lead_image is not None
    assert text(one(root, "//n:body.content/n:p[1]")) == article.lead_image.caption
    assert one(root, "//n:body.content/n:p[1]").get("class") == "media-caption"
    assert text(one(root, "//n:body.content/n:p[2]")) == "Irina Bujor / Kommersant"
    assert one(root, "//n:body.content/n:p[2]").get("class") == "media-producer"
    content = one(root, "//n:body.content")
    assert len(content.xpath("n:p[not(@class)]", namespaces=NS)) == 29  # the story's paragraphs
    assert article.url is not None
    assert article.url.startswith("https://www.themoscowtimes.com/2022/11/04/")
    assert one(root, "n:head/n:pubdata").get("ex-ref") == article.url
    assert one(root, "//n:tagline/n:a").get("href") == article.url


def test_real_article_passes_the_official_xsd(real: tuple[Article, bytes], tmp_path: Path) -> None:
    _article, data = real
    path = tmp_path / "real.xml"
    path.write_bytes(data)
    result = run_checker("check_nitf.py", path)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == f"OK {path}"
    assert nitf.validate(data, strict=True) == []


def test_real_article_round_trip(real: tuple[Article, bytes]) -> None:
    article, data = real
    back = nitf.decode(data)
    assert nitf.encode(back) == data
    # the text reader's lost links ([text](#)) come back as links: nothing changes
    assert back == article
    assert any(
        isinstance(span, Link) and span.href is None
        for block in article.body
        for span in getattr(block, "content", ())
    )


# --------------------------------------------------------------------------- the dev set


def _dev_texts() -> list[str]:
    folder = SHARED / "examples" / "dev"
    return sorted(p.name for p in folder.glob("*.txt")) or ["(../shared is absent)"]


@pytest.mark.parametrize("name", _dev_texts())
def test_dev_articles_write_valid_nitf_that_round_trips(name: str) -> None:
    path = need_shared("examples", "dev", name)
    try:
        article = newsschema.parse_file(path)
    except NotAnArticleError:
        pytest.skip(f"the text reader does not read {name} as an article")
    data = nitf.encode(article)
    assert nitf.validate(data, strict=True) == []
    assert nitf.validate(data, xsd=need_shared("standards", "nitf", "nitf-3-6.xsd")) == []
    assert nitf.encode(nitf.decode(data)) == data
