"""Byline and publication time on whole-page text dumps (issue #4).

The lines are invented, in the shapes page dumps print: names alone by the time, "Von"
lines as list items, times inside lines of page meta, job titles glued to names.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone

import pytest

import wireclean
from tests.test_dump_body import FOOTER, HEADLINE, MENU
from wireclean.dates import find_timestamp, label_of, read_timestamp
from wireclean.filters.byline import byline_text_names
from wireclean.names import split_names

BODY = (
    "The town of Westerly Cove opened its new ferry terminal on Tuesday after two\n"
    "years of construction, promising shorter waits for the island's commuters.\n\n"
    "The terminal has room for three vessels at once and a covered waiting hall\n"
    "for up to four hundred passengers, the harbour authority said on Tuesday.\n"
)


def _page(*head: str, body: str = BODY) -> str:
    """Return a page dump: menu, headline, the given head lines, body, footer."""
    lines = "\n\n".join(head)
    return f"{MENU}\n\n{HEADLINE}\n\n{lines}\n\n{body}\n{FOOTER}\n"


def _rebuilds(story: wireclean.Story, text: str) -> None:
    """Check that the story's records and body cover the input without overlap."""
    spans = sorted(
        [(r.start, r.end) for r in story.removed if r.end > r.start]
        + [(b.start, b.end) for b in story.blocks]
    )
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start, spans
    again = wireclean.parse_text(story.to_text())
    assert again.byline == story.byline
    assert again.published == story.published


# --- find_timestamp -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "found", "moment"),
    [
        ("Von Jane Doe, Lindenau 05.08.2024, 20:59 Uhr", "05.08.2024, 20:59 Uhr",
         datetime(2024, 8, 5, 20, 59)),
        ("Portwell - 15 oct 2024 - 08:22", "15 oct 2024 - 08:22", datetime(2024, 10, 15, 8, 22)),
        ("27. Januar 2026 • Jane Doe • 3 Minuten", "27. Januar 2026", datetime(2026, 1, 27)),
        ("Example PressApril 28, 2023", "April 28, 2023", datetime(2023, 4, 28)),
        ("11.07.2026, 09:30 UhrLindenau", "11.07.2026, 09:30 Uhr", datetime(2026, 7, 11, 9, 30)),
        ("• 28. 4. 2023, 18:41 Uhr", "28. 4. 2023, 18:41 Uhr", datetime(2023, 4, 28, 18, 41)),
        ("Jane Doe 4 Febbraio 2025 - 14:41", "4 Febbraio 2025 - 14:41",
         datetime(2025, 2, 4, 14, 41)),
    ],
)  # fmt: skip
def test_find_timestamp_inside_a_line(line: str, found: str, moment: datetime) -> None:
    hit = find_timestamp(line)
    assert hit is not None
    start, end, stamp = hit
    assert line[start:end] == found
    assert stamp.moment == moment


@pytest.mark.parametrize(
    "line",
    [
        "Die Gewerkschaften zählen an diesem 28. Juni 25.000 Teilnehmer",  # no year
        "Politik 28.04.2023 01:34 min",  # a video's length, no clock time
        "Sections and more sections",
    ],
)
def test_find_timestamp_negatives(line: str) -> None:
    assert find_timestamp(line) is None


def test_hour_without_minutes() -> None:
    stamp = read_timestamp("June 26, 2023 5 AM PT")
    assert stamp is not None
    assert stamp.moment == datetime(2023, 6, 26, 5, 0, tzinfo=timezone(timedelta(hours=-7)))


def test_update_and_publish_labels_are_read() -> None:
    updated = read_timestamp("Updated: 22:05, 22 Apr 2024")
    published = read_timestamp("Published: 22:04, 22 Apr 2024")
    assert updated is not None and updated.updated and not updated.published
    assert published is not None and published.published and not published.updated


# --- names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jane DoeTwitter", ("Jane Doe",)),
        ("Jane Doe Follow", ("Jane Doe",)),
        ("Jane DoeKorrespondent", ("Jane Doe",)),
        ("Jane DoeLifestyle Writer", ("Jane Doe",)),
        ("Jane Doe Political Correspondent", ("Jane Doe",)),
        ("Jane Doe Deputy Content Hub Director", ("Jane Doe",)),
        ("Jane Doe For Example.Com", ("Jane Doe",)),
        ("Jane McDonald Writer", ("Jane McDonald",)),
        ("Anna Maria Roe", ("Anna Maria Roe",)),
    ],
)
def test_byline_names_lose_what_follows_them(text: str, names: tuple[str, ...]) -> None:
    assert split_names(text, byline=True) == names


