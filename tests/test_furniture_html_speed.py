"""The furniture and byline filters' cheap first tests give what the general code gives (#6).

Each fast path (a first or last character, a keyword, a length, a shared search) is
checked against the general form it stands for: on every character where a character
decides, on invented inputs (hypothesis) and, where the corpus is present, on the
blocks of its HTML pages and text dumps.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path

import regex
from hypothesis import given
from hypothesis import strategies as st

from tests.test_page_speed_equivalence import (
    _alternatives,
    _holds_keyword,
    _html_blocks,
    _is_notice_general,
)
from wireclean import patterns
from wireclean.model import Block
from wireclean.normalize import normalize
from wireclean.text import blocks_from_text

page_module = importlib.import_module("wireclean.filters.page")
shape_module = importlib.import_module("wireclean.filters._shape")

#: Every character but the surrogates and the line break, and those whose fold is
#: several characters ("ß", "ﬅ").
_EVERY = "".join(
    chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF and chr(c) != "\n"
)
_MULTI = [c for c in _EVERY if len(c.casefold()) > 1]


def _matching(letters: str, flags: int, *, last: bool) -> set[str]:
    """Return the characters that may stand for one of ``letters`` at a match's edge
    under ``flags``: those the ``regex`` engine matches to one, and, case blind, those
    whose fold starts (``last``: ends) with one."""
    found = set(regex.findall(f"[{regex.escape(letters)}]", _EVERY, flags))
    if flags & regex.IGNORECASE:
        found.update(c for c in _MULTI if c.casefold()[-1 if last else 0] in letters)
    return found


# --- the general forms -----------------------------------------------------------------


def _twice_general(text: str) -> bool:
    if len(text) < 2 * page_module._TWICE_CHARS:
        return False
    half = shape_module.doubled_half(text)
    return half is not None and " " in half


def _self_copy_general(text: str) -> bool:
    if len(text) < 2 * page_module._SELF_COPY:
        return False
    at = text.find(text[: page_module._SELF_COPY], 1)
    if at < 0:
        return False
    if text[at - 1] == " " and text[at - 2] in patterns.SENTENCE_END:
        return False
    size = len(text) - at
    same = next((n for n in range(size) if text[n] != text[at + n]), size)
    return (
        same >= page_module._SELF_COPY_SHARE * len(text)
        and text.count(" ", 0, same) >= 3
        and sum(c.isalpha() for c in text[:same]) >= page_module._SELF_COPY
    )


def _doubled_general(text: str) -> bool:
    if _twice_general(text):
        return True
    if len(text) < 2 * page_module._SELF_COPY:
        return False
    at = text.find(text[: page_module._SELF_COPY], 1)
    if at < 0:
        return False
    opening = text[:at].rstrip()
    if len(opening) < page_module._SELF_COPY or opening.count(" ") < 3:
        return False
    end = at
    while text.startswith(opening, end):
        end += len(opening)
        while end < len(text) and text[end] == " ":
            end += 1
    return end > at and len(text) - end <= page_module._CREDIT_LINE


def _agency_caption_general(text: str) -> bool:
    """The agency's caption test with the Korean credit searched in every caption."""
    if len(text) > page_module._CAPTION_CHARS:
        return False
    line = page_module._CREDIT_LINE
    if patterns.KOREAN_PHOTO_CREDIT.search(text, max(0, len(text) - line)):
        return True
    if text[-1] in patterns.SENTENCE_END.difference(")"):
        return False
    if patterns.AGENCY_PHOTO_FIRST.search(text, max(0, len(text) - line)) is not None:
        return True
    credit = patterns.AGENCY_PHOTO_CREDIT.search(text[-line * 2 :])
    if credit is None:
        return False
    tail = text[-line * 2 :][: credit.start()][-line:]
    return not any(word in tail for word in page_module._SOURCE_WORDS)


