"""Article -> NITF 3.6 tree, in the element order of the official schema.

Mapping (``nitf.py`` documents the reasons):

- ``head``: ``title``; ``docdata`` with ``doc-id``, ``date.issue`` and
  ``date.release`` (the publication date), ``doc.copyright``, ``key-list``;
  ``pubdata`` (publisher, publication date, URL as ``@ex-ref``, section as
  ``@position.section``); ``revision-history/@norm`` for the modification date.
- ``body.head``: ``hedline/hl1`` (+ ``hl2``), one ``byline`` (``person``,
  ``byttl`` with the role and ``org`` affiliation, ``virtloc`` for the
  author's URL), ``distributor`` with the agencies, ``dateline`` (``location``,
  ``story.date``, agency in parentheses), ``abstract`` for the description.
- ``body.content``: the lead image as the first ``media``, then each block.
- ``body.end``: ``tagline`` with the printed copyright notice (``copyrite``)
  and the source URL as a link.

Mixed content is never pretty-printed: only element-only containers get
indentation, so every character of the text survives a round trip. A line
break inside text becomes ``<br/>`` where NITF allows it and a space where it
does not (with a warning).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Sequence

from lxml import etree

from newsschema._dates import parse_date
from newsschema._normalize import normalize
from newsschema.formats._meta import clean_article, copyright_parts, mime_type
from newsschema.formats._nitf_common import (
    CAPTION,
    CREDIT,
    NS,
    SAME_AS,
    VERSION,
    XML_NS,
    clean_xml_chars,
    format_norm,
)
from newsschema.model import (
    Article,
    Block,
    Dateline,
    Divider,
    FurnitureKind,
    Heading,
    Image,
    ImageBlock,
    Inline,
    Link,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Quote,
    Text,
)

__all__ = ["STRUCTURAL", "build", "sanitize", "tree"]

STRUCTURAL = frozenset(
    {
        "nitf", "head", "docdata", "key-list", "body", "body.head", "hedline", "abstract",
        "body.content", "bq", "block", "ul", "ol", "media", "body.end",
    }
)  # fmt: skip
"""Element-only containers: the white space between their children is layout."""

# xs:language, the type the official schema gives xml:lang
_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*")
_CONTENT_IDS = uuid.uuid5(uuid.NAMESPACE_URL, "https://newsschema.dev/nitf/doc-id")


class _Names(dict[str, str]):
    """Local name -> the name in NITF's namespace, made once per name."""

    def __missing__(self, name: str) -> str:
        self[name] = qualified = f"{{{NS}}}{name}"
        return qualified


_QUALIFIED = _Names()
_q = _QUALIFIED.__getitem__
_STRUCTURAL_TAGS = frozenset(_q(name) for name in STRUCTURAL)


