"""Bylines: people, roles and agencies, in the forms INPUT.md lists."""

from __future__ import annotations

import pytest

from newsschema._bylines import parse_byline


def names(text: str, *, require_prefix: bool = True) -> tuple[list[str], list[str]]:
    byline = parse_byline(text, require_prefix=require_prefix)
    assert byline is not None, text
    return [p.name for p in byline.persons], [o.name for o in byline.organizations]


@pytest.mark.parametrize(
    ("text", "persons", "orgs"),
    [
        ("By Kirill Ponomarev", ["Kirill Ponomarev"], []),
        ("By [Kirill Ponomarev](#)", ["Kirill Ponomarev"], []),
        ("By A. Smith and Bea Jones", ["A. Smith", "Bea Jones"], []),
        ("By Ann Lee, Bo Park and Cy Diaz", ["Ann Lee", "Bo Park", "Cy Diaz"], []),
        ("By [Ann Lee](#) and [Bo Park](#)", ["Ann Lee", "Bo Park"], []),
        ("By Ann Lee & Bo Park", ["Ann Lee", "Bo Park"], []),
        ("BY ANN LEE", ["ANN LEE"], []),
        ("By Ann Lee | Reuters", ["Ann Lee"], ["Reuters"]),
        ("By Orla Quinn and Sami Haddad, Reuters", ["Orla Quinn", "Sami Haddad"], ["Reuters"]),
        ("By Jo Holt, Gil Levy, 7 News WXYZ", ["Jo Holt", "Gil Levy"], ["7 News WXYZ"]),
        ("By Ann Lee in Kyiv", ["Ann Lee"], []),
        ("By Ann Lee, London", ["Ann Lee"], []),
        ("By The Associated Press", [], ["The Associated Press"]),
        ("Par Anne Martin", ["Anne Martin"], []),
        ("Von Jan de Vries und Eva Roth", ["Jan de Vries", "Eva Roth"], []),
        ("Por María José Ortega", ["María José Ortega"], []),
        ("Автор: Ирина Смирнова", ["Ирина Смирнова"], []),
        ("By Staff and news service reports", ["Staff and news service reports"], []),
        ("**By Ann Lee**", ["Ann Lee"], []),
        ("By ANN LEE and BO PARK Associated Press", ["ANN LEE", "BO PARK"], ["Associated Press"]),
        ("By Ann Lee, The Daily Courier", ["Ann Lee"], ["The Daily Courier"]),
        ("By Ann Lee with AFP", ["Ann Lee"], ["AFP"]),
        ("By KXAN Staff", ["KXAN Staff"], []),
    ],
)
def test_bylines(text: str, persons: list[str], orgs: list[str]) -> None:
    assert names(text) == (persons, orgs)


@pytest.mark.parametrize("role", ["Staff Writer", "Special to the Courier", "Senior Correspondent"])
def test_roles_attach_to_the_person(role: str) -> None:
    byline = parse_byline(f"By Ann Lee, {role}")
    assert byline is not None
    assert [(p.name, p.role) for p in byline.persons] == [("Ann Lee", role)]
    assert byline.organizations == ()


def test_a_byline_with_its_date_is_left_to_the_header() -> None:
    # the header splits "By A | date" itself; the byline parser must not eat the date
    assert parse_byline("By Ann Lee | March 3, 2023 at 4:15 p.m. EST") is None


def test_author_urls_are_kept_and_lost_targets_dropped() -> None:
    byline = parse_byline("By [Ann Lee](https://news.example/authors/ann) and [Bo Park](#)")
    assert byline is not None
    assert [(p.name, p.url) for p in byline.persons] == [
        ("Ann Lee", "https://news.example/authors/ann"),
        ("Bo Park", None),
    ]


@pytest.mark.parametrize(
    ("text", "persons", "orgs"),
    [
        ("Reuters", [], ["Reuters"]),
        ("AFP", [], ["AFP"]),
        ("The Associated Press", [], ["The Associated Press"]),
        ("Ann Lee, Reuters", ["Ann Lee"], ["Reuters"]),
    ],
)
def test_agency_bylines_without_by(text: str, persons: list[str], orgs: list[str]) -> None:
    assert names(text, require_prefix=False) == (persons, orgs)


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the year, the plant will close.",
        "By 2030 the city hopes to plant a million trees.",
        "Bypass roads were closed on Friday.",
        "Ann Lee",
        "AUSTIN (KXAN) — Voters approved an amendment to the state constitution on Tuesday.",
    ],
)
def test_not_bylines(text: str) -> None:
    assert parse_byline(text) is None
    assert parse_byline(text, require_prefix=False) is None


def test_a_printed_list_of_authors() -> None:
    """``Authors: ['A', 'BY A']`` as a script prints it: names once, without ``By``."""
    byline = parse_byline(
        "Authors: ['Mara Lindqvist', 'By Mara Lindqvist', 'Tomas Ek']", require_prefix=False
    )
    assert byline is not None
    assert [p.name for p in byline.persons] == ["Mara Lindqvist", "Tomas Ek"]
