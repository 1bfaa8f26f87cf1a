"""The command line: conversions, exit codes, messages, atomic outputs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import newsschema
from newsschema.cli import main

ARTICLE = """River museum reopens after flood repairs

By Tomas Berg, Staff Writer

Published: May 2, 2023

The river museum opened its doors again on Tuesday after eight months of repairs, with its
collection of wooden boats back on display.

Visitors lined up before nine. "We missed the smell of tar and old rope," one of them said.

Original url: https://news.example/2023/05/02/river-museum
"""


def run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "museum.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_version_and_help() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert newsschema.__version__ in result.output
    result = run("convert", "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output
    assert "--out-dir" in result.output


def test_convert_to_stdout(article_file: Path) -> None:
    result = run("convert", str(article_file))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["headline"] == "River museum reopens after flood repairs"
    assert data["authors"][0]["role"] == "Staff Writer"
    assert newsschema.validate_json(data) == []


def test_convert_stdin_to_file(tmp_path: Path) -> None:
    out = tmp_path / "out" / "a.json"
    result = run("convert", "-", "-o", str(out), stdin=ARTICLE.encode())
    assert result.exit_code == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["url"] == (
        "https://news.example/2023/05/02/river-museum"
    )
    assert [p.name for p in out.parent.iterdir()] == ["a.json"]  # no temporary file left


def test_out_dir_keeps_relative_paths(tmp_path: Path) -> None:
    src = tmp_path / "archive"
    (src / "2023" / "may").mkdir(parents=True)
    (src / "2023" / "may" / "museum.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "museum.txt").write_text(ARTICLE.replace("River", "Lake"), encoding="utf-8")
    out = tmp_path / "out"
    result = run("convert", str(src), "--out-dir", str(out))
    assert result.exit_code == 0, result.stderr
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["2023/may/museum.json", "museum.json"]
    assert "2 converted" in result.stderr
    again = run("convert", str(src), "--out-dir", str(out))
    assert again.exit_code == 0
    assert "0 converted, 2 skipped" in again.stderr


def test_several_inputs_need_an_out_dir(article_file: Path) -> None:
    result = run("convert", str(article_file), str(article_file.with_name("other.txt")))
    assert result.exit_code == 2
    assert "--out-dir" in result.stderr


def test_unknown_format_is_a_usage_error(article_file: Path) -> None:
    result = run("convert", str(article_file), "--to", "yaml")
    assert result.exit_code == 2
    assert "unknown format yaml" in result.stderr


def test_bad_inputs_in_a_batch(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "noprose.txt").write_text("Title\n\n1 2 3\n", encoding="utf-8")
    (tmp_path / "big.txt").write_bytes(b"word " * (1_100_000))
    (tmp_path / "folder.txt").mkdir()
    out = tmp_path / "out"
    names = ["good.txt", "empty.txt", "binary.txt", "noprose.txt", "big.txt", "folder.txt", "none"]
    result = run("convert", *(str(tmp_path / n) for n in names), "--out-dir", str(out))
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == ["good.json"]
    assert "1 converted" in result.stderr
    assert "6 failed" in result.stderr
    for name, reason in [
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("noprose.txt:3", "no paragraph of prose"),
        ("big.txt", "MB"),
        ("folder.txt", "folder"),
        ("none", "no such file"),
    ]:
        lines = [ln for ln in result.stderr.splitlines() if ln.startswith("error:") and name in ln]
        assert len(lines) == 1, (name, result.stderr)
        assert reason in lines[0]
    summary = result.stderr.split("failed:")[1]
    assert summary.count("\n  ") == 6


def test_fail_fast_and_fail_on_warning(tmp_path: Path) -> None:
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-good.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "convert",
        str(tmp_path / "a-empty.txt"),
        str(tmp_path / "b-good.txt"),
        "--out-dir",
        str(out),
        "--fail-fast",
    )
    assert result.exit_code == 1
    assert not out.exists()
    nodate = ARTICLE.replace("Published: May 2, 2023\n\n", "")
    (tmp_path / "c.txt").write_text(nodate, encoding="utf-8")
    assert run("convert", str(tmp_path / "c.txt")).exit_code == 0
    result = run("convert", str(tmp_path / "c.txt"), "--fail-on", "warning")
    assert result.exit_code == 1
    assert "no publication date" in result.stderr


def test_output_collisions_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for d in "ab":
        (tmp_path / d / "same.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "convert",
        str(tmp_path / "a" / "same.txt"),
        str(tmp_path / "b" / "same.txt"),
        "--out-dir",
        str(out),
    )
    assert result.exit_code == 1
    assert "would overwrite an output written earlier in this run" in result.stderr
    assert [p.name for p in out.iterdir()] == ["same.json"]


def test_ndjson_stream_in_input_order(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(ARTICLE.replace("River", f"River {i}"), "utf-8")
    (tmp_path / "3.txt").write_bytes(b"")
    result = run("convert", str(tmp_path), "--to", "ndjson", "-q")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [json.loads(line)["headline"].split()[1] for line in lines] == ["0", "1", "2"]
    out = tmp_path / "all.ndjson"
    result = run(
        "convert",
        str(tmp_path / "0.txt"),
        str(tmp_path / "1.txt"),
        "--to",
        "ndjson",
        "-o",
        str(out),
    )
    assert result.exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_inspect(article_file: Path) -> None:
    result = run("inspect", str(article_file))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:5] == [
        "1 headline",
        "3 byline: Tomas Berg",
        "5 date: published 2023-05-02",
        "7-8 paragraph 1 (wrapped)",
        "10 paragraph 2",
    ]
    assert "12 url" in lines
    assert any(
        line.startswith("authors:") and "Tomas Berg (Staff Writer)" in line for line in lines
    )


def test_inspect_shows_kept_byline_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE.replace("Visitors lined", "By Tomas Berg\n\nVisitors lined"), "utf-8")
    result = run("inspect", str(path))
    assert "warning: line 10: looked like a byline but was kept as text: 'By Tomas Berg'" in (
        result.stdout
    )


def test_validate(tmp_path: Path, article_file: Path) -> None:
    good = tmp_path / "good.json"
    assert run("convert", str(article_file), "-o", str(good)).exit_code == 0
    data = json.loads(good.read_text(encoding="utf-8"))
    data["datePublished"] = "yesterday"
    data["body"][0]["content"][0]["strong"] = "yes"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"headline": ', encoding="utf-8")
    report = tmp_path / "junit.xml"
    result = run("validate", str(good), str(bad), str(broken), "--report", str(report))
    assert result.exit_code == 1
    assert f"{good}: ok" in result.stdout
    assert f"{bad}:$.datePublished: error:" in result.stdout
    assert f"{bad}:$.body[0].content[0].strong: error:" in result.stdout
    assert f"{broken}:1: error: not valid JSON" in result.stdout
    assert "1 passed, 2 failed" in result.stderr
    import xml.etree.ElementTree as ET  # noqa: PLC0415

    cases = ET.parse(report).getroot().findall(".//testcase")  # noqa: S314 - our own file
    assert [c.get("name") for c in cases] == [str(good), str(bad), str(broken)]
    assert [c.find("failure") is not None for c in cases] == [False, True, True]
    assert run("validate", str(good)).exit_code == 0


def test_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.newsschema.publisher]\nname = "Daily Example"\nurl = "https://daily.example"\n',
        encoding="utf-8",
    )
    (tmp_path / "newsschema.toml").write_text('[publisher]\nname = "Evening Example"\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("config")
    assert result.exit_code == 0
    name_line = next(ln for ln in result.stdout.splitlines() if ln.startswith("publisher.name"))
    assert "'Evening Example'" in name_line
    assert "newsschema.toml" in name_line
    url_line = next(ln for ln in result.stdout.splitlines() if ln.startswith("publisher.url"))
    assert "pyproject.toml" in url_line
    (tmp_path / "newsschema.toml").write_text("[publisher]\nnmae = 1\n", encoding="utf-8")
    result = run("config")
    assert result.exit_code == 1
    assert "unknown setting publisher.nmae" in result.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_interrupted_batch_leaves_no_partial_file(tmp_path: Path, jobs: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(400):
        (src / f"{i:04d}.txt").write_text(ARTICLE.replace("River", f"River {i}") * 3, "utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsschema.cli",
            "convert",
            str(src),
            "--out-dir",
            str(out),
            "--jobs",
            jobs,
            "-q",
        ],
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a shell gives a command
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 20:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: every process of the group
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr
    assert b"interrupted" in stderr
    files = list(out.iterdir())
    assert files, "some outputs were finished before the interrupt"
    assert all(p.suffix == ".json" and not p.name.startswith(".") for p in files)
    for path in files:
        json.loads(path.read_text(encoding="utf-8"))  # every file kept is whole
    assert len(files) < 400


@pytest.mark.skipif(os.name != "posix", reason="uses a POSIX pipe")
def test_console_script_is_installed() -> None:
    exe = Path(sys.executable).with_name("newsschema")
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "newsschema" in result.stdout


def test_convert_to_jsonld_with_publisher(article_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonld"
    result = run(
        "convert",
        str(article_file),
        "--to",
        "jsonld",
        "-o",
        str(out),
        "--publisher-name",
        "Northfield Courier",
        "--publisher-url",
        "https://courier.example",
        "--publisher-logo",
        "https://courier.example/logo.png",
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@type"] == "NewsArticle"
    assert data["publisher"]["name"] == "Northfield Courier"
    assert data["publisher"]["logo"]["url"] == "https://courier.example/logo.png"
    # the gaps against Google's recommendations are reported, the output still written
    assert "warning:" in result.stderr
    assert "author" in result.stderr
    assert run("validate", str(out)).exit_code == 0


def test_publisher_from_configuration(
    article_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "newsschema.toml").write_text(
        '[publisher]\nname = "Config Courier"\n[convert]\nto = ["jsonld"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = run("convert", str(article_file))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["publisher"]["name"] == "Config Courier"


def test_validate_broken_jsonld(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonld"
    bad.write_text(
        json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "H",
                "wordCount": "many",
                "datePublished": "2022-13-45",
                "colour": "blue",
            }
        ),
        encoding="utf-8",
    )
    result = run(
        "validate", str(bad), "--report", str(tmp_path / "r.json"), "--report-format", "json"
    )
    assert result.exit_code == 1
    for path in ("$.wordCount", "$.datePublished", "$.colour"):
        assert f":{path}: error:" in result.stdout, result.stdout
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["failed"] == 1
    assert {p["path"] for p in report["documents"][0]["problems"]} >= {
        "$.wordCount",
        "$.datePublished",
        "$.colour",
    }


def test_convert_from_a_saved_web_page(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><script type='application/ld+json'>"
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Saved page",
                "articleBody": "One.\n\nTwo.",
            }
        )
        + "</script></head><body></body></html>",
        encoding="utf-8",
    )
    result = run("convert", str(page))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["headline"] == "Saved page"


def test_convert_to_every_format_and_back(article_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("convert", str(article_file), "--to", "json,jsonld,nitf", "--out-dir", str(out))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["museum.json", "museum.jsonld", "museum.xml"]
    assert b"http://iptc.org/std/NITF/2006-10-18/" in (out / "museum.xml").read_bytes()
    result = run("validate", str(out))
    assert result.exit_code == 0, result.stdout
    assert result.stdout.count(": ok") == 3
    # every output reads back, as input in its own format
    for name in ("museum.json", "museum.jsonld", "museum.xml"):
        back = run("convert", str(out / name), "--to", "json")
        assert back.exit_code == 0, back.stderr
        assert json.loads(back.stdout)["headline"] == "River museum reopens after flood repairs"


def test_validate_nitf_reports_lines(tmp_path: Path, article_file: Path) -> None:
    good = tmp_path / "a.xml"
    assert run("convert", str(article_file), "--to", "nitf", "-o", str(good)).exit_code == 0
    broken = tmp_path / "broken.xml"
    broken.write_text(
        good.read_text(encoding="utf-8").replace('norm="20230502"', 'norm="2023-05-02 x"', 1),
        encoding="utf-8",
    )
    # IPTC's schema leaves the date form to advice: a warning, on its line
    result = run("validate", str(good), str(broken))
    assert result.exit_code == 0
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith(f"{broken}:")]
    assert lines[-1] == f"{broken}: ok (1 warning)"
    assert ": warning: " in lines[0]
    assert lines[0].split(":")[1].isdigit(), lines
    # newsschema's profile requires ISO 8601 basic dates
    result = run("validate", "--nitf-profile", str(good), str(broken))
    assert result.exit_code == 1
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith(f"{broken}:")]
    assert any(": error: " in ln for ln in lines), lines
    assert all(ln.split(":")[1].isdigit() for ln in lines), lines


def test_validate_the_iptc_examples(tmp_path: Path) -> None:
    shared = Path(__file__).resolve().parent.parent.parent / "shared" / "standards" / "nitf"
    valid, invalid = shared / "example-valid.xml", shared / "example-invalid.xml"
    if not valid.exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set, so this cannot be skipped: {valid} is not here")
        pytest.skip(f"{valid} is not here")
    result = run("validate", str(valid))
    assert result.exit_code == 0, result.stdout
    assert f"{valid}: ok" in result.stdout
    result = run("validate", str(invalid))
    assert result.exit_code == 1
    assert f"{invalid}:30:/nitf/body/p: error: " in result.stdout
    result = run("validate", "--nitf-profile", str(valid))
    assert result.exit_code == 1


def test_nitf_with_an_external_entity_is_refused(tmp_path: Path) -> None:
    evil = tmp_path / "evil.xml"
    evil.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        "<nitf><body><body.content><p>&x;</p></body.content></body></nitf>\n",
        encoding="utf-8",
    )
    result = run("convert", str(evil))
    assert result.exit_code == 1
    assert "root:" not in result.stdout + result.stderr
    assert "evil.xml" in result.stderr


def test_batch_counts_warnings_by_kind(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"{i}.txt").write_text(ARTICLE.replace("River", f"River {i}"), "utf-8")
    out = tmp_path / "out"
    result = run("convert", str(src), "--to", "jsonld", "--out-dir", str(out))
    assert result.exit_code == 0
    assert "warning:" not in result.stderr  # not one line per file in a batch
    summary = result.stderr.split("most common warnings")[1]
    assert "      3  author … has no url or sameAs" in summary
    verbose = run("convert", str(src), "--to", "jsonld", "--out-dir", str(out), "-v", "--overwrite")
    assert verbose.stderr.count("warning:") >= 3


def test_out_dir_inside_an_input_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("convert", str(tmp_path), "--out-dir", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "inside the input folder" in result.stderr


def test_same_stem_in_one_folder_collides(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "story.md").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run("convert", str(src), "--out-dir", str(out), "--jobs", "1")
    assert result.exit_code == 1
    assert "would overwrite an output written earlier" in result.stderr
    assert [p.name for p in out.iterdir()] == ["story.json"]


def test_parallel_results_keep_input_order(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(40):
        (src / f"{i:02d}.txt").write_text(ARTICLE.replace("River", f"River {i}"), "utf-8")
    result = run("convert", str(src), "--to", "ndjson", "--jobs", "2", "-q")
    assert result.exit_code == 0
    numbers = [int(json.loads(line)["headline"].split()[1]) for line in result.stdout.splitlines()]
    assert numbers == list(range(40))


def test_validate_json_report_on_stdout(tmp_path: Path, article_file: Path) -> None:
    good = tmp_path / "a.jsonld"
    assert run("convert", str(article_file), "--to", "jsonld", "-o", str(good)).exit_code == 0
    result = run("validate", str(good), "--report-format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["passed"] == 1
    assert report["documents"][0]["path"] == str(good)
    assert {p["severity"] for p in report["documents"][0]["problems"]} == {"warning"}
