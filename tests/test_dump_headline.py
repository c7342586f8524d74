"""The headline of a whole-page dump (issue #4): lines that are never it, and where it may
stand below menus, captions and forms.

Invented pages in the shapes the fundus w3m and lynx dumps show: interface strings,
menus run into one line, captions with a credit in brackets, a text browser's debris,
a gallery's counter, a weather box, a headline that opens as a byline would.
"""

from __future__ import annotations

import importlib

import pytest

import wireclean
from tests.test_page_headline import BODY, MENU
from wireclean.model import Block

_page = importlib.import_module("wireclean.filters.page")

HEADLINE = "Pier repairs delay ferry timetable until July"


def page(*head: str, body: str = BODY) -> str:
    """Return a page dump: a site menu, the ``head`` lines, the story and a footer menu."""
    return "\n\n".join(["Harbour Gazette", MENU, *head, body, MENU]) + "\n"


def block(text: str) -> Block:
    return Block(text, 0, len(text), 0)


@pytest.mark.parametrize(
    "line",
    [
        "This feature is only for subscribers sólo para registrados",
        "Hai salvato un nuovo articolo",
        "Skip to main content",
        "Hoppa till huvudinnehållet",
        "Technisches Problem melden",
        "Get the best stories of the week in your inbox",
        "Try refreshing your browser, or",
        "#alternate alternate Harbour Gazette » Feed",
        "IFRAME: https://example.com/frame.html",
        "(BUTTON) Close the menu",
        "7 of 12 |",
        "Harbour town sunny 21 °C Hilltop cloudy 17 °C",
        "Bildrechte: Jane Doe / Example Agency",
    ],
)
def test_lines_that_are_never_a_headline(line: str) -> None:
    assert not _page._may_be_headline(block(line))


@pytest.mark.parametrize(
    "line",
    [
        HEADLINE,
        "Von Berlin bis Bonn: Eine Reise durch das Rheinland",
        "Ferry fares rise 21 °C heatwave hits the harbour",
        "Islanders get their inbox full of ferry notices",
    ],
)
def test_headlines_stay_candidates(line: str) -> None:
    assert _page._may_be_headline(block(line))


def test_a_byline_line_is_still_no_headline() -> None:
    assert not _page._may_be_headline(block("Von Jane Doe und John Roe"))
    assert not _page._may_be_headline(block("Von Jane Doe 30.04.2026, 18:58 Uhr"))


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("World Business Travel Culture Health Sport Video Podcasts", True),  # eight items
        ("Navigation Harbour Hilltop Valley Coast Bay", True),  # the heading above, then items
        ("My Region Region North Region South Harbour Town", True),
        ("Mayor Wins Second Term In Landslide", False),  # six words, no item named twice
        ("Islanders vote to keep the old ferry pier open", False),
        ("Harbour, Hilltop, Valley, Coast, Bay, Cape and more", False),
    ],
)
def test_a_menu_run_into_one_line(line: str, menu: bool) -> None:
    blocks = (block("Navigation"), block(line))
    assert _page._menu_run(blocks, 1) is menu


def test_a_menu_run_into_one_line_is_not_the_headline() -> None:
    run = "World Business Travel Culture Health Sport Video World Business Travel"
    story = wireclean.parse_text(page(run, HEADLINE, "By Jane Doe"))
    assert story.headline == HEADLINE


def test_a_caption_with_its_credit_in_brackets_is_not_the_headline() -> None:
    caption = "Divers inspect the pillars of the new pier on Tuesday (Photos: Jane Roe/AP)"
    story = wireclean.parse_text(page(HEADLINE, caption, "By Jane Doe"))
    assert story.headline == HEADLINE


def test_a_caption_above_a_slashed_credit_reads_as_a_caption() -> None:
    blocks = (
        block("Divers inspect the pillars of the new pier"),
        block("Jane Roe/Harbour Gazette"),
        block(HEADLINE),
    )
    assert _page._captioned(blocks, 0)
    assert not _page._captioned(blocks, 1)


def test_an_interface_line_above_the_story_is_not_the_headline() -> None:
    story = wireclean.parse_text(
        page(HEADLINE, "By Jane Doe", "Hai salvato un nuovo articolo", "June 12, 2026 9:15 AM")
    )
    assert story.headline == HEADLINE


