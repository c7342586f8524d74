"""The page filters: find the story in a whole-page dump and take the page furniture out.

``page`` locates the story: the densest run of prose on the page (a maximum-sum run of
block scores, prose scoring by its length, everything else a small penalty) and the
headline just above it. Menus, banners, related links and footers outside that span
go, recorded with reason ``page-chrome``. ``furniture`` then takes out what stands
inside the story's span: image captions (``caption``), consent/sign-up/share/"read
more" blocks (``chrome-phrase``), runs of short link lines (``link-list``), text-browser
form debris (``form-debris``) and blocks the page repeats (``repeated``).

Both work from signals that hold in any language: block length, sentence punctuation,
runs of short lines, repetition; the phrase vocabulary in :mod:`wireclean.patterns` only
confirms. Text that is a single story with no page around it passes through unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from wireclean import patterns
from wireclean.dates import read_timestamp
from wireclean.filters._shape import consent_notices, has_chrome_phrase, is_furniture
from wireclean.filters.byline import byline_names
from wireclean.model import Block
from wireclean.pipeline import Draft
from wireclean.text import display_width

__all__ = ["furniture", "is_prose", "page"]

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
#: Of those, the ones whose blocks the furniture filter drops inside the story: on the
#: fundus pages, under 1% of their blocks hold story text (nav, aside, newsletter and
#: advert markup wraps story text too often to drop for it).
_DROP_CONTEXT = frozenset("form dialog figure".split())
#: Penalty of a short block with a chrome phrase ("Share", "Newsletter", "Anzeige").
_CHROME_PENALTY = 15.0
#: Characters per word-like unit, so scripts without spaces score like the others.
_CHARS_PER_UNIT = 6
#: A block this long is prose even without sentence punctuation.
_LONG = 160
#: Shortest prose block ending in sentence punctuation.
_SHORT_PROSE = 20
#: How far above the story's first prose block the headline may stand.
_LOOKBACK = 15
#: A part of the page outside the story this long is page furniture, whatever it says.
_PAGE_PART = 5
#: Words beyond which a headline candidate looks more like a caption.
_HEADLINE_WORDS = 16
#: Longest headline.
_HEADLINE_MAX = 220
#: Shortest run of short blocks inside the story that is taken for a link list.
_LIST_RUN = 3
#: Blocks with fewer spaces than this are "short" for chrome phrases and story ends.
_CHROME_WORDS = 8
#: A share row's heading has fewer spaces than this; its buttons are labels of at most
#: this many characters, and it has at most this many of them.
_SHARE_HEADING_WORDS = 4
_BUTTON_CHARS = 20
_SHARE_BUTTONS = 10
#: Blocks shorter than this are not "repeated" furniture (dates, names repeat honestly).
_REPEAT_MIN = 30


def is_prose(text: str) -> bool:
    """Tell whether a block's text reads as running text, in any script."""
    if display_width(text) >= _LONG:
        return True
    if text[-1] in "。！？":
        return len(text) >= _SHORT_PROSE // 2
    return len(text) >= _SHORT_PROSE and text[-1] in patterns.SENTENCE_END and text.count(" ") >= 3


def _chrome_context(block: Block) -> str | None:
    """Return the furniture word of an HTML block's context ("nav", "share"), if any."""
    if not block.context:
        return None
    words = block.context.split()
    for word in words:
        if word in _CHROME_CONTEXT and not (word == "header" and "article" in words):
            return word
    return None


def _score(block: Block) -> float:
    text = block.text
    if _chrome_context(block) is not None:
        return -_CHROME_PENALTY
    dateline = patterns.match_dateline(text)
    if dateline is not None:
        # Scored without its dateline, which the dateline filter cuts and the story's
        # rendering writes back in its own form.
        text = text[dateline.end() :] or text
    chrome = has_chrome_phrase(text)
    if is_prose(text) and not chrome:
        units = display_width(text) / _CHARS_PER_UNIT
        return units if block.kind != "li" else units / 2
    short = text.count(" ") < _CHROME_WORDS
    if short and patterns.STORY_END.search(text) is not None:
        return _BARRIER
    return -_CHROME_PENALTY if chrome and short else -_PENALTY


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


