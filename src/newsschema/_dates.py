"""Dates as articles print them, and as ISO 8601.

The reader finds dates in lines such as ``November 04, 2022``,
``Posted March 2, 2020 5:04 pm EST``, ``Publié le 23 octobre 2020 à 10h03``,
``20 сентября 2020, 23:32`` or ``2022-11-04T10:32:00+03:00``, and says whether a
label marks them as the publication or the modification date.

Precision is kept: a day gives a :class:`datetime.date`, a time without zone a
naive :class:`datetime.datetime`, a zone or offset an aware one. Zone
abbreviations are read only where they are unambiguous (``EST``, ``CET``,
``MSK`` ...); an unknown or ambiguous one leaves the time naive rather than
guessing.

The words of each language (month names, weekdays, labels, the day/month
order) come from :mod:`newsschema._lexicons`, not from a date library: the
libraries that know many languages are slow to import and to run, and guess
missing parts (a year, a zone, the order of ``03/05/2022``) that an article's
metadata must not invent. What this module could not decide is said in each
date's ``issues``: the reader turns them into warnings.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import unicodedata
from collections.abc import Callable

import attrs

from newsschema import _lexicons
from newsschema._lexicons import zones as _zones

__all__ = [
    "DateIssue",
    "DateKind",
    "DateLine",
    "FoundDate",
    "date_line_words",
    "find_dates",
    "from_iso",
    "from_iso_basic",
    "may_be_date_line",
    "parse_date",
    "read_date_line",
    "to_iso",
    "to_iso_basic",
]


# --------------------------------------------------------------------------- ISO 8601

_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,9}))?)?"
    r"\s*(?P<z>Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


_ISO_BASIC = re.compile(
    r"(?P<y>\d{4})(?P<mo>\d{2})(?P<d>\d{2})"
    r"(?:T(?P<h>\d{2})(?P<mi>\d{2})(?:(?P<s>\d{2})(?:[.,](?P<f>\d{1,9}))?)?"
    r"(?P<z>Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


def to_iso(value: dt.date) -> str:
    """ISO 8601 extended form in the value's precision (``2022-11-04``, ``…T10:32:00+03:00``)."""
    if isinstance(value, dt.datetime):
        text = value.isoformat(timespec="seconds" if not value.microsecond else "microseconds")
        return (
            text[:-6] + "Z" if text.endswith("+00:00") and value.tzinfo is dt.timezone.utc else text
        )
    return value.isoformat()


def to_iso_basic(value: dt.date) -> str:
    """ISO 8601 basic form, as NITF ``@norm`` wants it (``20221104T103200+0300``)."""
    # not strftime: it does not zero-pad years before 1000 on every platform
    text = f"{value.year:04d}{value.month:02d}{value.day:02d}"
    if not isinstance(value, dt.datetime):
        return text
    text += f"T{value.hour:02d}{value.minute:02d}{value.second:02d}"
    offset = value.utcoffset()
    if offset is not None:
        total = int(offset.total_seconds()) // 60
        sign = "-" if total < 0 else "+"
        total = abs(total)
        text += f"{sign}{total // 60:02d}{total % 60:02d}"
    return text


def _zone(text: str) -> dt.tzinfo:
    if text == "Z":
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(f"offset out of range: {text}")
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def from_iso(text: str) -> dt.date:
    """Read an ISO 8601 date or date-time, keeping its precision.

    Raises ``ValueError`` for anything else.
    """
    m = _ISO.fullmatch(text.strip())
    if m is None:
        raise ValueError(f"not an ISO 8601 date or date-time: {text!r}")
    day = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if m["h"] is None:
        return day
    micro = int((m["f"] or "0")[:6].ljust(6, "0"))
    tz = _zone(m["z"]) if m["z"] else None
    return dt.datetime(
        day.year, day.month, day.day, int(m["h"]), int(m["mi"]), int(m["s"] or 0), micro, tzinfo=tz
    )


