"""The HTML reader's fast paths give what the plain forms they stand for give (issue #6, speed).

``read_html`` reads most elements the short way as the page streams in
(:meth:`_Stream.start` opens them without :meth:`_Walker._enter`), keeps each block's
text whitespace-folded from the start (``page()`` and the wrapper weights fold no
more), tells a teaser by the folded text's spaces, splits ASCII class values with
``bytes.translate`` (tokens kept as bytes, one context token looked up alone, the
visibility hints written out) and moves a context word with fewer tuples; it deletes
NUL from the page's bytes, tells a blank page without copying it, collects the
``<h1>`` headings as it makes the blocks, counts a block's link characters in one join
and leaves a normal folded text unfolded again. The plain forms are written out here,
as they stood before: a walker of the parsed tree made of them must read every page
as ``read_html`` does, the invented pages drawn below and the corpus pages when the
corpus is there. ``parse_html`` pauses the cyclic collector (and leaves it as found).
Texts are invented.
"""

from __future__ import annotations

import gc
import gzip
import sys
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html

import wireclean
from wireclean import html as wh
from wireclean import patterns
from wireclean.html import Page, read_html
from wireclean.model import Block
from wireclean.normalize import normalize
from wireclean.pipeline import Draft, FilterError

# --- the plain forms ------------------------------------------------------------------------


def _plain_read_class(value: str) -> tuple[tuple[str, ...], str]:
    lower = value.lower()
    tokens = patterns.CLASS_TOKEN_SPLIT.split(lower)
    words: tuple[str, ...] = ()
    if not wh._CONTEXT_TOKENS.isdisjoint(tokens):
        found = (patterns.CONTEXT_CLASS_WORDS.get(t) or wh._MORE_CLASS_WORDS.get(t) for t in tokens)
        words = tuple(dict.fromkeys(w for w in found if w))
    for hint in wh._VISIBILITY_HINTS:
        if hint in lower:
            break
    else:
        return (words, "") if words else wh._UNREAD
    if wh._hidden_class(lower):
        return words, wh._HIDES
    return words, wh._HELD_BACK if not wh._PAYWALL_CLASSES.isdisjoint(tokens) else ""


def _plain_mostly_link(text: str, link_parts: list[str]) -> bool:
    links = sum(len("".join(part.split())) for part in link_parts)
    return links >= wh._LINK_SHARE * len("".join(text.split()))


def _plain_is_teaser(text: str) -> bool:
    return len(text.split(None, wh._TEASER_WORDS - 1)) >= wh._TEASER_WORDS


