"""Reading documents as real sites and wire feeds write them (issue 9, section 7).

Every fixture here is invented; the shapes are those of real feeds: ISO 8601 dates
in basic form, wire bylines with the title inside ``byttl``, copyright only in
``doc.copyright``, tables, notes and taglines in NITF; copyright holder and year,
a page's language and HTML entities in JSON-LD.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import newsschema
from newsschema import Furniture, FurnitureKind, ListBlock, Paragraph, Person, Text
from newsschema.formats import jsonld, nitf

PLUS_9 = dt.timezone(dt.timedelta(hours=9))


def _node(**values: object) -> dict[str, object]:
    node: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour cranes return",
        "articleBody": "The cranes went back to work on Monday.",
    }
    node.update(values)
    return node


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("20180619T055000+0900", dt.datetime(2018, 6, 19, 5, 50, tzinfo=PLUS_9)),
        ("20180619T0550+09", dt.datetime(2018, 6, 19, 5, 50, tzinfo=PLUS_9)),
        ("20180619T055000Z", dt.datetime(2018, 6, 19, 5, 50, tzinfo=dt.timezone.utc)),
        ("20180619T055000", dt.datetime(2018, 6, 19, 5, 50)),
        ("20180619", dt.date(2018, 6, 19)),
    ],
)
def test_jsonld_dates_in_basic_form_are_read(written: str, value: dt.date) -> None:
    document = json.dumps(_node(datePublished=written, dateModified=written))
    article = newsschema.from_jsonld(document)
    assert article.date_published == value
    assert article.date_modified == value
    problems = newsschema.validate_jsonld(document)
    assert [p for p in problems if p.severity == "error"] == []
    notes = [p for p in problems if "basic form" in p.message]
    assert [(p.path, p.severity) for p in notes] == [
        ("$.datePublished", "warning"),
        ("$.dateModified", "warning"),
    ]


def test_a_basic_form_date_that_is_not_a_date_is_still_refused() -> None:
    document = json.dumps(_node(datePublished="20181332T250000"))
    with pytest.raises(newsschema.FormatError, match="is not a date"):
        newsschema.from_jsonld(document)
    assert any(p.severity == "error" for p in newsschema.validate_jsonld(document))


def test_front_matter_dates_in_basic_form_are_read() -> None:
    text = "---\ntitle: Cranes\ndate: 20180619T055000+0900\n---\n\nSome prose words here.\n"
    assert newsschema.parse(text).date_published == dt.datetime(2018, 6, 19, 5, 50, tzinfo=PLUS_9)


# --------------------------------------------------------------------------- NITF

WIRE = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-3.dtd">
<nitf>
<head>
<title>Port traffic slows</title>
<docdata><doc.copyright year="2018" holder="Wire Example"/></docdata>
<pubdata type="print" name="Gazette Example"/>
</head>
<body>
<body.head>
<hedline><hl1>Port traffic slows</hl1></hedline>
<byline>By ANNA LINDQVIST and OLE BERG<byttl>Wire Example Business Writers</byttl></byline>
</body.head>
<body.content>
<p>Container traffic slowed in the second quarter&mdash;the first drop in two years.</p>
<table>
  <caption>Containers handled</caption>
  <tr><th>Quarter</th><th>Boxes</th></tr>
  <tr><td>Q1</td><td>1,200</td></tr>
</table>
<note noteclass="editorsnote"><body.content><p>An earlier version gave the wrong quarter.</p>
</body.content></note>
<dl><dt>TEU</dt><dd>twenty-foot equivalent unit</dd></dl>
<p>More words follow in the story.</p>
</body.content>
<body.end><tagline>Reporter Bo Berg contributed to this report.</tagline></body.end>
</body>
</nitf>
"""


def test_wire_nitf_keeps_every_word() -> None:
    article, warnings = nitf.decode_with_warnings(WIRE, source="wire.xml")
    role = "Wire Example Business Writers"
    assert article.authors == (
        Person("ANNA LINDQVIST", role=role),
        Person("OLE BERG", role=role),
    )
    assert article.copyright == "© 2018 Wire Example"
    assert article.body == (
        Paragraph(
            [Text("Container traffic slowed in the second quarter—the first drop in two years.")]
        ),
        Paragraph([Text("Containers handled")]),
        Paragraph([Text("Quarter | Boxes")]),
        Paragraph([Text("Q1 | 1,200")]),
        Paragraph([Text("An earlier version gave the wrong quarter.")]),
        ListBlock([[Text("TEU: twenty-foot equivalent unit")]]),
        Paragraph([Text("More words follow in the story.")]),
    )
    assert article.furniture == (
        Furniture(FurnitureKind.TRAILER, "Reporter Bo Berg contributed to this report."),
    )
    assert warnings == [
        "line 16: table read as 3 paragraph(s), one per row (the model has no tables)",
        "line 21: note read as body text",
        "line 23: definition list read as a list",
    ]
    # what was read writes valid documents, and its NITF reads back the same
    document = newsschema.to_nitf(article)
    assert newsschema.validate_nitf(document) == []
    assert newsschema.from_nitf(document) == article


