"""The dateline filter: "ALGIERS, Aug 12 (Reuters) - " off the first paragraph, into a field."""

from __future__ import annotations

import regex

from wireclean import patterns
from wireclean.filters._shape import lead_blocks
from wireclean.model import Dateline
from wireclean.names import canonical_agency
from wireclean.pipeline import Draft

__all__ = ["dateline"]


def dateline(draft: Draft) -> Draft:
    """Cut the wire dateline from the start of the story's first paragraph.

    Looks in the story's lead only (up to the first prose paragraph), so a paragraph
    further down that starts "WASHINGTON (AP) —" in a quote stays whole. The agency
    must be a known one. A dateline alone on its line is captured whole. Agencies'
    own shapes are read too (``patterns.DATELINE``): "(ANSA) - ROME, AUG 12 - ",
    "New Delhi [India], August 12 (ANI): ", "MOSCOW, August 12. /TASS/. ".

    >>> from wireclean import parse_text
    >>> story = parse_text("ALGIERS, Aug 12 (Reuters) - Al Qaeda insurgents struck.")
    >>> story.dateline
    Dateline(location='ALGIERS', date='Aug 12', agency='Reuters')
    >>> story.body
    ('Al Qaeda insurgents struck.',)
    """
    if draft.dateline is not None or not draft.blocks:
        return draft
    # The lead always opens with the first block: a dateline there (wire copy's, once
    # the header is taken) is found without working out where the lead ends.
    found = _dateline_at(draft, 0)
    if found is not None:
        return found
    for i in lead_blocks(draft.blocks)[1:]:
        found = _dateline_at(draft, i)
        if found is not None:
            return found
    return draft


def _dateline_at(draft: Draft, i: int) -> Draft | None:
    """Return ``draft`` with the dateline opening block ``i`` cut into the field, or
    None when the block opens with no wire dateline (or is a list item)."""
    block = draft.blocks[i]
    if block.kind == "li":
        return None
    match = patterns.match_dateline(block.text)
    if match is None or not _is_wire_dateline(match):
        return None
    agency = canonical_agency(match.group("agency"))
    value = Dateline(match.group("location"), match.group("date"), agency)
    return draft.cut(i, match.end(), field="dateline", value=value)


def _is_wire_dateline(match: regex.Match[str]) -> bool:
    """Tell a dateline from an organisation and its abbreviation ("... Association (APA) said").

    A dateline has a dash, or a date, or its place in capitals, or no place at all. A
    colon ("(ANI): ") is no dash here: "The ... Association (APA): members voted" is text.
    """
    location = match.group("location")
    dash = (match.group("dash") or "").strip()
    return bool((dash and dash != ":") or match.group("date") or not location or location.isupper())
