"""The byline filter: "By Lamine Chikhi" into ``byline``."""

from __future__ import annotations

from wireclean import patterns
from wireclean.filters._shape import lead_blocks
from wireclean.model import Block
from wireclean.names import split_names
from wireclean.pipeline import Draft

__all__ = ["byline", "byline_names"]

_MAX_CHARS = 160
#: Blocks past the lead's first paragraph still searched for a byline.
_PAST_LEAD = 3


def byline(draft: Draft) -> Draft:
    """Capture a "By NAME[, NAME] [and NAME]" block near the story's start as the ``byline``.

    It is looked for in the lead and up to three blocks past the lead's first prose
    paragraph (pages put a teaser between headline and byline).

    The words after "By" must all be names (agency names and job titles that follow
    them are dropped from the list); "By the end of the war" is story text.

    >>> from wireclean import parse_text
    >>> parse_text("Title\\n\\nBy Maya Gebeily and Anthony Deutsch\\n\\nBody.").byline
    ('Maya Gebeily', 'Anthony Deutsch')
    """
    if draft.byline:
        return draft
    lead = lead_blocks(draft.blocks)
    # A teaser paragraph may stand between headline and byline on a page.
    for i in range(min(len(draft.blocks), lead.stop + _PAST_LEAD)):
        names = byline_names(draft.blocks[i])
        if names:
            return draft.capture([i], field="byline", value=names)
    return draft


def byline_names(block: Block) -> tuple[str, ...] | None:
    """Return the names of a block that is a byline ("By A and B"), else None."""
    if block.kind == "li" or len(block.text) > _MAX_CHARS:
        return None
    match = patterns.BYLINE.fullmatch(block.text)
    return split_names(match.group("names")) if match is not None else None
