"""Render every held-out page through every tool and write the corpus with its truth.

    .venv-heldout/bin/python benchmarks/heldout/run_tools.py            # all tools, all pages
    .venv-heldout/bin/python benchmarks/heldout/run_tools.py --tools w3m,lynx --ids en-ferry-fares
    python benchmarks/heldout/run_tools.py --truth-only                  # re-derive the truth

Writes ``corpus/<tool>/<id>.txt`` (the tool's text, as printed) and
``corpus/<tool>/<id>.truth.json`` (what that text shows, see ``truth.py``), and
``corpus/TOOLS.json`` (tool versions). ``--truth-only`` needs no tool: it regenerates
the pages (standard library only) and reads the texts already in the corpus.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from generate import pages  # noqa: E402
from sites import Page  # noqa: E402
from truth import derive  # noqa: E402

CORPUS = HERE / "corpus"
PACKAGES = {
    "html2text": ["html2text"],
    "readability-html2text": ["readability-lxml", "html2text"],
    "readability-markdownify": ["readability-lxml", "markdownify"],
    "trafilatura-txt": ["trafilatura"],
    "trafilatura-md": ["trafilatura"],
    "trafilatura-meta": ["trafilatura"],
    "inscriptis": ["inscriptis"],
    "justext": ["jusText"],
    "boilerpy3": ["boilerpy3"],
    "goose3": ["goose3"],
    "resiliparse": ["resiliparse"],
    "newspaper4k": ["newspaper4k"],
}


def versions(tool: str) -> str:
    if tool in {"w3m", "lynx"}:
        flag = "-version"
        done = subprocess.run([tool, flag], capture_output=True, text=True, check=False)
        return done.stdout.splitlines()[0] if done.stdout else tool
    return ", ".join(f"{p} {metadata.version(p)}" for p in PACKAGES[tool])


def write_truth(page: Page, tool: str, text: str) -> bool:
    """Write the truth of ``text``; False (and nothing kept) when the text has no clean body.

    A tool that keeps none of the article's text (jusText without a stop list for the
    language, say) made no article, and one that runs the page's furniture into the
    first or last paragraph (a whole page on one line) has no first or last paragraph
    to score: such texts would only measure the tool.
    """
    truth = derive(page.shown, text, page_id=page.id, lang=page.lang, tool=tool)
    truth["template"] = page.template
    path = CORPUS / tool / f"{page.id}.truth.json"
    if truth["paragraph_count"] == 0 or truth.pop("unclean", False):
        path.unlink(missing_ok=True)
        path.with_name(f"{page.id}.txt").unlink(missing_ok=True)
        return False
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return True


def run(tool_names: list[str], selected: list[Page]) -> None:
    from tools import TOOLS  # noqa: PLC0415 - the tools are only needed here

    record_path = CORPUS / "TOOLS.json"
    record = json.loads(record_path.read_text()) if record_path.exists() else {}
    for tool in tool_names:
        out = CORPUS / tool
        out.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        dropped = []
        for page in selected:
            try:
                text = TOOLS[tool](page.html, page)
            except Exception as exc:  # noqa: BLE001 - a tool that fails on a page made no text
                print(f"  {tool} failed on {page.id}: {type(exc).__name__}: {exc}")
                text = ""
            (out / f"{page.id}.txt").write_text(text, encoding="utf-8")
            if not write_truth(page, tool, text):
                dropped.append(page.id)
        doc = TOOLS[tool].__doc__ or tool
        record[tool] = {"version": versions(tool), "how": doc.split("\n")[0]}
        took = time.perf_counter() - started
        print(f"{tool:<24} {len(selected)} pages in {took:.1f} s; no article text: {dropped}")
    record_path.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")


def truth_only(tool_names: list[str], selected: list[Page]) -> None:
    for tool in tool_names:
        for page in selected:
            path = CORPUS / tool / f"{page.id}.txt"
            if path.exists():
                write_truth(page, tool, path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tools", help="comma-separated tool names (default: all)")
    ap.add_argument("--ids", help="comma-separated page ids (default: all)")
    ap.add_argument("--truth-only", action="store_true", help="re-derive truth files only")
    args = ap.parse_args(argv)
    all_pages = pages()
    selected = all_pages
    if args.ids:
        keep = set(args.ids.split(","))
        selected = [p for p in all_pages if p.id in keep]
    names = [*PACKAGES, "w3m", "lynx"]
    if args.tools:
        names = [t for t in args.tools.split(",") if t]
    if args.truth_only:
        truth_only(names, selected)
    else:
        run(names, selected)
    return 0


if __name__ == "__main__":
    sys.exit(main())