# --- the byline and time at a page's head -------------------------------------------------


def test_name_alone_by_the_time() -> None:
    text = _page("Jane Roe", "Published Mar 04, 2025 • 4 minute read")
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe",)
    assert story.published == datetime(2025, 3, 4)
    _rebuilds(story, text)


def test_author_label_goes_with_the_names() -> None:
    text = _page("Author of the article:", "Jane Roe", "Published Mar 04, 2025")
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe",)
    assert not any("Author" in b for b in story.body)


def test_von_line_and_ordinal_date() -> None:
    text = _page("Von Jane Roe, Lindenau", "14. März 2024, 17:27 Uhr")
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe",)
    assert story.published == datetime(2024, 3, 14, 17, 27)
    _rebuilds(story, text)


def test_fields_of_a_byline_line() -> None:
    text = _page("Jane Roe · Example Daily News · Posted: May 03, 2024 5:27 PM EDT")
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe",)
    assert story.published == datetime(2024, 5, 3, 17, 27, tzinfo=timezone(timedelta(hours=-4)))
    _rebuilds(story, text)


def test_time_at_the_end_of_a_byline_line() -> None:
    text = _page("Von Jane Roe, Lindenau 05.08.2024, 20:59 Uhr")
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe",)
    assert story.published == datetime(2024, 8, 5, 20, 59)
    _rebuilds(story, text)


def test_time_nearest_the_headline_wins() -> None:
    text = (
        "Montag, 5. August 2024 09:00 Uhr\n\n" + MENU + "\n\n" + MENU.replace("Section", "Part")
        + "\n\n" + MENU.replace("Section", "Area") + f"\n\n{HEADLINE}\n\n"
        "Jane Roe\n\n06.08.2024, 14:05 Uhr\n\n" + BODY + "\n   • Related story 07.08.2024\n"
    )  # fmt: skip
    story = wireclean.parse_text(text)
    assert story.published == datetime(2024, 8, 6, 14, 5)
    assert story.byline == ("Jane Roe",)


def test_publication_beats_update() -> None:
    text = _page("Updated: 22:05, 22 Apr 2024", "Published: 21:04, 22 Apr 2024")
    story = wireclean.parse_text(text)
    assert story.published == datetime(2024, 4, 22, 21, 4)


# --- negatives: story text and page labels stay ------------------------------------------


def test_organisation_is_no_byline() -> None:
    text = _page("Example Daily News", "Published Mar 04, 2025")
    assert wireclean.parse_text(text).byline == ()


def test_dated_sentence_in_the_body_is_no_timestamp() -> None:
    body = (
        "The terminal opened on March 4, 2025, after two years of construction, the town\n"
        "said, promising shorter waits for the island's commuters and its visitors.\n"
    )
    story = wireclean.parse_text(_page("Jane Roe", body=body))
    assert story.published is None
    assert story.body[0].startswith("The terminal opened on March 4, 2025")


def test_syndication_sentence_is_no_timestamp() -> None:
    body = BODY + "\nThis report by Example Press was first published March 3, 2021.\n"
    assert wireclean.parse_text(_page("By Jane Roe", body=body)).published is None


def test_byline_deep_in_the_body_stays() -> None:
    body = "\n".join([BODY, BODY.replace("Tuesday", "Monday"), "By Jane Roe", ""])
    story = wireclean.parse_text(_page(body=body))
    assert story.byline == ()
    assert "By Jane Roe" in story.body


@pytest.mark.parametrize(
    "text",
    [
        # Once known gaps of tests/test_properties.py: a byline below the lead's
        # paragraphs, and a line of capitals ("A B"), were read only the second time.
        "0" * 120 + "\n" + "000000 000000000 0000 0000 00000000 00\n" * 2
        + "00000000000000 0 0 .\nBY A A",
        "0\n" + "0" * 120 + "\n0\n0 0 00 000000000000.\nA B",
    ],
)  # fmt: skip
def test_idempotent_on_former_gaps(text: str) -> None:
    story = wireclean.parse_text(text)
    assert wireclean.parse_text(story.to_text()).to_dict() == story.to_dict()


