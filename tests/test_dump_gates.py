"""The page filters' gates change nothing (issue #2).

The furniture filter skips a dump-only pass, and the page filter a refinement of the
story's span, where the page cannot hold what the pass looks for (too few blocks, no
list item, no HTML context, no link run to unmark). Each gate must be a necessary
condition of its pass doing anything: here each pass runs with the gates
(``page._GATES``) on and off, on invented pages of a few blocks (where the gates close)
and more, and must give the same marks, scores and span ends; and whole invented dumps
and HTML pages must parse to the same story both ways.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireclean
from tests.test_page_speed_equivalence import _chrome_phrases_general
from wireclean.model import Block

#: The module, not the filter function that ``wireclean.filters`` exports by its name.
page_module = importlib.import_module("wireclean.filters.page")

# Lines that the gated passes look for, and lines around them: dated card lines, card
# titles and teasers, labels a page repeats, list headings, a paywall's line, timestamp
# lines, names, directory entries, short menu lines and paragraphs.
_LINES = [
    "Jane Doe 08.07.2024",
    "Malaysia / 5 h ago",
    "3 hours ago",
    "Storm hits the coast town",
    "Mayor opens the new harbour bridge",
    "Officials said the storm would reach the coast by night.",
    "The council will vote on the plan next month, a spokesman said.",
    "Advertisement",
    "Article content",
    "You may also like",
    "Most recent",
    "This article is being read on another device right now",
    "28. April 2023, 19:50 Uhr",
    "July 18, 2026 10:41 AM",
    "Jane Doe",
    "By Jane Doe",
    "Weather",
    "Forecasts for every town.",
    "Home",
    "World",
    "Share",
    "The measures include:",
    "an, Arsenal muss noch warten",
    "Photo: Jane Doe",
    "A woman at her desk. A woman at her desk.",
    "HARBOUR CITY (Reuters) - The port reopened on Tuesday after a week of storms had "
    "closed it, the harbour master said, and ships began to unload their cargo again.",
    "He said the repairs would cost more than expected and take until the spring, "
    "and that the city would ask the state for help with the bill. " * 2,
]
_KINDS = st.sampled_from(["p", "p", "p", "li", "h1"])
_CONTEXTS = st.sampled_from(["", "", "", "main", "aside", "main aside", "nav", "link"])
_REASONS = st.sampled_from([None, None, None, None, "caption", "link-list", "chrome-phrase"])
_SCORES = st.sampled_from([-1e9, -15.0, -4.0, -4.0, 0.0, 0.0, 3.0, 12.0, 40.0])


@contextmanager
def _gates(on: bool) -> Iterator[None]:
    """Run with the gates on or off."""
    saved = page_module._GATES
    page_module._GATES = on
    try:
        yield
    finally:
        page_module._GATES = saved


def _both(call: Callable[[], object]) -> tuple[object, object]:
    """Return ``call()`` with the gates on, then off."""
    with _gates(True):
        gated = call()
    with _gates(False):
        plain = call()
    return gated, plain


@st.composite
def _pages(draw: st.DrawFn) -> tuple[Block, ...]:
    rows = draw(
        st.lists(
            st.tuples(st.sampled_from(_LINES), _KINDS, _CONTEXTS),
            max_size=16,
        )
    )
    blocks = []
    at = 0
    for text, kind, context in rows:
        blocks.append(Block(text, at, at + len(text), 1, kind, "", context))
        at += len(text) + 2
    return tuple(blocks)


# --- the passes one by one -------------------------------------------------------------


#: The furniture filter's gated passes, each called as furniture calls it.
_PASSES: dict[str, Callable[[tuple[Block, ...], list[str | None]], None]] = {
    "labels": lambda b, r: page_module._mark_repeated_labels(
        b, r, least=page_module._PARAGRAPH_LABELS
    ),
    "labels_thrice": page_module._mark_repeated_labels,
    "link_runs": page_module._mark_link_runs,
    "more_stories": page_module._mark_more_stories,
    "paywall_end": page_module._mark_paywall_end,
}


@pytest.mark.parametrize("name", sorted(_PASSES))
@given(blocks=_pages(), data=st.data())
def test_gated_passes_mark_what_they_marked(
    name: str, blocks: tuple[Block, ...], data: st.DataObject
) -> None:
    marks = data.draw(st.lists(_REASONS, min_size=len(blocks), max_size=len(blocks)))

    def run() -> list[str | None]:
        reasons = list(marks)
        _PASSES[name](blocks, reasons)
        return reasons

    gated, plain = _both(run)
    assert gated == plain


@given(blocks=_pages(), data=st.data())
def test_span_refinements_give_the_span_they_gave(
    blocks: tuple[Block, ...], data: st.DataObject
) -> None:
    n = len(blocks)
    scores = data.draw(st.lists(_SCORES, min_size=n, max_size=n))
    if not n:
        return
    first = data.draw(st.integers(0, n - 1))
    last = data.draw(st.integers(first, n - 1))
    for refine in (
        page_module._after_head_cards,
        page_module._before_tail_cards,
        page_module._before_valley,
        page_module._below_captions,
    ):
        gated, plain = _both(lambda f=refine: f(blocks, list(scores), first, last))
        assert gated == plain, refine.__name__
    page_module._forget_heads()

    def unscore() -> list[float]:
        rescored = list(scores)
        page_module._unscore_directories(blocks, rescored)
        return rescored

    gated, plain = _both(unscore)
    assert gated == plain


def test_a_directory_of_six_entries_is_unscored_with_the_gates_on() -> None:
    """The least directory that the rule unscores still is: twelve blocks, names and
    descriptions in turn (the gate lets it through)."""
    names = ["Weather", "Sport", "Travel", "Money", "Culture", "Science"]
    texts = [text for name in names for text in (name, "Forecasts for every town.")]
    blocks = tuple(Block(t, 30 * i, 30 * i + len(t), 1) for i, t in enumerate(texts))
    scores = [0.0 if i % 2 == 0 else 4.0 for i in range(len(blocks))]
    with _gates(True):
        page_module._unscore_directories(blocks, scores)
    assert scores == [0.0] * len(blocks)


# --- whole pages -----------------------------------------------------------------------


def _story(text: str) -> dict[str, object]:
    return dataclasses.asdict(wireclean.parse_text(text))


@given(st.lists(st.sampled_from(_LINES), max_size=14), st.sampled_from(["\n\n", "\n"]))
def test_dumps_parse_to_the_story_they_gave(lines: list[str], joiner: str) -> None:
    text = joiner.join(lines)
    gated, plain = _both(lambda: _story(text))
    assert gated == plain


_TAGS = st.sampled_from(["p", "li", "h1", "figcaption"])
_WRAPPERS = st.sampled_from(["main", "aside", "nav", "article", "div"])


@given(st.lists(st.tuples(st.sampled_from(_LINES), _TAGS, _WRAPPERS), max_size=12))
def test_html_pages_parse_to_the_story_they_gave(rows: list[tuple[str, str, str]]) -> None:
    parts = []
    for text, tag, wrapper in rows:
        inner = f"<ul><li>{text}</li></ul>" if tag == "li" else f"<{tag}>{text}</{tag}>"
        parts.append(f"<{wrapper}>{inner}</{wrapper}>")
    html = "<html><body>" + "".join(parts) + "</body></html>"
    gated, plain = _both(lambda: dataclasses.asdict(wireclean.parse_html(html)))
    assert gated == plain


# --- the least pages each gated pass acts on (the gates are tight) ---------------------


def _blocks(*rows: str | tuple[str, str]) -> tuple[Block, ...]:
    """Return blocks of the given texts (or (text, kind) pairs), in order."""
    blocks = []
    at = 0
    for row in rows:
        text, kind = row if isinstance(row, tuple) else (row, "p")
        blocks.append(Block(text, at, at + len(text), 1, kind))
        at += len(text) + 2
    return tuple(blocks)


_LONG = (
    "The port reopened on Tuesday after a week of storms had closed it, the harbour master "
    "said, and the first ships began to unload grain, timber and fuel for the towns along "
    "the coast. He said the repairs to the outer wall would cost more than the council had "
    "expected and would not be finished before the spring, when the ferries run again."
)
_TITLE = "Storm hits the coast town"
_TEASER = "Officials said the storm would reach the coast by night."


def test_the_least_run_of_cards_below_the_head_still_moves_the_span() -> None:
    """Three dated lines two blocks apart, the story's paragraph right below."""
    blocks = _blocks(
        "Jane Doe 06.07.2024", _TITLE, "Jane Doe 07.07.2024", _TITLE, "Jane Doe 08.07.2024", _LONG
    )
    scores = [-4.0] * 5 + [40.0]
    gated, plain = _both(lambda: page_module._after_head_cards(blocks, scores, 0, 5))
    assert gated == plain == (5, 5)