def test_a_headline_that_opens_as_a_byline_would() -> None:
    headline = "Von Berlin bis Bonn: Eine Reise durch das Rheinland"
    story = wireclean.parse_text(page(headline, "Von Jane Doe", "12.06.2026, 09:15 Uhr"))
    assert story.headline == headline


def test_lynx_debris_above_the_headline_is_skipped() -> None:
    text = "\n\n".join(["#alternate alternate", "(BUTTON) (BUTTON)", HEADLINE, BODY])
    story = wireclean.parse_text(text)
    assert story.headline == HEADLINE


def test_short_menu_items_above_the_headline_on_a_page() -> None:
    # The page filter keeps the short part above the headline; its menu items are
    # not the headline, which is the paragraph below them.
    text = "\n\n".join(
        [
            "  * Magazine\n  * Get involved",
            HEADLINE,
            "  * Jane Doe",
            "June 12, 2026 9:15 AM",
            BODY,
            MENU,
            "Harbour Gazette, 1 Quay Street",
            MENU,
        ]
    )
    story = wireclean.parse_text(text)
    assert story.headline == HEADLINE


def test_list_items_above_a_plain_story_stay_without_a_page() -> None:
    # No page around the story: a list that opens the text is no menu to skip.
    text = "  * One point\n  * Another point\n\nSome title line here\n\nBody text."
    assert wireclean.parse_text(text).headline is None


def test_the_window_reaches_past_a_caption_and_its_alt_text() -> None:
    caption = (
        "Divers inspect the pillars of the new pier on Tuesday morning, watched by the "
        "harbour master and two engineers from the port authority. Photo: Jane Roe/AP"
    )
    alt = caption.replace("Tuesday morning", "Tuesday")
    story = wireclean.parse_text(page(caption, alt, HEADLINE, "By Jane Doe", "June 12, 2026"))
    assert story.headline == HEADLINE


def test_the_window_reaches_past_a_form() -> None:
    form = ["Name* [ ]", "Email* [ ]", "Phone (optional) [ ]", "What went wrong? [ ]"]
    blocks = tuple(block(t) for t in (*form, "Send", "Home | News |", HEADLINE))
    assert 6 in _page._headline_window(blocks, 0)
    lynx = tuple(block(t.replace("[ ]", "_" * 20)) for t in (*form, "Send", "x", HEADLINE))
    assert 6 in _page._headline_window(lynx, 0)


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        ("English EnglishFrançaisDeutschItaliano Español", True),
        ("HarbourSunny21 HilltopCloudyRain", False),  # two joins a word at most
        ("McDonald's opens its first harbour restaurant on the pier", False),
        ("YouTube and iPhone users get ferry alerts", False),
    ],
)
def test_menu_items_glued_into_one_word(line: str, glued: bool) -> None:
    assert _page._glued(line) is glued


def test_a_video_title_printed_twice_reads_as_a_caption() -> None:
    title = "Why the harbour needs a second pier"
    blocks = (block(f"{title} Video"), block(title), block(HEADLINE))
    assert _page._captioned(blocks, 1)
    # A copy with another word after it (a newsletter's name) says nothing.
    other = (block(f"{title} newsletter"), block(title))
    assert not _page._captioned(other, 1)


def test_share_buttons_below_the_headline_are_no_bullets_on_a_page() -> None:
    # The page above the headline is cut: the list under it must still read as points.
    text = page(
        HEADLINE,
        "By Jane Doe",
        "  * Facebook\n  * Email",
        "June 12, 2026 9:15 AM",
    )
    story = wireclean.parse_text(text)
    assert story.headline == HEADLINE
    assert story.bullets == ()


def test_summary_points_below_the_headline_stay_bullets_on_a_page() -> None:
    points = "  * The pier opens in July\n  * Repairs cost about $2 million"
    story = wireclean.parse_text(page(HEADLINE, points, "By Jane Doe"))
    assert story.headline == HEADLINE
    assert story.bullets == ("The pier opens in July", "Repairs cost about $2 million")
