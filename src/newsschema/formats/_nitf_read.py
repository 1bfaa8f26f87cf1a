"""NITF tree -> Article: namespaced NITF 3.6 and un-namespaced NITF 3.2-3.5 as wire feeds send it.

Elements are matched by local name once the NITF namespace (or none) is
stripped, so both generations read the same way. Text keeps every character;
only *layout* white space (a run holding a line break, as indenting editors
write between tags) is read as one space, and dropped at the edges of an
element. ``<br/>`` is a line break.

No text is lost: what the model has no block for keeps its words, with a
warning: a table as paragraphs (its caption, then one per row, cells joined by
`` | ``), a note or footnote as body text, a definition list as a list, any other
element as a paragraph, a tagline's "Reporting by ..." as the article's trailer
(``Article.furniture``), and a bibliography in ``body.end`` as the closing paragraphs.
A byline written as text (``By NAME<byttl>Title</byttl>``, as wire feeds send it)
takes its title from
``byttl``. The copyright is the printed ``copyrite``, else ``doc.copyright``'s
year and holder.
"""

from __future__ import annotations

import datetime as dt
import html.entities
import re
from collections.abc import Iterator

import attrs
from lxml import etree

from newsschema._bylines import parse_byline
from newsschema.errors import FormatError
from newsschema.formats._nitf_common import (
    CAPTION,
    CREDIT,
    NS,
    SAME_AS,
    XML_NS,
    Parsed,
    parse_norm,
    source_line,
    split_tag,
)
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
    Inline,
    Link,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Quote,
    Text,
)

__all__ = ["read"]

# starts where a run of blanks starts: tried from inside a long run of spaces with no line
# break, "[ \t]*" rescanned the rest of the run from every position
_LAYOUT = re.compile(r"(?<![ \t])[ \t]*\n[ \t\n]*")
_SOFT = "\x00"  # stands for layout white space until the edges are known; XML cannot hold it
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_LEVEL = re.compile(r"level-([1-6])")


# --------------------------------------------------------------------------- text


class _Run:
    """A piece of text with its emphasis and the ``a`` element it sits in."""

    __slots__ = ("em", "link", "strong", "text")

    def __init__(self, text: str, em: bool, strong: bool, link: etree._Element | None) -> None:
        self.text = text
        self.em = em
        self.strong = strong
        self.link = link


def _raw(text: str | None) -> str:
    return _LAYOUT.sub(_SOFT, text) if text else ""


def _entity(node: etree._Element) -> str:
    """An entity the unloaded DTD would define: HTML's are known, others stay as written."""
    name = str(getattr(node, "name", ""))
    return html.entities.html5.get(f"{name};", f"&{name};")


def _walk(
    element: etree._Element, em: bool, strong: bool, link: etree._Element | None, out: list[_Run]
) -> None:
    """Append the runs of ``element``'s content to ``out``."""
    if element.text:
        out.append(_Run(_raw(element.text), em, strong, link))
    for child in element:
        tag = child.tag
        if tag is etree.Entity:
            out.append(_Run(_entity(child), em, strong, link))
        elif isinstance(tag, str) and not tag.startswith("{"):
            if tag == "br":
                out.append(_Run("\n", em, strong, link))
            elif tag == "a" and (child.get("href") is not None or not child.attrib):
                # a bare <a> is a link whose target was lost; <a name=…> is only an anchor
                before = len(out)
                _walk(child, em, strong, child, out)
                if len(out) == before:  # an empty link is still a link
                    out.append(_Run("", em, strong, child))
            elif tag == "em":
                classes = (child.get("class") or "").split()
                is_strong = "strong" in classes
                _walk(child, em or not is_strong, strong or is_strong, link, out)
            else:
                # person, org, location, q, num ... inside text: their words are text
                _walk(child, em, strong, link, out)
        # comments, processing instructions and foreign elements carry no text
        if child.tail:
            out.append(_Run(_raw(child.tail), em, strong, link))


