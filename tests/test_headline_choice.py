"""Which form of the headline a page dump gives (issues #4 and #6).

Invented pages in the shapes the text renderers print: a kicker on its own line under a
title line that gives it with a colon; a kicker run into the title where the page gives
the colon elsewhere; a title line ending in the day's date; a title line whose quotation
marks differ from the heading's; a breadcrumb trail printed as one line with the
headline at its end; the title line printed again, beside a span that opens with a
teaser.
"""

from __future__ import annotations

from collections.abc import Callable

import wireclean
from tests.test_dump_title_line import BODY, FOOTER, MENU
from wireclean import default_pipeline
from wireclean.filters.headline import _site_cut
from wireclean.pipeline import Draft

KICKER = "Ferry chaos"
TITLE = "Pier repairs delay the island timetable until July"


def test_a_kicker_on_its_own_line_joins_the_headline_the_title_line_gives() -> None:
    # BeautifulSoup's text: <title>, menus, then the heading's kicker, colon and title
    # each on a line of their own.
    text = (
        f"{KICKER}: {TITLE} | Harbour Gazette\n\n{MENU}\n\n{KICKER}\n:\n{TITLE}\n\n"
        f"{BODY}\n\n{FOOTER}\n"
    )
    story = wireclean.parse_text(text)
    assert story.headline == f"{KICKER}: {TITLE}"
    assert wireclean.parse_text(story.to_text()).headline == story.headline


def test_a_title_line_without_the_kicker_above_the_heading_changes_nothing() -> None:
    # The title gives a kicker the page does not show above the heading: it stays out.
    text = (
        f"{KICKER}: {TITLE} | Harbour Gazette\n\n{MENU}\n\nLatest\n\n{TITLE}\n\n"
        f"{BODY}\n\n{FOOTER}\n"
    )
    assert wireclean.parse_text(text).headline == TITLE


def test_a_kicker_run_into_the_title_gets_the_colon_the_page_gives() -> None:
    # A text browser runs the heading's kicker into the title; the breadcrumb above
    # gives the two with the colon.
    crumbs = f"  • Home\n  • World\n  • {KICKER}: {TITLE}\n"
    text = f"{crumbs}\n{MENU}\n\n{KICKER} {TITLE}\n\n{BODY}\n\n{FOOTER}\n"
    assert wireclean.parse_text(text).headline == f"{KICKER}: {TITLE}"


def test_a_heading_without_a_colon_anywhere_stays_as_printed() -> None:
    text = f"{MENU}\n\n{KICKER} {TITLE}\n\n{BODY}\n\n{FOOTER}\n"
    assert wireclean.parse_text(text).headline == f"{KICKER} {TITLE}"


def test_a_trail_printed_as_one_line_gives_its_last_item() -> None:
    text = f"{MENU}\n\nYou are here: Home » World » {TITLE}\n\n{BODY}\n\n{FOOTER}\n"
    story = wireclean.parse_text(text)
    assert story.headline == TITLE
    assert not any("»" in p for p in story.body)


def test_a_headline_with_guillemets_is_no_trail() -> None:
    # Quotation marks in a headline are no separators of a trail.
    headline = "Mayor says » no more delays « at the pier"
    text = f"{MENU}\n\n{headline}\n\n{BODY}\n\n{FOOTER}\n"
    assert wireclean.parse_text(text).headline == headline


def test_the_title_line_gives_its_quotation_marks() -> None:
    heading = "Pier repairs delay the island’s ‘summer’ timetable"
    title = "Pier repairs delay the island's 'summer' timetable"
    text = f"{title} | Harbour Gazette\n\n{MENU}\n\n{heading}\n\n{BODY}\n\n{FOOTER}\n"
    assert wireclean.parse_text(text).headline == title


def test_a_date_after_the_site_name_goes_with_it() -> None:
    line = f"{TITLE} – Harbour Gazette – 13.06.2023"
    source = f"{line}\n\nHarbour Gazette\n\n{BODY}\n"
    assert _site_cut(line, source) == TITLE


def _cut_until(text: str) -> Callable[[Draft], Draft]:
    """A page filter that cuts every block above the first one starting with ``text``."""

    def cut(draft: Draft) -> Draft:
        first = next(i for i, b in enumerate(draft.blocks) if b.text.startswith(text))
        return draft.drop(range(first), reason="page-chrome")

    return cut


def test_the_title_printed_again_beats_a_span_that_opens_with_a_teaser() -> None:
    # A whole-page dump: the <title> line, the menu, the headline as the page prints it,
    # a teaser the story's span opens with (as the page filter chose it).
    teaser = "Seals return to the old pier after twenty years"
    text = f"{TITLE} | Harbour Gazette\n\n{MENU}\n\n{TITLE}\n\n{teaser}\n\n{BODY}\n\n{FOOTER}\n"
    pipeline = default_pipeline().replace("page", _cut_until(teaser))
    story = wireclean.parse_text(text, pipeline=pipeline)
    assert story.headline == TITLE
    assert story.body[0] == teaser


def test_a_first_line_of_a_banner_or_a_menu_item_is_no_title() -> None:
    teaser = "Seals return to the old pier after twenty years"
    for first in ("Harbour News Harbour News", "• Harbour Media Group News"):
        text = f"{first}\n\n{MENU}\n\n{first}\n\n{teaser}\n\n{BODY}\n\n{FOOTER}\n"
        pipeline = default_pipeline().replace("page", _cut_until(teaser))
        assert wireclean.parse_text(text, pipeline=pipeline).headline == teaser