def _mark_dump_images_general(blocks: tuple[Block, ...], reasons: list[str | None]) -> None:
    """The images' pass with every test asked of every block."""
    last = next(
        (i for i in range(len(blocks) - 1, -1, -1) if page_module.is_prose(blocks[i].text)), 0
    )
    for i, block in enumerate(blocks):
        if i == 0:
            if _twice_general(block.text) and len(blocks) > 1:
                reasons[i] = reasons[i] or "repeated"
            continue
        after = blocks[i + 1].text if i + 1 < len(blocks) else ""
        if page_module._copied_below(block.text, after) or page_module._copied_above(
            block.text, after
        ):
            reasons[i] = reasons[i] or "caption"
            reasons[i + 1] = reasons[i + 1] or "caption"
        if reasons[i] is not None:
            continue
        if _self_copy_general(block.text) or _doubled_general(block.text):
            reasons[i] = "repeated"
        elif page_module._embed_notice(block.text):
            reasons[i] = "chrome-phrase"
        elif (
            patterns.IMAGE_FILE_NAME.match(block.text) is not None
            or patterns.FILE_PHOTO.match(block.text) is not None
            or _agency_caption_general(block.text)
            or (i < last and page_module._sourced_caption(block.text))
            or page_module._handling_note(block.text)
        ):
            reasons[i] = "caption"


def _mark_notices_general(blocks: tuple[Block, ...], reasons: list[str | None]) -> None:
    """The notices' pass with lynx's frames and buttons matched by their patterns."""
    for i, block in enumerate(blocks):
        if reasons[i] is not None:
            continue
        text = block.text
        if (
            patterns.DUMP_IFRAME.match(text) is not None
            or (patterns.DUMP_BUTTON.match(text) is not None and not page_module.is_prose(text))
            or (text[0] == "(" and patterns.DUMP_RADIO.match(text) is not None)
        ):
            reasons[i] = "form-debris"
        elif _is_notice_general(text) or (not block.context and page_module._follow_request(text)):
            reasons[i] = "chrome-phrase"


def _mark_tail_general(
    blocks: tuple[Block, ...],
    reasons: list[str | None],
    starts: Callable[[Block, str | None], bool],
) -> None:
    """The tail's pass asking ``starts`` of every block past the story's first ones."""
    if len(blocks) <= page_module._MORE_AFTER:
        return
    total = sum(len(b.text) for j, b in enumerate(blocks) if reasons[j] is None)
    above = 0
    for i, block in enumerate(blocks):
        if i:
            above += len(blocks[i - 1].text) if reasons[i - 1] is None else 0
        if i < page_module._MORE_AFTER or not starts(block, reasons[i]):
            continue
        if total - above > page_module._MORE_SHARE * above:
            continue
        for j in range(i, len(blocks)):
            reasons[j] = reasons[j] or "page-chrome"
        return


def _mark_author_lines_general(
    blocks: tuple[Block, ...], reasons: list[str | None], byline: tuple[str, ...]
) -> None:
    """The author's lines marked with each block's whole text folded."""
    if not any(" " in name.strip() for name in byline):
        return
    middle = reasons.count(None) // 2
    half = -1
    for i, reason in enumerate(reasons):
        if reason is None:
            if not middle:
                half = i
                break
            middle -= 1
    if half < 0:
        return
    names = [
        name
        for name in (n.casefold() for n in byline if " " in n.strip())
        if not any(page_module._names_subject(blocks, j, name) for j in range(1, half))
    ]
    for i in range(1, len(blocks)):
        if reasons[i] is not None:
            continue
        text = blocks[i].text
        low = text.casefold()
        for name in names:
            if not low.startswith(name):
                continue
            rest = text[len(name) :]
            if rest[:1].islower():
                continue
            if not page_module.is_prose(text):
                if (
                    page_module._stands_alone(blocks, i)
                    and len(rest) <= page_module._AUTHOR_REST
                    and (
                        not rest[:1].isspace() or rest.count(" ") <= page_module._AUTHOR_REST_WORDS
                    )
                ):
                    reasons[i] = "repeated"
            elif i >= half:
                reasons[i] = "chrome-context"
            break


