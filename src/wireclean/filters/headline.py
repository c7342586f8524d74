"""The headline and bullets filters: the story's title and its summary points."""

from __future__ import annotations

from wireclean import patterns
from wireclean.dates import read_timestamp
from wireclean.filters._shape import chrome_phrases, is_furniture, lead_blocks
from wireclean.filters.byline import byline_names, byline_text_names
from wireclean.filters.credits import parse_credits
from wireclean.filters.page import is_prose, kicker_titled, link_runs
from wireclean.metadata import is_site_name
from wireclean.model import Metadata
from wireclean.names import split_names
from wireclean.pipeline import Draft

__all__ = ["bullets", "headline", "take_headline"]

#: Longest headline, in characters and in words.
_MAX_CHARS = 200
_MAX_WORDS = 30
#: Fewest words of a summary point on a page.
_POINT_WORDS = 2
_NO_META = Metadata()
#: A labelled list item with fewer spaces than this, and no sentence, is a byline
#: ("Von: Bill MCCARTHY") even when its names are not read as names.
_BYLINE_ITEM_WORDS = 6
#: Most menu items above a page's headline that it may stand below, and fewest spaces
#: of a list item that is no menu item.
_MENU_ITEMS = 5
_MENU_ITEM_WORDS = 3
#: Fewest spaces of a list item that a share word ("teilen") does not make chrome.
_POINT_PROSE_WORDS = 4
#: Most characters, and spaces, of the site's name after a page's title line
#: ("X | Example Times", "X - example.com"), and fewest spaces of the title before it.
_SITE_NAME_CHARS = 40
_SITE_NAME_SPACES = 3
_TITLE_SPACES = 3


def headline(draft: Draft) -> Draft:
    """Capture the first block as the ``headline`` when it reads as one.

    It must be a paragraph (not a list item, unless it is the last item of a
    breadcrumb trail the ``page`` filter kept as the headline, with the page above it
    gone and no item after it; on a page, a few short menu items above it and a text
    browser's debris, "#alternate" or "(BUTTON)", are passed over) of at most 200
    characters and 30 words,
    not end in a period (in any script) or colon, not be a byline, dateline or
    readable credits trailer, and be followed by more text. Otherwise there is no headline and the
    block stays in the body.

    >>> from wireclean import parse_text
    >>> parse_text("Al Qaeda gets help from Mali officials: ex-rebel\\n\\nBody.").headline
    'Al Qaeda gets help from Mali officials: ex-rebel'
    """
    if draft.headline is not None:
        return draft
    # Furniture ("•", "Share this:") may stand above the headline; the furniture
    # filter takes it out later, so the choice must not depend on it. So may a text
    # browser's debris ("#alternate", "(BUTTON)"), never a headline.
    index = next((i for i, b in enumerate(draft.blocks) if not _above_headline(b.text)), None)
    if index is not None and _byline_above(draft, index):
        # On a page, the byline may stand above the headline ("Von Jane Doe"): it is
        # the byline filter's, and the headline is the block after it.
        blocks = draft.blocks
        index = next(
            (i for i in range(index + 1, len(blocks)) if not is_furniture(blocks[i].text)), None
        )
    if index is not None and draft.blocks[index].kind == "li":
        index = _past_menu_items(draft, index)
    if index is None or index + 1 >= len(draft.blocks):
        return draft
    block = draft.blocks[index]
    text = block.text
    if (
        (block.kind == "li" and not _crumb_headline(draft, index))
        or len(text) > _MAX_CHARS
        or text.count(" ") >= _MAX_WORDS
        or text[-1] in ".:;,。"
        or not any(c.isalpha() for c in text)
        or (patterns.BYLINE.fullmatch(text) is not None and not kicker_titled(text))
        or patterns.match_dateline(text) is not None
        or _is_credits(text)
    ):
        return draft
    return _take_titled(draft, index) or take_headline(draft, index)


