"""NITF validation: the profile XSD newsschema ships, any user XSD (IPTC's official one),
and the checks no schema makes; every problem with its line and path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, need_shared
from newsschema.errors import FormatError, Problem
from newsschema.formats import _nitf_validate, nitf
from test_nitf_articles import FULL

BROKEN = b"""<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" xml:lang="en">
  <head>
    <title>Broken</title>
    <docdata>
      <doc-id id-string="x"/>
      <date.issue norm="2022-11-04"/>
      <date.release norm="20221332"/>
    </docdata>
  </head>
  <body>
    <body.head>
      <byline>By <person> </person></byline>
      <hedline><hl1>Broken</hl1></hedline>
      <dateline><location></location>, <story.date norm="20221104T25">Nov 4</story.date></dateline>
    </body.head>
    <body.content>
      <p>Fine.</p>
      <media media-type="image"><media-caption>No reference</media-caption></media>
    </body.content>
    <p>Stray paragraph</p>
  </body>
</nitf>
"""
"""Each line from 7 on that holds an element has one mistake (line 14 is right in the profile,
line 13's byline stands before it)."""


def _found(problems: list[Problem]) -> list[tuple[int | None, str | None, str]]:
    return [(p.line, p.path, p.message) for p in problems]


def test_every_problem_with_its_line_and_path() -> None:
    problems = nitf.validate(BROKEN, source="broken.xml", profile=True)
    assert all(p.severity == "error" for p in problems)
    assert [(p.line, p.path) for p in problems] == [
        (7, "/nitf/head/docdata/date.issue/@norm"),
        (8, "/nitf/head/docdata/date.release/@norm"),
        (13, "/nitf/body/body.head/byline"),
        (13, "/nitf/body/body.head/byline/person"),
        (15, "/nitf/body/body.head/dateline/story.date/@norm"),
        (15, "/nitf/body/body.head/dateline/location"),
        (19, "/nitf/body/body.content/media/media-caption"),
        (21, "/nitf/body/p"),
    ]
    messages = [p.message for p in problems]
    assert messages[0] == (
        "date.issue/@norm='2022-11-04' is not an ISO 8601 basic date or date-time "
        "(expected e.g. 20221104 or 20221104T093000+0300)"
    )
    assert messages[1].startswith("date.release/@norm='20221332' is not a real date")
    assert messages[2] == "Element 'byline': This element is not expected. Expected is ( hedline )."
    assert messages[3] == "byline/person is empty: a byline names its persons"
    assert messages[5].startswith("dateline/location is empty")
    assert "Expected is ( media-reference )" in messages[6]
    assert messages[7] == "Element 'p': This element is not expected. Expected is ( body.end )."
    assert problems[0].location() == "7:/nitf/head/docdata/date.issue/@norm"


def test_by_default_the_rules_no_schema_makes_are_warnings() -> None:
    problems = nitf.validate(BROKEN, source="broken.xml")
    errors = [(p.line, p.path) for p in problems if p.severity == "error"]
    # IPTC's schema leaves dates as strings and persons empty: misplaced elements fail (it
    # wants hedline before byline, the profile the other way round)
    assert errors == [
        (14, "/nitf/body/body.head/hedline"),
        (19, "/nitf/body/body.content/media/media-caption"),
        (21, "/nitf/body/p"),
    ]
    warnings = [(p.line, p.path) for p in problems if p.severity == "warning"]
    assert warnings == [
        (7, "/nitf/head/docdata/date.issue/@norm"),
        (8, "/nitf/head/docdata/date.release/@norm"),
        (13, "/nitf/body/body.head/byline/person"),
        (15, "/nitf/body/body.head/dateline/story.date/@norm"),
        (15, "/nitf/body/body.head/dateline/location"),
    ]


@pytest.mark.parametrize("profile", [False, True])
def test_a_misplaced_element_alone(profile: bool) -> None:
    data = nitf.encode(FULL).replace(b"<hr/>", b"")
    data = data.replace(b"<body.end>", b"<hr/><body.end>")
    problems = nitf.validate(data, profile=profile)
    assert len(problems) == 1
    line = data[: data.index(b"<hr/>")].count(b"\n") + 1
    assert (problems[0].line, problems[0].path) == (line, "/nitf/body/hr")


def test_the_official_xsd_through_xsd(tmp_path: Path) -> None:
    official = need_shared("standards", "nitf", "nitf-3-6.xsd")
    assert nitf.validate(nitf.encode(FULL), xsd=official) == []
    assert nitf.validate(nitf.encode(FULL), xsd=str(official)) == []
    invalid = need_shared("standards", "nitf", "example-invalid.xml").read_bytes()
    assert _found(nitf.validate(invalid, xsd=official)) == [
        (
            30,
            "/nitf/body/p",
            (
                "Element 'p': This element is not expected. Expected is one of "
                "( body.head, body.content, body.end )."
            ),
        )
    ]
    valid = need_shared("standards", "nitf", "example-valid.xml").read_bytes()
    assert nitf.validate(valid, xsd=official) == []
    # the official schema leaves dates as strings: the date form check still runs
    lines = [p.line for p in nitf.validate(BROKEN, xsd=official)]
    assert {7, 8, 13, 15, 21} <= set(lines)


def test_the_profile_is_stricter_than_the_official_xsd() -> None:
    valid = need_shared("standards", "nitf", "example-valid.xml").read_bytes()
    assert nitf.validate(valid) == []
    problems = nitf.validate(valid, profile=True)
    assert problems
    assert all(p.line is not None and p.path for p in problems)


def test_iptc_examples_by_default() -> None:
    valid = need_shared("standards", "nitf", "example-valid.xml").read_bytes()
    assert nitf.validate(valid, strict=True) == []
    invalid = need_shared("standards", "nitf", "example-invalid.xml").read_bytes()
    assert _found(nitf.validate(invalid)) == [
        (
            30,
            "/nitf/body/p",
            (
                "Element 'p': This element is not expected. Expected is one of "
                "( body.head, body.content, body.end )."
            ),
        )
    ]


def test_the_shipped_official_schema_is_iptcs_unmodified() -> None:
    folder = ROOT / "src" / "newsschema" / "schemas" / _nitf_validate.OFFICIAL_FOLDER
    for name in ("nitf-3-6.xsd", "nitf-3-6-ruby-include.xsd", "xml.xsd"):
        shared = need_shared("standards", "nitf", name)
        assert (folder / name).read_bytes() == shared.read_bytes(), name
    # the license travels with it
    notice = (folder / "README.md").read_text(encoding="utf-8")
    assert "Non-Exclusive License Agreement" in notice
    assert "W3C Document License" in notice
    assert "Non-Exclusive License Agreement" in (folder / "nitf-3-6.xsd").read_text("utf-8")


OLD_WIRE = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.3//EN" "nitf-3-3.dtd">
<nitf version="-//IPTC//DTD NITF 3.3//EN" change.date="October 18, 2006" change.time="19:30">
 <head><title>Ferry runs again</title>
  <docdata><date.issue norm="20221104T093000+0300"/></docdata></head>
 <body>
  <body.head><hedline><hl1>Ferry runs again</hl1></hedline></body.head>
  <body.content><p>The ferry ran again on Friday.</p>%s</body.content>
 </body>
</nitf>
"""


@pytest.mark.parametrize("profile", [False, True])
def test_an_old_unnamespaced_nitf_is_checked_as_36_and_says_so(profile: bool) -> None:
    problems = nitf.validate(OLD_WIRE % b"", profile=profile)
    assert [(p.severity, p.line, p.path) for p in problems] == [("warning", 3, "/nitf")]
    against = "newsschema's NITF 3.6 profile" if profile else "IPTC's NITF 3.6 XML Schema"
    assert problems[0].message == (
        "NITF 3.3 without the NITF namespace (DTD-style, as NITF 3.2 to 3.5 feeds send it):"
        f" checked against {against}, with its elements in the NITF 3.6 namespace"
        " http://iptc.org/std/NITF/2006-10-18/ (no XML Schema exists for NITF before 3.4)"
    )
    # what 3.6 does not allow is still found, on its own line
    problems = nitf.validate(OLD_WIRE % b"<p><nonsense/></p>", profile=profile)
    assert [(p.severity, p.line) for p in problems] == [("warning", 3), ("error", 8)]
    assert "nonsense" in problems[1].message
    assert "No matching global declaration" not in problems[1].message


def test_warnings_and_strict() -> None:
    data = nitf.encode(FULL)
    data = data.replace(b"<byline>By <person>", b"<byline><byttl>Early</byttl>By <person>")
    data = data.replace(b"<title>Riverside park", b"<title>Another park")
    loose = nitf.validate(data)
    assert [(p.severity, p.line, p.path) for p in loose] == [
        ("warning", 4, "/nitf/head/title"),
        ("warning", 25, "/nitf/body/body.head/byline/byttl[1]"),
    ]
    assert loose[0].message.startswith("head/title and hedline/hl1 differ")
    assert loose[1].message == "byline/byttl comes before any person, so it belongs to nobody"
    strict = nitf.validate(data, strict=True)
    assert [(p.severity, p.line, p.message) for p in strict] == [
        ("error", p.line, p.message) for p in loose
    ]


def test_an_empty_dateline_and_a_bad_language() -> None:
    data = nitf.encode(FULL).replace(b'xml:lang="en-US"', b'xml:lang="not a tag"')
    start = data.index(b"<dateline>")
    end = data.index(b"</dateline>") + len(b"</dateline>")
    data = data[:start] + b"<dateline> </dateline>" + data[end:]
    assert [p.message for p in nitf.validate(data, profile=True)] == [
        "xml:lang='not a tag' is not a language tag (expected e.g. en or en-US)",
        "dateline is empty",
    ]


def test_documents_that_do_not_parse_are_one_problem() -> None:
    assert nitf.validate(b"<nitf><body>") == [
        Problem("not well-formed XML: Premature end of data in tag body line 1", line=1, path=None)
    ]
    refused = nitf.validate(b'<!DOCTYPE nitf [<!ENTITY e "x">]><nitf><body/></nitf>')
    assert len(refused) == 1
    assert "entity declarations are refused" in refused[0].message


def test_a_schema_that_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="cannot read the XML Schema"):
        nitf.validate(nitf.encode(FULL), xsd=tmp_path / "missing.xsd")
    broken = tmp_path / "broken.xsd"
    broken.write_text("<schema", encoding="utf-8")
    with pytest.raises(FormatError, match="cannot load the XML Schema"):
        nitf.validate(nitf.encode(FULL), xsd=broken)


def test_a_schema_never_fetches_from_the_network(tmp_path: Path) -> None:
    remote = tmp_path / "remote.xsd"
    remote.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
        '<xs:import namespace="urn:x" schemaLocation="http://127.0.0.1:9/x.xsd"/>'
        "</xs:schema>",
        encoding="utf-8",
    )
    with pytest.raises(
        FormatError, match=re.escape("imports http://127.0.0.1:9/x.xsd; schemas are never fetched")
    ):
        nitf.validate(nitf.encode(FULL), xsd=remote)


def test_schemas_are_compiled_once() -> None:
    assert _nitf_validate.profile_schema() is _nitf_validate.profile_schema()
    official = need_shared("standards", "nitf", "nitf-3-6.xsd")
    assert _nitf_validate.user_schema(official) is _nitf_validate.user_schema(str(official))


def test_the_published_profile_is_the_shipped_one() -> None:
    shipped = ROOT / "src" / "newsschema" / "schemas" / "nitf-profile.xsd"
    published = ROOT / "schemas" / "nitf-profile.xsd"
    assert shipped.read_bytes() == published.read_bytes()