class _Writer:
    """Builds one document; collects what could not be written as it is."""

    def __init__(self, warnings: list[str]) -> None:
        self.warnings = warnings
        self.id_element: etree._Element | None = None

    # ----------------------------------------------------------------- characters

    def single_line(self, value: str, where: str, *, warn: bool = True) -> str:
        """Text for an element that has no ``br``: line breaks become spaces."""
        text = value
        if "\n" in text:
            if warn:
                self.warnings.append(
                    f"{where}: line break written as a space (the element holds no <br/>)"
                )
            text = text.replace("\r\n", " ").replace("\n", " ")
        return text

    # ----------------------------------------------------------------- elements

    def sub(self, parent: etree._Element, tag: str, /, **attributes: str | None) -> etree._Element:
        if not attributes:
            return etree.SubElement(parent, _q(tag))
        named = {k.replace("_", "-"): v for k, v in attributes.items() if v is not None}
        return etree.SubElement(parent, _q(tag), named)

    @staticmethod
    def append_text(parent: etree._Element, text: str) -> None:
        if not text:
            return
        # parent[-1] is found from the end; len(parent) would count every child, each time
        try:
            last = parent[-1]
        except IndexError:
            parent.text = (parent.text or "") + text
        else:
            last.tail = (last.tail or "") + text

    def append_lines(self, parent: etree._Element, text: str) -> None:
        """Text where NITF allows ``br``: each line break becomes one."""
        if "\n" not in text:
            self.append_text(parent, text)
            return
        for i, piece in enumerate(text.split("\n")):
            if i:
                self.sub(parent, "br")
            self.append_text(parent, piece)

    def inline(self, parent: etree._Element, spans: Sequence[Inline]) -> None:
        """Spans as text, ``a`` and ``em`` (``class="strong"`` for strong): NITF has no ``b``."""
        if len(spans) == 1:
            only = spans[0]
            if type(only) is Text and not (only.em or only.strong or "\n" in only.text):
                # most paragraphs: one plain run of text, set in one call (every caller
                # passes a new, empty element)
                parent.text = only.text or None
                return
        for span in _coalesce(spans):
            target = parent
            if isinstance(span, Link):  # a lost target (href None) is still a link: no @href
                target = self.sub(parent, "a", href=span.href)
            if span.strong and span.text:
                target = self.sub(target, "em", **{"class": "strong"})
            if span.em and span.text:
                target = self.sub(target, "em")
            self.append_lines(target, span.text)

    def norm(self, value: dt.date, where: str) -> str:
        text, lost = format_norm(value)
        for part in lost:
            self.warnings.append(f"{where}: {part} dropped (NITF dates stop at seconds)")
        return text

    # ----------------------------------------------------------------- the document

    def build(self, article: Article) -> etree._Element:
        # lxml-stubs do not allow None, the default namespace's key
        root = etree.Element(_q("nitf"), nsmap={None: NS})  # type: ignore[dict-item]
        root.set("version", VERSION)
        if article.language:
            # a tag: the model's edge (``_normalize``) leaves out what is not one
            root.set(f"{{{XML_NS}}}lang", article.language)
        url = article.url or None
        head = self.sub(root, "head")
        self.head(head, article, url)
        body = self.sub(root, "body")
        self.body_head(self.sub(body, "body.head"), article)
        content = self.sub(body, "body.content")
        if article.lead_image is not None:
            self.media(content, article.lead_image, "lead_image")
        paragraph = _q("p")
        for i, block in enumerate(article.body):
            if type(block) is Paragraph:  # most blocks: one element, no warning to name
                self.inline(etree.SubElement(content, paragraph), block.content)
            else:
                self.block(content, block, f"body[{i}]")
        if not len(content):
            body.remove(content)
        self.body_end(body, article, url)
        self.doc_id(root, url)
        return root

    def head(self, head: etree._Element, article: Article, url: str | None) -> None:
        title = self.sub(head, "title")
        self.append_text(title, self.single_line(article.headline, "headline", warn=False))
        docdata = self.sub(head, "docdata")
        self.id_element = self.sub(docdata, "doc-id")  # its id-string is set at the end
        published = None
        if article.date_published is not None:
            published = self.norm(article.date_published, "date_published")
            self.sub(docdata, "date.issue", norm=published)
            # released for publication when it was published: no embargo to state
            self.sub(docdata, "date.release", norm=published)
        holder, year = None, None
        if article.copyright:  # only a printed notice names a holder; a publisher is no notice
            holder, year = copyright_parts(self.single_line(article.copyright, "copyright"))
        if holder or year:
            self.sub(docdata, "doc.copyright", year=year, holder=holder)
        if article.keywords:
            key_list = self.sub(docdata, "key-list")
            for keyword in article.keywords:
                self.sub(key_list, "keyword", key=keyword)
        self.pubdata(head, article, published, url)
        if article.date_modified is not None:
            self.sub(
                head, "revision-history", norm=self.norm(article.date_modified, "date_modified")
            )

    def pubdata(
        self, head: etree._Element, article: Article, published: str | None, url: str | None
    ) -> None:
        publisher = article.publisher
        name = None
        if publisher is not None:
            if publisher.name:
                name = publisher.name
            if publisher.url:
                self.warnings.append("publisher.url: NITF has no place for it; not written")
            if publisher.logo:
                self.warnings.append("publisher.logo: NITF has no place for it; not written")
        section = article.section or None
        if name is None and published is None and url is None and section is None:
            return
        self.sub(
            head,
            "pubdata",
            type="web",
            name=name,
            **{"date.publication": published, "ex-ref": url, "position.section": section},
        )

    def body_head(self, body_head: etree._Element, article: Article) -> None:
        hedline = self.sub(body_head, "hedline")
        self.append_lines(self.sub(hedline, "hl1"), article.headline)
        if article.subheadline:
            self.append_lines(self.sub(hedline, "hl2"), article.subheadline)
        self.byline(body_head, article.authors)
        self.distributor(body_head, article.organizations)
        if article.dateline is not None:
            self.dateline(body_head, article.dateline, article.language)
        if article.description:
            abstract = self.sub(body_head, "abstract")
            self.append_lines(self.sub(abstract, "p"), article.description)

    def byline(self, parent: etree._Element, authors: Sequence[Person]) -> None:
        named = []
        for i, author in enumerate(authors):
            if author.name.strip():
                named.append((i, author))
            else:
                self.warnings.append(f"authors[{i}]: an author without a name is not written")
        if not named:
            return
        byline = self.sub(parent, "byline")
        for n, (i, author) in enumerate(named):
            where = f"authors[{i}]"
            separator = "By " if n == 0 else " and " if n == len(named) - 1 else ", "
            self.append_text(byline, separator)
            person = self.sub(byline, "person")
            self.append_text(person, self.single_line(author.name, f"{where}.name"))
            if author.role or author.affiliation:
                self.append_text(byline, ", ")
                byttl = self.sub(byline, "byttl")
                if author.role:
                    role = self.single_line(author.role, f"{where}.role")
                    self.append_text(byttl, f"{role}, " if author.affiliation else role)
                if author.affiliation:
                    org = self.sub(byttl, "org")
                    self.append_text(
                        org, self.single_line(author.affiliation, f"{where}.affiliation")
                    )
            if author.url:
                self.sub(byline, "virtloc", value=author.url)
            for page in dict.fromkeys(p for p in author.same_as if p.strip()):
                self.sub(byline, "virtloc", idsrc=SAME_AS, value=page)

    def distributor(self, parent: etree._Element, organizations: Sequence[Organization]) -> None:
        named = []
        for i, organization in enumerate(organizations):
            if organization.name.strip():
                named.append((i, organization))
            else:
                self.warnings.append(f"organizations[{i}]: an agency without a name is not written")
            if organization.logo:
                self.warnings.append(
                    f"organizations[{i}].logo: NITF has no place for it; not written"
                )
        if not named:
            return
        distributor = self.sub(parent, "distributor")
        for n, (i, organization) in enumerate(named):
            if n:
                self.append_text(distributor, ", ")
            url = organization.url
            org = self.sub(
                distributor,
                "org",
                idsrc="url" if url else None,
                value=url or None,
            )
            self.append_text(org, self.single_line(organization.name, f"organizations[{i}].name"))

    def dateline(self, parent: etree._Element, dateline: Dateline, language: str | None) -> None:
        place = self.single_line(dateline.place, "dateline.place") if dateline.place else ""
        date = self.single_line(dateline.date, "dateline.date") if dateline.date else ""
        agency = self.single_line(dateline.agency, "dateline.agency") if dateline.agency else ""
        if not (place.strip() or date.strip() or agency.strip()):
            return
        element = self.sub(parent, "dateline")
        if place.strip():
            self.append_text(self.sub(element, "location"), place)
        if date.strip():
            if len(element):
                self.append_text(element, ", ")
            parsed = parse_date(date, language)
            norm = self.norm(parsed, "dateline.date") if parsed is not None else None
            self.append_text(self.sub(element, "story.date", norm=norm), date)
        if agency.strip():
            self.append_text(element, f" ({agency})" if len(element) else f"({agency})")

    # ----------------------------------------------------------------- body

    def block(self, content: etree._Element, block: Block, where: str) -> None:
        if isinstance(block, Paragraph):
            self.inline(self.sub(content, "p"), block.content)
        elif isinstance(block, Heading):
            # NITF has one subheading element; a level other than 2 is kept as a class
            level = None if block.level == 2 else f"level-{block.level}"
            self.inline(self.sub(content, "hl2", **{"class": level}), block.content)
        elif isinstance(block, Quote):
            bq = self.sub(content, "bq")
            inner = self.sub(bq, "block")
            for paragraph in block.paragraphs:
                self.inline(self.sub(inner, "p"), paragraph.content)
            if block.attribution:
                self.append_lines(self.sub(bq, "credit"), block.attribution)
        elif isinstance(block, ListBlock):
            if not block.items:
                self.warnings.append(f"{where}: an empty list is not written (NITF needs an li)")
                return
            listing = self.sub(content, "ol" if block.ordered else "ul")
            for item in block.items:
                self.inline(self.sub(listing, "li"), item)
        elif isinstance(block, ImageBlock):
            self.media(content, block.image, f"{where}.image")
        elif isinstance(block, Divider):
            self.sub(content, "hr")

    def media(self, parent: etree._Element, image: Image, where: str) -> None:
        url = image.url or None
        sized = any(v is not None and v >= 0 for v in (image.width, image.height))
        if url is None and not image.alt and not sized:
            self.caption_only(parent, image, where)
            return
        media = self.sub(parent, "media", media_type="image")
        size: dict[str, str | None] = {}
        for name, value in (("width", image.width), ("height", image.height)):
            if value is not None and value < 0:
                self.warnings.append(f"{where}.{name}: a negative size is not written")
            elif value is not None:
                size[name] = str(value)
        self.sub(
            media,
            "media-reference",
            source=url,
            mime_type=mime_type(url) if url else None,
            alternate_text=image.alt or None,
            **size,
        )
        if image.caption:
            self.append_lines(self.sub(media, "media-caption"), image.caption)
        if image.credit:
            self.append_lines(self.sub(media, "media-producer"), image.credit)

    def caption_only(self, parent: etree._Element, image: Image, where: str) -> None:
        """An image known only by its caption or credit: NITF's ``media`` needs a
        ``media-reference``, and an empty one points nowhere, so the words are paragraphs
        named after the elements they would be (``p class="media-caption"``)."""
        for name, value in (("width", image.width), ("height", image.height)):
            if value is not None:  # only a negative size brings an image here
                self.warnings.append(f"{where}.{name}: a negative size is not written")
        if not (image.caption or image.credit):
            self.warnings.append(f"{where}: an image with no URL, text or size is not written")
            return
        if image.caption:
            self.append_lines(self.sub(parent, "p", **{"class": CAPTION}), image.caption)
        if image.credit:
            self.append_lines(self.sub(parent, "p", **{"class": CREDIT}), image.credit)

    def body_end(self, body: etree._Element, article: Article, url: str | None) -> None:
        # the reader folds white space inside a tagline: the writer writes what it reads back
        trailers = [
            " ".join(f.text.split()) for f in article.furniture if f.kind is FurnitureKind.TRAILER
        ]
        trailers = [t for t in trailers if t]
        if not (article.copyright or url or trailers):
            return
        tagline = self.sub(self.sub(body, "body.end"), "tagline")

        def separate() -> None:
            if tagline.text or len(tagline):
                self.sub(tagline, "br")

        for trailer in trailers:  # "Reporting by …; Editing by …": what a tagline is for
            separate()
            self.append_text(tagline, trailer)
        if article.copyright:
            separate()
            notice = self.single_line(article.copyright, "copyright", warn=False)
            self.append_text(self.sub(tagline, "copyrite"), notice)
        if url:
            separate()
            self.append_lines(self.sub(tagline, "a", href=url), url)

    def doc_id(self, root: etree._Element, url: str | None) -> None:
        """A stable ``doc-id``: a name-based UUID of the URL, else of the document's content.

        The content hash is taken over the tree itself (before the id is set), so the
        same article always gets the same id and a document read back keeps it.
        """
        doc_id = self.id_element
        if doc_id is None:  # pragma: no cover - head() always writes it
            return
        if url:
            name = uuid.uuid5(uuid.NAMESPACE_URL, url)
        else:
            digest = hashlib.sha256(etree.tostring(root, encoding="UTF-8")).hexdigest()
            name = uuid.uuid5(_CONTENT_IDS, digest)
        doc_id.set("id-string", f"urn:uuid:{name}")


