"""The page filters' fast paths give what the general code they stand for gives (#2, #6).

Each fast path is checked against the general form it replaces, on invented inputs
(hypothesis) and, where the corpus is present, on the corpus's own blocks.
"""

from __future__ import annotations

import gzip
import importlib
import itertools
import sys
from pathlib import Path

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from wireclean import patterns
from wireclean.html import read_html
from wireclean.model import Block
from wireclean.names import split_names
from wireclean.normalize import normalize
from wireclean.text import blocks_from_text

#: The module, not the filter function that ``wireclean.filters`` exports by its name.
page_module = importlib.import_module("wireclean.filters.page")
byline_module = importlib.import_module("wireclean.filters.byline")
shape_module = importlib.import_module("wireclean.filters._shape")


# --- the general forms -----------------------------------------------------------------


def _addresses_reader_general(text: str) -> bool:
    """The appeal test as written before its quotation-mark look came first."""
    sure = sum(
        1 for _ in itertools.islice(patterns.READER_WORDS.finditer(text), page_module._READER_HITS)
    )
    if not sure:
        return False
    if sure < page_module._READER_HITS and patterns.READER_WORDS_MAYBE.search(text) is None:
        return False
    return patterns.QUOTE_MARKS.search(text) is None


def _site_title_blocks_general(blocks: tuple[Block, ...]) -> list[str]:
    """The site's titles found by ``patterns.SITE_SEPARATOR`` (the ``regex`` engine)."""
    limit = page_module._HEADLINE_MAX + page_module._SITE_CHARS
    return [
        b.text
        for b in blocks
        if len(b.text) <= limit and patterns.SITE_SEPARATOR.search(b.text) is not None
    ]


def _names_line_general(text: str) -> bool:
    """The names test with no look for a digit before the relative time's search."""
    if patterns.RELATIVE_TIME.search(text) is not None:
        return True
    if text.count(" ") >= page_module._CHROME_WORDS:
        return False
    names = split_names(text, byline=True)
    if names is not None and (len(names) > 1 or names[0].count(" ") < page_module._NAME_WORDS):
        return True
    by = patterns.BYLINE_WORD.search(text)
    return by is not None and split_names(text[by.end() :]) is not None


def _menu_line_general(text: str) -> bool:
    """The menu-line test with its words counted before its characters are looked at."""
    words = text.split()
    return (
        len(words) >= page_module._MENU_RUN_WORDS
        and sum(word[0].islower() for word in words) <= 1
        and patterns.MENU_LINE_CHARS.fullmatch(text) is not None
    )


def _chrome_context_general(block: Block) -> str | None:
    """The context's furniture word read from the block, with no cache."""
    if not block.context:
        return None
    words = block.context.split()
    for word in words:
        if word in page_module._CHROME_CONTEXT and not (word == "header" and "article" in words):
            return word
    return None


def _has_role_general(text: str) -> bool:
    """The job-title test that splits every line into its fields."""
    fields = patterns.BYLINE_FIELD_SEPARATOR.split(text)
    return len(fields) > 1 and any(byline_module._is_role(f) for f in fields)


def _chrome_phrases_general(text: str) -> frozenset[tuple[str, ...]]:
    """The chrome phrases found from the text's words alone, with no look at its spaced form."""
    words = patterns.phrase_words(text.lower())
    present = shape_module._PHRASE_WORDS.intersection(words)
    return frozenset(
        phrase
        for first in present.intersection(patterns.CHROME_INDEX)
        for phrase in patterns.CHROME_INDEX[first]
        if present.issuperset(phrase) and shape_module._holds(words, phrase)
    )


def _file_name_card_general(text: str) -> bool:
    """The file-name card test with no look for a run of hyphens before the search."""
    if text.count("-") < page_module._FILE_NAME_HYPHENS:
        return False
    rest = text
    found = False
    for name in patterns.IMAGE_FILE_NAME.finditer(text):
        if name.group()[0] != "[":
            rest = rest.replace(name.group(), " ", 1)
            found = True
    rest = rest.strip()
    return found and (not rest or not page_module.is_prose(rest))


