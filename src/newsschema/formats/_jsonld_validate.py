"""Validation of schema.org JSON-LD against newsschema's profile (private).

Errors: the ``@context`` is not schema.org; a ``@type`` or property is not
schema.org (with a suggestion where a known name is close); a property is
used on a type schema.org does not define it for (domain); a value does not
fit what the property takes (range: text, an absolute URL, an ISO 8601 date
or date-time, an integer, a node of an allowed type ...).

Warnings: schema.org terms outside the profile (not checked), forms that
consumers handle badly (``null``, empty values, relative URLs, HTML in text),
and Google's Article recommendations (``_jsonld_google``).

Every problem carries its JSON path (``$.@graph[1].author[0].name``) and, found
by a second scan of the text, its line.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from typing import Any

from newsschema.errors import FormatError, Problem
from newsschema.formats import _jsonld_google as google
from newsschema.formats import _jsonld_profile as profile
from newsschema.formats._jsonld_common import (
    NodeIndex,
    check_iso,
    child_path,
    index_path,
    is_schema_context,
    local_name,
)
from newsschema.formats._jsonld_lines import value_lines
from newsschema.formats._jsontext import loads

__all__ = ["validate_data", "validate_text"]

JsonObject = dict[str, Any]

_KEYWORDS = frozenset(
    {
        "@context", "@id", "@type", "@graph", "@value", "@language", "@list", "@set",
        "@reverse", "@index", "@nest", "@included", "@direction", "@base", "@vocab", "@json",
        "@none",
    }
)  # fmt: skip
_CANONICAL_CONTEXTS = frozenset(
    {"https://schema.org", "http://schema.org", "https://schema.org/", "http://schema.org/"}
)
_PLAIN_TEXT = frozenset(
    {
        "headline", "alternativeHeadline", "description", "articleBody", "name", "alternateName",
        "caption", "abstract", "creditText", "copyrightNotice", "articleSection", "dateline",
        "keywords", "jobTitle", "disambiguatingDescription",
    }
)  # fmt: skip
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
# a tag ends before the next "<": from every "<p" of a text without ">", "[^>]*" ran to its end
_MARKUP = re.compile(
    r"</?(p|br|div|span|a|strong|em|b|i|ul|ol|li|h[1-6]|img|figure)\b[^<>]*>", re.IGNORECASE
)
_ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
_HTTP_NO_HOST = re.compile(r"^https?:(?!//[^/?#\s]+)", re.IGNORECASE)
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_PARENT = re.compile(r"(\.[^.\[]+|\[[^\]]*\])$")


def _whole(number: str) -> bool:
    """Whether a number written as text is a whole number (``12``, ``12.0``, ``1.2e1``)."""
    try:
        return float(number).is_integer()
    except OverflowError:  # pragma: no cover - float() of text gives inf rather than raise
        return True


def _describe(ranges: Iterable[str]) -> str:
    names = sorted(ranges)
    return " or ".join(names) if names else "a value"


def _article(word: str) -> str:
    return f"an {word}" if word[:1] in "AEIO" else f"a {word}"  # "a URL"


def _suggest(name: str, pool: Iterable[str]) -> str:
    choices = list(pool)
    lower = {c.lower(): c for c in choices}
    if name.lower() in lower:
        return f" (did you mean '{lower[name.lower()]}'? names are case-sensitive)"
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.8)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if value is None:
        return "null"
    return f"'{value}'" if isinstance(value, str) and len(value) <= 60 else "text"


class _Validator:
    def __init__(self, lines: Mapping[str, int], duplicates: dict[int, list[str]]) -> None:
        self.lines = lines
        self.duplicates = duplicates
        self.ids = NodeIndex(None)
        self.problems: list[Problem] = []

    # ---------------------------------------------------------------- reporting

    def line(self, path: str) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            parent = _PARENT.sub("", path)
            if parent == path:
                return None
            path = parent
        return None

    def error(self, message: str, path: str) -> None:
        self.problems.append(Problem(message, path=path, line=self.line(path)))

    def warn(self, message: str, path: str) -> None:
        self.problems.append(Problem(message, path=path, line=self.line(path), severity="warning"))

    # ---------------------------------------------------------------- document

    def resolve(self, value: object) -> object:
        return self.ids.resolve(value)

    def document(self, data: object) -> None:
        self.ids = NodeIndex(data)
        if isinstance(data, list):
            if not data:
                self.error("empty array: no JSON-LD node", "$")
            for i, item in enumerate(data):
                self.root(item, index_path("$", i), None)
        elif isinstance(data, dict):
            self.root(data, "$", None)
        else:
            self.error(f"expected a JSON-LD object or array, got {_json_type(data)}", "$")

    def root(self, item: object, path: str, schema: bool | None) -> None:
        if not isinstance(item, dict):
            self.error(f"expected a JSON-LD node (an object), got {_json_type(item)}", path)
            return
        if "@context" in item:
            schema = self.context(item["@context"], child_path(path, "@context"))
        if "@graph" in item:
            for key in item:
                if not key.startswith("@"):
                    self.warn(
                        f"property '{key}' next to @graph describes the graph, not a node:"
                        " move it into a node",
                        child_path(path, key),
                    )
            graph = item["@graph"]
            items = graph if isinstance(graph, list) else [graph]
            for i, node in enumerate(items):
                self.root(node, index_path(child_path(path, "@graph"), i), schema)
            return
        if schema is None:
            self.error('no @context: add "@context": "https://schema.org"', path)
        self.node(item, path, expected=None, top=True)
        self.google(item, path)

    def google(self, node: JsonObject, path: str) -> None:
        """Google's rules for an article at the top level or as a page's ``mainEntity``."""
        if profile.ARTICLE_TYPES.intersection(self.types(node)):
            self.problems += self.located(google.article_problems(node, path, self.resolve))
        entity = node.get("mainEntity")
        entities = entity if isinstance(entity, list) else [entity]
        for i, item in enumerate(entities):
            target = self.resolve(item)
            if isinstance(target, dict) and profile.ARTICLE_TYPES.intersection(self.types(target)):
                where = child_path(path, "mainEntity")
                where = index_path(where, i) if isinstance(entity, list) else where
                self.problems += self.located(google.article_problems(target, where, self.resolve))

    def located(self, problems: list[Problem]) -> list[Problem]:
        return [
            Problem(p.message, path=p.path, line=self.line(p.path or "$"), severity=p.severity)
            for p in problems
        ]

    def context(self, context: object, path: str) -> bool:
        ok = False
        items = context if isinstance(context, list) else [context]
        errors_before = len([p for p in self.problems if p.severity == "error"])
        for i, item in enumerate(items):
            where = index_path(path, i) if isinstance(context, list) else path
            if isinstance(item, str):
                if item.strip() in _CANONICAL_CONTEXTS or is_schema_context(item):
                    ok = True
                    if item.strip() not in _CANONICAL_CONTEXTS and "www." in item.lower():
                        self.warn(
                            f"@context '{item}' should be exactly 'https://schema.org'", where
                        )
                else:
                    self.error(
                        f"@context '{item}' is not schema.org (use \"https://schema.org\")", where
                    )
            elif isinstance(item, dict):
                vocab = item.get("@vocab")
                if is_schema_context(item):
                    ok = True
                elif vocab is not None:
                    self.error(f"@vocab {vocab!r} is not schema.org", child_path(where, "@vocab"))
                for key in item:
                    if not key.startswith("@"):
                        self.warn(
                            f"local term definition '{key}' in @context: many consumers,"
                            " Google among them, do not process custom contexts",
                            child_path(where, key),
                        )
            else:
                self.error(
                    f"@context must be a string, an object or an array, got {_json_type(item)}",
                    where,
                )
        errors_after = len([p for p in self.problems if p.severity == "error"])
        if not ok and errors_after == errors_before:
            self.error("@context does not reference schema.org", path)
        return ok

    # ---------------------------------------------------------------- nodes

    def types(self, node: JsonObject) -> list[str]:
        """The node's types that the profile describes (quietly; ``node_types`` reports)."""
        raw = node.get("@type", node.get("type"))
        names = raw if isinstance(raw, list) else [raw]
        return [
            name
            for t in names
            if isinstance(t, str) and (name := local_name(t)) is not None and name in profile.TYPES
        ]

    def node_types(self, node: JsonObject, path: str) -> tuple[list[str], bool]:
        """(profiled types, whether some type is outside the profile), reporting bad ones."""
        key = "@type" if "@type" in node else "type"
        raw = node.get(key)
        where = child_path(path, key)
        if raw is None:
            return [], False
        if isinstance(raw, str):
            names = [raw]
        elif isinstance(raw, list) and raw and all(isinstance(t, str) for t in raw):
            names = raw
        else:
            self.error("@type must be a string or an array of strings", where)
            return [], True
        known: list[str] = []
        outside = False
        for t in names:
            name = local_name(t)
            if name is None:
                outside = True  # another vocabulary's type: not ours to check
            elif name in profile.TYPES:
                known.append(name)
            elif name in profile.RECOGNISED_TYPES:
                outside = True
                self.warn(
                    f"type '{name}' is schema.org but not in the newsschema profile;"
                    " its properties are not checked",
                    where,
                )
            elif name in profile.DATATYPES:
                outside = True
                self.error(f"'{name}' is a schema.org data type, not a node type", where)
            elif name in profile.PROPERTIES or name in profile.RECOGNISED_PROPERTIES:
                outside = True
                self.error(f"'{name}' is a schema.org property, not a type", where)
            else:
                outside = True
                pool = set(profile.TYPES) | profile.RECOGNISED_TYPES
                self.error(f"unknown schema.org type '{t}'{_suggest(name, pool)}", where)
        return known, outside

    def node(
        self, node: JsonObject, path: str, *, expected: frozenset[str] | None, top: bool
    ) -> None:
        for key in self.duplicates.get(id(node), ()):
            self.error(f"duplicate key '{key}': JSON readers keep only one of its values", path)
        types, outside = self.node_types(node, path)
        if not types and not outside and "@type" not in node and "type" not in node:
            if top:
                self.error("node has no @type", path)
            elif set(node) - {"@id", "@context"}:
                self.warn(
                    "nested node has no @type: add one (Google reads untyped nodes as Thing)", path
                )
        effective: list[str] = types or ([] if outside else sorted(expected or ()))
        for key, value in node.items():
            where = child_path(path, key)
            if key.startswith("@"):
                self.keyword(key, value, where, top=top)
            elif key in ("type", "id") and f"@{key}" not in node:
                self.bare_keyword(key, value, where)
            else:
                self.property(key, value, where, types, effective)

    def bare_keyword(self, key: str, value: object, where: str) -> None:
        self.warn(
            f"'{key}' means '@{key}' only through schema.org's context: write '@{key}'", where
        )
        if key == "id" and not isinstance(value, str):
            self.error("@id must be a string (an IRI)", where)

    def property(
        self, key: str, value: object, where: str, types: list[str], effective: list[str]
    ) -> None:
        name = local_name(key)
        if name is None:
            return  # another vocabulary's property
        prop = profile.PROPERTIES.get(name)
        if prop is None:
            self.unknown_property(name, key, where)
            return
        if effective and not profile.fits(effective, prop.domain):
            on = "/".join(types) if types else "/".join(effective) + " (from the property)"
            self.error(
                f"property '{name}' is not expected on {on}: schema.org defines it for"
                f" {_describe(prop.domain)}",
                where,
            )
        self.values(prop, value, where)

    def keyword(self, key: str, value: object, where: str, *, top: bool) -> None:
        if key not in _KEYWORDS:
            self.error(f"'{key}' is not a JSON-LD keyword (JSON-LD processors drop it)", where)
        elif key == "@id" and (not isinstance(value, str) or not value or re.search(r"\s", value)):
            self.error("@id must be an IRI: a string without spaces", where)
        elif key == "@context" and not top:
            self.context(value, where)
        elif key == "@graph" and not top:
            self.warn("nested @graph: a named graph, which most consumers ignore", where)

    def unknown_property(self, name: str, key: str, where: str) -> None:
        if name in profile.RECOGNISED_PROPERTIES:
            self.warn(
                f"property '{name}' is schema.org but not in the newsschema profile; not checked",
                where,
            )
        elif name in profile.TYPES or name in profile.RECOGNISED_TYPES:
            self.error(f"'{name}' is a schema.org type, not a property", where)
        else:
            pool = set(profile.PROPERTIES) | profile.RECOGNISED_PROPERTIES
            self.error(f"unknown schema.org property '{key}'{_suggest(name, pool)}", where)

    # ---------------------------------------------------------------- values

    def values(self, prop: profile.Property, value: object, path: str) -> None:
        if isinstance(value, list):
            if not value:
                self.warn("empty array: omit the property instead", path)
            for i, item in enumerate(value):
                where = index_path(path, i)
                if isinstance(item, list):
                    self.warn("nested array: JSON-LD flattens it; write a flat array", where)
                    self.values(prop, item, where)
                else:
                    self.value(prop, item, where)
        else:
            self.value(prop, value, path)

    def value(self, prop: profile.Property, value: object, path: str) -> None:
        if value is None:
            self.warn("null value: JSON-LD drops it; omit the property instead", path)
        elif isinstance(value, dict):
            self.object_value(prop, value, path)
        else:
            self.literal(prop, value, path)

    def object_value(self, prop: profile.Property, value: JsonObject, path: str) -> None:
        if "@value" in value:
            extra = set(value) - {"@value", "@language", "@type", "@direction", "@index"}
            if extra:
                self.error(f"value object has extra keys {sorted(extra)}", path)
            self.value(prop, value["@value"], child_path(path, "@value"))
            return
        for keyword in ("@list", "@set"):
            if keyword in value:
                self.values(prop, value[keyword], child_path(path, keyword))
                return
        if set(value) - {"@context"} <= {"@id"}:
            self.reference(prop, value, path)
            return
        nodes = prop.node_types
        if not nodes:
            self.error(
                f"'{prop.name}' expects {_article(_describe(prop.datatypes))}; got an object",
                path,
            )
            return
        types = self.types(value)
        if types and not profile.fits(types, nodes):
            self.error(
                f"'{prop.name}' expects {_describe(prop.ranges)}; got {'/'.join(types)}", path
            )
        self.node(value, path, expected=nodes, top=False)

    def reference(self, prop: profile.Property, value: JsonObject, path: str) -> None:
        ident = value.get("@id")
        if not isinstance(ident, str) or not ident or re.search(r"\s", ident):
            self.error("@id must be an IRI: a string without spaces", child_path(path, "@id"))
            return
        target = self.ids.nodes.get(ident)
        if not prop.node_types and "URL" not in prop.datatypes:
            self.error(
                f"'{prop.name}' expects {_article(_describe(prop.datatypes))},"
                " not a node reference",
                path,
            )
        elif target is not None and prop.node_types:
            types = self.types(target)
            if types and not profile.fits(types, prop.node_types):
                self.error(
                    f"@id '{ident}' is a {'/'.join(types)}; '{prop.name}' expects"
                    f" {_describe(prop.ranges)}",
                    path,
                )

    def literal(self, prop: profile.Property, value: object, path: str) -> None:
        kinds = prop.datatypes
        expects = f"'{prop.name}' expects {_article(_describe(prop.ranges))}"
        if isinstance(value, bool):
            if "Boolean" in kinds:
                return
            if "Text" in kinds:
                self.warn("boolean where Text is expected: write a string", path)
            else:
                self.error(f"{expects}; got a boolean", path)
            return
        if isinstance(value, (int, float)):
            self.number(prop, value, path, expects)
            return
        if not isinstance(value, str):
            self.error(f"{expects}; got {_json_type(value)}", path)
            return
        if not value.strip():
            self.warn("empty string: omit the property instead", path)
            return
        if "Text" in kinds:
            if prop.name in _PLAIN_TEXT:
                self.text_smells(value, path)
            return
        if kinds & {"Date", "DateTime"}:
            self.date(prop, value, path)
            return
        if kinds & {"Integer", "Number"}:
            if _NUMBER.fullmatch(value.strip()) and ("Number" in kinds or _whole(value)):
                self.warn(f"number written as text '{value}': write a JSON number", path)
            else:
                self.error(f"{expects}; got {_json_type(value)}", path)
            return
        if "Boolean" in kinds:
            if value.strip().lower() in ("true", "false"):
                self.warn(f"boolean written as text '{value}': write true or false", path)
            else:
                self.error(f"{expects}; got {_json_type(value)}", path)
            return
        if "URL" in kinds:
            self.url(prop, value, path, expects)
            return
        if not prop.node_types:
            self.error(f"{expects}; got {_json_type(value)}", path)
        # schema.org lets text stand where a node is expected ("author": "Jane Doe")

    def number(self, prop: profile.Property, value: float, path: str, expects: str) -> None:
        kinds = prop.datatypes
        whole = isinstance(value, int) or value.is_integer()  # float(a long int) overflows
        if "Integer" in kinds and "Number" not in kinds and not whole:
            self.error(f"{value} is not an Integer", path)
        elif kinds & {"Integer", "Number"} or prop.node_types & profile.QUANTITY_TYPES:
            return
        elif "Text" in kinds:
            self.warn("number where Text is expected: write a string", path)
        else:
            self.error(f"{expects}; got a number", path)

    def date(self, prop: profile.Property, value: str, path: str) -> None:
        try:
            check = check_iso(value)
        except ValueError as exc:
            self.error(
                f"{prop.name} '{value}' is not an ISO 8601 {_describe(prop.datatypes)}: {exc}"
                " (expected e.g. 2022-11-04T10:32:00+03:00 or 2022-11-04)",
                path,
            )
            return
        if check.note is not None:
            self.warn(f"{prop.name} '{value}': {check.note}", path)

    def url(self, prop: profile.Property, value: str, path: str, expects: str) -> None:
        if re.search(r"\s", value):
            self.error(f"{expects}; '{value[:60]}' contains white space", path)
        elif _ABSOLUTE.match(value):
            if _HTTP_NO_HOST.match(value):
                self.error(f"{expects}; '{value[:60]}' has no host", path)
        elif prop.node_types:
            self.warn(
                f"'{prop.name}' has text '{value[:60]}' that is neither an absolute URL nor a node",
                path,
            )
        else:
            self.warn(f"relative URL '{value[:60]}': write an absolute URL", path)

    def text_smells(self, value: str, path: str) -> None:
        if m := _ENTITY.search(value):
            self.warn(
                f"text holds the HTML entity '{m.group(0)}': JSON-LD text is not HTML;"
                " write the character itself",
                path,
            )
        if m := _MARKUP.search(value):
            self.warn(f"text holds HTML markup '{m.group(0)[:20]}': write plain text", path)