def sanitize(article: Article) -> tuple[Article, list[str]]:
    """The article without the characters XML 1.0 cannot hold, and a warning for each field
    that lost some (``body[3].content[0].text: removed 1 character(s) … (U+0007)``)."""
    return clean_article(article, clean_xml_chars, "XML 1.0 cannot hold")


def _coalesce(spans: Sequence[Inline]) -> list[Text | Link]:
    """Spans as they will read back: neighbouring text with the same emphasis is one run,
    empty text (and an empty link to nowhere) is nothing."""
    out: list[Text | Link] = []
    run: list[str] = []  # the text of a run of same-emphasis spans, joined once at its end
    style: tuple[bool, bool] | None = None

    def end_run() -> None:
        if style is not None:
            out.append(Text("".join(run), em=style[0], strong=style[1]))
            run.clear()

    for span in spans:
        if isinstance(span, Link) and (span.href is not None or span.text):
            end_run()
            style = None
            out.append(span)
        elif span.text:
            if style != (span.em, span.strong):
                end_run()
                style = (span.em, span.strong)
            run.append(span.text)
    end_run()
    return out


def _indent(element: etree._Element, level: int = 0) -> None:
    """Indent element-only containers; text-bearing elements are left exactly as built."""
    if element.tag not in _STRUCTURAL_TAGS or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    child = None
    for child in element:
        child.tail = inner
        if child.tag in _STRUCTURAL_TAGS:
            _indent(child, level + 1)
    if child is not None:
        child.tail = "\n" + "  " * level


