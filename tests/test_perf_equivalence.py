"""The fast paths give what the plain forms they stand for give (issue #2, speed).

Each fast path is checked against the plain form it replaced, written out here: the
character walks behind ``Draft.cut``, the pattern searches that cheap substring tests
now rule out first, the folding of whitespace, the model's hand-written
``__init__``s, the header's lines taken in one edit, and the answers kept per story.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from wireclean import dates, patterns
from wireclean.dates import Timestamp, read_timestamp
from wireclean.filters._shape import (
    _CONSENT_HINTS,
    _may_consent,
    chrome_phrases,
    consent_notices,
    has_photo_credit,
    is_consent_button,
    is_furniture,
    lead_blocks,
)
from wireclean.filters.byline import HeadUnit, _line_or_cued_names, _may_have_names
from wireclean.filters.correction import _may_open_note
from wireclean.filters.debris import _DIGITS, _may_be_breakpoint, _may_be_reading_time
from wireclean.filters.header import _is_url, _take_lines
from wireclean.filters.headline import take_headline
from wireclean.filters.page import (
    _BARRIER,
    _CHARS_PER_UNIT,
    _CHROME_PENALTY,
    _CHROME_WORDS,
    _PENALTY,
    _chrome,
    _chrome_context,
    _LeadBlock,
    _score,
    _shares_lead_words,
    is_prose,
    link_runs,
)
from wireclean.html import _Frame, _Walker
from wireclean.model import Block, Metadata, Removal
from wireclean.names import split_names
from wireclean.normalize import normalize
from wireclean.patterns import ASCII_TIMESTAMP_TOKEN
from wireclean.pipeline import (
    Draft,
    _is_folded,
    _lines_between,
    _new_draft,
    _source_offset,
    _source_offset_back,
    _with_step,
)
from wireclean.text import (
    _ascii_printable,
    _collapse_spaces,
    _may_start_item,
    blocks_from_text,
    display_width,
    fold,
)


def _walk_forward(source: str, block: Block, chars: int) -> int:
    i = block.start
    if block.marker:
        i = source.find(block.marker, i, block.end) + len(block.marker)
    for char in block.text[:chars]:
        while i < block.end and source[i].isspace():
            i += 1
        if char != " ":
            i += 1
    return i


def _walk_back(source: str, block: Block, chars: int) -> int:
    i = block.end
    for char in reversed(block.text[len(block.text) - chars :]):
        while i > block.start and source[i - 1].isspace():
            i -= 1
        if char != " ":
            i -= 1
    return i


_SPAN_CHARS = st.sampled_from(["a", "b", "地", "震", " ", "  ", "\n", "\t", "\u3000", "\x1c", "-"])
_SPANS = st.lists(_SPAN_CHARS, max_size=30).map("".join)


@given(_SPANS, _SPANS, _SPANS, st.sampled_from(["", "*", "1."]), st.booleans())
@example("", "ab  \n cd", "", "", True)
def test_cut_offsets_match_the_character_walk(
    before: str, body: str, after: str, marker: str, folded: bool
) -> None:
    span = f"{marker} {body}" if marker else body
    source = before + span + after
    text = fold(body) if folded else body
    block = Block(text, len(before), len(before) + len(span), 1, "li" if marker else "p", marker)
    for chars in range(len(text) + 1):
        assert _source_offset(source, block, chars) == _walk_forward(source, block, chars)
        assert _source_offset_back(source, block, chars) == _walk_back(source, block, chars)


_ASCII = st.text(st.characters(max_codepoint=127), max_size=300)


@given(_ASCII)
@example("x" * 150 + "\x00")
@example("  a   b  ")
def test_ascii_folding_fast_paths(text: str) -> None:
    assert _ascii_printable(text) == text.isprintable()
    assert fold(text) == " ".join(text.split())
    spaced = text.translate({ord(c): " " for c in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"})
    if spaced.isprintable():
        assert _collapse_spaces(spaced) == " ".join(spaced.split())
    assert patterns.may_hold_odd_space(text) == (patterns.ODD_SPACE.search(text) is not None)


_PHOTO_PIECES = st.sampled_from(
    ["AP", "AFP", "REUTERS", "dpa", "Getty Images", "/", ":", " ", "Foto", "Bild", "Image", "x"]
)


@given(st.lists(_PHOTO_PIECES, max_size=25).map("".join))
@example("a/b/c/d/e/f/g/h/i/j AP/ Jane")
def test_photo_credit_prefilter_hides_no_match(text: str) -> None:
    assert patterns.has_photo_credit(text) == (patterns.PHOTO_CREDIT.search(text) is not None)


_CREDIT_PIECES = st.sampled_from(
    (
        "(", ")", " ", "Reporting", "REPORTING", " by ", "with ", "Additional ", "additional ",
        "reporting ", "further ", "and ", "Editing by Ann Lee", ";", ".", "written", "Polling",
        "sub-editing", "Translated", "co", "Bo Li", "( BA.N )", "é",
    )
)  # fmt: skip
_CREDIT_TEXT = st.lists(_CREDIT_PIECES, max_size=16).map("".join)


def _search_every_paren(text: str, pos: int) -> object:
    start = text.find("(", pos)
    if start < 0:
        return patterns.CREDIT_TRAILER.match(text) if pos == 0 else None
    while start >= 0:
        match = patterns.CREDIT_TRAILER.match(text, start)
        if match is not None:
            return match
        start = text.find("(", start + 1)
    return None


def _key(match: object) -> object:
    return None if match is None else (match.span(), match.groupdict())  # type: ignore[attr-defined]


@given(_CREDIT_TEXT, st.integers(0, 20))
@example("He said. ( Reporting by Ann Lee; Editing by Bo Li)", 0)
def test_credit_searches_match_the_pattern(text: str, pos: int) -> None:
    assert _key(patterns.search_credit_trailer(text, pos)) == _key(_search_every_paren(text, pos))
    assert [_key(m) for m in patterns.credit_roles(text)] == [
        _key(m) for m in patterns.CREDIT_ROLE.finditer(text)
    ]


_PLACE_WORD = st.text(st.sampled_from("abcdefghij.'"), min_size=0, max_size=30)


@given(
    st.lists(_PLACE_WORD, min_size=1, max_size=6),
    st.sampled_from(["", ", Alaska", " [India]", ", Aug 12", ". 12 septiembre.", ",  Mar. 3"]),
    st.sampled_from(["(Reuters)", "(AP/AFP)", "(afp, dpa)", "/TASS/.", "(Acme)", "( AP )", ""]),
    st.sampled_from(["", " - ", " -- ", ": ", " x", " — "]),
    st.booleans(),
)
@example(["A" + "b" * 30] + ["c" * 30] * 5, ", Region Rrrrrr", "(Reuters)", " - ", True)
def test_dateline_prefilter_hides_no_match(
    words: list[str], middle: str, agency: str, dash: str, upper: bool
) -> None:
    text = "A" + " ".join(words) + middle + " " + agency + dash + "Body text."
    text = text.upper() if upper else text
    plain = patterns.DATELINE.match(text) if "(" in text or "/" in text else None
    assert _key(patterns.match_dateline(text)) == _key(plain)


def test_model_inits_keep_the_dataclass_signature() -> None:
    for cls in (Block, Removal):
        fields = dataclasses.fields(cls)
        params = list(inspect.signature(cls).parameters.values())
        assert [p.name for p in params] == [f.name for f in fields]
        assert [p.default for p in params] == [
            inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
            for f in fields
        ]
    block = Block("text", 0, 4, 1)
    assert dataclasses.replace(block, marker="*") == Block("text", 0, 4, 1, "p", "*", "")
    assert Removal("f", "r", "t", 0, 1, 1) == Removal("f", "r", "t", 0, 1, 1, None, False)


def test_draft_replace_is_dataclasses_replace() -> None:
    draft = Draft(source="a b", blocks=(Block("a b", 0, 3, 1),), headline="H")
    changes = {"step": "x", "url": "http://a"}
    assert draft._replace(changes) == dataclasses.replace(draft, **changes)
    assert draft.step == ""
    stepped = _with_step(draft, "x")
    assert stepped == dataclasses.replace(draft, step="x") and draft.step == ""
    assert list(vars(stepped)) == list(vars(draft))


_NOTE_PIECES = st.sampled_from(
    (
        "(", ")", " ", "Corrects paragraph 3", "(dpa)", "AP", ". ", "said.", "\n", "x",
        "(AFP/dpa)", "This story corrects", "refiles", "An earlier version of this story",
        "Correction: ", "updates to correct", "adds correction", "The article was refiled",
    )
)  # fmt: skip


@given(st.lists(_NOTE_PIECES, max_size=12).map("".join))
@example("He said. (dpa)\n")
def test_note_patterns_need_what_their_filters_check_first(text: str) -> None:
    # filters/correction.py runs CORRECTION only on text that starts with "(", and
    # CORRECTION_LINE only on text whose first letter a note's first word has;
    # filters/syndication.py runs SYNDICATION_TRAILER only on text ending in ")".
    assert patterns.CORRECTION.match(text) is None or text.startswith("(")
    for line in (text, text.lstrip("( ."), text.upper(), text.strip().capitalize()):
        assert patterns.CORRECTION_LINE.fullmatch(line) is None or _may_open_note(line)
    assert patterns.SYNDICATION_TRAILER.search(text) is None or ")" in text[-2:]


def _agency_opens_plain(text: str) -> bool:
    """The agency-opener test as it was: the text's head lower-cased, every opener tried."""
    low = text[: patterns._DATELINE_REACH + patterns._OPENER_CHARS].lower()
    for char in "(/":
        at = low.find(char)
        while 0 <= at <= patterns._DATELINE_REACH:
            if low.startswith(patterns._AGENCY_OPENERS, at):
                return True
            at = low.find(char, at + 1)
    return False


