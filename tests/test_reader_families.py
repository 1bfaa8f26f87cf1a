"""The layouts the reader must read, end to end: invented articles, one family per test,
in several languages. Each asserts on the Article the reader gives."""

from __future__ import annotations

import datetime as dt

import pytest

import newsschema
from newsschema import FurnitureKind, Heading, ListBlock, Paragraph, WarningCode

EN_BODY = [
    (
        "The harbour board voted on Tuesday to keep the old grain sheds on the east quay, ending "
        "a dispute that had run for more than two years."
    ),
    (
        "Members said the sheds would be repaired over the winter and opened to market traders "
        "in the spring, at a cost the port expects to recover from rents."
    ),
    (
        "Fishermen who use the quay said they welcomed the decision but wanted the repairs done "
        "before the busy season."
    ),
]
DE_BODY = [
    (
        "Der Hafenrat hat am Dienstag beschlossen, die alten Getreideschuppen am Ostkai zu "
        "erhalten, und damit einen Streit beendet, der seit mehr als zwei Jahren lief."
    ),
    (
        "Die Schuppen sollen im Winter repariert und im Frühjahr für Markthändler geöffnet werden, "
        "wie die Mitglieder sagten."
    ),
]
FR_BODY = [
    (
        "Le conseil du port a voté mardi le maintien des vieux hangars à grain du quai est, "
        "mettant fin à un différend qui durait depuis plus de deux ans."
    ),
    (
        "Les hangars seront réparés pendant l'hiver et ouverts aux commerçants au printemps, "
        "ont indiqué les membres du conseil."
    ),
]
ES_BODY = [
    (
        "La junta del puerto votó el martes mantener los viejos almacenes de grano del muelle "
        "este, poniendo fin a una disputa que duraba más de dos años."
    ),
    (
        "Los almacenes se repararán durante el invierno y se abrirán a los comerciantes en la "
        "primavera, dijeron los miembros de la junta."
    ),
]


def read(*header: str, body: list[str] = EN_BODY, tail: tuple[str, ...] = ()) -> newsschema.Article:
    return newsschema.parse("\n\n".join([*header, *body, *tail]) + "\n")


def paragraphs(article: newsschema.Article) -> list[str]:
    return [b.text for b in article.body if isinstance(b, Paragraph)]


# --------------------------------------------------------------------------- header


@pytest.mark.parametrize(
    ("kicker", "body"),
    [("Opinion", EN_BODY), ("WORLD", EN_BODY), ("Meinung", DE_BODY), ("Analyse", FR_BODY)],
)
def test_a_kicker_above_the_headline_is_the_section(kicker: str, body: list[str]) -> None:
    article = read(kicker, "Harbour Board Keeps the Old Grain Sheds", "By Nora Quill", body=body)
    assert article.headline == "Harbour Board Keeps the Old Grain Sheds"
    assert article.section == kicker
    assert [p.name for p in article.authors] == ["Nora Quill"]
    assert paragraphs(article)[0] == body[0]


def test_a_date_heading_before_the_headline() -> None:
    article = read("## Tuesday, March 7, 2023", "### Harbour Board Keeps the Old Grain Sheds")
    assert article.headline == "Harbour Board Keeps the Old Grain Sheds"
    assert article.date_published == dt.date(2023, 3, 7)


def test_a_deck_before_and_after_the_byline() -> None:
    before = read(
        "Harbour Board Keeps the Old Grain Sheds",
        "Repairs start this winter and traders move in next spring",
        "By Nora Quill",
        "March 7, 2023",
    )
    assert before.subheadline == "Repairs start this winter and traders move in next spring"
    after = read(
        "Harbour Board Keeps the Old Grain Sheds",
        "By Nora Quill",
        "*Repairs start this winter and traders move in next spring*",
        "March 7, 2023",
    )
    assert after.subheadline == "Repairs start this winter and traders move in next spring"
    assert paragraphs(after)[0] == EN_BODY[0]


