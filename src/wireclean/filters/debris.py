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
            if _may_be_breakpoint(b.text)
            and patterns.BREAKPOINT.fullmatch(b.text) is not None
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
        (
            i
            for i, b in enumerate(draft.blocks)
            if b.text[:1] in _DIGITS and patterns.SHARE_COUNTER.fullmatch(b.text)
        ),
        reason="share-counter",
    )


def reading_time(draft: Draft) -> Draft:
    """Drop reading-time labels such as ``5 Min Read`` (reason ``reading-time``).

    >>> from wireclean import parse_text
    >>> parse_text("5 Min Read\\n\\nStory.").body
    ('Story.',)
    """
    return draft.drop(
        (
            i
            for i, b in enumerate(draft.blocks)
            if _may_be_reading_time(b.text) and patterns.READING_TIME.fullmatch(b.text)
        ),
        reason="reading-time",
    )


# Cheap tests that rule a block out before its pattern runs (a story's blocks are
# prose, and fail each of them at their first character or space).

#: The ASCII digits, all that ``[0-9]`` matches (case folding maps nothing to them).
_DIGITS = frozenset("0123456789")


def _may_be_breakpoint(text: str) -> bool:
    """Tell cheaply whether ``patterns.BREAKPOINT`` may match all of ``text``: its words
    (no character of which folds to a space) are joined by hyphens, one at least."""
    return "-" in text and " " not in text


def _may_be_reading_time(text: str) -> bool:
    """Tell cheaply whether ``patterns.READING_TIME`` may match all of ``text``: it
    starts with a digit or with "reading", "read", "lesezeit" or "lecture". An ASCII
    letter's case folds to its lower case; a text that starts otherwise goes to the
    pattern."""
    first = text[:1]
    return first in _DIGITS or not first.isascii() or first in _READING_INITIALS


#: The first letters of the words a reading-time label opens with, in either case.
_READING_INITIALS = frozenset("rRlL")
