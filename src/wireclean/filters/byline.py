"""The byline filter: "By Lamine Chikhi" into ``byline``."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

from wireclean import patterns
from wireclean.dates import find_timestamp, read_timestamp, trailing_timestamp
from wireclean.filters._shape import (
    doubled_half,
    has_chrome_phrase,
    is_lead_paragraph,
    lead_blocks,
)
from wireclean.model import Block, Metadata, Removal
from wireclean.names import split_names, trim_name
from wireclean.pipeline import Draft
from wireclean.text import fold

__all__ = [
    "STAMP_EXTRA_PROSE",
    "HeadUnit",
    "PageLines",
    "byline",
    "byline_names",
    "byline_text_names",
    "line_names",
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

    It is looked for in the lead (its first 200 blocks at most) and up to three
    blocks past the lead's first prose paragraph (pages put a teaser between headline
    and byline). The label may be
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

    Dumps spread a byline over lines: names one under the other join it (below a
    label or a job title, or stacked against the time or the headline: "Jane Doe" /
    "John Roe" / "3 May 2024"; "Jane Doe – Journalist" / "[jdoe]" / "John Roe –
    Journalist"); a label or the author's portrait on the line above ("Von" / "Jane
    Doe", "Bild av Jane Doe" / "Jane Doe") or a job title below ("Jane Doe" /
    "Corresponsal en Atenas") names a line of names; a Korean reporter's line ("홍길동
    기자 hong@example.com") is labelled; the first or last line of a block of page
    meta is read alone ("Jane Doe | John Roe" / "3 hours ago"); a photo's caption
    ("Jane Roe" / "Foto: Example") between the time and the byline is skipped.

    >>> from wireclean import parse_text
    >>> parse_text("Title\\n\\nBy Maya Gebeily and Anthony Deutsch\\n\\nBody.").byline
    ('Maya Gebeily', 'Anthony Deutsch')
    """
    if draft.byline:
        return draft
    # The lead, up to _LEAD_MAX blocks (a page of menus alone is all lead).
    lead = range(min(lead_blocks(draft.blocks).stop, _LEAD_MAX))
    # A teaser paragraph may stand between headline and byline on a page.
    window = range(min(len(draft.blocks), lead.stop + _PAST_LEAD))
    for i in window:
        names = _people(byline_names(draft.blocks[i]), draft.meta)
        if names:
            return draft.capture([i], field="byline", value=names)
    # The story's head: read for a byline by the time, then below the headline.
    lines = story_head(draft)
    found = _head_byline(draft, lines)
    if found is None:
        found = _page_byline(draft)
    if draft.meta != _NO_META:
        # A page's own metadata names its authors, or no one: only a labelled line
        # is read (a name alone is better told by the markup than guessed).
        return draft if found is None else found
    if found is None:
        found = _head_byline(draft, lines, below=True)
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
    # "Von [7b6]Jane Doe": the author's photo between the label and the name.
    text = patterns.DUMP_LABEL_IMAGE.sub(r"\g<label> ", text, count=1)
    label = patterns.DUMP_BYLINE_LABEL.match(text)
    if label is not None:
        text = "By " + text[label.end() :]  # "Written by Jane Doe", "[]byJane Doe"
    match = patterns.BYLINE_LINE.fullmatch(text)
    if match is None:
        return None
    # "By Tom Davies - Associated Press": what follows a spaced dash is no name.
    names = split_names(match.group("names").split(" - ")[0], byline=True)
    # "By Example Times": the site's own byline names no person.
    people = (_without_role_adjective(_without_agency(n)) for n in names or ())
    return tuple(n for n in people if not _is_organisation(n)) or None


#: Endings of a German adjective that opens a job title ("Landespolitische
#: Korrespondentin", "Wirtschaftlicher Berater"): no surname ends so.
_ADJECTIVE_ENDINGS = ("ische", "ischer", "liche", "licher")


