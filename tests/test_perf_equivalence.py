"""The fast paths give what the plain forms they stand for give (issue #2, speed).

Each fast path is checked against the plain form it replaced, written out here: the
character walks behind ``Draft.cut``, the pattern searches that cheap substring tests
now rule out first, the folding of whitespace, and the model's hand-written
``__init__``s.
"""

from __future__ import annotations

import dataclasses
import inspect

from hypothesis import example, given
from hypothesis import strategies as st

from wireclean import patterns
from wireclean.model import Block, Removal
from wireclean.pipeline import Draft, _source_offset, _source_offset_back
from wireclean.text import _ascii_printable, _collapse_spaces, fold


def _walk_forward(source: str, block: Block, chars: int) -> int:
    i = block.start
    if block.marker:
        i = source.find(block.marker, i, block.end) + len(block.marker)
    for char in block.text[:chars]:
        while i < block.end and source[i].isspace():
            i += 1
        if char != " ":
            i += 1
    return i


def _walk_back(source: str, block: Block, chars: int) -> int:
    i = block.end
    for char in reversed(block.text[len(block.text) - chars :]):
        while i > block.start and source[i - 1].isspace():
            i -= 1
        if char != " ":
            i -= 1
    return i


_SPAN_CHARS = st.sampled_from(["a", "b", "地", "震", " ", "  ", "\n", "\t", "\u3000", "\x1c", "-"])
_SPANS = st.lists(_SPAN_CHARS, max_size=30).map("".join)


@given(_SPANS, _SPANS, _SPANS, st.sampled_from(["", "*", "1."]), st.booleans())
@example("", "ab  \n cd", "", "", True)
def test_cut_offsets_match_the_character_walk(
    before: str, body: str, after: str, marker: str, folded: bool
) -> None:
    span = f"{marker} {body}" if marker else body
    source = before + span + after
    text = fold(body) if folded else body
    block = Block(text, len(before), len(before) + len(span), 1, "li" if marker else "p", marker)
    for chars in range(len(text) + 1):
        assert _source_offset(source, block, chars) == _walk_forward(source, block, chars)
        assert _source_offset_back(source, block, chars) == _walk_back(source, block, chars)


_ASCII = st.text(st.characters(max_codepoint=127), max_size=300)


@given(_ASCII)
@example("x" * 150 + "\x00")
@example("  a   b  ")
def test_ascii_folding_fast_paths(text: str) -> None:
    assert _ascii_printable(text) == text.isprintable()
    assert fold(text) == " ".join(text.split())
    spaced = text.translate({ord(c): " " for c in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"})
    if spaced.isprintable():
        assert _collapse_spaces(spaced) == " ".join(spaced.split())
    assert patterns.may_hold_odd_space(text) == (patterns.ODD_SPACE.search(text) is not None)


_PHOTO_PIECES = st.sampled_from(
    ["AP", "AFP", "REUTERS", "dpa", "Getty Images", "/", ":", " ", "Foto", "Bild", "Image", "x"]
)


@given(st.lists(_PHOTO_PIECES, max_size=25).map("".join))
@example("a/b/c/d/e/f/g/h/i/j AP/ Jane")
def test_photo_credit_prefilter_hides_no_match(text: str) -> None:
    assert patterns.has_photo_credit(text) == (patterns.PHOTO_CREDIT.search(text) is not None)


_CREDIT_PIECES = st.sampled_from(
    (
        "(", ")", " ", "Reporting", "REPORTING", " by ", "with ", "Additional ", "additional ",
        "reporting ", "further ", "and ", "Editing by Ann Lee", ";", ".", "written", "Polling",
        "sub-editing", "Translated", "co", "Bo Li", "( BA.N )", "é",
    )
)  # fmt: skip
_CREDIT_TEXT = st.lists(_CREDIT_PIECES, max_size=16).map("".join)


def _search_every_paren(text: str, pos: int) -> object:
    start = text.find("(", pos)
    if start < 0:
        return patterns.CREDIT_TRAILER.match(text) if pos == 0 else None
    while start >= 0:
        match = patterns.CREDIT_TRAILER.match(text, start)
        if match is not None:
            return match
        start = text.find("(", start + 1)
    return None


def _key(match: object) -> object:
    return None if match is None else (match.span(), match.groupdict())  # type: ignore[attr-defined]


@given(_CREDIT_TEXT, st.integers(0, 20))
@example("He said. ( Reporting by Ann Lee; Editing by Bo Li)", 0)
def test_credit_searches_match_the_pattern(text: str, pos: int) -> None:
    assert _key(patterns.search_credit_trailer(text, pos)) == _key(_search_every_paren(text, pos))
    assert [_key(m) for m in patterns.credit_roles(text)] == [
        _key(m) for m in patterns.CREDIT_ROLE.finditer(text)
    ]


_PLACE_WORD = st.text(st.sampled_from("abcdefghij.'"), min_size=0, max_size=30)


@given(
    st.lists(_PLACE_WORD, min_size=1, max_size=6),
    st.sampled_from(["", ", Alaska", " [India]", ", Aug 12", ". 12 septiembre.", ",  Mar. 3"]),
    st.sampled_from(["(Reuters)", "(AP/AFP)", "(afp, dpa)", "/TASS/.", "(Acme)", "( AP )", ""]),
    st.sampled_from(["", " - ", " -- ", ": ", " x", " — "]),
    st.booleans(),
)
@example(["A" + "b" * 30] + ["c" * 30] * 5, ", Region Rrrrrr", "(Reuters)", " - ", True)
def test_dateline_prefilter_hides_no_match(
    words: list[str], middle: str, agency: str, dash: str, upper: bool
) -> None:
    text = "A" + " ".join(words) + middle + " " + agency + dash + "Body text."
    text = text.upper() if upper else text
    plain = patterns.DATELINE.match(text) if "(" in text or "/" in text else None
    assert _key(patterns.match_dateline(text)) == _key(plain)


def test_model_inits_keep_the_dataclass_signature() -> None:
    for cls in (Block, Removal):
        fields = dataclasses.fields(cls)
        params = list(inspect.signature(cls).parameters.values())
        assert [p.name for p in params] == [f.name for f in fields]
        assert [p.default for p in params] == [
            inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
            for f in fields
        ]
    block = Block("text", 0, 4, 1)
    assert dataclasses.replace(block, marker="*") == Block("text", 0, 4, 1, "p", "*", "")
    assert Removal("f", "r", "t", 0, 1, 1) == Removal("f", "r", "t", 0, 1, 1, None, False)


def test_draft_replace_is_dataclasses_replace() -> None:
    draft = Draft(source="a b", blocks=(Block("a b", 0, 3, 1),), headline="H")
    changes = {"step": "x", "url": "http://a"}
    assert draft._replace(changes) == dataclasses.replace(draft, **changes)
    assert draft.step == ""


_NOTE_PIECES = st.sampled_from(
    ("(", ")", " ", "Corrects paragraph 3", "(dpa)", "AP", ". ", "said.", "\n", "x", "(AFP/dpa)")
)


@given(st.lists(_NOTE_PIECES, max_size=12).map("".join))
@example("He said. (dpa)\n")
def test_note_patterns_need_what_their_filters_check_first(text: str) -> None:
    # filters/correction.py runs CORRECTION only on text that starts with "(";
    # filters/syndication.py runs SYNDICATION_TRAILER only on text ending in ")".
    assert patterns.CORRECTION.match(text) is None or text.startswith("(")
    assert patterns.SYNDICATION_TRAILER.search(text) is None or ")" in text[-2:]
