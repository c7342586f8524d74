"""The byline filter: "By Lamine Chikhi" into ``byline``."""

from __future__ import annotations

from wireclean import patterns
from wireclean.filters._shape import lead_blocks
from wireclean.names import split_names
from wireclean.pipeline import Draft

__all__ = ["byline"]

_MAX_CHARS = 160


def byline(draft: Draft) -> Draft:
    """Capture a "By NAME[, NAME] [and NAME]" block in the story's lead as the ``byline``.

    The words after "By" must all be names (agency names and job titles that follow
    them are dropped from the list); "By the end of the war" is story text.

    >>> from wireclean import parse_text
    >>> parse_text("Title\\n\\nBy Maya Gebeily and Anthony Deutsch\\n\\nBody.").byline
    ('Maya Gebeily', 'Anthony Deutsch')
    """
    if draft.byline:
        return draft
    for i in lead_blocks(draft.blocks):
        block = draft.blocks[i]
        if block.kind == "li" or len(block.text) > _MAX_CHARS:
            continue
        match = patterns.BYLINE.fullmatch(block.text)
        if match is None:
            continue
        names = split_names(match.group("names"))
        if names:
            return draft.capture([i], field="byline", value=names)
    return draft
