"""The lexicons: one module per language, and what dates and bylines read from them.

Every fixture here is invented; each language has its own rows.
"""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from newsschema import _lexicons
from newsschema._bylines import parse_byline
from newsschema._dates import DateIssue, find_dates, read_date_line
from newsschema._lexicons import DateOrder, Lexicon

ALL = _lexicons.LANGUAGES
JST = dt.timezone(dt.timedelta(hours=9))


@pytest.mark.parametrize("code", ALL)
def test_each_module_is_one_language(code: str) -> None:
    lex = importlib.import_module(f"newsschema._lexicons.{code}").LEXICON
    assert isinstance(lex, Lexicon)
    assert lex.code == code
    if lex.months:
        assert sorted(lex.months) == list(range(1, 13))
    names = lex.month_names()
    # within one language a month form names one month
    assert sum(len(v) for v in lex.months.values()) == len(names)
    for words in (lex.weekdays, lex.by, lex.and_words, lex.stopwords, lex.labels.photo):
        assert all(w == w.casefold() and w.strip() == w for w in words)


def test_the_merged_lexicon_leaves_out_forms_two_languages_read_differently() -> None:
    one = Lexicon("xa", months={1: ("alpha",), 2: ("beta",)})
    two = Lexicon("xb", months={1: ("alpha",), 3: ("beta",)})
    merged = _lexicons._merge("*", [one, two])
    assert merged.month_names() == {"alpha": 1}
    own_first = _lexicons._merge("xb", [two, one], first=two)
    assert own_first.month_names() == {"alpha": 1, "beta": 3}


def test_an_unknown_language_gets_every_language() -> None:
    assert _lexicons.lexicon("xx") is _lexicons.merged()
    assert _lexicons.lexicon(None) is _lexicons.merged()
    assert _lexicons.lexicon("de-AT").date_order is DateOrder.DMY
    assert "januar" in _lexicons.lexicon("fr").month_names()


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Tuesday, March 7, 2023", dt.date(2023, 3, 7)),
        ("en", "7th March 2023", dt.date(2023, 3, 7)),
        ("de", "Dienstag, 7. März 2023", dt.date(2023, 3, 7)),
        ("de", "7. Jänner 2023 um 8:15 Uhr", dt.datetime(2023, 1, 7, 8, 15)),
        ("fr", "mardi 7 mars 2023 à 9h21", dt.datetime(2023, 3, 7, 9, 21)),
        ("fr", "1er févr. 2023", dt.date(2023, 2, 1)),
        ("es", "martes 7 de marzo de 2023", dt.date(2023, 3, 7)),
        ("es", "7 de marzo de 2023 a las 14:05", dt.datetime(2023, 3, 7, 14, 5)),
        ("it", "martedì 7 marzo 2023 alle 11:40", dt.datetime(2023, 3, 7, 11, 40)),
        ("pt", "7 de março de 2023 às 10h15", dt.datetime(2023, 3, 7, 10, 15)),
        ("nl", "dinsdag 7 maart 2023 om 16:20", dt.datetime(2023, 3, 7, 16, 20)),
        ("pl", "7 marca 2023 o godz. 12:30", dt.datetime(2023, 3, 7, 12, 30)),
        ("ru", "7 марта 2023 г., 12:30", dt.datetime(2023, 3, 7, 12, 30)),
        ("uk", "7 березня 2023 о 12:30", dt.datetime(2023, 3, 7, 12, 30)),
        ("cs", "7. března 2023", dt.date(2023, 3, 7)),
        ("tr", "7 Mart 2023", dt.date(2023, 3, 7)),
        ("lv", "7. marts 2023", dt.date(2023, 3, 7)),
        ("sv", "7 mars 2023 kl 12:30", dt.datetime(2023, 3, 7, 12, 30)),
        ("da", "7. marts 2023", dt.date(2023, 3, 7)),
        ("no", "7. desember 2023", dt.date(2023, 12, 7)),
        ("ro", "7 martie 2023", dt.date(2023, 3, 7)),
        ("fi", "7. maaliskuuta 2023", dt.date(2023, 3, 7)),
        ("hu", "7 március 2023", dt.date(2023, 3, 7)),
        ("id", "7 Maret 2023 pukul 12:30", dt.datetime(2023, 3, 7, 12, 30)),
        ("bg", "7 март 2023 г.", dt.date(2023, 3, 7)),
        ("sr", "7. mart 2023", dt.date(2023, 3, 7)),
        ("my", "7 မတ် 2023", dt.date(2023, 3, 7)),
        ("zh", "2023年3月7日 10:01", dt.datetime(2023, 3, 7, 10, 1)),
        ("ja", "2023年3月7日 10:01 JST", dt.datetime(2023, 3, 7, 10, 1, tzinfo=JST)),
        ("ko", "2023년 3월 7일", dt.date(2023, 3, 7)),
    ],
)  # fmt: skip
def test_dates_in_every_language(language: str, text: str, expected: dt.date) -> None:
    found = find_dates(text, language)
    assert found, text
    assert found[0].value == expected
    assert type(found[0].value) is type(expected)
    if isinstance(expected, dt.datetime):
        assert found[0].value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Published 7 March 2023 | Updated 8 March 2023"),
        ("de", "Veröffentlicht am 07.03.2023, aktualisiert am 08.03.2023"),
        ("fr", "Publié le 7 mars 2023, mis à jour le 8 mars 2023"),
        ("es", "Publicado el 7 de marzo de 2023 | Actualizado el 8 de marzo de 2023"),
        ("it", "Pubblicato il 7 marzo 2023 - Aggiornato l'8 marzo 2023"),
        ("pt", "Publicado em 7 de março de 2023 | Atualizado em 8 de março de 2023"),
        ("nl", "Gepubliceerd op 7 maart 2023, bijgewerkt op 8 maart 2023"),
        ("pl", "Opublikowano 7 marca 2023 | Zaktualizowano 8 marca 2023"),
        ("ru", "Опубликовано 7 марта 2023, обновлено 8 марта 2023"),
        ("uk", "Опубліковано 7 березня 2023, оновлено 8 березня 2023"),
        ("zh", "发布时间：2023年3月7日 更新时间：2023年3月8日"),
    ],
)
def test_labelled_date_lines_in_every_language(language: str, text: str) -> None:
    line = read_date_line(text, language)
    assert line is not None, text
    assert line.published == dt.date(2023, 3, 7)
    assert line.modified == dt.date(2023, 3, 8)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "2 hours ago"),
        ("en", "Updated 3:45 PM ET"),
        ("en", "Posted yesterday at 9:10 am"),
        ("de", "vor 5 Minuten"),
        ("de", "Aktualisiert um 10:32 Uhr"),
        ("fr", "il y a 3 heures"),
        ("es", "hace 2 horas"),
        ("it", "2 ore fa"),
        ("pt", "há 2 horas"),
        ("nl", "5 uur geleden"),
        ("pl", "3 dni temu"),
        ("ru", "2 часа назад"),
        ("uk", "2 години тому"),
        ("zh", "3小时前"),
    ],
)
def test_relative_times_give_no_date_and_say_so(language: str, text: str) -> None:
    line = read_date_line(text, language)
    assert line is not None, text
    assert (line.published, line.modified) == (None, None)
    assert [n.issue for n in line.notes] == [DateIssue.NO_DATE]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Two hours ago the river rose above the old bridge."),
        ("de", "Vor 5 Minuten ging die Sirene los, sagte der Wirt."),
        ("fr", "Il y a 3 heures, les pompiers sont arrivés sur place."),
    ],
)
def test_prose_with_a_relative_time_is_not_a_date_line(language: str, text: str) -> None:
    assert read_date_line(text, language) is None


