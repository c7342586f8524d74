"""The text path's fast paths give what the general code they skip gives (issue #2, speed).

Each fast path is checked against the general form it stands for, on invented inputs
(hypothesis) and, where the corpus is present, on the corpus's own lines and stories.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from tests.test_perf_equivalence import _corpus_lines, _take_line, _walk_back, _walk_forward
from wireclean import dates, patterns
from wireclean import text as text_module
from wireclean.dates import Timestamp
from wireclean.filters._shape import is_furniture
from wireclean.filters.credits import parse_credits
from wireclean.filters.header import _is_url, _take_lines
from wireclean.filters.page import is_prose
from wireclean.model import Block, Credit, Dateline, Story
from wireclean.names import canonical_agency, name_parts
from wireclean.normalize import normalize
from wireclean.pipeline import (
    Draft,
    _new_draft,
    _source_offset,
    _source_offset_back,
    _with_step,
)
from wireclean.presets import default_pipeline
from wireclean.text import _collapse_spaces, _printable_lines, blocks_from_text, fold, solid_chars

#: The module, not the filter function that ``wireclean.filters`` exports by its name.
credits_module = importlib.import_module("wireclean.filters.credits")
names_module = importlib.import_module("wireclean.names")


# --- dates: the archive timestamp read in one match ----------------------------------------


def _stamp_key(stamp: Timestamp | None) -> object:
    """Every attribute of a reading, the zone's offset included (aware datetimes compare
    equal across zones when they name the same instant)."""
    if stamp is None:
        return None
    moment = stamp.moment
    zone = None if moment is None else moment.utcoffset()
    return moment, zone, stamp.has_time, stamp.updated, stamp.published, stamp.weekday


def _general(line: str) -> object:
    return _stamp_key(dates._read_tokens(line))


def _fast(line: str) -> object:
    return _stamp_key(dates._read(line))


_WORDS = st.sampled_from(
    (
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Jan", "Feb", "Mar", "Apr", "May",
        "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Sept", "Abc", "Ago", "Hrs", "Min",
        "Utc", "Est", "Ist", "Pst", "Now", "Das", "Lun", "Mai", "Dez", "Okt",
    )
)  # fmt: skip
_ZONES = st.one_of(
    st.sampled_from(sorted(z.upper() for z in patterns.ZONES if z.isalpha())),
    st.text(st.sampled_from("ABCDEGHIKMNPSTUWZ"), min_size=2, max_size=4),
)


@st.composite
def _archive_lines(draw: st.DrawFn) -> str:
    # Mostly numbers a calendar has, some out of every range.
    plausible = draw(st.integers(0, 3)) > 0
    day = draw(st.integers(1, 31) if plausible else st.integers(0, 99))
    day_text = draw(st.sampled_from((str(day), f"{day:02d}")))
    year = draw(st.integers(1990, 2030) if plausible else st.integers(0, 9999))
    hour = draw(st.integers(0, 13) if plausible else st.integers(0, 99))
    minute = draw(st.integers(0, 59) if plausible else st.integers(0, 99))
    hour_text = draw(st.sampled_from((str(hour), f"{hour:02d}")))
    return (
        f"{draw(_WORDS)} {draw(_WORDS)} {day_text}, {year:04d} {hour_text}:{minute:02d}"
        f"{draw(st.sampled_from('ap'))}m {draw(_ZONES)}"
    )


@given(_archive_lines())
@example("Fri Oct 20, 2006 6:15pm EDT")
@example("Sun Mar 11, 2007 2:30am EDT")  # no such hour where clocks spring forward
@example("Sun Nov 4, 2007 1:30am EST")
@example("Sat Feb 29, 2009 12:00pm GMT")  # no such day
@example("Tue Jan 1, 2008 12:05am ET")
@example("Mon Dec 31, 2012 0:05pm PT")
@example("Fri Oct 20, 0999 6:15pm EDT")
@example("Fri Oct 0, 2006 6:15pm EDT")
@example("Fri Oct 32, 2006 6:15pm EDT")
@example("Fri Oct 20, 2006 24:15pm EDT")
@example("Fri Oct 20, 2006 6:60pm EDT")
@example("Fri Mar 20, 2006 6:15pm MEZ")
def test_archive_timestamps_read_as_the_token_walk_reads_them(line: str) -> None:
    # Most lines drawn match _ARCHIVE_STAMP ("Sept" and "Hrs"-like words do not).
    assert _fast(line) == _general(line)


def test_archive_tables_hold_only_words_the_walk_reads_alike() -> None:
    for month in dates._ARCHIVE_MONTHS:
        line = f"Fri {month.title()} 20, 2006 6:15pm GMT"
        assert _fast(line) == _general(line) is not None, line
    for day in dates._ARCHIVE_WEEKDAYS:
        line = f"{day.title()} Oct 20, 2006 6:15pm GMT"
        assert _fast(line) == _general(line) is not None, line
    for zone in dates._ARCHIVE_ZONES:
        for line in (
            f"Fri Oct 20, 2006 6:15pm {zone.upper()}",
            f"Sun Jan 1, 2012 1:05am {zone.upper()}",
        ):
            assert _fast(line) == _general(line) is not None, line


def test_corpus_timestamps_read_as_the_token_walk_reads_them(corpus: Path) -> None:
    lines = [
        line for line in _corpus_lines(corpus, every=1) if dates._ARCHIVE_STAMP.fullmatch(line)
    ]
    assert len(lines) > 500
    for line in lines:
        assert _fast(line) == _general(line), line


# --- the header's lines, the headline included, in one edit -------------------------------

_HEADER_PIECES = st.sampled_from(
    ["Fed holds rates", "", "By Ann Lee", "By  Bo Li - Analysis", "Fri Oct 20, 2006 6:15pm EDT",
     "http://www.reuters.com/a/1", "https://x.org/b", "by the end", "3 May 2024",
     "UPDATE 2-Fed holds rates", "RPT-EXCLUSIVE-Oil falls", "By the river"]
)  # fmt: skip


def _header_one_line_at_a_time(draft: Draft, run: list[tuple[int, str]], urls: list[bool]) -> Draft:
    """What the header filter did before: the later lines, then the first line alone."""
    draft = _take_lines(draft, run[1:], urls[1:], headline_first=False)
    i, text = run[0]
    return _take_line(draft, i, text, url=urls[0], first=len(run) > 1)


@given(st.lists(_HEADER_PIECES, min_size=1, max_size=6), st.booleans())
@example(["UPDATE 2-Fed holds rates", "By Ann Lee", "http://www.reuters.com/a/1"], False)
@example(["By Ann Lee", "Fri Oct 20, 2006 6:15pm EDT"], False)
def test_header_takes_its_lines_as_one_at_a_time(lines: list[str], filled: bool) -> None:
    source = "\n".join(f"-- {line}" if line else "--" for line in lines) + "\n\nBody text."
    draft = Draft(source=source, blocks=blocks_from_text(source), step="header")
    if filled:  # fields a filter before this one set
        draft = draft._replace({"url": "http://a", "byline": ("Jo Wu",), "headline": "H"})
    run = list(enumerate(lines))
    urls = [_is_url(t) for _, t in run]
    for first in (True, False):
        expected = _take_line(
            _take_lines(draft, run[1:], urls[1:], headline_first=False),
            0,
            lines[0],
            url=urls[0],
            first=first,
        )
        assert _take_lines(draft, run, urls, headline_first=first) == expected


def _stories(corpus: Path) -> list[str]:
    return [
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted((corpus / "reuters-2006-2013").glob("*/*/*"))
    ]


def _drafts_before(corpus: Path, name: str) -> list[Draft]:
    """Return the drafts of the corpus's Reuters stories as they reach filter ``name``."""
    return [_draft_before(text, name) for text in _stories(corpus)]