class _PlainWalker(wh._Walker):
    """The tree walk with the block bookkeeping as it was: raw texts, folded in page()."""

    def __init__(self) -> None:
        super().__init__()
        self.context: tuple[str, ...] = ()
        self.owners: tuple[int, ...] = ()
        self.class_cache = {}  # its own: never what the fast reader learnt

    def _read_class(self, value: str) -> tuple[tuple[str, ...], str]:
        read = _plain_read_class(value)
        self.class_cache[value] = read
        return read

    def _walk(self, root: Any) -> None:
        stack, parts, link_parts = self.stack, self.parts, self.link_parts
        walker = etree.iterwalk(root, events=("start", "end"))
        for event, element in walker:
            tag = element.tag
            if event == "end":
                if tag.__class__ is str:
                    frame = stack.pop()
                    if frame.block and parts:
                        self._flush(frame)
                text = element.tail
                if text:
                    parts.append(text)
                    frame = stack[-1]
                    if frame.link:
                        link_parts.append(text)
                    if len(frame.context) > len(self.context):
                        self.context, self.owners = frame.context, frame.owners
                continue
            if tag.__class__ is not str:
                continue
            items = element.items()
            opened = self._enter(tag, dict(items) if items else None, element)
            if opened is None:
                walker.skip_subtree()
                continue
            text = element.text
            if text:
                self._text(text, opened)

    def _new_frame(
        self, tag: str, words: tuple[str, ...], parent: wh._Frame, href: bool
    ) -> wh._Frame:
        if tag in patterns.CONTEXT_TAGS:
            words += (tag,)
        context, owners = parent.context, parent.owners
        if words:
            self.elements += 1
            for word in words:
                if word in context:
                    at = context.index(word)
                    context = (*context[:at], *context[at + 1 :])
                    owners = (*owners[:at], *owners[at + 1 :])
                context = (*context, word)
                owners = (*owners, self.elements)
        link = parent.link or href
        if tag not in wh._BLOCK_TAGS:
            if not words and link == parent.link:
                return parent.child()
            return wh._Frame(False, parent.kind, context, owners, False, link)
        if tag in wh._GENERIC_TAGS and parent.kind in wh._NAMING_TAGS:
            kind = parent.kind
        else:
            kind = sys.intern(tag)
        return wh._Frame(True, kind, context, owners, tag == "li", link)

    def _text(self, text: str, frame: wh._Frame) -> None:
        self.parts.append(text)
        if frame.link:
            self.link_parts.append(text)
        if len(frame.context) > len(self.context):
            self.context, self.owners = frame.context, frame.owners

    def _drop_blank(self) -> None:
        self.parts.clear()
        self.context = self.owners = ()
        if self.link_parts:
            self.link_parts.clear()

    def _flush(self, frame: wh._Frame) -> None:
        if self.parts:
            text = "".join(self.parts)
            self.parts.clear()
            if not text.isspace():
                if len(self.context) > len(frame.context):
                    context, owners = self.context, self.owners
                else:
                    context, owners = frame.context, frame.owners
                if (
                    self.link_parts
                    and _plain_is_teaser(text)
                    and _plain_mostly_link(text, self.link_parts)
                ):
                    context, owners = (*context, "link"), (*owners, wh._NO_OWNER)
                self.keys.append((frame.kind, context, owners, self.item_pending))
                self.texts.append(text)
                self.item_pending = False
        self.context, self.owners = (), ()
        if self.link_parts:
            self.link_parts.clear()

    def _wrappers(self) -> set[int]:
        weight: dict[int, int] = {}
        count: dict[int, int] = {}
        total = 0
        for (_kind, _context, owners, _item), text in zip(self.keys, self.texts, strict=True):
            size = len(wh._fold(text))
            if size < wh._PROSE_CHARS:
                continue
            total += size
            for owner in set(owners):
                if owner != wh._NO_OWNER:
                    weight[owner] = weight.get(owner, 0) + size
                    count[owner] = count.get(owner, 0) + 1
        return {
            owner
            for owner, held in weight.items()
            if held > wh._WRAPPER_SHARE * total and count[owner] >= wh._WRAPPER_BLOCKS
        }

    def page(self) -> Page:
        out: list[str] = []
        blocks: list[Block] = []
        offset, line = 0, 1
        wrappers = self._wrappers()
        for (kind, context, owners, item), text in zip(self.keys, self.texts, strict=True):
            if wrappers and not wrappers.isdisjoint(owners):
                context = tuple(
                    word
                    for word, owner in zip(context, owners, strict=True)
                    if owner not in wrappers or word in wh._CONTENT_WORDS
                )
            words = " ".join(context)
            lines = [wh._clean_line(piece) for piece in text.split(wh._BREAK)]
            lines = [piece for piece in lines if piece]
            if (item and lines == ["*"]) or not lines:
                continue
            if out:
                out.append("\n\n")
                offset += 2
                line += 2
            for n, piece in enumerate(lines):
                if n:
                    out.append("\n")
                    offset += 1
                    line += 1
                marker = "*" if item and n == 0 else ""
                shown = f"* {piece}" if marker else piece
                out.append(shown)
                blocks.append(Block(piece, offset, offset + len(shown), line, kind, marker, words))
                offset += len(shown)
        if out:
            out.append("\n")
        signals = read_html_signals(self, blocks)
        return Page("".join(out), tuple(blocks), signals)


def read_html_signals(walker: wh._Walker, blocks: list[Block]) -> Any:
    """Return the signals a walker read (the part of page() no fast path changed)."""
    authors: list[str] = []
    bylines: list[str] = []
    for author, gathered in walker.signal_texts:
        text = gathered if isinstance(gathered, str) else gathered.text
        if text and len(authors) + len(bylines) < wh._SIGNAL_ELEMENTS_MAX:
            (authors if author else bylines).append(text)
    return wh.Signals(
        title=walker.title,
        language=walker.lang,
        metas=tuple(walker.metas),
        links=tuple(walker.links),
        jsonld=tuple(walker.jsonld),
        times=tuple(walker.times),
        authors=tuple(authors),
        bylines=tuple(bylines),
        itemprops=tuple(walker.itemprops),
        headings=tuple(b.text for b in blocks if b.kind == "h1"),
    )


def _plain_read(page: str) -> Page:
    """Return the page read from its tree by the plain walker."""
    data = page.replace("\x00", "").encode("utf-8", "replace")
    if not data.strip():
        return Page("", ())
    try:
        root = lxml_html.document_fromstring(data, parser=wh._parser())
    except (etree.ParserError, ValueError):
        return Page("", ())
    walker = _PlainWalker()
    walker.walk(root)
    return walker.page()


# --- invented pages ---------------------------------------------------------------------------

