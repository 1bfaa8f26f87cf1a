"""Each recognizer alone, table-driven, in every lexicon language: ``(unit, context) -> Finding``.

Every fixture is invented. A row says what one line (or two) must be found as, or that
it must not be taken.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsschema import FurnitureKind
from newsschema._text.codes import ElementKind, WarningCode
from newsschema._text.context import Context, Finding, Seen, Zone
from newsschema._text.recognizers import body, dateline, footer, furniture, header, images, meta
from newsschema._text.units import Unit, split_units
from newsschema.model import Dateline


def units_of(*lines: str) -> list[Unit]:
    """Each argument a block of its own (blank lines between)."""
    return split_units("\n\n".join(lines).split("\n"))


def context(
    units: list[Unit],
    i: int = 0,
    *,
    zone: Zone = Zone.HEADER,
    language: str | None = "en",
    seen: Seen | None = None,
    last: Finding | None = None,
) -> Context:
    last_unit = units[i - 1] if last is not None and i > 0 else None
    return Context(units, i, zone, language, None, seen or Seen(), len(units), last, last_unit)


def run(recognizer, *lines: str, i: int = 0, **kw: object) -> Finding | None:  # type: ignore[no-untyped-def]
    units = units_of(*lines)
    return recognizer(units[i], context(units, i, **kw))  # type: ignore[arg-type]


AFTER_HEADLINE = Seen(headline=True)
AFTER_META = Seen(headline=True, meta=True)

# --------------------------------------------------------------------------- bylines and dates


@pytest.mark.parametrize(
    ("language", "line", "names", "published"),
    [
        ("en", "By Nora Quill | March 7, 2023", ["Nora Quill"], dt.date(2023, 3, 7)),
        ("en", "Posted on March 7, 2023 by Nora Quill", ["Nora Quill"], dt.date(2023, 3, 7)),
        ("en", "By Nora QuillMarch 7, 2023", ["Nora Quill"], dt.date(2023, 3, 7)),
        ("en", "By Nora Quill | Kyiv | March 7, 2023", ["Nora Quill"], dt.date(2023, 3, 7)),
        (
            "de",
            "07.03.2023 14:20 | von Lena Brandt",
            ["Lena Brandt"],
            dt.datetime(2023, 3, 7, 14, 20),
        ),
        (
            "de",
            "von Lena Brandt am 7. März 2023, 14:20 Uhr",
            ["Lena Brandt"],
            dt.datetime(2023, 3, 7, 14, 20),
        ),
        ("fr", "par Claire Dubois, le 7 mars 2023", ["Claire Dubois"], dt.date(2023, 3, 7)),
        ("es", "Por Lucía Romero | 7 de marzo de 2023", ["Lucía Romero"], dt.date(2023, 3, 7)),
        ("it", "di Giulia Conti - 7 marzo 2023", ["Giulia Conti"], dt.date(2023, 3, 7)),
        ("pt", "Por Ana Costa, 7 de março de 2023", ["Ana Costa"], dt.date(2023, 3, 7)),
        ("nl", "Door Sanne de Wit, 7 maart 2023", ["Sanne de Wit"], dt.date(2023, 3, 7)),
        ("pl", "Autor: Ewa Nowak, 7 marca 2023", ["Ewa Nowak"], dt.date(2023, 3, 7)),
        ("ru", "Автор: Ольга Белова, 7 марта 2023", ["Ольга Белова"], dt.date(2023, 3, 7)),
        ("uk", "Автор: Оксана Мельник, 7 березня 2023", ["Оксана Мельник"], dt.date(2023, 3, 7)),
    ],
)
def test_a_byline_and_its_date_on_one_line(
    language: str, line: str, names: list[str], published: dt.date
) -> None:
    found = run(meta.byline_and_date, line, language=language)
    assert found is not None, line
    assert found.byline is not None
    assert [p.name for p in found.byline.persons] == names
    assert found.dates is not None
    assert found.dates.published == published


def test_a_blog_footer_byline_with_a_time_and_no_date() -> None:
    found = run(meta.byline_and_date, "Posted by Tom Reyes at [5:11 AM](https://blog.example/p/1)")
    assert found is not None
    assert found.byline is not None
    assert [p.name for p in found.byline.persons] == ["Tom Reyes"]
    assert found.dates is not None
    assert found.dates.published is None
    assert [n.code for n in found.notes] == [WarningCode.RELATIVE_DATE]


@pytest.mark.parametrize(
    ("language", "line", "orgs"),
    [
        ("en", "The Associated Press", ["The Associated Press"]),
        ("de", "dpa", ["dpa"]),
        ("es", "EFE", ["EFE"]),
        ("it", "ANSA", ["ANSA"]),
        ("fr", "AFP", ["AFP"]),
        ("ru", "ТАСС", ["ТАСС"]),
        ("en", "JIJI", ["JIJI"]),
    ],
)
def test_agency_only_bylines_are_organizations(language: str, line: str, orgs: list[str]) -> None:
    found = run(meta.agency, line, language=language, seen=AFTER_HEADLINE)
    assert found is not None
    assert found.byline is not None
    assert [o.name for o in found.byline.organizations] == orgs
    assert found.byline.persons == ()


def test_a_name_under_an_avatar_is_the_byline() -> None:
    units = units_of("![](https://cdn.example/avatar/nq.png?s=64)", "Nora Quill", "Text follows.")
    avatar = meta.avatar(units[0], context(units, 0, seen=AFTER_META))
    assert avatar is not None
    assert avatar.detail == meta.AVATAR
    name = meta.bare_name(units[1], context(units, 1, seen=AFTER_META, last=avatar))
    assert name is not None
    assert name.byline is not None
    assert [p.name for p in name.byline.persons] == ["Nora Quill"]


@pytest.mark.parametrize(
    ("language", "line", "code"),
    [
        ("en", "Updated 3:45 PM ET", WarningCode.RELATIVE_DATE),
        ("en", "5 hours ago", WarningCode.RELATIVE_DATE),
        ("de", "vor 3 Stunden", WarningCode.RELATIVE_DATE),
        ("fr", "Mis à jour il y a 2 heures", WarningCode.RELATIVE_DATE),
        ("en", "March 7, 2023 10:00 IST", WarningCode.ZONE_UNREAD),
        ("es", "03/05/2023", WarningCode.DATE_ORDER_GUESSED),
    ],
)
def test_date_lines_say_what_they_could_not_settle(
    language: str, line: str, code: WarningCode
) -> None:
    found = run(meta.date, line, language=language)
    assert found is not None
    assert [n.code for n in found.notes] == [code]


# --------------------------------------------------------------------------- header


@pytest.mark.parametrize(
    ("language", "kicker"),
    [
        ("en", "Opinion"),
        ("en", "EXCLUSIVE"),
        ("de", "Meinung"),
        ("fr", "Analyse"),
        ("es", "Opinión"),
        ("it", "Esteri"),
        ("pt", "Opinião"),
        ("nl", "Opinie"),
        ("pl", "Opinia"),
        ("ru", "Мнение"),
        ("uk", "Думка"),
        ("en", "BRISTOL"),
    ],
)
def test_a_kicker_above_the_headline(language: str, kicker: str) -> None:
    found = run(
        header.kicker,
        kicker,
        "A headline that is long enough to follow its label",
        "The story begins here and carries on for a while.",
        language=language,
    )
    assert found is not None
    assert found.text == kicker


def test_a_short_line_above_a_heading_is_a_kicker() -> None:
    found = run(header.kicker, "Science", "# Comet passes closer than expected", "Body text.")
    assert found is not None


@pytest.mark.parametrize(
    "first",
    [
        "The council met on Tuesday and decided nothing at all.",
        "Short line",
        "March 7, 2023",
    ],
)
def test_not_kickers(first: str) -> None:
    assert run(header.kicker, first, "A headline that is long enough to follow", "Body.") is None


@pytest.mark.parametrize(
    ("line", "taken"),
    [
        ("River Museum Reopens After Flood", True),
        ("# River Museum Reopens After Flood", True),
        ("WASHINGTON — The river museum reopened on Tuesday after long repairs.", False),
        ("By Nora Quill", False),
        ("March 7, 2023", False),
        ("这是一个很长的句子，讲述了一件事情的经过和结果，并且以句号结尾，所以它不是标题。", False),
        ("One sentence here. Another sentence there. And a third one.", False),
    ],
)
def test_headlines(line: str, taken: bool) -> None:
    assert (run(header.headline, line, "Body text follows here.") is not None) is taken


def test_a_bold_line_between_header_lines_is_a_deck() -> None:
    units = units_of(
        "By Nora Quill", "**The museum reopens with its boats afloat**", "March 7, 2023"
    )
    found = header.deck(units[1], context(units, 1, seen=AFTER_META))
    assert found is not None
    assert found.text == "The museum reopens with its boats afloat"


# --------------------------------------------------------------------------- images


@pytest.mark.parametrize(
    ("language", "line", "credit"),
    [
        ("en", "Photo: Anna Berg", "Anna Berg"),
        ("en", "Credit: Coastline Press", "Coastline Press"),
        ("en", "AP Photo/Jon Vale", "AP Photo/Jon Vale"),
        ("en", "Getty Images", "Getty Images"),
        ("en", "© Harbour Pictures", "Harbour Pictures"),
        ("en", "(C) Harbour Pictures", "Harbour Pictures"),
        ("de", "Bild: dpa / Lena Brandt", "dpa / Lena Brandt"),
        ("de", "Foto: Lena Brandt", "Lena Brandt"),
        ("fr", "Crédit photo : Claire Dubois", "Claire Dubois"),
        ("es", "Fotografía: Lucía Romero", "Lucía Romero"),
        ("it", "Foto: Giulia Conti", "Giulia Conti"),
        ("pt", "Foto: Ana Costa", "Ana Costa"),
        ("nl", "Foto: Sanne de Wit", "Sanne de Wit"),
        ("pl", "Fot. Ewa Nowak", None),
        ("ru", "Фото: Ольга Белова", "Ольга Белова"),
        ("uk", "Фото: Оксана Мельник", "Оксана Мельник"),
    ],
)
def test_credit_lines(language: str, line: str, credit: str | None) -> None:
    found = run(images.credit_line, line, language=language, seen=AFTER_META)
    assert (found.text if found is not None else None) == credit


@pytest.mark.parametrize(
    ("language", "line", "caption", "credit"),
    [
        (
            "en",
            "Boats moored at the quay (Anna Berg / Coastline Press)",
            "Boats moored at the quay",
            "Anna Berg / Coastline Press",
        ),
        (
            "en",
            "Boats moored at the quay | Getty Images",
            "Boats moored at the quay",
            "Getty Images",
        ),
        (
            "en",
            "Boats moored at the quay. Photo: Anna Berg",
            "Boats moored at the quay.",
            "Anna Berg",
        ),
        (
            "en",
            "Boats moored at the quay. **Anna Berg / Coastline Press**",
            "Boats moored at the quay.",
            "Anna Berg / Coastline Press",
        ),
        ("de", "Boote am Kai Foto: Lena Brandt", "Boote am Kai", "Lena Brandt"),
        ("de", "Boote am Kai. © dpa", "Boote am Kai.", "dpa"),
        ("fr", "Bateaux au quai. Photo : Claire Dubois", "Bateaux au quai.", "Claire Dubois"),
        ("es", "Barcos en el muelle (EFE)", "Barcos en el muelle", "EFE"),
        ("ru", "Лодки у причала Фото: Ольга Белова", "Лодки у причала", "Ольга Белова"),
    ],
)
def test_captions_without_an_image(language: str, line: str, caption: str, credit: str) -> None:
    found = run(images.caption_without_image, line, language=language, seen=AFTER_META)
    assert found is not None
    assert found.image is not None
    assert (found.image.caption, found.image.credit) == (caption, credit)


def test_a_caption_under_an_image_in_the_next_block() -> None:
    units = units_of(
        "![Boats at the quay](https://img.example/quay.jpg)",
        "Boats at the quay",
        "The harbour board met on Tuesday to decide the future of the old quay.",
    )
    lead = images.lead_image(units[0], context(units, 0, seen=AFTER_META))
    assert lead is not None
    seen = AFTER_META.after(lead, units[0])
    found = images.caption(units[1], context(units, 1, seen=seen, last=lead))
    assert found is not None
    assert found.image is not None
    assert found.image.caption == "Boats at the quay"


def test_a_caption_line_with_no_image_and_no_credit() -> None:
    units = units_of(
        "Boats moored at the east quay at dawn",
        "The harbour board met on Tuesday to decide the future of the old quay.",
    )
    found = images.lead_caption(units[0], context(units, 0, seen=AFTER_META))
    assert found is not None
    assert found.image is not None
    assert found.image.caption == "Boats moored at the east quay at dawn"
    # a sentence of the story is no caption
    units = units_of("The board met on Tuesday.", "It decided nothing.")
    assert images.lead_caption(units[0], context(units, 0, seen=AFTER_META)) is None


def test_an_image_file_name_is_an_image() -> None:
    found = run(images.lead_image, "quay-at-dawn.JPG", seen=AFTER_META)
    assert found is not None
    assert found.image is not None
    assert found.image.url == "quay-at-dawn.JPG"


def test_a_body_image_takes_its_caption_with_a_credit_from_the_next_block() -> None:
    units = units_of(
        "A paragraph before.",
        "![](https://img.example/crane.jpg)",
        "A crane over the yard (Jon Vale)",
        "A paragraph after.",
    )
    found = images.body_image(units[1], context(units, 1, zone=Zone.BODY))
    assert found is not None
    assert found.take == 2
    assert found.image is not None
    assert (found.image.caption, found.image.credit) == ("A crane over the yard", "Jon Vale")


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON — The", Dateline(place="WASHINGTON")),
        ("KYIV, Ukraine (AP) — A", Dateline(place="KYIV, Ukraine", agency="AP")),
        ("LONDON, Nov 4 (Reuters) - The", Dateline(place="LONDON", agency="Reuters", date="Nov 4")),
        ("Berlin/Frankfurt (dpa) - Die", Dateline(place="Berlin/Frankfurt", agency="dpa")),
        ("LONDRES (AFP) - Le", Dateline(place="LONDRES", agency="AFP")),
        ("MADRID, 7 mar (EFE).- El", None),
        ("ALMATY. KAZINFORM — The", Dateline(place="ALMATY", agency="KAZINFORM")),
        (
            "МОСКВА, 4 ноября. /ТАСС/. Глава",
            Dateline(place="МОСКВА", agency="ТАСС", date="4 ноября"),
        ),
        ("(CNN) -- The", Dateline(agency="CNN")),
        ("【6月18日 AFP】東京", Dateline(agency="AFP", date="6月18日")),
        ("新华社北京11月17日电 记者", Dateline(place="北京", agency="新华社", date="11月17日")),
        ("بيروت، لبنان (CNN) -- قال", Dateline(place="بيروت، لبنان", agency="CNN")),
        ("The mayor — who was late — said", None),
        ("Jane Roe (Labour) - said", None),
    ],
)
def test_datelines(text: str, expected: Dateline | None) -> None:
    assert dateline.read_dateline(text) == expected


# --------------------------------------------------------------------------- body


@pytest.mark.parametrize(
    ("line", "taken"),
    [
        ("**What happens next**", True),
        ("**Planes, boats ...**", True),
        ("**Why did the ferry stop?**", True),
        ("**The ferry stopped on Tuesday.**", False),
        ("WHAT HAPPENS NEXT", True),
        ("Why the quay matters", True),
        ('Journey to "the old quay"', True),
        ("_An italic intertitle_", False),
        ("Did the board agree?", False),
        ("— Nora Quill, Bristol, 2023", False),
        ("a line starting small", False),
    ],
)
def test_subheadings(line: str, taken: bool) -> None:
    units = units_of(
        "The first paragraph ends here.",
        line,
        "The next paragraph is longer than the line above it, as a section's text is.",
    )
    found = body.subheading(units[1], context(units, 1, zone=Zone.BODY))
    assert (found is not None) is taken


def test_a_paragraph_split_by_a_blank_line_carries_on() -> None:
    units = units_of("The board said the ferry would run to the", "island on Sundays.")
    first = body.paragraph(units[0], context(units, 0, zone=Zone.BODY))
    assert first is not None
    second = body.paragraph(units[1], context(units, 1, zone=Zone.BODY, last=first))
    assert second is not None
    assert second.continues


# --------------------------------------------------------------------------- furniture


@pytest.mark.parametrize(
    ("language", "line", "kind"),
    [
        ("en", "Advertisement", FurnitureKind.ADVERTISEMENT),
        ("de", "Anzeige", FurnitureKind.ADVERTISEMENT),
        ("fr", "Publicité", FurnitureKind.ADVERTISEMENT),
        ("es", "Publicidad", FurnitureKind.ADVERTISEMENT),
        ("it", "Pubblicità", FurnitureKind.ADVERTISEMENT),
        ("pt", "Publicidade", FurnitureKind.ADVERTISEMENT),
        ("nl", "Advertentie", FurnitureKind.ADVERTISEMENT),
        ("pl", "Reklama", FurnitureKind.ADVERTISEMENT),
        ("ru", "Реклама", FurnitureKind.ADVERTISEMENT),
        ("uk", "Реклама", FurnitureKind.ADVERTISEMENT),
        ("en", "4 min read", FurnitureKind.READING_TIME),
        ("en", "Listen to this article", FurnitureKind.READING_TIME),
        ("en", "Share this article", FurnitureKind.SHARE),
        ("en", "Gift Article", FurnitureKind.SHARE),
        (
            "en",
            "[Facebook](https://s.example/f) [Twitter](https://s.example/t) [Email](mailto:x@y.z)",
            FurnitureKind.SHARE,
        ),
        ("de", "Artikel teilen", FurnitureKind.SHARE),
        ("fr", "Partager", FurnitureKind.SHARE),
        ("en", "12 comments", FurnitureKind.COMMENTS),
        ("de", "Kommentare (4)", FurnitureKind.COMMENTS),
        ("en", "Sign up for our morning newsletter", FurnitureKind.NEWSLETTER),
        ("es", "Suscríbete al boletín", FurnitureKind.NEWSLETTER),
        ("en", "Our Standards: The Trust Principles.", FurnitureKind.NOTICE),
    ],
)
def test_furniture_lines(language: str, line: str, kind: FurnitureKind) -> None:
    found = run(furniture.furniture, line, language=language, zone=Zone.BODY)
    assert found is not None, line
    assert found.furniture is kind


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Read more: Ferry fares rise again"),
        ("en", "Next: The quay in numbers"),
        ("de", "Lesen Sie auch: Fähre fährt wieder"),
        ("fr", "Lire aussi : Le quai rouvre"),
        ("es", "Lee también: El muelle reabre"),
        ("it", "Leggi anche: Il molo riapre"),
        ("pt", "Leia também: O cais reabre"),
        ("nl", "Lees ook: De kade gaat weer open"),
        ("pl", "Czytaj także: Nabrzeże znów otwarte"),
        ("ru", "Читайте также: Причал снова открыт"),
        ("uk", "Читайте також: Причал знову відкритий"),
    ],
)
def test_read_more_teasers(language: str, line: str) -> None:
    found = run(furniture.read_more, line, language=language, zone=Zone.BODY)
    assert found is not None
    assert found.furniture is FurnitureKind.READ_MORE


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell on Tuesday after the ferry operator warned of losses.",
        "Next spring the quay will open to visitors again.",
        "Comments from residents were mostly positive.",
    ],
)
def test_prose_is_no_furniture(line: str) -> None:
    assert run(furniture.furniture, line, zone=Zone.BODY) is None
    assert run(furniture.read_more, line, zone=Zone.BODY) is None


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Nora Quill; Editing by Tim Osei)",
        "Reporting by Nora Quill; Writing by Tim Osei",
        "(jvs/grh)",
    ],
)
def test_wire_trailers(line: str) -> None:
    units = units_of("The story ends here.", line)
    found = furniture.trailer(units[1], context(units, 1, zone=Zone.BODY))
    assert found is not None
    assert found.kind is ElementKind.TRAILER


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("— Nora Quill", "Nora Quill"),
        ("-- By Nora Quill [Follow @nquill](https://social.example/nquill)", "Nora Quill"),
        ("Nora Quill is a staff writer for the Harbour Gazette.", "Nora Quill"),
    ],
)
def test_sign_offs(line: str, name: str) -> None:
    units = units_of("The story ends here.", line)
    found = furniture.sign_off(units[1], context(units, 1, zone=Zone.BODY))
    assert found is not None
    assert found.sign_off
    assert found.byline is not None
    assert [p.name for p in found.byline.persons] == [name]


def test_a_long_author_note_is_no_sign_off() -> None:
    note = (
        "Nora Quill is a writer and the author of two books about harbours. She has "
        "reported from thirty ports. She lives by the sea."
    )
    units = units_of("The story ends here.", note)
    assert furniture.sign_off(units[1], context(units, 1, zone=Zone.BODY)) is None


# --------------------------------------------------------------------------- footer


@pytest.mark.parametrize(
    ("language", "line", "keywords"),
    [
        ("en", "Tags: ferries, harbours", ["ferries", "harbours"]),
        ("en", "Labels: Travel / Ferries, Harbours", ["Travel / Ferries", "Harbours"]),
        ("de", "Schlagwörter: Fähren, Häfen", ["Fähren", "Häfen"]),
        ("fr", "Mots-clés : ferries, ports", ["ferries", "ports"]),
        ("es", "Etiquetas: ferris, puertos", ["ferris", "puertos"]),
        ("it", "Argomenti: traghetti, porti", ["traghetti", "porti"]),
        ("pt", "Tags: balsas, portos", ["balsas", "portos"]),
        ("nl", "Trefwoorden: veerboten, havens", ["veerboten", "havens"]),
        ("pl", "Tagi: promy, porty", ["promy", "porty"]),
        ("ru", "Теги: паромы, порты", ["паромы", "порты"]),
        ("uk", "Теги: пороми, порти", ["пороми", "порти"]),
    ],
)
def test_keywords_lines(language: str, line: str, keywords: list[str]) -> None:
    found = run(footer.keywords, line, language=language, zone=Zone.FOOTER)
    assert found is not None
    assert list(found.keywords) == keywords


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Original url: <https://news.example/a>"),
        ("de", "Quelle: https://news.example/a"),
        ("es", "Fuente: https://news.example/a"),
        ("ru", "Источник: https://news.example/a"),
    ],
)
def test_url_lines(language: str, line: str) -> None:
    found = run(footer.url, line, language=language, zone=Zone.FOOTER)
    assert found is not None
    assert found.url == "https://news.example/a"


@pytest.mark.parametrize(
    ("language", "line", "taken"),
    [
        ("en", "Authors: []", True),
        ("en", "Date: None", True),
        ("en", "Published: -", True),
        ("de", "Veröffentlicht: None", True),
        ("en", "Authors: Lena Ortiz", False),
        ("en", "Published: nothing was decided", False),
    ],
)
def test_empty_printed_fields(language: str, line: str, taken: bool) -> None:
    """A script printed a byline or date field it did not find: no value to read."""
    found = run(meta.empty_meta, line, language=language)
    assert (found is not None) is taken
    if found is not None:
        assert found.kind is ElementKind.DATE


@pytest.mark.parametrize(
    ("language", "lines", "kicker"),
    [
        (
            "de",
            ("Handball", "Ein Verein feiert den Aufstieg nach langer Zeit", "VON JANA KERN"),
            "Handball",
        ),
        (
            "en",
            ("[7]Weather", "Frost returns to the valley towns this week", "By Ola Brandt"),
            "Weather",
        ),
        (
            "fr",
            ("Cuisine", "Un chef de quartier ouvre une seconde adresse", "Par Léa Martin"),
            "Cuisine",
        ),
        (
            "en",
            (
                "Harbours",
                "Dredging starts at the old quay",
                "A short deck about the works",
                "May 3, 2024",
            ),
            "Harbours",
        ),
    ],
)
def test_a_section_label_over_a_headline_and_its_byline(
    language: str, lines: tuple[str, ...], kicker: str
) -> None:
    """A label of any word is the section's when the byline or date follows the headline."""
    found = run(header.kicker, *lines, "The story begins here and carries on.", language=language)
    assert found is not None
    assert found.text == kicker