def _draft_before(text: str, name: str) -> Draft:
    """Return the draft of ``text`` as it reaches filter ``name`` in the default pipeline."""
    source = normalize(text)
    draft = _new_draft(source, blocks_from_text(source))
    for step, fn in default_pipeline():
        if step == name:
            break
        draft = fn(_with_step(draft, step))
    return _with_step(draft, name)


def test_corpus_headers_are_taken_as_one_line_at_a_time(corpus: Path) -> None:
    taken = 0
    for draft in _drafts_before(corpus, "header"):
        run = []
        for i, block in enumerate(draft.blocks[:6]):
            match = patterns.HEADER_LINE.fullmatch(block.text)
            if block.kind == "li" or match is None:
                break
            run.append((i, match.group("text") or ""))
        if not run:
            continue
        urls = [_is_url(t) for _, t in run]
        new = _take_lines(draft, run, urls, headline_first=len(run) > 1)
        assert new == _header_one_line_at_a_time(draft, run, urls)
        taken += new is not draft
    assert taken > 1000


# --- credits: prose counted only where it may end the walk ---------------------------------


def _last_trailer_plain(draft: Draft) -> tuple[int, int, tuple[Credit, ...]] | None:
    """credits._last_trailer as it was: every block's prose counted."""
    prose = 0
    for i in range(len(draft.blocks) - 1, -1, -1):
        text = draft.blocks[i].text
        match = patterns.search_credit_trailer(
            text, max(0, len(text) - credits_module._TRAILER_CHARS)
        )
        if match is not None:
            parsed = parse_credits(match.group("credits") or match.group("bare"))
            if parsed:
                return i, len(text) - match.start(), parsed
        if is_prose(text) and not is_furniture(text):
            prose += 1
            if prose >= credits_module._TAIL:
                break
    return None


