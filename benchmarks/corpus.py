"""A deterministic corpus of synthetic articles in every layout of INPUT.md.

    python benchmarks/corpus.py OUT_DIR [--count N] [--size small|typical|long|mixed]
                                        [--bad N] [--seed S]

Sizes: small ~2 KB, typical ~6 KB, long ~40 KB. ``--bad N`` mixes in N files
that are not articles (empty, binary, no prose), spread through the corpus.
The same arguments always give the same files.
"""

from __future__ import annotations

import argparse
import random
import textwrap
from collections.abc import Callable
from pathlib import Path

SIZES = {"small": 2_000, "typical": 6_000, "long": 40_000}

_SUBJECTS = [
    "The city council",
    "A regional water board",
    "The harbour authority",
    "Local farmers",
    "The transport ministry",
    "A group of residents",
    "The university hospital",
    "Shop owners on the high street",
    "The district school board",
    "Volunteers at the shelter",
]
_VERBS = [
    "approved",
    "rejected",
    "postponed",
    "announced",
    "questioned",
    "defended",
    "extended",
    "reviewed",
    "criticised",
    "welcomed",
]
_OBJECTS = [
    "a plan to rebuild the old bridge",
    "new rules for short-term rentals",
    "a budget for winter road repairs",
    "the closure of two rural bus lines",
    "a pilot scheme for free school meals",
    "a proposal to widen the cycle lanes",
    "the sale of the former tram depot",
    "higher fees for parking permits",
    "a study of flood defences along the river",
    "longer opening hours for the library",
]
_TAILS = [
    "after a long debate on Tuesday evening",
    "despite objections from several members",
    "in a vote that surprised observers",
    "following months of public consultation",
    "according to documents seen by reporters",
    "with support from both main parties",
]
_QUOTES = [
    "We have waited long enough for this decision",
    "Nobody asked the people who live here what they wanted",
    "The money has to come from somewhere, and this is the fairest way",
    "It is a small step, but it is a step in the right direction",
]
_NAMES = [
    "Anna Kovacs",
    "Peter Lindqvist",
    "Maria Solano",
    "Tomasz Nowicki",
    "Grace Adeyemi",
    "Lukas Brandt",
    "Sofia Marchetti",
    "Daniel Okafor",
    "Elena Petrova",
    "Jonas Weber",
]
_PLACES = ["NORTHFIELD", "RIVERTON", "ASHCOMBE", "LAKEVILLE", "BRAMLEY", "EASTWICK"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def sentence(self) -> str:
        r = self.rng
        return (
            f"{r.choice(_SUBJECTS)} {r.choice(_VERBS)} {r.choice(_OBJECTS)} "
            f"{r.choice(_TAILS)}, and {r.randint(2, 900):,} people followed the decision."
        )

    def paragraph(self) -> str:
        r = self.rng
        parts = [self.sentence() for _ in range(r.randint(2, 4))]
        if r.random() < 0.3:
            parts.append(f'"{r.choice(_QUOTES)}," said {r.choice(_NAMES)}.')
        if r.random() < 0.2:
            parts[0] = parts[0].replace("a plan", "a [plan](#)", 1)
        return " ".join(parts)

    def body(self, target: int) -> list[str]:
        paragraphs: list[str] = []
        while sum(len(p) for p in paragraphs) < target:
            paragraphs.append(self.paragraph())
        return paragraphs

    def headline(self) -> str:
        r = self.rng
        return f"{r.choice(_SUBJECTS)} {r.choice(_VERBS)} {r.choice(_OBJECTS)}".capitalize()

    def date(self) -> tuple[int, int, int]:
        r = self.rng
        return r.randint(2015, 2024), r.randint(1, 12), r.randint(1, 28)


def _primary(w: _Writer, target: int, n: int) -> str:
    y, m, d = w.date()
    body = w.body(target)
    cut = body[len(body) // 2]
    split = cut.rfind(" the ")
    if split > 0:  # a paragraph broken mid-sentence across a blank line
        body[len(body) // 2 : len(body) // 2 + 1] = [cut[: split + 4], cut[split + 5 :]]
    return (
        f"\n{w.headline()}\n\nBy [{w.rng.choice(_NAMES)}](#)\n\n"
        f"{_MONTHS[m - 1]} {d:02d}, {y}\n\n\n\n"
        f"A view of the site on Monday. **{w.rng.choice(_NAMES)} / Example Press**\n\n"
        + "\n\n".join(body)
        + f"\n\nOriginal url:\n\n<https://news.example/{y}/{m:02d}/{d:02d}/story-{n}>\n"
    )


def _markdown(w: _Writer, target: int, n: int) -> str:
    y, m, d = w.date()
    body = w.body(target)
    body.insert(len(body) // 3, "## What happens next")
    body.insert(len(body) // 2, "- first item of a list\n- second item of a list")
    return (
        f"# {w.headline()}\n\n*A short deck that sums up the story in one line*\n\n"
        f"By {w.rng.choice(_NAMES)} and {w.rng.choice(_NAMES)}\n\n"
        f"Published: {y}-{m:02d}-{d:02d}T10:{n % 60:02d}:00+02:00\n\n"
        f"![A photo](https://img.example/{n}.jpg)\nA caption for the photo. (Jo Lee / Example)\n\n"
        f"{w.rng.choice(_PLACES)} (Reuters) — "
        + "\n\n".join(body)
        + "\n\nTags: council, budget, transport\n\n"
        f"Source: https://news.example/{y}/{m:02d}/story-{n}\n"
    )


def _front_matter(w: _Writer, target: int, n: int) -> str:
    y, m, d = w.date()
    return (
        f"---\ntitle: {w.headline()}\nauthor: {w.rng.choice(_NAMES)}; {w.rng.choice(_NAMES)}\n"
        f"url: https://news.example/{n}\nhostname: news.example\nsitename: Example News\n"
        f"date: \"{y}-{m:02d}-{d:02d}\"\ntags: ['council', 'city']\n---\n"
        + "\n\n".join(w.body(target))
        + "\n"
    )


def _wrapped(w: _Writer, target: int, _n: int) -> str:
    y, m, d = w.date()
    body = ["\n".join(textwrap.wrap(p, 78)) for p in w.body(target)]
    return f"# {w.headline()}\n\n{_MONTHS[m - 1]} {d}, {y}\n\n" + "\n\n".join(body) + "\n"


def _per_line(w: _Writer, target: int, _n: int) -> str:
    return f"{w.rng.choice(_PLACES)} — " + "\n".join(w.body(target)) + "\n"


LAYOUTS: list[Callable[[_Writer, int, int], str]] = [
    _primary,
    _markdown,
    _front_matter,
    _wrapped,
    _per_line,
]
_BAD: list[bytes] = [b"", bytes(range(256)) * 8, b"Title only\n\n12 34 56\n"]


def article(n: int, size: str = "typical", seed: int = 0) -> str:
    """Article number ``n`` of the corpus (layouts rotate; text varies with ``n``)."""
    rng = random.Random(seed * 1_000_003 + n)
    target = SIZES[size] if size != "mixed" else SIZES[("small", "typical", "long")[n % 3]]
    # the layouts add a few hundred bytes around the body
    return LAYOUTS[n % len(LAYOUTS)](_Writer(rng), target - 400, n)


def write_corpus(out: Path, count: int, size: str = "typical", bad: int = 0, seed: int = 0) -> None:
    out.mkdir(parents=True, exist_ok=True)
    bad_at = {count * (i + 1) // (bad + 1) for i in range(bad)}
    for n in range(count):
        folder = out / f"{n // 1000:03d}"
        folder.mkdir(exist_ok=True)
        path = folder / f"article-{n:06d}.txt"
        if n in bad_at:
            path.write_bytes(_BAD[n % len(_BAD)])
        else:
            path.write_text(article(n, size, seed), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--size", choices=[*SIZES, "mixed"], default="typical")
    parser.add_argument("--bad", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_corpus(args.out, args.count, args.size, args.bad, args.seed)


if __name__ == "__main__":
    main()
