"""Score the newsschema text reader on the held-out corpus (``corpus/<tool>/<id>.txt``).

    python benchmarks/heldout/score.py                     # tables: overall, per tool, per language
    python benchmarks/heldout/score.py --only w3m,lynx     # some tools
    python benchmarks/heldout/score.py --lang de --misses  # one language, with every miss
    python benchmarks/heldout/score.py --json              # the result as JSON

Standard library only; ``newsschema`` must be importable (installed, or PYTHONPATH=src).
Each text is read with ``newsschema.parse_file`` and compared with its ``.truth.json``
by the dev set's field rules: text fields equal after NFKC and whitespace folding (a
null truth wants no value); language by primary subtag; dates by their first ten
characters; authors as a case-insensitive set (or any set in ``authors_alternatives``);
paragraph count exact and within one; first / last paragraph by their first / last 40
characters; subheadings as an ordered list; ``date_time`` as the same instant with an
offset (a null truth accepts any value without one); dateline place case-insensitive;
keywords as a case-insensitive set. An exception from ``parse_file`` misses every field.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"

FIELDS = (
    "headline",
    "authors",
    "date_published",
    "url",
    "language",
    "image_caption",
    "image_credit",
    "paragraph_count",
    "paragraph_count_pm1",
    "first_paragraph_starts",
    "last_paragraph_ends",
    "subheadings",
    "date_modified",
    "date_time",
    "dateline_place",
    "keywords",
)
SHORT = {
    "headline": "head",
    "authors": "auth",
    "date_published": "date",
    "url": "url",
    "language": "lang",
    "image_caption": "capt",
    "image_credit": "cred",
    "paragraph_count": "npar",
    "paragraph_count_pm1": "np±1",
    "first_paragraph_starts": "frst",
    "last_paragraph_ends": "last",
    "subheadings": "subh",
    "date_modified": "dmod",
    "date_time": "dtim",
    "dateline_place": "dlin",
    "keywords": "keyw",
}
PARAGRAPH_CLASSES = ("Paragraph", "Quote", "BlockQuote", "ListBlock", "List")


# --------------------------------------------------------------------------- text rules


def fold(value: object) -> str:
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFKC", str(value)).split())


def plain(text: str) -> str:
    """Markdown a reader may have left in a paragraph: links, emphasis, escapes, markers."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\\\w])\*(?!\s)(.+?)(?<![\s\\])\*", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!$<>|])", r"\1", text)
    text = re.sub(r"^(#{1,6}|>)\s+", "", text)
    return fold(text)


def is_empty(value: object) -> bool:
    return value is None or value in ("", [], ()) or (isinstance(value, str) and not value.strip())


