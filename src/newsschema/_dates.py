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

A table of month names is written here rather than taken from a date library:
the libraries that know many languages are slow to import and to run, and
guess missing parts (a year, a zone) that an article's metadata must not
invent.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import unicodedata
from typing import Any

import attrs

__all__ = [
    "DateKind",
    "FoundDate",
    "find_dates",
    "from_iso",
    "from_iso_basic",
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


# --------------------------------------------------------------------------- month names

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (
        "january",
        "jan",
        "januar",
        "jänner",
        "janvier",
        "janv",
        "enero",
        "ene",
        "gennaio",
        "gen",
        "janeiro",
        "januari",
        "januar",
        "styczeń",
        "stycznia",
        "leden",
        "ledna",
        "ocak",
        "январь",
        "января",
        "янв",
        "січень",
        "січня",
        "studeni",
    ),
    2: (
        "february",
        "feb",
        "februar",
        "février",
        "fevrier",
        "févr",
        "fevr",
        "fév",
        "febrero",
        "febbraio",
        "fevereiro",
        "fev",
        "februari",
        "luty",
        "lutego",
        "únor",
        "února",
        "şubat",
        "февраль",
        "февраля",
        "фев",
        "февр",
        "лютий",
        "лютого",
    ),
    3: (
        "march",
        "mar",
        "märz",
        "maerz",
        "mär",
        "mrz",
        "mars",
        "marzo",
        "março",
        "marco",
        "maart",
        "mrt",
        "marzec",
        "marca",
        "březen",
        "března",
        "mart",
        "март",
        "марта",
        "мар",
        "березень",
        "березня",
    ),
    4: (
        "april",
        "apr",
        "avril",
        "avr",
        "abril",
        "abr",
        "aprile",
        "kwiecień",
        "kwietnia",
        "duben",
        "dubna",
        "nisan",
        "апрель",
        "апреля",
        "апр",
        "квітень",
        "квітня",
    ),
    5: (
        "may",
        "mai",
        "mayo",
        "maggio",
        "mag",
        "maio",
        "mei",
        "maj",
        "maja",
        "květen",
        "května",
        "mayıs",
        "май",
        "мая",
        "травень",
        "травня",
    ),
    6: (
        "june",
        "jun",
        "juni",
        "juin",
        "junio",
        "giugno",
        "giu",
        "junho",
        "czerwiec",
        "czerwca",
        "červen",
        "června",
        "haziran",
        "июнь",
        "июня",
        "июн",
        "червень",
        "червня",
    ),
    7: (
        "july",
        "jul",
        "juli",
        "juillet",
        "juil",
        "julio",
        "luglio",
        "lug",
        "julho",
        "lipiec",
        "lipca",
        "červenec",
        "července",
        "temmuz",
        "июль",
        "июля",
        "июл",
        "липень",
        "липня",
    ),
    8: (
        "august",
        "aug",
        "août",
        "aout",
        "agosto",
        "ago",
        "augustus",
        "sierpień",
        "sierpnia",
        "srpen",
        "srpna",
        "ağustos",
        "август",
        "августа",
        "авг",
        "серпень",
        "серпня",
    ),
    9: (
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "setiembre",
        "set",
        "settembre",
        "setembro",
        "wrzesień",
        "września",
        "září",
        "eylül",
        "сентябрь",
        "сентября",
        "сен",
        "сент",
        "вересень",
        "вересня",
    ),
    10: (
        "october",
        "oct",
        "oktober",
        "okt",
        "octobre",
        "octubre",
        "ottobre",
        "ott",
        "outubro",
        "out",
        "październik",
        "października",
        "říjen",
        "října",
        "ekim",
        "октябрь",
        "октября",
        "окт",
        "жовтень",
        "жовтня",
    ),
    11: (
        "november",
        "nov",
        "novembre",
        "noviembre",
        "novembro",
        "listopad",
        "listopada",
        "listopadu",
        "kasım",
        "ноябрь",
        "ноября",
        "ноя",
        "нояб",
        "листопада",
        "листопад",
    ),
    12: (
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
        "grudzień",
        "grudnia",
        "prosinec",
        "prosince",
        "aralık",
        "декабрь",
        "декабря",
        "дек",
        "грудень",
        "грудня",
    ),
}
MONTHS: dict[str, int] = {name: num for num, names in _MONTH_NAMES.items() for name in names}

