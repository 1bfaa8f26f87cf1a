"""The invented article contents (``content/*.txt``), read into ``Story`` objects.

A content file holds stories separated by ``=== <id>`` lines. Each story has header
fields (``key: value`` lines), a ``---`` line, then its body: blocks separated by blank
lines. A block is a paragraph, ``## subheading``, ``> quote``, a list (``- item`` or
``1. item`` lines) or an in-body image ``[image: caption || credit]``. Inline markup
in paragraphs: ``[text](/path)`` links, ``*em*`` and ``**strong**``.

Header fields: kicker, headline, deck, authors (``Name | role; Name``), agency,
published / updated (ISO 8601 with offset), dateline, image (``caption || credit``,
either part may be empty), alt, keywords (``a; b; c``), slug, section, trailer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

CONTENT = Path(__file__).resolve().parent / "content"

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_STRONG = re.compile(r"\*\*([^*]+)\*\*")
_EM = re.compile(r"\*([^*]+)\*")


@dataclass(frozen=True)
class Author:
    name: str
    role: str = ""


@dataclass(frozen=True)
class Figure:
    caption: str
    credit: str
    alt: str = ""


@dataclass(frozen=True)
class Block:
    kind: str  # p, h, quote, ul, ol, img
    text: str = ""  # inline markup kept (p, quote, h)
    items: tuple[str, ...] = ()
    figure: Figure | None = None

    @property
    def plain(self) -> str:
        if self.kind in {"ul", "ol"}:
            return "\n".join(plain(i) for i in self.items)
        return plain(self.text)


@dataclass(frozen=True)
class Story:
    id: str
    lang: str
    headline: str
    published: dt.datetime
    blocks: tuple[Block, ...]
    kicker: str = ""
    deck: str = ""
    authors: tuple[Author, ...] = ()
    agency: str = ""
    updated: dt.datetime | None = None
    dateline: str = ""
    image: Figure | None = None
    keywords: tuple[str, ...] = ()
    slug: str = ""
    section: str = ""
    trailer: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def plain(text: str) -> str:
    """Inline markup removed: what a reader sees."""
    text = _LINK.sub(r"\1", text)
    text = _STRONG.sub(r"\1", text)
    return _EM.sub(r"\1", text)


def _figure(value: str, alt: str = "") -> Figure:
    caption, _, credit = value.partition("||")
    return Figure(caption.strip(), credit.strip(), alt.strip())


def _block(chunk: str) -> Block:
    lines = chunk.splitlines()
    first = lines[0]
    if first.startswith("## "):
        return Block("h", first[3:].strip())
    if first.startswith("> "):
        return Block("quote", " ".join(x[2:].strip() for x in lines))
    if first.startswith("- "):
        return Block("ul", items=tuple(x[2:].strip() for x in lines))
    if re.match(r"\d+\. ", first):
        return Block("ol", items=tuple(x.split(". ", 1)[1].strip() for x in lines))
    if first.startswith("[image:") and first.endswith("]"):
        return Block("img", figure=_figure(first[len("[image:") : -1]))
    return Block("p", " ".join(x.strip() for x in lines))


def _story(sid: str, lang: str, text: str) -> Story:
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise ValueError(f"story {sid}: no '---' line")
    meta: dict[str, str] = {}
    for line in head.strip().splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    blocks = tuple(_block(c.strip()) for c in re.split(r"\n\s*\n", body.strip()) if c.strip())
    authors = tuple(
        Author(*(p.strip() for p in a.split("|", 1)))
        for a in meta.pop("authors", "").split(";")
        if a.strip()
    )
    image = meta.pop("image", "")
    alt = meta.pop("alt", "")
    known = {
        "kicker",
        "deck",
        "agency",
        "dateline",
        "slug",
        "section",
        "trailer",
        "headline",
        "published",
        "updated",
        "keywords",
    }
    story = Story(
        id=sid,
        lang=lang,
        headline=meta["headline"],
        published=dt.datetime.fromisoformat(meta["published"]),
        updated=dt.datetime.fromisoformat(meta["updated"]) if meta.get("updated") else None,
        blocks=blocks,
        kicker=meta.get("kicker", ""),
        deck=meta.get("deck", ""),
        authors=authors,
        agency=meta.get("agency", ""),
        dateline=meta.get("dateline", ""),
        image=_figure(image, alt) if image else None,
        keywords=tuple(k.strip() for k in meta.get("keywords", "").split(";") if k.strip()),
        slug=meta.get("slug", sid),
        section=meta.get("section", ""),
        trailer=meta.get("trailer", ""),
        extra={k: v for k, v in meta.items() if k not in known},
    )
    _check(story)
    return story


def _check(story: Story) -> None:
    kinds = [b.kind for b in story.blocks]
    body = [k for k in kinds if k in {"p", "quote", "ul", "ol"}]
    if not 3 <= len(body) <= 30:
        raise ValueError(f"story {story.id}: {len(body)} body blocks (3-30 wanted)")
    if kinds[0] != "p" or kinds[-1] != "p":
        raise ValueError(f"story {story.id}: the body must open and close with a paragraph")
    if story.published.utcoffset() is None:
        raise ValueError(f"story {story.id}: published needs a UTC offset")


def load(directory: Path = CONTENT) -> list[Story]:
    """Every story of every content file, in file then story order."""
    stories: list[Story] = []
    for path in sorted(directory.glob("*.txt")):
        lang = path.stem.split("-")[0]
        parts = re.split(r"^=== (\S+)\s*$", path.read_text(encoding="utf-8"), flags=re.M)
        for sid, text in zip(parts[1::2], parts[2::2], strict=True):
            stories.append(_story(sid, lang, text))
    ids = [s.id for s in stories]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate story ids")
    return stories
