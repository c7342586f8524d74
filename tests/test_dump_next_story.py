"""Page furniture of whole-page text dumps (issue #4): the next story a page prints
below the story, with its headline, teaser, authors and time.

The dumps are invented, in the shapes text browsers print; the expectations are
written by reading them.
"""

from __future__ import annotations

from tests.test_dump_furniture import (
    BYLINE,
    FIRST,
    FOOTER,
    FOURTH,
    HEADLINE,
    MENU,
    SECOND,
    THIRD,
    _in_body,
    _reason,
    _story,
)

PUBLISHED = "Published 12.05.2024 - 10:15"
MORE = (
    "The society bought two carriages from a museum in the north, and volunteers "
    "spent the winter painting them in the colours the line wore a century ago.",
    "Local shops expect more visitors on the weekends, and the baker on the station "
    "square has already hired two more people to sell bread to the passengers.",
    "The mayor said the village had waited long enough for the trains to come back, "
    "and thanked the volunteers who gave their evenings and weekends to the work.",
    "A second stage would take the line on to the lake, but the society says it will "
    "need a grant from the region before any work on that stretch can start.",
)
NEXT_HEADLINE = "Fishermen keep their boats in port"
NEXT_TEASER = "Crews on the coast stayed ashore on Monday over the new quota rules."
NEXT_AUTHOR = "John Smith"
NEXT_TIME = "Published 12.05.2024 - 14:30"
NEXT_STORY = (
    "Dozens of trawlers stayed tied up in the harbour of Westport on Monday as crews "
    "protested against the quotas that the ministry set for the coming season.",
    "The fishermen say the new limits would halve their catch, and their union asked "
    "the minister to meet them before the rules come into force in the summer.",
)


def _dump(*head: str, times: tuple[str, ...] = (NEXT_TIME,)) -> str:
    """Return a page dump: a story, then the next story's head (``head``, ``times``)
    and its paragraphs, then the footer."""
    parts = [MENU, HEADLINE, BYLINE, PUBLISHED, FIRST, SECOND, THIRD, FOURTH, *MORE]
    parts += [*head, *times, *NEXT_STORY, FOOTER]
    return "\n\n".join(parts) + "\n"


def test_next_story_below_the_story_goes() -> None:
    story = _story(_dump(NEXT_HEADLINE, NEXT_TEASER, NEXT_AUTHOR))
    assert story.headline == HEADLINE
    assert all(_in_body(story, p) for p in MORE)
    assert not _in_body(story, NEXT_TEASER)
    assert not any(_in_body(story, p) for p in NEXT_STORY)
    assert _reason(story, NEXT_HEADLINE) == "page-chrome"


def test_related_card_without_authors_stays() -> None:
    # A card for a related story inside the story: a title, a teaser and a date, no
    # authors; the story goes on below it.
    story = _story(_dump(NEXT_HEADLINE, NEXT_TEASER))
    assert all(_in_body(story, p) for p in NEXT_STORY)


def test_dated_entries_of_a_live_blog_stay() -> None:
    # More time lines than a story's "Published" and "Updated": a live blog's entries.
    times = (NEXT_TIME, "Published 12.05.2024 - 15:45", "Published 12.05.2024 - 16:05")
    story = _story(_dump(NEXT_HEADLINE, NEXT_TEASER, NEXT_AUTHOR, times=times))
    assert all(_in_body(story, p) for p in NEXT_STORY)


def test_next_story_longer_than_the_story_stays() -> None:
    # Below a short story, a head and a long story: this may be the story itself.
    parts = [MENU, HEADLINE, BYLINE, PUBLISHED, FIRST, SECOND, THIRD]
    parts += [NEXT_HEADLINE, NEXT_TEASER, NEXT_AUTHOR, NEXT_TIME, *NEXT_STORY, *MORE, FOOTER]
    story = _story("\n\n".join(parts) + "\n")
    assert all(_in_body(story, p) for p in NEXT_STORY)


# --- captions closed by their source ---------------------------------------------------

CAPTIONS = (
    "Volunteers paint a carriage in the depot at Eastbrook. (Railway Society)",
    "The steam train crosses the stone bridge on Saturday. (AP)",
    "The mayor opens the line at the station. AP Photo/Jane Roe",
    "The old station before the works began. AP Photo/Jane Roe, File",
)


def test_caption_closed_by_its_source_goes() -> None:
    for caption in CAPTIONS:
        story = _story(_dump(caption))
        assert _reason(story, caption) == "caption", caption


def test_closing_paragraph_with_a_credit_in_brackets_stays() -> None:
    # The story's last paragraph, closed by the agency's credit: no caption.
    closing = "The society will publish the timetable for the winter next month. (AP)"
    parts = [MENU, HEADLINE, BYLINE, FIRST, SECOND, THIRD, closing, FOOTER]
    story = _story("\n\n".join(parts) + "\n")
    assert _reason(story, closing) != "caption"


def test_lynx_button_after_a_sentence_stays() -> None:
    line = "The line reopened on Saturday after twelve years, the society said. (BUTTON)"
    story = _story(_dump(line))
    assert _reason(story, line) != "caption"


# --- the story again, run into one block ------------------------------------------------

WEEKS = (
    "first", "second", "third", "fourth", "fifth", "sixth",
    "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
)  # fmt: skip
DIARY = tuple(
    f"In the {week} week of the works the volunteers cleared {n} metres of track, "
    f"replaced {n // 10} sleepers and repainted a signal box, the society's diary of "
    f"the rebuilding says, with photographs of each evening's work."
    for n, week in zip(range(120, 1320, 100), WEEKS, strict=True)
)


def test_story_run_into_one_block_again_goes() -> None:
    copy = "Eastbrook railway.".join(("", "".join(DIARY)))
    parts = [MENU, HEADLINE, BYLINE, FIRST, SECOND, THIRD, *DIARY, copy, FOOTER]
    story = _story("\n\n".join(parts) + "\n")
    assert all(_in_body(story, p) for p in DIARY)
    assert copy not in story.body
    assert _reason(story, copy) == "repeated"


def test_long_block_quoting_a_few_paragraphs_stays() -> None:
    # A long block holding three of the paragraphs above and much text of its own.
    own = " ".join(p.replace("volunteers", "engineers") for p in DIARY[3:])
    block = " ".join((*DIARY[:3], own))
    parts = [MENU, HEADLINE, BYLINE, FIRST, SECOND, THIRD, *DIARY[:3], block, FOOTER]
    story = _story("\n\n".join(parts) + "\n")
    assert block in story.body