@pytest.mark.parametrize(
    ("byline", "authors", "organizations"),
    [
        ("BY NORA QUILL AND TIM OSEI", ["NORA QUILL", "TIM OSEI"], []),
        ("By Nora Quill, Harbour Correspondent", ["Nora Quill"], []),
        ("By Nora Quill | nora@gazette.example", ["Nora Quill"], []),
        ("Posted by Nora Quill", ["Nora Quill"], []),
        ("AFP", [], ["AFP"]),
        ("The Associated Press", [], ["The Associated Press"]),
        ("Nora Quill, Reuters", ["Nora Quill"], ["Reuters"]),
    ],
)
def test_bylines(byline: str, authors: list[str], organizations: list[str]) -> None:
    article = read("Harbour Board Keeps the Old Grain Sheds", byline, "March 7, 2023")
    assert [p.name for p in article.authors] == authors
    assert [o.name for o in article.organizations] == organizations
    assert article.date_published == dt.date(2023, 3, 7)


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("By Nora Quill | Bristol | March 7, 2023", EN_BODY),
        ("Posted on March 7, 2023 by Nora Quill", EN_BODY),
        ("07.03.2023 09:40 | von Nora Quill", DE_BODY),
        ("par Nora Quill, le 7 mars 2023", FR_BODY),
        ("Por Nora Quill | 7 de marzo de 2023", ES_BODY),
    ],
)
def test_a_byline_with_its_date_on_one_line(line: str, body: list[str]) -> None:
    article = read("Harbour Board Keeps the Old Grain Sheds", line, body=body)
    assert [p.name for p in article.authors] == ["Nora Quill"]
    assert article.date_published is not None
    assert article.date_published.isoformat()[:10] == "2023-03-07"
    assert paragraphs(article)[0] == body[0]


def test_a_sign_off_names_the_author_when_the_header_did_not() -> None:
    article = read("Harbour Board Keeps the Old Grain Sheds", tail=("— Nora Quill",))
    assert [p.name for p in article.authors] == ["Nora Quill"]
    signed = read("Harbour Board Keeps the Old Grain Sheds", "By Tim Osei", tail=("— Nora Quill",))
    assert [p.name for p in signed.authors] == ["Tim Osei"]


