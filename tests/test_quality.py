"""The quality report: counts checked against counts made here, independently of it."""

from __future__ import annotations

import bisect
import datetime as dt
import json
import random
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

import newsschema
from conftest import EXAMPLES
from newsschema import (
    Article,
    Dateline,
    Gap,
    GapCode,
    Image,
    Organization,
    Paragraph,
    Person,
    QualityReport,
    Text,
)
from newsschema._quality import GROUPS, LENGTH_BINS, OTHER, Field, warning_key
from newsschema.cli import main

SITES = ("courier.example", "harbour.example", "valley.example", "news.example")
LANGUAGES = ("en", "fr", "de", "es", "uk")
UTC2 = dt.timezone(dt.timedelta(hours=2))


@attrs.define
class Truth:
    """Counts made while generating, by the generator's own decisions."""

    articles: int = 0
    filled: Counter[str] = attrs.Factory(Counter)
    sites: Counter[str] = attrs.Factory(Counter)
    site_authors: Counter[str] = attrs.Factory(Counter)
    languages: Counter[str] = attrs.Factory(Counter)
    months: Counter[str] = attrs.Factory(Counter)
    undated: int = 0
    lengths: Counter[int] = attrs.Factory(Counter)
    words: int = 0
    ready: int = 0
    gaps: Counter[str] = attrs.Factory(Counter)


def _words(count: int) -> tuple[Paragraph, ...]:
    paragraphs = []
    while count > 0:
        size = min(count, 60)
        paragraphs.append(Paragraph((Text(" ".join(["word"] * size)),)))
        count -= size
    return tuple(paragraphs)


