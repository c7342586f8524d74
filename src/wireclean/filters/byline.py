"""The byline filter: "By Lamine Chikhi" into ``byline``."""

from __future__ import annotations

from wireclean import patterns
from wireclean.dates import trailing_timestamp
from wireclean.filters._shape import lead_blocks
from wireclean.model import Block, Metadata
from wireclean.names import split_names
from wireclean.pipeline import Draft

__all__ = ["byline", "byline_names", "byline_text_names"]

_MAX_CHARS = 160
#: Blocks past the lead's first paragraph still searched for a byline.
_PAST_LEAD = 3
#: Longest line of names alone, and most words in one name.
_NAME_LINE_CHARS = 80
_NAME_WORDS = 3
_NO_META = Metadata()


def byline(draft: Draft) -> Draft:
    """Capture a "By NAME[, NAME] [and NAME]" block near the story's start as the ``byline``.

    It is looked for in the lead and up to three blocks past the lead's first prose
    paragraph (pages put a teaser between headline and byline). The label may be
    "By", "Von", "Par", "Por", "Di", "Von:", "Autor:" or "Kolumne von"; a timestamp
    after the names ("Von Jane Doe 28.04.2023, 18:11 Uhr") is left for the timestamp
    filter. Failing that, in a text, a line in the lead that is nothing but names
    ("Jane Doe", "Jane Doe, John Roe") is the byline: page dumps print the author's
    name alone under the headline (an HTML page's markup and metadata say who its
    authors are better than a guess from a bare name).

    The words after "By" must all be names (agency names, job titles and the place
    the author writes from are dropped from the list); "By the end of the war" is
    story text.

    >>> from wireclean import parse_text
    >>> parse_text("Title\\n\\nBy Maya Gebeily and Anthony Deutsch\\n\\nBody.").byline
    ('Maya Gebeily', 'Anthony Deutsch')
    """
    if draft.byline:
        return draft
    lead = lead_blocks(draft.blocks)
    # A teaser paragraph may stand between headline and byline on a page.
    window = range(min(len(draft.blocks), lead.stop + _PAST_LEAD))
    for i in window:
        names = byline_names(draft.blocks[i])
        if names:
            return draft.capture([i], field="byline", value=names)
    if draft.meta != _NO_META:
        return draft  # a page's own metadata names its authors, or no one
    # Below the headline, where pages print the author's name.
    head = next((r for r in draft.removed if r.field == "headline" and r.end > r.start), None)
    for i in lead:
        if head is not None and draft.blocks[i].start < head.end:
            continue
        names = _name_line(draft.blocks[i])
        if names:
            return draft.capture([i], field="byline", value=names)
    return draft


def byline_names(block: Block) -> tuple[str, ...] | None:
    """Return the names of a block that is a byline ("By A and B"), else None."""
    if block.kind == "li" or len(block.text) > _MAX_CHARS:
        return None
    return byline_text_names(block.text)


def byline_text_names(text: str) -> tuple[str, ...] | None:
    """Return the names of a byline line ("Von A und B, Zürich 28.04.2023"), else None."""
    trail = trailing_timestamp(text)
    if trail is not None:
        text = text[: trail[0]]
    match = patterns.BYLINE_LINE.fullmatch(text)
    if match is None:
        return None
    # "By Tom Davies - Associated Press": what follows a spaced dash is no name.
    return split_names(match.group("names").split(" - ")[0], byline=True)


def _name_line(block: Block) -> tuple[str, ...] | None:
    """Return the names of a lead block that is only names ("Jane Doe"), else None."""
    text = block.text
    if block.kind == "li" or len(text) > _NAME_LINE_CHARS:
        return None
    trail = trailing_timestamp(text)
    if trail is not None:
        text = text[: trail[0]]
    # A name printed twice (link text and label): "Jane Doe Jane Doe", "Jane DoeJane Doe".
    half = len(text) // 2
    if text[:half] == text[-half:] and text[half : len(text) - half].strip() == "":
        text = text[:half]
    if any(c.isdigit() for c in text):
        return None
    names = split_names(text)
    if names is None or not all(2 <= n.count(" ") + 1 <= _NAME_WORDS for n in names):
        return None
    return names