def from_iso_basic(text: str) -> dt.date:
    """Read ISO 8601 in basic form (``20221104T093000+0300``, ``20221104``) or extended form,
    keeping its precision. Raises ``ValueError`` for anything else."""
    value = text.strip()
    m = _ISO_BASIC.fullmatch(value)
    if m is None:
        return from_iso(value)
    day = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if m["h"] is None:
        return day
    micro = int((m["f"] or "0")[:6].ljust(6, "0"))
    zone = _zone(m["z"]) if m["z"] else None
    return dt.datetime(
        day.year, day.month, day.day, int(m["h"]), int(m["mi"]), int(m["s"] or 0), micro, zone
    )


# --------------------------------------------------------------------------- what a date says


class DateKind(enum.Enum):
    """What a label says a date is."""

    PUBLISHED = "published"
    MODIFIED = "modified"
    UNLABELLED = "unlabelled"


class DateIssue(enum.Enum):
    """What the text did not settle about a date; the reader warns about each."""

    ORDER_GUESSED = "order-guessed"
    """``03/05/2022``: both parts could be the month; the language's usual order was taken."""
    ZONE_UNREAD = "zone-unread"
    """``IST``, ``CST``: a zone name for several offsets; the time is kept local."""
    NO_DATE = "no-date"
    """``2 hours ago``, ``Updated 3:45 PM ET``: a time with no date to keep."""


@attrs.frozen
class DateNote:
    """One issue of one date, with the text it is about and what was made of it."""

    issue: DateIssue
    text: str
    reading: str = ""


@attrs.frozen
class FoundDate:
    """A date found in a line, where it stands, and what its label says it is."""

    value: dt.date
    start: int
    end: int
    kind: DateKind
    notes: tuple[DateNote, ...] = ()


@attrs.frozen
class DateLine:
    """What a line that is only dates says: publication and modification."""

    published: dt.date | None
    modified: dt.date | None
    notes: tuple[DateNote, ...] = ()
    """Issues the reader reports (a guessed order, an unread zone, no date at all)."""


# --------------------------------------------------------------------------- word tables

_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
# a date starts after a non-word; or glued to the lower-case end of a word, as copied text
# runs a byline into its date ("By Ann LeeMarch 3, 2023", "von Ann Lee14. März 2023")
_GLUED_MONTH = r"(?=[^\W\d_])(?:(?<!\w)|(?<=[a-zà-þа-яё])(?-i:(?=[A-ZÀ-ÞА-ЯЁ])))"
_GLUED_DAY = r"(?=\d)(?:(?<![\w.])|(?<=[a-zà-þа-яё]))"
_TWO_DIGIT_PIVOT = 69
"""``13`` is 2013, ``87`` is 1987: the POSIX ``%y`` rule."""


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return _lexicons.words_pattern(words) or "(?!)"


def _words_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)", re.IGNORECASE)


@attrs.frozen
class _Tables:
    """The patterns of one language (or of all): built once per language."""

    months: dict[str, int]
    named: re.Pattern[str]
    published: re.Pattern[str]
    modified: re.Pattern[str]
    time_lead: re.Pattern[str]
    time_suffix: re.Pattern[str]
    relative: re.Pattern[str]
    skip: frozenset[str]
    """Words a date line may hold besides its dates: weekdays, fillers, zone names."""
    relative_words: frozenset[str]
    """Every word of a relative time (``yesterday``, ``ago``, ``vor``)."""
    date_line_words: frozenset[str]
    """Every word a date line may hold: those of ``skip``, months, labels, relative times."""
    weekdays: frozenset[str]
    order: _lexicons.DateOrder
    language: str


