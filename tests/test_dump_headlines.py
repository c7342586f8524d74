"""The headline of a whole-page dump (issue #4), from the page's title line: a line
that stood for the headline but shares no word with the title (a notice, a promo), and
a title line whose site's name is no known one, printed again less that name.

Invented pages in the shapes the fundus BeautifulSoup and w3m dumps show: the first
line is the page's ``<title>`` ("X | Site"), then a long menu, then the story.
"""

from __future__ import annotations

import importlib

import wireclean

_headline = importlib.import_module("wireclean.filters.headline")

TITLE = "Dockers end strike at northern harbour"
MENU = "\n\n".join(f"Topic number {i}" for i in range(80))
FOOTER = "\n".join(f"  • Section {w}" for w in ("World", "Business", "Sport", "Culture", "Money"))
STORY = (
    "The dockers of the northern harbour voted on Monday to return to work after three"
    " weeks of strike, union leaders said at a press conference in the port.\n\n"
    "Talks with the port authority over pay and hours will resume next week, a spokesman"
    " for the union said, and the first ships are expected to dock on Wednesday.\n\n"
    "The strike had left more than forty ships waiting off the coast and cost the"
    " region's exporters millions, according to the chamber of commerce."
)
FIRST = STORY.split("\n\n", 1)[0]


def page(first_line: str, above_story: str) -> str:
    """A dump: its first line, a long menu, a line above the story, the story, a footer."""
    return (
        f"{first_line}\n\n{MENU}\n\n{above_story}\n\n{STORY}\n\n{FOOTER}\n\nAbout Example Times\n"
    )


def test_a_notice_unrelated_to_the_title_gives_way_to_the_title() -> None:
    notice = "Please refresh the page to keep reading"
    story = wireclean.parse_text(page(f"{TITLE} | Example Times", notice))
    assert story.headline == TITLE
    assert story.body[0] == FIRST
    assert notice not in story.body
    removed = story.to_dict(explain=True)["removed"]
    assert any(r["reason"] == "page-chrome" and r["text"] == notice for r in removed)
    assert any(r["reason"] == "metadata" and r["text"] == TITLE for r in removed)


def test_a_promo_unrelated_to_the_title_gives_way_to_the_title() -> None:
    promo = "Highlights of the weekend in pictures"
    assert wireclean.parse_text(page(f"{TITLE} - Example Times", promo)).headline == TITLE


def test_a_heading_about_the_same_story_stays_the_headline() -> None:
    # The page's heading words the story otherwise than its <title>: a word in common
    # ("dockers", "harbour") keeps the heading.
    heading = "Harbour dockers return to work"
    story = wireclean.parse_text(page(f"{TITLE} | Example Times", heading))
    assert story.headline == heading


def test_a_first_line_with_no_sites_name_is_no_title() -> None:
    # A text browser's dump opens with the site's banner, no title: nothing is cut
    # from it, and it does not replace the page's headline.
    notice = "Please refresh the page to keep reading"
    story = wireclean.parse_text(page("Subscribe now E-Paper read today", notice))
    assert story.headline != "Subscribe now E-Paper read today"


def test_unrelated_compares_the_first_letters_of_longer_words() -> None:
    assert _headline._unrelated("Please refresh the page", TITLE)
    assert not _headline._unrelated("Hitzewelle legt Trams lahm", "Verkehrschaos durch Hitze")
    assert _headline._unrelated("Der Hafen", "Die Werft")  # short words tell nothing


def test_a_title_line_printed_again_less_an_unknown_sites_name() -> None:
    text = (
        f"{TITLE} | Harbour Herald\n\n{FOOTER}\n\n{TITLE}\n\n"
        f"{TITLE} 28.04.2024 17:59\n\n{STORY}\n\n{FOOTER}\n"
    )
    story = wireclean.parse_text(text)
    assert story.headline == TITLE
    assert story.body[0] == FIRST


def test_printed_head_needs_a_line_of_its_own() -> None:
    line = f"{TITLE} | Harbour Herald"
    assert _headline._printed_head(line, f"{line}\n\n  {TITLE} \n\nBody.", len(line)) == TITLE
    # Only within a longer line, or only above the title line's end: no head.
    assert _headline._printed_head(line, f"{line}\n\nSo {TITLE} today.", len(line)) is None
    assert (
        _headline._printed_head(line, f"{TITLE}\n{line}\n\nBody.", len(TITLE) + 1 + len(line))
        is None
    )
    # A sentence after the mark is no site's name.
    sentence = f"{TITLE} | Read the whole story here today."
    assert _headline._printed_head(sentence, f"{sentence}\n\n{TITLE}\n", len(sentence)) is None
