"""ninjs and NewsML-G2 through the command line: every fixture and every dev article
converted by ``convert --to ninjs`` (3.2 and 2.3) and ``--to newsml`` (NITF and XHTML
bodies), each output valid for ``validate`` and for the official schemas, read back by
``convert --from``/by suffix with what the format carries; ``validate`` rejecting broken
documents with file, path and reason; ``inspect`` reading them; an NDJSON stream of
ninjs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsschema
from conftest import EXAMPLES, need_shared
from newsschema.cli import main
from test_newsml import assert_official
from test_newsml import expected_back as newsml_back
from test_ninjs import assert_valid
from test_ninjs import expected_back as ninjs_back

# (--to, its option, the suffix written, how to check one output)
TARGETS = {
    "ninjs-3.2": ("ninjs", ("--ninjs-version", "3.2"), ".ninjs.json"),
    "ninjs-2.3": ("ninjs", ("--ninjs-version", "2.3"), ".ninjs.json"),
    "newsml-nitf": ("newsml", ("--newsml-body", "nitf"), ".newsml.xml"),
    "newsml-xhtml": ("newsml", ("--newsml-body", "xhtml"), ".newsml.xml"),
}


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture articles and the dev set in one folder (their names do not collide)."""
    folder = tmp_path_factory.mktemp("inputs")
    dev = sorted(need_shared("examples", "dev").glob("*.txt"))
    assert len(dev) >= 40
    for path in [*sorted(EXAMPLES.glob("*.txt")), *dev]:
        shutil.copyfile(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def originals(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Each input as newsschema JSON, written by the same command line."""
    out = tmp_path_factory.mktemp("json")
    code, output = run("convert", str(inputs), "--no-profile", "--out-dir", str(out), "-q")
    assert code == 0, output
    return {
        p.name.removesuffix(".json"): newsschema.from_json(p.read_bytes()) for p in out.iterdir()
    }


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_every_input_converts_validates_and_reads_back(
    target: str, inputs: Path, originals: dict[str, object], tmp_path: Path
) -> None:
    fmt, option, suffix = TARGETS[target]
    out = tmp_path / "out"
    code, output = run(
        "convert", str(inputs), "--to", fmt, *option, "--no-profile", "--out-dir", str(out), "-q"
    )
    assert code == 0, output
    written = sorted(out.iterdir())
    assert {p.name.removesuffix(suffix) for p in written} == set(originals)
    # newsschema validate: every output passes
    code, output = run("validate", str(out), "-q")
    assert code == 0, output
    # the official schemas (ninjs with format checks on; NewsML-G2 and the NITF inside)
    for path in written:
        if fmt == "ninjs":
            assert_valid(json.loads(path.read_bytes()), option[1])
        else:
            assert_official(path.read_bytes())
    # read back by the command line (the suffix names the format) into newsschema JSON
    back_dir = tmp_path / "back"
    code, output = run(
        "convert", str(out), "--to", "json", "--no-profile", "--out-dir", str(back_dir), "-q"
    )
    assert code == 0, output
    for path in sorted(back_dir.iterdir()):
        stem = path.name.removesuffix(".json")
        back = newsschema.from_json(path.read_bytes())
        original = originals[stem]
        assert isinstance(original, newsschema.Article)
        back_of = ninjs_back if fmt == "ninjs" else newsml_back
        expected = back_of(original, option[1])
        assert back == expected, stem


def test_the_same_documents_under_the_shared_suffixes_read_by_content(tmp_path: Path) -> None:
    source = EXAMPLES / "00-river-museum.txt"
    ninjs_doc, newsml_doc = tmp_path / "a.json", tmp_path / "b.xml"
    assert run("convert", str(source), "--to", "ninjs", "-o", str(ninjs_doc))[0] == 0
    assert run("convert", str(source), "--to", "newsml", "-o", str(newsml_doc))[0] == 0
    code, output = run("validate", str(ninjs_doc), str(newsml_doc))
    assert code == 0, output
    report = tmp_path / "r.json"
    run("validate", str(ninjs_doc), str(newsml_doc), "--report", str(report))
    formats = [d["format"] for d in json.loads(report.read_text("utf-8"))["documents"]]
    assert formats == ["ninjs", "newsml"]
    for doc in (ninjs_doc, newsml_doc):
        code, output = run("inspect", str(doc))
        assert code == 0, output
        assert "headline:       River Museum Reopens With Its Boats Back Afloat" in output
        assert "authors:        Tomas Berg, Ilse Marang" in output


def test_ninjs_versions_and_newsml_bodies_reach_the_writers(tmp_path: Path) -> None:
    source = str(EXAMPLES / "00-river-museum.txt")
    for version, key in (("3.2", "firstCreated"), ("2.3", "firstcreated"), ("1.7", "firstcreated")):
        code, output = run("convert", source, "--to", "ninjs", "--ninjs-version", version)
        assert code == 0, output
        document = json.loads(output[output.index("{") :])
        assert key in document
        assert (document.get("standard") or {}).get("version", version) == version
    code, output = run("convert", source, "--to", "newsml", "--newsml-body", "xhtml")
    assert 'contenttype="application/xhtml+xml"' in output
    code, output = run("convert", source, "--to", "ninjs", "--ninjs-version", "4")
    assert code == 2
    assert "'4' is not one of '3.2', '2.3', '1.7'" in output


def test_an_ndjson_stream_of_ninjs(tmp_path: Path) -> None:
    sources = [str(p) for p in sorted(EXAMPLES.glob("0[0-2]*.txt"))]
    out = tmp_path / "all.ndjson"
    code, output = run(
        "convert", *sources, "--to", "ndjson", "--ndjson-format", "ninjs", "--ninjs-version", "2.3",
        "-o", str(out), "-q",
    )  # fmt: skip
    assert code == 0, output
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == len(sources)
    for line in lines:
        document = json.loads(line)
        assert_valid(document, "2.3")
    code, output = run("convert", *sources, "--to", "ndjson", "--ndjson-format", "nitf")
    assert code == 2
    assert "is not one of json, jsonld, ninjs" in output


BROKEN_NINJS = b'{\n  "uri": "urn:x:1",\n  "type": "text",\n  "headlines": [{"value": 5}]\n}\n'
BROKEN_NEWSML = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1"
  standard="NewsML-G2" standardversion="2.35">
  <contentSet/>
</newsItem>
"""


def test_validate_rejects_broken_documents_with_file_path_and_reason(tmp_path: Path) -> None:
    (tmp_path / "bad.ninjs.json").write_bytes(BROKEN_NINJS)
    (tmp_path / "bad.newsml.xml").write_bytes(BROKEN_NEWSML)
    code, output = run("validate", str(tmp_path))
    assert code == 1
    lines = output.splitlines()
    ninjs_line = next(line for line in lines if "bad.ninjs.json" in line)
    assert ninjs_line.startswith(f"{tmp_path / 'bad.ninjs.json'}:$.headlines[0].value: error:")
    assert "5 is not of type 'string'" in ninjs_line
    newsml_line = next(line for line in lines if "bad.newsml.xml" in line)
    assert newsml_line.startswith(f"{tmp_path / 'bad.newsml.xml'}:4:")
    assert "itemMeta" in newsml_line
    # the same from stdin, the format named
    code, output = run("validate", "--format", "ninjs", "-", stdin=BROKEN_NINJS)
    assert code == 1
    assert output.startswith("<stdin>:$.headlines[0].value: error:")
    code, output = run("validate", "--format", "newsml", "-", stdin=b"<newsItem")
    assert code == 1
    assert output.startswith("<stdin>:")
    # a document that does not parse, given to convert: a failure naming file and line
    cut = tmp_path / "cut.newsml.xml"
    cut.write_bytes(BROKEN_NEWSML[:120])
    code, output = run("convert", str(cut), "--to", "json")
    assert code == 1
    assert f"{cut}:3:" in output
