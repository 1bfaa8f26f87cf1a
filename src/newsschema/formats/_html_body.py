"""The article body as HTML: one renderer from the typed blocks, for every format that
carries HTML (ninjs ``bodies``, the NewsML-G2 XHTML rendition, later web output).

The body is first built as a small tree of :class:`Node` objects, then either
serialized here (:func:`to_html`, escaping every text and attribute value) or
turned into XML elements by a format that owns lxml (NewsML-G2's XHTML). Text
is never pasted into markup. The output is deterministic and is also
well-formed XML (``<br/>``, ``<img …/>``), so that the same markup is valid
HTML and valid XHTML.

Mapping (the reader in ``_html_read.py`` takes each shape back):

- ``Paragraph`` -> ``p``; ``Heading`` -> ``h2`` (``h1``-``h6`` by level);
- ``Quote`` -> ``blockquote`` of ``p``; with an attribution, the quote sits in
  ``<figure class="quote">`` and the attribution in its ``figcaption`` (the HTML
  standard's way to credit a quotation: the attribution stays outside the quote);
- ``ListBlock`` -> ``ul`` or ``ol`` of ``li``; ``Divider`` -> ``hr``;
- ``ImageBlock`` -> ``figure`` with ``img`` (``src``, ``alt``, ``width``,
  ``height``) and a ``figcaption`` holding the caption and the credit in
  ``<small class="credit">``; an image without URL has no ``img`` (never an
  empty ``src``); the lead image, where a format puts it in the body, is
  ``<figure class="lead">``;
- inline: emphasis ``em``, strong ``strong`` (strong and emphasised: ``strong``
  around ``em``), a link ``a href``; a link whose target was lost is an ``a``
  without ``href`` (HTML's placeholder link), so that it reads back as a link;
  a line break inside text is ``br``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from itertools import groupby

import attrs

from newsschema.model import (
    Block,
    Divider,
    Heading,
    Image,
    ImageBlock,
    Inline,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Text,
)

__all__ = ["VOID", "Node", "body_nodes", "image_node", "inline_nodes", "shown_image", "to_html"]

VOID = frozenset({"br", "hr", "img"})
"""Elements that never have content: written ``<br/>``."""


@attrs.frozen
class Node:
    """One element: its tag, attributes in the order written, and children (text or nodes)."""

    tag: str
    attributes: tuple[tuple[str, str], ...] = ()
    children: tuple[Node | str, ...] = ()


def _element(tag: str, children: Iterable[Node | str] = (), **attributes: str | None) -> Node:
    pairs = tuple((name, value) for name, value in attributes.items() if value is not None)
    return Node(tag, pairs, tuple(children))


def _lines(text: str) -> list[Node | str]:
    """Text with each line break as a ``br``."""
    if "\n" not in text:
        return [text] if text else []
    out: list[Node | str] = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append(Node("br"))
        if line:
            out.append(line)
    return out


def _runs(spans: Sequence[Inline]) -> list[Inline]:
    """Neighbouring text of the same emphasis as one span, as it reads back (joined once,
    not by repeated concatenation, so that many small spans stay linear)."""
    out: list[Inline] = []
    # an empty link still shows as a link; an empty one to nowhere is nothing
    shown = [s for s in spans if s.text or (isinstance(s, Link) and s.href is not None)]
    for key, group in groupby(shown, key=_style):
        if key is None:
            out.extend(group)
        else:
            out.append(Text("".join(span.text for span in group), em=key[0], strong=key[1]))
    return out


def _style(span: Inline) -> tuple[bool, bool] | None:
    """The emphasis of plain text; ``None`` for a link (links never merge)."""
    return None if isinstance(span, Link) else (span.em, span.strong)


def inline_nodes(spans: Sequence[Inline]) -> list[Node | str]:
    """Spans as text, ``em``, ``strong`` and ``a``."""
    out: list[Node | str] = []
    for span in _runs(spans):
        if not span.text and not isinstance(span, Link):
            continue
        content: list[Node | str] = _lines(span.text)
        if span.em and span.text:
            content = [_element("em", content)]
        if span.strong and span.text:
            content = [_element("strong", content)]
        if isinstance(span, Link):
            if not span.text and span.href is None:
                continue  # nothing to show and nowhere to go
            content = [_element("a", content, href=span.href)]
        out.extend(content)
    return out


def shown_image(image: Image) -> Image | None:
    """What the HTML shows of an image: all of it with a URL; without one, its caption and
    credit (an ``img`` needs a ``src``), or nothing."""
    if image.url:
        return image
    if image.caption or image.credit:
        return Image(caption=image.caption, credit=image.credit)
    return None


def image_node(image: Image, *, lead: bool = False) -> Node | None:
    """A ``figure``: the picture where it has a URL, the caption and credit where given;
    ``None`` for an image with none of them (an ``img`` needs a ``src``)."""
    if not (image.url or image.caption or image.credit):
        return None
    children: list[Node | str] = []
    if image.url:
        size = {
            name: str(value)
            for name, value in (("width", image.width), ("height", image.height))
            if value is not None and value >= 0
        }
        children.append(_element("img", src=image.url, alt=image.alt or "", **size))
    caption: list[Node | str] = []
    if image.caption:
        caption.extend(_lines(image.caption))
    if image.credit:
        if caption:
            caption.append(" ")
        caption.append(_element("small", _lines(image.credit), **{"class": "credit"}))
    if caption:
        children.append(_element("figcaption", caption))
    return _element("figure", children, **{"class": "lead" if lead else None})


def _quote(block: Quote) -> Node:
    quote = _element(
        "blockquote", (_element("p", inline_nodes(p.content)) for p in block.paragraphs)
    )
    if not block.attribution:
        return quote
    caption = _element("figcaption", _lines(block.attribution))
    return _element("figure", (quote, caption), **{"class": "quote"})


def block_node(block: Block) -> Node | None:
    """One block as an element (``None`` for an image that has nothing to show)."""
    if isinstance(block, Paragraph):
        return _element("p", inline_nodes(block.content))
    if isinstance(block, Heading):
        return _element(f"h{block.level}", inline_nodes(block.content))
    if isinstance(block, Quote):
        return _quote(block)
    if isinstance(block, ListBlock):
        items = (_element("li", inline_nodes(item)) for item in block.items)
        return _element("ol" if block.ordered else "ul", items)
    if isinstance(block, ImageBlock):
        return image_node(block.image)
    if isinstance(block, Divider):
        return Node("hr")
    raise TypeError(f"not a block: {type(block).__name__}")  # pragma: no cover - Block is closed


def _lost(image: Image) -> list[str]:
    """What an image without URL cannot show in HTML."""
    if image.url:
        return []
    return [name for name in ("alt", "width", "height") if getattr(image, name) is not None]


def body_nodes(
    blocks: Iterable[Block], *, lead: Image | None = None, warnings: list[str] | None = None
) -> list[Node]:
    """The body's elements, the lead image first (``figure class="lead"``) where one is given.

    An image without URL shows its caption and credit only; what it loses (alt text,
    size, or the whole image when it has nothing else) is added to ``warnings``.
    """
    found: list[tuple[Node | None, Image | None, str]] = []
    if lead is not None:
        found.append((image_node(lead, lead=True), lead, "lead_image"))
    for i, block in enumerate(blocks):
        image = block.image if isinstance(block, ImageBlock) else None
        found.append((block_node(block), image, f"body[{i}].image"))
    nodes: list[Node] = []
    for node, image, where in found:
        if image is not None and warnings is not None:
            if node is None:
                warnings.append(f"{where}: an image with no URL, caption or credit is not shown")
            elif _lost(image):
                lost = ", ".join(_lost(image))
                warnings.append(f"{where}: without a URL, the HTML shows no picture ({lost} lost)")
        if node is not None:
            nodes.append(node)
    return nodes


# a parser turns a carriage return into a line feed, and white space in an attribute into
# spaces: as character references they survive. Replaced only where present: str.translate
# with a table is several times slower than escape() itself on non-ASCII text.
def _text(value: str) -> str:
    text = escape(value, quote=False)
    return text.replace("\r", "&#13;") if "\r" in text else text


def _attribute(value: str) -> str:
    text = escape(value, quote=True)
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#9;")
    return text


def _write(node: Node | str, out: list[str]) -> None:
    if isinstance(node, str):
        out.append(_text(node))
        return
    tag = node.tag
    out.append("<" + tag)
    for name, value in node.attributes:
        out.append(f' {name}="{_attribute(value)}"')
    if tag in VOID:
        out.append("/>")
        return
    out.append(">")
    for child in node.children:
        if isinstance(child, str):
            out.append(_text(child))
        else:
            _write(child, out)
    out.append(f"</{tag}>")


def to_html(nodes: Iterable[Node], *, separator: str = "\n") -> str:
    """The elements as HTML text (each block on its own line by default)."""
    parts: list[str] = []
    for node in nodes:
        out: list[str] = []
        _write(node, out)
        parts.append("".join(out))
    return separator.join(parts)
