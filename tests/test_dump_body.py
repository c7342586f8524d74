"""The story's body on whole-page text dumps: what stays in the story's span that is not
its text (issue #4).

The dumps are invented, in the shapes text browsers print: an image's alt text run into
its caption, a file name for an image with no alt text, a teaser card's link and title,
the site's appeal to the reader after the story, a menu run into one line, and a
paragraph that BeautifulSoup's text breaks at its links.
"""

from __future__ import annotations

import pytest

import wireclean

MENU = "\n".join(f"   • Section {n}" for n in ("One", "Two", "Three", "Four", "Five"))
FOOTER = "\n".join(f"   • Footer {n}" for n in ("One", "Two", "Three"))
HEADLINE = "Harbour town opens new ferry terminal"
FIRST = (
    "The town of Westerly Cove opened its new ferry terminal on Tuesday after two "
    "years of construction, promising shorter waits for the island's commuters."
)
SECOND = (
    "The terminal has room for three vessels at once and a covered waiting hall "
    "for up to four hundred passengers, the harbour authority said on Tuesday."
)
THIRD = (
    "Ferries to the mainland will leave every forty minutes from next month, and "
    "the old pier will be turned into a fish market by the end of the year."
)


def _page(*middle: str, end: tuple[str, ...] = ()) -> str:
    """Return a page dump: menu, headline, story with ``middle`` after its first
    paragraph and ``end`` after its last, footer."""
    parts = [MENU, HEADLINE, FIRST, *middle, SECOND, THIRD, *end, FOOTER]
    return "\n\n".join(parts) + "\n"


def _story(text: str) -> wireclean.Story:
    """Parse a dump, check that the story's three paragraphs stay and that parsing the
    story again gives the same body."""
    story = wireclean.parse_text(text)
    assert all(p in story.body for p in (FIRST, SECOND, THIRD)), story.body
    assert wireclean.parse_text(story.to_text()).body == story.body
    return story


def _reason(story: wireclean.Story, text: str) -> str | None:
    """Return the reason the story's records give for the block that holds ``text``."""
    for record in story.removed:
        if text in record.text:
            return record.reason
    return None


def test_image_alt_text_and_caption_starting_with_it_go() -> None:
    alt = "Passengers wait on the new pier in the morning sun"
    caption = f"{alt} Passengers wait on the new pier. Photo desk"
    story = _story(_page(alt, caption))
    assert all(alt not in p for p in story.body)
    assert _reason(story, alt) == "caption"


def test_block_saying_its_opening_again_goes() -> None:
    card = "Island ferry fares rise again in spring Island ferry fares rise again in spring"
    story = _story(_page(card))
    assert all("fares rise" not in p for p in story.body)
    assert _reason(story, card) == "repeated"


def test_paragraph_with_a_repeated_phrase_stays() -> None:
    # A short refrain said twice is no copy of the block's opening.
    refrain = "We will build it again, the mayor said, and we will build it better than before."
    story = _story(_page(refrain))
    assert refrain in story.body


@pytest.mark.parametrize(
    "line",
    [
        "[grey-placeholder]A map shows the ferry routes from the new terminal to the island",
        "Passengers-wait-on-the-new-pier-in-the-morning-sun-jpg A crowd on the pier",
    ],
)
def test_image_file_name_opens_a_caption(line: str) -> None:
    story = _story(_page(line))
    assert all("the new pier in" not in p and "map shows" not in p for p in story.body)
    assert _reason(story, line[:20]) == "caption"


def test_appeal_to_the_reader_after_the_story_goes() -> None:
    appeal = (
        "Did you enjoy this story? Tell your friends about the harbour and come back "
        "tomorrow for more stories from the island."
    )
    story = _story(_page(end=(appeal,)))
    assert all("Tell your friends" not in p for p in story.body)
    assert _reason(story, "Tell your friends") == "chrome-phrase"


def test_german_appeal_goes_but_they_and_their_stay() -> None:
    appeal = (
        "Ihnen gefällt unsere Arbeit? Dann erzählen Sie Ihren Freunden vom Hafen und "
        "lesen Sie morgen mehr von der Insel."
    )
    story = _story(_page(end=(appeal,)))
    assert _reason(story, "Dann erzählen Sie") == "chrome-phrase"
    # "Sie" and "Ihre" opening sentences are "they" and "their": a story's paragraph.
    last = (
        "Die Fischer bleiben skeptisch. Sie fürchten um ihre Liegeplätze am alten Kai. "
        "Ihre Boote sollen im Winter an den neuen Steg umziehen."
    )
    story = wireclean.parse_text(_page(end=(last,)))
    assert last in story.body


def test_quoted_you_stays() -> None:
    quote = (
        '"You will see your town change," the mayor told residents, "and you will be '
        'proud of your harbour again."'
    )
    story = _story(_page(end=(quote,)))
    assert quote in story.body


def test_menu_run_into_one_line_goes() -> None:
    menu = (
        "World Business Travel Culture Special Coverage Climate Sport Football Tennis "
        "Golf Weather Video Podcasts Newsletters"
    )
    story = _story(_page(menu))
    assert menu not in story.body
    assert _reason(story, "World Business Travel") == "link-list"


def test_title_case_sentence_stays() -> None:
    line = "The Mayor Said The Ferry Will Run On Time Every Day Of The Week Now."
    story = _story(_page(line))
    assert line in story.body


def test_paragraph_broken_at_links_stays_whole() -> None:
    # BeautifulSoup's text breaks a paragraph at its links, one per line.
    broken = "\n\n".join(
        [
            "The ferry stops at",
            "the north pier",
            ", then at",
            "the old rock",
            "and, on weekdays,",
            "the lower harbour",
            "before it turns back.",
        ]
    )
    story = wireclean.parse_text(_page(broken))
    assert "the north pier" in story.body
    assert ", then at" in story.body
    assert "the lower harbour" in story.body


def test_menu_list_in_story_still_goes() -> None:
    menu = "\n\n".join(["Weather", "Traffic", "Sport", "Culture"])
    story = wireclean.parse_text(_page(menu))
    assert all(item not in story.body for item in ("Weather", "Traffic", "Culture"))


def test_teaser_cards_below_a_story_with_sections_go() -> None:
    # The story's sections (a title, a short paragraph) come before its last long
    # paragraph; the cards of other stories below it go all the same.
    sections = []
    for place in ("North Pier", "Gull Rock", "Low Harbour"):
        sections += [
            f"What changes at {place} now",
            f"Boats for {place} will leave from the new terminal from next month on.",
        ]
    long = " ".join([SECOND, THIRD, FIRST])
    cards = []
    for n, topic in enumerate(("Lighthouse keeper retires", "Fish market opens", "Bridge closes")):
        cards += [
            f"{topic} after a long winter {n}",
            f"A short teaser about the {topic.lower()} that links to another story.",
        ]
    page = "\n\n".join([MENU, HEADLINE, FIRST, *sections, long, *cards, FOOTER]) + "\n"
    story = wireclean.parse_text(page)
    assert story.body[-1] == long
    assert all("teaser" not in p for p in story.body)