def test_a_blog_footer_byline() -> None:
    article = read(
        "Harbour Board Keeps the Old Grain Sheds",
        "March 7, 2023",
        tail=(
            "Posted by Nora Quill at 5:11 AM",
            "[Email This](https://s.example/e) [Share to X](https://s.example/x)",
        ),
    )
    assert [p.name for p in article.authors] == ["Nora Quill"]
    assert paragraphs(article)[-1] == EN_BODY[-1]
    assert [f.kind for f in article.furniture] == [FurnitureKind.SHARE]


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("line", "body", "expected"),
    [
        ("03/05/2023", ES_BODY, dt.date(2023, 5, 3)),
        ("03/05/2023", EN_BODY, dt.date(2023, 3, 5)),
        ("Publié le 7 mars 2023 à 9h21", FR_BODY, dt.datetime(2023, 3, 7, 9, 21)),
        ("07.03.2023 um 10:32 Uhr", DE_BODY, dt.datetime(2023, 3, 7, 10, 32)),
        (
            "10:08 a.m. PT July 19, 2013",
            EN_BODY,
            dt.datetime(2013, 7, 19, 10, 8, tzinfo=dt.timezone(dt.timedelta(hours=-7))),
        ),
        (
            "Posted: 11/27/13 3:36 AM ET",
            EN_BODY,
            dt.datetime(2013, 11, 27, 3, 36, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        (
            "20180619T055000+0900",
            EN_BODY,
            dt.datetime(2018, 6, 19, 5, 50, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        ),
    ],
)
def test_dates_in_their_languages(line: str, body: list[str], expected: dt.date) -> None:
    article = read("Harbour Board Keeps the Old Grain Sheds", line, body=body)
    assert article.date_published == expected
    if isinstance(expected, dt.datetime):
        assert isinstance(article.date_published, dt.datetime)
        assert article.date_published.utcoffset() == expected.utcoffset()


def test_an_ambiguous_order_is_never_a_silent_guess() -> None:
    result = newsschema.analyze("\n\n".join(["Harbour Sheds Kept", "03/05/2023", *ES_BODY]))
    assert WarningCode.DATE_ORDER_GUESSED in [w.code for w in result.warnings]


@pytest.mark.parametrize("line", ["Updated 3:45 PM ET", "2 hours ago", "vor 2 Stunden"])
def test_a_time_with_no_date_invents_none_and_leaves_the_body(line: str) -> None:
    result = newsschema.analyze(
        "\n\n".join(["Harbour Sheds Kept", "By Nora Quill", line, *EN_BODY])
    )
    assert result.article.date_published is None
    assert WarningCode.RELATIVE_DATE in [w.code for w in result.warnings]
    assert paragraphs(result.article) == EN_BODY


def test_an_ambiguous_zone_stays_local_with_a_warning() -> None:
    result = newsschema.analyze(
        "\n\n".join(["Harbour Sheds Kept", "March 7, 2023 10:00 IST", *EN_BODY])
    )
    published = result.article.date_published
    assert isinstance(published, dt.datetime)
    assert published.tzinfo is None
    assert WarningCode.ZONE_UNREAD in [w.code for w in result.warnings]


# --------------------------------------------------------------------------- images


@pytest.mark.parametrize(
    ("lines", "caption", "credit"),
    [
        (["Sheds on the east quay at dawn"], "Sheds on the east quay at dawn", None),
        (
            ["Sheds on the east quay (Jon Vale / Gazette)"],
            "Sheds on the east quay",
            "Jon Vale / Gazette",
        ),
        (["Sheds on the east quay | Getty Images"], "Sheds on the east quay", "Getty Images"),
        (["Sheds on the east quay. Photo: Jon Vale"], "Sheds on the east quay.", "Jon Vale"),
        (["Photo: Jon Vale\nSheds on the east quay"], "Sheds on the east quay", "Jon Vale"),
        (
            [
                "![Sheds](https://img.example/sheds.jpg)",
                "Sheds on the east quay",
                "Credit: Jon Vale",
            ],
            "Sheds on the east quay",
            "Jon Vale",
        ),
        (["![](https://img.example/sheds.jpg)", "AFP"], None, "AFP"),
        (["AP Photo/Jon Vale"], None, "AP Photo/Jon Vale"),
    ],
)
def test_lead_captions_and_credits(
    lines: list[str], caption: str | None, credit: str | None
) -> None:
    article = read(
        "Harbour Board Keeps the Old Grain Sheds", "By Nora Quill", "March 7, 2023", *lines
    )
    assert article.lead_image is not None
    assert (article.lead_image.caption, article.lead_image.credit) == (caption, credit)
    assert paragraphs(article)[0] == EN_BODY[0]


@pytest.mark.parametrize(
    ("line", "body", "credit"),
    [
        ("Getreideschuppen am Ostkai Foto: dpa / Lena Brandt", DE_BODY, "dpa / Lena Brandt"),
        ("Hangars sur le quai est. © AFP", FR_BODY, "AFP"),
        ("Almacenes en el muelle este (EFE)", ES_BODY, "EFE"),
    ],
)
def test_lead_credits_in_other_languages(line: str, body: list[str], credit: str) -> None:
    article = read("Harbour Sheds Kept", "7 March 2023", line, body=body)
    assert article.lead_image is not None
    assert article.lead_image.credit == credit


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("BRISTOL —", "BRISTOL", None),
        ("KYIV, Ukraine (AP) —", "KYIV, Ukraine", "AP"),
        ("Berlin/Hamburg (dpa) -", "Berlin/Hamburg", "dpa"),
        ("(CNN) --", None, "CNN"),
    ],
)
def test_datelines_open_the_first_paragraph(
    opening: str, place: str | None, agency: str | None
) -> None:
    body = [f"{opening} {EN_BODY[0]}", *EN_BODY[1:]]
    article = read("Harbour Board Keeps the Old Grain Sheds", body=body)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert paragraphs(article)[0].startswith(opening)
    assert article.organizations == ()


