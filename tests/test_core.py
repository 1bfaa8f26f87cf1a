"""The engine-neutral core: a name and bytes in, every format's document (or a failure
with file, line and reason) out, and no file touched; the local batch writes exactly
what it gives."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsschema._batch import BatchOptions
from newsschema._core import Failure, convert_input
from newsschema._gaps import GapCode
from newsschema._io import remove_partials
from newsschema._text.codes import WarningCode
from newsschema.cli import main
from newsschema.model import Organization

ARTICLE = b"""Ferry timetable changes for the winter

By Lena Sorvik

March 3, 2024

The island ferry will sail four times a day from November, the harbour office said on
Friday, one crossing fewer than in summer.

Residents asked for an early boat on Mondays, which the office said it would consider.
"""


def test_every_format_from_bytes_with_typed_warnings_and_key_columns(tmp_path: Path) -> None:
    name = str(tmp_path / "never-written" / "ferry.txt")  # the name is only a name
    result = convert_input(name, ARTICLE, BatchOptions(formats=("json", "jsonld", "nitf")))
    assert result.ok
    assert [fmt for fmt, _ in result.outputs] == ["json", "jsonld", "nitf"]
    assert json.loads(result.output("json"))["headline"] == "Ferry timetable changes for the winter"
    assert result.output("nitf").startswith(b"<?xml")
    assert result.keys is not None
    assert result.keys.headline == "Ferry timetable changes for the winter"
    assert result.keys.date == "2024-03-03"
    assert result.keys.language == "en"
    codes = {notice.code for notice in result.warnings}
    known = {code.value for code in WarningCode} | {code.value for code in GapCode}
    assert codes <= known | {"jsonld-gap", "nitf-gap"}
    # no author URL, no image: Google's recommendations, typed with the profile key
    assert {"google-author-no-url", "google-no-image"} <= codes
    assert all(
        n.gap is not None and n.gap.code.value == n.code
        for n in result.warnings
        if n.code.startswith("google-")
    )
    assert len({n.message for n in result.warnings}) == len(result.warnings)
    assert not (tmp_path / "never-written").exists()


def test_the_options_decide_the_outputs() -> None:
    publisher = Organization("The Island Courier", url="https://courier.example")
    options = BatchOptions(formats=("jsonld",), publisher=publisher)
    document = json.loads(convert_input("ferry.txt", ARTICLE, options).output("jsonld"))
    assert document["publisher"]["name"] == "The Island Courier"
    again = convert_input("ferry.txt", ARTICLE, options)
    assert again == convert_input("ferry.txt", ARTICLE, options)  # a pure function


def test_a_failure_names_the_file_the_line_and_the_reason() -> None:
    result = convert_input("archive/a.txt", b"Title only\n\n12 34 56\n", BatchOptions())
    assert not result.ok
    assert result.outputs == ()
    failure = result.failure
    assert isinstance(failure, Failure)
    assert (failure.file, failure.line, failure.kind) == ("archive/a.txt", 3, "NotAnArticleError")
    assert "paragraph of prose" in failure.reason
    assert str(failure) == f"archive/a.txt:3: {failure.reason}"


def test_the_name_tells_the_input_format() -> None:
    document = convert_input("a.txt", ARTICLE, BatchOptions()).output("json")
    as_text = convert_input("copy.txt", document, BatchOptions())
    assert as_text.failure is not None
    assert "--from json" in as_text.failure.reason
    assert convert_input("copy.json", document, BatchOptions()).output("json") == document


def test_the_local_batch_writes_what_the_core_gives(tmp_path: Path) -> None:
    source = tmp_path / "in" / "ferry.txt"
    source.parent.mkdir()
    source.write_bytes(ARTICLE)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["convert", str(source), "--to", "json,nitf", "--out-dir", str(out)]
    )
    assert result.exit_code == 0, result.output
    core = convert_input(str(source), ARTICLE, BatchOptions(formats=("json", "nitf")))
    assert (out / "ferry.json").read_bytes() == core.output("json")
    assert (out / "ferry.xml").read_bytes() == core.output("nitf")


def test_what_interrupted_writes_left_is_removed_folder_by_folder(tmp_path: Path) -> None:
    targets = [tmp_path / "a.json", tmp_path / "b.v2.json", tmp_path / "sub" / "c.xml"]
    (tmp_path / "sub").mkdir()
    left = [t.with_name(f".{t.name}.k1ll3d.tmp") for t in targets]
    for path in left:
        path.write_bytes(b"{")
    other = tmp_path / ".d.json.x9.tmp"  # another output's: kept
    other.write_bytes(b"{")
    remove_partials(targets)
    assert not any(path.exists() for path in left)
    assert other.exists()


def test_reader_warnings_keep_their_own_codes() -> None:
    """Each reader warning reaches the notice with its code, so summaries count by code."""
    text = ARTICLE.replace(b"March 3, 2024", b"03/04/2024")
    result = convert_input("ferry.txt", text, BatchOptions(formats=("json",)))
    assert result.ok
    notices = [n for n in result.warnings if n.code == WarningCode.DATE_ORDER_GUESSED.value]
    assert len(notices) == 1
    assert notices[0].warning is not None
    assert notices[0].typed is notices[0].warning
