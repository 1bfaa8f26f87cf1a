"""ninjs validation against the IPTC's official JSON Schemas (shipped in
``schemas/iptc/``), with format checks on: ``date-time`` needs a full RFC 3339
value with an offset, ``uri`` an absolute URI.

The version is the one the document names (``standard.version``, or
``$standard.version`` in 1.x), else the one its shape shows; a major version is
checked against the newest schema of that major version (3.x against 3.2).
``places[].geoJSON`` refers to the GeoJSON schema on the web; nothing is fetched,
so a geoJSON value is accepted unchecked.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Any

from newsschema.errors import FormatError, Problem

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

__all__ = ["SCHEMA_FILES", "check", "detect_version", "schema"]

SCHEMA_FILES = {
    "3.2": "ninjs-schema_3.2.json",
    "2.3": "ninjs-schema_2.3.json",
    "1.7": "ninjs-schema_1.7.json",
}
_NEWEST = {"3": "3.2", "2": "2.3", "1": "1.7"}
_GEOJSON = "https://geojson.org/schema/GeoJSON.json"
_MAX_MESSAGE = 300
# properties that only 3.x spells in camelCase
_CAMEL = ("firstCreated", "versionCreated", "contentCreated", "infoSources", "copyrightNotice",
          "representationType", "altIds", "embargoedUntil", "pubStatus", "edNote")  # fmt: skip


@functools.cache
def schema(version: str) -> dict[str, Any]:
    """The official ninjs JSON Schema of ``version`` (``3.2``, ``2.3`` or ``1.7``)."""
    package = resources.files("newsschema")
    path = package.joinpath("schemas").joinpath("iptc").joinpath(SCHEMA_FILES[version])
    loaded: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return loaded


@functools.cache
def _validator(version: str) -> Validator:
    # heavy; only when validating
    from jsonschema import validators  # noqa: PLC0415
    from referencing import Registry  # noqa: PLC0415
    from referencing.jsonschema import specification_with  # noqa: PLC0415

    document = schema(version)
    cls = validators.validator_for(document)
    specification = specification_with(document["$schema"])
    # the GeoJSON schema is remote: an empty (accept-all) schema stands in for it
    registry: Registry[Any] = Registry().with_resource(_GEOJSON, specification.create_resource({}))
    validator: Validator = cls(document, registry=registry, format_checker=cls.FORMAT_CHECKER)
    return validator


def detect_version(data: object) -> str:
    """The schema version to check ``data`` against: the one it names, else its shape's."""
    if not isinstance(data, dict):
        return "3.2"
    for key in ("standard", "$standard"):
        standard = data.get(key)
        version = standard.get("version") if isinstance(standard, dict) else None
        if isinstance(version, str) and version[:1] in _NEWEST:
            return _NEWEST[version[:1]]
    if "$standard" in data or "headline" in data or any(k.startswith("body_") for k in data):
        return "1.7"
    if any(key in data for key in _CAMEL):
        return "3.2"
    if any(key.lower() != key for key in data):
        return "3.2"
    return "2.3" if any(key in data for key in ("firstcreated", "versioncreated")) else "3.2"


def _path(parts: Any) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _short(message: str) -> str:
    """jsonschema quotes whole values; a body of many kilobytes makes a message unreadable."""
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"


def check_data(data: object, *, version: str | None = None) -> list[Problem]:
    """Every way ``data`` breaks the ninjs schema of ``version`` (or of its own version)."""
    chosen = version or detect_version(data)
    if chosen not in SCHEMA_FILES:
        chosen = _NEWEST.get(chosen[:1], "")
        if not chosen:
            raise FormatError(
                f"ninjs version {version!r} has no schema here; expected 1.x, 2.x or 3.x"
            )
    document: Any = data  # any JSON value; the validator says what is wrong with it
    errors = _validator(chosen).iter_errors(document)
    return [
        Problem(f"{_short(error.message)} (ninjs {chosen})", path=_path(error.absolute_path))
        for error in sorted(errors, key=lambda e: [str(p) for p in e.absolute_path])
    ]


def check(
    data: bytes | str, *, source: str | None = None, version: str | None = None
) -> list[Problem]:
    """Parse and validate ninjs text; a syntax error is one problem with its line."""
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as exc:
        return [Problem(f"not valid JSON: {exc.msg} (column {exc.colno})", line=exc.lineno)]
    except UnicodeDecodeError as exc:
        raise FormatError(f"not UTF-8 JSON: {exc.reason}", file=source) from exc
    return check_data(parsed, version=version)
