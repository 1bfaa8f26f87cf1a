"""The real-text sets of issue 14: real article text, with two markdown parsers as anchors.

Two sets, each measured in the same run and process as the synthetic ones:

- ``dev``: the 48 real articles of ``../shared/examples/dev`` (third-party text, read
  where it lies, never copied; the set is skipped with a note where that folder is absent);
- ``examples``: the project's own fixtures, ``examples/*.txt`` (those in UTF-8: the
  fixtures in legacy encodings test decoding, and the floor reads UTF-8).

Per set, per article:

==========================  =============================================================
row                         what is timed
==========================  =============================================================
``floor text``              the file's bytes, decoded as UTF-8, split into paragraphs
                            and the paragraphs serialized (``json.dumps``, indent 2, UTF-8)
``mistune``                 ``mistune.create_markdown(renderer="ast")(text)``: an AST
``markdown-it``             ``MarkdownIt().parse(text)``: a token stream
``parse``                   ``newsschema.parse(text)``
``to_<fmt>``                ``get_format(fmt).encode(article)``, every registered format
``text->json,jsonld,nitf``  ``parse``, then encode as JSON, JSON-LD and NITF
``text->all``               ``parse``, then encode in every registered format
==========================  =============================================================

Every newsschema row is printed as µs per article, as a ratio to the floor and to each
anchor. The anchors are benchmark-only dependencies (the ``bench`` extra); without them
their rows are skipped, with the reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import newsschema
from _measure import time_loop, traced_peak
from _report import ANCHORS, TEXT_SETS, Row, check_rows
from newsschema.formats import get_format

__all__ = ["DEV", "EXAMPLES", "TextSet", "load_text_sets", "measure_text"]

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "examples" / "dev"
EXAMPLES = ROOT / "examples"
FLOOR = "floor text"
THREE = ("json", "jsonld", "nitf")


@dataclass(frozen=True)
class TextSet:
    """Real articles, decoded and parsed once before timing."""

    name: str
    paths: list[Path]
    texts: list[str]
    articles: list[newsschema.Article]


def _utf8(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    kept, texts = [], []
    for path in paths:
        try:
            texts.append(path.read_bytes().decode("utf-8"))
        except UnicodeDecodeError:
            continue
        kept.append(path)
    return kept, texts


def load_text_sets(limit: int | None, dev: Path = DEV) -> tuple[list[TextSet], dict[str, str]]:
    """The sets that can be read here, and why the others cannot (set -> reason)."""
    folders = dict(zip(TEXT_SETS, (dev, EXAMPLES), strict=True))
    sets, missing = [], {}
    for name, folder in folders.items():
        paths, texts = _utf8(sorted(folder.glob("*.txt"))[:limit])
        if not paths:
            missing[name] = f"no UTF-8 .txt articles in {folder}"
            continue
        articles = [newsschema.parse(t, source=str(p)) for p, t in zip(paths, texts, strict=True)]
        sets.append(TextSet(name, paths, texts, articles))
    return sets, missing


def _floor(path: Path) -> bytes:
    paragraphs = path.read_bytes().decode("utf-8").split("\n\n")
    return json.dumps(paragraphs, ensure_ascii=False, indent=2).encode("utf-8")


def _anchors() -> tuple[dict[str, Callable[[str], object]], str | None]:
    try:
        import mistune  # noqa: PLC0415 - benchmark-only, loaded when measured
        from markdown_it import MarkdownIt  # noqa: PLC0415
    except ImportError as exc:
        return {}, f"{exc.name} is not installed (pip install -e '.[bench]')"
    ast: Callable[[str], object] = mistune.create_markdown(renderer="ast")
    return {"mistune": ast, "markdown-it": MarkdownIt().parse}, None


def _text_to(formats: Sequence[str]) -> Callable[[str], None]:
    modules = [get_format(f) for f in formats]

    def convert(text: str) -> None:
        article = newsschema.parse(text)
        for module in modules:
            module.encode(article)

    return convert


@dataclass(frozen=True)
class _Work:
    name: str
    kind: str
    fn: Callable[[Any], object]
    items: Sequence[Any]
    note: str


def _works(
    s: TextSet, fmts: Sequence[str], anchors: dict[str, Callable[[str], object]]
) -> list[_Work]:
    works = [_Work(FLOOR, "floor", _floor, s.paths, "read, decode, split, json.dumps")]
    works += [_Work(name, "anchor", fn, s.texts, "anchor") for name, fn in anchors.items()]
    works.append(_Work("parse", "stage", newsschema.parse, s.texts, "newsschema.parse(text)"))
    for fmt in fmts:
        encode = get_format(fmt).encode
        works.append(_Work(f"to_{fmt}", "stage", encode, s.articles, "encode(article)"))
    three = [f for f in THREE if f in fmts]
    works.append(
        _Work(f"text->{','.join(three)}", "stage", _text_to(three), s.texts, "parse + encode")
    )
    works.append(_Work("text->all", "stage", _text_to(fmts), s.texts, "parse + every format"))
    return works


def _measure_set(
    s: TextSet, fmts: Sequence[str], anchors: dict[str, Callable[[str], object]], settings: Any
) -> list[Row]:
    rows = []
    for work in _works(s, fmts, anchors):
        timing = time_loop(
            work.fn, work.items, repeats=settings.repeats, min_time=settings.min_time
        )
        rows.append(
            Row(
                f"{work.name} [{s.name}]",
                work.name,
                s.name,
                work.kind,
                "articles",
                rate=timing.rate,
                rates=timing.rates,
                floor=FLOOR if work.kind != "floor" else None,
                peak=traced_peak(work.fn, work.items[: settings.memory_items]),
                peak_kind="traced",
                note=f"{len(work.items)} articles; {work.note}",
            )
        )
    by_name = {row.name: row for row in rows}
    for row in rows:
        for anchor in ANCHORS:
            other = by_name.get(anchor)
            if row.kind == "stage" and other is not None and other.us and row.us:
                row.anchors[anchor] = row.us / other.us
    return rows


def measure_text(
    settings: Any, fmts: Sequence[str], say: Callable[[str], None], *, limit: int | None = None
) -> list[Row]:
    """Every row of every real-text set that can be read here (the first ``limit`` articles
    of each); a set that cannot be read is skipped with a note saying why."""
    sets, missing = load_text_sets(limit)
    anchors, no_anchors = _anchors()
    rows: list[Row] = []
    for name, reason in missing.items():
        print(f"note: the {name} real-text set is skipped: {reason}")
        rows.append(Row(f"parse [{name}]", "parse", name, "stage", "articles", skipped=reason))
    if no_anchors:
        print(f"note: the anchors are skipped: {no_anchors}")
    for s in sets:
        say(f"  real text: {s.name} ({len(s.paths)} articles)")
        rows += _measure_set(s, fmts, anchors, settings)
        if no_anchors:
            rows += [
                Row(f"{a} [{s.name}]", a, s.name, "anchor", "articles", skipped=no_anchors)
                for a in ANCHORS
            ]
        rows += check_rows(rows, s.name)
    return rows