def _without_role_adjective(name: str) -> str:
    """Return a name without the adjective left of a job title cut after it.

    "Jane Doe Landespolitische" (of "Jane Doe Landespolitische Korrespondentin")
    gives "Jane Doe"; two words of the name are kept.
    """
    words = name.split()
    if len(words) > _NAME_MIN_WORDS and words[-1].lower().endswith(_ADJECTIVE_ENDINGS):
        return " ".join(words[:-1])
    return name


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
    if len(text) > _NAME_LINE_CHARS or " " not in text:
        return None
    trail = trailing_timestamp(text)
    if trail is not None:
        text = text[: trail[0]]
    # "[jdoe] Jane Doe", "[7b6]Jane Doe": the author's photo, as a text browser
    # labels it; "Jane Doe@janedoe": a profile handle glued on.
    label = patterns.DUMP_IMAGE_ALT.match(text)
    if label is not None and text[label.end() :].strip():
        text = text[label.end() :].lstrip()
    text = text.split("@", 1)[0].rstrip()
    # "Jane Doe^1,", "John Roe &": a list of authors, a line each.
    tail = patterns.DUMP_NAME_TAIL.search(text)
    if tail is not None and tail.start() > 0:
        text = text[: tail.start()].rstrip()
    # A name printed twice (link text and label): "Jane Doe Jane Doe", "Jane DoeJane Doe".
    text = doubled_half(text) or text
    text = _without_organisation(text)
    # "Jane DoeTravel News Reporter": a job title's words are no organisation's.
    if any(map(str.isdigit, text)) or _is_organisation(_trimmed(text)):
        return None
    if patterns.DUMP_PORTRAIT.fullmatch(text) is not None:
        return None  # "Bild av Jane Doe": the author's portrait, not the byline
    if any(len(patterns.GLUED_CAPITAL.split(w)) > 2 for w in text.split()):
        return None  # "EdendaleMsunduziMsunduzi": link texts run together
    if any(_doubled(w) for w in text.split()):
        return None  # "Local NewsNews": a link's text printed twice
    if patterns.GLUED_LINKS.search(text) is not None and _trimmed(text) == text:
        return None  # "PoliticsPolitics", unless a job title is glued on ("Jane DoeWriter")
    if text.isupper():
        return None  # "WATCH LIVE", "UNSERE EMPFEHLUNGEN": a label, not a name alone
    # "Jane Doe og John Roe": "and" in a language the name list does not know.
    text = patterns.DUMP_NAME_AND.sub(", ", text)
    # "Jane Doe Political Correspondent", "Jane DoeWriter", "Jane Doe Tips meg".
    names = split_names(_trimmed(text))
    if names is None or not all(_name_fits(n) for n in names):
        return None
    firsts = {n.split()[0].casefold() for n in names}
    if firsts & patterns.DUMP_CONTROL_WORDS or firsts & patterns.BYLINE_LINE_WORDS:
        return None  # "Download PDF": a page's control; "By Example": a label
    if any(_not_name(w) for n in names for w in _own_words(n)):
        return None  # "About Us", "Play Video", "Mitt Aftonbladet"
    if any(all(w.lower() in patterns.ROLE_MODIFIERS for w in n.split()) for n in names):
        return None  # "Deputy Content Hub Director": a job title on a line of its own
    return names


def _name_fits(name: str) -> bool:
    """Tell whether a name has two or three words, particles left out ("Jane Van Der Doe")."""
    words = name.split()
    core = len(_own_words(name))
    return 2 <= core <= _NAME_WORDS and len(words) <= _NAME_WORDS + 1


def _without_organisation(text: str) -> str:
    """Return a line of one name without the organisation run on after it.

    "Jane Doe Gear Team", "Jane Doe Fox News": one or two capitalised words ending
    in an organisation's word; two words of the name at least are left.
    """
    words = text.split()
    if len(words) < _NAME_MIN_WORDS + 1 or words[-1].lower() not in patterns.ORGANISATION_WORDS:
        return text
    if words[0].lower() in patterns.BYLINE_LINE_WORDS:
        return text  # "By Associated Press": an agency's byline, not a name
    for cut in (2, 1):
        rest = words[:-cut]
        if len(rest) >= _NAME_MIN_WORDS and all(w[:1].isupper() for w in words[-cut:]):
            return " ".join(rest)
    return text


#: Fewest words a name keeps when an organisation is cut from its end.
_NAME_MIN_WORDS = 2
#: Longest text before a Korean reporter's name on its line (the place: "순천, 광양").
_KOREAN_PLACE_CHARS = 16


def _korean_reporter(text: str) -> tuple[str, ...] | None:
    """Return the name of a Korean byline line ("홍길동 기자 hong@example.com"), else None."""
    match = patterns.KOREAN_REPORTER.search(text)
    if match is None:
        return None
    before = text[: match.start()]
    if len(before) > _KOREAN_PLACE_CHARS or any(c in ".!?" for c in before):
        return None
    return (match.group("name"),)


#: How near (in lines) a line of names alone must stand to the story's time, or below
#: an "Author" label, to be its byline.
_NEAR_STAMP = 2
#: A byline field with a number and fewer spaces than this is a time or a count.
_STAMP_WORDS = 3


