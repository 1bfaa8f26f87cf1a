"""Configuration: command-line options over ``newsschema.toml`` over ``[tool.newsschema]``
in ``pyproject.toml`` over defaults; every value remembers where it came from.

Both files are looked for from the working directory upwards; the nearest of
each counts. Every value is checked when it is read, and an error names the file
and the setting. The layout is the same in both::

    [publisher]            # [tool.newsschema.publisher] in pyproject.toml
    name = "The Daily Example"
    url = "https://daily.example"
    logo = "https://daily.example/logo.png"   # or { url = "…", width = 600, height = 60 }
    timezone = "Europe/London"                # IANA name
    language = "en"                           # where the text does not tell
    updates_printed = true                    # see newsschema._profiles

    [sites."courier.example"]                 # any number; the keys of [publisher]
    name = "Northfield Courier"

    [sites."courier.example".authors."Tomas Berg"]
    url = "https://courier.example/staff/tomas-berg"

    [authors."Ilse Marang"]                   # for every site
    same_as = ["https://social.example/@ilse"]

    [convert]
    to = ["json", "jsonld"]
    jobs = 4
    timeout = 5            # seconds an input may take per MB; 0: no limit

    [validate]
    strict = true

``[publisher]``, ``[sites]`` and ``[authors]`` make the publisher profile
(:mod:`newsschema._profiles`). A ``[sites]`` or ``[authors]`` table in
``newsschema.toml`` replaces the one in ``pyproject.toml``; ``[publisher]`` keys
override one by one.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import attrs

from newsschema._convert import check_output_formats
from newsschema._profiles import (
    AuthorProfile,
    Logo,
    Profile,
    SiteProfile,
    check_flag,
    check_language,
    check_logo,
    check_url,
    check_zone,
    read_authors,
    read_sites,
)
from newsschema.errors import ConfigError
from newsschema.model import Organization

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["KEYS", "Setting", "Settings", "check_setting", "load_settings"]

DEFAULTS: dict[str, Any] = {
    "publisher.name": None,
    "publisher.url": None,
    "publisher.logo": None,
    "publisher.timezone": None,
    "publisher.language": None,
    "publisher.updates_printed": None,
    "sites": (),
    "authors": (),
    "convert.to": ["json"],
    "convert.jobs": None,
    "convert.timeout": 5.0,
    "validate.strict": False,
}
KEYS = tuple(DEFAULTS)
_PROFILE_KEYS = frozenset(k for k in KEYS if k.split(".")[0] in {"publisher", "sites", "authors"})


def _shown(value: Any) -> str:
    """A value as the configuration file writes it (``true``, ``"x"``)."""
    return json.dumps(value, ensure_ascii=False, default=str)


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"must be a string, not {_shown(value)}")
    return value


def _formats(value: Any) -> list[str]:
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = value
    else:
        raise TypeError(
            f"must be a list of format names or a comma-separated string, not {_shown(value)}"
        )
    return list(check_output_formats(items))


def _integer(value: Any) -> int:
    # bool is an int in Python, but `jobs = true` is a mistake, not 1
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"must be an integer, not {_shown(value)}")
    return value


def _jobs(value: Any) -> int:
    jobs = _integer(value)
    if jobs < 1:
        raise ValueError(f"must be 1 or more, not {jobs}")
    return jobs


def _seconds(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"must be a number of seconds, not {_shown(value)}")
    if not value >= 0 or value == float("inf"):
        raise ValueError(
            f"must be 0 (no limit) or a positive number of seconds, not {_shown(value)}"
        )
    return float(value)


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"must be true or false, not {_shown(value)}")
    return value


# tables of tables, read whole by the profile module
_TABLES: dict[str, Callable[[Any, str], Any]] = {"sites": read_sites, "authors": read_authors}

_CHECKS: dict[str, Callable[[Any], Any]] = {
    "publisher.name": _string,
    "publisher.url": check_url,
    "publisher.logo": check_logo,
    "publisher.timezone": check_zone,
    "publisher.language": check_language,
    "publisher.updates_printed": check_flag,
    "convert.to": _formats,
    "convert.jobs": _jobs,
    "convert.timeout": _seconds,
    "validate.strict": _boolean,
}


def check_setting(key: str, value: Any) -> Any:
    """``value`` checked (and normalised) for setting ``key``; a :class:`TypeError` or
    :class:`ValueError` says what was expected. The command line's options go through the
    same checks."""
    return _CHECKS[key](value)


@attrs.frozen
class Setting:
    value: Any
    source: str


@attrs.frozen
class Settings:
    """The effective configuration."""

    values: Mapping[str, Setting]

    def get(self, key: str) -> Any:
        return self.values[key].value

    def publisher(self) -> Organization | None:
        name, url = self.get("publisher.name"), self.get("publisher.url")
        logo: Logo | None = self.get("publisher.logo")
        if not (name or url or logo):
            return None
        if logo is None:
            return Organization(name=name or "", url=url)
        return Organization(
            name=name or "",
            url=url,
            logo=logo.url,
            logo_width=logo.width,
            logo_height=logo.height,
        )

    def profile(self) -> Profile | None:
        """The publisher profile the configuration holds; ``None`` when it holds none."""
        logo: Logo | None = self.get("publisher.logo")
        publisher = SiteProfile(
            name=self.get("publisher.name") or None,
            url=self.get("publisher.url"),
            logo=logo.url if logo else None,
            logo_width=logo.width if logo else None,
            logo_height=logo.height if logo else None,
            timezone=self.get("publisher.timezone"),
            language=self.get("publisher.language"),
            updates_printed=self.get("publisher.updates_printed"),
        )
        sites: tuple[SiteProfile, ...] = self.get("sites")
        authors: tuple[AuthorProfile, ...] = self.get("authors")
        files = {self.values[k].source for k in self.values if k in _PROFILE_KEYS}
        files -= {"default", "command line"}
        profile = Profile(
            publisher, sites, authors, source=files.pop() if len(files) == 1 else None
        )
        return None if profile.empty else profile

    def formats(self) -> tuple[str, ...]:
        return tuple(self.get("convert.to"))


def _find_upwards(start: Path, name: str) -> Path | None:
    for directory in (start, *start.parents):
        candidate = directory / name
        if candidate.is_file():
            return candidate
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data: dict[str, Any] = tomllib.load(fh)
            return data
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", file=str(path)) from exc
    except UnicodeDecodeError as exc:  # tomllib decodes the whole file first
        raise ConfigError(
            f"byte {exc.start} is not UTF-8; a TOML file is UTF-8 text", file=str(path)
        ) from exc
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", file=str(path)) from exc


def _flatten(table: Mapping[str, Any], path: Path, prefix: str) -> dict[str, Setting]:
    out: dict[str, Setting] = {}
    for section, values in table.items():
        if not isinstance(values, Mapping):
            raise ConfigError(f"{prefix}{section} must be a table", file=str(path))
        if section in _TABLES:
            try:
                out[section] = Setting(_TABLES[section](values, prefix + section), str(path))
            except ConfigError as exc:
                raise exc.with_file(str(path)) from None
            continue
        for key, value in values.items():
            full = f"{section}.{key}"
            if full not in DEFAULTS:
                known = ", ".join(KEYS)
                raise ConfigError(
                    f"unknown setting {prefix}{full}; expected one of {known}", file=str(path)
                )
            try:
                out[full] = Setting(check_setting(full, value), str(path))
            except (TypeError, ValueError) as exc:
                raise ConfigError(f"{prefix}{full}: {exc}", file=str(path)) from None
    return out


def load_settings(
    overrides: Mapping[str, Any] | None = None, *, cwd: str | os.PathLike[str] | None = None
) -> Settings:
    """The effective settings: ``overrides`` (command-line options; ``None`` values are
    ignored) over the files found from ``cwd`` upwards, over the defaults."""
    start = Path(cwd or Path.cwd()).resolve()
    values = {key: Setting(value, "default") for key, value in DEFAULTS.items()}
    pyproject = _find_upwards(start, "pyproject.toml")
    if pyproject is not None:
        tool = _read_toml(pyproject).get("tool", {}).get("newsschema")
        if isinstance(tool, Mapping):
            values.update(_flatten(tool, pyproject, "tool.newsschema."))
    own = _find_upwards(start, "newsschema.toml")
    if own is not None:
        values.update(_flatten(_read_toml(own), own, ""))
    for key, value in (overrides or {}).items():
        if value is not None:
            try:
                values[key] = Setting(check_setting(key, value), "command line")
            except (TypeError, ValueError) as exc:
                raise ConfigError(f"{key}: {exc}") from None
    return Settings(values)
