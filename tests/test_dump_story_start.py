"""Where the story starts on a page dump (issue #4): a lone quotation dash is no list, a
picture's captions above the story's head do not start it, and the last teaser card's
title above the story is no headline. Short invented pages; expectations by reading."""

from __future__ import annotations

from wireclean import parse_text
from wireclean.text import blocks_from_text

_MENU = "\n".join(f"* Section {i}" for i in range(8))

_STORY = [
    "OSLO - The city council voted on Tuesday to open a second ferry line to the islands, "
    "a plan that has been discussed for more than ten years and turned down twice before, "
    "when the money for the new pier could not be found in the city's budget.",
    "The new line will run twice a day in summer and once a day in winter, the council "
    "said in a statement, and tickets will cost the same as on the existing route.",
    "Island residents had long asked for a second line, saying the single ferry was often "
    "full in the holiday months and that some had missed hospital appointments on the "
    "mainland because of it, while shops on the islands said deliveries came late.",
    "The council expects the first boats to sail next April, once the pier on the northern "
    "island has been rebuilt and the new timetable has been agreed with the operator.",
]

#: The story with a quotation its dash opens, as the pages that open a headline so do.
_QUOTED_STORY = [
    *_STORY[:2],
    "- We have waited for this for years, says one islander.",
    *_STORY[2:],
]


def test_lone_dash_lines_are_quotation_paragraphs() -> None:
    blocks = blocks_from_text(
        "Intro line\n\n- Det blir bedre\n\nMore text here.\n\n- Vi er klare, sier hun.\n"
    )
    assert [(b.kind, b.text) for b in blocks] == [
        ("p", "Intro line"),
        ("p", "- Det blir bedre"),
        ("p", "More text here."),
        ("p", "- Vi er klare, sier hun."),
    ]


def test_a_single_lone_dash_line_stays_an_item() -> None:
    blocks = blocks_from_text("Intro line\n\n- Det blir bedre\n\nMore text here.\n")
    assert [(b.kind, b.text) for b in blocks] == [
        ("p", "Intro line"),
        ("li", "Det blir bedre"),
        ("p", "More text here."),
    ]


def test_dash_items_side_by_side_stay_a_list() -> None:
    blocks = blocks_from_text("Ingredients:\n- Flour and water\n- Salt\n")
    assert [(b.kind, b.marker, b.text) for b in blocks] == [
        ("p", "", "Ingredients:"),
        ("li", "-", "Flour and water"),
        ("li", "-", "Salt"),
    ]


def test_lone_dash_before_small_letter_or_two_spaces_stays_an_item() -> None:
    source = (
        "Traffic\n\n- on the ring road\n\nText\n\n-  Photo credit\n\n"
        "Text\n\n- Quote one\n\nText\n\n- Quote two\n"
    )
    blocks = blocks_from_text(source)
    assert [(b.kind, b.text) for b in blocks] == [
        ("p", "Traffic"),
        ("li", "on the ring road"),
        ("p", "Text"),
        ("li", "Photo credit"),
        ("p", "Text"),
        ("p", "- Quote one"),
        ("p", "Text"),
        ("p", "- Quote two"),
    ]


def test_quoted_headline_opening_with_a_dash() -> None:
    story = parse_text(
        f"{_MENU}\n\n- Ferjene kommer tilbake i april\n\nPublisert 06.01.2026 - 17:29\n\n"
        + "\n\n".join(_QUOTED_STORY)
        + f"\n\n{_MENU}\n"
    )
    assert story.headline == "- Ferjene kommer tilbake i april"
    assert story.bullets == ()
    assert story.body[-1] == _STORY[-1]


