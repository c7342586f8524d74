"""The headline and bullets filters: the story's title and its summary points."""

from __future__ import annotations

from wireclean import patterns
from wireclean.filters._shape import lead_blocks
from wireclean.pipeline import Draft

__all__ = ["bullets", "headline"]

#: Longest headline, in characters and in words.
_MAX_CHARS = 200
_MAX_WORDS = 30


def headline(draft: Draft) -> Draft:
    """Capture the first block as the ``headline`` when it reads as one.

    It must be a paragraph (not a list item) of at most 200 characters and 30 words,
    not end in a period or colon, not be a byline or dateline, and be followed by
    more text. Otherwise there is no headline and the block stays in the body.

    >>> from wireclean import parse_text
    >>> parse_text("Al Qaeda gets help from Mali officials: ex-rebel\\n\\nBody.").headline
    'Al Qaeda gets help from Mali officials: ex-rebel'
    """
    if draft.headline is not None or len(draft.blocks) < 2:
        return draft
    block = draft.blocks[0]
    text = block.text
    if (
        block.kind == "li"
        or len(text) > _MAX_CHARS
        or text.count(" ") >= _MAX_WORDS
        or text[-1] in ".:;,"
        or not any(c.isalpha() for c in text)
        or patterns.BYLINE.fullmatch(text) is not None
        or patterns.DATELINE.match(text) is not None
    ):
        return draft
    return draft.capture([0], field="headline", value=text)


def bullets(draft: Draft) -> Draft:
    """Capture the list items right after the headline as summary ``bullets``.

    Only a run of list items that starts the remaining text, directly after a
    captured headline and before more text, counts; a list later in the story stays
    in the body.

    >>> from wireclean import parse_text
    >>> parse_text("Title\\n\\n* One point\\n\\n* Another\\n\\nBody text.").bullets
    ('One point', 'Another')
    """
    if draft.headline is None or draft.bullets:
        return draft
    run = 0
    for i in lead_blocks(draft.blocks):
        if draft.blocks[i].kind != "li":
            break
        run = i + 1
    if run == 0 or run >= len(draft.blocks):
        return draft
    items = tuple(b.text for b in draft.blocks[:run])
    return draft.capture(range(run), field="bullets", value=items)
