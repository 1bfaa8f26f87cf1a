"""Results: one row per stage, floor or check; the targets of issue 6; the table, the JSON
file and the comparison with an earlier run."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

__all__ = [
    "ANCHORS",
    "TARGETS",
    "TEXT_SETS",
    "Row",
    "Target",
    "apply_targets",
    "check_rows",
    "compare",
    "load",
    "save",
    "table",
    "text_table",
]

FORMAT_VERSION = 1


@dataclass
class Row:
    """One measured (or skipped) line of the results.

    ``rate`` is items per second, the median of the repeats in ``rates``; ``value``
    is a check's figure in ``unit`` (``ms``, ``x``). ``peak`` is bytes: traced
    Python memory (``peak_kind="traced"``) or a process's max RSS (``"rss"``).
    """

    key: str
    name: str
    size: str | None
    kind: str  # floor, stage, cli, check
    unit: str
    rate: float | None = None
    rates: list[float] = field(default_factory=list)
    floor: str | None = None
    ratio: float | None = None
    peak: int | None = None
    peak_kind: str | None = None
    value: float | None = None
    target: str | None = None
    met: bool | None = None
    skipped: str | None = None
    note: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    anchors: dict[str, float] = field(default_factory=dict)
    """Real-text sets: µs per item divided by each anchor's (``mistune``, ``markdown-it``)."""

    @property
    def us(self) -> float | None:
        """Microseconds per item."""
        return 1e6 / self.rate if self.rate else None

    @property
    def measured(self) -> float | None:
        """The figure a target is checked against and a comparison reads."""
        return self.rate if self.rate is not None else self.value


@dataclass(frozen=True)
class Target:
    """A goal of issue 6 for one row: text to print and the test of the measured figure."""

    text: str
    test: Callable[[float], bool]
    higher_is_better: bool = True


TARGETS: dict[str, Target] = {
    "parse [typical]": Target(">= 3,000/s", lambda v: v >= 3_000),
    "end_to_end [typical]": Target(">= 1,000/s", lambda v: v >= 1_000),
    "validate_json [typical]": Target(">= 3,000/s", lambda v: v >= 3_000),
    "cli speed-up": Target(">= 1.8x", lambda v: v >= 1.8),
    "memory flat": Target("<= 1.20x", lambda v: v <= 1.2, higher_is_better=False),
    "import newsschema": Target("< 150 ms", lambda v: v < 150, higher_is_better=False),
    "linear cost parse": Target("<= 8x", lambda v: v <= 8, higher_is_better=False),
    "linear cost end_to_end": Target("<= 8x", lambda v: v <= 8, higher_is_better=False),
}
"""Issue 6's targets (typical 6 KB article, one core), then issue 14's (real text)."""

TEXT_SETS = ("dev", "examples")
"""The real-text sets: ``../shared/examples/dev`` and the project's ``examples/*.txt``."""
ANCHORS = ("mistune", "markdown-it")
"""General-purpose markdown parsers timed on the same texts, as anchors."""

_RELATIVE = {
    # check name: (stage, divided by, target)
    "parse x floor": (
        "parse",
        "floor text",
        Target("<= 6x", lambda v: v <= 6, higher_is_better=False),
    ),
    "parse x mistune": (
        "parse",
        "mistune",
        Target("< 1x", lambda v: v < 1, higher_is_better=False),
    ),
    "text->json,jsonld,nitf x floor": (
        "text->json,jsonld,nitf",
        "floor text",
        Target("<= 10x", lambda v: v <= 10, higher_is_better=False),
    ),
    "to_nitf x to_json": (
        "to_nitf",
        "to_json",
        Target("<= 3x", lambda v: v <= 3, higher_is_better=False),
    ),
    "to_jsonld x to_json": (
        "to_jsonld",
        "to_json",
        Target("<= 3x", lambda v: v <= 3, higher_is_better=False),
    ),
}
"""Issue 14's targets: ratios between two rows of the same real-text set, in one run."""

for _set in TEXT_SETS:
    for _name, (_, _, _target) in _RELATIVE.items():
        TARGETS[f"{_name} [{_set}]"] = _target


def check_rows(rows: Iterable[Row], text_set: str) -> list[Row]:
    """Issue 14's ratios for one real-text set, from the rows measured for it."""
    by_name = {row.name: row for row in rows if row.size == text_set}
    out = []
    for name, (stage, base, _) in _RELATIVE.items():
        top, bottom = by_name.get(stage), by_name.get(base)
        if top is None or bottom is None or not top.us or not bottom.us:
            continue
        out.append(
            Row(
                f"{name} [{text_set}]",
                name,
                text_set,
                "check",
                "x",
                value=top.us / bottom.us,
                note=f"µs of {stage} / µs of {base}, {text_set} set, same run",
            )
        )
    return out


def apply_targets(rows: Iterable[Row]) -> None:
    for row in rows:
        target = TARGETS.get(row.key)
        if target is None:
            continue
        row.target = target.text
        if row.measured is not None:
            row.met = target.test(row.measured)


# --- the table --------------------------------------------------------------------------