def _head_byline(
    draft: Draft, head: tuple[Sequence[HeadUnit], int], *, below: bool = False
) -> Draft | None:
    """Capture the byline among the lines at the story's head on a page, if one is there.

    A labelled line ("By Jane Doe", "• Von Jane Doe", "Jane Doe | Written by John
    Roe") nearest the story's time (else its first block) wins; else a line that is
    only names ("Jane Doe", "Jane Doe · Fox News", "Jane Doe, Political Correspondent")
    standing within two lines of the story's time or right below an "Author" label.
    Fields of organisations ("Fox News", "TIMESOFINDIA.COM") and times are left out.
    With ``below`` (the last resort), the first line of names alone below the
    headline is taken, unless a word of it is no name's ("About Us", "Play Video")
    or the headline or a paragraph at the head names the same person (the story's
    subject: "Donald Trump" under a photo). ``head`` is :func:`story_head` of ``draft``.
    """
    units, first = head
    if not units:
        return None
    if below:
        return _below_headline(draft, units, first)
    stamp = next((r for r in draft.removed if r.field == "published" and r.end > r.start), None)
    anchor = first if stamp is None else sum(1 for u in units if u.start < stamp.start)
    labelled: list[tuple[int, int, tuple[str, ...]]] = []
    bare: list[tuple[int, int, tuple[str, ...]]] = []
    # A photo's caption ("Jane Roe" / "Foto: Example") between the time and the
    # byline does not count in their distance; its name is no byline.
    captions = _captions(units, draft.meta)
    in_order = sorted(captions)

    def at(k: int) -> int:  # line k's position, captions left out
        return k - bisect_left(in_order, k)

    # A line of a block a dump ran page meta into ("Travel" / "By" / "Jane Doe").
    spans: dict[int, tuple[int, int]] = {}
    for k in range(len(units)):
        found = None if k in captions else _line_or_cued_names(units, k, draft.meta)
        cued = False
        if found is None and k not in captions:
            edge = _edge_names(draft, units, k, stamp)
            if edge is not None:
                found, cued, spans[k] = (edge[0], edge[1]), edge[2], (edge[3], edge[4])
        elif found is not None:
            cued = _is_cued(units, k) or _role_cued(units, k)
        if found is None:
            continue
        names, strong = found
        # The line just above the time (k == anchor - 1) is as near as the one below it.
        distance = at(k) - at(anchor) if k >= anchor else at(anchor) - 1 - at(k)
        if strong or (k not in spans and _is_cued(units, k)):
            labelled.append((distance, k, names))  # "Von Jane Doe", "Von" / "Jane Doe"
            continue
        if not cued and (stamp is None or distance > _NEAR_STAMP - 1):
            continue
        # A labelled name comes before a name merely near the time.
        bare.append((-1 if cued else distance, k, names))
    chosen = min(labelled or bare, default=None)
    if chosen is None:
        return None
    if chosen[1] in spans:
        a, b = spans[chosen[1]]
        return reclaim(draft, units[chosen[1]], a, b, field="byline", value=chosen[2])
    return _capture(draft, units, chosen[1], chosen[2], None if stamp is None else anchor)


#: Most lines of a block whose first or last line is read alone for a byline, and
#: most words on each of its other lines: page meta a dump ran together.
_EDGE_LINES = 6
_EDGE_WORDS = 4


_SENTENCE_ENDS = frozenset('.!?"”»')


def _few_words(lines: list[str]) -> bool:
    return all(line.count(" ") < _EDGE_WORDS for line in lines)


def _edge_names(
    draft: Draft, units: Sequence[HeadUnit], k: int, stamp: Removal | None = None
) -> tuple[tuple[str, ...], bool, bool, int, int] | None:
    """Return the names of the first or last line of a block of page meta lines.

    A dump runs a byline into the lines by it ("Jane Doe | John Roe" / "3 hours
    ago", "Travel" / "By" / "Jane Doe"). Returns the names, whether a label names
    them, whether the line above labels them ("By" / "Jane Doe"), and the line's
    span in the unit's text.
    """
    unit = units[k]
    if unit.shift or not unit.text:
        return None
    if unit.index is not None:
        low, high = draft.blocks[unit.index].start, draft.blocks[unit.index].end
    else:
        assert unit.record is not None
        low, high = unit.record.start, unit.record.end
    if draft.source.find("\n", low, high) < 0:
        return None  # one line (a paragraph of one line is not folded to learn it)
    lines = [line for line in (fold(raw) for raw in draft.source[low:high].split("\n")) if line]
    if not 2 <= len(lines) <= _EDGE_LINES:
        return None
    text = unit.text
    # The other lines are a few words each (a time, a label, a rule), not a caption's.
    first = None
    if text.startswith(lines[0] + " ") and _few_words(lines[1:]):
        first = _line_names(lines[0], draft.meta)
    if first is not None:
        return first[0], first[1], _is_cued(units, k), 0, len(lines[0])
    last = None
    # Or the name follows a paragraph's last sentence ("... said on Tuesday." / "Jane
    # Doe"), or the story's time was cut from the block right after it.
    touching = (
        stamp is not None and high <= stamp.start and not draft.source[high : stamp.start].strip()
    )
    ended = lines[-2][-1:] in _SENTENCE_ENDS or touching
    if text.endswith(" " + lines[-1]) and (ended or _few_words(lines[:-1])):
        last = _line_names(lines[-1], draft.meta)
    if last is not None:
        cued = _is_author_cue(lines[-2])
        return last[0], last[1], cued, len(text) - len(lines[-1]), len(text)
    return None


def _captions(units: Sequence[HeadUnit], meta: Metadata) -> set[int]:
    """Return the lines of photo captions: a credit ("Foto: Example") and a name right above it.

    The name may be printed twice ("Jane Roe" / "Jane Roe" / "Foto: Example").
    """
    found: set[int] = set()
    for k, unit in enumerate(units):
        if not unit.text or not patterns.has_photo_credit(unit.text):
            continue
        found.add(k)
        j = k - 1
        while j >= max(0, k - 1 - _TWICE) and (j == k - 1 or units[j].text == units[j + 1].text):
            names = _line_names(units[j].text, meta) if units[j].text else None
            if names is None or names[1]:
                break
            found.add(j)
            j -= 1
    return found


