"""The headline of a whole-page dump, second round (issue #4): a headline far above the
story past a subscription box's items, a title line the page prints twice in a row, a
kicker run into the title line's heading, and a wrapped sentence's line beside the
headline.

Invented pages in the shapes the fundus w3m, lynx and BeautifulSoup dumps show.
"""

from __future__ import annotations

import importlib
import textwrap

import wireclean
from tests.test_dump_title_line import BODY as TITLED_BODY
from tests.test_dump_title_line import FOOTER
from tests.test_dump_title_line import MENU as TITLED_MENU
from tests.test_page_headline import BODY, FIRST, MENU
from wireclean.model import Block

_page = importlib.import_module("wireclean.filters.page")

HEADLINE = "Pier repairs delay ferry timetable until July"


def block(text: str) -> Block:
    return Block(text, 0, len(text), 0)


def test_a_headline_past_a_box_of_list_items_is_found() -> None:
    # The headline and its time, then a subscription box: thirty items and forty-five
    # short lines, more than the window's seventy blocks, under seventy of them no
    # list item. The headline stays the story's; with no time (or byline) below it, a
    # line that far up is not looked at.
    items = "\n".join(f"  • Unlimited access to story number {n} of the archive" for n in range(30))
    options = [f"Option{n}" for n in range(45)]
    text = "\n\n".join(
        ["Harbour Gazette", MENU, HEADLINE, "05.06.2026, 10:41", items, *options, BODY, MENU]
    )
    story = wireclean.parse_text(text + "\n")
    assert story.headline == HEADLINE
    assert story.body[0] == FIRST
    text = "\n\n".join(["Harbour Gazette", MENU, HEADLINE, items, *options, BODY, MENU])
    assert wireclean.parse_text(text + "\n").headline != HEADLINE


def test_a_title_line_printed_twice_at_the_head_of_the_story() -> None:
    # A dump wrapped at 79 columns: the title line (cut with the page), a caption, then
    # the heading printed twice with the lead run in. The heading is the headline, its
    # copy goes, the lead stays.
    title = "Pier repairs delay the island ferry timetable until July, harbour office says"
    body = "\n\n".join(textwrap.fill(p, 79) for p in TITLED_BODY.split("\n\n"))
    lead, rest = body.split("\n\n", 1)
    caption = "A diver inspects a pillar of the old pier on Friday."
    text = (
        f"{title} | Harbour Gazette\nSkip to main content\n\n{TITLED_MENU}\n\n{TITLED_MENU}\n\n"
        f"{caption}\n\n{title}\n{title}\n{lead}\n\n{rest}\n\n{FOOTER}\n"
    )
    story = wireclean.parse_text(text)
    assert story.headline == title
    assert not any(title in p for p in story.body)
    assert " ".join(lead.split()) in story.body


def test_a_kicker_run_into_the_heading_goes_with_the_title_line() -> None:
    # The page's title declares the headline without the kicker the heading runs in.
    text = (
        f"{HEADLINE} | Harbour Gazette\n\n{TITLED_MENU}\n\nHarbour works {HEADLINE}\n\n"
        f"{TITLED_BODY}\n\n{FOOTER}\n"
    )
    story = wireclean.parse_text(text)
    assert story.headline == HEADLINE
    assert not any("Harbour works" in p for p in story.body)


def test_a_wrapped_sentences_first_line_loses_to_the_headline_above_it() -> None:
    # A standfirst a text browser wrapped into two blocks, the byline close below it:
    # its first line scores higher than the headline but runs into a line in lower case.
    first_line = "Two months late: divers found damage to the pillars of the old pier and the"
    second_line = "works will take longer than planned, the harbour office said on Friday."
    text = "\n\n".join(
        [
            "Harbour Gazette",
            MENU,
            HEADLINE,
            first_line,
            second_line,
            "Share",
            "Print",
            "Comments",
            "By Jane Doe",
            BODY,
            MENU,
        ]
    )
    story = wireclean.parse_text(text + "\n")
    assert story.headline == HEADLINE
    assert story.body[:2] == (first_line, second_line)


def test_lines_that_open_in_lower_case() -> None:
    assert _page._lower_start("about $300 million in school funding")
    assert not _page._lower_start("iPhone sales fall for a third quarter")
    assert not _page._lower_start("„Unermüdlicher Einsatz“")


def test_a_label_below_a_headline_is_no_wrapped_sentence() -> None:
    # "erstellt: ..." (a label) and a quoted title ending in a quotation mark: no
    # sentence runs on from the line above.
    blocks = (
        block("„Unermüdlicher Einsatz“"),
        block("erstellt: 01. April 2026, 15:25 in: Gesellschaft | Kommentare : 0"),
        block("Harbour board approves the new budget for the"),
        block("erstellt: 01. April 2026, 15:25 in: Gesellschaft | Kommentare : 0"),
        block("Harbour board approves the new budget for the"),
        block("ferry crossings of the coming summer, the office said"),
    )
    assert not _page._runs_into(blocks, 0, set())
    assert not _page._runs_into(blocks, 2, set())
    assert _page._runs_into(blocks, 4, set())