_OPENER_PIECES = st.sampled_from(
    ["(", "/", ")", " ", ",", "Reuters", "reuters", "AP", "ap", "TASS", "Thomson Reuters", "x"]
)


@given(st.lists(_OPENER_PIECES, max_size=30).map("".join), st.integers(0, 700))
@example("(Reuters)", 0)
@example("/TASS/", patterns._DATELINE_REACH - 1)
def test_agency_openers_by_head_match_every_opener(text: str, pad: int) -> None:
    text = "x" * pad + text
    assert patterns._agency_opens(text) == _agency_opens_plain(text)


@given(_SPANS, st.integers(0, 40), st.integers(0, 40))
def test_lines_between_is_a_count(source: str, start: int, end: int) -> None:
    assert _lines_between(source, start, end) == source.count("\n", start, end)


def test_lead_blocks_answer_for_the_tuple_they_are_given() -> None:
    prose = Block("A paragraph that runs on long enough to end the story's lead here.", 0, 9, 1)
    short = Block("Title", 0, 5, 1)
    first = (short, prose, short)
    assert lead_blocks(first) == range(2)
    assert lead_blocks(first) == range(2)  # the same tuple again
    assert lead_blocks((short, short, prose)) == range(3)  # a new tuple: asked anew
    assert lead_blocks(()) == range(0)


