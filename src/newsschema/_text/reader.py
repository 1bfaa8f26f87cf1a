"""The plain-text reader: article text -> :class:`Article`, with a map of what was found.

The work is a chain of small steps:

1. front matter (if any) is read and set aside;
2. the rest is split into units (``units.py``) with their line ranges;
3. the footer (canonical URL, tags, "Read more", copyright) is taken from the end;
4. the header (headline, deck, bylines, dates, lead image) from the start;
5. what is left is the body: paragraphs (re-joined where a blank line split a
   sentence), subheadings, quotes, lists, rules and images; a dateline is read
   from the first paragraph.

Nothing is dropped silently: a unit the reader cannot place goes to the body
as a paragraph, and the few it does leave out (navigation such as "Read more")
are listed in the map.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from newsschema import _bylines, _dates
from newsschema._text.captions import bold_credit, leading_image, split_credit
from newsschema._text.frontmatter import FrontMatter, read_front_matter
from newsschema._text.inline import clean_text, parse_inline, strip_markup
from newsschema._text.language import detect_language
from newsschema._text.units import Unit, UnitKind, normalize, split_units
from newsschema.errors import EmptyInputError, NotAnArticleError
from newsschema.model import (
    TEXT_BLOCKS,
    Article,
    Block,
    Dateline,
    Divider,
    Heading,
    Image,
    ImageBlock,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Quote,
)

__all__ = ["Element", "ParseResult", "ParseWarning", "read_article"]


@attrs.frozen
class Element:
    """One recognised element of the input and the lines it came from."""

    kind: str
    start: int
    end: int
    detail: str = ""

    def __str__(self) -> str:
        lines = str(self.start) if self.start == self.end else f"{self.start}-{self.end}"
        return f"{lines} {self.kind}" + (f": {self.detail}" if self.detail else "")


@attrs.frozen
class ParseWarning:
    """Something the reader noticed: a gap in the data, or a guess it did not take."""

    message: str
    line: int | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line is not None else self.message


@attrs.frozen
class ParseResult:
    """The article, the map of recognised elements, and the reader's warnings."""

    article: Article
    elements: tuple[Element, ...]
    warnings: tuple[ParseWarning, ...]
    encoding: str | None = None


# --------------------------------------------------------------------------- patterns