_TAIL_TEXTS = st.sampled_from(
    [
        "A paragraph of the story that reads as prose to the end, the minister said.",
        "(Reporting by Ann Lee; Editing by Bo Li)",
        "He said. (Additional reporting by Jo Wu in Paris)",
        "Reporting by Ann Lee",
        "Share this article",
        "Photo: Jane Doe",
        "Short line",
        "(Writing by A B)",
        "It rose. (Editing by Cy Dee) (Reporting by Ed Fay)",
        "x" * 130 + ".",
    ]
)


_PROSE = "A paragraph of the story that reads as prose to the end, the minister said."


@given(st.lists(_TAIL_TEXTS, max_size=9))
@example(["(Reporting by Ann Lee; Editing by Bo Li)", *[_PROSE] * 4])  # the walk stops at 1
@example(["(Reporting by Ann Lee; Editing by Bo Li)", *[_PROSE] * 3])  # ... reaches 0
@example(["(Writing by A B)", _PROSE, "Short line", _PROSE, _PROSE, _PROSE])
def test_last_trailer_counts_prose_only_where_it_matters(texts: list[str]) -> None:
    blocks = tuple(Block(t, k * 200, k * 200 + len(t), k + 1) for k, t in enumerate(texts))
    source = "".join(t.ljust(200) for t in texts)
    draft = _new_draft(source, blocks)
    assert credits_module._last_trailer(draft) == _last_trailer_plain(draft)


def test_corpus_trailers_are_found_as_before(corpus: Path) -> None:
    found = 0
    for draft in _drafts_before(corpus, "credits"):
        while (step := _last_trailer_plain(draft)) is not None:
            assert credits_module._last_trailer(draft) == step
            index, length, parsed = step
            draft = draft.cut(index, length, at_end=True, field="credits", value=parsed)
            found += 1
        assert credits_module._last_trailer(draft) is None
    assert found > 800


# --- pipeline and text: counts and folds without splitting ---------------------------------


def test_only_the_space_is_printable_whitespace() -> None:
    # text.solid_chars and text._printable_lines rely on it.
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isspace() and char.isprintable():
            assert char == " "


