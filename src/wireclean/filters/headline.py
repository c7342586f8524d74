"""The headline and bullets filters: the story's title and its summary points."""

from __future__ import annotations

import itertools

import regex

from wireclean import patterns
from wireclean.dates import read_timestamp
from wireclean.filters._shape import (
    chrome_phrases,
    has_chrome_phrase,
    is_furniture,
    lead_blocks,
)
from wireclean.filters.byline import byline_names, byline_text_names
from wireclean.filters.credits import parse_credits
from wireclean.filters.page import is_prose, kicker_titled, link_runs
from wireclean.metadata import is_site_name
from wireclean.model import Block, Metadata
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
#: What a page's title puts between a kicker and the headline ("Strike: Dockers walk
#: out", French "Grève : ..."), and fewest spaces that make a kicker too long for one.
_KICKER_SEPARATORS = (": ", " : ")
_KICKER_SPACES = 6
#: Most characters of blank lines and colon around a kicker on its own line.
_KICKER_GAP = 200
#: Typographic quotation marks and apostrophes, and their plain forms.
_PLAIN_QUOTES = str.maketrans("‘’‚“”„", "'''\"\"\"")
#: What separates the items of a breadcrumb trail printed as one line ("Home » World »
#: ..."), fewest separators of one, and fewest spaces of an item that is no crumb.
_CRUMB_SEPARATOR = regex.compile(r"\x20[»›]\x20")
_CRUMB_ITEMS = 2
_CRUMB_ITEM_SPACES = 4
#: A word, for comparing a line's words with the title's; fewest letters of a word a
#: banner's text repeats; what may open a title line beside a letter or a digit.
_WORD = regex.compile(r"\w+")
_ECHO_WORD = 3
_QUOTES = frozenset("'\"‘’“”„«»‚‹›¿¡")
#: Fewest letters of a word that tells what a line is about (no "the", "und", "de"),
#: and how many of its first letters are compared ("Hitze", "Hitzewelle").
_RELATED_WORD = 4
_STEM = 5


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

    On a page dump (the page filter cut some of it) the form of the headline may come
    from elsewhere on the page: the title line the dump opens with (less the site's name
    and the day's date, with its kicker where the kicker stands above the heading, in
    its quotation marks), or that line itself where the page prints it again and the
    block shares under half its words with it; the colon a kicker run into the heading
    lost, where the page gives it; the last item of a one-line breadcrumb trail. Where
    the story starts at an English "By" line, the headline is the line the page filter
    cut right above it, when that reads as one (title-sized, no interface phrase).

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
    if index is not None:
        cut = _cut_above_byline(draft, index)
        if cut is not None:
            return draft.fill(field="headline", value=cut, text=cut)
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
        return _take_retitled(draft, None) or draft
    block = draft.blocks[index]
    text = block.text
    if (block.kind == "li" and not _crumb_headline(draft, index)) or not _reads_as_headline(text):
        return _take_retitled(draft, None) or draft
    return (
        _take_retitled(draft, index)
        or _take_titled(draft, index)
        or _take_crumbed(draft, index)
        or _take_kicked(draft, index)
        or _take_unglued(draft, index)
        or take_headline(draft, index)
    )


def _reads_as_headline(text: str) -> bool:
    """Tell whether a line's text may be a headline: at most 200 characters and 30 words,
    letters in it, no period, colon or comma at its end, no byline, dateline or credits."""
    return not (
        len(text) > _MAX_CHARS
        or text.count(" ") >= _MAX_WORDS
        or text[-1] in ".:;,。"
        or not any(c.isalpha() for c in text)
        or (patterns.BYLINE.fullmatch(text) is not None and not kicker_titled(text))
        or patterns.match_dateline(text) is not None
        or _is_credits(text)
    )