# --- second round (H2): times and bylines a page prints away from the headline ------------


def test_glued_date_forms_are_one_date() -> None:
    hit = find_timestamp("30.01.202430. Januar 2024")
    assert hit is not None
    assert hit[:2] == (0, 10)
    assert hit[2].moment == datetime(2024, 1, 30)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Zuletzt aktualisiert am:", "updated"),
        ("Akt.:", "updated"),
        ("Published", "published"),
        ("Publié le", "published"),
        ("Politik", None),
        ("Updated: 3 May", None),  # a time, not a label alone
        ("Von", None),
    ],
)
def test_label_alone_on_its_line(line: str, label: str | None) -> None:
    assert label_of(line) == label


def test_abbreviated_update_label() -> None:
    stamp = read_timestamp("Akt.: 29. Juni 2025 - 21.18 Uhr")
    assert stamp is not None and stamp.updated


def test_label_on_the_line_above_marks_the_time() -> None:
    text = _page("Updated", "22:05, 22 Apr 2024", "Published", "21:04, 22 Apr 2024")
    assert wireclean.parse_text(text).published == datetime(2024, 4, 22, 21, 4)


def test_clock_time_beats_the_date_of_the_day() -> None:
    # The page's header prints today's date; the story's time stands by its byline.
    text = (
        f"Montag, 30. Juni 2025\n\n{MENU}\n\n{HEADLINE}\n\nJane Roe\n\n"
        f"28. Juni 2025 - 16.03 Uhr\n\n{BODY}\n{FOOTER}\n"
    )
    story = wireclean.parse_text(text)
    assert story.published == datetime(2025, 6, 28, 16, 3)
    assert story.byline == ("Jane Roe",)


def test_image_file_name_holds_no_time() -> None:
    text = _page("[Harbour-2023-04-27-PM-63-400x300]", "Jane Roe", "April 28, 2023")
    story = wireclean.parse_text(text)
    assert story.published == datetime(2023, 4, 28)


def test_reading_time_full_stop_is_no_sentence() -> None:
    text = _page("Von Jane Roe, Lindenau 15.04.2026 - 15:48 Uhr Lesedauer: 2 Min.")
    story = wireclean.parse_text(text)
    assert story.published == datetime(2026, 4, 15, 15, 48)
    assert story.byline == ("Jane Roe",)


def test_time_far_below_the_head_as_a_numbered_item() -> None:
    # "28. 4. 2023, ..." reads as item 28 of a numbered list; it is the story's time.
    more = (
        "Ferry operators said the first boats would leave the new piers at six in the\n"
        "morning on Wednesday, with the old landing closing at the end of the month.\n\n"
        "The old landing will become a park with a playground and a small market for\n"
        "the island's farmers, the town council decided at its last meeting.\n"
    )
    last = (
        "Found a mistake in this story? Write to the newsroom and tell us what is wrong\n"
        "with it, and we will correct it as soon as we can.\n"
    )
    body = "\n".join([BODY, more, "28. 4. 2023, 18:41 Uhr", "", last])
    story = wireclean.parse_text(_page(body=body))
    assert story.published == datetime(2023, 4, 28, 18, 41)


@pytest.mark.parametrize(
    "line",
    [
        "Written by Jane Roe",
        "[]byJane Roe",
        "[f74]byJane Roe",
        "Autorin/Autor Jane Roe",
        "Updated: 5 hours ago | Written by Jane Roe",
    ],
)
def test_more_byline_labels(line: str) -> None:
    text = _page(line, "Published Mar 04, 2025")
    assert wireclean.parse_text(text).byline == ("Jane Roe",)


def test_label_alone_then_the_name() -> None:
    text = _page("Von", "   • Jane Roe", "14. März 2024, 17:27 Uhr")
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe",)
    assert not any(b in ("Von", "Jane Roe") for b in story.body)


