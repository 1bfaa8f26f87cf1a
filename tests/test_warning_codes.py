"""Warnings carry typed codes; the command line counts them by code, never by wording."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

import newsschema
from newsschema import WarningCode
from newsschema.cli import main

# invented: a byline, a local time with no zone, an ambiguous all-numeric date in the body
LOCAL_TIME = """Harbour Ferry Timetable Changes for Winter

By Mira Holt

March 7, 2023 at 9:15

The harbour ferry will leave every forty minutes instead of every half hour from the first
week of November, the operator said on Tuesday.

Passengers at the east quay said the change would add to their morning queues.
"""


def test_each_warning_has_a_code() -> None:
    result = newsschema.analyze(LOCAL_TIME)
    assert [w.code for w in result.warnings] == [WarningCode.NO_TIME_ZONE]
    assert str(result.warnings[0]) == "date has no time zone; it is kept as local time"


def test_a_guessed_date_order_and_an_unread_zone_are_said() -> None:
    text = LOCAL_TIME.replace("March 7, 2023 at 9:15", "03/05/2023 9:15 IST")
    codes = {w.code for w in newsschema.analyze(text).warnings}
    assert {WarningCode.DATE_ORDER_GUESSED, WarningCode.ZONE_UNREAD} <= codes


def test_a_relative_time_invents_no_date() -> None:
    result = newsschema.analyze(LOCAL_TIME.replace("March 7, 2023 at 9:15", "2 hours ago"))
    assert result.article.date_published is None
    codes = [w.code for w in result.warnings]
    assert WarningCode.RELATIVE_DATE in codes
    assert WarningCode.NO_DATE in codes
    assert "2 hours ago" not in result.article.text


def test_the_batch_summary_counts_warnings_by_code(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"{i}.txt").write_text(LOCAL_TIME.replace("Winter", f"Winter {i}"), "utf-8")
    result = CliRunner().invoke(
        main, ["convert", str(src), "--to", "json", "--out-dir", str(tmp_path / "out")]
    )
    assert result.exit_code == 0
    summary = result.stderr.split("most common warnings")[1]
    assert "      3  no-time-zone: date has no time zone" in summary


def test_the_readme_lists_every_warning_code() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z-]+)` \|", readme, re.M))
    assert {code.value for code in WarningCode} <= listed
