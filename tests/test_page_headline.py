"""The headline of a whole-page dump: which line above the story the page filter keeps.

Invented pages in the shapes the fundus dumps show: menus and breadcrumbs above the
headline, a kicker above it, a teaser, a caption, a byline and a timestamp below it.
"""

from __future__ import annotations

import pytest
import regex

import wireclean
from wireclean import patterns

MENU = "\n".join(f"  * {item}" for item in ("Home", "World", "Business", "Sport", "Culture"))
BODY = (
    "The harbour authority said on Friday that the new pier would open to ferries in "
    "July, two months later than planned, after divers found damage to its pillars.\n\n"
    "Repairs will cost about $2 million and will be paid for from the port's reserves, "
    "a spokeswoman said, adding that no crossings would be cancelled in the meantime.\n\n"
    "The pier was built in 1964 and last rebuilt after a storm in 2011."
)
FIRST = BODY.split("\n\n", 1)[0]


def page(*head: str, body: str = BODY) -> str:
    """Return a page dump: a site menu, the ``head`` lines, the story and a footer menu."""
    return "\n\n".join(["Harbour Gazette", MENU, *head, body, MENU]) + "\n"


def test_headline_above_byline_and_timestamp_beats_menus() -> None:
    story = wireclean.parse_text(
        page("Pier repairs delay ferry timetable", "By Jane Doe", "June 12, 2026 9:15 AM")
    )
    assert story.headline == "Pier repairs delay ferry timetable"
    assert story.byline == ("Jane Doe",)
    assert story.body[0] == FIRST


def test_kicker_above_the_headline_is_not_it() -> None:
    story = wireclean.parse_text(
        page(
            "Port Halden storm",
            "Pier repairs delay ferry timetable until July",
            "By Jane Doe",
            "June 12, 2026 9:15 AM",
        )
    )
    assert story.headline == "Pier repairs delay ferry timetable until July"


def test_teaser_below_the_headline_stays_in_the_body() -> None:
    teaser = "Divers found damage to the pillars during a routine check last month."
    story = wireclean.parse_text(
        page("Pier repairs delay ferry timetable until July", teaser, "By Jane Doe")
    )
    assert story.headline == "Pier repairs delay ferry timetable until July"
    assert story.body[:2] == (teaser, FIRST)


def test_caption_between_headline_and_byline_is_not_the_headline() -> None:
    caption = "Divers inspect the pillars of the old pier on Tuesday"
    story = wireclean.parse_text(
        page(
            "Pier repairs delay ferry timetable until July",
            caption,
            "Photo: Jane Roe/Reuters",
            "By Jane Doe",
            "June 12, 2026 9:15 AM",
        )
    )
    assert story.headline == "Pier repairs delay ferry timetable until July"


def test_image_label_and_names_line_are_not_the_headline() -> None:
    story = wireclean.parse_text(
        page(
            "Pier repairs delay ferry timetable until July",
            "Article thumbnail image",
            "Jane Doe Political Correspondent",
            "June 12, 2026 9:15 AM",
        )
    )
    assert story.headline == "Pier repairs delay ferry timetable until July"
    assert "Article thumbnail image" not in story.body


def test_breadcrumb_last_item_titles_the_story_over_a_kicker_run_in() -> None:
    # The page prints its headline with the kicker run in and its colon lost; the
    # breadcrumb's last item gives the title as written.
    crumbs = "  * Home\n  * Region\n  * Port Halden: Pier repairs delay ferry timetable"
    story = wireclean.parse_text(
        page(crumbs, "Port Halden Pier repairs delay ferry timetable", "By Jane Doe")
    )
    assert story.headline == "Port Halden: Pier repairs delay ferry timetable"
    assert story.body[0] == FIRST  # the run-in copy is the headline's, not the story's


def test_breadcrumb_ending_with_the_headline_marks_it() -> None:
    story = wireclean.parse_text(
        page(
            "Sie befinden sich hier: Home » Region » Pier repairs delay ferry timetable",
            "Pier repairs delay ferry timetable",
            "Read the latest on the harbour works in our live coverage",
        )
    )
    assert story.headline == "Pier repairs delay ferry timetable"


