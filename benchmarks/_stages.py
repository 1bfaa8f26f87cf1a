"""What the benchmarks measure: newsschema's stages, and the floors they are compared to.

A *stage* is one public operation applied to each article of a fixed set. A
*floor* is the least work any implementation of that stage must do with the
same data, done by the standard library or lxml alone:

==========================  =============================================================
stage                       floor (the same articles, the same sizes)
==========================  =============================================================
parse, parse_file           ``read+split``: read the file's bytes, decode UTF-8,
                            ``str.split("\\n\\n")`` into paragraphs
to_<fmt> (JSON formats)     ``json.dumps`` of the document's own data (``json.loads`` of
                            what the stage wrote), indented like the writers, to UTF-8
to_<fmt> (XML formats)      ``lxml.etree.tostring`` of the document's own tree (parsed
                            once from what the stage wrote)
validate_<fmt>, from_<fmt>  ``json.loads`` / ``lxml.etree.fromstring`` of the document:
                            reading it is the least a validator or reader must do
end_to_end                  ``read+split`` plus every format's write floor (the sum)
cli                         the ``end_to_end`` floor of the typical size, per file
==========================  =============================================================
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from lxml import etree

import newsschema
from newsschema.formats import FORMATS, get_format

__all__ = [
    "END_TO_END_FLOOR",
    "EXPECTED_FORMATS",
    "SIZES",
    "TYPICAL",
    "SizeSet",
    "Skipped",
    "Workload",
    "composite_floors",
    "formats",
    "key",
    "load_set",
    "workloads",
]

SIZES = ("small", "typical", "long")
"""``benchmarks/corpus.py`` sizes: ~2 KB, ~6 KB, ~40 KB."""
TYPICAL = "typical"
EXPECTED_FORMATS = ("json", "jsonld", "nitf")
"""Formats the benchmark always lists; one not registered is reported as skipped."""

END_TO_END_FLOOR = "floor read+split+write"
"""The sum of ``read+split`` and each measured format's write floor."""

_JSON_INDENT = 2  # what the JSON and JSON-LD writers use by default


def key(name: str, size: str | None = None) -> str:
    """The result key of a stage: ``parse [typical]``."""
    return f"{name} [{size}]" if size else name


def formats() -> tuple[list[str], list[str]]:
    """(registered formats to measure, expected formats that are not registered)."""
    registered = [f for f in EXPECTED_FORMATS if f in FORMATS]
    registered += sorted(f for f in FORMATS if f not in EXPECTED_FORMATS)
    return registered, [f for f in EXPECTED_FORMATS if f not in FORMATS]


@dataclass(frozen=True)
class SizeSet:
    """The fixed set of articles of one size, read and converted once, before timing."""

    size: str
    paths: list[Path]
    texts: list[str]
    articles: list[newsschema.Article]
    docs: dict[str, list[bytes]]

    @property
    def mean_bytes(self) -> float:
        return sum(len(t.encode("utf-8")) for t in self.texts) / len(self.texts)


def load_set(folder: Path, size: str, fmts: Sequence[str]) -> SizeSet:
    """Read the corpus files of one size and convert them once into every format."""
    paths = sorted(folder.rglob("*.txt"))
    if not paths:
        raise FileNotFoundError(f"no .txt articles under {folder}")
    texts = [p.read_bytes().decode("utf-8") for p in paths]
    articles = [newsschema.parse(t, source=str(p)) for p, t in zip(paths, texts, strict=True)]
    docs = {f: [get_format(f).encode(a) for a in articles] for f in fmts}
    return SizeSet(size, paths, texts, articles, docs)


@dataclass(frozen=True)
class Workload:
    """A function applied to each item of a fixed set; timed as items per second."""

    name: str
    size: str
    kind: str  # "stage" or "floor"
    fn: Callable[[Any], object]
    items: Sequence[Any]
    floor: str | None = None
    unit: str = "articles"
    note: str | None = None

    @property
    def key(self) -> str:
        return key(self.name, self.size)


@dataclass(frozen=True)
class Skipped:
    """A stage or floor that cannot run here, and why."""

    name: str
    size: str
    kind: str
    reason: str

    @property
    def key(self) -> str:
        return key(self.name, self.size)


@dataclass
class _Plan:
    runs: list[Workload] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def _is_xml(docs: Sequence[bytes]) -> bool:
    return docs[0].lstrip()[:1] == b"<"


_READ = "file bytes, decoded as UTF-8"
_SPLIT = 'str.split("\\n\\n") of the decoded text'
_READ_SPLIT = "read + split, one article after the other"


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def _split(text: str) -> list[str]:
    return text.split("\n\n")


def _read_split(path: Path) -> list[str]:
    return path.read_bytes().decode("utf-8").split("\n\n")


def _dumps(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=_JSON_INDENT).encode("utf-8")


def _write_floor(fmt: str) -> str:
    # json.dumps or lxml.etree.tostring, by what the format writes
    return f"floor write {fmt}"


