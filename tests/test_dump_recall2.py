"""More story text that whole-page dumps lost (issue #4).

A paragraph numbered at the margin ("2. The bridge carried ..."), hard-wrapped by a
text browser, wraps to the margin with no hanging indent: its next lines are the same
paragraph, not a paragraph of their own (a rendered list indents its items and their
continuations). A box the page lets a reader skip ("skip past newsletter promotion" ...
"after newsletter promotion") does not end the story: the span crosses it and the box
goes. A short line that opens a sentence BeautifulSoup's text broke at a quote ("The
comments ranged all the way to") is no comment section's heading. A Japanese story's
last paragraph ending in its reporters' credit after the full stop ("。【...】") is
prose. A heading between two copies of a label the page sets between every two
paragraphs ("Article content") is no run of short lines. Invented texts in the dumps'
shapes.
"""

from __future__ import annotations

import textwrap

from tests.test_dump_furniture import (
    BYLINE,
    FIRST,
    FOOTER,
    HEADLINE,
    MENU,
    SECOND,
    THIRD,
    _in_body,
    _reason,
    _story,
)
from wireclean import parse_text
from wireclean.text import blocks_from_text

_MENU = "\n\n".join(f"* Section {i}" for i in range(8))
_HEADLINE = "Six facts that show how big the old stone bridge of Millbrook was"
_INTRO = (
    "The river town of Millbrook reopened its old stone bridge on Saturday, a year "
    "after floods loosened two of its arches and closed it to traffic for good. "
    "Masons replaced more than four hundred stones and rebuilt the parapet on both "
    "sides, using granite from the same quarry as the builders two centuries ago."
)
_FACTS = [
    "1. The bridge carried more than nine thousand cars a day before the floods, "
    "more than any other crossing on the river between the hills and the sea.",
    "2. Its seven arches were built over eleven years by a team of two hundred masons, "
    "most of them from the villages upstream of the town.",
    "3. The parapet is long enough to seat every one of the town's four thousand "
    "people side by side, as the council showed at the reopening.",
]


def _wrapped(paragraph: str) -> str:
    return "\n".join(textwrap.wrap(paragraph, 79))


def test_numbered_paragraph_at_the_margin_keeps_its_wrapped_lines() -> None:
    facts = [_wrapped(fact) for fact in _FACTS]
    assert all("\n" in fact for fact in facts)  # each wraps once at least
    blocks = blocks_from_text("\n\n".join([_wrapped(_INTRO), *facts, _wrapped(_INTRO)]))
    items = [b for b in blocks if b.kind == "li"]
    assert [b.text for b in items] == [fact.split(" ", 1)[1] for fact in _FACTS]
    assert len(blocks) == 5


def test_indented_list_item_does_not_take_a_line_at_the_margin() -> None:
    # A rendered list indents its items: a full item line and a line at the margin
    # below it are two blocks, and the numbered paragraph at the margin still joins.
    item = "   * " + "The masons came from the villages upstream and worked eleven years on"
    line = "arches"
    fact = _wrapped(_FACTS[1])
    text = "\n\n".join([_wrapped(_INTRO), item + "\n" + line, fact, _wrapped(_INTRO)])
    texts = [b.text for b in blocks_from_text(text)]
    assert line in texts
    assert _FACTS[1].split(" ", 1)[1] in texts


def test_numbered_paragraphs_stay_whole_in_the_story() -> None:
    dump = "\n\n".join(
        [_MENU, _HEADLINE, _wrapped(_INTRO), *(_wrapped(fact) for fact in _FACTS), _MENU]
    )
    story = parse_text(dump)
    body = "\n".join(story.body)
    for fact in _FACTS:
        assert fact.split(" ", 1)[1] in body


# --- a box the page lets a reader skip ---------------------------------------------------

SKIP_BOX = (
    "skip past newsletter promotion",
    "Sign up to Valley Weekly",
    "Free weekly newsletter",
    "The week's news from the valley, from the railway to the markets",
    "Enter your email address",
    "[ ]Sign up",
    "after newsletter promotion",
)


def test_story_goes_on_past_a_box_the_page_lets_a_reader_skip() -> None:
    dump = "\n\n".join([MENU, HEADLINE, BYLINE, FIRST, SECOND, *SKIP_BOX, THIRD, FOOTER])
    story = _story(dump)
    for line in SKIP_BOX:
        assert not _in_body(story, line)
    assert _reason(story, "The week's news from the valley") == "chrome-phrase"


# --- a sentence broken at a quote, naming comments ----------------------------------------


def test_sentence_opening_on_comments_does_not_end_the_story() -> None:
    # BeautifulSoup's text: one line per paragraph, a paragraph broken at its quotes.
    broken = [
        "The comments ranged all the way to",
        '"the best day the valley has had in years"',
        ", the society said.",
    ]
    dump = "\n\n".join([MENU, HEADLINE, BYLINE, FIRST, SECOND, *broken, THIRD, FOOTER])
    story = _story(dump)  # the paragraph below it stays
    assert _in_body(story, broken[1])


# --- a Japanese story's last paragraph, its reporters' credit after the full stop ----------

_JA_PARAS = [
    "川沿いの町で古い石橋が一年ぶりに再開通し、住民たちは橋の上を歩いて工事の完了を祝った。"
    "町によると、洪水で傷んだ二つのアーチを地元の石工が一年かけて積み直したという。",
    "橋は二百年前に架けられ、町の東西を結ぶ唯一の道として使われてきた。町長は式典で"
    "「町の宝が戻ってきた」と述べ、工事に協力した住民に感謝した。",
    "町は来月から路線バスの運行も再開する方針だ。【川辺町・山田太郎】",
]


def test_last_japanese_paragraph_with_its_reporters_credit_stays() -> None:
    teasers = ["・駅前の商店街に新しいパン屋が開店", "・夏祭りの花火大会、今年は二日間に"]
    dump = "\n\n".join([MENU, "川沿いの町の石橋、一年ぶりに再開通", *_JA_PARAS, *teasers, FOOTER])
    story = parse_text(dump)
    assert _JA_PARAS[-1] in story.body
    assert not any(teaser[1:] in p for teaser in teasers for p in story.body)


# --- a heading between two copies of a label the page sets between all its paragraphs ----


def test_heading_between_labels_set_between_every_paragraph_stays() -> None:
    label = "Article content"
    heading = "Volunteers rebuilt the bridge"
    fourth = (
        "Tickets cost twelve euros for adults, and children under ten travel free when "
        "they come with a parent, the society said in a statement."
    )
    parts = [FIRST, SECOND, heading, THIRD, fourth]
    body = [p for part in parts for p in (part, label)]
    dump = "\n\n".join([MENU, HEADLINE, BYLINE, label, *body, FOOTER])
    story = _story(dump)
    assert heading in story.body
    assert label not in story.body
