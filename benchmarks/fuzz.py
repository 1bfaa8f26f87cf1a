"""Fuzz every reader with generated and mutated inputs (issue 9).

    .venv/bin/python benchmarks/fuzz.py --per-reader 100000 [--jobs N] [--seed S]
                                        [--findings DIR] [--limit SECONDS]
    .venv/bin/python benchmarks/fuzz.py --quick

Readers: ``text`` (newsschema.parse), ``json`` (from_json), ``jsonld`` (from_jsonld
on JSON-LD text), ``nitf`` (from_nitf) and ``html`` (from_jsonld on a saved web
page). Each input is generated, or a mutation of a seed: the project's examples,
synthetic articles from ``corpus.py`` and the documents newsschema writes for them;
mutations work on bytes (flips, cuts, splices, repeated tokens) and on structure (a
JSON value or an XML attribute replaced by a hostile one, markup inserted).

For every input:

- the reader returns an Article or raises a NewsschemaError; anything else, from
  the reader or from the format's validator fed the same input, is **foreign**;
- the Article writes JSON, JSON-LD and NITF that ``validate_json``,
  ``validate_jsonld`` (no errors) and ``validate_nitf`` accept, and its JSON reads
  back equal; otherwise it is **invalid** (each distinct Article is checked once);
- reading it and writing the three documents take under ``--limit`` seconds of CPU
  time (2 by default; CPU time, so that a machine shared with other work does not
  make an input look slow); otherwise it is **slow**, and an input still running
  after 30 s (wall clock) is stopped and counted **hung**.

Prints the counts per reader and exits 1 when anything was foreign, invalid, slow or
hung; those inputs are saved under ``--findings`` (a new temporary folder by
default) with what went wrong.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import multiprocessing
import os
import random
import re
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import corpus
import newsschema
from newsschema import Article, NewsschemaError

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "examples"
READERS = ("text", "json", "jsonld", "nitf", "html")
KINDS = ("foreign", "invalid", "slow", "hung")
HARD_STOP = 30.0
CHUNK = 250
QUICK_PER_READER = 120
KEPT_PER_KIND = 20
"""Findings saved per reader and kind; the counts cover every one."""

# --------------------------------------------------------------------------- dictionaries

URLS = [
    "https://news.example/2023/a.html", "https://de.wikipedia.org/wiki/Köln",
    "https://münchen.example/straße?q=ä#oben", "https://img.example/focal\\(1x2\\)/a.jpg",
    "http://[x]/a.jpg", "http://[::1]:8080/a", "http://[v1.x]/", "http://news example/a",
    "http:a", "https:///a", "//cdn.example/a.png", "/relative/a.jpg", "../up.png",
    "a b.jpg", "#top", "?q=1", "mailto:ann@x.example", "urn:isbn:0451450523", "1a:b",
    "https://x.example/%zz", "https://x.example/#a#b", "https://x.example:80x/",
    " https://x.example/pad ", "https://😀.example/", "javascript:alert(1)", "",
    "data:image/png;base64,AAAA", "https://x.example/<a>\"{}|^`", "www.x.example/a",
    "https://u:p@x.example/", "https://" + "a" * 300 + ".example/",
]  # fmt: skip
LANGUAGES = [
    "en", "pt-BR", "pt_BR", "x", "English", "en-US-x-twain", "", "zh-Hant-TW", "i-klingon",
    "toolongprimary", "en--US", "e n", "de-DE-1996", "ar",
]  # fmt: skip
DATES = [
    "2023-03-03T10:00:00+23:59", "2023-03-03T10:00:00-14:00", "2023-02-30", "0000-01-01",
    "9999-12-31T23:59:59.999999+14:00", "20180619T055000+0900", "20180619", "2023-13-01",
    "2023-03-03 10:00", "March 3, 2023 10:00 am EST", "2023-03-03T24:00:00", "1",
    "2023-03-03T10:00:00.5+05:45", "yesterday", "2023-W09-5", "  2023-03-03  ",
]  # fmt: skip
NUMBERS: list[Any] = [
    0, -1, 1, 2**31, 2**63, 10**100, 1.5, -0.0, 1e308, float("nan"), float("inf"), True,
    "1200px", "12.0", "9" * 50,
]  # fmt: skip
TEXTS = [
    "", " ", "\u00a0", "\x00", "\x07", "\ufffe", "\ud800", "\u2028", "&amp;", "&apos;",
    "&#8217;", "&mdash;", "<p>x</p>", "<b>&</b>", "]]>", "R&D", "\u200f\u05e9\u05dc\u05d5\u05dd",
    "By Ann Lee and Bo Park", "AP", "\n\n", "\r\n", "x" * 2000,
]  # fmt: skip
JSONLD_KEYS = [
    "headline", "name", "alternativeHeadline", "description", "articleBody", "text", "url",
    "mainEntityOfPage", "mainEntity", "author", "publisher", "sourceOrganization", "image",
    "datePublished", "dateModified", "inLanguage", "keywords", "articleSection", "dateline",
    "copyrightNotice", "copyrightHolder", "copyrightYear", "wordCount", "isPartOf", "@id",
    "@type", "@context", "@graph", "@value", "@list", "sameAs", "jobTitle", "affiliation",
    "logo", "contentUrl", "width", "height", "caption", "creditText", "schema:headline",
    "https://schema.org/author",
]  # fmt: skip
MARKUP = [
    b"<p>", b"</p>", b"<p>x</p>", b"<em>", b"</em>", b'<em class="strong">', b"<br/>",
    b'<a href="http://[x]/">l</a>', b"<hl2 class='level-9'>h</hl2>", b"<hr/>", b"<block>",
    b"</block>", b"<table><caption>c</caption><tr><td>a</td><td>b</td></tr></table>",
    b"<note><body.content><p>n</p></body.content></note>", b"<dl><dt>t</dt><dd>d</dd></dl>",
    b"<byline>By ANN LEE<byttl>Writer, <org>AP</org></byttl></byline>", b"<person></person>",
    b"<byline/>", b"<dateline><location/>, <story.date norm='2023'>x</story.date></dateline>",
    b'<media media-type="image"><media-reference source="a b.jpg" width="-1"/></media>',
    b"<tagline>Words <copyrite>(c) 2020 X</copyrite> <a href='u'>u</a></tagline>",
    b'<doc.copyright year="2020" holder="X"/>', b'<x:y xmlns:x="urn:x">z</x:y>',
    b'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd"/>',
    b"&mdash;", b"&nosuch;", b"&#0;", b"&#x110000;", b"&amp;", b"<![CDATA[x]]>", b"<!-- c -->",
    b"<?pi x?>", b'<!DOCTYPE nitf SYSTEM "nitf-3-3.dtd">', b'<!DOCTYPE x [<!ENTITY e "e">]>',
    b'xml:lang="x"', b'norm="99999999"', b"</", b"<", b">", b"]]>",
]  # fmt: skip
TEXT_TOKENS = [
    b"[", b"![", b"](", b")", b"*", b"**", b"_", b"`", b"#", b"> ", b"- ", b"1. ", b"---",
    b"\n", b"\n\n", b"By ", b"Published: ", b"Updated ", b"May 2, 2023 ", b"(AP) \xe2\x80\x94 ",
    b"Original url: ", b"<https://x.example/a>", b"[a](http://[x]/)", b"\\(", b"\xc3\xa4",
    b"\xff", b"\x00", b"\r", b"\t", b"\xe2\x80\xa8", b"|", b"Tags: a, b", b"\xc2\xa9 2023 X",
    b"---\ntitle: T\nurl: http://news example/a\nlanguage: x\n---\n",
]  # fmt: skip
JSON_TOKENS = [b"[", b"]", b"{", b"}", b",", b":", b'"', b"\\", b"\\u0000", b"\\ud800", b"null",
               b"1e999", b"-0", b"9" * 40, b"NaN", b"Infinity", b"\xef\xbb\xbf"]  # fmt: skip
CHARSETS = [b"utf-8", b"windows-1252", b"iso-8859-1", b"shift_jis", b"utf-16", b"koi8-r"]
"""Charsets of HTML pages. Names Python cannot decode with (rot13, zlib) are left to the
encoding work on <meta charset>, which owns that case."""


# --------------------------------------------------------------------------- seeds


@dataclass
class Seeds:
    """Inputs to start from, per reader."""

    text: list[bytes] = field(default_factory=list)
    json: list[bytes] = field(default_factory=list)
    jsonld: list[bytes] = field(default_factory=list)
    nitf: list[bytes] = field(default_factory=list)


_SEEDS: Seeds | None = None

WIRE = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-3.dtd">
<nitf version="-//IPTC//DTD NITF 3.3//EN"><head><title>Port traffic slows</title>
<docdata><date.issue norm="20180619T055000+0900"/><doc.copyright year="2018" holder="W"/>
</docdata><pubdata name="Gazette" ex-ref="https://gazette.example/port"/></head>
<body><body.head><hedline><hl1>Port traffic slows</hl1></hedline>
<byline>By ANNA LINDQVIST<byttl>Business Writer</byttl></byline>
<dateline><location>KOBE</location>, <story.date>June 19</story.date> (W)</dateline>
</body.head><body.content><p>Traffic slowed&mdash;the first drop in two years.</p>
<table><tr><td>Q1</td><td>1,200</td></tr></table></body.content>
<body.end><tagline>Reporting by Bo Berg.</tagline></body.end></body></nitf>
"""
GRAPH = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebSite", "@id": "#site", "inLanguage": "fr-FR"},
        {"@type": "WebPage", "@id": "#page", "inLanguage": "es", "mainEntity": {"@id": "#a"}},
        {
            "@type": "NewsArticle",
            "@id": "#a",
            "headline": "L&apos;usine ferme",
            "datePublished": "20180619T055000+0900",
            "author": {"@type": "Person", "name": "Ann", "url": "/ann"},
            "image": {"@id": "#img"},
            "copyrightYear": 2018,
            "copyrightHolder": {"@id": "#site"},
            "articleBody": "Text here.\n\nMore text here.",
        },
        {"@type": "ImageObject", "@id": "#img", "url": "img/a.jpg", "width": "1200px"},
    ],
}


