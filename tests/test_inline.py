"""Inline markup: links (real and lost), emphasis, escapes, entities."""

from __future__ import annotations

import pytest

from newsschema import Link, Text
from newsschema._text.inline import parse_inline, strip_markup


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