def _capture(
    draft: Draft,
    units: Sequence[HeadUnit],
    k: int,
    names: tuple[str, ...],
    stamp_at: int | None = None,
) -> Draft:
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
    # Names on lines of their own, one under the other ("Jane Doe" / "John Roe"): the
    # lines of names alone right below a labelled byline (or one a job title names)
    # join it, and right above one of names alone below a label.
    said = _Said(draft)
    # Below a label ("By" / "• Jane Doe" / "• John Roe"), a list is a list of authors.
    listed = _is_cued(units, lines[0])
    own = _line_names(units[k].text, draft.meta)
    labelled = own is not None and own[1]
    below = _name_run(draft, units, lines[-1], 1, said, lists=listed)
    # Above a labelled line, only labelled lines ("By Jane Doe" / "By John Roe").
    above = _name_run(draft, units, lines[0], -1, said, labelled=labelled)
    joined = sorted({*above, *lines, *below})
    # A stack of names alone joins only right against the story's time ("Jane Doe" /
    # "John Roe" / "3 May 2024") or headline (``stamp_at`` is the line just below
    # either), unless a label or a job title names them.
    against = stamp_at is not None and (joined[0] == stamp_at or joined[-1] == stamp_at - 1)
    if labelled or listed or _role_cued(units, k) or against:
        lines = joined
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


_ELLIPSES = frozenset(("…", "...", "[…]", "[...]"))
#: Most lines one byline runs over (names and the glue between them).
_NAME_LINES = 9


def _said(draft: Draft) -> list[str]:
    """Return the headline and the story's paragraphs, case-folded: where a subject is named."""
    said = [r.text.casefold() for r in draft.removed if r.field == "headline"]
    said.extend(b.text.casefold() for b in draft.blocks if len(b.text) > _NAME_LINE_CHARS)
    return said


class _Said:
    """:func:`_said` of a draft, made when first read: most bylines are captured without
    asking whether a line of names is the story's subject, and it copies the story."""

    __slots__ = ("_draft", "_texts")

    def __init__(self, draft: Draft) -> None:
        self._draft = draft
        self._texts: list[str] | None = None

    def __iter__(self) -> Iterator[str]:
        if self._texts is None:
            self._texts = _said(self._draft)
        return iter(self._texts)


def _is_subject(names: tuple[str, ...], said: Iterable[str]) -> bool:
    """Tell whether the headline or the story's prose names one of ``names`` (past its start).

    An author's short biography opening with the name ("Jane Doe is a reporter ...")
    and a teaser's credit ("... von Jane Doe") do not count.
    """
    return any(_mentions(text, name.casefold()) for name in names for text in said)


def _mentions(text: str, name: str) -> bool:
    """Tell whether ``text`` names ``name`` past its start, not as its author ("... von Jane")."""
    at = text.find(name, 1)
    while at > 0:
        before = text[max(0, at - _LABEL_REACH) : at].split()
        if before and before[-1] not in patterns.BYLINE_LINE_WORDS:
            return True
        at = text.find(name, at + 1)
    return False


#: How far before a name its label word ("von ") is looked for.
_LABEL_REACH = 12


def _name_run(
    draft: Draft,
    units: Sequence[HeadUnit],
    k: int,
    step: int,
    said: Iterable[str],
    *,
    labelled: bool = False,
    lists: bool = False,
) -> list[int]:
    """Return the lines of names alone next to line ``k`` (below, or above for ``step`` -1).

    They run on while each line is names alone; the run ends at its last line that
    names someone new (a name printed twice, as link and text, adds no one) and the
    line after it, and is empty when no line does. With ``labelled``, only labelled
    lines ("By John Roe", "홍길동 기자") run on.
    """
    seen = set(_names_of(units[k].text, draft.meta))
    run: list[int] = []
    last_new = 0
    j = k + step
    while 0 <= j < len(units) and len(run) < _NAME_LINES:
        text = units[j].text
        if (
            patterns.DUMP_EMAIL_LINE.fullmatch(text) is not None
            or patterns.DUMP_IMAGE_ALT.fullmatch(text) is not None
            or text in _ELLIPSES
            or (step > 0 and _is_role(text))
        ):
            # "jdoe@example.com" or "News Reporter" under the name, "[jdoe]" (a
            # portrait) above it, "…" where a long list of names is cut short.
            run.append(j)
            j += step
            continue
        names = _joinable(draft, units[j], said, labelled=labelled, lists=lists)
        if names is None:
            break
        run.append(j)
        if not seen.issuperset(names):
            last_new = len(run)
            seen.update(names)
        j += step
    # The last new name's line printed twice ("Jane Doe" / "Jane Doe") goes with it.
    return run[: last_new + 1] if last_new else []


def _names_of(text: str, meta: Metadata) -> tuple[str, ...]:
    found = _line_names(text, meta) if text else None
    return () if found is None else found[0]


