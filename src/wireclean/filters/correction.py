"""The correction filter: "(Corrects paragraph 3 ...)" notes out of the body, into a field."""

from __future__ import annotations

from collections.abc import Iterator

from wireclean import patterns
from wireclean.filters._shape import lead_blocks
from wireclean.pipeline import Draft

__all__ = ["correction"]

#: How many blocks from the end a closing note may stand (credits and debris may follow).
_TAIL = 4


def correction(draft: Draft) -> Draft:
    """Capture a correction or refiling note into ``correction``, out of the body.

    Takes a paragraph that is nothing but the note ("(Corrects paragraph 3 to show
    ...)", "This story corrects the date ...", "Correction: ..."), or a parenthesised
    note that opens a paragraph of the lead or closes one of the last paragraphs
    ("... said. (This story was refiled to fix a typo)"). The first note found is
    kept; a sentence in the story that says a company "corrects" something is not a
    note, because the note must be parenthesised or open its own paragraph with the
    words of a note. Only the first note is taken.

    >>> from wireclean import parse_text
    >>> story = parse_text("Mali army sold guns: ex-rebel\\n\\n(Corrects paragraph 3 to show "
    ...     "2011)\\n\\nALGIERS (Reuters) - Insurgents bought guns from officers, he said.")
    >>> story.correction, story.body
    ('Corrects paragraph 3 to show 2011', ('Insurgents bought guns from officers, he said.',))
    """
    if draft.correction is not None:
        return draft
    tail = range(max(0, len(draft.blocks) - _TAIL), len(draft.blocks))
    # The lead starts at the first block: with the tail reaching it too (a short
    # text), every block is looked at, in order, and where the lead ends matters only
    # for a note opening a paragraph (``lead`` is worked out then, if ever).
    lead = lead_blocks(draft.blocks) if tail.start > 0 else None
    for i in tail if lead is None else _in_order(lead, tail):
        text = draft.blocks[i].text
        # CORRECTION starts with "(": a paragraph that does not is spared the pattern.
        paren = text.startswith("(")
        whole = patterns.CORRECTION.fullmatch(text) if paren else None
        if whole is None and _may_open_note(text):
            whole = patterns.CORRECTION_LINE.fullmatch(text)
        if whole is not None:
            return draft.capture([i], field="correction", value=whole.group("note").strip())
        opening = patterns.CORRECTION.match(text) if paren else None
        if (
            opening is not None
            and text[opening.end() : opening.end() + 1] == " "
            and i in (lead_blocks(draft.blocks) if lead is None else lead)
        ):
            return draft.cut(
                i, opening.end(), field="correction", value=opening.group("note").strip()
            )
        if i in tail and text.endswith(")"):
            closing = _closing_note(text)
            if closing is not None:
                start, note = closing
                return draft.cut(i, len(text) - start, at_end=True, field="correction", value=note)
    return draft


def _in_order(lead: range, tail: range) -> Iterator[int]:
    """Yield the indices of the lead and of the tail once each, in order.

    Both are runs of consecutive indices (the lead may be the whole of a page with no
    prose on it): walked as ranges, never copied into sets of a million numbers.
    """
    if lead.stop < tail.start:
        yield from lead
        yield from tail
    else:
        yield from range(min(lead.start, tail.start), max(lead.stop, tail.stop))


def _may_open_note(text: str) -> bool:
    """Tell cheaply whether CORRECTION_LINE may match: the words a note opens with
    ("corrects", "refiles", "updates", "adds", "this", "the", "an", "correction") start
    with these letters. An ASCII letter's case folds to its lower case; a text that
    starts otherwise goes to the pattern."""
    first = text[:1]
    return not first.isascii() or first.lower() in _NOTE_INITIALS


#: The first letters of the words a correction note opens with (patterns._CORRECTION_START).
_NOTE_INITIALS = frozenset("cruat")


def _closing_note(text: str) -> tuple[int, str] | None:
    """Return where a parenthesised note that ends ``text`` starts, and the note."""
    start = text.rfind("(")
    if start <= 0 or text[start - 1] != " ":
        return None
    match = patterns.CORRECTION.fullmatch(text, start)
    return (start, match.group("note").strip()) if match is not None else None
