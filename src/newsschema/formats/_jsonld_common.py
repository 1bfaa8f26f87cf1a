"""What the JSON-LD writer, reader and validator share (private).

- schema.org terms: which ``@context`` values mean schema.org, and the local
  name of a type or property written as ``NewsArticle``, ``schema:NewsArticle``
  or ``https://schema.org/NewsArticle``;
- JSON paths in ``$`` notation (``$.author[0].name``, ``$.@graph[1]``);
- the text shapes writer and reader must agree on, so that a document read
  back writes out the same: the body as paragraphs, the dateline as one line.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

__all__ = [
    "CONTEXT",
    "DateForm",
    "DatelineParts",
    "IsoCheck",
    "NodeIndex",
    "check_iso",
    "child_path",
    "compose_dateline",
    "flatten",
    "index_path",
    "is_schema_context",
    "join_paragraphs",
    "local_name",
    "paragraphs",
    "parse_dateline",
    "type_names",
]

CONTEXT = "https://schema.org"
"""The ``@context`` the writer puts on every document."""

_SCHEMA_PREFIXES = (
    "https://schema.org/",
    "http://schema.org/",
    "https://www.schema.org/",
    "http://www.schema.org/",
    "schema:",
)
_CONTEXT_FORMS = frozenset(
    {"schema.org", "schema.org/docs/jsonldcontext.json", "schema.org/docs/jsonldcontext.jsonld"}
)
_SCHEME = re.compile(r"^https?://(?:www\.)?", re.IGNORECASE)
_FOREIGN = re.compile(r"^[A-Za-z][\w.+-]*:|^//")


def _bare_iri(text: str) -> str:
    """``https://www.Schema.org/`` -> ``schema.org``: scheme, ``www.`` and final slash dropped."""
    return _SCHEME.sub("", text.strip()).rstrip("/").lower()


def flatten(value: object) -> Iterator[object]:
    """An array's items with nested arrays flattened, in order, or the one value; ``None``
    left out. Without recursion: arrays may nest as deep as a JSON parser allows."""
    stack: list[Iterator[object]] = [iter((value,))]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            if item is not None:
                yield item
        else:
            stack.pop()


def is_schema_context(context: object) -> bool:
    """Whether a ``@context`` value names schema.org: a string (http, https, ``www``), an
    object whose ``@vocab`` is schema.org, or an array holding either."""
    if isinstance(context, list):
        return any(is_schema_context(item) for item in flatten(context))
    if isinstance(context, str):
        return _bare_iri(context) in _CONTEXT_FORMS
    if isinstance(context, dict):
        vocab = context.get("@vocab")
        return isinstance(vocab, str) and _bare_iri(vocab) == "schema.org"
    return False


def local_name(term: str) -> str | None:
    """The schema.org name of a type or property key; ``None`` for another vocabulary's term.

    A bare name (``headline``) is taken as schema.org's: callers only ask about
    nodes under a schema.org context.
    """
    for prefix in _SCHEMA_PREFIXES:
        if term.startswith(prefix):
            rest = term[len(prefix) :]
            return rest if rest and "/" not in rest and "#" not in rest else None
    if _FOREIGN.match(term):
        return None
    return term


def type_names(node: Mapping[str, object]) -> list[str]:
    """The schema.org types a node names in ``@type`` (or schema.org's alias ``type``)."""
    raw = node.get("@type", node.get("type"))
    names = raw if isinstance(raw, list) else [raw]
    return [name for t in names if isinstance(t, str) and (name := local_name(t)) is not None]


# --------------------------------------------------------------------------- dates


class DateForm(enum.Enum):
    """How precise an ISO 8601 value is."""

    DATE = "date"
    """A calendar date (``2022-11-04``; also ``2022-11`` or ``2022``)."""
    LOCAL = "local"
    """A date-time without a zone."""
    ZONED = "zoned"
    """A date-time with ``Z`` or an offset."""


@attrs.frozen
class IsoCheck:
    """An ISO 8601 value that is valid, with a note where its form is unusual."""

    form: DateForm
    note: str | None = None


_ISO_DATE = re.compile(r"(?P<y>\d{4})(?:-(?P<mo>\d{2})(?:-(?P<d>\d{2}))?)?")
_ISO_DATETIME = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?P<sep>[T ])(?P<h>\d{2}):(?P<mi>\d{2})"
    r"(?::(?P<s>\d{2})(?:[.,]\d+)?)?(?P<z>Z|[+-]\d{2}(?::?\d{2})?)?"
)


_ISO_BASIC = re.compile(
    r"(?P<y>\d{4})(?P<mo>\d{2})(?P<d>\d{2})(?:(?P<sep>T)(?P<h>\d{2})(?P<mi>\d{2})"
    r"(?:(?P<s>\d{2})(?:[.,]\d+)?)?(?P<z>Z|[+-]\d{2}(?:\d{2})?)?)?"
)


def _check_day(m: re.Match[str]) -> None:
    month = int(m["mo"] or 1)
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is out of range")
    if m["d"] is not None:
        dt.date(int(m["y"]), month, int(m["d"]))


def _zone_note(zone: str | None, *, basic: bool) -> str | None:
    if not zone or zone == "Z":
        return None
    if int(zone[1:3]) > 14 or int(zone[-2:] if len(zone) > 3 else 0) > 59:
        raise ValueError(f"offset {zone} out of range")
    if ":" not in zone and not basic:
        return f"offset {zone} is not in the ±hh:mm form schema.org uses"
    return None


