"""The plain-text reader: article text -> :class:`Article`, with a map of what was found.

The work is a chain of small steps:

1. ``frontmatter``: YAML-style front matter, if any, is read first (its values win);
2. ``units``: the rest is split into units (paragraphs, headings, quotes, lists,
   rules) with their line ranges, by layout alone;
3. ``language``: the article's language, from its own words, chooses the lexicon;
4. ``rules``: recognizers label every unit, zone by zone (footer from the end,
   header from the start, the body between);
5. ``assemble``: the labelled units become the article, the map and the warnings.

Nothing is dropped silently: a unit the reader cannot place is a paragraph, and
page furniture left out of the body is kept in ``Article.furniture``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from newsschema._gaps import Gap
from newsschema._normalize import normalize as make_valid
from newsschema._text import rules
from newsschema._text import thresholds as limit
from newsschema._text.assemble import Assembler
from newsschema._text.codes import Element, ElementKind, ParseWarning, WarningCode
from newsschema._text.frontmatter import FrontMatter, read_front_matter
from newsschema._text.language import detect_language
from newsschema._text.recognizers.footer import is_footer_line
from newsschema._text.recognizers.meta import is_meta_line
from newsschema._text.units import Unit, UnitKind, normalize, split_lines, split_units
from newsschema._text.words import unspaced
from newsschema.errors import EmptyInputError, NotAnArticleError
from newsschema.model import TEXT_BLOCKS, Article

__all__ = ["Element", "ElementKind", "ParseResult", "ParseWarning", "WarningCode", "read_article"]


@attrs.frozen
class ParseResult:
    """The article, the map of recognised elements, and the reader's warnings."""

    article: Article
    elements: tuple[Element, ...]
    warnings: tuple[ParseWarning | Gap, ...]
    """The reader's warnings, then those of later steps (a profile's gaps)."""
    encoding: str | None = None


def _standalone(line: str) -> bool:
    """A line never joined into a wrapped paragraph: a byline, a date line, a footer label."""
    stripped = line.strip()
    if len(stripped) > limit.STANDALONE_CHARS or not _balanced(stripped):
        return False  # long, or inside a link that goes on over the next line
    # cheap tests first: this runs on lines of wrapped paragraphs near the top and end
    if (":" in stripped or stripped.startswith(("<", "[", "http", "www"))) and is_footer_line(
        stripped
    ):
        return True
    return is_meta_line(stripped)


def _balanced(line: str) -> bool:
    return line.count("[") == line.count("]") and line.count("(") == line.count(")")


def _dated_item(unit: Unit) -> bool:
    return unit.ordered and len(unit.source) == 1 and is_meta_line(unit.source[0].strip())


def _read_units(lines: list[str], first_line: int) -> list[Unit]:
    """Units as the layout gave them, with two corrections of meaning: near either end a
    run of wrapped lines is split again where a line stands alone (a byline, a date line,
    a footer label), and a one-item numbered "list" that is a date (``4. November 2022``)
    is text."""
    units = split_units(lines, first_line)
    # bylines, dates and footer labels stand in the first and last blocks
    last_edge = (units[-1].block + 1 if units else 0) - limit.EDGE_BLOCKS
    out: list[Unit] = []
    for unit in units:
        kind = unit.kind
        if kind is UnitKind.RULE:
            out.append(unit)
        elif kind is UnitKind.LIST and _dated_item(unit):
            out.append(attrs.evolve(unit, kind=UnitKind.TEXT, text=unit.source[0].strip()))
        elif unit.joined and kind is UnitKind.TEXT and (alone := _alone(unit, last_edge)):
            out.extend(u for u in split_lines(unit, alone) if u.text.strip())
        elif unit.text.strip():
            out.append(unit)
    return out


_FORM_FIELD = re.compile(r"^\s{0,8}\[[\s_]{3,80}\]")
"""``[          ]Sign up``: a text browser's drawing of a form's input box, which stands
on a line of its own on the page (the box and its button), wherever the wrapper put it."""


def _form_field(line: str) -> bool:
    return line.lstrip().startswith("[") and _FORM_FIELD.match(line) is not None


def _alone(unit: Unit, last_edge: int) -> Callable[[str], bool] | None:
    """How to tell the lines of a joined unit that stand alone, if any does: near either
    end a byline, a date line or a footer label; anywhere a form's input box."""
    edge = unit.block < limit.EDGE_BLOCKS or unit.block >= last_edge
    if edge and any(map(_standalone, unit.source)):
        return _standalone
    if any(map(_form_field, unit.source)):
        return _form_field
    return None


def _is_prose(text: str) -> bool:
    found = 0
    for word in text.split():
        if "://" not in word and sum(map(str.isalpha, word)) >= 2:
            found += 1
            if found == limit.PROSE_WORDS:
                return True
    # scripts written without spaces between words (Chinese, Japanese, Thai)
    return unspaced(text) and len(text) >= limit.UNSPACED_PROSE_CHARS


def _language(units: list[Unit], front: FrontMatter | None) -> str | None:
    """The front matter's language, or the language of the text's first paragraphs."""
    declared = front.text("lang", "language") if front is not None else None
    if declared:
        return declared.replace("_", "-")
    parts: list[str] = []
    length = 0
    for i, unit in enumerate(units):
        # the markup stays: the function words between it decide
        text = unit.text
        if i == 0 or text.count(" ") >= 8 or unspaced(text):
            parts.append(text)
            length += len(text)
            if length >= limit.LANGUAGE_SAMPLE_CHARS:
                break
    return detect_language("\n".join(parts))


def read_article(text: str, *, source: str | None = None, record: bool = True) -> ParseResult:
    """Read article ``text``; ``source`` names the file in errors and warnings.

    Without ``record`` the map of elements stays empty (quicker, when only the article
    is wanted)."""
    lines = normalize(text)
    if not any(line.strip() for line in lines):
        raise EmptyInputError("the text is empty; expected an article", file=source)
    front = read_front_matter(lines)
    first_line = 1
    if front is not None:
        first_line = front.end + 1
        lines = lines[front.end :]
    units = _read_units(lines, first_line)
    language = _language(units, front)
    assembler = Assembler(language=language, record=record)
    if front is not None:
        assembler.front_matter(front)
    labelled, body_start = rules.label(units, assembler.draft.language, front)
    for item in labelled:
        assembler.take(item.finding, units[item.first], units[item.last])
    article, elements, warnings = assembler.article()
    # the model's edge: what no format could write is left out, with a warning
    article, fixes = make_valid(article)
    if fixes:
        fixed = (ParseWarning(WarningCode.INPUT_FIXED, str(fix)) for fix in fixes)
        warnings = (*warnings, *fixed)
    if not any(isinstance(b, TEXT_BLOCKS) and _is_prose(b.text) for b in article.body):
        # the line where the body was expected
        after = units[-1].end + 1 if units else first_line
        line = units[body_start].start if body_start < len(units) else after
        raise NotAnArticleError(
            "no paragraph of prose found; expected article text with at least one paragraph",
            file=source,
            line=line,
        )
    return ParseResult(article, elements, warnings)
