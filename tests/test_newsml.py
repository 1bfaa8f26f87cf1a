"""NewsML-G2 2.35: every article valid against IPTC's official XSD, with its NITF valid
against IPTC's NITF XSD; the mapping; round trips; IPTC's examples; newsMessage; broken
documents rejected with line, path and reason; safe parsing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
from lxml import etree

import newsschema
from conftest import EXAMPLES, REAL_ARTICLE, SHARED, need_shared
from newsschema.errors import FormatError, NotAnArticleError
from newsschema.formats import newsml
from newsschema.model import (
    Article,
    Furniture,
    FurnitureKind,
    Image,
    ImageBlock,
    Organization,
    Paragraph,
    Person,
    Text,
)
from test_nitf_articles import ARTICLES, ESCAPING, FULL, NAIVE

NS = {
    "g": "http://iptc.org/std/nar/2006-10-01/",
    "n": "http://iptc.org/std/NITF/2006-10-18/",
    "h": "http://www.w3.org/1999/xhtml",
}
CREATED = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def official_schema(*parts: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(need_shared("standards", *parts)), PARSER))


def assert_official(data: bytes) -> None:
    """Valid against IPTC's NewsML-G2 XSD in ../shared, and every NITF in it against IPTC's
    NITF XSD (the NewsML-G2 schema checks inlineXML only laxly)."""
    document = etree.fromstring(data, PARSER)
    g2 = official_schema("newsml-g2", "NewsML-G2_2.35-spec-All-Power.xsd")
    assert g2.validate(document), g2.error_log
    nitf = official_schema("nitf", "nitf-3-6.xsd")
    for element in document.iterfind(".//n:nitf", NS):
        assert nitf.validate(etree.ElementTree(element)), nitf.error_log
    assert newsml.validate(data, strict=True) == []
    assert newsml.validate(data, nitf_xsd=need_shared("standards", "nitf", "nitf-3-6.xsd")) == []


def one(root: etree._Element, path: str) -> etree._Element:
    found = root.xpath(path, namespaces=NS)
    assert isinstance(found, list)
    assert len(found) == 1, f"{path}: {len(found)} matches"
    element = found[0]
    assert isinstance(element, etree._Element)
    return element


def text(element: etree._Element) -> str:
    return "".join(str(t) for t in element.itertext())


def expected_back(article: Article, body: str) -> Article:
    """``article`` less what NewsML-G2 does not carry (the losses newsml.py lists)."""
    publisher = article.publisher
    # a NITF body holds the trailers (in its tagline, without their lines), no other furniture
    trailers = [
        Furniture(f.kind, f.text)
        for f in article.furniture
        if f.kind is FurnitureKind.TRAILER and body == "nitf"
    ]
    return attrs.evolve(
        article,
        publisher=Organization(publisher.name, publisher.url) if publisher else None,
        organizations=[Organization(o.name, o.url) for o in article.organizations],
        furniture=trailers,
    )


# --------------------------------------------------------------------------- conformance


@pytest.mark.parametrize("body", newsml.BODIES)
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_test_article_is_valid_and_reads_back(name: str, body: str) -> None:
    article = ARTICLES[name]
    data = newsschema.to_newsml(article, body=body, created=CREATED)
    assert_official(data)
    back = newsschema.from_newsml(data)
    if article is ESCAPING:  # XML 1.0 cannot hold the control characters: removed
        article = attrs.evolve(
            article,
            body=[
                *article.body[:5],
                Paragraph([Text("A control character  here and a bell  there.")]),
                *article.body[6:],
            ],
        )
    assert back == expected_back(article, body)
    assert newsschema.to_newsml(back, body=body, created=CREATED) == data


def _texts() -> list[Path]:
    dev = sorted((SHARED / "examples" / "dev").glob("*.txt"))
    return sorted(EXAMPLES.glob("*.txt")) + dev + [REAL_ARTICLE]


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.stem)
def test_fixtures_dev_and_real_articles_write_valid_newsml(path: Path) -> None:
    if not path.exists():
        need_shared("examples", path.name)
    try:
        article = newsschema.parse_file(path)
    except NotAnArticleError:
        pytest.skip(f"the text reader does not read {path.name} as an article")
    for body in newsml.BODIES:
        data = newsml.encode(article, body=body, created=CREATED)
        assert_official(data)
        back = newsml.decode(data)
        assert back == expected_back(article, body)
        assert newsml.encode(back, body=body, created=CREATED) == data


def test_the_packaged_schema_is_the_official_one() -> None:
    packaged = Path(newsschema.__file__).parent / "schemas" / "iptc"
    name = "NewsML-G2_2.35-spec-All-Power.xsd"
    assert (packaged / name).read_bytes() == need_shared(
        "standards", "newsml-g2", name
    ).read_bytes()
    assert "Creative Commons Attribution 4.0" in (packaged / name).read_text("utf-8")[:600]


# --------------------------------------------------------------------------- the mapping


def test_the_full_article() -> None:
    root = etree.fromstring(newsschema.to_newsml(FULL), PARSER)
    assert root.get("guid") == "urn:uuid:2bebc573-5cf6-5a07-b7b4-3cafc3555e7e"  # NITF's doc-id
    assert one(root, "//n:doc-id").get("id-string") == root.get("guid")
    assert (root.get("standard"), root.get("standardversion")) == ("NewsML-G2", "2.35")
    assert text(one(root, "g:rightsInfo/g:copyrightNotice")) == FULL.copyright
    assert text(one(root, "g:rightsInfo/g:copyrightHolder/g:name")) == "Example News"
    meta = one(root, "g:itemMeta")
    assert one(meta, "g:itemClass").get("qcode") == "ninat:text"
    assert text(one(meta, "g:provider/g:name")) == "Example News"
    assert text(one(meta, "g:versionCreated")) == "2022-11-05T12:15:05+03:00"
    assert text(one(meta, "g:firstCreated")) == "2022-11-04T09:30:00+03:00"
    assert one(meta, "g:pubStatus").get("qcode") == "stat:usable"
    assert text(one(meta, "g:service/g:name")) == "Local"
    content = one(root, "g:contentMeta")
    assert text(one(content, "g:contentCreated")) == "2022-11-04T09:30:00+03:00"
    assert text(one(content, "g:located/g:name")) == "SPRINGFIELD, Ill."
    assert one(content, "g:infoSource").get("uri") == "https://wire.example"
    jane = content.find("g:creator", NS)
    assert jane is not None
    assert jane.get("uri") == "https://news.example/staff/jane-doe"
    assert text(one(jane, "g:note")) == "Staff Reporter"
    assert text(one(jane, "g:personDetails/g:affiliation/g:name")) == "Example News"
    assert one(content, "g:language").get("tag") == "en-US"
    assert [text(h) for h in content.iterfind("g:headline", NS)] == [
        FULL.headline,
        FULL.subheadline,
    ]
    dateline = one(content, "g:dateline")
    assert text(dateline) == "SPRINGFIELD, Ill., Nov. 4, 2022 (EW)"
    assert [s.get("class") for s in dateline] == ["place", "date", "agency"]
    assert text(one(content, "g:by")) == "Jane Doe, Omar Haddad and Dana Levi"
    assert one(content, "g:description").get("role") == "drol:summary"
    inline = one(root, "g:contentSet/g:inlineXML")
    assert inline.get("contenttype") == "application/nitf+xml"
    assert text(one(inline, "n:nitf/n:body/n:body.head/n:hedline/n:hl1")) == FULL.headline
    remote = one(root, "g:contentSet/g:remoteContent")
    assert (remote.get("href"), remote.get("contenttype")) == (FULL.url, "text/html")


def test_the_xhtml_alternative() -> None:
    root = etree.fromstring(newsschema.to_newsml(FULL, body="xhtml"), PARSER)
    inline = one(root, "g:contentSet/g:inlineXML")
    assert inline.get("contenttype") == "application/xhtml+xml"
    assert text(one(inline, "h:html/h:head/h:title")) == FULL.headline
    body = one(inline, "h:html/h:body")
    assert one(body, "h:figure[1]").get("class") == "lead"
    assert text(one(body, "h:p[1]/h:em[1]")) == "seven to two"


def test_dates_keep_their_precision_and_the_version_time_is_never_padded() -> None:
    article = Article(
        headline="x",
        date_published=dt.date(2022, 11, 4),
        date_modified=dt.datetime(2022, 11, 5, 8, 0),
        publisher=Organization("P"),
    )
    data, warnings = newsml.encode_with_warnings(article, created=CREATED)
    root = etree.fromstring(data, PARSER)
    assert text(one(root, "//g:contentCreated")) == "2022-11-04"
    assert text(one(root, "//g:contentModified")) == "2022-11-05T08:00:00"
    assert text(one(root, "//g:versionCreated")) == "2022-11-05T08:00:00"  # the article's own
    assert root.find(".//g:firstCreated", NS) is None  # a day is no date-time
    assert warnings == []
    day_only = attrs.evolve(article, date_modified=None)
    data, warnings = newsml.encode_with_warnings(day_only, created=CREATED)
    assert text(one(etree.fromstring(data, PARSER), "//g:versionCreated")) == "2024-01-02T03:04:05Z"
    assert warnings == [
        (
            "itemMeta/versionCreated: the article has no date-time, and this element needs one: "
            "the time of writing is given (no date is padded with an invented time)"
        )
    ]
    assert newsml.decode(data).date_published == dt.date(2022, 11, 4)
    assert newsml.decode(data).date_modified is None


def test_source_date_epoch_makes_output_repeatable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data = newsschema.to_newsml(Article(headline="x"))
    assert b"<versionCreated>2023-11-14T22:13:20Z</versionCreated>" in data
    assert newsschema.to_newsml(Article(headline="x")) == data
    guid = etree.fromstring(data, PARSER).get("guid")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    # the id does not depend on the time of writing
    assert etree.fromstring(newsschema.to_newsml(Article(headline="x")), PARSER).get("guid") == guid


def test_what_newsml_does_not_carry_is_reported() -> None:
    data, warnings = newsml.encode_with_warnings(NAIVE, created=CREATED)
    assert warnings == ["publisher.logo: NewsML-G2 has no place for it; not written"]
    assert newsml.decode(data).publisher == Organization("Daily Example", "https://daily.example")
    assert newsschema.newsml_warnings(NAIVE) == warnings
    spaced = Article(headline=" Two\nlines ", keywords=["a\tb"], publisher=Organization("P"))
    data, warnings = newsml.encode_with_warnings(spaced, created=CREATED)
    assert newsml.decode(data).headline == "Two lines"
    assert newsml.decode(data).keywords == ("a b",)
    assert warnings[:2] == [
        "headline: line breaks or tabs written as spaces, white space at the edges dropped",
        "keywords[0]: line breaks or tabs written as spaces, white space at the edges dropped",
    ]
    assert newsml.validate(data, strict=True) == []


def test_an_empty_provider_when_no_publisher_is_named() -> None:
    data, warnings = newsml.encode_with_warnings(Article(headline="x"), created=CREATED)
    assert len(one(etree.fromstring(data, PARSER), "//g:provider")) == 0
    assert warnings[0].startswith("itemMeta/provider: the article names no publisher")


# --------------------------------------------------------------------------- reading


def test_iptc_text_item_reads() -> None:
    path = need_shared("standards", "newsml-g2", "examples", "LISTING_1_A_NewsML-G2_News_Item.xml")
    data = path.read_bytes()
    assert newsml.validate(data) == []
    article = newsschema.from_newsml(data, source=str(path))
    assert article.headline == 'Fed to halt QE to avert "bubble"'
    assert article.authors == (
        Person("Meredith Jameson", url="http://www.example.com/staff/mjameson"),
    )
    minus_5 = dt.timezone(-dt.timedelta(hours=5))
    assert article.date_published == dt.datetime(2016, 10, 18, 11, 12, tzinfo=minus_5)
    assert article.date_modified == dt.datetime(2018, 10, 21, 16, 22, 45, tzinfo=minus_5)
    assert article.body == ()  # its inlineXML holds only comments
    assert article.copyright == "Copyright 2017-18 Example Enews LLP, all rights reserved"
    assert article.language == "en-GB"
    assert article.dateline is not None
    assert article.dateline.place == "Berlin"
    assert "labour market" in article.keywords


def test_iptc_item_with_nitf_reads() -> None:
    path = need_shared(
        "standards", "newsml-g2", "examples", "LISTING_22_Sports_story_in_NewsML-G2NITF.xml"
    )
    data = path.read_bytes()
    # valid against IPTC's schemas (the default); newsschema's own NITF profile asks for a
    # head it lacks
    assert newsml.validate(data, nitf_xsd=need_shared("standards", "nitf", "nitf-3-6.xsd")) == []
    assert newsml.validate(data) == []
    profiled = newsml.validate(data, nitf_profile=True)
    assert [p.path for p in profiled] == ["/newsItem/contentSet/inlineXML/nitf/body"]
    article = newsschema.from_newsml(data)
    assert article.headline.startswith("Preview: Arizona Diamondbacks (29-23) at Philadelphia")
    assert "\n" not in article.headline  # the source's line break is layout
    assert [a.name for a in article.authors] == ["The Sports Network"]
    assert article.date_published == dt.datetime(
        2016, 10, 19, 11, 15, tzinfo=dt.timezone(-dt.timedelta(hours=5))
    )
    assert len(article.body) == 6
    assert article.body[0].text.startswith("(Sports Network) - A pair of teams coming off")
    assert article.language == "en-US"
    assert article.description is not None
    assert article.description.startswith("A pair of teams coming off big weekend sweeps")


def _message(*items: bytes) -> bytes:
    body = b"".join(item.split(b"?>", 1)[1] for item in items)
    return (
        b'<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header>'
        b"<sent>2024-01-02T03:04:05Z</sent></header><itemSet>" + body + b"</itemSet></newsMessage>"
    )


def test_a_news_message_holding_several_items() -> None:
    first = newsschema.to_newsml(FULL)
    second = newsschema.to_newsml(NAIVE, created=CREATED)
    message = _message(first, second)
    assert newsml.validate(message) == []
    articles = newsschema.from_newsml(message, all_items=True)
    assert [a.headline for a in articles] == [FULL.headline, NAIVE.headline]
    with pytest.raises(FormatError, match="holds 2 newsItems") as info:
        newsschema.from_newsml(message, source="m.xml")
    assert info.value.file == "m.xml"
    assert newsschema.from_newsml(_message(first)) == newsschema.from_newsml(first)
    assert newsschema.from_newsml(first, all_items=True) == (newsschema.from_newsml(first),)


def test_not_newsml_is_refused() -> None:
    with pytest.raises(FormatError, match="expected 'newsItem' or 'newsMessage'") as info:
        newsml.decode(newsschema.to_nitf(FULL), source="x.xml")
    assert (info.value.file, info.value.path) == ("x.xml", "/nitf")


def test_entities_are_refused() -> None:
    data = (
        b'<?xml version="1.0"?>\n<!DOCTYPE newsItem [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">&x;</newsItem>'
    )
    with pytest.raises(FormatError, match="entity declarations are refused"):
        newsml.decode(data)
    assert "entity declarations are refused" in newsml.validate(data)[0].message


# --------------------------------------------------------------------------- validation


def _broken(old: bytes, new: bytes) -> bytes:
    data = newsschema.to_newsml(FULL)
    assert old in data
    return data.replace(old, new, 1)


@pytest.mark.parametrize(
    ("data", "path", "words"),
    [
        (
            _broken(b"<versionCreated>2022-11-05T12:15:05+03:00", b"<versionCreated>2022-11-05"),
            "/newsItem/itemMeta/versionCreated",
            "is not a valid value of the atomic type 'xs:dateTime'",
        ),
        (
            _broken(b' standardversion="2.35"', b""),
            "/newsItem",
            "The attribute 'standardversion' is required",
        ),
        (
            _broken(b'<itemClass qcode="ninat:text"/>', b""),
            "/newsItem/itemMeta/provider",
            "This element is not expected. Expected is ( itemClass )",
        ),
        (
            # valid NewsML-G2 (inlineXML is lax) but broken NITF: caught all the same
            _broken(b"<body.head>", b"<p>loose</p><body.head>"),
            "/newsItem/contentSet/inlineXML/nitf/body/p",
            "NITF: Element 'p': This element is not expected.",
        ),
    ],
)
def test_validate_rejects_broken_documents_with_line_path_and_reason(
    data: bytes, path: str, words: str
) -> None:
    problems = newsschema.validate_newsml(data)
    assert problems
    assert problems[0].path == path
    assert words in problems[0].message
    assert problems[0].line is not None


def test_validate_reports_malformed_xml_with_its_line() -> None:
    problems = newsml.validate(b"<newsItem>\n<itemMeta>\n</newsItem>")
    assert len(problems) == 1
    assert problems[0].line == 3
    assert "not well-formed" in problems[0].message


def test_xhtml_in_the_wrong_namespace_is_reported() -> None:
    data = newsschema.to_newsml(FULL, body="xhtml").replace(
        b'<html xmlns="http://www.w3.org/1999/xhtml">', b"<html>"
    )
    problems = newsml.validate(data)
    mine = [p for p in problems if p.path == "/newsItem/contentSet/inlineXML/html"]
    assert len(mine) == 1
    assert "is not in the XHTML namespace" in mine[0].message


def test_images_without_url_in_xhtml() -> None:
    image = Image(caption="Words only", credit="Someone")
    article = Article(
        headline="x", lead_image=image, body=[ImageBlock(image)], publisher=Organization("P")
    )
    data = newsschema.to_newsml(article, body="xhtml", created=CREATED)
    assert_official(data)
    assert newsschema.from_newsml(data) == article