_URL = r"<?(?P<url>(?:https?://|www\.)[^\s<>]+?)>?"
_URL_LABEL = re.compile(
    r"^(?:\*\*|__)?(?:original\s+(?:url|link|article)|source(?:\s+url)?|canonical(?:\s+url)?|url|"
    r"permalink|link|article\s+url|originally\s+published\s+at|quelle|fuente|source\s+originale|"
    r"источник|оригинал|fonte)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?:" + _URL + r")?\s*\.?$",
    re.IGNORECASE,
)
_BARE_URL = re.compile(r"^" + _URL + r"$")
_MD_URL = re.compile(r"^\[(?P<text>[^\]]*)\]\((?P<url>https?://[^)\s]+)\)$")
_KEYWORDS = re.compile(
    r"^(?:\*\*|__)?(?P<label>tags|topics|keywords|related\s+topics|schlagwörter|schlagworte|themen|"
    r"stichwörter|mots[- ]clés|sujets|thèmes|etiquetas|temas|palabras\s+clave|теги|темы|"
    r"ключевые\s+слова|tag|argomenti|parole\s+chiave|trefwoorden|onderwerpen|tagi|tematy)"
    r"(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_READ_MORE = re.compile(
    r"^(?:\*\*|__)?(?:read\s+more|read\s+also|related(?:\s+articles?|\s+stories|\s+coverage)?|"
    r"see\s+also|more\s+on\s+this(?:\s+story)?|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|"
    r"lire\s+aussi|à\s+lire\s+aussi|voir\s+aussi|lee\s+también|leer\s+más|lea\s+también|"
    r"seguir\s+leyendo|mira\s+también|читайте\s+также|читайте\s+по\s+теме|смотрите\s+также|"
    r"leggi\s+anche|leia\s+também|lees\s+ook|czytaj\s+także|czytaj\s+też)\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)
_NOISE = re.compile(
    r"^(?:advertisement|skip\s+advertisement|story\s+continues\s+below(?:\s+advertisement)?|"
    r"continue\s+reading\s+below|anzeige|werbung|publicité|publicidad|реклама|"
    r"share\s+this\s+article|listen\s+to\s+this\s+article|\d+\s+min(?:ute)?s?\s+read)\.?$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?P<head>[^\s(—–].{0,70}?)\s*(?:\((?P<agency>[^()]{1,40})\))?"
    r"(?:\s*(?:—|–|―)\s*|\s+--?\s+)(?=\S)"
)
_DATELINE_DATE = re.compile(
    r",\s*(?P<date>(?:[A-Za-zА-яё]{3,10}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-zА-яё]{3,10}\.?))$"
)
_TERMINAL = (".", "!", "?", "…", ":", ";", '"', "'", "”", "’", "»", ")", "]", "*", "_")
_EMPHASIS_ONLY = re.compile(
    r"^(?:\*\*|__)(?P<b>.+)(?:\*\*|__)$|^[*_](?P<i>[^*_].*[^*_]|[^*_])[*_]$", re.DOTALL
)


def _words(text: str) -> int:
    return len(text.split())


def _is_upper_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# --------------------------------------------------------------------------- state


@attrs.define
class _State:
    source: str | None
    elements: list[Element] = attrs.field(factory=list)
    warnings: list[ParseWarning] = attrs.field(factory=list)
    headline: str = ""
    subheadline: str | None = None
    authors: list[Person] = attrs.field(factory=list)
    organizations: list[Organization] = attrs.field(factory=list)
    published: dt.date | None = None
    modified: dt.date | None = None
    lead_image: Image | None = None
    url: str | None = None
    keywords: list[str] = attrs.field(factory=list)
    copyright: str | None = None
    language: str | None = None

    def element(self, kind: str, unit: Unit | tuple[int, int], detail: str = "") -> None:
        start, end = (unit.start, unit.end) if isinstance(unit, Unit) else unit
        self.elements.append(Element(kind, start, end, detail))

    def warn(self, message: str, line: int | None = None) -> None:
        self.warnings.append(ParseWarning(message, line))

    def add_byline(self, byline: _bylines.Byline) -> None:
        known = {p.name.casefold() for p in self.authors}
        for person in byline.persons:
            if person.name.casefold() not in known:
                self.authors.append(person)
                known.add(person.name.casefold())
        names = {o.name.casefold() for o in self.organizations}
        for org in byline.organizations:
            if org.name.casefold() not in names:
                self.organizations.append(org)
                names.add(org.name.casefold())

    def add_dates(self, line: _dates.DateLine) -> bool:
        """Take the dates of a date line; False when it adds nothing new."""
        added = False
        if line.published is not None and self.published is None:
            self.published = line.published
            added = True
        if line.modified is not None and self.modified is None:
            self.modified = line.modified
            added = True
        return added


# --------------------------------------------------------------------------- helpers


def _standalone(line: str) -> bool:
    """A line never joined into a wrapped paragraph: a byline, date line or footer label."""
    stripped = line.strip()
    if len(stripped) > 160:
        return False
    if _URL_LABEL.match(stripped) or _KEYWORDS.match(stripped) or _BARE_URL.match(stripped):
        return True
    if _bylines.parse_byline(stripped) is not None:
        return True
    return _dates.read_date_line(stripped) is not None


def _emphasis_only(text: str) -> str | None:
    """The inner text when the whole unit is bold or italic, else ``None``."""
    m = _EMPHASIS_ONLY.match(text.strip())
    if m is None:
        return None
    spans = parse_inline(text)
    if not spans or not all(getattr(s, "em", False) or getattr(s, "strong", False) for s in spans):
        return None
    return "".join(s.text for s in spans).strip()


def _date_line(state: _State, text: str) -> _dates.DateLine | None:
    plain = strip_markup(text)
    return _dates.read_date_line(plain, state.language)


def _split_byline_and_date(
    state: _State, text: str
) -> tuple[_bylines.Byline, _dates.DateLine] | None:
    """``By A | November 4, 2022`` or ``By A, Published Nov 4 2022``: one line, both parts."""
    plain = strip_markup(text)
    found = _dates.find_dates(plain, state.language)
    if not found:
        return None
    for sep in (" | ", " — ", " – ", " - ", " · ", " • ", ", "):
        cut = plain.find(sep)
        while cut != -1 and cut < found[0].start:
            head, tail = plain[:cut], plain[cut + len(sep) :]
            byline = _bylines.parse_byline(head)
            date_line = _dates.read_date_line(tail, state.language)
            if byline is not None and date_line is not None:
                return byline, date_line
            cut = plain.find(sep, cut + 1)
    return None


def _footer_url(text: str) -> str | None:
    m = _BARE_URL.match(text.strip())
    if m:
        return _normal_url(m.group("url"))
    m2 = _MD_URL.match(text.strip())
    if m2:
        return _normal_url(m2.group("url"))
    return None


def _normal_url(url: str) -> str:
    url = url.strip().rstrip(".,;")
    if url.startswith("www."):
        url = "https://" + url
    return url


def _keywords(value: str) -> list[str]:
    value = strip_markup(value)
    if "#" in value and "," not in value:
        parts = [p.lstrip("#") for p in value.split()]
    else:
        sep = ";" if ";" in value and "," not in value else ("|" if "|" in value else ",")
        parts = value.split(sep)
    out: list[str] = []
    for raw in parts:
        part = raw.strip(" .·•")
        if part and part.casefold() not in {k.casefold() for k in out}:
            out.append(part)
    return out


def _split_paragraph_continues(prev: str, nxt: str) -> bool:
    """True when ``prev`` stops mid-sentence and ``nxt`` carries it on."""
    prev = prev.rstrip()
    nxt = nxt.lstrip()
    if not prev or not nxt or prev.endswith(_TERMINAL) or nxt[:1] in "#>![*-":
        return False
    last = prev[-1]
    if not (last.isalpha() or last in ",-–"):
        return False
    first = nxt[0]
    if first.isalpha() and first.islower():
        return True
    if len(prev) < 60:
        return False
    last_word = prev.split()[-1]
    return (last_word.isalpha() and last_word.islower()) or last == ","


# --------------------------------------------------------------------------- the reader


def read_article(text: str, *, source: str | None = None) -> ParseResult:
    """Read article ``text``; ``source`` names the file in errors and warnings."""
    lines = normalize(text)
    if not any(line.strip() for line in lines):
        raise EmptyInputError("the text is empty; expected an article", file=source)
    state = _State(source)
    front = read_front_matter(lines)
    first_line = 1
    if front is not None:
        state.element("front matter", (front.start, front.end), ", ".join(front.values))
        first_line = front.end + 1
        lines = lines[front.end :]
    units = split_units(lines, first_line, _standalone)
    units = [u for u in units if u.text.strip() or u.kind is UnitKind.RULE]
    if front is not None:
        _apply_front_matter(state, front)

    end = _read_footer(state, units)
    body_units, header_end = _read_header(state, units[:end], front)
    blocks = _read_body(state, body_units)
    dateline = _read_dateline(state, blocks)
    if dateline is not None:
        first = next(e for e in state.elements if e.kind == "paragraph")
        parts = [p for p in (dateline.place, dateline.date, dateline.agency) if p]
        state.element("dateline", (first.start, first.start), " | ".join(parts))
    state.elements.sort(key=lambda e: (e.start, e.end, e.kind == "paragraph"))

    if not any(isinstance(b, TEXT_BLOCKS) and _is_prose(b.text) for b in blocks):
        line = (
            units[header_end].start
            if header_end < len(units)
            else (units[-1].end + 1 if units else 1)
        )
        raise NotAnArticleError(
            "no paragraph of prose found; expected article text with at least one paragraph",
            file=source,
            line=line,
        )
    language = state.language
    if language is None:
        language = detect_language(
            state.headline + "\n" + "\n".join(b.text for b in blocks if isinstance(b, TEXT_BLOCKS))
        )
        if language is None:
            state.warn("could not tell the article's language")
    if state.published is None:
        state.warn("no publication date found")
    elif isinstance(state.published, dt.datetime) and state.published.tzinfo is None:
        state.warn("date has no time zone; it is kept as local time")
    if not state.headline:
        state.warn("no headline found")
    fm = front
    article = Article(
        headline=state.headline,
        subheadline=state.subheadline,
        authors=tuple(state.authors),
        organizations=tuple(state.organizations),
        date_published=state.published,
        date_modified=state.modified,
        dateline=dateline,
        lead_image=state.lead_image,
        body=tuple(blocks),
        url=state.url,
        publisher=_publisher(fm),
        language=language,
        keywords=tuple(state.keywords),
        section=fm.text("categories", "category", "section") if fm else None,
        description=clean_text(fm.text("description", "summary", "excerpt") or "") or None
        if fm
        else None,
        copyright=state.copyright,
    )
    return ParseResult(article, tuple(state.elements), tuple(state.warnings))


_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _is_prose(text: str) -> bool:
    words = [w for w in text.split() if sum(c.isalpha() for c in w) >= 2 and "://" not in w]
    if len(words) >= 3:
        return True
    # scripts written without spaces between words (Chinese, Japanese, Thai)
    return len(_UNSPACED_SCRIPT.findall(text)) >= 8


# --------------------------------------------------------------------------- front matter

_FM_USED = {
    "title",
    "author",
    "authors",
    "date",
    "published",
    "date_published",
    "datepublished",
    "modified",
    "updated",
    "date_modified",
    "datemodified",
    "lastmod",
    "url",
    "canonical",
    "link",
    "hostname",
    "sitename",
    "site_name",
    "publisher",
    "categories",
    "category",
    "section",
    "tags",
    "keywords",
    "description",
    "summary",
    "excerpt",
    "lang",
    "language",
    "image",
    "subtitle",
    "deck",
}


def _apply_front_matter(state: _State, fm: FrontMatter) -> None:
    title = fm.text("title")
    if title:
        state.headline = clean_text(title).strip()
    state.subheadline = fm.text("subtitle", "deck")
    lang = fm.text("lang", "language")
    if lang and re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", lang):
        state.language = lang.replace("_", "-")
    for name in fm.items("author", "authors"):
        byline = _bylines.parse_byline(name, require_prefix=False) or _bylines.parse_byline(
            "By " + name
        )
        if byline is not None and (byline.persons or byline.organizations):
            state.add_byline(byline)
        else:
            state.authors.append(Person(clean_text(name).strip()))
    for key, kind in (
        ("date", "published"),
        ("published", "published"),
        ("date_published", "published"),
        ("datepublished", "published"),
        ("modified", "modified"),
        ("updated", "modified"),
        ("date_modified", "modified"),
        ("datemodified", "modified"),
        ("lastmod", "modified"),
    ):
        value = fm.text(key)
        if not value:
            continue
        parsed: dt.date | None
        try:
            parsed = _dates.from_iso(value)
        except ValueError:
            parsed = _dates.parse_date(value, state.language)
        if parsed is None:
            state.warn(f"front matter {key}: {value!r} is not a date", fm.line(key))
        elif kind == "published" and state.published is None:
            state.published = parsed
        elif kind == "modified" and state.modified is None:
            state.modified = parsed
    url = fm.text("url", "canonical", "link")
    if url:
        state.url = _normal_url(url)
    state.keywords.extend(k for k in fm.items("tags", "keywords") if k)
    image = fm.text("image")
    if image:
        state.lead_image = Image(url=image)
    for key in fm.values:
        if key not in _FM_USED:
            state.warn(f"front matter key {key!r} is not used", fm.line(key))


def _publisher(fm: FrontMatter | None) -> Organization | None:
    if fm is None:
        return None
    name = fm.text("sitename", "site_name", "publisher")
    host = fm.text("hostname")
    url = None
    if host:
        host = host.strip().rstrip("/")
        url = host if host.startswith(("http://", "https://")) else "https://" + host
    if not name and not url:
        return None
    return Organization(name=clean_text(name or host or "").strip(), url=url)


# --------------------------------------------------------------------------- footer


def _read_footer(state: _State, units: list[Unit]) -> int:
    """Take footer units from the end; returns the index where the footer starts."""
    end = len(units)
    i = end - 1
    while i >= 0:
        unit = units[i]
        text = unit.text.strip()
        if unit.kind is not UnitKind.TEXT:
            break
        label = _URL_LABEL.match(text)
        if label:
            url = label.group("url")
            if url:
                state.url = state.url or _normal_url(url)
                state.element("url", unit)
            else:
                state.element("url label", unit)
            i -= 1
            continue
        url = _footer_url(text)
        if url is not None and i > 0 and _URL_LABEL.match(units[i - 1].text.strip()):
            state.url = state.url or url
            state.element("url", unit)
            state.element("url label", units[i - 1])
            i -= 2
            continue
        if url is not None and i == end - 1:
            state.url = state.url or url
            state.element("url", unit)
            i -= 1
            continue
        kw = _KEYWORDS.match(text)
        if kw and len(text) < 1000:
            found = _keywords(kw.group("value"))
            state.keywords.extend(
                k for k in found if k.casefold() not in {x.casefold() for x in state.keywords}
            )
            state.element("keywords", unit, ", ".join(found))
            i -= 1
            continue
        if _COPYRIGHT.match(text) and len(text) < 300:
            state.copyright = state.copyright or strip_markup(text)
            state.element("copyright", unit)
            i -= 1
            continue
        if _READ_MORE.match(text) and len(text) < 300:
            state.element("read more (left out)", unit, strip_markup(text)[:60])
            i -= 1
            continue
        break
    return i + 1


# --------------------------------------------------------------------------- header


def _heading_candidate(unit: Unit) -> bool:
    """Could this plain unit be a headline? Short, one line of text, not a sentence run."""
    text = strip_markup(unit.text)
    if unit.kind is not UnitKind.TEXT or not text or "\n" in unit.text:
        return False
    if len(text) > 250 or _words(text) > 40:
        return False
    if text.endswith(".") and _words(text) > 15 and not text.endswith("..."):
        return False
    if text.count(". ") >= 2:
        return False
    head = _DATELINE.match(text)
    return not (head and _dateline_head_ok(head.group("head")))


def _read_header(
    state: _State, units: list[Unit], fm: FrontMatter | None
) -> tuple[list[Unit], int]:
    """Take the header units from the start; returns the remaining units and the header size."""
    i = 0
    n = len(units)
    # the headline
    if n:
        first = units[0]
        heading_text = strip_markup(first.text).strip()
        if fm is not None and state.headline:
            if first.kind is UnitKind.HEADING or (
                first.kind is UnitKind.TEXT and heading_text.casefold() == state.headline.casefold()
            ):
                state.element("headline", first, "(same as front matter title)")
                i = 1
        elif (first.kind is UnitKind.HEADING and first.level <= 2) or (
            n > 1 and _heading_candidate(first) and not _standalone(first.text)
        ):
            state.headline = heading_text
            state.element("headline", first)
            i = 1
    seen_meta = False
    seen_image = False
    pending_image: tuple[Image, Unit] | None = None
    limit = min(n, i + 12)
    while i < limit:
        unit = units[i]
        text = unit.text.strip()
        if unit.kind is not UnitKind.TEXT:
            break
        plain = strip_markup(text)
        # a caption right under its image (same block, or the alt text repeated)
        if pending_image is not None:
            image, image_unit = pending_image
            if image.caption is None and (
                unit.block == image_unit.block
                or _same_text(plain, image.alt or "")
                or bold_credit(text) is not None
            ):
                parts = split_credit(text)
                state.lead_image = attrs.evolve(image, caption=parts.caption, credit=parts.credit)
                state.element("lead image caption" + (" + credit" if parts.credit else ""), unit)
                pending_image = None
                i += 1
                continue
            pending_image = None
        if _NOISE.match(plain):
            state.element("noise (left out)", unit, plain)
            state.warn(f"left out {plain!r}", unit.start)
            i += 1
            continue
        byline = _bylines.parse_byline(text)
        if byline is not None:
            state.add_byline(byline)
            state.element("byline", unit, ", ".join(byline.names()))
            seen_meta = True
            i += 1
            continue
        date_line = _date_line(state, text)
        if date_line is not None:
            state.add_dates(date_line)
            state.element("date", unit, _describe_dates(date_line))
            seen_meta = True
            i += 1
            continue
        both = _split_byline_and_date(state, text)
        if both is not None:
            state.add_byline(both[0])
            state.add_dates(both[1])
            state.element("byline + date", unit, ", ".join(both[0].names()))
            seen_meta = True
            i += 1
            continue
        found = leading_image(text)
        if found is not None and not seen_image:
            image, rest = found
            seen_image = True
            if rest:
                parts = split_credit(rest)
                state.lead_image = attrs.evolve(image, caption=parts.caption, credit=parts.credit)
                state.element("lead image + caption" + (" + credit" if parts.credit else ""), unit)
            else:
                state.lead_image = image
                state.element("lead image", unit)
                pending_image = (image, unit)
            i += 1
            continue
        credit = bold_credit(text)
        if credit is not None and not seen_image and credit.caption:
            seen_image = True
            state.lead_image = Image(caption=credit.caption, credit=credit.credit)
            state.element("lead image caption + credit", unit)
            i += 1
            continue
        # an agency alone, or names with an agency ("A, Reuters"), without "By"
        loose = _bylines.parse_byline(text, require_prefix=False)
        if loose is not None and not seen_image:
            state.add_byline(loose)
            state.element("byline", unit, ", ".join(loose.names()))
            seen_meta = True
            i += 1
            continue
        # a bare name right before or after a date line
        if (
            not state.authors
            and _bylines.looks_like_name(plain)
            and 2 <= _words(plain) <= 4
            and (
                (i + 1 < n and _date_line(state, units[i + 1].text) is not None)
                or (i > 0 and _date_line(state, units[i - 1].text) is not None)
            )
        ):
            state.authors.append(Person(plain))
            state.element("byline", unit, plain)
            seen_meta = True
            i += 1
            continue
        # a deck: bold or italic text under the headline, or a short text before the byline
        if state.headline and state.subheadline is None and not seen_meta and not seen_image:
            inner = _emphasis_only(text)
            next_is_meta = i + 1 < n and (
                _bylines.parse_byline(units[i + 1].text) is not None
                or _date_line(state, units[i + 1].text) is not None
            )
            if (inner and len(inner) >= 15) or (next_is_meta and len(plain) <= 400):
                state.subheadline = clean_text(inner or plain).strip()
                state.element("deck", unit)
                i += 1
                continue
        break
    return units[i:], i


def _same_text(a: str, b: str) -> bool:
    def fold(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return bool(a) and bool(b) and fold(a) == fold(b)


def _describe_dates(line: _dates.DateLine) -> str:
    parts = []
    if line.published is not None:
        parts.append(f"published {_dates.to_iso(line.published)}")
    if line.modified is not None:
        parts.append(f"modified {_dates.to_iso(line.modified)}")
    return ", ".join(parts)


# --------------------------------------------------------------------------- body


def _read_body(state: _State, units: list[Unit]) -> list[Block]:
    blocks: list[Block] = []
    sources: list[Unit] = []  # the unit each paragraph block came from (for joining)
    joined_from: dict[int, int] = {}
    paragraph_index = 0
    i = 0
    n = len(units)
    while i < n:
        unit = units[i]
        text = unit.text.strip()
        kind = unit.kind
        if kind is UnitKind.RULE:
            blocks.append(Divider())
            state.element("rule", unit)
            i += 1
            continue
        if kind is UnitKind.HEADING:
            content = parse_inline(text)
            if content:
                blocks.append(Heading(content, level=max(2, unit.level)))
                state.element(f"subheading (h{max(2, unit.level)})", unit, strip_markup(text)[:60])
            i += 1
            continue
        if kind is UnitKind.QUOTE:
            paragraphs = list(unit.items)
            attribution = None
            if paragraphs:
                last = strip_markup(paragraphs[-1]).strip()
                m = re.match(r"^(?:—|―|–|--|-)\s*(\S.*)$", last)
                if m and len(paragraphs) > 1 and _words(m.group(1)) <= 12:
                    attribution = m.group(1)
                    paragraphs.pop()
            quote = Quote(
                tuple(Paragraph(parse_inline(p)) for p in paragraphs if parse_inline(p)),
                attribution,
            )
            if quote.paragraphs:
                blocks.append(quote)
                state.element("quote", unit)
            i += 1
            continue
        if kind is UnitKind.LIST:
            items = tuple(c for c in (parse_inline(item) for item in unit.items) if c)
            if items:
                blocks.append(ListBlock(items, ordered=unit.ordered))
                state.element("list", unit, f"{len(items)} items")
            i += 1
            continue
        plain = strip_markup(text)
        # images inside the body
        found = leading_image(text)
        if found is not None:
            image, rest = found
            caption_unit = None
            if (
                not rest
                and i + 1 < n
                and units[i + 1].kind is UnitKind.TEXT
                and (
                    units[i + 1].block == unit.block
                    or _same_text(strip_markup(units[i + 1].text), image.alt or "")
                )
            ):
                caption_unit = units[i + 1]
                rest = caption_unit.text.strip()
            if rest:
                parts = split_credit(rest)
                image = attrs.evolve(image, caption=parts.caption, credit=parts.credit)
            _place_image(state, blocks, image)
            last_line = caption_unit.end if caption_unit is not None else unit.end
            state.element("image" + (" + caption" if rest else ""), (unit.start, last_line))
            i += 2 if caption_unit is not None else 1
            continue
        if _NOISE.match(plain):
            state.element("noise (left out)", unit, plain)
            state.warn(f"left out {plain!r}", unit.start)
            i += 1
            continue
        if _READ_MORE.match(plain) and len(plain) < 200:
            state.element("read more (left out)", unit, plain[:60])
            i += 1
            continue
        # a caption with a bold "Name / Agency" credit: an image whose file was not kept
        credit = bold_credit(text)
        if credit is not None and credit.credit and "/" in credit.credit and credit.caption:
            _place_image(state, blocks, Image(caption=credit.caption, credit=credit.credit))
            state.element("image caption + credit", unit)
            i += 1
            continue
        # a date line standing alone in the body ("Updated: …")
        if len(plain) <= 120:
            date_line = _date_line(state, text)
            if date_line is not None and state.add_dates(date_line):
                state.element("date", unit, _describe_dates(date_line))
                i += 1
                continue
        byline_like = len(plain) <= 200 and _bylines.parse_byline(text) is not None
        if byline_like:
            state.warn(f"looked like a byline but was kept as text: {plain[:60]!r}", unit.start)
        # subheadings: a bold line, an all-caps line, or a short title line between paragraphs
        if not byline_like and _is_subheading(text, plain, units, i):
            blocks.append(Heading(parse_inline(_emphasis_only(text) or text), level=2))
            state.element("subheading", unit, plain[:60])
            i += 1
            continue
        content = parse_inline(text.replace("\n", " "))
        if not content:
            i += 1
            continue
        # a paragraph that a blank line split mid-sentence
        if (
            blocks
            and isinstance(blocks[-1], Paragraph)
            and sources
            and sources[-1] is not None
            and _split_paragraph_continues(sources[-1].text, text)
        ):
            previous = blocks[-1]
            merged = parse_inline(
                sources[-1].text.replace("\n", " ") + " " + text.replace("\n", " ")
            )
            blocks[-1] = Paragraph(merged)
            first = joined_from.get(id(previous), sources[-1].start)
            sources[-1] = attrs.evolve(
                sources[-1], text=sources[-1].text + " " + text, end=unit.end
            )
            joined_from[id(blocks[-1])] = first
            # replace the element recorded for the first half
            state.elements[-1] = Element(
                "paragraph", first, unit.end, f"{paragraph_index} (joined)"
            )
            i += 1
            continue
        blocks.append(Paragraph(content))
        sources.append(unit)
        paragraph_index += 1
        state.element(
            "paragraph", unit, str(paragraph_index) + (" (wrapped)" if unit.joined else "")
        )
        i += 1
    # the lead image may sit at the very top of the body: take it as the lead
    return blocks


def _place_image(state: _State, blocks: list[Block], image: Image) -> None:
    if state.lead_image is None and not any(isinstance(b, TEXT_BLOCKS) for b in blocks):
        state.lead_image = image
    else:
        blocks.append(ImageBlock(image))


def _is_subheading(text: str, plain: str, units: list[Unit], i: int) -> bool:
    if not plain or len(plain) > 120 or "\n" in text:
        return False
    inner = _emphasis_only(text)
    if inner is not None and text.lstrip().startswith(("**", "__")):
        return not inner.endswith((".", "!", "?", ",", ";")) or (
            inner.endswith("?") and len(inner) < 80
        )
    if plain.endswith(_TERMINAL) or plain.endswith(","):
        return False
    words = plain.split()
    between = 0 < i < len(units) - 1 and units[i + 1].kind is UnitKind.TEXT
    if len(words) >= 2 and all(_is_upper_word(w) or not any(c.isalpha() for c in w) for w in words):
        return between or i < len(units) - 1
    if not between or len(words) > 10 or len(plain) > 80 or not plain[0].isupper():
        return False
    previous = units[i - 1]
    nxt = units[i + 1]
    return (
        previous.kind is UnitKind.TEXT
        and strip_markup(previous.text).rstrip().endswith(_TERMINAL)
        and not _starts_lower(nxt.text)
        and len(strip_markup(nxt.text)) > len(plain)
    )


def _starts_lower(text: str) -> bool:
    first = text.lstrip()[:1]
    return first.isalpha() and first.islower()


# --------------------------------------------------------------------------- dateline


def _dateline_head_ok(head: str) -> bool:
    first = head.split(",", maxsplit=1)[0].strip()
    words = first.split()
    if not words or len(words) > 5 or len(head) > 70:
        return False
    return all(_is_upper_word(w) or w in {"-", "&"} for w in words)


def _read_dateline(state: _State, blocks: list[Block]) -> Dateline | None:
    first = next((b for b in blocks if isinstance(b, Paragraph)), None)
    if first is None:
        return None
    m = _DATELINE.match(first.text)
    if m is None or not _dateline_head_ok(m.group("head")):
        return None
    head = m.group("head").strip().rstrip(",")
    date = None
    dm = _DATELINE_DATE.search(head)
    if dm is not None:
        date = dm.group("date")
        head = head[: dm.start()].strip()
    agency = m.group("agency")
    if agency:
        agency = agency.strip()
        if _bylines.is_agency(agency) and not any(
            o.name.casefold() == agency.casefold() for o in state.organizations
        ):
            state.organizations.append(Organization(agency))
    return Dateline(place=head or None, agency=agency or None, date=date)
