"""The NITF reader: IPTC-style namespaced 3.6, un-namespaced wire NITF 3.2-3.5, dates,
bylines, text; and safe parsing (XXE, entity bombs, malformed input)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from conftest import need_shared
from newsschema.errors import FormatError
from newsschema.formats import nitf
from newsschema.model import (
    Article,
    Dateline,
    DateValue,
    Divider,
    Furniture,
    FurnitureKind,
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

PLUS_3 = dt.timezone(dt.timedelta(hours=3))
MINUS_5 = dt.timezone(dt.timedelta(hours=-5))

# An IPTC-style NITF 3.6 document, written for these tests.
NAMESPACED = """<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN"
      xml:lang="fr-CA">
  <head>
    <title>Le traversier reprend du service</title>
    <docdata management-status="usable">
      <doc-id regsrc="EXEMPLE" id-string="ex-2022-0042"/>
      <urgency ed-urg="5"/>
      <date.issue norm="20221104T093000-0400"/>
      <doc.copyright year="2022" holder="Agence Exemple"/>
      <key-list><keyword key="transport"/><keyword key="météo"/></key-list>
    </docdata>
    <pubdata type="web" name="Le Quotidien Exemple" position.section="Régions"
             ex-ref="https://quotidien.example/traversier"/>
    <revision-history function="editor" norm="20221104T120000-0400"/>
  </head>
  <body>
    <body.head>
      <hedline>
        <hl1>Le traversier reprend du service</hl1>
        <hl2>Deux jours après la tempête</hl2>
      </hedline>
      <byline>Par <person>Marie Tremblay</person>, <byttl>journaliste, <org>Agence Exemple</org></byttl></byline>
      <distributor><org>Agence Exemple</org></distributor>
      <dateline><location><city>RIMOUSKI</city>, <state>Qc</state></location> — <story.date norm="20221104">4 novembre 2022</story.date></dateline>
      <abstract><p>Le service a repris vendredi.</p></abstract>
    </body.head>
    <body.content>
      <media media-type="image">
        <media-reference source="https://quotidien.example/img/traversier.jpg" mime-type="image/jpeg" width="800" height="600" alternate-text="Le traversier à quai"/>
        <media-caption>Le traversier au quai de Rimouski.</media-caption>
        <media-producer>Photo : Agence Exemple</media-producer>
      </media>
      <p lede="true">Le <org>traversier</org> a repris ses <em>traversées</em> vendredi.</p>
      <hl2>Horaire</hl2>
      <ul><li>Départ à 8 h</li><li>Retour à <em class="strong">17 h</em></li></ul>
      <bq quote-source="Le capitaine"><block><p>Nous sommes prêts.</p></block><credit>Le capitaine</credit></bq>
      <hr/>
      <p>Horaire complet sur <a href="https://quotidien.example/horaire">le site</a>.</p>
    </body.content>
    <body.end>
      <tagline><copyrite>© 2022 Agence Exemple</copyrite></tagline>
    </body.end>
  </body>
</nitf>
"""  # noqa: E501 - one line per element, as real documents have them

# A wire feed's NITF 3.3 as such feeds send it: no namespace, a DOCTYPE naming the DTD (which
# is not loaded), an entity that DTD would define, indented text, bylines as plain text.
WIRE_33 = b"""<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE nitf SYSTEM "nitf-3-3.dtd">
<nitf version="-//IPTC//DTD NITF 3.3//EN" change.date="June 10, 2005" change.time="19:30"
      baselang="en-US">
 <head>
  <title>Harbour ferry resumes after storm</title>
  <docdata>
   <doc-id regsrc="NWIRE" id-string="NW-20221104-0042"/>
   <urgency ed-urg="4"/>
   <date.issue norm="2022-11-04T09:30:00+03:00"/>
   <date.release norm="20221104T100000+0300"/>
   <key-list><keyword key="transport"/><keyword key="weather"/></key-list>
  </docdata>
  <pubdata type="print" name="Northern Wire" position.section="Regional"/>
 </head>
 <body>
  <body.head>
   <hedline>
    <hl1>Harbour ferry
       resumes after storm</hl1>
    <hl2>Crossings &mdash; back to normal by Friday</hl2>
   </hedline>
   <byline>By <person><name.given>Ana</name.given> <name.family>Silva</name.family></person>, <byttl>Transport Correspondent</byttl></byline>
   <byline>By Piet de Vries and Mara Kovac</byline>
   <distributor>Northern Wire</distributor>
   <dateline>PORTVILLE, Nov. 4 (NW) &#8212;</dateline>
  </body.head>
  <body.content>
   <p lede="true">
     The harbour ferry ran again on Friday, <em>two days</em> after the storm
     closed the crossing.
   </p>
   <p>Details at <a href="http://operator.example/ferry">the operator</a>&nbsp;site.</p>
   <table><tr><td>08:00</td><td>Portville</td></tr></table>
   <media media-type="image"><media-reference source="ferry.jpg" mime-type="image/jpeg"/>
    <media-caption>The ferry at dawn.</media-caption><media-producer>NW Photo</media-producer>
   </media>
   <pre>Line one
