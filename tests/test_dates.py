"""Dates as articles print them: every form INPUT.md lists, in several languages."""

from __future__ import annotations

import datetime as dt

import pytest

from newsschema._dates import find_dates, from_iso, read_date_line, to_iso, to_iso_basic


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 04, 2022", dt.date(2022, 11, 4)),
        ("Nov. 4, 2022", dt.date(2022, 11, 4)),
        ("Nov 4 2022", dt.date(2022, 11, 4)),
        ("4 November 2022", dt.date(2022, 11, 4)),
        ("Friday, 4 November 2022", dt.date(2022, 11, 4)),
        ("2022-11-04", dt.date(2022, 11, 4)),
        ("04.11.2022", dt.date(2022, 11, 4)),
        ("2022/11/04", dt.date(2022, 11, 4)),
        ("11/04/2022", dt.date(2022, 11, 4)),
        ("2022-11-04T10:32:00+03:00", dt.datetime(2022, 11, 4, 10, 32, tzinfo=tz(3))),
        ("2022-11-04T10:32:00Z", dt.datetime(2022, 11, 4, 10, 32, tzinfo=dt.timezone.utc)),
        ("2022-11-04 10:32", dt.datetime(2022, 11, 4, 10, 32)),
        ("Nov 4, 2022 10:32 AM EST", dt.datetime(2022, 11, 4, 10, 32, tzinfo=tz(-5))),
        ("Posted March 2, 2020 5:04 pm EST", dt.datetime(2020, 3, 2, 17, 4, tzinfo=tz(-5))),
        ("November 8, 2023 at 11:30 p.m.", dt.datetime(2023, 11, 8, 23, 30)),
        ("November 9, 2023 at 12:21 a.m.", dt.datetime(2023, 11, 9, 0, 21)),
        ("4 ноября 2022", dt.date(2022, 11, 4)),
        ("20 сентября 2020, 23:32", dt.datetime(2020, 9, 20, 23, 32)),
        ("4. November 2022", dt.date(2022, 11, 4)),
        ("19.10.2019, 23:38 Uhr", dt.datetime(2019, 10, 19, 23, 38)),
        ("Publié le 23 octobre 2020 à 10h03", dt.datetime(2020, 10, 23, 10, 3)),
        ("4 novembre 2022", dt.date(2022, 11, 4)),
        ("3 de Mayo de 2022", dt.date(2022, 5, 3)),
        ("4 de noviembre de 2022", dt.date(2022, 11, 4)),
        ("4 listopada 2022", dt.date(2022, 11, 4)),
        ("4 листопада 2022", dt.date(2022, 11, 4)),
        ("Nov 4, 2022 10:32 (UTC+3)", dt.datetime(2022, 11, 4, 10, 32, tzinfo=tz(3))),
        ("Nov 4, 2022 10:32 GMT+05:30", dt.datetime(2022, 11, 4, 10, 32, tzinfo=tz(5.5))),
        ("Nov 4, 2022 10:32 CEST", dt.datetime(2022, 11, 4, 10, 32, tzinfo=tz(2))),
    ],
)
def test_date_forms(text: str, expected: dt.date) -> None:
    found = find_dates(text)
    assert found, text
    assert found[0].value == expected
    assert type(found[0].value) is type(expected)
    if isinstance(expected, dt.datetime):
        assert found[0].value.utcoffset() == expected.utcoffset()


def test_day_first_outside_english() -> None:
    assert find_dates("04/11/2022", "fr")[0].value == dt.date(2022, 11, 4)
    assert find_dates("25/11/2022", "en")[0].value == dt.date(2022, 11, 25)


@pytest.mark.parametrize(
    "text", ["Nov 4, 2022 10:32 IST", "Nov 4, 2022 10:32 XYZ", "Nov 4, 2022 10:32 CST6"]
)
def test_unknown_or_ambiguous_zones_are_never_guessed(text: str) -> None:
    value = find_dates(text)[0].value
    assert isinstance(value, dt.datetime)
    assert value.tzinfo is None