def generate(count: int, truth: Truth, seed: int = 15) -> Iterator[Article]:
    """``count`` varied articles, one at a time, counting into ``truth`` what each has."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
    for i in range(count):
        site = rng.choice((*SITES, None))
        language = rng.choice((*LANGUAGES, None))
        has_authors = rng.random() < 0.7
        author_urls = has_authors and rng.random() < 0.5
        date_kind = rng.choice(("none", "day", "local", "zoned", "zoned"))
        modified = date_kind != "none" and rng.random() < 0.4
        image = rng.choice(("none", "url", "url", "caption only"))
        credit = image != "none" and rng.random() < 0.5
        words = rng.randint(0, 1200)
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 5 * 365))
        at = dt.datetime.combine(day, dt.time(9, 30))
        published = {
            "none": None,
            "day": day,
            "local": at,
            "zoned": at.replace(tzinfo=UTC2),
        }[date_kind]
        authors = (
            tuple(
                Person(
                    name, url=f"https://{site or 'people.example'}/a/{n}" if author_urls else None
                )
                for n, name in enumerate(("Ana Kovac", "Ben Okoro")[: rng.randint(1, 2)])
            )
            if has_authors
            else ()
        )
        lead = None
        if image != "none":
            lead = Image(
                url=f"https://img.example/{i}.jpg" if image == "url" else None,
                caption="A caption" if image == "caption only" or rng.random() < 0.5 else None,
                credit="Photo Desk" if credit else None,
            )
        article = Article(
            headline=f"Headline number {i}",
            authors=authors,
            date_published=published,
            date_modified=(at + dt.timedelta(hours=2)).replace(tzinfo=UTC2) if modified else None,
            lead_image=lead,
            dateline=Dateline(place="NORTHFIELD") if rng.random() < 0.3 else None,
            keywords=("harbour", "council") if rng.random() < 0.4 else (),
            url=f"https://www.{site}/story/{i}" if site else None,
            language=language,
            publisher=Organization("Northfield Media") if rng.random() < 0.5 else None,
            section="Local" if rng.random() < 0.2 else None,
            description="A summary." if rng.random() < 0.1 else None,
            body=_words(words),
        )
        _count(truth, article, site=site, day=day, date_kind=date_kind, words=words)
        yield article


def _count(
    truth: Truth, article: Article, *, site: str | None, day: dt.date, date_kind: str, words: int
) -> None:
    truth.articles += 1
    image = article.lead_image
    has = {
        "headline": True,
        "authors": bool(article.authors),
        "author-url": bool(article.authors) and article.authors[0].url is not None,
        "date-published": date_kind != "none",
        "date-with-time": date_kind in ("local", "zoned"),
        "date-with-zone": date_kind == "zoned",
        "date-modified": article.date_modified is not None,
        "lead-image": image is not None,
        "image-url": image is not None and image.url is not None,
        "caption": image is not None and image.caption is not None,
        "credit": image is not None and image.credit is not None,
        "dateline": article.dateline is not None,
        "keywords": bool(article.keywords),
        "url": site is not None,
        "language": article.language is not None,
        "publisher": article.publisher is not None,
        "section": article.section is not None,
        "description": article.description is not None,
    }
    truth.filled.update(name for name, ok in has.items() if ok)
    truth.sites[site or "(no url)"] += 1
    truth.site_authors[site or "(no url)"] += has["authors"]
    truth.languages[article.language or "(none)"] += 1
    if date_kind == "none":
        truth.undated += 1
    else:
        truth.months[f"{day.year:04d}-{day.month:02d}"] += 1
    truth.lengths[bisect.bisect_right(LENGTH_BINS, words) - 1] += 1
    truth.words += words
    gaps = {
        "google-no-author": not has["authors"],
        "google-author-no-url": has["authors"] and not has["author-url"],
        "google-no-date-published": date_kind == "none",
        "google-date-only": date_kind == "day",
        "google-no-time-zone": date_kind == "local",
        "google-no-date-modified": not has["date-modified"],
        "google-no-image": image is None,
        "google-image-no-url": image is not None and image.url is None,
    }
    truth.gaps.update(code for code, missing in gaps.items() if missing)
    truth.ready += not any(gaps.values())


def _check(data: dict[str, object], truth: Truth) -> None:
    assert data["totals"] == {
        "inputs": truth.articles,
        "articles": truth.articles,
        "failed": 0,
        "skipped": 0,
        "warnings": 0,
        "articlesWithWarnings": 0,
        "words": truth.words,
    }
    fields = data["fields"]
    assert isinstance(fields, dict)
    assert fields["articles"] == truth.articles
    assert fields["filled"] == {f.value: truth.filled[f.value] for f in Field}
    sites = {row["site"]: row for row in data["sites"]}  # type: ignore[attr-defined]
    assert {k: v["articles"] for k, v in sites.items()} == dict(truth.sites)
    assert {k: v["filled"]["authors"] for k, v in sites.items()} == dict(truth.site_authors)
    languages = {row["language"]: row["articles"] for row in data["languages"]}  # type: ignore[attr-defined]
    assert languages == dict(truth.languages)
    assert data["dates"] == {
        "byMonth": dict(sorted(truth.months.items())),
        "undated": truth.undated,
        "otherMonths": 0,
    }
    bins = [row["articles"] for row in data["length"]["bins"]]  # type: ignore[index]
    assert bins == [truth.lengths[i] for i in range(len(LENGTH_BINS))]
    google = data["google"]
    assert isinstance(google, dict)
    assert google["ready"] == truth.ready
    assert {row["code"]: row["articles"] for row in google["missing"]} == +truth.gaps


def test_twenty_thousand_articles_in_a_few_seconds_and_the_numbers_match(tmp_path: Path) -> None:
    truth = Truth()
    articles = list(generate(20_000, truth))
    report = QualityReport()
    start = time.perf_counter()
    for article in articles:
        report.add(article, source="generated")
    page = report.to_html()
    data = json.loads(report.to_json())
    seconds = time.perf_counter() - start
    (tmp_path / "report.html").write_text(page, encoding="utf-8")
    _check(data, truth)
    assert truth.ready > 300  # the generator makes ready articles, and the report finds them
    assert f"<b>{truth.ready:,}</b> of 20,000" in page
    # a few seconds on one core (about 2.5 s); generous for a machine shared with other work
    assert seconds < 40, seconds


def test_a_merged_report_is_the_report_of_the_whole() -> None:
    whole, first, second = QualityReport(), QualityReport(), QualityReport()
    truth = Truth()
    for i, article in enumerate(generate(600, truth, seed=3)):
        warnings = [Gap(GapCode.NO_TIME_ZONE, "no zone")] if i % 3 else ["line 4: odd 'x'"]
        whole.add(article, source=f"{i}.txt", warnings=warnings)
        (first if i < 250 else second).add(article, source=f"{i}.txt", warnings=warnings)
    whole.add_failure("bad.txt", "bad.txt:1: empty")
    second.add_failure("bad.txt", "bad.txt:1: empty")
    assert first.merge(second).to_dict() == whole.to_dict()
    assert whole.to_html() == first.to_html()


def _peak(count: int) -> int:
    truth = Truth()
    articles = generate(count, truth, seed=7)
    tracemalloc.start()
    try:
        report = QualityReport()
        for article in articles:
            report.add(article, source="x.txt", warnings=["no date found"])
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_is_flat_in_the_number_of_articles() -> None:
    small, large = _peak(500), _peak(2_000)
    # four times the articles: the same counters and examples, not four times the memory
    assert large < small * 1.3 + 200_000, (small, large)


def test_groups_and_kinds_are_bounded() -> None:
    report = QualityReport()
    for i in range(GROUPS + 50):
        article = Article(headline="H", url=f"https://site{i}.example/a", body=_words(3))
        report.add(article, source=f"{i}.txt", warnings=[f"warning kind {chr(0x4E00 + i)}"])
    assert len(report.sites) == GROUPS + 1
    assert report.sites[OTHER].articles == 50
    assert sum(counts.articles for counts in report.sites.values()) == GROUPS + 50
    assert len(report.codes) == GROUPS + 1
    assert sum(stat.count for stat in report.codes.values()) == GROUPS + 50


def test_warnings_count_by_code_value_or_by_kind() -> None:
    assert warning_key(Gap(GapCode.NO_TIME_ZONE, "no zone")) == ("google-no-time-zone", True)

    @attrs.frozen
    class NewWarning:  # a warning type with a code this module has never seen
        code: str
        message: str

    assert warning_key(NewWarning("reader-new-code", "x")) == ("reader-new-code", True)
    assert warning_key("line 12: date '3 May' has 2 readings") == (
        "date … has N readings",
        False,
    )


# --------------------------------------------------------------------------- the fixtures


def _fixture_truth() -> dict[str, int]:
    """The fixtures' fill counts, made here from the articles the reader gives."""
    counts: Counter[str] = Counter()
    texts = sorted(EXAMPLES.glob("*.txt"))
    for path in texts:
        article = newsschema.parse_file(path)
        published = article.date_published
        counts["headline"] += bool(article.headline.strip())
        counts["authors"] += bool(article.authors)
        counts["date-published"] += published is not None
        counts["date-with-time"] += isinstance(published, dt.datetime)
        counts["date-with-zone"] += (
            isinstance(published, dt.datetime) and published.tzinfo is not None
        )
        counts["lead-image"] += article.lead_image is not None
        counts["dateline"] += article.dateline is not None
        counts["url"] += article.url is not None
        counts["language"] += article.language is not None
    counts["articles"] = len(texts)
    return dict(counts)


