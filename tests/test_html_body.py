"""The HTML body renderer and its reader: shapes, escaping, determinism, round trips, and
HTML written by others."""

from __future__ import annotations

import gc
import time

import pytest
from hypothesis import given, settings
from lxml import etree

from newsschema.errors import FormatError
from newsschema.formats._html_body import body_nodes, to_html
from newsschema.formats._html_read import read_html
from newsschema.model import (
    Article,
    Block,
    Divider,
    Heading,
    Image,
    ImageBlock,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Text,
)
from newsschema.testing import articles
from test_nitf_articles import ARTICLES, FULL


def html(blocks: list[Block], lead: Image | None = None) -> str:
    return to_html(body_nodes(blocks, lead=lead))


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (Paragraph([Text("plain")]), "<p>plain</p>"),
        (
            Paragraph([Text("a", em=True), Text("b", strong=True)]),
            "<p><em>a</em><strong>b</strong></p>",
        ),
        (Paragraph([Text("both", em=True, strong=True)]), "<p><strong><em>both</em></strong></p>"),
        (Paragraph([Link("x", "https://e.example/?a=1&b=2")]), '<p><a href="https://e.example/?a=1&amp;b=2">x</a></p>'),
        (Paragraph([Link("lost")]), "<p><a>lost</a></p>"),
        (Paragraph([Text("one\ntwo")]), "<p>one<br/>two</p>"),
        (Heading([Text("Sub")], level=3), "<h3>Sub</h3>"),
        (ListBlock([[Text("a")], [Text("b")]], ordered=True), "<ol><li>a</li><li>b</li></ol>"),
        (Quote([Paragraph([Text("q")])]), "<blockquote><p>q</p></blockquote>"),
        (
            Quote([Paragraph([Text("q")])], attribution="Someone"),
            (
                '<figure class="quote"><blockquote><p>q</p></blockquote>'
                "<figcaption>Someone</figcaption></figure>"
            ),
        ),
        (Divider(), "<hr/>"),
        (
            ImageBlock(Image("https://e.example/a.jpg", alt="A", caption="C", credit="D", width=4,
                             height=3)),
            ('<figure><img src="https://e.example/a.jpg" alt="A" width="4" height="3"/>'
             '<figcaption>C <small class="credit">D</small></figcaption></figure>'),
        ),
        (ImageBlock(Image(caption="no")), "<figure><figcaption>no</figcaption></figure>"),
    ],
)  # fmt: skip
def test_each_block_has_one_shape(block: Block, expected: str) -> None:
    assert html([block]) == expected
    assert read_html(expected).blocks == (block,)


def test_markup_in_text_is_escaped_never_interpreted() -> None:
    block = Paragraph(
        [Text('<script>alert("x")</script> & <b>'), Link('"><i>', 'https://e.example/"><x')]
    )
    markup = html([block])
    assert "<script>" not in markup
    assert "<b>" not in markup
    # the model's edge percent-encodes the quote and brackets of the address itself
    assert 'href="https://e.example/%22%3E%3Cx"' in markup
    assert read_html(markup).blocks == (block,)


def test_the_output_is_well_formed_xml_and_repeatable() -> None:
    markup = html(list(FULL.body), FULL.lead_image)
    etree.fromstring(f"<body>{markup}</body>")  # XHTML-compatible: void elements closed
    assert markup == html(list(FULL.body), FULL.lead_image)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_test_article_reads_back(name: str) -> None:
    article = ARTICLES[name]
    back = read_html(html(list(article.body), article.lead_image))
    assert (back.lead, back.blocks) == (article.lead_image, article.body)


@settings(max_examples=60, deadline=None)
@given(articles())
def test_reading_what_was_written_gives_the_same_html(article: Article) -> None:
    markup = html(list(article.body), article.lead_image)
    back = read_html(markup)
    assert html(list(back.blocks), back.lead) == markup


def test_html_of_other_producers() -> None:
    markup = """
    <div class="story">
      <p>First <b>bold</b> and <i>italic</i>, <a href="/x" name="y">link</a>.</p>
      Loose text
      <h4>Head</h4>
      <script>var x = "<p>not text</p>";</script>
      <ul><li>one<ul><li>nested</li></ul></li><li>two</li></ul>
      <img src="https://e.example/p.png" width="10">
      <blockquote>Said once.</blockquote>
      <table><tr><td>cell</td></tr></table>
    </div>"""
    assert read_html(markup).blocks == (
        Paragraph(
            [Text("First "), Text("bold", strong=True), Text(" and "), Text("italic", em=True),
             Text(", "), Link("link", "/x"), Text(".")]
        ),
        Paragraph([Text("Loose text")]),
        Heading([Text("Head")], level=4),
        ListBlock([[Text("one\nnested")], [Text("two")]]),
        ImageBlock(Image("https://e.example/p.png", width=10)),
        Quote([Paragraph([Text("Said once.")])]),
        Paragraph([Text("cell")]),
    )  # fmt: skip


def test_a_lead_figure_only_leads_at_the_start() -> None:
    lead = Image("https://e.example/lead.jpg", caption="Lead")
    assert read_html(html([Paragraph([Text("x")])], lead)).lead == lead
    late = '<p>x</p><figure class="lead"><img src="https://e.example/l.jpg" alt=""/></figure>'
    assert read_html(late).lead is None
    assert read_html(late).blocks[1] == ImageBlock(Image("https://e.example/l.jpg"))


def test_long_bodies_read_in_linear_time() -> None:
    def cost(n: int) -> float:
        markup = "<p>" + "word <em>emph</em> <a href='https://e.example'>l</a> " * n + "</p>"
        best = float("inf")
        for _ in range(3):  # CPU time, best of three, the collector off: not the machine's load
            gc.collect()
            gc.disable()
            try:
                start = time.process_time()
                read_html(markup)
                best = min(best, time.process_time() - start)
            finally:
                gc.enable()
        return best

    small, large = cost(2_000), cost(20_000)
    assert large < small * 30  # ten times the text, well under a hundred times the time


def test_what_an_image_without_url_cannot_show_is_reported() -> None:
    warnings: list[str] = []
    nodes = body_nodes(
        [ImageBlock(Image(alt="A", caption="C")), ImageBlock(Image(width=3))],
        lead=Image(),
        warnings=warnings,
    )
    assert to_html(nodes) == "<figure><figcaption>C</figcaption></figure>"
    assert warnings == [
        "lead_image: an image with no URL, caption or credit is not shown",
        "body[0].image: without a URL, the HTML shows no picture (alt lost)",
        "body[1].image: an image with no URL, caption or credit is not shown",
    ]


def test_deep_nesting_is_read_or_refused_never_cut_short() -> None:
    deep = "<div>" * 1_000 + "deep text" + "</div>" * 1_000 + "<p>after</p>"
    assert read_html(deep).blocks == (Paragraph([Text("deep text")]), Paragraph([Text("after")]))
    with pytest.raises(FormatError, match="cannot be read whole: Excessive depth"):
        read_html("<div>" * 5_000 + "lost?" + "</div>" * 5_000)
