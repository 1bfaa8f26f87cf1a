"""Publisher profiles: reading and checking them, and applying them to articles."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import zoneinfo
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings

import newsschema
from conftest import EXAMPLES, fixture_texts
from newsschema import Article, Organization, Paragraph, Person, Text
from newsschema._config import load_settings
from newsschema._gaps import Gap, GapCode
from newsschema._profiles import (
    AuthorProfile,
    Profile,
    ProfileElement,
    SiteProfile,
    apply_profile,
    load_profile,
)
from newsschema.cli import main
from newsschema.errors import ConfigError
from newsschema.testing import articles

COURIER = """
[publisher]
name = "Northfield Media"
timezone = "Europe/London"

[sites."courier.example"]
name = "Northfield Courier"
url = "https://courier.example"
logo = { url = "https://courier.example/logo.png", width = 600, height = 60 }
timezone = "America/New_York"
updates_printed = true

[sites."courier.example".authors."Tomas Berg"]
url = "https://courier.example/staff/tomas-berg"
same_as = ["https://social.example/@tberg"]
job_title = "Science editor"
aliases = ["T. Berg"]

[sites."sport.courier.example"]
name = "Courier Sport"

[authors."Lucía Ferrer"]
url = "https://people.example/lucia-ferrer"
affiliation = "Diario de la Costa"
"""

BODY = (Paragraph((Text("The council met on Tuesday evening."),)),)


def _profile(tmp_path: Path, text: str = COURIER) -> Profile:
    path = tmp_path / "profile.toml"
    path.write_text(text, encoding="utf-8")
    return load_profile(path)


def _article(url: str | None = "https://www.courier.example/a", **fields: object) -> Article:
    return Article("Council meets", url=url, body=BODY, **fields)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- reading


def test_a_profile_file_reads_into_typed_tables(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    assert profile.publisher == SiteProfile(name="Northfield Media", timezone="Europe/London")
    courier, sport = profile.sites
    assert courier.host == "courier.example"
    assert (courier.logo, courier.logo_width, courier.logo_height) == (
        "https://courier.example/logo.png",
        600,
        60,
    )
    assert courier.updates_printed is True
    assert courier.authors == (
        AuthorProfile(
            "Tomas Berg",
            url="https://courier.example/staff/tomas-berg",
            same_as=("https://social.example/@tberg",),
            job_title="Science editor",
            aliases=("T. Berg",),
        ),
    )
    assert sport.host == "sport.courier.example"
    assert profile.authors[0].name == "Lucía Ferrer"
    assert profile.source == str(tmp_path / "profile.toml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[sites."a.example"]\nurl = "a.example"\n',
            """sites."a.example".url: 'a.example' is not an absolute http(s) URL""",
        ),
        (
            '[publisher]\ntimezone = "America/NewYork"\n',
            (
                "publisher.timezone: unknown time zone 'America/NewYork'; expected an IANA name"
                " such as 'America/New_York' or 'Europe/Berlin'; did you mean 'America/New_York'?"
            ),
        ),
        (
            '[publisher]\ntimezone = "europe/berlin"\n',
            "did you mean 'Europe/Berlin'?",
        ),
        ('[publisher]\ntimezone = "Mars/Olympus"\n', "unknown time zone 'Mars/Olympus'"),
        ("[publisher]\ntimezone = 3\n", "publisher.timezone: must be a string, not 3"),
        ('[publisher]\nname = "X"\ncolour = "red"\n', "unknown key publisher.colour; expected"),
        ('[sites."a.example"]\nlogo = { url = "https://a.example/l.png", size = 3 }\n', "size"),
        ('[sites."a.example"]\nlogo = { url = "https://a.example/l.png", width = 0 }\n', "1 or"),
        ('[sites."https://a.example"]\nname = "A"\n', "is a URL; name the host alone"),
        ('[sites."a example"]\nname = "A"\n', "is not a host name"),
        ('[sites."a.example"]\nlanguage = "English"\n', "'English' is not a language tag"),
        ('[sites."a.example"]\nupdates_printed = "yes"\n', "must be true or false"),
        ('[authors."A B"]\nsame_as = ["https://x.example", 3]\n', "same_as: item 2: must be"),
        ('[authors."A B"]\nemail = "a@b.example"\n', 'unknown key authors."A B".email'),
        ('[authors."A B"]\naliases = ["a  b", "AB"]\n[authors."Ab"]\n', "also names"),
        (
            '[authors."José Luis"]\n[authors."Jose Luis"]\n',
            """authors."Jose Luis": 'Jose Luis' also names 'José Luis'""",
        ),
        ('[publisher.authors."A B"]\nurl = "https://x.example"\n', "unknown key publisher.auth"),
        ("[export]\nto = 1\n", "unknown table export; a profile has publisher, sites and authors"),
        ("[sites]\nname = 1\n", "sites.name must be a table, not 1"),
        ("[publisher\n", "not valid TOML"),
    ],
)
def test_bad_profiles_name_the_file_the_key_and_the_reason(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(ConfigError) as info:
        _profile(tmp_path, text)
    assert info.value.file == str(tmp_path / "profile.toml")
    assert message in str(info.value)


def test_a_profile_built_in_python_is_checked_too() -> None:
    with pytest.raises(ConfigError, match="timezone: unknown time zone 'Mars/Olympus'"):
        SiteProfile(timezone="Mars/Olympus")
    with pytest.raises(ConfigError, match="url: 'x' is not an absolute"):
        AuthorProfile("A", url="x")
    with pytest.raises(ConfigError, match=r"a\.example has two profiles"):
        Profile(sites=(SiteProfile("a.example"), SiteProfile("a.example")))
    with pytest.raises(ConfigError, match="every site profile needs its host"):
        Profile(sites=(SiteProfile(name="A"),))


def test_sites_match_the_most_specific_host(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    host = {
        url: site.host if (site := profile.site_for(url)) else None
        for url in (
            "https://courier.example/a",
            "https://www.courier.example/a",
            "https://WWW.Courier.Example./a",
            "https://sport.courier.example/a",
            "https://live.sport.courier.example/a",
            "https://notcourier.example/a",
            "https://courier.example.org/a",
            "not a url",
            None,
        )
    }
    assert list(host.values()) == [
        "courier.example",
        "courier.example",
        "courier.example",
        "sport.courier.example",
        "sport.courier.example",
        None,
        None,
        None,
        None,
    ]


# --------------------------------------------------------------------------- dates


NEW_YORK = Profile(sites=(SiteProfile("courier.example", timezone="America/New_York"),))


def _dates(elements: tuple[object, ...]) -> list[ProfileElement]:
    return [e for e in elements if isinstance(e, ProfileElement) and e.kind == "date"]


def _warnings(result: newsschema.ParseResult) -> list[Gap]:
    """The warnings about times (an article with no publisher has one about that too)."""
    return [w for w in result.warnings if isinstance(w, Gap) and w.code != GapCode.NO_PUBLISHER]


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        (dt.datetime(2023, 1, 10, 10, 32), "2023-01-10T10:32:00-05:00"),  # standard time
        (dt.datetime(2023, 7, 1, 10, 32), "2023-07-01T10:32:00-04:00"),  # daylight saving
        (dt.datetime(2023, 3, 12, 1, 59), "2023-03-12T01:59:00-05:00"),  # a minute before
        (dt.datetime(2023, 3, 12, 3, 0), "2023-03-12T03:00:00-04:00"),  # the first after
        (dt.datetime(2022, 11, 6, 0, 59), "2022-11-06T00:59:00-04:00"),
        (dt.datetime(2022, 11, 6, 2, 0), "2022-11-06T02:00:00-05:00"),
    ],
)
def test_a_local_time_gets_the_offset_in_force_that_day(local: dt.datetime, expected: str) -> None:
    result = apply_profile(_article(date_published=local), NEW_YORK)
    value = result.article.date_published
    assert isinstance(value, dt.datetime)
    assert value.isoformat() == expected
    assert _warnings(result) == []
    (element,) = _dates(result.elements)
    assert element.key == 'sites."courier.example".timezone'
    assert str(element).startswith(f"profile date: published {expected} (timezone America/New")


def test_a_time_in_the_hour_that_repeats_keeps_no_zone() -> None:
    local = dt.datetime(2022, 11, 6, 1, 30)  # 01:30 came twice in New York that night
    result = apply_profile(_article(date_published=local), NEW_YORK)
    assert result.article.date_published == local
    assert _dates(result.elements) == []
    (warning,) = _warnings(result)
    assert warning.code is GapCode.AMBIGUOUS_TIME
    assert warning.key == 'sites."courier.example".timezone'
    assert str(warning) == (
        "published 2022-11-06T01:30:00 happened twice in America/New_York, at -04:00 and again"
        " at -05:00 when clocks went back, so it is kept without a zone (print the offset in"
        " the text to settle it)"
    )


def test_a_time_in_the_hour_that_never_was_keeps_no_zone() -> None:
    local = dt.datetime(2023, 3, 12, 2, 30)  # clocks went from 02:00 to 03:00
    result = apply_profile(_article(date_modified=local), NEW_YORK)
    assert result.article.date_modified == local
    (warning,) = _warnings(result)
    assert warning.code is GapCode.NONEXISTENT_TIME
    assert str(warning).startswith(
        "modified 2023-03-12T02:30:00 never happened in America/New_York: clocks moved on from"
        " -05:00 to -04:00 that night"
    )


@pytest.mark.parametrize(
    ("zone", "local", "expected"),
    [
        ("Australia/Adelaide", dt.datetime(2023, 1, 5, 9, 0), "+10:30"),  # southern summer
        ("Australia/Adelaide", dt.datetime(2023, 7, 5, 9, 0), "+09:30"),
        ("Asia/Kathmandu", dt.datetime(2023, 7, 5, 9, 0), "+05:45"),
        ("Europe/Moscow", dt.datetime(2010, 7, 5, 9, 0), "+04:00"),  # before the 2011 change
        ("Europe/Moscow", dt.datetime(2022, 7, 5, 9, 0), "+03:00"),
        ("UTC", dt.datetime(2022, 7, 5, 9, 0), "+00:00"),
        # local mean time, -04:56:02, has no ISO 8601 offset: the same instant in UTC
        ("America/New_York", dt.datetime(1850, 5, 2, 9, 15), "1850-05-02T14:11:02+00:00"),
    ],
)
def test_offsets_come_from_the_zone_database(zone: str, local: dt.datetime, expected: str) -> None:
    profile = Profile(publisher=SiteProfile(timezone=zone))
    value = apply_profile(_article(url=None, date_published=local), profile).article.date_published
    assert isinstance(value, dt.datetime)
    assert value.isoformat().endswith(expected)


def test_a_day_stays_a_day_and_a_printed_zone_wins() -> None:
    printed = dt.datetime(2023, 7, 1, 10, 32, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    article = _article(date_published=dt.date(2023, 7, 1), date_modified=printed)
    result = apply_profile(article, NEW_YORK)
    assert result.article.date_published == dt.date(2023, 7, 1)
    assert result.article.date_modified is printed
    assert _dates(result.elements) == []


def test_updates_printed_makes_the_publication_the_last_change(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    day = _article(date_published=dt.date(2022, 11, 4))
    result = apply_profile(day, profile)
    assert result.article.date_modified == dt.date(2022, 11, 4)
    assert [e.key for e in result.elements if e.kind == "date"] == [
        'sites."courier.example".updates_printed'
    ]
    modified = dt.datetime(2022, 11, 5, 8, 0, tzinfo=dt.timezone.utc)
    kept = apply_profile(attrs_evolve(day, date_modified=modified), profile).article
    assert kept.date_modified == modified
    nothing = apply_profile(_article(), profile).article
    assert nothing.date_modified is None  # no publication date: nothing to copy


def attrs_evolve(article: Article, **changes: object) -> Article:
    import attrs  # noqa: PLC0415 - one helper

    return attrs.evolve(article, **changes)


# --------------------------------------------------------------------------- people


def test_authors_are_found_by_name_or_alias_case_and_accents_aside(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    article = _article(
        authors=(
            Person("T. Berg"),
            Person("LUCIA FERRER"),
            Person("Tomas Bergs"),  # no guessing: a different spelling is a different name
            Person("Lucía Ferrer", url="https://own.example/lf", affiliation="Freelance"),
        )
    )
    result = apply_profile(article, profile)
    berg, ferrer, other, own = result.article.authors
    assert berg == Person(
        "T. Berg",  # the name as printed
        url="https://courier.example/staff/tomas-berg",
        role="Science editor",
        same_as=("https://social.example/@tberg",),
    )
    assert ferrer == Person(
        "LUCIA FERRER",
        url="https://people.example/lucia-ferrer",
        affiliation="Diario de la Costa",
    )
    assert other == Person("Tomas Bergs")
    assert own == Person(  # what the text gave wins
        "Lucía Ferrer", url="https://own.example/lf", affiliation="Freelance"
    )
    authors = [e for e in result.elements if e.kind == "author"]
    assert [(e.detail, e.key) for e in authors] == [
        (
            "T. Berg: url, job_title, same_as",
            'sites."courier.example".authors."Tomas Berg"',
        ),
        ("LUCIA FERRER: url, affiliation", 'authors."Lucía Ferrer"'),
    ]


def test_a_site_directory_is_only_for_its_site(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    elsewhere = _article(url="https://other.example/a", authors=(Person("Tomas Berg"),))
    assert apply_profile(elsewhere, profile).article.authors == (Person("Tomas Berg"),)


# --------------------------------------------------------------------------- publisher


def test_the_publisher_comes_from_the_site_and_wins_over_front_matter(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    article = _article(publisher=Organization("courier.example", url="https://front.example"))
    result = apply_profile(article, profile)
    assert result.article.publisher == Organization(
        "Northfield Courier",
        url="https://courier.example",
        logo="https://courier.example/logo.png",
        logo_width=600,
        logo_height=60,
    )
    (element,) = [e for e in result.elements if e.kind == "publisher"]
    assert element.detail == "Northfield Courier: name, url, logo"
    assert element.key == 'sites."courier.example"'
    sport = apply_profile(_article(url="https://sport.courier.example/a"), profile).article
    # a site's own keys first, then [publisher]'s
    assert sport.publisher == Organization("Courier Sport")
    elsewhere = apply_profile(_article(url="https://other.example/a"), profile).article
    assert elsewhere.publisher == Organization("Northfield Media")


def test_an_article_on_a_site_without_publisher_is_told_how_to_fix_it() -> None:
    result = apply_profile(_article(url="https://www.halvering.example/a"), Profile())
    (gap,) = result.warnings
    assert isinstance(gap, Gap)
    assert gap.code is GapCode.NO_PUBLISHER
    assert gap.key == 'sites."halvering.example".name'
    assert str(gap) == (
        "no publisher: the article is on halvering.example, but nothing names its publisher;"
        " set `name` and `url` for halvering.example"
    )
    assert apply_profile(_article(url=None), Profile()).warnings == ()


def test_language_fills_only_an_unknown_language() -> None:
    profile = Profile(publisher=SiteProfile(language="nl"))
    assert apply_profile(_article(url=None), profile).article.language == "nl"
    assert apply_profile(_article(url=None, language="fr"), profile).article.language == "fr"


# --------------------------------------------------------------------------- as a whole


def test_every_value_from_a_profile_is_marked_as_such(tmp_path: Path) -> None:
    profile = _profile(tmp_path)
    text = (EXAMPLES / "00-river-museum.txt").read_text(encoding="utf-8")
    text = text.replace("news.example", "courier.example")
    read = newsschema.analyze(text)
    result = apply_profile(read, profile)
    added = result.elements[len(read.elements) :]
    assert result.elements[: len(read.elements)] == read.elements
    assert added
    assert all(isinstance(e, ProfileElement) for e in added)
    assert all((e.start, e.end) == (0, 0) for e in added)
    assert not any(isinstance(e, ProfileElement) for e in read.elements)
    for element in added:
        assert str(element).startswith("profile ")
        assert f"(from {profile.source}: " in str(element)


def test_an_empty_profile_changes_no_fixture() -> None:
    for path in fixture_texts():
        article = newsschema.parse_file(path)
        assert apply_profile(article, Profile()).article == article, path.name


def test_time_zones_work_without_system_time_zone_data(tmp_path: Path) -> None:
    """Where the system has no zone files (Windows, slim containers), the tzdata package
    that newsschema depends on serves them."""
    script = (
        "import datetime as dt, zoneinfo\n"
        "from newsschema._profiles import Profile, SiteProfile, apply_profile\n"
        "from newsschema import Article\n"
        "assert zoneinfo.TZPATH == ()\n"
        "p = Profile(publisher=SiteProfile(timezone='America/New_York'))\n"
        "a = Article('h', date_published=dt.datetime(2023, 7, 1, 10, 0))\n"
        "print(apply_profile(a, p).article.date_published.isoformat())\n"
    )
    env = {**os.environ, "PYTHONTZPATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2023-07-01T10:00:00-04:00"


# --------------------------------------------------------------------------- configuration


def _cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_the_configuration_holds_the_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.newsschema.publisher]\n"
        'name = "Northfield Media"\n'
        'timezone = "Europe/London"\n'
        '[tool.newsschema.sites."courier.example"]\n'
        'name = "Old Name"\n',
        encoding="utf-8",
    )
    (tmp_path / "newsschema.toml").write_text(
        '[sites."courier.example"]\n'
        'name = "Northfield Courier"\n'
        'timezone = "America/New_York"\n'
        '[sites."courier.example".authors."Tomas Berg"]\n'
        'url = "https://courier.example/staff/tomas-berg"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    profile = settings.profile()
    assert profile is not None
    assert profile.publisher.name == "Northfield Media"  # [publisher] keys one by one
    (site,) = profile.sites  # [sites] of newsschema.toml replaces pyproject's
    assert (site.name, site.timezone) == ("Northfield Courier", "America/New_York")
    config = _cli("config")
    assert config.exit_code == 0
    lines = {line.split()[0]: line for line in config.stdout.splitlines()}
    assert "'Europe/London'" in lines["publisher.timezone"]
    assert "pyproject.toml" in lines["publisher.timezone"]
    assert "courier.example" in lines["sites"]
    assert "newsschema.toml" in lines["sites"]
    article = tmp_path / "a.txt"
    article.write_text(
        "Council meets on the bridge\n\nBy Tomas Berg\n\nMay 2, 2023 9:15 AM\n\n"
        "The council met on the old bridge on Tuesday to vote on its repair.\n\n"
        "Original url: https://courier.example/2023/05/02/bridge\n",
        encoding="utf-8",
    )
    inspected = _cli("inspect", str(article))
    assert inspected.exit_code == 0, inspected.stderr
    out = inspected.stdout
    assert "profile date: published 2023-05-02T09:15:00-04:00 (timezone America/New_York)" in out
    assert 'profile author: Tomas Berg: url (from sites."courier.example".authors' in out
    assert "published:      2023-05-02T09:15:00-04:00 (profile)" in out
    assert "publisher:      Northfield Courier (profile)" in out
    plain = _cli("inspect", str(article), "--no-profile")
    assert "profile " not in plain.stdout
    assert "published:      2023-05-02T09:15:00\n" in plain.stdout
    converted = _cli("convert", str(article), "--to", "jsonld")
    data = json.loads(converted.stdout)
    assert data["datePublished"] == "2023-05-02T09:15:00-04:00"
    assert data["author"][0]["url"] == "https://courier.example/staff/tomas-berg"
    # --profile FILE instead of the configuration's, the --publisher-* options over it
    other = tmp_path / "other.toml"
    other.write_text('[publisher]\ntimezone = "Asia/Tokyo"\n', encoding="utf-8")
    converted = _cli(
        "convert", str(article), "--to", "jsonld", "--profile", str(other),
        "--publisher-name", "Flag Name",
    )  # fmt: skip
    data = json.loads(converted.stdout)
    assert data["datePublished"] == "2023-05-02T09:15:00+09:00"
    assert data["publisher"] == {"@type": "Organization", "name": "Flag Name"}
    assert "url" not in data["author"][0]


@pytest.mark.parametrize(
    ("file", "text", "message"),
    [
        (
            "newsschema.toml",
            '[sites."courier.example"]\ntimezone = "America/Newyork"\n',
            """newsschema.toml: sites."courier.example".timezone: unknown time zone""",
        ),
        (
            "pyproject.toml",
            '[tool.newsschema.authors."A B"]\nurl = "ftp://x.example"\n',
            """pyproject.toml: tool.newsschema.authors."A B".url: 'ftp://x.example' is not an""",
        ),
        (
            "newsschema.toml",
            '[publisher]\nlogo = { url = "https://a.example/l.png", height = "60" }\n',
            'newsschema.toml: publisher.logo: height: must be a whole number of pixels, not "60"',
        ),
        ("newsschema.toml", '[publisher]\nlanguage = "english"\n', "is not a language tag"),
    ],
)
def test_configuration_errors_in_profile_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: str, text: str, message: str
) -> None:
    (tmp_path / file).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in (["config"], ["convert", "x.txt"], ["inspect", "x.txt"]):
        result = _cli(*command)
        assert result.exit_code in (1, 2), command
        assert message in result.stderr, (command, result.stderr)


def test_a_bad_profile_file_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "p.toml"
    bad.write_text('[sites."a.example"]\ncolour = "red"\n', encoding="utf-8")
    result = _cli("convert", str(EXAMPLES / "00-river-museum.txt"), "--profile", str(bad))
    assert result.exit_code == 2
    assert f'{bad}: unknown key sites."a.example".colour; expected one of' in result.stderr
    missing = _cli("convert", str(EXAMPLES / "00-river-museum.txt"), "--profile", "nope.toml")
    assert missing.exit_code == 2
    assert "nope.toml: cannot read" in missing.stderr


def test_import_newsschema_loads_no_toml_parser() -> None:
    code = "import sys, newsschema; print(sorted({'tomllib', 'tomli'} & set(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


# --------------------------------------------------------------------------- any article


ZONED = Profile(
    publisher=SiteProfile(name="Any", timezone="America/New_York", updates_printed=True),
    authors=(AuthorProfile("A", url="https://people.example/a", aliases=("B",)),),
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(articles())
def test_a_profile_only_completes_any_article(article: Article) -> None:
    result = apply_profile(article, ZONED)
    after = result.article
    for before, now in (
        (article.date_published, after.date_published),
        (article.date_modified, after.date_modified),
    ):
        if isinstance(before, dt.datetime) and before.tzinfo is None:
            assert isinstance(now, dt.datetime)
            wall = now  # the same wall time in the zone, or kept as it was
            if now.tzinfo is not None:
                wall = now.astimezone(zoneinfo.ZoneInfo("America/New_York")).replace(tzinfo=None)
            assert wall == before
        elif before is not None:
            assert now is before  # a day, or a printed zone, untouched
    assert [p.name for p in after.authors] == [p.name for p in article.authors]
    assert newsschema.validate_json(newsschema.to_json(after)) == []
    filled = {e.kind for e in result.elements}
    assert filled <= {"date", "author", "agency", "publisher", "language"}