def test_a_short_headline_over_a_deck_is_no_kicker() -> None:
    found = run(
        header.kicker,
        "Storm hits coast hard",
        "Thousands lose power as the wind brings down lines across the north",
        "By Ola Brandt",
        "The story begins here and carries on.",
    )
    assert found is None


@pytest.mark.parametrize(
    ("line", "image"),
    [
        ("[quay-at-dawn-20931]", True),
        ("[fish_market-2]", True),
        ("[12]", False),
        ("[a b-c]", False),
    ],
)
def test_a_text_browser_image_placeholder(line: str, image: bool) -> None:
    """w3m draws an image without alt text as its file's name in brackets."""
    found = run(images.lead_image, line, seen=AFTER_META)
    assert (found is not None) is image


@pytest.mark.parametrize(
    ("language", "line", "names"),
    [
        ("cs", "Pavla Horáková 3. května 2024", ["Pavla Horáková"]),
        ("en", "Ann Whitlow · March 3, 2024", ["Ann Whitlow"]),
        ("de", "Aktualisiert: 4. Mai 2024 Jonas Berger", ["Jonas Berger"]),
        ("fr", "AFP, publié le 3 mai 2024", ["AFP"]),
        ("en", "March 3, 2024 Updated", []),
        ("en", "March 3, 2024 in Dover", []),
    ],
)
def test_names_beside_a_date_without_a_byline_word(
    language: str, line: str, names: list[str]
) -> None:
    """A page's date and author run together on one line: both are read."""
    found = run(meta.date, line, language=language)
    assert found is not None
    got = found.byline.names() if found.byline is not None else []
    assert got == names
    assert found.dates is not None


@pytest.mark.parametrize(
    ("language", "line", "name"),
    [
        ("en", "By Ola BrandtPublished on May 3, 2024 10:20 EDT", "Ola Brandt"),
        ("es", "Por Inés VallePublicado el 3 de mayo de 2024", "Inés Valle"),
        ("fr", "Par Léa MartinPublié le 3 mai 2024", "Léa Martin"),
    ],
)
def test_a_name_run_into_the_date_label(language: str, line: str, name: str) -> None:
    """A tool dropped the space between the byline and the date's label."""
    found = run(meta.byline_and_date, line, language=language)
    assert found is not None
    assert found.byline is not None
    assert [p.name for p in found.byline.persons] == [name]
