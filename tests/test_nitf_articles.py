"""Hand-built articles for the NITF tests (invented content), and a check that together
they use every feature of the model, so the NITF suites cover all of it."""

from __future__ import annotations

import datetime as dt

import attrs

from newsschema.model import (
    Article,
    Block,
    Dateline,
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
MINUS_0530 = dt.timezone(-dt.timedelta(hours=5, minutes=30))

FULL = Article(
    headline="Riverside park approved after a long night",
    subheadline="Work on the old rail yard starts in spring",
    authors=[
        Person(
            "Jane Doe",
            url="https://news.example/staff/jane-doe",
            role="Staff Reporter",
            affiliation="Example News",
        ),
        Person("Omar Haddad", role="Correspondent"),
        Person("Dana Levi", affiliation="Partner Wire"),
    ],
    organizations=[Organization("Example Wire", url="https://wire.example")],
    date_published=dt.datetime(2022, 11, 4, 9, 30, tzinfo=PLUS_3),
    date_modified=dt.datetime(2022, 11, 5, 12, 15, 5, tzinfo=PLUS_3),
    dateline=Dateline(place="SPRINGFIELD, Ill.", agency="EW", date="Nov. 4, 2022"),
    lead_image=Image(
        url="https://news.example/img/park.JPG?w=1200",
        alt="A fenced rail yard by the river",
        caption="The rail yard that will become a park.",
        credit="Jo Photo / Example Wire",
        width=1200,
        height=800,
    ),
    body=[
        Paragraph(
            [
                Text("The council voted "),
                Text("seven to two", em=True),
                Text(" for the plan, "),
                Text("ending years of debate", strong=True),
                Text(" and ", em=False),
                Text("a long night", em=True, strong=True),
                Text(". The "),
                Link("full plan", "https://council.example/plan?id=7&view=full"),
                Text(" is online; the "),
                Link("minutes", "https://council.example/minutes", em=True),
                Text(" follow."),
            ]
        ),
        Heading([Text("What changes")]),
        Paragraph([Text("Twelve acres of track become lawns, paths and a landing stage.")]),
        Heading([Text("The costs")], level=3),
        Quote(
            [
                Paragraph([Text("This is a gift to the neighbourhoods along the river.")]),
                Paragraph([Text("We waited long enough.")]),
            ],
            attribution="Mayor John Smith",
        ),
        ListBlock([[Text("Lawns")], [Text("A landing stage", em=True)], [Text("Paths")]]),
        ListBlock([[Text("Clear the yard")], [Text("Plant trees")]], ordered=True),
        Divider(),
        ImageBlock(
            Image(
                url="https://news.example/img/plan.png",
                caption="The plan as drawn.",
                credit="City of Springfield",
            )
        ),
        Paragraph([Text("Construction is expected to take two years.")]),
    ],
    url="https://news.example/2022/11/04/riverside-park",
    publisher=Organization("Example News"),
    language="en-US",
    keywords=["parks", "city council", "urban planning"],
    section="Local",
    description="The council voted 7-2 to turn a disused rail yard into a park.",
    copyright="© 2022 Example News. All rights reserved.",
    # NITF holds a trailer (as a tagline), not other furniture nor where it stood
    furniture=[Furniture(FurnitureKind.TRAILER, "Reporting by Jane Doe; Editing by Omar Haddad")],
)
"""Everything NITF can hold, chosen so that reading it back gives the same article."""

ESCAPING = Article(
    headline='Tax "reform" <draft> & more: what changes 🧾',
    subheadline="A & B < C > D ' \" ]]>",
    authors=[Person("Zoë O'Brien-Łukasik", role="Editor <at> large & more")],
    date_published=dt.date(2023, 1, 2),
    body=[
        Paragraph([Text("Markup stays text: <p>, &amp;, &#169;, ]]> and CDATA <![CDATA[x]]>.")]),
        Paragraph(
            [
                Text(
                    "Emoji \U0001f1fa\U0001f1e6 \U0001f469\U0001f3fd\u200d\U0001f680 and "
                    "\U0001d518\U0001d52b\U0001d526 survive; so do «quotes» and „these“."
                )
            ]
        ),
        Paragraph([Text("العربية: قال المتحدث إن الحديقة ستفتح في الربيع.")]),
        Paragraph([Text("עברית: הפארק ייפתח באביב, אמר הדובר.")]),
        Paragraph([Text("Mixed: the word \u200fשלום\u200f in English, 123.")]),
        Paragraph([Text("A control character \x07 here and a bell \x1b there.")]),
        Paragraph([Text("A line\nbreak, tabs\tand  two spaces.")]),
        Paragraph([Link("<odd> & link", 'https://x.example/?q=<a>&b="c"')]),
    ],
    url="https://x.example/tax?a=1&b=2",
    language="ar",
    keywords=["<tag>", "a & b"],
    copyright='(c) 2023 Quote "Holder" & Sons',
)
"""Characters XML escapes, that need more than 16 bits, right-to-left text, controls."""

NAIVE = Article(
    headline="Local time, no zone",
    authors=[Person("Ana Silva")],
    organizations=[Organization("Reuters"), Organization("AP")],
    date_published=dt.datetime(2021, 3, 14, 15, 9, 26),
    date_modified=dt.date(2021, 3, 15),
    dateline=Dateline(agency="Reuters"),
    body=[Paragraph([Text("A story with a "), Link("lost link", None), Text(" in it.")])],
    publisher=Organization("Daily Example", url="https://daily.example", logo="logo.png"),
    language="de",
)
"""A naive time, a date-only modification, a lost link, agencies, no URL (hashed doc-id)."""

UTC_DATELINE = Article(
    headline="Offsets west of Greenwich",
    date_published=dt.datetime(2020, 2, 29, 23, 59, 59, tzinfo=MINUS_0530),
    date_modified=dt.datetime(2020, 3, 1, 0, 0, tzinfo=dt.timezone.utc),
    dateline=Dateline(place="KYIV, Ukraine", date="Feb 29"),
    lead_image=Image(caption="A caption without a photo URL.", credit="Staff"),
    body=[Paragraph([Text("Leap day.")])],
    language="uk",
)
"""Negative offset, UTC, a dateline date without a year (no @norm), an image without URL."""

MINIMAL = Article(headline="Only a headline")
"""Nothing but a headline."""

ARTICLES = {
    "full": FULL,
    "escaping": ESCAPING,
    "naive": NAIVE,
    "utc-dateline": UTC_DATELINE,
    "minimal": MINIMAL,
}


def test_the_articles_use_every_block_and_field() -> None:
    blocks: set[type[Block]] = {type(b) for a in ARTICLES.values() for b in a.body}
    assert blocks == {Paragraph, Heading, Quote, ListBlock, ImageBlock, Divider}
    for field in attrs.fields(Article):
        values = [getattr(a, field.name) for a in ARTICLES.values()]
        assert any(v not in (None, ()) for v in values), field.name
    dates = [a.date_published for a in ARTICLES.values()] + [
        a.date_modified for a in ARTICLES.values()
    ]
    kinds = {
        "date" if not isinstance(d, dt.datetime) else "naive" if d.tzinfo is None else "aware"
        for d in dates
        if d is not None
    }
    assert kinds == {"date", "naive", "aware"}
