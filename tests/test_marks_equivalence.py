"""The page filters' compact bookkeeping gives what the plain forms it replaced give (#6).

On a page of a million tiny blocks, the furniture filter's marks in a dict, lists of the
blocks that stay, and sets of indices cost many times the page in memory; they are now a
list by index, runs held by their ends and flags of one byte. The plain forms are
written out here, as they were, and both are run on the same random pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from wireclean.filters.page import (
    _ASIDE_SHARE,
    _HEAD_ZONE,
    _LIST_RUN,
    _MAIN_SHARE,
    _PAGE_PART,
    Marks,
    _between,
    _keep_broken_sentences,
    _mark_asides,
    _mark_link_runs,
    _mark_outside_main,
    _marked,
    _page_part,
    _runs_on,
    is_furniture,
    is_prose,
)
from wireclean.model import Block

# Texts that make every branch: prose, short lines, lines ending in a colon, runs on
# ("an, ..."), furniture.
_TEXTS = st.sampled_from(
    [
        "Home",
        "World",
        "Share",
        "Menu:",
        "The measures include:",
        "The minister said the talks would go on next week.",
        "an, Arsenal muss noch warten",
        ". Then it ended",
        "West Ham United",
        "A deal worth $1.8 billion (estimate)",
        "Advertisement",
        "x" * 170,
    ]
)
_CONTEXTS = st.sampled_from(["", "", "main", "aside", "main aside", "nav"])
_REASONS = st.sampled_from([None, None, None, "caption", "link-list", "repeated"])


@st.composite
def _pages(draw: st.DrawFn) -> tuple[tuple[Block, ...], dict[int, str]]:
    rows = draw(st.lists(st.tuples(_TEXTS, st.booleans(), _CONTEXTS, _REASONS), max_size=30))
    blocks = tuple(
        Block(text, k * 200, k * 200 + len(text), 2 * k + 1, "li" if li else "p", "", context)
        for k, (text, li, context, _) in enumerate(rows)
    )
    marks = {k: reason for k, (_, _, _, reason) in enumerate(rows) if reason is not None}
    return blocks, marks


def _as_list(blocks: Sequence[Block], marks: dict[int, str]) -> Marks:
    reasons: Marks = [None] * len(blocks)
    for i, reason in marks.items():
        reasons[i] = reason
    return reasons


def _as_dict(reasons: Marks) -> dict[int, str]:
    return {i: reason for i, reason in enumerate(reasons) if reason is not None}


# --------------------------------------------------------------------------- plain forms


def _mark_link_runs_plain(
    blocks: tuple[Block, ...], reasons: dict[int, str], breaks: Sequence[int]
) -> None:
    kept = [i for i in range(len(blocks)) if i not in reasons]
    introduced: set[int] = set()
    opened = False
    for k in kept:
        if opened and blocks[k].kind == "li":
            introduced.add(k)
        else:
            opened = blocks[k].text.endswith(":")
    run: list[int] = []
    previous = ""

    def mark(run: list[int], previous: str) -> None:
        if len(run) < _LIST_RUN:
            return
        if previous.endswith(":") or any(blocks[j].text.endswith(":") for j in run):
            return
        for j in run:
            reasons[j] = "link-list"

    for i in [*kept, None]:
        if (
            i is not None
            and run
            and any(blocks[run[-1]].end <= at < blocks[i].start for at in breaks)
        ):
            mark(run, previous)
            run, previous = [], ""
        if i is not None and (i in introduced or not is_prose(blocks[i].text)):
            run.append(i)
            continue
        mark(run, previous)
        run = []
        previous = blocks[i].text if i is not None else ""


def _keep_broken_sentences_plain(blocks: tuple[Block, ...], reasons: dict[int, str]) -> None:
    run: list[int] = []
    for i in range(len(blocks) + 1):
        if i < len(blocks) and reasons.get(i) == "link-list":
            run.append(i)
            continue
        broken = run and not any(blocks[j].context for j in run)
        if broken and any(_runs_on(blocks, j) for j in [*run, run[-1] + 1]):
            for j in run:
                del reasons[j]
        run = []


def _mark_shared_plain(
    blocks: tuple[Block, ...], reasons: dict[int, str], word: str, share: float
) -> None:
    kept = [i for i in range(len(blocks)) if i not in reasons]
    inside = [i for i in kept if word in blocks[i].context.split()]
    if not inside:
        return
    size = sum(len(blocks[i].text) for i in kept)
    held = sum(len(blocks[i].text) for i in inside)
    if word == "main":
        if held < share * size:
            return
        for i in kept:
            if i > inside[0] and word not in blocks[i].context.split():
                reasons[i] = "chrome-context"
    else:
        if held >= share * size:
            return
        for i in inside:
            reasons[i] = "chrome-context"


def _page_part_plain(
    blocks: tuple[Block, ...], part: range, owned: set[int], notices: set[int]
) -> range:
    counted = [i for i in part if i not in owned]
    if len(counted) >= _PAGE_PART or any(
        i in notices or is_furniture(blocks[i].text) for i in counted
    ):
        return part
    items = [i for i in counted if blocks[i].kind == "li" and not is_prose(blocks[i].text)]
    if len(items) >= _LIST_RUN and not any(blocks[i].text.endswith(":") for i in counted):
        return part
    return range(0)


def _between_plain(
    blocks: tuple[Block, ...], headline: int | None, first: int, owned: set[int]
) -> range:
    if headline is None:
        return range(0)
    middle = range(headline + 1 + _HEAD_ZONE, first - _HEAD_ZONE)
    counted = [i for i in middle if i not in owned]
    if len(counted) < 2 * _PAGE_PART or any(is_prose(blocks[i].text) for i in counted):
        return range(0)
    return middle


# --------------------------------------------------------------------------- tests


@given(_pages(), st.lists(st.integers(0, 6000), max_size=3))
def test_link_runs_by_their_ends_mark_what_lists_of_lines_marked(
    page: tuple[tuple[Block, ...], dict[int, str]], breaks: list[int]
) -> None:
    blocks, marks = page
    reasons = _as_list(blocks, marks)
    _mark_link_runs(blocks, reasons, breaks=breaks)
    _mark_link_runs_plain(blocks, marks, breaks)
    assert _as_dict(reasons) == marks


@given(_pages())
def test_broken_sentences_unmark_what_they_unmarked(
    page: tuple[tuple[Block, ...], dict[int, str]],
) -> None:
    blocks, marks = page
    reasons = _as_list(blocks, marks)
    _keep_broken_sentences(blocks, reasons)
    _keep_broken_sentences_plain(blocks, marks)
    assert _as_dict(reasons) == marks


@given(_pages())
def test_main_and_aside_shares_mark_what_they_marked(
    page: tuple[tuple[Block, ...], dict[int, str]],
) -> None:
    blocks, marks = page
    reasons = _as_list(blocks, marks)
    _mark_outside_main(blocks, reasons)
    _mark_shared_plain(blocks, marks, "main", _MAIN_SHARE)
    assert _as_dict(reasons) == marks
    _mark_asides(blocks, reasons)
    _mark_shared_plain(blocks, marks, "aside", _ASIDE_SHARE)
    assert _as_dict(reasons) == marks


@given(_pages(), st.integers(0, 30), st.integers(0, 30), st.integers(-1, 30))
def test_page_parts_and_the_middle_with_owned_flags(
    page: tuple[tuple[Block, ...], dict[int, str]], low: int, high: int, headline: int
) -> None:
    blocks, marks = page
    owned_set = {i for i, reason in marks.items() if reason == "repeated"}
    notices = {i for i, reason in marks.items() if reason == "caption"}
    owned = bytearray(len(blocks))
    for i in owned_set:
        owned[i] = 1
    part = range(min(low, len(blocks)), min(high, len(blocks)))
    assert _page_part(blocks, part, owned, notices) == _page_part_plain(
        blocks, part, owned_set, notices
    )
    head = headline if 0 <= headline < len(blocks) else None
    first = min(high, len(blocks))
    assert _between(blocks, head, first, owned) == _between_plain(blocks, head, first, owned_set)


@given(_pages(), st.data())
def test_marked_blocks_are_found_again_after_earlier_drops(
    page: tuple[tuple[Block, ...], dict[int, str]], data: st.DataObject
) -> None:
    blocks, marks = page
    reasons = _as_list(blocks, marks)
    # Some blocks already dropped (by an earlier reason): the rest, in order.
    gone = data.draw(st.sets(st.sampled_from(range(len(blocks))) if blocks else st.nothing()))
    now = tuple(b for i, b in enumerate(blocks) if i not in gone)
    for reason in ("caption", "link-list", "repeated"):
        starts = {blocks[i].start for i, r in marks.items() if r == reason}
        plain = [j for j, b in enumerate(now) if b.start in starts]
        assert list(_marked(now, blocks, reasons, reason)) == plain