@pytest.mark.parametrize(
    ("language", "text", "expected", "guessed"),
    [
        ("es", "03/05/2022", dt.date(2022, 5, 3), True),
        ("fr", "03/05/2022", dt.date(2022, 5, 3), True),
        ("en", "03/05/2022", dt.date(2022, 3, 5), True),
        ("en", "13/05/2022", dt.date(2022, 5, 13), False),
        ("es", "05/13/2022", dt.date(2022, 5, 13), False),
        ("de", "03.05.2022", dt.date(2022, 5, 3), False),
        ("en", "05/05/2022", dt.date(2022, 5, 5), False),
        ("en", "11/27/13 3:36 AM", dt.datetime(2013, 11, 27, 3, 36), False),
        ("nl", "03-05-2022", dt.date(2022, 5, 3), True),
    ],
)
def test_day_and_month_order(language: str, text: str, expected: dt.date, guessed: bool) -> None:
    found = find_dates(text, language)
    assert found[0].value == expected
    assert any(n.issue is DateIssue.ORDER_GUESSED for n in found[0].notes) is guessed


def test_a_settled_date_settles_the_others_on_its_line() -> None:
    line = read_date_line("Published 04/03/2022 | Updated 25/03/2022", "en")
    assert line is not None
    assert (line.published, line.modified) == (dt.date(2022, 3, 4), dt.date(2022, 3, 25))
    assert line.notes == ()


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("July 19, 2013 10:08 a.m. PT", dt.datetime(2013, 7, 19, 10, 8, tzinfo=tz(-7))),
        ("January 19, 2013 10:08 a.m. PT", dt.datetime(2013, 1, 19, 10, 8, tzinfo=tz(-8))),
        ("11/27/13 3:36 AM ET", dt.datetime(2013, 11, 27, 3, 36, tzinfo=tz(-5))),
        ("2018-06-19 05:50 KST", dt.datetime(2018, 6, 19, 5, 50, tzinfo=tz(9))),
        ("19.06.2007, 09:40 Uhr MESZ", dt.datetime(2007, 6, 19, 9, 40, tzinfo=tz(2))),
        ("4 ноября 2022, 15:20 MSK", dt.datetime(2022, 11, 4, 15, 20, tzinfo=tz(3))),
        ("20180619T055000+0900", dt.datetime(2018, 6, 19, 5, 50, tzinfo=tz(9))),
        ("3 March 2023 10:00 AEDT", dt.datetime(2023, 3, 3, 10, 0, tzinfo=tz(11))),
    ],
)
def test_zones_that_name_one_offset(text: str, expected: dt.datetime) -> None:
    value = find_dates(text, "en")[0].value
    assert value == expected
    assert isinstance(value, dt.datetime)
    assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "text",
    [
        "March 3, 2023 10:00 IST",
        "March 3, 2023 10:00 CST",
        "July 3, 2023 10:00 BST",
        "November 5, 2023 1:30 AM ET",  # the hour the clocks repeat
    ],
)
def test_zones_for_several_offsets_stay_local_with_a_note(text: str) -> None:
    found = find_dates(text, "en")[0]
    assert isinstance(found.value, dt.datetime)
    assert found.value.tzinfo is None
    assert [n.issue for n in found.notes] == [DateIssue.ZONE_UNREAD]


