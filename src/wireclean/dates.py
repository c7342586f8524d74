"""Read dates and times as news pages print them.

``read_timestamp`` decides whether a whole line is a timestamp ("August 12, 2010 /
3:06 PM / 9 years ago", "Tue Sep 26, 2012 10:56am EDT", "Published 3:06 PM ET Thu, 12
Aug 2010", "2019-11-19T00:21:00Z", "03.05.2024, 17:27 Uhr") and, if so, what moment it
names. A zone gives an aware datetime; no zone gives a naive one. Relative parts ("9
years ago", "Updated 14 hours ago") are part of the line but name no moment.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import regex

from wireclean import patterns

__all__ = ["Timestamp", "read_timestamp", "us_offset"]

#: Longest line considered a timestamp line.
_MAX_LEN = 100
_RELATIVE_UNITS = frozenset(
    "year years month months week weeks day days hour hours hr hrs minute minutes min mins "
    "second seconds".split()
)
_DIGIT = regex.compile(r"[0-9]")
#: The kind of a timestamp token by the name of the last group its match closed: each
#: group of ``TIMESTAMP_TOKEN`` lies inside one alternative ("isozone" in "iso").
_KIND_OF_GROUP = {
    "iso": "iso", "isozone": "iso", "dmy": "dmy", "time": "time", "ampm": "time",
    "num": "num", "word": "word", "sep": "sep", "space": "space",
}  # fmt: skip
_US_STANDARD = {"et": -300, "ct": -360, "mt": -420, "pt": -480}


@dataclass(frozen=True, slots=True)
class Timestamp:
    """Hold what a timestamp line says: the moment (or None when it names none)."""

    moment: datetime | None
    has_time: bool


@functools.lru_cache(maxsize=8192)
def read_timestamp(line: str) -> Timestamp | None:
    """Return the timestamp a whole line states, or None when the line is not one.

    >>> read_timestamp("August 12, 2010 / 3:06 PM / 9 years ago").moment
    datetime.datetime(2010, 8, 12, 15, 6)
    >>> read_timestamp("Al Qaeda gets help from Mali officials") is None
    True

    Cached: the page and timestamp filters both ask about the same lines.
    """
    if len(line) > _MAX_LEN or not line[:1].isalnum() or _DIGIT.search(line) is None:
        return None  # every timestamp has a number
    tokens: list[tuple[str, str, regex.Match[str]]] = []
    pos = 0
    for m in patterns.TIMESTAMP_TOKEN.finditer(line):
        if m.start() != pos:
            return None
        pos = m.end()
        kind = _KIND_OF_GROUP[m.lastgroup or ""]
        if kind == "space":
            continue
        text = m.group()
        if kind == "word" and not _known_word(text.lower()):
            return None  # what _interpret would say: no need to read the rest of the line
        tokens.append((kind, text, m))
    if pos != len(line) or not tokens:
        return None
    try:
        return _interpret(tokens)
    except ValueError:  # a number no calendar has
        return None


#: Every word a timestamp line may hold (``_interpret`` rejects a line with any other).
_KNOWN_WORDS = frozenset(
    (*patterns.MONTHS, *patterns.ZONES, *patterns.WEEKDAYS, *patterns.TIMESTAMP_WORDS, "am", "pm")
) | {"a.m", "p.m"}


def _known_word(low: str) -> bool:
    return low in _KNOWN_WORDS or low.rstrip(".") in _KNOWN_WORDS


def _interpret(tokens: list[tuple[str, str, regex.Match[str]]]) -> Timestamp | None:
    year = month = day = None
    hour = minute = second = None
    ampm: str | None = None
    offset: int | None = None
    us_zone: str | None = None
    skip_next_unit = False
    for i, (kind, text, match) in enumerate(tokens):
        low = text.lower()
        if kind == "word":
            if low in patterns.MONTHS or low.rstrip(".") in patterns.MONTHS:
                if month is None:
                    month = patterns.MONTHS.get(low, patterns.MONTHS.get(low.rstrip(".")))
            elif low in patterns.ZONES or low.rstrip(".") in patterns.ZONES:
                zone = low.rstrip(".")
                offset = patterns.ZONES[zone]
                us_zone = zone if offset is None else None
            elif low.rstrip(".") in ("am", "pm", "a.m", "p.m"):
                ampm = low[0]
            elif (
                (low in _RELATIVE_UNITS and skip_next_unit)
                or low in patterns.WEEKDAYS
                or low.rstrip(".") in patterns.WEEKDAYS
            ):
                pass
            elif low not in patterns.TIMESTAMP_WORDS and low.rstrip(".") not in (
                patterns.TIMESTAMP_WORDS
            ):
                return None
            skip_next_unit = False
        elif kind == "num":
            value = int(match.group("num") or 0)
            nxt = tokens[i + 1][1].lower() if i + 1 < len(tokens) else ""
            if nxt in _RELATIVE_UNITS:
                skip_next_unit = True
            elif 1000 <= value <= 2200 and year is None:
                year = value
            elif 1 <= value <= 31 and day is None:
                day = value
            else:
                return None
        elif kind == "iso":
            year, month, day = (int(p) for p in text[:10].split("-"))
            if len(text) > 10:
                hour, minute = int(text[11:13]), int(text[14:16])
                second = int(text[17:19]) if len(text) > 18 and text[16] == ":" else 0
                iso_zone = match.group("isozone")
                if iso_zone:
                    offset = 0 if iso_zone in ("Z", "z") else _zone_minutes(iso_zone)
        elif kind == "dmy":
            day, month, year = (int(p) for p in text.split("."))
            year += 2000 if year < 100 else 0
        elif kind == "time":
            if hour is not None:
                continue  # a second clock time (an update time) adds nothing
            clock = (match.group("time") or "").replace(".", ":").split(":")
            hour, minute = int(clock[0]), int(clock[1])
            second = int(clock[2]) if len(clock) > 2 else 0
            if match.group("ampm"):
                ampm = match.group("ampm")[0].lower()
    if year is None or month is None or day is None:
        return None
    try:
        when = date(year, month, day)
        if hour is None:
            return Timestamp(datetime(when.year, when.month, when.day), has_time=False)
        if ampm == "p" and hour < 12:
            hour += 12
        elif ampm == "a" and hour == 12:
            hour = 0
        moment = datetime(year, month, day, hour, minute or 0, second or 0)
    except ValueError:
        return None
    if us_zone is not None:
        offset = us_offset(us_zone, moment)
    if offset is not None:
        moment = moment.replace(tzinfo=timezone(timedelta(minutes=offset)))
    return Timestamp(moment, has_time=True)


def _zone_minutes(zone: str) -> int:
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return sign * (int(digits[:2]) * 60 + int(digits[2:4]))


def us_offset(zone: str, local: datetime) -> int:
    """Return the UTC offset in minutes of a US zone ("et", "ct", "mt", "pt") at ``local``.

    >>> us_offset("et", datetime(2010, 8, 12, 15, 6))
    -240
    """
    standard = _US_STANDARD[zone]
    year = local.year
    if year >= 2007:  # second Sunday of March to first Sunday of November
        begin = _nth_sunday(year, 3, 2)
        end = _nth_sunday(year, 11, 1)
    else:  # first Sunday of April to last Sunday of October
        begin = _nth_sunday(year, 4, 1)
        end = _nth_sunday(year, 11, 1) - timedelta(days=7)
    begin_at = datetime(begin.year, begin.month, begin.day, 2)
    end_at = datetime(end.year, end.month, end.day, 2)
    return standard + 60 if begin_at <= local < end_at else standard


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