Line two</pre>
  </body.content>
  <body.end><tagline>Reporting by Ana Silva; editing by Tom Roe</tagline></body.end>
 </body>
</nitf>
"""  # noqa: E501 - one line per element, as real documents have them


def test_namespaced_nitf_36() -> None:
    article = nitf.decode(NAMESPACED, source="iptc.xml")
    assert article == Article(
        headline="Le traversier reprend du service",
        subheadline="Deux jours après la tempête",
        authors=[Person("Marie Tremblay", role="journaliste", affiliation="Agence Exemple")],
        organizations=[Organization("Agence Exemple")],
        date_published=dt.datetime(2022, 11, 4, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        date_modified=dt.datetime(2022, 11, 4, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        dateline=Dateline(place="RIMOUSKI, Qc", date="4 novembre 2022"),
        lead_image=Image(
            url="https://quotidien.example/img/traversier.jpg",
            alt="Le traversier à quai",
            caption="Le traversier au quai de Rimouski.",
            credit="Photo : Agence Exemple",
            width=800,
            height=600,
        ),
        body=[
            Paragraph(
                [
                    Text("Le traversier a repris ses "),
                    Text("traversées", em=True),
                    Text(" vendredi."),
                ]
            ),
            Heading([Text("Horaire")]),
            ListBlock([[Text("Départ à 8 h")], [Text("Retour à "), Text("17 h", strong=True)]]),
            Quote([Paragraph([Text("Nous sommes prêts.")])], attribution="Le capitaine"),
            Divider(),
            Paragraph(
                [
                    Text("Horaire complet sur "),
                    Link("le site", "https://quotidien.example/horaire"),
                    Text("."),
                ]
            ),
        ],
        url="https://quotidien.example/traversier",
        publisher=Organization("Le Quotidien Exemple"),
        language="fr-CA",
        keywords=["transport", "météo"],
        section="Régions",
        description="Le service a repris vendredi.",
        copyright="© 2022 Agence Exemple",
    )


def test_un_namespaced_wire_nitf_33_with_doctype() -> None:
    article, warnings = nitf.decode_with_warnings(WIRE_33, source="wire.xml")
    # no text is lost: the table is kept as paragraphs, with a warning; the tagline is the
    # article's trailer
    assert warnings == [
        "line 34: table read as 1 paragraph(s), one per row (the model has no tables)",
    ]
    assert article == Article(
        headline="Harbour ferry resumes after storm",
        subheadline="Crossings \u2014 back to normal by Friday",
        authors=[
            Person("Ana Silva", role="Transport Correspondent"),
            Person("Piet de Vries"),
            Person("Mara Kovac"),
        ],
        organizations=[Organization("Northern Wire")],
        date_published=dt.datetime(2022, 11, 4, 9, 30, tzinfo=PLUS_3),
        dateline=Dateline(place="PORTVILLE, Nov. 4", agency="NW"),
        body=[
            Paragraph(
                [
                    Text("The harbour ferry ran again on Friday, "),
                    Text("two days", em=True),
                    Text(" after the storm closed the crossing."),
                ]
            ),
            Paragraph(
                [
                    Text("Details at "),
                    Link("the operator", "http://operator.example/ferry"),
                    Text("\u00a0site."),
                ]
            ),
            Paragraph([Text("08:00 | Portville")]),
            ImageBlock(Image(url="ferry.jpg", caption="The ferry at dawn.", credit="NW Photo")),
            Paragraph([Text("Line one\nLine two")]),
        ],
        publisher=Organization("Northern Wire"),
        language="en-US",
        keywords=["transport", "weather"],
        section="Regional",
        furniture=[Furniture(FurnitureKind.TRAILER, "Reporting by Ana Silva; editing by Tom Roe")],
    )


def test_wire_nitf_converts_to_valid_nitf_36() -> None:
    data = nitf.encode(nitf.decode(WIRE_33))
    assert nitf.validate(data, strict=True) == []
    assert nitf.encode(nitf.decode(data)) == data


def test_the_iptc_example_reads(tmp_path: Path) -> None:
    article = nitf.decode(need_shared("standards", "nitf", "example-valid.xml").read_bytes())
    assert article.headline == "City council approves new riverside park"
    assert article.subheadline == "Construction is expected to begin next spring"
    assert article.authors == (
        Person("Jane Doe", role="Staff Reporter", affiliation="Example News Agency"),
    )
    assert article.organizations == (Organization("Example News Agency"),)
    assert article.date_published == dt.datetime(2022, 11, 4, 9, 30, tzinfo=dt.timezone.utc)
    assert article.dateline == Dateline(place="SPRINGFIELD, Ill.", date="Nov. 4, 2022")
    assert article.keywords == ("parks", "city council", "urban planning")
    assert article.lead_image is None  # the photo follows two paragraphs
    assert [type(b).__name__ for b in article.body] == [
        "Paragraph", "Paragraph", "ImageBlock", "Paragraph", "Paragraph",
    ]  # fmt: skip
    assert [f.kind for f in article.furniture] == [FurnitureKind.TRAILER]
    assert article.body[1].text.startswith("Mayor John Smith called the vote a long-overdue")
    assert article.furniture[0].text.startswith("Reporting by")  # the tagline


@pytest.mark.parametrize(
    ("norm", "expected"),
    [
        ("20221104T093000+0300", dt.datetime(2022, 11, 4, 9, 30, tzinfo=PLUS_3)),
        ("2022-11-04T09:30:00+03:00", dt.datetime(2022, 11, 4, 9, 30, tzinfo=PLUS_3)),
        ("20221104T093000Z", dt.datetime(2022, 11, 4, 9, 30, tzinfo=dt.timezone.utc)),
        ("2022-11-04T09:30:00Z", dt.datetime(2022, 11, 4, 9, 30, tzinfo=dt.timezone.utc)),
        ("20221104T093000", dt.datetime(2022, 11, 4, 9, 30)),
        ("2022-11-04T09:30", dt.datetime(2022, 11, 4, 9, 30)),
        ("20221104T0930-0500", dt.datetime(2022, 11, 4, 9, 30, tzinfo=MINUS_5)),
        ("20221104", dt.date(2022, 11, 4)),
        ("2022-11-04", dt.date(2022, 11, 4)),
        ("20221104T093000.5+0300", dt.datetime(2022, 11, 4, 9, 30, 0, 500_000, tzinfo=PLUS_3)),
    ],
)  # fmt: skip
def test_dates_in_basic_and_extended_form(norm: str, expected: DateValue) -> None:
    document = (
        '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><head><docdata>'
        f'<date.issue norm="{norm}"/></docdata><revision-history norm="{norm}"/></head>'
        "<body/></nitf>"
    )
    article = nitf.decode(document)
    for value in (article.date_published, article.date_modified):
        assert value == expected
        assert type(value) is type(expected)
        if isinstance(expected, dt.datetime):
            assert isinstance(value, dt.datetime)
            assert value.utcoffset() == expected.utcoffset()


def test_publication_date_falls_back_to_release_then_pubdata() -> None:
    release = "<nitf><head><docdata><date.release norm='20221104'/></docdata></head><body/></nitf>"
    assert nitf.decode(release).date_published == dt.date(2022, 11, 4)
    pubdata = "<nitf><head><pubdata date.publication='20221105T0100'/></head><body/></nitf>"
    assert nitf.decode(pubdata).date_published == dt.datetime(2022, 11, 5, 1, 0)


def test_an_unreadable_date_is_left_out() -> None:
    document = "<nitf><head><docdata><date.issue norm='soon'/></docdata></head><body/></nitf>"
    assert nitf.decode(document).date_published is None


def _byline(markup: str) -> tuple[tuple[Person, ...], tuple[Organization, ...]]:
    article = nitf.decode(f"<nitf><body><body.head>{markup}</body.head></body></nitf>")
    return article.authors, article.organizations


@pytest.mark.parametrize(
    ("markup", "persons", "organizations"),
    [
        (
            "<byline>By <person>A. Writer</person>, <byttl>Staff</byttl></byline>",
            [Person("A. Writer", role="Staff")],
            [],
        ),
        (
            "<byline>By <person>Ann Lee</person> and <person>Bo Park</person></byline>",
            [Person("Ann Lee"), Person("Bo Park")],
            [],
        ),
        (
            (
                "<byline><person>Ann Lee</person><byttl>Editor, <org>Daily</org></byttl>"
                '<virtloc value="https://daily.example/ann"/> and <person>Bo Park</person></byline>'
            ),
            [Person("Ann Lee", "https://daily.example/ann", "Editor", "Daily"), Person("Bo Park")],
            [],
        ),
        ("<byline>By Ann Lee and Bo Park</byline>", [Person("Ann Lee"), Person("Bo Park")], []),
        ("<byline>By Ann Lee, Reuters</byline>", [Person("Ann Lee")], [Organization("Reuters")]),
        ("<byline>Reuters</byline>", [], [Organization("Reuters")]),
        (
            "<byline>By <person>Ann Lee</person></byline><byline><person>Bo Park</person></byline>",
            [Person("Ann Lee"), Person("Bo Park")],
            [],
        ),
        ("<byline>\n   </byline>", [], []),
    ],
)
def test_bylines_as_mixed_content_and_plain_text(
    markup: str, persons: list[Person], organizations: list[Organization]
) -> None:
    assert _byline(markup) == (tuple(persons), tuple(organizations))


def test_distributor_with_orgs_and_urls() -> None:
    _persons, organizations = _byline(
        '<distributor><org idsrc="url" value="https://wire.example">Wire</org>, '
        '<org value="AP-CODE">AP</org></distributor>'
    )
    assert organizations == (Organization("Wire", url="https://wire.example"), Organization("AP"))


def test_entities_of_the_unloaded_dtd() -> None:
    document = b"""<!DOCTYPE nitf SYSTEM "nitf-3-2.dtd">
