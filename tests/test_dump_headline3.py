"""The headline of a whole-page dump, third round (issue #4): a donation banner that
reads as the page's title ("X - with your gift we stay on it.") and a byline with its
time on one line below the headline ("Kolumne von Jane Doe - 05.06.2026 um 10:41 Uhr").

Invented pages in the shapes the fundus w3m and lynx dumps show.
"""

from __future__ import annotations

import importlib

import wireclean
from tests.test_page_headline import BODY, FIRST, MENU
from wireclean.model import Block

_page = importlib.import_module("wireclean.filters.page")

HEADLINE = "Breakwater: Pier repairs delay the ferry timetable"
BANNER = "Whatever the storm brings"
BYLINE = "Kolumne von Jane Doe - 05.06.2026 um 10:41 Uhr - 3 Kommentare"


def block(text: str) -> Block:
    return Block(text, 0, len(text), 0)


def test_a_sentence_after_the_mark_is_no_sites_name() -> None:
    titles = [f"{BANNER} - with your gift we stay on it."]
    assert not _page._site_titled(BANNER, titles)
    assert _page._site_titled(BANNER, [f"{BANNER} - Harbour Gazette"])
    assert _page._site_titled(BANNER, [f"{BANNER} | Harbour Gazette Ltd."])  # a short name


def test_a_byline_with_its_time_below_is_meta_below() -> None:
    blocks = (block(HEADLINE), block(BYLINE), block(FIRST))
    assert _page._meta_below(blocks, 0, set())
    # Names with no time, or a time with no byline's label, are not read so here.
    assert not _page._dated_byline(block("Kolumne von Jane Doe"))
    assert not _page._dated_byline(block("Hafen - 05.06.2026 um 10:41 Uhr"))


def test_the_headline_over_its_dated_byline_beats_a_donation_banner() -> None:
    # A donation banner at the top of the page: its line with the appeal after a dash
    # (no site's name: a sentence), then its title alone; the story's headline stands
    # over a byline with its time on the same line.
    text = "\n\n".join(
        [
            "X",
            f"{BANNER} - with your gift we stay on it.",
            "X",
            BANNER,
            "Donate now",
            MENU,
            HEADLINE,
            BYLINE,
            BODY,
            MENU,
        ]
    )
    story = wireclean.parse_text(text + "\n")
    assert story.headline == HEADLINE
    assert story.body[0] == FIRST