def _mark_page_notes_general(blocks: tuple[Block, ...], reasons: list[str | None]) -> None:
    """The page notes marked with every pattern searched, over the whole text."""
    for i, block in enumerate(blocks):
        if reasons[i] is not None:
            continue
        text = block.text
        if (
            len(text) <= page_module._DISCLAIMER_CHARS
            and patterns.OPINION_DISCLAIMER.match(text) is not None
        ):
            reasons[i] = "chrome-phrase"
            continue
        if len(text) > page_module._NOTICE_CHARS:
            continue
        if patterns.SOURCE_NOTE.search(text) is not None or (
            len(text) <= page_module._SLOT_CHARS
            and (
                patterns.APP_PROMO.search(text) is not None
                or patterns.CLIPBOARD_NOTE.search(text) is not None
            )
        ):
            reasons[i] = "chrome-phrase"
        elif patterns.ENLARGE_IMAGE.search(text) is not None:
            reasons[i] = "caption"
        elif (
            text[-1] == "?"
            and len(text) <= page_module._SLOT_CHARS
            and i + 1 < len(blocks)
            and blocks[i + 1].text[0] == "("
            and patterns.DUMP_RADIO.match(blocks[i + 1].text) is not None
        ):
            reasons[i] = "form-debris"
        elif (
            len(text) <= page_module._TEASER_CHARS
            and "/" in text
            and text[-1] not in ".!?"
            and patterns.JOB_GENDER.search(text) is not None
        ):
            reasons[i] = "link-list"


def _is_notice_general(text: str) -> bool:
    """The notice test with every pattern searched."""
    return (
        (
            len(text) <= page_module._TEASER_CHARS
            and patterns.READ_ALSO_LABEL.match(text) is not None
        )
        or (
            len(text) <= page_module._NOTICE_CHARS
            and patterns.AFFILIATE_NOTICE.search(text) is not None
        )
        or (len(text) <= page_module._SLOT_CHARS and patterns.SLOT_NOTICE.search(text) is not None)
        or (
            len(text) <= page_module._NOTICE_CHARS
            and patterns.COPYRIGHT_LINE.match(text) is not None
        )
    )


def _page_notes_agree(blocks: tuple[Block, ...]) -> None:
    """Assert that the page notes' fast and general forms mark ``blocks`` alike, and
    that the keyword tests of the site's notes and paywall lines do not change them."""
    fast: list[str | None] = [None] * len(blocks)
    general: list[str | None] = [None] * len(blocks)
    page_module._mark_page_notes(blocks, fast)
    _mark_page_notes_general(blocks, general)
    assert fast == general, [b.text for b in blocks]
    for block in blocks:
        text = block.text
        assert page_module._ends_with_paywall(block, None) is (
            len(text) <= page_module._SLOT_CHARS and patterns.PAYWALL_END.search(text) is not None
        ), text
        assert page_module._is_notice(text) is _is_notice_general(text), text
        assert page_module._site_note(text) is (
            len(text) <= page_module._SLOT_CHARS and patterns.SITE_NOTE.search(text) is not None
        ), text


# --- invented inputs -------------------------------------------------------------------

#: Pieces the fast paths look at (reader's words, quotation marks, site separators,
#: relative times, digits and spaces), recombined with arbitrary text.
_PIECES = (
    "you", "your", "You", "Sie", "Ihnen", "Ihre", "Ihr", "dir", "vous", "votre", "usted",
    "jij", "uw", "você", "können Sie", "haben, Sie", "wir Ihnen", '"', "“", "”", "„", "«",
    "»", "‚", "‘", "’", "you’re", "’s", " | ", " - ", " – ", " — ", " · ", "|", "-", "·",
    "5 hours ago", "3 min read", "Updated 2 days ago", "published 10 minutes", "12 ",
    "Jane Doe – Journalist", "Redakteurin", " / ", "•", "—", "–", "/",
    "1", "9\u00a0", "٣ ", "HOURS", "Jane Doe", "By Jane Doe", "Von Jane Doe", " ", "  ",
    ", ", ". ", "\n", "a", "X", "é", "İ", "ß",
)  # fmt: skip
_TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), min_size=1, max_size=14
).map("".join)