def test_name_alone_below_the_teaser() -> None:
    teaser = "The island's commuters will wait less from Wednesday, the harbour authority says."
    text = _page(teaser, "Ana de Paz", "Share")
    story = wireclean.parse_text(text)
    assert story.byline == ("Ana de Paz",)
    assert "Ana de Paz" not in story.body


@pytest.mark.parametrize("line", ["About Us", "Play Video", "Westerly Cove", "Email Address"])
def test_no_byline_from_labels_or_the_subject(line: str) -> None:
    # A button, and the place the headline's story is about, are no author.
    teaser = "The island's commuters will wait less from Wednesday, the harbour authority says."
    text = _page(teaser, line, "Share")
    assert wireclean.parse_text(text).byline == ()


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("April 10, 20233 years ago", datetime(2023, 4, 10)),  # a relative time glued on
        ("Jane Roe November 21, 202501747", datetime(2025, 11, 21)),  # a view count
    ],
)
def test_year_glued_to_the_next_number(line: str, day: datetime) -> None:
    hit = find_timestamp(line)
    assert hit is not None and hit[2].moment == day


def test_weekday_date_of_the_day_above_the_headline_loses() -> None:
    text = (
        f"Wednesday, 3 December 2025\n\n{MENU}\n\n{HEADLINE}\n\nby Jane Roe | 5 November 2024"
        f"\n\n{BODY}\n{FOOTER}\n"
    )
    story = wireclean.parse_text(text)
    assert story.published == datetime(2024, 11, 5)
    assert story.byline == ("Jane Roe",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Roe and John Doe The Associated Press", ("Jane Roe", "John Doe")),
        ("By Jane Roe ANI", ("Jane Roe",)),
        ("By Jane Ani", ("Jane Ani",)),  # a name, not the agency's acronym
        ("By Westerly Times", None),  # the site's own byline names no one
    ],
)
def test_agency_and_site_after_by(line: str, names: tuple[str, ...] | None) -> None:
    assert byline_text_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe Political Correspondent",
        "Jane RoeLifestyle Writer",
        "Jane Roe Tips meg",
        "Jane Roe@janeroe",
        "[jroe] Jane Roe Redakteurin",
    ],
)
def test_name_alone_with_what_follows_it(line: str) -> None:
    text = _page(line, "Published Mar 04, 2025")
    assert wireclean.parse_text(text).byline == ("Jane Roe",)


def test_job_title_alone_is_no_name() -> None:
    text = _page("Deputy Content Hub Director", "Published Mar 04, 2025")
    assert wireclean.parse_text(text).byline == ()


def test_label_lines_go_with_their_times() -> None:
    text = _page("Updated", "14:40, 3 Oct 2024", "Published", "09:15, 3 Oct 2024")
    story = wireclean.parse_text(text)
    assert story.published == datetime(2024, 10, 3, 9, 15)
    assert not any(b in ("Updated", "Published") for b in story.body)
    _rebuilds(story, text)


# --- on HTML pages: the site's own account, and a labelled line away from the head ----------

_HTML_BODY = "".join(
    f"<p>{p}</p>"
    for p in (
        "The town of Westerly Cove opened its new ferry terminal on Tuesday after two years "
        "of construction, promising shorter waits for the island's commuters.",
        "The terminal has room for three vessels at once and a covered waiting hall for up "
        "to four hundred passengers, the harbour authority said on Tuesday.",
    )
)


def _html(byline_html: str, *, after: str = "") -> str:
    head = (
        '<head><meta property="og:site_name" content="Westerly News">'
        f"<title>{HEADLINE}</title></head>"
    )
    return (
        f"<html>{head}<body><article><h1>{HEADLINE}</h1>{byline_html}{_HTML_BODY}"
        f"{after}</article></body></html>"
    )


def test_site_account_is_no_byline_on_html() -> None:
    story = wireclean.parse_html(_html("<p>by Westerly D | 5 November 2024</p>"))
    assert story.byline == ()


def test_person_byline_on_html_still_read() -> None:
    story = wireclean.parse_html(_html("<p>by Jane Roe | 5 November 2024</p>"))
    assert story.byline == ("Jane Roe",)