@functools.lru_cache(maxsize=64)
def _tables(language: str | None) -> _Tables:
    lex = _lexicons.lexicon(language)
    months = lex.month_names()
    month = rf"(?P<month>{_alternation(list(months))})\.?"
    month_first = rf"{_GLUED_MONTH}{month}\s+{_DAY},?\s+{_YEAR}(?!\d)"
    day_first = rf"{_GLUED_DAY}{_DAY}\s*(?:de\s+|of\s+)?{month},?\s+(?:de\s+|del\s+)?{_YEAR}(?!\d)"
    # one pass over the text for both orders (the second's groups renamed)
    named = re.compile(f"{month_first}|{_suffixed(day_first, '2')}", re.IGNORECASE)
    rel = lex.relative
    amount = r"(?:\d{1,3}|an?|one|une?|un[ao]?|eine[mn]?|einer)"
    relative = re.compile(
        rf"(?:(?:{_alternation(rel.before)})\s+{amount}\s*(?:{_alternation(rel.units)})\.?"
        rf"|{amount}\s*(?:{_alternation(rel.units)})\.?\s*(?:{_alternation(rel.after)})"
        rf"|(?:{_alternation(rel.words)}))(?!\w)",
        re.IGNORECASE,
    )
    zone_names = {*_zones.FIXED, *_zones.US_REGIONS, *_zones.AMBIGUOUS}
    skip = {*lex.weekdays, *lex.date_words, *(z.casefold() for z in zone_names)}
    words = {
        word
        for phrase in (
            *months, *lex.labels.published, *lex.labels.modified, *rel.before, *rel.after,
            *rel.units, *rel.words, *lex.time_before, *lex.time_after,
        )
        for word in _LEFTOVER_WORD.findall(phrase)
    }  # fmt: skip
    return _Tables(
        months=months,
        named=named,
        published=_words_rx(lex.labels.published),
        modified=_words_rx(lex.labels.modified),
        time_lead=re.compile(
            rf"[\s,|·•/-]*(?:(?:{_alternation(lex.time_before)})\.?[\s,]*){{0,2}}", re.IGNORECASE
        ),
        time_suffix=re.compile(rf"\s*(?:{_alternation(lex.time_after)})(?!\w)\.?", re.IGNORECASE),
        relative=relative,
        skip=frozenset(skip),
        date_line_words=frozenset(skip | words | {"am", "pm", "a", "p", "m"}),
        relative_words=frozenset(
            w
            for phrase in (*rel.before, *rel.after, *rel.units, *rel.words)
            for w in _LEFTOVER_WORD.findall(phrase)
        ),
        weekdays=frozenset(lex.weekdays),
        order=lex.date_order,
        language=lex.code,
    )


# --------------------------------------------------------------------------- numeric dates

_ISO_TEXT = re.compile(
    r"(?<!\d)(?P<iso>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?"
    r"(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?))?)?)(?![\d-])"
)
_BASIC_TEXT = re.compile(
    r"(?<![\d])(?P<basic>\d{8}T\d{4}(?:\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)(?!\d)"
)
_CJK = re.compile(
    r"(?<!\d)(?P<year>\d{4})\s?[年년]\s?(?P<month>[01]?\d)\s?[月월]\s?(?P<day>[0-3]?\d)\s?[日일]?"
)
# 04.11.2022 (day first, as Europe writes it), 04.11.22; 2022/11/04
_DOTTED = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d)\.\s?(?P<year>(?:19|20)\d\d|\d\d)(?![\d.]\d)"
)
_YMD_SLASH = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?!\d)"
)
# 11/04/2022, 11-04-2022, 11/27/13: the order comes from the evidence or the language
_SLASHED = re.compile(
    r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d|\d\d)"
    r"(?![\d/-])"
)
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d[/.-]\d{1,2}[/.-]\d\d(?!\d)|\d{8}T\d")


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < _TWO_DIGIT_PIVOT else 1900
    return year


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    if not 1800 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _settled_order(a: int, b: int) -> bool | None:
    """True: day first; False: month first; None: the numbers do not tell."""
    if a > 12 >= b:
        return True
    if b > 12 >= a:
        return False
    return None


def _suffixed(pattern: str, suffix: str) -> str:
    """``pattern`` with every group name ending in ``suffix`` (to join it to others)."""
    return re.sub(r"\(\?P([<=])(\w+)", lambda m: f"(?P{m[1]}{m[2]}{suffix}", pattern)