def test_report_over_the_42_fixtures(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsschema.cli",
            "report",
            *map(str, sorted(EXAMPLES.glob("*.txt"))),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "42 articles, 0 failed" in run.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    result = CliRunner().invoke(
        main, ["report", str(EXAMPLES), "--from", "text", "--format", "json", "-j", "1"]
    )
    assert result.exit_code != 0  # the outputs in the folder are not text: each fails, counted
    data = json.loads(
        CliRunner()
        .invoke(
            main,
            ["report", *map(str, sorted(EXAMPLES.glob("*.txt"))), "--format", "json", "-j", "1"],
        )
        .stdout
    )
    truth = _fixture_truth()
    assert data["totals"]["articles"] == truth.pop("articles") == 42
    assert {k: data["fields"]["filled"][k] for k in truth} == truth


@pytest.mark.parametrize("pattern", ["*.json", "*.jsonld", "*.xml", "*.ninjs.json", "*.newsml.xml"])
def test_report_over_outputs_counts_what_each_format_holds(pattern: str) -> None:
    files = sorted(
        p for p in EXAMPLES.glob(pattern) if pattern != "*.json" or ".ninjs." not in p.name
    )
    if pattern == "*.xml":
        files = [p for p in files if ".newsml." not in p.name]
    report = newsschema.report(files, jobs=1)
    assert (report.articles, report.failed) == (42, 0)
    text = newsschema.report(sorted(EXAMPLES.glob("*.txt")), jobs=1)
    # every format keeps these (ninjs holds dates with a time zone only: it drops the others)
    kept = [Field.HEADLINE, Field.AUTHORS, Field.DATE_ZONE, Field.URL]
    if pattern != "*.ninjs.json":
        kept.append(Field.DATE_PUBLISHED)
    for field in kept:
        assert report.fields.count(field) == text.fields.count(field), field


def test_convert_writes_a_report_linked_to_its_outputs(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(EXAMPLES.glob("0*.txt")):
        (inputs / path.name).write_bytes(path.read_bytes())
    (inputs / "empty.txt").write_bytes(b"")
    html_file, json_file = tmp_path / "r" / "report.html", tmp_path / "report.json"
    (tmp_path / "r").mkdir()
    result = CliRunner().invoke(
        main,
        [
            "convert",
            str(inputs),
            "--to",
            "jsonld",
            "--out-dir",
            str(tmp_path / "out"),
            "-q",
            "--report-html",
            str(html_file),
            "--report-json",
            str(json_file),
            "-j",
            "1",
        ],
    )
    assert result.exit_code == 1  # empty.txt failed
    data = json.loads(json_file.read_text(encoding="utf-8"))
    assert data["totals"]["articles"] == 10
    assert data["failures"]["count"] == 1
    assert data["failures"]["examples"][0]["file"].endswith("empty.txt")
    # the writer's Google gaps are among the warnings, by code
    codes = {row["code"]: row for row in data["warnings"]}
    assert codes["google-no-date-modified"]["count"] == 10
    example = codes["google-no-date-modified"]["examples"][0]
    assert example["output"].endswith(".jsonld")
    links = _hrefs(html_file.read_text(encoding="utf-8"))
    outputs = [href for href in links if href.endswith(".jsonld")]
    assert outputs
    for href in outputs:  # relative to the page, and there
        assert (html_file.parent / href).resolve().is_file(), href


def test_report_of_a_missing_file_fails_and_counts_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["report", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "r.json")]
    )
    assert result.exit_code == 1
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["totals"]["failed"] == 1
    assert CliRunner().invoke(main, ["report", "-"]).exit_code == 2