def _si(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _bytes(n: int | None, kind: str | None) -> str:
    if n is None:
        return ""
    suffix = " rss" if kind == "rss" else ""
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MiB{suffix}"
    return f"{n / 1024:.0f} KiB{suffix}"


def _met(met: bool | None) -> str:
    return {True: "met", False: "NOT MET", None: ""}[met]


def _grid(header: list[str], lines: list[list[str]], right: set[int]) -> str:
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]

    def fmt(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([fmt(header), rule, *(fmt(cells) for cells in lines)])


def _rate(row: Row) -> str:
    return f"{_si(row.rate)} {row.unit}" if row.rate else ""


def floors_table(rows: list[Row]) -> str:
    """The floors: rate, µs per item, peak memory, and what each one does."""
    header = ["floor", "size", "items/s", "µs/item", "peak mem", "what"]
    lines = [
        [
            row.name.removeprefix("floor "),
            row.size or "",
            _rate(row),
            _si(row.us) if row.us else "",
            _bytes(row.peak, row.peak_kind),
            row.note or "",
        ]
        if row.skipped is None
        else [
            row.name.removeprefix("floor "),
            row.size or "",
            "-",
            "-",
            "",
            f"skipped: {row.skipped}",
        ]
        for row in rows
        if row.kind == "floor" and row.size not in TEXT_SETS
    ]
    return _grid(header, lines, right={2, 3, 4})


def table(rows: list[Row]) -> str:
    """Stages: rate, µs per item, the floor and the ratio to it, peak memory, target."""
    header = [
        "stage",
        "size",
        "items/s",
        "µs/item",
        "floor",
        "x floor",
        "peak mem",
        "target",
        "met",
    ]
    lines: list[list[str]] = []
    for row in rows:
        if row.kind in ("floor", "check") or row.size in TEXT_SETS:
            continue
        if row.skipped is not None:
            lines.append([row.name, row.size or "", "-", "-", "", "", "", row.target or "", ""])
            lines[-1][4] = f"skipped: {row.skipped}"
            continue
        lines.append(
            [
                row.name,
                row.size or "",
                _rate(row),
                _si(row.us) if row.us else "",
                (row.floor or "").removeprefix("floor "),
                f"{row.ratio:.1f}" if row.ratio is not None else "",
                _bytes(row.peak, row.peak_kind),
                row.target or "",
                _met(row.met),
            ]
        )
    return _grid(header, lines, right={2, 3, 5, 6})


def _times(value: float | None) -> str:
    return f"{value:.2f}" if value is not None else ""


def text_table(rows: list[Row]) -> str:
    """The real-text sets: µs per article, and the ratio to the floor and to each anchor."""
    header = ["real text", "set", "µs/article", "x floor", *(f"x {a}" for a in ANCHORS)]
    header.append("peak mem")
    lines: list[list[str]] = []
    for row in rows:
        if row.size not in TEXT_SETS or row.kind == "check":
            continue
        if row.skipped is not None:
            blank = [""] * (len(header) - 3)
            lines.append([row.name, row.size or "", f"skipped: {row.skipped}", *blank])
            continue
        anchors = [_times(row.anchors.get(a)) for a in ANCHORS]
        ratio = _times(row.ratio)
        peak = _bytes(row.peak, row.peak_kind)
        lines.append([row.name, row.size or "", _si(row.us or 0), ratio, *anchors, peak])
    return _grid(header, lines, right=set(range(2, len(header))))


def _check_value(row: Row) -> str:
    if row.skipped is not None:
        return f"skipped: {row.skipped}"
    if row.measured is None:
        return ""
    if row.rate is not None:
        return f"{_si(row.rate)} {row.unit}/s"
    return f"{_si(row.measured)} {row.unit}"


def targets_table(rows: list[Row]) -> str:
    """Every row with a target: measured, goal, met; checks also say what was measured."""
    header = ["target", "measured", "goal", "met", "how"]
    lines = [
        [row.key, _check_value(row), row.target or "", _met(row.met), row.note or ""]
        for row in rows
        if row.key in TARGETS
    ]
    return _grid(header, lines, right={1})


# --- the JSON file and comparisons ------------------------------------------------------


def save(path: Path, meta: dict[str, Any], rows: list[Row]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "format": FORMAT_VERSION,
        "meta": meta,
        "results": {row.key: {**asdict(row), "us": row.us} for row in rows},
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def load(path: Path) -> list[Row]:
    """The rows of a results file written by :func:`save`."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if document.get("format") != FORMAT_VERSION:
        raise ValueError(f"{path}: not a results file of format {FORMAT_VERSION}")
    names = {f.name for f in fields(Row)}
    return [
        Row(**{k: v for k, v in data.items() if k in names})
        for data in document["results"].values()
    ]


def _change(before: float, after: float) -> float:
    return after / before - 1 if before else math.inf


def compare(previous: list[Row], current: list[Row], *, threshold: float) -> tuple[str, list[str]]:
    """The change of every row measured in both runs, and the stages whose rate dropped by
    more than ``threshold`` (0.10 is 10%). Floors are printed, never flagged: they move with
    the machine, and the ratio column shows what moved with the code."""
    before = {row.key: row for row in previous}
    header = ["stage", "before", "now", "change", "x floor before", "x floor now", "flag"]
    lines: list[list[str]] = []
    flagged: list[str] = []
    for row in current:
        old = before.get(row.key)
        if old is None or old.measured is None or row.measured is None:
            continue
        change = _change(old.measured, row.measured)
        target = TARGETS.get(row.key)
        worse = change if row.rate is None and target and not target.higher_is_better else -change
        # floors and anchors move with the machine, not with the code
        measured_here = row.kind not in ("floor", "anchor")
        flag = measured_here and row.rate is not None and -change > threshold
        if flag:
            flagged.append(row.key)
        lines.append(
            [
                row.key,
                _si(old.measured),
                _si(row.measured),
                f"{change:+.1%}",
                f"{old.ratio:.1f}" if old.ratio is not None else "",
                f"{row.ratio:.1f}" if row.ratio is not None else "",
                "REGRESSION" if flag else ("worse" if worse > threshold else ""),
            ]
        )
    return _grid(header, lines, right={1, 2, 3, 4, 5}), flagged