def test_quoted_headline_broken_at_a_text_node() -> None:
    # BeautifulSoup's text: a node per line, the headline broken after its first word.
    nav = "\n".join(["Home", "News", "Sport", "Culture", "Weather", "Travel"])
    story = parse_text(
        f"{nav}\n\n- Ferjene \nkommer tilbake\n\n"
        "Publisert 06.01.2026 - 17:29\n\n"
        + "\n\n".join(_QUOTED_STORY)
        + "\n\nOne \nline \nbroken \nat links.\n"
    )
    assert story.headline == "- Ferjene kommer tilbake"


def test_captions_above_the_story_head_do_not_start_it() -> None:
    # The lead picture above the story's head: its caption printed twice (alt text and
    # caption), a second caption, its credit and tags, then the date, the title, the story.
    caption = (
        "A ferry leaves the harbour in the morning fog, seen from the old pier on the "
        "northern island, where the new line will stop twice a day from next April on, "
        "and where the council wants to build a waiting room and a car park for the "
        "passengers who come over from the mainland."
    )
    second = "Passengers wait for the morning ferry on the quay in the harbour of Northport."
    headline = "Council approves second ferry line to the islands"
    page = "\n\n".join(
        [
            _MENU,
            caption,
            caption,
            "Picture",
            second,
            "Picture credits: Jane Roe",
            "Tags",
            "* Ferries\n* Islands\n* Council",
            second,
            "22.04.2024, 17:26",
            "Article",
            headline,
            *_STORY,
            _MENU,
        ]
    )
    story = parse_text(page)
    assert story.headline == headline
    assert caption not in story.body
    assert second not in story.body
    assert story.body[-1] == _STORY[-1]


def test_story_with_its_head_above_a_single_caption_keeps_it() -> None:
    headline = "Council approves second ferry line to the islands"
    caption = "Passengers wait for the morning ferry on the quay, where the new line will stop."
    page = "\n\n".join([_MENU, headline, "22.04.2024, 17:26", caption, *_STORY, _MENU])
    story = parse_text(page)
    assert story.headline == headline
    assert story.body[-1] == _STORY[-1]
    assert _STORY[0] in story.body


def test_last_card_title_above_the_story_is_no_headline() -> None:
    # "Most read" cards above the story: a teaser, a dated line, then the card's title.
    # The last card's title shares words with the story's lead, as the headline does.
    cards = [
        (
            "Fishermen land a record catch of cod off the coast this spring, the biggest in "
            "twenty years, and the harbour's freezers are full for the first time since 2004.",
            "Local / 2 h ago",
            "Record cod catch fills the harbour freezers for the first time in years",
        ),
        (
            "The old lighthouse on the cape opens to visitors again after ten years, with a "
            "small museum of the keepers' lives and a cafe in the old boat house by the rocks.",
            "Sea / 3 h ago",
            "Lighthouse on the cape opens to visitors again with a small museum",
        ),
        (
            "Schools on the islands get new computers paid for by the county council, and the "
            "teachers say the pupils will at last be able to sit their exams at home.",
            "Isles / 4 h ago",
            "Island schools get new computers from the county council this year",
        ),
        (
            "A storm closes the harbour for two days and cancels all the ferries to the north, "
            "leaving hundreds of travellers stranded in the town's hotels and the sports hall.",
            "Weather / 5 h ago",
            "Ferry operator says the islands need a second line before the summer",
        ),
    ]
    headline = "Council approves second ferry line to the islands"
    caption = (
        "A file photograph shows the mayor speaking at the harbour office on November 19, "
        "2024. — Picture by Jane Roe"
    )
    page = "\n\n".join(
        [
            _MENU,
            "Most Read",
            *(line for card in cards for line in card),
            "Local",
            headline,
            "email\n\nwhatsapp\n\ntwitter\n\nfacebook",
            f"{caption}\n{caption}",
            "By Jane Roe",
            "Friday, 22 Nov 2024 4:55 PM",
            *_STORY,
            _MENU,
        ]
    )
    story = parse_text(page)
    assert story.headline == headline
    assert story.body[-1] == _STORY[-1]