_SPACY = st.text(st.sampled_from("ab \t\n\r\x0b\x0c\x1c\x85\xa0\u2003\u3000\x00é地"), max_size=30)


@given(_SPACY)
@example("a  b\tc")
def test_solid_counts_what_the_split_leaves(text: str) -> None:
    assert solid_chars(text) == len("".join(text.split()))


@given(_SPACY)
@example("a\nb  c")
@example("a\n\tb")
def test_printable_lines_fold_by_collapsing_spaces(source: str) -> None:
    lines = source.split("\n")
    if _printable_lines(source):
        assert all(line.isprintable() for line in lines)
        for line in lines:
            assert fold(line) == _collapse_spaces(line)
    elif source.isascii():
        assert not all(line.isprintable() for line in lines)


@given(st.text(st.sampled_from("ab \t\n\r\x0b\x7f*-1.é"), max_size=60))
def test_blocks_fold_their_lines_as_fold_does(source: str) -> None:
    blocks = blocks_from_text(source)
    assert all(fold(b.text) == b.text for b in blocks)
    plain = text_module._printable_lines
    try:
        text_module._printable_lines = lambda source: False  # type: ignore[assignment]
        assert blocks_from_text(source) == blocks
    finally:
        text_module._printable_lines = plain


# --- model: hand-written __init__s ----------------------------------------------------------


def test_model_inits_keep_the_dataclass_signature() -> None:
    for cls in (Dateline, Credit, Story):
        fields = [f for f in dataclasses.fields(cls) if f.init]
        params = list(inspect.signature(cls).parameters.values())
        assert [p.name for p in params] == [f.name for f in fields]
        assert [p.default for p in params] == [
            inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
            for f in fields
        ]
    block = Block("text", 0, 4, 1)
    story = Story(headline="H", blocks=(block,), credits=(Credit("editing", ("A B",)),))
    assert story.body == ("text",)
    assert dataclasses.replace(story, blocks=()).body == ()
    assert Story().body == () and Story() == Story()
    assert Dateline("ROME") == Dateline("ROME", None, None)
    assert Credit("writing", ("A B",), "Rome").location == "Rome"


# --- names: the separator's pattern run only where it may match ----------------------------

_NAME_PIECES = st.sampled_from(
    ["Ann", "Lee", " ", "  ", ",", ";", "&", "/", "and", "und", "et", "y", "e", "And", "Bo-Li",
     "in", "Paris", "É", "\t", "x"]
)  # fmt: skip


@given(st.lists(_NAME_PIECES, max_size=12).map("".join))
@example("Ann Lee and Bo Li")
@example("Ann Lee e Bo Li")
@example("Ann Lee ,Bo Li")
def test_name_parts_are_the_separator_s_split(text: str) -> None:
    assert name_parts(text) == patterns.NAME_SEPARATOR.split(text)


def test_canonical_agency_is_cached_as_it_reads() -> None:
    for text in ("Reuters", "Associated Press", "Reuters / DPA", "AFP, AP", "Kyodo"):
        assert canonical_agency(text) == canonical_agency.__wrapped__(text)


@given(
    st.lists(st.sampled_from(["Ann Lee", " ", "(dpa)", "(", ")", "\n", ".", "x", "AP"]), max_size=8)
)
@example(["Ann Lee ", "(dpa)", "\n"])
def test_trailing_paren_is_looked_for_only_before_the_end(pieces: list[str]) -> None:
    text = "".join(pieces)
    if ")" not in text[-2:]:
        assert patterns.TRAILING_PAREN.search(text) is None