def _settle(runs: list[_Run]) -> list[_Run]:
    """Drop layout white space at both edges; inside, it is one space."""
    for run in runs:
        stripped = run.text.lstrip(_SOFT)
        run.text = stripped
        if stripped:
            break
    for run in reversed(runs):
        stripped = run.text.rstrip(_SOFT)
        run.text = stripped
        if stripped:
            break
    for run in runs:
        run.text = run.text.replace(_SOFT, " ")
    return runs


def _runs(element: etree._Element) -> list[_Run]:
    out: list[_Run] = []
    _walk(element, em=False, strong=False, link=None, out=out)
    return _settle(out)


def plain(element: etree._Element | None) -> str:
    """All text of ``element`` (line breaks for ``br``), without markup."""
    if element is None:
        return ""
    return "".join(run.text for run in _runs(element))


def spans(element: etree._Element) -> tuple[Inline, ...]:
    """The element's text as spans: runs with the same emphasis in the same link are one."""
    # runs that join one span: its first run and every text after it, joined once at its end
    # (adding each run to the span's text copied it again for each run: quadratic)
    groups: list[tuple[_Run, list[str]]] = []
    key: tuple[bool, bool, int | None] | None = None
    for run in _runs(element):
        run_key = (run.em, run.strong, id(run.link) if run.link is not None else None)
        if groups and run_key == key:
            groups[-1][1].append(run.text)
            continue
        key = run_key
        if run.link is not None or run.text:
            groups.append((run, [run.text]))
        else:
            key = None
    out: list[Inline] = []
    for first, texts in groups:
        text = "".join(texts)
        if first.link is not None:
            out.append(Link(text, first.link.get("href"), em=first.em, strong=first.strong))
        else:
            out.append(Text(text, em=first.em, strong=first.strong))
    return tuple(out)


def _optional(text: str) -> str | None:
    """Absent text is ``None``; any other text, white space included, is kept as it is."""
    return text or None


# --------------------------------------------------------------------------- elements


def _children(element: etree._Element | None, name: str) -> Iterator[etree._Element]:
    if element is None:
        return iter(())
    return (child for child in element if child.tag == name)


def _child(element: etree._Element | None, name: str) -> etree._Element | None:
    return next(_children(element, name), None)


def _date(element: etree._Element | None, attribute: str = "norm") -> dt.date | None:
    value = element.get(attribute) if element is not None else None
    if not value:
        return None
    try:
        return parse_norm(value)
    except ValueError:
        return None  # ``validate`` reports it; reading goes on with the other dates


def _strip_namespace(root: etree._Element) -> None:
    for element in root.iter():
        if isinstance(element.tag, str):
            namespace, local = split_tag(element)
            if namespace == NS:
                element.tag = local


