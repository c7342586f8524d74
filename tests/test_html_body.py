"""Tests for the HTML block walk's body rules (issue #6): context words, hidden parts, links.

The pages in ``fixtures/regressions/body-*.html`` are invented; the expected blocks and
bodies were written by reading the pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import wireclean
from wireclean.html import read_html, read_soup, render_html

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "regressions"

#: A story paragraph long enough to count as prose for the wrapper rule.
PARA = "Story paragraph {} says the bridge reopens on Saturday after eight months of repairs."


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def contexts(page: str) -> dict[str, str]:
    return {b.text: b.context for b in read_html(page).blocks}


def story(n: int = 3) -> str:
    return "".join(f"<p>{PARA.format(i)}</p>" for i in range(n))


# --- context words of the page's layout ------------------------------------------------


def test_page_classes_give_no_context() -> None:
    # WordPress writes the post's tags and the theme's options on <body>.
    page = f"<html class='header-menu-nav'><body class='tag-social-media has-sidebar'>{story()}"
    assert set(contexts(page).values()) == {""}


def test_words_of_an_element_wrapping_the_story_go() -> None:
    blocks = contexts(fixture("body-wrapper-classes.html"))
    lead = "Crews on the island ferries voted on Tuesday to strike for two days next month,"
    tail = " saying the new winter rota leaves them with too few rest days between crossings."
    assert blocks[lead + tail] == "main article"
    # The boxes inside the story keep their own words.
    assert blocks["Island ferry timetable cut for the winter months"] == (
        "main article related aside link"
    )
    assert blocks["Sign up for our morning briefing."] == "main article newsletter"
    assert blocks["Home"] == "nav"
    assert blocks["Harbour Gazette, all rights reserved."] == "footer"


def test_story_inside_a_teaser_wrapper_is_the_body() -> None:
    result = wireclean.parse_html(fixture("body-wrapper-classes.html"))
    assert result.headline == "Ferry crews vote to strike over winter rota"
    assert result.body == (
        "Crews on the island ferries voted on Tuesday to strike for two days next month, saying"
        " the new winter rota leaves them with too few rest days between crossings.",
        "The union said nine in ten of its members who took part backed the walkout, which"
        " would halt the morning sailings to the three northern islands.",
        "The operator said it was disappointed by the vote and would meet union officials again"
        " on Friday to discuss the rota, which it says is needed to cover staff shortages.",
        "Islanders who rely on the morning crossing to reach the hospital on the mainland asked"
        " both sides to agree on emergency sailings before any strike begins.",
    )


def test_a_box_beside_the_story_keeps_its_words() -> None:
    # Negative: a sign-up box with one long paragraph holds little of the page's prose.
    box = "<div class='newsletter'><p>" + PARA.format("box") + "</p></div>"
    assert contexts(f"<article>{story()}{box}</article>")[PARA.format("box")] == (
        "article newsletter"
    )


def test_each_comment_keeps_its_word_however_long_the_thread() -> None:
    # Negative: the comments hold most of the page's prose, but each one says "comment".
    long = " ".join([PARA.format("of a reader")] * 3)
    thread = "".join(f"<div class='comment'><p>{long} {i}</p></div>" for i in range(5))
    page = f"<article>{story()}</article><section id='comments'>{thread}</section>"
    assert [c for t, c in contexts(page).items() if t.startswith(long)] == ["comment"] * 5


def test_a_short_page_keeps_its_words() -> None:
    # Negative: without three paragraphs of prose nothing counts as a wrapper.
    page = "<div class='related'><p>" + PARA.format(1) + "</p><p>Two.</p><p>Three.</p></div>"
    assert set(contexts(page).values()) == {"related"}


# --- React's streamed segments ---------------------------------------------------------


def test_streamed_segments_are_read_at_their_placeholders() -> None:
    result = wireclean.parse_html(fixture("body-react-stream.html"))
    body = [p for p in result.body if p.startswith(("A late", "Temperatures", "Growers", "The"))]
    assert body == [
        "A late frost last week has cost apple growers in the valley up to a third of this"
        " year's blossom, the growers' association said on Monday.",
        "Temperatures fell to minus four degrees on two nights in a row, just as the early"
        " varieties were in full flower across the lower slopes.",
        "Growers who ran frost fans through the night said they saved most of their trees, but"
        " smaller farms without fans lost nearly all of the blossom on their oldest rows.",
        "The association will ask the regional council for help with the cost of replanting,"
        " and expects the harvest to begin two weeks later than usual.",
    ]
    assert "no placeholder" not in result.to_text()


def test_a_segment_is_read_once() -> None:
    page = (
        "<p>One.</p><template id='B:1'></template><template id='B:1'></template>"
        "<p>Two.</p><div hidden id='S:1'><p>Streamed.</p></div>"
    )
    assert render_html(page) == "One.\n\nStreamed.\n\nTwo.\n"


def test_a_hidden_div_without_placeholder_stays_hidden() -> None:
    page = "<template id='X:1'></template><p>Shown.</p><div hidden id='S:1'><p>Not.</p></div>"
    assert render_html(page) == "Shown.\n"


# --- hidden by class -------------------------------------------------------------------


@pytest.mark.parametrize(
    "hidden",
    [
        "<div class='hidden'>secret</div>",
        "<div class='card hidden'>secret</div>",
        "<div class='d-none'>secret</div>",
        "<div class='is-hidden'>secret</div>",
        "<span class='sr-only'>secret</span>",
        "<span class='visually-hidden'>secret</span>",
        "<span class='screen-reader-text'>secret</span>",
    ],
)
def test_hidden_classes_never_appear(hidden: str) -> None:
    assert render_html(f"<p>Before.</p>{hidden}<p>After.</p>") == "Before.\n\nAfter.\n"


@pytest.mark.parametrize(
    "shown",
    [
        "<div class='hidden md:block'>shown</div>",  # Tailwind: shown on wider screens
        "<div class='d-none d-lg-block'>shown</div>",  # Bootstrap: the same
        "<div class='hidden-xs'>shown</div>",  # hidden on the smallest screens only
        "<div class='unhidden'>shown</div>",
    ],
)
def test_responsive_variants_appear(shown: str) -> None:
    assert render_html(shown) == "shown\n"


def test_a_page_hidden_by_its_class_until_a_script_runs_is_read() -> None:
    # Sites hide <html> or <body> while their scripts load; the classes describe the page.
    page = "<html class='hidden'><body class='is-hidden'><p>Shown.</p></body></html>"
    assert render_html(page) == "Shown.\n"


def test_hidden_text_between_words_leaves_a_space() -> None:
    page = "<h2><span>Transport</span><span class='sr-only'>: </span><span>Trams</span></h2>"
    assert render_html(page) == "Transport Trams\n"


def test_hidden_classes_in_a_story() -> None:
    result = wireclean.parse_html(fixture("body-hidden-classes.html"))
    text = result.to_text()
    assert result.headline == "Transport Tram line to reopen after bridge repairs"
    assert "Sign in to keep reading" not in text
    assert "Share on social media" not in text
    assert "Subscribe now" not in text
    assert "Trams will run every six minutes at peak times, as they did before the closure." in (
        result.body
    )
    assert "The replacement buses will stop running on Friday evening." in result.body


# --- story held back by a paywall ------------------------------------------------------


def test_paragraphs_a_paywall_holds_back_are_read() -> None:
    blocks = contexts(fixture("body-hidden-classes.html"))
    held = (
        "Shop owners near the bridge said the closure had cut the number of customers by half,"
        " and asked the city for lower rates this year."
    )
    assert blocks[held] == "main article"  # "paywall" says nothing of the story's text
    result = wireclean.parse_html(fixture("body-hidden-classes.html"))
    assert result.body[-2:] == (
        held,
        "The transport office said it would look at the request once the final cost of the"
        " repairs is known.",
    )


def test_a_held_back_copy_without_paragraphs_stays_hidden() -> None:
    page = "<p>Shown.</p><div class='paywall' style='display:none'>A flat copy of the text.</div>"
    assert render_html(page) == "Shown.\n"


def test_a_paywall_paragraph_hidden_by_aria_is_read() -> None:
    assert render_html("<p class='paywall' aria-hidden='true'>Held back.</p>") == "Held back.\n"


def test_a_class_hidden_paywall_box_stays_hidden() -> None:
    # Negative: the offer box hides itself with a class, not the page's paywall script.
    assert render_html("<div class='paywall hidden'><p>Subscribe.</p></div><p>X.</p>") == "X.\n"


# --- links -----------------------------------------------------------------------------


def test_a_block_that_is_a_link_says_link() -> None:
    page = (
        "<ul><li><a href='/a'>Island ferry timetable cut for winter</a></li>"
        "<li><a href='/b'>Sport</a></li></ul>"
        "<p>The crews <a href='/union'>voted on Tuesday</a> to strike for two days.</p>"
        "<h3><a href='/c'><span>Harbour</span> master appointed</a></h3>"
        "<p><a name='top'>An anchor is not a link to another page</a></p>"
    )
    assert contexts(page) == {
        "Island ferry timetable cut for winter": "link",
        "Sport": "",  # a menu item or a button: the list rules judge it
        "The crews voted on Tuesday to strike for two days.": "",
        "Harbour master appointed": "link",
        "An anchor is not a link to another page": "",
    }


# --- the BeautifulSoup path ------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["body-wrapper-classes.html", "body-react-stream.html", "body-hidden-classes.html"]
)
def test_soup_gives_the_same_blocks(name: str) -> None:
    bs4 = pytest.importorskip("bs4")
    page = fixture(name)
    assert read_soup(bs4.BeautifulSoup(page, "lxml")).blocks == read_html(page).blocks


def test_segments_nested_deeply_are_read_to_a_bound() -> None:
    # A hostile page nests thousands of segments: the walk neither recurses without end
    # nor raises; the first segments are read and the rest stay hidden.
    nested = "".join(
        f"<div hidden id='S:{i}'><p>Part {i}.</p><template id='B:{i + 1}'></template></div>"
        for i in range(3000)
    )
    text = render_html(f"<p>Top.</p><template id='B:0'></template>{nested}")
    assert text.startswith("Top.\n\nPart 0.\n\nPart 1.\n")
    assert "Part 31." in text
    assert "Part 2999." not in text
