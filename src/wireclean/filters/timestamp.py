"""The timestamp filter: page timestamp lines out, the first one into ``published``."""

from __future__ import annotations

from wireclean.dates import read_timestamp
from wireclean.pipeline import Draft

__all__ = ["timestamp"]


def timestamp(draft: Draft) -> Draft:
    """Capture the page's timestamp line into ``published``; drop further ones (``timestamp``).

    A timestamp line is a block that is nothing but a date, a time, a zone and words
    such as "Updated" or "9 years ago". The first one that states a clock time is
    captured (else the first with a date alone, as midnight); the rest are dropped.
    A sentence that contains a date is story text and stays.

    >>> from wireclean import parse_text
    >>> parse_text("August 12, 2010 / 3:06 PM / 9 years ago\\n\\nStory.").published
    datetime.datetime(2010, 8, 12, 15, 6)
    """
    found = [
        (i, stamp)
        for i, b in enumerate(draft.blocks)
        if b.kind != "li" and (stamp := read_timestamp(b.text)) is not None
    ]
    if not found:
        return draft
    chosen = next((f for f in found if f[1].has_time), found[0])
    index, stamp = chosen
    rest = [i for i, _ in found if i != index]
    if draft.published is None and stamp.moment is not None:
        # Drop first: capturing shifts no indices before it only if done last.
        draft = draft.drop(rest, reason="timestamp")
        index -= sum(1 for i in rest if i < index)
        return draft.capture([index], field="published", value=stamp.moment)
    return draft.drop([i for i, _ in found], reason="timestamp")
