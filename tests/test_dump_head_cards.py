"""Teaser cards above a story in a text dump (issue #4): short invented pages."""

from __future__ import annotations

from wireclean import parse_text, patterns

_CARDS = [
    (
        "A fisherman mends his nets on the pier at dawn before the boats head out to sea.",
        "Coast / 3 h ago",
        "Harbour fees to rise for small boats next spring",
    ),
    (
        "Volunteers sort donated books in the town hall ahead of the annual charity sale.",
        "Town / 5 h ago",
        "Charity book sale returns after a two-year break",
    ),
    (
        "A cyclist rides past roadworks on the ring road during the morning rush hour.",
        "Roads / 6 h ago",
        "Ring road repairs to last until the end of summer",
    ),
    (
        "Pupils line up outside the school gates on the first day of the new term.",
        "Schools / 8 h ago",
        "New term starts with three more teachers hired",
    ),
]

_STORY = [
    "NORTHPORT, May 3 - The city council voted on Tuesday to open a second ferry line "
    "to the islands, a plan that has been discussed for more than ten years.",
    "The new line will run twice a day in summer and once a day in winter, the council "
    "said in a statement, and tickets will cost the same as on the existing route.",
    "Island residents had long asked for a second line, saying the single ferry was "
    "often full in the holiday months and that some had missed hospital appointments.",
    "The council expects the first boats to sail next April, once the pier on the "
    "northern island has been rebuilt and the operator has hired new crew members.",
    "Opposition members said the cost of the pier was too high but voted for the plan, "
    "which passed with a large majority after a debate that lasted most of the day.",
]


def _page(cards: list[tuple[str, str, str]]) -> str:
    parts = ["Most read"]
    for caption, dated, title in cards:
        parts += [caption, dated, title]
    parts += ["City", "Council approves second ferry line to the islands", "By Jane Roe"]
    parts += _STORY
    parts += ["Privacy policy", "Terms of use"]
    return "\n\n".join(parts)


def test_cards_above_the_story_leave_the_body() -> None:
    story = parse_text(_page(_CARDS))
    body = "\n".join(story.body)
    for caption, dated, title in _CARDS:
        assert caption not in body
        assert dated not in body
        assert title not in body
    assert all(p[-40:] in body for p in _STORY)


def test_two_cards_are_no_run() -> None:
    """Fewer than three dated cards: nothing above the story is cut for them."""
    story = parse_text(_page(_CARDS[:2]))
    body = "\n".join(story.body)
    assert all(p[-40:] in body for p in _STORY)


def test_dated_lines_inside_a_story_keep_it() -> None:
    """Short dated lines between a story's own paragraphs, below its lead: all kept."""
    parts = ["Council approves second ferry line to the islands", _STORY[0]]
    for k, paragraph in enumerate(_STORY[1:]):
        parts += [f"Update / {k + 1} h ago", paragraph]
    story = parse_text("\n\n".join(parts))
    body = "\n".join(story.body)
    assert all(p[-40:] in body for p in _STORY)


def test_short_age_pattern() -> None:
    assert patterns.SHORT_AGE.search("Malaysia / 5 h ago") is not None
    assert patterns.SHORT_AGE.search("20 m ago") is not None
    assert patterns.SHORT_AGE.search("3d ago") is not None
    assert patterns.SHORT_AGE.search("about 5 hours ago") is None
    assert patterns.SHORT_AGE.search("2024 h ago") is None
