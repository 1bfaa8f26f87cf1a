"""Inline markup: links (real and lost), emphasis, escapes, entities."""

from __future__ import annotations

import pytest

from newsschema import Link, Text
from newsschema._text.inline import closing_bracket, parse_inline, strip_markup


@pytest.mark.parametrize(
    ("source", "spans"),
    [
        ("plain text", (Text("plain text"),)),
        (
            "Kremlin officials [reportedly](#) estimated",
            (Text("Kremlin officials "), Link("reportedly"), Text(" estimated")),
        ),
        (
            "see [the report](https://x.example/r?a=1&b=(2))",
            (Text("see "), Link("the report", "https://x.example/r?a=1&b=(2)")),
        ),
        (
            'a [titled](https://x.example/t "Title here") link',
            (Text("a "), Link("titled", "https://x.example/t"), Text(" link")),
        ),
        ('"[But] it\'s scary"', (Text('"[But] it\'s scary"'),)),
        ("cost \\$1,650 \\[sic\\]", (Text("cost $1,650 [sic]"),)),
        (
            "an *em* and **strong** and ***both***",
            (
                Text("an "),
                Text("em", em=True),
                Text(" and "),
                Text("strong", strong=True),
                Text(" and "),
                Text("both", em=True, strong=True),
            ),
        ),
        (
            "_em_ but snake_case_name stays",
            (Text("em", em=True), Text(" but snake_case_name stays")),
        ),
        (
            "**[bold link](https://x.example)**",
            (Link("bold link", "https://x.example", strong=True),),
        ),
        ("2 * 3 * 4 and a lone ** marker", (Text("2 * 3 * 4 and a lone ** marker"),)),
        ("**A****, B.**", (Text("A, B.", strong=True),)),
        ("AT&amp;T &nbsp;rises &lt;5%", (Text("AT&T rises <5%"),)),
        (
            "visit <https://x.example/a>",
            (Text("visit "), Link("https://x.example/a", "https://x.example/a")),
        ),
        ("photo ![alt text](https://x.example/p.jpg) inline", (Text("photo alt text inline"),)),
        ("  spaced   out  ", (Text("spaced out"),)),
    ],
)
def test_parse_inline(source: str, spans: tuple[object, ...]) -> None:
    assert parse_inline(source) == spans


def test_strip_markup() -> None:
    assert strip_markup("By [Ann](#) and **Bo**") == "By Ann and Bo"


@pytest.mark.parametrize(
    ("source", "spans"),
    [
        # a "*" after two backslashes closes; one after a lone backslash does not
        ("*x\\\\\\*\\*y", (Text("x\\\\", em=True), Text("*y"))),
        # "__" before a letter closes nothing: the next "__" does
        ("__a__b __c__ d", (Text("a__b __c", strong=True), Text(" d"))),
        # an empty pair dropped leaves two spaces, folded into one
        ("a **** b", (Text("a b"),)),
        # a link's text is cleaned as its span is made, and again as a link
        ("[x &amp;amp;](#) &amp;lt;", (Link("x &"), Text(" &lt;"))),
        # a long stretch of openers closed only at its end
        ("*a " * 100 + "b*", (Text("a *" * 99 + "a b", em=True),)),
        ("**a*b**", (Text("a*b", strong=True),)),
        ("***a******b***", (Text("ab", em=True, strong=True),)),
        ("\\\\*a*", (Text("\\"), Text("a", em=True))),
    ],
)
def test_closers_and_seams(source: str, spans: tuple[object, ...]) -> None:
    assert parse_inline(source) == spans


def test_repeated_spans_are_equal_values() -> None:
    spans = parse_inline("*a* b " * 3)
    assert spans == (Text("a", em=True), Text(" b "), Text("a", em=True), Text(" b "))[:2] * 2 + (
        Text("a", em=True),
        Text(" b"),
    )


def test_closing_bracket_near_far_and_escaped() -> None:
    assert closing_bracket("[" + "x" * 5000 + "]", 0) == 5001  # past the near scan
    assert closing_bracket("[a [b] c]", 0) == 8
    assert closing_bracket("\\[a]", 1) == -1  # an escaped "[" opens nothing
    assert closing_bracket("\\\\[a]", 2) == 4  # after an escaped backslash it does
    assert closing_bracket("[[[", 0) == -1