def _mark_menu_lines_general(blocks: tuple[Block, ...], reasons: list[str | None]) -> None:
    """The menu lines marked with every block's words read."""
    for i, block in enumerate(blocks):
        if reasons[i] is not None or not page_module._FULL_STOPS.isdisjoint(block.text):
            continue
        words = patterns.LETTER_WORD.findall(block.text)
        least = page_module._MENU_WORDS if i else 2 * page_module._MENU_WORDS
        if len(words) >= least and sum(w[0].isupper() for w in words) >= (
            page_module._MENU_CAPS * len(words)
        ):
            reasons[i] = "link-list"


def _texts_agree(text: str) -> None:
    """Assert that each fast test of one text gives what its general form gives."""
    if not text:
        return
    assert page_module._twice(text) is _twice_general(text), text
    said = _self_copy_general(text) or _doubled_general(text)
    assert page_module._said_again(text) is said, text
    assert page_module._self_copy(text) is _self_copy_general(text), text
    assert page_module._doubled(text) is _doubled_general(text), text
    assert page_module._agency_caption(text) is _agency_caption_general(text), text
    assert page_module._is_notice(text) is _is_notice_general(text), text
    # The patterns spared by a first or last character, or a keyword.
    if not page_module._may_be_file_name(text):
        assert patterns.IMAGE_FILE_NAME.match(text) is None, text
    if not text.startswith("FILE"):
        assert patterns.FILE_PHOTO.match(text) is None, text
    if text[0] not in page_module._OPINION_FIRST:
        assert patterns.OPINION_DISCLAIMER.match(text) is None, text
    if text[0] not in page_module._SUBSCRIBE_FIRST:
        assert patterns.SUBSCRIBE_PITCH.match(text) is None, text
    if text[0] not in "LBCPIF":
        assert patterns.CAPTION_LABEL.match(text) is None, text
    if text[-1] not in page_module._ENLARGE_ENDS:
        assert patterns.ENLARGE_IMAGE.search(text) is None, text
    if not page_module._holds_any(text.casefold(), page_module._MORE_HERE_WORDS):
        assert patterns.MORE_HERE.search(text) is None, text


def _blocks_agree(blocks: tuple[Block, ...]) -> None:
    """Assert that the fast passes mark ``blocks`` as their general forms do."""
    for mark, general in (
        (page_module._mark_dump_images, _mark_dump_images_general),
        (page_module._mark_notices, _mark_notices_general),
        (page_module._mark_menu_lines, _mark_menu_lines_general),
    ):
        fast: list[str | None] = [None] * len(blocks)
        slow: list[str | None] = [None] * len(blocks)
        mark(blocks, fast)
        general(blocks, slow)
        assert fast == slow, [b.text for b in blocks]
    for starts in (page_module._heads_more_stories, page_module._ends_with_paywall):
        # As marked so far, and with every other block already going.
        for reasons in ([None] * len(blocks), [None if i % 2 else "x" for i in range(len(blocks))]):
            fast, slow = list(reasons), list(reasons)
            page_module._mark_tail(blocks, fast, starts)
            _mark_tail_general(blocks, slow, starts)
            assert fast == slow, [b.text for b in blocks]
    for block in blocks:
        _texts_agree(block.text)


# --- every character that decides ---------------------------------------------------------


def test_enlarge_ends_hold_every_last_character_of_a_match() -> None:
    """A match of ``patterns.ENLARGE_IMAGE`` ends in the last letter of a button's label
    ("s", "n", "e"), or a character whose fold ends so, or before a last line break."""
    flags = patterns.ENLARGE_IMAGE.flags
    assert _matching("sne", flags, last=True) | {"\n"} <= page_module._ENLARGE_ENDS
    for label in ("Vergrößern des Bildes", "Bild vergrößern", "Enlarge image", "Ampliar imagen"):
        assert label[-1] in "sne"
        for text in (label, label.upper(), label + "\n", "Ein Bild. " + label.upper()):
            assert patterns.ENLARGE_IMAGE.search(text) is not None, text
            assert text[-1] in page_module._ENLARGE_ENDS