def _load(text: str) -> tuple[object, dict[int, list[str]]]:
    duplicates: dict[int, list[str]] = {}

    def pairs(items: list[tuple[str, Any]]) -> JsonObject:
        obj: JsonObject = {}
        seen: list[str] = []
        for key, value in items:
            if key in obj:
                seen.append(key)
            obj[key] = value
        if seen:
            duplicates[id(obj)] = seen
        return obj

    return loads(text, what="JSON-LD", object_pairs_hook=pairs), duplicates


def validate_text(text: str) -> list[Problem]:
    """Every problem of a JSON-LD text, errors and warnings, in document order."""
    try:
        data, duplicates = _load(text)
    except FormatError as exc:
        where = f" (line {exc.line}, column {exc.column})" if exc.line is not None else ""
        return [Problem(f"{exc.reason}{where}", path="$", line=exc.line)]
    return _validate(data, _Validator(value_lines(text), duplicates))


def validate_data(data: object) -> list[Problem]:
    """Every problem of a parsed JSON-LD value (no lines: the text is not known)."""
    return _validate(data, _Validator({}, {}))


def _validate(data: object, validator: _Validator) -> list[Problem]:
    try:
        validator.document(data)
    except RecursionError:
        validator.error("not a JSON-LD document: arrays or objects nested too deeply", "$")
    return validator.problems
