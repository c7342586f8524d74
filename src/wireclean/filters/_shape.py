"""Shape tests on blocks that several filters share."""

from __future__ import annotations

from wireclean.model import Block

__all__ = ["is_prose", "lead_blocks"]

#: A block at least this long is a paragraph of prose, whatever else it is.
_PROSE_CHARS = 120


def is_prose(block: Block) -> bool:
    """Tell whether a block reads as a paragraph of running text."""
    text = block.text
    if len(text) >= _PROSE_CHARS:
        return True
    return text.count(" ") >= 8 and text[-1:] in '.!?"”’»)'


def lead_blocks(blocks: tuple[Block, ...]) -> range:
    """Return the indices of the story's lead: the blocks up to the first prose one, inclusive.

    Headline, bullets, byline and dateline are looked for only there.
    """
    for i, block in enumerate(blocks):
        if block.kind != "li" and is_prose(block):
            return range(i + 1)
    return range(len(blocks))