@given(_TEXT)
@example('You said "you" to you.')
@example("Können Sie, Sie haben Ihre Daten")
@example("Wenn du willst, kannst du Ihre Seite teilen, Sie")
def test_reader_appeal_reads_as_its_general_form(text: str) -> None:
    assert page_module._addresses_reader(text) is _addresses_reader_general(text)


@given(_TEXT)
@example("Title | Site")
@example("Title\u00a0| Site")
@example("A — B · C")
def test_site_separator_engines_agree(text: str) -> None:
    fast = page_module._SITE_SEPARATOR_SEARCH(text)
    general = patterns.SITE_SEPARATOR.search(text)
    assert (fast is None) is (general is None)
    if fast is not None and general is not None:
        assert fast.span() == general.span()


@given(_TEXT)
@example("5 hours ago")
@example("Published 12 MINUTES ago")
@example("٣ hours ago")
def test_relative_time_needs_a_digit_and_a_space(text: str) -> None:
    if patterns.RELATIVE_TIME.search(text) is not None:
        assert page_module._DIGIT_SPACE(text) is not None
    assert page_module._names_line(text) is _names_line_general(text)


#: Chrome phrases' words, their joiners and what stands between words in ASCII text.
_PHRASE_PIECES = (
    *sorted({w for phrases in patterns.CHROME_INDEX.values() for p in phrases for w in p}),
    " ", "  ", "\n", "-", "'", "--", "''", "_", ".", ",", "(", ")", "/", "#", "a", "x1",
    "Share", "SIGN", "Up", "-in", "'s", "s'", "99", "\t",
)  # fmt: skip
_FILLER = "Officials said on Monday that the talks would go on. " * 4


@given(
    st.lists(
        st.one_of(st.sampled_from(_PHRASE_PIECES), st.text(max_size=4)), min_size=1, max_size=20
    ),
    st.booleans(),
)
@example(["share", " ", "this"], True)
@example(["abonnez", "-", "vous"], False)
@example(["x", "-", "share", " ", "this"], True)
@example(["share", "'", " ", "this"], True)
@example(["all", " - ", "rights", "\n", "reserved"], False)
def test_chrome_phrases_read_as_their_general_form(pieces: list[str], before: bool) -> None:
    """ASCII text, long or short, first looked at in its spaced form finds what its
    words find."""
    text = "".join(pieces)
    for whole in (_FILLER + text, text + _FILLER, text) if before else (text + _FILLER, text):
        assert shape_module.chrome_phrases.__wrapped__(whole) == _chrome_phrases_general(whole)


def test_every_chrome_phrase_is_found_in_its_spaced_form() -> None:
    for phrases in patterns.CHROME_INDEX.values():
        for phrase in phrases:
            for joint in (" ", " - ", ".\n", "  "):
                text = _FILLER + joint.join(phrase).upper() + "."
                for short in (joint.join(phrase), f"({joint.join(phrase)})"):
                    assert shape_module.chrome_phrases.__wrapped__(short) == (
                        _chrome_phrases_general(short)
                    )
                if text.isascii():
                    assert shape_module.chrome_phrases.__wrapped__(text), phrase
                    assert shape_module.chrome_phrases.__wrapped__(text) == (
                        _chrome_phrases_general(text)
                    )


@given(_TEXT)
@example("Jane Doe – Journalist")
@example("Jane Doe|Reporter")
@example("Jane Doe - Reporter")
def test_job_title_reads_as_its_general_form(text: str) -> None:
    if patterns.BYLINE_FIELD_SEPARATOR.search(text) is not None:
        assert byline_module._SEPARATOR_MARK(text) is not None
    assert byline_module._has_role(text) is _has_role_general(text)


@given(_TEXT)
@example("Welt Business Politik Green Next Gesundheit Reise")
@example("Welt Business Politik, Green Next Gesundheit Reise")
@example("Welt business politik Green Next Gesundheit Reise")
def test_menu_line_reads_as_its_general_form(text: str) -> None:
    assert page_module._menu_line(text) is _menu_line_general(text)