_LINE_PIECES = st.sampled_from(
    ["Fed holds rates", "", "By Ann Lee", "By  Bo Li - Analysis", "Fri Oct 20, 2006 6:15pm EDT",
     "http://www.reuters.com/a/1", "https://x.org/b", "by the end", "3 May 2024"]
)  # fmt: skip


def _take_line(draft: Draft, i: int, text: str, *, url: bool, first: bool) -> Draft:
    """The header filter as it was: one line taken at a time (the reference)."""
    if not text:
        return draft.drop([i], reason="header")
    if url:
        return draft if draft.url else draft.capture([i], field="url", value=text)
    stamp = read_timestamp(text)
    if stamp is not None and stamp.moment is not None:
        if draft.published is not None:
            return draft
        return draft.capture([i], field="published", value=stamp.moment)
    by = patterns.BYLINE.fullmatch(text)
    if by is not None and not draft.byline:
        # "By  Dan Wilchins  - Analysis": the story type after the dash is no name.
        names = split_names(by.group("names").split(" - ")[0])
        if names:
            return draft.capture([i], field="byline", value=names)
    if first and draft.headline is None:
        return take_headline(draft, i, skip=len(draft.blocks[i].text) - len(text))
    return draft


@given(st.lists(_LINE_PIECES, min_size=1, max_size=6), st.booleans())
def test_header_takes_its_later_lines_as_one_at_a_time(lines: list[str], filled: bool) -> None:
    source = "\n".join(f"-- {line}" if line else "--" for line in lines) + "\n\nBody text."
    draft = Draft(source=source, blocks=blocks_from_text(source), step="header")
    if filled:  # fields a filter before this one set
        draft = draft._replace({"url": "http://a", "byline": ("Jo Wu",)})
    run = [(i, line) for i, line in enumerate(lines)]
    urls = [patterns.URL.fullmatch(t) is not None for _, t in run]
    one_at_a_time = draft
    for n in range(len(run) - 1, 0, -1):
        i, text = run[n]
        one_at_a_time = _take_line(one_at_a_time, i, text, url=urls[n], first=False)
    assert _take_lines(draft, run[1:], urls[1:], headline_first=False) == one_at_a_time


