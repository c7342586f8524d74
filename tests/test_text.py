"""Unit tests for wireclean.text: blocks_from_text and wrap_width."""

from __future__ import annotations

import textwrap
from itertools import pairwise

import pytest

from wireclean import Block
from wireclean.text import blocks_from_text, wrap_width

PARA_1 = (
    "Al Qaeda's north African wing has received help from corrupt officials in Mali's "
    "army who sold it weapons and ammunition, a former rebel leader told Reuters on "
    "Thursday, accusing the government of failing to stop the group."
)
PARA_2 = (
    "The group, which has kidnapped dozens of foreigners in the Sahel region in recent "
    "years, has grown richer and better armed, security experts say, and now operates "
    "across a desert area the size of western Europe with little to stop it."
)
PARA_3 = (
    "Officials in Bamako declined to comment on the accusations when contacted by "
    "telephone, saying the army's leadership would respond in a statement next week "
    "after an internal inquiry had been completed."
)


def _folded(text: str) -> str:
    return " ".join(text.split())


def _check_positions(source: str, blocks: tuple[Block, ...]) -> None:
    """Each block's span holds its marker and text; its line number is where it starts."""
    for b in blocks:
        span = source[b.start : b.end]
        expected = f"{b.marker} {b.text}" if b.marker else b.text
        assert _folded(span) == expected, b
        assert not span[:1].isspace() and not span[-1:].isspace(), b
        assert source.count("\n", 0, b.start) + 1 == b.line, b


# --- wrap_width ------------------------------------------------------------------------


def test_wrap_width_of_docstring_example() -> None:
    assert wrap_width([79, 75, 78, 12, 77, 79, 40, 76]) == 79


def test_wrap_width_none_for_long_unwrapped_lines() -> None:
    assert wrap_width([300, 12, 250, 480]) is None


def test_wrap_width_none_for_too_few_long_lines() -> None:
    assert wrap_width([79, 78]) is None
    assert wrap_width([]) is None
    assert wrap_width([10, 20, 30, 5]) is None


def test_wrap_width_of_textwrap_output() -> None:
    text = "\n\n".join(textwrap.fill(p, width=79) for p in (PARA_1, PARA_2, PARA_3))
    width = wrap_width([len(line) for line in text.split("\n")])
    assert width is not None
    assert 70 <= width <= 79


def test_wrap_width_ignores_one_overlong_url_line() -> None:
    lengths = [78, 76, 79, 77, 75, 78, 79, 74, 77, 76] * 6 + [150]
    assert wrap_width(lengths) == 79


def test_wrap_width_none_when_widest_lines_are_over_120() -> None:
    assert wrap_width([150, 148, 149, 147, 150]) is None


# --- paragraphs ------------------------------------------------------------------------


def test_blank_lines_separate_paragraphs() -> None:
    source = "Headline here\n\nFirst paragraph.\n\n\nSecond paragraph.\n"
    blocks = blocks_from_text(source)
    assert [b.text for b in blocks] == ["Headline here", "First paragraph.", "Second paragraph."]
    assert [b.kind for b in blocks] == ["p", "p", "p"]
    assert [b.marker for b in blocks] == ["", "", ""]
    assert [b.line for b in blocks] == [1, 3, 6]
    _check_positions(source, blocks)


def test_empty_and_blank_input_give_no_blocks() -> None:
    assert blocks_from_text("") == ()
    assert blocks_from_text("\n\n  \n\t\n") == ()


def test_whitespace_inside_a_line_is_folded() -> None:
    source = "  Too   many\tspaces here  \n"
    (block,) = blocks_from_text(source)
    assert block.text == "Too many spaces here"
    assert source[block.start : block.end] == "Too   many\tspaces here"
    _check_positions(source, (block,))


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    paragraphs = (PARA_1, PARA_2, PARA_3)
    source = "\n\n".join(textwrap.fill(p, width=79) for p in paragraphs) + "\n"
    assert all(len(textwrap.fill(p, width=79).split("\n")) >= 3 for p in paragraphs)
    blocks = blocks_from_text(source)
    assert [b.text for b in blocks] == list(paragraphs)
    assert [b.kind for b in blocks] == ["p", "p", "p"]
    _check_positions(source, blocks)


def test_hard_wrapped_paragraphs_without_blank_lines_between_short_lines() -> None:
    # A short headline line and a short last line of a wrapped paragraph do not join
    # the next line when its first word would have fitted.
    source = "Mali army sold guns to Al Qaeda\n\n" + textwrap.fill(PARA_1, width=79) + "\n"
    blocks = blocks_from_text(source)
    assert [b.text for b in blocks] == ["Mali army sold guns to Al Qaeda", PARA_1]
    assert blocks[1].line == 3
    _check_positions(source, blocks)