def test_the_least_run_of_cards_below_the_story_still_ends_the_span() -> None:
    """Three card titles, each above its teaser, right below the story's long paragraph."""
    blocks = _blocks(_LONG, _TITLE, _TEASER, _TITLE, _TEASER, _TITLE, _TEASER)
    scores = [40.0, -4.0, 0.0, -4.0, 0.0, -4.0, 0.0]
    gated, plain = _both(lambda: page_module._before_tail_cards(blocks, scores, 0, 6))
    assert gated == plain == 0


def test_the_least_valley_still_ends_the_span() -> None:
    """Five blocks of chrome below the story's long paragraph, two card titles below."""
    blocks = _blocks(_LONG, *["Advertisement"] * 5, _TITLE, "Mayor opens the new harbour bridge")
    scores = [40.0] + [-15.0] * 5 + [3.0, 3.0]
    gated, plain = _both(lambda: page_module._before_valley(blocks, scores, 0, 7))
    assert gated == plain == 0


def test_the_least_caption_above_the_head_still_moves_the_span() -> None:
    """A caption printed twice, the timestamp line, the headline, the story."""
    blocks = _blocks(
        "A woman at her desk. A woman at her desk.",
        "July 18, 2026 10:41 AM",
        "Mayor opens the new harbour bridge",
        _LONG,
    )
    scores = [3.0, 0.0, -4.0, 40.0]
    gated, plain = _both(lambda: page_module._below_captions(blocks, scores, 0, 3))
    page_module._forget_heads()
    assert gated == plain == 3


