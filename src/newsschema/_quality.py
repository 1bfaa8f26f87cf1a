"""A quality report over many articles: fill rates, distributions, Google readiness, warnings.

The report is an accumulator: each article is reduced to its :class:`ArticleFacts` (a few
counters' worth, computed where the article is, a worker process included) and added; only
counters and a bounded number of examples are kept, so memory stays flat however many
articles pass. Two reports of parts of a batch merge into the report of the whole
(:meth:`QualityReport.merge`), so that workers or Dask partitions may each build one.

Warnings are counted by their code's string value where they carry a code (a
:class:`~newsschema._gaps.Gap`, or any warning with a ``code``), so that new codes appear
without a change here; other warnings by their kind (the message with quoted details and
numbers folded away). The JSON shape (:meth:`QualityReport.to_dict`) is documented in the
README and versioned by ``reportVersion``.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from newsschema._gaps import host_of
from newsschema.model import Article, ImageBlock

if TYPE_CHECKING:
    from newsschema._batch import FileResult

__all__ = [
    "EXAMPLES",
    "LENGTH_BINS",
    "OTHER",
    "REPORT_VERSION",
    "ArticleFacts",
    "Example",
    "Field",
    "FieldCounts",
    "GoogleGap",
    "QualityReport",
    "WarningStat",
    "article_facts",
    "build_report",
    "warning_key",
]

REPORT_VERSION = "1.0"
"""The version of the JSON shape: a new key is a minor change, a changed one a major."""

EXAMPLES = 3
"""Example files kept per warning code."""
FAILURE_EXAMPLES = 50
"""Failures listed by name (all are counted)."""
GROUPS = 300
"""Sites, languages or warning kinds counted one by one; more are pooled under OTHER."""
FIXES = 50
"""Profile keys counted per gap code; more are pooled under OTHER."""
MONTHS = 1200
"""Publication months counted one by one (a century); dates beyond are counted apart."""
OTHER = "(other)"
NO_SITE = "(no url)"
NO_LANGUAGE = "(none)"

LENGTH_BINS = (0, 50, 100, 200, 400, 800, 1600, 3200)
"""Lower bounds of the article-length classes, in words; the last is open."""

_GOOGLE_PREFIX = "google-"
_QUOTED = re.compile(r"'[^']{0,200}'|\"[^\"]{0,200}\"|«[^»]{0,200}»|“[^”]{0,200}”")
_LINE = re.compile(r"^line \d+: ")
_NUMBER = re.compile(r"\d+")
_KIND_LIMIT = 160
_HEADLINE_LIMIT = 120


class Field(str, enum.Enum):
    """A field whose fill rate the report counts; each value is a stable key in the JSON."""

    HEADLINE = "headline"
    AUTHORS = "authors"
    AUTHOR_URL = "author-url"
    """Every author has a page (``url`` or ``same_as``)."""
    DATE_PUBLISHED = "date-published"
    DATE_TIME = "date-with-time"
    """The publication date has a time of day."""
    DATE_ZONE = "date-with-zone"
    """The publication date has a time and a time zone (or offset)."""
    DATE_MODIFIED = "date-modified"
    LEAD_IMAGE = "lead-image"
    IMAGE_URL = "image-url"
    CAPTION = "caption"
    CREDIT = "credit"
    DATELINE = "dateline"
    KEYWORDS = "keywords"
    URL = "url"
    LANGUAGE = "language"
    PUBLISHER = "publisher"
    SECTION = "section"
    DESCRIPTION = "description"


def _has_time(value: dt.date | None) -> bool:
    return isinstance(value, dt.datetime)


def _has_zone(value: dt.date | None) -> bool:
    return isinstance(value, dt.datetime) and value.utcoffset() is not None


def _filled(article: Article) -> frozenset[Field]:
    image = article.lead_image
    published = article.date_published
    checks = {
        Field.HEADLINE: bool(article.headline.strip()),
        Field.AUTHORS: bool(article.authors),
        Field.AUTHOR_URL: bool(article.authors)
        and all(p.url or p.same_as for p in article.authors),
        Field.DATE_PUBLISHED: published is not None,
        Field.DATE_TIME: _has_time(published),
        Field.DATE_ZONE: _has_zone(published),
        Field.DATE_MODIFIED: article.date_modified is not None,
        Field.LEAD_IMAGE: image is not None,
        Field.IMAGE_URL: image is not None and bool(image.url),
        Field.CAPTION: image is not None and bool(image.caption),
        Field.CREDIT: image is not None and bool(image.credit),
        Field.DATELINE: article.dateline is not None,
        Field.KEYWORDS: bool(article.keywords),
        Field.URL: bool(article.url),
        Field.LANGUAGE: bool(article.language),
        Field.PUBLISHER: article.publisher is not None and bool(article.publisher.name),
        Field.SECTION: bool(article.section),
        Field.DESCRIPTION: bool(article.description),
    }
    return frozenset(field for field, ok in checks.items() if ok)


@attrs.frozen
class GoogleGap:
    """One of Google's recommendations an article's JSON-LD misses, and the profile key
    that would fill it (``None`` where no profile can)."""

    code: str
    key: str | None = None


@attrs.frozen
class ArticleFacts:
    """What the report needs of one article: small, so that workers can send it."""

    fields: frozenset[Field]
    host: str | None
    language: str | None
    month: str | None
    """``YYYY-MM`` of the publication date."""
    words: int
    google: tuple[GoogleGap, ...]
    """Google's recommendations the article's JSON-LD misses (one entry per code)."""
    headline: str = ""
    """The headline, shortened, to name the article in examples."""


def article_facts(article: Article) -> ArticleFacts:
    """The facts of ``article``, its Google gaps those of the JSON-LD newsschema writes."""
    from newsschema.formats.jsonld import gaps_for  # noqa: PLC0415 - loads the JSON-LD writer

    # Google's checks read no body text: only its images (written as the article's images)
    images = tuple(block for block in article.body if isinstance(block, ImageBlock))
    google: dict[str, GoogleGap] = {}
    for gap in gaps_for(attrs.evolve(article, body=images)):
        code = gap.code.value
        if code.startswith(_GOOGLE_PREFIX) and code not in google:
            google[code] = GoogleGap(code, gap.key)
    published = article.date_published
    headline = " ".join(article.headline.split())
    if len(headline) > _HEADLINE_LIMIT:
        headline = headline[: _HEADLINE_LIMIT - 1] + "…"
    return ArticleFacts(
        fields=_filled(article),
        host=host_of(article.url),
        language=article.language,
        month=f"{published.year:04d}-{published.month:02d}" if published else None,
        words=article.word_count,
        google=tuple(google.values()),
        headline=headline,
    )


def warning_key(warning: object) -> tuple[str, bool]:
    """What a warning is counted by, and whether that is a typed code: the code's string
    value where the warning has one, else its kind (quoted details, line numbers and
    numbers folded away)."""
    code = getattr(warning, "code", None)
    if code is not None:
        value = code.value if isinstance(code, enum.Enum) else code
        return str(value), True
    text = _LINE.sub("", str(warning))
    kind = _NUMBER.sub("N", _QUOTED.sub("…", text))
    if len(kind) > _KIND_LIMIT:
        kind = kind[: _KIND_LIMIT - 1] + "…"
    return kind, False


def _bump(counter: dict[str, int], key: str, count: int = 1, limit: int = GROUPS) -> None:
    """Count ``key`` in a counter of at most ``limit`` keys (then under OTHER)."""
    if key not in counter and len(counter) >= limit:
        key = OTHER
    counter[key] = counter.get(key, 0) + count


@attrs.define
class FieldCounts:
    """How many articles, and how many of them have each field."""

    articles: int = 0
    filled: dict[str, int] = attrs.Factory(dict)

    def add(self, fields: Iterable[Field]) -> None:
        self.articles += 1
        for field in fields:
            self.filled[field.value] = self.filled.get(field.value, 0) + 1

    def merge(self, other: FieldCounts) -> None:
        self.articles += other.articles
        for key, count in other.filled.items():
            self.filled[key] = self.filled.get(key, 0) + count

    def count(self, field: Field) -> int:
        return self.filled.get(field.value, 0)

    def rate(self, field: Field) -> float:
        return self.count(field) / self.articles if self.articles else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "filled": {field.value: self.count(field) for field in Field},
        }


@attrs.frozen
class Example:
    """A file that shows a warning or a failure: the file read, the output written from it
    (``None`` when the file read is the output, or nothing was written), and what it says."""

    file: str
    output: str | None = None
    detail: str = ""
    headline: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "output": self.output,
            "detail": self.detail,
            "headline": self.headline,
        }


@attrs.define
class WarningStat:
    """One warning code (or kind): how often, in how many articles, and a few examples."""

    typed: bool
    count: int = 0
    articles: int = 0
    examples: list[Example] = attrs.Factory(list)

    def merge(self, other: WarningStat) -> None:
        self.count += other.count
        self.articles += other.articles
        room = EXAMPLES - len(self.examples)
        self.examples.extend(other.examples[: max(room, 0)])


def _group_key(groups: Mapping[str, FieldCounts], key: str) -> str:
    return key if key in groups or len(groups) < GROUPS else OTHER


def _merge_counter(into: dict[str, int], other: Mapping[str, int], limit: int = GROUPS) -> None:
    for key, count in other.items():
        _bump(into, key, count, limit)


@attrs.define
class QualityReport:
    """The quality of a set of articles, built one article at a time, in constant memory.

    >>> report = QualityReport()
    >>> report.add(article, source="a.txt", warnings=result.warnings)  # doctest: +SKIP
    >>> report.add_failure("b.txt", "b.txt:1: not an article")         # doctest: +SKIP
    >>> html = report.to_html()                                       # doctest: +SKIP
    """

    articles: int = 0
    failed: int = 0
    skipped: int = 0
    warnings: int = 0
    warned_articles: int = 0
    words: int = 0
    fields: FieldCounts = attrs.Factory(FieldCounts)
    sites: dict[str, FieldCounts] = attrs.Factory(dict)
    languages: dict[str, FieldCounts] = attrs.Factory(dict)
    months: dict[str, int] = attrs.Factory(dict)
    undated: int = 0
    other_months: int = 0
    lengths: list[int] = attrs.Factory(lambda: [0] * len(LENGTH_BINS))
    google_ready: int = 0
    google_missing: dict[str, int] = attrs.Factory(dict)
    google_fixes: dict[str, dict[str, int]] = attrs.Factory(dict)
    codes: dict[str, WarningStat] = attrs.Factory(dict)
    failures: list[Example] = attrs.Factory(list)

    # ------------------------------------------------------------------ adding

    def add(
        self,
        article: Article,
        *,
        source: str = "",
        warnings: Iterable[object] = (),
        output: str | None = None,
    ) -> None:
        """Count one article read from ``source`` (written to ``output``, if any) with the
        warnings reading or writing it gave."""
        self.add_facts(article_facts(article), source=source, warnings=warnings, output=output)

    def add_facts(
        self,
        facts: ArticleFacts,
        *,
        source: str = "",
        warnings: Iterable[object] = (),
        output: str | None = None,
    ) -> None:
        """:meth:`add` for an article already reduced to its facts (in a worker process)."""
        self.articles += 1
        self.words += facts.words
        self.fields.add(facts.fields)
        self._group(self.sites, facts.host or NO_SITE).add(facts.fields)
        self._group(self.languages, facts.language or NO_LANGUAGE).add(facts.fields)
        self._date(facts.month)
        self.lengths[_length_bin(facts.words)] += 1
        self._google(facts.google)
        self._warnings(facts, warnings, source, output)

    def add_result(self, result: FileResult) -> None:
        """Count what became of one input of a batch run with ``BatchOptions.report``."""
        if result.error is not None:
            self.add_failure(result.source, result.error)
        elif result.skipped is not None:
            self.add_skipped()
        elif result.facts is None:
            raise ValueError(f"{result.source}: no facts to count; run the batch with report=True")
        else:
            output = result.written[0] if result.written else None
            self.add_facts(
                result.facts, source=result.source, warnings=result.warnings, output=output
            )

    def add_failure(self, source: str, reason: str) -> None:
        """Count an input that could not be read or converted."""
        self.failed += 1
        if len(self.failures) < FAILURE_EXAMPLES:
            self.failures.append(Example(source, detail=reason))

    def add_skipped(self) -> None:
        """Count an input that was not read (not a regular file, up to date)."""
        self.skipped += 1

    @staticmethod
    def _group(groups: dict[str, FieldCounts], key: str) -> FieldCounts:
        return groups.setdefault(_group_key(groups, key), FieldCounts())

    def _date(self, month: str | None, count: int = 1) -> None:
        if month is None:
            self.undated += count
        elif month in self.months or len(self.months) < MONTHS:
            self.months[month] = self.months.get(month, 0) + count
        else:  # past the limit: counted apart
            self.other_months += count

    def _stat(self, key: str, *, typed: bool) -> WarningStat:
        """The counts of a warning code or kind; past the limit, those of OTHER."""
        if key not in self.codes and len(self.codes) >= GROUPS:
            key, typed = OTHER, False
        return self.codes.setdefault(key, WarningStat(typed))

    def _google(self, gaps: tuple[GoogleGap, ...]) -> None:
        if not gaps:
            self.google_ready += 1
        for gap in gaps:
            _bump(self.google_missing, gap.code)
            if gap.key is not None:
                _bump(self.google_fixes.setdefault(gap.code, {}), gap.key, limit=FIXES)

    def _warnings(
        self, facts: ArticleFacts, warnings: Iterable[object], source: str, output: str | None
    ) -> None:
        seen: set[str] = set()
        for warning in warnings:
            key, typed = warning_key(warning)
            stat = self._stat(key, typed=typed)
            stat.count += 1
            self.warnings += 1
            if key not in seen:
                seen.add(key)
                stat.articles += 1
                if len(stat.examples) < EXAMPLES:
                    stat.examples.append(Example(source, output, str(warning), facts.headline))
        if seen:
            self.warned_articles += 1

    # ------------------------------------------------------------------ combining

    def merge(self, other: QualityReport) -> QualityReport:
        """Add the counts of ``other`` (the report of another part of a batch) to this one;
        returns this report. Examples are kept in order, this report's first."""
        for name in _SUMS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.fields.merge(other.fields)
        for groups, theirs in ((self.sites, other.sites), (self.languages, other.languages)):
            for key, counts in theirs.items():
                self._group(groups, key).merge(counts)
        for month, count in other.months.items():
            self._date(month, count)
        self.lengths = [a + b for a, b in zip(self.lengths, other.lengths, strict=True)]
        _merge_counter(self.google_missing, other.google_missing)
        for code, fixes in other.google_fixes.items():
            _merge_counter(self.google_fixes.setdefault(code, {}), fixes, FIXES)
        for key, stat in other.codes.items():
            self._stat(key, typed=stat.typed).merge(stat)
        room = FAILURE_EXAMPLES - len(self.failures)
        self.failures.extend(other.failures[: max(room, 0)])
        return self

    # ------------------------------------------------------------------ reading

    @property
    def total(self) -> int:
        """Inputs counted: articles read, failures and skips."""
        return self.articles + self.failed + self.skipped

    def warnings_by_count(self) -> list[tuple[str, WarningStat]]:
        """Warning codes and kinds, the most frequent first (then by name)."""
        return sorted(self.codes.items(), key=lambda item: (-item[1].count, item[0]))

    def google_by_count(self) -> list[tuple[str, int, list[tuple[str, int]]]]:
        """Google gap codes, the most frequent first, each with its profile keys."""
        out = []
        for code, count in sorted(self.google_missing.items(), key=lambda i: (-i[1], i[0])):
            fixes = self.google_fixes.get(code, {})
            out.append((code, count, sorted(fixes.items(), key=lambda i: (-i[1], i[0]))))
        return out

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data for JSON, in the documented shape (``reportVersion``)."""
        from newsschema import __version__  # noqa: PLC0415 - cycle at import time

        return {
            "reportVersion": REPORT_VERSION,
            "generator": f"newsschema {__version__}",
            "totals": {
                "inputs": self.total,
                "articles": self.articles,
                "failed": self.failed,
                "skipped": self.skipped,
                "warnings": self.warnings,
                "articlesWithWarnings": self.warned_articles,
                "words": self.words,
            },
            "fields": self.fields.to_dict(),
            "sites": _groups(self.sites, "site"),
            "languages": _groups(self.languages, "language"),
            "dates": {
                "byMonth": dict(sorted(self.months.items())),
                "undated": self.undated,
                "otherMonths": self.other_months,
            },
            "length": {"bins": _bins(self.lengths), "words": self.words},
            "google": self._google_dict(),
            "warnings": [
                {
                    "code": key,
                    "typed": stat.typed,
                    "count": stat.count,
                    "articles": stat.articles,
                    "examples": [example.to_dict() for example in stat.examples],
                }
                for key, stat in self.warnings_by_count()
            ],
            "failures": {
                "count": self.failed,
                "examples": [example.to_dict() for example in self.failures],
            },
        }

    def _google_dict(self) -> dict[str, Any]:
        return {
            "checked": self.articles,
            "ready": self.google_ready,
            "missing": [
                {
                    "code": code,
                    "articles": count,
                    "fixes": [{"key": key, "articles": n} for key, n in fixes],
                }
                for code, count, fixes in self.google_by_count()
            ],
        }

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text (UTF-8, two-space indent, keys in a fixed order)."""
        import json  # noqa: PLC0415

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def to_html(self, *, title: str = "newsschema quality report", base: str | None = None) -> str:
        """The report as one self-contained HTML page (no script, no network). Links to
        files are made relative to the folder ``base`` (where the page will be written)."""
        from newsschema._quality_html import render  # noqa: PLC0415

        return render(self, title=title, base=base)