def test_the_json_shape_is_stable() -> None:
    report = QualityReport()
    report.add(Article(headline="H", body=_words(5)), source="a.txt", warnings=["x"])
    data = report.to_dict()
    assert list(data) == [
        "reportVersion",
        "generator",
        "totals",
        "fields",
        "sites",
        "languages",
        "dates",
        "length",
        "google",
        "warnings",
        "failures",
    ]
    assert data["reportVersion"] == "1.0"
    assert list(data["totals"]) == [
        "inputs",
        "articles",
        "failed",
        "skipped",
        "warnings",
        "articlesWithWarnings",
        "words",
    ]
    assert list(data["fields"]["filled"]) == [f.value for f in Field]
    assert list(data["warnings"][0]) == ["code", "typed", "count", "articles", "examples"]
    assert list(data["warnings"][0]["examples"][0]) == ["file", "output", "detail", "headline"]
    assert list(data["google"]) == ["checked", "ready", "missing"]


# --------------------------------------------------------------------------- hostile text


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _hrefs(page: str) -> list[str]:
    parser = _Elements()
    parser.feed(page)
    return [
        value or ""
        for name, value in parser.attributes
        if name == "href" and not (value or "").startswith("#")
    ]


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def hostile_report() -> QualityReport:
    """A report whose every text comes from hostile files and articles."""
    report = QualityReport()
    article = Article(
        headline=HOSTILE,
        url='https://evil.example/"><script>alert(2)</script>',
        language="en",
        keywords=(HOSTILE,),
        body=_words(10),
    )
    report.add(
        article,
        source='"><svg onload=alert(3)>.txt',
        warnings=[HOSTILE, Gap(GapCode.NO_IMAGE, HOSTILE)],
    )
    report.add(article, source="javascript:alert(4).txt", output="out/<b>.jsonld")
    report.add_failure("</td><script>alert(5)</script>.txt", HOSTILE)
    return report


def test_text_from_files_and_articles_is_escaped() -> None:
    page = hostile_report().to_html(title=HOSTILE)
    parser = _Elements()
    parser.feed(page)
    assert "script" not in parser.tags
    assert "img" not in parser.tags
    assert all(not name.startswith("on") for name, _value in parser.attributes)
    assert HOSTILE in "".join(parser.text)  # shown as text, not lost
    for href in _hrefs(page):  # a file named javascript:… is a relative path
        assert href.startswith(("./", "../", "file://")), href
    assert "default-src 'none'" in page  # and the page forbids scripts and network loads


def test_the_page_is_deterministic() -> None:
    assert hostile_report().to_html() == hostile_report().to_html()
    assert hostile_report().to_json() == hostile_report().to_json()