def test_the_least_list_of_other_stories_still_goes() -> None:
    """Three blocks of the story, then the list's heading: the heading goes."""
    blocks = _blocks(_LONG, _TEASER, _LONG, "You may also like")
    reasons: list[str | None] = [None] * 4
    with _gates(True):
        page_module._mark_more_stories(blocks, reasons)
    assert reasons == [None, None, None, "page-chrome"]


def test_the_least_repeated_label_still_goes() -> None:
    """A label standing three times, the least, on a page of three blocks."""
    blocks = _blocks("Advertisement", "Advertisement", "Advertisement")
    reasons: list[str | None] = [None] * 3
    with _gates(True):
        page_module._mark_repeated_labels(blocks, reasons)
    assert reasons == ["repeated"] * 3


def test_an_ai_summary_box_still_goes() -> None:
    """The only list item of a dump is an AI summary's point: the box goes, gates on."""
    text = (
        f"{_LONG}\n\nSammendraget er laget av ChatGPT\n\n"
        "* The port reopened after a week.\n\n"
        "The council will vote on the plan next month, a spokesman said, and the work "
        "should begin in the summer if the state pays its share of the bill."
    )
    gated, plain = _both(lambda: _story(text))
    assert gated == plain
    assert all("ChatGPT" not in paragraph for paragraph in wireclean.parse_text(text).body)


# --- chrome phrases: words read from the first spaced key on ---------------------------

shape_module = importlib.import_module("wireclean.filters._shape")

#: Phrase words, joiners and separators: a word a joiner runs into a phrase's first word
#: ("e-mail", "x-share") makes the spaced text hold a key where the words hold none.
_PIECES = [
    "share", "this", "on", "comments", "related", "sign", "up", "e", "x", "mail", "most",
    "popular", "print", "-", "'", " ", "  ", ".", "\n", "(", "Officials said so",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=24))
def test_chrome_phrases_read_from_the_first_key_find_what_all_words_find(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    for whole in (text, f"{_LONG} {text}", f"{_LONG}-{text}"):
        assert shape_module.chrome_phrases.__wrapped__(whole) == _chrome_phrases_general(whole)


@pytest.mark.parametrize(
    "text",
    [
        "He wrote x-share this to her.",  # the first key is part of a word joined to "x"
        "Sign-up forms, then sign up here",  # the first key is no phrase; a later one is
        f"{_LONG} e-mail comments",
        "no-comments related",
        "comments",
    ],
)
def test_chrome_phrases_past_a_joined_word_are_their_general_form(text: str) -> None:
    assert shape_module.chrome_phrases.__wrapped__(text) == _chrome_phrases_general(text)


# --- a long paragraph's head: its chrome read from the words around a phrase first ------

_HEAD_PIECES = [
    *_PIECES, "commentsx", "xcomments", "reprint", "s", "related", "facebook", "newsletter",
    "sign-up", "-comments", _TEASER, _LONG[:100],
]  # fmt: skip


def _tail(text: str) -> str:
    """Return ``text`` padded with plain words to the length of the tail, and one more."""
    return text + " " + "x" * max(0, page_module._GLUED_TAIL - len(text))


@given(
    st.lists(st.sampled_from(_HEAD_PIECES), max_size=20),
    st.lists(st.sampled_from(_HEAD_PIECES), max_size=20),
    st.integers(0, 300),
)
def test_a_heads_chrome_read_around_a_phrase_is_its_general_form(
    before: list[str], after: list[str], filler: int
) -> None:
    text = "".join(before) + " " + _LONG[:filler] + " " + "".join(after)
    for short in (False, True):
        assert page_module._chrome_head(text, short=short) == page_module._chrome(
            text[: -page_module._GLUED_TAIL], short=short
        )


@pytest.mark.parametrize(
    "text",
    [
        # A phrase's word run on in the head, the phrase itself in the tail.
        f"no commentsx here, {_LONG}" + _tail(" comments"),
        f"a reprint of it, {_LONG}" + _tail(" print"),
        f"{_TEASER} comments {_LONG}",  # a phrase the head holds
        f"{_TEASER} related {_LONG}",  # a phrase stories use in their plain sense
        # A phrase at the head's end, another right past it in the tail.
        f"{_LONG} related" + _tail(" comments"),
        f"{_LONG}" + _tail(" comments"),  # a phrase in the tail only
    ],
)
def test_a_heads_chrome_near_its_end_or_run_on_is_its_general_form(text: str) -> None:
    for short in (False, True):
        assert page_module._chrome_head(text, short=short) == page_module._chrome(
            text[: -page_module._GLUED_TAIL], short=short
        )