# --------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("language", "text", "persons"),
    [
        ("en", "Written by Nora Quill and Tim Osei", ["Nora Quill", "Tim Osei"]),
        ("de", "Von Lena Brandt und Jonas Feld", ["Lena Brandt", "Jonas Feld"]),
        ("fr", "Par Claire Dubois et Marc Petit", ["Claire Dubois", "Marc Petit"]),
        ("es", "Por Lucía Romero y Diego Salas", ["Lucía Romero", "Diego Salas"]),
        ("it", "Di Giulia Conti e Marco Sala", ["Giulia Conti", "Marco Sala"]),
        ("pt", "Por Ana Costa e Rui Matos", ["Ana Costa", "Rui Matos"]),
        ("nl", "Door Sanne de Wit en Bram Kok", ["Sanne de Wit", "Bram Kok"]),
        ("pl", "Autor: Ewa Nowak i Piotr Lis", ["Ewa Nowak", "Piotr Lis"]),
        ("ru", "Авторы: Ольга Белова и Иван Серов", ["Ольга Белова", "Иван Серов"]),
        ("uk", "Автор: Оксана Мельник та Петро Коваль", ["Оксана Мельник", "Петро Коваль"]),
        ("lv", "Autori: Ilze Ozola un Jānis Kalns", ["Ilze Ozola", "Jānis Kalns"]),
        ("sv", "Av Karin Berg och Olof Lind", ["Karin Berg", "Olof Lind"]),
    ],
)
def test_bylines_in_every_language(language: str, text: str, persons: list[str]) -> None:
    byline = parse_byline(text, language=language)
    assert byline is not None, text
    assert [p.name for p in byline.persons] == persons


@pytest.mark.parametrize(
    ("text", "person", "role", "url"),
    [
        ("By Nora Quill (Science Editor)", "Nora Quill", "Science Editor", None),
        ("von Lena Brandt | lena@example.de", "Lena Brandt", None, "mailto:lena@example.de"),
        ("By NORA QUILL, Staff Writer", "NORA QUILL", "Staff Writer", None),
    ],
)  # fmt: skip
def test_roles_and_contacts(text: str, person: str, role: str | None, url: str | None) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert [(p.name, p.role, p.url) for p in byline.persons] == [(person, role, url)]


@pytest.mark.parametrize(
    "text", ["ANSA", "EFE", "dpa", "Jiji Press", "TASS", "ТАСС", "新华社", "Kyodo News"]
)
def test_agency_only_bylines(text: str) -> None:
    byline = parse_byline(text, require_prefix=False)
    assert byline is not None
    assert byline.persons == ()
    assert [o.name for o in byline.organizations] == [text]


# --------------------------------------------------------------------------- linear time

HOSTILE = [
    "1/" * 8,
    "12.12." * 4,
    "March 3 " * 3,
    "3 de " * 3,
    "vor 5 " * 3,
    "10:32 " * 3,
    "2023年3月" * 2,
    "By A, " * 3,
    "   \t" * 4,
    "(" * 8,
    "20230307T" * 2,
]


def _seconds(function: object, text: str) -> float:
    import time  # noqa: PLC0415

    start = time.perf_counter()
    function(text)  # type: ignore[operator]
    return time.perf_counter() - start


@pytest.mark.parametrize("unit", HOSTILE, ids=range(len(HOSTILE)))
def test_dates_read_hostile_text_in_linear_time(unit: str) -> None:
    small = (unit * (100_000 // len(unit) + 1))[:100_000]
    big = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    find = find_dates
    small_time = min(_seconds(find, small) for _ in range(2))
    big_time = _seconds(find, big)
    # ten times the text: linear code takes about ten times as long (generous for load)
    assert big_time < max(40 * small_time, 0.05)
    assert big_time < 5.0
