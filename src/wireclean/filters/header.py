"""The header filter: a scraped "-- headline / -- By ... / -- date / -- url" header into fields."""

from __future__ import annotations

from typing import Any

from wireclean import patterns
from wireclean.dates import read_timestamp
from wireclean.filters.headline import take_headline
from wireclean.names import split_names
from wireclean.pipeline import Draft

__all__ = ["header"]

#: Most lines a header block holds (headline, byline, time, address, and slack).
_MAX_LINES = 6


def header(draft: Draft) -> Draft:
    """Capture a leading run of "-- " header lines into headline, byline, published and url.

    The layout of scraped wire archives (the Reuters 2006-2013 corpus): each line of
    the run starts with two hyphens, and holds the headline (the first line), a
    "By ..." byline, a timestamp, the story's address, or nothing (dropped with reason
    ``header``). The run must start the text and hold an address or a timestamp, so
    "-- and then he left" in a story is left alone. A byline whose words are not all
    names, and any other line, stays in the body. Stops working when a renderer
    joins the header lines into one paragraph.

    >>> from wireclean import parse_text
    >>> story = parse_text(
    ...     "-- Exxon offers plan to end Alaska dispute\\n-- By  Ann Lee\\n"
    ...     "-- Fri Oct 20, 2006 6:15pm EDT\\n-- http://www.reuters.com/article/1\\n\\n"
    ...     "ANCHORAGE, Alaska (Reuters) - Exxon offered to pay a fine."
    ... )
    >>> story.headline, story.byline, story.published.isoformat(), story.url
    ('Exxon offers plan to end Alaska dispute', ('Ann Lee',), \
'2006-10-20T18:15:00-04:00', 'http://www.reuters.com/article/1')
    """
    run: list[tuple[int, str]] = []
    for i, block in enumerate(draft.blocks[:_MAX_LINES]):
        if block.kind == "li" or not block.text.startswith("--"):
            break
        match = patterns.HEADER_LINE.fullmatch(block.text)
        if match is None:
            break
        run.append((i, match.group("text") or ""))
    # Each line is read as an address once; an address is cheaper to see than a
    # timestamp, so the run is looked through for one first.
    urls = [_is_url(t) for _, t in run]
    if not (any(urls) or any(read_timestamp(t) for _, t in run)):
        return draft
    # Capture from the last line back, so the indices still to visit stay valid. The
    # lines are taken in one edit of the draft (see _take_lines).
    return _take_lines(draft, run, urls, headline_first=len(run) > 1)


def _is_url(text: str) -> bool:
    """Tell whether a header line is a bare address (``patterns.URL``), the pattern run
    only on a line that may start one: a line that starts with an ASCII character other
    than "h" or "H" cannot (an ASCII letter's case folds to its lower case)."""
    first = text[:1]
    if first.isascii() and first not in ("h", "H"):
        return False
    return patterns.URL.fullmatch(text) is not None


def _take_lines(
    draft: Draft, run: list[tuple[int, str]], urls: list[bool], *, headline_first: bool
) -> Draft:
    """Take the header's lines from the last back (the first too, as the headline
    where ``headline_first``): each line a field's capture (url, published, byline) or a
    drop, in the same records and order as one capture per line would give, with one
    copy of the draft, unless the headline has slugs for :func:`take_headline` to cut.
    The fields a line sets are tracked as the draft would hold them after each line.
    """
    takes: list[tuple[int, str, str | None]] = []
    changes: dict[str, Any] = {}
    url, published, byline = draft.url, draft.published, draft.byline
    for n in range(len(run) - 1, -1, -1):
        i, text = run[n]
        if not text:
            takes.append((i, "header", None))
            continue
        if urls[n]:
            if not url:
                url = changes["url"] = text
                takes.append((i, "field", "url"))
            continue
        stamp = read_timestamp(text)
        if stamp is not None and stamp.moment is not None:
            if published is None:
                published = changes["published"] = stamp.moment
                takes.append((i, "field", "published"))
            continue
        by = patterns.BYLINE.fullmatch(text)
        if by is not None and not byline:
            names = split_names(by.group("names").split(" - ")[0])
            if names:
                byline = changes["byline"] = names
                takes.append((i, "field", "byline"))
                continue
        if n == 0 and headline_first and draft.headline is None:
            line = draft.blocks[i].text
            skip = len(line) - len(text)
            if patterns.SLUGS.match(line, skip) is not None:
                return take_headline(draft._take_each(takes, changes), i, skip=skip)
            # What take_headline captures from a line without slugs.
            changes["headline"] = line[skip:]
            takes.append((i, "field", "headline"))
    return draft._take_each(takes, changes)