def _joinable(
    draft: Draft,
    unit: HeadUnit,
    said: Iterable[str],
    *,
    labelled: bool = False,
    lists: bool = False,
) -> tuple[str, ...] | None:
    """Return the names of a line that may join a byline: a byline, or names alone no subject's.

    Not a list item (a menu of "Studio" pages) unless ``lists`` (below a label), nor
    a line of page controls ("Lesen Hören").
    """
    listed = unit.shift or (unit.index is not None and draft.blocks[unit.index].kind == "li")
    if listed and not lists:
        return None
    if patterns.has_photo_credit(unit.text) or unit.text.casefold().startswith("copyright"):
        return None  # "Foto: Example/Jane Roe", "Copyright Jane Roe": a photo's credit
    if _is_role(unit.text):
        return None  # "Leitender Wirtschaftsredakteur": the author's job, not a name
    found = _line_names(unit.text, draft.meta) if unit.text else None
    if found is None or has_chrome_phrase(unit.text):
        return None
    if found[1]:
        return found[0]  # "By John Roe" under "By Jane Doe"
    if labelled:
        return None
    if any(w.casefold() in patterns.DUMP_CONTROL_WORDS for n in found[0] for w in n.split()):
        return None
    return None if _is_subject(found[0], said) else found[0]


def _joins(units: Sequence[HeadUnit], j: int, meta: Metadata, *, above: bool = False) -> bool:
    """Tell whether line ``j`` is a list's glue (",", "and") with a line of names beyond it."""
    glue = units[j].text.strip().lower()
    if glue not in patterns.NAME_LIST_GLUE:
        return False
    beyond = units[j - 1 if above else j + 1]
    found = _line_names(beyond.text, meta)
    return found is not None and not found[1]


def _below_headline(draft: Draft, units: Sequence[HeadUnit], first: int) -> Draft | None:
    """Capture the first line of names alone below the headline that names no subject.

    A name the headline or the story's prose mentions ("Donald Trump", "Federal
    Reserve") is the story's subject; an author's short biography opening with the
    name ("Jane Doe is a reporter ...") does not count.
    """
    said = _Said(draft)  # read only when a line gives names
    # The story's first block is the headline, or the line below the headline the
    # headline filter took.
    above = units[first - 1].record if first > 0 else None
    top = first if above is not None and above.field == "headline" else first + 1
    for k in range(top, len(units)):
        unit = units[k]
        found = _line_names(unit.text, draft.meta)
        span = None
        if found is None:
            # "Jane Doe | John Roe" / "3 hours ago": the first or last line of a block.
            edge = _edge_names(draft, units, k)
            if edge is not None:
                found, span = (edge[0], edge[1]), (edge[3], edge[4])
        if found is None or has_chrome_phrase(unit.text):
            continue
        names = found[0]
        if _is_subject(names, said):
            continue
        if span is not None:
            return reclaim(draft, unit, span[0], span[1], field="byline", value=names)
        # Names stacked right below the headline are its authors, as by the time.
        return _capture(draft, units, k, names, top if k == top else None)
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
        if not _may_have_names(units, k):
            continue  # no names (found below is None): a paragraph's text is not read
        near = at is not None and (at - _NEAR_STAMP <= k < at + _NEAR_STAMP)
        # "Von" / "Jane Doe": names below a label line are labelled too (far from the
        # time, after a name alone right by it).
        cued = _is_cued(units, k) or _role_cued(units, k)
        if unit.record is None and not (near or cued):
            continue  # a byline line in the story's body, away from its time, is its text
        if not (near or cued or _has_label_word(unit.text)):
            continue  # away from the time only a labelled line counts: it has a label word
        found = _line_or_cued_names(units, k, draft.meta)
        if found is None:
            continue
        distance = 0 if stamp is None else abs(unit.start - stamp.start)
        if not found[1] and not cued:
            # A line of names alone counts right by the time ("Jane Doe" / "3 May
            # 2024"), after every labelled line.
            if at is None or not at - _NEAR_STAMP < k <= at:
                continue
            distance += len(draft.source)
        elif at is not None and abs(k - at) > _CUE_REACH:
            # Far from the time, a labelled line may be a teaser's: a name alone right
            # by the time comes first.
            distance += len(draft.source)
        if best is None or distance < best[0]:
            best = (distance, k, found[0])
    if best is None:
        return None
    return _capture(draft, units, best[1], best[2])


#: How many lines from the story's time names below a label line count as labelled
#: (farther, as names alone by the time: a teaser's).
_CUE_REACH = 8


def _doubled(word: str) -> bool:
    """Tell whether a word is one word printed twice, glued ("NewsNews")."""
    half = len(word) // 2
    return half > 1 and len(word) % 2 == 0 and word[:half] == word[half:]


def _own_words(name: str) -> list[str]:
    """Return a name's words but its particles inside it ("Van Der" in "Jane Van Der Doe")."""
    words = name.split()
    inner = range(1, len(words) - 1)
    particles = patterns.NAME_PARTICLES
    return [w for i, w in enumerate(words) if i not in inner or w.lower() not in particles]


