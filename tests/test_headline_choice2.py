"""The headline the page filter cut right above an English "By" line (issue #4).

Invented page dumps where the story's span (as a stand-in page filter chooses it)
starts at the byline, with the headline just above it cut as page chrome.
"""

from __future__ import annotations

from collections.abc import Callable

import wireclean
from tests.test_dump_title_line import BODY, FOOTER, MENU
from wireclean import default_pipeline
from wireclean.pipeline import Draft

TITLE = "Pier repairs delay the island timetable until July"
BYLINE = "By Jane Doe"


def _cut_until(text: str) -> Callable[[Draft], Draft]:
    """A page filter that cuts every block above the first one starting with ``text``."""

    def cut(draft: Draft) -> Draft:
        first = next(i for i, b in enumerate(draft.blocks) if b.text.startswith(text))
        return draft.drop(range(first), reason="page-chrome")

    return cut


def _parse(above: str) -> wireclean.Story:
    text = f"{MENU}\n\n{above}\n\n{BYLINE}\n\n{BODY}\n\n{FOOTER}\n"
    pipeline = default_pipeline().replace("page", _cut_until(BYLINE))
    return wireclean.parse_text(text, pipeline=pipeline)


def test_the_line_cut_right_above_a_by_line_is_the_headline() -> None:
    story = _parse(TITLE)
    assert story.headline == TITLE
    assert story.byline == ("Jane Doe",)
    assert story.body[0].startswith("The harbour authority said on Friday")


def test_a_label_or_a_sentence_right_above_a_by_line_is_no_headline() -> None:
    # A one-word label ("Print"), a share prompt, a standfirst that ends in a period:
    # none is the headline, and the story has none.
    for above in (
        "Print",
        f"{TITLE}\n\nRepairs to the old pier will take two months longer than planned.",
        "Share this article on social media",
    ):
        story = _parse(above)
        assert story.headline is None, above
        assert story.byline == ("Jane Doe",)


def test_a_list_item_cut_above_a_by_line_is_no_headline() -> None:
    # An item ("- Weather maps for the week") is a menu's, and its marker would make the
    # headline a list item when the story is read again.
    story = _parse("- Weather maps for the whole week")
    assert story.headline is None
    assert wireclean.parse_text(story.to_text()).to_dict() == story.to_dict()