@given(
    st.lists(
        st.sampled_from(
            ["staff", "writer", "reuters", "associated", "press", "ann", "lee", "chief", " ", "  "]
        ),
        max_size=6,
    )
)
def test_affiliation_reads_its_words_as_before(words: list[str]) -> None:
    low = " ".join(words)
    plain = low
    for agency in names_module._AGENCIES_BY_FIRST_WORD.get(plain.split(" ", 1)[0], ()):
        if plain == agency:
            assert names_module._is_affiliation(low)
            return
        if plain.startswith(agency + " "):
            plain = plain[len(agency) + 1 :]
            break
    split = plain.split()
    expected = all(w in names_module._ROLES for w in split) or (
        bool(split)
        and (split[-1] in names_module._ROLE_NOUNS or split[0] in names_module._ROLE_NOUNS)
    )
    assert names_module._is_affiliation(low) == expected


# --- Draft.cut: a span that holds its text as written ---------------------------------------
# The character walks it replaced are the perf tests' (_walk_forward, _walk_back).


_WORDS_AND_SPACES = st.lists(
    st.sampled_from(["ab", "c", " ", "-", "地", "\n", "  ", "\t"]), max_size=12
)


@given(_WORDS_AND_SPACES, _WORDS_AND_SPACES, _WORDS_AND_SPACES, st.booleans())
@example([], ["ab", " ", "c", " "], ["\n", "c"], True)
@example([" "], [" ", "ab", " ", "c"], [" "], False)
@example([], ["ab", "\t", "c"], [], False)  # a tab the walk reads as a character of its own
@example([], ["ab", "  ", "c"], [], False)
def test_cut_offsets_of_a_span_as_written_match_the_walk(
    before: list[str], body: list[str], after: list[str], strip: bool
) -> None:
    text = "".join(body)
    text = text.strip() if strip else text
    source = "".join(before) + text + "".join(after)
    block = Block(text, len("".join(before)), len("".join(before)) + len(text), 1)
    for chars in range(len(text) + 1):
        assert _source_offset(source, block, chars) == _walk_forward(source, block, chars)
        assert _source_offset_back(source, block, chars) == _walk_back(source, block, chars)


def test_archive_stamps_are_no_longer_than_the_reader_looks() -> None:
    # dates._read tries _ARCHIVE_STAMP only on lines of up to _ARCHIVE_LEN characters.
    widest = re._parser.parse(dates._ARCHIVE_STAMP.pattern).getwidth()[1]  # type: ignore[attr-defined]
    assert widest == dates._ARCHIVE_LEN


# --- credits: roles lower-cased, credits kept without a second look ------------------------


def _parse_credits_as_it_was(text: str) -> tuple[Credit, ...]:
    """credits.parse_credits before: each role's words folded, each credit checked for names."""
    found: list[Credit] = []
    roles = patterns.credit_roles(text)
    if not roles or text[: roles[0].start()].strip(" ;,."):
        return ()
    for n, match in enumerate(roles):
        end = roles[n + 1].start() if n + 1 < len(roles) else len(text)
        role = " ".join(match.group("role").lower().split())
        groups = credits_module._located_groups(text[match.end() : end].strip(" ;,.:\n"))
        found.extend(Credit(role, names, location) for names, location in groups)
    return tuple(found) if any(c.names for c in found) else ()


_CREDIT_PIECES = st.sampled_from(
    ["Reporting", "reporting", "REPORTING", "Additional", "additional", "and", "And", "&",
     "Editing", "WRITING", "Sub-Editing", "with", "by", "By", " ", "  ", "\t", ";", ",", ".",
     ":", "\n", "Ann Lee", "Bo Li", "ANN LEE", "in", "at", "Paris", "paris", "Shanghai newsroom",
     "the end", "Reuters", "\u212a", "\u017f", "x", "É"]
)  # fmt: skip


@given(st.lists(_CREDIT_PIECES, max_size=14).map(" ".join))
@example("Reporting by Ann Lee in Paris; Editing by Bo Li")
@example("additional reporting  by Shanghai newsroom")
@example("Reporting by the end")  # a role with no names: nothing read
@example("Reporting by Ann Lee; editing by")  # a role with no names after one with
@example("Reporting And Editing by Ann Lee")
def test_credits_parse_as_before(text: str) -> None:
    assert parse_credits(text) == _parse_credits_as_it_was(text)