_WEEKDAYS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "lunes",
        "martes",
        "miércoles",
        "miercoles",
        "jueves",
        "viernes",
        "sábado",
        "sabado",
        "domingo",
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
        "segunda",
        "terça",
        "quarta",
        "quinta",
        "sexta",
        "понедельник",
        "вторник",
        "среда",
        "четверг",
        "пятница",
        "суббота",
        "воскресенье",
    ]
)

# Words that may surround a date on a date line without making it prose.
_FILLER = frozenset(
    [
        "at",
        "on",
        "the",
        "le",
        "la",
        "de",
        "del",
        "el",
        "am",
        "um",
        "uhr",
        "à",
        "a",
        "o",
        "as",
        "às",
        "в",
        "г",
        "года",
        "р.",
        "року",
        "in",
        "of",
        "h",
        "hrs",
        "hs",
        "et",
        "y",
        "e",
        "and",
        "und",
    ]
)


def _trie_pattern(words: list[str]) -> str:
    """One regex alternation for ``words`` that shares their common prefixes.

    A flat alternation of 250 month names tries each name at every position of the text
    (seconds on a page of digits); a trie tries one branch per letter. Longer names are
    still preferred, as a flat alternation sorted longest first does.
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


_MONTH_ALT = _trie_pattern(list(MONTHS))
_MONTH = rf"(?P<month>{_MONTH_ALT})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

# Month-name forms: "November 4, 2022", "Nov. 4 2022", "4 November 2022", "4. November 2022",
# "3 de mayo de 2022", "20 сентября 2020 г.", "le 23 octobre 2020".
_NAMED = [
    re.compile(rf"(?<!\w){_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.IGNORECASE),
    re.compile(
        rf"(?<![\w.]){_DAY}\s*(?:de\s+|of\s+)?{_MONTH},?\s+(?:de\s+|del\s+)?{_YEAR}(?!\d)",
        re.IGNORECASE,
    ),
]
_NUMERIC = [
    # 2022-11-04 with optional time and offset
    re.compile(
        r"(?<!\d)(?P<iso>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?"
        r"(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?))?)?)(?![\d-])"
    ),
    # 04.11.2022 (day first, as Europe writes it) and 2022/11/04
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?!\d)"),
    # 11/04/2022: month first in English, day first elsewhere (unless the first part is > 12)
    re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?!\d)"),
]

# Times: "10:32", "10:32:05", "5:04 pm", "11:30 p.m.", "10h03", "23.32 Uhr"
_TIME = re.compile(
    r"(?<![\d:.])(?P<h>[0-2]?\d)(?:(?::|h|\.(?=\d\d\s*(?:uhr|h\b)))(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
    r"|(?=\s*[ap]\.?\s?m\b))"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?",
    re.IGNORECASE,
)
# printed zone names that stand for two offsets (daylight saving) or several zones
_AMBIGUOUS_ZONES = frozenset({"ET", "CT", "MT", "PT", "IST", "AST"})
_ZONE_NAMES: dict[str, int] = {
    # minutes east of UTC; only abbreviations that name one offset unambiguously
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "WEST": 60,
    "BST": 60,
    "CET": 60,
    "CEST": 120,
    "MEZ": 60,
    "MESZ": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "AKDT": -480,
    "HST": -600,
    "AEST": 600,
    "AEDT": 660,
    "ACST": 570,
    "AWST": 480,
    "NZST": 720,
    "NZDT": 780,
    "JST": 540,
    "KST": 540,
    "HKT": 480,
    "SGT": 480,
    "PHT": 480,
    "WIB": 420,
}
_ZONE = re.compile(
    r"(?<![\w+-])(?:(?P<name>" + "|".join(sorted(_ZONE_NAMES, key=len, reverse=True)) + r")"
    r"(?:\s*(?P<nsign>[+-])\s*(?P<nh>\d{1,2})(?::?(?P<nm>\d{2}))?)?"
    r"|(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2}))(?![\w])"
)


class DateKind(enum.Enum):
    """What a label says a date is."""

    PUBLISHED = "published"
    MODIFIED = "modified"
    UNLABELLED = "unlabelled"


_MODIFIED_LABEL = re.compile(
    r"(?:updated|last\s+updated|last\s+modified|modified|revised|edited|mis\s+à\s+jour|modifié"
    r"|actualisé|aktualisiert|geändert|actualizado|actualización|modificado|aggiornato"
    r"|atualizado|bijgewerkt|обновлено|обновлен|изменено|оновлено|zaktualizowano)\b",
    re.IGNORECASE,
)
_PUBLISHED_LABEL = re.compile(
    r"(?:published|posted|first\s+published|publication\s+date|date|publié|publiée|mis\s+en\s+ligne"
    r"|veröffentlicht|publiziert|erschienen|publicado|publicada|fecha|pubblicato|publicação"
    r"|gepubliceerd|опубликовано|опубликован|дата|опубліковано|opublikowano)\b",
    re.IGNORECASE,
)


@attrs.frozen
class FoundDate:
    """A date found in a line, where it stands, and what its label says it is."""

    value: dt.date
    start: int
    end: int
    kind: DateKind


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _year_ok(year: int) -> bool:
    return 1800 <= year <= 2100


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    if not _year_ok(year):
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date_matches(text: str, language: str | None) -> list[tuple[dt.date, int, int]]:
    found: list[tuple[dt.date, int, int]] = []
    # 1 where a date was read: a lookup per match, not a walk over every earlier match
    taken = bytearray(len(text))

    def free(start: int, end: int) -> bool:
        return taken.find(1, start, end) == -1

    def take(start: int, end: int) -> None:
        taken[start:end] = b"\x01" * (end - start)

    for rx in _NUMERIC:
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            groups = m.groupdict()
            value: dt.date | None
            if groups.get("iso"):
                try:
                    value = from_iso(groups["iso"].replace(",", "."))
                except ValueError:
                    value = None
            elif groups.get("a"):
                a, b = int(groups["a"]), int(groups["b"])
                month_first = (language or "en").startswith("en") and a <= 12
                if a > 12:
                    month_first = False
                elif b > 12:
                    month_first = True
                value = _make_date(int(groups["year"]), *((a, b) if month_first else (b, a)))
            else:
                value = _make_date(int(groups["year"]), int(groups["month"]), int(groups["day"]))
            if value is not None:
                found.append((value, m.start(), m.end()))
                take(m.start(), m.end())
    for rx in _NAMED:
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            month = MONTHS.get(m["month"].lower().rstrip("."))
            if month is None:
                continue
            value = _make_date(int(m["year"]), month, int(m["day"]))
            if value is not None:
                found.append((value, m.start(), m.end()))
                take(m.start(), m.end())
    found.sort(key=lambda f: f[1])
    return found


_TIME_LEAD = re.compile(
    r"[\s,|·•/-]*(?:(?:at|à|a\s+las|a\s+la|um|alle|às|в|o|kl\.?|,)\s*)?", re.IGNORECASE
)
_CLOCK_SUFFIX = re.compile(r"\s*(?:uhr|h|hrs|horas|ч\.?)\b\.?", re.IGNORECASE)
_ZONE_LEAD = re.compile(r"\s*\(?")


def _time_after(text: str, pos: int, limit: int) -> tuple[dt.time, int, dt.tzinfo | None] | None:
    """A time (and zone) starting soon after ``pos``, before ``limit``: (time, end, zone)."""
    window = text[pos:limit]
    lead = _TIME_LEAD.match(window)
    offset = lead.end() if lead else 0
    m = _TIME.match(window, offset)
    clock = _clock(m) if m is not None else None
    if m is None or clock is None:
        return None
    end = pos + m.end()
    rest = text[end:limit]
    suffix = _CLOCK_SUFFIX.match(rest)
    if suffix:
        end += suffix.end()
        rest = text[end:limit]
    zone: dt.tzinfo | None = None
    zm = _ZONE_LEAD.match(rest)
    z = _ZONE.match(rest, zm.end() if zm else 0)
    if z is not None:
        zone = _zone_from_match(z)
        if zone is not None:
            end += z.end()
            if rest[z.end() : z.end() + 1] == ")":
                end += 1
    return clock, end, zone


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


_BEFORE_GAP = re.compile(
    r"[\s,|·•/-]*(?:(?:on|le|el|am|den)\s+)?(?:[^\W\d_]{2,9}\.?,?\s+){0,2}$", re.IGNORECASE
)


def _time_before(text: str, lo: int, start: int) -> tuple[dt.time, int, dt.tzinfo | None] | None:
    """A time (and zone) printed just before a date: ``3:04 p.m. ET March 3, 2023``,
    ``10:32 AM EST, Fri Nov 4, 2022``; (time, where it starts, zone)."""
    window = text[lo:start]
    for m in reversed(list(_TIME.finditer(window))):
        if m["m"] is None and m["ampm"] is None:
            continue
        clock = _clock(m)
        if clock is None:
            return None
        rest_at = m.end()
        zone: dt.tzinfo | None = None
        z = _ZONE.match(window, rest_at + len(window[rest_at:]) - len(window[rest_at:].lstrip()))
        if z is not None:
            zone = _zone_from_match(z)
            rest_at = z.end()
        gap = window[rest_at:]
        if _BEFORE_GAP.match(gap) is None or (gap.strip(" ,") and _weekday_or_zone(gap) is False):
            return None
        return clock, lo + m.start(), zone
    return None


def _weekday_or_zone(gap: str) -> bool:
    """What stands between a time and its date: nothing, a weekday, or a zone we cannot read."""
    words = [w.lower().rstrip(".,") for w in gap.split()]
    words = [w for w in words if w not in {"on", "le", "el", "am", "den", "|", "-", "·"}]
    return all(w in _WEEKDAYS or w.upper() in _AMBIGUOUS_ZONES for w in words)


def _zone_from_match(z: re.Match[str]) -> dt.tzinfo | None:
    if z["name"]:
        minutes = _ZONE_NAMES[z["name"]]
        if z["nsign"]:
            # "UTC+3", "GMT-05:00": the explicit offset counts, not the name
            minutes = (1 if z["nsign"] == "+" else -1) * (int(z["nh"]) * 60 + int(z["nm"] or 0))
        if abs(minutes) >= 24 * 60:
            return None
        return dt.timezone(dt.timedelta(minutes=minutes))
    hours, mins = int(z["oh"]), int(z["om"])
    if hours > 23 or mins > 59:
        return None
    sign = 1 if z["sign"] == "+" else -1
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=mins))


_SPACES = re.compile(r"\s*")


def _skip_spaces(text: str, pos: int) -> int:
    """Where the white space at ``pos`` ends (without copying the rest of the text)."""
    m = _SPACES.match(text, pos)
    return m.end() if m else pos


_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _may_have_year(text: str) -> bool:
    # "1" / "2" membership is a memchr scan: far cheaper than the regex on text without digits
    return ("1" in text or "2" in text) and _HAS_YEAR.search(text) is not None


def find_dates(
    text: str, language: str | None = None, *, limit: int | None = None
) -> list[FoundDate]:
    """Every date in ``text`` (the first ``limit`` ones) with its time and zone where they
    follow it, and its label."""
    if not _may_have_year(text):
        return []  # every form read here has a four-digit year
    text = _fold(text)
    matches = _date_matches(text, language)
    out: list[FoundDate] = []
    for i, (day, date_start, date_end) in enumerate(matches):
        if limit is not None and len(out) >= limit:
            break
        start, end = date_start, date_end
        limit = matches[i + 1][1] if i + 1 < len(matches) else len(text)
        value: dt.date = day
        previous_end = out[-1].end if out else 0
        if not isinstance(day, dt.datetime):
            timed = _time_after(text, end, limit)
            before = None if timed is not None else _time_before(text, previous_end, start)
            if timed is not None:
                time, end, zone = timed
                value = dt.datetime.combine(day, time, tzinfo=zone)
            elif before is not None:
                time, start, zone = before
                value = dt.datetime.combine(day, time, tzinfo=zone)
        elif day.tzinfo is None:
            z = _ZONE.match(text, _skip_spaces(text, end))
            if z is not None and (zone := _zone_from_match(z)) is not None:
                value = day.replace(tzinfo=zone)
                end = z.end()
        label_zone = text[previous_end:start]
        kind = DateKind.UNLABELLED
        if _MODIFIED_LABEL.search(label_zone):
            kind = DateKind.MODIFIED
        elif _PUBLISHED_LABEL.search(label_zone):
            kind = DateKind.PUBLISHED
        out.append(FoundDate(value, start, end, kind))
    return out


def parse_date(text: str, language: str | None = None) -> dt.date | None:
    """The first date in ``text`` (with its time and zone), or ``None``."""
    found = find_dates(text, language, limit=1)
    return found[0].value if found else None


_LEFTOVER_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@attrs.frozen
class DateLine:
    """What a line that is only dates says: publication and modification."""

    published: dt.date | None
    modified: dt.date | None


@functools.lru_cache(maxsize=256)
def read_date_line(
    text: str, language: str | None = None, *, max_leftover: int = 3
) -> DateLine | None:
    """Read a line that holds dates and little else (labels, weekdays, separators).

    ``None`` when the line has no date or too many other words to be a date line.
    """
    if len(text) > 160 or not _may_have_year(text):
        return None
    text = _fold(text)
    found = find_dates(text, language)
    if not found:
        return None
    rest = []
    cursor = 0
    for f in found:
        rest.append(text[cursor : f.start])
        cursor = f.end
    rest.append(text[cursor:])
    leftover_text = " ".join(rest)
    leftover_text = _MODIFIED_LABEL.sub(" ", leftover_text)
    leftover_text = _PUBLISHED_LABEL.sub(" ", leftover_text)
    words = [w.lower() for w in _LEFTOVER_WORD.findall(leftover_text)]
    words = [
        w
        for w in words
        if w not in _WEEKDAYS
        and w not in _FILLER
        and w not in _ZONE_NAMES
        and w.upper() not in _ZONE_NAMES
        and w.upper() not in _AMBIGUOUS_ZONES
        and w not in {"last", "first", "time"}
    ]
    if len(words) > max_leftover:
        return None
    published = next((f.value for f in found if f.kind is DateKind.PUBLISHED), None)
    modified = next((f.value for f in found if f.kind is DateKind.MODIFIED), None)
    unlabelled = [f.value for f in found if f.kind is DateKind.UNLABELLED]
    if published is None and unlabelled:
        published = unlabelled.pop(0)
    if modified is None and unlabelled:
        modified = unlabelled.pop(0)
    if published is None and modified is not None and len(found) == 1:
        # "Updated: 4 Nov" alone: the only date shown is a modification date
        return DateLine(None, modified)
    return DateLine(published, modified)
