"""The page filters: find the story in a whole-page dump and take the page furniture out.

``page`` locates the story: the densest run of prose on the page (a maximum-sum run of
block scores, prose scoring by its length, everything else a small penalty) and its
headline: of the title-like lines near the span's start, the one the page marks as a
headline most (a byline or timestamp below it, a teaser, a breadcrumb or the page's
title repeating it; not a kicker, caption, label or name; see ``_HEADLINE_WEIGHTS``).
Menus, banners, related links and footers outside that span go, recorded with reason
``page-chrome``. ``furniture`` then takes out what stands
inside the story's span: image captions (``caption``), consent/sign-up/share/"read
more" blocks (``chrome-phrase``), runs of short link lines (``link-list``), text-browser
form debris (``form-debris``) and blocks the page repeats (``repeated``).

Both work from signals that hold in any language: block length, sentence punctuation,
runs of short lines, repetition; the phrase vocabulary in :mod:`wireclean.patterns` only
confirms. Text that is a single story with no page around it passes through unchanged.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from wireclean import patterns
from wireclean.dates import find_timestamp, read_timestamp
from wireclean.filters._shape import (
    chrome_phrases,
    consent_notices,
    doubled_half,
    has_chrome_phrase,
    has_photo_credit,
    is_furniture,
)
from wireclean.filters.byline import byline_names
from wireclean.model import Block
from wireclean.names import split_names
from wireclean.pipeline import Draft
from wireclean.text import display_width

__all__ = ["furniture", "is_prose", "page"]

#: Why each block goes (the furniture filter's marks), by index; None for a block that
#: stays. A list, not a dict: a page of a million blocks marks most of them.
Marks = list[str | None]

#: Penalty of a block that is not prose: a run of menu lines costs this much per line.
_PENALTY = 4.0
#: The score after a story's closing credit line, or of a comment-section heading:
#: nothing past it joins the story.
_BARRIER = -1e9
#: Context words of HTML blocks that are page furniture (see patterns.CONTEXT_*);
#: "header" counts only outside an <article>.
_CHROME_CONTEXT = frozenset(
    "header footer form dialog share related promo comment figure nav".split()
)
#: (issue #6) Context words whose blocks go inside the story's span as well, once the
#: other rules had their say (:func:`_mark_context`): on the fundus pages, of the
#: blocks of these that the story's span kept, all but never any held story text (11
#: of ~560 shingles); an author box's or byline's short lines (a name, "Senior
#: editor") go with its prose; a box of facts beside the story, a video player and a
#: notice (the HTML reader's "factbox", "media" and "notice") are no part of its text.
_LATE_DROP_CONTEXT = frozenset(
    "figure nav share comment related cookie author byline factbox media notice".split()
)
#: Of those, the ones whose blocks the furniture filter drops inside the story: on the
#: fundus pages, under 1% of their blocks hold story text (nav, aside, newsletter and
#: advert markup wraps story text too often to drop for it).
_DROP_CONTEXT = frozenset("form dialog figure".split())
#: The context word the HTML reader gives a block that is (nearly) all link text.
_LINK_WORD = "link"
#: Penalty of a short block with a chrome phrase ("Share", "Newsletter", "Anzeige").
_CHROME_PENALTY = 15.0
#: The two penalties as scores, one float object each (a page of a million menu lines
#: scores each of them so: negating a penalty per block would make a float per block).
_MINUS_PENALTY = -_PENALTY
_MINUS_CHROME_PENALTY = -_CHROME_PENALTY
#: Characters per word-like unit, so scripts without spaces score like the others.
_CHARS_PER_UNIT = 6
#: A block this long is prose even without sentence punctuation.
_LONG = 160
#: Shortest prose block ending in sentence punctuation.
_SHORT_PROSE = 20
#: Characters of a word, at most, for a look at a line's first words.
_WORD_CHARS = 12
#: Teaser cards: fewest in a run, and fewest and most blocks from one's date to the next.
_CARDS = 3
_CARD_MIN = 2
_CARD_MAX = 8
#: Most characters of one card's blocks between two dated lines, and most prose units
#: of the story's span below the run of cards.
_CARD_CHARS = 800
_CARD_TAIL = 30.0
# A card's dated line above a story is short ("Malaysia / 5 h ago", "Jane Doe 08.07.2024").
_CARD_DATE = 60
#: Longest teaser below a card's title, and most prose blocks of a card (its teaser
#: and a caption).
_TEASER_CHARS = 300
_CARD_PROSE = 2
#: (issue #2) Fewest blocks past a span's first block that a run of cards needs, at the
#: span's head (:func:`_after_head_cards`: three dated lines two blocks apart, a
#: paragraph below the last) and at its end (:func:`_before_tail_cards`: three card
#: titles two blocks apart between its first block and its last, or three dated lines
#: or titles from its fourth block on): a shorter span is left as it is, unread.
_HEAD_CARDS_SPAN = (_CARDS - 1) * _CARD_MIN + 1
_CARDS_SPAN = (_CARDS - 1) * _CARD_MIN + 2
#: A part of the page outside the story this long is page furniture, whatever it says.
_PAGE_PART = 5
#: (issue #2) Whether the dump-only passes and span refinements are skipped where the
#: page cannot hold what they look for: each such gate is a necessary condition of
#: what its pass does, so the output is the same without them
#: (``tests/test_dump_gates.py`` turns them off to check it).
_GATES = True

# The headline of a page (_headline_index) ------------------------------------------------
#: How far above the story's first prose block the headline may stand, and how far below
#: it (past one long block at most).
_LOOKBACK = 70
_LOOKAHEAD = 8
#: Fewest words of a headline (shorter lines are kickers and labels more often), words
#: beyond which a line looks more like a caption, and the longest headline.
_HEADLINE_MIN_WORDS = 4
_HEADLINE_WORDS = 16
_HEADLINE_MAX = 220
#: How many of the story's first prose blocks a headline shares its words with, and the
#: fewest letters of a word that counts.
_LEAD_BLOCKS = 3
_LONG_WORD = 4
#: How many blocks below the headline, and above the story's first paragraph, stay
#: whatever they are (teaser, byline, time, caption).
_HEAD_ZONE = 3
#: How far below a headline its byline or timestamp may stand.
_META_REACH = 5
#: Fewest spaces in a teaser below a headline.
_TEASER_WORDS = 7
#: Longest credit line below a caption ("Photo by Jane Doe/Getty Images").
_CREDIT_LINE = 60
#: How far above a headline its breadcrumb may stand; most words of a breadcrumb's item
#: ("Home", "Landkreis München"); how far below a trail's last item the next non-item
#: may stand (past furniture).
_CRUMB_REACH = 6
_CRUMB_ITEM_WORDS = 3
_TRAIL_REACH = 3
#: How far above a headline the breadcrumb's last item may stand, and the least share of
#: the headline's words it gives, to stand for the headline.
_CRUMB_GAP = 2
_CRUMB_SHARE = 0.6
#: How far from a headline a copy of it with the kicker's colon may stand.
_VARIANT_REACH = 3
#: Most characters of what follows the title there (the site's name and section).
_SITE_CHARS = 100
#: Most words of one person's name.
_NAME_WORDS = 4
#: Marks of a menu's items that a text browser leaves in the text (lynx's nested lists).
_MENU_MARKS = ("+ ", "o ", "# ")
#: An image's label has fewer spaces than this ("Article thumbnail image").
_LABEL_WORDS = 4
#: Joins of a small letter and a capital in one word of menu items glued together.
_GLUED_JOINS = 3
#: Fewest words of a line of menu items run together.
_MENU_RUN_WORDS = 6
#: Most words, and characters, of a kicker run into a copy of the headline.
_KICKER_WORDS = 3
_KICKER_CHARS = 40
#: Characters of a script written without spaces (Chinese, Japanese) that count as one
#: word of a line: a headline of thirty such characters has about as many words as one
#: of ten in a spaced script.
_UNSPACED_WORD_CHARS = 3

# The story's furniture ---------------------------------------------------------------------
#: Shortest run of short blocks inside the story that is taken for a link list.
_LIST_RUN = 3
#: Characters of a script written without spaces (Chinese, Japanese) from which a line is
#: a piece of a paragraph that a text browser wrapped, not a link's title: lynx breaks
#: such paragraphs into lines of some seventy characters, none of which need end in a
#: full stop, and a headline in a list of links is seldom over fifty.
_UNSPACED_LINE = 60
#: Such a line is running text when a sentence ends in it ("。") or it holds this many
#: commas ("、"); a photo's caption this long has one at most.
_UNSPACED_COMMAS = 2
#: Blocks with fewer spaces than this are "short" for chrome phrases and story ends.
_CHROME_WORDS = 8
#: A share row's heading has fewer spaces than this; its buttons are labels of at most
#: this many characters, and it has at most this many of them.
_SHARE_HEADING_WORDS = 4
_BUTTON_CHARS = 20
_SHARE_BUTTONS = 10
#: A paragraph shorter than this with a sure chrome phrase is a box's, not the story's.
_BOX_CHARS = 300
#: Blocks shorter than this are not "repeated" furniture (dates, names repeat honestly).
_REPEAT_MIN = 30
#: Characters of a paragraph whose spaces are counted before all of its spaces are.
_SPACE_PREFIX = 256


def is_prose(text: str) -> bool:
    """Tell whether a block's text reads as running text, in any script."""
    if len(text) >= _LONG or (2 * len(text) >= _LONG and display_width(text) >= _LONG):
        return True  # (what _long_line tells, asked here without a call)
    if text[-1] in "。！？" or _credited_sentence(text):
        return len(text) >= _SHORT_PROSE // 2
    return len(text) >= _SHORT_PROSE and text[-1] in patterns.SENTENCE_END and text.count(" ") >= 3


def _long_line(text: str) -> bool:
    """Return ``display_width(text) >= _LONG``: a text this long is this wide (a
    character takes one column or two), so there is no need to look for wide characters
    in a long paragraph, nor in a line too short to be that wide with all of them wide."""
    return len(text) >= _LONG or (2 * len(text) >= _LONG and display_width(text) >= _LONG)


def _credited_sentence(text: str) -> bool:
    """Tell whether a Chinese or Japanese paragraph ends in a full stop and its
    reporters' or agency's credit in brackets ("...と発表した。【ロンドン山田太郎】",
    "...。（共同）", issue #4): the story's last paragraph, not a caption."""
    opener = _CREDIT_BRACKETS.get(text[-1])
    if opener is None:
        return False
    opening = text.rfind(opener)
    return opening > 0 and len(text) - opening <= _CREDIT_CHARS and text[opening - 1] in "。！？"


#: (issue #4) The brackets of a reporters' or agency's credit after a story's last
#: full stop ("【ロンドン山田太郎】", "（共同）"), closing to opening, and the longest credit.
_CREDIT_BRACKETS = {"】": "【", "）": "（"}
_CREDIT_CHARS = 30


def _chrome_context(block: Block) -> str | None:
    """Return the furniture word of an HTML block's context ("nav", "share"), if any."""
    context = block.context
    return _context_chrome_word(context) if context else None


@functools.lru_cache(maxsize=1024)
def _context_chrome_word(context: str) -> str | None:
    """Return the furniture word of a block's context: read once per context, which a
    page's blocks share (a site's template: a few dozen contexts on a page)."""
    words = context.split()
    for word in words:
        if word in _CHROME_CONTEXT and not (word == "header" and "article" in words):
            return word
    return None


def _score(block: Block) -> float:
    text = block.text
    context = block.context  # (what _chrome_context reads, asked here without a call)
    if context and _context_chrome_word(context) is not None:
        return _MINUS_CHROME_PENALTY
    text = _undated(text)
    # Spaces counted in a long paragraph's first few hundred characters first: when
    # they hold enough, so does the paragraph (no pass over all of it).
    short = text.count(" ", 0, _SPACE_PREFIX) < _CHROME_WORDS and text.count(" ") < _CHROME_WORDS
    prose = is_prose(text)  # a pure test, asked once
    if not short and not prose:
        return _MINUS_PENALTY  # what the tests below give such a block, chrome phrases or not
    chrome = _chrome(text, short=short)
    if prose and not chrome:
        return _prose_units(text, block.kind)
    if short and _story_end(text) and not _open_clause(text):
        return _BARRIER
    return _MINUS_CHROME_PENALTY if chrome and short else _MINUS_PENALTY


def _undated(text: str) -> str:
    """Return a block's text for scoring: without its wire dateline, which the dateline
    filter cuts and the story's rendering writes back in its own form."""
    dateline = patterns.match_dateline(text)
    return text if dateline is None else text[dateline.end() :] or text


def _prose_units(text: str, kind: str) -> float:
    """Return a prose block's score: its width in units, half for a list item."""
    units = display_width(text) / _CHARS_PER_UNIT
    return units if kind != "li" else units / 2


def _open_clause(text: str) -> bool:
    """Tell whether a short line is a sentence's first words, broken off at a link or a
    quote (issue #4: BeautifulSoup's text), not a comment section's heading: it ends in
    a small word of :data:`_SHORT_WORD` letters at most ("Les commentaires allaient de",
    "Readers' comments came in"), as no heading does ("Leave a comment", "Kommentare
    lesen")."""
    word = text[text.rfind(" ") + 1 :]
    return word.isalpha() and word.islower() and len(word) <= _SHORT_WORD


#: (issue #4) Fewest copies of a label the page sets between its paragraphs for it to
#: go before runs of short lines are read ("Article content" between every two).
_PARAGRAPH_LABELS = 5

#: (issue #4) Most blocks from a skip link to the line that closes its box, and the
#: longest such line.
_SKIP_BOX_BLOCKS = 30
_SKIP_LINE = 60


def _skip_boxes(blocks: tuple[Block, ...]) -> list[range]:
    """Return the boxes the page lets a reader skip (issue #4): from a skip link's line
    ("skip past newsletter promotion") to the line that closes the box it names ("after
    newsletter promotion"), :data:`_SKIP_BOX_BLOCKS` blocks below it at most, both
    lines included (``patterns.SKIP_BOX_OPEN`` and ``SKIP_BOX_CLOSE``)."""
    boxes: list[range] = []
    for i, block in enumerate(blocks):
        text = block.text
        if len(text) > _SKIP_LINE or text[:4].lower() != "skip":
            continue
        opened = patterns.SKIP_BOX_OPEN.fullmatch(text)
        if opened is None:
            continue
        what = opened.group("what").lower()
        for j in range(i + 1, min(len(blocks), i + _SKIP_BOX_BLOCKS + 1)):
            below = blocks[j].text
            closed = patterns.SKIP_BOX_CLOSE.fullmatch(below) if len(below) <= _SKIP_LINE else None
            if closed is not None and closed.group("what").lower() == what:
                boxes.append(range(i, j + 1))
                break
    return boxes