def test_short_line_right_after_a_wrapped_paragraph_is_its_own_block() -> None:
    # PARA_3's last wrapped line is short, so "Short" would have fitted on it: the next
    # line is not a continuation.
    source = (
        textwrap.fill(PARA_1, width=79)
        + "\n\n"
        + textwrap.fill(PARA_3, width=79)
        + "\nShort line.\n"
    )
    assert len(textwrap.fill(PARA_3, width=79).split("\n")[-1]) < 60
    blocks = blocks_from_text(source)
    assert [b.text for b in blocks] == [PARA_1, PARA_3, "Short line."]
    _check_positions(source, blocks)


def test_unwrapped_long_lines_stay_one_block_per_line() -> None:
    source = f"{PARA_1}\n{PARA_2}\n{PARA_3}\n"
    blocks = blocks_from_text(source)
    assert [b.text for b in blocks] == [PARA_1, PARA_2, PARA_3]
    assert [b.line for b in blocks] == [1, 2, 3]
    _check_positions(source, blocks)


def test_short_lines_without_blank_lines_stay_separate() -> None:
    source = "Home\nWorld\nBusiness\nMarkets\n"
    blocks = blocks_from_text(source)
    assert [b.text for b in blocks] == ["Home", "World", "Business", "Markets"]


def test_wrapped_paragraph_with_continuation_starting_with_a_year() -> None:
    # "2010. The" at the start of a wrapped line looks like "2010." a numbered marker,
    # but the previous line was full, so it continues the paragraph.
    head = "The company said its revenue had grown by nearly a third over the year to March "
    lead = "Officials in Bamako said the rebel group had been growing fast since early in"
    assert len(lead) <= 79
    para = (
        f"{lead} 2010. The army has been unable to stop it, according to diplomats and "
        "security experts who follow the region closely."
    )
    source = (
        textwrap.fill(PARA_1, width=79)
        + "\n\n"
        + lead
        + "\n"
        + textwrap.fill(para[len(lead) + 1 :], width=79)
        + "\n\n"
        + textwrap.fill(head + "2011, helped by strong demand in Asia and Europe.", width=79)
        + "\n"
    )
    assert "\n2010. The army" in source
    blocks = blocks_from_text(source)
    assert [b.text for b in blocks] == [
        PARA_1,
        para,
        head + "2011, helped by strong demand in Asia and Europe.",
    ]
    assert all(b.kind == "p" for b in blocks)
    _check_positions(source, blocks)


# --- list items ------------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["*", "•", "-", "–", "1.", "1)"])
def test_list_item_markers(marker: str) -> None:
    source = f"Headline\n\n{marker} Army officers sold weapons\n\nBody text.\n"
    blocks = blocks_from_text(source)
    assert [b.kind for b in blocks] == ["p", "li", "p"]
    item = blocks[1]
    assert item.marker == marker
    assert item.text == "Army officers sold weapons"
    assert item.line == 3
    assert source[item.start : item.end] == f"{marker} Army officers sold weapons"
    _check_positions(source, blocks)


@pytest.mark.parametrize("marker", ["·", "▪", "◦", "‣", "●", "○", "■", "□", "12.", "12)"])
def test_other_list_markers(marker: str) -> None:
    (block,) = blocks_from_text(f"{marker} An item\n")
    assert (block.kind, block.marker, block.text) == ("li", marker, "An item")


def test_indented_list_item() -> None:
    source = "   * Indented item text\n"
    (block,) = blocks_from_text(source)
    assert (block.kind, block.marker, block.text) == ("li", "*", "Indented item text")
    assert block.start == 3
    _check_positions(source, (block,))


def test_consecutive_list_items_never_join() -> None:
    source = (
        "* First point about the army\n"
        "* Second point about the rebels\n"
        "- Third point with a dash\n"
        "1. Fourth point numbered\n"
        "2) Fifth point numbered\n"
    )
    blocks = blocks_from_text(source)
    assert [b.text for b in blocks] == [
        "First point about the army",
        "Second point about the rebels",
        "Third point with a dash",
        "Fourth point numbered",
        "Fifth point numbered",
    ]
    assert [b.marker for b in blocks] == ["*", "*", "-", "1.", "2)"]
    assert all(b.kind == "li" for b in blocks)
    assert [b.line for b in blocks] == [1, 2, 3, 4, 5]
    _check_positions(source, blocks)


