"""The headline and bullets filters: the story's title and its summary points."""

from __future__ import annotations

from wireclean import patterns
from wireclean.filters._shape import is_furniture, lead_blocks
from wireclean.filters.credits import parse_credits
from wireclean.pipeline import Draft

__all__ = ["bullets", "headline", "take_headline"]

#: Longest headline, in characters and in words.
_MAX_CHARS = 200
_MAX_WORDS = 30


def headline(draft: Draft) -> Draft:
    """Capture the first block as the ``headline`` when it reads as one.

    It must be a paragraph (not a list item) of at most 200 characters and 30 words,
    not end in a period or colon, not be a byline, dateline or readable credits
    trailer, and be followed by more text. Otherwise there is no headline and the
    block stays in the body.

    >>> from wireclean import parse_text
    >>> parse_text("Al Qaeda gets help from Mali officials: ex-rebel\\n\\nBody.").headline
    'Al Qaeda gets help from Mali officials: ex-rebel'
    """
    if draft.headline is not None:
        return draft
    # Furniture ("•", "Share this:") may stand above the headline; the furniture
    # filter takes it out later, so the choice must not depend on it.
    index = next((i for i, b in enumerate(draft.blocks) if not is_furniture(b.text)), None)
    if index is None or index + 1 >= len(draft.blocks):
        return draft
    block = draft.blocks[index]
    text = block.text
    if (
        block.kind == "li"
        or len(text) > _MAX_CHARS
        or text.count(" ") >= _MAX_WORDS
        or text[-1] in ".:;,"
        or not any(c.isalpha() for c in text)
        or patterns.BYLINE.fullmatch(text) is not None
        or patterns.match_dateline(text) is not None
        or _is_credits(text)
    ):
        return draft
    return take_headline(draft, index)


def _is_credits(text: str) -> bool:
    """Tell whether a block is a trailer the credits filter reads ("(Reporting by A)").

    Credits taken from the top of a story render there; parsed again they must stay
    credits, not become the headline (found by test_idempotent).
    """
    match = patterns.CREDIT_TRAILER.fullmatch(text)
    return match is not None and bool(parse_credits(match.group("credits") or match.group("bare")))


def take_headline(draft: Draft, index: int, *, skip: int = 0) -> Draft:
    """Capture block ``index`` as the headline, its slugs ("RPT-UPDATE 3-") as ``flags``.

    ``skip`` characters before the headline (a header line's "-- ") go with the slugs,
    or with the headline when there are none.

    >>> from wireclean import parse_text
    >>> story = parse_text("RPT-UPDATE 3-Fed holds rates steady\\n\\n(Reuters) - It held.")
    >>> story.flags, story.headline
    (('RPT', 'UPDATE 3'), 'Fed holds rates steady')
    """
    text = draft.blocks[index].text
    slugs = patterns.SLUGS.match(text, skip)
    if slugs is not None:
        flags = tuple(" ".join(f.split()) for f in slugs.captures("flag"))
        draft = draft.cut(index, slugs.end(), field="flags", value=flags)
        text = text[slugs.end() :]
        skip = 0
    return draft.capture([index], field="headline", value=text[skip:])


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
    # On a page, a list before the headline (a menu) or a headline taken from the
    # page's metadata (no position) says nothing about summary points.
    head = next((r for r in draft.removed if r.field == "headline"), None)
    first = next((b for b in draft.blocks if not is_furniture(b.text)), None)
    if head is not None and (
        head.reason == "metadata" or (first is not None and first.start < head.end)
    ):
        return draft
    # Furniture between the items ("•", "{") is the furniture filter's: it neither
    # breaks the run nor counts as the text after it.
    run: list[int] = []
    after = False
    for i in lead_blocks(draft.blocks):
        block = draft.blocks[i]
        if is_furniture(block.text):
            continue
        if block.kind != "li":
            after = True
            break
        run.append(i)
    if not run:
        return draft
    if not after:
        after = any(not is_furniture(b.text) for b in draft.blocks[run[-1] + 1 :])
    if not after:
        return draft
    items = tuple(draft.blocks[i].text for i in run)
    return draft.capture(run, field="bullets", value=items)