def _read_floor(fmt: str) -> str:
    # json.loads or lxml.etree.fromstring
    return f"floor read {fmt}"


_TOSTRING = "lxml.etree.tostring of the document's tree"
_DUMPS = "json.dumps of the document's data, indent 2, UTF-8"


def _tostring(tree: etree._Element) -> bytes:
    return etree.tostring(tree, encoding="UTF-8", xml_declaration=True)


def _format_floors(fmt: str, sets: dict[str, SizeSet], plan: _Plan) -> None:
    for size, s in sets.items():
        docs = s.docs[fmt]
        if _is_xml(docs):
            trees = [etree.fromstring(d) for d in docs]
            write = Workload(_write_floor(fmt), size, "floor", _tostring, trees, note=_TOSTRING)
        else:
            data = [json.loads(d) for d in docs]
            write = Workload(_write_floor(fmt), size, "floor", _dumps, data, note=_DUMPS)
        plan.runs.append(write)
    docs = sets[TYPICAL].docs[fmt]
    xml = _is_xml(docs)
    parse: Callable[[bytes], object] = etree.fromstring if xml else json.loads
    note = "lxml.etree.fromstring(document)" if xml else "json.loads(document)"
    plan.runs.append(Workload(_read_floor(fmt), TYPICAL, "floor", parse, docs, note=note))


def _format_stages(fmt: str, s: SizeSet, plan: _Plan) -> None:
    module: ModuleType = get_format(fmt)
    docs = s.docs[fmt]
    validate: Callable[[Any], list[newsschema.Problem]] = module.validate
    checked: Sequence[Any] = docs
    if fmt == "json":
        # the public call on JSON text, as a CI job validating exports makes it
        validate, checked = newsschema.validate_json, [d.decode("utf-8") for d in docs]
    problems = sum(len(validate(d)) for d in checked)
    note = f"{problems} problems (warnings) in {len(docs)} documents" if problems else None
    read_floor = _read_floor(fmt)
    plan.runs += [
        Workload(f"to_{fmt}", s.size, "stage", module.encode, s.articles, _write_floor(fmt)),
        Workload(
            f"validate_{fmt}", s.size, "stage", validate, checked, read_floor, "documents", note
        ),
        Workload(f"from_{fmt}", s.size, "stage", module.decode, docs, read_floor, "documents"),
    ]


def _skip_format(fmt: str, plan: _Plan) -> None:
    reason = f"{fmt} is not a registered format"
    for name in (f"to_{fmt}", f"validate_{fmt}", f"from_{fmt}"):
        plan.skipped.append(Skipped(name, TYPICAL, "stage", reason))
    for size in SIZES:
        plan.skipped.append(Skipped(_write_floor(fmt), size, "floor", reason))
    plan.skipped.append(Skipped(_read_floor(fmt), TYPICAL, "floor", reason))


def _end_to_end(modules: Sequence[ModuleType]) -> Callable[[Path], None]:
    def convert(path: Path) -> None:
        article = newsschema.parse_file(path)
        for module in modules:
            module.encode(article)

    return convert


def workloads(sets: dict[str, SizeSet]) -> tuple[list[Workload], list[Skipped]]:
    """Every floor and stage to time, in order, and those skipped (an unregistered format)."""
    fmts, missing = formats()
    plan = _Plan()
    typical = sets[TYPICAL]
    plan.runs.append(Workload("floor read", TYPICAL, "floor", _read, typical.paths, note=_READ))
    plan.runs.append(Workload("floor split", TYPICAL, "floor", _split, typical.texts, note=_SPLIT))
    for size, s in sets.items():
        plan.runs.append(
            Workload("floor read+split", size, "floor", _read_split, s.paths, note=_READ_SPLIT)
        )
    for fmt in fmts:
        _format_floors(fmt, sets, plan)

    floor = "floor read+split"
    for size, s in sets.items():
        plan.runs.append(Workload("parse", size, "stage", newsschema.parse, s.texts, floor=floor))
    for size, s in sets.items():
        plan.runs.append(
            Workload("parse_file", size, "stage", newsschema.parse_file, s.paths, floor=floor)
        )
    for fmt in fmts:
        _format_stages(fmt, typical, plan)
    for fmt in missing:
        _skip_format(fmt, plan)
    convert = _end_to_end([get_format(f) for f in fmts])
    note = "parse_file, then encode as " + ", ".join(fmts)
    for size, s in sets.items():
        plan.runs.append(
            Workload(
                "end_to_end", size, "stage", convert, s.paths, floor=END_TO_END_FLOOR, note=note
            )
        )
    return plan.runs, plan.skipped


def composite_floors() -> dict[str, list[str]]:
    """Floors that are sums of measured floors: name -> the names of its parts."""
    fmts, _ = formats()
    return {END_TO_END_FLOOR: ["floor read+split", *(_write_floor(f) for f in fmts)]}