def instant(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


# --------------------------------------------------------------------------- the Article


def _get(obj: object, name: str) -> Any:
    value = getattr(obj, name, None) if obj is not None else None
    if callable(value) and not isinstance(value, type):
        with contextlib.suppress(TypeError):
            value = value()
    return value


def _text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    for name in ("name", "text", "value", "place"):
        inner = _get(value, name)
        if isinstance(inner, str):
            return inner
    return str(value)


def _iso(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    fmt = getattr(value, "isoformat", None)
    return fmt() if callable(fmt) else str(value)


def read_article(article: object, ns: object) -> dict[str, Any]:
    """The values the scorer compares, from the Article's public attributes."""
    people = list(_get(article, "authors") or []) or list(_get(article, "organizations") or [])
    heading = getattr(ns, "Heading", None)
    para_types = tuple(
        t for t in (getattr(ns, n, None) for n in PARAGRAPH_CLASSES) if isinstance(t, type)
    )
    paragraphs: list[str] = []
    headings: list[str] = []
    for block in _get(article, "body") or ():
        if isinstance(heading, type) and isinstance(block, heading):
            headings.append(_text(_get(block, "text")) or "")
        elif para_types and isinstance(block, para_types):
            text = _text(_get(block, "text")) or ""
            if text.strip():
                paragraphs.append(text)
    lead = _get(article, "lead_image")
    dateline = _get(article, "dateline")
    if dateline is not None and not isinstance(dateline, str):
        dateline = _get(dateline, "place")
    keywords = _get(article, "keywords") or ()
    if isinstance(keywords, str):
        keywords = keywords.split(",")
    published = _iso(_get(article, "date_published"))
    url = _get(article, "url")
    return {
        "headline": _text(_get(article, "headline")),
        "authors": [t for t in (_text(p) for p in people) if t and t.strip()],
        "date_published": published,
        "date_time": published,
        "date_modified": _iso(_get(article, "date_modified")),
        "url": None if url is None else str(url),
        "language": _text(_get(article, "language")),
        "image_caption": _text(_get(lead, "caption")),
        "image_credit": _text(_get(lead, "credit")),
        "paragraphs": paragraphs,
        "subheadings": headings,
        "dateline_place": _text(dateline),
        "keywords": [t for t in (_text(k) for k in keywords) if t and t.strip()],
    }


# --------------------------------------------------------------------------- comparing


def _same_text(truth: object, got: object) -> bool:
    if truth is None:
        return is_empty(got)
    return got is not None and fold(truth) == fold(got)


def _same_day(truth: object, got: object) -> bool:
    if truth is None:
        return is_empty(got)
    return got is not None and fold(got)[:10] == fold(truth)[:10]


def _lang(code: object) -> str:
    return re.split(r"[-_]", fold(code).lower())[0]


def _date_time(truth: object, got: object) -> bool:
    value = None if is_empty(got) else instant(str(got))
    if truth is None:
        return value is None or value.utcoffset() is None
    want = instant(str(truth))
    return value is not None and value.utcoffset() is not None and value == want


def _names(values: list[str]) -> set[str]:
    return {fold(v).casefold() for v in values if fold(v)}


def compare(truth: dict[str, Any], got: dict[str, Any]) -> dict[str, tuple[bool, Any, Any]]:
    """field -> (correct, expected, got)."""
    out: dict[str, tuple[bool, Any, Any]] = {}
    for name in ("headline", "url", "image_caption", "image_credit"):
        out[name] = (_same_text(truth[name], got[name]), truth[name], got[name])
    lang_ok = got["language"] is not None and _lang(truth["language"]) == _lang(got["language"])
    out["language"] = (lang_ok, truth["language"], got["language"])
    for name in ("date_published", "date_modified"):
        out[name] = (_same_day(truth[name], got[name]), truth[name], got[name])
    options = [truth["authors"], *truth.get("authors_alternatives", [])]
    authors_ok = any(_names(got["authors"]) == _names(o) for o in options)
    out["authors"] = (authors_ok, truth["authors"], got["authors"])
    paras = got["paragraphs"]
    want = truth["paragraph_count"]
    out["paragraph_count"] = (len(paras) == want, want, len(paras))
    out["paragraph_count_pm1"] = (abs(len(paras) - want) <= 1, want, len(paras))
    first = plain(paras[0]) if paras else ""
    last = plain(paras[-1]) if paras else ""
    start, end = fold(truth["first_paragraph_starts"]), fold(truth["last_paragraph_ends"])
    out["first_paragraph_starts"] = (bool(paras) and first.startswith(start), start, first[:60])
    out["last_paragraph_ends"] = (bool(paras) and last.endswith(end), end, last[-60:])
    heads = [fold(plain(h)) for h in got["subheadings"]]
    out["subheadings"] = (
        heads == [fold(h) for h in truth["subheadings"]],
        truth["subheadings"],
        heads,
    )
    out["date_time"] = (
        _date_time(truth["date_time"], got["date_time"]),
        truth["date_time"],
        got["date_time"],
    )
    place = truth["dateline_place"]
    place_ok = (
        is_empty(got["dateline_place"])
        if place is None
        else fold(place).casefold() == fold(got["dateline_place"]).casefold()
    )
    out["dateline_place"] = (place_ok, place, got["dateline_place"])
    kw_ok = _names(got["keywords"]) == _names(truth["keywords"])
    out["keywords"] = (kw_ok, truth["keywords"], got["keywords"])
    return out


# --------------------------------------------------------------------------- running


@dataclass
class FileResult:
    tool: str
    id: str
    lang: str
    fields: dict[str, tuple[bool, Any, Any]]
    error: str = ""


@dataclass
class Result:
    files: list[FileResult] = field(default_factory=list)

    def table(self, keep: Any = None) -> dict[str, tuple[int, int]]:
        """field -> (correct, scored) over the files ``keep`` accepts."""
        out: dict[str, tuple[int, int]] = {}
        chosen = [f for f in self.files if keep is None or keep(f)]
        for name in FIELDS:
            marks = [f.fields[name][0] for f in chosen]
            out[name] = (sum(marks), len(marks))
        return out


def macro(table: dict[str, tuple[int, int]]) -> float:
    rates = [c / n for k, (c, n) in table.items() if n and k != "paragraph_count_pm1"]
    return sum(rates) / len(rates) if rates else 0.0


def score(
    corpus: Path = CORPUS, tools: set[str] | None = None, langs: set[str] | None = None
) -> Result:
    import newsschema as ns  # noqa: PLC0415 - imported when scoring, so --help works without it

    result = Result()
    for truth_path in sorted(corpus.glob("*/*.truth.json")):
        tool = truth_path.parent.name
        if tools and tool not in tools:
            continue
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        if langs and truth["language"] not in langs:
            continue
        text_path = truth_path.with_name(truth_path.name.replace(".truth.json", ".txt"))
        try:
            got = read_article(ns.parse_file(text_path), ns)
        except Exception as exc:  # noqa: BLE001 - any failure is a miss on every field
            fields = {name: (False, truth.get(name), None) for name in FIELDS}
            error = f"{type(exc).__name__}: {exc}"
            result.files.append(FileResult(tool, truth["id"], truth["language"], fields, error))
            continue
        result.files.append(FileResult(tool, truth["id"], truth["language"], compare(truth, got)))
    return result


# --------------------------------------------------------------------------- printing


def _pct(correct: int, scored: int) -> str:
    return f"{100 * correct / scored:5.1f}" if scored else "    -"


def print_overall(result: Result) -> None:
    table = result.table()
    print(f"{'field':<24} {'correct':>7} {'scored':>6} {'accuracy':>8}")
    print("-" * 48)
    for name in FIELDS:
        c, n = table[name]
        label = "paragraph_count (±1)" if name == "paragraph_count_pm1" else name
        print(f"{label:<24} {c:>7} {n:>6} {_pct(c, n):>7}%")
    print("-" * 48)
    print(f"{'macro average':<24} {'':>7} {'':>6} {100 * macro(table):>7.1f}%")


def print_matrix(result: Result, title: str, key: str) -> None:
    groups = sorted({getattr(f, key) for f in result.files})
    print(f"\n{title} (accuracy %, macro = mean of the fields without np±1)")
    print(f"{'':<24}{'n':>5} " + " ".join(f"{SHORT[n]:>5}" for n in FIELDS) + "  macro")
    for group in groups:
        table = result.table(lambda f, g=group: getattr(f, key) == g)
        count = table["headline"][1]
        cells = " ".join(_pct(*table[n]) for n in FIELDS)
        print(f"{group:<24}{count:>5} {cells} {100 * macro(table):6.1f}")


def print_misses(result: Result) -> None:
    print("\nmisses (expected -> got):")
    for f in result.files:
        if f.error:
            print(f"  {f.tool}/{f.id}: parse_file raised {f.error}")
            continue
        bad = [(n, v) for n, v in f.fields.items() if not v[0]]
        for name, (_, want, got) in bad:
            print(f"  {f.tool}/{f.id} {name}: {_short(want)} -> {_short(got)}")


def _short(value: object, width: int = 70) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= width else text[: width - 3] + "..."


def as_json(result: Result) -> dict[str, Any]:
    def block(table: dict[str, tuple[int, int]]) -> dict[str, Any]:
        return {
            "fields": {
                n: {"correct": c, "scored": s, "accuracy": c / s if s else None}
                for n, (c, s) in table.items()
            },
            "macro_average": macro(table),
        }

    tools = sorted({f.tool for f in result.files})
    langs = sorted({f.lang for f in result.files})
    return {
        "overall": block(result.table()),
        "tools": {t: block(result.table(lambda f, t=t: f.tool == t)) for t in tools},
        "languages": {g: block(result.table(lambda f, g=g: f.lang == g)) for g in langs},
        "errors": {f"{f.tool}/{f.id}": f.error for f in result.files if f.error},
        "misses": {
            f"{f.tool}/{f.id}": {
                n: {"expected": v[1], "got": v[2]} for n, v in f.fields.items() if not v[0]
            }
            for f in result.files
        },
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="comma-separated tool names (folders of the corpus)")
    ap.add_argument("--lang", help="comma-separated language codes")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="corpus folder")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--misses", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    tools = set(args.only.split(",")) if args.only else None
    langs = set(args.lang.split(",")) if args.lang else None
    known = {p.name for p in args.corpus.iterdir() if p.is_dir()} if args.corpus.is_dir() else set()
    if tools and tools - known:
        print(
            f"unknown tool(s): {', '.join(sorted(tools - known))}; have {', '.join(sorted(known))}"
        )
        return 2
    result = score(args.corpus, tools, langs)
    if not result.files:
        print(f"nothing to score in {args.corpus}")
        return 2
    if args.json:
        json.dump(as_json(result), sys.stdout, ensure_ascii=False, indent=1, default=str)
        print()
        return 0
    import newsschema  # noqa: PLC0415

    print(f"newsschema: {newsschema.__file__}")
    print(f"corpus:     {args.corpus} ({len(result.files)} texts)")
    errors = [f for f in result.files if f.error]
    if errors:
        print(f"parse_file raised on {len(errors)} text(s), e.g. {errors[0].tool}/{errors[0].id}:")
        print(f"  {errors[0].error}")
    print()
    print_overall(result)
    print_matrix(result, "per tool", "tool")
    print_matrix(result, "per language", "lang")
    if args.misses:
        print_misses(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
