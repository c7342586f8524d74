"""The page filters' newer fast paths give what the general code gives (#2, #6).

Each fast path is checked against the general form it stands for, on invented inputs
(hypothesis). On the corpus's own blocks, ``test_page_speed_equivalence.py`` checks
:func:`chrome_phrases` (this look for a text that is not ASCII included) the same way.
"""

from __future__ import annotations

import importlib

from hypothesis import example, given
from hypothesis import strategies as st

from tests.test_page_speed_equivalence import _chrome_phrases_general
from wireclean import patterns
from wireclean.text import display_width

#: The modules, not the filter functions that ``wireclean.filters`` exports by their names.
page_module = importlib.import_module("wireclean.filters.page")
shape_module = importlib.import_module("wireclean.filters._shape")


# --- chrome phrases in a text that is not ASCII -------------------------------------------


#: Phrase words, and what may stand between or glued to them in a text that is not
#: ASCII: letters and marks that are word characters ("é", a combining accent, "İ",
#: Devanagari's vowel sign), characters that are none ("²", "–", "’", "»", a no-break
#: space) and ASCII punctuation.
_NON_ASCII_PIECES = (
    *sorted({word for phrases in patterns.CHROME_INDEX.values() for p in phrases for word in p}),
    " ", "-", "'", "’", "–", "»", "«", "²", "½", "\u00a0", "\u0301", "\u094b", "İ", "é", "ß",
    "_", "?", ".", "\n", "Ä", "Ü", "ü", "и", "中",
)  # fmt: skip


@given(
    st.lists(
        st.one_of(st.sampled_from(_NON_ASCII_PIECES), st.text(max_size=3)), min_size=1, max_size=16
    )
)
@example(["über", " ", "den", " ", "autor"])
@example(["²", "share", "²", "this"])
@example(["«", "share", ".", " ", "this", "»"])
@example(["é", "share", " ", "this"])
@example(["реклама"])
@example(["\ud800", "share", " ", "this"])
@example(["»", "कॉपी", " ", "लिंक"])
@example(["İ", "privacy", "\u00a0", "policy"])
def test_chrome_phrases_of_a_text_not_ascii_read_as_their_general_form(pieces: list[str]) -> None:
    """A text that is not ASCII, first looked at as bytes, finds what its words find."""
    text = "".join(pieces) + " ü"  # never ASCII
    assert shape_module.chrome_phrases.__wrapped__(text) == _chrome_phrases_general(text)


def test_every_chrome_phrase_passes_the_look_for_a_text_not_ascii() -> None:
    """Each phrase, however it is joined and whatever stands around it, is let through."""
    for phrases in patterns.CHROME_INDEX.values():
        for phrase in phrases:
            for joint in (" ", " – ", "»\n", "\u00a0"):
                for text in (f"Ü{joint.join(phrase)}", f"«{joint.join(phrase)}»ü"):
                    assert shape_module._may_hold_phrase(text.lower()), (phrase, text)
                    found = shape_module.chrome_phrases.__wrapped__(text)
                    assert found == _chrome_phrases_general(text)


# --- prose: a line too short to be wide enough ------------------------------------------


def _is_prose_general(text: str) -> bool:
    """The prose test that measures the width of every line shorter than a paragraph."""
    if len(text) >= page_module._LONG or display_width(text) >= page_module._LONG:
        return True
    if text[-1] in "。！？" or page_module._credited_sentence(text):
        return len(text) >= page_module._SHORT_PROSE // 2
    return (
        len(text) >= page_module._SHORT_PROSE
        and text[-1] in patterns.SENTENCE_END
        and text.count(" ") >= 3
    )


@given(
    st.text(alphabet=st.sampled_from("ab 。宮崎県（共同）.！"), min_size=1, max_size=170),
    st.integers(min_value=0, max_value=3),
)
@example("宮" * 79 + "a", 0)
@example("宮" * 80, 0)
@example("宮" * 81, 0)
def test_prose_reads_as_its_general_form(text: str, pad: int) -> None:
    for line in (text, "x" * pad + text, text * 2):
        assert page_module.is_prose(line) is _is_prose_general(line), line
