"""Configuration: command-line options over ``newsschema.toml`` over ``[tool.newsschema]``
in ``pyproject.toml`` over defaults; every value remembers where it came from.

Both files are looked for from the working directory upwards; the nearest of
each counts. The layout is the same in both::

    [publisher]            # [tool.newsschema.publisher] in pyproject.toml
    name = "The Daily Example"
    url = "https://daily.example"
    logo = "https://daily.example/logo.png"

    [convert]
    to = ["json", "jsonld"]
    jobs = 4

    [validate]
    strict = true
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from newsschema.errors import ConfigError
from newsschema.model import Organization

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["KEYS", "Setting", "Settings", "load_settings"]

DEFAULTS: dict[str, Any] = {
    "publisher.name": None,
    "publisher.url": None,
    "publisher.logo": None,
    "convert.to": ["json"],
    "convert.jobs": None,
    "validate.strict": False,
}
KEYS = tuple(DEFAULTS)
_TYPES: dict[str, tuple[type, ...]] = {
    "publisher.name": (str,),
    "publisher.url": (str,),
    "publisher.logo": (str,),
    "convert.to": (list, str),
    "convert.jobs": (int,),
    "validate.strict": (bool,),
}


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
        name, url, logo = (self.get(f"publisher.{k}") for k in ("name", "url", "logo"))
        if not (name or url or logo):
            return None
        return Organization(name=name or "", url=url, logo=logo)

    def formats(self) -> list[str]:
        value = self.get("convert.to")
        items = value.split(",") if isinstance(value, str) else value
        return [str(v).strip() for v in items if str(v).strip()]


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
        for key, value in values.items():
            full = f"{section}.{key}"
            if full not in DEFAULTS:
                known = ", ".join(KEYS)
                raise ConfigError(
                    f"unknown setting {prefix}{full}; expected one of {known}", file=str(path)
                )
            if not isinstance(value, _TYPES[full]):
                expected = " or ".join(t.__name__ for t in _TYPES[full])
                raise ConfigError(f"{prefix}{full} must be a {expected}", file=str(path))
            out[full] = Setting(value, str(path))
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
            values[key] = Setting(value, "command line")
    return Settings(values)
