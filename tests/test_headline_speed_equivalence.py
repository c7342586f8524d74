"""The headline choice's fast paths choose what the plain reading chooses (#6).

:func:`_headline_index` reads its candidates' scores lazily, best first (branch and
bound over :data:`_HEADLINE_STAGES`), and :func:`_far_heads` asks once whether each
block is a byline or a time. Each is checked against the plain form it stands for:
every signal of every candidate summed in page order, and :func:`_meta_below` asked for
each block. On the corpus's fundus pages (HTML and w3m dumps) when the corpus is there,
and on an invented page.
"""

from __future__ import annotations

import gzip
import importlib
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import wireclean
from wireclean import patterns
from wireclean.model import Block

#: The module, not the filter function that ``wireclean.filters`` exports by its name.
page_module = importlib.import_module("wireclean.filters.page")

Call = tuple[tuple[Block, ...], int, set[int]]


# --- the plain forms ------------------------------------------------------------------


def _plain_signals(
    blocks: tuple[Block, ...],
    i: int,
    first: int,
    seen: Counter[str],
    stamps: set[int],
    lead: Any,
    titles: Sequence[str],
) -> dict[str, float]:
    """Every signal of block ``i`` read in one dict, as the headline's signals were read."""
    pm = page_module
    block = blocks[i]
    text = block.text
    words = pm._word_count(text)
    short = words < pm._HEADLINE_MIN_WORDS
    return {
        "lead_words": pm._shares_lead_words(text, i, lead),
        "below": i >= first,
        "past_long": i > first and pm._past_long(blocks, i, first),
        "trail_end": block.kind == "li",
        "repeated": seen[text] > 1 and not pm._repeated_nearby(blocks, i),
        "crumbed": pm._crumbed(blocks, i),
        "titled": pm._site_titled(text, titles),
        "caption": pm._captioned(blocks, i)
        or patterns.CAPTION_CREDIT.search(text) is not None
        or patterns.CAPTION_CREDIT_BRACKETS.search(text) is not None,
        "meta_below": pm._meta_below(blocks, i, stamps),
        "teaser_below": pm._teaser_below(blocks, i),
        "chrome": pm.has_chrome_phrase(text) or patterns.TIME_AGO.search(text) is not None,
        "label": patterns.IMAGE_LABEL.search(text) is not None,
        "menu_mark": text.startswith(pm._MENU_MARKS),
        "menu_run": pm._menu_run(blocks, i),
        "names": pm._names_line(text),
        "date": patterns.YEAR.search(text) is not None or patterns.CLOCK.search(text) is not None,
        "long": not short,
        "three_words": words == pm._HEADLINE_MIN_WORDS - 1,
        "short": words < pm._HEADLINE_MIN_WORDS - 1,
        "kicker": short and pm._kicker(blocks, i),
        "excess_words": max(0, words - pm._HEADLINE_WORDS),
        "length": 20 <= len(text) <= 150,
        "heading": block.kind in ("h1", "h2"),
        "under_title": pm._under_title(blocks, i),
    }


def _plain_far_heads(blocks: tuple[Block, ...], first: int, stamps: set[int]) -> list[int]:
    """The far heads with :func:`_meta_below` asked for each block above the window."""
    pm = page_module
    near = max(0, first - pm._LOOKBACK)
    start = first
    counted = 0
    floor = max(0, first - pm._LOOKBACK_ITEMS)
    while start > floor and counted < pm._LOOKBACK:
        start -= 1
        counted += blocks[start].kind != "li"
    return [i for i in range(start, near) if pm._meta_below(blocks, i, stamps)]


