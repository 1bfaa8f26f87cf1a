"""Time zone abbreviations as articles print them.

An abbreviation becomes an offset only where it names one: ``EDT`` is always
UTC-4, ``MESZ`` always UTC+2. A US region name without the season (``ET``,
``PT``) names the standard or the daylight offset by the date, which the US
rules decide (:func:`us_offset`). Names that stand for zones on different
continents (``IST``, ``CST``, ``BST``, ``AST``) stay unread: the time is kept
local and the reader says so.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["AMBIGUOUS", "FIXED", "US_REGIONS", "us_offset"]

FIXED: dict[str, int] = {
    # minutes east of UTC
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEZ": 0, "WEST": 60, "WESZ": 60,
    "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180,
    "OEZ": 120, "OESZ": 180, "MSK": 180, "MSD": 240, "SAMT": 240, "YEKT": 300,
    "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
    "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600, "NST": -210, "NDT": -150,
    "ADT": -180, "AEST": 600, "AEDT": 660, "ACST": 570, "ACDT": 630, "AWST": 480,
    "NZST": 720, "NZDT": 780, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480,
    "PHT": 480, "PHST": 480, "WIB": 420, "WITA": 480, "WIT": 540, "ICT": 420, "PKT": 300,
    "NPT": 345, "TRT": 180, "IRST": 210, "GST": 240, "EAT": 180, "CAT": 120,
    "WAT": 60, "SAST": 120, "ART": -180, "BRT": -180, "CLT": -240, "COT": -300, "PET": -300,
    "VET": -240,
}  # fmt: skip
"""Abbreviations that name one offset."""

US_REGIONS: dict[str, int] = {"ET": -300, "CT": -360, "MT": -420, "PT": -480}
"""US region names: the standard offset; daylight time adds an hour."""

AMBIGUOUS = frozenset({"IST", "CST", "BST", "AST", "CCT", "ECT", "MET", "SST", "AMT", "IDT"})
"""Abbreviations for several zones: never read as an offset."""


def _nth_sunday(year: int, month: int, nth: int) -> dt.date:
    """The ``nth`` Sunday of a month; ``nth`` = -1 for the last."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _us_daylight(when: dt.datetime) -> bool | None:
    """Whether US daylight time was in force at local time ``when``; ``None`` where the
    rules were not those of today's federal law (before 1967) or in the repeated hour."""
    year = when.year
    if year >= 2007:
        start, end = _nth_sunday(year, 3, 2), _nth_sunday(year, 11, 1)
    elif year >= 1987:
        start, end = _nth_sunday(year, 4, 1), _nth_sunday(year, 10, -1)
    elif year >= 1967:
        start, end = _nth_sunday(year, 4, -1), _nth_sunday(year, 10, -1)
    else:
        return None
    begins = dt.datetime.combine(start, dt.time(2))
    ends = dt.datetime.combine(end, dt.time(2))
    if ends - dt.timedelta(hours=1) <= when < ends:
        return None  # the hour that happens twice: either offset
    return begins <= when < ends


def us_offset(region: str, when: dt.datetime) -> int | None:
    """Minutes east of UTC of US region ``region`` (``ET``, ``PT`` …) at local time ``when``."""
    daylight = _us_daylight(when)
    if daylight is None:
        return None
    return US_REGIONS[region] + (60 if daylight else 0)
