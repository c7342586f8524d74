"""Japanese paragraphs a text browser wraps into lines, and read-also cards inside a
story (issue #4).

lynx breaks a paragraph of a script written without spaces into lines of some seventy
characters that need not end in a full stop: a long such line holding a sentence's end
or clause commas is text, never a link list's line, and the short line right above it
that opens the paragraph stays with it. A long caption, a label or a menu's item is no
such text. Invented lines, judged by the furniture filter's link-run rules.

A read-also label on a line of its own ("Read more") between a story's paragraphs opens
a teaser card (a photo's caption, the other story's title) or a list of them: they go as
a link list; the story's own paragraphs below such a label stay. Invented dump pages.
"""

from __future__ import annotations

import importlib

import pytest

from wireclean import parse_text

page_filter = importlib.import_module("wireclean.filters.page")

#: A wrapped line of running text: a sentence ends inside it, the next runs on below.
WRAPPED = (
    "港湾局は１２日、新しい桟橋の開業が予定より２か月遅れて７月になると発表した。"
    "潜水調査で柱の損傷が見つかったためで、修理費は約２億円に上り、港の積立金から"
)
#: The paragraph's last line: it ends with a full stop.
CLOSING = "支払われるという。広報担当者によると、修理期間中も運航の欠航はないという。"
#: A photo's caption as long as a wrapped line: one comma, no full stop.
CAPTION = (
    "新しい桟橋の柱を調べる潜水士たちと港湾局の職員、開業の延期が決まった後の港の様子"
    "＝１２日午前１０時１５分港湾局提供（代表撮影）"
)
#: A long line of places, one of a list the story gives.
TOWNS = "港南県：" + "、".join(["北浜市", "南浜町", "西浜村", "東浜町", "大浜市", "小浜町"] * 3)


def marks(*texts: str) -> list[str | None]:
    """Return the furniture filter's link-run marks for blocks holding ``texts``."""
    blocks, at = [], 0
    for line, text in enumerate(texts):
        blocks.append(page_filter.Block(text, at, at + len(text), line))
        at += len(text) + 1
    reasons: list[str | None] = [None] * len(blocks)
    page_filter._mark_link_runs(tuple(blocks), reasons)
    page_filter._keep_wrapped_openings(tuple(blocks), reasons)
    return reasons


@pytest.mark.parametrize(
    ("text", "is_text"),
    [
        (WRAPPED, True),
        (CAPTION, False),  # one comma and no full stop: a caption, not running text
        ("港湾局は１２日、桟橋の開業が遅れると発表した。", False),  # short
        ("The harbour board said on Friday that the new pier " * 3, False),  # spaced
        (TOWNS, True),  # a list's item the story introduces: many commas
    ],
)
def test_long_unspaced_line_with_a_sentence_end_or_commas_is_text(text: str, is_text: bool) -> None:
    assert page_filter._unspaced_line(text) is is_text


def test_wrapped_paragraph_and_its_opening_line_stay_below_a_box_of_buttons() -> None:
    # A save-for-later box's two lines, the paragraph's opening line (cut at a ruby
    # reading's link), its wrapped lines.
    assert marks(
        "記事を保存",
        "保存しました",
        "【港町＝山田太郎】港湾局の 新桟橋（しんさんばし）",
        WRAPPED,
        CLOSING,
    ) == [
        "link-list",
        "link-list",
        None,
        None,
        None,
    ]


def test_long_caption_among_labels_is_still_a_short_line() -> None:
    assert marks("気象庁", CAPTION, "記者会見する担当者") == ["link-list"] * 3


def test_label_above_a_whole_paragraph_stays_marked() -> None:
    # The labels run into a paragraph that ends with its full stop: no opening line.
    whole = WRAPPED + CLOSING
    assert marks("ホーム", "ニュース", "国内ニュースと地域ニュースの一覧をまとめて見る", whole) == [
        "link-list",
        "link-list",
        "link-list",
        None,
    ]