def test_corpus_credits_parse_as_before(corpus: Path) -> None:
    read = 0
    for draft in _drafts_before(corpus, "credits"):
        for block in draft.blocks:
            match = patterns.search_credit_trailer(block.text)
            if match is not None:
                text = match.group("credits") or match.group("bare")
                assert parse_credits(text) == _parse_credits_as_it_was(text)
                read += 1
    assert read > 800


# --- byline: the story's words read only when a line gives names ---------------------------

byline_module = importlib.import_module("wireclean.filters.byline")


_SUBJECT_TEXTS = (
    # The name below the headline is the story's subject: no byline.
    "Ann Lee wins the vote\n\nAnn Lee\n\nThe council said on Tuesday that Ann Lee had won "
    "the vote by a wide margin after a long count that ran through the night, officials said.",
    # The name below the headline is no one the story names: the byline.
    "Council holds its vote\n\nBo Li\n\nThe council said on Tuesday that the vote had "
    "passed by a wide margin after a long count that ran through the night, officials said.",
)


def _below_with_said(draft: Draft, said: object) -> Draft | None:
    """The byline's last resort below the headline, the story's words read by ``said``."""
    lazy = byline_module._Said
    try:
        byline_module._Said = said  # type: ignore[misc]
        return byline_module._head_byline(  # type: ignore[no-any-return]
            draft, byline_module.story_head(draft), below=True
        )
    finally:
        byline_module._Said = lazy  # type: ignore[misc]


def test_lazy_said_reads_as_the_list(corpus: Path) -> None:
    for text in _SUBJECT_TEXTS:
        source = normalize(text)
        draft = _new_draft(source, blocks_from_text(source))
        for step, fn in default_pipeline():
            if step == "byline":
                break
            draft = fn(_with_step(draft, step))
        draft = _with_step(draft, "byline")
        found = _below_with_said(draft, byline_module._Said)
        assert found == _below_with_said(draft, byline_module._said)
        assert (found is None) == text.startswith("Ann")
    drafts = _drafts_before(corpus, "byline")
    for draft in drafts[:200]:
        said = byline_module._Said(draft)
        assert list(said) == byline_module._said(draft)
        assert list(said) == byline_module._said(draft)  # read twice, the same
    # The filter captures what it captured with the story's words read at once.
    lazy = [_below_with_said(d, byline_module._Said) for d in drafts]
    assert [_below_with_said(d, byline_module._said) for d in drafts] == lazy


# --- byline: lines of no names passed over before their neighbours are read ---------------

_HEAD_PIECES = st.sampled_from(
    ["Jane", "Doe", "Jane Doe", " ", "  ", ".", "!", "?", ",", ":", "|", "By", "Von", "Autor:",
     "Journalist", "Reporter", "x" * 150, "NEW YORK (Reuters) -", "3 May 2024", "Politik", "É",
     "地震", "and", "Fox News", "\u00a0"]
)  # fmt: skip


@given(st.lists(_HEAD_PIECES, max_size=8).map("".join))
@example("Jane Doe")
@example("Jane Doe.")
@example("Jane Doe,")
@example("Politik")
@example("x" * 161)
def test_lines_failing_the_cheap_tests_give_no_names(text: str) -> None:
    if not byline_module._may_head_names(text):
        assert byline_module._head_names(text) is None


@given(st.lists(st.lists(_HEAD_PIECES, max_size=5).map("".join), min_size=1, max_size=5))
@example(["Autor:", "Jane Doe."])
@example(["Von", "x" * 170])
@example(["Jane Doe", "Politik."])
def test_lines_passed_over_give_no_names(lines: list[str]) -> None:
    units = [byline_module.HeadUnit(line, 10 * k, k, None) for k, line in enumerate(lines)]
    for k in range(len(units)):
        if not byline_module._may_have_names(units, k):
            assert byline_module._line_or_cued_names(units, k, byline_module._NO_META) is None