# --------------------------------------------------------------------------- body


def test_furniture_leaves_the_body_and_is_kept() -> None:
    body = [
        EN_BODY[0],
        "Advertisement",
        EN_BODY[1],
        "Share this article",
        "Read more: Ferry fares rise again",
        EN_BODY[2],
        "Sign up for our morning newsletter",
    ]
    article = read("Harbour Board Keeps the Old Grain Sheds", body=body)
    assert paragraphs(article) == EN_BODY
    assert [(f.kind, f.text) for f in article.furniture] == [
        (FurnitureKind.ADVERTISEMENT, "Advertisement"),
        (FurnitureKind.SHARE, "Share this article"),
        (FurnitureKind.READ_MORE, "Read more: Ferry fares rise again"),
        (FurnitureKind.NEWSLETTER, "Sign up for our morning newsletter"),
    ]
    assert all(f.line is not None for f in article.furniture)


def test_a_wire_trailer_closes_the_story() -> None:
    article = read(
        "Harbour Board Keeps the Old Grain Sheds",
        tail=(
            "(Reporting by Nora Quill; Editing by Tim Osei)",
            "Our Standards: The Trust Principles.",
        ),
    )
    assert paragraphs(article)[-1] == "(Reporting by Nora Quill; Editing by Tim Osei)"
    assert article.authors == ()
    assert [f.kind for f in article.furniture] == [FurnitureKind.NOTICE]


def test_a_numbered_list_split_by_blank_lines_is_one_list() -> None:
    body = [
        EN_BODY[0],
        "1. Repair the roofs.",
        "2. Paint the doors.",
        "3. Open the market.",
        EN_BODY[1],
    ]
    article = read("Harbour Board Keeps the Old Grain Sheds", body=body)
    lists = [b for b in article.body if isinstance(b, ListBlock)]
    assert len(lists) == 1
    assert lists[0].ordered
    assert [newsschema.model.plain_text(i) for i in lists[0].items] == [
        "Repair the roofs.",
        "Paint the doors.",
        "Open the market.",
    ]


def test_plain_line_titles_between_paragraphs() -> None:
    body = [EN_BODY[0], "What the repairs will cost", EN_BODY[1], EN_BODY[2]]
    article = read("Harbour Board Keeps the Old Grain Sheds", body=body)
    assert [b.text for b in article.body if isinstance(b, Heading)] == [
        "What the repairs will cost"
    ]
    assert paragraphs(article) == EN_BODY


def test_a_newsletter_box_printed_as_text_lines_is_furniture() -> None:
    """w3m and its kind print a newsletter box's title, pitch, input box and button as lines."""
    article = newsschema.parse(
        "Harbour cranes return after a long winter\n\nBy Ola Brandt\n\nMarch 3, 2024\n\n"
        "The cranes came back to the harbour on Monday, the port office said in a statement.\n\n"
        "The Morning Newsletter\n\nThe day's stories, in your inbox every morning.\n\n"
        "[          ]Sign up\n"
        "Dockworkers said the cranes would be working again by the end of the week.\n"
    )
    assert [b.text[:20] for b in article.body] == ["The cranes came back", "Dockworkers said the"]
    assert [f.kind for f in article.furniture] == [FurnitureKind.NEWSLETTER] * 3


def test_a_caption_printed_twice_before_the_headline() -> None:
    """lynx prints an image's alt text and then its caption: the caption once, its credit."""
    article = newsschema.parse(
        "Gulls over the quay at dawn. Gulls over the quay at dawn. (Ola Brandt for The Courier)\n\n"
        "Harbour cranes return after a long winter\n\nBy Ola Brandt\n\nMarch 3, 2024\n\n"
        "The cranes came back to the harbour on Monday, the port office said in a statement.\n"
    )
    assert article.lead_image is not None
    assert article.lead_image.caption == "Gulls over the quay at dawn."
    assert article.lead_image.credit == "Ola Brandt for The Courier"