def seeds() -> Seeds:
    """The seeds, built once per process."""
    global _SEEDS  # noqa: PLW0603 - one cache per worker process
    if _SEEDS is None:
        found = Seeds()
        texts = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.txt"))]
        texts += [corpus.article(n, "small", seed=n).encode() for n in range(12)]
        found.text = texts
        found.json = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.json"))]
        found.jsonld = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.jsonld"))]
        found.jsonld.append(json.dumps(GRAPH).encode())
        found.nitf = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.xml"))] + [WIRE]
        for text in texts[:: max(1, len(texts) // 8)]:
            article = newsschema.parse(text.decode("utf-8", "replace"))
            found.json.append(newsschema.to_json(article).encode())
            found.jsonld.append(newsschema.to_jsonld_string(article).encode())
            found.nitf.append(newsschema.to_nitf(article))
        _SEEDS = found
    return _SEEDS


# --------------------------------------------------------------------------- mutation


def _byte_mutation(rng: random.Random, data: bytes, tokens: list[bytes]) -> bytes:
    """One random change to ``data``."""
    n = len(data)
    i, j = sorted((rng.randrange(n + 1), rng.randrange(n + 1)))
    choice = rng.randrange(8)
    if choice == 0 and n:
        k = rng.randrange(n)
        return data[:k] + bytes([data[k] ^ (1 << rng.randrange(8))]) + data[k + 1 :]
    if choice == 1:
        return data[:i] + rng.randbytes(rng.randint(1, 8)) + data[i:]
    if choice == 2:
        return data[:i] + data[j:]
    if choice == 3:
        return data[:j] + data[i:j] * rng.randint(1, 4) + data[j:]
    if choice == 4:
        return data[:i] + rng.choice(tokens) * rng.choice((1, 2, 3, 10, 100, 1000)) + data[i:]
    if choice == 5:
        return data[:i] + rng.choice(tokens) + data[j:]
    if choice == 6:
        return data[: rng.randrange(n + 1)]
    return data[:i] + rng.choice(tokens) + data[i:]


def _mutate_bytes(rng: random.Random, data: bytes, tokens: list[bytes]) -> bytes:
    for _ in range(rng.randint(1, 4)):
        data = _byte_mutation(rng, data, tokens)
    return data[:300_000]


def _hostile_value(rng: random.Random, depth: int = 0) -> object:
    choice = rng.randrange(9 if depth < 3 else 6)
    if choice == 0:
        return rng.choice(URLS)
    if choice == 1:
        return rng.choice(LANGUAGES)
    if choice == 2:
        return rng.choice(DATES)
    if choice == 3:
        return rng.choice(NUMBERS)
    if choice == 4:
        return rng.choice(TEXTS)
    if choice == 5:
        return None
    if choice == 6:
        return [_hostile_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if choice == 7:
        key = rng.choice(JSONLD_KEYS)
        return {key: _hostile_value(rng, depth + 1), "@type": rng.choice(["Person", "X", 3])}
    return "[" * rng.randint(1, 900) + "]" * rng.randint(0, 900)


def _slots(value: object) -> Iterator[tuple[dict[str, Any] | list[Any], Any]]:
    """Every (container, key) of a parsed JSON value."""
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            for key, item in current.items():
                yield current, key
                stack.append(item)
        elif isinstance(current, list):
            for index, item in enumerate(current):
                yield current, index
                stack.append(item)


def _mutate_json(rng: random.Random, data: bytes, *, typed: bool = False) -> bytes:
    """A JSON value, a key added or one removed, at a random place of the document; only
    text replaced by hostile text when ``typed`` (the document keeps its shape)."""
    try:
        value = json.loads(data)
    except ValueError:
        return _mutate_bytes(rng, data, JSON_TOKENS)
    for _ in range(rng.randint(1, 5)):
        slots = list(_slots(value))
        if typed:
            slots = [(c, k) for c, k in slots if isinstance(c[k], str) and k not in _SHAPE]
        if not slots:
            break
        container, key = rng.choice(slots)
        action = 5 if typed else rng.randrange(6)
        if action >= 4 and isinstance(container[key], str):
            # the same type, a hostile value: what a well-formed document may still hold
            container[key] = rng.choice([*URLS, *LANGUAGES, *DATES, *TEXTS])
        elif action == 0 and isinstance(container, dict):
            del container[key]
        elif action == 1 and isinstance(container, dict):
            container[rng.choice(JSONLD_KEYS)] = _hostile_value(rng)
        else:
            container[key] = _hostile_value(rng)
    text = json.dumps(value, ensure_ascii=rng.random() < 0.3, allow_nan=True)
    if "[[[" in text or rng.random() < 0.2:  # the hostile nests, and some bytes, as text
        text = re.sub(r'"\[+\]*"', lambda m: m.group(0)[1:-1], text)
    return text.encode("utf-8", "surrogatepass")


_SHAPE = frozenset({"type", "schemaVersion", "@type", "@context"})
"""Keys whose text gives a document its shape: a typed mutation leaves them alone."""

_ATTRIBUTE = re.compile(rb'([A-Za-z][\w.:-]*)="([^"<]*)"')


def _xml_text(value: object) -> bytes:
    text = "" if value is None else str(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    return text.encode("utf-8", "surrogatepass")


def _mutate_xml(rng: random.Random, data: bytes) -> bytes:
    """Attribute values replaced by hostile ones, markup inserted between tags."""
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.5 and (found := list(_ATTRIBUTE.finditer(data))):
            m = rng.choice(found)
            data = data[: m.start(2)] + _xml_text(_hostile_value(rng)) + data[m.end(2) :]
        else:
            ends = [m.end() for m in re.finditer(rb">", data)] or [len(data)]
            k = rng.choice(ends)
            data = data[:k] + rng.choice(MARKUP) + data[k:]
    if rng.random() < 0.25:
        data = _mutate_bytes(rng, data, MARKUP)
    return data


# --------------------------------------------------------------------------- generators


def _text_input(rng: random.Random) -> bytes:
    found = seeds()
    if rng.random() < 0.25:  # generated: article-like lines with hostile pieces
        lines = []
        for _ in range(rng.randint(1, 25)):
            piece = rng.choice(TEXT_TOKENS) + rng.choice(TEXTS).encode("utf-8", "surrogatepass")
            url = rng.choice(URLS).encode("utf-8", "surrogatepass")
            lines.append(rng.choice([piece, b"[l](" + url + b")", b"Some prose words here."]))
        return b"Headline\n\n" + b"\n".join(lines)
    return _mutate_bytes(rng, rng.choice(found.text), TEXT_TOKENS)


def _json_input(rng: random.Random) -> bytes:
    return _document(rng, rng.choice(seeds().json))


def _jsonld_input(rng: random.Random) -> bytes:
    return _document(rng, rng.choice(seeds().jsonld))


def _document(rng: random.Random, seed: bytes) -> bytes:
    """A JSON document mutated: in its text, in its shape, or only in its text values."""
    choice = rng.random()
    if choice < 0.4:
        return _mutate_json(rng, seed, typed=True)
    if choice < 0.75:
        return _mutate_json(rng, seed)
    return _mutate_bytes(rng, seed, JSON_TOKENS)


def _nitf_input(rng: random.Random) -> bytes:
    return _mutate_xml(rng, rng.choice(seeds().nitf))


def _html_input(rng: random.Random) -> bytes:
    blocks = [_jsonld_input(rng) for _ in range(rng.randint(1, 3))]
    charset = rng.choice(CHARSETS)
    scripts = b"".join(
        b'<script type="application/ld+json">' + block + b"</script>\n" for block in blocks
    )
    page = (
        b'<!doctype html><html><head><meta charset="' + charset + b'">'
        + rng.choice([b"", b"<title>T</title>", b"<!-- </script> -->", b"</" * 50])
        + scripts + b"</head><body><p>Body</p></body></html>"
    )  # fmt: skip
    if rng.random() < 0.3:
        page = _mutate_bytes(rng, page, [*MARKUP, b"<script>", b"</script>"])
    return page


GENERATORS: dict[str, Callable[[random.Random], bytes]] = {
    "text": _text_input,
    "json": _json_input,
    "jsonld": _jsonld_input,
    "nitf": _nitf_input,
    "html": _html_input,
}
READ: dict[str, Callable[[bytes], Article]] = {
    "text": lambda data: newsschema.parse(data.decode("utf-8", "replace"), source="fuzz.txt"),
    "json": lambda data: newsschema.from_json(data, source="fuzz.json"),
    "jsonld": lambda data: newsschema.from_jsonld(data, source="fuzz.jsonld"),
    "nitf": lambda data: newsschema.from_nitf(data, source="fuzz.xml"),
    "html": lambda data: newsschema.from_jsonld(data, source="fuzz.html"),
}
VALIDATE: dict[str, Callable[[bytes], object]] = {
    "json": newsschema.validate_json,
    "jsonld": newsschema.validate_jsonld,
    "nitf": newsschema.validate_nitf,
    "html": newsschema.validate_jsonld,
}


# --------------------------------------------------------------------------- checking


class _Hung(BaseException):
    """Raised in a worker when an input runs past the hard stop (not an Exception, so
    that no handler in the library can swallow it)."""


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Hung


@dataclass
class Finding:
    reader: str
    kind: str
    detail: str
    data: bytes


@dataclass
class Tally:
    """Counts of one chunk, or of a whole run, per reader."""

    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {r: dict.fromkeys(_COLUMNS, 0) for r in READERS}
    )
    slowest: dict[str, float] = field(default_factory=lambda: dict.fromkeys(READERS, 0.0))
    findings: list[Finding] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for reader in READERS:
            for column in _COLUMNS:
                self.counts[reader][column] += other.counts[reader][column]
            self.slowest[reader] = max(self.slowest[reader], other.slowest[reader])
        self.findings += other.findings


_COLUMNS = ("inputs", "articles", "refused", "checked", *KINDS)


def _problems_of(article: Article) -> str | None:
    """What is wrong with the documents ``article`` writes, or ``None``."""
    document = newsschema.to_json(article)
    if problems := newsschema.validate_json(document):
        return f"JSON: {problems[:3]}"
    if newsschema.from_json(document) != article:
        return "JSON does not read back equal"
    problems = newsschema.validate_jsonld(newsschema.to_jsonld(article))
    if errors := [p for p in problems if p.severity == "error"]:
        return f"JSON-LD: {errors[:3]}"
    if problems := newsschema.validate_nitf(newsschema.to_nitf(article)):
        return f"NITF: {problems[:3]}"
    return None


class _Checker:
    def __init__(self, limit: float) -> None:
        signal.signal(signal.SIGALRM, _alarm)  # the hard stop of run()
        self.limit = limit
        self.seen: set[bytes] = set()
        self.tally = Tally()

    def finding(self, reader: str, kind: str, detail: str, data: bytes) -> None:
        self.tally.counts[reader][kind] += 1
        kept = sum(f.reader == reader and f.kind == kind for f in self.tally.findings)
        if kept < KEPT_PER_KIND:
            self.tally.findings.append(Finding(reader, kind, detail, data))

    def run(self, reader: str, data: bytes) -> None:
        counts = self.tally.counts[reader]
        counts["inputs"] += 1
        signal.setitimer(signal.ITIMER_REAL, HARD_STOP)
        try:
            self.check(reader, data)
        except _Hung:
            self.finding(reader, "hung", f"stopped after {HARD_STOP:.0f} s", data)
        except Exception:  # noqa: BLE001 - anything else is the finding itself
            self.finding(reader, "foreign", traceback.format_exc(), data)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    def check(self, reader: str, data: bytes) -> None:
        counts = self.tally.counts[reader]
        if reader in VALIDATE:
            with contextlib.suppress(NewsschemaError):
                VALIDATE[reader](data)
        start = time.process_time()
        try:
            article = READ[reader](data)
        except NewsschemaError:
            counts["refused"] += 1
            return
        counts["articles"] += 1
        documents = (
            newsschema.to_json(article).encode("utf-8", "surrogatepass"),
            newsschema.to_jsonld_string(article).encode("utf-8", "surrogatepass"),
            newsschema.to_nitf(article),
        )
        seconds = time.process_time() - start
        self.tally.slowest[reader] = max(self.tally.slowest[reader], seconds)
        if seconds > self.limit:
            self.finding(reader, "slow", f"{seconds:.2f} s to read and write", data)
        key = hashlib.blake2b(documents[0], digest_size=16).digest()
        if key in self.seen:
            return
        self.seen.add(key)
        counts["checked"] += 1
        if (problem := _problems_of(article)) is not None:
            self.finding(reader, "invalid", problem, data)


_CHECKER: _Checker | None = None


def _chunk(task: tuple[str, int, int, float]) -> Tally:
    """Fuzz ``count`` inputs of one reader from one seed (in a worker)."""
    global _CHECKER  # noqa: PLW0603 - the seen-set lasts as long as the worker
    reader, seed, count, limit = task
    if _CHECKER is None:
        _CHECKER = _Checker(limit)
    _CHECKER.tally = Tally()
    rng = random.Random(seed)
    for _ in range(count):
        _CHECKER.run(reader, GENERATORS[reader](rng))
    return _CHECKER.tally


# --------------------------------------------------------------------------- running


def _tasks(per_reader: int, seed: int, limit: float) -> list[tuple[str, int, int, float]]:
    tasks = []
    for r, reader in enumerate(READERS):
        for c, start in enumerate(range(0, per_reader, CHUNK)):
            count = min(CHUNK, per_reader - start)
            tasks.append((reader, seed * 1_000_003 + r * 100_003 + c, count, limit))
    random.Random(seed).shuffle(tasks)  # readers interleaved: progress shows for each
    return tasks


def _save(findings: list[Finding], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, finding in enumerate(findings):
        stem = folder / f"{finding.reader}-{finding.kind}-{n:03d}"
        stem.with_suffix(".input").write_bytes(finding.data)
        stem.with_suffix(".txt").write_text(finding.detail, encoding="utf-8")


def _table(tally: Tally, seconds: float) -> str:
    head = f"{'reader':<8}" + "".join(f"{c:>10}" for c in _COLUMNS) + f"{'max s':>8}"
    lines = [head, "-" * len(head)]
    for reader in READERS:
        row = tally.counts[reader]
        cells = "".join(f"{row[c]:>10}" for c in _COLUMNS)
        lines.append(f"{reader:<8}{cells}{tally.slowest[reader]:>8.2f}")
    total = {c: sum(tally.counts[r][c] for r in READERS) for c in _COLUMNS}
    cells = "".join(f"{total[c]:>10}" for c in _COLUMNS)
    lines.append(f"{'total':<8}{cells}{max(tally.slowest.values()):>8.2f}")
    lines.append(f"{total['inputs']} inputs in {seconds:.0f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-reader", type=int, default=1000, help="inputs per reader")
    parser.add_argument("--quick", action="store_true", help="a few seconds: for the tests")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--limit", type=float, default=2.0, help="seconds allowed per input")
    parser.add_argument("--findings", type=Path, help="folder for failing inputs")
    args = parser.parse_args(argv)
    per_reader = QUICK_PER_READER if args.quick else args.per_reader
    jobs = 1 if args.quick else max(1, args.jobs)
    tasks = _tasks(per_reader, args.seed, args.limit)
    tally = Tally()
    start = time.perf_counter()
    # seeds built, every schema compiled and jsonschema (slow to import) loaded once, before
    # the workers fork
    assert _problems_of(newsschema.from_json(seeds().json[0])) is None
    assert newsschema.validate_json("{}")
    if jobs == 1:
        for task in tasks:
            tally.add(_chunk(task))
    else:
        # fork: the workers start with newsschema and its schemas already loaded
        context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        with context.Pool(jobs) as pool:
            for done, part in enumerate(pool.imap_unordered(_chunk, tasks), start=1):
                tally.add(part)
                if not args.quick and done % 40 == 0:
                    print(f"{done}/{len(tasks)} chunks", file=sys.stderr, flush=True)
    print(f"newsschema fuzz: {per_reader} inputs per reader, {jobs} job(s), seed {args.seed}")
    print(_table(tally, time.perf_counter() - start))
    failures = sum(tally.counts[r][k] for r in READERS for k in KINDS)
    if failures:
        folder = args.findings or Path(tempfile.mkdtemp(prefix="newsschema-fuzz-"))
        _save(tally.findings, folder)
        print(f"{failures} failing input(s); the first of each kind are in {folder}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