_TAGS = (
    "div p span a li ul ol h1 h2 section article nav aside footer header figure figcaption "
    "td tr table b em br img script noscript button main blockquote time pre dd"
).split()
_VOID = frozenset(("br", "img"))
_CLASSES = (
    "",
    "nav",
    "menu-item menu-item-12",
    "byline",
    "author-name",
    "article-body",
    "Article article__body",
    "teaser",
    "sidebar",
    "hidden",
    "sr-only",
    "d-none d-md-block",
    "hidden md:block",
    "paywall",
    "infobox",
    "main-content",
    "ÉTÉ nav",
    "nav__item  nav",
    "share-buttons social",
    "x9f3",
    "footer copyright",
    "story\tTeaser",
)
_TEXTS = (
    " ",
    "\n  ",
    "Hello",
    "Two words",
    "Three word teaser headline here",
    "Fish &amp; chips",
    "Ünïcode — text, café",
    "\u00a0non\u00a0breaking",
    "*",
    "\t",
    "A longer sentence of the story that runs well past eighty characters, "
    "so that it counts as prose.",
)


@st.composite
def _attributes(draw: st.DrawFn) -> str:
    pairs: list[tuple[str, str]] = []
    value = draw(st.sampled_from(_CLASSES))
    if value or draw(st.booleans()):
        pairs.append(("class", value))
    for name, values in (
        ("id", ("main", "footer", "nav-1", "comments", "x")),
        ("role", ("navigation", "main", "article", "banner", "button")),
        ("href", ("/a", "#")),
        ("hidden", ("",)),
        ("aria-hidden", ("true", "false")),
        ("style", ("display:none", "color: red")),
        ("itemprop", ("author", "name", "datePublished")),
        ("content", ("2024-01-02",)),
        ("rel", ("author", "noopener")),
        ("data-x", ("1",)),
    ):
        if draw(st.integers(0, 5)) == 0:
            pairs.append((name, draw(st.sampled_from(values))))
    return "".join(f" {name}={quoteattr(value)}" for name, value in pairs)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    @st.composite
    def build(draw: st.DrawFn) -> str:
        tag = draw(st.sampled_from(_TAGS))
        attributes = draw(_attributes())
        if tag in _VOID:
            return f"<{tag}{attributes}>"
        inner = "".join(draw(st.lists(children, max_size=4)))
        return f"<{tag}{attributes}>{inner}</{tag}>"

    return build()


_TEXT = st.sampled_from(_TEXTS) | st.text(max_size=12)
_BODY = st.recursive(_TEXT, _element, max_leaves=40)


@given(st.lists(_BODY, min_size=1, max_size=6), st.booleans())
@example(
    [
        "<div class='teaser'><p>" + _TEXTS[-1] + "</p><p>" + _TEXTS[-1] + "</p><p>"
        "<a href='/a'>Three word teaser headline here</a></p></div>",
        "<p class='byline'>By <a rel='author' href='/a'>Ann Lee</a></p>",
        "<div class='paywall' hidden><p>Held back.</p></div>",
        "<ul>\n<li>*</li><li>One<br>Two</li></ul>",
    ],
    True,
)
@example(  # a word given again inside: the inner element owns it, and wraps the story
    [
        "<div class='sidebar'><p>Menu</p><div class='sidebar'>"
        + f"<p>{_TEXTS[-1]}</p>" * 3
        + "</div></div><aside><p>Other</p></aside>"
    ],
    False,
)
@example(["<p>Café \u200b crème</p><p>Sans\u00ad \u200b souci</p>"], False)  # normalize, fold
def test_invented_pages_read_as_the_plain_walk_reads_them(parts: list[str], head: bool) -> None:
    top = "<head><title>T</title><meta name='author' content='Ann'></head>" if head else ""
    page = f"<html lang='en'>{top}<body>{''.join(parts)}</body></html>"
    assert read_html(page) == _plain_read(page)


@given(st.text(alphabet="abnavhidenoly-_ :\tÉé0paywlsrcoutr", max_size=40) | st.text(max_size=20))
@example("Hidden md:block nav")
@example("sr-only paywall")
@example("-nav--byline_")
@example("ÉTÉ byline")
@example("nav navigation menu")  # two tokens, one word: given once
@example("share nav share")  # a token repeated: its word once, in order
@example("byline author-name nav")
@example("\u212aey nav")  # a Kelvin sign: not ASCII, but its lower case is
@example("ÉTÉ paywall")  # not ASCII, held back
@example("paywalled nav")
@example("visually-hidden nav")
@example("screen-reader-text")
@example("x-only hid")
def test_class_values_read_as_the_plain_split_reads_them(value: str) -> None:
    assert wh._read_class(value) == _plain_read_class(value)


