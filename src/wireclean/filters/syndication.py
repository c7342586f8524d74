"""The syndication filter: "(dpa)", "— Associated Press" closing a story on another site."""

from __future__ import annotations

from wireclean import patterns
from wireclean.filters._shape import is_furniture
from wireclean.pipeline import Draft

__all__ = ["syndication"]


def syndication(draft: Draft) -> Draft:
    """Drop the agency credit that closes a syndicated story, with reason ``syndication``.

    Takes a last paragraph that is nothing but the credit ("This story was provided by
    The Associated Press", "This report by The Canadian Press was first published ...",
    "— Associated Press", "With AFP", "(dpa)", "dpa/afp"), or a parenthesised credit
    closing the last paragraph after a sentence ("... sagte er. (dpa)"). Blocks of page
    furniture after it (a copyright line) do not hide it; they are left for
    ``furniture``. Credits are taken from the end until the story's own text shows, so
    a story parses the same again.

    The story's fields are left alone: the credit says who supplied the story, not
    where or when it was filed, so it does not become a dateline; the agency can be
    read from the record (``reason == "syndication"``). Stops working when the credit
    is run into the last sentence without parentheses ("... he said. dpa") or is a
    bare single name ("AP" alone on a line), which stay in the body.

    >>> from wireclean import parse_text
    >>> story = parse_text("Rail strike ends\\n\\nThe strike ended on Monday after "
    ...     "three weeks of talks between the union and the operator, officials said."
    ...     "\\n\\nThis story was provided by The Associated Press.")
    >>> story.body[-1][:10], [r.text for r in story.removed if r.reason == "syndication"]
    ('The strike', ['This story was provided by The Associated Press.'])
    """
    while True:
        index = _last_story_block(draft)
        if index is None:
            return draft
        text = draft.blocks[index].text
        if patterns.SYNDICATION.fullmatch(text) is not None:
            draft = draft.drop([index], reason="syndication")
            continue
        # The trailer ends the text with ")": other paragraphs are spared the search.
        trailer = patterns.SYNDICATION_TRAILER.search(text) if ")" in text[-2:] else None
        if trailer is None:
            return draft
        draft = draft.cut(index, len(text) - trailer.start(), at_end=True, reason="syndication")


def _last_story_block(draft: Draft) -> int | None:
    """Return the index of the last block that is not page furniture, or None."""
    for i in range(len(draft.blocks) - 1, -1, -1):
        if not is_furniture(draft.blocks[i].text):
            return i
    return None