_SUMS = (
    "articles",
    "failed",
    "skipped",
    "warnings",
    "warned_articles",
    "words",
    "undated",
    "other_months",
    "google_ready",
)
"""The plain counts of a report, added up by a merge."""


def _length_bin(words: int) -> int:
    index = 0
    for i, low in enumerate(LENGTH_BINS):
        if words >= low:
            index = i
    return index


def _bins(counts: list[int]) -> list[dict[str, int | None]]:
    highs: list[int | None] = [b - 1 for b in LENGTH_BINS[1:]]
    highs.append(None)
    return [
        {"min": low, "max": high, "articles": count}
        for low, high, count in zip(LENGTH_BINS, highs, counts, strict=True)
    ]


def _groups(groups: Mapping[str, FieldCounts], name: str) -> list[dict[str, Any]]:
    ordered = sorted(groups.items(), key=lambda item: (-item[1].articles, item[0]))
    return [{name: key, **counts.to_dict()} for key, counts in ordered]


def build_report(
    paths: Iterable[str | os.PathLike[str]],
    *,
    input_format: str | None = None,
    jobs: int | None = None,
    follow_symlinks: bool = False,
    timeout: float = 0.0,
) -> QualityReport:
    """The report over every article file ``paths`` name (files, folders, patterns): each
    read in its format (from ``input_format``, else its suffix or content), in worker
    processes (``jobs``; 1: here, one after the other)."""
    from newsschema._batch import BatchOptions, Missing, Task, iter_tasks, run_batch  # noqa: PLC0415

    options = BatchOptions(
        formats=(),
        input_format=input_format,
        jobs=jobs,
        follow_symlinks=follow_symlinks,
        timeout=timeout,
        report=True,
    )

    def tasks() -> Iterator[Task]:
        # streamed: the inputs are never all held at once
        for item in iter_tasks([os.fspath(p) for p in paths], options):
            if isinstance(item, Missing):
                what = "a folder with no article files" if item.folder else "no such file"
                yield Task(-1, item.name, "", error=f"{item.name}: {what}")
            else:
                yield item

    report = QualityReport()
    for result in run_batch(tasks(), options, parallel=jobs != 1):
        report.add_result(result)
    return report