def _take_titled(draft: Draft, index: int) -> Draft | None:
    """Capture the headline of a page dump by its title line, or return None.

    A dump of a page's whole text (BeautifulSoup's ``get_text``) opens with the page's
    ``<title>``: the headline with the site's name after it ("X | Example Times",
    "X - example.com"). Block ``index`` may be that line: the site's name goes (reason
    ``page-chrome``) and the rest is the headline; a name not known as a site's goes
    where the page prints the rest again as a line of its own (:func:`_printed_head`).
    Or it may be the headline with the
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
            head = _printed_head(line, source, first.end())
            if head is None:
                return None
            title = head
        draft = draft.cut(index, len(text) - len(title), at_end=True, reason="page-chrome")
        return take_headline(draft, index)
    if (
        block.start == first.start()
        and text.startswith(line + " ")
        and (len(line) > len(title) or is_site_name(text[len(line) + 1 :], None))
    ):
        # The title line with the next line run in ("X | Site _", "X Site.com"): the
        # title is the headline, the site's name after it goes, the rest stays. (A
        # headline that wraps has neither a site's name nor a domain after its line.)
        draft = draft.cut(index, len(title), field="headline", value=title)
        if len(line) > len(title):
            draft = draft.cut(index, len(line) - len(title), reason="page-chrome")
        return draft
    if (
        block.start >= first.end()  # (a headline that wraps is no title line run in)
        and len(text) > len(title)
        and text.startswith(title)
        and text[len(title)] == " "
    ):
        return draft.cut(index, len(title), field="headline", value=title)
    if block.start < first.end():
        return None
    kicked = _take_run_in_kicker(draft, index, title)
    if kicked is not None:
        return kicked
    # The title line's part before a separator may be the heading (a site's name or a
    # section after it that the page does not print again: "X | Example News").
    plain = _unquoted(text)
    head = next(
        (
            line[: m.start()]
            for m in patterns.SITE_SEPARATOR.finditer(line)
            if _unquoted(line[: m.start()]) == plain
        ),
        title,
    )
    if text != head and _unquoted(head) == plain:
        # The same title, maybe with other quotation marks ("Jane's" for "Jane’s"): the
        # page's title is the form it declares.
        return draft.capture([index], field="headline", value=head)
    return None


def _printed_head(line: str, source: str, after: int) -> str | None:
    """Return the part of a page's title ``line`` before its last separator ("X" of
    "X | Example News") where the page prints it again as a line of its own below the
    title line (``after``; its spaces folded) and what follows the separator is short,
    no sentence: the site's name, though not one known as one. Or None. (issue #4)"""
    marks = list(patterns.SITE_SEPARATOR.finditer(line))
    if not marks:
        return None
    mark = marks[-1]
    head, tail = line[: mark.start()].strip(), line[mark.end() :].strip()
    if (
        head.count(" ") < _TITLE_SPACES
        or not tail
        or len(tail) > _SITE_NAME_CHARS
        or tail.count(" ") > _SITE_NAME_SPACES
        or tail[-1] in patterns.SENTENCE_END
    ):
        return None
    below = source[after:]
    if head not in below:
        return None  # (a cheap test first: the page's lines are not read)
    lines = below.split("\n")
    return head if any(head in x and " ".join(x.split()) == head for x in lines) else None


def _take_run_in_kicker(draft: Draft, index: int, title: str) -> Draft | None:
    """Capture ``title`` (a page dump's title line less the site's name) as the headline
    where block ``index`` is that title with a kicker run in before it ("Payments in
    Europe Wero passes its first test" for "Wero passes its first test | Example
    News"), or return None: the page's title is the form it declares, and the kicker
    (a few words, no sentence) goes with the page (reason ``page-chrome``). (issue #4)"""
    text = draft.blocks[index].text
    kicker = text[: -len(title) - 1]
    if (
        len(text) <= len(title) + 1
        or not text.endswith(" " + title)
        or kicker.count(" ") >= _KICKER_SPACES
        or kicker[-1] in patterns.SENTENCE_END
    ):
        return None
    draft = draft.cut(index, len(kicker), reason="page-chrome")
    return take_headline(draft, index)


