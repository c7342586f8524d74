"""The timestamp filter: page timestamp lines out, the first one into ``published``."""

from __future__ import annotations

from wireclean.dates import Timestamp, read_timestamp, trailing_timestamp
from wireclean.filters.byline import byline_text_names
from wireclean.pipeline import Draft

__all__ = ["timestamp"]

#: Longest byline line with a time at its end.
_MAX_TRAIL = 160


def timestamp(draft: Draft) -> Draft:
    """Capture the page's timestamp line into ``published``; drop further ones (``timestamp``).

    A timestamp line is a block that is nothing but a date, a time, a zone and words
    such as "Updated" or "9 years ago". The first one that states a clock time is
    captured (else the first with a date alone, as midnight); the rest are dropped.
    A sentence that contains a date is story text and stays. A byline line that ends
    in a time ("Von Jane Doe 28.04.2023, 18:11 Uhr") counts too: the time is cut
    off it when it is the one captured, and the line stays for the byline filter.

    >>> from wireclean import parse_text
    >>> parse_text("August 12, 2010 / 3:06 PM / 9 years ago\\n\\nStory.").published
    datetime.datetime(2010, 8, 12, 15, 6)
    """
    found: list[tuple[int, Timestamp, int | None]] = []
    for i, b in enumerate(draft.blocks):
        if b.kind == "li":
            continue
        stamp = read_timestamp(b.text)
        if stamp is not None:
            found.append((i, stamp, None))
            continue
        # "Von Jane Doe 28.04.2023, 18:11 Uhr": the time that ends a byline line.
        trail = trailing_timestamp(b.text) if _may_trail(b.text) else None
        if (
            trail is not None
            and trail[1] is not None
            and trail[1].moment is not None
            and byline_text_names(b.text) is not None
        ):
            found.append((i, trail[1], trail[0]))
    if not found:
        return draft
    chosen = next((f for f in found if f[1].has_time), found[0])
    index, stamp, cut = chosen
    whole = [i for i, _, at in found if at is None and i != index]
    if draft.published is None and stamp.moment is not None:
        # Drop first: capturing shifts no indices before it only if done last.
        draft = draft.drop(whole, reason="timestamp")
        index -= sum(1 for i in whole if i < index)
        if cut is not None:
            chars = len(draft.blocks[index].text) - cut
            return draft.cut(index, chars, at_end=True, field="published", value=stamp.moment)
        return draft.capture([index], field="published", value=stamp.moment)
    return draft.drop([i for i, _, at in found if at is None], reason="timestamp")


def _may_trail(text: str) -> bool:
    """Tell cheaply whether a block may be a byline line with a time at its end."""
    return len(text) <= _MAX_TRAIL and text[-1:].isalnum() and any(c.isdigit() for c in text)