@pytest.mark.parametrize("hint", wh._VISIBILITY_HINTS)
@pytest.mark.parametrize("shape", ["{}", "nav x{}y", "paywall {} nav", "{} hidden"])
def test_every_visibility_hint_is_tested(hint: str, shape: str) -> None:
    # _read_class writes the hints out one by one: each must count as in the tuple.
    value = shape.format(hint)
    assert wh._read_class(value) == _plain_read_class(value)


@pytest.mark.parametrize(
    "page",
    [
        "",
        " \t\n\r\x0b\x0c",
        "\x00",
        " \x00\n",
        "\u00a0",
        "\x00<p>a\x00b</p>",
        "<p>Line one\x00<br>\x00two</p>\x00",
        "<ul><li>\x00*</li><li>é\x00\ud800x</li></ul>",
    ],
)
def test_nul_and_blank_pages_read_as_before(page: str) -> None:
    # NUL is deleted from the page's bytes, and a blank page is told without copying it.
    assert read_html(page) == _plain_read(page)


def test_parse_html_pauses_the_cyclic_collector_and_leaves_it_as_found() -> None:
    seen: list[bool] = []

    def probe(draft: Draft) -> Draft:
        seen.append(gc.isenabled())
        return draft

    pipeline = wireclean.default_pipeline().append(probe, name="probe")
    assert gc.isenabled()
    wireclean.parse_html("<p>Hi.</p>", pipeline=pipeline)
    wireclean.parse_html(b"<p>Hi.</p>", pipeline=pipeline)
    assert seen == [False, False]
    assert gc.isenabled()

    def fails(draft: Draft) -> Draft:
        raise ValueError("invented")

    with pytest.raises(FilterError):
        wireclean.parse_html("<p>Hi.</p>", pipeline=pipeline.append(fails, name="fails"))
    assert gc.isenabled()
    with pytest.raises(TypeError):
        wireclean.parse_html(12)
    assert gc.isenabled()
    gc.disable()
    try:
        wireclean.parse_html("<p>Hi.</p>")
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


@given(st.text(alphabet=" \n\tab\u00a0c\x00", max_size=30), st.lists(st.text(" ab\n"), max_size=3))
def test_teasers_are_told_from_the_folded_text(text: str, links: list[str]) -> None:
    folded = wh._fold(text)
    spaces = folded.count(" ")
    fast = bool(folded) and spaces >= wh._TEASER_WORDS - 1
    fast = fast and wh._link_chars(links) >= wh._LINK_SHARE * (len(folded) - spaces)
    assert fast == (_plain_is_teaser(text) and _plain_mostly_link(text, links))


@given(st.text(alphabet=" \n\ta\u00a0é\u0301\x00*", max_size=20))
def test_a_folded_text_cleans_to_the_lines_of_its_raw_text(text: str) -> None:
    # page() now cleans the folded text (folded in _flush); a line cut at a <br> mark
    # is the same whether the text was folded before the cut or after.
    folded = wh._fold(text)
    raw = [wh._clean_line(piece) for piece in text.split(wh._BREAK)]
    assert [wh._clean_line(piece) for piece in folded.split(wh._BREAK)] == raw
    if wh._BREAK not in text and folded:
        assert wh._clean_line(text) == (
            folded if folded.isascii() and folded.isprintable() else wh._fold(normalize(folded))
        )


@given(st.text(alphabet=" \n\ta\u00a0é\u0301\u200b\x00\r", max_size=30))
@example(" a\u00a0 b ")
def test_a_normal_folded_text_is_its_own_clean_line(text: str) -> None:
    # page() cleans a folded text without folding it again when normalize leaves it
    # as it is: _fold gives a folded text back as it is.
    folded = wh._fold(text)
    assert wh._fold(folded) == folded
    normal = normalize(folded)
    assert (folded if normal == folded else wh._fold(normal)) == wh._fold(normalize(folded))


def test_a_long_folded_text_folds_to_itself() -> None:
    # A text longer than _FOLD_PIECE is folded a piece at a time: the same fixed point.
    text = "Wörter  und\u00a0Sätze \t" * (wh._FOLD_PIECE // 8)
    folded = wh._fold(text)
    assert len(folded) > wh._FOLD_PIECE
    assert folded == " ".join(text.split())
    assert wh._fold(folded) == folded


def test_corpus_pages_read_as_the_plain_walk_reads_them(corpus: Path) -> None:
    pages = sorted((corpus / "fundus" / "data").glob("*/*.html.gz"))
    assert pages
    for path in pages:
        text = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        assert read_html(text) == _plain_read(text), path.name