def test_short_opening_piece_above_a_wrapped_line_stays_marked() -> None:
    # Under twenty characters: a menu's item, not a paragraph's opening line.
    assert marks("ホーム", "ニュース", "天気予報", WRAPPED, CLOSING) == [
        "link-list",
        "link-list",
        "link-list",
        None,
        None,
    ]


# --- A read-also card inside the story --------------------------------------------------

FERRY_MENU = "\n\n".join(f"* Section {i}" for i in range(8))
FERRY_HEADLINE = "Council approves second ferry line to the islands"
FERRY_OPENING = [
    "NORTHPORT, May 3 - The city council voted on Tuesday to open a second ferry line to "
    "the islands, a plan that has been discussed for more than ten years and that was "
    "turned down twice before, when the money for the new pier could not be found.",
    "The new line will run twice a day in summer and once a day in winter, the council "
    "said in a statement, and tickets will cost the same as on the existing route.",
]
FERRY_CLOSING = [
    "Island residents had long asked for a second line, saying the single ferry was often "
    "full in the holiday months and that some had missed hospital appointments on the "
    "mainland because of it.",
    "The council expects the first boats to sail next April, once the pier on the northern "
    "island has been rebuilt.",
]
_CAPTION = "A fisherman mends his nets on the pier at dawn before the boats head out."
_TITLE = "Harbour fees to rise for small boats next spring"


def _card_page(*card: str) -> str:
    """Return a dump: menu, headline, the story with ``card`` between its paragraphs."""
    story = [*FERRY_OPENING, *card, *FERRY_CLOSING]
    return "\n\n".join([FERRY_MENU, FERRY_HEADLINE, *story, "Privacy policy", "Contact us"]) + "\n"


def _card_removals(text: str) -> dict[str, str]:
    """Return the furniture filter's removals of ``text``'s blocks: text to reason."""
    removed = parse_text(text).removed
    return {r.text: r.reason for r in removed if r.filter == "furniture"}


@pytest.mark.parametrize("label", ["Read more", "Lesen Sie auch", "Mehr zum Thema:", "LIRE AUSSI"])
def test_read_also_card_with_caption_and_title_leaves_the_story(label: str) -> None:
    text = _card_page(label, _CAPTION, _TITLE)
    story = parse_text(text)
    assert list(story.body) == [*FERRY_OPENING, *FERRY_CLOSING]
    removals = _card_removals(text)
    assert removals[_CAPTION] == "link-list"
    assert removals[_TITLE] == "link-list"


def test_read_also_card_of_a_title_alone_leaves_the_story() -> None:
    story = parse_text(_card_page("Read more", _TITLE))
    assert list(story.body) == [*FERRY_OPENING, *FERRY_CLOSING]


def test_read_also_list_of_cards_leaves_the_story() -> None:
    cards = " 1. Harbour fees to rise for small boats\n 2. Ring road repairs to last all summer"
    story = parse_text(_card_page("Read more", cards))
    assert list(story.body) == [*FERRY_OPENING, *FERRY_CLOSING]


def test_paragraphs_below_a_read_more_button_stay() -> None:
    # No title within two blocks: the story's own paragraphs follow the label.
    story = parse_text(_card_page("Read more"))
    assert list(story.body) == [*FERRY_OPENING, *FERRY_CLOSING]


def test_subheading_below_two_sentences_stays() -> None:
    # A short sentence, a quote, then a subheading: no card's title within two blocks.
    quote = '"We waited ten years for this," said one island resident.'
    short = "The vote was 9 to 2."
    story = parse_text(_card_page("Read more", short, quote, "What happens next"))
    assert short in story.body and quote in story.body
    assert "What happens next" in story.body


def test_read_more_words_in_a_sentence_open_no_card() -> None:
    sentence = "Read more about the plan on the council's website, the mayor said."
    story = parse_text(_card_page(sentence, _TITLE))
    assert _TITLE in story.body