_BLOCK_TEXTS = st.sampled_from(
    ["Home", "World", "Politics:", "Share", "A sentence that reads as prose, he said.", "x" * 170]
)


@given(st.lists(st.tuples(_BLOCK_TEXTS, st.booleans()), max_size=10))
def test_prose_paragraphs_are_never_in_link_runs(items: list[tuple[str, bool]]) -> None:
    # filters/headline.py (bullets) skips finding the runs for a paragraph of prose.
    blocks = tuple(
        Block(text, k * 200, k * 200 + len(text), k + 1, "li" if li else "p")
        for k, (text, li) in enumerate(items)
    )
    runs = link_runs(blocks)
    for i, block in enumerate(blocks):
        if block.kind != "li" and is_prose(block.text):
            assert runs[i] is None


def _is_prose_plain(text: str) -> bool:
    if display_width(text) >= 160:
        return True
    if text[-1] in "。！？":
        return len(text) >= 10
    return len(text) >= 20 and text[-1] in patterns.SENTENCE_END and text.count(" ") >= 3


@given(st.text(st.sampled_from("ab 地."), min_size=1, max_size=200))
@example("地" * 80)
@example("a" * 160)
def test_prose_length_shortcut_is_the_width_test(text: str) -> None:
    assert is_prose(text) == _is_prose_plain(text)


def test_new_draft_is_the_dataclass_init() -> None:
    blocks = (Block("a b", 0, 3, 1),)
    for meta in (None, Metadata(title="T")):
        made = _new_draft("a b", blocks, meta)
        plain = Draft(source="a b", blocks=blocks, meta=meta or Metadata())
        assert made == plain
        assert list(vars(made).items()) == list(vars(plain).items())  # same fields, same order
    assert _new_draft("a", ()).meta is not _new_draft("a", ()).meta  # a new one each time


def _score_plain(block: Block) -> float:
    """The page filter's block score as it was: every test run on every block."""
    text = block.text
    if _chrome_context(block) is not None:
        return -_CHROME_PENALTY
    dateline = patterns.match_dateline(text)
    if dateline is not None:
        text = text[dateline.end() :] or text
    short = text.count(" ") < _CHROME_WORDS
    chrome = _chrome(text, short=short)
    if is_prose(text) and not chrome:
        units = display_width(text) / _CHARS_PER_UNIT
        return units if block.kind != "li" else units / 2
    if short and patterns.STORY_END.search(text) is not None:
        return _BARRIER
    return -_CHROME_PENALTY if chrome and short else -_PENALTY


_SCORE_PIECES = st.sampled_from(
    ["Share", " this", " article", " cookies", " word", " said.", "ALGIERS (Reuters) - ",
     " Read more", " 地震", " x" * 40, "Comments", " privacy policy", " and"]
)  # fmt: skip


@given(st.lists(_SCORE_PIECES, min_size=1, max_size=20).map("".join), st.booleans())
@example("word" + " word" * 300 + " cookies.", False)
def test_page_score_shortcuts_keep_the_score(text: str, li: bool) -> None:
    block = Block(text, 0, len(text), 1, "li" if li else "p")
    assert _score(block) == _score_plain(block)