@pytest.mark.parametrize(
    "text",
    ["February 30, 2022", "32.13.2022", "in 2022 we", "Room 4 of 2022", "the 4th of July"],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "published", "modified"),
    [
        ("November 04, 2022", "2022-11-04", None),
        ("Published: Nov. 4, 2022 | Updated: Nov. 5, 2022", "2022-11-04", "2022-11-05"),
        (
            "Published November 8, 2023 11:35 AM EST | Updated November 8, 2023 6:08 PM EST",
            "2023-11-08T11:35:00-05:00",
            "2023-11-08T18:08:00-05:00",
        ),
        ("Last modified 5 November 2022", None, "2022-11-05"),
        ("Updated: 2022-11-05", None, "2022-11-05"),
        ("Mis à jour le 5 novembre 2022", None, "2022-11-05"),
        ("Aktualisiert am 05.11.2022", None, "2022-11-05"),
        ("Actualizado el 5 de noviembre de 2022", None, "2022-11-05"),
        ("Обновлено 5 ноября 2022", None, "2022-11-05"),
        ("Wednesday, November 8, 2023", "2023-11-08", None),
    ],
)
def test_date_lines(text: str, published: str | None, modified: str | None) -> None:
    line = read_date_line(text)
    assert line is not None
    assert (to_iso(line.published) if line.published else None) == published
    assert (to_iso(line.modified) if line.modified else None) == modified


@pytest.mark.parametrize(
    "text",
    [
        "The council met on November 4, 2022 to discuss the budget for next year.",
        "By 2022-11-04 the company had sold half of its stores in the region.",
    ],
)
def test_prose_with_a_date_is_not_a_date_line(text: str) -> None:
    assert read_date_line(text) is None


def test_iso_round_trip_and_basic_form() -> None:
    for text in ("2022-11-04", "2022-11-04T10:32:00", "2022-11-04T10:32:00+03:00"):
        assert to_iso(from_iso(text)) == text
    assert to_iso_basic(dt.date(2022, 11, 4)) == "20221104"
    assert to_iso_basic(from_iso("2022-11-04T09:30:00+03:00")) == "20221104T093000+0300"
    assert to_iso_basic(from_iso("2022-11-04T09:30:00-05:30")) == "20221104T093000-0530"
    assert to_iso_basic(from_iso("2022-11-04T09:30:00")) == "20221104T093000"
    with pytest.raises(ValueError, match="not an ISO 8601"):
        from_iso("04.11.2022")


def test_basic_form_pads_early_years() -> None:
    assert to_iso_basic(dt.date(999, 1, 2)) == "09990102"
    assert to_iso_basic(dt.datetime(12, 3, 4, 5, 6, 7)) == "00120304T050607"


@pytest.mark.parametrize(
    ("text", "published", "modified"),
    [
        (
            "Published 3:04 p.m. ET March 3, 2023 | Updated 5:10 p.m. ET March 3, 2023",
            "2023-03-03T15:04:00-05:00",
            "2023-03-03T17:10:00-05:00",
        ),
        ("10:32 AM EST, Nov 4, 2022", "2022-11-04T10:32:00-05:00", None),
        ("Updated 10:15 AM ET, Fri March 3, 2023", None, "2023-03-03T10:15:00-05:00"),
        ("Updated 10:15 AM ET, Fri July 7, 2023", None, "2023-07-07T10:15:00-04:00"),
        ("15:20 4 ноября 2022", "2022-11-04T15:20:00", None),
    ],
)
def test_time_before_the_date(text: str, published: str | None, modified: str | None) -> None:
    line = read_date_line(text)
    assert line is not None
    assert (to_iso(line.published) if line.published else None) == published
    assert (to_iso(line.modified) if line.modified else None) == modified


def test_a_time_in_prose_is_not_taken() -> None:
    assert read_date_line("The 3 cars left at 10:30 on March 3, 2023 after the game") is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Published: datetime.datetime(2021, 2, 3, 8, 5, tzinfo=tzoffset(None, -18000))",
            "2021-02-03T08:05:00-05:00",
        ),
        ("Published: datetime.datetime(2021, 2, 3, 8, 5)", "2021-02-03T08:05:00"),
        ("Date: datetime.datetime(2021, 2, 3, 8, 5, tzinfo=tzutc())", "2021-02-03T08:05:00Z"),
        ("Published: datetime.date(2021, 2, 3)", "2021-02-03"),
        (
            (
                "Published: datetime.datetime(2021, 2, 3, 8, 5,"
                " tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))"
            ),
            "2021-02-03T08:05:00+01:00",
        ),
    ],
)
def test_python_date_reprs(text: str, published: str) -> None:
    """A script that printed Python's date objects (newspaper4k and the like)."""
    line = read_date_line(text)
    assert line is not None
    assert line.published is not None
    assert to_iso(line.published) == published


def test_python_date_repr_out_of_range_is_no_date() -> None:
    line = read_date_line("Published: datetime.datetime(2021, 13, 40, 8, 5)")
    assert line is None or line.published is None