class _Reader:
    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.notes: list[str] = []
        """What was kept in another form (a table as paragraphs ...), for the warnings."""
        self.head = _child(root, "head")
        self.docdata = _child(self.head, "docdata")
        self.body = _child(root, "body")
        self.body_head = _child(self.body, "body.head")
        self.body_end = _child(self.body, "body.end")
        pubdata = list(_children(self.head, "pubdata"))
        self.pubdata = pubdata[0] if pubdata else None

    def article(self) -> Article:
        lead, body = self.content()
        authors, organizations = self.bylines()
        return Article(
            headline=self.headline(),
            subheadline=self.subheadline(),
            authors=authors,
            organizations=organizations + self.distributor(),
            date_published=self.published(),
            date_modified=self.modified(),
            dateline=self.dateline(),
            lead_image=lead,
            body=body,
            url=self.url(),
            publisher=self.publisher(),
            language=self.language(),
            keywords=self.keywords(),
            section=self.pubdata_value("position.section"),
            description=self.description(),
            copyright=self.copyright(),
            furniture=self.trailers(),
        )

    # ----------------------------------------------------------------- head

    def headline(self) -> str:
        hl1 = _child(_child(self.body_head, "hedline"), "hl1")
        return plain(hl1) or plain(_child(self.head, "title"))

    def subheadline(self) -> str | None:
        hedline = _child(self.body_head, "hedline")
        parts = [plain(hl2) for hl2 in _children(hedline, "hl2")]
        return _optional("\n".join(p for p in parts if p))

    def published(self) -> dt.date | None:
        for element, attribute in (
            (_child(self.docdata, "date.issue"), "norm"),
            (_child(self.docdata, "date.release"), "norm"),
            (self.pubdata, "date.publication"),
        ):
            value = _date(element, attribute)
            if value is not None:
                return value
        return None

    def modified(self) -> dt.date | None:
        dates = [_date(r) for r in _children(self.head, "revision-history")]
        known = [d for d in dates if d is not None]
        return known[-1] if known else None

    def pubdata_value(self, attribute: str) -> str | None:
        value = self.pubdata.get(attribute) if self.pubdata is not None else None
        return value or None

    def publisher(self) -> Organization | None:
        name = self.pubdata_value("name")
        return Organization(name) if name else None

    def url(self) -> str | None:
        url = self.pubdata_value("ex-ref")
        if url:
            return url
        tagline = _child(self.body_end, "tagline")
        for link in tagline.iter("a") if tagline is not None else ():
            if link.get("href"):
                return link.get("href")
        return None

    def language(self) -> str | None:
        return self.root.get(f"{{{XML_NS}}}lang") or self.root.get("baselang") or None

    def keywords(self) -> tuple[str, ...]:
        out: list[str] = []
        for key_list in _children(self.docdata, "key-list"):
            for keyword in _children(key_list, "keyword"):
                key = keyword.get("key")
                if key is None:
                    key = _optional(plain(keyword))
                if key is not None:
                    out.append(key)
        return tuple(out)

    def copyright(self) -> str | None:
        """The printed notice (``tagline/copyrite``); else one made of ``doc.copyright``'s
        year and holder, unless it only names the publisher (what a writer fills in)."""
        tagline = _child(self.body_end, "tagline")
        notice = _optional(plain(_child(tagline, "copyrite")))
        if notice is not None:
            return notice
        element = _child(self.docdata, "doc.copyright")
        if element is None:
            return None
        year = (element.get("year") or "").strip()
        holder = " ".join((element.get("holder") or "").split())
        publisher = " ".join((self.pubdata_value("name") or "").split())
        if not year and (not holder or holder == publisher):
            return None
        return " ".join(part for part in ("©", year, holder) if part)

    def trailers(self) -> tuple[Furniture, ...]:
        """The tagline's own text, one trailer per line (its notice and link are not)."""
        tagline = _child(self.body_end, "tagline")
        if tagline is None:
            return ()
        lines = _end_text(tagline).split("\n")
        return tuple(Furniture(FurnitureKind.TRAILER, line) for line in lines if line)

    # ----------------------------------------------------------------- body.head

    def bylines(self) -> tuple[tuple[Person, ...], tuple[Organization, ...]]:
        persons: list[Person] = []
        organizations: list[Organization] = []
        for byline in _children(self.body_head, "byline"):
            if _child(byline, "person") is None:
                persons.extend(self.plain_byline(byline, organizations))
                continue
            own: list[Person] = []
            for child in byline:
                if child.tag == "person":
                    own.append(Person(plain(child)))
                elif child.tag == "byttl" and own:
                    role, affiliation = _byttl(child)
                    own[-1] = attrs.evolve(own[-1], role=role, affiliation=affiliation)
                elif child.tag == "virtloc" and own:
                    url = child.get("value") or _optional(plain(child))
                    last = own[-1]
                    if child.get("idsrc") == SAME_AS:
                        if url:
                            own[-1] = attrs.evolve(last, same_as=(*last.same_as, url))
                    else:
                        own[-1] = attrs.evolve(last, url=url)
            persons.extend(own)
        return tuple(persons), tuple(organizations)

    def plain_byline(
        self, byline: etree._Element, organizations: list[Organization]
    ) -> list[Person]:
        """A byline written as text (``By NAME<byttl>Role</byttl>``, as wire feeds send it):
        the names from the text, the title from ``byttl``."""
        titles = [child for child in byline if child.tag == "byttl"]
        text = (byline.text or "") + "".join(
            ("" if child.tag == "byttl" else plain(child)) + (child.tail or "") for child in byline
        )
        text = " ".join(text.split())
        if not text:
            return []
        parsed = parse_byline(text, require_prefix=False)
        if parsed is not None:
            found = list(parsed.persons)
            organizations.extend(parsed.organizations)
        else:
            found = [Person(_BY.sub("", text).strip())]
        if titles:
            role, affiliation = _byttl(titles[0])
            found = [
                Person(p.name, p.url, p.role or role, p.affiliation or affiliation) for p in found
            ]
        return [p for p in found if p.name]

    def distributor(self) -> tuple[Organization, ...]:
        distributor = _child(self.body_head, "distributor")
        if distributor is None:
            return ()
        orgs = list(_children(distributor, "org"))
        if not orgs:
            name = _optional(plain(distributor))
            return (Organization(name),) if name else ()
        return tuple(
            Organization(plain(org), url=org.get("value") if org.get("idsrc") == "url" else None)
            for org in orgs
        )

    def dateline(self) -> Dateline | None:
        dateline = _child(self.body_head, "dateline")
        if dateline is None:
            return None
        location = _child(dateline, "location")
        story_date = _child(dateline, "story.date")
        own = "".join([dateline.text or ""] + [child.tail or "" for child in dateline])
        own = _LAYOUT.sub(" ", own)
        # the agency: from the first "(" to the last ")" (found directly: a pattern tried
        # from every "(" of a line without ")" ran to its end each time)
        opened, closed = own.find("("), own.rfind(")")
        found = opened != -1 and closed > opened
        agency = _optional(own[opened + 1 : closed]) if found else None
        if location is not None:
            place = _optional(plain(location))
        else:
            rest = own[:opened] + own[closed + 1 :] if found else own
            place = _optional(rest.strip(" \t,;:-\u2013\u2014"))
        date = _optional(plain(story_date)) if story_date is not None else None
        if place is None and agency is None and date is None:
            return None
        return Dateline(place=place, agency=agency, date=date)

    def description(self) -> str | None:
        abstract = _child(self.body_head, "abstract")
        if abstract is None:
            return None
        parts = [plain(p) for p in _children(abstract, "p")]
        return _optional("\n\n".join(p for p in parts if p))

    # ----------------------------------------------------------------- body.content

    def content(self) -> tuple[Image | None, tuple[Block, ...]]:
        lead: Image | None = None
        blocks: list[Block] = []
        started = False
        for content in _children(self.body, "body.content"):
            for element in content:
                found = _Blocks(self.notes).read(element)
                if not started and len(found) == 1 and isinstance(found[0], ImageBlock):
                    lead = found[0].image  # the image that opens the story is its lead image
                else:
                    blocks.extend(found)
                started = started or bool(found)
        lead, blocks = _join_credits(lead, blocks)
        blocks.extend(self.end_matter())
        return lead, tuple(blocks)

    def end_matter(self) -> list[Block]:
        """The words of a bibliography in ``body.end``, as closing paragraphs (a tagline's
        "Reporting by ..." is the article's trailer: :meth:`trailers`)."""
        out: list[Block] = []
        for element in self.body_end if self.body_end is not None else ():
            if element.tag != "bibliography":
                continue
            text = _end_text(element).strip()
            if text:
                out.append(Paragraph([Text(text)]))
                self.notes.append(
                    f"{_where(element)}: {element.tag} text read as the last paragraph"
                )
        return out