def test_names_on_lines_of_their_own_joined_by_commas() -> None:
    # A dump of the markup "By <a>Jane Roe</a>, <a>John Doe</a> and <a>Ann Poe</a>".
    text = _page("By", "Jane Roe", ",", "John Doe", "and", "Ann Poe", "March 7, 2024")
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe", "John Doe", "Ann Poe")
    assert not any(b in (",", "and", "By") for b in story.body)
    _rebuilds(story, text)


# --- session 4: bylines the dumps spread over lines, and a date's clock time ---------------


def test_names_on_lines_of_their_own_join() -> None:
    text = _page("Jane Roe", "John Poe", "14. März 2024, 17:27 Uhr")
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe", "John Poe")
    _rebuilds(story, text)


def test_label_alone_then_names_printed_twice() -> None:
    # A label line, then each name as a link and as text.
    text = _page("Von", "Jane Roe", "Jane Roe", "John Poe", "John Poe", "Politik 14.03.2024")
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe", "John Poe")
    assert not any("Poe" in p for p in story.body)
    _rebuilds(story, text)


def test_page_controls_do_not_join_a_byline() -> None:
    text = _page("By Jane Roe", "Lesen Hören", "Published Mar 04, 2025")
    assert wireclean.parse_text(text).byline == ("Jane Roe",)


def test_and_in_other_languages() -> None:
    text = _page("Jane Roe og Tove Poe", "14. März 2024, 17:27 Uhr")
    assert wireclean.parse_text(text).byline == ("Jane Roe", "Tove Poe")


def test_korean_reporters_with_their_addresses() -> None:
    text = _page(
        "홍길동 기자", "hong@example.com", "김철수 기자", "kim@example.com", "2025-06-04 02:37"
    )
    story = wireclean.parse_text(text)
    assert story.byline == ("홍길동", "김철수")
    # Not _rebuilds: "By 홍길동 and 김철수" (to_text) reads as no byline, names of one word.
    assert not any("기자" in p for p in story.body)


def test_korean_reporter_after_the_place() -> None:
    text = _page("서울, 부산 홍길동 기자 hong@example.com", "Published Mar 04, 2025")
    assert wireclean.parse_text(text).byline == ("홍길동",)


def test_portrait_label_glued_to_the_name() -> None:
    text = _page("Von", "[a1b]Jane Roe", "14. März 2024, 17:27 Uhr")
    assert wireclean.parse_text(text).byline == ("Jane Roe",)
    assert byline_text_names("Von [a1b]Jane Roe") == ("Jane Roe",)


def test_photo_caption_between_time_and_byline() -> None:
    text = _page(
        "14. März 2024, 17:27 Uhr",
        "Tom Bell",
        "Tom Bell",
        "Foto: Example Agency/Ann Lee",
        "Jane Roe",
    )
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe",)
    _rebuilds(story, text)


def test_meta_line_ending_in_its_labelled_byline() -> None:
    text = _page("Harbour, Local, Top Story | Published: 5 hours ago | Written by Jane Roe")
    assert wireclean.parse_text(text).byline == ("Jane Roe",)


def test_name_after_the_time_on_a_meta_line() -> None:
    text = _page("Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Jane Roe")
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe",)
    assert story.published == datetime(2024, 4, 28, 14, 26)
    _rebuilds(story, text)


def test_author_portrait_above_the_name() -> None:
    text = _page("Bild av Jane Roe", "Jane Roe", "Politik 14.03.2024")
    assert wireclean.parse_text(text).byline == ("Jane Roe",)


def test_capitalised_particles_in_a_name() -> None:
    text = _page("Jane Van Der Roe|Published 4 months ago")
    assert wireclean.parse_text(text).byline == ("Jane Van Der Roe",)


def test_organisation_run_on_after_the_name() -> None:
    text = _page("Jane Roe Gear Team", "Gear", "Apr 28, 2024 10:00 AM")
    assert wireclean.parse_text(text).byline == ("Jane Roe",)
    assert wireclean.parse_text(_page("By Associated Press")).byline == ()


def test_job_title_with_an_organisation_word_glued_to_the_name() -> None:
    text = _page("Travel", "By", "Jane RoeTravel News Reporter", "• 11:58, 23 APR 2024")
    assert wireclean.parse_text(text).byline == ("Jane Roe",)


def test_byline_as_the_last_line_of_a_block() -> None:
    text = _page("Travel\nBy\nJane RoeTravel News Reporter", "• 11:58, 23 APR 2024")
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe",)
    _rebuilds(story, text)


