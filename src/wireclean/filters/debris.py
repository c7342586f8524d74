"""Filters for page debris that is never story text: CSS breakpoint names, share
counters and reading-time labels. Each drops whole blocks only."""

from __future__ import annotations

from wireclean import patterns
from wireclean.pipeline import Draft

__all__ = ["breakpoints", "reading_time", "share_counters"]


def breakpoints(draft: Draft) -> Draft:
    """Drop blocks that are CSS breakpoint names (reason ``css-debris``).

    A block goes when it is one hyphen-joined run of breakpoint words naming a device
    ("medium-browser-and-portrait-tablet"); "up-and-down" stays.

    >>> from wireclean import parse_text
    >>> parse_text("Story.\\n\\n  • landscape-tablet-and-above").body
    ('Story.',)
    """
    return draft.drop(
        (
            i
            for i, b in enumerate(draft.blocks)
            if patterns.BREAKPOINT.fullmatch(b.text) is not None
            and patterns.BREAKPOINT_DEVICE.search(b.text) is not None
        ),
        reason="css-debris",
    )


def share_counters(draft: Draft) -> Draft:
    """Drop blocks that are bare share or comment counters such as ``0 : 0`` (``share-counter``).

    >>> from wireclean import parse_text
    >>> parse_text("Story.\\n\\n0 : 0").body
    ('Story.',)
    """
    return draft.drop(
        (i for i, b in enumerate(draft.blocks) if patterns.SHARE_COUNTER.fullmatch(b.text)),
        reason="share-counter",
    )


def reading_time(draft: Draft) -> Draft:
    """Drop reading-time labels such as ``5 Min Read`` (reason ``reading-time``).

    >>> from wireclean import parse_text
    >>> parse_text("5 Min Read\\n\\nStory.").body
    ('Story.',)
    """
    return draft.drop(
        (i for i, b in enumerate(draft.blocks) if patterns.READING_TIME.fullmatch(b.text)),
        reason="reading-time",
    )