# --- byline: a job title's line read only when it holds a title's noun ---------------------

_ROLE_PIECES = st.sampled_from(
    ["Journalist", "journalistin", "REPORTER", "Korrespondentin", "correspondent",
     "Corresponsal", "correspondante", "Editor", "Redakteur", "Wirtschaftsredakteurin", "Senior",
     "chief", "Leitender", "en", "Atenas", "i", "Paris", " ", "  ", ",", ";", ":", "Jane", "Doe",
     "redaktør", "Rédactrice", "\u212a", "x" * 31, "Columnista", "toimittaja", "DZIENNIKARKA"]
)  # fmt: skip


@given(st.lists(_ROLE_PIECES, max_size=8).map(" ".join))
@example("Corresponsal en Atenas")
@example("Journalist i Paris")
@example("Leitender Wirtschaftsredakteur")
@example(", Redakteurin ;")
def test_role_lines_read_as_the_pattern_reads_them(text: str) -> None:
    expected = patterns.DUMP_ROLE_LINE.fullmatch(text.strip(" ,;:")) is not None
    assert byline_module._is_role(text) == expected


def test_role_nouns_hold_every_ascii_title_of_the_pattern() -> None:
    # The pattern's alternatives of plain words: its titles, and the words before them.
    words = {
        w
        for group in re.findall(r"\(\?i:([a-zøé|]+)\)", patterns.DUMP_ROLE_LINE.pattern)
        for w in group.split("|")
    }
    assert {"journalist", "corresponsal", "columnista", "redakteurin"} <= words
    for word in words - {"senior", "chief", "leitende", "stellvertretende"}:
        if word.isascii():
            assert byline_module._ROLE_NOUN(word) is not None, word


def _may_have_names_as_it_was(units: Sequence[byline_module.HeadUnit], k: int) -> bool:
    """byline._may_have_names before: only a line's length was looked at."""
    return len(units[k].text) <= byline_module._MAX_CHARS or (
        k > 0 and byline_module._is_author_cue(units[k - 1].text)
    )


def _is_role_as_it_was(text: str) -> bool:
    return patterns.DUMP_ROLE_LINE.fullmatch(text.strip(" ,;:")) is not None


def test_corpus_dumps_bylines_as_before(corpus: Path) -> None:
    drafts = []
    for path in sorted((corpus / "fundus-w3m").glob("*/*.txt")):
        source = normalize(path.read_text(encoding="utf-8", errors="replace"))
        draft = _new_draft(source, blocks_from_text(source))
        for step, fn in default_pipeline():
            if step == "byline":
                break
            draft = fn(_with_step(draft, step))
        drafts.append(_with_step(draft, "byline"))
    assert len(drafts) > 200
    new = [byline_module.byline(d) for d in drafts]
    may, role = byline_module._may_have_names, byline_module._is_role
    try:
        byline_module._may_have_names = _may_have_names_as_it_was
        byline_module._is_role = _is_role_as_it_was
        assert [byline_module.byline(d) for d in drafts] == new
    finally:
        byline_module._may_have_names, byline_module._is_role = may, role
    assert sum(1 for d in new if d.byline) > 50


def test_head_unit_init_keeps_the_dataclass_signature() -> None:
    cls = byline_module.HeadUnit
    fields = dataclasses.fields(cls)
    params = list(inspect.signature(cls).parameters.values())
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    unit = cls("Jane Doe", 4, 1, None)
    fields_read = (unit.text, unit.start, unit.index, unit.record, unit.shift)
    assert fields_read == ("Jane Doe", 4, 1, None, 0)
    assert unit == cls("Jane Doe", 4, 1, None, 0) and unit != cls("Jane Doe", 4, 1, None, 2)
    assert dataclasses.replace(unit, shift=2).shift == 2
    try:
        unit.text = "x"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:  # pragma: no cover - the test fails
        raise AssertionError("HeadUnit is frozen")