def _end_text(element: etree._Element) -> str:
    """An end-matter element's text, less the notice and a link that only repeats its target."""
    parts = [_raw(element.text)]
    for child in element:
        if child.tag == "br":
            parts.append("\n")
        elif child.tag != "copyrite" and not (
            child.tag == "a" and plain(child).strip() == (child.get("href") or "").strip()
        ):
            parts.append(plain(child))
        parts.append(_raw(child.tail))
    lines = ("".join(parts).replace(_SOFT, " ")).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _where(element: etree._Element) -> str:
    line = source_line(element)
    return f"line {line}" if line is not None else element.tag


def _byttl(byttl: etree._Element) -> tuple[str | None, str | None]:
    """(role, affiliation): the title's text, and the organisation it names."""
    org = _child(byttl, "org")
    if org is None:
        return _optional(plain(byttl)), None
    lead = _raw(byttl.text).lstrip(_SOFT).replace(_SOFT, " ")
    role = lead[:-2] if lead.endswith(", ") else lead.rstrip(" ,")
    return _optional(role), _optional(plain(org))


def _image(media: etree._Element) -> Image | None:
    reference = _child(media, "media-reference")
    media_type = (media.get("media-type") or "").strip().lower()
    mime = (reference.get("mime-type") or "") if reference is not None else ""
    if media_type != "image" and not mime.startswith("image/"):
        return None
    captions = [plain(c) for c in _children(media, "media-caption")]
    credits = [plain(c) for c in _children(media, "media-producer")]
    return Image(
        url=(reference.get("source") or reference.get("data-location") or None)
        if reference is not None
        else None,
        alt=(reference.get("alternate-text") or None) if reference is not None else None,
        caption=_optional("\n".join(c for c in captions if c)),
        credit=_optional("\n".join(c for c in credits if c)),
        width=_size(reference, "width"),
        height=_size(reference, "height"),
    )