def _plain_headline_index(blocks: tuple[Block, ...], first: int, skip: set[int]) -> int | None:
    """The headline chosen with every signal of every candidate summed, in page order."""
    pm = page_module
    best: tuple[float, int] | None = None
    whole: tuple[float, int] | None = None
    lead = pm._lead_words(blocks, first)
    titles = pm._site_title_blocks(blocks)
    seen = Counter(b.text for b in blocks)
    for i in [*_plain_far_heads(blocks, first, skip), *pm._headline_window(blocks, first)]:
        if i in skip or not (pm._may_be_headline(blocks[i]) or pm._trail_end(blocks, i)):
            continue
        signals = _plain_signals(blocks, i, first, seen, skip, lead, titles)
        score = sum(pm._HEADLINE_WEIGHTS[name] * value for name, value in signals.items())
        if best is None or score > best[0]:
            best = (score, i)
        if (whole is None or score > whole[0]) and not pm._wrapped_line(blocks, i, skip):
            whole = (score, i)
    if (
        best is not None
        and whole is not None
        and whole[1] != best[1]
        and abs(whole[1] - best[1]) <= pm._HEAD_ZONE
        and pm._wrapped_line(blocks, best[1], skip)
    ):
        best = whole
    return pm._nearest_copy(blocks, best[1], first, skip) if best else None


# --- the stages -----------------------------------------------------------------------


def _invented_page() -> tuple[Block, ...]:
    lines = [
        ("Home", "li"),
        ("World", "li"),
        ("Harbour bridge reopens after storm repairs", "li"),
        ("Harbour bridge reopens after storm repairs | Coast Post", "p"),
        ("Harbour bridge reopens after storm repairs", "h1"),
        ("By Jane Doe, 3 May 2024 10:15", "p"),
        ("The harbour bridge reopened on Friday after weeks of storm repairs, the city said.", "p"),
        ("Engineers replaced two cables and the deck joints that the storm had torn.", "p"),
    ]
    at = 0
    blocks = []
    for n, (text, kind) in enumerate(lines):
        blocks.append(Block(text, at, at + len(text), n, kind=kind))
        at += len(text) + 2
    return tuple(blocks)


def test_each_signal_is_read_in_one_stage_and_each_stage_names_its_signals() -> None:
    pm = page_module
    names = [name for stage in pm._HEADLINE_STAGES for name in stage]
    assert sorted(names) == sorted(pm._HEADLINE_WEIGHTS)
    assert len(pm._STAGE_READERS) == len(pm._HEADLINE_STAGES)
    blocks = _invented_page()
    page = pm._HeadlinePage(blocks, 6, Counter(b.text for b in blocks), {5}, [], [])
    for read, stage in zip(pm._STAGE_READERS, pm._HEADLINE_STAGES, strict=True):
        assert tuple(read(page, 4)) == stage


def test_a_stage_gain_is_the_most_the_later_stages_add() -> None:
    """Signals with a positive weight are yes or no (a count has none), so a later stage
    adds its positive weights at most; the last stage leaves nothing to add."""
    pm = page_module
    assert pm._STAGE_GAINS[-1] == 0
    for name in pm._COUNT_SIGNALS:
        assert pm._HEADLINE_WEIGHTS[name] <= 0
    for stage, gain in enumerate(pm._STAGE_GAINS):
        later = [n for names in pm._HEADLINE_STAGES[stage + 1 :] for n in names]
        assert gain == sum(max(pm._HEADLINE_WEIGHTS[n], 0) for n in later)


def test_the_weights_are_halves_so_sums_are_exact_in_any_order() -> None:
    for weight in page_module._HEADLINE_WEIGHTS.values():
        assert float(2 * weight).is_integer()


def test_an_invented_page_chooses_its_headline_as_the_plain_reading() -> None:
    blocks = _invented_page()
    page_module._forget_heads()
    chosen = page_module._headline_index(blocks, 6, {5})
    assert chosen == _plain_headline_index(blocks, 6, {5})
    assert chosen is not None and blocks[chosen].text.startswith("Harbour bridge")


# --- the best, and the best whole line, of invented scores --------------------------


def _stage_adds() -> list[float]:
    """The most each stage may add: the first any score, each later one its positive weights."""
    gains = page_module._STAGE_GAINS
    return [20.0, *(gains[k - 1] - gains[k] for k in range(1, len(gains)))]