def _take_retitled(draft: Draft, index: int | None) -> Draft | None:
    """Capture the headline of a page dump that prints its title line again, or None.

    A whole-page dump's first line is the page's ``<title>``; when the page prints it
    again (less the site's name) as a line of its own, that line is the page's headline,
    and block ``index`` (the first of the story's span, None when it is no headline)
    is not when it shares under half its words with it (a teaser, a caption, a notice
    the span opens with). The line is captured where it is kept, or the title filled
    from the line (reason ``metadata``) where the page filter cut it. Only on a page
    (the page filter cut some of it) given as text (an HTML page's first line is no title).

    Where the page does not print it again, the title is filled from the line all the
    same when a site's name was cut from it ("X | Site": a title line, no banner) and
    block ``index`` shares no longer word with it (:func:`_unrelated`): a notice, a
    promo or another story's line stood in the headline's place, and it goes with the
    page (reason ``page-chrome``). (issue #4)
    """
    if not _page_cut(draft) or draft.meta != _NO_META:
        return None
    source = draft.source
    first = patterns.FIRST_LINE.search(source)
    if first is None or (not first.group()[0].isalnum() and first.group()[0] not in _QUOTES):
        return None  # a menu's item ("• Example Media"), no title line
    line = " ".join(first.group().split())
    title = _site_cut(line, source)
    if (
        title.count(" ") < _TITLE_SPACES
        or not _reads_as_headline(title)
        or _echoes(title)
        or has_chrome_phrase(title)  # "Skip to main content", "Subscribe to our newsletter"
        or (index is not None and _shares_words(draft.blocks[index].text, title))
    ):
        return None
    after = first.end()
    again = next(
        (i for i, b in enumerate(draft.blocks) if b.start >= after and b.text == title), None
    )
    if again is not None:
        return draft.capture([again], field="headline", value=title)
    if any(r.start >= after and r.text == title for r in draft.removed):
        return draft.fill(field="headline", value=title, text=title)
    twice = _take_retitled_twice(draft, title, after)
    if (
        twice is not None
        or index is None
        or title == line  # no site's name cut: maybe no title line
        or not _unrelated(draft.blocks[index].text, title)
    ):
        return twice
    # The block that stood for the headline is no line of the title's story (a notice,
    # a promo): it goes with the page.
    draft = draft.fill(field="headline", value=title, text=title)
    return draft.drop([index], reason="page-chrome")


def _take_retitled_twice(draft: Draft, title: str, after: int) -> Draft | None:
    """Capture the headline of a page dump whose title line the page prints twice in a
    row at the start of a paragraph (a heading and its copy for another screen: "X",
    "X", then the byline or the lead run in), below the title line ``after``, or return
    None. The copy goes (reason ``page-chrome``) and the rest of the paragraph stays;
    where the page filter cut the paragraph, the title is filled from it (reason
    ``metadata``). (issue #4)"""
    twice = f"{title} {title}"
    again = next(
        (
            i
            for i, b in enumerate(draft.blocks)
            if b.start >= after and (b.text == twice or b.text.startswith(twice + " "))
        ),
        None,
    )
    if again is not None:
        draft = draft.cut(again, len(title), field="headline", value=title)
        if draft.blocks[again].text == title:  # (a block left as the copy alone)
            return draft.drop([again], reason="page-chrome")
        return draft.cut(again, len(title), reason="page-chrome")
    if any(
        r.start >= after and (r.text == twice or r.text.startswith(twice + " "))
        for r in draft.removed
    ):
        return draft.fill(field="headline", value=title, text=title)
    return None


def _echoes(line: str) -> bool:
    """Tell whether a line says two of its words again in the same order ("Example News
    Example News", "Try it free, then try it free for a month"): a banner's or a logo's
    text, no page's title. Short words ("of the", "de la") are left out of the pairs."""
    words = [w for w in _WORD.findall(line.casefold()) if len(w) >= _ECHO_WORD]
    pairs = list(itertools.pairwise(words))
    return len(set(pairs)) < len(pairs)