def _size(reference: etree._Element | None, name: str) -> int | None:
    value = (reference.get(name) or "").strip() if reference is not None else ""
    # more digits than any size has would only slow int() down (or make it refuse)
    return int(value) if value.isascii() and value.isdigit() and len(value) < 20 else None


def _paragraph(element: etree._Element) -> Paragraph | ImageBlock:
    """A paragraph, or the caption or credit of an image that has nothing else."""
    kind = element.get("class")
    if kind == CAPTION:
        return ImageBlock(Image(caption=_optional(plain(element))))
    if kind == CREDIT:
        return ImageBlock(Image(credit=_optional(plain(element))))
    return Paragraph(spans(element))


def _credit_only(block: Block) -> str | None:
    if isinstance(block, ImageBlock) and block.image == Image(credit=block.image.credit):
        return block.image.credit
    return None


def _with_credit(image: Image | None, block: Block) -> Image | None:
    """``image`` with the credit ``block`` holds, where one is a caption alone and the
    other the credit alone (the two paragraphs of one image)."""
    credit = _credit_only(block)
    if image is None or credit is None or image != Image(caption=image.caption):
        return None
    return Image(caption=image.caption, credit=credit)


def _join_credits(lead: Image | None, blocks: list[Block]) -> tuple[Image | None, list[Block]]:
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if previous is None and lead is not None and (joined := _with_credit(lead, block)):
            lead = joined
        elif isinstance(previous, ImageBlock) and (joined := _with_credit(previous.image, block)):
            out[-1] = ImageBlock(joined)
        else:
            out.append(block)
    return lead, out


