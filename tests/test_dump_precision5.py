"""A video or audio card inside a story on a whole-page dump (issue #4, h12).

A label in capitals with a bar after it ("WATCH | ...") opens a media card: the label
goes, and when the card states its age or running time, so do its title, those lines
and its blurb. Without an age or running time, the paragraph below the label stays.
A video teaser's block that its running time closes ("... 03.05.2024 | 1:45 min") goes.
Invented dump pages.
"""

from __future__ import annotations

from wireclean import parse_text

_MENU = "\n\n".join(f"* Section {i}" for i in range(8))
_HEADLINE = "River town reopens its old stone bridge after a year of repairs"
_PARAS = [
    "MILLBROOK, May 4 - The river town of Millbrook reopened its old stone bridge on "
    "Saturday, a year after floods loosened two of its arches and closed it to traffic.",
    "Masons replaced more than four hundred stones and rebuilt the parapet on both "
    "sides, using granite from the same quarry as the builders two centuries ago.",
    "Traders on the east bank said the closure had cost them much of their custom, "
    "as shoppers from the villages upstream drove to the market town instead.",
    "The council said buses would use the bridge again from Monday and that lorries "
    "heavier than twelve tonnes would still have to take the bypass to the south.",
    "A small ceremony on the bridge drew several hundred people, who crossed it on "
    "foot behind a brass band once the mayor had cut the ribbon at the west end.",
    "Engineers will inspect the arches again after the winter and every year after "
    "that, the council said, and publish what they find on its website.",
]
_LABEL = "WATCH | Crowds cross the mended bridge at Millbrook:"
_TITLE = "Millbrook celebrates as its bridge opens again"
_BLURB = (
    "Hundreds of people walked across the bridge behind a brass band on Saturday, as "
    "the town marked the end of a year of repairs."
)


def _dump(*blocks: str) -> str:
    return "\n\n".join([_MENU, _HEADLINE, *blocks, "Privacy policy", "Contact us"]) + "\n"


def test_media_card_with_its_age_and_running_time_goes() -> None:
    card = [_LABEL, _TITLE, "3 hours ago", "Duration 2:15", _BLURB]
    story = parse_text(_dump(*_PARAS[:3], *card, *_PARAS[3:]))
    for para in _PARAS:
        assert para in story.body
    for line in card:
        assert line not in story.body
    cut = {r.text.strip(): r for r in story.removed}
    for line in (_LABEL, _TITLE, _BLURB):
        assert cut[line].filter == "furniture"
        assert cut[line].reason == "chrome-phrase"


def test_media_card_with_its_age_below_the_blurb_goes() -> None:
    card = ["WATCH | Mayor cuts the ribbon", _BLURB, "News", "3 hours ago"]
    story = parse_text(_dump(*_PARAS[:3], *card, *_PARAS[3:]))
    for para in _PARAS:
        assert para in story.body
    assert _BLURB not in story.body
    assert "WATCH | Mayor cuts the ribbon" not in story.body


def test_label_alone_goes_and_the_paragraph_below_stays() -> None:
    story = parse_text(_dump(*_PARAS[:3], _LABEL, _BLURB, *_PARAS[3:]))
    assert _LABEL not in story.body
    assert _BLURB in story.body
    for para in _PARAS:
        assert para in story.body


def test_a_sentence_that_opens_with_watch_stays() -> None:
    line = "Watch | the river rose again"
    story = parse_text(_dump(*_PARAS[:3], line, *_PARAS[3:]))
    assert line in story.body


def test_video_teaser_closed_by_its_running_time_goes() -> None:
    teaser = (
        "The mayor explains why the repairs took a whole year. 03.05.2024 | 1:45 min " + "_" * 40
    )
    alone = "02:10 min"
    story = parse_text(_dump(*_PARAS[:3], teaser, alone, *_PARAS[3:]))
    for para in _PARAS:
        assert para in story.body
    assert teaser not in story.body
    assert alone not in story.body
    cut = {r.text.strip(): r for r in story.removed}
    assert cut[alone].reason == "chrome-phrase"


def test_a_paragraph_run_into_a_running_time_stays() -> None:
    para = _PARAS[3] + " 04:16 min"
    story = parse_text(_dump(*_PARAS[:3], para, *_PARAS[4:]))
    assert para in story.body