def _take_titled(draft: Draft, index: int) -> Draft | None:
    """Capture the headline of a page dump by its title line, or return None.

    A dump of a page's whole text (BeautifulSoup's ``get_text``) opens with the page's
    ``<title>``: the headline with the site's name after it ("X | Example Times",
    "X - example.com"). Block ``index`` may be that line: the site's name goes (reason
    ``page-chrome``) and the rest is the headline. Or it may be the headline with the
    next line run in ("X Jane Doe", "X Getty Images"): the title's part is the headline
    and the rest stays, for the byline filter or the body. Only on a page (the page
    filter cut some of it).
    """
    if not _page_cut(draft):
        return None
    source = draft.source
    first = patterns.FIRST_LINE.search(source)
    if first is None:
        return None
    line = " ".join(first.group().split())
    title = _site_cut(line, source)
    if title.count(" ") < _TITLE_SPACES:
        return None
    block = draft.blocks[index]
    text = block.text
    if block.start == first.start() and text == line:
        if title == text:
            return None
        draft = draft.cut(index, len(text) - len(title), at_end=True, reason="page-chrome")
        return take_headline(draft, index)
    if (
        block.start >= first.end()  # (a headline that wraps is no title line run in)
        and len(text) > len(title)
        and text.startswith(title)
        and text[len(title)] == " "
    ):
        return draft.cut(index, len(title), field="headline", value=title)
    return None


def _site_cut(line: str, source: str) -> str:
    """Return a page's title ``line`` without the site's name and section after it: each
    part after a separator, from the end, that is short, no sentence, and a domain
    ("taz.de") or named again in ``source`` with no separator before it ("Example Times"
    in the footer; a headline's second part, "X - Y", is printed again with its first)."""
    end = len(line)
    for sep in reversed(list(patterns.SITE_SEPARATOR.finditer(line, 0, end))):
        if sep.end() > end:
            continue
        tail = line[sep.end() : end].strip()
        if (
            not tail
            or len(tail) > _SITE_NAME_CHARS
            or tail.count(" ") > _SITE_NAME_SPACES
            or tail[-1] in patterns.SENTENCE_END
            or not (
                is_site_name(tail, None) or source.count(tail) > source.count(sep.group() + tail)
            )
        ):
            break
        end = sep.start()
    return line[:end].strip()


def _page_cut(draft: Draft) -> bool:
    """Tell whether the page filter cut a page around the story (the input is a page)."""
    return any(r.reason == "page-chrome" for r in draft.removed)


def _above_headline(text: str) -> bool:
    """Tell whether a block that starts the text is no headline and stands above it:
    furniture, or a text browser's debris (:data:`patterns.HEADLINE_DEBRIS`)."""
    return is_furniture(text) or patterns.HEADLINE_DEBRIS.search(text) is not None


def _byline_above(draft: Draft, index: int) -> bool:
    """Tell whether block ``index`` is a byline line the page filter kept above the
    headline: the page above it went, and it reads as a byline in a language other
    than English ("Von", "Par", "Por", "Av"). The page filter keeps an English "By"
    line wherever it stands, and there (on the fundus dumps) a caption or a teaser
    follows it more often than the headline."""
    block = draft.blocks[index]
    if block.kind == "li" or index + 2 >= len(draft.blocks):
        return False
    if block.text[:3].lower() == "by ":
        return False
    start = block.start
    return byline_names(block) is not None and any(
        r.reason == "page-chrome" and r.end <= start for r in draft.removed
    )


def _past_menu_items(draft: Draft, index: int) -> int:
    """Return the block after a few menu items that start what the page filter kept
    ("Magazin", "Aktiv werden"), or ``index``: on a page (the page filter cut some of
    it), a run of at most five short list items with no sentence in them, right above
    a paragraph. A crumb trail's last item the page filter kept as the headline stays
    the headline (:func:`_crumb_headline`)."""
    blocks = draft.blocks
    end = index
    while end < len(blocks) and blocks[end].kind == "li":
        text = blocks[end].text
        if (
            end - index >= _MENU_ITEMS
            or text.count(" ") >= _MENU_ITEM_WORDS
            or text[-1] in patterns.SENTENCE_END
            or _crumb_headline(draft, end)
        ):
            return index
        end += 1
    if end >= len(blocks) or not _page_cut(draft):
        return index
    return end


