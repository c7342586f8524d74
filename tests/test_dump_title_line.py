"""The headline of a whole-page dump that opens with the page's title line (issue #4).

BeautifulSoup's ``get_text`` writes the page's ``<title>`` first: the headline with the
site's name after it. Invented pages in that shape: the title line taken as the headline
loses the site's name; a heading with the next line run into it keeps the title's part.
"""

from __future__ import annotations

import wireclean
from wireclean import patterns

MENU = "\n\n".join(("Home", "World", "Business", "Sport", "Culture", "Weather", "Puzzles"))
BODY = (
    "The harbour authority said on Friday that the new pier would open to ferries in "
    "July, two months later than planned, after divers found damage to its pillars.\n\n"
    "Repairs will cost about $2 million and will be paid for from the port's reserves, "
    "a spokeswoman said, adding that no crossings would be cancelled in the meantime.\n\n"
    "The pier was built in 1964 and last rebuilt after a storm in 2011."
)
FOOTER = "About us\n\nContact\n\n© 2026 Harbour Gazette"
HEADLINE = "Pier repairs delay ferry timetable until July"


def test_the_title_line_loses_a_domain_after_it() -> None:
    text = f"{HEADLINE} - harbourgazette.com\n\n{BODY}\n\n{FOOTER}\n"
    story = wireclean.parse_text(text)
    assert story.headline == HEADLINE
    assert "harbourgazette.com" not in " ".join(story.body)


def test_the_title_line_loses_a_site_name_the_page_prints_again() -> None:
    text = f"{HEADLINE} | Harbour Gazette\n\n{BODY}\n\n{FOOTER}\n"
    assert wireclean.parse_text(text).headline == HEADLINE


def test_a_second_part_the_page_prints_only_with_the_first_stays() -> None:
    # "X - Y" printed again as the page's heading: Y is the headline's, not a site's.
    title = "Pier repairs delay ferry timetable - islanders wait until July"
    text = f"{title}\n\n{MENU}\n\n{title}\n\n{BODY}\n\n{FOOTER}\n"
    assert wireclean.parse_text(text).headline == title


def test_a_heading_with_the_next_line_run_in_is_cut_at_the_title() -> None:
    text = f"{HEADLINE} | Harbour Gazette\n{MENU}\n\n{HEADLINE}\nJane Doe\n\n{BODY}\n\n{FOOTER}\n"
    story = wireclean.parse_text(text)
    assert story.headline == HEADLINE
    assert not any("Jane Doe" in p for p in story.body) or story.byline == ("Jane Doe",)


def test_a_wrapped_headline_that_opens_the_text_is_not_cut() -> None:
    # A headline wrapped over two lines opens the text: its first line is no title line.
    headline = (
        "Pier repairs delay ferry timetable until July as divers find damage to the "
        "pillars of the old pier"
    )
    text = "\n".join(
        (
            "Pier repairs delay ferry timetable until July as divers find",
            "damage to the pillars of the old pier",
            "",
            "Home | World | Sport",
            "",
            "The harbour authority said on Friday that the new pier would",
            "open to ferries in July, two months later than planned,",
            "after divers found damage to its pillars. Repairs will cost",
            "about two million and will be paid for from reserves.",
            "",
            FOOTER,
        )
    )
    assert wireclean.parse_text(text).headline == headline


def test_a_single_story_keeps_its_headline_whole() -> None:
    # No page around the story (nothing cut as page chrome): the headline stays as written.
    text = f"{HEADLINE} - harbourgazette.com\n\n{BODY}\n"
    assert wireclean.parse_text(text).headline == f"{HEADLINE} - harbourgazette.com"


def test_the_first_line_pattern() -> None:
    match = patterns.FIRST_LINE.search("\n\n  Title line here  \nNext\n")
    assert match is not None
    assert match.group() == "Title line here  "
    assert patterns.FIRST_LINE.search(" \n \n") is None


def test_a_long_standfirst_below_the_title_is_not_the_headline() -> None:
    # A summary with no full stop, more words than the title above it (shorter words:
    # no teaser by its length) and about the same thing: the title is the headline,
    # the standfirst stays in the body.
    title = (
        "Harbourside ferry operators postpone summer timetable until July 2026 after "
        "underwater inspection reveals deteriorating pier foundations"
    )
    standfirst = "Divers saw the old pier was weak so the new boats will not sail from it till July"
    text = "\n\n".join([MENU, title, standfirst, "By Jane Doe", BODY, FOOTER]) + "\n"
    story = wireclean.parse_text(text)
    assert story.headline == title
    assert standfirst in story.body