def _headline_index(blocks: tuple[Block, ...], first: int, seen: Counter[str]) -> int | None:
    """Return the index of the headline above the story's first prose block, if any."""
    best: tuple[float, int] | None = None
    for i in range(first - 1, max(-1, first - 1 - _LOOKBACK), -1):
        block = blocks[i]
        text = block.text
        if (
            block.kind == "li"
            or not 3 <= len(text) <= _HEADLINE_MAX
            or text[-1] in ".,;:"
            or " " not in text.strip()
            or is_furniture(text)
            or read_timestamp(text) is not None
            or patterns.BYLINE.fullmatch(text) is not None
            or patterns.FORM_DEBRIS.search(text) is not None
            or patterns.META_LABEL.match(text) is not None
            or patterns.STORY_END.search(text) is not None
        ):
            continue
        words = text.count(" ") + 1
        score = -0.25 * (first - 1 - i)
        # Pages repeat their headline far away (title, crumbs); a caption repeats
        # next to itself (alt text and caption).
        score += 3 if seen[text] > 1 and not _repeated_nearby(blocks, i) else 0
        score -= max(0, words - _HEADLINE_WORDS)  # captions run longer than headlines
        score += 1 if 20 <= len(text) <= 150 else 0
        score += 2 if block.kind in ("h1", "h2") else 0
        score -= 2 if patterns.YEAR.search(text) or patterns.CLOCK.search(text) else 0
        score += 1 if words >= 4 else (-2 if words <= 2 else 0)
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


def _repeated_nearby(blocks: tuple[Block, ...], i: int) -> bool:
    text = blocks[i].text
    return any(
        blocks[j].text == text for j in range(max(0, i - 2), min(len(blocks), i + 3)) if j != i
    )


def page(draft: Draft) -> Draft:
    """Drop the page around the story: everything before its headline and after its last prose.

    Timestamp lines stay wherever they are, for the ``timestamp`` filter; a credit
    line just below the story stays for ``credits``. A text with no
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
    stamps = {
        i
        for i, b in enumerate(blocks)
        if (b.kind != "li" and read_timestamp(b.text) is not None)
        or (_may_credit(b.text) and patterns.CREDIT_TRAILER.match(b.text) is not None)
        or (_may_credit(b.text) and byline_names(b) is not None)
    }
    # Later copies of a block are the furniture filter's ("repeated"): they do not
    # count for the span either, but outside it they go with the page.
    copies: set[int] = set()
    first_seen: set[str] = set()
    for i, block in enumerate(blocks):
        if len(block.text) >= _REPEAT_MIN:
            if block.text in first_seen:
                copies.add(i)
            first_seen.add(block.text)
    scores = [0.0 if i in stamps or i in copies else _score(b) for i, b in enumerate(blocks)]
    # A consent notice and its buttons ("Accept all") are chrome, however long the notice.
    notices = consent_notices(blocks) - stamps
    for i in notices:
        scores[i] = -_CHROME_PENALTY
    for i, block in enumerate(blocks[:-1]):
        if _may_credit(block.text) and patterns.search_credit_trailer(block.text) is not None:
            after = next((j for j in range(i + 1, len(blocks)) if j not in stamps), None)
            if after is not None:
                scores[after] = _BARRIER  # a wire story ends with its credits
    _free_introduced_lists(blocks, scores)
    first, last, total = _best_span(scores)
    if total <= 0:
        return draft
    last = _bridge(blocks, scores, last, 1)
    first = _bridge(blocks, scores, first, -1)
    seen = Counter(b.text for b in blocks)
    headline = _headline_index(blocks, first, seen)
    keep_from = headline if headline is not None else first
    keep_to = last
    if blocks[last].text.endswith(":"):  # a list the story's last paragraph introduces
        while keep_to + 1 < len(blocks) and not is_prose(blocks[keep_to + 1].text):
            if is_furniture(blocks[keep_to + 1].text):
                break
            keep_to += 1
    for i in range(keep_to + 1, min(len(blocks), keep_to + 3)):
        if _may_credit(blocks[i].text) and patterns.search_credit_trailer(blocks[i].text):
            keep_to = i
    owned = stamps | copies
    drop = [
        *_page_part(blocks, range(keep_from), owned, notices),
        *_page_part(blocks, range(keep_to + 1, len(blocks)), owned, notices),
    ]
    return draft.drop((i for i in drop if i not in stamps), reason="page-chrome")


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
    for i, block in enumerate(blocks[:-1]):
        if not block.text.endswith(":") or blocks[i + 1].kind != "li":
            continue
        j = i
        while j < len(blocks) and (j == i or blocks[j].kind == "li") and scores[j] > _BARRIER:
            scores[j] = max(scores[j], 0.0)
            j += 1


def _may_credit(text: str) -> bool:
    """Tell cheaply whether a block may hold a credit line ("... by ...")."""
    return "by" in text or "By" in text or "BY" in text


def _page_part(blocks: tuple[Block, ...], part: range, owned: set[int], notices: set[int]) -> range:
    """Return ``part`` (indices of blocks outside the story) when it is page furniture.

    When unsure, keep: a few plain lines before or after the story (a text that is
    only a story) stay unless one of them is furniture. Blocks a later filter owns
    (timestamps, repeated blocks) do not count either way.
    """
    counted = [i for i in part if i not in owned]
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

    Reasons: ``caption``, ``chrome-phrase``, ``form-debris``, ``link-list``,
    ``repeated`` (a later copy of a block; the first stays). A run of short lines
    right after a paragraph ending in a colon, or holding a line that ends in one, is
    a list the story introduces and stays.

    >>> from wireclean import parse_text
    >>> parse_text("Rebels bought rifles from officers, a militant said.\\n\\n"
    ...            "Rebels in the desert. (AP Photo/Jane Roe)\\n\\nHe said more.").body
    ('Rebels bought rifles from officers, a militant said.', 'He said more.')
    """
    blocks = draft.blocks
    reasons: dict[int, str] = {}
    seen: set[str] = set()
    for i, block in enumerate(blocks):
        text = block.text
        repeated = text in seen
        if len(text) >= _REPEAT_MIN:
            seen.add(text)
        context = _chrome_context(block)
        if context in _DROP_CONTEXT:
            reasons[i] = "caption" if context == "figure" else "chrome-context"
        elif patterns.has_photo_credit(text):
            reasons[i] = "caption"
        elif repeated:
            reasons[i] = "repeated"
        elif is_furniture(text):
            is_debris = patterns.FORM_DEBRIS.search(text) is not None
            reasons[i] = "form-debris" if is_debris else "chrome-phrase"
    for i in consent_notices(blocks):
        reasons.setdefault(i, "chrome-phrase")
    bullets = [r.start for r in draft.removed if r.field == "bullets"]
    _mark_link_runs(blocks, reasons, breaks=bullets)
    _mark_share_buttons(blocks, reasons)
    if not reasons or len(reasons) == len(blocks):
        # A body that is all furniture is no story we understand: keep it (and a
        # headline captured above it stays a headline when the story is parsed again).
        return draft
    for reason in sorted(set(reasons.values())):
        # Indices shift as blocks go, so choose by position in the input.
        starts = {blocks[i].start for i, r in reasons.items() if r == reason}
        draft = draft.drop(
            (i for i, b in enumerate(draft.blocks) if b.start in starts), reason=reason
        )
    return draft