def _crumb_headline(draft: Draft, index: int) -> bool:
    """Tell whether list item ``index`` is a breadcrumb's last item the page filter kept as
    the headline: the page above it went, and no list item follows it."""
    blocks = draft.blocks
    if index + 1 < len(blocks) and blocks[index + 1].kind == "li":
        return False
    start = blocks[index].start
    return any(
        r.reason == "page-chrome" and r.end <= start and not draft.source[r.end : start].strip()
        for r in draft.removed
    )


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
    # A headline taken from the page's metadata (no position) says nothing about
    # summary points; on a page, blocks before the headline (a menu) are no part of
    # the run, which must start right after it.
    head = next((r for r in draft.removed if r.field == "headline"), None)
    if head is not None and head.reason == "metadata":
        return draft
    start = 0
    if head is not None:
        start = next((i for i, b in enumerate(draft.blocks) if b.start >= head.end), None) or 0
        if start == 0 and draft.blocks and draft.blocks[0].start < head.end:
            return draft  # nothing follows the headline
    # Furniture between the items ("•", "{") is the furniture filter's: it neither
    # breaks the run nor counts as the text after it.
    # A field captured between two items (the byline, the time) ends the run too.
    fields = [r.start for r in draft.removed if r.field is not None and r.end > r.start]
    # So are short lines the furniture filter drops as a run of links, above the items:
    # the story parsed again has the items right under the headline.
    # (Found only when a line stands above the items: most stories have no list there.)
    links: list[str | None] | None = None
    run: list[int] = []
    after = False
    for i in lead_blocks(draft.blocks[start:]):
        block = draft.blocks[start + i]
        if is_furniture(block.text):
            continue
        # A paragraph of prose is never part of a link run (a run is of short lines,
        # or of list items a colon introduces): no need to find the runs for it.
        if not run and block.kind != "li" and not is_prose(block.text):
            links = link_runs(draft.blocks) if links is None else links
            if links[start + i] is not None:
                continue
        if (
            block.kind != "li"
            or (run and any(draft.blocks[run[-1]].end <= f < block.start for f in fields))
            or _byline_item(block.text)  # the byline filter's ("• Von Jane Doe")
        ):
            after = True
            break
        run.append(start + i)
    if not run:
        return draft
    if not after:
        after = any(not is_furniture(b.text) for b in draft.blocks[run[-1] + 1 :])
    if not after:
        return draft
    items = tuple(draft.blocks[i].text for i in run)
    on_page = start > 0 or _page_cut(draft)
    if (on_page or draft.meta != _NO_META) and not all(_is_point(item) for item in items):
        # On a page (below its menus, or with them cut, or read from HTML), a list
        # after the headline is as often share buttons, tags or the byline and time as
        # summary points: each must read as a point.
        return draft
    return draft.capture(run, field="bullets", value=items)


def _byline_item(text: str) -> bool:
    """Tell whether a list item is a labelled byline ("• von Jane Doe", "• Von: Bill
    MCCARTHY", "• By Jane Doe"): no summary point, it ends the run of bullets and
    stays for the byline filter (fixture ``page-faults-bild-kicker-bullet-byline``)."""
    if byline_text_names(text) is not None:
        return True
    return (
        patterns.BYLINE_LINE.fullmatch(text) is not None
        and text.count(" ") < _BYLINE_ITEM_WORDS
        and text[-1] not in patterns.SENTENCE_END
    )


def _is_point(text: str) -> bool:
    """Tell whether a list item reads as a summary point: words of text, not a name
    alone, a byline, a timestamp or a chrome phrase ("Share", "3 Minuten Lesezeit")."""
    return (
        text.count(" ") >= _POINT_WORDS - 1
        and patterns.BYLINE.match(text) is None
        and split_names(text) is None
        and read_timestamp(text) is None
        and not _chrome_point(text)
    )


def _chrome_point(text: str) -> bool:
    """Tell whether a list item holds a chrome phrase that makes it no point: any, in a
    short item ("Artikel teilen"); in a longer one, a phrase that a sentence does not use
    in its plain sense ("Stadt und Land teilen sich die Kosten" is a point)."""
    hits = chrome_phrases(text)
    if text.count(" ") < _POINT_PROSE_WORDS:
        return bool(hits)
    return not hits <= patterns.PROSE_CHROME_PHRASES