def check_iso(text: str) -> IsoCheck:
    """The form of an ISO 8601 date or date-time (extended format, as schema.org uses it;
    the basic format is valid with a note).

    Raises ``ValueError`` saying what is wrong (``month 13 is out of range``).
    """
    if (m := _ISO_DATE.fullmatch(text)) is not None:
        _check_day(m)
        return IsoCheck(DateForm.DATE)
    basic = _ISO_BASIC.fullmatch(text)
    m = basic or _ISO_DATETIME.fullmatch(text)
    if m is None:
        raise ValueError("not an ISO 8601 date or date-time")
    _check_day(m)
    if m["h"] is not None and (int(m["h"]) > 23 or int(m["mi"]) > 59 or int(m["s"] or 0) > 59):
        raise ValueError("time out of range")
    note = None
    if m["sep"] == " ":
        note = "date and time are separated by a space; ISO 8601 uses 'T'"
    note = _zone_note(m["z"], basic=basic is not None) or note
    if basic is not None:
        note = (
            "ISO 8601 basic form; schema.org and Google read the extended form"
            " (2022-11-04T10:32:00+03:00)"
        )
    form = DateForm.DATE if m["h"] is None else DateForm.ZONED if m["z"] else DateForm.LOCAL
    return IsoCheck(form, note)


# --------------------------------------------------------------------------- JSON paths

_PLAIN_KEY = re.compile(r"^[A-Za-z_@$][\w@$-]*$")


def child_path(path: str, key: str) -> str:
    """``$.author`` for a plain key, ``$["https://schema.org/headline"]`` otherwise."""
    if _PLAIN_KEY.match(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def index_path(path: str, index: int) -> str:
    return f"{path}[{index}]"


# --------------------------------------------------------------------------- body text


def paragraphs(text: str) -> list[str]:
    """The non-blank lines of ``text``, stripped: the paragraphs ``articleBody`` holds.

    Web pages separate paragraphs with blank lines or with single line breaks;
    both read the same. A list's items become paragraphs of their own.
    """
    return [stripped for line in text.splitlines() if (stripped := line.strip())]


def join_paragraphs(texts: Iterable[str]) -> str:
    """Paragraphs as ``articleBody`` holds them: separated by a blank line (``paragraphs``
    reads them back)."""
    return "\n\n".join(paragraphs("\n".join(texts)))


# --------------------------------------------------------------------------- dateline


@attrs.frozen
class DatelineParts:
    """A dateline split as the model keeps it (the fields of ``model.Dateline``)."""

    place: str | None = None
    agency: str | None = None
    date: str | None = None


_AGENCY = re.compile(r"(?:(?P<head>.+?) )?\((?P<agency>[^()]+)\)", re.DOTALL)
_DATE = re.compile(
    r"(?P<place>.+), (?P<date>[^\W\d_]{3,10}\.? \d{1,2}|\d{1,2} [^\W\d_]{3,10}\.?)", re.DOTALL
)


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    return text.strip() or None


def compose_dateline(place: str | None, agency: str | None, date: str | None) -> str | None:
    """One line as schema.org's ``dateline`` holds it: ``LONDON, Nov 4 (Reuters)``."""
    head = ", ".join(part for part in (_clean(place), _clean(date)) if part)
    agency = _clean(agency)
    if agency is None:
        return head or None
    return f"{head} ({agency})" if head else f"({agency})"


def parse_dateline(text: str) -> DatelineParts:
    """Split a ``dateline`` into place, date and agency where that is unambiguous.

    A split is kept only if composing it gives the text back; otherwise the
    whole line is the place. So a dateline read and written again is unchanged.
    """
    line = text.strip()
    if not line:
        return DatelineParts()
    head: str | None = line
    agency: str | None = None
    m = _AGENCY.fullmatch(line)
    if m is not None:
        head, agency = m["head"], m["agency"]
    place, date = head, None
    if head is not None and (d := _DATE.fullmatch(head)) is not None:
        place, date = d["place"], d["date"]
    parts = DatelineParts(place, agency, date)
    if compose_dateline(parts.place, parts.agency, parts.date) == line and all(
        part is None or part == part.strip() for part in (parts.place, parts.agency, parts.date)
    ):
        return parts
    if head is not None and compose_dateline(head, agency, None) == line and head == head.strip():
        return DatelineParts(head, agency, None)
    return DatelineParts(line)


class NodeIndex:
    """A document's nodes by ``@id``, so that ``{"@id": ...}`` references resolve."""

    def __init__(self, data: object) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}
        self._collect(data, 0)

    def _collect(self, data: object, depth: int) -> None:
        if depth > 100:  # deeper than any document a page carries; JSON itself stops at ~1000
            return
        if isinstance(data, dict):
            ident = data.get("@id")
            if isinstance(ident, str) and set(data) - {"@id", "@context"}:
                self.nodes.setdefault(ident, data)
            for value in data.values():
                self._collect(value, depth + 1)
        elif isinstance(data, list):
            for value in data:
                self._collect(value, depth + 1)

    def resolve(self, value: object) -> object:
        """A ``{"@id": ...}`` reference as the node it names, where the document has it."""
        if isinstance(value, dict) and set(value) <= {"@id"}:
            ident = value.get("@id")
            if isinstance(ident, str):
                return self.nodes.get(ident, value)
        return value