def test_first_characters_hold_every_opening_of_a_match() -> None:
    """The patterns matched at a block's start open with a first letter of their
    words, case blind for those with that flag."""
    for pattern, letters, chars in (
        (patterns.READ_ALSO_LABEL, "raslmàczč", page_module._READ_ALSO_FIRST),
        (patterns.OPINION_DISCLAIMER, "tov", page_module._OPINION_FIRST),
        (patterns.SUBSCRIBE_PITCH, "sr", page_module._SUBSCRIBE_FIRST),
        (patterns.CAPTION_LABEL, "LBCPIF", frozenset("LBCPIF")),
        (patterns.COPYRIGHT_LINE, "C©", frozenset("C©")),
    ):
        assert _matching(letters, pattern.flags, last=False) <= chars, pattern.pattern
        for alt in _alternatives(pattern.pattern):
            opening = alt.lstrip("(?:")
            assert opening[0] in letters.lower() or opening[0] in letters, (alt, letters)


def test_korean_credits_end_in_their_listed_characters() -> None:
    for text in (
        "있다. 연합뉴스",
        "있다. 뉴시스",
        "있다. 뉴스1",
        "있다. 홍길동 기자",
        "[사진 = 홍길동 기자]",
    ):
        assert patterns.KOREAN_PHOTO_CREDIT.search(text) is not None, text
        assert text[-1] in page_module._KOREAN_CREDIT_ENDS
    for alt in ("뉴시스", "뉴스1", "연합뉴스", "기자", "]"):
        assert alt in patterns.KOREAN_PHOTO_CREDIT.pattern


def test_more_here_alternatives_hold_a_keyword_that_folds_as_written() -> None:
    words = page_module._MORE_HERE_WORDS
    for alt in _alternatives(patterns.MORE_HERE.pattern):
        assert _holds_keyword(alt, words), alt
    assert patterns.MORE_HERE.flags & regex.IGNORECASE
    for word in words:
        assert word == word.casefold() and "i" not in word, word
    flags = patterns.MORE_HERE.flags
    for letter in sorted(set("".join(words)) - {" "}):
        for char in _matching(letter, flags, last=False):
            if len(char.casefold()) == 1:
                assert char.casefold() == letter, (letter, char)
    # A character whose fold is several letters matches no keyword's letter alone.
    for word in words:
        for j in range(len(word)):
            for char in _MULTI:
                for n in (1, 2, 3):
                    text = word[:j] + char + word[j + n :]
                    if regex.search(regex.escape(word), text, flags) is not None:
                        assert word in text.casefold(), (word, text)


def test_menu_line_of_fewest_characters_for_its_words() -> None:
    """A menu of one-letter words with one character between them is as short as a
    line of that many words runs: the length test lets it through."""
    for menu in ("A B C D E F G H I J K L", "A|B|C|D|E|F|G|H|I|J|K|L", "A B C D E F G H I J K"):
        blocks = (Block("Story.", 0, 6, 1), Block(menu, 0, len(menu), 1))
        fast: list[str | None] = [None, None]
        slow: list[str | None] = [None, None]
        page_module._mark_menu_lines(blocks, fast)
        _mark_menu_lines_general(blocks, slow)
        assert fast == slow, menu
    assert slow == [None, None] and fast == [None, None]  # (the last: eleven words)
    blocks = (Block("Story.", 0, 6, 1), Block("A B C D E F G H I J K L", 0, 23, 1))
    marked: list[str | None] = [None, None]
    page_module._mark_menu_lines(blocks, marked)
    assert marked == [None, "link-list"]


# --- invented inputs -------------------------------------------------------------------

