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
    again = run("convert", str(src), "--out-dir", str(out))  # every output written again
    assert again.exit_code == 0
    assert "2 converted, 0 skipped" in again.stderr


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
        text = ARTICLE.replace("River", f"River {i}").replace("Published: May 2, 2023", "")
        (src / f"{i}.txt").write_text(text, "utf-8")
    out = tmp_path / "out"
    result = run("convert", str(src), "--to", "jsonld", "--out-dir", str(out))
    assert result.exit_code == 0
    assert "warning:" not in result.stderr  # not one line per file in a batch
    codes, kinds = result.stderr.split("warnings by code")[1].split("most common warnings")
    # gaps by their code, each with the profile key that would fill it
    assert (
        "      3  google-author-no-url      fix: set `url` (or `same_as` for a person) in"
        ' [sites."news.example".authors."Tomas Berg"] (3)\n'
    ) in codes
    assert "      3  google-no-date-published\n" in codes  # nothing in a profile fills it
    assert "      3  no-publisher              fix: set `name` and `url` for news.example" in codes
    # the reader's warnings by their code, with the first message of each
    assert "      3  no-date: no publication date found" in kinds
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


# --------------------------------------------------------------------------- formats


@pytest.fixture
def documents(article_file: Path, tmp_path: Path) -> dict[str, bytes]:
    """The test article as every document format, and as a saved web page."""
    docs = {}
    for fmt in ("json", "jsonld", "nitf"):
        result = run("convert", str(article_file), "--to", fmt, "-q")
        assert result.exit_code == 0
        docs[fmt] = result.stdout_bytes
    docs["html"] = (
        b"<!DOCTYPE html>\n<html><head><script type='application/ld+json'>"
        + docs["jsonld"]
        + b"</script></head><body><p>Page</p></body></html>"
    )
    return docs


@pytest.mark.parametrize("kind", ["json", "jsonld", "nitf", "html"])
def test_documents_on_stdin_are_read_in_their_format(
    documents: dict[str, bytes], tmp_path: Path, kind: str
) -> None:
    result = run("convert", "-", stdin=documents[kind])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["headline"] == "River museum reopens after flood repairs"
    inspected = run("inspect", "-", stdin=documents[kind])
    assert inspected.exit_code == 0, inspected.stderr
    assert "headline:       River museum reopens after flood repairs" in inspected.stdout
    # a file whose name does not tell is read the same way
    nameless = tmp_path / f"download-{kind}"
    nameless.write_bytes(documents[kind])
    assert json.loads(run("convert", str(nameless)).stdout)["headline"].startswith("River")
    if kind != "html":
        checked = run("validate", "-", stdin=documents[kind])
        assert checked.exit_code == 0, checked.stdout
        assert "<stdin>: ok" in checked.stdout


@pytest.mark.parametrize(
    "first_line",
    [
        "[River museum reopens after flood repairs](https://news.example/river)",
        "<div>River museum reopens after flood repairs</div>",
        "{River} museum reopens after flood repairs",
    ],
)
def test_text_that_starts_like_markup_is_still_text(first_line: str) -> None:
    text = ARTICLE.replace("River museum reopens after flood repairs", first_line, 1)
    result = run("convert", "-", stdin=text.encode())
    assert result.exit_code == 0, result.stderr
    assert "museum reopens after flood repairs" in json.loads(result.stdout)["headline"]


def test_parse_file_refuses_documents(documents: dict[str, bytes], tmp_path: Path) -> None:
    for kind, what in [
        ("json", "a JSON document"),
        ("jsonld", "a JSON-LD document"),
        ("nitf", "an XML document"),
        ("html", "an HTML page"),
    ]:
        path = tmp_path / f"{kind}.txt"
        path.write_bytes(documents[kind])
        with pytest.raises(newsschema.NotAnArticleError, match=f"is {what}, not article text"):
            newsschema.parse_file(path)
        with pytest.raises(newsschema.NotAnArticleError) as info:
            newsschema.analyze_file(path)
        assert info.value.file == str(path)
        result = run("convert", str(path))
        assert result.exit_code == 1
        assert f"error: {path}: is {what}" in result.stderr
        assert f"--from {'jsonld' if kind == 'html' else kind}" in result.stderr