def test_page_title_with_the_site_name_marks_the_headline() -> None:
    text = "Pier repairs delay ferry timetable | Harbour Gazette\n\n" + page(
        "Ferries and harbours",
        "Pier repairs delay ferry timetable",
        "Harbour master expects busy summer season",
    )
    assert wireclean.parse_text(text).headline == "Pier repairs delay ferry timetable"


def test_consent_button_above_the_story_is_not_the_headline() -> None:
    story = wireclean.parse_text(
        page(
            "This site uses cookies. By continuing you agree to our privacy policy.",
            "Accept all",
            "December 28, 2011 / 11:57 PM / 4 years ago",
            "Pier repairs delayed",
        )
    )
    assert story.headline == "Pier repairs delayed"


def test_plain_story_keeps_a_three_word_headline() -> None:
    story = wireclean.parse_text(f"Regierung beschließt Exportregeln\n\n{BODY}")
    assert story.headline == "Regierung beschließt Exportregeln"
    assert story.body[0] == FIRST


def test_list_item_first_in_a_plain_text_is_no_headline() -> None:
    # Only a breadcrumb's last item, with the page above it gone, is taken as a headline.
    story = wireclean.parse_text(f"* One point only\n\n{BODY}")
    assert story.headline is None


def test_body_sentence_with_the_headline_words_stays() -> None:
    quote = "Officials said: pier repairs delay ferry timetable, and nothing else will change."
    story = wireclean.parse_text(
        f"Pier repairs delay ferry timetable\n\n{FIRST}\n\n{quote}\n\nThe pier opened in 1964."
    )
    assert quote in story.body


def test_copy_of_the_headline_with_its_kicker_leaves_the_body() -> None:
    story = wireclean.parse_text(
        page(
            "Pier repairs delay ferry timetable until July",
            "By Jane Doe",
            body="Port Halden Pier repairs delay ferry timetable until July\n\n" + BODY,
        )
    )
    assert story.body[0] == FIRST
    assert any(r.reason == "repeated" for r in story.removed)


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (patterns.TIME_AGO, "Published 3 seconds ago", True),
        (patterns.TIME_AGO, "vor 3 Stundenvor 3 Stunden", True),
        (patterns.TIME_AGO, "Three seconds to midnight", False),
        (patterns.IMAGE_LABEL, "Article thumbnail image", True),
        (patterns.IMAGE_LABEL, "Opens in new window", True),
        (patterns.IMAGE_LABEL, "Imagine a city without buses", False),
        (patterns.CAPTION_CREDIT, "Firefighters in Dnipro. HANDOUT / AFP", True),
        (patterns.CAPTION_CREDIT, "(Photos by Jane Roe; illustration by John Doe)", True),
        (patterns.CAPTION_CREDIT, "AFP reporters visit the front", False),
        (patterns.CREDIT_LABEL, "Bildrechte: dpa-Bildfunk/Jane Roe", True),
        (patterns.CREDIT_LABEL, "Copyright law changes next year", False),
        (patterns.BYLINE_WORD, "Kolumne von Jane Doe", True),
    ],
)
def test_headline_patterns(pattern: regex.Pattern[str], text: str, found: bool) -> None:
    # (Linear time on hostile input: tests/test_patterns.py walks every pattern.)
    assert (pattern.search(text) is not None) is found


def test_promos_between_a_far_headline_and_the_story_go() -> None:
    # A headline far above the story: the poll and promo lines between them go, the
    # teaser below the headline and the byline above the story stay.
    promos = "\n\n".join(f"Poll option number {n} for readers" for n in range(12))
    story = wireclean.parse_text(
        page(
            "Pier repairs delay ferry timetable until July",
            "Divers found damage to the pillars during a routine check last month.",
            "Question of the day",
            "Should the city build a second pier?",
            promos,
            "View results",
            "By Jane Doe",
            "June 12, 2026 9:15 AM",
        )
    )
    assert story.headline == "Pier repairs delay ferry timetable until July"
    assert story.byline == ("Jane Doe",)
    assert not any("Poll option" in paragraph for paragraph in story.body)
    assert story.body[0].startswith("Divers found damage")