_CONTEXT_WORDS = (*sorted(page_module._CHROME_CONTEXT), "article", "main", "p", "div", "link", "x")


@given(st.lists(st.sampled_from(_CONTEXT_WORDS), max_size=6), st.sampled_from((" ", "  ", "\t")))
@example(["header", "article"], " ")
@example(["header", "nav"], " ")
def test_context_word_reads_as_its_general_form(words: list[str], space: str) -> None:
    block = Block("Text", 0, 4, 1, context=space.join(words))
    assert page_module._chrome_context(block) == _chrome_context_general(block)
    assert page_module._chrome_context(block) == _chrome_context_general(block)  # cached


@given(st.lists(_TEXT.filter(str.strip), min_size=1, max_size=8), st.data())
def test_headline_answers_are_kept_per_page(texts: list[str], data: st.DataObject) -> None:
    """The memo answers as the test itself does, for the tuple it was asked about only."""
    kinds = data.draw(st.lists(st.sampled_from(("p", "li", "h1")), min_size=len(texts)))
    blocks = tuple(
        Block(t, 0, len(t), 1, kind=k) for t, k in zip(texts, itertools.cycle(kinds or ["p"]))
    )
    other = tuple(Block(t + " x", 0, len(t) + 2, 1) for t in reversed(texts))
    for i in range(len(blocks)):
        assert page_module._may_be_headline_at(blocks, i) is page_module._may_be_headline(blocks[i])
        assert page_module._may_be_headline_at(other, i) is page_module._may_be_headline(other[i])
        assert page_module._may_be_headline_at(blocks, i) is page_module._may_be_headline(blocks[i])
        assert page_module._dated_byline_at(blocks, i) is page_module._dated_byline(blocks[i])
        assert page_module._dated_byline_at(other, i) is page_module._dated_byline(other[i])
    page_module._forget_heads()
    assert page_module._heads[0] == ()


def test_dated_byline_answers_are_kept_per_page() -> None:
    """A byline with its time is known as one on its page, and not on the next page."""
    dated = "Kolumne von Jane Doe - 28.04.2024 um 08:52 Uhr"
    blocks = tuple(Block(t, 0, len(t), 1) for t in ("Harbour strike ends", dated))
    other = tuple(Block(t, 0, len(t), 1) for t in ("Harbour strike ends", "Dockers walk out"))
    assert page_module._dated_byline_at(blocks, 1)
    assert not page_module._dated_byline_at(other, 1)
    assert page_module._dated_byline_at(blocks, 1)
    page_module._forget_heads()


#: Hyphens, the parts of a file name and what may stand between them: spaces of
#: every kind (the standard library's ``\s`` takes "\x1c" to "\x1f", the ``regex``
#: engine's does not), brackets and letters.
_NAME_PIECES = (
    "-", "-", "-", "--", "a", "Doe", "2024", "é", "[", "]", "[Jane", " ", "\n", "\t",
    "\u00a0", "\u2003", "\x1c", "\x85", "\u2028", "_", ".", "Videos ", "01:32 min",
)  # fmt: skip


@given(
    st.lists(st.one_of(st.sampled_from(_NAME_PIECES), st.text(max_size=3)), min_size=1, max_size=24)
)
@example(["Jane-Doe-speaks-at-a-rally"])
@example(["Videos Jane-Doe-speaks-at-a-rally-in-Paris 01:32 min"])
@example(["a-b-c\u2003d-e-f"])
@example(["Jane-Doe\x1cspeaks-at-a-rally-Paris"])
@example(["[a-b-c-d-e-f]"])
def test_file_name_card_reads_as_its_general_form(pieces: list[str]) -> None:
    text = "".join(pieces)
    if any(m.group()[0] != "[" for m in patterns.IMAGE_FILE_NAME.finditer(text)):
        assert page_module._FILE_NAME_HYPHEN_RUN(text) is not None
    assert page_module._file_name_card(text) is _file_name_card_general(text)


def _alternatives(pattern: str) -> list[str]:
    """Return the top-level alternatives of a pattern's source, lower-cased, spaces plain."""
    alts, depth, start = [], 0, 0
    escaped = False
    for j, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            alts.append(pattern[start:j])
            start = j + 1
    alts.append(pattern[start:])
    return [alt.replace("\\x20", " ").lower() for alt in alts]