def _has_label_word(text: str) -> bool:
    """Tell whether a line holds a byline's label word ("By", "Von", "Autor", "기자")."""
    return (
        patterns.BYLINE_LABEL_WORD.search(text.casefold()) is not None
        or patterns.KOREAN_REPORTER.search(text) is not None
    )


def _not_name(word: str) -> bool:
    """Tell whether a capitalised word is no name's ("About", "Video"); "de" in "Ana de Paz" is."""
    return word[:1].isupper() and word.casefold() in patterns.NOT_NAME_WORDS


def _trimmed(text: str) -> str:
    """Return a line of names with what follows each name cut ("Jane DoeTwitter")."""
    return ", ".join(trim_name(part) for part in text.split(", "))


def line_names(text: str, meta: Metadata = _NO_META) -> tuple[str, ...] | None:
    """Return the names a page's byline line gives ("Jane Doe | Fox News", "By Jane Doe")."""
    found = _line_names(text, meta) if text.strip() else None
    return None if found is None else found[0]


def _line_or_cued_names(
    units: Sequence[HeadUnit], k: int, meta: Metadata
) -> tuple[tuple[str, ...], bool] | None:
    """Return :func:`_line_names` of line ``k``, or, below a label line, its byline's names.

    "Autor:" / "Jane Doe und John Roe, Zürich": the place after the names goes, as
    on a labelled line.
    """
    found = _line_names(units[k].text, meta) if units[k].text else None
    if found is not None or k == 0 or not _is_author_cue(units[k - 1].text):
        return found
    names = _people(byline_text_names("By " + units[k].text), meta)
    return None if names is None else (names, False)


def _may_have_names(units: Sequence[HeadUnit], k: int) -> bool:
    """Tell cheaply whether :func:`_line_or_cued_names` of line ``k`` may give names.

    False only when it gives None: a line that fails the first tests of
    :func:`_head_names` (longer than ``_MAX_CHARS``, one word, a sentence) holds no
    names of its own, and only a label line above it ("Autor:") reads it as a byline.
    A paragraph of the story, a menu's one word or a caption's sentence is passed over
    before the lines around it are read for a label or a job title (:func:`_is_cued`,
    :func:`_role_cued`), most of the cost on a page of many lines (issue #6).
    """
    return _may_head_names(units[k].text) or (k > 0 and _is_author_cue(units[k - 1].text))


def _may_head_names(text: str) -> bool:
    """Tell whether ``text`` passes the first, cheap tests of :func:`_head_names`: no
    longer than ``_MAX_CHARS``, two words at least, and no sentence's end."""
    return len(text) <= _MAX_CHARS and " " in text and text[-1] not in _SENTENCE_STOPS


#: What ends a sentence, and so a line that is no line of names (:func:`_head_names`).
_SENTENCE_STOPS = frozenset(".!?")


def _is_author_cue(text: str) -> bool:
    return text.lower().rstrip(": ") in patterns.AUTHOR_CUES


def _is_cued(units: Sequence[HeadUnit], k: int) -> bool:
    """Tell whether the line above line ``k`` labels it an author's name.

    An author label ("Von", "Author:"), or the author's portrait of the same name
    ("Bild av Jane Doe" / "Jane Doe").
    """
    if k == 0:
        return False
    above = units[k - 1].text
    if _is_author_cue(above):
        return True
    # "... a heavy toll." / "By": a label a dump ran into the paragraph above.
    rest, _, last = above.rpartition(" ")
    if rest[-1:] in ".!?" and last.lower() in patterns.BYLINE_LINE_WORDS:
        return True
    portrait = patterns.DUMP_PORTRAIT.fullmatch(above)
    return portrait is not None and units[k].text.startswith(portrait.group("name"))


def _role_cued(units: Sequence[HeadUnit], k: int) -> bool:
    """Tell whether a job title names line ``k`` an author's, on it or on the line below.

    "Jane Doe – Journalist", "Jane Doe" / "Corresponsal en Atenas" (the name may be
    printed twice above the title).
    """
    if _has_role(units[k].text):
        return True
    j = k + 1
    while j < min(len(units), k + _TWICE + 1) and units[j].text == units[k].text:
        j += 1
    return j < len(units) and _is_role(units[j].text)


#: How many times a page prints one line over (a link's text, then its label).
_TWICE = 2


def _is_role(text: str) -> bool:
    text = text.strip(" ,;:")
    # Every job title holds a title's noun: an ASCII line without one (most lines) is
    # spared the pattern, which tries each split of its first two words (issue #6).
    if text.isascii() and _ROLE_NOUN(text.lower()) is None:
        return False
    return patterns.DUMP_ROLE_LINE.fullmatch(text) is not None


#: The nouns of ``patterns.DUMP_ROLE_LINE``'s job titles that ASCII text can hold, cut
#: to their shared stems, lower-cased ("correspon" for "correspondent", "corresponsal"
#: and "correspondant"; a test checks it finds each of them).
_ROLE_NOUN = re.compile(
    "journalist|reporter|redakt|korrespondent|correspon|corrispondente|editor|redactor"
    "|periodista|giornalista|toimittaja|dziennikar|kolumnist|columnist"
).search