def test_byline_as_the_first_line_of_a_block() -> None:
    text = _page("Jane Roe | John Poe\nvor 3 Stunden")
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe", "John Poe")
    _rebuilds(story, text)


def test_job_title_fields_and_portraits_between_names() -> None:
    text = _page(
        "Jane Roe – Journalist", "[x1y2]", "John Poe – Journalist i Lindenau", "Politik 05.08.2024"
    )
    assert wireclean.parse_text(text).byline == ("Jane Roe", "John Poe")


def test_job_title_below_the_name() -> None:
    text = _page("Jane Roe", "Jane Roe", "Corresponsal en Lindenau")
    assert wireclean.parse_text(text).byline == ("Jane Roe",)


def test_link_text_printed_twice_is_no_name() -> None:
    assert wireclean.parse_text(_page("Local NewsNews")).byline == ()


@pytest.mark.parametrize(
    ("date_line", "clock_line"),
    [("30. Juni 2025,", "15:59 Uhr"), ("   • 30. Juni 2025", "   • 15:59 Uhr")],
)
def test_clock_time_on_the_line_below_the_date(date_line: str, clock_line: str) -> None:
    text = _page("Jane Roe", f"{date_line}\n{clock_line}")
    story = wireclean.parse_text(text)
    assert story.published == datetime(2025, 6, 30, 15, 59)
    _rebuilds(story, text)


def test_labelled_line_far_below_the_time_is_a_teasers() -> None:
    # The story's head is lost among five paragraphs of teasers; "Von John Poe" stands
    # in a list far below the time, "Jane Roe" right above it.
    def para(n: int) -> str:
        return (
            f"Paragraph {n} tells how the harbour grew over the years and why the new\n"
            "terminal matters to the town, its fishermen and its visitors alike."
        )

    head = "\n\n".join(para(n) for n in range(5))
    tail = "\n\n".join(para(n) for n in range(10))
    text = (
        f"{MENU}\n\n{HEADLINE}\n\n{head}\n\nJane Roe\n\n14. März 2024, 17:27 Uhr\n\n{tail}\n\n"
        f"   • Von John Poe\n   • Related story about the coast\n\n{FOOTER}\n"
    )
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe",)
    _rebuilds(story, text)


def test_job_titles_between_names_on_lines_of_their_own() -> None:
    text = _page(
        "By\nJane Roe\nNews Reporter\nJohn Poe\nNews Reporter\nAnn Lee", "20:49, 5 Aug 2024"
    )
    assert wireclean.parse_text(text).byline == ("Jane Roe", "John Poe", "Ann Lee")


def test_name_after_the_last_sentence_of_a_teaser_block() -> None:
    teaser = (
        "The harbour authority opened its new ferry terminal on Tuesday after two years of"
        " building work.\nJane Roe"
    )
    text = _page(teaser, "20 April 2026")
    story = wireclean.parse_text(text)
    assert story.byline == ("Jane Roe",)
    assert any(p.endswith("building work.") for p in story.body)
    _rebuilds(story, text)


def test_name_on_the_line_above_the_time_in_one_block() -> None:
    block = (
        "Harbour town opens a new ferry terminal for the island's commuters after two years"
        " of building work, the council says\nJane Roe\nFriday 22 November 2024 08:49 GMT"
    )
    story = wireclean.parse_text(_page(block))
    assert story.byline == ("Jane Roe",)
    assert story.published is not None


def test_names_below_a_label_line_beat_a_teasers_byline_farther_off() -> None:
    text = _page(
        "di",
        "Jane Roe",
        "The town opened its new ferry terminal on Tuesday after two years of building work.",
        "05 Gennaio 2025",
        "Ferry fares to rise in the spring, the harbour authority says",
        "Share",
        "Print",
        "Bookmark",
        "Listen",
        "di Tom Bell",
    )
    assert wireclean.parse_text(text).byline == ("Jane Roe",)


def test_place_after_the_names_below_a_label_line() -> None:
    text = _page("Autor:", "Jane Roe und John Poe, Lindenau", "14. März 2024, 17:27 Uhr")
    assert wireclean.parse_text(text).byline == ("Jane Roe", "John Poe")