def _mark_skip_boxes(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark a box the page lets a reader skip inside the story (issue #4:
    :func:`_skip_boxes`), a sign-up form or an advert, as ``chrome-phrase``."""
    for box in _skip_boxes(blocks):
        for i in box:
            if reasons[i] is None:
                reasons[i] = "chrome-phrase"


#: (issue #4) Glued joins of a long line that is a text browser's run of menu links
#: ("KontaktImpressumDatenschutzhinweise..."): a story's paragraph has none or a name
#: or two ("McDonald", "YouTube").
_GLUED_MENU = 6


def _glued_menu(text: str) -> bool:
    """Tell whether a long line with no sentence end is menu links glued together:
    :data:`_GLUED_MENU` small letters right before a capital that opens a word."""
    joins = patterns.GLUED_CAPITAL.finditer(text)
    return sum(1 for _ in itertools.islice(joins, _GLUED_MENU)) >= _GLUED_MENU


#: (issue #4) A text browser or BeautifulSoup's text may run the page's share row or a
#: "Comments" label into the end of a long paragraph: in a block longer than twice
#: this, the chrome phrases of its last this many characters do not count.
_GLUED_TAIL = 200


def _rescore_dump_blocks(blocks: tuple[Block, ...], scores: list[float]) -> None:
    """Correct the scores of the blocks with no context (a text dump's: an HTML block's
    context tells more) for what a renderer ran together (issue #4): a paragraph-long
    line of menu links glued into words (:func:`_glued_menu`) is no prose, and a long
    paragraph is prose when its chrome phrases stand in its last :data:`_GLUED_TAIL`
    characters only (the share row or a "Comments" label BeautifulSoup's text ran
    into it), and a notice about the comment section is a barrier
    (:func:`_comment_notice`)."""
    for i, block in enumerate(blocks):
        score = scores[i]
        if block.context or not score:
            continue
        text = block.text
        if score > 0:
            # A prose block with no sentence end is a long one: no need to count spaces.
            if text[-1] not in patterns.SENTENCE_END and _glued_menu(text):
                scores[i] = _MINUS_PENALTY
        elif score == _MINUS_PENALTY and _comment_notice(text):
            scores[i] = _BARRIER
        elif score == _MINUS_PENALTY and len(text) > 2 * _GLUED_TAIL:
            text = _undated(text)
            short = text.count(" ") < _CHROME_WORDS
            if (
                is_prose(text)
                and _chrome(text, short=short)
                and not _chrome_head(text, short=short)
            ):
                scores[i] = _prose_units(text, block.kind)


#: (issue #2) How far past the start of a chrome phrase's first word the words around it
#: are read, at least, by :func:`_chrome_head` (the phrase's other words and the
#: spaces between them).
_PHRASE_REACH = 60


def _chrome_head(text: str, *, short: bool) -> bool:
    """Return ``_chrome(text[:-_GLUED_TAIL], short=short)``: whether the chrome phrases of
    a long paragraph's text above its last :data:`_GLUED_TAIL` characters count.

    (issue #2) First from a few words around one of the whole text's phrases that
    stand in that head (an ASCII text's): from the last space before the phrase's
    first word to a space past it. A space ends a word, so those words are a run of
    the head's own, and the phrases they hold are among the head's; the more phrases,
    the surer :func:`_chrome` says yes. Only when they do not tell is the whole head
    read (a paragraph that names "comments" in its middle is not read twice).
    """
    end = len(text) - _GLUED_TAIL
    if end > 0 and text.isascii():
        low = text.lower()
        for phrase in chrome_phrases(text):
            at = low.find(phrase[0])
            if at < 0:
                continue
            start = max(0, low.rfind(" ", 0, at))
            stop = low.find(" ", at + _PHRASE_REACH, end)
            if stop >= 0 and _chrome(text[start:stop], short=short):
                return True
    return _chrome(text[:-_GLUED_TAIL], short=short)


#: (issue #4) Most words of a notice about the comment section: a sentence
#: (BeautifulSoup's text runs a script notice into its link: "Please enable JavaScript
#: to view the comments powered by Disqus.").
_NOTICE_WORDS = 2 * _CHROME_WORDS


def _comment_notice(text: str) -> bool:
    """Tell whether a dump's block is a short sentence that names the comments and
    holds another chrome phrase ("enable JavaScript"): a notice where the comment
    section starts, a sure end of the story as a comment heading is (issue #4)."""
    if text.count(" ") >= _NOTICE_WORDS or not _story_end(text):
        return False
    return len(chrome_phrases(text)) > 1


def _unscore_file_name_cards(blocks: tuple[Block, ...], scores: list[float]) -> None:
    """Score a dump's block that is an image's file name run into a card's few words
    (:func:`_file_name_card`: "Videos Jane-Doe-speaks-at-a-rally-in-Paris 01:32 min")
    as no prose (issue #4): its length is the name's, and a card below the story
    would join the story's span for it."""
    for i, block in enumerate(blocks):
        if (
            scores[i] > 0
            and not block.context
            and "-" in block.text
            and _file_name_card(block.text)
        ):
            scores[i] = _MINUS_PENALTY


#: (issue #4) Longest block that a site's search box opens (its buttons after it).
_SEARCH_CHARS = 80


def _bar_search_boxes(blocks: tuple[Block, ...], scores: list[float]) -> None:
    """Score a text browser's search box (``patterns.SEARCH_FIELD``: "Search for: [
    ]") as a barrier (issue #4): no story's text stands below one on the fundus
    dumps; it heads the sidebar (promos with long blurbs) or the footer, which would
    join the story's span across it."""
    for i, block in enumerate(blocks):
        text = block.text
        if (
            len(text) <= _SEARCH_CHARS
            and ("[" in text or "__" in text)  # (cheap first)
            and patterns.SEARCH_FIELD.match(text) is not None
        ):
            scores[i] = _BARRIER


def _chrome(text: str, *, short: bool) -> bool:
    """Tell whether a block holds a chrome phrase that counts against it as prose.

    A phrase a story's sentence uses in its plain sense (``patterns.PROSE_CHROME_PHRASES``:
    "Die Kosten teilen sich Stadt und Land", "a related case") counts in a short
    line only: a button row, never a sentence (fixture ``page-faults-von-date-share``).
    """
    hits = chrome_phrases(text)
    return bool(hits) and (short or len(hits) > 1 or not hits <= patterns.PROSE_CHROME_PHRASES)


def _best_span(scores: list[float]) -> tuple[int, int, float]:
    """Return (first, last, total) of the contiguous run with the largest total score."""
    best = (0, -1, 0.0)
    start, total = 0, 0.0
    for i, score in enumerate(scores):
        if total <= 0:
            start, total = i, 0.0
        total += score
        if total > best[2]:
            best = (start, i, total)
    return best


def _headline_index(blocks: tuple[Block, ...], first: int, skip: set[int]) -> int | None:
    """Return the index of the story's headline, near the start of its span, if any.

    ``skip`` holds the blocks that cannot be it (timestamps, bylines, consent buttons).
    The headline is the candidate with the highest score (:data:`_HEADLINE_WEIGHTS`), of
    equals the first (a headline leads); but a wrapped sentence's line loses to the best
    candidate that is none (``whole``) beside it.
    """
    # A list item is no headline (:func:`_may_be_headline`) unless it ends a trail, and
    # only a list item does (:func:`_trail_item`): one test for each, by the block's kind.
    candidates = [
        i
        for i in [*_far_heads(blocks, first, skip), *_headline_window(blocks, first)]
        if i not in skip
        and (_trail_end(blocks, i) if blocks[i].kind == "li" else _may_be_headline_at(blocks, i))
    ]
    if not candidates:
        return None
    # The lead's words, the site's titles and how often each block's text stands on the
    # page are read once a candidate needs them.
    page = _HeadlinePage(
        blocks,
        first,
        Counter([b.text for b in blocks]),  # a list: counted faster
        skip,
        _lead_words(blocks, first),
        _site_title_blocks(blocks),
    )
    best, whole = _best_scored(page, candidates)
    if (
        whole is not None
        and whole != best
        and abs(whole - best) <= _HEAD_ZONE
        and _wrapped_line(blocks, best, skip)
    ):
        best = whole  # (issue #4) a wrapped sentence's line loses to a headline beside it
    return _nearest_copy(blocks, best, first, skip)


def _best_scored(page: _HeadlinePage, candidates: list[int]) -> tuple[int, int | None]:
    """Return the candidate with the highest score, of equals the first, and the one that
    is no wrapped sentence's line (:func:`_wrapped_line`), or None when all are.

    The scores are read lazily, best first (branch and bound): every candidate's first
    stage of signals (:data:`_HEADLINE_STAGES`) is read, and then always the next stage
    of the candidate whose score could still be the highest: its stages read so far
    plus the most its other stages could add (:data:`_STAGE_GAINS`). A candidate whose
    stages are all read and that stands first so is the best: no other could pass it,
    nor equal it from an earlier place. The weights are multiples of 0.5 and the signals
    small whole numbers, so the sums are exact in any order (a test checks the choice
    against scores read whole).
    """
    last = len(_HEADLINE_STAGES) - 1
    # Each candidate as [-(the most its score could be), its place, stages read, score so far].
    states: list[tuple[float, int, int, float]] = []
    for n, i in enumerate(candidates):
        score = _stage_score(page, i, 0)
        states.append((-(score + _STAGE_GAINS[0]), n, 0, score))
    best: int | None = None
    while states:
        top = min(states)
        _, n, stage, score = top
        i = candidates[n]
        if stage < last:  # read its next stage
            stage += 1
            score += _stage_score(page, i, stage)
            states[states.index(top)] = (-(score + _STAGE_GAINS[stage]), n, stage, score)
            continue
        states.remove(top)
        if best is None:
            best = i
        if not _wrapped_line(page.blocks, i, page.stamps):
            return best, i  # the best of those that are no wrapped sentence's line
    assert best is not None  # (a candidate at least)
    return best, None


def _lower_start(text: str) -> bool:
    """Tell whether a line opens with a word in lower case ("about $300 million in
    school funding"): the rest of a sentence a text browser wrapped, no headline. A word
    with a capital after its first letter ("iPhone", "eBay") may open one. (issue #4)"""
    word = text.split(" ", 1)[0]
    return word[:1].islower() and word.islower()


def _wrapped_line(blocks: tuple[Block, ...], i: int, skip: set[int]) -> bool:
    """Tell whether block ``i`` is a line of a sentence a text browser wrapped: it
    opens in lower case, or the next line does (:func:`_lower_start`, :func:`_runs_into`).
    (issue #4)"""
    return _lower_start(blocks[i].text) or _runs_into(blocks, i, skip)


def _runs_into(blocks: tuple[Block, ...], i: int, skip: set[int]) -> bool:
    """Tell whether block ``i`` is the first line of a sentence a text browser wrapped:
    it ends in a word (no quotation mark or question mark), and the next block opens in
    lower case (:func:`_lower_start`) with no label ("erstellt: ...") and is no byline
    or time (``skip``: "by Jane Doe"), of a sentence's length. (issue #4)"""
    j = i + 1
    if j >= len(blocks) or j in skip or not blocks[i].text[-1].isalnum():
        return False
    after = blocks[j].text
    return (
        _lower_start(after)
        and not after.split(" ", 1)[0].endswith(":")
        and after.count(" ") >= _TEASER_WORDS - 1  # no byline ("di Luca Monaco")
    )


#: (issue #4) Fewest blocks from a headline down to its copy for what stands
#: between them to be a list of other stories (:func:`_nearest_copy`).
_LIST_GAP = 10


def _nearest_copy(blocks: tuple[Block, ...], i: int, first: int, skip: set[int]) -> int:
    """Return the last copy of headline ``i`` above the story's first prose block
    ``first``, or ``i`` (issue #4): a page's list of its latest stories above the
    story prints the story's title too, and what stands between the two copies is
    that list, not the story's head. A sentence between the two (a teaser of
    :data:`_TEASER_WORDS` words or more) is the story's standfirst under its headline,
    which the page prints again further down (above a photo, in a share row); so is a
    copy fewer than :data:`_LIST_GAP` blocks below (its byline and time between)."""
    text = blocks[i].text
    for j in range(first - 1, i + _LIST_GAP - 1, -1):
        if blocks[j].text == text and j not in skip:
            if any(
                is_prose(blocks[k].text) and blocks[k].text.count(" ") >= _TEASER_WORDS
                for k in range(i + 1, j)
            ):
                return i
            return j
    return i


#: The answers of :func:`_may_be_headline` and :func:`_dated_byline` for the blocks of
#: the page read last, by index: a block of the headline's window is asked about again
#: as a kicker's headline, a standfirst's title or a variant, and a block below several
#: candidates again as their byline. Held by the identity of the blocks' tuple, with a
#: reference (a new tuple never passes for an old one; blocks are frozen, so the
#: answers hold); :func:`page` lets go of it when it is done.
_heads: tuple[tuple[Block, ...], dict[int, bool], dict[int, bool]] = ((), {}, {})


def _page_memo(
    blocks: tuple[Block, ...],
) -> tuple[tuple[Block, ...], dict[int, bool], dict[int, bool]]:
    """Return the memo of answers for ``blocks``, a new one for a new page."""
    global _heads
    heads = _heads  # read once: another thread may set it meanwhile
    if heads[0] is not blocks:
        heads = _heads = (blocks, {}, {})
    return heads


def _may_be_headline_at(blocks: tuple[Block, ...], i: int) -> bool:
    """Return ``_may_be_headline(blocks[i])``, asked once per block of a page."""
    memo = _page_memo(blocks)[1]
    known = memo.get(i)
    if known is None:
        known = memo[i] = _may_be_headline(blocks[i])
    return known


def _dated_byline_at(blocks: tuple[Block, ...], i: int) -> bool:
    """Return ``_dated_byline(blocks[i])``, asked once per block of a page."""
    memo = _page_memo(blocks)[2]
    known = memo.get(i)
    if known is None:
        known = memo[i] = _dated_byline(blocks[i])
    return known


def _forget_heads() -> None:
    """Let go of the blocks :func:`_may_be_headline_at` and :func:`_dated_byline_at` hold."""
    global _heads
    _heads = ((), {}, {})


#: The weight of each headline signal (:func:`_headline_signals`). Each signal holds in
#: any language; the weights were fitted (coordinate search, then rounded) on the
#: fundus pages' w3m, lynx and bs4 dumps: the true title scores highest on 86% of the
#: dumps where it is a candidate; fitted on half the pages, 77-83% on the other half.
#: (issue #4) "menu_run" was set by hand, not fitted: no true title of the fundus pages
#: reads as one, and it must outweigh what a menu line shares with the story's lead.
_HEADLINE_WEIGHTS: dict[str, float] = {
    "lead_words": 4,  # shares a word with the story's first paragraphs: it is about them
    "below": -1,  # the story's first prose block, or a block below it
    "past_long": -5,  # below a long block of the story's
    "trail_end": 1,  # the last item of a breadcrumb trail ("Home", "World", the title)
    "repeated": 3,  # printed again further off (share text, related link)
    "crumbed": 6,  # a breadcrumb just above ends with it
    "titled": 5,  # the page's title repeats it with the site's name ("X | Site")
    "caption": -6,  # a credit line below it, or a copy with the credit; a credit at its end
    "meta_below": 4,  # a byline or timestamp follows closely
    "teaser_below": 1.5,  # a longer sentence follows
    "chrome": -3,  # a chrome phrase, or a "3 hours ago"
    "label": -5,  # an image's or a button's label ("Article thumbnail image")
    "menu_mark": -5,  # a menu item's mark left in the text ("+ World")
    "menu_run": -10,  # menu items run into one line ("Welt Business Politik Green Next ...")
    "names": -6,  # names alone: a byline without "By"
    "date": -2,  # a year or a clock time
    "long": 1.5,  # four words or more
    "three_words": -2,  # a kicker ("Irish presidential election") more often
    "short": -1.5,  # two words or fewer
    "kicker": -2,  # short, and a headline right below it
    "excess_words": -0.5,  # per word over sixteen: captions run long
    "length": 5,  # 20 to 150 characters
    "heading": 2,  # an <h1> or <h2> (HTML)
    "under_title": -3,  # a long line right below a shorter title about the same thing
}


class _HeadlinePage:
    """What the headline's signals read of a page besides the candidate: its blocks, the
    story's first prose block, how often each text stands on the page, the stamps
    (bylines, times), the story's lead blocks and the site's titles."""

    __slots__ = ("blocks", "first", "lead", "seen", "stamps", "titles")

    def __init__(
        self,
        blocks: tuple[Block, ...],
        first: int,
        seen: Counter[str],
        stamps: set[int],
        lead: list[_LeadBlock],
        titles: Sequence[str],
    ) -> None:
        self.blocks = blocks
        self.first = first
        self.seen = seen
        self.stamps = stamps
        self.lead = lead
        self.titles = titles


def _headline_signals(
    blocks: tuple[Block, ...],
    i: int,
    first: int,
    seen: Counter[str],
    stamps: set[int],
    lead: list[_LeadBlock],
    titles: Sequence[str],
) -> dict[str, float]:
    """Return the signals (:data:`_HEADLINE_WEIGHTS`) that block ``i`` gives as the headline."""
    page = _HeadlinePage(blocks, first, seen, stamps, lead, titles)
    signals: dict[str, float] = {}
    for read in _STAGE_READERS:
        signals.update(read(page, i))
    return {name: signals[name] for name in _HEADLINE_WEIGHTS}


def _stage_score(page: _HeadlinePage, i: int, stage: int) -> float:
    """Return what the signals of one stage (:data:`_HEADLINE_STAGES`) add to the score
    of block ``i`` as the headline."""
    weights = _HEADLINE_WEIGHTS
    return sum(weights[name] * value for name, value in _STAGE_READERS[stage](page, i).items())


# The stages of the headline's signals (:func:`_best_scored`), each a function of the
# page and the candidate's index. The first, read for every candidate, holds the cheap
# signals and most of the large weights that a headline earns; the later ones the
# costlier signals, a candidate's chances settled the more the fewer candidates read
# them. The signals are those of :data:`_HEADLINE_WEIGHTS`, each in one stage.


def _shape_signals(page: _HeadlinePage, i: int) -> dict[str, float]:
    """Return the signals of a candidate's place, kind, length and copies."""
    blocks, first = page.blocks, page.first
    block = blocks[i]
    text = block.text
    words = _word_count(text)
    short = words < _HEADLINE_MIN_WORDS
    return {
        "below": i >= first,
        "past_long": i > first and _past_long(blocks, i, first),
        "trail_end": block.kind == "li",
        "repeated": page.seen[text] > 1 and not _repeated_nearby(blocks, i),
        "crumbed": _crumbed(blocks, i),
        "titled": _site_titled(text, page.titles),
        "menu_mark": text.startswith(_MENU_MARKS),
        "long": not short,
        "three_words": words == _HEADLINE_MIN_WORDS - 1,
        "short": words < _HEADLINE_MIN_WORDS - 1,
        "excess_words": max(0, words - _HEADLINE_WORDS),
        "length": 20 <= len(text) <= 150,
        "heading": block.kind in ("h1", "h2"),
    }


def _neighbour_signals(page: _HeadlinePage, i: int) -> dict[str, float]:
    """Return the signals of a teaser below a candidate, and of a menu run."""
    return {
        "teaser_below": _teaser_below(page.blocks, i),
        "menu_run": _menu_run(page.blocks, i),
    }


def _names_signals(page: _HeadlinePage, i: int) -> dict[str, float]:
    """Return the signal of a line of names."""
    return {"names": _names_line(page.blocks[i].text)}


def _lead_signals(page: _HeadlinePage, i: int) -> dict[str, float]:
    """Return the signal of words shared with the story's lead."""
    return {"lead_words": _shares_lead_words(page.blocks[i].text, i, page.lead)}


def _meta_signals(page: _HeadlinePage, i: int) -> dict[str, float]:
    """Return the signal of a byline or time below a candidate."""
    return {"meta_below": _meta_below(page.blocks, i, page.stamps)}


def _caption_signals(page: _HeadlinePage, i: int) -> dict[str, float]:
    """Return the signals of an image's label or caption, and of a date."""
    text = page.blocks[i].text
    return {
        "caption": _captioned(page.blocks, i)
        or patterns.CAPTION_CREDIT.search(text) is not None
        or patterns.CAPTION_CREDIT_BRACKETS.search(text) is not None,
        "label": patterns.IMAGE_LABEL.search(text) is not None,
        "date": patterns.YEAR.search(text) is not None or patterns.CLOCK.search(text) is not None,
    }


def _chrome_signals(page: _HeadlinePage, i: int) -> dict[str, float]:
    """Return the signals of chrome, a kicker and a standfirst under its title."""
    blocks = page.blocks
    text = blocks[i].text
    short = _word_count(text) < _HEADLINE_MIN_WORDS
    return {
        "chrome": has_chrome_phrase(text) or patterns.TIME_AGO.search(text) is not None,
        "kicker": short and _kicker(blocks, i),
        "under_title": _under_title(blocks, i),
    }


#: The readers of the headline's signals, stage by stage (:func:`_best_scored`).
_STAGE_READERS: tuple[Callable[[_HeadlinePage, int], dict[str, float]], ...] = (
    _shape_signals,
    _neighbour_signals,
    _names_signals,
    _lead_signals,
    _meta_signals,
    _caption_signals,
    _chrome_signals,
)

#: The names of the signals each stage reads (a test checks them against its reader).
_HEADLINE_STAGES: tuple[tuple[str, ...], ...] = (
    (
        "below",
        "past_long",
        "trail_end",
        "repeated",
        "crumbed",
        "titled",
        "menu_mark",
        "long",
        "three_words",
        "short",
        "excess_words",
        "length",
        "heading",
    ),
    ("teaser_below", "menu_run"),
    ("names",),
    ("lead_words",),
    ("meta_below",),
    ("caption", "label", "date"),
    ("chrome", "kicker", "under_title"),
)

#: The one signal that is a count, not a yes or no: words over sixteen. It has no upper
#: bound, so a positive weight on it would leave a stage's gain unbounded.
_COUNT_SIGNALS = frozenset({"excess_words"})


def _stage_gains() -> tuple[float, ...]:
    """Return, for each stage, the most the stages after it could add to a score: the
    sum of their positive weights (a yes or no signal adds its weight at most)."""
    gains: list[float] = []
    for stage in range(len(_HEADLINE_STAGES)):
        gain = 0.0
        for names in _HEADLINE_STAGES[stage + 1 :]:
            for name in names:
                weight = _HEADLINE_WEIGHTS[name]
                if weight > 0:
                    gain += float("inf") if name in _COUNT_SIGNALS else weight
        gains.append(gain)
    return tuple(gains)


#: For each stage, the most the later stages could add to a candidate's score.
_STAGE_GAINS = _stage_gains()


def _word_count(text: str) -> int:
    """Return how many words a line has: its spaces, and in a script written without
    them (Chinese, Japanese) its characters by threes ("宮崎県で震度5弱" is some words)."""
    words = text.count(" ") + 1
    if text.isascii():
        return words
    return words + len(patterns.UNSPACED_CHAR.findall(text)) // _UNSPACED_WORD_CHARS


def _under_title(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether block ``i`` is a standfirst right below its title: a summary with no
    full stop, of more than sixteen words, below a shorter line about the same thing
    that may be a headline (four words or more, a longer word shared with it)."""
    words = blocks[i].text.count(" ") + 1
    if i == 0 or words <= _HEADLINE_WORDS:
        return False
    above = blocks[i - 1]
    return (
        _HEADLINE_MIN_WORDS <= above.text.count(" ") + 1 < words
        and _may_be_headline_at(blocks, i - 1)
        and not _long_words(above.text).isdisjoint(_long_words(blocks[i].text))
    )


def _lead_words(blocks: tuple[Block, ...], first: int) -> list[_LeadBlock]:
    """Return the story's first prose blocks, one more than a headline compares with
    (the headline itself may be one of them), for a look at their words."""
    lead: list[_LeadBlock] = []
    for i in range(first, len(blocks)):
        if len(lead) > _LEAD_BLOCKS:
            break
        if is_prose(blocks[i].text):
            lead.append(_LeadBlock(i, blocks[i].text))
    return lead


class _LeadBlock:
    """One of the story's first prose blocks as a headline's words meet it: its index,
    its lower-cased text, and its words, read the first time they are needed."""

    __slots__ = ("index", "looks", "low", "words")

    def __init__(self, index: int, text: str) -> None:
        self.index = index
        self.low = text.lower()
        self.words: set[str] | None = None
        self.looks = 0  # lines ruled out by a look at the text, before the words are read

    def shares(self, words: set[str]) -> bool:
        """Tell whether the block holds one of ``words`` (lower-cased) as a word.

        A word of the block is a part of its lower-cased text: a block whose text holds
        none of them as a part shares none, and a long paragraph's words need not be
        read for the first few lines that ask (a page with many candidates for its
        headline reads them once). Its words are all of them, short ones too: longer
        words meet them where they meet the longer ones.
        """
        if self.words is None:
            if self.looks < _LEAD_LOOKS and not any(word in self.low for word in words):
                self.looks += 1
                return False
            self.words = set(patterns.phrase_words(self.low))
        return not words.isdisjoint(self.words)


#: Lines a lead block rules out by a look at its text before its words are read.
_LEAD_LOOKS = 2


def _long_words(text: str) -> set[str]:
    """Return the words of ``text`` of four letters or more, lower-cased (no short ones:
    "the", "und", "de" tell nothing of what a line is about)."""
    return {w for w in _words(text) if len(w) >= _LONG_WORD}


def _shares_lead_words(text: str, i: int, lead: list[_LeadBlock]) -> bool:
    """Tell whether block ``i`` shares a longer word with the story's first paragraphs."""
    words = _long_words(text)
    others = [b for b in lead if b.index != i][:_LEAD_BLOCKS]
    return any(b.shares(words) for b in others)


def _trail_end(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether list item ``i`` ends a breadcrumb trail and reads as a headline: an
    item after an item, the next block no item, four words or more."""
    block = blocks[i]
    # The word count first (a pure test, as the rest): most items are short, and the
    # next block's look for furniture is then not needed.
    if (
        not _trail_item(blocks, i)
        or i + 1 >= len(blocks)
        or block.text.count(" ") + 1 < _HEADLINE_MIN_WORDS
    ):
        return False
    after = next(
        (b for b in blocks[i + 1 : i + 1 + _TRAIL_REACH] if not is_furniture(b.text)), None
    )
    return (
        after is not None
        and after.kind != "li"
        and block.text.count(" ") + 1 >= _HEADLINE_MIN_WORDS
        and _may_be_headline(Block(block.text, block.start, block.end, block.line))
    )


def _trail_item(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether list item ``i`` follows a breadcrumb's item: a short list item."""
    return (
        blocks[i].kind == "li"
        and i > 0
        and blocks[i - 1].kind == "li"
        and blocks[i - 1].text.count(" ") < _CRUMB_ITEM_WORDS
    )


def _kicker(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether a headline follows block ``i`` right below: ``i`` is its kicker."""
    if i + 1 >= len(blocks):
        return False
    after = blocks[i + 1]
    return _may_be_headline_at(blocks, i + 1) and after.text.count(" ") + 1 >= _HEADLINE_MIN_WORDS


def _titled_variant(blocks: tuple[Block, ...], i: int) -> int:
    """Return the block near headline ``i`` that titles the story with the same words, or ``i``.

    A page prints its headline with the kicker run in ("Premier League Rückschlag im
    Titelkampf", "Bei Protesten 2022 Bericht: ...") beside the title as written: the
    breadcrumb's last item just above it, or a copy with the kicker's colon nearby.
    """
    words = patterns.phrase_words(blocks[i].text.lower())
    if len(words) < _HEADLINE_MIN_WORDS:
        return i
    # A copy with the same words and the kicker's colon ("Rückbau von Atomkraftwerk: ...").
    text = blocks[i].text
    for j in range(max(0, i - _VARIANT_REACH), min(len(blocks), i + 1 + _VARIANT_REACH)):
        other = blocks[j].text
        if (
            other.count(":") > text.count(":")
            and blocks[j].kind != "li"
            and _may_be_headline_at(blocks, j)
            and patterns.phrase_words(other.lower()) == words
        ):
            return j
    # The breadcrumb's last item: its words, all of them in the headline.
    for j in range(i - 1, max(-1, i - 1 - _CRUMB_GAP), -1):
        block = blocks[j]
        if block.kind != "li":
            continue
        crumb = set(patterns.phrase_words(block.text.lower()))
        if (
            len(crumb) >= _HEADLINE_MIN_WORDS
            and crumb <= set(words)
            and len(crumb) >= _CRUMB_SHARE * len(set(words))
            and _may_be_headline(Block(block.text, block.start, block.end, block.line))
        ):
            return j
        break
    return i


def _headline_window(blocks: tuple[Block, ...], first: int) -> list[int]:
    """Return the indices where the headline may stand: above the story's first prose
    block, that block itself, and a few blocks below it, past one long block at most (a
    menu run into one line, a caption with its credit, or a copy of a block since the
    first, a caption's alt text, is not counted). A form's fields ("Email* [ ]",
    "Email* ________") do not count among the few blocks either."""
    below = [first]
    long_blocks = 0
    end = min(len(blocks), first + 1 + _LOOKAHEAD)
    i = first + 1
    while i < end:
        text = blocks[i - 1].text
        field = _form_field(text)
        if field:
            end = min(len(blocks), end + 1, first + 1 + 2 * _LOOKAHEAD)
        if (
            not field
            and _long_line(text)
            and not _menu_line(text)  # a menu run into one line is no story
            and not any(blocks[j].text == text for j in range(first, i - 1))  # nor a copy
            and not has_photo_credit(text)  # nor a caption
        ):
            long_blocks += 1
            if long_blocks > 1:
                break
        below.append(i)
        i += 1
    return [*range(max(0, first - _LOOKBACK), first), *below]


#: (issue #4) Most blocks above the story's first prose block that the headline may
#: stand, list items counted, where a byline or a time follows it (:func:`_far_heads`).
_LOOKBACK_ITEMS = 2 * _LOOKBACK


def _far_heads(blocks: tuple[Block, ...], first: int, stamps: set[int]) -> list[int]:
    """Return the blocks above the headline's window (:func:`_headline_window`) where
    the headline may still stand: within :data:`_LOOKBACK` blocks of the story's first
    prose block ``first`` when list items are not counted (a subscription box's or a
    share row's items between the headline and the story: "• Exclusive articles",
    "• [ico] Reddit"), :data:`_LOOKBACK_ITEMS` blocks at most, and with a byline or a
    time right below it (:func:`_meta_below`)."""
    near = max(0, first - _LOOKBACK)
    start = first
    counted = 0
    floor = max(0, first - _LOOKBACK_ITEMS)
    while start > floor and counted < _LOOKBACK:
        start -= 1
        counted += blocks[start].kind != "li"
    if start >= near:
        return []
    # Whether each block below is a byline or a time is asked once (:func:`_meta_at`),
    # not once for each of the blocks above it that it is near (as :func:`_meta_below`).
    meta = [
        _meta_at(blocks, j, stamps) for j in range(start + 1, min(len(blocks), near + _META_REACH))
    ]
    return [i for i in range(start, near) if any(meta[i - start : i - start + _META_REACH])]


def _form_field(text: str) -> bool:
    """Tell whether a line holds a form's field as a text browser draws it: "[ ]" (w3m),
    "________" (lynx)."""
    return ("[" in text and patterns.FORM_DEBRIS.search(text) is not None) or (
        "_" in text and patterns.TEXT_FIELD.search(text) is not None
    )


def _menu_line(text: str) -> bool:
    """Tell whether a line is a run of menu items: six words or more, each but one
    capitalised, no punctuation ("Welt Business Politik Green Next Gesundheit Reise").
    A headline has punctuation or a small word in lower case ("to", "und", "de")."""
    # Pure tests, the characters first: a paragraph's first comma or full stop rules it
    # out, with no pass over its words.
    if patterns.MENU_LINE_CHARS.fullmatch(text) is None:
        return False
    words = text.split()
    return len(words) >= _MENU_RUN_WORDS and sum(word[0].islower() for word in words) <= 1


def _menu_run(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether block ``i`` is a run of menu items (:func:`_menu_line`) that names an
    item twice, or eight items or more, or starts with a heading just above it
    ("Erzgebirge" / "Erzgebirge Annaberg Aue Marienberg ...")."""
    text = blocks[i].text
    if not _menu_line(text):
        return False
    words = [w.lower() for w in text.split() if len(w) >= _LONG_WORD - 1]
    return (
        len(set(words)) < len(words)
        or text.count(" ") + 1 >= 2 * _MENU_RUN_WORDS - 4
        or any(text.startswith(blocks[j].text + " ") for j in range(max(0, i - _VARIANT_REACH), i))
    )


def _past_long(blocks: tuple[Block, ...], i: int, first: int) -> bool:
    """Tell whether a long block stands between the story's first prose block and block
    ``i`` (a form's field, long with its blanks, is none)."""
    return any(
        _long_line(blocks[j].text) and not _form_field(blocks[j].text) for j in range(first, i)
    )


def _may_be_headline(block: Block) -> bool:
    """Tell whether a block may be a page's headline: a short paragraph that is no sentence,
    label, timestamp, byline, form, credit or story end, no interface string ("Skip to
    main content") or text browser's debris ("#alternate", "(BUTTON)", "12 of 12 |"),
    no weather box and no menu items glued together."""
    text = block.text
    return not (
        block.kind == "li"
        or not 3 <= len(text) <= _HEADLINE_MAX
        or text[-1] in ".,;:。"
        or _word_count(text.strip()) < 2
        or is_furniture(text)
        or read_timestamp(text) is not None
        or (patterns.BYLINE.fullmatch(text) is not None and not kicker_titled(text))
        or patterns.FORM_DEBRIS.search(text) is not None
        or patterns.META_LABEL.match(text) is not None
        or patterns.CREDIT_LABEL.match(text) is not None
        or _story_end(text)
        or _headline_ui(text)
        or _headline_debris(text)
        or len(patterns.TEMPERATURE.findall(text)) > 1
        or _glued(text)
    )


def _fold_case(text: str) -> str:
    """Return ``text`` case-folded as :func:`_folded_search` reads it: ``str.casefold()``
    (full folding, "ß" as "ss"), without the combining dot above that "İ" folds to
    besides its "i" (which the ``regex`` engine, ignoring case, matches to an "i")."""
    return text.casefold().replace("\u0307", "")


def _folded_search(phrases: Iterable[str]) -> Callable[[str], re.Match[str] | None]:
    """Return a search for ``phrases`` in a text folded by :func:`_fold_case` (issue #6).

    A run of characters that a pattern of :mod:`wireclean.patterns` matches to a phrase
    ignoring case (its engine folds case fully) folds to the phrase's folding, one
    character at a time (a test checks it for every character), so the phrase stands
    in the folded text: a text where no phrase stands needs no look by the pattern. The
    standard library's engine finds plain words in a short line several times as fast
    as the pattern fails there."""
    return re.compile("|".join(re.escape(_fold_case(p)) for p in phrases)).search


#: (issue #6) The folded words that a match of ``patterns.STORY_END`` and of
#: ``patterns.HEADLINE_UI`` holds (a newsletter's promise holds "inbox"): a line with
#: none is spared the pattern (tests check the two agree).
_STORY_END_WORDS = _folded_search(patterns.STORY_END_PHRASES)
_HEADLINE_UI_WORDS = _folded_search((*patterns.HEADLINE_UI_PHRASES, "inbox"))


def _story_end(text: str) -> bool:
    """Return ``patterns.STORY_END.search(text) is not None``, a line with no story-end
    word ruled out first (:data:`_STORY_END_WORDS`)."""
    return (
        _STORY_END_WORDS(_fold_case(text)) is not None
        and patterns.STORY_END.search(text) is not None
    )


def _headline_ui(text: str) -> bool:
    """Return ``patterns.HEADLINE_UI.search(text) is not None``, a line with none of its
    words ruled out first (:data:`_HEADLINE_UI_WORDS`)."""
    return (
        _HEADLINE_UI_WORDS(_fold_case(text)) is not None
        and patterns.HEADLINE_UI.search(text) is not None
    )


def _headline_debris(text: str) -> bool:
    """Return ``patterns.HEADLINE_DEBRIS.search(text) is not None`` (issue #6): each of
    its branches holds "(BUTTON)", or starts the line with "#", "IFRAME:" or an ASCII
    digit, or ends it (or its last line) with " |"; a line with none of those is
    spared the pattern (a test checks the two agree)."""
    return (
        text[:1] in _DEBRIS_OPENERS or text.endswith((" |", " |\n")) or "(BUTTON)" in text
    ) and patterns.HEADLINE_DEBRIS.search(text) is not None


#: The first characters of a line that a branch of ``patterns.HEADLINE_DEBRIS`` anchored
#: at its start matches (a set: the empty text's ``[:1]``, "", is in every str).
_DEBRIS_OPENERS = frozenset("#I0123456789")


def _glued(text: str) -> bool:
    """Tell whether a line holds menu items glued into one word, as a text browser runs
    them together: a small letter before a capital three times in one word
    ("EnglishFrançaisDeutschItaliano"; "McDonald" has it once)."""
    # (issue #6) The words one at a time, their characters read only in a word long
    # enough for the joins (two characters each) with a capital after its first
    # character: no capital there ("Regierung", "iPhone"'s rest "Phone" has one) is
    # told by one test of the word, not a test of each of its characters.
    for word in text.split(" "):
        if len(word) >= 2 * _GLUED_JOINS and not word[1:].islower() and _glued_word(word):
            return True
    return False


def _glued_word(word: str) -> bool:
    """Tell whether a word holds a small letter before a capital three times."""
    joins = 0
    for a, b in itertools.pairwise(word):
        if a.islower() and b.isupper():
            joins += 1
            if joins >= _GLUED_JOINS:
                return True
    return False


def kicker_titled(text: str) -> bool:
    """Tell whether a line that opens as a byline does ("Von München bis Aachen: Im Netz
    der Agenten") is a headline with a kicker: a colon before a capital, and no digit (a
    byline's date and time, "Von Jane Doe 30.04.2024, 18:58")."""
    at = text.find(": ")
    return at > 0 and text[at + 2 : at + 3].isupper() and not any(map(str.isdigit, text))


def _crumbed(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether a breadcrumb just above block ``i`` ends with its text."""
    text = blocks[i].text
    for j in range(max(0, i - _CRUMB_REACH), i):
        other = blocks[j].text
        if other == text and _trail_item(blocks, j):
            return True
        if (
            len(other) > len(text)
            and other.endswith(text)
            and not other[: -len(text)].rstrip().endswith(":")  # a kicker's, not a crumb's
        ):
            return True
    return False


def _captioned(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether block ``i`` reads as an image caption: a copy of it with the credit
    added right below it (past an exact copy, its alt text), or a credit line there
    ("Foto: Jane Doe", "Jane Doe/Reuters"); or a video's or gallery's title, a copy
    with the media label right above it ("X Video" / "X")."""
    text = blocks[i].text
    if i > 0 and _labelled_copy(blocks[i - 1].text, text):
        return True
    for j in range(i + 1, min(len(blocks), i + 3)):
        other = blocks[j].text
        if other != text and other.startswith(text):
            return True
        if len(other) <= _CREDIT_LINE and (
            has_photo_credit(other) or patterns.CREDIT_SLASH_LINE.fullmatch(other) is not None
        ):
            return True
        if other != text:
            break
    return False


def _labelled_copy(other: str, text: str) -> bool:
    """Tell whether ``other`` is ``text`` with a media item's label after it: "X Video",
    "X Gallery" (a player's or gallery's title, printed twice)."""
    return (
        len(other) > len(text) + 1
        and other.startswith(text)
        and other[len(text)] == " "
        and patterns.MEDIA_LABEL.fullmatch(other, len(text) + 1) is not None
    )


def _teaser_below(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether a teaser follows block ``i``: a longer sentence that is no caption."""
    if i + 1 >= len(blocks):
        return False
    text, other = blocks[i].text, blocks[i + 1].text
    return (
        len(other) > len(text)
        and other.count(" ") >= _TEASER_WORDS
        and (other[-1] in patterns.SENTENCE_END or other.count(" ") >= 2 * _TEASER_WORDS)
        and not other.startswith(text)
        and not has_photo_credit(other)
    )


#: An ASCII digit with a space after it, which every ``patterns.RELATIVE_TIME`` match
#: holds ("5 hours ago"): a line with none is spared that pattern's search (a test
#: checks that the two agree).
_DIGIT_SPACE = re.compile(r"[0-9]\x20").search


def _names_line(text: str) -> bool:
    """Tell whether a block names people and nothing more: "Jane Doe", "Jane Doe Political
    Correspondent", "Column by Jane Doe", "5 hours ago". One name has four words at most:
    a title-case headline ("Mayor Wins Second Term In Landslide") is no name."""
    if _DIGIT_SPACE(text) is not None and patterns.RELATIVE_TIME.search(text) is not None:
        return True
    if text.count(" ") >= _CHROME_WORDS:  # names, a job title: a short line
        return False
    names = split_names(text, byline=True)
    if names is not None and (len(names) > 1 or names[0].count(" ") < _NAME_WORDS):
        return True
    by = patterns.BYLINE_WORD.search(text)
    return by is not None and split_names(text[by.end() :]) is not None


def _meta_below(blocks: tuple[Block, ...], i: int, stamps: set[int]) -> bool:
    """Tell whether a byline or timestamp (:func:`_meta_at`) follows block ``i`` closely."""
    return any(
        _meta_at(blocks, j, stamps) for j in range(i + 1, min(len(blocks), i + 1 + _META_REACH))
    )


def _meta_at(blocks: tuple[Block, ...], j: int, stamps: set[int]) -> bool:
    """Tell whether block ``j`` is a byline or timestamp: a line the later filters own, a
    list item that states a time, or a byline with its time on one line."""
    return (
        j in stamps
        or (blocks[j].kind == "li" and read_timestamp(blocks[j].text) is not None)
        or _dated_byline_at(blocks, j)
    )


def _dated_byline(block: Block) -> bool:
    """Tell whether a block is a byline with its time on the same line, in any of the
    byline filter's languages ("Kolumne von Jane Doe - 28.04.2024 um 08:52 Uhr"), which
    the stamps (a byline "by", or a time alone) miss. (issue #4) A list item is none
    (:func:`~wireclean.filters.byline.byline_names`), told before its text is read."""
    text = block.text
    return (
        block.kind != "li"
        and any(map(str.isdigit, text))
        and _may_byline(text)
        and find_timestamp(text) is not None
        and byline_names(block) is not None
    )


def _repeated_nearby(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether block ``i`` has a copy two blocks away or nearer (alt text, caption)."""
    text = blocks[i].text
    return any(
        blocks[j].text == text for j in range(max(0, i - 2), min(len(blocks), i + 3)) if j != i
    )


def _between(
    blocks: tuple[Block, ...], headline: int | None, first: int, owned: bytearray
) -> range:
    """Return the page furniture between a headline far above the story and the story.

    The blocks just below the headline (a teaser, the byline, the time) and just above
    the story's first paragraph (the byline, the time, a caption) stay; what stands
    between them goes when it is long and holds no paragraph of prose (menus, promos,
    polls, sign-up forms). Blocks ``owned`` (flagged) by a later filter do not count.
    """
    if headline is None:
        return range(0)
    middle = range(headline + 1 + _HEAD_ZONE, first - _HEAD_ZONE)
    counted = 0
    for i in middle:
        if not owned[i]:
            if is_prose(blocks[i].text):
                return range(0)
            counted += 1
    return middle if counted >= 2 * _PAGE_PART else range(0)


def _retitled(text: str, blocks: Sequence[Block]) -> bool:
    """Tell whether one of ``blocks`` is ``text`` with the site's name after it ("X | Site")."""
    return any(
        b.text.startswith(text) and patterns.SITE_SEPARATOR.match(b.text, len(text)) is not None
        for b in blocks
    )


#: ``patterns.SITE_SEPARATOR`` compiled by the standard library's engine, which finds
#: this plain pattern (a space, one of five marks, a space) faster in a pass over every
#: block of a page; it has no construct the two engines read differently (a test checks
#: that they find the same).
_SITE_SEPARATOR_SEARCH = re.compile(patterns.SITE_SEPARATOR.pattern).search


def _site_title_blocks(blocks: Sequence[Block]) -> list[str]:
    """Return the texts of the title-sized blocks that hold a site separator ("X | Site")."""
    limit = _HEADLINE_MAX + _SITE_CHARS
    search = _SITE_SEPARATOR_SEARCH
    return [b.text for b in blocks if len(b.text) <= limit and search(b.text) is not None]


def _site_titled(text: str, titles: Sequence[str]) -> bool:
    """Tell whether one of ``titles`` (:func:`_site_title_blocks`) is ``text`` with the
    site's name after it. A sentence after the mark is no site's name (a donation
    banner: "X - with your gift we stay on it."). (issue #4)"""
    for title in titles:
        if not title.startswith(text):
            continue
        mark = patterns.SITE_SEPARATOR.match(title, len(text))
        if mark is not None and not _sentence_tail(title[mark.end() :]):
            return True
    return False


#: (issue #4) Fewest words of a sentence after a title's mark (:func:`_sentence_tail`).
_TAIL_SENTENCE_WORDS = 4


def _sentence_tail(tail: str) -> bool:
    """Tell whether what follows a title's mark is a sentence, no site's name: four
    words or more ending in a full stop, a question or an exclamation mark."""
    return tail[-1:] in (".", "!", "?") and tail.count(" ") + 1 >= _TAIL_SENTENCE_WORDS


def page(draft: Draft) -> Draft:
    """Drop the page around the story: everything before its headline and after its last prose.

    Timestamp lines stay wherever they are, for the ``timestamp`` filter; a credit
    line just below the story stays for ``credits``. Above a headline that is a
    breadcrumb's last item, or that the page's title repeats ("X | Site"), everything
    goes, however short; between a headline far above the story and the story, a long
    run of blocks with no prose goes (polls, promos), a few blocks at each end staying
    (teaser, byline, time). A run of teaser cards that ends the story's span (titles
    with a short teaser each, or dated lines every few blocks: "Mehr zum Thema", "Most
    read") goes too, and so do cards with no date below a gap of chrome
    (:func:`_before_valley`). A text with no
    prose at all is left as it is (reason ``page-chrome`` is never given to a story
    that could not be found).

    >>> from wireclean import parse_text
    >>> menu = "\\n".join(f"* Section {i}" for i in range(8))
    >>> story = parse_text(
    ...     f"{menu}\\n\\nMali army sold guns to rebels\\n\\n"
    ...     "ALGIERS (Reuters) - Officers sold rifles to rebels, a former militant said.\\n\\n"
    ...     f"{menu}"
    ... )
    >>> story.headline
    'Mali army sold guns to rebels'
    >>> story.body
    ('Officers sold rifles to rebels, a former militant said.',)
    """
    blocks = draft.blocks
    if len(blocks) < 2:
        return draft
    # Timestamp lines are the timestamp filter's: they neither make nor break the
    # story's span and are never page chrome here, so the span is the same when the
    # story is parsed again with its timestamp rendered as one ISO line. ("stamps"
    # holds every such block that a later filter owns: timestamps, bylines, and
    # paragraphs that are a credit line.)
    # Whether a block may hold a credit line, looked for once (a pass over each block).
    credit = bytearray(_may_credit(b.text) for b in blocks)
    stamps = {
        i
        for i, b in enumerate(blocks)
        if _timestamp_line(b)
        or (credit[i] and patterns.CREDIT_TRAILER.match(b.text) is not None)
        or (credit[i] and byline_names(b) is not None)
    }
    # Later copies of a block are the furniture filter's ("repeated"): they do not
    # count for the span either, but outside it they go with the page. "owned" flags
    # both kinds, one byte a block (a page of a million lines repeats most of them).
    owned = bytearray(len(blocks))
    for i in stamps:
        owned[i] = 1
    first_seen: set[str] = set()
    for i, block in enumerate(blocks):
        if len(block.text) >= _REPEAT_MIN:
            if block.text in first_seen:
                owned[i] = 1
            first_seen.add(block.text)
    scores = [0.0 if owned[i] else _score(b) for i, b in enumerate(blocks)]
    _rescore_dump_blocks(blocks, scores)
    _unscore_file_name_cards(blocks, scores)
    # A consent notice and its buttons ("Accept all") are chrome, however long the notice.
    notices = consent_notices(blocks) - stamps
    for i in notices:
        scores[i] = -_CHROME_PENALTY
    for box in _skip_boxes(blocks):
        for i in box:
            scores[i] = 0.0  # the span may cross what the page lets a reader skip
    ends: list[int] = []  # where a story surely ended: its credits, a count of comments
    for i in range(len(blocks) - 1):
        if credit[i] and patterns.search_credit_trailer(blocks[i].text) is not None:
            after = next((j for j in range(i + 1, len(blocks)) if j not in stamps), None)
            if after is not None:
                scores[after] = _BARRIER  # a wire story ends with its credits
                ends.append(after)
    _free_introduced_lists(blocks, scores)
    _unscore_directories(blocks, scores)
    _bar_search_boxes(blocks, scores)
    first, last, total = _best_span(scores)
    first, last, total = _before_story_end(blocks, scores, ends, first, last, total)
    if total <= 0:
        return draft
    top = first
    first, cards_end = _after_head_cards(blocks, scores, first, last)
    # A card's title in the run is no headline: the blocks of the run within the
    # headline's reach (at most its window's length) are passed over, as stamps are.
    cards = set(range(max(top, first - _LOOKBACK), cards_end))
    last = _bridge(blocks, scores, last, 1)
    last = _before_tail_cards(blocks, scores, first, last)
    last = _before_valley(blocks, scores, first, last)
    first = _bridge(blocks, scores, first, -1)
    if cards_end > top:  # no bridge back over the cards
        first = max(first, cards_end)
    first = _below_captions(blocks, scores, first, last)
    headline = _headline_index(blocks, first, stamps | notices | cards)
    if headline is not None:
        headline = _titled_variant(blocks, headline)
    _forget_heads()  # the page's blocks are not held past its reading
    # Above the headline, the rest of a breadcrumb trail or the page's title ("X | Site")
    # is page furniture, however short the part above is.
    sure = headline is not None and (
        blocks[headline].kind == "li" or _retitled(blocks[headline].text, blocks[:headline])
    )
    keep_from = headline if headline is not None else first
    keep_to = last
    if blocks[last].text.endswith(":"):  # a list the story's last paragraph introduces
        while keep_to + 1 < len(blocks) and not is_prose(blocks[keep_to + 1].text):
            if is_furniture(blocks[keep_to + 1].text):
                break
            keep_to += 1
    for i in range(keep_to + 1, min(len(blocks), keep_to + 3)):
        if credit[i] and patterns.search_credit_trailer(blocks[i].text):
            keep_to = i
    above = range(keep_from)
    drop = itertools.chain(
        above if sure else _page_part(blocks, above, owned, notices),
        _between(blocks, headline, first, owned),
        _page_part(blocks, range(keep_to + 1, len(blocks)), owned, notices),
    )
    # A byline in any language ("Von Jane Doe", "Par Jeanne Dupont") just above the
    # headline is the byline filter's too; further off, only an English one is (a
    # teaser's "von ..." in a list of related stories is page chrome).
    bylines = {
        i
        for i in range(max(0, keep_from - _META_REACH), keep_from)
        if _may_byline(blocks[i].text) and byline_names(blocks[i]) is not None
    }
    keep = stamps | bylines
    return draft.drop((i for i in drop if i not in keep), reason="page-chrome")


#: (issue #4) How much of the weight of the best run below a story's sure end the best
#: run above it must have to be the story: a comment section below a story broken
#: into pieces at its links outweighs it.
_ABOVE_END_SHARE = 0.5


def _before_story_end(
    blocks: tuple[Block, ...],
    scores: list[float],
    ends: list[int],
    first: int,
    last: int,
    total: float,
) -> tuple[int, int, float]:
    """Return the story's span (first, last, total): the best run of blocks, or the best
    run above the last place above it where a story surely ended (issue #4), when that
    run weighs :data:`_ABOVE_END_SHARE` of the best one at least. A story surely ended
    below a wire story's credit line (``ends``: "Reporting by Jane Roe") and at a
    count of its comments ("3 Kommentare", "12 comments"); below stand its comments
    and the page's other stories, never the story (a story broken into pieces at
    its links weighs less than a long comment section)."""
    end = -1
    for i in ends:
        if end < i < first:
            end = i
    for i in range(first - 1, end, -1):
        if scores[i] <= _BARRIER and _comment_count(blocks[i].text):
            end = i
            break
    if end <= 0:
        return first, last, total
    above = _best_span(scores[:end])
    return above if above[2] >= _ABOVE_END_SHARE * total else (first, last, total)


def _comment_count(text: str) -> bool:
    """Tell whether a short line counts a story's comments ("3 Kommentare", "Comments (12)")."""
    return any(map(str.isdigit, text)) and _story_end(text)


def _before_cards(blocks: tuple[Block, ...], scores: list[float], first: int, last: int) -> int:
    """Return the story's span end, cut before a run of teaser cards that ends it.

    A list of other stories below the story ("Mehr zum Thema", "Most read") prints each
    as a card: a title, a teaser sentence, a line with its date ("Jane Doe 08.07.2024
    4 min"). Teasers are prose and join the story's span; the dated lines, one every
    few blocks, give the run away, and so do titles each with a short teaser right
    below. The run must reach the span's end (an inline box of links has story after
    it), its cards must be short (a live blog's entries are long, and story) and
    weigh less than the story above them.
    """
    dated = [
        i
        for i in range(first + _HEAD_ZONE, last + 1)
        if blocks[i].kind != "li" and not is_prose(blocks[i].text) and _dated(blocks[i].text)
    ]
    last = _cut_cards(blocks, scores, first, last, dated, whole=True)
    titled = [i for i in range(first + _HEAD_ZONE, last) if _card_title(blocks, i)]
    return _cut_cards(blocks, scores, first, last, titled, whole=False)


def _before_tail_cards(
    blocks: tuple[Block, ...], scores: list[float], first: int, last: int
) -> int:
    """Return :func:`_before_cards`'s span end, or one cut before a run of cards below
    the story's last long paragraph (issue #4): titles the story's own sections made
    above it do not make the run a live blog's entries. Only titled cards whose teaser
    is a sentence count here (a table's long rows below a story are no cards)."""
    if _GATES and last - first < _CARDS_SPAN:  # (issue #2) too few blocks for a run of cards
        return last
    last = _before_cards(blocks, scores, first, last)
    long = [i for i in range(first, last + 1) if len(blocks[i].text) > _TEASER_CHARS]
    if not long:
        return last
    titled = [
        i
        for i in range(long[-1] + 1, last)
        if _card_title(blocks, i) and blocks[i + 1].text[-1] in patterns.SENTENCE_END
    ]
    return _cut_cards(blocks, scores, first, last, titled, whole=False)


#: (issue #4) A run of blocks in the story's span that holds no prose and scores at
#: most this much below zero, with this many blocks of chrome at least, is a gap in the
#: page (a newsletter box, a "More" heading and its links), not an advert in the story.
_VALLEY = 40.0
_VALLEY_BLOCKS = 5
#: Fewest card titles below such a gap for the prose there to be teaser cards.
_VALLEY_TITLES = 2


def _valley_title(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether block ``i`` reads as a card's title: a line of four words or more
    that is no sentence, starts as a title does and introduces nothing (a list item or
    a line ending in a colon or comma is a story's)."""
    text = blocks[i].text
    return (
        blocks[i].kind != "li"
        and not is_prose(text)
        and text.count(" ") + 1 >= _HEADLINE_MIN_WORDS
        and text[-1] not in ",;:"
        and not text[0].islower()
    )


def _before_valley(blocks: tuple[Block, ...], scores: list[float], first: int, last: int) -> int:
    """Return the story's span end, cut above a gap of chrome that only teaser cards
    follow (issue #4): related stories printed below the story as titles beside a
    caption or a teaser each, no date among them (:func:`_before_cards` needs dates or
    titles above a sentence each). Below the gap (:data:`_VALLEY`) the prose must all
    be short (no paragraph over :data:`_TEASER_CHARS`), at least half of it beside a
    card title (:func:`_valley_title`), and weigh less than the story above it: a
    story that goes on below a box has paragraphs that stand beside each other, or a
    long one (fixture tests in ``tests/test_dump_precision.py``)."""
    if _GATES and last - first < _VALLEY_BLOCKS + _VALLEY_TITLES:
        # (issue #2) The gap's blocks of chrome stand below the span's first block, and
        # card titles below the gap: the span has too few blocks for both.
        return last
    # Only a gap below the story's last long paragraph (or its first block) may end it.
    long = last
    while long > first and not (scores[long] > 0 and len(blocks[long].text) > _TEASER_CHARS):
        long -= 1
    # What stands below each block up to the span's end, summed in one pass and
    # taken off as the blocks are passed: prose weight, prose blocks, prose beside a
    # title, titles.
    weight = 0.0
    prose = beside = titles = 0
    # A title the page repeats (a link box's copy, scoring nothing) is no card's.
    title = [scores[k] != 0 and _valley_title(blocks, k) for k in range(long, last + 1)]

    def is_title(k: int) -> bool:
        return long <= k <= last and title[k - long]

    for k in range(long + 1, last + 1):
        if scores[k] > 0:
            weight += scores[k]
            prose += 1
            beside += is_title(k - 1) or is_title(k + 1)
        titles += is_title(k)
    above = sum(scores[k] for k in range(first, long + 1) if scores[k] > 0)
    i = long + 1
    while i <= last:
        if scores[i] > 0:
            above += scores[i]
            weight -= scores[i]
            prose -= 1
            beside -= is_title(i - 1) or is_title(i + 1)
            titles -= is_title(i)
            i += 1
            continue
        depth = 0.0
        chrome = 0
        j = i
        while j <= last and scores[j] <= 0:
            depth += scores[j]
            chrome += scores[j] < 0
            titles -= is_title(j)
            j += 1
        if (
            j <= last
            and -depth >= _VALLEY
            and chrome >= _VALLEY_BLOCKS
            and titles >= _VALLEY_TITLES
            and 2 * beside >= prose
            and weight < above
        ):
            end = i - 1
            while end > first and scores[end] <= 0:
                end -= 1
            return end
        i = j
    return last


def _after_head_cards(
    blocks: tuple[Block, ...], scores: list[float], first: int, last: int
) -> tuple[int, int]:
    """Return the story's span start, moved past a run of teaser cards that begins it,
    and where the run ends (``first`` when there is none).

    A list of other stories above the story ("Most read") prints each as a card: a
    picture's caption or a teaser, a dated line ("Malaysia / 5 h ago"), a title. The
    captions are prose and start the story's span; the dated lines, one every few
    blocks from the span's start on, give the run away (a caption's date is in a longer
    line). The run must begin the span, its cards must be short (a live blog's entries
    are long) and the story below it, up to the span's end, must outweigh it; the span
    then starts at the first paragraph below the run.
    """
    if _GATES and last - first < _HEAD_CARDS_SPAN:  # (issue #2) too few blocks for cards
        return first, first
    # The run is read as it goes (its first and last dated line, its count, its
    # narrowest gap), with no list: a page of a million tiny blocks may be one run.
    count = 0
    top = prev = first
    gap = _CARD_MAX
    chars = 0
    titled = 0  # dated lines with a card's title right below
    for i in range(first, last + 1):
        if i - prev > _CARD_MAX:  # the run ends, or no card begins the span
            break
        text = blocks[i].text
        chars += len(text)
        if blocks[i].kind == "li" or len(text) > _CARD_DATE or not _dated(text):
            continue
        if count and i - prev < _CARD_MIN:
            break
        if chars > _CARD_CHARS:
            return first, first  # a live blog's entries, a story's sections
        if count == 0:
            top = i
        else:
            gap = min(gap, i - prev)
        count += 1
        titled += i < last and _valley_title(blocks, i + 1)
        prev = i
        chars = 0
    if count < _CARDS or top - first > gap:
        return first, first  # too few cards, or story above the first: cards inside it
    start = next((j for j in range(prev + 1, last + 1) if scores[j] > 0), None)
    if start is None:
        return first, first
    cards = sum(max(0.0, scores[j]) for j in range(first, start))
    story = sum(max(0.0, scores[j]) for j in range(start, last + 1))
    if story <= max(_CARD_TAIL, cards):
        return first, first
    # Cards whose title stands right below their dated line ("Sports / 2 h ago" / the
    # title; most of the run's cards) end with the last one's title, not its date.
    below = prev + 1 < start and _valley_title(blocks, prev + 1)
    end = prev + 2 if below and 2 * titled > count else prev + 1
    return start, end


#: (issue #4) Most blocks from a story's span start to the timestamp line of its head
#: below the captions that open the span (:func:`_below_captions`).
_CAPTION_REACH = 30
#: (issue #2) Fewest blocks past a span's first block for :func:`_below_captions` to
#: move it: a caption, the timestamp line, a title and the story's first paragraph.
_CAPTIONS_SPAN = 3


def _below_captions(blocks: tuple[Block, ...], scores: list[float], first: int, last: int) -> int:
    """Return the story's span start, moved below the captions of a picture that open
    it (issue #4): a page that prints its lead picture above the story's head starts
    the span at the picture's caption, and the headline below (the date line, the
    title, then the story) is out of the headline's reach. The prose from the span's
    start down to a timestamp line (within :data:`_CAPTION_REACH` blocks) must all be
    captions printed twice (an image's alt text and its caption: a copy up to the
    timestamp line, or run into one block), a title must follow the timestamp line
    within the headline's reach, and the story below must outweigh the captions; the
    span then starts at the first paragraph below the title."""
    if _GATES and last - first < _CAPTIONS_SPAN:  # (issue #2) too few blocks for them
        return first
    reach = min(last, first + _CAPTION_REACH)
    stamp = next((i for i in range(first, reach + 1) if _timestamp_line(blocks[i])), None)
    if stamp is None:
        return first
    copies = Counter(blocks[i].text for i in range(first, stamp))
    above = 0.0
    for i in range(first, stamp):
        if scores[i] > 0:
            if copies[blocks[i].text] < 2 and not _doubled(blocks[i].text):
                return first
            above += scores[i]
    if above <= 0:
        return first
    start = next(
        (
            j
            for j in range(stamp + 1, min(last, stamp + _LOOKAHEAD) + 1)
            if scores[j] > 0 and not _may_be_headline_at(blocks, j)
        ),
        None,
    )
    if start is None or not any(_may_be_headline_at(blocks, j) for j in range(stamp + 1, start)):
        return first
    story = sum(scores[k] for k in range(start, last + 1) if scores[k] > 0)
    return start if story > above else first


def _card_title(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether block ``i`` is a card's title (:func:`_valley_title`), a short teaser below."""
    teaser = blocks[i + 1].text
    # Both start as a title and a sentence do: a renderer's break inside a sentence
    # ("... to watch" / "football at the weekend.") has a lower-case letter after it.
    return (
        _valley_title(blocks, i)
        and not teaser[0].islower()
        and is_prose(teaser)
        and len(teaser) <= _TEASER_CHARS
    )


def _cut_cards(
    blocks: tuple[Block, ...],
    scores: list[float],
    first: int,
    last: int,
    marks: list[int],
    *,
    whole: bool,
) -> int:
    """Return ``last``, or the end of the story above a run of cards that ``marks`` mark.

    ``whole``: a mark ends its card (a dated line), so a card's length of blocks
    before the first mark is a card too; else a mark is in its card's middle.
    """
    k = 0
    while k + _CARDS <= len(marks):
        run = [marks[k]]
        for i in marks[k + 1 :]:
            if not _CARD_MIN <= i - run[-1] <= _CARD_MAX:
                break
            run.append(i)
        k += len(run)
        gaps = [b - a for a, b in itertools.pairwise(run)]
        if len(run) < _CARDS or k - len(run) >= _CARDS:
            continue  # fewer than three cards, or dated entries above: a live blog
        if any(
            sum(len(blocks[j].text) for j in range(a + 1, b)) > _CARD_CHARS
            or (not whole and sum(scores[j] > 0 for j in range(a + 1, b)) > _CARD_PROSE)
            for a, b in itertools.pairwise(run)
        ):
            continue  # a live blog's entries, a story's sections
        tail = _story_below(blocks, scores, run[-1] + 1, last)
        cards = sum(max(0.0, scores[j]) for j in range(run[0] - min(gaps), run[-1] + 1))
        if tail > max(_CARD_TAIL, cards):
            continue  # the story goes on below: a box of links inside it
        end = run[0] - (min(gaps) if whole else 1)
        while end >= first and scores[end] <= 0:
            end -= 1
        story = sum(max(0.0, scores[j]) for j in range(first, end + 1))
        if story < cards:
            continue  # cards that outweigh the story above them are a live blog's entries
        return end
    return last


def _story_below(blocks: tuple[Block, ...], scores: list[float], start: int, last: int) -> float:
    """Return the weight of the prose from ``start`` to ``last`` that may be the story's
    (issue #4): a paragraph with a card's title (:func:`_valley_title`) right above or
    below it is a teaser or a caption of more cards, and does not count (a page that
    prints a run of dated cards, then cards of another kind, goes on with no story)."""

    def titled(k: int) -> bool:
        return start <= k <= last and scores[k] != 0 and _valley_title(blocks, k)

    return sum(
        scores[j]
        for j in range(start, last + 1)
        if scores[j] > 0 and not (titled(j - 1) or titled(j + 1))
    )


def _dated(text: str) -> bool:
    """Tell whether a line states a year or an age ("08.07.2024", "3 hours ago", "5 h ago")."""
    return (
        patterns.YEAR.search(text) is not None
        or (_DIGIT_SPACE(text) is not None and patterns.RELATIVE_TIME.search(text) is not None)
        or patterns.SHORT_AGE.search(text) is not None
    )


def _bridge(blocks: tuple[Block, ...], scores: list[float], edge: int, step: int) -> int:
    """Return the story's span end (``step`` 1) or start (-1), ``edge`` bridged outwards.

    One stray block ("Advertisement") does not end the story when a prose paragraph
    follows it; blocks that score nothing and list items that are no menu (a list the
    story introduces) may stand between the two, and past the bridge the story's
    paragraphs join as far as they run. A list item is never the paragraph itself.
    """
    while True:
        nxt = _next_scored(blocks, scores, edge + step, step)
        if nxt is not None and scores[nxt] > 0:  # the story goes on past a bridge
            edge = nxt
            continue
        if nxt is None or scores[nxt] <= _BARRIER:
            return edge
        after = _next_scored(blocks, scores, nxt + step, step)
        if after is None or scores[after] <= 0:
            return edge
        edge = after


def _next_scored(blocks: tuple[Block, ...], scores: list[float], i: int, step: int) -> int | None:
    """Return the first index from ``i`` on (going by ``step``) that decides a bridge.

    Blocks that score nothing are passed over, and so are list items that score
    something but are no menu: what is left is a paragraph or a block of chrome.
    """
    while 0 <= i < len(scores):
        if scores[i] < 0 or (scores[i] > 0 and blocks[i].kind != "li"):
            return i
        i += step
    return None


def _free_introduced_lists(blocks: tuple[Block, ...], scores: list[float]) -> None:
    """Score a list the story introduces ("The measures include:", then items) as zero.

    Its short lines are story, not a menu, so the story's span may cross it to the
    paragraphs after it (fixture ``golden/generated-short-paragraph-after-list``,
    found by ``tests/test_roundtrip.py``); a menu has no such introduction.
    """
    for i in range(len(blocks) - 1):
        if not blocks[i].text.endswith(":") or blocks[i + 1].kind != "li":
            continue
        j = i
        while j < len(blocks) and (j == i or blocks[j].kind == "li") and scores[j] > _BARRIER:
            scores[j] = max(scores[j], 0.0)
            j += 1


#: (issue #4) Fewest entries of a directory of the site's services or sections (a name
#: line, a one-sentence description below it, again and again), the longest
#: description, and the most lines from one description to the next (a name and an
#: image's label).
_DIRECTORY = 6
_DIRECTORY_CHARS = _TEASER_CHARS
_DIRECTORY_GAP = 3


def _unscore_directories(blocks: tuple[Block, ...], scores: list[float]) -> None:
    """Score the descriptions of a directory as zero (issue #4): a run of six entries
    or more, each a name line that is no sentence (an image's label, perhaps, above
    it) and a short sentence right below it, the same number of lines from one
    description to the next (``"Weather"`` / ``"Forecasts for every town."``). A
    page's list of its services or sections prints so; its descriptions are prose
    and, short as each is, outweigh a short story together. A story's paragraphs do
    not fall in so regular a step, or have the same line (a label the page repeats,
    "Article content") above each. The run is walked twice, no list kept."""
    if _GATES and len(blocks) < 2 * _DIRECTORY:
        # (issue #2) Its descriptions stand two blocks apart at least, below a name.
        return
    start = gap = run = 0  # the run's first description, its step, its entries
    last = -1  # the last description seen
    for i in range(1, len(blocks) + 1):
        if i < len(blocks):
            if scores[i] <= 0:
                continue
            if run and _directory_entry(blocks, scores, i):
                step = i - last
                # A new name each time: the same line above each is a label, not a name.
                named = blocks[i - 1].text != blocks[last - 1].text
                if named and (step == gap or (run == 1 and 1 < step <= _DIRECTORY_GAP)):
                    gap = step
                    run += 1
                    last = i
                    continue
        if run >= _DIRECTORY:
            for j in range(start, start + gap * run, gap):
                scores[j] = 0.0
        run = 0
        if i < len(blocks) and _directory_entry(blocks, scores, i):
            start, last, run, gap = i, i, 1, 0


def _directory_entry(blocks: tuple[Block, ...], scores: list[float], i: int) -> bool:
    """Tell whether block ``i`` (scoring as prose) may be a directory's description:
    a sentence no longer than a teaser below a name line that scores nothing (no
    sentence, no colon or comma at its end: no list that a sentence introduces; no
    question: an explainer's short answers are its story)."""
    name, text = blocks[i - 1].text, blocks[i].text
    return (
        _BARRIER < scores[i - 1] <= 0
        and len(text) <= _DIRECTORY_CHARS
        and name[-1] not in ",;:?？"
        and not is_prose(name)
    )


def _timestamp_line(block: Block) -> bool:
    """Tell whether a block is a timestamp line: a paragraph, or a list item whose marker
    and text read as one ("28. April 2023, 19:50 Uhr" is a numbered item to the text
    adapter; fixture ``page-faults-von-date-share``), as the timestamp filter reads them."""
    if block.kind != "li":
        return read_timestamp(block.text) is not None
    return block.marker[:1].isdigit() and read_timestamp(f"{block.marker} {block.text}") is not None


def _may_credit(text: str) -> bool:
    """Tell cheaply whether a block may hold a credit line ("... by ...")."""
    return "by" in text or "By" in text or "BY" in text


def _may_byline(text: str) -> bool:
    """Tell cheaply whether a block may be a byline line, in any language the byline
    filter reads: "By", "Von", "Par", "Por", "Av" among its first words, or a dump's
    label run into the name ("byJane Doe"; fixture ``page-faults-von-date-share``)."""
    if _may_credit(text) or "von" in text or "Von" in text:
        return True
    words = patterns.phrase_words(text[: _WORD_CHARS * patterns.BYLINE_LINE_REACH].lower())
    return not patterns.BYLINE_LINE_WORDS.isdisjoint(words[: patterns.BYLINE_LINE_REACH])


def _page_part(
    blocks: tuple[Block, ...], part: range, owned: bytearray, notices: set[int]
) -> range:
    """Return ``part`` (indices of blocks outside the story) when it is page furniture.

    When unsure, keep: a few plain lines before or after the story (a text that is
    only a story) stay unless one of them is furniture. Blocks a later filter owns
    (``owned``, flagged: timestamps, repeated blocks) do not count either way.
    """
    if not part:  # (issue #2) a story that fills its text: nothing to read
        return part
    counted = list(itertools.islice((i for i in part if not owned[i]), _PAGE_PART))
    if len(counted) >= _PAGE_PART or any(
        i in notices or is_furniture(blocks[i].text) for i in counted
    ):
        return part
    # A menu: a run of short list items that nothing introduces ("Politics", "World").
    items = [i for i in counted if blocks[i].kind == "li" and not is_prose(blocks[i].text)]
    if len(items) >= _LIST_RUN and not any(blocks[i].text.endswith(":") for i in counted):
        return part
    return range(0)


def furniture(draft: Draft) -> Draft:
    """Drop captions, chrome phrases, form debris, link runs and repeated blocks in the story.

    Reasons: ``caption`` (also an image's label, "Article thumbnail image"),
    ``chrome-phrase``, ``form-debris``, ``link-list``, ``repeated`` (a later copy of a
    block, the first staying; a copy of the captured headline, a kicker's few words
    run in before it or not). On HTML, a block that is (nearly) all link text (context
    word ``link``: a teaser for another page) goes as a ``link-list``, and an author
    box's prose as ``chrome-context``. On a page dump (issue #4), a list of other
    stories under its heading ("You may also like") goes to the end as ``page-chrome``,
    and so does the next story printed below the story (its headline, teaser, authors
    and time); a label the page repeats between paragraphs ("Article content"), the
    author's name again and the story run into one block again as ``repeated``, the
    author's box below the story (its last paragraph, below the author's name again,
    too) as ``chrome-context``, labelled links, shop notes,
    empty advert slots, copyright lines and a box the page lets a reader skip
    (:func:`_skip_boxes`) as ``chrome-phrase``, and lynx's frames
    and buttons as ``form-debris``. A run of short lines right after a paragraph
    ending in a colon, or holding a line that ends in one, is a list the story
    introduces and stays.

    >>> from wireclean import parse_text
    >>> parse_text("Rebels bought rifles from officers, a militant said.\\n\\n"
    ...            "Rebels in the desert. (AP Photo/Jane Roe)\\n\\nHe said more.").body
    ('Rebels bought rifles from officers, a militant said.', 'He said more.')
    """
    blocks = draft.blocks
    reasons: Marks = [None] * len(blocks)
    # A page prints its headline again (above a photo, in a share row, with its kicker
    # run in): a copy of the captured headline is repeated too.
    seen: set[str] = set() if draft.headline is None else {draft.headline}
    # The headline's words, read once a block is short enough to be a copy of it.
    headline: list[str] | None = None
    for i, block in enumerate(blocks):
        text = block.text
        repeated = text in seen
        if not repeated and len(text) <= _HEADLINE_MAX + _KICKER_CHARS:
            if headline is None:
                headline = _words(draft.headline or "")
            repeated = _headline_copy(text, headline)
        if len(text) >= _REPEAT_MIN:
            seen.add(text)
        context = _chrome_context(block)
        if context in _DROP_CONTEXT:
            reasons[i] = "caption" if context == "figure" else "chrome-context"
        elif (len(text) <= _CAPTION_CHARS and has_photo_credit(text)) or _is_image_label(text):
            # (issue #4) A longer block is a paragraph that BeautifulSoup's text ran a
            # caption's credit into ("... Drury Lane (Photo: Jane Doe) on Monday ...").
            reasons[i] = "caption"
        elif repeated:
            reasons[i] = "repeated"
        elif is_furniture(text):
            is_debris = patterns.FORM_DEBRIS.search(text) is not None
            reasons[i] = "form-debris" if is_debris else "chrome-phrase"
        elif len(text) < _BOX_CHARS and chrome_phrases(text) & patterns.SURE_CHROME_PHRASES:
            reasons[i] = "chrome-phrase"  # a sign-up or consent box's paragraph
        elif block.context and _LINK_WORD in block.context.split():
            reasons[i] = "link-list"  # HTML: a block that is (nearly) all link text
        elif block.context and "author" in block.context.split() and is_prose(text):
            reasons[i] = "chrome-context"  # HTML: an author box's sentences about the author
    for i in consent_notices(blocks):
        if reasons[i] is None:
            reasons[i] = "chrome-phrase"
    bullets = [r.start for r in draft.removed if r.field == "bullets"]
    # (issue #2) The passes below look for what whole-page dumps (issue #4) and HTML
    # pages (issue #6) hold. A pass whose every mark needs something the story lacks
    # (a list item, an HTML context, a link run to unmark, enough blocks: each gate a
    # necessary condition of the pass's marks, read once here or as the pass's first
    # test) is not run: a wire story is spared most of them.
    html = not _GATES or any(block.context for block in blocks)
    items = not _GATES or any(block.kind == "li" for block in blocks)
    # (issue #4) A label the page sets between all its paragraphs goes first: a
    # heading between two of its copies is no run of short lines.
    _mark_repeated_labels(blocks, reasons, least=_PARAGRAPH_LABELS)
    _mark_link_runs(blocks, reasons, breaks=bullets)
    if not _GATES or "link-list" in reasons:  # the three below only unmark a run's lines
        _keep_broken_sentences(blocks, reasons, clauses=lambda: _unwrapped(draft))
        _keep_wrapped_openings(blocks, reasons)
        _keep_standfirst(draft, reasons)
    _mark_share_buttons(blocks, reasons)
    _mark_context(blocks, reasons, draft.headline)
    if html:  # a <main> or an <aside> is an HTML block's context word
        _mark_outside_main(blocks, reasons)
        _mark_asides(blocks, reasons)
    _mark_dump_images(blocks, reasons)
    # (issue #4) What ends the story (a list of other stories, the author's box) goes
    # before the appeals to the reader are read from the story's end up.
    _mark_more_stories(blocks, reasons)
    _mark_paywall_end(blocks, reasons)
    # The next story's labels count with the story's: labels the page repeats.
    _mark_repeated_labels(blocks, reasons)
    if not _GATES or len(blocks) > _HEAD_ZONE:  # its time stands below the story's head
        _mark_next_story(blocks, reasons, _dropped_stamps(draft))
    _mark_story_copies(blocks, reasons)
    _mark_notices(blocks, reasons)
    _mark_embed_boxes(blocks, reasons)
    _mark_page_notes(blocks, reasons)
    _mark_site_notes(blocks, reasons, draft.source)
    _mark_source_lines(blocks, reasons)
    _mark_read_also_cards(blocks, reasons)
    _mark_media_cards(blocks, reasons)
    if items:  # an AI summary's box is a list of points
        _mark_ai_summaries(blocks, reasons)
    _mark_offer_boxes(blocks, reasons)
    _mark_skip_boxes(blocks, reasons)
    _mark_author_lines(blocks, reasons, draft.byline, draft.headline)
    _mark_byline_lines(blocks, reasons)
    _mark_author_box(blocks, reasons, draft.byline)
    _mark_appeals(blocks, reasons)
    _mark_menu_lines(blocks, reasons)
    kept = reasons.count(None)
    if kept == len(blocks) or not kept:
        # A body that is all furniture is no story we understand: keep it (and a
        # headline captured above it stays a headline when the story is parsed again).
        return draft
    for reason in sorted({r for r in reasons if r is not None}):
        draft = draft.drop(_marked(draft.blocks, blocks, reasons, reason), reason=reason)
    return draft


def _marked(
    now: tuple[Block, ...], blocks: tuple[Block, ...], reasons: Marks, reason: str
) -> Iterator[int]:
    """Yield the indices in ``now`` of the blocks marked ``reason``: ``now`` is
    ``blocks`` less the blocks already dropped, the same objects in the same order."""
    i = 0
    for j, block in enumerate(now):
        while blocks[i] is not block:
            i += 1
        if reasons[i] == reason:
            yield j
        i += 1


#: (issue #6) The words of an author box or a byline: its prose goes (see
#: :func:`furniture`), and now its short lines too (a name, "Senior editor").
_PERSON_WORDS = frozenset(("author", "byline"))
#: (issue #6) The context word of the page's ``<main>``, and the least share of a
#: story's text inside it for what stands outside to be page furniture.
_MAIN = "main"
_MAIN_SHARE = 0.8
#: (issue #6) The context word of an ``<aside>`` or sidebar, and the share of a story's
#: text its asides hold at most to be boxes beside it (on the fundus pages the rule cut
#: ~670 shingles of other text and ~100 of story text: one box of facts the truth keeps).
_ASIDE = "aside"
_ASIDE_SHARE = 0.5
#: (issue #6) Heading tags: a heading so labelled is a standfirst with its kicker.
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())


def _mark_context(blocks: tuple[Block, ...], reasons: Marks, headline: str | None) -> None:
    """Mark what the other rules left of a story's captions and page furniture (issue #6).

    Run after them, so that the runs of short lines they judge are the same: an HTML
    block inside navigation, sharing, related links, comments, a consent box or a
    byline (:data:`_LATE_DROP_CONTEXT`), whatever furniture word stands before it
    ("header nav"; a "promo figure" is a caption); a caption closed by its photo's
    credit (:func:`_credit_caption`); an ``<h1>`` below a captured headline
    (:func:`_title_heading`); a labelled link to another story (:func:`_labelled_teaser`).
    """
    for i, block in enumerate(blocks):
        if reasons[i] is not None:
            continue
        word = _dropped_context(block)
        if word is not None:
            reasons[i] = "caption" if word == "figure" else "chrome-context"
        elif _credit_caption(block.text):
            reasons[i] = "caption"
        elif _title_heading(block, headline):
            reasons[i] = "repeated"
        elif _labelled_teaser(block):
            reasons[i] = "chrome-phrase"


def _mark_outside_main(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark the blocks of a story's span that stand outside the page's ``<main>``, below
    its first block inside it, when the story stands in it (:data:`_MAIN_SHARE` of
    the text that stays): a sidebar's appeal or a footer's notice that the span
    reached. What stands above (a standfirst in the page's header) stays."""
    first, size, inside = -1, 0, 0
    for i, block in enumerate(blocks):
        if reasons[i] is None:
            size += len(block.text)
            if _MAIN in block.context.split():
                inside += len(block.text)
                first = i if first < 0 else first
    if first < 0 or inside < _MAIN_SHARE * size:
        return
    for i in range(first + 1, len(blocks)):
        if reasons[i] is None and _MAIN not in blocks[i].context.split():
            reasons[i] = "chrome-context"


def _mark_asides(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark the blocks of the asides inside a story's span (``<aside>``, a "sidebar"):
    a box of facts, a pull quote, a sidebar beside the story's text, when all of them
    together hold under :data:`_ASIDE_SHARE` of the text that stays. A page that sets
    its story in an aside (the story is then most of it) keeps it."""
    size = asides = 0
    for i, block in enumerate(blocks):
        if reasons[i] is None:
            size += len(block.text)
            if _ASIDE in block.context.split():
                asides += len(block.text)
    if not asides or asides >= _ASIDE_SHARE * size:
        return
    for i, block in enumerate(blocks):
        if reasons[i] is None and _ASIDE in block.context.split():
            reasons[i] = "chrome-context"


def _dropped_context(block: Block) -> str | None:
    """Return the word of :data:`_LATE_DROP_CONTEXT` for which an HTML block goes, if
    any ("figure" first); an author box's or byline's prose is the author-box rule's."""
    if not block.context:
        return None
    words = block.context.split()
    if "figure" in words:
        return "figure"
    for word in words:
        if word in _LATE_DROP_CONTEXT and not (word in _PERSON_WORDS and is_prose(block.text)):
            return word
    return None


#: (issue #4) Longest block closed by a photo's credit that is a caption (a long one
#: runs to some 700 characters); a longer block is paragraphs that BeautifulSoup's
#: text ran a caption into.
_CREDITED_CAPTION = 1000


def _credit_caption(text: str) -> bool:
    """Tell whether a block ends with a photo's credit (``patterns.CAPTION_CREDIT_END``)
    and is no longer than a caption (:data:`_CREDITED_CAPTION`)."""
    tail = text[-80:]
    return (
        len(text) <= _CREDITED_CAPTION
        and any(hint in tail for hint in patterns.CAPTION_CREDIT_HINTS)
        and patterns.CAPTION_CREDIT_END.search(tail) is not None
    )


def _labelled_teaser(block: Block) -> bool:
    """Tell whether a block is a link to another story with a label in capitals ("READ
    MORE: Storm hits the coast"): the label (``patterns.CAPS_LABEL``), then a title of
    four to sixteen words, no sentence (a series' label, "DEEP WATERS: A Special
    Report", is a kicker). A paragraph that opens with a label in capitals
    ("NEW DELHI: ...") is prose, and a heading or a longer line so labelled ("CHINA
    DRILLS: Ships sailed ...") is a standfirst with its kicker."""
    text = block.text
    label = patterns.CAPS_LABEL.match(text) if text[:1].isupper() else None
    return (
        label is not None
        and not is_prose(text)
        and block.kind not in _HEADINGS
        and _HEADLINE_MIN_WORDS - 1 <= text.count(" ", label.end()) < _HEADLINE_WORDS
    )


def _title_heading(block: Block, headline: str | None) -> bool:
    """Tell whether an HTML block is the page's title heading (an ``<h1>`` that is no
    paragraph) below a captured headline: the headline again, with a kicker or a
    section's name, never the story's text."""
    return headline is not None and block.kind == "h1" and not is_prose(block.text)


def _is_image_label(text: str) -> bool:
    """Tell whether a block is an image's label a text browser prints ("Article thumbnail
    image", "Headshot of Jane Doe"): a few words, one of them an image's, no sentence."""
    return (
        text[-1] not in patterns.SENTENCE_END  # first: no count of a paragraph's spaces
        and text.count(" ") < _LABEL_WORDS
        and patterns.IMAGE_WORD.search(text) is not None
    )


def _words(text: str) -> list[str]:
    """Return the lower-case words of ``text``, punctuation left out."""
    return patterns.phrase_words(text.lower())


def _headline_copy(text: str, headline: list[str]) -> bool:
    """Tell whether a block gives the headline's words, a kicker's few words before them
    at most ("Premier League Liverpool lose at Everton" for "Liverpool lose at Everton")."""
    if (
        len(text) > _HEADLINE_MAX + _KICKER_CHARS  # (the furniture filter counts on this test)
        or len(headline) < _HEADLINE_MIN_WORDS
        or headline[-1] not in text.lower()
    ):
        return False
    words = _words(text)
    extra = len(words) - len(headline)
    return 0 <= extra <= _KICKER_WORDS and words[extra:] == headline


def _is_share_heading(text: str) -> bool:
    """Tell whether a block heads a share row: "Share this article", "Share:", "Teilen"."""
    if text[-1] in ".!?" or text.count(" ") >= _SHARE_HEADING_WORDS:
        return False
    words = patterns.phrase_words(text.lower())
    return bool(patterns.SHARE_WORDS.intersection(words)) and (
        len(words) == 1 or is_furniture(text)
    )


def _is_button(text: str) -> bool:
    """Tell whether a block reads as a button's label: a word or two, no sentence."""
    return (
        len(text) <= _BUTTON_CHARS
        and text.count(" ") < 2
        and text[-1] not in patterns.SENTENCE_END
        and any(c.isalpha() for c in text)
    )


def _mark_share_buttons(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark the buttons of a share row: the short labels right after its heading.

    The networks a row names change with the site and the year ("X", "Email",
    "Bluesky"): a word or two standing right below "Share this article" is a button,
    whatever it says. Blocks already going (a known network, a counter) do not break
    the row.
    """
    for i, block in enumerate(blocks):
        if not _is_share_heading(block.text):
            continue
        buttons = []
        j = i + 1
        while j < len(blocks) and j - i <= _SHARE_BUTTONS:
            if reasons[j] is None:
                if not _is_button(blocks[j].text):
                    break
                buttons.append(j)
            j += 1
        for j in buttons:
            reasons[j] = "chrome-phrase"
        if buttons and reasons[i] is None:  # a lone "Share" is none, but heads this row
            reasons[i] = "chrome-phrase"


def link_runs(blocks: tuple[Block, ...]) -> Marks:
    """Return, for each of ``blocks``, ``"link-list"`` if the furniture filter would drop
    it as part of a link run, else None."""
    reasons: Marks = [None] * len(blocks)
    _mark_link_runs(blocks, reasons)
    return reasons


def _mark_link_runs(
    blocks: tuple[Block, ...], reasons: Marks, *, breaks: Sequence[int] = ()
) -> None:
    """Mark runs of short lines that no paragraph introduces (``link-list``).

    A list the story introduces ("The measures include:", then its items) stays: its
    items that read as sentences ("A deal worth $1.8 billion (estimate)") do not cut
    the list in two, leaving a tail that nothing seems to introduce. A run ends where
    a captured field stood (``breaks``: positions of the summary bullets), as it
    ends at the bullets' text when the story is parsed again.
    """
    # Blocks already going are invisible here, as they will be when the story is
    # parsed again: a run is judged on what stays. A run is held as its first and last
    # block: the blocks between that stay are its lines (nothing in it is marked
    # before it ends), as a page of a million menu lines may be one run.
    if _GATES and len(blocks) < _LIST_RUN:
        # (issue #2) A run marked holds _LIST_RUN lines that stay, or fewer and the
        # chrome lines in and beside it (:func:`_mark_run`): as many blocks at least.
        return
    opened = False  # the last kept block ended in a colon, or is an item after one
    first = last = -1
    previous = ""
    for i in range(len(blocks) + 1):
        if i < len(blocks):
            if reasons[i] is not None:
                continue
            block = blocks[i]
            introduced = opened and block.kind == "li"
            if not introduced:
                opened = block.text.endswith(":")
            if first >= 0 and any(blocks[last].end <= at < block.start for at in breaks):
                _mark_run(blocks, first, last, previous, reasons)
                first, previous = -1, ""
            if introduced or not (is_prose(block.text) or _unspaced_line(block.text)):
                first = i if first < 0 else first
                last = i
                continue
        if first >= 0:
            _mark_run(blocks, first, last, previous, reasons)
            first = -1
        previous = blocks[i].text if i < len(blocks) else ""


def _unspaced_line(text: str) -> bool:
    """Tell whether a line holds a wrapped paragraph's run of a script written without
    spaces (:data:`_UNSPACED_LINE` of its characters or more): text, not a link."""
    return (
        len(text) >= _UNSPACED_LINE
        and ("。" in text or text.count("、") >= _UNSPACED_COMMAS)
        and len(patterns.UNSPACED_CHAR.findall(text)) >= _UNSPACED_LINE
    )


def _mark_run(
    blocks: tuple[Block, ...], first: int, last: int, previous: str, reasons: Marks
) -> None:
    """Mark the run of short lines from ``first`` to ``last`` (the blocks between that
    no other rule marked) as a link list unless a colon introduces it."""
    if previous.endswith(":"):
        return
    run = 0
    for j in range(first, last + 1):
        if reasons[j] is None:
            if blocks[j].text.endswith(":"):
                return
            run += 1
    if run < _LIST_RUN and not (
        _buttons(blocks, first, last, reasons)
        and run + _chrome_lines(blocks, first, last, reasons) >= _LIST_RUN
    ):
        return
    for j in range(first, last + 1):
        if reasons[j] is None:
            reasons[j] = "link-list"


def _buttons(blocks: tuple[Block, ...], first: int, last: int, reasons: Marks) -> bool:
    """Tell whether the lines that stay in a run of short lines are all a button's
    label (:data:`_BUTTON_CHARS` at most: "merken", "Drucken"), no title or heading."""
    return all(
        len(blocks[j].text) <= _BUTTON_CHARS for j in range(first, last + 1) if reasons[j] is None
    )


def _chrome_lines(blocks: tuple[Block, ...], first: int, last: int, reasons: Marks) -> int:
    """Count the short lines marked as chrome phrases in a run of short lines from
    ``first`` to ``last`` and right beside it (issue #4): a share row's or a card's
    buttons ("In Pocket speichern", "merken", "Artikel teilen") are one run with the
    buttons between them that no phrase names (:func:`_buttons`), which go with it."""
    count = 0
    for j in range(first, last + 1):
        count += reasons[j] == "chrome-phrase" and not is_prose(blocks[j].text)
    for start, step in ((first - 1, -1), (last + 1, 1)):
        j = start
        while 0 <= j < len(blocks) and reasons[j] == "chrome-phrase":
            if is_prose(blocks[j].text):
                break
            count += 1
            j += step
    return count


#: (issue #4) How many characters a block's opening must run for, at least, to count as
#: its text again further on (an image's alt text and caption, a teaser card's link and
#: title: "Flood hits the coast Flood hits the coast"), and the least share of the block
#: that copy must be.
_SELF_COPY = 20
_SELF_COPY_SHARE = 0.3


def _mark_dump_images(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark what a text browser prints for an image or a teaser card (issue #4).

    A block whose opening stands in it again (:func:`_self_copy`) is an image's alt
    text and caption, or a card's link and title, never a story's paragraph; a block
    that opens with an image's file name (``patterns.IMAGE_FILE_NAME``) is its caption or a
    teaser beside it; a block that ends with a photo agency's credit
    (:func:`_agency_caption`) or opens as an archive photo's caption ("FILE - ") is a
    caption, and so is a short one closed by its source in brackets after its
    sentence ("... listed for sale. (Bespoke Real Estate)"; :func:`_sourced_caption`)
    when the story goes on below it (a story's last paragraph may close with the
    agency's credit so), and so is one with an agency's handling note on its photo
    ("MANDATORY CREDIT"; :func:`_handling_note`). The story's first block stays for
    the fields read from it (a dateline below it would become the lead when the story
    is parsed again).
    """
    # The story's last paragraph (found once, walking from the end).
    last = next((i for i in range(len(blocks) - 1, -1, -1) if is_prose(blocks[i].text)), 0)
    for i, block in enumerate(blocks):
        if i == 0:
            # Unless it is a line twice over (the headline or a caption printed
            # with its copy): the fields are read from the blocks below it as well.
            if _twice(block.text) and len(blocks) > 1:
                reasons[i] = reasons[i] or "repeated"
            continue
        text = block.text
        after = blocks[i + 1].text if i + 1 < len(blocks) else ""
        # (cheap first) One block opens the other in both tests: the same first character.
        if text[0] == after[:1] and (_copied_below(text, after) or _copied_above(text, after)):
            # An image's alt text, its caption below it (or the caption with a label
            # or credit, the alt text below it).
            reasons[i] = reasons[i] or "caption"
            reasons[i + 1] = reasons[i + 1] or "caption"
        if reasons[i] is not None:
            continue
        if _said_again(text):
            reasons[i] = "repeated"
        elif _embed_notice(text):
            reasons[i] = "chrome-phrase"
        elif (
            (_may_be_file_name(text) and patterns.IMAGE_FILE_NAME.match(text) is not None)
            or (text.startswith("FILE") and patterns.FILE_PHOTO.match(text) is not None)
            or _agency_caption(text)
            or (i < last and _sourced_caption(text))
            or _handling_note(text)
        ):
            reasons[i] = "caption"


def _may_be_file_name(text: str) -> bool:
    """Tell cheaply whether ``patterns.IMAGE_FILE_NAME`` may match at a block's start
    (False is sure): a bracketed name opens with "[", a name of hyphen-joined words
    holds :data:`_FILE_NAME_HYPHENS` hyphens (issue #6)."""
    return text[0] == "[" or text.count("-") >= _FILE_NAME_HYPHENS


#: (issue #4) A word of each handling note (``patterns.PHOTO_HANDLING_NOTE``): a cheap
#: test before the pattern's.
_HANDLING_HINTS = ("CREDIT", "ONLY", "RESALES", "ARCHIVES", "THIRD PARTY", "OF THE DAY")


def _handling_note(text: str) -> bool:
    """Tell whether a block no longer than a caption (:data:`_CAPTION_CHARS`) holds an
    agency's handling note on a photo (``patterns.PHOTO_HANDLING_NOTE``: "MANDATORY
    CREDIT"), which closes its caption (issue #4)."""
    return (
        len(text) <= _CAPTION_CHARS
        and _holds_any(text, _HANDLING_HINTS)
        and patterns.PHOTO_HANDLING_NOTE.search(text) is not None
    )


def _sourced_caption(text: str) -> bool:
    """Tell whether a short block is a sentence or two closed by a source in brackets
    (``patterns.CAPTION_SOURCE``: "... (AP)", "... (Archivbild)"; or a photographer and
    a paper, ``patterns.CAPTION_PHOTOGRAPHER``: "... (Jane Doe/CBC)"), not lynx's
    "(BUTTON)" (issue #4)."""
    return (
        len(text) <= _TEASER_CHARS
        and text[-1] == ")"
        and (
            patterns.CAPTION_SOURCE.search(text, max(0, len(text) - _CREDIT_LINE)) is not None
            or patterns.CAPTION_PHOTOGRAPHER.search(text, max(0, len(text) - _CREDIT_LINE))
            is not None
        )
        and patterns.DUMP_BUTTON.search(text, max(0, len(text) - _CREDIT_LINE)) is None
    )


#: (issue #4) Longest caption so credited, and the words that make the credit a source
#: of the story's facts instead ("... Saisontoren. Quelle: sid/dpa"): the paragraph stays.
_CAPTION_CHARS = 500
_SOURCE_WORDS = ("Quelle", "Source", "Fuente", "Fonte", "Kilde", "Källa", "Bron", "Źródło")


#: (issue #6) A sentence's end other than a closing bracket: a caption so ended has no
#: agency's credit after it (the set made once, not per block).
_CLOSED_SENTENCE = patterns.SENTENCE_END.difference(")")
#: (issue #6) The last character of every ``patterns.KOREAN_PHOTO_CREDIT`` match.
_KOREAN_CREDIT_ENDS = frozenset("]1스자")


def _agency_caption(text: str) -> bool:
    """Tell whether a block is a caption closed by a photo agency's credit (issue #4),
    a Korean one too (``patterns.KOREAN_PHOTO_CREDIT``)."""
    if len(text) > _CAPTION_CHARS:
        return False
    # Cheap first: a Korean credit ends with the last letter of an agency's name
    # ("연합뉴스", "뉴시스", "뉴스1"), of "기자" (a reporter) or with a bracket.
    if text[-1] in _KOREAN_CREDIT_ENDS and patterns.KOREAN_PHOTO_CREDIT.search(
        text, max(0, len(text) - _CREDIT_LINE)
    ):
        return True
    if text[-1] in _CLOSED_SENTENCE:
        return False
    if patterns.AGENCY_PHOTO_FIRST.search(text, max(0, len(text) - _CREDIT_LINE)) is not None:
        return True  # "... AP Photo/Jane Roe, File"
    credit = patterns.AGENCY_PHOTO_CREDIT.search(text[-_CREDIT_LINE * 2 :])
    if credit is None:
        return False
    tail = text[-_CREDIT_LINE * 2 :][: credit.start()][-_CREDIT_LINE:]
    return not any(word in tail for word in _SOURCE_WORDS)


def _copied_below(text: str, after: str) -> bool:
    """Tell whether the block below a block starts with its text (four words or more):
    the block is an image's alt text, the one below its caption."""
    if len(text) < _SELF_COPY or not after.startswith(text) or text.count(" ") < 3:
        return False
    # Below a sentence, the caption goes on with its credit ("... Foto: dpa"), never
    # with another sentence (a story's next paragraph may open with the same words).
    rest = after[len(text) :].rstrip()
    return text[-1] not in patterns.SENTENCE_END or (
        len(rest) <= _CREDIT_LINE and rest[-1:] not in _FULL_STOPS
    )


def _copied_above(text: str, after: str) -> bool:
    """Tell whether a block is the block below it (four words or more) and a short
    tail that ends no sentence ("... said. 사진 확대", "... [65c5a]", "... Jane Doe for
    Example"): an image's caption with its label or credit, the alt text below it
    (issue #4)."""
    if len(after) < _SELF_COPY or after.count(" ") < 3 or not text.startswith(after):
        return False
    rest = text[len(after) :].rstrip()
    return 0 < len(rest) <= _CREDIT_LINE and rest[-1] not in _FULL_STOPS


def _doubled(text: str) -> bool:
    """Tell whether a block is its opening twice or more, a short tail at most ("A woman
    at her desk. A woman at her desk. Audio"): an image's alt text run into its caption
    (issue #4). A refrain in a story's paragraph has more after it."""
    if _twice(text):
        return True
    at = _opening_again(text)
    return at >= 0 and _doubled_from(text, at)


def _doubled_from(text: str, at: int) -> bool:
    """:func:`_doubled` past its first tests, given where the text's opening
    (:data:`_SELF_COPY` characters) stands again, ``at``."""
    opening = text[:at].rstrip()
    if len(opening) < _SELF_COPY or opening.count(" ") < 3:
        return False
    end = at
    while text.startswith(opening, end):
        end += len(opening)
        while end < len(text) and text[end] == " ":
            end += 1
    return end > at and len(text) - end <= _CREDIT_LINE


#: (issue #4) Fewest characters of a line that a block is twice over.
_TWICE_CHARS = 10


def _twice(text: str) -> bool:
    """Tell whether a block is one line of two words or more twice over, run together
    or with a space between ("Gauteng weekend weatherGauteng weekend weather", "vor 3
    Stundenvor 3 Stunden"): an image's alt text and caption, a link's two labels, however
    few words they have (issue #4)."""
    if len(text) < 2 * _TWICE_CHARS or text[0] != text[-(len(text) // 2)]:
        return False  # (cheap first: the second half opens as the first does)
    half = doubled_half(text)
    return half is not None and " " in half


#: (issue #4) Longest notice in place of an embedded post or video.
_NOTICE_CHARS = 400


def _embed_notice(text: str) -> bool:
    """Tell whether a block is a notice in place of embedded content that waits for the
    reader's consent (``patterns.EMBED_CONTENT`` and ``patterns.EMBED_CONSENT``; issue #4)."""
    return (
        len(text) <= _NOTICE_CHARS
        and ("nhalt" in text or "NHALT" in text)  # (cheap first: every match holds it)
        and patterns.EMBED_CONTENT.search(text) is not None
        and patterns.EMBED_CONSENT.search(text) is not None
    )


def _self_copy(text: str) -> bool:
    """Tell whether ``text`` says its opening again: from the opening's next occurrence
    on, it runs as the text's start for :data:`_SELF_COPY` characters and
    :data:`_SELF_COPY_SHARE` of the block, four words at least, with letters."""
    at = _opening_again(text)
    return at >= 0 and _self_copy_from(text, at)


def _opening_again(text: str) -> int:
    """Return where the text's opening (:data:`_SELF_COPY` characters) stands again, the
    place :func:`_self_copy` and :func:`_doubled` read on from; -1 when it does not, or
    the text is too short to hold it twice."""
    if len(text) < 2 * _SELF_COPY:
        return -1
    return text.find(text[:_SELF_COPY], 1)


def _self_copy_from(text: str, at: int) -> bool:
    """:func:`_self_copy` past its first tests, given where the text's opening
    (:data:`_SELF_COPY` characters) stands again, ``at``."""
    if text[at - 1] == " " and text[at - 2] in patterns.SENTENCE_END:
        return False  # a sentence said again is a story's own (a refrain, a quote)
    size = len(text) - at
    same = next((n for n in range(size) if text[n] != text[at + n]), size)
    return (
        same >= _SELF_COPY_SHARE * len(text)
        and text.count(" ", 0, same) >= 3
        and sum(c.isalpha() for c in text[:same]) >= _SELF_COPY
    )


def _said_again(text: str) -> bool:
    """``_self_copy(text) or _doubled(text)``, the text's opening looked for again once
    (issue #6) by :func:`_opening_again`."""
    if _twice(text):  # (the first of _doubled's tests)
        return True
    at = _opening_again(text)
    return at >= 0 and (_self_copy_from(text, at) or _doubled_from(text, at))


#: (issue #4) How many reader's words make an appeal.
_READER_HITS = 2


def _mark_appeals(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark the page's appeals to the reader that end the story (issue #4): from the
    last block up, past lines that are no prose, each paragraph that addresses the
    reader (:func:`_addresses_reader`), up to the first that does not."""
    for i in range(len(blocks) - 1, -1, -1):
        if reasons[i] is not None:
            continue
        text = blocks[i].text
        if _addresses_reader(text):
            reasons[i] = "chrome-phrase"
        elif is_prose(text):
            return


def _addresses_reader(text: str) -> bool:
    """Tell whether a paragraph says "you" twice (``patterns.READER_WORDS``, one of them
    sure) and quotes nobody."""
    # The tests are pure and all must pass: the quotation marks are looked for first,
    # the cheapest look, which rules out most of a story's paragraphs.
    if patterns.QUOTE_MARKS.search(text) is not None:
        return False
    sure = sum(1 for _ in itertools.islice(patterns.READER_WORDS.finditer(text), _READER_HITS))
    if not sure:
        return False
    return sure >= _READER_HITS or patterns.READER_WORDS_MAYBE.search(text) is not None


#: (issue #4) A menu a text browser runs into one line ("World Business Travel Culture
#: Special coverage ..."): this many words or more, most of them capitalised
#: (:data:`_MENU_CAPS`), and no sentence's end. A German sentence capitalises its nouns,
#: about a third of its words; a title in title case is shorter.
_MENU_WORDS = 12
_MENU_CAPS = 0.75
_FULL_STOPS = frozenset(".!?。！？")
_FULL_STOP_MARKS = tuple(sorted(_FULL_STOPS))


def _mark_menu_lines(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark the menus a text browser runs into one line inside the story (issue #4),
    below its first block; the first too when it runs twice as long (no title runs to
    :data:`_MENU_WORDS` twice)."""
    for i, block in enumerate(blocks):
        # (cheap first, issue #6) A full stop looked for mark by mark, not character by
        # character; a line too short for its words (each a letter, a character
        # between two) is not read for them.
        least = _MENU_WORDS if i else 2 * _MENU_WORDS
        if (
            reasons[i] is not None
            or len(block.text) < 2 * least - 1
            or _holds_any(block.text, _FULL_STOP_MARKS)
        ):
            continue
        words = patterns.LETTER_WORD.findall(block.text)
        if len(words) >= least and sum(w[0].isupper() for w in words) >= _MENU_CAPS * len(words):
            reasons[i] = "link-list"


#: (issue #4) What a sentence's part that runs on from the block above starts with when
#: a renderer broke the sentence at a link ("West Ham United" / ". Manchester City
#: tritt ... bei" / "Nottingham Forest" / "an, Arsenal muss ..."): punctuation, or a
#: small letter when a clause follows (a comma; a menu's "ntv Dienste" has none).
_CONTINUATION = frozenset(".,;)")


def _keep_broken_sentences(
    blocks: tuple[Block, ...], reasons: Marks, *, clauses: Callable[[], bool] | None = None
) -> None:
    """Unmark a run of short lines that is a paragraph a renderer broke at its links
    (issue #4): one of its lines (or the line right below it) runs on, words and all,
    from a line above that ends no sentence (:func:`_runs_on`). A menu's items each
    stand alone. Text browsers that wrap paragraphs (w3m, lynx) never break one so;
    BeautifulSoup's text breaks it at every link. HTML blocks (with a context) are
    whole paragraphs: their runs stand. Where ``clauses`` tells the dump's paragraphs
    are not hard-wrapped (asked once, when first needed), a line that runs on by its
    length (:func:`_clause_runs_on`) unmarks its sentence's lines only
    (:func:`_keep_broken_sentence`): the run may hold a list of other stories above it."""
    unwrapped: bool | None = None if clauses is not None else False
    first = 0  # the run of link lines is first .. i - 1
    for i in range(len(blocks) + 1):
        if i < len(blocks) and reasons[i] == "link-list":
            continue
        run = range(first, i)
        broken = run and not any(blocks[j].context for j in run)
        if broken and any(_runs_on(blocks, j) for j in range(first, i + 1)):
            for j in run:
                reasons[j] = None
        elif broken and unwrapped is not False:
            for j in range(first, i + 1):
                if not _clause_runs_on(blocks, j):
                    continue
                if unwrapped is None and clauses is not None:
                    unwrapped = clauses()
                if unwrapped:
                    _keep_broken_sentence(blocks, reasons, j, first, i - 1)
        first = i + 1


def _keep_broken_sentence(
    blocks: tuple[Block, ...], reasons: Marks, j: int, first: int, last: int
) -> None:
    """Unmark, of the run ``first`` .. ``last``, the lines of the sentence that block
    ``j`` goes on with (issue #4): the line above it, the lines above that each
    run on into a line opening with a small letter, and the lines below each joined to
    the one above (:func:`_sentence_joins`). A title above the sentence ("Market hall
    to close") runs on into nothing."""
    low = max(first, j - 1)
    while low > first and _sentence_joins(blocks[low - 1].text, blocks[low].text, up=True):
        low -= 1
    high = min(j, last)
    while high < last and _sentence_joins(blocks[high].text, blocks[high + 1].text):
        high += 1
    for k in range(low, high + 1):
        reasons[k] = None


def _sentence_joins(above: str, below: str, *, up: bool = False) -> bool:
    """Tell whether line ``below`` goes on with the sentence of line ``above``: that
    ends no sentence, and ``below`` opens with a small letter, a comma or a full stop,
    or ``above`` ends in a word in small letters ("... said in" / "Millbrook"); going
    ``up`` from a sentence, in a short one ("in", "der", "the": a title's last word is
    longer more often)."""
    if above[-1] in patterns.SENTENCE_END:
        return False
    if below[0].islower() or below[0] in _CONTINUATION:
        return True
    word = above[above.rfind(" ") + 1 :]
    return word[0].islower() and (not up or len(word) <= _SHORT_WORD)


#: (issue #4) Letters of a short word ("in", "der", "the").
_SHORT_WORD = 3


#: (issue #4) Fewest words of a standfirst: a kicker, a label or a byline is shorter.
_STANDFIRST_WORDS = 12


def _keep_standfirst(draft: Draft, reasons: Marks) -> None:
    """Unmark the standfirst that a link run took (issue #4): the block right below the
    captured headline, when it reads as one sentence of :data:`_STANDFIRST_WORDS` words
    or more ("Police continue to search the debris after the blaze that ..."), with no
    title's colon, caption's credit or chrome phrase: the story's summary, often
    followed by the byline, time and share row that make the run."""
    head = next((r for r in draft.removed if r.field == "headline"), None)
    if head is None:
        return
    blocks = draft.blocks
    k = bisect.bisect_left(blocks, head.end, key=_block_start)
    if k == len(blocks) or reasons[k] != "link-list" or blocks[k].context:
        return
    text = blocks[k].text
    if (
        text.count(" ") + 1 >= _STANDFIRST_WORDS
        and text[0].isupper()
        and text[-1] not in ":|"
        and not any(mark in text for mark in _NO_STANDFIRST)
        and not has_chrome_phrase(text)
        and not has_photo_credit(text)
    ):
        reasons[k] = None


#: What a standfirst has not: a kicker's or a title's colon, a sentence's end inside
#: it (a caption and its credit: "Jane Doe after the race. Jane Doe"), a credit's dash.
_NO_STANDFIRST = (": ", ". ", " — ", " | ")


def _keep_wrapped_openings(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Unmark a link run's last line that opens the wrapped paragraph right below it
    (issue #4): a text browser's line of a script written without spaces, of twenty
    characters or more and ending in no full stop, above a long line of that script
    that is running text (:func:`_unspaced_line`) and ends in none either (it is
    wrapped too), runs on into it ("【City＝Name】The president of" / "said on
    Tuesday that ... and" / "...", in Japanese). A label or a menu's item above a
    whole paragraph stays marked; HTML blocks (with a context) stand."""
    for i in range(len(blocks) - 1):
        text, below = blocks[i].text, blocks[i + 1].text
        if (
            reasons[i] == "link-list"
            and reasons[i + 1] is None
            and not blocks[i].context
            and len(text) >= _SHORT_PROSE
            and patterns.UNSPACED_CHAR.fullmatch(text[-1]) is not None
            and _FULL_STOPS.isdisjoint(text[-1] + below[-1])
            and _unspaced_line(below)
        ):
            reasons[i] = None


def _runs_on(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether block ``i`` goes on with the sentence of the block above it."""
    if not 0 < i < len(blocks):
        return False
    text, above = blocks[i].text, blocks[i - 1].text
    return (
        (text[0] in _CONTINUATION or (text[0].islower() and ", " in text))
        and " " in text
        and above[-1] not in patterns.SENTENCE_END
    )


#: (issue #4) Fewest words of a line opening with a small word that make it the
#: rest of a sentence, comma or not: a menu's item is shorter.
_CLAUSE_WORDS = 10


def _clause_runs_on(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether block ``i`` is the rest of the sentence of the block above it by its
    length (issue #4): it opens with a word in small letters and runs for
    :data:`_CLAUSE_WORDS` words or more, and the block above ends no sentence ("British
    backpacker" / "and lawyer Jane Doe was among those to have died in the ...")."""
    if not 0 < i < len(blocks):
        return False
    text = blocks[i].text
    return (
        text[0].islower()
        and text.count(" ") + 1 >= _CLAUSE_WORDS
        and text.split(" ", 1)[0].isalpha()
        and blocks[i - 1].text[-1] not in patterns.SENTENCE_END
    )


def _unwrapped(draft: Draft) -> bool:
    """Tell whether a text dump's paragraphs are not hard-wrapped: a block holds a line
    of :data:`_UNWRAPPED` characters or more (a text browser's lines are 80 columns
    wide). So is BeautifulSoup's text, which breaks a paragraph at its links instead."""
    source = draft.source
    for block in draft.blocks:
        if block.context or block.end - block.start < _UNWRAPPED:
            continue
        start = block.start
        while start < block.end:
            stop = source.find("\n", start, block.end)
            if stop < 0:
                stop = block.end
            if stop - start >= _UNWRAPPED:
                return True
            start = stop + 1
    return False


#: (issue #4) A line this long was never wrapped by a text browser.
_UNWRAPPED = 240


#: (issue #4) How many blocks of the story stand above a list of other stories, at
#: least, and how much longer than the story above it the list may run, at most.
_MORE_AFTER = _HEAD_ZONE
_MORE_SHARE = 2.0


def _mark_more_stories(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark a page's list of other stories below the story (issue #4): from a line that
    heads one (``patterns.MORE_STORIES_HEADINGS``: "You may also like", "Das könnte
    Sie auch interessieren") to the end, when the story above it has a few blocks and
    the list runs under twice its length. The teasers below the heading read as prose,
    and stayed; the heading may be marked already as a link run's line, but one marked
    as a chrome phrase ("Related stories") heads a box inside the story as often, and
    ends nothing."""
    _mark_tail(blocks, reasons, _heads_more_stories)


def _heads_more_stories(block: Block, reason: str | None) -> bool:
    """Tell whether a block heads a list of other stories (see :func:`_mark_more_stories`)."""
    text = block.text
    if reason == "chrome-phrase" or text.count(" ") >= _CHROME_WORDS or is_prose(text):
        return False
    button = patterns.DUMP_BUTTON.match(text)  # lynx: "(BUTTON) Most recent"
    return tuple(_words(text[button.end() if button else 0 :])) in patterns.MORE_STORIES_HEADINGS


def _mark_tail(
    blocks: tuple[Block, ...], reasons: Marks, starts: Callable[[Block, str | None], bool]
) -> None:
    """Mark ``page-chrome`` from the first block that ``starts`` a page's tail (given the
    block and its mark) to the end, where the story above it holds :data:`_MORE_AFTER`
    blocks at least and what stays below runs under :data:`_MORE_SHARE` times the text
    that stays above (a story about such lists or dialogs goes on below)."""
    if _GATES and len(blocks) <= _MORE_AFTER:  # (issue #2) no block has that many above
        return
    # The kept text above each block, summed as the blocks are passed (one pass).
    total = sum(len(b.text) for j, b in enumerate(blocks) if reasons[j] is None)
    above = 0
    for i, block in enumerate(blocks):
        if i:
            above += len(blocks[i - 1].text) if reasons[i - 1] is None else 0
        # (issue #6) The share first: a block in the story's first third is read no further.
        if i < _MORE_AFTER or total - above > _MORE_SHARE * above:
            continue
        if not starts(block, reasons[i]):
            continue
        for j in range(i, len(blocks)):
            reasons[j] = reasons[j] or "page-chrome"
        return


def _mark_paywall_end(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark what a paywall or a device-limit dialog ends the story with (issue #4): from
    a short block that says the subscription is read on another device or that the
    rest is for subscribers (``patterns.PAYWALL_END``) to the end, when the story above
    it has a few blocks and what follows runs under twice its length (as for
    :func:`_mark_more_stories`: a story that is about such dialogs goes on below)."""
    _mark_tail(blocks, reasons, _ends_with_paywall)


def _ends_with_paywall(block: Block, _reason: str | None) -> bool:
    """Tell whether a block is a paywall's or device limit's line (:func:`_mark_paywall_end`)."""
    return (
        len(block.text) <= _SLOT_CHARS
        and _holds_any(block.text.casefold(), _PAYWALL_END_WORDS)  # (cheap first)
        and patterns.PAYWALL_END.search(block.text) is not None
    )


#: (issues #2, #6) A keyword of each ``patterns.PAYWALL_END`` alternative, as
#: :data:`_SOURCE_NOTE_WORDS` are (no "i"): "autre app" of "autre appareil", "usando
#: en", "corso su", "another dev" of "another device", "anderen ger" of "anderen
#: Gerät", "vous reste", "aux abonn" of "aux abonnés".
_PAYWALL_END_WORDS = (
    "autre app", "usando en", "corso su", "another dev", "anderen ger", "vous reste", "aux abonn",
)  # fmt: skip


#: (issue #4) How many times a short line must stand in the story to be the page's
#: label between its paragraphs ("Article content", "Advertisement", "Reply").
_LABEL_REPEATS = 3


def _mark_repeated_labels(
    blocks: tuple[Block, ...], reasons: Marks, least: int = _LABEL_REPEATS
) -> None:
    """Mark a short line that the story's span holds three times or more, each time on
    its own between two blocks (issue #4): a label the page sets between paragraphs
    ("Article content", "Reklama", a comment's "Reply"), never a sentence. Shorter
    than the blocks the furniture filter calls repeated when they stand twice, and so
    marked only when they stand thrice. A line ending in a colon (an interview's
    "Question:") stays, and so does a link's words that a renderer broke out of a
    sentence ("the Duchess of Sussex," / "Jane Doe" / "said"; :func:`_stands_alone`)."""
    if _GATES and len(blocks) < least:  # (issue #2) a label stands ``least`` times
        return
    counts = Counter(
        b.text
        for i, b in enumerate(blocks)
        if reasons[i] is None
        and len(b.text) < _REPEAT_MIN
        and b.text[-1] != ":"
        and _stands_alone(blocks, i)
    )
    labels = {text for text, n in counts.items() if n >= least and not is_prose(text)}
    if not labels:
        return
    for i, block in enumerate(blocks):
        if reasons[i] is None and block.text in labels and _half_alone(blocks, i):
            reasons[i] = "repeated"


def _half_alone(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether a label found standing alone elsewhere (:func:`_stands_alone`)
    stands apart here on one side at least (issue #4): it neither starts in small
    letters nor goes on with the sentence above, and the block below starts as a
    sentence does, or it is a tag in small letters over a sentence (one word, then a
    capital) and the block above ends a sentence. The label between a
    paragraph and a caption led by a tag in small letters ("india People look ..."),
    or between a caption's credit and a paragraph, goes; a link's words broken out of
    a sentence ("the Duchess of Sussex," / "Jane Doe" / "said") stand apart on
    neither side, and stay, as do those opening one ("... beach." / "Jane Doe" /
    "stayed in the car")."""
    text = blocks[i].text
    if text[0].islower() or _runs_on(blocks, i):
        return False
    above = blocks[i - 1].text if i else "."
    below = blocks[i + 1].text if i + 1 < len(blocks) else ""
    if not below[:1].islower():
        return not _runs_on(blocks, i + 1)
    # Below starts in small letters: a tag over a caption ("india People look ..."),
    # or the rest of a sentence that the label's words open ("stayed in the car").
    words = below.split(maxsplit=2)
    return above[-1] in patterns.SENTENCE_END and len(words) > 1 and words[1][0].isupper()


def _stands_alone(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether block ``i`` stands between two blocks as a line of its own: it
    and the block below start as a sentence or a title does, not with a small letter
    or as a run-on (:func:`_runs_on`), and the block above is a line of its own too
    or ends a sentence."""
    above = blocks[i - 1].text if i else "."
    below = blocks[i + 1].text if i + 1 < len(blocks) else ""
    return (
        not blocks[i].text[0].islower()
        and not below[:1].islower()
        and (above[-1] in patterns.SENTENCE_END or not is_prose(above))
        and not _runs_on(blocks, i + 1)
        and not _runs_on(blocks, i)
    )


#: (issue #4) Most characters after an author's name on a line that is no sentence
#: ("Jane Doe, SWR", "Jane Doe | Brussels", "Jane DoeRedakteurin"), and most words
#: there when they follow a space ("Jane Doe 2 min read"; a title that opens with a
#: company's name has more).
_AUTHOR_REST = 40
_AUTHOR_REST_WORDS = 3


def _mark_author_lines(
    blocks: tuple[Block, ...], reasons: Marks, byline: Sequence[str], headline: str | None
) -> None:
    """Mark the lines and paragraphs that open with a captured author's full name
    (issue #4), below the story's first block: a line that is no sentence is the name
    again ("Jane Doe", "Jane Doe, SWR": ``repeated``); a paragraph in the story's
    second half is the author's box ("Jane Doe is a reporter in London.":
    ``chrome-context``). A name of one word, one that runs on into a longer word
    ("Jane Doering"), or one the headline or the story's first half names in its
    prose (a company that put out the story, a subject the byline was misread from)
    marks nothing; nor does a name that a renderer broke out of a sentence at its
    link (:func:`_stands_alone`)."""
    if not any(" " in name.strip() for name in byline):
        return
    # The story's second half starts at the middle one of the blocks that stay (found
    # by counting: a page of a million lines keeps no list of them).
    middle = reasons.count(None) // 2
    half = -1
    for i, reason in enumerate(reasons):
        if reason is None:
            if not middle:
                half = i
                break
            middle -= 1
    if half < 0:
        return
    title = (headline or "").casefold()
    names = [
        name
        for name in (n.casefold() for n in byline if " " in n.strip())
        if name not in title and not any(_names_subject(blocks, j, name) for j in range(1, half))
    ]
    if not names:
        return
    # (issue #6) A name opens a block's fold when it opens the fold of the block's first
    # characters, as many as the longest name has: each character folds on its own, to
    # one character or more. A paragraph is not folded whole.
    longest = max(map(len, names))
    for i in range(1, len(blocks)):
        if reasons[i] is not None:
            continue
        text = blocks[i].text
        low = text[:longest].casefold()
        for name in names:
            if not low.startswith(name):
                continue
            rest = text[len(name) :]
            if rest[:1].islower():
                continue
            if not is_prose(text):
                if (
                    _stands_alone(blocks, i)
                    and len(rest) <= _AUTHOR_REST
                    and (not rest[:1].isspace() or rest.count(" ") <= _AUTHOR_REST_WORDS)
                ):
                    reasons[i] = "repeated"
            elif i >= half:
                reasons[i] = "chrome-context"
            break


def _mark_byline_lines(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark a short line inside the story that is a byline and nothing more ("Von Jane
    Doe", "By John Roe"; issue #4) as ``chrome-context``: the byline filter took
    the story's own from its head, and one further down is a teaser card's (another
    story's author) or the author's box's. Only below a line that is no prose (the
    card's title, the box's heading): a byline between two of the story's paragraphs
    or closing it stays, as the byline filter leaves it there (fixture
    ``negative-byline-sentence-in-body``). A line with a sentence's end, or a list
    item, is no byline here."""
    previous = ""  # the last block above that stays
    for i, block in enumerate(blocks):
        text = block.text
        above, previous = previous, (text if reasons[i] is None else previous)
        if (
            reasons[i] is None
            and above
            and not is_prose(above)
            and len(text) <= _CREDIT_LINE
            and text[-1] not in patterns.SENTENCE_END
            and _may_byline(text)
            and byline_names(block) is not None
        ):
            reasons[i] = "chrome-context"


#: (issue #4) How many blocks above the story's last paragraph the author's name may
#: stand for the paragraph to be the author's box below the story.
_BOX_REACH = 3


def _mark_author_box(blocks: tuple[Block, ...], reasons: Marks, byline: Sequence[str]) -> None:
    """Mark the author's box that ends the story (issue #4): its last paragraph, when a
    line at most :data:`_BOX_REACH` blocks above it is a captured author's full name
    again (with a role or a link's words at most: "Jane Doe", "Jane Doe Reporter"),
    whatever that line's own mark. The box's sentences about the author ("Seit 2019
    bei der Zeitung", "Doe covers politics") need not name the author, as those
    :func:`_mark_author_lines` reads do. The story must keep :data:`_MORE_AFTER`
    blocks above the box; a name of one word marks nothing."""
    names = [n.casefold() for n in byline if " " in n.strip()]
    if not names:
        return
    last = next(
        (
            i
            for i in range(len(blocks) - 1, -1, -1)
            if reasons[i] is None and is_prose(blocks[i].text)
        ),
        None,
    )
    if last is None or reasons[:last].count(None) < _MORE_AFTER:
        return
    for j in range(max(0, last - _BOX_REACH), last):
        low = blocks[j].text.casefold()
        if any(low.startswith(n) and len(low) <= len(n) + _AUTHOR_REST for n in names):
            reasons[last] = "chrome-context"
            return


def _names_subject(blocks: tuple[Block, ...], i: int, name: str) -> bool:
    """Tell whether block ``i`` names ``name`` (case-folded) as a story does its
    subject: in a sentence, or in a link a renderer broke out of one."""
    text = blocks[i].text
    return name in text.casefold() and (is_prose(text) or not _stands_alone(blocks, i))


#: (issue #4) Longest line where an advert or a video did not load.
_SLOT_CHARS = 200
#: What every match of ``patterns.AFFILIATE_NOTICE`` holds (a cheap test first).
_AFFILIATE_HINTS = ("ffiliate", "FFILIATE", "ommission", "OMMISSION")


def _mark_notices(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark a link to another story that a label opens ("Read more: Storm hits the
    coast", "Les også: ..."; ``patterns.READ_ALSO_LABEL``), no longer than a teaser,
    a shop's note that the page earns from its links (``patterns.AFFILIATE_NOTICE``),
    no longer than a notice, a line where an advert or a video did not load
    (``patterns.SLOT_NOTICE``: "Story continues below"), a copyright line
    (``patterns.COPYRIGHT_LINE``: "Copyright © 2025 ..."; issue #4) and, in a text
    dump, a request to follow the site on Google (:func:`_follow_request`: "Add us as
    a preferred source on Google"; an HTML page's is left as it was). What lynx prints
    for an embedded frame ("IFRAME: https://...") and a line of its buttons ("(BUTTON)
    Listen") is ``form-debris``, and so is a poll's option behind a text browser's
    radio button ("( )Ja, unbedingt."; ``patterns.DUMP_RADIO``; h9)."""
    for i, block in enumerate(blocks):
        if reasons[i] is not None:
            continue
        text = block.text
        if (
            (text.startswith("IFRAME:") and patterns.DUMP_IFRAME.match(text) is not None)
            # (issue #6) patterns.DUMP_BUTTON matches where its literal opens the block.
            or (text.startswith("(BUTTON)") and not is_prose(text))
            or (text[0] == "(" and patterns.DUMP_RADIO.match(text) is not None)
        ):
            reasons[i] = "form-debris"
        elif _is_notice(text) or (not block.context and _follow_request(text)):
            reasons[i] = "chrome-phrase"


#: (issue #4, h9) Most blocks below a notice in place of embedded content that its box
#: holds, and the longest of them (a sentence, a button, a privacy note).
_EMBED_BOX_BLOCKS = 4
_EMBED_BOX_CHARS = 200


def _mark_embed_boxes(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark a notice in place of embedded content that a renderer split over several
    lines (issue #4, h9): a short block naming the content (``patterns.EMBED_CONTENT``:
    "An dieser Stelle findest du einen externen Inhalt, der den Artikel ergänzt"), and
    the short blocks below it, at most :data:`_EMBED_BOX_BLOCKS`, down to the last one
    with a word of the box (``patterns.EMBED_BOX_WORD``: "Mit einem Klick anzeigen",
    "Inhalte erlauben", "Ich bin damit einverstanden", the privacy note), as
    ``chrome-phrase``. Without such a word below, the block stays (a story's sentence
    about external content); a longer block ends the box."""
    for i, block in enumerate(blocks):
        text = block.text
        if (
            len(text) > _NOTICE_CHARS
            or ("nhalt" not in text and "NHALT" not in text)  # (cheap first)
            or patterns.EMBED_CONTENT.search(text) is None
        ):
            continue
        end = i
        for j in range(i + 1, min(i + 1 + _EMBED_BOX_BLOCKS, len(blocks))):
            below = blocks[j].text
            if len(below) > _EMBED_BOX_CHARS:
                break
            if patterns.EMBED_BOX_WORD.search(below) is not None:
                end = j
        if end > i:
            for k in range(i, end + 1):
                reasons[k] = reasons[k] or "chrome-phrase"


#: (issue #4) Longest source named on a source's line ("Source: China Statistical
#: Yearbook, China Electricity Council & Natl Energy Administration").
_SOURCE_CHARS = 100


#: (issue #4) Longest line that sends the reader elsewhere for more
#: (``patterns.MORE_HERE``): a longer block is a paragraph that a renderer ran it into.
_MORE_HERE_CHARS = 160
#: (issue #6) A keyword of each ``patterns.MORE_HERE`` alternative, as
#: :data:`_SOURCE_NOTE_WORDS` are (no "i"): its verbs before "Sie" ("nden" of "finden"),
#: "for more" of "for more stories like this", "check" of "check our ... page".
_MORE_HERE_WORDS = ("lesen", "nden", "erhalten", "sehen", "hören", "for more", "check")


def _mark_source_lines(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark the line that names a graphic's, a fact box's or the story's source after a
    label (``patterns.SOURCE_LABEL_LINE``: "Source: Repeat Project", "Quelle: dpa",
    "Kilde: Helsenorge.no") as ``caption`` (issue #4): no story's sentence opens so.
    The source is short and ends in no sentence's end but a full stop ("Natl Inst."):
    a longer block is a paragraph a renderer ran the line into. A short line that
    sends the reader elsewhere on the site for more (``patterns.MORE_HERE``: "Mehr
    dazu lesen Sie hier.", "For more stories like this, check our news page.") goes
    too, as ``chrome-phrase``."""
    for i, block in enumerate(blocks):
        text = block.text
        if reasons[i] is not None or len(text) > _SOURCE_CHARS + _SLOT_CHARS:
            continue
        if (
            len(text) <= _MORE_HERE_CHARS
            and _holds_any(text.casefold(), _MORE_HERE_WORDS)  # (cheap first)
            and patterns.MORE_HERE.search(text) is not None
        ):
            reasons[i] = "chrome-phrase"
            continue
        match = patterns.SOURCE_LABEL_LINE.fullmatch(text) if ":" in text else None
        if match is None:
            continue
        source = match.group("source").rstrip()
        if source and len(source) <= _SOURCE_CHARS and source[-1] not in '!?:;…"”’»':
            reasons[i] = "caption"


#: (issue #4, h9) Longest block that an opinion page's disclaimer opens (the notes on
#: the page's contributors that a text dump runs into it included).
_DISCLAIMER_CHARS = 1000


def _mark_page_notes(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark the page's own notes inside the story (issue #4, h9): a block that an
    opinion page's disclaimer opens (``patterns.OPINION_DISCLAIMER``: "Opinions
    expressed are solely those of the author"), as ``chrome-phrase``; and, each no
    longer than a notice: where the story's text comes from (``patterns.SOURCE_NOTE``: an
    agency's copy taken over unedited, a machine's translation) and a call to read it
    in the page's app (``patterns.APP_PROMO``) or a share box's note that a link was
    copied or a comment box's call (``patterns.CLIPBOARD_NOTE``: "Join the
    conversation"), no longer than a slot's line, as
    ``chrome-phrase``; a caption that the image's "enlarge" button ends
    (``patterns.ENLARGE_IMAGE``) as ``caption``; a job board's listing (a title with a
    German job advert's gender marker, ``patterns.JOB_GENDER``: "Ingenieur (m/w/d)
    Muster GmbH"), no longer than a teaser and ending in no sentence's full stop, as
    ``link-list``; a poll's question right above its options behind a text browser's
    radio buttons (``patterns.DUMP_RADIO``), no longer than a slot's line, as
    ``form-debris``."""
    for i, block in enumerate(blocks):
        if reasons[i] is not None:
            continue
        text = block.text
        if (
            len(text) <= _DISCLAIMER_CHARS
            and text[0] in _OPINION_FIRST  # (cheap first)
            and patterns.OPINION_DISCLAIMER.match(text) is not None
        ):
            reasons[i] = "chrome-phrase"
            continue
        if len(text) > _NOTICE_CHARS:
            continue
        folded = text.casefold()  # (cheap first: a pattern's keyword, then its search)
        if (
            _holds_any(folded, _SOURCE_NOTE_WORDS) and patterns.SOURCE_NOTE.search(text) is not None
        ) or (
            len(text) <= _SLOT_CHARS
            and (
                ("app" in folded and patterns.APP_PROMO.search(text) is not None)
                or (
                    _holds_any(folded, _CLIPBOARD_NOTE_WORDS)
                    and patterns.CLIPBOARD_NOTE.search(text) is not None
                )
            )
        ):
            reasons[i] = "chrome-phrase"
        elif (
            text[-1] in _ENLARGE_ENDS  # (cheap first: most blocks end in a full stop)
            and patterns.ENLARGE_IMAGE.search(text, max(0, len(text) - _ENLARGE_TAIL)) is not None
        ):
            reasons[i] = "caption"
        elif (
            text[-1] == "?"
            and len(text) <= _SLOT_CHARS
            and i + 1 < len(blocks)
            and blocks[i + 1].text[0] == "("
            and patterns.DUMP_RADIO.match(blocks[i + 1].text) is not None
        ):
            reasons[i] = "form-debris"  # a poll's question above its radio buttons
        elif (
            len(text) <= _TEASER_CHARS
            and "/" in text  # (cheap first)
            and text[-1] not in ".!?"
            and patterns.JOB_GENDER.search(text) is not None
        ):
            reasons[i] = "link-list"


#: (issues #2, #6) Plain lower-case ASCII keywords, one of which each
#: alternative of ``patterns.SOURCE_NOTE`` holds literally ("redakt", "bernommen" of
#: "übernommen", "translat", "bersetz", "been ed" of "has not been edited", "a synd",
#: "abonelere"), and of ``patterns.CLIPBOARD_NOTE`` ("cop" of "copy", "copied",
#: "copié", "copiado"; "kop" of "kopiert"; "conv", "scuss" of "discussion"); every
#: ``patterns.APP_PROMO`` alternative holds "app". A case-blind match of a pattern's
#: letters is a run of the text whose ``str.casefold()`` is theirs, so the keyword is in
#: the text's fold: a block with none is spared the search. The one exception is "i",
#: which the ``regex`` engine matches to "İ" (U+0130, whose fold is "i" and a combining
#: dot): no keyword holds an "i". The Kelvin sign and "ſ" fold to the "k" and "s" that
#: engine matches them to (a test checks what each keyword's letters match).
_SOURCE_NOTE_WORDS = (
    "redakt", "bernommen", "translat", "bersetz", "been ed", "a synd", "abonelere",
)  # fmt: skip
_CLIPBOARD_NOTE_WORDS = ("cop", "kop", "conv", "scuss")
#: (issues #2, #6) Longest ``patterns.ENLARGE_IMAGE`` match (a button's label of 22
#: letters, "ß" matching "ss"), well below this: as that pattern ends at the text's
#: end, only so many last characters are searched.
_ENLARGE_TAIL = 64
#: (issue #6) Every character that can end a ``patterns.ENLARGE_IMAGE`` match: what the
#: ``regex`` engine matches, case blind, to the last letter of a button's label ("s" of
#: "Bildes", "n" of "vergrößern" and "imagen", "e" of "image" and "immagine"), the
#: characters whose fold ends in one ("ß", "ŉ"; a test checks every character), and a
#: line break, before which the pattern's "$" matches too. A block that ends in
#: anything else (a full stop, a quote) is spared the search.
_ENLARGE_ENDS = frozenset("sSnNeEßŉſẞ\n")


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Tell whether ``text`` holds one of ``words``."""
    for word in words:  # noqa: SIM110 - a loop, not any(): no generator per block
        if word in text:
            return True
    return False


#: (issue #4) Fewest buttons of a row of them that lynx prints as one line ("(BUTTON)
#: Print (BUTTON) Share by e-mail (BUTTON) ..."): it goes, even as long as prose.
_BUTTON_ROW = 3
#: (issue #4) Most blocks of an embedded post's text above its signature line, and
#: the longest of them (a post and the quote it shares).
_POST_BLOCKS = 4
_POST_CHARS = 600


#: (issues #2, #6) A keyword of each ``patterns.SITE_NOTE`` alternative, as
#: :data:`_SOURCE_NOTE_WORDS` are (no "i"): "thanks", "you up" of "signing you up",
#: "folder", "soon be", "tap here", "会員" (no case: matched as it is), "fehler",
#: "feedback", "kennen", "startse" of "Startseite".
_SITE_NOTE_WORDS = (
    "thanks", "you up", "folder", "soon be", "tap here", "会員", "fehler", "feedback", "kennen",
    "startse",
)  # fmt: skip


def _site_note(text: str) -> bool:
    """Tell whether a short block is a site's note (``patterns.SITE_NOTE``)."""
    return (
        len(text) <= _SLOT_CHARS
        and _holds_any(text.casefold(), _SITE_NOTE_WORDS)  # (cheap first)
        and patterns.SITE_NOTE.search(text) is not None
    )


def _mark_site_notes(blocks: tuple[Block, ...], reasons: Marks, source: str) -> None:
    """Mark what a page prints inside the story that is none of its text (issue #4).

    As ``chrome-phrase``: a site's note in a short block (``patterns.SITE_NOTE``: a
    newsletter box's "Thanks for signing up!", a Japanese page's note for members, a
    German box for reporting a mistake, the line right below its heading too), a
    subscription's pitch that opens a block (``patterns.SUBSCRIBE_PITCH``: "Subscribe
    now to read ..."), and a short block right above a form's empty text field
    (``patterns.DUMP_TEXT_FIELD``: a sign-up box's blurb, "Get the latest headlines").
    As ``form-debris``: a line of lynx's buttons (:data:`_BUTTON_ROW` at least), however
    long. As ``caption``: an embedded post, its signature line ("— Jane Doe (@janedoe)
    July 18, 2026"; ``patterns.EMBED_POST_SIGNATURE``) and its text above it
    (:func:`_mark_post`); a short block that a caption's label opens
    (``patterns.CAPTION_LABEL``: "Legende: ...", "Photograph: ..."), that its source in
    brackets or a Japanese photo's credit closes, or that ends in the bracket a credit
    on the next line closes (:func:`_labelled_caption`); and a block that is an image's
    file name run into a card's few words (:func:`_file_name_card`). As
    ``chrome-context``: a box about a person, a Japanese page's profile
    (:func:`_mark_profile`) or a box whose text goes on from its title with an ellipsis
    (:func:`_mark_person_box`)."""
    for i, block in enumerate(blocks):
        text = block.text
        if _site_note(text) or (
            len(text) <= _DISCLAIMER_CHARS
            and text[0] in _SUBSCRIBE_FIRST  # (cheap first)
            and patterns.SUBSCRIBE_PITCH.match(text) is not None
        ):
            reasons[i] = reasons[i] or "chrome-phrase"
            if (
                i + 1 < len(blocks)
                and len(blocks[i + 1].text) <= _SLOT_CHARS
                and patterns.MISTAKE_BOX_HEADING.match(text) is not None
            ):
                reasons[i + 1] = reasons[i + 1] or "chrome-phrase"
        elif (
            len(text) <= _SLOT_CHARS  # (cheap first: a paragraph is not read for "(@")
            and "(@" in text
            and patterns.EMBED_POST_SIGNATURE.fullmatch(text) is not None
        ):
            _mark_post(blocks, reasons, i, source)
        elif (
            reasons[i] is None
            and len(text) <= _SLOT_CHARS
            and i + 1 < len(blocks)
            and blocks[i + 1].text[0] == "["  # (cheap first)
            and patterns.DUMP_TEXT_FIELD.fullmatch(source, blocks[i + 1].start, blocks[i + 1].end)
            is not None
        ):
            reasons[i] = "chrome-phrase"  # a form's label or blurb above its text field
        elif (
            reasons[i] is None
            and text.startswith("(BUTTON)")
            and text.count("(BUTTON)") >= _BUTTON_ROW
        ):
            reasons[i] = "form-debris"  # lynx's row of buttons, however long
        elif "氏（" in text and patterns.JAPANESE_PROFILE.match(text) is not None:
            _mark_profile(blocks, reasons, i)
        elif text.startswith(("... ", "… ")):
            _mark_person_box(blocks, reasons, i)
        elif reasons[i] is None and (
            (len(text) <= _CAPTION_CHARS and _labelled_caption(blocks, i))
            or ("-" in text and not block.context and _file_name_card(text))
        ):
            reasons[i] = "caption"


def _indent(block: Block, source: str) -> int:
    """Return how far a dump's block stands in from its line's start (a quote's indent)."""
    return block.start - (source.rfind("\n", 0, block.start) + 1)


def _mark_post(blocks: tuple[Block, ...], reasons: Marks, i: int, source: str) -> None:
    """Mark an embedded post whose signature line is block ``i`` as ``caption``: the
    line, the block right above it (the post's text), and the blocks above that one
    that stand in as far as the line does (a text browser indents a quoted post), at
    most :data:`_POST_BLOCKS` of the post, none longer than :data:`_POST_CHARS`."""
    reasons[i] = reasons[i] or "caption"
    indent = _indent(blocks[i], source)
    for j in range(i - 1, max(-1, i - 1 - _POST_BLOCKS), -1):
        if len(blocks[j].text) > _POST_CHARS or (
            j < i - 1 and (not indent or _indent(blocks[j], source) != indent)
        ):
            break
        reasons[j] = reasons[j] or "caption"


#: (issue #4) Longest caption that its source in brackets closes: a longer block
#: closed so is a story's paragraph giving the source of its figures.
_SOURCED_CAPTION_CHARS = 250
#: (issue #4) Longest line of a profile box beside a profile: its heading above
#: ("◇Example Bank") and a note in brackets below ("（1月14日就任）").
_PROFILE_LINE = 40


def _mark_profile(blocks: tuple[Block, ...], reasons: Marks, i: int) -> None:
    """Mark a Japanese page's profile of a person (``patterns.JAPANESE_PROFILE``), block
    ``i``, as ``chrome-context``: a box beside the story, with its heading above it (a
    short line that a "◇" or "◆" opens) and a short note in brackets below it."""
    reasons[i] = reasons[i] or "chrome-context"
    if i > 0 and len(blocks[i - 1].text) <= _PROFILE_LINE and blocks[i - 1].text[0] in "◇◆":
        reasons[i - 1] = reasons[i - 1] or "chrome-context"
    if i + 1 < len(blocks):
        below = blocks[i + 1].text
        if len(below) <= _PROFILE_LINE and below[0] in "（(" and below[-1] in "）)":
            reasons[i + 1] = reasons[i + 1] or "chrome-context"


#: (issue #4) How far above a box's text that goes on from its title the title
#: may stand ("Jane Doe ..." / "Jane Doe" / "Quelle: ..." / "... ist Professorin").
_BOX_TITLE_REACH = 4


def _mark_person_box(blocks: tuple[Block, ...], reasons: Marks, i: int) -> None:
    """Mark a box about a person beside the story (issue #4): its text, block
    ``i``, goes on from its title with an ellipsis ("... ist Professorin in Bonn"), the
    title ending in one a few lines above ("Jane Doe ..."), no prose between. The title,
    the lines between (the name again, the photo's credit) and the text go as
    ``chrome-context``; without such a title, the block stays (a quotation that opens
    with an ellipsis)."""
    for j in range(i - 1, max(-1, i - 1 - _BOX_TITLE_REACH), -1):
        title = blocks[j].text
        if is_prose(title):
            return
        if (
            len(title) <= _PROFILE_LINE
            and title.endswith((" ...", " …"))
            and " " in title.rstrip(" .…")
        ):
            for k in range(j, i + 1):
                reasons[k] = reasons[k] or "chrome-context"
            return


def _labelled_caption(blocks: tuple[Block, ...], i: int) -> bool:
    """Tell whether short block ``i`` is a caption by its label, its source in brackets
    after its sentence (``patterns.CAPTION_SOURCE_LABEL``: "... gelöscht. (Quelle:
    Truth Social)"), a Japanese photo's credit, where a person stands in the photo
    (``patterns.CAPTION_POSITION``: "Jane Doe (left)"; a teaser's length at most), or a
    credit's opening bracket at its end that the next block closes."""
    text = blocks[i].text
    if (text[0] in _CAPTION_LABEL_FIRST and patterns.CAPTION_LABEL.match(text) is not None) or (
        text[-1] == ")"
        and len(text) <= _SOURCED_CAPTION_CHARS
        and patterns.CAPTION_SOURCE_LABEL.search(text) is not None
    ):
        return True
    if text[-1] in "ＰPー同事ＡAＥE影）)" and patterns.JAPANESE_PHOTO_CREDIT.search(text):
        return True
    if len(text) <= _TEASER_CHARS and "(" in text and patterns.CAPTION_POSITION.search(text):
        return True
    if text[-1] not in "(:" or i + 1 >= len(blocks):
        return False
    below = blocks[i + 1].text
    return (text.endswith(" (") or text.endswith("( Image:") or text.endswith("(Image:")) and (
        below.startswith(("Image", "Photo", "Foto", "Bild")) or below.endswith(")")
    )


#: (issue #4) Fewest hyphens of an image's file name standing for its alt text
#: (``patterns.IMAGE_FILE_NAME``: six words joined).
_FILE_NAME_HYPHENS = 5

#: (issues #2, #6) Hyphens two to five of an unbracketed ``patterns.IMAGE_FILE_NAME``
#: match with the parts between them: its six parts are runs of no space and no "-",
#: so any such match holds this (a run of no " ", "\n" or "-" takes every character
#: the pattern's ``[^\s-]`` takes). A block with none (a long story's paragraph with
#: its hyphens apart) is spared the ``regex`` search: on Reuters stories that search
#: was half the page filter's time and two thirds of furniture's; a test checks the
#: implication.
_FILE_NAME_HYPHEN_RUN = re.compile(r"-[^\x20\n-]+-[^\x20\n-]+-[^\x20\n-]+-[^\x20\n-]+-").search


def _file_name_card(text: str) -> bool:
    """Tell whether a dump's block is an image's file name of hyphen-joined words
    (``patterns.IMAGE_FILE_NAME``: "Jane-Doe-speaks-at-a-rally-in-Paris") with a
    card's few words around it ("Videos ... 01:32 min"): without the names, what is
    left is no prose. A bracketed name (lynx's) may close a story's paragraph."""
    if text.count("-") < _FILE_NAME_HYPHENS or _FILE_NAME_HYPHEN_RUN(text) is None:
        return False  # (cheap first) no unbracketed name: found stays False below
    rest = text
    found = False
    for name in patterns.IMAGE_FILE_NAME.finditer(text):
        if name.group()[0] != "[":
            rest = rest.replace(name.group(), " ", 1)
            found = True
    rest = rest.strip()
    return found and (not rest or not is_prose(rest))


#: (issue #4, h8) A read-also card: most blocks it holds below its label, the longest
#: label line, the longest caption above the card's title and the longest title.
_CARD_BLOCKS = 2
_CARD_LABEL_CHARS = 30
_CARD_CAPTION_CHARS = 200
_CARD_TITLE_CHARS = 150


def _mark_read_also_cards(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark the teaser card that a read-also label on a line of its own opens inside
    the story (``patterns.READ_ALSO_LINE``: "Read more", then a photo's caption and the
    other story's title; issue #4) as a ``link-list``, with its label: the list right
    below the label (its items, each a card), or the blocks down to the first one that
    reads as a title (:func:`_reads_as_title`), at most :data:`_CARD_BLOCKS` of them,
    each short (a caption above the title). When no title closes the card so, what
    follows the label is the story's text, and stays."""
    for i in range(len(blocks) - 1):
        label = blocks[i].text
        if len(label) > _CARD_LABEL_CHARS or patterns.READ_ALSO_LINE.fullmatch(label) is None:
            continue
        end = i  # one past the card's last block; the label alone opens no card
        if blocks[i + 1].kind == "li":
            end = i + 1
            while end < len(blocks) and blocks[end].kind == "li":
                end += 1
        else:
            for j in range(i + 1, min(i + 1 + _CARD_BLOCKS, len(blocks))):
                if _reads_as_title(blocks[j].text):
                    end = j + 1
                    break
                if len(blocks[j].text) > _CARD_CAPTION_CHARS:
                    break
            end = max(end, _bylined_card_end(blocks, i))
        for k in range(i, end):
            reasons[k] = reasons[k] or "link-list"


def _bylined_card_end(blocks: tuple[Block, ...], i: int) -> int:
    """Return one past the last block of a teaser card below the read-also label ``i``
    that its author's byline closes ("Auch interessant", the other story's teaser and
    title, "Von Jane Doe"; issue #4), or ``i``: at most :data:`_CARD_BLOCKS` + 1
    blocks above the byline, each a teaser's length at most."""
    for j in range(i + 1, min(i + 2 + _CARD_BLOCKS, len(blocks))):
        text = blocks[j].text
        if (
            j > i + 1
            and len(text) <= _CREDIT_LINE
            and _may_byline(text)
            and byline_names(blocks[j]) is not None
        ):
            return j + 1
        if len(text) > _TEASER_CHARS:
            break
    return i


#: (issue #4, h12) Most blocks below a media card's label that its card holds (a title,
#: its age, its running time, its blurb), the longest of its short lines and of its blurb.
_MEDIA_CARD_BLOCKS = 5
_MEDIA_LINE_CHARS = 100
_MEDIA_BLURB_CHARS = 600


def _mark_media_cards(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark a video or audio card inside the story (issue #4, h12) as ``chrome-phrase``:
    its label (``patterns.MEDIA_CARD_LABEL``: "WATCH | Storm hits the coast:") and,
    when the card states its age or running time ("14 hours ago", "Duration 1:30";
    ``patterns.MEDIA_DURATION``), the card's blocks below the label down to the last
    such line: short lines (its title, a section name) and at most one blurb, no longer
    than :data:`_MEDIA_BLURB_CHARS`, which also goes when it comes right below that
    line. Without an age or a running time, what follows the label stays (it may be the
    story's own paragraph); a second paragraph ends the card. A video teaser's block
    that its running time closes ("... 18.04.2024 | 0:21 min", ``patterns.
    MEDIA_RUNNING_TIME``), no longer than a notice, goes too."""
    for i, block in enumerate(blocks):
        label = block.text
        if "|" not in label or patterns.MEDIA_CARD_LABEL.match(label) is None:
            continue
        reasons[i] = reasons[i] or "chrome-phrase"
        card: list[int] = []
        blurb: int | None = None
        last_stamp: int | None = None
        for j in range(i + 1, min(i + 1 + _MEDIA_CARD_BLOCKS, len(blocks))):
            text = blocks[j].text
            if len(text) <= _MEDIA_LINE_CHARS and not is_prose(text):
                if _dated(text) or patterns.MEDIA_DURATION.fullmatch(text) is not None:
                    last_stamp = j
            elif blurb is None and len(text) <= _MEDIA_BLURB_CHARS:
                blurb = j
            else:
                break
            card.append(j)
        if last_stamp is None:
            continue
        end = last_stamp + 1 if blurb == last_stamp + 1 else last_stamp
        for k in card:
            if k <= end:
                reasons[k] = reasons[k] or "chrome-phrase"
    for i, block in enumerate(blocks):
        text = block.text
        if (
            reasons[i] is None
            and len(text.rstrip("━─_ ")) <= _NOTICE_CHARS  # (cheap first: no paragraph's fold)
            and "min" in text.casefold()
            and patterns.MEDIA_RUNNING_TIME.search(text) is not None
        ):
            reasons[i] = "chrome-phrase"


def _reads_as_title(text: str) -> bool:
    """Tell whether a block reads as a teaser card's title: short, two words or more,
    and ending in no sentence's end (``patterns.SENTENCE_END``), or in a closing quote
    right after a letter (a quoted phrase that ends the title, "Mayor on the ferry:
    'A plan for the next decade'"; h9)."""
    if len(text) > _CARD_TITLE_CHARS or " " not in text:
        return False
    return text[-1] not in patterns.SENTENCE_END or (
        len(text) > 2 and text[-1] in patterns.OPENING_QUOTES and text[-2].isalpha()
    )


#: (issues #2, #6) A keyword of each ``patterns.SLOT_NOTICE`` alternative, as
#: :data:`_SOURCE_NOTE_WORDS` are (no "i"): "below" of "continues below" and "reading
#: below", "scroll to", "to load", "browser", "javascr" of "JavaScript".
_SLOT_NOTICE_WORDS = ("below", "scroll to", "to load", "browser", "javascr")


#: (issue #6) The characters that can open a match of a pattern matched at a block's
#: start, case blind: what the ``regex`` engine matches to the first letters of its
#: words, and the characters whose fold starts with one ("ß", "ﬅ"; a test checks every
#: character). A block opening with anything else is spared the pattern.
#: ``patterns.READ_ALSO_LABEL``: "read", "also", "see", "lesen", "mehr", "à lire", ...
_READ_ALSO_FIRST = frozenset("ACLMRSZaclmrszÀßàČčſẚẞﬅﬆ")
#: ``patterns.OPINION_DISCLAIMER``: "the", "opinions", "views".
_OPINION_FIRST = frozenset("OTVotvẗ")
#: ``patterns.SUBSCRIBE_PITCH``: "subscribe", "sign up", "register".
_SUBSCRIBE_FIRST = frozenset("RSrsßſẞﬅﬆ")
#: ``patterns.COPYRIGHT_LINE`` (case kept): "Copyright", "COPYRIGHT", "©".
_COPYRIGHT_FIRST = frozenset("C©")
#: ``patterns.CAPTION_LABEL`` (case kept): "Legende", "Bildunterschrift", "Caption", "Foto(s)", ...
_CAPTION_LABEL_FIRST = frozenset("LBCPIF")


def _is_notice(text: str) -> bool:
    """Tell whether a block is a labelled link, a shop's note, an empty slot's line or a
    copyright line (see :func:`_mark_notices`)."""
    return (
        (
            len(text) <= _TEASER_CHARS
            and text[0] in _READ_ALSO_FIRST  # (cheap first)
            and patterns.READ_ALSO_LABEL.match(text) is not None
        )
        or (
            len(text) <= _NOTICE_CHARS
            and _holds_any(text, _AFFILIATE_HINTS)  # (cheap first)
            and patterns.AFFILIATE_NOTICE.search(text) is not None
        )
        or (
            len(text) <= _SLOT_CHARS
            and _holds_any(text.casefold(), _SLOT_NOTICE_WORDS)  # (cheap first)
            and patterns.SLOT_NOTICE.search(text) is not None
        )
        or (
            len(text) <= _NOTICE_CHARS
            and text[0] in _COPYRIGHT_FIRST  # (cheap first)
            and patterns.COPYRIGHT_LINE.match(text) is not None
        )
    )


def _follow_request(text: str) -> bool:
    """Tell whether a short block asks the reader to follow the site on Google
    (``patterns.GOOGLE_FOLLOW``; issue #4)."""
    return (
        len(text) <= _NOTICE_CHARS
        and ("oogle" in text or "OOGLE" in text or "ource" in text or "OURCE" in text)
        and patterns.GOOGLE_FOLLOW.search(text) is not None
    )


#: (issue #4) How many lines (a heading, a rule) may stand between an AI-made summary's
#: note and its list of points.
_SUMMARY_GAP = 2


def _mark_ai_summaries(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark a box of points that a machine summed the story up in (issue #4): a short
    note that says so (``patterns.AI_SUMMARY_WORD`` and ``patterns.AI_MAKER_WORD``:
    "Sammendraget er laget av ChatGPT") with the list of points right below or above
    it, the lines between (a heading "Kort fortalt", a rule) and one heading line
    right above the box ("Kortversjonen"). A story's own paragraph about such a tool
    is longer or introduces a list with a colon; its points are the story's summary
    twice, never its text. Each block is walked a few times at most: a box's list is
    walked once, from the box's note or up to the box before it."""
    done = -1  # the last block of the last box marked
    i = 0
    while i < len(blocks):
        if not _ai_summary_note(blocks[i]):
            i += 1
            continue
        below = _list_near(blocks, i, 1)
        if below is not None:
            top, end = i, below
            while end + 1 < len(blocks) and blocks[end + 1].kind == "li":
                end += 1
        else:
            above = _list_near(blocks, i, -1)
            if above is None or above <= done:
                i += 1
                continue
            top, end = above, i
            while top - 1 > done and blocks[top - 1].kind == "li":
                top -= 1
        if top - 1 > done and _box_heading(blocks[top - 1].text):
            top -= 1
        for j in range(top, end + 1):
            reasons[j] = reasons[j] or "chrome-phrase"
        done = end
        i = end + 1


#: Bits of the words of ``patterns.AI_MAKER_WORD`` (a cheap test first; a note all in
#: capitals is passed over).
_AI_HINTS = ("AI", "KI", "IA", "GPT", "nstlich", "unstig", "rtificia", "ztuczn")


def _ai_summary_note(block: Block) -> bool:
    """Tell whether a block is a short note that a machine made a summary (see
    :func:`_mark_ai_summaries`)."""
    text = block.text
    return (
        len(text) <= _NOTICE_CHARS
        and text[-1] != ":"
        and block.kind != "li"
        and _holds_any(text, _AI_HINTS)
        and patterns.AI_MAKER_WORD.search(text) is not None
        and patterns.AI_SUMMARY_WORD.search(text) is not None
    )


def _list_near(blocks: tuple[Block, ...], i: int, step: int) -> int | None:
    """Return the index of the list item nearest block ``i`` going by ``step``, past
    at most :data:`_SUMMARY_GAP` lines that are no prose, if there is one."""
    j = i + step
    while 0 <= j < len(blocks) and abs(j - i) <= _SUMMARY_GAP + 1:
        if blocks[j].kind == "li":
            return j
        if is_prose(blocks[j].text):
            return None
        j += step
    return None


def _box_heading(text: str) -> bool:
    """Tell whether a line may head a box: a few words, no sentence."""
    return text.count(" ") < _SHARE_HEADING_WORDS and not is_prose(text)


#: (issue #4) Longest heading of a box that offers a subscription, and most blocks
#: between it and its list of benefits (a sentence: "Subscribe now to read ...").
_OFFER_CHARS = 120
_OFFER_GAP = 2


def _mark_offer_boxes(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark a box inside the story that offers a subscription or an account (issue #4):
    its heading (``patterns.OFFER_HEADING``: "SUBSCRIBE TO UNLOCK MORE ARTICLES"), and
    when a list follows it past a short line or two ("Subscribe now to read the
    latest news."), those lines and the list of benefits. The list is walked once."""
    i = 0
    while i < len(blocks):
        text = blocks[i].text
        if len(text) > _OFFER_CHARS or patterns.OFFER_HEADING.search(text) is None:
            i += 1
            continue
        end = i
        j = i + 1
        while j < len(blocks) and j - i <= _OFFER_GAP + 1 and blocks[j].kind != "li":
            if len(blocks[j].text) > _SLOT_CHARS:
                break
            j += 1
        if j < len(blocks) and blocks[j].kind == "li" and j - i <= _OFFER_GAP + 1:
            end = j
            while end + 1 < len(blocks) and blocks[end + 1].kind == "li":
                end += 1
        for k in range(i, end + 1):
            reasons[k] = reasons[k] or "chrome-phrase"
        i = end + 1


#: (issue #4) Most timestamp lines the timestamp filter dropped inside the story for the
#: head of a next story printed below it (its "Published" and "Updated" lines; more
#: are a live blog's entries or a list of dated teasers), the least kept text above the
#: next story's headline, and the most blocks from its headline to its time.
_NEXT_STAMPS = 2
_NEXT_ABOVE = 1000
_NEXT_HEAD_REACH = 8
#: Most paragraphs between the next story's headline and its authors: a teaser, a
#: photo's caption.
_NEXT_TEASERS = 2


def _dropped_stamps(draft: Draft) -> list[int]:
    """Return where the timestamp filter dropped a timestamp line inside the story's
    blocks (issue #4), or nothing when it dropped more than :data:`_NEXT_STAMPS`
    there: at most that many positions are held, whatever the page's length."""
    blocks = draft.blocks
    found: list[int] = []
    if not blocks:
        return found
    low, high = blocks[0].start, blocks[-1].end
    for record in draft.removed:
        if record.reason == "timestamp" and low < record.start < high:
            if len(found) == _NEXT_STAMPS:
                return []
            found.append(record.start)
    return found


def _mark_next_story(blocks: tuple[Block, ...], reasons: Marks, stamps: Sequence[int]) -> None:
    """Mark the next story a page prints below the story (issue #4), from its headline
    to the end: a headline (a line that is no sentence), a teaser and a photo's
    caption or two, its authors' names, and its time (``stamps``: the timestamp lines
    the timestamp filter dropped inside the story, one group of one or two, as
    "Published" and "Updated"). A related story's card inside the story has no
    authors' line; the story above must hold :data:`_NEXT_ABOVE` characters, and what
    goes must run under twice its length (as for :func:`_mark_more_stories`)."""
    if not stamps:
        return
    at = [bisect.bisect_right(blocks, s, key=_block_start) for s in stamps]
    k = at[0]
    if any(i != k for i in at) or not _HEAD_ZONE <= k < len(blocks):
        return  # no single group of time lines, or one at the story's head or end
    j, named, teasers = k - 1, False, 0
    while j > 0 and k - j <= _NEXT_HEAD_REACH:
        text = blocks[j].text
        if is_prose(text):
            if len(text) > _TEASER_CHARS or not named or not _opens(text):
                return
            teasers += 1
            if teasers > _NEXT_TEASERS:
                return
        elif _names_line(text):
            if teasers:
                return  # the names stand between the headline's teaser and the time
            named = True
        elif teasers and _next_headline(text):
            break
        j -= 1
    else:
        return
    above = sum(len(b.text) for i, b in enumerate(blocks[:j]) if reasons[i] is None)
    below = sum(len(blocks[i].text) for i in range(j, len(blocks)) if reasons[i] is None)
    if above < _NEXT_ABOVE or below > _MORE_SHARE * above:
        return
    for i in range(j, len(blocks)):
        reasons[i] = reasons[i] or "page-chrome"


def _block_start(block: Block) -> int:
    """Return where a block starts (the key :func:`_mark_next_story` bisects by)."""
    return block.start


def _next_headline(text: str) -> bool:
    """Tell whether a line may be a next story's headline: a few words or more, no
    sentence, no list's introduction, not starting with a small letter."""
    return (
        text.count(" ") >= 1
        and len(text) <= _HEADLINE_MAX
        and text[-1] not in ",;:"
        and _opens(text)
    )


def _opens(text: str) -> bool:
    """Tell whether a text opens as a title or a sentence does: with a capital letter,
    a digit, a letter of a script without case or a quotation mark (not with a small
    letter or the punctuation a renderer broke a sentence at)."""
    first = text[0]
    return (first.isalnum() and not first.islower()) or first in patterns.OPENING_QUOTES


#: (issue #4) Shortest block that may be a copy of the story run into one block (a
#: page's second, hidden copy of its text), how many blocks above it are looked at, and
#: the least share of it that the story's paragraphs above it, each found in it whole,
#: must cover.
_COPY_CHARS = 2000
_COPY_REACH = 60
_COPY_SHARE = 0.9
#: Paragraphs above a long block not found in it before the look stops, none found.
_COPY_MISSES = 3


def _mark_story_copies(blocks: tuple[Block, ...], reasons: Marks) -> None:
    """Mark a long block that is the story's paragraphs above it run together (issue
    #4): a page that prints its text twice, the second time in one block ("... im
    Gepäck.Die Fahrt an diesem Morgen ..."), as ``repeated``. The paragraphs found in
    it whole must make up nearly all of it: a block with text of its own stays. Each
    long block is compared with a few dozen paragraphs at most, a few when none is in
    it (linear time)."""
    for i, block in enumerate(blocks):
        text = block.text
        if len(text) < _COPY_CHARS or reasons[i] is not None:
            continue
        covered = misses = 0
        for j in range(i - 1, max(-1, i - 1 - _COPY_REACH), -1):
            above = blocks[j].text
            if reasons[j] is not None or len(above) < _LONG:
                continue
            if above in text:
                covered += len(above)
            else:
                misses += 1
                if misses > _COPY_MISSES and not covered:
                    break  # no copy: a few paragraphs above are not in it
        if covered >= _COPY_SHARE * len(text):
            reasons[i] = "repeated"