# the numeric forms, each with a character it cannot do without: a form whose
# character the text lacks is not tried at all (most date lines need one or two)
_FORMS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("iso", "-", _ISO_TEXT),
    ("basic", "T", _BASIC_TEXT),
    ("cjk", "年년", _CJK),
    ("dotted", ".", _DOTTED),
    ("ymd", "/", _YMD_SLASH),
    ("ordered", "/-", _SLASHED),
)


class _Numeric:
    """The numeric dates of one text, with what a settled ``a/b/year`` says of the others."""

    def __init__(self, tables: _Tables, slashed: list[re.Match[str]]) -> None:
        self.tables = tables
        settled = (_settled_order(int(m["a"]), int(m["b"])) for m in slashed)
        self.day_first = next((s for s in settled if s is not None), None)

    def read(self, form: str, m: re.Match[str]) -> tuple[dt.date | None, tuple[DateNote, ...]]:
        if form == "iso":
            return _iso_value(m["iso"].replace(",", "."), from_iso), ()
        if form == "basic":
            return _iso_value(m["basic"], from_iso_basic), ()
        if form == "ordered":
            return self.ordered(m)
        return _make_date(_year(m["year"]), int(m["month"]), int(m["day"])), ()

    def ordered(self, m: re.Match[str]) -> tuple[dt.date | None, tuple[DateNote, ...]]:
        a, b, year = int(m["a"]), int(m["b"]), _year(m["year"])
        day_first = _settled_order(a, b)
        notes: tuple[DateNote, ...] = ()
        if day_first is None:
            day_first = self.day_first
        if day_first is None:
            day_first = self.tables.order is _lexicons.DateOrder.DMY
            if a != b:
                reading = "day first" if day_first else "month first"
                notes = (DateNote(DateIssue.ORDER_GUESSED, m.group(0), reading),)
        day, month = (a, b) if day_first else (b, a)
        return _make_date(year, month, day), notes


def _iso_value(text: str, read: Callable[[str], dt.date]) -> dt.date | None:
    try:
        return read(text)
    except ValueError:
        return None


_Match = tuple[dt.date, int, int, tuple[DateNote, ...]]


class _Taken:
    """Which characters of a text a date already covers (so that forms never overlap)."""

    def __init__(self, size: int) -> None:
        self.marks = bytearray(size)

    def take(self, start: int, end: int) -> bool:
        """Cover ``start:end``; False when some of it is covered already."""
        if any(self.marks[start:end]):
            return False
        self.marks[start:end] = b"\x01" * (end - start)
        return True


def _date_matches(text: str, tables: _Tables) -> list[_Match]:
    forms = [
        (form, list(rx.finditer(text)))
        for form, needs, rx in _FORMS
        if any(c in text for c in needs)
    ]
    slashed = next((found for form, found in forms if form == "ordered"), [])
    reader = _Numeric(tables, slashed)
    taken = _Taken(len(text))
    found: list[_Match] = []
    for form, matches in forms:
        for m in matches:
            value, notes = reader.read(form, m)
            if value is not None and taken.take(m.start(), m.end()):
                found.append((value, m.start(), m.end(), notes))
    for m in tables.named.finditer(text):
        groups = (
            (m["month"], m["day"], m["year"])
            if m["month"]
            else (m["month2"], m["day2"], m["year2"])
        )
        month = tables.months.get(groups[0].casefold().rstrip("."))
        value = _make_date(int(groups[2]), month, int(groups[1])) if month else None
        if value is not None and taken.take(m.start(), m.end()):
            found.append((value, m.start(), m.end(), ()))
    found.sort(key=lambda f: f[1])
    return found


# --------------------------------------------------------------------------- times and zones