def tree(article: Article, warnings: list[str]) -> etree._Element:
    """The NITF root of ``article``, not indented, for a format that embeds NITF (NewsML-G2).

    Raises ``ValueError`` for a string XML cannot hold: clean the article with
    :func:`sanitize` first where that matters.
    """
    return _Writer(warnings).build(article)


def _serialize(article: Article, warnings: list[str]) -> tuple[bytes, list[str]]:
    writer = _Writer(warnings)
    root = writer.build(article)
    _indent(root)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"
    return data, writer.warnings


# U+FFFE and U+FFFF in UTF-8: lxml lets them through, XML 1.0 forbids them
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")


def build(article: Article) -> tuple[bytes, list[str]]:
    """The article as a NITF 3.6 document (UTF-8, XML declaration) and the writer's warnings.

    Characters XML 1.0 cannot hold are rare: the tree is built from the article as it is,
    and only when lxml refuses a string (or a noncharacter slips through) is the article
    cleaned field by field, with a warning for each field that lost characters.

    An article built by hand is first made valid (``_normalize``): a value no valid
    document can hold as it is (a host with a space ...) is left out, with a warning.
    """
    article, fixes = normalize(article)
    notes = [str(fix) for fix in fixes]
    try:
        data, warnings = _serialize(article, list(notes))
    except ValueError:  # lxml: "All strings must be XML compatible"
        pass
    else:
        if not any(mark in data for mark in _NONCHARACTERS):
            return data, warnings
    clean, removed = sanitize(article)
    return _serialize(clean, notes + removed)
