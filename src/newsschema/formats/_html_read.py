"""HTML body -> typed blocks: the shapes ``_html_body.py`` writes, and the usual HTML of
other producers (``b``/``i``, ``div`` wrappers, loose text).

lxml's HTML parser (libxml2, C speed; no network, no entities beyond HTML's
own) reads a string, and one walk over the elements gives the blocks; an XHTML
element (NewsML-G2's rendition) is walked the same way. Text keeps every character; only
*layout* white space (a run holding a line break, as indenting editors write
between tags) is read as one space, and dropped at the edges of a block, the
same rule as the NITF reader. ``br`` is a line break.

What has no place in the model is read as text where it has any (tables,
definition lists: their cells' text becomes paragraphs) and skipped where it
has none (``script``, ``style``, ``template``).
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import Any

import attrs
from lxml import etree

from newsschema.errors import FormatError
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

__all__ = ["HtmlBody", "read_element", "read_html"]

_LAYOUT = re.compile(r"[ \t\r\f]*\n[ \t\r\n\f]*")
_SOFT = "\x00"  # layout white space until the block's edges are known; HTML text never holds it
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_EMPHASIS = {"em": "em", "i": "em", "cite": "em", "strong": "strong", "b": "strong"}
_SKIPPED = frozenset({"script", "style", "template", "head", "title", "noscript"})
# elements that end a run of loose text: a new block starts at each of them
_BLOCKS = frozenset(
    {"p", "ul", "ol", "li", "blockquote", "figure", "figcaption", "hr", "table", "tr", "td", "th",
     "div", "section", "article", "header", "footer", "main", "aside", "dl", "dt", "dd", "pre",
     "body", "html", "nav", "address", *_HEADINGS}
)  # fmt: skip


@attrs.frozen
class HtmlBody:
    """The blocks of an HTML body, and its lead image (``<figure class="lead">``) if it has one."""

    lead: Image | None
    blocks: tuple[Block, ...]


@attrs.define
class _Run:
    text: str
    em: bool
    strong: bool
    link: int | None  # which ``a`` it sits in (a counter), None outside links
    href: str | None


def _spans(runs: list[_Run]) -> tuple[Inline, ...]:
    """Runs as spans: layout white space settled, runs of the same kind joined."""
    for run in runs:
        run.text = run.text.lstrip(_SOFT)
        if run.text:
            break
    for run in reversed(runs):
        run.text = run.text.rstrip(_SOFT)
        if run.text:
            break
    out: list[Inline] = []
    for (em, strong, link), group in groupby(runs, key=lambda r: (r.em, r.strong, r.link)):
        pieces = list(group)
        text = "".join(run.text for run in pieces).replace(_SOFT, " ")
        if link is not None:
            out.append(Link(text, pieces[0].href, em=em, strong=strong))
        elif text:
            out.append(Text(text, em=em, strong=strong))
    return tuple(out)


def _plain(spans: tuple[Inline, ...]) -> str:
    return "".join(span.text for span in spans)


def _has_content(spans: tuple[Inline, ...]) -> bool:
    """Text other than white space, or a link (an empty link is still one)."""
    return bool(_plain(spans).strip()) or any(isinstance(span, Link) for span in spans)


@attrs.define
class _Figure:
    classes: frozenset[str]
    image: Image | None = None
    caption: str | None = None
    credit: str | None = None
    quote: Quote | None = None


class _Reader:
    """Collects blocks as the walk reports tags and text."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.lead: Image | None = None
        self.runs: list[_Run] = []
        self.em = 0
        self.strong = 0
        self.links: list[tuple[int, str | None]] = []
        self.link_count = 0
        self.skip = 0
        self.heading: int | None = None
        # each open list: ordered, its items, and the text of the item it is nested in
        self.lists: list[tuple[bool, list[tuple[Inline, ...]], list[_Run]]] = []
        self.quotes: list[list[Paragraph]] = []
        self.figures: list[_Figure] = []
        self.in_caption = False
        self.in_credit = False
        self.credit_runs: list[_Run] = []

    # ----------------------------------------------------------------- runs

    def add_text(self, text: str) -> None:
        link = self.links[-1] if self.links else None
        run = _Run(
            text,
            em=self.em > 0,
            strong=self.strong > 0,
            link=link[0] if link else None,
            href=link[1] if link else None,
        )
        (self.credit_runs if self.in_credit else self.runs).append(run)

    def take_spans(self) -> tuple[Inline, ...]:
        runs, self.runs = self.runs, []
        return _spans(runs)

    def flush(self) -> None:
        """Loose text (outside any block element) becomes a paragraph."""
        if self.in_caption or self.lists:
            return
        spans = self.take_spans()
        if _has_content(spans):
            self.emit(Paragraph(spans))

    def emit(self, block: Block) -> None:
        if self.figures and isinstance(block, Quote):
            self.figures[-1].quote = block
        elif self.quotes and isinstance(block, Paragraph):
            self.quotes[-1].append(block)
        else:
            self.blocks.append(block)

    # ----------------------------------------------------------------- parser events

    def handle_data(self, data: str) -> None:
        if not self.skip and data:
            self.add_text(_LAYOUT.sub(_SOFT, data) if "\n" in data else data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skip += 1
            return
        if self.skip:
            return
        emphasis = _EMPHASIS.get(tag)
        if emphasis is not None:  # the commonest tags first, without building a dict
            if emphasis == "em":
                self.em += 1
            else:
                self.strong += 1
            return
        attributes = dict(attrs)
        if tag == "a":
            self.link_count += 1
            self.links.append((self.link_count, attributes.get("href")))
        elif tag == "br":
            self.add_text("\n")
        elif tag == "img":
            self.image(attributes)
        elif tag == "small" and "credit" in (attributes.get("class") or "").split():
            self.in_credit = True
        else:
            self.start_block(tag, attributes)

    def start_block(self, tag: str, attributes: dict[str, str | None]) -> None:
        if tag not in _BLOCKS:
            return
        if tag != "li":
            self.flush()
        if tag in _HEADINGS:
            self.heading = _HEADINGS[tag]
        elif tag in ("ul", "ol"):
            outer, self.runs = self.runs, []
            self.lists.append((tag == "ol", [], outer))
        elif tag == "blockquote":
            self.quotes.append([])
        elif tag == "figure":
            classes = frozenset((attributes.get("class") or "").split())
            self.figures.append(_Figure(classes))
        elif tag == "figcaption" and self.figures:
            self.in_caption = True
        elif tag == "hr":
            self.emit(Divider())

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        emphasis = _EMPHASIS.get(tag)
        if emphasis == "em":
            self.em = max(0, self.em - 1)
        elif emphasis == "strong":
            self.strong = max(0, self.strong - 1)
        elif tag == "a":
            if self.links:
                number, href = self.links.pop()
                if not any(run.link == number for run in self.runs[-1:]):
                    # an empty link is still a link
                    self.runs.append(_Run("", self.em > 0, self.strong > 0, number, href))
        elif tag == "small" and self.in_credit:
            self.in_credit = False
        else:
            self.end_block(tag)

    def end_block(self, tag: str) -> None:
        if tag in _HEADINGS and self.heading is not None:
            self.emit(Heading(self.take_spans(), level=self.heading))
            self.heading = None
        elif tag == "li" and self.lists:
            self.lists[-1][1].append(self.take_spans())
        elif tag in ("ul", "ol") and self.lists:
            ordered, items, outer = self.lists.pop()
            self.runs = outer
            if self.lists:  # a nested list: its items join the outer item, a line each
                for item in items:
                    self.add_text("\n")
                    self.runs.extend(_Run(s.text, s.em, s.strong, None, None) for s in item)
            else:
                self.emit(ListBlock(items, ordered=ordered))
        elif tag == "blockquote" and self.quotes:
            self.flush_in_quote()
            self.emit(Quote(self.quotes.pop()))
        elif tag == "figcaption" and self.figures:
            self.end_caption()
        elif tag == "figure" and self.figures:
            self.end_figure()
        elif tag in _BLOCKS:
            self.paragraph_end(keep_empty=tag == "p")

    def paragraph_end(self, *, keep_empty: bool) -> None:
        """The text since the last block ends a paragraph; an empty ``p`` is still one."""
        if self.in_caption or self.lists:
            return
        spans = self.take_spans()
        if _has_content(spans) or keep_empty:
            self.emit(Paragraph(spans))

    def flush_in_quote(self) -> None:
        spans = self.take_spans()
        if _plain(spans).strip():
            self.quotes[-1].append(Paragraph(spans))

    # ----------------------------------------------------------------- figures

    def image(self, attributes: dict[str, str | None]) -> None:
        if not self.figures:
            self.flush()
            self.figures.append(_Figure(frozenset()))
            self.figures[-1].image = _img(attributes)
            self.end_figure()
            return
        self.figures[-1].image = _img(attributes)

    def end_caption(self) -> None:
        figure = self.figures[-1]
        caption = _plain(self.take_spans())
        credit = _plain(_spans(self.credit_runs))
        self.credit_runs = []
        if credit and caption.endswith(" "):
            caption = caption[:-1]  # the space the writer puts between caption and credit
        figure.caption = caption or None
        figure.credit = credit or None
        self.in_caption = False

    def end_figure(self) -> None:
        self.flush()
        figure = self.figures.pop()
        if figure.quote is not None:
            self.emit(Quote(figure.quote.paragraphs, figure.caption))
            return
        base = figure.image or Image()
        image = attrs.evolve(base, caption=figure.caption, credit=figure.credit)
        if image == Image():
            return
        if "lead" in figure.classes and self.lead is None and not self.blocks:
            self.lead = image
        else:
            self.emit(ImageBlock(image))

    def result(self) -> HtmlBody:
        while self.figures:
            self.end_figure()
        self.flush()
        return HtmlBody(self.lead, tuple(self.blocks))


def _size(value: str | None) -> int | None:
    text = (value or "").strip()
    return int(text) if text.isascii() and text.isdigit() else None


def _img(attributes: dict[str, str | None]) -> Image:
    return Image(
        url=attributes.get("src") or None,
        alt=attributes.get("alt") or None,
        width=_size(attributes.get("width")),
        height=_size(attributes.get("height")),
    )


def _walk(root: etree._Element, reader: _Reader) -> None:
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag: object = element.tag  # lxml-stubs type every tag as a string
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail
            if event == "end" and element.tail:
                reader.handle_data(element.tail)
            continue
        name = etree.QName(element).localname.lower()
        if event == "start":
            reader.handle_starttag(name, [(str(k), str(v)) for k, v in element.items()])
            if element.text:
                reader.handle_data(element.text)
        else:
            reader.handle_endtag(name)
            if element.tail and element is not root:
                reader.handle_data(element.tail)


def _parser() -> etree.HTMLParser:
    return etree.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        recover=True,
        # no depth limit: libxml2 stops at 256 nested elements and drops the rest silently;
        # the HTML parser expands no custom entities, and input is bounded by the size limit
        huge_tree=True,
    )


def read_html(markup: str) -> HtmlBody:
    """The blocks of an HTML body (a fragment or a whole page).

    Raises :class:`FormatError` where the parser had to stop (elements nested more than
    2,048 deep) rather than return the part before it as the whole.
    """
    reader = _Reader()
    data = markup.encode("utf-8", "surrogatepass")
    if data.strip():
        parser = _parser()
        root = etree.fromstring(data, parser)
        errors: Any = parser.error_log  # lxml-stubs do not type the log as iterable
        for error in errors:
            if error.type_name == "ERR_RESOURCE_LIMIT":
                reason = str(error.message).split(", use ")[0]  # not an option offered here
                raise FormatError(f"the HTML body cannot be read whole: {reason}", line=error.line)
        if root is not None:
            _walk(root, reader)
    return reader.result()


def read_element(element: etree._Element) -> HtmlBody:
    """The blocks of an (X)HTML element already parsed (``html`` or ``body``), any namespace."""
    reader = _Reader()
    _walk(element, reader)
    return reader.result()