@given(
    st.lists(
        st.sampled_from(["http", "HTTPS", "://", "h", "x.org", " ", "é", "ſ", "/a"]), max_size=8
    )
)
def test_url_precheck_hides_no_address(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _is_url(text) == (patterns.URL.fullmatch(text) is not None)


_LINE_CHARS = st.sampled_from(
    ["-", "–", "*", "•", "1", "2", ".", ")", " ", "\t", "a", "\x0b", "\u3000"]
)


@given(st.lists(_LINE_CHARS, min_size=1, max_size=20).map("".join))
@example("-- headline")
@example(" " * 13 + "* item")
def test_list_item_precheck_hides_no_item(line: str) -> None:
    content = line.strip()
    if content:
        found = patterns.LIST_ITEM.match(line.rstrip()) is not None
        assert not found or _may_start_item(content)


_WORD_PIECES = st.sampled_from(
    ["Rates", " rates", " rate", "-rates", "'s", " corporate", " hold", " holds", " the", " ", "-"]
)


@given(
    st.lists(st.lists(_WORD_PIECES, max_size=12).map("".join), min_size=1, max_size=5),
    st.lists(st.lists(_WORD_PIECES, max_size=8).map("".join), min_size=1, max_size=5),
    st.integers(0, 5),
)
def test_lead_word_prefilter_keeps_the_answer(
    lead_texts: list[str], texts: list[str], i: int
) -> None:
    # One lead for several candidate lines, as a page's headline search asks.
    lead = [_LeadBlock(j, t) for j, t in enumerate(lead_texts)]
    plain = [
        (j, {w for w in patterns.phrase_words(t.lower()) if len(w) >= 4})
        for j, t in enumerate(lead_texts)
    ]
    others = [w for j, w in plain if j != i][:3]
    for text in texts:
        words = {w for w in patterns.phrase_words(text.lower()) if len(w) >= 4}
        assert _shares_lead_words(text, i, lead) == any(not words.isdisjoint(w) for w in others)


# --- issue #6: HTML path speed -------------------------------------------------------------

_CONSENT_PIECES = st.sampled_from(
    ["We use ", "Cookies", " cookie", "consent", " privacy policy", "Datenschutz", " and ",
     "Einwilligung", "Zustimmung", "politique de confidentialité", "política de privacidad",
     "informativa sulla privacy", " settings", " Privacy", ".", "é", "x"]
)  # fmt: skip


def test_consent_hints_cover_every_consent_phrase() -> None:
    for phrase in patterns.CONSENT_PHRASES:
        assert any(hint in word for word in phrase for hint in _CONSENT_HINTS), phrase


@given(st.lists(_CONSENT_PIECES, max_size=10).map("".join))
def test_consent_prefilter_hides_no_notice(text: str) -> None:
    if not patterns.CONSENT_PHRASES.isdisjoint(chrome_phrases(text)):
        assert _may_consent(text)


def _consent_notices_plain(blocks: tuple[Block, ...]) -> set[int]:
    """consent_notices as it was: the button looked at before the notice's words."""
    found: set[int] = set()
    for i, block in enumerate(blocks[:-1]):
        text = block.text
        if (
            len(text) >= 400
            or text.count(" ") >= 40
            or not is_consent_button(blocks[i + 1].text)
            or patterns.CONSENT_PHRASES.isdisjoint(chrome_phrases(text))
        ):
            continue
        found.add(i)
        for j in range(i + 1, min(len(blocks), i + 4)):
            if not is_consent_button(blocks[j].text):
                break
            found.add(j)
    return found


_NOTICE_TEXTS = st.sampled_from(
    ["We use cookies to improve your experience.", "Accept all", "Reject", "OK", "Home",
     "Datenschutz und Einwilligung", "Alle akzeptieren", "Einstellungen", "News."]
)  # fmt: skip


@given(st.lists(_NOTICE_TEXTS, max_size=8))
def test_consent_notices_keep_their_answer(texts: list[str]) -> None:
    blocks = tuple(Block(t, 0, len(t), 1) for t in texts)
    assert consent_notices(blocks) == _consent_notices_plain(blocks)


_FOLD_CHARS = st.sampled_from(["a", "é", "地", " ", "  ", "\n", "\t", "\u3000", "\x00", "\u200b"])


@given(st.lists(_FOLD_CHARS, max_size=20).map("".join))
@example("a b")
@example(" a")
def test_folded_span_test_is_never_wrong(text: str) -> None:
    if _is_folded(text):
        assert fold(text) == text


@given(
    st.lists(
        st.tuples(st.booleans(), st.sampled_from(["One", "Two three", "x  y", " z\n"])),
        max_size=12,
    ),
    st.sampled_from([(), (0,), (0, 2), (1, 2, 3)]),
)
def test_dropping_blocks_records_their_folded_spans(
    items: list[tuple[bool, str]], chosen: tuple[int, ...]
) -> None:
    parts = [f"* {text}" if li else text for li, text in items]
    source = "\n\n".join(parts)
    blocks, offset = [], 0
    for (li, text), part in zip(items, parts, strict=True):
        blocks.append(Block(fold(text), offset, offset + len(part), 1, "p", "*" if li else ""))
        offset += len(part) + 2
    draft = Draft(source=source, blocks=tuple(blocks), step="page")
    expected = tuple(
        Removal("page", "page-chrome", fold(source[b.start : b.end]), b.start, b.end, b.line)
        for i, b in enumerate(blocks)
        if i in chosen
    )
    assert draft.drop(chosen, reason="page-chrome").removed == expected


_CLASS_VALUES = st.sampled_from(
    ["", "article-body", "nav", "share-bar", "hidden", "sr-only", "paywall", "byline",
     "hidden md:block", "d-none", "related teaser", "author-box", "x"]
)  # fmt: skip
_TAGS = st.sampled_from(["div", "p", "span", "a", "li", "nav", "section", "time", "body", "h2"])


def _frame_facts(frame: _Frame | None) -> object:
    if frame is None:
        return None
    return (frame.block, frame.kind, frame.context, frame.owners, frame.item, frame.link)


@given(_TAGS, _TAGS, _CLASS_VALUES, _CLASS_VALUES)
def test_class_only_elements_open_as_with_all_attributes(
    outer: str, tag: str, outer_class: str, value: str
) -> None:
    # The walk's short way for an element with a class and nothing else gives what
    # _open gives it, and the frame a parent keeps for a child is the one made anew.
    fast, plain = _Walker(), _Walker()
    for walker in (fast, plain):
        if walker._enter(outer, {"class": outer_class, "id": "x"}, None) is None:
            return  # hidden: nothing inside it is read
    parent = plain.stack[-1]
    expected = plain._open(tag, {"class": value}, parent, None)
    assert _frame_facts(fast._enter(tag, {"class": value}, None)) == _frame_facts(expected)
    assert fast.elements == plain.elements
    if expected is not None and expected.owners == parent.owners:  # no word added
        made = plain._new_frame(tag, (), parent, False)
        assert _frame_facts(made) == _frame_facts(expected)


# --- issue #2, the text path: timestamps, bylines, debris ---------------------------------


def _corpus_lines(corpus: Path, every: int = 4) -> list[str]:
    """Return the distinct short lines of the corpus's text dumps (fundus-w3m, and every
    ``every``-th Reuters story)."""
    paths = sorted((corpus / "reuters-2006-2013").glob("*/*/*"))[::every]
    paths += sorted((corpus / "fundus-w3m").glob("*/*.txt"))
    lines: set[str] = set()
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        for raw in text.split("\n"):
            line = fold(raw.lstrip("-*• "))
            if 0 < len(line) <= 200:
                lines.add(line)
    return sorted(lines)


def _token_key(match: re.Match[str] | regex.Match[str]) -> object:
    return match.span(), match.lastgroup, match.groupdict()


_STAMP_PIECES = st.sampled_from(
    (
        " ", "  ", "\t", "2024", "12", "3", "1995", "05", ":", ".", "/", "-", ",", "|", "·", "(",
        "T", "t", "Z", "z", "+02:00", "h", "H", "am", "PM", "a.m.", "p.m", "st", "ND", "th",
        "Sep", "Sept.", "march", "EDT", "ET", "gmt", "UTC+2", "Updated", "Published", "ago",
        "hours", "min", "Uhr", "Fri", "Thu,", "x", "Ab", "年", "月", "日", "時", "分",
    )
)  # fmt: skip
_STAMP_TEXT = st.lists(_STAMP_PIECES, max_size=14).map("".join)


@given(st.one_of(_STAMP_TEXT, st.text(st.characters(max_codepoint=127), max_size=40)))
@example("Sat Sep 13, 2008 12:52pm EDT")
@example("2019-11-19T00:21:00+01:00")
@example("200812:52 12H30 12.30 pm 3rd")
def test_ascii_timestamp_tokens_are_the_pattern_s(text: str) -> None:
    # dates.py reads an ASCII line with the standard library's copy of TIMESTAMP_TOKEN.
    line = text.encode("ascii", "ignore").decode()
    assert [_token_key(m) for m in ASCII_TIMESTAMP_TOKEN.finditer(line)] == [
        _token_key(m) for m in patterns.TIMESTAMP_TOKEN.finditer(line)
    ]
    for pos in range(min(len(line), 8)):
        fast = ASCII_TIMESTAMP_TOKEN.match(line, pos)
        plain = patterns.TIMESTAMP_TOKEN.match(line, pos)
        assert (fast is None) == (plain is None)
        assert fast is None or plain is None or _token_key(fast) == _token_key(plain)


def _stamp_key(stamp: Timestamp | None) -> object:
    if stamp is None:
        return None
    moment = stamp.moment
    zone = None if moment is None else moment.utcoffset()
    return moment, zone, stamp.has_time, stamp.updated, stamp.published, stamp.weekday


def _read_fast(line: str) -> object:
    """What dates._read and dates._find (the uncached readers) give for ``line``."""
    found = dates._find(line)
    where = None if found is None else (found[0], found[1], _stamp_key(found[2]))
    return _stamp_key(dates._read(line)), where


def _read_plain(line: str) -> object:
    """dates._read and dates._find as they were: every line read with TIMESTAMP_TOKEN."""
    saved = patterns.ASCII_TIMESTAMP_TOKEN
    patterns.ASCII_TIMESTAMP_TOKEN = patterns.TIMESTAMP_TOKEN  # type: ignore[assignment]
    try:
        return _read_fast(line)
    finally:
        patterns.ASCII_TIMESTAMP_TOKEN = saved


@given(_STAMP_TEXT)
@example("Fri Oct 20, 2006 6:15pm EDT")
@example("Tue Mar 11, 2008 1:05am EDT")
@example("12.30.2024 12H30")
def test_timestamps_read_as_with_the_pattern(line: str) -> None:
    assert _read_fast(line) == _read_plain(line)


def test_corpus_lines_read_as_with_the_pattern(corpus: Path) -> None:
    lines = [line for line in _corpus_lines(corpus) if any(c.isdigit() for c in line)]
    assert len(lines) > 1000
    for line in lines:
        assert _read_fast(line) == _read_plain(line), line
        assert [_token_key(m) for m in ASCII_TIMESTAMP_TOKEN.finditer(line)] == [
            _token_key(m) for m in patterns.TIMESTAMP_TOKEN.finditer(line)
        ] or not line.isascii(), line


@given(st.text(st.sampled_from("0123:.hH/ x"), max_size=12))
def test_clock_and_date_splits_are_the_module_s(text: str) -> None:
    assert patterns.CLOCK_SEPARATOR.split(text) == regex.split(r"[:.h]", text)
    assert patterns.DATE_SEPARATOR.split(text) == regex.split(r"[/.]", text)


def _us_offset_plain(zone: str, local: datetime) -> int:
    """dates.us_offset as it was, the daylight-saving bounds made on every call."""
    standard = dates._US_STANDARD[zone]
    year = local.year
    if year >= 2007:
        begin, end = dates._nth_sunday(year, 3, 2), dates._nth_sunday(year, 11, 1)
    else:
        begin = dates._nth_sunday(year, 4, 1)
        end = dates._nth_sunday(year, 11, 1) - timedelta(days=7)
    begin_at = datetime(begin.year, begin.month, begin.day, 2)
    end_at = datetime(end.year, end.month, end.day, 2)
    return standard + 60 if begin_at <= local < end_at else standard


@given(
    st.sampled_from(["et", "ct", "mt", "pt"]),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)),
    st.integers(-1439, 1439),
)
@example("et", datetime(2007, 3, 11, 2, 0), 0)
@example("pt", datetime(2006, 10, 29, 1, 59), -480)
def test_cached_zones_are_the_plain_ones(zone: str, local: datetime, offset: int) -> None:
    assert dates.us_offset(zone, local) == _us_offset_plain(zone, local)
    assert dates._zone(offset) == timezone(timedelta(minutes=offset))


