"""The quality report in a real browser: headless Chromium opens it, nothing on the console.

Skips with a reason where Chromium is not installed; fails instead under ``CI`` (``.ci/run``
installs Debian's ``chromium``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import newsschema
from _chromium import PageRun, find_chromium, open_page
from conftest import EXAMPLES
from test_quality import HOSTILE, hostile_report

# what the page shows, computed in the browser
_PROBE = """JSON.stringify({
  scripts: document.querySelectorAll("script").length,
  svgs: document.querySelectorAll("svg").length,
  fieldsChart: document.querySelector("#fields svg").getBoundingClientRect().width,
  bars: document.querySelectorAll("#fields svg rect").length,
  links: document.querySelectorAll("a[href]").length,
  text: document.body.innerText,
  height: document.documentElement.scrollHeight,
})"""


@pytest.fixture(scope="module")
def chromium() -> str:
    found = find_chromium()
    if found is None:
        message = "Chromium is not installed (Debian: apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set, so this cannot be skipped: {message}")
        pytest.skip(message)
    return found


def _open(chromium: str, page: Path) -> tuple[PageRun, dict[str, object]]:
    run = open_page(chromium, page, _PROBE)
    return run, json.loads(run.value)


def test_the_report_renders_in_chromium_without_a_console_error(
    chromium: str, tmp_path: Path
) -> None:
    report = newsschema.report(sorted(EXAMPLES.glob("*.txt")), jobs=1)
    report.merge(hostile_report())
    page = tmp_path / "report.html"
    page.write_text(report.to_html(base=str(tmp_path)), encoding="utf-8")
    run, shown = _open(chromium, page)
    assert run.problems == ()
    assert shown["scripts"] == 0  # the hostile headline stayed text
    assert HOSTILE in str(shown["text"])
    assert "44 articles read" in str(shown["text"])  # the 42 fixtures and the two hostile
    assert int(shown["svgs"]) > 50  # type: ignore[call-overload]
    assert float(shown["fieldsChart"]) > 300  # type: ignore[arg-type]
    assert int(shown["bars"]) == 2 * len(newsschema._quality.Field)  # type: ignore[call-overload]
    assert int(shown["links"]) > 10  # type: ignore[call-overload]
    shot = tmp_path / "report.png"
    shot.write_bytes(run.screenshot)
    assert run.screenshot.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(run.screenshot) > 20_000
    target = os.environ.get("NEWSSCHEMA_REPORT_SCREENSHOT")
    if target:  # keep the picture (CI artifacts)
        Path(target).write_bytes(run.screenshot)


def test_a_console_error_is_seen(chromium: str, tmp_path: Path) -> None:
    """The check above can fail: a page that logs an error and throws is caught."""
    page = tmp_path / "bad.html"
    page.write_text(
        "<!DOCTYPE html><title>bad</title><svg id=fields><rect/></svg>"
        "<script>console.error('boom'); undefinedFunction();</script>",
        encoding="utf-8",
    )
    run = open_page(chromium, page, "document.title")
    assert run.value == "bad"
    assert any("boom" in problem for problem in run.problems), run.problems
    assert any(problem.startswith("exception") for problem in run.problems), run.problems
