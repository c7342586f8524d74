"""Read dates and times as news pages print them.

``read_timestamp`` decides whether a whole line is a timestamp ("August 12, 2010 /
3:06 PM / 9 years ago", "Tue Sep 26, 2012 10:56am EDT", "Published 3:06 PM ET Thu, 12
Aug 2010", "2019-11-19T00:21:00Z", "03.05.2024, 17:27 Uhr") and, if so, what moment it
names. A zone gives an aware datetime; no zone gives a naive one. Relative parts ("9
years ago", "Updated 14 hours ago") are part of the line but name no moment.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import TypeAlias

import regex

from wireclean import patterns

__all__ = [
    "Timestamp",
    "find_timestamp",
    "label_of",
    "may_be_timestamp",
    "read_timestamp",
    "trailing_timestamp",
    "us_offset",
]

#: Longest line considered a timestamp line.
_MAX_LEN = 100
_RELATIVE_UNITS = frozenset(
    "year years month months week weeks day days hour hours hr hrs minute minutes min mins "
    "second seconds minuten minuti minutos minutter minuter".split()
)
_DIGIT = regex.compile(r"[0-9]")
#: The kind of a timestamp token by the name of the last group its match closed: each
#: group of ``TIMESTAMP_TOKEN`` lies inside one alternative ("isozone" in "iso").
_KIND_OF_GROUP = {
    "iso": "iso", "isozone": "iso", "dmy": "dmy", "time": "time", "ampm": "time",
    "num": "num", "word": "word", "sep": "sep", "space": "space", "ymd": "ymd",
    "slash": "slash", "cjk": "cjk", "cjkmin": "cjktime", "offzone": "offzone",
    "glued": "year",
}  # fmt: skip
#: Token kinds that state a whole date: a second one on a line (an update time, a
#: date range's end) ends what the line says about the first.
_DATE_KINDS = frozenset({"iso", "dmy", "ymd", "slash", "cjk"})
#: The words of a glued run, split where the case changes: "UTC|Updated", "read|April".
_GLUED_WORD = regex.compile(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?[\p{Ll}.]+|\p{Lu}+")
_CJK_DATE = regex.compile(r"(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日")
#: A timestamp token's match, by either engine (see patterns.ASCII_TIMESTAMP_TOKEN).
_Match: TypeAlias = "regex.Match[str] | re.Match[str]"
_US_STANDARD = {"et": -300, "ct": -360, "mt": -420, "pt": -480}


@dataclass(frozen=True, slots=True)
class Timestamp:
    """Hold what a timestamp line says: the moment (or None when it names none)."""

    moment: datetime | None
    has_time: bool
    #: The line labels the time an update ("Updated: 22:05, 22 Apr 2024"), not the publication.
    updated: bool = field(default=False, compare=False)
    #: The line labels the time the publication ("Published 3:06 PM", "Veröffentlicht am").
    published: bool = field(default=False, compare=False)
    #: The line names the day of the week ("Montag, 30. Juni 2025").
    weekday: bool = field(default=False, compare=False)


def read_timestamp(line: str) -> Timestamp | None:
    """Return the timestamp a whole line states, or None when the line is not one.

    >>> read_timestamp("August 12, 2010 / 3:06 PM / 9 years ago").moment
    datetime.datetime(2010, 8, 12, 15, 6)
    >>> read_timestamp("Al Qaeda gets help from Mali officials") is None
    True

    Cached: the page and timestamp filters both ask about the same lines. A line that
    cannot be one (:func:`may_be_timestamp`: most of a page's) is told before the cache
    is asked, for a fraction of what a miss there costs.
    """
    return _read_cached(line) if may_be_timestamp(line) else None


def may_be_timestamp(line: str) -> bool:
    """Tell cheaply whether :func:`read_timestamp` may read ``line`` as a timestamp
    (False is sure): every line it reads is at most :data:`_MAX_LEN` characters long,
    opens with a letter or a digit and holds an ASCII digit."""
    return len(line) <= _MAX_LEN and line[:1].isalnum() and _DIGIT.search(line) is not None


@functools.lru_cache(maxsize=8192)
def _read_cached(line: str) -> Timestamp | None:
    return _read(line)


def _read(line: str) -> Timestamp | None:
    archive = _ARCHIVE_STAMP.fullmatch(line) if len(line) <= _ARCHIVE_LEN else None
    if archive is not None:
        return _read_archive(archive)
    return _read_tokens(line)


#: The timestamp line of scraped wire archives, "Fri Oct 20, 2006 6:15pm EDT": read by
#: :func:`_read_archive` without the walk over its tokens, at a quarter of the cost. Its
#: words are checked against the tables below (a weekday, a month, a zone that
#: :func:`_interpret` reads as such); any other line goes the general way.
_ARCHIVE_STAMP = re.compile(
    r"(?P<weekday>[A-Z][a-z]{2}) (?P<month>[A-Z][a-z]{2}) (?P<day>[0-9]{1,2}), "
    r"(?P<year>[0-9]{4}) (?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})(?P<ampm>[ap])m "
    r"(?P<zone>[A-Z]{2,4})"
)


#: The longest line ``_ARCHIVE_STAMP`` matches ("Wed Sep 26, 2012 10:56am AEST").
_ARCHIVE_LEN = 29


def _read_archive(match: re.Match[str]) -> Timestamp | None:
    """Return what :func:`_read_tokens` gives for a line ``_ARCHIVE_STAMP`` matched
    (a test holds the two equal): None when its words are not in the tables, its day
    or year is out of :func:`_interpret`'s ranges, or the calendar has no such moment."""
    weekday, month_name, day, year, hour, minute, ampm, zone = match.groups()
    month = _ARCHIVE_MONTHS.get(month_name.lower())
    low_zone = zone.lower()
    if month is None or weekday.lower() not in _ARCHIVE_WEEKDAYS or low_zone not in _ARCHIVE_ZONES:
        return _read_tokens(match.string)
    d, y, h = int(day), int(year), int(hour)
    if not (1 <= d <= 31 and 1000 <= y <= 2200):
        return None
    if ampm == "p" and h < 12:
        h += 12
    elif ampm == "a" and h == 12:
        h = 0
    try:
        moment = datetime(y, month, d, h, int(minute))
    except ValueError:
        return None
    offset = patterns.ZONES[low_zone]
    if offset is None:
        offset = us_offset(low_zone, moment)
    return Timestamp(
        moment.replace(tzinfo=_zone(offset)), has_time=True, updated=False, weekday=True
    )


def _read_tokens(line: str) -> Timestamp | None:
    if not may_be_timestamp(line):
        return None  # (reached from trailing_timestamp too)
    tokens: list[tuple[str, str, _Match]] = []
    pos = 0
    token = patterns.ASCII_TIMESTAMP_TOKEN if line.isascii() else patterns.TIMESTAMP_TOKEN
    for m in token.finditer(line):
        if m.start() != pos:
            return None
        pos = m.end()
        kind = _KIND_OF_GROUP[m.lastgroup or ""]
        if kind == "space":
            continue
        text = m.group()
        if kind == "word" and not _known_word(text.lower()):
            # Words a text dump glued together ("UTCUpdated", "readApril").
            parts = _GLUED_WORD.findall(text)
            if len(parts) < 2 or not all(_known_word(p.lower()) for p in parts):
                return None  # what _interpret would say: no need to read the rest
            tokens.extend(("word", p, m) for p in parts)
            continue
        tokens.append((kind, text, m))
    if pos != len(line) or not tokens:
        return None
    try:
        return _interpret(tokens)
    except ValueError:  # a number no calendar has
        return None


#: Longest line searched for a timestamp inside it, and most tokens one reading tries.
_MAX_FIND_LINE = 200
_MAX_RUN = 40
#: Token kinds a date inside a line may start with.
_START_KINDS = frozenset({"iso", "dmy", "ymd", "slash", "cjk", "num", "word", "time"})

_Token = tuple[str, str, "_Match", int, int]


@functools.lru_cache(maxsize=8192)
def find_timestamp(line: str) -> tuple[int, int, Timestamp] | None:
    """Return the span of the first whole date (and its time) inside ``line``, and its reading.

    Page dumps print the publication time amid other words: "Von Jane Doe, Zürich
    05.08.2024, 20:59 Uhr", "Bruselas - 15 oct 2024 - 08:22", "27. Januar 2026 • Jane
    Doe • 3 Minuten", "Jane DoePublished Jul 17, 2024, 11:21am|Updated ...". A run of
    timestamp tokens (dates, times, zones, month names, labels) that names a year, a
    month and a day is a date; words no timestamp holds end a run ("Frankfurt",
    "Stuttgart" glued to "Uhr"). Whether the line around it is a page's meta line or
    story text is the caller's call. Returns None when no run names a whole date.

    >>> start, end, stamp = find_timestamp("Bruselas - 15 oct 2024 - 08:22 Actualizado")
    >>> start, stamp.moment
    (11, datetime.datetime(2024, 10, 15, 8, 22))
    """
    if len(line) > _MAX_FIND_LINE or _DIGIT.search(line) is None:
        return None
    glued = patterns.GLUED_DATE_END.search(line)
    if glued is not None:
        # "30.01.202430. Januar 2024": a dump runs a date's two forms together.
        found = _find(line[: glued.end()])
        if found is not None:
            return found
    return _find(line)


def _find(line: str) -> tuple[int, int, Timestamp] | None:
    run: list[_Token] = []
    pos = 0
    token = patterns.ASCII_TIMESTAMP_TOKEN if line.isascii() else patterns.TIMESTAMP_TOKEN
    for m in token.finditer(line):
        if m.start() != pos:  # characters no timestamp holds end the run
            found = _read_run(run)
            if found is not None:
                return found
            run = []
        pos = m.end()
        kind = _KIND_OF_GROUP[m.lastgroup or ""]
        if kind == "space":
            continue
        text = m.group()
        if kind == "word" and not _known_word(text.lower()):
            # Glued words ("PressApril", "UhrStuttgart"): known parts join the run.
            for part in _GLUED_WORD.finditer(text):
                if _known_word(part.group().lower()):
                    run.append(
                        (
                            "word",
                            part.group(),
                            m,
                            m.start() + part.start(),
                            m.start() + part.end(),
                        )
                    )
                    continue
                found = _read_run(run)
                if found is not None:
                    return found
                run = []
            continue
        run.append((kind, text, m, m.start(), m.end()))
    return _read_run(run)


def _read_run(run: list[_Token]) -> tuple[int, int, Timestamp] | None:
    """Return the first reading of a whole date in a run of timestamp tokens, with its span.

    Readings start at each token that may start a date and end at the run's end, or
    earlier before a stray number ("03 May 2025 4").
    """
    run = run[:_MAX_RUN]
    if not any(kind != "sep" and kind != "word" for kind, *_ in run):
        return None
    for i, (kind, *_rest) in enumerate(run):
        if kind not in _START_KINDS:
            continue
        ends = [len(run)] + [j for j in range(len(run) - 1, i, -1) if run[j][0] == "num"]
        for j in ends:
            tokens = [(k, t, m) for k, t, m, _, _ in run[i:j]]
            try:
                stamp = _interpret(tokens)
            except ValueError:
                stamp = None
            if stamp is not None and stamp.moment is not None:
                last = j - 1
                while last > i and run[last][0] == "sep":
                    last -= 1
                return run[i][3], run[last][4], stamp
    return None


#: Characters that separate a byline from the time after it ("Jane Doe | 3 May 2024").
_TRAIL_SEPARATORS = " ,;|/·•-–—"
#: Longest line searched for a trailing timestamp.
_MAX_TRAIL_LINE = 200


@functools.lru_cache(maxsize=8192)
def trailing_timestamp(line: str) -> tuple[int, Timestamp | None] | None:
    """Return where a timestamp that ends ``line`` starts, and what it states.

    The part before it must be non-empty ("Von Jane Doe 28.04.2023, 18:11 Uhr",
    "Jane Doe | 2 hours ago"); the start is where the separators before the stamp
    begin. A relative or reading time ("7 hours", "2 minutes read") is a stamp that
    names no moment (None). Returns None when the line ends in no timestamp.

    >>> start, stamp = trailing_timestamp("Von Jane Doe 28.04.2023, 18:11 Uhr")
    >>> start, stamp.moment
    (12, datetime.datetime(2023, 4, 28, 18, 11))
    """
    if len(line) > _MAX_TRAIL_LINE or _DIGIT.search(line) is None:
        return None
    for k in range(1, len(line)):
        char, before = line[k], line[k - 1]
        # A stamp starts a word, or a number glued to a word ("Doe24.04.2024").
        if not char.isalnum() or (before.isalnum() and not (char.isdigit() and before.isalpha())):
            continue
        rest = line[k:]
        stamp = _read(rest)
        if stamp is None and patterns.RELATIVE_TIME.fullmatch(rest) is None:
            continue
        start = k
        while start > 0 and line[start - 1] in _TRAIL_SEPARATORS:
            start -= 1
        if start == 0:
            return None
        return start, stamp
    return None


_UPDATE_WORDS = patterns.TIMESTAMP_UPDATE_WORDS | patterns.DUMP_UPDATE_WORDS
_PUBLISH_WORDS = patterns.TIMESTAMP_PUBLISH_WORDS | patterns.DUMP_PUBLISH_WORDS
#: Every word a timestamp line may hold (``_interpret`` rejects a line with any other).
_KNOWN_WORDS = frozenset(
    (
        *patterns.TIMESTAMP_MONTHS,
        *patterns.ZONES,
        *patterns.TIMESTAMP_WEEKDAYS,
        *patterns.TIMESTAMP_WORDS,
        *_UPDATE_WORDS,
        *_PUBLISH_WORDS,
        "am",
        "pm",
    )
) | {"a.m", "p.m"}
_MONTHS = patterns.TIMESTAMP_MONTHS
_WEEKDAYS = patterns.TIMESTAMP_WEEKDAYS

#: The words :func:`_read_archive` reads, each of which :func:`_interpret` reads the
#: same way: the first test of its word branch that the word passes is the one named.
_EARLIER_WORDS = _UPDATE_WORDS | _PUBLISH_WORDS
_ARCHIVE_MONTHS = {
    word: number
    for word, number in _MONTHS.items()
    if len(word) == 3 and word.isalpha() and word not in _EARLIER_WORDS
}
_ARCHIVE_ZONES = frozenset(
    zone
    for zone in patterns.ZONES
    if 2 <= len(zone) <= 4
    and zone.isalpha()
    and zone not in _EARLIER_WORDS
    and zone not in _MONTHS
    and (patterns.ZONES[zone] is not None or zone in _US_STANDARD)
)
_ARCHIVE_WEEKDAYS = frozenset(
    day
    for day in _WEEKDAYS
    if len(day) == 3
    and day.isalpha()
    and day not in _EARLIER_WORDS
    and day not in _MONTHS
    and day not in patterns.ZONES
    and day not in ("am", "pm")
)


#: Longest line that is only a time's label ("Zuletzt aktualisiert am:").
_MAX_LABEL = 40
#: Words, spaces and a closing colon: "Zuletzt aktualisiert am:".
_LABEL_LINE = regex.compile(r"\p{L}[\p{L}.\x20]{0,40}:?")
_LABEL_WORDS = patterns.TIMESTAMP_WORDS | _UPDATE_WORDS | _PUBLISH_WORDS


def label_of(line: str) -> str | None:
    """Return "updated" or "published" for a line that is only such a label, else None.

    Page dumps print the label on a line of its own above the time ("Updated",
    "Veröffentlicht am", "Publié le").

    >>> label_of("Zuletzt aktualisiert am:"), label_of("Published"), label_of("Politik")
    ('updated', 'published', None)
    """
    if len(line) > _MAX_LABEL or _LABEL_LINE.fullmatch(line) is None:
        return None
    words = [w.lower().rstrip(".") for w in line.rstrip(": ").split()]
    if not all(w in _LABEL_WORDS for w in words):
        return None
    if any(w in _UPDATE_WORDS for w in words):
        return "updated"
    if any(w in _PUBLISH_WORDS for w in words):
        return "published"
    return None


def _known_word(low: str) -> bool:
    return low in _KNOWN_WORDS or low.rstrip(".") in _KNOWN_WORDS


def _interpret(tokens: list[tuple[str, str, _Match]]) -> Timestamp | None:
    year = month = day = None
    hour = minute = second = None
    ampm: str | None = None
    offset: int | None = None
    us_zone: str | None = None
    skip_next_unit = False
    # "Updated ... Published ...": the publication part wins over an update part read
    # first; an update label after a whole date ends the line's reading.
    in_update = False
    labelled = False
    weekday = False
    for i, (kind, text, match) in enumerate(tokens):
        low = text.lower()
        bare = low.rstrip(".")
        dated = year is not None and month is not None and day is not None
        if kind in _DATE_KINDS and dated:
            break  # a second date: an update time or a range's end
        if kind == "word":
            if bare in _UPDATE_WORDS:
                if dated:
                    break
                in_update = True
            elif bare in _PUBLISH_WORDS:
                labelled = True
                if in_update and dated:
                    year = month = day = hour = minute = second = None
                    ampm = us_zone = None
                    offset = None
                in_update = False
            elif low in _MONTHS or bare in _MONTHS:
                if month is None:
                    month = _MONTHS.get(low, _MONTHS.get(bare))
            elif low in patterns.ZONES or bare in patterns.ZONES:
                offset = patterns.ZONES[bare]
                us_zone = bare if offset is None else None
            elif bare in ("am", "pm", "a.m", "p.m"):
                ampm = low[0]
            elif low in _WEEKDAYS or bare in _WEEKDAYS:
                weekday = True
            elif bare in _RELATIVE_UNITS and skip_next_unit:
                pass
            elif low not in patterns.TIMESTAMP_WORDS and bare not in patterns.TIMESTAMP_WORDS:
                return None
            skip_next_unit = False
        elif kind == "num":
            value = int(match.group("num") or 0)
            nxt = tokens[i + 1][1].lower().rstrip(".") if i + 1 < len(tokens) else ""
            if nxt in _RELATIVE_UNITS:
                skip_next_unit = True
            elif nxt in ("am", "pm", "a.m", "p.m") and dated and hour is None and value <= 12:
                hour, minute, second = value, 0, 0  # "June 26, 2023 5 AM PT"
            elif 1000 <= value <= 2200 and year is None:
                year = value
            elif 1 <= value <= 31 and day is None:
                day = value
            elif month is None and day is not None and value <= 12 and text.endswith("."):
                month = value  # "28. 4. 2023": a German date with spaces
            elif dated and hour is not None:
                break  # a number after the whole stamp ("4 min", a counter)
            else:
                return None
        elif kind == "year":
            if year is not None:
                return None
            year = int(text)
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
        elif kind == "ymd":
            year, month, day = (int(p) for p in patterns.DATE_SEPARATOR.split(text))
        elif kind == "slash":
            # Day first, as most of the world writes it, unless the second number
            # cannot be a month ("5/22/2025").
            first, second_part, year = (int(p) for p in text.split("/"))
            day, month = (first, second_part) if second_part <= 12 else (second_part, first)
        elif kind == "cjk":
            parts = _CJK_DATE.fullmatch(text)
            if parts is None or parts.group(1) is None:
                return None
            year, month, day = (int(p) for p in parts.groups())
        elif kind == "offzone":
            offset = _zone_minutes(_offset_digits(text[3:]))
            us_zone = None
        elif kind in ("time", "cjktime"):
            if hour is not None:
                continue  # a second clock time (an update time) adds nothing
            nxt = tokens[i + 1][1].lower().rstrip(".") if i + 1 < len(tokens) else ""
            if nxt in _RELATIVE_UNITS and kind == "time" and not match.group("ampm"):
                return None  # "03:33 min": a video's length; the line is a media teaser
            if kind == "cjktime":
                hour, minute = int(match.group("cjktime")), int(match.group("cjkmin"))
                second = 0
                continue
            clock = patterns.CLOCK_SEPARATOR.split(match.group("time") or "")
            hour, minute = int(clock[0]), int(clock[1])
            second = int(clock[2]) if len(clock) > 2 else 0
            if match.group("ampm"):
                ampm = match.group("ampm")[0].lower()
    if year is None or month is None or day is None:
        return None
    try:
        when = date(year, month, day)
        if hour is None:
            return Timestamp(
                datetime(when.year, when.month, when.day),
                has_time=False,
                updated=in_update,
                published=labelled,
                weekday=weekday,
            )
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
        moment = moment.replace(tzinfo=_zone(offset))
    return Timestamp(moment, has_time=True, updated=in_update, published=labelled, weekday=weekday)


def _offset_digits(text: str) -> str:
    """Return "+02:00" for the "+2" of "GMT+2", "+05:30" for "+5:30"."""
    sign, rest = text[0], text[1:].replace(":", "")
    hours, minutes = (rest[:-2], rest[-2:]) if len(rest) > 2 else (rest, "00")
    return f"{sign}{int(hours):02d}{minutes}"


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
    begin_at, end_at = _daylight_saving(local.year)
    return standard + 60 if begin_at <= local < end_at else standard


@functools.lru_cache(maxsize=512)
def _daylight_saving(year: int) -> tuple[datetime, datetime]:
    """Return when US daylight saving time begins and ends in ``year`` (2 a.m. local).

    Cached: stories of one year share it.
    """
    if year >= 2007:  # second Sunday of March to first Sunday of November
        begin = _nth_sunday(year, 3, 2)
        end = _nth_sunday(year, 11, 1)
    else:  # first Sunday of April to last Sunday of October
        begin = _nth_sunday(year, 4, 1)
        end = _nth_sunday(year, 11, 1) - timedelta(days=7)
    begin_at = datetime(begin.year, begin.month, begin.day, 2)
    return begin_at, datetime(end.year, end.month, end.day, 2)


@functools.lru_cache(maxsize=256)
def _zone(offset: int) -> timezone:
    """Return the fixed zone ``offset`` minutes east of UTC (cached: a few offsets recur)."""
    return timezone(timedelta(minutes=offset))


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