_HEAD_TEXTS = st.sampled_from(
    (
        "", "Autor:", "By", "Von", "Jane Doe", "Jane Doe | Reporter", "Korrespondentin",
        "By Jane Doe", "Jane Doe – Journalist", "x" * 161, "Jane Doe " * 20, "word " * 40,
        "Jane Doe and John Roe, a reporter, said the council voted on Monday " * 3,
    )
)  # fmt: skip


@given(st.lists(_HEAD_TEXTS, min_size=1, max_size=6))
def test_lines_too_long_for_names_give_none(texts: list[str]) -> None:
    # filters/byline.py (_page_byline) passes over a line _may_have_names rules out.
    units = [HeadUnit(text, 100 * k, k, None) for k, text in enumerate(texts)]
    for k in range(len(units)):
        if not _may_have_names(units, k):
            assert _line_or_cued_names(units, k, Metadata()) is None


@given(st.text(st.sampled_from("ab \t\r\x0b\x0c\x1c-"), max_size=40))
def test_a_span_with_no_line_break_folds_to_one_line_at_most(span: str) -> None:
    # filters/byline.py (_edge_names) wants two lines at least: a span with no "\n"
    # cannot give them.
    lines = [line for line in (fold(raw) for raw in span.split("\n")) if line]
    assert len(lines) <= 1