#: Pieces the fast paths look at, recombined with arbitrary text.
_PIECES = (
    "Vergrößern des Bildes", "Enlarge image", "Agrandir l’image", "Read more: ", "Lesen Sie auch:",
    "À lire aussi :", "Copyright © 2024", "© Example", "The views expressed are the author's own",
    "Subscribe now to read", "Sign up today for", "Legende: ", "Foto(s): ", "FILE - ", "FILE—",
    "(BUTTON) ", "IFRAME: https://x", "AP Photo/Jane Roe", "Foto: ", "/ dpa", " via Reuters",
    "있다. 연합뉴스", " 기자", "[사진 = 홍길동 기자]", "Lesen Sie hier", "hier finden Sie",
    "for more stories like this", "check our news page", "a-b-c-d-e-f", "[img]", "Von", "Author:",
    "A woman at her desk. ", "Gauteng weather", "READ MORE: ", "WATCH | ", "Home News Sport World ",
    "Politik Wirtschaft Kultur ", "ß", "ſ", "ẞ", "ﬅ", "İ", "K", "ŉ", "ẗ", "\n", " ",
    ". ", ")", "(", "e", "n", "s", "E", "x", "1", "]",
)  # fmt: skip
_TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), min_size=1, max_size=12
).map("".join)


@given(_TEXT)
def test_fast_tests_agree_on_invented_text(text: str) -> None:
    _texts_agree(text)
    _texts_agree(text + text)
    _texts_agree(text + " " + text)


@given(st.lists(_TEXT.filter(lambda t: bool(t.strip())), min_size=1, max_size=12))
def test_fast_passes_agree_on_invented_blocks(texts: list[str]) -> None:
    blocks = tuple(Block(t.strip(), 0, len(t.strip()), 1) for t in texts)
    _blocks_agree(blocks)


@given(
    st.lists(st.integers(1, 400), min_size=1, max_size=12),
    st.integers(0, 12),
    st.sampled_from(("You may also like", "Trending now", "Reading on another device")),
)
def test_tail_passes_agree_wherever_the_tail_starts(sizes: list[int], at: int, head: str) -> None:
    """A tail's first line anywhere below a story of any length: the share of the text
    above it decides, whichever test is asked first."""
    texts = ["Story text " + "x" * n + "." for n in sizes]
    texts.insert(min(at, len(texts)), head)
    _blocks_agree(tuple(Block(t, 0, len(t), 1) for t in texts))


_NAMES = ("Jane Doe", "JANE DOE", "Jane Doß", "Jane Doss", "İsmail Öz", "ismail öz", "Ǆenan Ab")


@given(
    st.lists(
        st.tuples(
            st.sampled_from((*_NAMES, "", "The", "A long sentence about things.")),
            st.sampled_from(("", ", SWR", " is a reporter in London.", "ing", " | x", " said.")),
        ),
        min_size=2,
        max_size=10,
    ),
    st.lists(st.sampled_from(_NAMES), min_size=1, max_size=3),
)
def test_author_lines_agree_with_names_folded_whole(
    parts: list[tuple[str, str]], byline: list[str]
) -> None:
    """A name opens a block's fold whether the block is folded whole or as far as the
    longest name runs, whatever its characters fold to ("ß", "İ")."""
    texts = [(a + b).strip() or "x" for a, b in parts]
    blocks = tuple(Block(t, 0, len(t), 1) for t in ["Headline here", *texts])
    fast: list[str | None] = [None] * len(blocks)
    slow: list[str | None] = [None] * len(blocks)
    page_module._mark_author_lines(blocks, fast, tuple(byline), None)
    _mark_author_lines_general(blocks, slow, tuple(byline))
    assert fast == slow, (texts, byline)


# --- the corpus's own blocks ---------------------------------------------------------------


def test_corpus_blocks_agree(corpus: Path) -> None:
    pages = _html_blocks(corpus)
    for path in sorted((corpus / "fundus-w3m").glob("*/*.txt")):
        pages.append(
            blocks_from_text(normalize(path.read_text(encoding="utf-8", errors="replace")))
        )
    assert len(pages) > 400
    for blocks in pages:
        if blocks:
            _blocks_agree(blocks)
