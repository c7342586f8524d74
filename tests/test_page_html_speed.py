"""The page filter's fast paths for HTML pages (issue #6) give what they stand for.

Each pretest is a necessary condition of the test it spares (False is sure): checked
against the test itself on invented lines (hypothesis and hand-written ones) and, where
the corpus is present, on the blocks of its HTML pages and text dumps. The whole-block
removal record is checked against the one ``Removal``'s own ``__init__`` makes.
"""

from __future__ import annotations

import gzip
import importlib
import itertools
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from wireclean import dates, patterns
from wireclean.filters.byline import byline_names
from wireclean.html import read_html
from wireclean.model import Block, Removal
from wireclean.normalize import normalize
from wireclean.pipeline import Draft, _block_record
from wireclean.text import blocks_from_text, display_width

#: The module, not the filter function that ``wireclean.filters`` exports by its name.
page_module = importlib.import_module("wireclean.filters.page")

#: Letters whose case folding is unusual: "ß" and "ẞ" fold to "ss", the Kelvin sign to
#: "k", the long s to "s", "İ" to "i" and a dot, ligatures to two letters, titlecase
#: digraphs, Roman numerals and circled letters (capitals to str.isupper).
_TRICKY = "ßẞKſİıﬁﬀﬆǅǆǄǈⅠⅰⒶⓐªÉéÖöÅåÜü"


# --- the general forms -----------------------------------------------------------------


def _glued_general(text: str) -> bool:
    """The glued-menu test as written before it read a line word by word."""
    joins = 0
    for a, b in itertools.pairwise(text):
        if a == " ":
            joins = 0
        elif a.islower() and b.isupper():
            joins += 1
            if joins >= page_module._GLUED_JOINS:
                return True
    return False


def _fast_agrees(text: str) -> None:
    """Assert that each pretested test gives on ``text`` what its pattern gives."""
    assert page_module._story_end(text) is (patterns.STORY_END.search(text) is not None), text
    assert page_module._headline_ui(text) is (patterns.HEADLINE_UI.search(text) is not None)
    assert page_module._headline_debris(text) is (
        patterns.HEADLINE_DEBRIS.search(text) is not None
    ), text
    assert page_module._glued(text) is _glued_general(text), text
    assert page_module._long_line(text) is (display_width(text) >= page_module._LONG)
    if dates.read_timestamp(text) is not None:
        assert dates.may_be_timestamp(text), text


# --- invented lines --------------------------------------------------------------------

_LINES = st.text(alphabet=st.sampled_from(f"aBcD eEkKsS1|#(I:.\n{_TRICKY}"), max_size=40)


@given(_LINES)
@example("Leave a COMMENT")
@example("KOMMENTARE (12)")
@example("ÜBER DEN AUTOR")
@example("DİSKUTİEREN SİE MİT")
@example("xYxYxY")
@example("über den autor")
@example("Fehlerhinweis")
@example("Réagir")
@example("Sign up to get the best stories in your inbox")
@example("SKIP TO MAIN CONTENT")
@example("Hoppa till huvudinnehållet")
@example("#Alternate")
@example("IFRAME: https://example.com")
@example("Gallery (BUTTON) next")
@example("12 of 12 |")
@example("A title |")
@example("A title |\n")
@example("EnglishFrançaisDeutschItaliano")
@example("McDonald iPhone YouTube")
@example("Ǆǆaǅb ǈ")
@example("")
def test_pretests_agree_with_their_patterns(text: str) -> None:
    _fast_agrees(text)


@pytest.mark.parametrize(
    "line",
    [
        "August 12, 2010 / 3:06 PM / 9 years ago",
        "Fri Oct 20, 2006 6:15pm EDT",
        "28. April 2023, 19:50 Uhr",
        "2024-05-01T10:00:00Z",
        "12.03.2024",
        "Updated: 22:05, 22 Apr 2024",
        "Veröffentlicht am 30.06.2025",
        "2025年1月13日 21時37分",
    ],
)
def test_timestamp_lines_pass_the_pretest(line: str) -> None:
    assert dates.read_timestamp(line) is not None
    assert dates.may_be_timestamp(line)


def test_timestamp_pretest_reaches_the_archive_stamp() -> None:
    # The archive stamp's lines are read without the token walk's length test.
    assert dates._ARCHIVE_LEN <= dates._MAX_LEN