def _shares_words(text: str, title: str) -> bool:
    """Tell whether ``text`` shares at least half its words (and the title's) with ``title``."""
    ours, theirs = set(_WORD.findall(text.casefold())), set(_WORD.findall(title.casefold()))
    return 2 * len(ours & theirs) >= len(ours | theirs)


def _unrelated(text: str, title: str) -> bool:
    """Tell whether ``text`` shares no word of four letters or more with ``title``, a
    word's first five letters counted ("Hitze", "Hitzewelle"): a notice, a promo or
    another story's line, not the title's story. (issue #4)"""
    return _stems(text).isdisjoint(_stems(title))


def _stems(text: str) -> set[str]:
    """Return the first five letters of each word of four letters or more of ``text``."""
    return {w[:_STEM] for w in _WORD.findall(text.casefold()) if len(w) >= _RELATED_WORD}


def _unquoted(text: str) -> str:
    """Return ``text`` with typographic quotation marks and apostrophes made plain."""
    return text.translate(_PLAIN_QUOTES)


def _take_crumbed(draft: Draft, index: int) -> Draft | None:
    """Capture the headline at the end of a breadcrumb trail printed as one line, or None.

    A text browser may print a page's trail as one line ("You are here: Home » World »
    Dockers walk out"): when block ``index`` is such a trail, of short items with no
    sentence in them before the last, the last item is the headline and the trail before
    it goes (reason ``page-chrome``). Only on a page (the page filter cut some of it).
    """
    text = draft.blocks[index].text
    match = _CRUMB_SEPARATOR.search(text)
    if match is None or not _page_cut(draft):
        return None
    sep = match.group()
    parts = text.split(sep)
    parts[0] = parts[0].rpartition(": ")[2]  # a label before the trail: "You are here:"
    if len(parts) <= _CRUMB_ITEMS or any(
        not p or p.count(" ") >= _CRUMB_ITEM_SPACES or p[-1] in ".!?;" for p in parts[:-1]
    ):
        return None
    draft = draft.cut(index, len(text) - len(parts[-1]), reason="page-chrome")
    return take_headline(draft, index)


def _take_kicked(draft: Draft, index: int) -> Draft | None:
    """Capture the headline of a page dump with the kicker its title line gives, or None.

    A page's ``<title>`` (a whole-page dump's first line) may give the headline with its
    kicker ("Harbour strike: Dockers walk out | Example Times") where the page shows the
    kicker on a line of its own above the headline ("Harbour strike", then "Dockers walk
    out"). When block ``index`` is the title's part after the colon and the line above it
    is the kicker, the headline is the title with its kicker (the text the page gives
    as one). Only on a page (the page filter cut some of it).
    """
    if not _page_cut(draft):
        return None
    source = draft.source
    first = patterns.FIRST_LINE.search(source)
    block = draft.blocks[index]
    if first is None or block.start < first.end():
        return None
    text = block.text
    title = _site_cut(" ".join(first.group().split()), source)
    for sep in _KICKER_SEPARATORS:
        if len(title) > len(text) + len(sep) and title.endswith(sep + text):
            kicker = title[: -len(text) - len(sep)]
            if kicker.count(" ") < _KICKER_SPACES and _kicker_above(source, block.start, kicker):
                return draft.capture([index], field="headline", value=title)
    return None


def _kicker_above(source: str, start: int, kicker: str) -> bool:
    """Tell whether the lines right above ``start`` are ``kicker`` alone, maybe with the
    colon after it on a line of its own (a page dump of ``<span>Strike</span>: ...``)."""
    lines = source[max(0, start - len(kicker) - _KICKER_GAP) : start].split("\n")
    above = [" ".join(line.split()) for line in lines[1:] if line.strip()][-2:]
    if above[-1:] == [":"]:
        above = above[:-1]
    return bool(above) and above[-1] in (kicker, f"{kicker}:", f"{kicker} :")