class _Blocks:
    """``body.content``'s elements as blocks; what the model has no block for keeps its
    text, with a note."""

    def __init__(self, notes: list[str]) -> None:
        self.notes = notes

    def read(self, element: etree._Element) -> list[Block]:
        tag = element.tag
        if not isinstance(tag, str) or tag.startswith("{"):
            return []  # comments, processing instructions and foreign elements carry no text
        block = _simple_block(element)
        if block is not None:
            return [block]
        if tag == "media":
            image = _image(element)
            return [ImageBlock(image)] if image is not None else []
        if tag == "block":
            return [b for child in element for b in self.read(child)]
        if tag in ("note", "fn"):
            return self.note(element)
        if tag in ("table", "nitf-table"):
            return self.table(element)
        if tag == "dl":
            return self.definitions(element)
        text = plain(element).strip()
        if not text:
            return []
        self.notes.append(f"{_where(element)}: {tag} read as a paragraph")
        return [Paragraph([Text(text)])]

    def note(self, element: etree._Element) -> list[Block]:
        """A note or footnote: the blocks of its ``body.content``, read as body text."""
        inner = [
            block
            for content in _children(element, "body.content")
            for child in content
            for block in self.read(child)
        ]
        if not inner and plain(element).strip():
            inner = [Paragraph([Text(plain(element).strip())])]
        if inner:
            kind = "footnote" if element.tag == "fn" else "note"
            self.notes.append(f"{_where(element)}: {kind} read as body text")
        return inner

    def table(self, element: etree._Element) -> list[Block]:
        """A table as paragraphs: its caption, then one per row, cells separated by " | "."""
        out: list[Block] = [
            Paragraph([Text(text)])
            for caption in element.iter("caption")
            if (text := " ".join(plain(caption).split()))
        ]
        for row in element.iter("tr"):
            cells = [" ".join(plain(cell).split()) for cell in row if cell.tag in ("td", "th")]
            if any(cells):
                out.append(Paragraph([Text(" | ".join(cells))]))
        if not out and plain(element).strip():
            out = [Paragraph([Text(" ".join(plain(element).split()))])]
        if out:
            self.notes.append(
                f"{_where(element)}: table read as {len(out)} paragraph(s), one per row"
                " (the model has no tables)"
            )
        return out

    def definitions(self, element: etree._Element) -> list[Block]:
        """A definition list as a list: each term with its definitions."""
        items: list[str] = []
        for child in element:
            text = " ".join(plain(child).split())
            if child.tag == "dt" and text:
                items.append(text)
            elif child.tag == "dd" and text:
                if items:
                    items[-1] += f": {text}"
                else:
                    items.append(text)
        if not items:
            return []
        self.notes.append(f"{_where(element)}: definition list read as a list")
        return [ListBlock([(Text(item),) for item in items])]


def _simple_block(element: etree._Element) -> Block | None:
    """The blocks the model holds as they are: paragraphs, headings, quotes, lists, rules."""
    tag = element.tag
    if tag == "p":
        return _paragraph(element)
    if tag == "hl2":
        m = _LEVEL.fullmatch(element.get("class") or "")
        return Heading(spans(element), level=int(m.group(1)) if m else 2)
    if tag == "bq":
        paragraphs: list[Paragraph] = []
        for child in element:
            if child.tag == "block":
                paragraphs.extend(Paragraph(spans(p)) for p in _children(child, "p"))
            elif child.tag == "p":
                paragraphs.append(Paragraph(spans(child)))
        credit = _child(element, "credit")
        attribution = _optional(plain(credit)) if credit is not None else None
        return Quote(paragraphs, attribution or element.get("quote-source") or None)
    if tag in ("ul", "ol"):
        return ListBlock([spans(li) for li in _children(element, "li")], ordered=tag == "ol")
    if tag == "hr":
        return Divider()
    if tag == "pre":
        text = element.text or ""
        return Paragraph([Text(text)] if text else [])
    return None


def read(parsed: Parsed, *, source: str | None = None) -> tuple[Article, list[str]]:
    """The article a parsed NITF document holds, and the reader's warnings."""
    root = parsed.root
    namespace, local = split_tag(root)
    if local != "nitf" or namespace not in (NS, None):
        raise FormatError(
            f"not NITF: the root element is {root.tag!r}, expected 'nitf' "
            f"(in the namespace {NS} or none)",
            file=source,
            line=source_line(root),
            path="/" + local,
        )
    _strip_namespace(root)
    if _child(root, "body") is None:
        raise FormatError(
            "not NITF: the nitf element has no body",
            file=source,
            line=source_line(root),
            path="/nitf",
        )
    reader = _Reader(root)
    article = reader.article()
    return article, reader.notes