@st.composite
def _invented_scores(draw: st.DrawFn) -> tuple[list[list[float]], set[int]]:
    """Scores of a few candidates, stage by stage (halves, each stage within its bound),
    and which candidates are wrapped sentences' lines."""
    count = draw(st.integers(1, 12))
    scores = [
        [draw(st.integers(-20, int(2 * most)).map(lambda h: h / 2)) for most in _stage_adds()]
        for _ in range(count)
    ]
    wrapped = draw(st.sets(st.integers(0, count - 1)))
    return scores, wrapped


@given(_invented_scores())
@example(([[5, 0, 0, 0, 0, 0, 0], [5, 0, 0, 0, 0, 0, 0]], {0}))
@example(([[5, 0, 0, 0, 0, 0, 0], [5, 0, 0, 0, 0, 0, 0]], {0, 1}))
@example(([[6, 0, 0, 0, 0, 0, 0], [5, 1.5, 0, 0, 0, 0, 0]], {1}))
@example(([[1, 1.5, 0, 4, 4, 0, 0], [9, 0, 0, 4, 0, 0, -1]], {0}))
def test_best_first_finds_the_best_and_the_best_whole_line(
    invented: tuple[list[list[float]], set[int]],
) -> None:
    """The best first reading finds what reading every score whole finds: the highest,
    of equals the first, and the highest that is no wrapped sentence's line."""
    scores, wrapped = invented
    candidates = [10 + 2 * n for n in range(len(scores))]
    at = {i: n for n, i in enumerate(candidates)}
    totals = [sum(stages) for stages in scores]
    best = max(range(len(totals)), key=lambda n: (totals[n], -n))
    whole = [n for n in range(len(totals)) if n not in wrapped]
    best_whole = max(whole, key=lambda n: (totals[n], -n)) if whole else None
    page = page_module._HeadlinePage((), 0, Counter(), set(), [], [])
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(page_module, "_stage_score", lambda _p, i, k: scores[at[i]][k])
        patched.setattr(page_module, "_wrapped_line", lambda _b, i, _s: at[i] in wrapped)
        chosen, chosen_whole = page_module._best_scored(page, candidates)
    assert chosen == candidates[best]
    assert chosen_whole == (None if best_whole is None else candidates[best_whole])


# --- the corpus -----------------------------------------------------------------------


def _corpus_calls(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> list[Call]:
    """Return the pages' headline choices as the page filter asks for them: on each fundus
    page's HTML and its w3m dump."""
    calls: list[Call] = []
    chosen: Callable[[tuple[Block, ...], int, set[int]], int | None] = page_module._headline_index

    def record(blocks: tuple[Block, ...], first: int, skip: set[int]) -> int | None:
        calls.append((blocks, first, set(skip)))
        return chosen(blocks, first, skip)

    pages = sorted((corpus / "fundus" / "data").glob("*/*.html.gz"))
    dumps = sorted((corpus / "fundus-w3m").glob("*/*.txt"))
    assert pages and dumps
    with monkeypatch.context() as patched:
        patched.setattr(page_module, "_headline_index", record)
        for path in pages:
            wireclean.parse_html(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
        for path in dumps:
            wireclean.parse_text(path.read_text(encoding="utf-8", errors="replace"))
    return calls


def test_corpus_headlines_are_chosen_as_the_plain_reading_chooses(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pm = page_module
    asked = 0
    for blocks, first, skip in _corpus_calls(corpus, monkeypatch):
        asked += 1
        pm._forget_heads()
        assert pm._far_heads(blocks, first, skip) == _plain_far_heads(blocks, first, skip)
        pm._forget_heads()
        assert pm._headline_index(blocks, first, skip) == _plain_headline_index(
            blocks, first, skip
        ), blocks[first].text
        lead = pm._lead_words(blocks, first)
        titles = pm._site_title_blocks(blocks)
        seen = Counter(b.text for b in blocks)
        for i in pm._headline_window(blocks, first):
            args = (blocks, i, first, seen, skip, lead, titles)
            assert pm._headline_signals(*args) == _plain_signals(*args)
    pm._forget_heads()
    assert asked > 400
