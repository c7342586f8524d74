"""The byline filter: "By Lamine Chikhi" into ``byline``."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from wireclean import patterns
from wireclean.dates import find_timestamp, read_timestamp, trailing_timestamp
from wireclean.filters._shape import has_chrome_phrase, is_lead_paragraph, lead_blocks
from wireclean.model import Block, Metadata, Removal
from wireclean.names import split_names, trim_name
from wireclean.pipeline import Draft
from wireclean.text import fold

__all__ = [
    "STAMP_EXTRA_PROSE",
    "HeadUnit",
    "byline",
    "byline_names",
    "byline_text_names",
    "page_lines",
    "reclaim",
    "story_head",
]

_MAX_CHARS = 160
#: Blocks past the lead's first paragraph still searched for a byline.
_PAST_LEAD = 3
#: Longest line of names alone, and most words in one name.
_NAME_LINE_CHARS = 80
_NAME_WORDS = 3
_NO_META = Metadata()
#: Agency names, lower-cased: a byline field that is one names no person.
#: Agency names this short are acronyms ("ANI", "AP"), an agency only in capitals.
_ACRONYM = 4
_AGENCY_NAMES = frozenset(a.lower() for a in (*patterns.AGENCY_CANONICAL, *patterns.AGENCIES))


def byline(draft: Draft) -> Draft:
    """Capture a "By NAME[, NAME] [and NAME]" block near the story's start as the ``byline``.

    It is looked for in the lead and up to three blocks past the lead's first prose
    paragraph (pages put a teaser between headline and byline). The label may be
    "By", "Von", "Par", "Por", "Di", "Von:", "Autor:" or "Kolumne von"; a timestamp
    after the names ("Von Jane Doe 28.04.2023, 18:11 Uhr") is left for the timestamp
    filter. Failing that, the lines at the story's head on a page (see
    :func:`story_head`; lines the page filter dropped there are taken back) are
    searched: a labelled line nearest the story's time ("• Von Jane Doe", "Jane Doe
    | Written by John Roe", "[]byJane Doe"), else a line of names alone within two
    lines of the time or below a label ("Author", "Von") ("Jane Doe · Fox News",
    "Jane DoePolitical Correspondent", "Jane Doe@janedoe"); then a labelled line
    elsewhere on the page (see :func:`_page_byline`). An HTML page stops there: its
    markup and metadata say who its authors are better than a guess from a bare
    name. In a text, the first line of names alone below the headline that names no
    subject of the story comes next (see :func:`_below_headline`), and last a line
    in the lead that is nothing but names. Names printed on lines of their own
    joined by "," and "and" lines are read together. A line in capitals ("WATCH
    LIVE"), of link texts run together ("PoliticsPolitics") or with a word no name
    holds ("About Us") is no name; an organisation ("Fox News", "By Example Times"),
    an agency run on after a name ("Jane Doe The Associated Press") and the site's
    own name or account (``meta.site_name``: "by Example D" on "Example News") are
    left out of a line's names.

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
        names = _people(byline_names(draft.blocks[i]), draft.meta)
        if names:
            return draft.capture([i], field="byline", value=names)
    found = _head_byline(draft)
    if found is None:
        found = _page_byline(draft)
    if draft.meta != _NO_META:
        # A page's own metadata names its authors, or no one: only a labelled line
        # is read (a name alone is better told by the markup than guessed).
        return draft if found is None else found
    if found is None:
        found = _head_byline(draft, below=True)
    if found is not None:
        return found
    # Below the headline, where pages print the author's name.
    head = next((r for r in draft.removed if r.field == "headline" and r.end > r.start), None)
    for i in lead:
        if head is not None and draft.blocks[i].start < head.end:
            continue
        names = _name_line(draft.blocks[i])
        if names:
            return draft.capture([i], field="byline", value=names)
    return draft


def _people(names: tuple[str, ...] | None, meta: Metadata) -> tuple[str, ...] | None:
    """Return ``names`` without the site's own name or account ("by Example D" on example.com)."""
    site = (meta.site_name or "").casefold()
    if not names or not site:
        return names
    kept = tuple(n for n in names if not _is_site(n.casefold(), site))
    return kept or None


def _is_site(name: str, site: str) -> bool:
    """Tell whether a byline name is the site's: its name, or its name and an initial.

    The site's name counts without the words of an organisation ("Example News":
    "Example", "Example D").
    """
    core = " ".join(w for w in site.split() if w not in patterns.ORGANISATION_WORDS)
    for own in {site, core} - {""}:
        if name == own or name.replace(" ", "") == own.replace(" ", ""):
            return True
        rest = name.removeprefix(own + " ")
        if rest != name and len(rest.rstrip(".")) == 1:
            return True
    return False


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
    label = patterns.DUMP_BYLINE_LABEL.match(text)
    if label is not None:
        text = "By " + text[label.end() :]  # "Written by Jane Doe", "[]byJane Doe"
    match = patterns.BYLINE_LINE.fullmatch(text)
    if match is None:
        return None
    # "By Tom Davies - Associated Press": what follows a spaced dash is no name.
    names = split_names(match.group("names").split(" - ")[0], byline=True)
    # "By Example Times": the site's own byline names no person.
    people = (_without_agency(n) for n in names or ())
    return tuple(n for n in people if not _is_organisation(n)) or None


def _without_agency(name: str) -> str:
    """Return a byline name without an agency run on after it ("Jane Doe The Associated Press")."""
    low = name.lower()
    for agency in _AGENCY_NAMES:
        for tail in (f" the {agency}", f" {agency}"):
            if not low.endswith(tail):
                continue
            rest, written = name[: len(name) - len(tail)], name[len(name) - len(agency) :]
            # "Jane Ani" is a name; "Jane Doe ANI" names the agency.
            short = len(agency) <= _ACRONYM and not written.isupper()
            if " " in rest and not short:
                return rest
    return name


def _name_line(block: Block) -> tuple[str, ...] | None:
    """Return the names of a lead block that is only names ("Jane Doe"), else None."""
    if block.kind == "li":
        return None
    return _bare_names(block.text)


def _bare_names(text: str) -> tuple[str, ...] | None:
    """Return the names of a line that is only names ("Jane Doe", "Jane Doe, John Roe")."""
    if len(text) > _NAME_LINE_CHARS:
        return None
    trail = trailing_timestamp(text)
    if trail is not None:
        text = text[: trail[0]]
    # "[jdoe] Jane Doe": the author's photo, as a text browser labels it; "Jane
    # Doe@janedoe": a profile handle glued on.
    label = patterns.DUMP_IMAGE_ALT.match(text.split(" ", 1)[0])
    if label is not None and " " in text:
        text = text.split(" ", 1)[1]
    text = text.split("@", 1)[0].rstrip()
    # A name printed twice (link text and label): "Jane Doe Jane Doe", "Jane DoeJane Doe".
    half = len(text) // 2
    if text[:half] == text[-half:] and text[half : len(text) - half].strip() == "":
        text = text[:half]
    if any(c.isdigit() for c in text) or _is_organisation(text):
        return None
    if any(len(patterns.GLUED_CAPITAL.split(w)) > 2 for w in text.split()):
        return None  # "EdendaleMsunduziMsunduzi": link texts run together
    if patterns.GLUED_LINKS.search(text) is not None and _trimmed(text) == text:
        return None  # "PoliticsPolitics", unless a job title is glued on ("Jane DoeWriter")
    if text.isupper():
        return None  # "WATCH LIVE", "UNSERE EMPFEHLUNGEN": a label, not a name alone
    # "Jane Doe Political Correspondent", "Jane DoeWriter", "Jane Doe Tips meg".
    names = split_names(_trimmed(text))
    if names is None or not all(2 <= n.count(" ") + 1 <= _NAME_WORDS for n in names):
        return None
    if any(_not_name(w) for n in names for w in n.split()):
        return None  # "About Us", "Play Video", "Mitt Aftonbladet"
    if any(all(w.lower() in patterns.ROLE_MODIFIERS for w in n.split()) for n in names):
        return None  # "Deputy Content Hub Director": a job title on a line of its own
    return names


#: How near (in lines) a line of names alone must stand to the story's time, or below
#: an "Author" label, to be its byline.
_NEAR_STAMP = 2
#: A byline field with a number and fewer spaces than this is a time or a count.
_STAMP_WORDS = 3


def _head_byline(draft: Draft, *, below: bool = False) -> Draft | None:
    """Capture the byline among the lines at the story's head on a page, if one is there.

    A labelled line ("By Jane Doe", "• Von Jane Doe", "Jane Doe | Written by John
    Roe") nearest the story's time (else its first block) wins; else a line that is
    only names ("Jane Doe", "Jane Doe · Fox News", "Jane Doe, Political Correspondent")
    standing within two lines of the story's time or right below an "Author" label.
    Fields of organisations ("Fox News", "TIMESOFINDIA.COM") and times are left out.
    With ``below`` (the last resort), the first line of names alone below the
    headline is taken, unless a word of it is no name's ("About Us", "Play Video")
    or the headline or a paragraph at the head names the same person (the story's
    subject: "Donald Trump" under a photo).
    """
    units, first = story_head(draft)
    if not units:
        return None
    if below:
        return _below_headline(draft, units, first)
    stamp = next((r for r in draft.removed if r.field == "published" and r.end > r.start), None)
    anchor = first if stamp is None else sum(1 for u in units if u.start < stamp.start)
    labelled: list[tuple[int, int, tuple[str, ...]]] = []
    bare: list[tuple[int, int, tuple[str, ...]]] = []
    for k, unit in enumerate(units):
        found = _line_names(unit.text, draft.meta)
        if found is None:
            continue
        names, strong = found
        # The line just above the time (k == anchor - 1) is as near as the one below it.
        distance = k - anchor if k >= anchor else anchor - 1 - k
        if strong:
            labelled.append((distance, k, names))
            continue
        cued = k > 0 and _is_author_cue(units[k - 1].text)
        if cued or (stamp is not None and distance <= _NEAR_STAMP - 1):
            bare.append((0 if cued else distance, k, names))
    chosen = min(labelled or bare, default=None)
    if chosen is None:
        return None
    return _capture(draft, units, chosen[1], chosen[2])


def _capture(draft: Draft, units: tuple[HeadUnit, ...], k: int, names: tuple[str, ...]) -> Draft:
    """Capture line ``k`` as the byline, with the label above it and the co-authors by it.

    A dump may print each name of "By Jane Doe, John Roe and Ann Poe" on a line of
    its own, the commas and the "and" on lines between them: those lines join the
    byline.
    """
    lines = [k]
    while lines[-1] + 2 < len(units) and _joins(units, lines[-1] + 1, draft.meta):
        lines.extend((lines[-1] + 1, lines[-1] + 2))
    while lines[0] >= 2 and _joins(units, lines[0] - 1, draft.meta, above=True):
        lines[:0] = [lines[0] - 2, lines[0] - 1]
    if len(lines) > 1:
        found = (_line_names(units[j].text, draft.meta) for j in lines)
        names = tuple(dict.fromkeys(n for f in found if f is not None for n in f[0]))
    top = lines[0]
    if top > 0 and _is_author_cue(units[top - 1].text):
        lines.insert(0, top - 1)  # the label goes with the names
    # Bottom up: capturing a block shifts the indices of the blocks below it only.
    for j in reversed(lines):
        draft = reclaim(draft, units[j], 0, len(units[j].text), field="byline", value=names)
    return draft


def _joins(units: tuple[HeadUnit, ...], j: int, meta: Metadata, *, above: bool = False) -> bool:
    """Tell whether line ``j`` is a list's glue (",", "and") with a line of names beyond it."""
    glue = units[j].text.strip().lower()
    if glue not in patterns.NAME_LIST_GLUE:
        return False
    beyond = units[j - 1 if above else j + 1]
    found = _line_names(beyond.text, meta)
    return found is not None and not found[1]


def _below_headline(draft: Draft, units: tuple[HeadUnit, ...], first: int) -> Draft | None:
    """Capture the first line of names alone below the headline that names no subject.

    A name the headline or the story's prose mentions ("Donald Trump", "Federal
    Reserve") is the story's subject; an author's short biography opening with the
    name ("Jane Doe is a reporter ...") does not count.
    """
    said = [r.text.casefold() for r in draft.removed if r.field == "headline"]
    said.extend(b.text.casefold() for b in draft.blocks if len(b.text) > _NAME_LINE_CHARS)
    for k in range(first + 1, len(units)):
        unit = units[k]
        found = _line_names(unit.text, draft.meta)
        if found is None or has_chrome_phrase(unit.text):
            continue
        names = found[0]
        if any(text.find(name.casefold()) > 0 for name in names for text in said):
            continue
        return _capture(draft, units, k, names)
    return None


def _page_byline(draft: Draft) -> Draft | None:
    """Capture a labelled byline line elsewhere on the page ("• Von Jane Doe"), if one is there.

    Where the story's head holds no byline (the page prints it at the story's end,
    or the page filter's headline guess fell elsewhere): the labelled line nearest
    the story's time, else the first, among the lines the page filter dropped and
    the story's blocks within two lines of its time (a "By" line deep in the story's
    body, away from its time, is story text and stays); else a line of names alone
    just above or below the time.
    """
    units = page_lines(draft)
    stamp = next((r for r in draft.removed if r.field == "published" and r.end > r.start), None)
    # Where the time stood among the lines: a byline block must stand by it.
    at = None if stamp is None else sum(1 for u in units if u.start < stamp.start)
    best: tuple[int, int, tuple[str, ...]] | None = None
    for k, unit in enumerate(units):
        near = at is not None and (at - _NEAR_STAMP <= k < at + _NEAR_STAMP)
        if unit.record is None and not near:
            continue  # a byline line in the story's body, away from its time, is its text
        if not near and patterns.BYLINE_LABEL_WORD.search(unit.text.casefold()) is None:
            continue  # away from the time only a labelled line counts: it has a label word
        found = _line_names(unit.text, draft.meta)
        if found is None:
            continue
        distance = 0 if stamp is None else abs(unit.start - stamp.start)
        if not found[1]:
            # A line of names alone counts right by the time ("Jane Doe" / "3 May
            # 2024"), after every labelled line.
            if at is None or not at - _NEAR_STAMP < k <= at:
                continue
            distance += len(draft.source)
        if best is None or distance < best[0]:
            best = (distance, k, found[0])
    if best is None:
        return None
    return _capture(draft, units, best[1], best[2])


def _not_name(word: str) -> bool:
    """Tell whether a capitalised word is no name's ("About", "Video"); "de" in "Ana de Paz" is."""
    return word[:1].isupper() and word.casefold() in patterns.NOT_NAME_WORDS


def _trimmed(text: str) -> str:
    """Return a line of names with what follows each name cut ("Jane DoeTwitter")."""
    return ", ".join(trim_name(part) for part in text.split(", "))


def _is_author_cue(text: str) -> bool:
    return text.lower().rstrip(": ") in patterns.AUTHOR_CUES


def _line_names(text: str, meta: Metadata) -> tuple[tuple[str, ...], bool] | None:
    """Return :func:`_head_names` of a line, the site's own name left out."""
    found = _head_names(text) if text else None
    if found is None:
        return None
    names = _people(found[0], meta)
    return None if names is None else (names, found[1])


def _head_names(text: str) -> tuple[tuple[str, ...], bool] | None:
    """Return the names a head line gives and whether a label ("By", "Von") names them.

    The line is split into fields ("Jane Doe | Fox News | 3 May 2024"); every field
    must be names, a labelled byline, an organisation, or a time.
    """
    if len(text) > _MAX_CHARS or not any(c.isalpha() for c in text):
        return None
    if text[-1] in ".!?" or patterns.match_dateline(text) is not None:
        return None  # a sentence, or a story's first paragraph ("NEW YORK (Reuters) - ...")
    whole = byline_text_names(text)
    if whole is not None:
        return whole, True  # "Autorin/Autor Jane Doe": the "/" is the label's
    names: list[str] = []
    strong = False
    for field in patterns.BYLINE_FIELD_SEPARATOR.split(text):
        field = field.strip(" ,;:")
        if not field:
            continue
        got = byline_text_names(field)
        if got is not None:
            names.extend(got)
            strong = True
            continue
        if _is_stamp(field) or _is_organisation(field):
            continue
        got = _bare_names(field)
        if got is None:
            return None
        names.extend(got)
    if not names:
        return None
    return tuple(dict.fromkeys(names)), strong


def _is_stamp(field: str) -> bool:
    """Tell whether a byline field is a time ("3 May 2024", "2 hours ago", "Updated: 14:05")."""
    if not any(c.isdigit() for c in field):
        return False
    return (
        read_timestamp(field) is not None
        or find_timestamp(field) is not None
        or patterns.RELATIVE_TIME.search(field) is not None
        or field.count(" ") < _STAMP_WORDS
    )


def _is_organisation(field: str) -> bool:
    """Tell whether a byline field names an organisation ("Fox News", "TIMESOFINDIA.COM")."""
    words = field.lower().split()
    if any(w in patterns.ORGANISATION_WORDS for w in words):
        return True
    if field.lower() in _AGENCY_NAMES:
        return True
    # A web address ("TIMESOFINDIA.COM", "ndr.de") or a word in capitals ("SWR").
    return len(words) == 1 and ("." in field or (field.isupper() and len(field) > 1))


# --- the story's head on a page ---------------------------------------------------------
#
# A page prints the story's byline and time around its headline, and the page filter
# may have judged those lines page furniture (a name alone, "• Von Jane Doe",
# "28. April 2023, 19:50 Uhr" read as a list item) or cut the page below them when
# its headline guess fell on a caption. The field filters read them back from the
# blocks and the page filter's records near the story's start.

#: How many lines above the story's first block, and past the lead's first paragraph,
#: its byline and time are looked for.
_HEAD_ABOVE = 12
_HEAD_BELOW = 14
#: Paragraphs of prose the head runs on past the lead's first (teasers, captions):
#: a "By" line past a third is the story's text; a time in a page's meta line past
#: it may still be the story's (a teaser, two captions and a caption's copy stand
#: between headline and time on some pages).
_EXTRA_PROSE = 2
STAMP_EXTRA_PROSE = 4
#: The records of the page filter a field filter may take back.
_RECLAIMABLE = frozenset({"page-chrome"})


@dataclass(frozen=True, slots=True)
class HeadUnit:
    """One line near the story's start: a block still in the body, or one the page dropped.

    ``text`` is what the field filters read: a list item's bullet dropped, an
    ordinal marker kept ("28. April 2023", not "April 2023"); an index ``i`` into it
    is ``i + shift`` into the block's own text (``Block.text``, or the record's).
    """

    text: str
    start: int
    index: int | None
    record: Removal | None
    shift: int = 0


def story_head(
    draft: Draft, *, extra_prose: int = _EXTRA_PROSE
) -> tuple[tuple[HeadUnit, ...], int]:
    """Return the lines around the story's start, and the position of its first block.

    The story's first block is the first one left that is no timestamp line (the
    headline, when the page filter found it); the lines run from twelve above it to
    fourteen blocks past the lead's first prose paragraph, ``extra_prose`` more
    paragraphs of prose at most (teasers, captions). Returns ``((), -1)`` for no
    blocks.
    """
    blocks = draft.blocks
    first = next((i for i, b in enumerate(blocks) if read_timestamp(b.text) is None), None)
    if first is None:
        return (), -1
    lead = lead_blocks(blocks)
    # Past the lead's first paragraph: teasers and captions may come before the
    # byline, but a third paragraph of prose is the story's body (for a byline).
    last_block = max(first, lead.stop - 1)
    prose = 0
    for i in range(last_block + 1, min(len(blocks), last_block + 1 + _HEAD_BELOW)):
        if is_lead_paragraph(blocks[i]):
            prose += 1
            if prose > extra_prose:
                break
        last_block = i
    end = blocks[last_block].end
    # (start, block index or -1, record): units are built for the window only.
    entries: list[tuple[int, int, Removal | None]] = [
        (b.start, i, None) for i, b in enumerate(blocks[: last_block + 1])
    ]
    entries.extend(
        (r.start, -1, r)
        for r in draft.removed
        if r.start < end and r.end > r.start and (r.reason in _RECLAIMABLE or r.field == "headline")
    )
    entries.sort(key=lambda e: e[0])
    at = next(k for k, e in enumerate(entries) if e[1] == first)
    made = (_unit(blocks, e) for e in entries[max(0, at - _HEAD_ABOVE) :])
    units = tuple(u for u in made if u is not None)
    return units, next(k for k, u in enumerate(units) if u.index == first)


def page_lines(draft: Draft) -> tuple[HeadUnit, ...]:
    """Return every line of the page in order: the blocks, and the lines the page filter dropped.

    What the field filters fall back on when the story's head holds no field.
    """
    blocks = draft.blocks
    entries: list[tuple[int, int, Removal | None]] = [
        (b.start, i, None) for i, b in enumerate(blocks)
    ]
    entries.extend(
        (r.start, -1, r) for r in draft.removed if r.end > r.start and r.reason in _RECLAIMABLE
    )
    entries.sort(key=lambda e: e[0])
    return tuple(u for u in (_unit(blocks, e) for e in entries) if u is not None)


def _unit(blocks: tuple[Block, ...], entry: tuple[int, int, Removal | None]) -> HeadUnit | None:
    """Return the head line of a block or a record (a headline record: a blank stand-in)."""
    start, i, r = entry
    if r is None:
        b = blocks[i]
        if b.kind == "li" and b.marker[:1].isdigit() and b.marker.endswith("."):
            return HeadUnit(f"{b.marker} {b.text}", start, i, None, -len(b.marker) - 1)
        return HeadUnit(b.text, start, i, None)
    if r.field == "headline":
        # Not to be taken, but it stands between the lines around it.
        return HeadUnit("", start, None, r)
    text, shift = r.text, 0
    if text[:1] in patterns.DUMP_BULLETS and text[1:2] == " ":
        shift = 2
        text = text[2:]
    return HeadUnit(text, start, None, r, shift) if text else None


def reclaim(
    draft: Draft, unit: HeadUnit, start: int, end: int, *, field: str, value: object
) -> Draft:
    """Return ``draft`` with ``unit.text[start:end]`` captured into ``field``.

    A block still in the body is captured whole, or cut at its start or end (a part
    in the middle takes the rest of the line with it: the line is page meta, not
    story). A record of the page filter is split: the part becomes the field's
    record, the rest stays page chrome.
    """
    text = unit.text
    if unit.index is not None:
        own = draft.blocks[unit.index].text
        a, b = max(0, start + unit.shift), max(0, end + unit.shift)
        if a == 0 and b >= len(own):
            return draft.capture([unit.index], field=field, value=value)
        if a == 0:
            return draft.cut(unit.index, b, field=field, value=value)
        return draft.cut(unit.index, len(own) - a, at_end=True, field=field, value=value)
    record = unit.record
    assert record is not None
    if start == 0 and end >= len(text) and unit.shift == 0:
        pieces = [(record.start, record.end, True)]
    else:
        a = _source_at(draft.source, record, start + unit.shift)
        b = _source_at(draft.source, record, end + unit.shift, after=True)
        if start == 0:
            a = record.start
        pieces = [(record.start, a, False), (a, b, True), (b, record.end, False)]
    records: list[Removal] = []
    for low, high, taken in pieces:
        while low < high and draft.source[low].isspace():
            low += 1
        while high > low and draft.source[high - 1].isspace():
            high -= 1
        if low >= high:
            continue
        line = record.line + draft.source.count("\n", record.start, low)
        partial = len(pieces) > 1
        chunk = fold(draft.source[low:high])
        if taken:
            records.append(Removal(draft.step, "field", chunk, low, high, line, field, partial))
        else:
            records.append(
                dataclasses.replace(
                    record, text=chunk, start=low, end=high, line=line, partial=True
                )
            )
    changes: dict[str, Any] = {
        "removed": tuple(r for r in draft.removed if r is not record) + tuple(records),
        field: value,
    }
    return dataclasses.replace(draft, **changes)


def _source_at(source: str, record: Removal, k: int, *, after: bool = False) -> int:
    """Return the source offset of character ``k`` of a record's folded text.

    The first offset whose folded prefix reaches ``k`` characters (binary search:
    folding a longer prefix never gives a shorter text); with ``after``, the offset
    just past character ``k - 1``.
    """
    low, high = record.start, record.end
    target = k if after else k + 1
    while low < high:
        mid = (low + high) // 2
        if len(fold(source[record.start : mid])) >= target:
            high = mid
        else:
            low = mid + 1
    return low if after else max(record.start, low - 1)