_DEBRIS_PIECES = st.sampled_from(
    (
        "0", "12", " ", "\t", ":", "|", "-", "tablet", "Mobile", "and", "up", "x", "5 Min Read",
        "Reading time: 4 min", "Lesezeit", "lecture", "READ", "min", "é", "ſ", "K", "—",
    )
)  # fmt: skip


@given(st.lists(_DEBRIS_PIECES, max_size=10).map("".join))
@example("medium-browser-and-portrait-tablet")
@example("Lesezeit: 4 Min.")
@example("0 : 0")
def test_debris_prechecks_hide_no_match(text: str) -> None:
    for line in (text, text.upper(), text.lower(), text.capitalize()):
        if patterns.BREAKPOINT.fullmatch(line) is not None:
            assert _may_be_breakpoint(line)
        if patterns.SHARE_COUNTER.fullmatch(line) is not None:
            assert line[:1] in _DIGITS
        if patterns.READING_TIME.fullmatch(line) is not None:
            assert _may_be_reading_time(line)


def test_corpus_lines_keep_their_debris_and_name_answers(corpus: Path) -> None:
    lines = _corpus_lines(corpus)
    for above, line in zip(["Autor:", *lines], lines, strict=False):
        units = [HeadUnit(above, 0, 0, None), HeadUnit(line, 100, 1, None)]
        if not _may_have_names(units, 1):
            assert _line_or_cued_names(units, 1, Metadata()) is None, line
        if patterns.BREAKPOINT.fullmatch(line) is not None:
            assert _may_be_breakpoint(line), line
        if patterns.SHARE_COUNTER.fullmatch(line) is not None:
            assert line[:1] in _DIGITS, line
        if patterns.READING_TIME.fullmatch(line) is not None:
            assert _may_be_reading_time(line), line


