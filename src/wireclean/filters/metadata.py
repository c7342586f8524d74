"""The metadata filter: headline, byline, published time and URL from the page's own metadata.

On the HTML path the adapter reads what the page says about itself (JSON-LD, meta
tags, bylines; :mod:`wireclean.metadata`) into ``draft.meta``. That is the
publisher's own statement, so this filter runs before the text filters that guess
the same fields from the shape of the text; they fill whatever it leaves. On the
text path ``draft.meta`` is empty and the filter does nothing.
"""

from __future__ import annotations

from wireclean import patterns
from wireclean.dates import read_timestamp
from wireclean.filters.headline import take_headline
from wireclean.model import Block, Metadata
from wireclean.pipeline import Draft

__all__ = ["metadata"]

#: A block longer than this is not a byline line, whatever names it holds.
_BYLINE_MAX = 160
#: Context words of a block that may hold the story's byline.
_BYLINE_CONTEXT = frozenset({"byline", "author"})
_EMPTY = Metadata()
#: Blocks that may show the page's headline with a kicker or a line more.
_HEADING_KINDS = frozenset({"h1", "h2"})


def metadata(draft: Draft) -> Draft:
    """Fill ``headline``, ``byline``, ``published`` and ``url`` from ``draft.meta``.

    Each field is filled only when no earlier filter set it. The blocks that show the
    value on the page are captured with it (so the headline is not repeated as the
    first body paragraph): every block equal to the title (case and spaces aside), a
    short block that names the first author (a "By ..." line or a byline element),
    the timestamp lines that show the published minute. A value with no block is
    recorded with reason ``metadata`` and an empty span (:meth:`Draft.fill`).

    >>> from wireclean import parse_html
    >>> page = ('<head><meta property="og:title" content="Mali army sold guns | Reuters">'
    ...         '<meta property="og:site_name" content="Reuters"></head>'
    ...         '<h1>Mali army sold guns</h1><p>ALGIERS (Reuters) - Insurgents bought guns.</p>')
    >>> story = parse_html(page)
    >>> story.headline, story.body
    ('Mali army sold guns', ('Insurgents bought guns.',))
    """
    meta = draft.meta
    if meta == _EMPTY:
        return draft
    if draft.published is None and meta.published is not None:
        draft = _published(draft, meta)
    if draft.headline is None and meta.title:
        draft = _headline(draft, meta.title)
    if not draft.byline and meta.authors:
        draft = _byline(draft, meta.authors)
    if draft.url is None and meta.url:
        draft = draft.fill(field="url", value=meta.url, text=meta.url)
    return draft


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _headline(draft: Draft, title: str) -> Draft:
    key = _key(title)
    same = [
        i
        for i, b in enumerate(draft.blocks)
        if len(b.text) <= 2 * len(title) and _key(b.text) == key
    ]
    if same:
        value = draft.blocks[same[0]].text
        if patterns.SLUGS.match(value) is None:
            return draft.capture(same, field="headline", value=value)
        # Wire slugs on the page's title ("UPDATE 2-Fed holds") go to ``flags``, as on
        # the text path; the title's other copies go with the headline.
        starts = {draft.blocks[i].start for i in same[1:]}
        draft = take_headline(draft, same[0])
        assert draft.headline is not None
        return draft.capture(
            (i for i, b in enumerate(draft.blocks) if b.start in starts),
            field="headline",
            value=draft.headline,
        )
    # The page's own headline may show the title with a kicker or a line more
    # ("Strike: Dockers walk out", "Dockers walk out over pay"): those heading
    # blocks are the title's too, and go with it.
    shown = [
        i
        for i, b in enumerate(draft.blocks)
        if b.kind in _HEADING_KINDS and len(b.text) <= 2 * len(title) and _shows_title(b.text, key)
    ]
    if shown:
        return draft.capture(shown, field="headline", value=title)
    return draft.fill(field="headline", value=title, text=title)


def _shows_title(text: str, key: str) -> bool:
    """Tell whether a heading's text is ``key`` (a folded title) with words added at one end."""
    low = _key(text)
    if len(low) <= len(key):
        return False
    if low.startswith(key):
        return not low[len(key)].isalnum()
    return low.endswith(key) and not low[-len(key) - 1].isalnum()


def _byline(draft: Draft, authors: tuple[str, ...]) -> Draft:
    first = authors[0].casefold()
    for i, block in enumerate(draft.blocks):
        if _shows_byline(block, first):
            return draft.capture([i], field="byline", value=authors)
    return draft.fill(field="byline", value=authors, text=", ".join(authors))


def _shows_byline(block: Block, first: str) -> bool:
    text = block.text
    if len(text) > _BYLINE_MAX or first not in text.casefold():
        return False
    if text.casefold() == first:
        return True
    match = patterns.BYLINE.match(text)
    if match is not None and match.start("names") <= 4:
        return True
    return (
        bool(_BYLINE_CONTEXT.intersection(block.context.split()))
        and len(text) <= 3 * len(first) + 40
    )


def _published(draft: Draft, meta: Metadata) -> Draft:
    moment = meta.published
    assert moment is not None
    shown: list[int] = []
    minute = f"{moment.minute:02d}"  # a cheap test before reading a timestamp
    for i, block in enumerate(draft.blocks):
        if block.kind == "li" or len(block.text) > 80 or minute not in block.text:
            continue
        stamp = read_timestamp(block.text)
        if stamp is None or stamp.moment is None or not stamp.has_time:
            continue
        seen = stamp.moment
        if (seen.date(), seen.hour, seen.minute) == (moment.date(), moment.hour, moment.minute):
            shown.append(i)
            break
    if shown:
        return draft.capture(shown, field="published", value=moment)
    return draft.fill(field="published", value=moment, text=moment.isoformat())