# times as printed: 10:32, 10:32:05, 5:04 pm, 11:30 p.m., 10h03, 23.32 Uhr
_TIME = re.compile(
    r"(?<![\d:.])(?P<h>[0-2]?\d)(?:(?::|h|\.(?=\d\d\s*(?:uhr|h\b)))(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
    r"|(?=\s*[ap]\.?\s?m\b))"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?",
    re.IGNORECASE,
)
_ZONE_NAMES = sorted({*_zones.FIXED, *_zones.US_REGIONS, *_zones.AMBIGUOUS}, key=len, reverse=True)
_ZONE = re.compile(
    r"(?<![\w+-])(?:(?P<name>" + "|".join(_ZONE_NAMES) + r")"
    r"(?:\s*(?P<nsign>[+-])\s*(?P<nh>\d{1,2})(?::?(?P<nm>\d{2}))?)?"
    r"|(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2}))(?![\w])"
)


def _clock(m: re.Match[str]) -> dt.time | None:
    """The time a ``_TIME`` match shows (12-hour clocks read), ``None`` when it is not one."""
    if m["m"] is None and m["ampm"] is None:
        return None  # a bare number
    hour, minute, second = int(m["h"]), int(m["m"] or 0), int(m["s"] or 0)
    ampm = (m["ampm"] or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    return dt.time(hour, minute, second) if hour <= 23 else None


def _offset(minutes: int) -> dt.tzinfo | None:
    return dt.timezone(dt.timedelta(minutes=minutes)) if abs(minutes) < 24 * 60 else None


def _aware(local: dt.datetime, z: re.Match[str] | None) -> tuple[dt.datetime, tuple[DateNote, ...]]:
    """``local`` with the zone that ``z`` names, when it names one offset."""
    if z is None:
        return local, ()
    name = z["name"]
    if name is None:
        hours, mins = int(z["oh"]), int(z["om"])
        if hours > 23 or mins > 59:
            return local, ()
        return local.replace(
            tzinfo=_offset((1 if z["sign"] == "+" else -1) * (hours * 60 + mins))
        ), ()
    if z["nsign"]:
        # "UTC+3", "GMT-05:00": the explicit offset counts, not the name
        minutes = (1 if z["nsign"] == "+" else -1) * (int(z["nh"]) * 60 + int(z["nm"] or 0))
        return local.replace(tzinfo=_offset(minutes)), ()
    found: int | None = _zones.FIXED.get(name)
    if found is None and name in _zones.US_REGIONS:
        found = _zones.us_offset(name, local)
    if found is None:
        return local, (DateNote(DateIssue.ZONE_UNREAD, name, "kept as local time"),)
    return local.replace(tzinfo=_offset(found)), ()


def _zone_at(text: str, pos: int, limit: int) -> re.Match[str] | None:
    """A zone name or offset at ``pos`` (after spaces, perhaps in parentheses)."""
    while pos < limit and text[pos] in " (":
        pos += 1
    return _ZONE.match(text, pos, limit)


def _time_after(
    text: str, pos: int, limit: int, tables: _Tables
) -> tuple[dt.time, int, re.Match[str] | None] | None:
    """A time (and zone) starting soon after ``pos``, before ``limit``: (time, end, zone)."""
    lead = tables.time_lead.match(text, pos, limit)
    m = _TIME.match(text, lead.end() if lead else pos, limit)
    clock = _clock(m) if m is not None else None
    if m is None or clock is None:
        return None
    end = m.end()
    suffix = tables.time_suffix.match(text, end, limit)
    if suffix:
        end = suffix.end()
    z = _zone_at(text, end, limit)
    if z is not None:
        end = z.end() + (text[z.end() : z.end() + 1] == ")")
    return clock, end, z


_BEFORE_GAP = re.compile(
    r"[\s,|·•/-]*(?:(?:on|le|el|am|den)\s+)?(?:[^\W\d_]{2,9}\.?,?\s+){0,2}$", re.IGNORECASE
)


def _time_before(
    text: str, lo: int, start: int, tables: _Tables
) -> tuple[dt.time, int, re.Match[str] | None] | None:
    """A time (and zone) printed just before a date: ``3:04 p.m. ET March 3, 2023``,
    ``10:32 AM EST, Nov 4, 2022``; (time, where it starts, zone)."""
    window = text[lo:start]
    for m in reversed(list(_TIME.finditer(window))):
        if m["m"] is None and m["ampm"] is None:
            continue
        clock = _clock(m)
        if clock is None:
            return None
        z = _zone_at(window, m.end(), len(window))
        gap = window[z.end() if z is not None else m.end() :]
        if _BEFORE_GAP.match(gap) is None or not _only_weekdays(gap, tables):
            return None
        return clock, lo + m.start(), z
    return None


def _only_weekdays(gap: str, tables: _Tables) -> bool:
    """What stands between a time and its date: nothing, or weekdays and particles."""
    words = [w.casefold().rstrip(".,") for w in gap.split()]
    skip = {"on", "le", "el", "am", "den", "|", "-", "·", ")"}
    return all(not w or w in skip or w in tables.weekdays for w in words)


# --------------------------------------------------------------------------- finding dates


def _may_have_year(text: str) -> bool:
    # "1" / "2" membership is a memchr scan: far cheaper than the regex on text without digits
    return ("1" in text or "2" in text) and _HAS_YEAR.search(text) is not None


def _label(text: str, tables: _Tables) -> DateKind:
    if tables.modified.search(text):
        return DateKind.MODIFIED
    if tables.published.search(text):
        return DateKind.PUBLISHED
    return DateKind.UNLABELLED


def _with_time(
    text: str, found: tuple[dt.date, int, int], bounds: tuple[int, int], tables: _Tables
) -> tuple[dt.date, int, int, tuple[DateNote, ...]]:
    """The date with the time (and zone) printed after it, or else just before it."""
    day, start, end = found
    previous_end, limit = bounds
    if isinstance(day, dt.datetime):
        if day.tzinfo is not None:
            return day, start, end, ()
        z = _zone_at(text, end, limit)
        value, notes = _aware(day, z)
        return value, start, (z.end() if z is not None else end), notes
    timed = _time_after(text, end, limit, tables)
    if timed is not None:
        clock, end, z = timed
    else:
        timed = _time_before(text, previous_end, start, tables)
        if timed is None:
            return day, start, end, ()
        clock, start, z = timed
    value, notes = _aware(dt.datetime.combine(day, clock), z)
    return value, start, end, notes


def find_dates(text: str, language: str | None = None) -> list[FoundDate]:
    """Every date in ``text`` with its time and zone where they stand beside it, and its
    label; ``language`` (BCP 47) chooses month names and the day/month order."""
    if not _may_have_year(text):
        return []  # every form read here has a year
    return _found(unicodedata.normalize("NFC", text), _tables(language))


def _found(text: str, tables: _Tables) -> list[FoundDate]:
    matches = _date_matches(text, tables)
    out: list[FoundDate] = []
    for i, (day, date_start, date_end, notes) in enumerate(matches):
        limit = matches[i + 1][1] if i + 1 < len(matches) else len(text)
        previous_end = out[-1].end if out else 0
        value, start, end, zone_notes = _with_time(
            text, (day, date_start, date_end), (previous_end, limit), tables
        )
        kind = _label(text[previous_end:start], tables)
        out.append(FoundDate(value, start, end, kind, notes + zone_notes))
    return out


def parse_date(text: str, language: str | None = None) -> dt.date | None:
    """The first date in ``text`` (with its time and zone), or ``None``."""
    found = find_dates(text, language)
    return found[0].value if found else None


# --------------------------------------------------------------------------- date lines

_LEFTOVER_WORD = re.compile(r"[^\W\d_]+")
_MAX_DATE_LINE = 160
_MAX_NO_DATE_LINE = 80
_MAX_WORD_ONLY = 30
_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def _leftover(text: str, found: list[FoundDate], tables: _Tables) -> int:
    """How many words of ``text`` are neither dates, labels nor fillers."""
    rest = []
    cursor = 0
    for f in found:
        rest.append(text[cursor : f.start])
        cursor = f.end
    rest.append(text[cursor:])
    leftover = tables.published.sub(" ", tables.modified.sub(" ", " ".join(rest)))
    return sum(w.casefold() not in tables.skip for w in _LEFTOVER_WORD.findall(leftover))


_UNREAD_WORDS = 3
"""Words a date's forms read that the word list does not know (a Burmese month, "de")."""
_MAX_LEFTOVER = 3
_MARKUP_WORDS = 4
"""Words of a link's target in raw text (``https``, a host)."""


def _relative_word(text: str, tables: _Tables) -> bool:
    words = tables.relative_words
    return any(token.strip(_PUNCTUATION) in words for token in text.casefold().split())


def _no_date(text: str, tables: _Tables) -> DateLine | None:
    """``2 hours ago``, ``Updated 3:45 PM ET``, ``vor 5 Minuten``: a line that dates the
    article without a date. It says so (a note) and invents nothing."""
    rest = tables.published.sub(" ", tables.modified.sub(" ", text))
    rest = rest.strip(" :|·•-–—,.")
    lead = tables.time_lead.match(rest)
    # a label, or a word that introduces a time ("at 5:11 AM"), says the line dates something
    labelled = rest != text.strip(" :|·•-–—,.") or (
        lead is not None and lead.group(0).strip() != ""
    )
    relative = tables.relative.match(rest)
    if relative is not None:
        rest = rest[relative.end() :]
    elif not labelled:
        return None
    timed = _time_after(rest, 0, len(rest), tables)
    if timed is not None:
        rest = rest[timed[1] :]
    elif relative is None:
        return None
    if rest.strip(" ,.;|·•()-–—"):
        return None
    return DateLine(None, None, (DateNote(DateIssue.NO_DATE, text.strip()),))


def date_line_words(language: str | None = None) -> frozenset[str]:
    """Every word (lower case) a date line may hold besides its numbers: month and
    weekday names, labels (``Published``), fillers, zone names, relative-time words."""
    return _tables(language).date_line_words


def may_be_date_line(text: str, language: str | None = None) -> bool:
    """A quick test on raw text: ``False`` when :func:`read_date_line` would surely say
    ``None`` (too long, no year and no digit on a line too long for a word alone, or
    too many words no date line holds)."""
    if len(text) > _MAX_DATE_LINE:
        return False
    if not _may_have_year(text) and not (
        len(text) <= _MAX_WORD_ONLY or (len(text) <= _MAX_NO_DATE_LINE and _has_digit(text))
    ):
        return False
    limit = _MAX_LEFTOVER + _UNREAD_WORDS + _MARKUP_WORDS
    return not _too_wordy(text, _tables(language), limit)


_PUNCTUATION = " \t.,;:|·•()[]*_-–—!?\"'“”«»/"


def _too_wordy(text: str, tables: _Tables, limit: int) -> bool:
    """More than ``limit`` words that no date line holds (counting stops there)."""
    known = tables.date_line_words
    unknown = 0
    for token in text.casefold().split():
        word = token.strip(_PUNCTUATION)
        if word.isalpha() and word not in known:
            unknown += 1
            if unknown > limit:
                return True
    return False


def read_date_line(
    text: str, language: str | None = None, *, max_leftover: int = 3
) -> DateLine | None:
    """Read a line that holds dates and little else (labels, weekdays, separators).

    ``None`` when the line has no date or too many other words to be a date line. A
    line with a relative time or a time alone (``2 hours ago``) gives a line with no
    date and a :attr:`DateIssue.NO_DATE` note.
    """
    if len(text) > _MAX_DATE_LINE:
        return None  # (and no long text kept in the cache)
    return _read_date_line(text, language, max_leftover)


_PY_DATE = re.compile(
    r"(?:datetime\.)?(?P<kind>datetime|date)\((?P<args>\d{4}(?:,\s?\d{1,9}){2,6})"
)
"""A date as a script printed Python's object: ``datetime.datetime(2024, 6, 19, 21, 48,``."""
_TZ_OFFSET = re.compile(r"tzoffset\((?:None|'[^']{0,40}'|\"[^\"]{0,40}\"),\s?(?P<s>-?\d{1,6})\)")
_TZ_DELTA = re.compile(r"(?P<unit>days|seconds|hours|minutes)=(?P<n>-?\d{1,6})")
_TZ_UTC = ("tzutc()", "timezone.utc", "zoneinfo(key='utc')", "tz=utc", "tzinfo=<utc>")


def _python_dates(text: str) -> str:
    """Each Python ``datetime``/``date`` repr in ``text`` as ISO 8601, its ``tzinfo`` as an
    offset (``tzoffset(None, -14400)`` -> ``-04:00``; ``tzlocal()`` gives none)."""
    out, pos = [], 0
    for m in _PY_DATE.finditer(text):
        end = _closing(text, m.start("args"))
        if end < 0:
            continue
        numbers = [int(n) for n in m.group("args").split(",")]
        if m.group("kind") == "date":
            iso = "{:04d}-{:02d}-{:02d}".format(*numbers[:3])
        else:
            parts = [*numbers[:6], 0, 0, 0][:6]
            iso = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}".format(*parts)
            iso += _py_offset(text[m.end("args") : end])
        out.append(text[pos : m.start()] + iso)
        pos = end + 1
    return "".join(out) + text[pos:] if out else text