def _take_unglued(draft: Draft, index: int) -> Draft | None:
    """Capture the headline of a page dump with its kicker's colon, or return None.

    A text browser prints a headline's kicker and title run together where the page
    sets them apart ("Harbour strike Dockers walk out"); the page may give them again
    with the colon between them (a breadcrumb's last item: "Harbour strike: Dockers
    walk out"). When block ``index`` is that text less one colon after a short kicker,
    and the page elsewhere gives it with the colon, the headline is the text with it.
    Only on a page (the page filter cut some of it).
    """
    if not _page_cut(draft):
        return None
    text = draft.blocks[index].text
    if text.count(" ") < _TITLE_SPACES or ":" in text:
        return None
    source = draft.source
    spaces = [i for i, c in enumerate(text) if c == " "][:_KICKER_SPACES]
    if not any(f"{text[:i]}:" in source for i in spaces):
        return None  # (a cheap test first: no kicker with a colon after it)
    # The text's words, a colon allowed after each of the first few: a page's copy with
    # exactly one is the headline's form. (Literal words between runs of spaces: no
    # backtracking beyond one gap.)
    words = [regex.escape(w) for w in text.split(" ")]
    gaps = [r":?\s+" if n < _KICKER_SPACES else r"\s+" for n in range(len(words) - 1)]
    pattern = regex.compile(
        r"(?<!\w)" + "".join(w + g for w, g in zip(words, [*gaps, ""], strict=True)) + r"(?!\w)"
    )
    for match in pattern.finditer(source):
        if match.group().count(":") == 1:
            value = " ".join(match.group().split())
            return draft.capture([index], field="headline", value=value)
    return None


def _site_cut(line: str, source: str) -> str:
    """Return a page's title ``line`` without the site's name and section after it: each
    part after a separator, from the end, that is short, no sentence, and a domain
    ("taz.de"), a date, or named again in ``source`` with no separator before it
    ("Example Times" in the footer; a headline's second part, "X - Y", is printed again
    with its first)."""
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
                is_site_name(tail, None)
                or source.count(tail) > source.count(sep.group() + tail)
                or read_timestamp(tail) is not None  # the day's date: "X – Site – 13.06.2023"
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


def _cut_above_byline(draft: Draft, index: int) -> str | None:
    """Return the headline the page filter cut just above an English "By" line it kept
    to start the story (block ``index``), or None.

    The page filter keeps an English "By" line wherever it stands; when the story's
    span starts at it, the line the filter cut right above it (nothing between them) is
    the headline when it reads as one: a line of four words or more, no list item's
    marker before it, no interface phrase.
    """
    block = draft.blocks[index]
    if block.kind == "li" or block.text[:3].lower() != "by " or byline_names(block) is None:
        return None
    above = max(
        (r for r in draft.removed if r.end <= block.start and r.end > r.start),
        key=lambda r: r.end,
        default=None,
    )
    if (
        above is None
        or above.reason != "page-chrome"
        or draft.source[above.end : block.start].strip()
        or "\n" in above.text
        or not (above.text[0].isalnum() or above.text[0] in _QUOTES)  # a list item's marker
        or above.text.count(" ") < _TITLE_SPACES  # a label ("News", "Print")
        or not _reads_as_headline(above.text)
        or has_chrome_phrase(above.text)
    ):
        return None
    return above.text


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
    if not _has_list_item(draft.blocks, start):
        # Only list items join the run (below): a text with none after the headline
        # (most text) has no bullets, and its lead is not worked out for nothing.
        return draft
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


def _has_list_item(blocks: tuple[Block, ...], start: int) -> bool:
    """Tell whether a block from ``start`` on is a list item (a necessary condition for
    :func:`bullets` to take a run; ``tests/test_text_path_speed.py``)."""
    return any(block.kind == "li" for block in itertools.islice(blocks, start, None))


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
