"""Unit tests for wireclean.dates: read_timestamp and us_offset."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from wireclean.dates import Timestamp, read_timestamp, trailing_timestamp, us_offset

UTC = timezone.utc


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def _moment(line: str) -> datetime:
    stamp = read_timestamp(line)
    assert stamp is not None, line
    assert stamp.moment is not None, line
    return stamp.moment


def _same_instant_and_offset(got: datetime, want: datetime) -> None:
    """Compare wall time and UTC offset (aware datetimes compare by instant otherwise)."""
    assert got.replace(tzinfo=None) == want.replace(tzinfo=None)
    assert got.utcoffset() == want.utcoffset()


# --- the shapes in the docstring ---------------------------------------------------------


def test_reuters_2010_page_stamp() -> None:
    stamp = read_timestamp("August 12, 2010 / 3:06 PM / 9 years ago")
    assert stamp == Timestamp(datetime(2010, 8, 12, 15, 6), has_time=True)
    assert stamp is not None and stamp.moment is not None
    assert stamp.moment.tzinfo is None


def test_reuters_2019_updated_stamp() -> None:
    stamp = read_timestamp("November 19, 2019 / 12:21 AM / Updated 14 hours ago")
    assert stamp == Timestamp(datetime(2019, 11, 19, 0, 21), has_time=True)


def test_reuters_2012_edt_stamp() -> None:
    got = _moment("Tue Sep 26, 2012 10:56am EDT")
    _same_instant_and_offset(got, datetime(2012, 9, 26, 10, 56, tzinfo=tz(-4)))


def test_published_et_in_summer() -> None:
    got = _moment("Published 3:06 PM ET Thu, 12 Aug 2010")
    _same_instant_and_offset(got, datetime(2010, 8, 12, 15, 6, tzinfo=tz(-4)))


def test_published_et_in_winter() -> None:
    got = _moment("Published 3:06 PM ET Thu, 14 Jan 2010")
    _same_instant_and_offset(got, datetime(2010, 1, 14, 15, 6, tzinfo=tz(-5)))


def test_iso_with_z() -> None:
    got = _moment("2019-11-19T00:21:00Z")
    _same_instant_and_offset(got, datetime(2019, 11, 19, 0, 21, tzinfo=UTC))


def test_iso_with_offset() -> None:
    got = _moment("2024-05-03T17:27:00+02:00")
    _same_instant_and_offset(got, datetime(2024, 5, 3, 17, 27, tzinfo=tz(2)))


def test_iso_with_negative_compact_offset() -> None:
    got = _moment("2024-05-03T17:27:00-0530")
    _same_instant_and_offset(got, datetime(2024, 5, 3, 17, 27, tzinfo=tz(-5.5)))


def test_iso_without_zone_is_naive() -> None:
    assert read_timestamp("2019-11-19T00:21:00") == Timestamp(
        datetime(2019, 11, 19, 0, 21), has_time=True
    )


def test_iso_with_space_and_no_seconds() -> None:
    assert _moment("2019-11-19 00:21") == datetime(2019, 11, 19, 0, 21)


def test_iso_with_fraction_of_second() -> None:
    got = _moment("2019-11-19T00:21:05.123Z")
    _same_instant_and_offset(got, datetime(2019, 11, 19, 0, 21, 5, tzinfo=UTC))


def test_iso_date_only() -> None:
    assert read_timestamp("2019-11-19") == Timestamp(datetime(2019, 11, 19), has_time=False)


def test_german_numeric_date_with_uhr() -> None:
    assert read_timestamp("03.05.2024, 17:27 Uhr") == Timestamp(
        datetime(2024, 5, 3, 17, 27), has_time=True
    )


def test_german_long_date_with_um_uhr() -> None:
    assert read_timestamp("12. August 2024 um 14:03 Uhr") == Timestamp(
        datetime(2024, 8, 12, 14, 3), has_time=True
    )


def test_german_stand_without_colon() -> None:
    assert _moment("Stand 03.05.2024 17:27 Uhr") == datetime(2024, 5, 3, 17, 27)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Stand: 03.05.2024 17:27 Uhr", datetime(2024, 5, 3, 17, 27)),
        ("Updated: August 12, 2010 3:06 PM", datetime(2010, 8, 12, 15, 6)),
    ],
)
def test_lead_word_with_colon(line: str, expected: datetime) -> None:
    assert read_timestamp(line) == Timestamp(expected, has_time=True)


def test_two_digit_year_in_numeric_date() -> None:
    assert read_timestamp("12.08.10") == Timestamp(datetime(2010, 8, 12), has_time=False)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("August 12, 2010 / 12:21 AM", datetime(2010, 8, 12, 0, 21)),
        ("August 12, 2010 / 12:00 AM", datetime(2010, 8, 12, 0, 0)),
        ("August 12, 2010 / 12:21 PM", datetime(2010, 8, 12, 12, 21)),
        ("August 12, 2010 / 12:00 PM", datetime(2010, 8, 12, 12, 0)),
        ("August 12, 2010 / 11:59 PM", datetime(2010, 8, 12, 23, 59)),
        ("August 12, 2010 / 1:05 am", datetime(2010, 8, 12, 1, 5)),
        ("Aug 12, 2010 10:56 a.m.", datetime(2010, 8, 12, 10, 56)),
        ("Aug 12, 2010 10:56 p.m.", datetime(2010, 8, 12, 22, 56)),
        ("Aug 12, 2010 10:56pm", datetime(2010, 8, 12, 22, 56)),
        ("August 12, 2010 15:06", datetime(2010, 8, 12, 15, 6)),
    ],
)
def test_am_pm(line: str, expected: datetime) -> None:
    assert read_timestamp(line) == Timestamp(expected, has_time=True)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("August 12, 2010", datetime(2010, 8, 12)),
        ("Aug. 12, 2010", datetime(2010, 8, 12)),
        ("12 August 2010", datetime(2010, 8, 12)),
        ("Thursday, August 12, 2010", datetime(2010, 8, 12)),
        ("Published August 12, 2010", datetime(2010, 8, 12)),
        ("12. August 2024", datetime(2024, 8, 12)),
        ("03.05.2024", datetime(2024, 5, 3)),
        ("12 août 2010", datetime(2010, 8, 12)),
    ],
)
def test_date_only_lines_have_no_time(line: str, expected: datetime) -> None:
    assert read_timestamp(line) == Timestamp(expected, has_time=False)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12 Aug 2010 15:06 GMT", datetime(2010, 8, 12, 15, 6, tzinfo=UTC)),
        ("12 Aug 2010 15:06 UTC", datetime(2010, 8, 12, 15, 6, tzinfo=UTC)),
        ("12 Aug 2010 15:06 CEST", datetime(2010, 8, 12, 15, 6, tzinfo=tz(2))),
        ("12 Jan 2010 15:06 CET", datetime(2010, 1, 12, 15, 6, tzinfo=tz(1))),
        ("Jan 12, 2010 3:06 PM EST", datetime(2010, 1, 12, 15, 6, tzinfo=tz(-5))),
        ("Jan 12, 2010 3:06 PM PT", datetime(2010, 1, 12, 15, 6, tzinfo=tz(-8))),
        ("Jul 12, 2010 3:06 PM PT", datetime(2010, 7, 12, 15, 6, tzinfo=tz(-7))),
        ("Jul 12, 2010 3:06 PM CT", datetime(2010, 7, 12, 15, 6, tzinfo=tz(-5))),
        ("Jan 12, 2010 3:06 PM MT", datetime(2010, 1, 12, 15, 6, tzinfo=tz(-7))),
    ],
)
def test_named_zones(line: str, expected: datetime) -> None:
    _same_instant_and_offset(_moment(line), expected)


# --- US daylight saving for ET, CT, MT, PT ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "offset"),
    [
        # 2013: DST began Sunday 10 March at 02:00 local.
        ("March 9, 2013 11:00 PM ET", -5),
        ("March 10, 2013 1:59 AM ET", -5),
        ("March 10, 2013 3:00 AM ET", -4),
        ("March 11, 2013 9:00 AM ET", -4),
        # 2018: DST ended Sunday 4 November at 02:00 local.
        ("November 3, 2018 11:00 PM ET", -4),
        ("November 4, 2018 12:30 AM ET", -4),
        ("November 4, 2018 2:30 AM ET", -5),
        ("November 5, 2018 9:00 AM ET", -5),
    ],
)
def test_et_dst_edges(line: str, offset: int) -> None:
    got = _moment(line)
    assert got.utcoffset() == timedelta(hours=offset)


@pytest.mark.parametrize(
    ("line", "offset"),
    [
        # Before 2007 DST ran from the first Sunday of April to the last Sunday of October.
        ("April 1, 2006 10:00 AM ET", -5),
        ("April 3, 2006 10:00 AM ET", -4),
        ("March 20, 2006 10:00 AM ET", -5),  # would be DST under the 2007 rule
        ("October 28, 2006 10:00 AM ET", -4),
        ("October 30, 2006 10:00 AM ET", -5),
        ("November 2, 2006 10:00 AM ET", -5),  # would be DST under the 2007 rule
    ],
)
def test_et_before_2007_uses_the_old_rule(line: str, offset: int) -> None:
    assert _moment(line).utcoffset() == timedelta(hours=offset)


def test_explicit_edt_before_2007_stays_edt() -> None:
    got = _moment("Tue Oct 24, 2006 1:01am EDT")
    _same_instant_and_offset(got, datetime(2006, 10, 24, 1, 1, tzinfo=tz(-4)))


def test_explicit_est_in_summer_stays_est() -> None:
    # An explicit abbreviation is taken as written, not corrected by the calendar.
    got = _moment("Aug 12, 2010 3:06 PM EST")
    assert got.utcoffset() == timedelta(hours=-5)


@pytest.mark.parametrize(
    ("zone", "local", "minutes"),
    [
        ("et", datetime(2010, 8, 12, 15, 6), -240),
        ("et", datetime(2010, 1, 12, 15, 6), -300),
        ("ct", datetime(2010, 8, 12, 15, 6), -300),
        ("mt", datetime(2010, 1, 12, 15, 6), -420),
        ("pt", datetime(2010, 8, 12, 15, 6), -420),
        ("et", datetime(2013, 3, 10, 1, 59), -300),
        ("et", datetime(2013, 3, 10, 2, 0), -240),
        ("et", datetime(2018, 11, 4, 3, 0), -300),
        ("et", datetime(2006, 4, 2, 1, 59), -300),
        ("et", datetime(2006, 4, 2, 3, 0), -240),
        ("et", datetime(2006, 10, 29, 0, 30), -240),
        ("et", datetime(2006, 10, 29, 3, 0), -300),
    ],
)
def test_us_offset(zone: str, local: datetime, minutes: int) -> None:
    assert us_offset(zone, local) == minutes


# --- negatives ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Al Qaeda gets help from Mali officials",
        "Mali army sold guns to Al Qaeda: ex-rebel",
        "May Day",
        "May Day 2010",
        "March 2010 was cold",
        "The deal was signed on August 12, 2010 in Algiers.",
        "On August 12, 2010, the army moved north.",
        "He said the talks would resume on Monday, 3:00 PM ET.",
        "5 Min Read",
        "9 years ago",
        "Updated 14 hours ago",
        "0 : 0",
        "By Lamine Chikhi",
        "ALGIERS, Aug 12 (Reuters) - Al Qaeda insurgents struck.",
        "2010",
        "August",
        "August 12",
        "12:30",
        "Score: 3:2",
        "",
        " August 12, 2010",
        "- August 12, 2010",
        "3 de mayo de 2024 fue un viernes",
    ],
)
def test_not_a_timestamp(line: str) -> None:
    assert read_timestamp(line) is None


def test_line_over_100_characters_is_not_a_timestamp() -> None:
    base = "August 12, 2010 / 3:06 PM"
    padded = base + " /" + " " * (101 - len(base) - 2)
    assert len(padded) == 101
    assert read_timestamp(padded) is None
    long_words = "Published " * 9 + "August 12, 2010"
    assert len(long_words) > 100
    assert read_timestamp(long_words) is None


def test_line_of_exactly_100_characters_may_be_a_timestamp() -> None:
    base = "August 12, 2010 / 3:06 PM /"
    line = base + " " * (100 - len(base) - 1) + "/"
    assert len(line) == 100
    assert _moment(line) == datetime(2010, 8, 12, 15, 6)


@pytest.mark.parametrize(
    "line",
    [
        "February 30, 2010",
        "February 29, 2011 / 3:06 PM",
        "2010-02-30",
        "2010-02-30T10:00:00Z",
        "2010-13-01",
        "31.04.2024, 17:27 Uhr",
        "30.02.2024",
        "August 32, 2010",
        "August 12, 2010 / 25:06",
        "August 12, 2010 / 3:61 PM",
    ],
)
def test_impossible_dates_and_times(line: str) -> None:
    assert read_timestamp(line) is None


def test_leap_day_is_possible() -> None:
    assert read_timestamp("February 29, 2012") == Timestamp(datetime(2012, 2, 29), has_time=False)


# --- page timestamps in more languages and shapes (issue #4) -----------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Veröffentlicht am 13. Mai 2026 um 15:44", datetime(2026, 5, 13, 15, 44)),
        ("16.05.2024, 11:26 Uhr • Lesezeit: 5 Minuten", datetime(2024, 5, 16, 11, 26)),
        ("17.04.2024, 12:24Lesezeit: 5 Min.", datetime(2024, 4, 17, 12, 24)),
        ("Publiziert17. Dezember 2024, 12:17", datetime(2024, 12, 17, 12, 17)),
        ("Publié le 30 août 2023 à 14h52, modifié le 30 août 2023 à 15h54",
         datetime(2023, 8, 30, 14, 52)),
        ("Aktualizacja: 02.02.2025 23:49 Publikacja: 02.02.2025 21:52",
         datetime(2025, 2, 2, 21, 52)),
        ("Publisert 05.08.2024, kl. 13.05 Oppdatert 05.08.2024, kl. 13.52",
         datetime(2024, 8, 5, 13, 5)),
        ("Publicerad 23 okt 2025 kl 10.23Uppdaterad kl 12.17", datetime(2025, 10, 23, 10, 23)),
        ("25 de mayo de 2025 16:51 h", datetime(2025, 5, 25, 16, 51)),
        ("Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57",
         datetime(2024, 7, 3, 18, 24)),
        ("2025年1月14日 01時28分 (1月14日 01時40分更新)", datetime(2025, 1, 14, 1, 28)),
        ("公開日：2025/01/31 11:30 更新日：2025/01/31 11:30", datetime(2025, 1, 31, 11, 30)),
        ("입력 2026.07.12 22:09", datetime(2026, 7, 12, 22, 9)),
        ("Publié le 30/04/2024 - 16:00", datetime(2024, 4, 30, 16, 0)),
    ],
)  # fmt: skip
def test_page_stamps_in_many_languages(line: str, expected: datetime) -> None:
    assert read_timestamp(line) == Timestamp(expected, has_time=True)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A year glued to the time and words glued together, as text dumps print them.
        ("Published Fri, Apr 28 20232:23 PM EDT", datetime(2023, 4, 28, 14, 23, tzinfo=tz(-4))),
        ("March 7, 20247:55 AM UTCUpdated ago", datetime(2024, 3, 7, 7, 55, tzinfo=UTC)),
        ("Zuerst veröffentlicht am 06/01/2026 - 14:02 MEZ",
         datetime(2026, 1, 6, 14, 2, tzinfo=tz(1))),
        ("Publié le 06/01/2026 - 14:16 UTC+1", datetime(2026, 1, 6, 14, 16, tzinfo=tz(1))),
        ("2 minute readApril 25, 20232:26 PM GMT+2", datetime(2023, 4, 25, 14, 26, tzinfo=tz(2))),
    ],
)  # fmt: skip
def test_glued_stamps_and_offset_zones(line: str, expected: datetime) -> None:
    _same_instant_and_offset(_moment(line), expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("02/12/2024", datetime(2024, 12, 2)),  # day first
        ("5/22/2025", datetime(2025, 5, 22)),  # the second number is no month
        ("søndag 2. februar 2025", datetime(2025, 2, 2)),
        ("20 Nisan 2026", datetime(2026, 4, 20)),
        ("Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read", datetime(2024, 8, 28)),
    ],
)  # fmt: skip
def test_more_date_only_shapes(line: str, expected: datetime) -> None:
    assert read_timestamp(line) == Timestamp(expected, has_time=False)


@pytest.mark.parametrize(
    "line",
    [
        "Von Jane Doe 28.04.2023, 18:11 Uhr",  # a byline with a time: not a whole stamp
        "Der Vertrag wurde am 28.04.2023 um 18:11 Uhr unterzeichnet",
        "Geschrieben am 15. April 2025 in Nachrichten",
        "12.03.2024 bis 15.03.2024 wird gebaut",
    ],
)
def test_more_lines_that_are_not_timestamps(line: str) -> None:
    assert read_timestamp(line) is None


@pytest.mark.parametrize(
    ("line", "prefix", "expected"),
    [
        ("Von Jane Doe 28.04.2023, 18:11 Uhr", "Von Jane Doe", datetime(2023, 4, 28, 18, 11)),
        ("Jane Doe, 26.04.2024 10:00 Uhr", "Jane Doe", datetime(2024, 4, 26, 10, 0)),
        ("by Jane Doe Jul. 19, 2026 9:45 am", "by Jane Doe", datetime(2026, 7, 19, 9, 45)),
        ("Jane Doe | 05.04.2025", "Jane Doe", datetime(2025, 4, 5)),
        ("Jane Doe24.04.2024, 19:35 Uhr", "Jane Doe", datetime(2024, 4, 24, 19, 35)),
        ("Jane Doe 7 hours", "Jane Doe", None),
        ("Jane Doe 2 minutes read", "Jane Doe", None),
    ],
)
def test_trailing_timestamp(line: str, prefix: str, expected: datetime | None) -> None:
    found = trailing_timestamp(line)
    assert found is not None
    start, stamp = found
    assert line[:start] == prefix
    assert (stamp.moment if stamp is not None else None) == expected


@pytest.mark.parametrize(
    "line", ["The talks resumed in 2010", "28.04.2023, 18:11 Uhr", "Jane Doe", "Updated 2010 plan"]
)
def test_no_trailing_timestamp(line: str) -> None:
    assert trailing_timestamp(line) is None
