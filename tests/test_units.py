"""Units: layout only. Where blocks begin and end, whatever the words say."""

from __future__ import annotations

import pytest

from newsschema._text.units import UnitKind, split_lines, split_units


def units(text: str) -> list[tuple[str, str, int, int]]:
    return [(u.kind.value, u.text, u.start, u.end) for u in split_units(text.split("\n"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Title", [("heading", "Title", 1, 1)]),
        ("Title\n=====", [("heading", "Title", 1, 2)]),
        ("* * *", [("rule", "", 1, 1)]),
        ("> one\n>\n> two", [("quote", "one\n\ntwo", 1, 3)]),
        ("- a\n- b", [("list", "a\nb", 1, 2)]),
        ("One.\nTwo.", [("text", "One.", 1, 1), ("text", "Two.", 2, 2)]),
        ("It breaks\nin the middle.", [("text", "It breaks in the middle.", 1, 2)]),
    ],
)  # fmt: skip
def test_layouts(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert units(text) == expected


def test_a_numbered_list_split_by_blank_lines_is_one_list() -> None:
    found = split_units(["1. Oats", "", "2. Barley", "", "3. Rye", "", "A closing line."])
    assert [u.kind for u in found] == [UnitKind.LIST, UnitKind.TEXT]
    assert found[0].items == ("Oats", "Barley", "Rye")
    assert (found[0].start, found[0].end, found[0].number) == (1, 5, 1)


def test_numbered_lists_that_do_not_continue_stay_apart() -> None:
    found = split_units(["1. Oats", "", "1. Barley"])
    assert [len(u.items) for u in found] == [1, 1]


def test_units_know_no_dates_or_bylines() -> None:
    # "4. März 2023" is a date to the reader; to the layout it is a numbered item
    found = split_units(["4. März 2023"])
    assert found[0].kind is UnitKind.LIST
    assert found[0].source == ("4. März 2023",)


WRAPPED = [
    "The harbour board met on Tuesday to decide how the old grain sheds along",
    "the east quay should be used once the tenants leave at the end of the year.",
]


def test_wrapped_lines_are_one_unit_and_keep_their_lines() -> None:
    (unit,) = split_units(WRAPPED)
    assert unit.joined
    assert unit.source == tuple(WRAPPED)
    assert unit.text.startswith("The harbour board met")
    assert unit.text.endswith("year.")


def test_split_lines_gives_one_unit_per_line_again() -> None:
    lines = ["By Mira Holt and Jon Vale of the harbour desk in the east quay office", *WRAPPED]
    (unit,) = split_units(lines)
    parts = split_lines(unit)
    assert [(p.start, p.end) for p in parts] == [(1, 1), (2, 3)]
    assert parts[0].text == lines[0]


def test_a_line_no_deeper_than_the_list_marker_ends_the_list() -> None:
    """A text browser's menu, then a breadcrumb at the markers' depth: not the last item."""
    found = units("Site Name\n  * Home\n  * World\n  * Sport\n  Home › World\n\nStory")
    assert found[1] == ("list", "Home\nWorld\nSport", 2, 4)
    assert found[2] == ("text", "Home › World", 5, 5)
    wrapped = units("  * A long item that the\n    wrapper carried on")
    assert wrapped == [("list", "A long item that the wrapper carried on", 1, 2)]