#: A group with no group inside, and whether it is optional.
_INNER_GROUP = regex.compile(r"\((?:\?:)?([^()]*)\)([?*]|\{0,)?")


def _holds_keyword(alt: str, words: tuple[str, ...]) -> bool:
    """Tell whether every match of ``alt`` (a pattern's alternative) holds one of
    ``words``: one stands in it plainly, or in each choice of a group that it needs."""

    def reduce(group: regex.Match[str]) -> str:
        choices = group.group(1).split("|")
        if not group.group(2) and all(any(word in choice for word in words) for choice in choices):
            return words[0]  # each choice has a keyword: so has the text
        return "\x00"  # an optional group, or a choice without a keyword

    alt = alt.replace("\\(", "\x01").replace("\\)", "\x01")
    while (reduced := _INNER_GROUP.sub(reduce, alt)) != alt:
        alt = reduced
    return "(" not in alt and any(word in alt for word in words)


#: The patterns searched only in a text whose fold holds one of their keywords.
_KEYWORDS = (
    (patterns.SOURCE_NOTE, page_module._SOURCE_NOTE_WORDS),
    (patterns.CLIPBOARD_NOTE, page_module._CLIPBOARD_NOTE_WORDS),
    (patterns.APP_PROMO, ("app",)),
    (patterns.PAYWALL_END, page_module._PAYWALL_END_WORDS),
    (patterns.SLOT_NOTICE, page_module._SLOT_NOTICE_WORDS),
    (patterns.SITE_NOTE, page_module._SITE_NOTE_WORDS),
)


def test_every_note_pattern_alternative_holds_a_keyword() -> None:
    """Each alternative of the patterns spared by keywords names one plainly (a new
    alternative needs its keyword, or the fast path would miss it)."""
    for pattern, words in _KEYWORDS:
        for alt in _alternatives(pattern.pattern):
            assert _holds_keyword(alt, words), alt
        for word in words:
            assert word == word.casefold() and "i" not in word, word
            assert pattern.flags & regex.IGNORECASE


def test_case_blind_letters_fold_to_themselves() -> None:
    """Every character that the ``regex`` engine matches to a keyword's letter, case
    blind, folds to that letter (or, for several letters, to them): a match's keyword is
    in the text's ``str.casefold()``. "i" is the exception ("İ"), so no keyword has one."""
    keywords = [word for _, words in _KEYWORDS for word in words]
    letters = set("".join(keywords))
    every = "".join(
        chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF and chr(c) != "\n"
    )
    flags = patterns.SOURCE_NOTE.flags
    for letter in sorted(letters - {" "}):
        for char in regex.findall(regex.escape(letter), every, flags):
            assert char.casefold() == letter, (letter, char)
    multi = [c for c in every if len(c.casefold()) > 1]
    for word in keywords:
        for j in range(len(word)):
            for char in multi:
                for n in (1, 2, 3):
                    text = word[:j] + char + word[j + n :]
                    if regex.search(regex.escape(word), text, flags) is not None:
                        assert word in text.casefold(), (word, text)
    # Why: "join" matches "JOİN", whose fold holds "i" and a combining dot, not "join".
    assert regex.search("join", "JOİN", flags) is not None and "join" not in "JOİN".casefold()