@pytest.mark.parametrize(
    "phrases",
    [patterns.STORY_END_PHRASES, (*patterns.HEADLINE_UI_PHRASES, "inbox")],
)
def test_every_character_a_phrase_matches_folds_to_it(phrases: tuple[str, ...]) -> None:
    """The folded-text pretest is sure: every run of characters that ``regex`` matches to
    a piece of a phrase ignoring case (full folding) folds to the piece's folding,
    checked for each piece of one to three characters against every code point (a
    character folds to three at most); and no character of a phrase folds to more
    than one, so no run of several characters matches one of them."""
    fold = page_module._fold_case
    assert all(len(fold(c)) == 1 for c in "".join(phrases))
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    pieces = {p[i : i + n] for p in phrases for n in (1, 2, 3) for i in range(len(p) - n + 1)}
    for piece in sorted(pieces):
        pattern = regex.compile(regex.escape(piece), regex.VERSION1 | regex.IGNORECASE)
        for match in pattern.finditer(everything):
            assert fold(match.group()) == fold(piece), (piece, match.group())


def test_the_patterns_flags_are_the_ones_folded() -> None:
    # The pretests assume the patterns fold case fully (VERSION1 and IGNORECASE), and
    # HEADLINE_DEBRIS not at all.
    for pattern in (patterns.STORY_END, patterns.HEADLINE_UI):
        assert pattern.flags & regex.IGNORECASE and pattern.flags & regex.VERSION1
    assert not patterns.HEADLINE_DEBRIS.flags & regex.IGNORECASE
    assert not patterns.HEADLINE_DEBRIS.flags & regex.MULTILINE


def test_a_list_item_is_no_headline_and_only_a_list_item_ends_a_trail() -> None:
    """The headline's candidates ask one of the two tests, by the block's kind."""
    lines = ["Home", "World", "Mali army sold guns to rebels", "Officers sold rifles"]
    for kinds in itertools.product(("li", "p", "h1"), repeat=len(lines)):
        blocks = tuple(Block(t, 0, len(t), 1, kind) for t, kind in zip(lines, kinds, strict=True))
        for i, block in enumerate(blocks):
            if block.kind == "li":
                assert not page_module._may_be_headline(block)
            else:
                assert not page_module._trail_end(blocks, i)


def test_a_list_item_is_no_byline() -> None:
    item = Block("Von Jane Doe - 28.04.2024 um 08:52 Uhr", 0, 38, 1, "li")
    assert byline_names(item) is None
    assert not page_module._dated_byline(item)


# --- the removal record ----------------------------------------------------------------


def test_block_records_of_a_dropped_page_are_the_general_ones() -> None:
    # Spans that are their text, spans with runs of spaces and a CJK line break to fold.
    source = "Home\n\nWorld  news\n\n地震が\nあった\n\nThe story."
    draft = Draft(source=source, blocks=blocks_from_text(source), step="page")
    dropped = draft.drop(range(len(draft.blocks)), reason="page-chrome")
    general = [draft._record(b.start, b.end, b.line, "page-chrome", None) for b in draft.blocks]
    assert list(dropped.removed) == general
    assert all(type(r) is Removal for r in dropped.removed)


# --- the corpus ------------------------------------------------------------------------


def _corpus_pages(corpus: Path) -> list[tuple[str, tuple[Block, ...]]]:
    """Return the source and blocks of the corpus's HTML pages and fundus text dumps."""
    pages = []
    for path in sorted((corpus / "fundus" / "data").glob("*/*.html.gz")):
        page = read_html(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
        pages.append((page.source, page.blocks))
    for path in sorted((corpus / "fundus-w3m").rglob("*.txt"))[:300]:
        source = normalize(path.read_text(encoding="utf-8", errors="replace"))
        pages.append((source, blocks_from_text(source)))
    return pages


def test_corpus_blocks_read_as_the_general_forms_read_them(corpus: Path) -> None:
    pages = _corpus_pages(corpus)
    assert len(pages) > 250
    for source, blocks in pages:
        for block in blocks:
            _fast_agrees(block.text)
            record = _block_record(source, "page", block, "page-chrome", None)
            general = Draft(source=source, blocks=blocks, step="page")._record(
                block.start, block.end, block.line, "page-chrome", None
            )
            assert record == general and type(record) is Removal
