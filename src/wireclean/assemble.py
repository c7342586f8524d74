"""Assemble the finished :class:`~wireclean.model.Story` from a pipeline's draft."""

from __future__ import annotations

from operator import attrgetter

from wireclean.model import Story
from wireclean.pipeline import Draft

__all__ = ["story_from_draft"]


def story_from_draft(draft: Draft) -> Story:
    """Return the story a draft holds, its removal records in input order."""
    return Story(
        headline=draft.headline,
        byline=draft.byline,
        bullets=draft.bullets,
        dateline=draft.dateline,
        published=draft.published,
        blocks=draft.blocks,
        credits=draft.credits,
        flags=draft.flags,
        correction=draft.correction,
        url=draft.url,
        removed=tuple(sorted(draft.removed, key=_POSITION)),
    )


#: A record's place in the input: (start, end).
_POSITION = attrgetter("start", "end")
