"""The format registry: one place that the command line, suffix and content detection,
the reports and the conversion core read. A format registered here (a small test-only
one) is taken by ``--to``, ``--from``, ``validate --format`` and suffix detection
without touching any other module; formats that share a suffix are told apart by
content."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from newsschema import _convert
from newsschema._gaps import Gap
from newsschema.cli import main
from newsschema.errors import FormatError, Problem
from newsschema.formats import REGISTRY, Format, ValidateOptions, WriteOptions
from newsschema.formats._registry import Head, Match, Registry
from newsschema.model import Article, Paragraph, Text

RIVER = EXAMPLES / "00-river-museum.txt"
_MARK = "LINES 1\n"


@attrs.frozen
class Lines:
    """A test-only format: a mark line, the headline, then one paragraph per line."""

    name: str = "lines"
    media_type: str = "text/x-lines"
    suffixes: tuple[str, ...] = (".lines",)
    input_suffixes: tuple[str, ...] = ()

    def write(self, article: Article, options: WriteOptions) -> tuple[bytes, Sequence[str | Gap]]:
        del options
        paragraphs = [b.text for b in article.body if isinstance(b, Paragraph)]
        text = _MARK + "\n".join([article.headline, *paragraphs]) + "\n"
        return text.encode("utf-8"), ["lines: only the headline and paragraphs are kept"]

    def read(self, data: bytes | str, *, source: str | None) -> tuple[Article, list[str]]:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        if not text.startswith(_MARK):
            raise FormatError("expected the line 'LINES 1' first", file=source, line=1)
        headline, *paragraphs = text[len(_MARK) :].splitlines()
        body = [Paragraph([Text(p)]) for p in paragraphs]
        return Article(headline=headline, body=body), []

    def validate(
        self, data: bytes | str, *, source: str | None, options: ValidateOptions
    ) -> list[Problem]:
        del source, options
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        if not text.startswith(_MARK):
            return [Problem("expected the line 'LINES 1' first", line=1)]
        if len(text.splitlines()) < 2 or not text.splitlines()[1].strip():
            return [Problem("no headline", line=2)]
        return []

    def sniff(self, head: Head) -> Match | None:
        return Match(3, "a lines document") if head.text.startswith(_MARK) else None


@pytest.fixture
def lines() -> Iterator[Format]:
    fmt = REGISTRY.register(Lines())
    try:
        yield fmt
    finally:
        REGISTRY.unregister("lines")


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.output


# --------------------------------------------------------------------------- a new format


def test_a_registered_format_is_written_by_convert_to(lines: Format, tmp_path: Path) -> None:
    del lines
    out = tmp_path / "river.lines"
    code, output = run("convert", str(RIVER), "--to", "lines", "-o", str(out))
    assert code == 0, output
    text = out.read_text("utf-8")
    assert text.startswith(_MARK + "River Museum Reopens")
    assert "lines: only the headline and paragraphs are kept" in output
    # the suffix of -o alone names the format
    implied = tmp_path / "implied.lines"
    assert run("convert", str(RIVER), "-o", str(implied))[0] == 0
    assert implied.read_bytes() == out.read_bytes()


def test_a_registered_format_names_batch_outputs(lines: Format, tmp_path: Path) -> None:
    del lines
    code, output = run(
        "convert", str(RIVER), str(EXAMPLES / "02-moscow-bus-fares.txt"),
        "--to", "lines,json", "--out-dir", str(tmp_path / "out"), "-q",
    )  # fmt: skip
    assert code == 0, output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [
        "00-river-museum.json",
        "00-river-museum.lines",
        "02-moscow-bus-fares.json",
        "02-moscow-bus-fares.lines",
    ]


def test_a_registered_format_is_read_by_suffix_content_and_from(
    lines: Format, tmp_path: Path
) -> None:
    del lines
    doc = tmp_path / "a.lines"
    doc.write_text(_MARK + "A Headline\nOne paragraph.\n", "utf-8")
    code, output = run("convert", str(doc), "--to", "json")
    assert code == 0, output
    assert '"headline": "A Headline"' in output
    # a name that tells nothing: the content does
    blind = tmp_path / "a.dat"
    blind.write_bytes(doc.read_bytes())
    assert _convert.detect_input_format(str(blind), blind.read_bytes()) == "lines"
    # --from names it whatever the name says
    odd = tmp_path / "a.txt"
    odd.write_bytes(doc.read_bytes())
    code, output = run("convert", str(odd), "--from", "lines", "--to", "json")
    assert code == 0, output
    assert '"headline": "A Headline"' in output
    code, output = run("inspect", str(doc))
    assert code == 0, output
    assert "A Headline" in output


def test_a_registered_format_is_validated(lines: Format, tmp_path: Path) -> None:
    del lines
    (tmp_path / "good.lines").write_text(_MARK + "Headline\n", "utf-8")
    (tmp_path / "bad.lines").write_text(_MARK + "\nno headline\n", "utf-8")
    (tmp_path / "notes.dat").write_text("not a document", "utf-8")
    code, output = run("validate", str(tmp_path))  # the folder walk takes its suffix
    assert code == 1
    assert f"{tmp_path / 'bad.lines'}:2: error: no headline" in output
    assert f"{tmp_path / 'good.lines'}: ok" in output
    assert "notes.dat" not in output
    code, output = run("validate", "--format", "lines", "-", stdin=b"LINES 1\nH\n")
    assert code == 0, output
    code, output = run("validate", "--format", "lines", "-", stdin=b"nothing\n")
    assert code == 1
    assert "<stdin>:1: error: expected the line 'LINES 1' first" in output


def test_a_registered_format_is_listed(lines: Format) -> None:
    del lines
    code, output = run("formats")
    assert code == 0
    assert "lines     text/x-lines" in output
    assert "lines" in _convert.input_formats()
    assert "lines" in _convert.output_formats()
    code, output = run("convert", str(RIVER), "--to", "nope")
    assert code == 2
    assert "lines" in output  # the error lists what is expected, the new format with it


def test_an_unregistered_format_is_refused() -> None:
    assert "lines" not in REGISTRY
    code, output = run("convert", str(RIVER), "--to", "lines")
    assert code == 2
    assert "unknown format lines" in output
    code, output = run("validate", "--format", "lines", str(RIVER))
    assert code == 2


def test_a_name_is_registered_once() -> None:
    registry = Registry()
    registry.register(Lines())
    with pytest.raises(ValueError, match="registered already"):
        registry.register(Lines())


# --------------------------------------------------------------------------- detection


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.json", "json"),
        ("a.ninjs.json", "ninjs"),
        ("a.ninjs", "ninjs"),
        ("a.jsonld", "jsonld"),
        ("a.html", "jsonld"),
        ("a.xml", "nitf"),
        ("a.NITF", "nitf"),
        ("a.newsml.xml", "newsml"),
        ("a.newsml", "newsml"),
        ("a.txt", "text"),
        ("a", "text"),
    ],
)
def test_the_suffix_names_the_format(name: str, expected: str) -> None:
    assert _convert.detect_input_format(name) == expected


def _example(suffix: str) -> bytes:
    return (EXAMPLES / f"00-river-museum{suffix}").read_bytes()


@pytest.mark.parametrize(
    ("suffix", "name", "expected"),
    [
        (".json", "doc.json", "json"),
        (".ninjs.json", "doc.json", "ninjs"),  # a ninjs document under the shared suffix
        (".xml", "doc.xml", "nitf"),
        (".newsml.xml", "doc.xml", "newsml"),  # a NewsML-G2 item under the shared suffix
        (".ninjs.json", "doc", "ninjs"),  # no suffix: the content alone
        (".newsml.xml", "doc", "newsml"),
        (".jsonld", "doc", "jsonld"),
        (".xml", "doc", "nitf"),
        (".json", "doc", "json"),
        # a longer suffix is surer than the content: a .newsml.xml is read as NewsML-G2
        (".xml", "doc.newsml.xml", "newsml"),
    ],
)
def test_content_tells_formats_sharing_a_suffix_apart(
    suffix: str, name: str, expected: str
) -> None:
    assert _convert.detect_input_format(name, _example(suffix)) == expected


def test_iptc_examples_are_recognised_by_content() -> None:
    from conftest import need_shared  # noqa: PLC0415

    for path in need_shared("standards", "newsml-g2", "examples").glob("*.xml"):
        assert _convert.sniff(path.read_bytes()) == ("newsml", "a NewsML-G2 document"), path
    for path in need_shared("standards", "ninjs", "examples").glob("*.json"):
        assert _convert.sniff(path.read_bytes()) == ("ninjs", "a ninjs document"), path


def test_text_is_still_text() -> None:
    for start in (b"[Headline](https://x.example/)\n\nBody.", b"{River} rises\n", b"<b>Hi</b>"):
        assert _convert.sniff(start) is None


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("a/b.newsml.xml", "a/b"),
        ("a/b.ninjs.json", "a/b"),
        ("a/b.xml", "a/b"),
        ("b.txt", "b"),
        ("a/b.c.md", "a/b.c"),
        ("b.html", "b"),
    ],
)
def test_outputs_take_the_input_name_without_its_format_suffix(name: str, stem: str) -> None:
    assert _convert.input_stem(name) == stem


def test_write_options_are_checked() -> None:
    with pytest.raises(ValueError, match=r"ninjs-version '4\.0' is unknown; expected 3\.2, 2\.3"):
        WriteOptions(ninjs_version="4.0")
    with pytest.raises(ValueError, match="newsml-body 'html' is unknown"):
        WriteOptions(newsml_body="html")