def _closing(text: str, start: int) -> int:
    """Where the parenthesis open before ``start`` closes; -1 when it does not."""
    depth = 1
    for i in range(start, min(len(text), start + 300)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return -1


def _py_offset(rest: str) -> str:
    low = rest.casefold().replace(" ", "")
    if any(utc in low for utc in _TZ_UTC):
        return "+00:00"
    found = _TZ_OFFSET.search(rest)
    if found is not None:
        seconds = int(found.group("s"))
    elif "timedelta(" in rest:
        scale = {"days": 86400, "hours": 3600, "minutes": 60, "seconds": 1}
        seconds = sum(scale[d.group("unit")] * int(d.group("n")) for d in _TZ_DELTA.finditer(rest))
    else:
        return ""  # no zone, or the machine's own (tzlocal())
    sign = "-" if seconds < 0 else "+"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


@functools.lru_cache(maxsize=4096)
def _read_date_line(text: str, language: str | None, max_leftover: int) -> DateLine | None:
    """:func:`read_date_line`, cached: the reader asks about the same short lines more
    than once, and the same lines recur from article to article."""
    if "date" in text and "(" in text:
        text = _python_dates(text)
    tables = _tables(language)
    if _too_wordy(text, tables, max_leftover + _UNREAD_WORDS):
        return None  # the quick test: far too many words that no date line holds
    if not _may_have_year(text):
        return _yearless_line(text, tables)
    text = unicodedata.normalize("NFC", text)
    found = _found(text, tables)
    if not found or _leftover(text, found, tables) > max_leftover:
        return None
    return _date_line_of(found)


def _yearless_line(text: str, tables: _Tables) -> DateLine | None:
    """A line with no year: a relative time or a time alone, or ``None``. A time or an
    amount has digits; "yesterday", "gestern" alone are short and hold a word of a
    relative time."""
    if len(text) > _MAX_NO_DATE_LINE:
        return None
    if not _has_digit(text) and (len(text) > _MAX_WORD_ONLY or not _relative_word(text, tables)):
        return None
    return _no_date(text, tables)


def _date_line_of(found: list[FoundDate]) -> DateLine:
    """Labelled dates where they are, the unlabelled ones first published, then modified."""
    published = next((f.value for f in found if f.kind is DateKind.PUBLISHED), None)
    modified = next((f.value for f in found if f.kind is DateKind.MODIFIED), None)
    unlabelled = [f.value for f in found if f.kind is DateKind.UNLABELLED]
    if published is None and unlabelled:
        published = unlabelled.pop(0)
    if modified is None and unlabelled:
        modified = unlabelled.pop(0)
    notes = tuple(n for f in found for n in f.notes)
    return DateLine(published, modified, notes)