#: The marks of which every ``patterns.BYLINE_FIELD_SEPARATOR`` holds one: a line with
#: none is one field, with no need to split it (a test checks the two agree).
_SEPARATOR_MARK = re.compile(r"[|·•/\-–—]").search


def _has_role(text: str) -> bool:
    """Tell whether a byline line has a field that is a job title ("Jane Doe – Journalist")."""
    if _SEPARATOR_MARK(text) is None:  # one field: no job title beside a name
        return False
    fields = patterns.BYLINE_FIELD_SEPARATOR.split(text)
    return len(fields) > 1 and any(_is_role(f) for f in fields)


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
    # A name has two words at least; a sentence is no line of names.
    if not _may_head_names(text) or not any(c.isalpha() for c in text):
        return None
    if patterns.match_dateline(text) is not None:
        return None  # a story's first paragraph ("NEW YORK (Reuters) - ...")
    photo = patterns.DUMP_IMAGE_ALT.match(text)
    if photo is not None and text[photo.end() :].strip():
        text = text[photo.end() :].lstrip()  # "[7b6]Jane Doe": the author's photo
    tail = patterns.DUMP_NAME_TAIL.search(text)
    if tail is not None and tail.start() > 0 and "^" in text[tail.start() :]:
        text = text[: tail.start()].rstrip()  # "Jane Doe^1,": a footnote to her affiliation
    whole = byline_text_names(text) or _korean_reporter(text)  # "홍길동 기자": a label after
    if whole is not None:
        return whole, True  # "Autorin/Autor Jane Doe": the "/" is the label's
    names: list[str] = []
    strong = False
    other = False  # a field of other words ("National, News")
    last_labelled = False
    for field in patterns.BYLINE_FIELD_SEPARATOR.split(text):
        field = field.strip(" ,;:")
        if not field:
            continue
        got = byline_text_names(field)
        last_labelled = got is not None
        if got is not None:
            names.extend(got)
            strong = True
            continue
        if _is_stamp(field) or _is_role(field):
            continue  # "3 May 2024", "Journalist i Paris"
        # "Jane Doe Gear Team": a name with its organisation run on.
        got = _bare_names(field)
        if got is None and not _is_organisation(field):
            other = True
        names.extend(got or ())
    # "National, News | Published: 5 hours ago | Written by Jane Doe": a meta line
    # ending in its labelled byline may hold other words.
    if not names or (other and not last_labelled):
        return None
    return tuple(dict.fromkeys(names)), strong


def _is_stamp(field: str) -> bool:
    """Tell whether a byline field is a time ("3 May 2024", "2 hours ago", "Updated: 14:05")."""
    if not any(map(str.isdigit, field)):
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
#: How many blocks below the story's first block its lead may run, at most: on a page
#: with no paragraph of prose (a dump of menus), the lead would be every line, and each
#: line of it would be read for names.
_LEAD_MAX = 200
#: Paragraphs of prose the head runs on past the lead's first (teasers, captions):
#: a "By" line past a third is the story's text; a time in a page's meta line past
#: it may still be the story's (a teaser, two captions and a caption's copy stand
#: between headline and time on some pages).
_EXTRA_PROSE = 2
STAMP_EXTRA_PROSE = 4
#: The records of the page filter a field filter may take back.
_RECLAIMABLE = frozenset({"page-chrome"})


@dataclass(frozen=True, slots=True, init=False)
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

    def __init__(
        self, text: str, start: int, index: int | None, record: Removal | None, shift: int = 0
    ) -> None:
        # The generated __init__ of a frozen dataclass, at half the cost (as the model's
        # classes): a page makes one unit per line, for each field filter that reads it.
        s = _UNIT_SLOTS
        s[0](self, text)
        s[1](self, start)
        s[2](self, index)
        s[3](self, record)
        s[4](self, shift)


#: The slots' own setters of :class:`HeadUnit`, in field order (see ``wireclean.model``).
_UNIT_SLOTS: tuple[Any, ...] = tuple(
    getattr(HeadUnit, f.name).__set__ for f in dataclasses.fields(HeadUnit)
)


def story_head(draft: Draft, *, extra_prose: int = _EXTRA_PROSE) -> tuple[Sequence[HeadUnit], int]:
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
    last_block = max(first, min(lead.stop - 1, first + _LEAD_MAX))
    prose = 0
    for i in range(last_block + 1, min(len(blocks), last_block + 1 + _HEAD_BELOW)):
        if is_lead_paragraph(blocks[i]):
            prose += 1
            if prose > extra_prose:
                break
        last_block = i
    end = blocks[last_block].end
    taken = (
        r
        for r in draft.removed
        if r.start < end and r.end > r.start and (r.reason in _RECLAIMABLE or r.field == "headline")
    )
    records = sorted(taken, key=_record_start)
    # Twelve lines above the first block, blocks and records in page order (at one
    # start, a block before a record): step back from the first block and the records
    # before it.
    top, q = first, bisect_left(records, blocks[first].start, key=_record_start)
    for _ in range(_HEAD_ABOVE):
        if q > 0 and (top == 0 or records[q - 1].start >= blocks[top - 1].start):
            q -= 1
        elif top > 0:
            top -= 1
        else:
            break
    units = _lines(blocks, records[q:], top, last_block + 1)
    return units, next(k for k, u in enumerate(units) if u.index == first)