<nitf><body><body.content>
<p>a&mdash;b &eacute; &unknownthing; &amp;</p>
</body.content></body></nitf>"""
    assert nitf.decode(document).body == (Paragraph([Text("a\u2014b \u00e9 &unknownthing; &")]),)


def test_text_keeps_every_character_but_layout() -> None:
    document = (
        "<nitf><body><body.content>"
        "<p>  two  spaces\ttab </p>"
        "<p>\n    indented\n    and wrapped\n  </p>"
        "<p>a<br/>b</p>"
        '<p><a href="https://x.example"/>empty link</p>'
        "<p><a name='anchor'>not a link</a></p>"
        "<p>a<!-- comment -->b<?pi x?>c</p>"
        "</body.content></body></nitf>"
    )
    assert nitf.decode(document).body == (
        Paragraph([Text("  two  spaces\ttab ")]),
        Paragraph([Text("indented and wrapped")]),
        Paragraph([Text("a\nb")]),
        Paragraph([Link("", "https://x.example"), Text("empty link")]),
        Paragraph([Text("not a link")]),
        Paragraph([Text("abc")]),
    )


def test_text_and_bytes_with_an_encoding_declaration() -> None:
    body = "<nitf><head><title>Café</title></head><body/></nitf>"
    declared = '<?xml version="1.0" encoding="ISO-8859-1"?>' + body
    assert nitf.decode(declared).headline == "Café"
    assert nitf.decode(declared.encode("latin-1")).headline == "Café"
    assert nitf.decode(("\ufeff" + body).encode("utf-8")).headline == "Café"
    assert nitf.decode("\ufeff" + body).headline == "Café"
    assert nitf.decode(body.encode("utf-16")).headline == "Café"


@pytest.mark.parametrize(
    ("data", "message", "line", "column"),
    [
        (
            b"<nitf><body><p>open</body></nitf>",
            "not well-formed XML: Opening and ending tag",
            1,
            27,
        ),
        (b"<nitf>\n<body>\n</nitf>", "not well-formed XML", 3, 8),
        (b"", "not well-formed XML", 1, 1),
        (b"\x00\x01binary", "not well-formed XML", 1, 1),
        (b"<html><body/></html>", "not NITF: the root element is 'html'", 1, None),
        (b'<nitf xmlns="urn:other"><body/></nitf>', "not NITF", 1, None),
        (b"<nitf><head/></nitf>", "not NITF: the nitf element has no body", 1, None),
    ],
)
def test_malformed_input_is_a_format_error_with_its_position(
    data: bytes, message: str, line: int, column: int | None
) -> None:
    with pytest.raises(FormatError) as info:
        nitf.decode(data, source="bad.xml")
    assert info.value.reason.startswith(message)
    assert info.value.file == "bad.xml"
    assert info.value.line == line
    assert info.value.column == column


# --------------------------------------------------------------------------- safety


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("SECRET-7f3a9c-DO-NOT-LEAK\n", encoding="utf-8")
    return path


def _refused(data: bytes) -> FormatError:
    start = time.perf_counter()
    with pytest.raises(FormatError) as info:
        nitf.decode(data, source="attack.xml")
    assert time.perf_counter() - start < 1.0
    return info.value


def test_external_entity_is_refused_and_nothing_leaks(secret: Path) -> None:
    data = (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE nitf [\n  <!ENTITY x SYSTEM "{secret.as_uri()}">\n]>\n'
        "<nitf><body><body.content><p>&x;</p></body.content></body></nitf>"
    ).encode()
    error = _refused(data)
    assert "declares entities (x)" in error.reason
    assert error.line == 3
    assert "SECRET" not in str(error)
    problems = nitf.validate(data)
    assert len(problems) == 1
    assert "SECRET" not in problems[0].message


def test_external_parameter_entity_is_refused(secret: Path) -> None:
    data = (
        f'<!DOCTYPE nitf [<!ENTITY % p SYSTEM "{secret.as_uri()}"> %p;]><nitf><body/></nitf>'
    ).encode()
    assert "SECRET" not in str(_refused(data))


def test_billion_laughs_is_refused_quickly() -> None:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    ]
    data = (
        '<?xml version="1.0"?>\n<!DOCTYPE nitf [\n'
        + "\n".join(entities)
        + "\n]>\n<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>"
    ).encode()
    error = _refused(data)
    assert "entity declarations are refused" in error.reason
    assert len(str(error)) < 400


def test_quadratic_blowup_is_refused_quickly() -> None:
    big = "x" * 100_000
    data = (
        f'<!DOCTYPE nitf [<!ENTITY big "{big}">]><nitf><body><body.content><p>'
        + "&big;" * 10_000
        + "</p></body.content></body></nitf>"
    ).encode()
    assert len(str(_refused(data))) < 400


def test_an_external_dtd_is_named_but_never_loaded(secret: Path) -> None:
    data = (
        f'<!DOCTYPE nitf SYSTEM "{secret.as_uri()}">'
        "<nitf><head><title>Safe</title></head><body/></nitf>"
    ).encode()
    article = nitf.decode(data)
    assert article.headline == "Safe"
    assert "SECRET" not in nitf.encode(article).decode()


def test_xinclude_is_not_processed(secret: Path) -> None:
    data = (
        '<nitf xmlns:xi="http://www.w3.org/2001/XInclude"><body><body.content><p>before'
        f'<xi:include href="{secret.as_uri()}" parse="text"/>after</p></body.content></body></nitf>'
    ).encode()
    article = nitf.decode(data)
    assert article.body == (Paragraph([Text("beforeafter")]),)
    assert "SECRET" not in nitf.encode(article).decode()


def test_deep_nesting_is_a_clean_error() -> None:
    data = b"<nitf><body><body.content><p>" + b"<em>" * 5000 + b"</em>" * 5000
    data += b"</p></body.content></body></nitf>"
    with pytest.raises(FormatError):
        nitf.decode(data)
