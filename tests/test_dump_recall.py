"""Story text that whole-page dumps lost (issue #4).

A Chinese or Japanese paragraph's first line, indented with ideographic spaces that
normalisation turned into plain ones, still joins the hard-wrapped lines below it; a
text browser that gives a wide character one column (lynx) wraps paragraphs that are
read back as such; a sentence BeautifulSoup's text broke at its links stays when one
of its lines runs on for ten words or more; the standfirst right below the headline
stays when the byline, time and share row below it make a run of short lines; a
paragraph of three long sentences that names a network and privacy plainly is no
chrome. Invented texts in the dumps' shapes.
"""

from __future__ import annotations

from tests.test_dump_precision5 import _HEADLINE, _MENU
from wireclean import parse_text
from wireclean.filters._shape import is_furniture
from wireclean.text import blocks_from_text

_PARAS = [
    "The river town of Millbrook reopened its old stone bridge on Saturday, a year "
    "after floods loosened two of its arches and closed it to traffic for good.",
    "Masons replaced more than four hundred stones and rebuilt the parapet on both "
    "sides, using granite from the same quarry as the builders two centuries ago.",
    "Traders on the east bank said the closure had cost them much of their custom, "
    "as shoppers from the villages upstream drove to the market town instead.",
    "The council said buses would use the bridge again from Monday and that lorries "
    "heavier than twelve tonnes would still have to take the bypass to the south.",
]

# Chinese and Japanese text: invented sentences, cut into a text browser's lines.
_HAN = "河边小镇今天重新开放了那座古老的石桥居民们在桥上散步庆祝修复工程顺利完成"
_KANA = "川沿いの町で古い石橋が一年ぶりに再開通し住民たちは橋の上を歩いて工事の完了を祝った"


def _han_line(n: int, start: int = 0) -> str:
    return "".join(_HAN[(start + k) % len(_HAN)] for k in range(n))


def test_indented_first_line_of_a_wrapped_chinese_paragraph_joins_the_rest() -> None:
    # w3m wraps at 79 columns: two ideographic spaces (four columns) and 37 wide
    # characters fill the first line; a line with a digit in it reaches 79.
    first = "\u3000\u3000" + _han_line(37)
    rest = [_han_line(39, 3), "1" + _han_line(39, 5), _han_line(20, 7) + "。"]
    other = ["\u3000\u3000" + _han_line(37, 9), _han_line(39, 11), _han_line(12, 2) + "。"]
    text = "\n".join([first, *rest]) + "\n\n" + "\n".join(other) + "\n"
    blocks = blocks_from_text(text.replace("\u3000", " "))
    assert len(blocks) == 2
    assert blocks[0].text.startswith(first[2:6])
    assert blocks[0].text.endswith("。")


def _kana_line(n: int, start: int = 0) -> str:
    return "".join(_KANA[(start + k) % len(_KANA)] for k in range(n))


def test_lynx_paragraphs_wrapped_at_one_column_a_character_join() -> None:
    # lynx wraps Japanese at 77 characters (154 columns as a terminal shows them).
    paragraphs = []
    for k in range(4):
        lines = ["   \u3000" + _kana_line(73, k), "   " + _kana_line(74, k + 5)]
        lines.append("   " + _kana_line(30, k + 9) + "。")
        paragraphs.append("\n".join(lines))
    text = "* Home\n* News\n\n" + "\n\n".join(paragraphs) + "\n"
    blocks = blocks_from_text(text)
    texts = [b.text for b in blocks if b.kind == "p"]
    assert len(texts) == 4
    assert all(t.endswith("。") for t in texts)


# BeautifulSoup's text: a paragraph on one line, and a paragraph broken at its links.
_LONG_PARA = (
    "The bridge was built in 1821 by a company of local merchants, who charged a toll "
    "of one penny a cart until the county bought it in 1870 and opened it to all "
    "without charge; it has carried the main road into the town and the market "
    "traffic from the farms to the west ever since then."
)
_BROKEN = [
    "Local",
    "historian",
    "and former teacher Jane Doe was among those who walked across the bridge after",
    "the",
    "ceremony",
    "on Saturday morning.",
]


def test_sentence_broken_at_its_links_stays_when_a_line_runs_on_by_its_length() -> None:
    text = "\n".join(
        ["Home", "News", "Sport", _HEADLINE, _LONG_PARA, *_PARAS[:2], *_BROKEN, *_PARAS[2:]]
    )
    story = parse_text(text + "\nPrivacy policy\nContact us\n")
    for line in _BROKEN:
        assert line in story.body
    for para in _PARAS:
        assert para in story.body


def test_titles_above_a_broken_sentence_in_the_same_run_still_go() -> None:
    titles = ["More from the valley", "Ferry service resumes", "Market hall to close"]
    text = "\n".join(
        ["Home", "News", _HEADLINE, _LONG_PARA, *_PARAS[:2], *titles, *_BROKEN, *_PARAS[2:]]
    )
    story = parse_text(text + "\nPrivacy policy\nContact us\n")
    for line in _BROKEN[2:]:
        assert line in story.body
    for title in titles:
        assert title not in story.body


def test_standfirst_above_the_byline_and_share_row_stays() -> None:
    standfirst = (
        "Masons spent a year replacing the arches that the winter floods loosened in "
        "the oldest crossing on the river"
    )
    head = [
        _HEADLINE,
        standfirst,
        "Jane Doe in Millbrook",
        "Sat 4 May 2024 12.42 BST",
        "Share",
        "Email link",
        "Copy link",
    ]
    story = parse_text(_MENU + "\n\n" + "\n\n".join([*head, *_PARAS]) + "\n")
    assert story.headline == _HEADLINE
    assert standfirst in story.body
    assert "Email link" not in story.body


_PLAIN = (
    "Die App des Händlers erhielt die schlechteste Note für den Datenschutz. Die Prüfer "
    "fanden, dass sie weit mehr Daten sammelte, als für ihre Funktionen nötig wäre. „Dass "
    "so viele Daten an Facebook gehen, ist für den Betrieb der App unnötig“, sagte eine "
    "Sprecherin der Verbraucherzentrale am Dienstag."
)


def test_paragraph_naming_a_network_and_privacy_plainly_is_no_chrome() -> None:
    assert not is_furniture(_PLAIN)
    assert is_furniture("Datenschutz. Auf Facebook teilen. Link kopieren.")
    story = parse_text(_MENU + "\n\n" + "\n\n".join([_HEADLINE, *_PARAS[:2], _PLAIN, *_PARAS[2:]]))
    assert _PLAIN in story.body