def page_lines(draft: Draft) -> Sequence[HeadUnit]:
    """Return every line of the page in order: the blocks, and the lines the page filter dropped.

    What the field filters fall back on when the story's head holds no field. On a
    page of many lines, a line is made when it is read (:class:`PageLines`).
    """
    taken = (r for r in draft.removed if r.end > r.start and r.reason in _RECLAIMABLE)
    return _lines(draft.blocks, sorted(taken, key=_record_start))


#: Past this many lines (a page of a million tiny blocks), a line is made each time it
#: is read; up to it, all at once (faster to read the same line again and again).
_LAZY_LINES = 10_000


def _lines(
    blocks: tuple[Block, ...], records: list[Removal], lo: int = 0, hi: int | None = None
) -> Sequence[HeadUnit]:
    """Return the lines of ``blocks[lo:hi]`` and of ``records`` (sorted by start), in page order."""
    hi = len(blocks) if hi is None else hi
    made = (_record_unit(r) for r in records)
    taken = [u for u in made if u is not None]
    if hi - lo + len(taken) > _LAZY_LINES:
        return PageLines(blocks, taken, lo, hi)
    return tuple(_merged(blocks, taken, lo, hi))


def _merged(
    blocks: tuple[Block, ...], records: list[HeadUnit], lo: int, hi: int
) -> Iterator[HeadUnit]:
    """Yield the lines of ``blocks[lo:hi]`` and ``records`` by start (at one start, the block's)."""
    i = lo
    for record in records:
        while i < hi and blocks[i].start <= record.start:
            yield _block_unit(blocks, i)
            i += 1
        yield record
    yield from (_block_unit(blocks, k) for k in range(i, hi))


def _block_start(block: Block) -> int:
    return block.start


def _record_start(record: Removal) -> int:
    return record.start


class PageLines(Sequence[HeadUnit]):
    """The lines of a page of many lines, each block's made when it is read (see :func:`_lines`).

    A page of a million tiny blocks keeps no million lines: only the lines of the
    records (``records``, in page order) and where each stands among the blocks.
    """

    __slots__ = ("_at", "_blocks", "_hi", "_lo", "_recent", "_records", "_size")

    def __init__(
        self, blocks: tuple[Block, ...], records: list[HeadUnit], lo: int, hi: int
    ) -> None:
        self._blocks, self._lo, self._hi = blocks, lo, hi
        self._records = records
        self._size = hi - lo + len(records)
        # A record's position: the blocks starting at or before it, and the records before it.
        self._at = [
            bisect_right(blocks, u.start, lo, hi, key=_block_start) - lo + j
            for j, u in enumerate(records)
        ]
        # The lines read last: the searches read each line with its neighbours, several
        # times over (a line is made once for them, not at every reading).
        self._recent: dict[int, HeadUnit] = {}

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, k: int) -> HeadUnit: ...

    @overload
    def __getitem__(self, k: slice) -> tuple[HeadUnit, ...]: ...

    def __getitem__(self, k: int | slice) -> HeadUnit | tuple[HeadUnit, ...]:
        if isinstance(k, slice):
            return tuple(self[j] for j in range(*k.indices(len(self))))
        if k < 0:
            k += self._size
        if not 0 <= k < self._size:
            raise IndexError(k)
        recent = self._recent
        unit = recent.get(k)
        if unit is not None:
            return unit
        j = bisect_left(self._at, k)  # the records before line k
        if j < len(self._at) and self._at[j] == k:
            unit = self._records[j]
        else:
            unit = _block_unit(self._blocks, self._lo + k - j)
        if len(recent) >= _RECENT_LINES:
            recent.clear()
        recent[k] = unit
        return unit

    def __iter__(self) -> Iterator[HeadUnit]:
        return _merged(self._blocks, self._records, self._lo, self._hi)


#: How many of the lines read last a :class:`PageLines` keeps.
_RECENT_LINES = 64


def _record_unit(r: Removal) -> HeadUnit | None:
    """Return the head line of a record (a headline record: a blank stand-in), or None."""
    if r.field == "headline":
        # Not to be taken, but it stands between the lines around it.
        return HeadUnit("", r.start, None, r)
    text, shift = r.text, 0
    if text[:1] in patterns.DUMP_BULLETS and text[1:2] == " ":
        shift = 2
        text = text[2:]
    return HeadUnit(text, r.start, None, r, shift) if text else None


def _block_unit(blocks: tuple[Block, ...], i: int) -> HeadUnit:
    """Return the head line of block ``i``: a numbered item keeps its number ("28. April")."""
    b = blocks[i]
    if b.kind == "li" and b.marker[:1].isdigit() and b.marker.endswith("."):
        return HeadUnit(f"{b.marker} {b.text}", b.start, i, None, -len(b.marker) - 1)
    return HeadUnit(b.text, b.start, i, None)


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