#: Pieces of the page notes' patterns, in mixed case, and text to put around them.
_NOTE_PIECES = (
    "Redaktionell nicht bearbeitet", "automatisch von der Agentur dpa übernommen",
    "This is a machine translation", "automatisiert übersetzt", "was automatically translated",
    "has not been edited by our staff", "published from a syndicated feed",
    "abonelere sunulan haberler", "Download the app", "READ IN APP", "Die App hier herunterladen",
    "Copy to clipboard", "Link kopiert!", "Lien copié", "Join the conversation",
    "Enlarge image", "Vergrößern des Bildes", "VERGRÖSSERN DES BILDES", "Agrandir l’image",
    "İ", "ı", "K", "ſ", "ß", "ﬀ", "Ü", " ", "\n", ". ", "?", "/", "(m/w/d)", "a" * 70, "x",
    "Thanks for signing up", "会員限定です", "Fehler gefunden?", "Inhaltliches Feedback?",
    "Kennen Sie schon unsere PLUS-Inhalte?", "zur Startseite", "check your spam folder",
    "Lecture en cours sur un autre appareil", "Il vous reste 57% de cet article",
    "reading on another device", "auf einem anderen Gerät gelesen", "Story continues below",
    "scroll to continue", "please enable JavaScript", "Try refreshing your browser",
    "Affiliate", "commission", "Copyright 2024",
)  # fmt: skip
_NOTE_TEXT = st.lists(
    st.one_of(st.sampled_from(_NOTE_PIECES), st.text(max_size=5)), min_size=1, max_size=8
).map("".join)


@given(st.lists(_NOTE_TEXT.filter(str.strip), min_size=1, max_size=4))
@example(["join the dİscussion"])
@example(["CLİPBOARD", "KOPİERT"])
@example(["x" * 300 + " Enlarge this image"])
@example(["Dies ist eine maschinelle ÜBERSETZUNG"])
@example(["Link copied.", "(m/w/d) Ingenieur"])
def test_page_notes_read_as_their_general_form(texts: list[str]) -> None:
    _page_notes_agree(tuple(Block(t, 0, len(t), 1) for t in texts))


def test_page_notes_read_as_their_general_form_in_any_case() -> None:
    """Each piece of the notes' patterns, as written, in capitals and in title case."""
    for piece in _NOTE_PIECES:
        for text in (piece, piece.upper(), piece.title(), f"Short note. {piece.upper()}"):
            if text.strip():
                _page_notes_agree((Block(text, 0, len(text), 1), Block("(x)", 0, 3, 1)))


# --- the corpus's own blocks ---------------------------------------------------------------


def _text_blocks(corpus: Path) -> list[tuple[Block, ...]]:
    """Return the blocks of the corpus's Reuters stories and text dumps."""
    paths = sorted((corpus / "reuters-2006-2013").glob("*/*/*"))
    paths += sorted((corpus / "fundus-w3m").glob("*/*.txt"))
    pages = []
    for path in paths:
        source = normalize(path.read_text(encoding="utf-8", errors="replace"))
        pages.append(blocks_from_text(source))
    return pages


def _html_blocks(corpus: Path) -> list[tuple[Block, ...]]:
    """Return the blocks of the corpus's HTML pages."""
    pages = []
    for path in sorted((corpus / "fundus" / "data").glob("*/*.html.gz")):
        pages.append(
            read_html(gzip.decompress(path.read_bytes()).decode("utf-8", "replace")).blocks
        )
    return pages


def test_corpus_blocks_read_as_the_general_forms_read_them(corpus: Path) -> None:
    pages = _text_blocks(corpus) + _html_blocks(corpus)
    assert len(pages) > 1000
    appeals = titles = names = 0
    for blocks in pages:
        _page_notes_agree(blocks)
        fast_titles = page_module._site_title_blocks(blocks)
        assert fast_titles == _site_title_blocks_general(blocks)
        titles += len(fast_titles)
        for i, block in enumerate(blocks):
            text = block.text
            assert page_module._chrome_context(block) == _chrome_context_general(block)
            assert page_module._menu_line(text) is _menu_line_general(text), text
            assert byline_module._has_role(text) is _has_role_general(text), text
            assert page_module._file_name_card(text) is _file_name_card_general(text), text
            assert shape_module.chrome_phrases.__wrapped__(text) == _chrome_phrases_general(text)
            appeal = page_module._addresses_reader(text)
            assert appeal is _addresses_reader_general(text), text
            appeals += appeal
            if len(text) <= page_module._HEADLINE_MAX:
                named = page_module._names_line(text)
                assert named is _names_line_general(text), text
                names += named
                assert page_module._may_be_headline_at(blocks, i) is (
                    page_module._may_be_headline(block)
                )
    page_module._forget_heads()
    # The corpus holds each kind of block, so the comparisons above saw both answers.
    assert appeals and titles and names
