"""The headline of a whole-page dump in a script written without spaces (issue #4).

Chinese and Japanese headlines have no spaces: the page filter counts their words by
their characters, so such a line may be the headline, and a long one is no kicker.
Invented pages in the shape of the fundus dumps: a menu, the headline, a timestamp,
the story.
"""

from __future__ import annotations

import importlib

import pytest

import wireclean

page_filter = importlib.import_module("wireclean.filters.page")

JA_MENU = "\n".join(f"  * {item}" for item in ("ホーム", "ニュース", "スポーツ", "天気", "経済"))
JA_HEADLINE = "港の新しい桟橋、修理のため開業が7月に延期"
JA_BODY = (
    "港湾局は12日、新しい桟橋のフェリー向けの開業が予定より2か月遅れて7月になると発表"
    "した。潜水調査で柱の損傷が見つかったためだという。\n\n"
    "修理費は約2億円で、港の積立金から支払われる。広報担当者によると、修理期間中も運航の"
    "欠航はないという。\n\n"
    "桟橋は1964年に建設され、2011年の嵐の後に再建された。"
)

ZH_MENU = "\n".join(f"  * {item}" for item in ("首页", "新闻", "体育", "财经", "天气"))
ZH_HEADLINE = "新码头因维修推迟到七月开放渡轮航线"
ZH_BODY = (
    "港务局周五表示，新码头将推迟两个月，于七月向渡轮开放，原因是潜水员在例行检查中发现"
    "桥墩受损。\n\n"
    "维修费用约为两百万元，将由港口储备金支付。一位女发言人说，维修期间不会取消任何航班。\n\n"
    "该码头建于1964年，并在2011年的一场风暴后重建。"
)


def dump(site: str, menu: str, *head: str, body: str) -> str:
    """Return a page dump: the site's name, its menu, the ``head`` lines, the story, the menu."""
    return "\n\n".join([site, menu, *head, body, menu]) + "\n"


def test_japanese_headline_without_spaces_above_its_timestamp() -> None:
    story = wireclean.parse_text(
        dump("港湾新聞", JA_MENU, JA_HEADLINE, "2026/06/12 09:15", body=JA_BODY)
    )
    assert story.headline == JA_HEADLINE
    assert story.body[0] == JA_BODY.split("\n\n", 1)[0]
    assert "ホーム" not in " ".join(story.body)


def test_chinese_headline_without_spaces_beats_the_menu() -> None:
    story = wireclean.parse_text(dump("港口日报", ZH_MENU, ZH_HEADLINE, body=ZH_BODY))
    assert story.headline == ZH_HEADLINE
    assert story.body[0] == ZH_BODY.split("\n\n", 1)[0]


def test_short_label_without_spaces_is_no_headline() -> None:
    # Two characters ("天気", a menu's item) are one word: no headline.
    block = page_filter.Block("天気", 0, 2, 1)
    assert not page_filter._may_be_headline(block)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Pier repairs delay ferry timetable", 5),
        ("Hafen: Reparatur verzögert Fähren", 4),
        ("天気", 1),
        ("港の新しい桟橋", 3),  # seven characters: one word, two more by threes
        (JA_HEADLINE, 7),
        ("Nikkei 平均株価が続落", 4),
    ],
)
def test_word_count_counts_unspaced_characters_by_threes(text: str, words: int) -> None:
    assert page_filter._word_count(text) == words
