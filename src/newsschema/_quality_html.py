"""The quality report as one self-contained HTML page: inline CSS and SVG, no script.

Everything shown comes from files and articles that may be hostile (a headline
``<script>``, a file named ``"><img onerror=…>``): every text and attribute goes through
:func:`_esc`, links are relative paths percent-encoded (never a scheme), and the page
forbids scripts and every network load in its Content-Security-Policy, so that even a
missed escape could neither run nor call out. The same report always gives the same
bytes: no clock, no random ids.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from newsschema._quality import (
    LENGTH_BINS,
    Example,
    Field,
    FieldCounts,
    QualityReport,
)

__all__ = ["render"]

FIELD_LABELS = {
    Field.HEADLINE: "Headline",
    Field.AUTHORS: "Authors",
    Field.AUTHOR_URL: "Author pages",
    Field.DATE_PUBLISHED: "Publication date",
    Field.DATE_TIME: "… with a time",
    Field.DATE_ZONE: "… with a time zone",
    Field.DATE_MODIFIED: "Modification date",
    Field.LEAD_IMAGE: "Lead image",
    Field.IMAGE_URL: "Image URL",
    Field.CAPTION: "Caption",
    Field.CREDIT: "Credit",
    Field.DATELINE: "Dateline",
    Field.KEYWORDS: "Keywords",
    Field.URL: "URL",
    Field.LANGUAGE: "Language",
    Field.PUBLISHER: "Publisher",
    Field.SECTION: "Section",
    Field.DESCRIPTION: "Description",
}

TOP_GROUPS = 25
"""Sites or languages shown as table rows (the JSON has them all)."""
TOP_WARNINGS = 30
DETAIL_LIMIT = 240
MAX_MONTH_BARS = 72
"""More months than this are shown by year."""

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'"

_CSS = """
:root{--fg:#1d2430;--muted:#5b6575;--line:#dde2ea;--bg:#f6f8fb;--good:#2f8f5b;
--fair:#d19a1e;--poor:#c8483b;--bar:#3d6fb6}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
margin:0;background:#fff}
header{background:var(--bg);border-bottom:1px solid var(--line);padding:18px 28px}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;color:var(--muted)}
nav{margin-top:10px}nav a{margin-right:14px;color:var(--bar);text-decoration:none}
main{padding:8px 28px 40px;max-width:1280px}
section{margin-top:26px}
h2{font-size:18px;margin:0 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:16px 0 6px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:14px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 16px;
min-width:130px}
.card b{display:block;font-size:22px}.card span{color:var(--muted)}
.card.poor b{color:var(--poor)}.card.good b{color:var(--good)}
table{border-collapse:collapse;margin:6px 0}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;color:var(--muted);font-size:12px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto}
.grid td{padding:3px 4px;white-space:nowrap;font-size:11px}
.grid th{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;height:130px}
.grid th.name{writing-mode:horizontal-tb;transform:none;height:auto;vertical-align:bottom}
svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:var(--fg)}
svg .axis{fill:var(--muted);font-size:11px}
.good{fill:var(--good)}.fair{fill:var(--fair)}.poor{fill:var(--poor)}.bar{fill:var(--bar)}
.track{fill:#eef1f5}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--bg);
padding:1px 4px;border-radius:3px;overflow-wrap:anywhere}
.examples{margin:0;padding-left:18px}.examples li{margin:2px 0}
.muted{color:var(--muted)}
.detail{color:var(--muted);overflow-wrap:anywhere}
footer{padding:16px 28px;color:var(--muted);border-top:1px solid var(--line)}
"""


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _short(text: str, limit: int = DETAIL_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _percent(count: int, total: int) -> str:
    if not total:
        return "–"
    rate = 100 * count / total
    if 0 < rate < 1:
        return "<1%"
    if 99 < rate < 100:
        return ">99%"
    return f"{rate:.0f}%"


def _grade(rate: float) -> str:
    if rate >= 0.9:
        return "good"
    return "fair" if rate >= 0.5 else "poor"


def _href(path: str, base: str | None) -> str | None:
    """A relative link to ``path`` from the folder ``base``: percent-encoded and never with
    a scheme (a file named ``javascript:…`` stays a path)."""
    if not path or path in ("-", "<stdin>"):
        return None
    if base is not None:
        try:
            path = os.path.relpath(os.path.abspath(path), os.path.abspath(base))  # noqa: PTH100
        except ValueError:  # another drive on Windows: the absolute path
            path = os.path.abspath(path)  # noqa: PTH100
    posix = PurePosixPath(Path(path).as_posix())
    text = quote(str(posix), safe="/")
    if posix.is_absolute():
        return "file://" + text
    return text if text.startswith("../") else "./" + text


def _link(path: str, base: str | None, label: str | None = None) -> str:
    href = _href(path, base)
    shown = _esc(label if label is not None else path)
    return f'<a href="{_esc(href)}"><code>{shown}</code></a>' if href else f"<code>{shown}</code>"


# --------------------------------------------------------------------------- charts


def _svg_open(width: float, height: float) -> str:
    return (
        f'<svg role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'xmlns="http://www.w3.org/2000/svg">'
    )


def _hbars(rows: Sequence[tuple[str, int, int]], *, graded: bool = False, label: int = 190) -> str:
    """Horizontal bars, one per (label, count, total): the bar is count/total."""
    bar, row, value = 360, 22, 120
    height = row * len(rows) + 4
    width = label + bar + value
    parts = [_svg_open(width, height)]
    for i, (name, count, total) in enumerate(rows):
        y = i * row + 2
        rate = count / total if total else 0.0
        cls = _grade(rate) if graded else "bar"
        length = round(bar * rate, 1)
        title = f"{name}: {count} of {total} ({_percent(count, total)})"
        parts.append(
            f"<g><title>{_esc(title)}</title>"
            f'<text x="{label - 8}" y="{y + 15}" text-anchor="end">{_esc(_short(name, 28))}</text>'
            f'<rect class="track" x="{label}" y="{y + 3}" width="{bar}" height="14" rx="2"/>'
            f'<rect class="{cls}" x="{label}" y="{y + 3}" width="{length}" height="14" rx="2"/>'
            f'<text x="{label + bar + 8}" y="{y + 15}">{_esc(_percent(count, total))} '
            f'<tspan class="axis">({count:,})</tspan></text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _vbars(rows: Sequence[tuple[str, int]]) -> str:
    """Vertical bars, one per (label, count), scaled to the largest; labels under the bars,
    as many as fit without overlapping."""
    plot, left, bottom = 160, 44, 34
    slot = max(8, min(90, 720 // max(len(rows), 1)))
    widest = max((len(name) for name, _count in rows), default=1) * 7 + 8
    every = -(-widest // slot)
    width = left + slot * len(rows) + 10
    height = plot + bottom + 10
    top = max((count for _label, count in rows), default=0) or 1
    parts = [
        _svg_open(width, height),
        f'<text class="axis" x="{left - 6}" y="16" text-anchor="end">{top:,}</text>',
        f'<text class="axis" x="{left - 6}" y="{plot + 10}" text-anchor="end">0</text>',
        f'<rect class="track" x="{left}" y="{plot + 10}" width="{slot * len(rows)}" height="1"/>',
    ]
    for i, (name, count) in enumerate(rows):
        x = left + i * slot
        h = round(plot * count / top, 1)
        parts.append(
            f"<g><title>{_esc(f'{name}: {count:,}')}</title>"
            f'<rect class="bar" x="{x + 1}" y="{round(plot + 10 - h, 1)}" '
            f'width="{slot - 2}" height="{h}"/></g>'
        )
        if i % every == 0:
            parts.append(
                f'<text class="axis" x="{x + slot / 2}" y="{plot + 26}" '
                f'text-anchor="middle">{_esc(name)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _mini(count: int, total: int, width: int = 30) -> str:
    rate = count / total if total else 0.0
    return (
        f'<svg width="{width}" height="8" role="img">'
        f"<title>{_esc(f'{count:,} of {total:,}')}</title>"
        f'<rect class="track" width="{width}" height="8"/>'
        f'<rect class="{_grade(rate)}" width="{round(width * rate, 1)}" height="8"/></svg> '
        f"{_esc(_percent(count, total))}"
    )


# --------------------------------------------------------------------------- sections


def _header(report: QualityReport, title: str) -> str:
    total = report.articles
    ready = report.google_ready
    cards = [
        ("Articles", f"{report.articles:,}", ""),
        ("Failed", f"{report.failed:,}", "poor" if report.failed else "good"),
        ("Skipped", f"{report.skipped:,}", ""),
        ("Warnings", f"{report.warnings:,}", ""),
        ("With warnings", _percent(report.warned_articles, total), ""),
        ("Google-ready", _percent(ready, total), _grade(ready / total) if total else ""),
    ]
    card_html = "".join(
        f'<div class="card {cls}"><b>{_esc(value)}</b><span>{_esc(name)}</span></div>'
        for name, value, cls in cards
    )
    links = [
        ("fields", "Fields"),
        ("sites", "Sites"),
        ("languages", "Languages"),
        ("distributions", "Distributions"),
        ("google", "Google"),
        ("warnings", "Warnings"),
        ("failures", "Failures"),
    ]
    nav = "".join(f'<a href="#{anchor}">{name}</a>' for anchor, name in links)
    return (
        f"<header><h1>{_esc(title)}</h1>"
        f"<p>{report.total:,} inputs: {report.articles:,} articles read, "
        f"{report.failed:,} failed, {report.skipped:,} skipped; "
        f"{report.words:,} words.</p>"
        f'<div class="cards">{card_html}</div><nav>{nav}</nav></header>'
    )


def _fields(report: QualityReport) -> str:
    counts = report.fields
    rows = [(FIELD_LABELS[f], counts.count(f), counts.articles) for f in Field]
    body = _hbars(rows, graded=True) if counts.articles else "<p>No article was read.</p>"
    return (
        '<section id="fields"><h2>Fill rate of each field</h2>'
        '<p class="muted">Share of the articles read that have the field. Dates are the '
        "publication date; author pages: every author has a url or sameAs.</p>"
        f"{body}</section>"
    )


def _grid(groups: dict[str, FieldCounts], name: str, anchor: str, title: str) -> str:
    ordered = sorted(groups.items(), key=lambda item: (-item[1].articles, item[0]))
    shown = ordered[:TOP_GROUPS]
    head = "".join(f"<th>{_esc(FIELD_LABELS[f])}</th>" for f in Field)
    rows = []
    for key, counts in shown:
        cells = "".join(f"<td>{_mini(counts.count(f), counts.articles)}</td>" for f in Field)
        rows.append(
            f"<tr><td><code>{_esc(_short(key, 60))}</code></td>"
            f'<td class="num">{counts.articles:,}</td>{cells}</tr>'
        )
    more = len(ordered) - len(shown)
    note = f'<p class="muted">and {more:,} more (all are in the JSON report).</p>' if more else ""
    return (
        f'<section id="{anchor}"><h2>{_esc(title)}</h2><div class="scroll"><table class="grid">'
        f'<tr><th class="name">{_esc(name)}</th><th class="name num">articles</th>{head}</tr>'
        f"{''.join(rows)}</table></div>{note}</section>"
    )


def _month_rows(months: dict[str, int]) -> list[tuple[str, int]]:
    """Counts per month over the span of the dates (empty months too), or per year when
    the span is long."""
    if not months:
        return []
    keys = sorted(months)
    first, last = keys[0], keys[-1]
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:]) - int(first[5:]) + 1
    if span <= MAX_MONTH_BARS:
        out = []
        year, month = int(first[:4]), int(first[5:])
        for _ in range(span):
            key = f"{year:04d}-{month:02d}"
            out.append((key, months.get(key, 0)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out
    years: dict[str, int] = {}
    for key, count in months.items():
        years[key[:4]] = years.get(key[:4], 0) + count
    first_year, last_year = int(min(years)), int(max(years))
    if last_year - first_year < 200:
        return [(f"{y:04d}", years.get(f"{y:04d}", 0)) for y in range(first_year, last_year + 1)]
    return sorted(years.items())


def _distributions(report: QualityReport) -> str:
    dates = _month_rows(report.months)
    date_chart = _vbars(dates) if dates else "<p>No dates.</p>"
    notes = [f"{report.undated:,} articles without a publication date"]
    if report.other_months:
        notes.append(f"{report.other_months:,} in months past the {len(report.months):,} counted")
    languages = sorted(report.languages.items(), key=lambda item: (-item[1].articles, item[0]))
    language_rows = [(k, v.articles, report.articles) for k, v in languages[:TOP_GROUPS]]
    highs = [f"{b - 1:,}" for b in LENGTH_BINS[1:]]
    length_rows = [
        (f"{low:,}–{high}" if i < len(highs) else f"{low:,}+", count)
        for i, (low, high, count) in enumerate(
            zip(LENGTH_BINS, [*highs, ""], report.lengths, strict=True)
        )
    ]
    mean = report.words / report.articles if report.articles else 0.0
    return (
        '<section id="distributions"><h2>Distributions</h2>'
        f"<h3>Publication dates</h3>{date_chart}"
        f'<p class="muted">{_esc("; ".join(notes))}.</p>'
        "<h3>Languages</h3>"
        + (_hbars(language_rows, label=120) if language_rows else "<p>None.</p>")
        + "<h3>Article length (words)</h3>"
        + _vbars(length_rows)
        + f'<p class="muted">{mean:,.0f} words on average.</p></section>'
    )


def _fix_list(fixes: list[tuple[str, int]]) -> str:
    if not fixes:
        return '<span class="muted">no profile key fills it</span>'
    items = "".join(f"<li><code>{_esc(key)}</code> ({count:,})</li>" for key, count in fixes[:3])
    more = len(fixes) - 3
    tail = f'<li class="muted">and {more:,} more keys</li>' if more > 0 else ""
    return f'<ul class="examples">{items}{tail}</ul>'


def _google(report: QualityReport) -> str:
    total = report.articles
    rows = report.google_by_count()
    table_rows = "".join(
        f"<tr><td><code>{_esc(code)}</code></td><td class='num'>{count:,}</td>"
        f"<td>{_mini(count, total, 60)}</td><td>{_fix_list(fixes)}</td></tr>"
        for code, count, fixes in rows
    )
    table = (
        "<table><tr><th>missing (gap code)</th><th class='num'>articles</th><th>share</th>"
        f"<th>profile key that would fix it (articles)</th></tr>{table_rows}</table>"
        if rows
        else "<p>Nothing is missing.</p>"
    )
    return (
        '<section id="google"><h2>Google Article readiness of the JSON-LD</h2>'
        f"<p><b>{report.google_ready:,}</b> of {total:,} articles "
        f"({_esc(_percent(report.google_ready, total))}) have everything Google recommends "
        "for Article structured data in the JSON-LD newsschema writes; what the others miss, "
        "most frequent first:</p>"
        f"{table}</section>"
    )


def _example(example: Example, base: str | None) -> str:
    parts = [_link(example.file, base)]
    if example.output:
        parts.append(f"→ {_link(example.output, base)}")
    if example.headline:
        parts.append(f"<i>{_esc(example.headline)}</i>")
    if example.detail:
        parts.append(f'<div class="detail">{_esc(_short(example.detail))}</div>')
    return f"<li>{' '.join(parts)}</li>"


def _examples(examples: Iterable[Example], base: str | None) -> str:
    items = "".join(_example(e, base) for e in examples)
    return f'<ul class="examples">{items}</ul>' if items else ""


def _warnings(report: QualityReport, base: str | None) -> str:
    ordered = report.warnings_by_count()
    rows = "".join(
        f"<tr><td>{'<code>' + _esc(key) + '</code>' if stat.typed else _esc(key)}</td>"
        f"<td class='num'>{stat.count:,}</td><td class='num'>{stat.articles:,}</td>"
        f"<td>{_examples(stat.examples, base)}</td></tr>"
        for key, stat in ordered[:TOP_WARNINGS]
    )
    more = len(ordered) - TOP_WARNINGS
    note = (
        f'<p class="muted">and {more:,} more (all are in the JSON report).</p>' if more > 0 else ""
    )
    body = (
        "<table><tr><th>code (or kind)</th><th class='num'>warnings</th>"
        f"<th class='num'>articles</th><th>examples</th></tr>{rows}</table>{note}"
        if ordered
        else "<p>No warnings.</p>"
    )
    return f'<section id="warnings"><h2>Most frequent warnings</h2>{body}</section>'


def _failures(report: QualityReport, base: str | None) -> str:
    if not report.failed:
        return '<section id="failures"><h2>Failures</h2><p>None.</p></section>'
    more = report.failed - len(report.failures)
    note = f'<p class="muted">and {more:,} more.</p>' if more > 0 else ""
    return (
        f'<section id="failures"><h2>Failures ({report.failed:,})</h2>'
        f"{_examples(report.failures, base)}{note}</section>"
    )


def render(report: QualityReport, *, title: str, base: str | None = None) -> str:
    """The report as an HTML page; links to files relative to the folder ``base``."""
    from newsschema import __version__  # noqa: PLC0415 - cycle at import time

    sections = [
        _fields(report),
        _grid(report.sites, "site", "sites", "Fill rate by site (URL host)"),
        _grid(report.languages, "language", "languages", "Fill rate by language"),
        _distributions(report),
        _google(report),
        _warnings(report, base),
        _failures(report, base),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>"
        f"{_header(report, title)}<main>{''.join(sections)}</main>"
        f"<footer>newsschema {_esc(__version__)} · the same numbers as JSON: "
        "<code>newsschema report … --format json</code></footer></body></html>\n"
    )
