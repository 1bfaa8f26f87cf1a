"""The plain-text reader: article text -> :class:`Article`, with a map of what was found.

The work is a chain of small steps, each in its own module:

1. ``frontmatter``: YAML-style front matter, if any, is read and applied first;
2. ``units``: the rest is split into units (paragraphs, headings, quotes, lists,
   rules) with their line ranges, whatever the layout;
3. ``footer``: canonical URL, keywords, "Read more" and copyright from the end;
4. ``header``: headline, deck, bylines, dates and the lead image from the start;
5. ``body``: the rest becomes blocks, and the dateline is read from the first
   paragraph.

Nothing is dropped silently: a unit the reader cannot place goes to the body
as a paragraph, and the page furniture it does leave out is listed in the map.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from newsschema._gaps import Gap
from newsschema._normalize import normalize as make_valid
from newsschema._text.body import BodyReader, read_dateline
from newsschema._text.footer import is_footer_line, read_footer
from newsschema._text.frontmatter import apply_front_matter, publisher_from, read_front_matter
from newsschema._text.header import HeaderReader
from newsschema._text.inline import clean_text
from newsschema._text.language import detect_language
from newsschema._text.state import Element, ParseWarning, ReadState, is_meta_line
from newsschema._text.units import Unit, UnitKind, normalize, split_units
from newsschema.errors import EmptyInputError, NotAnArticleError
from newsschema.model import TEXT_BLOCKS, Article, Block

__all__ = ["Element", "ParseResult", "ParseWarning", "read_article"]

_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@attrs.frozen
class ParseResult:
    """The article, the map of recognised elements, and the reader's warnings."""

    article: Article
    elements: tuple[Element, ...]
    warnings: tuple[ParseWarning | Gap, ...]
    """The reader's warnings, then those of later steps (a profile's), which are typed."""
    encoding: str | None = None


def _standalone(line: str) -> bool:
    """A line never joined into a wrapped paragraph: a byline, a date line, a footer label."""
    stripped = line.strip()
    if len(stripped) > 160:
        return False
    # cheap tests first: this runs on lines of wrapped paragraphs near the top and end
    if (":" in stripped or stripped.startswith(("<", "[", "http", "www"))) and is_footer_line(
        stripped
    ):
        return True
    return is_meta_line(stripped)


def _is_prose(text: str) -> bool:
    found = 0
    for word in text.split():
        if "://" not in word and sum(map(str.isalpha, word)) >= 2:
            found += 1
            if found == 3:
                return True
    # scripts written without spaces between words (Chinese, Japanese, Thai)
    return len(_UNSPACED_SCRIPT.findall(text)) >= 8


def _check_prose(state: ReadState, blocks: list[Block], units: list[Unit], header: int) -> None:
    if any(isinstance(b, TEXT_BLOCKS) and _is_prose(b.text) for b in blocks):
        return
    # the line where the body was expected
    after_header = units[-1].end + 1 if units else 1
    line = units[header].start if header < len(units) else after_header
    raise NotAnArticleError(
        "no paragraph of prose found; expected article text with at least one paragraph",
        file=state.source,
        line=line,
    )


def _language_sample(headline: str, blocks: list[Block], size: int = 700) -> str:
    """The headline and the first paragraphs: enough text to tell the language."""
    parts = [headline]
    length = len(headline)
    for block in blocks:
        if isinstance(block, TEXT_BLOCKS):
            text = block.text
            parts.append(text)
            length += len(text)
            if length >= size:
                break
    return "\n".join(parts)


def _note_gaps(state: ReadState) -> None:
    if state.published is None:
        state.warn("no publication date found")
    elif isinstance(state.published, dt.datetime) and state.published.tzinfo is None:
        state.warn("date has no time zone; it is kept as local time")
    if not state.headline:
        state.warn("no headline found")


def read_article(text: str, *, source: str | None = None, record: bool = True) -> ParseResult:
    """Read article ``text``; ``source`` names the file in errors and warnings.

    Without ``record`` the map of elements stays empty (quicker, when only the article
    is wanted)."""
    lines = normalize(text)
    if not any(line.strip() for line in lines):
        raise EmptyInputError("the text is empty; expected an article", file=source)
    state = ReadState(source, record=record)
    front = read_front_matter(lines)
    first_line = 1
    if front is not None:
        state.element("front matter", (front.start, front.end), ", ".join(front.values))
        apply_front_matter(state, front)
        first_line = front.end + 1
        lines = lines[front.end :]
    units = [
        u
        for u in split_units(lines, first_line, _standalone)
        if u.text.strip() or u.kind is UnitKind.RULE
    ]

    end = read_footer(state, units)
    header = HeaderReader(state, units[:end], front).read()
    blocks = BodyReader(state, units[header:end]).read()
    dateline = read_dateline(state, blocks)
    if dateline is not None and state.record:
        first = next(e for e in state.elements if e.kind == "paragraph")
        parts = [p for p in (dateline.place, dateline.date, dateline.agency) if p]
        state.element("dateline", (first.start, first.start), " | ".join(parts))
    state.elements.sort(key=lambda e: (e.start, e.end, e.kind == "paragraph"))
    _check_prose(state, blocks, units, header)

    language = state.language or detect_language(_language_sample(state.headline, blocks))
    if language is None:
        state.warn("could not tell the article's language")
    _note_gaps(state)
    description = front.text("description", "summary", "excerpt") if front else None
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
        publisher=publisher_from(front),
        language=language,
        keywords=tuple(state.keywords),
        section=front.text("categories", "category", "section") if front else None,
        description=clean_text(description).strip() or None if description else None,
        copyright=state.copyright,
    )
    # the model's edge: what no format could write is left out, with a warning
    article, fixes = make_valid(article)
    state.warnings.extend(ParseWarning(str(fix)) for fix in fixes)
    return ParseResult(article, tuple(state.elements), tuple(state.warnings))
