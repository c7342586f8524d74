"""The timestamp filter: page timestamp lines out, the story's own one into ``published``."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from wireclean import patterns
from wireclean.dates import Timestamp, find_timestamp, label_of, read_timestamp
from wireclean.filters.byline import (
    STAMP_EXTRA_PROSE,
    HeadUnit,
    line_names,
    page_lines,
    reclaim,
    story_head,
)
from wireclean.model import Block
from wireclean.pipeline import Draft
from wireclean.text import fold

__all__ = ["timestamp"]

#: Longest line with a time among other words ("Von Jane Doe, Zürich 28.04.2023, 18:11").
_MAX_META_LINE = 160
#: Most words such a line holds besides its time, and the longest run of lower-case
#: words (prose: "die Gewerkschaften zählen an diesem 28. Juni") it may hold.
_META_WORDS = 12
_PROSE_RUN = 4
#: A line ending in a full stop with more spaces than this around its time is a sentence.
_SENTENCE_SPACES = 4
#: How near (in lines) a time must stand to a date alone for the two to be one stamp.
_PAIR = 3
#: Characters that separate a time from the words around it on a line.
_SEPARATORS = " ,;|/·•-–—:"

#: No page the timestamp filter reads was published before this year: an older date
#: inside a line is a number in an address or a hash.
_EARLIEST_YEAR = 1990
#: Fewest lines of a block whose first or last line is read alone.
_MIN_LINES = 2
#: The characters of a horizontal rule a dump draws ("━━━━", "────", "____").
_RULE = " ━─═—–-_="
#: What ends the line above a block's last line when that line stands apart.
_SENTENCE_END = frozenset('.!?"”»')

_Candidate = tuple[int, Timestamp, int, int]  # (position in the head, stamp, start, end)


def timestamp(draft: Draft) -> Draft:
    """Capture the story's timestamp into ``published``; drop the page's other timestamp lines.

    A timestamp line is a block that is nothing but a date, a time, a zone and words
    such as "Updated" or "9 years ago". On a page the story's own time stands by its
    headline and byline: it is looked for at the story's head (see
    :func:`~wireclean.filters.byline.story_head`, up to four paragraphs of prose past
    the lead's first; lines the page filter dropped there count too), on a line of its
    own, inside a short line of page meta ("Von Jane Doe 28.04.2023, 18:11 Uhr",
    "Bruselas - 15 oct 2024 - 08:22", "27. Januar 2026 • Jane Doe") or as the first or
    last line of a block a dump ran it into. One labelled "Published" (on its line or
    the line above) beats an unlabelled one, which beats one labelled "Updated"; a
    clock time beats a date alone, a weekday's date above the headline (the page's
    date of the day) comes last, and then the nearest to the story's first block
    wins. A date alone takes the time printed just by it. With none there, the first
    line labelled the publication's anywhere on the page is taken, else the first
    line of the story with a clock time, else the first timestamp line (a date alone,
    as midnight); a date alone takes the clock time on the line below it ("30. Juni
    2025," / "15:59 Uhr"). A byline after the time on a meta line ("Artikel
    veröffentlicht am 28. April 2024, 14:26 Uhr, Jane Doe") is left for the byline
    filter. The other timestamp lines are dropped (reason ``timestamp``), with
    a label line above them ("Updated"). Dates in image file names and link slugs,
    before 1990, or in a sentence are not times; a line the time is cut from keeps
    its other words (a byline) for the byline filter.

    >>> from wireclean import parse_text
    >>> parse_text("August 12, 2010 / 3:06 PM / 9 years ago\\n\\nStory.").published
    datetime.datetime(2010, 8, 12, 15, 6)
    """
    if draft.published is not None:
        return draft.drop(_labelled(draft, _whole_lines(draft)), reason="timestamp")
    units, first = story_head(draft, extra_prose=STAMP_EXTRA_PROSE)
    chosen = _choose(_found(draft, units), first)
    if chosen is None:
        units = page_lines(draft)
        chosen = _elsewhere(_found(draft, units), units)
    if chosen is None:
        return _first_line(draft)
    k, stamp, start, end = chosen
    unit = units[k]
    if start > 0 and end < len(unit.text) and _names_after(unit.text[:start], unit.text[end:]):
        # "Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Jane Doe": the label
        # goes with the time, the byline after it stays for the byline filter.
        start = 0
    # A date alone with its clock time on the next line ("30. Juni 2025," / "15:59 Uhr").
    clock = None if stamp.has_time or k + 1 >= len(units) else _clock(units[k + 1].text)
    if clock is not None and stamp.moment is not None:
        hour, minute = clock
        stamp = dataclasses.replace(
            stamp, moment=stamp.moment.replace(hour=hour, minute=minute), has_time=True
        )
    # Other timestamp lines go first, by position: capturing shifts indices.
    others = {draft.blocks[i].start for i in _labelled(draft, _whole_lines(draft))}
    if unit.index is not None:
        others -= {draft.blocks[unit.index].start}
    if clock is not None:
        below = units[k + 1]  # below the date: capturing it leaves the date's index
        if below.index is not None:
            others.discard(draft.blocks[below.index].start)
        draft = reclaim(draft, below, 0, len(below.text), field="published", value=stamp.moment)
    draft = reclaim(draft, unit, start, end, field="published", value=stamp.moment)
    label = units[k - 1] if k > 0 else None
    if label is not None and label_of(label.text) is not None:
        # "Published" on the line above goes with the time; it stands above, so its
        # index holds.
        others.discard(label.start)
        draft = reclaim(draft, label, 0, len(label.text), field="published", value=stamp.moment)
    return draft.drop(
        (i for i, b in enumerate(draft.blocks) if b.start in others), reason="timestamp"
    )


def _clock(text: str) -> tuple[int, int] | None:
    """Return the hour and minute of a line that is a clock time alone ("15:59 Uhr", "3:06 PM")."""
    # "15:59 Uhr ━━━━": a rule the dump drew under the line ran into it.
    match = patterns.DUMP_CLOCK.fullmatch(text.rstrip(_RULE).strip())
    if match is None:
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    half = (match.group("half") or "").lower()
    if half.startswith("p") and hour < 12:  # the clock's half day
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    return hour, minute


def _names_after(before: str, after: str) -> bool:
    """Tell whether the words after a time on a line are a byline and those before are not."""
    return line_names(after.strip(_SEPARATORS)) is not None and line_names(before) is None


def _labelled(draft: Draft, indices: list[int]) -> list[int]:
    """Return the timestamp lines at ``indices`` with the label line above each ("Updated")."""
    blocks = draft.blocks
    above = [i - 1 for i in indices if i > 0 and label_of(blocks[i - 1].text) is not None]
    return sorted({*indices, *above})


def _whole_lines(draft: Draft) -> list[int]:
    """Return the indices of the blocks that are timestamp lines."""
    return [i for i, b in enumerate(draft.blocks) if _whole(b.text, b.kind, b.marker)]


def _whole(text: str, kind: str, marker: str) -> bool:
    if kind == "li":
        # "28. April 2023, 19:50 Uhr" reads as a numbered item; a bulleted date is one too.
        return read_timestamp(f"{marker} {text}" if marker[:1].isdigit() else text) is not None
    return read_timestamp(text) is not None


def _first_line(draft: Draft) -> Draft:
    """Capture the first timestamp line with a time (else the first dated), drop the others."""
    found = ((i, _line_stamp(b)) for i, b in enumerate(draft.blocks))
    stamps = [(i, s) for i, s in found if s is not None]
    if not stamps:
        return draft
    dated = [(i, s) for i, s in stamps if s.moment is not None]
    if not dated:  # "2 hours ago": a time that names no moment
        return draft.drop([i for i, _ in stamps], reason="timestamp")
    index, stamp = next(((i, s) for i, s in dated if s.has_time), dated[0])
    taken = [index]
    clock = None
    if not stamp.has_time and index + 1 < len(draft.blocks):
        clock = _clock(draft.blocks[index + 1].text)
    if clock is not None and stamp.moment is not None:
        # "30. Juni 2025," / "15:59 Uhr": the date's time on the next line.
        moment = stamp.moment.replace(hour=clock[0], minute=clock[1])
        stamp = dataclasses.replace(stamp, moment=moment, has_time=True)
        taken.append(index + 1)
    whole = [i for i, _ in stamps if i not in taken]
    draft = draft.drop(whole, reason="timestamp")
    taken = [t - sum(1 for i in whole if i < t) for t in taken]
    return draft.capture(taken, field="published", value=stamp.moment)


def _line_stamp(block: Block) -> Timestamp | None:
    """Return the timestamp a block states whole ("28. April 2023, 19:50 Uhr" as a list item)."""
    if block.kind == "li" and block.marker[:1].isdigit():
        return read_timestamp(f"{block.marker} {block.text}")
    return read_timestamp(block.text)


def _elsewhere(found: list[_Candidate], units: Sequence[HeadUnit]) -> _Candidate | None:
    """Return the story's time when its head shows none: the first labelled the publication's.

    Any line of the page counts ("Published Jun 4, 2026 • 2 minute read" above a
    headline the page filter did not find); failing that, the first line left in
    the story that holds a clock time among page meta ("April 28 2023, 3:54 p.m.
    [photo.jpg]").
    """
    labelled = (c for c in found if c[1].published and not c[1].updated)
    timed = (
        c for c in found if units[c[0]].index is not None and c[1].has_time and not c[1].updated
    )
    return next(labelled, None) or next(timed, None)


def _found(draft: Draft, units: Sequence[HeadUnit]) -> list[_Candidate]:
    """Return the times the lines state, each with its line's position and span.

    A label on the line above ("Updated", "Publié le") is the time's label.
    """
    found: list[_Candidate] = []
    for k, unit in enumerate(units):
        hit = _unit_stamp(draft, unit) if unit.text else None
        if hit is None:
            continue
        stamp, start, end = hit
        label = label_of(units[k - 1].text) if k > 0 else None
        if label is not None and not (stamp.updated or stamp.published):
            stamp = dataclasses.replace(
                stamp, updated=label == "updated", published=label == "published"
            )
        found.append((k, stamp, start, end))
    return found


def _unit_stamp(draft: Draft, unit: HeadUnit) -> tuple[Timestamp, int, int] | None:
    """Return the time a head line states, or one of its block's first and last lines.

    Dumps run a line of page meta into the paragraph beside it ("... erfolgreich
    getestet.\nFrankfurt, December 16, 2024, 12:30 Uhr"): the line is read alone when
    the time ends it (or, on the first line, is labelled the publication's: "Artikel
    veröffentlicht am 28. April 2024, Jane Doe") and, for the last line, the line
    above ends a sentence or the line opens with the label ("Publicerad 23 okt 2025").
    Lines the page filter dropped are read so too.
    """
    hit = _stamp_in(unit.text)
    if hit is not None or unit.shift:
        return hit
    if unit.index is not None:
        span = draft.blocks[unit.index]
        low, high = span.start, span.end
    else:
        assert unit.record is not None
        low, high = unit.record.start, unit.record.end
    lines = [fold(line) for line in draft.source[low:high].split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < _MIN_LINES:
        return None
    head = _stamp_in(lines[0])
    if (
        head is not None
        and (head[2] >= len(lines[0]) or head[0].published)
        and unit.text.startswith(lines[0])
    ):
        return head
    tail = _stamp_in(lines[-1])
    if (
        tail is not None
        and tail[2] >= len(lines[-1])
        and (lines[-2][-1:] in _SENTENCE_END or (tail[0].published and tail[1] == 0))
        and unit.text.endswith(lines[-1])
    ):
        at = len(unit.text) - len(lines[-1])
        return tail[0], tail[1] + at, tail[2] + at
    return None


def _choose(found: list[_Candidate], first: int) -> _Candidate | None:
    """Return the story's timestamp among the times at its head, or None."""
    if not found:
        return None
    best = min(
        found,
        key=lambda c: (
            c[1].updated,
            not c[1].published,
            not c[1].has_time,
            # "Montag, 30. Juni 2025" above the headline: the page's date of the day.
            c[1].weekday and not c[1].has_time and c[0] < first,
            abs(c[0] - first),
            c[0],
        ),
    )
    if not best[1].has_time and best[1].moment is not None:
        day = best[1].moment.date()
        paired = [
            c
            for c in found
            if c[1].has_time
            and not c[1].updated
            and abs(c[0] - best[0]) <= _PAIR
            and c[1].moment is not None
            and c[1].moment.date() == day
        ]
        if paired:
            best = min(paired, key=lambda c: abs(c[0] - best[0]))
    return best


def _stamp_in(text: str) -> tuple[Timestamp, int, int] | None:
    """Return the time a head line states, whole or among page meta, with its span."""
    whole = read_timestamp(text)
    if whole is not None and text[:1].islower() and text.endswith("."):
        return None  # "on Monday, May 5, 2025.": the wrapped end of a caption
    if whole is not None:
        return (whole, 0, len(text)) if whole.moment is not None else None
    if len(text) > _MAX_META_LINE or patterns.DUMP_IMAGE_ALT.fullmatch(text) is not None:
        return None  # "[Photo-2023-04-27-PM-63]": an image's file name, not a time
    found = find_timestamp(text)
    if found is None:
        return None
    start, end, stamp = found
    if stamp.moment is None or stamp.moment.year < _EARLIEST_YEAR:
        return None  # "1419dec9fe": a hash in an image's address
    day = stamp.moment.date()
    if patterns.DATE_SLUG_GLUE.match(text, end) is not None:
        return None  # "photo-2022-05-11-kyiv": a date inside a file name or a link slug
    again = read_timestamp(text[end:]) if end < len(text) else None
    if again is not None and again.moment is not None and again.moment.date() == day:
        end = len(text)  # "30.01.202430. Januar 2024": the same date in two forms
        stamp = again if again.has_time and not stamp.has_time else stamp
    rest = text[:start] + " " + text[end:]
    # "15.04.2026 - 15:48 Uhr Lesedauer: 2 Min.": the full stop is an abbreviation's.
    said = patterns.META_LINE_TAIL.sub("", text).rstrip()
    if not _is_meta(rest) or (said[-1:] in ".!?" and rest.count(" ") > _SENTENCE_SPACES):
        return None  # "This report was first published March 3, 2021.": a sentence
    # The separators by the time go with it: "Jane Doe | 3 May 2024".
    while start > 0 and text[start - 1] in _SEPARATORS:
        start -= 1
    while end < len(text) and text[end] in _SEPARATORS:
        end += 1
    return stamp, start, end


def _is_meta(rest: str) -> bool:
    """Tell whether the words around a time are page meta (names, places, labels), not prose."""
    words = patterns.phrase_words(rest)
    if len(words) > _META_WORDS:
        return False
    run = 0
    for word in words:
        run = run + 1 if word[:1].islower() else 0
        if run >= _PROSE_RUN:
            return False
    return True
