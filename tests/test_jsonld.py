"""schema.org NewsArticle JSON-LD: the writer, the reader, and conformance with the checker."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import newsschema
from conftest import REAL_ARTICLE, fixture_texts, need_shared, run_checker
from newsschema._gaps import GapCode
from newsschema.errors import FormatError
from newsschema.formats import jsonld
from newsschema.model import (
    Article,
    Dateline,
    Divider,
    Heading,
    Image,
    ImageBlock,
    Link,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Quote,
    Text,
)

MSK = dt.timezone(dt.timedelta(hours=3))
EST = dt.timezone(dt.timedelta(hours=-5))

DAILY = Organization(
    "The Daily Example", url="https://daily.example/", logo="https://daily.example/logo.png"
)

FULL = Article(
    headline="Ferry service resumes after storm — “calm” returns to the bay",
    subheadline="Operators say timetables are back to normal",
    authors=(
        Person(
            "Anna Schmidt",
            url="https://daily.example/authors/anna-schmidt",
            role="Transport correspondent",
            affiliation="The Daily Example",
        ),
        Person("Олег Петров", url="https://daily.example/authors/oleg-petrov"),
    ),
    date_published=dt.datetime(2022, 11, 4, 10, 32, tzinfo=MSK),
    date_modified=dt.datetime(2022, 11, 4, 12, 5, 30, tzinfo=MSK),
    dateline=Dateline(place="SEVASTOPOL", date="Nov 4"),
    lead_image=Image(
        url="https://daily.example/img/ferry.jpg",
        alt="A white ferry at the pier",
        caption="The first ferry leaves the pier.",
        credit="Maria Rossi / The Daily Example",
        width=1200,
        height=675,
    ),
    body=(
        Paragraph(
            (
                Text("SEVASTOPOL, Nov 4 — Ferries crossed the bay again on Friday, "),
                Link("officials said", href="https://officials.example/statement"),
                Text("."),
            )
        ),
        Heading((Text("What changes"),)),
        ListBlock(((Text("Hourly departures"),), (Text("Night service from Monday", em=True),))),
        ImageBlock(
            Image(
                url="https://daily.example/img/pier.png",
                caption="Passengers wait at the pier.",
                credit="The Daily Example",
                width=800,
                height=800,
            )
        ),
        Quote((Paragraph((Text("We are back."),)),), attribution="A captain"),
        Divider(),
        Paragraph((Text('Tickets cost 5 € < 10 € & more, say "officials" 🚢.', strong=True),)),
    ),
    url="https://daily.example/2022/11/04/ferries",
    publisher=DAILY,
    language="en",
    keywords=("ferries", "weather, storms", "Sevastopol"),
    section="Transport",
    description="Ferry service resumed on Friday after a two-day storm.",
    copyright="© 2022 The Daily Example",
)

AGENCY = Article(
    headline="Power returns to parts of Kyiv after strikes",
    authors=(Person("Hanna Arhirova"),),
    organizations=(Organization("AP"),),
    date_published=dt.datetime(2022, 11, 4, 9, 15),
    dateline=Dateline(place="KYIV, Ukraine", agency="AP"),
    lead_image=Image(caption="Workers repair a line.", credit="AP Photo/Efrem Lukatsky"),
    body=(
        Paragraph((Text("KYIV, Ukraine (AP) — Power returned on Friday."),)),
        Paragraph((Text("Crews worked through the night."),)),
    ),
    language="en",
)

DATE_ONLY = Article(
    headline="Zürich: „Grüße“ & Tränen — 5 < 6 😀",
    date_published=dt.date(2021, 3, 2),
    body=(
        Paragraph((Text("Die Straße war voll: „Es ist schön“, sagte sie. 😀 <3 & mehr."),)),
        Paragraph((Text("Ещё одна строка по-русски."),)),
    ),
    language="de",
    keywords=("Zürich",),
)

RTL = Article(
    headline="مرحبا بالعالم: أخبار اليوم",
    subheadline="שלום עולם",
    authors=(
        Person("ليلى أحمد", url="https://rtl.example/ar/layla", role="مراسلة", affiliation="RTL"),
        Person("דוד כהן", url="https://rtl.example/he/david"),
        Person("Sam O'Neil", url="https://rtl.example/sam"),
    ),
    date_published=dt.datetime(2023, 1, 15, 8, 0, tzinfo=dt.timezone.utc),
    date_modified=dt.datetime(2023, 1, 15, 9, 30, tzinfo=EST),
    lead_image=Image(url="https://rtl.example/a.webp", caption="صورة", width=1024, height=768),
    body=(Paragraph((Text("نص المقال بالعربية."),)), Paragraph((Text("ועוד פסקה בעברית."),))),
    url="https://rtl.example/news/1",
    publisher=Organization("Ignored Publisher"),
    language="ar",
)
RTL_PUBLISHER = Organization(
    "RTL News", url="https://rtl.example/", logo="https://rtl.example/l.png"
)

REUTERS = Article(
    headline="Markets steady as investors await rate decision",
    authors=(Person("Jane Doe", url="https://reuters.example/jane"),),
    organizations=(
        Organization("Reuters", url="https://reuters.example/"),
        Organization("AFP", url="https://afp.example/"),
    ),
    date_published=dt.datetime(2022, 5, 1, 14, 0, tzinfo=dt.timezone.utc),
    date_modified=dt.datetime(2022, 5, 1, 15, 0, tzinfo=dt.timezone.utc),
    dateline=Dateline(place="LONDON", agency="Reuters", date="May 1"),
    lead_image=Image(url="https://reuters.example/p.jpg", width=1600, height=900),
    body=(Paragraph((Text("LONDON, May 1 (Reuters) - Markets were steady."),)),),
    publisher=Organization("Reuters", url="https://reuters.example/"),
)

MINIMAL = Article(headline="Short news")

BODY_IMAGES_ONLY = Article(
    headline="Photo gallery",
    body=(
        ImageBlock(Image(url="https://gallery.example/1.jpg", caption="One")),
        ImageBlock(Image(url="https://gallery.example/2.jpg", caption="Two")),
    ),
)

ARTICLES = {
    "full": (FULL, None),
    "agency": (AGENCY, None),
    "date-only": (DATE_ONLY, None),
    "rtl": (RTL, RTL_PUBLISHER),
    "reuters": (REUTERS, None),
    "minimal": (MINIMAL, None),
    "body-images-only": (BODY_IMAGES_ONLY, None),
}
STRICT = {"full", "rtl", "reuters"}
"""The articles that carry what Google recommends: zoned dates, image URLs, author URLs."""


def real_article() -> Article:
    return newsschema.parse_file(need_shared("examples", REAL_ARTICLE.name))


def _values(data: object) -> list[object]:
    """Every value in a JSON tree, containers included."""
    out: list[object] = [data]
    if isinstance(data, dict):
        for value in data.values():
            out += _values(value)
    elif isinstance(data, list):
        for value in data:
            out += _values(value)
    return out


# --------------------------------------------------------------------------- writer


def test_full_article_maps_every_field() -> None:
    data, warnings = jsonld.to_data(FULL)
    assert warnings == []
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == FULL.headline
    assert data["alternativeHeadline"] == "Operators say timetables are back to normal"
    assert data["description"] == FULL.description
    assert data["datePublished"] == "2022-11-04T10:32:00+03:00"
    assert data["dateModified"] == "2022-11-04T12:05:30+03:00"
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Anna Schmidt",
            "url": "https://daily.example/authors/anna-schmidt",
            "jobTitle": "Transport correspondent",
            "affiliation": {"@type": "Organization", "name": "The Daily Example"},
        },
        {
            "@type": "Person",
            "name": "Олег Петров",
            "url": "https://daily.example/authors/oleg-petrov",
        },
    ]
    assert data["image"] == [
        {
            "@type": "ImageObject",
            "url": "https://daily.example/img/ferry.jpg",
            "contentUrl": "https://daily.example/img/ferry.jpg",
            "caption": "The first ferry leaves the pier.",
            "creditText": "Maria Rossi / The Daily Example",
            "description": "A white ferry at the pier",
            "width": 1200,
            "height": 675,
        },
        {
            "@type": "ImageObject",
            "url": "https://daily.example/img/pier.png",
            "contentUrl": "https://daily.example/img/pier.png",
            "caption": "Passengers wait at the pier.",
            "creditText": "The Daily Example",
            "width": 800,
            "height": 800,
        },
    ]
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "The Daily Example",
        "url": "https://daily.example/",
        "logo": {"@type": "ImageObject", "url": "https://daily.example/logo.png"},
    }
    assert data["url"] == "https://daily.example/2022/11/04/ferries"
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": data["url"]}
    assert data["dateline"] == "SEVASTOPOL, Nov 4"
    assert data["articleSection"] == "Transport"
    assert data["keywords"] == ["ferries", "weather, storms", "Sevastopol"]
    assert data["inLanguage"] == "en"
    assert data["copyrightNotice"] == "© 2022 The Daily Example"
    assert data["wordCount"] == FULL.word_count
    assert "sourceOrganization" not in data


def test_article_body_is_plain_text_paragraphs() -> None:
    body = jsonld.to_data(FULL)[0]["articleBody"]
    assert body.split("\n\n") == [
        "SEVASTOPOL, Nov 4 — Ferries crossed the bay again on Friday, officials said.",
        "What changes",
        "Hourly departures",
        "Night service from Monday",
        "We are back.",
        'Tickets cost 5 € < 10 € & more, say "officials" 🚢.',
    ]
    text = jsonld.dumps(FULL)
    assert "officials.example" not in text  # link targets have no place in plain text
    assert "**" not in body
    assert "<a" not in text


def test_never_null_empty_string_or_empty_array() -> None:
    blanks = Article(
        headline="  Padded headline  ",
        subheadline="   ",
        authors=(Person(" "), Person("Real Name", url="")),
        organizations=(Organization(""),),
        lead_image=Image(alt=None, caption=" "),
        keywords=("", "  ", "kept"),
        section="",
        language="",
        url="   ",
        copyright="",
        publisher=Organization("", url="https://nameless.example/"),
    )
    data, warnings = jsonld.to_data(blanks)
    for value in _values(data):
        assert value is not None
        assert value not in ("", [], {})
        if isinstance(value, str):
            assert value == value.strip()
    assert data["headline"] == "Padded headline"
    assert data["author"] == [{"@type": "Person", "name": "Real Name"}]
    assert data["keywords"] == ["kept"]
    assert not {"alternativeHeadline", "image", "publisher", "url", "articleBody"} & set(data)
    assert "an author without a name was left out" in warnings
    assert "an organization without a name was left out" in warnings
    assert "the publisher has no name and was left out" in warnings
    assert "an image with no URL, caption, credit or size was left out" in warnings


def test_dates_keep_their_precision() -> None:
    def published(value: dt.date) -> object:
        return jsonld.to_data(Article("x", date_published=value))[0]["datePublished"]

    assert published(dt.date(2022, 11, 4)) == "2022-11-04"
    assert published(dt.datetime(2022, 11, 4, 10, 32)) == "2022-11-04T10:32:00"
    assert published(dt.datetime(2022, 11, 4, 10, 32, tzinfo=MSK)) == "2022-11-04T10:32:00+03:00"
    assert published(dt.datetime(2022, 11, 4, 10, 32, 0, 5000, tzinfo=EST)) == (
        "2022-11-04T10:32:00.005000-05:00"
    )
    gmt = dt.timezone(dt.timedelta(0), "GMT")
    assert published(dt.datetime(2022, 11, 4, 10, 32, tzinfo=gmt)) == "2022-11-04T10:32:00Z"


def test_agencies_are_organization_authors() -> None:
    data, warnings = jsonld.to_data(AGENCY)
    assert data["author"] == [
        {"@type": "Person", "name": "Hanna Arhirova"},
        {"@type": "Organization", "name": "AP"},
    ]
    assert data["dateline"] == "KYIV, Ukraine (AP)"
    assert data["datePublished"] == "2022-11-04T09:15:00"
    assert "image" in data
    gaps = jsonld.gaps_for(AGENCY)
    assert [(gap.code, gap.message, gap.key) for gap in gaps] == [
        (
            GapCode.NO_DATE_MODIFIED,
            (
                "no dateModified: Google recommends the date and time of the last change,"
                " with a time zone"
            ),
            "publisher.updates_printed",
        ),
        (
            GapCode.NO_TIME_ZONE,
            (
                "datePublished '2022-11-04T09:15:00' has no time zone: Google then assumes"
                " Googlebot's (add Z or ±hh:mm)"
            ),
            "publisher.timezone",
        ),
        (
            GapCode.IMAGE_NO_URL,
            "image 'Workers repair a line.' has no url or contentUrl: Google needs a crawlable URL",
            None,
        ),
        (
            GapCode.AUTHOR_NO_URL,
            (
                "author 'Hanna Arhirova' has no url or sameAs: Google recommends a page that"
                " identifies the author"
            ),
            'authors."Hanna Arhirova".url',
        ),
        (  # an agency's page is in the same directory
            GapCode.AUTHOR_NO_URL,
            "author 'AP' has no url or sameAs: Google recommends a page that identifies the author",
            "authors.AP.url",
        ),
    ]
    assert warnings == [str(gap) for gap in gaps]
    assert warnings[1].endswith("; set `timezone` in [publisher]")
    assert warnings[3].endswith(
        '; set `url` (or `same_as` for a person) in [authors."Hanna Arhirova"]'
    )


def test_agency_that_is_the_publisher_goes_to_source_organization() -> None:
    data, _ = jsonld.to_data(REUTERS)
    assert data["author"] == [
        {"@type": "Person", "name": "Jane Doe", "url": "https://reuters.example/jane"},
        {"@type": "Organization", "name": "AFP", "url": "https://afp.example/"},
    ]
    assert data["sourceOrganization"] == [
        {"@type": "Organization", "name": "Reuters", "url": "https://reuters.example/"}
    ]
    assert data["dateline"] == "LONDON, May 1 (Reuters)"


def test_publisher_argument_wins() -> None:
    assert jsonld.to_data(RTL)[0]["publisher"] == {
        "@type": "Organization",
        "name": "Ignored Publisher",
    }
    data, _ = jsonld.to_data(RTL, publisher=RTL_PUBLISHER)
    assert data["publisher"]["name"] == "RTL News"
    assert data["publisher"]["logo"] == {"@type": "ImageObject", "url": "https://rtl.example/l.png"}


def test_warnings_name_each_gap() -> None:
    assert [(g.code, g.message) for g in jsonld.gaps_for(MINIMAL)] == [
        (GapCode.NO_IMAGE, "no image: Google recommends at least one image with a URL"),
        (
            GapCode.NO_DATE_PUBLISHED,
            "no datePublished: Google recommends the publication date and time with a time zone",
        ),
        (
            GapCode.NO_DATE_MODIFIED,
            (
                "no dateModified: Google recommends the date and time of the last change, with a"
                " time zone"
            ),
        ),
        (
            GapCode.NO_AUTHOR,
            (
                "no author: Google recommends every author shown on the page,"
                " each as a Person or Organization"
            ),
        ),
    ]
    long = Article("x" * 111, authors=(Person("By Jane Doe and John Roe"),))
    warnings = jsonld.warnings_for(long)
    assert "headline is 111 characters: Google may truncate titles longer than 110" in warnings
    assert any("starts with an introductory word" in w for w in warnings)
    assert any("looks like several people" in w for w in warnings)
    same = Article("x", authors=(Person("The Daily Example"),))
    assert any("is the publisher's name" in w for w in jsonld.warnings_for(same, publisher=DAILY))


def test_encode_is_indented_utf8() -> None:
    raw = jsonld.encode(DATE_ONLY)
    text = raw.decode("utf-8")
    assert text == jsonld.dumps(DATE_ONLY)
    assert text.endswith("}\n")
    assert "\n  " in text
    assert "Zürich: „Grüße“ & Tränen — 5 < 6 😀" in text  # written as it is, not \u-escaped
    assert json.loads(raw) == jsonld.to_data(DATE_ONLY)[0]
    assert json.loads(jsonld.dumps(DATE_ONLY, indent=None)) == json.loads(raw)


def test_body_images_without_lead_image() -> None:
    data, _ = jsonld.to_data(BODY_IMAGES_ONLY)
    assert [image["caption"] for image in data["image"]] == ["One", "Two"]
    assert "articleBody" not in data
    assert "wordCount" not in data


def test_real_article_has_what_the_issue_asks() -> None:
    article = real_article()
    data, warnings = jsonld.to_data(article)
    assert data["headline"] == "Russians Who Fled Military Draft Return Home as Panic Fades"
    assert data["author"] == [{"@type": "Person", "name": "Kirill Ponomarev"}]
    assert data["datePublished"] == "2022-11-04"
    assert data["image"] == [
        {
            "@type": "ImageObject",
            "caption": "The closure of a temporary mobilization point in Moscow.",
            "creditText": "Irina Bujor / Kommersant",
        }
    ]
    url = (
        "https://www.themoscowtimes.com/2022/11/04/"
        "russians-who-fled-military-draft-return-home-as-panic-fades-a79275"
    )
    assert data["url"] == url
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert data["articleBody"].startswith("Draft-age men who left Russia")
    assert data["articleBody"].endswith("will go back to Russia.”")
    assert "[reportedly](#)" not in data["articleBody"]
    assert "Kremlin officials reportedly estimated" in data["articleBody"]
    assert data["wordCount"] == article.word_count > 700
    assert data["inLanguage"] == "en"
    # what the text does not give, the warnings say
    assert any("is a date only" in w for w in warnings)
    assert any("has no url or contentUrl" in w for w in warnings)
    assert any("'Kirill Ponomarev' has no url or sameAs" in w for w in warnings)


# --------------------------------------------------------------------------- the checker


def _check(tmp_path: Path, name: str, data: bytes, *args: str) -> tuple[int, str]:
    path = tmp_path / f"{name}.jsonld"
    path.write_bytes(data)
    result = run_checker("check_jsonld.py", *args, path)
    return result.returncode, result.stdout + result.stderr


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_checker_accepts_every_article(tmp_path: Path, name: str) -> None:
    article, publisher = ARTICLES[name]
    code, output = _check(tmp_path, name, jsonld.encode(article, publisher=publisher))
    assert code == 0, output
    assert "ERROR" not in output
    assert "0 error(s)" in output


@pytest.mark.parametrize("name", sorted(STRICT))
def test_checker_strict_where_google_data_is_there(tmp_path: Path, name: str) -> None:
    article, publisher = ARTICLES[name]
    assert jsonld.warnings_for(article, publisher) == []
    code, output = _check(tmp_path, name, jsonld.encode(article, publisher=publisher), "--strict")
    assert code == 0, output
    assert "0 error(s), 0 warning(s) (strict): OK" in output


@pytest.mark.parametrize("name", sorted(set(ARTICLES) - STRICT))
def test_checker_warns_where_our_validator_warns(tmp_path: Path, name: str) -> None:
    """The checker's WARN lines and our validator's warnings point at the same places."""
    article, publisher = ARTICLES[name]
    raw = jsonld.encode(article, publisher=publisher)
    code, output = _check(tmp_path, name, raw, "--strict")
    assert code == 1
    prefix = f"ERROR {tmp_path / name}.jsonld:"
    theirs = sorted(
        line[len(prefix) :].split(": ")[0]
        for line in output.splitlines()
        if line.startswith(prefix)
    )
    ours = sorted(p.path or "" for p in jsonld.validate(raw) if p.severity == "warning")
    assert theirs == ours


def test_real_article_passes_the_checker(tmp_path: Path) -> None:
    code, output = _check(tmp_path, "real", jsonld.encode(real_article()))
    assert code == 0, output
    assert "ERROR" not in output
    assert output.strip().splitlines()[-1].endswith("0 error(s), 4 warning(s): OK")


def test_dev_articles_pass_the_checker_and_round_trip(tmp_path: Path) -> None:
    """The twelve real articles of ../shared/examples/dev, from text to checked JSON-LD."""
    texts = sorted(need_shared("examples", "dev").glob("*.txt"))
    assert len(texts) >= 12
    files = []
    for text in texts:
        article = newsschema.parse_file(text)
        raw = jsonld.encode(article)
        assert jsonld.to_data(jsonld.decode(raw))[0] == jsonld.to_data(article)[0], text.name
        assert [p for p in jsonld.validate(raw) if p.severity == "error"] == [], text.name
        files.append(tmp_path / f"{text.stem}.jsonld")
        files[-1].write_bytes(raw)
    result = run_checker("check_jsonld.py", *files)
    assert result.returncode == 0, result.stdout
    assert "ERROR" not in result.stdout
    assert f"# {len(files)} file(s), 0 error(s)" in result.stderr


@pytest.mark.parametrize("text", fixture_texts(), ids=lambda p: p.stem)
def test_fixtures_pass_the_checker(tmp_path: Path, text: Path) -> None:
    """Every fixture (examples/*.txt): no ERROR, and --strict where it carries Google's data."""
    article = newsschema.parse_file(text)
    raw = jsonld.encode(article)
    code, output = _check(tmp_path, text.stem, raw)
    assert code == 0, output
    assert "ERROR" not in output
    if not jsonld.warnings_for(article):
        code, output = _check(tmp_path, text.stem, raw, "--strict")
        assert code == 0, output
    assert jsonld.to_data(jsonld.decode(raw))[0] == jsonld.to_data(article)[0]


# --------------------------------------------------------------------------- round trip


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_round_trip(name: str) -> None:
    article, publisher = ARTICLES[name]
    data = jsonld.to_data(article, publisher=publisher)[0]
    again = jsonld.from_data(data)
    assert jsonld.to_data(again)[0] == data
    assert jsonld.to_data(jsonld.decode(jsonld.encode(article, publisher=publisher)))[0] == data


def test_round_trip_real_article() -> None:
    data = jsonld.to_data(real_article())[0]
    assert jsonld.to_data(jsonld.from_data(data))[0] == data


def test_read_back_keeps_what_json_ld_carries() -> None:
    back = jsonld.from_data(jsonld.to_data(FULL)[0])
    assert back.headline == FULL.headline
    assert back.subheadline == FULL.subheadline
    assert back.authors == FULL.authors
    assert back.organizations == ()
    assert back.date_published == FULL.date_published
    assert back.date_modified == FULL.date_modified
    assert back.dateline == FULL.dateline
    assert back.lead_image == FULL.lead_image
    assert back.images == FULL.images
    assert back.publisher == DAILY
    assert (back.url, back.language, back.section) == (FULL.url, "en", "Transport")
    assert back.keywords == FULL.keywords
    assert (back.description, back.copyright) == (FULL.description, FULL.copyright)
    assert back.word_count == FULL.word_count
    # block structure is what JSON-LD cannot carry: everything reads back as paragraphs
    assert {type(b) for b in back.body} == {Paragraph, ImageBlock}

    agency = jsonld.from_data(jsonld.to_data(AGENCY)[0])
    assert agency.organizations == (Organization("AP"),)
    assert agency.dateline == Dateline(place="KYIV, Ukraine", agency="AP")
    assert agency.date_published == dt.datetime(2022, 11, 4, 9, 15)
    reuters = jsonld.from_data(jsonld.to_data(REUTERS)[0])
    assert {o.name for o in reuters.organizations} == {"Reuters", "AFP"}


# --------------------------------------------------------------------------- reader

CTX = "https://schema.org"


def _news(**props: object) -> dict[str, object]:
    return {"@context": CTX, "@type": "NewsArticle", "headline": "A headline", **props}


def test_reads_an_array_of_nodes() -> None:
    doc = [
        {"@context": CTX, "@type": "Organization", "name": "Not the article"},
        _news(datePublished="2022-11-04T10:32:00+03:00"),
    ]
    article = jsonld.from_data(doc)
    assert article.headline == "A headline"
    assert article.date_published == dt.datetime(2022, 11, 4, 10, 32, tzinfo=MSK)


def test_reads_a_graph_with_references() -> None:
    doc = {
        "@context": CTX,
        "@graph": [
            {
                "@type": "WebPage",
                "@id": "https://site.example/a/#webpage",
                "url": "https://site.example/a/",
                "name": "The page",
            },
            {
                "@type": "Article",
                "@id": "https://site.example/a/#article",
                "headline": "Graph headline",
                "isPartOf": {"@id": "https://site.example/a/#webpage"},
                "mainEntityOfPage": {"@id": "https://site.example/a/#webpage"},
                "author": {"@id": "https://site.example/#/person/1"},
                "publisher": {"@id": "https://site.example/#organization"},
                "image": {"@id": "https://site.example/a/#primaryimage"},
                "datePublished": "2022-11-04T10:32:00Z",
                "keywords": "one, two ,three",
                "articleSection": ["World", "Europe"],
                "inLanguage": "en-US",
            },
            {
                "@type": "Person",
                "@id": "https://site.example/#/person/1",
                "name": "Jane Doe",
                "sameAs": ["https://social.example/jane"],
            },
            {
                "@type": ["Organization", "NewsMediaOrganization"],
                "@id": "https://site.example/#organization",
                "name": "Site News",
                "logo": {"@type": "ImageObject", "contentUrl": "https://site.example/logo.png"},
            },
            {
                "@type": "ImageObject",
                "@id": "https://site.example/a/#primaryimage",
                "url": "https://site.example/a.jpg",
                "width": "1200",
                "height": {"@type": "QuantitativeValue", "value": 630},
                "caption": "A caption",
            },
        ],
    }
    article = jsonld.from_data(doc)
    assert article.headline == "Graph headline"
    assert article.authors == (Person("Jane Doe", same_as=("https://social.example/jane",)),)
    assert article.publisher == Organization("Site News", logo="https://site.example/logo.png")
    assert article.lead_image == Image(
        url="https://site.example/a.jpg", caption="A caption", width=1200, height=630
    )
    assert article.url == "https://site.example/a/"
    assert article.date_published == dt.datetime(2022, 11, 4, 10, 32, tzinfo=dt.timezone.utc)
    assert article.keywords == ("one", "two", "three")
    assert article.section == "World"
    assert article.language == "en-US"


@pytest.mark.parametrize(
    "context",
    [
        "https://schema.org",
        "http://schema.org",
        "https://schema.org/",
        "http://www.schema.org",
        "https://www.schema.org/",
        {"@vocab": "http://schema.org/"},
        {"@vocab": "https://schema.org/", "@language": "en"},
        ["https://schema.org", {"custom": "https://custom.example/"}],
        [{"@vocab": "https://schema.org/"}],
    ],
)
def test_reads_every_context_form(context: object) -> None:
    doc = {"@context": context, "@type": "NewsArticle", "headline": "Context"}
    assert jsonld.from_data(doc).headline == "Context"


def test_prefixed_terms_need_no_vocab() -> None:
    doc = {
        "@context": {"schema": "https://schema.org/"},
        "@type": "schema:NewsArticle",
        "schema:headline": "Prefixed",
        "https://schema.org/articleBody": "Body.",
    }
    article = jsonld.from_data(doc)
    assert article.headline == "Prefixed"
    assert article.text == "Body."


@pytest.mark.parametrize(
    ("author", "people", "organizations"),
    [
        ("Jane Doe", (Person("Jane Doe"),), ()),
        ({"@type": "Person", "name": "Jane Doe"}, (Person("Jane Doe"),), ()),
        ({"name": "Untyped Doe"}, (Person("Untyped Doe"),), ()),
        (
            [
                {
                    "@type": "Person",
                    "name": "A B",
                    "url": "https://a.example/",
                    "jobTitle": "Editor",
                },
                "C D",
                {"@type": "Organization", "name": "Reuters", "url": "https://reuters.example/"},
                {"@type": "NewsMediaOrganization", "name": "AFP"},
                {"@type": "Person", "givenName": "Given", "familyName": "Family"},
                {"@type": "Person"},
            ],
            (
                Person("A B", url="https://a.example/", role="Editor"),
                Person("C D"),
                Person("Given Family"),
            ),
            (Organization("Reuters", url="https://reuters.example/"), Organization("AFP")),
        ),
        (
            {
                "@type": "Person",
                "name": "Aff",
                "affiliation": {"@type": "Organization", "name": "U"},
            },
            (Person("Aff", affiliation="U"),),
            (),
        ),
    ],
)
def test_reads_author_forms(
    author: object, people: tuple[Person, ...], organizations: tuple[Organization, ...]
) -> None:
    article = jsonld.from_data(_news(author=author))
    assert article.authors == people
    assert article.organizations == organizations


@pytest.mark.parametrize(
    ("image", "lead", "body"),
    [
        ("https://i.example/a.jpg", Image(url="https://i.example/a.jpg"), ()),
        (
            {"@type": "ImageObject", "url": "https://i.example/a.jpg", "creditText": "C"},
            Image(url="https://i.example/a.jpg", credit="C"),
            (),
        ),
        (
            [
                "https://i.example/a.jpg",
                {"@type": "ImageObject", "contentUrl": "https://i.example/b.png", "width": 800},
                {"@id": "https://i.example/c.gif"},
            ],
            Image(url="https://i.example/a.jpg"),
            (
                Image(url="https://i.example/b.png", width=800),
                Image(url="https://i.example/c.gif"),
            ),
        ),
    ],
)
def test_reads_image_forms(image: object, lead: Image, body: tuple[Image, ...]) -> None:
    article = jsonld.from_data(_news(image=image, articleBody="Text."))
    assert article.lead_image == lead
    assert article.images == (lead, *body)
    assert isinstance(article.body[0], Paragraph)
    assert [b.image for b in article.body if isinstance(b, ImageBlock)] == list(body)


@pytest.mark.parametrize(
    "kind",
    [
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        ["Thing", "BlogPosting"],
    ],
)
def test_reads_every_article_type(kind: object) -> None:
    doc = {"@context": CTX, "@type": kind, "headline": f"A {kind}"}
    assert jsonld.from_data(doc).headline == f"A {kind}"


def test_reads_the_main_entity_of_a_web_page() -> None:
    inline = {
        "@context": CTX,
        "@type": "WebPage",
        "name": "Page title",
        "mainEntity": {"@type": "NewsArticle", "headline": "Inside the page"},
    }
    assert jsonld.from_data(inline).headline == "Inside the page"
    referenced = {
        "@context": CTX,
        "@graph": [
            {"@type": "WebPage", "mainEntity": {"@id": "#a"}},
            {"@type": "NewsArticle", "@id": "#a", "headline": "By reference"},
        ],
    }
    assert jsonld.from_data(referenced).headline == "By reference"


def test_dates_with_and_without_zone() -> None:
    article = jsonld.from_data(
        _news(datePublished="2022-11-04T10:32", dateModified={"@value": "2022-11-05"})
    )
    assert article.date_published == dt.datetime(2022, 11, 4, 10, 32)
    assert article.date_modified == dt.date(2022, 11, 5)
    human = jsonld.from_data(_news(datePublished="November 4, 2022 5:04 pm EST"))
    assert human.date_published == dt.datetime(2022, 11, 4, 17, 4, tzinfo=EST)


def test_article_body_splits_into_paragraphs() -> None:
    article = jsonld.from_data(_news(articleBody="One.\n\nTwo\r\nThree.\n\n\n  Four.  "))
    assert [b.text for b in article.body] == ["One.", "Two", "Three.", "Four."]
    assert all(isinstance(b, Paragraph) for b in article.body)


def test_dateline_is_split_where_unambiguous() -> None:
    assert jsonld.from_data(_news(dateline="LONDON, Nov 4 (Reuters)")).dateline == Dateline(
        place="LONDON", agency="Reuters", date="Nov 4"
    )
    assert jsonld.from_data(_news(dateline="Paris, France")).dateline == Dateline(
        place="Paris, France"
    )


def test_html_page_with_two_blocks() -> None:
    page = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>x</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
  {"@type": "ListItem", "position": 1, "name": "News", "item": "https://site.example/news"}]}
</script>
<script type="application/ld+json">{ this is not json }</script>
<script type="text/javascript">var x = {"@type": "NewsArticle"};</script>
<script type="application/ld+json; charset=utf-8">
<!--
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "From the page",
 "author": {"@type": "Person", "name": "Zoë Ünal"}, "articleBody": "First.\\n\\nSecond."}
-->
</script>
</head><body><p>Hello</p></body></html>
"""
    for data in (page, page.encode("utf-8")):
        article = jsonld.decode(data, source="page.html")
        assert article.headline == "From the page"
        assert article.authors == (Person("Zoë Ünal"),)
        assert [b.text for b in article.body] == ["First.", "Second."]
    assert jsonld.from_html(page) == jsonld.decode(page)


def test_html_page_in_a_legacy_charset() -> None:
    page = (
        '<html><head><meta charset="windows-1252">'
        '<script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Café crème"}'
        "</script></head></html>"
    ).encode("cp1252")
    assert jsonld.decode(page).headline == "Café crème"


def test_html_page_without_json_ld() -> None:
    page = "<!doctype html><html><body><script>var a = 1;</script></body></html>"
    with pytest.raises(FormatError) as caught:
        jsonld.decode(page, source="saved.html")
    assert caught.value.file == "saved.html"
    assert 'saved.html has no <script type="application/ld+json"> block' in str(caught.value)


def test_html_page_without_an_article() -> None:
    page = (
        "<html><script type='application/ld+json'>"
        '{"@context": "https://schema.org", "@type": "BreadcrumbList"}</script>'
        "<script type='application/ld+json'>{oops</script></html>"
    )
    with pytest.raises(FormatError) as caught:
        jsonld.from_html(page, source="crumbs.html")
    message = str(caught.value)
    assert message.startswith("crumbs.html: no article in the 2 ld+json block(s) of crumbs.html")
    assert "1 of them not valid JSON" in message
    assert "found only BreadcrumbList" in message


def test_invalid_json_names_line_and_column() -> None:
    text = '{\n  "@context": "https://schema.org",\n  "headline": "x",,\n}'
    with pytest.raises(FormatError) as caught:
        jsonld.decode(text, source="bad.jsonld")
    assert (caught.value.file, caught.value.line, caught.value.column) == ("bad.jsonld", 3, 19)
    assert str(caught.value).startswith("bad.jsonld:3:19: not valid JSON")


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ({"@context": CTX, "@type": "Person", "name": "x"}, "no article node (found only Person)"),
        ({"@type": "NewsArticle", "headline": "x"}, "no schema.org @context"),
        ({"@context": "https://example.org", "@type": "NewsArticle"}, "no schema.org @context"),
        ([], "no JSON-LD node"),
        ("just a string", "no JSON-LD node"),
        ({"@context": CTX, "@graph": []}, "no JSON-LD node"),
    ],
)
def test_document_without_an_article(doc: object, expected: str) -> None:
    with pytest.raises(FormatError) as caught:
        jsonld.from_data(doc, source="doc.jsonld")
    assert caught.value.file == "doc.jsonld"
    assert caught.value.path == "$"
    assert expected in caught.value.reason
    assert "expected a schema.org object with @context https://schema.org" in caught.value.reason


def test_bad_date_names_its_path() -> None:
    doc = [{"@context": CTX, "@type": "NewsArticle", "datePublished": "2022-13-45"}]
    with pytest.raises(FormatError) as caught:
        jsonld.from_data(doc, source="dates.jsonld")
    assert caught.value.path == "$[0].datePublished"
    assert str(caught.value) == (
        "dates.jsonld $[0].datePublished: '2022-13-45' is not a date: expected ISO 8601"
        " such as 2022-11-04T10:32:00+03:00 or 2022-11-04"
    )


def test_missing_headline_reads_as_empty() -> None:
    assert jsonld.from_data(
        {"@context": CTX, "@type": "BlogPosting", "name": "Named"}
    ).headline == ("Named")
    article = jsonld.from_data({"@context": CTX, "@type": "NewsArticle", "articleBody": "Text."})
    assert article.headline == ""
    assert article.text == "Text."
    untitled = Article("", body=(Paragraph((Text("Only a body."),)),))
    data, warnings = jsonld.to_data(untitled)
    assert "headline" not in data
    assert warnings[0] == "no headline: Google recommends one"
    assert jsonld.to_data(jsonld.from_data(data))[0] == data


def test_bytes_must_be_utf8() -> None:
    with pytest.raises(FormatError, match="not UTF-8"):
        jsonld.decode(b'{"headline": "caf\xe9"}')
    bom = "\ufeff" + json.dumps(_news())
    assert jsonld.decode(bom.encode("utf-8")).headline == "A headline"
    assert jsonld.decode(bom).headline == "A headline"


def test_a_page_of_text_as_a_date_is_refused_without_searching_it_or_quoting_it_whole() -> None:
    document = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Lock repairs",
        "datePublished": "Repairs began on 3 March 2024 and went on. " * 5_000,
    }
    with pytest.raises(newsschema.FormatError) as caught:
        newsschema.from_jsonld(json.dumps(document))
    assert caught.value.path == "$.datePublished"
    assert len(str(caught.value)) < 400
