"""Search-ready output: with the sample profile (examples/profile.toml), the fixtures' JSON-LD
passes the independent checker's --strict run wherever the text carries what a profile
cannot give, and fails only for what the text lacks elsewhere."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import newsschema
from conftest import EXAMPLES, fixture_texts, run_checker
from newsschema import Article
from newsschema._convert import output_suffix
from newsschema.cli import main
from newsschema.formats import FORMATS, jsonld
from test_golden import SOURCE_DATE_EPOCH

PROFILE = EXAMPLES / "profile.toml"
_ERROR = re.compile(r"^ERROR (?P<file>[^:]+\.jsonld):(?P<path>\S*): Google Article: (?P<what>.*)$")


def newsschema_cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _what_the_text_lacks(text: Article, profiled: Article) -> set[str]:
    """The checker's complaints that only the text could have prevented: a profile gives no
    image, time of day, byline or headline, and no site's zone or policy without a URL."""
    lacks = set()
    if not text.images:
        lacks.add("missing recommended property 'image'")
    if any(image.url is None for image in text.images):
        lacks.add("ImageObject has no url or contentUrl")
    if not (text.authors or text.organizations):
        lacks.add("missing recommended property 'author'")
    if not text.headline:
        lacks.add("missing recommended property 'headline'")
    if len(text.headline) > 110:
        lacks.add(f"headline is {len(text.headline)} characters")
    if text.date_published is None:
        lacks.add("missing recommended property 'datePublished'")
    if text.date_published is None or text.url is None:  # no date to copy, or no site known
        lacks.add("missing recommended property 'dateModified'")
    for name, value in (
        ("datePublished", profiled.date_published),
        ("dateModified", profiled.date_modified),
    ):
        if value is not None and not isinstance(value, dt.datetime):
            lacks.add(f"{name} '{value.isoformat()}' is a date only")
        elif isinstance(value, dt.datetime) and value.tzinfo is None and text.url is None:
            lacks.add(f"{name} '{value.isoformat()}' has no timezone")
    return lacks


def test_the_sample_profile_makes_the_fixtures_search_ready(tmp_path: Path) -> None:
    profile = newsschema.load_profile(PROFILE)
    articles = {}
    for source in fixture_texts():
        text = newsschema.parse_file(source)
        profiled = newsschema.apply_profile(text, profile).article
        (tmp_path / f"{source.stem}.jsonld").write_bytes(jsonld.encode(profiled))
        articles[source.stem] = (text, profiled)
    result = run_checker("check_jsonld.py", "--strict", *sorted(tmp_path.iterdir()))
    complaints: dict[str, list[str]] = {stem: [] for stem in articles}
    for line in result.stdout.splitlines():
        if m := _ERROR.match(line):
            complaints[Path(m["file"]).stem].append(m["what"])
    assert not [line for line in result.stdout.splitlines() if line.startswith("ERROR") and
                "Google Article" not in line]  # fmt: skip
    for stem, found in complaints.items():
        lacks = _what_the_text_lacks(*articles[stem])
        unexplained = [c for c in found if not any(c.startswith(what) for what in lacks)]
        assert unexplained == [], stem
    passed = {stem for stem, found in complaints.items() if not found}
    with_image_url = {s for s, (text, _) in articles.items() if any(i.url for i in text.images)}
    # the fixture whose text has everything else a profile cannot give passes
    assert "00-river-museum" in passed & with_image_url
    # and our own warnings agree: nothing left that a profile key would fill, but for
    # articles whose site is unknown
    for stem, (text, profiled) in articles.items():
        if text.url is not None:
            keys = [g.key for g in jsonld.gaps_for(profiled) if g.key is not None]
            assert keys == [], stem


def test_without_a_profile_the_cli_writes_every_golden_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No profile configured: the conversion applies none, and writes what it wrote before."""
    monkeypatch.chdir(tmp_path)  # no newsschema.toml or pyproject.toml above
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)  # as the golden files were
    out = tmp_path / "out"
    inputs = [str(p) for p in fixture_texts()]
    result = newsschema_cli("convert", *inputs, "--to", ",".join(FORMATS), "--out-dir", str(out))
    assert result.exit_code == 0, result.stderr
    for source in fixture_texts():
        for fmt in FORMATS:
            suffix = output_suffix(fmt)
            written = out / (source.stem + suffix)
            assert written.read_bytes() == source.with_suffix(suffix).read_bytes(), written.name


def test_the_cli_applies_the_sample_profile(tmp_path: Path) -> None:
    out = tmp_path / "a.jsonld"
    source = EXAMPLES / "00-river-museum.txt"
    result = newsschema_cli("convert", str(source), "-o", str(out), "--profile", str(PROFILE))
    assert result.exit_code == 0, result.stderr
    data = json.loads(out.read_bytes())
    assert data["publisher"]["name"] == "Northfield Courier"
    assert data["dateModified"] == data["datePublished"] == "2023-05-02T09:15:00-04:00"
    assert [a.get("url") for a in data["author"]] == [
        "https://news.example/authors/tomas-berg",
        "https://news.example/authors/ilse-marang",
    ]
    assert newsschema.jsonld_warnings(newsschema.from_jsonld(data)) == []
    plain = newsschema_cli("convert", str(source), "--to", "jsonld", "--no-profile")
    assert plain.stdout_bytes == source.with_suffix(".jsonld").read_bytes()


def test_profiled_outputs_are_valid_in_every_format(tmp_path: Path) -> None:
    """What a profile adds (sameAs, logo sizes, zones) keeps every output valid: JSON against
    the schema, NITF against our profile and the official XSD, and each reads back."""
    profile = newsschema.load_profile(PROFILE)
    nitf_files = []
    for source in fixture_texts():
        article = newsschema.apply_profile(newsschema.parse_file(source), profile).article
        text = newsschema.to_json(article)
        assert newsschema.validate_json(text) == [], source.name
        assert newsschema.from_json(text) == article
        xml = newsschema.to_nitf(article)
        assert newsschema.validate_nitf(xml) == [], source.name
        assert newsschema.to_nitf(newsschema.from_nitf(xml)) == xml
        assert newsschema.validate_ninjs(newsschema.to_ninjs(article)) == [], source.name
        assert newsschema.validate_newsml(newsschema.to_newsml(article)) == [], source.name
        nitf_files.append(tmp_path / f"{source.stem}.xml")
        nitf_files[-1].write_bytes(xml)
    result = run_checker("check_nitf.py", *nitf_files)
    assert result.returncode == 0, result.stdout + result.stderr
