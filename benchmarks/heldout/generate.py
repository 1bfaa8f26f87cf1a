"""Generate the held-out news pages: every story of ``content/`` laid out by a site template.

    python benchmarks/heldout/generate.py --out DIR     # DIR/<id>.html and DIR/<id>.shown.json

Standard library only. The same content always gives the same pages.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from pool import load  # noqa: E402
from sites import Page, render  # noqa: E402


def pages() -> list[Page]:
    """Every page, in content order; each language's stories take the templates in turn."""
    stories = load()
    seen: Counter[str] = Counter()
    out = []
    for story in stories:
        out.append(render(story, stories, seen[story.lang]))
        seen[story.lang] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="folder for the pages")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    made = pages()
    for page in made:
        (args.out / f"{page.id}.html").write_text(page.html, encoding="utf-8")
        shown = dataclasses.asdict(page.shown)
        meta = {"template": page.template, "site": page.site, "lang": page.lang}
        (args.out / f"{page.id}.shown.json").write_text(
            json.dumps({**meta, "shown": shown}, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    templates = Counter(p.template for p in made)
    langs = Counter(p.lang for p in made)
    print(f"{len(made)} pages in {args.out}")
    print("templates: " + ", ".join(f"{k} {v}" for k, v in sorted(templates.items())))
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