def _is_share_heading(text: str) -> bool:
    """Tell whether a block heads a share row: "Share this article", "Share:", "Teilen"."""
    if text.count(" ") >= _SHARE_HEADING_WORDS or text[-1] in ".!?":
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


def _mark_share_buttons(blocks: tuple[Block, ...], reasons: dict[int, str]) -> None:
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
            if j not in reasons:
                if not _is_button(blocks[j].text):
                    break
                buttons.append(j)
            j += 1
        for j in buttons:
            reasons[j] = "chrome-phrase"
        if buttons:  # a lone "Share" is no chrome phrase, but it heads this row
            reasons.setdefault(i, "chrome-phrase")


def link_runs(blocks: tuple[Block, ...]) -> set[int]:
    """Return the indices of ``blocks`` the furniture filter would drop as link runs."""
    reasons: dict[int, str] = {}
    _mark_link_runs(blocks, reasons)
    return set(reasons)


def _mark_link_runs(
    blocks: tuple[Block, ...], reasons: dict[int, str], *, breaks: Sequence[int] = ()
) -> None:
    """Mark runs of short lines that no paragraph introduces (``link-list``).

    A list the story introduces ("The measures include:", then its items) stays: its
    items that read as sentences ("A deal worth $1.8 billion (estimate)") do not cut
    the list in two, leaving a tail that nothing seems to introduce. A run ends where
    a captured field stood (``breaks``: positions of the summary bullets), as it
    ends at the bullets' text when the story is parsed again.
    """
    # Blocks already going are invisible here, as they will be when the story is
    # parsed again: a run is judged on what stays.
    kept = [i for i in range(len(blocks)) if i not in reasons]
    introduced: set[int] = set()
    opened = False  # the last kept block ended in a colon, or is an item after one
    for k in kept:
        block = blocks[k]
        if opened and block.kind == "li":
            introduced.add(k)
        else:
            opened = block.text.endswith(":")
    run: list[int] = []
    previous = ""
    for i in [*kept, None]:
        broken = (
            i is not None
            and bool(run)
            and any(blocks[run[-1]].end <= at < blocks[i].start for at in breaks)
        )
        if broken:
            _mark_run(blocks, run, previous, reasons)
            run, previous = [], ""
        if i is not None and (i in introduced or not is_prose(blocks[i].text)):
            run.append(i)
            continue
        _mark_run(blocks, run, previous, reasons)
        run = []
        previous = blocks[i].text if i is not None else ""


def _mark_run(
    blocks: tuple[Block, ...], run: list[int], previous: str, reasons: dict[int, str]
) -> None:
    """Mark a run of short lines as a link list unless a colon introduces it."""
    if len(run) < _LIST_RUN:
        return
    if previous.endswith(":") or any(blocks[j].text.endswith(":") for j in run):
        return
    for j in run:
        reasons[j] = "link-list"