def _chrome_phrases_plain(text: str) -> frozenset[tuple[str, ...]]:
    """_shape.chrome_phrases by definition: each phrase whose words run in the text's words."""
    words = patterns.phrase_words(text.lower())
    return frozenset(
        phrase
        for i, word in enumerate(words)
        for phrase in patterns.CHROME_INDEX.get(word, ())
        if tuple(words[i : i + len(phrase)]) == phrase
    )


def _is_furniture_plain(text: str) -> bool:
    """_shape.is_furniture as it was, before its shortcuts ("[" and the first character)."""
    if not any(c.isalnum() for c in text):
        return True
    if len(text) >= 400:
        return False
    if has_photo_credit(text):
        return True
    if patterns.FORM_DEBRIS.search(text) is not None:
        rest = patterns.FORM_DEBRIS.sub("", text)
        if sum(c.isalpha() for c in rest) < 3:
            return True
    hits = _chrome_phrases_plain(text)
    if not hits:
        return False
    if text.count(" ") + 1 <= 8:
        return True
    if text[-1] in patterns.SENTENCE_END and len(hits) < 3:
        return len(hits) >= 2 and not hits <= patterns.NETWORK_PHRASES
    return len(hits) >= 2


_CHROME_PIECES = st.sampled_from(
    (
        " ", "share", "Share", " on ", "this", "more", "news", "Sign", "in", "up", "[", "]",
        "[IMG]", "back to top", "x", "'", "-", "read more", "Teilen", "é", ".", "1", "cookies",
    )
)  # fmt: skip


@given(st.lists(_CHROME_PIECES, max_size=16).map("".join))
@example("Share this. More news")
@example("[ ] [IMG]")
def test_chrome_phrases_and_furniture_keep_their_answers(text: str) -> None:
    assert chrome_phrases.__wrapped__(text) == _chrome_phrases_plain(text)
    assert is_furniture.__wrapped__(text) == _is_furniture_plain(text)


def test_corpus_lines_keep_their_chrome_phrases(corpus: Path) -> None:
    found = 0
    for line in _corpus_lines(corpus):
        assert chrome_phrases.__wrapped__(line) == _chrome_phrases_plain(line), line
        assert is_furniture.__wrapped__(line) == _is_furniture_plain(line), line
        found += bool(_chrome_phrases_plain(line))
    assert found > 100
    # Whole paragraphs too (the page filter asks about a story's long ones).
    for path in sorted((corpus / "reuters-2006-2013").glob("*/*/*"))[::8]:
        for block in blocks_from_text(normalize(path.read_text(encoding="utf-8"))):
            assert chrome_phrases.__wrapped__(block.text) == _chrome_phrases_plain(block.text)