def test_consecutive_long_list_items_in_wrapped_text_never_join() -> None:
    # Long items that fill the line: the next item's first word would not have fitted,
    # yet a marker always starts a new item.
    item_1 = textwrap.fill(PARA_1, width=79, initial_indent="* ", subsequent_indent="  ")
    item_2 = textwrap.fill(PARA_2, width=79, initial_indent="* ", subsequent_indent="  ")
    item_3 = textwrap.fill(PARA_3, width=79, initial_indent="1. ", subsequent_indent="   ")
    item_4 = textwrap.fill(PARA_1, width=79, initial_indent="2. ", subsequent_indent="   ")
    source = "\n".join([item_1, item_2, item_3, item_4]) + "\n"
    blocks = blocks_from_text(source)
    assert [b.text for b in blocks] == [PARA_1, PARA_2, PARA_3, PARA_1]
    assert [b.marker for b in blocks] == ["*", "*", "1.", "2."]
    assert all(b.kind == "li" for b in blocks)
    _check_positions(source, blocks)


def test_wrapped_list_item_continuation_joins_it() -> None:
    item = textwrap.fill(PARA_2, width=79, initial_indent="• ", subsequent_indent="  ")
    assert item.count("\n") >= 2
    source = textwrap.fill(PARA_1, width=79) + "\n\n" + item + "\n\n" + PARA_3[:60] + "\n"
    blocks = blocks_from_text(source)
    assert [b.kind for b in blocks] == ["p", "li", "p"]
    assert blocks[1].text == PARA_2
    assert blocks[1].marker == "•"
    assert blocks[1].line == textwrap.fill(PARA_1, width=79).count("\n") + 3
    _check_positions(source, blocks)


def test_unindented_line_after_list_item_is_not_its_continuation() -> None:
    item = textwrap.fill(PARA_2, width=79, initial_indent="* ", subsequent_indent="  ")
    # A following paragraph that starts at column 0 is not part of the item.
    source = textwrap.fill(PARA_1, width=79) + "\n\n" + item + "\nOfficials declined to comment.\n"
    blocks = blocks_from_text(source)
    assert blocks[1].kind == "li"
    assert blocks[1].text == PARA_2
    assert blocks[2].text == "Officials declined to comment."
    assert blocks[2].kind == "p"


@pytest.mark.parametrize(
    "line",
    [
        "-- headline with a double dash",
        "-5% was the fall in output",
        "*emphasis* at the start",
        "2010 was a hard year",
        "3.5 percent growth",
        "1.5m barrels a day",
        "–5 degrees overnight",
        "•no space after bullet",
    ],
)
def test_not_a_list_item(line: str) -> None:
    (block,) = blocks_from_text(line + "\n")
    assert block.kind == "p"
    assert block.marker == ""
    assert block.text == line


def test_marker_alone_without_text_is_not_a_list_item() -> None:
    (block,) = blocks_from_text("*\n")
    assert block.kind == "p"
    assert block.text == "*"


# --- positions ------------------------------------------------------------------------


def test_positions_on_a_mixed_document() -> None:
    source = (
        "Mali army sold guns to Al Qaeda: ex-rebel\n"
        "\n"
        "  * Officers sold weapons\n"
        "  * Ammunition too\n"
        "\n"
        + textwrap.fill(PARA_1, width=79)
        + "\n\n"
        + textwrap.fill(PARA_2, width=79, initial_indent="1) ", subsequent_indent="   ")
        + "\n\n"
        "0 : 0\n"
    )
    blocks = blocks_from_text(source)
    assert [(b.kind, b.marker, b.text) for b in blocks] == [
        ("p", "", "Mali army sold guns to Al Qaeda: ex-rebel"),
        ("li", "*", "Officers sold weapons"),
        ("li", "*", "Ammunition too"),
        ("p", "", PARA_1),
        ("li", "1)", PARA_2),
        ("p", "", "0 : 0"),
    ]
    assert [b.line for b in blocks[:4]] == [1, 3, 4, 6]
    _check_positions(source, blocks)
    # Blocks come in source order and do not overlap.
    for a, b in pairwise(blocks):
        assert a.end <= b.start


def test_positions_without_trailing_newline() -> None:
    source = "First\n\nSecond"
    blocks = blocks_from_text(source)
    assert [(b.start, b.end, b.line) for b in blocks] == [(0, 5, 1), (7, 13, 3)]


def test_trailing_spaces_are_not_in_the_span() -> None:
    source = "Headline   \n\nBody text.\t \n"
    blocks = blocks_from_text(source)
    assert source[blocks[0].start : blocks[0].end] == "Headline"
    assert source[blocks[1].start : blocks[1].end] == "Body text."