def test_byline_title_with_an_organisation() -> None:
    data = WIRE.replace(
        b"<byttl>Wire Example Business Writers</byttl>",
        b"<byttl>Business Writer, <org>Wire Example</org></byttl>",
    ).replace(b" and OLE BERG", b"")
    article = newsschema.from_nitf(data)
    assert article.authors == (
        Person("ANNA LINDQVIST", role="Business Writer", affiliation="Wire Example"),
    )


def test_doc_copyright_that_only_names_the_publisher_is_not_a_notice() -> None:
    data = WIRE.replace(b'year="2018" holder="Wire Example"', b'holder="Gazette Example"')
    assert newsschema.from_nitf(data).copyright is None
    data = WIRE.replace(b'year="2018" holder="Wire Example"', b'year="2019"')
    assert newsschema.from_nitf(data).copyright == "© 2019"


def test_a_printed_notice_wins_over_doc_copyright() -> None:
    data = WIRE.replace(
        b"<tagline>", b"<tagline><copyrite>Copyright 2018 Wire Example Ltd.</copyrite> "
    )
    article = newsschema.from_nitf(data)
    assert article.copyright == "Copyright 2018 Wire Example Ltd."
    assert [f.text for f in article.furniture] == ["Reporter Bo Berg contributed to this report."]


def test_our_own_tagline_adds_no_paragraph() -> None:
    article = newsschema.parse(
        "Cranes return\n\nSome prose words here today.\n\n© 2023 Example News\n\n"
        "Original url: https://news.example/cranes\n"
    )
    back, warnings = nitf.decode_with_warnings(newsschema.to_nitf(article))
    assert back.body == article.body
    assert warnings == []


# --------------------------------------------------------------------------- JSON-LD


def test_jsonld_copyright_holder_and_year() -> None:
    holder = {"@type": "Organization", "name": "Harbour Daily"}
    article = newsschema.from_jsonld(_node(copyrightYear=2021, copyrightHolder=holder))
    assert article.copyright == "© 2021 Harbour Daily"
    assert newsschema.from_jsonld(_node(copyrightHolder="Harbour Daily")).copyright == (
        "© Harbour Daily"
    )
    notice = _node(copyrightNotice="© 2021 Harbour Daily Ltd.", copyrightYear=2020)
    assert newsschema.from_jsonld(notice).copyright == "© 2021 Harbour Daily Ltd."


def _graph(*nodes: dict[str, object]) -> dict[str, object]:
    return {"@context": "https://schema.org", "@graph": list(nodes)}


def test_the_language_of_the_page_in_a_graph() -> None:
    article = {"@type": "NewsArticle", "@id": "#art", "headline": "H", "articleBody": "Text."}
    site = {"@type": "WebSite", "@id": "#site", "inLanguage": "fr-FR"}
    page = {"@type": "WebPage", "@id": "#page", "inLanguage": "es", "mainEntity": {"@id": "#art"}}
    assert newsschema.from_jsonld(_graph(site, page, article)).language == "es"
    assert newsschema.from_jsonld(_graph(site, article)).language == "fr-FR"
    # a page the article names as its own wins over other pages
    other = {"@type": "WebPage", "@id": "#other", "inLanguage": "de"}
    own = article | {"mainEntityOfPage": {"@id": "#page2"}}
    page2 = {"@type": "WebPage", "@id": "#page2", "inLanguage": "pt-BR"}
    assert newsschema.from_jsonld(_graph(other, page2, own)).language == "pt-BR"
    # the article's own wins over the page's
    assert newsschema.from_jsonld(_graph(page, article | {"inLanguage": "it"})).language == "it"
    named = {"@type": "WebPage", "inLanguage": {"@type": "Language", "name": "English"}}
    # a name that is no language tag is left out, with a warning
    found, warnings = jsonld.decode_with_warnings(json.dumps(_graph(named, article)))
    assert found.language is None
    assert warnings == [
        "$.language: 'English' is not a BCP 47 language tag (expected e.g. en or pt-BR); dropped"
    ]


def test_html_entities_in_jsonld_text_are_read_as_characters() -> None:
    article = newsschema.from_jsonld(
        _node(
            headline="L&apos;usine &amp; le port",
            author={"@type": "Person", "name": "Zo&euml; O&#39;Neil"},
            articleBody="It&#8217;s done.\n\nR&D at AT&T; costs &nosuch; money &amp;amp; time.",
        )
    )
    assert article.headline == "L'usine & le port"
    assert article.authors == (Person("Zoë O'Neil"),)
    assert article.text == ("It\u2019s done.\n\nR&D at AT&T; costs &nosuch; money &amp; time.")