def test_the_output_suffix_decides_the_format(article_file: Path, tmp_path: Path) -> None:
    for name, check in [
        ("a.xml", lambda data: data.startswith(b"<?xml") and b"<nitf" in data),
        ("a.jsonld", lambda data: json.loads(data)["@type"] == "NewsArticle"),
        ("a.json", lambda data: json.loads(data)["schemaVersion"] == "1.0"),
        ("a.ndjson", lambda data: data.count(b"\n") == 1 and json.loads(data)["headline"]),
        ("a.out", lambda data: json.loads(data)["schemaVersion"] == "1.0"),  # the default
    ]:
        result = run("convert", str(article_file), "-o", str(tmp_path / name), "-q")
        assert result.exit_code == 0, (name, result.stderr)
        assert check((tmp_path / name).read_bytes()), name
    assert (
        run("convert", str(article_file), "-o", str(tmp_path / "b.xml"), "--to", "nitf").exit_code
        == 0
    )
    clash = run("convert", str(article_file), "-o", str(tmp_path / "c.xml"), "--to", "json")
    assert clash.exit_code == 2
    assert "names a nitf or newsml file but --to asks for json" in clash.stderr
    assert not (tmp_path / "c.xml").exists()


def test_an_explicit_output_is_always_written(article_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonld"
    out.write_text("stale", encoding="utf-8")
    later = article_file.stat().st_mtime + 3600
    os.utime(out, (later, later))  # newer than the input
    result = run("convert", str(article_file), "-o", str(out), "--publisher-name", "Courier")
    assert result.exit_code == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["publisher"]["name"] == "Courier"


def test_update_skips_only_outputs_the_same_options_wrote(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    past = time.time() - 600
    for name in ("a", "b"):
        (src / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
        os.utime(src / f"{name}.txt", (past, past))
    out = tmp_path / "out"

    def convert(*extra: str) -> Result:
        result = run("convert", str(src), "--out-dir", str(out), "--to", "jsonld", *extra)
        assert result.exit_code == 0, result.stderr
        return result

    first = convert("--update")
    assert "no record that the outputs" in first.stderr
    assert "2 converted, 0 skipped" in first.stderr
    second = convert("--update")
    assert "0 converted, 2 skipped (2 up to date)" in second.stderr
    assert "-v names them" in second.stderr
    named = convert("--update", "-v")
    assert f"skipped: {src / 'a.txt'}: up to date" in named.stderr
    (src / "a.txt").write_text(ARTICLE + "\nOne more line of prose here.\n", encoding="utf-8")
    assert "1 converted, 1 skipped (1 up to date)" in convert("--update").stderr
    # other options: every output is stale, whatever its time
    changed = convert("--update", "--publisher-name", "Courier")
    assert "2 converted, 0 skipped" in changed.stderr
    data = json.loads((out / "b.jsonld").read_text(encoding="utf-8"))
    assert data["publisher"]["name"] == "Courier"
    # a run without --update writes everything, and leaves the record right for later
    assert "2 converted, 0 skipped" in convert().stderr
    assert "0 converted, 2 skipped" in convert("--update").stderr
    assert "2 converted, 0 skipped" in convert("--update", "--publisher-name", "C").stderr
    assert run("convert", str(src), "-o", "x.json", "--update").exit_code == 2
    # one input has no summary: its skip is told
    alone = run("convert", str(src / "b.txt"), "--out-dir", str(out), "--update", "--to", "jsonld")
    assert alone.exit_code == 0
    assert "2 converted" not in alone.stderr
    single = run("convert", str(src / "b.txt"), "--out-dir", str(out), "--update", "--to", "jsonld")
    assert single.stderr.strip() == f"skipped: {src / 'b.txt'}: up to date"


def test_ndjson_with_an_out_dir_is_refused(tmp_path: Path, article_file: Path) -> None:
    result = run("convert", str(article_file), "--to", "ndjson", "--out-dir", str(tmp_path / "o"))
    assert result.exit_code == 2
    assert "--to ndjson writes one stream: give -o FILE" in result.stderr
    assert not (tmp_path / "o").exists()


def test_a_folder_or_pattern_with_one_file_is_one_input(tmp_path: Path) -> None:
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "museum.txt").write_text(ARTICLE, encoding="utf-8")
    for name in (str(folder), str(folder / "*.txt")):
        result = run("convert", name)
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["headline"].startswith("River museum")
    (folder / "other.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("convert", str(folder))
    assert result.exit_code == 2
    assert "several inputs need --out-dir" in result.stderr


def test_validate_of_nothing_fails(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "README.md").write_text("# exports\n", encoding="utf-8")
    report = tmp_path / "junit.xml"
    for folder in (empty, notes):
        result = run("validate", str(folder), "--report", str(report))
        assert result.exit_code == 1
        assert f"{folder}: error: nothing to validate" in result.stdout
        assert "0 passed, 1 failed" in result.stderr
        assert "nothing to validate" in report.read_text(encoding="utf-8")


def test_validate_never_prints_a_traceback(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (docs / "huge.json").write_bytes(b"[" + b"1," * 3_000_000 + b"1]")
    (docs / "binary.xml").write_bytes(bytes(range(256)) * 8)
    (docs / "folder.jsonld").mkdir()
    (docs / "folder.jsonld" / "inner.txt").write_text("x", encoding="utf-8")
    os.mkfifo(docs / "pipe.json")  # nobody writes to it
    named = [str(docs / "deep.json"), str(docs / "folder.jsonld"), str(tmp_path / "none.json")]
    for args in ([str(docs)], named, [str(docs / "README")]):
        result = CliRunner().invoke(main, ["validate", *args])
        assert result.exception is None or isinstance(result.exception, SystemExit), args
        assert "Traceback" not in result.output + result.stderr
        assert result.exit_code == 1, args
    result = run("validate", str(docs))
    for name in ("deep.json", "huge.json", "binary.xml"):
        lines = [ln for ln in result.stdout.splitlines() if ln.startswith(f"{docs / name}:")]
        assert lines, (name, result.stdout)
        assert all(": error: " in line for line in lines), lines
    assert f"{docs / 'pipe.json'}: skipped: not read: a FIFO" in result.stdout


def test_configuration_errors_name_the_file_and_the_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article_file: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    config = tmp_path / "newsschema.toml"
    for text, message in [
        ('[convert]\nto = ["yaml"]\n', "convert.to: unknown format yaml; expected json"),
        ('[convert]\njobs = "x"\n', 'convert.jobs: must be an integer, not "x"'),
        ("[convert]\njobs = true\n", "convert.jobs: must be an integer, not true"),
        ("[convert]\njobs = 0\n", "convert.jobs: must be 1 or more"),
        ("[convert]\ntimeout = -1\n", "convert.timeout: must be 0 (no limit) or a positive"),
        ('[publisher]\nurl = "not a url"\n', "publisher.url: 'not a url' is not an absolute"),
        ("[validate]\nstrict = 1\n", "validate.strict: must be true or false, not 1"),
    ]:
        config.write_text(text, encoding="utf-8")
        for command in (["convert", str(article_file)], ["validate", "x.json"], ["config"]):
            result = run(*command)
            assert result.exit_code in (1, 2), (text, command)
            assert f"{config}: {message}" in result.stderr, (text, command, result.stderr)
    config.unlink()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.newsschema.convert]\nto = "json,yaml"\n', encoding="utf-8"
    )
    result = run("convert", str(article_file))
    assert result.exit_code == 2
    assert f"{tmp_path / 'pyproject.toml'}: tool.newsschema.convert.to: unknown format" in (
        result.stderr
    )


@pytest.mark.parametrize(
    "url", ["not a url", "ftp://files.example/logo.png", "https://", "x.example"]
)
def test_publisher_urls_must_be_web_addresses(article_file: Path, url: str) -> None:
    for option in ("--publisher-url", "--publisher-logo"):
        result = run("convert", str(article_file), option, url)
        assert result.exit_code == 2
        assert "is not an absolute http(s) URL" in result.stderr


def test_the_report_suffix_decides_its_format(tmp_path: Path, article_file: Path) -> None:
    good = tmp_path / "a.json"
    assert run("convert", str(article_file), "-o", str(good)).exit_code == 0
    as_json = tmp_path / "report.json"
    assert run("validate", str(good), "--report", str(as_json)).exit_code == 0
    assert json.loads(as_json.read_text(encoding="utf-8"))["passed"] == 1
    as_xml = tmp_path / "junit.xml"
    assert run("validate", str(good), "--report", str(as_xml)).exit_code == 0
    assert as_xml.read_text(encoding="utf-8").startswith("<?xml")
    clash = run("validate", str(good), "--report", str(as_json), "--report-format", "junit")
    assert clash.exit_code == 2
    assert "names a json file, not junit" in clash.stderr


def test_stdin_is_read_once(article_file: Path) -> None:
    result = run("convert", "-", "--from-list", "-", stdin=str(article_file).encode())
    assert result.exit_code == 2
    assert "stdin can be read once" in result.stderr
