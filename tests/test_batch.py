"""Tests for wireclean.parse_many and the ordered process-pool engine under it."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterator, Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wireclean import Draft, Story, default_pipeline, parse
from wireclean.batch import (
    WorkerCrashed,
    _even_tail,
    available_cores,
    ordered_map,
    parse_many,
)
from wireclean.records import Failure, error_record

LEAD = "ALGIERS, Aug 12 (Reuters) - Insurgents bought guns from the army, officials said."


def _story(n: int) -> str:
    return f"Headline number {n}\n\n{LEAD} Story {n}.\n"


def drop_story_lines(draft: Draft) -> Draft:
    """A user filter (module level, so it pickles): drop blocks that mention 'Story'."""
    return draft.drop((i for i, b in enumerate(draft.blocks) if "Story" in b.text), reason="advert")


def die_on_poison(draft: Draft) -> Draft:
    """A filter that kills its worker process, as a crash in a C extension would."""
    if "POISON" in draft.source and multiprocessing.parent_process() is not None:
        os._exit(3)
    return draft


def slow_or_die(draft: Draft) -> Draft:
    """A filter that takes its time on 'SLOW' and kills its worker on 'POISON'."""
    if "SLOW" in draft.source:
        time.sleep(0.5)
    return die_on_poison(draft)


def test_one_story_per_input_in_order_in_this_process() -> None:
    inputs = [_story(n) for n in range(10)]
    stories = list(parse_many(inputs, jobs=1))
    assert [s.headline for s in stories if isinstance(s, Story)] == [
        f"Headline number {n}" for n in range(10)
    ]


def test_two_workers_give_what_one_process_gives() -> None:
    inputs = [_story(n) for n in range(200)] + [
        "<html><body><h1>Page</h1><p>Text.</p></body></html>"
    ]
    alone = list(parse_many(inputs, jobs=1))
    pooled = list(parse_many(inputs, jobs=2, chunk_size=7))
    assert pooled == alone
    assert len(pooled) == 201
    assert pooled[150] == parse(inputs[150])


def test_bad_inputs_give_failures_in_their_place() -> None:
    inputs: list[object] = [_story(0), 42, b"\xff\xfe" + "x".encode("utf-16-le"), None, _story(4)]
    results = list(parse_many(inputs, jobs=2, chunk_size=1))  # type: ignore[arg-type]
    assert len(results) == 5
    assert isinstance(results[0], Story) and isinstance(results[4], Story)
    assert results[1] == Failure(1, "TypeError", "parse() takes str or bytes, not int")
    assert isinstance(results[2], Story)  # a UTF-16 BOM is read
    failure = results[3]
    assert isinstance(failure, Failure)
    assert (failure.index, failure.type) == (3, "TypeError")
    assert failure.to_dict() == {"error": {"type": "TypeError", "message": failure.message}}


def test_too_large_inputs_fail_with_the_limit_named() -> None:
    (failure,) = parse_many(["x" * 100], jobs=1, max_size=10)
    assert isinstance(failure, Failure)
    assert failure.type == "InputTooLarge"
    assert "10" in failure.message


def test_a_custom_pipeline_reaches_the_workers() -> None:
    pipeline = default_pipeline().append(drop_story_lines)
    results = list(parse_many([_story(n) for n in range(40)], jobs=2, pipeline=pipeline))
    assert all(isinstance(s, Story) and s.body == () for s in results)
    assert all(isinstance(s, Story) and s.headline for s in results)


def test_a_pipeline_that_cannot_pickle_is_refused_before_any_work() -> None:
    pipeline = default_pipeline().append(lambda d: d, name="local")
    with pytest.raises(TypeError, match="jobs=1"):
        list(parse_many([_story(n) for n in range(100)], jobs=2, pipeline=pipeline))
    # In this process it is fine.
    assert len(list(parse_many([_story(1)], jobs=2, pipeline=pipeline))) == 1


@pytest.mark.parametrize(("poison", "chunk_size"), [(17, 8), (0, 1), (1, 3)])
def test_a_worker_that_dies_costs_only_its_input(poison: int, chunk_size: int) -> None:
    # (0, 1): the pool breaks while the first chunks are still being sent.
    pipeline = default_pipeline().insert_before("header", die_on_poison)
    inputs = [_story(n) for n in range(60)]
    inputs[poison] = "POISON " + inputs[poison]
    results = list(parse_many(inputs, jobs=2, pipeline=pipeline, chunk_size=chunk_size))
    assert len(results) == 60
    failed = [r for r in results if isinstance(r, Failure)]
    assert [(f.index, f.type) for f in failed] == [(poison, "WorkerCrashed")]
    assert [r.headline for r in results if isinstance(r, Story)] == [
        f"Headline number {n}" for n in range(60) if n != poison
    ]


def test_an_input_beside_a_crash_is_never_taken_for_its_cause() -> None:
    # The chunk [4, 5, 6, 7] dies twice; its inputs are then cleaned one at a time. Sent
    # side by side, the slow input 4 would be running when 5 killed the pool, and die
    # with it.
    pipeline = default_pipeline().insert_before("header", slow_or_die)
    inputs = [_story(n) for n in range(12)]
    inputs[4] += "\nSLOW\n"
    inputs[5] = "POISON " + inputs[5]
    results = list(parse_many(inputs, jobs=2, pipeline=pipeline, chunk_size=4))
    assert [r.index for r in results if isinstance(r, Failure)] == [5]
    assert [r.headline for r in results if isinstance(r, Story)] == [
        f"Headline number {n}" for n in range(12) if n != 5
    ]


def test_items_are_read_lazily_a_few_chunks_ahead() -> None:
    pulled: list[int] = []

    def items() -> Iterator[str]:
        for n in range(10_000):
            pulled.append(n)
            yield _story(n)

    results = parse_many(items(), jobs=2, chunk_size=10)
    first = next(results)
    assert isinstance(first, Story) and first.headline == "Headline number 0"
    assert len(pulled) <= 10 * 2 * 4  # the chunks in flight, not the stream
    results.close()  # type: ignore[attr-defined]


def test_empty_input_gives_nothing() -> None:
    assert list(parse_many([], jobs=2)) == []


@pytest.mark.parametrize("bad", [{"jobs": 0}, {"chunk_size": 0}])
def test_nonsense_settings_are_refused(bad: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        list(parse_many(["x"], **bad))  # type: ignore[arg-type]


def _double(state: int, chunk: Sequence[int]) -> list[int]:
    return [state * n for n in chunk]


def _never(item: int, exc: BaseException) -> int:
    raise AssertionError(f"{item} crashed: {exc}")


@pytest.mark.parametrize("jobs", [1, 2])
def test_ordered_map_keeps_order_across_chunk_sizes(jobs: int) -> None:
    out = list(
        ordered_map(_double, range(1000), state=3, jobs=jobs, chunk_size=13, on_crash=_never)
    )
    assert out == [3 * n for n in range(1000)]


def test_ordered_map_cuts_chunks_by_weight() -> None:
    seen: list[int] = []

    def sizes(state: None, chunk: Sequence[str]) -> list[int]:
        seen.append(len(chunk))
        return [len(s) for s in chunk]

    out = list(
        ordered_map(
            sizes, ["ab"] * 10, state=None, jobs=1, chunk_size=100,
            weigh=len, max_chunk_weight=6, on_crash=_never,
        )
    )  # fmt: skip
    assert out == [2] * 10
    assert seen == [3, 3, 3, 1]


def test_records() -> None:
    assert error_record(KeyError("html")) == {"error": {"type": "KeyError", "message": "'html'"}}
    failure = Failure.from_exception(WorkerCrashed("died"), 4, source="a.html")
    assert failure.to_dict() == {
        "source": "a.html",
        "error": {"type": "WorkerCrashed", "message": "died"},
    }
    assert available_cores() >= 1


def _dealt(lengths: Sequence[int], workers: int) -> list[list[int]]:
    items = iter(range(sum(lengths)))
    chunks = [[next(items) for _ in range(n)] for n in lengths]
    return list(_even_tail(iter(chunks), workers))


@given(st.lists(st.integers(1, 70), max_size=30), st.integers(1, 4))
def test_the_tail_is_dealt_in_order_with_nothing_lost(lengths: list[int], workers: int) -> None:
    dealt = _dealt(lengths, workers)
    assert [item for piece in dealt for item in piece] == list(range(sum(lengths)))
    assert all(piece for piece in dealt)
    assert all(len(piece) <= max(lengths) for piece in dealt)


def test_the_last_chunks_are_cut_so_the_workers_finish_together() -> None:
    # Seventeen chunks of 64 (the CLI's size for short stories) on two workers: the
    # head goes out whole, the last two chunks' items in pieces that shrink to an
    # eighth of a chunk, so no worker is left running a whole chunk alone.
    dealt = _dealt([64] * 16 + [42], 2)
    sizes = [len(piece) for piece in dealt]
    assert sizes[:15] == [64] * 15
    assert sum(sizes[15:]) == 64 + 42
    assert sizes[15:] == sorted(sizes[15:], reverse=True)
    assert sizes[-2:] == [8, 8]
