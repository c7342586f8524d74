"""page_lines and story_head give the lines the old eager lists gave (issue #6).

On a page of many lines they make each line when it is read. The eager forms they
replaced are written out here: every block and every record the field filters may
take back, sorted by start (a block before a record at one start), each made into a
head line; the story's head is such a list from twelve entries above its first block.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from wireclean.dates import read_timestamp
from wireclean.filters._shape import is_lead_paragraph, lead_blocks
from wireclean.filters.byline import (
    _EXTRA_PROSE,
    _HEAD_ABOVE,
    _HEAD_BELOW,
    _LAZY_LINES,
    _RECLAIMABLE,
    STAMP_EXTRA_PROSE,
    HeadUnit,
    PageLines,
    _block_unit,
    _record_unit,
    page_lines,
    story_head,
)
from wireclean.model import Block, Removal
from wireclean.pipeline import Draft

# The module itself (``wireclean.filters.byline`` is also the name of a function).
_byline: Any = importlib.import_module("wireclean.filters.byline")

_Entry = tuple[int, int, Removal | None]  # (start, block index or -1, record)


def _unit(draft: Draft, entry: _Entry) -> HeadUnit | None:
    _, i, r = entry
    return _block_unit(draft.blocks, i) if r is None else _record_unit(r)


def _eager(draft: Draft) -> tuple[HeadUnit, ...]:
    entries: list[_Entry] = [(b.start, i, None) for i, b in enumerate(draft.blocks)]
    entries.extend(
        (r.start, -1, r) for r in draft.removed if r.end > r.start and r.reason in _RECLAIMABLE
    )
    entries.sort(key=lambda e: e[0])
    return tuple(u for u in (_unit(draft, e) for e in entries) if u is not None)


def _eager_head(draft: Draft, extra_prose: int) -> tuple[tuple[HeadUnit, ...], int]:
    blocks = draft.blocks
    first = next((i for i, b in enumerate(blocks) if read_timestamp(b.text) is None), None)
    if first is None:
        return (), -1
    last_block = max(first, lead_blocks(blocks).stop - 1)
    prose = 0
    for i in range(last_block + 1, min(len(blocks), last_block + 1 + _HEAD_BELOW)):
        if is_lead_paragraph(blocks[i]):
            prose += 1
            if prose > extra_prose:
                break
        last_block = i
    end = blocks[last_block].end
    entries: list[_Entry] = [(b.start, i, None) for i, b in enumerate(blocks[: last_block + 1])]
    entries.extend(
        (r.start, -1, r)
        for r in draft.removed
        if r.start < end and r.end > r.start and (r.reason in _RECLAIMABLE or r.field == "headline")
    )
    entries.sort(key=lambda e: e[0])
    at = next(k for k, e in enumerate(entries) if e[1] == first)
    made = (_unit(draft, e) for e in entries[max(0, at - _HEAD_ABOVE) :])
    units = tuple(u for u in made if u is not None)
    return units, next(k for k, u in enumerate(units) if u.index == first)


def _same(lazy: Sequence[HeadUnit], old: tuple[HeadUnit, ...]) -> None:
    assert tuple(lazy) == old
    assert len(lazy) == len(old)
    assert [lazy[k] for k in range(len(old))] == list(old)
    assert [lazy[k] for k in range(-len(old), 0)] == list(old)
    assert lazy[1:-1] == old[1:-1]
    assert lazy[::2] == old[::2]


def _check(draft: Draft) -> None:
    for lazy in (False, True):
        # A page of few lines gets them all at once: make every page's lines lazily too.
        _byline._LAZY_LINES = -1 if lazy else _LAZY_LINES
        try:
            _same(page_lines(draft), _eager(draft))
            for extra in (_EXTRA_PROSE, STAMP_EXTRA_PROSE):
                units, first = story_head(draft, extra_prose=extra)
                old, old_first = _eager_head(draft, extra)
                assert first == old_first
                _same(units, old)
                assert isinstance(units, PageLines if lazy and units else tuple)
        finally:
            _byline._LAZY_LINES = _LAZY_LINES


def _page() -> Draft:
    # "Home" / "Menu" dropped as page chrome; a numbered item; a headline record; an
    # empty record; a bullet record; a cookie notice that is no page chrome.
    source = (
        "Home\nMenu\nStorm hits coast\nBy Jane Doe\n* Share\n1. Mai 2024\n"
        "Cookies are used.\nA storm hit the coast on Monday.\n"
    )
    offset = {line: source.index(line) for line in source.split("\n") if line}

    def block(text: str, *, kind: str = "p", marker: str = "") -> Block:
        start = offset[f"{marker} {text}" if marker else text]
        end = start + len(text) + (len(marker) + 1 if marker else 0)
        return Block(text, start, end, 1, kind, marker)

    def record(text: str, reason: str, field: str | None = None) -> Removal:
        start = offset[text]
        return Removal("page", reason, text, start, start + len(text), 1, field)

    blocks = (
        block("By Jane Doe"),
        block("Mai 2024", kind="li", marker="1."),
        block("A storm hit the coast on Monday."),
    )
    removed = (
        record("Menu", "page-chrome"),
        record("Home", "page-chrome"),  # recorded after "Menu", stands above it
        record("Storm hits coast", "page-chrome", "headline"),
        record("* Share", "page-chrome"),
        record("Cookies are used.", "cookie"),
        Removal("page", "page-chrome", "", 3, 3, 1),
    )
    return Draft(source=source, blocks=blocks, removed=removed)


def test_invented_page() -> None:
    draft = _page()
    _check(draft)
    texts = [u.text for u in page_lines(draft)]
    story = "A storm hit the coast on Monday."
    assert texts == ["Home", "Menu", "", "By Jane Doe", "Share", "1. Mai 2024", story]


def test_no_blocks_or_no_records() -> None:
    draft = _page()
    _check(Draft(source=draft.source, blocks=(), removed=draft.removed))
    _check(Draft(source=draft.source, blocks=draft.blocks))
    _check(Draft(source="", blocks=()))


@st.composite
def _drafts(draw: st.DrawFn) -> Draft:
    """A page of lines, some of them blocks, some records; blocks and records may share a start."""
    n = draw(st.integers(0, 12))
    starts = sorted(draw(st.lists(st.integers(0, 40), min_size=n, max_size=n)))
    blocks: list[Block] = []
    removed: list[Removal] = []
    for k, start in enumerate(starts):
        text = draw(st.sampled_from(["Home", "* Share", "- ", "By Jane Doe", "3 May 2024"]))
        if draw(st.booleans()):
            numbered = draw(st.booleans())
            kind, marker = ("li", f"{k}.") if numbered else ("p", "")
            blocks.append(Block(text, start, start + len(text), k + 1, kind, marker))
        else:
            reason = draw(st.sampled_from(["page-chrome", "cookie", "field"]))
            field = draw(st.sampled_from([None, "headline", "byline"]))
            end = start + draw(st.sampled_from([0, len(text)]))
            removed.append(Removal("page", reason, text, start, end, k + 1, field))
    removed = draw(st.permutations(removed))
    return Draft(source=" " * 60, blocks=tuple(blocks), removed=tuple(removed))


@given(_drafts())
def test_lazy_gives_the_eager_lines(draft: Draft) -> None:
    _check(draft)
