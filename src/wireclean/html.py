"""The HTML input adapter: a page's visible text as blocks, with each block's tag and context.

Block elements (paragraphs, headings, list items, table cells, ...) become blocks; a
``<br>`` ends a line, and every line is a block of its own (as on the text path).
Each block's ``kind`` is its element's tag (``"h1"``, ``"p"``, ``"li"``,
``"figcaption"``, ...; a ``<p>`` or ``<div>`` directly inside a list item, heading,
caption or cell takes that element's tag) and its ``context`` says where it stood
(``"header byline"``, ``"footer nav"``, ``"article figure"``; see
:class:`wireclean.model.Block`). Nothing visible is dropped here: page furniture
stays as blocks with its context, for filters to drop with a recorded reason.

Context words describe parts of the page, not the page (issue #6): the ``class`` of
``<html>`` and ``<body>`` gives none ("tag-social-media", "has-sidebar"), and the words
of an element that holds most of the page's prose (a "teaser" or "sidebar" layout
wrapped around the whole story) are left out of its blocks' context; ``main`` and
``article`` stay. A block whose text is all inside links (``<a href>``), three words or
more, is a teaser of another page: context word ``link``.

Never rendered: scripts, styles, ``<template>``, ``<noscript>``, ``<head>``, comments,
form controls, embedded media and hidden elements (``hidden``,
``aria-hidden="true"``, ``display:none``, ``visibility:hidden``, and classes that hide
on every screen or show to screen readers only: ``hidden``, ``d-none``, ``sr-only``,
...; a hidden element between two words leaves a space). Two kinds of hidden text
are read, as a browser shows them: React's streamed segments (``<div hidden
id="S:1">``), where their ``<template id="B:1">`` placeholders stand, and the
paragraphs of the story that a paywall holds back (``<div class="paywall" hidden>``).
Along the way the
adapter collects what the page says about itself (``<title>``, ``<meta>``, JSON-LD,
``<time datetime>``, ``rel=author``, ``itemprop``, byline elements) as
:class:`~wireclean.metadata.Signals` for :mod:`wireclean.metadata`.

The page source, :attr:`Page.source`, is the rendered text: blocks separated by a
blank line, list items written ``* item``, each line normalised
(:func:`wireclean.normalize`) and whitespace-folded. Block positions refer to it.

Parsing uses lxml's HTML parser (libxml2) with network access off; it never
resolves entities from a DTD or reads files. lxml is ~15x faster than building a
BeautifulSoup tree. A page given as text is read as libxml2 parses it, from the
parser's element events (a parser target, :class:`_Stream`), so its tree never
exists: a page of many small blocks took 30x its size in libxml2 nodes (issue #6).
The events are the ones a walk of the tree gives; what needs to look ahead is
read so: an element a paywall holds back is built as a tree of its own (whether
it holds a paragraph decides), a byline's text is gathered as it streams in, and
a page with React's streamed segments (read out of order) or nested deeper than
:data:`_STREAM_DEPTH` is parsed into a tree and walked (``iterwalk``, skipping
hidden subtrees whole). A BeautifulSoup object is copied node by node into an lxml
tree (no serialising, no re-parsing) and walked the same way, so both give the
same blocks for the same tree.

Limits: libxml2 stops at a nesting depth of 2048 elements; a page nested deeper is
parsed again with the tags past depth 512 taken out (its text kept, in order, but
the blocks down there merged; issue #8). Text that a script renders is not there
to read.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex
from lxml import etree
from lxml import html as lxml_html

from wireclean import patterns
from wireclean.metadata import Signals
from wireclean.model import Block
from wireclean.normalize import normalize
from wireclean.text import solid_chars

__all__ = ["Page", "collector_paused", "read_html", "read_soup", "render_html"]

logger = logging.getLogger(__name__)

_BLOCK_TAGS = frozenset(
    """address article aside blockquote body caption center dd details dialog div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main
    nav ol p pre section summary table tbody td tfoot th thead tr ul""".split()
)
_SKIP_TAGS = frozenset(
    """script style noscript template head svg math iframe object embed canvas select
    option textarea button input audio video source track map""".split()
)
#: Tags that name their block: a generic ``<p>``/``<div>`` right inside one takes its tag.
_NAMING_TAGS = frozenset("li dt dd figcaption caption td th h1 h2 h3 h4 h5 h6".split())
_GENERIC_TAGS = frozenset("p div section span center hgroup details".split())
#: Tags that never hold content, so never add to the nesting depth.
_VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
#: A text longer than this is whitespace-folded piece by piece (see :func:`_fold`).
_FOLD_PIECE = 1 << 16
#: Past this depth a deeply nested page is flattened (libxml2 stops at 2048).
_MAX_DEPTH = 512
#: A page nested deeper than this is read from its tree, which flattens it when
#: libxml2 cannot hold it (streaming, libxml2 builds no tree and sets no limit).
_STREAM_DEPTH = 1024
#: A start or end tag as written, for counting depth. ``[^<>]`` keeps the scan linear:
#: a ``<`` with no ``>`` after it gives up at the next ``<``.
_TAG = regex.compile(rb"<(/?)([A-Za-z][^\s/<>]{0,64})[^<>]{0,100000}>")
#: Marks a <br> line break inside a block while the block's text is gathered.
_BREAK = "\x00"
_DISPLAY_NONE = regex.compile(
    r"display\s{0,8}:\s{0,8}none|visibility\s{0,8}:\s{0,8}hidden", regex.I
)
#: ``<meta>`` attributes that name the value in ``content``, in the order looked at.
_META_KEYS = ("property", "name", "itemprop", "http-equiv")
#: Elements whose text is an author's name or a byline: gathered when at most this long.
_SIGNAL_TEXT_MAX = 200
#: At most this many byline-like elements are read per page (their text is gathered apart).
_SIGNAL_ELEMENTS_MAX = 40
#: React's streamed segments (``<div hidden id="S:1">``) and the ids of the
#: ``<template>`` placeholders a script moves them into ("B:1" or "P:1").
_SEGMENTS = etree.XPath("//div[@hidden][starts-with(@id, 'S:')]")
_PLACEHOLDERS = frozenset(("B:", "P:"))
#: Segments are read inside segments to this depth at most (each is read once; the
#: bound keeps a hostile page from nesting them past Python's recursion limit).
_SEGMENT_DEPTH = 32
#: Class names that hide an element (Tailwind, Bootstrap, common CSS), and those that
#: show it to screen readers only ("Opens in a new window", "Share on X"): never
#: rendered, unless a responsive variant shows it (see :func:`_hidden_class`).
_HIDDEN_CLASSES = frozenset(
    """hidden d-none hide is-hidden u-hidden sr-only visually-hidden visuallyhidden
    screen-reader-text""".split()
)
#: Tokens of a ``class`` that holds the story back for subscribers: its text is the
#: story's, sent hidden for a script to show (it stays hidden when a class hides it).
_PAYWALL_CLASSES = frozenset(("paywall", "paywalled"))
#: A cheap test that a class value may name one of the above: it holds one of these
#: (:func:`_read_class` tests them one by one, written out: keep the two alike).
_VISIBILITY_HINTS = ("hid", "none", "only", "visually", "screen", "paywall")
_HIDES = "hides"
#: The attributes that may hide an element (see :func:`_hidden`).
_HIDING_ATTRIBUTES = frozenset(("hidden", "aria-hidden", "style"))
#: (issue #6) Class tokens beside patterns.CONTEXT_CLASS_WORDS, for what stands inside
#: a story's markup and is no part of its text: a box of facts ("infobox", "Infokasten":
#: ``factbox``; a generic "box" is none, sites wrap the story's own paragraphs in one),
#: a video player, gallery or embedded post (``media``) and a notice, disclaimer or pop-up
#: (``notice``). On the fundus pages the kept blocks inside these held ~70 shingles of
#: story text (a box of facts, a tweet the truth keeps) and ~1,600 of other text.
_MORE_CLASS_WORDS = {
    **dict.fromkeys("infobox factbox faktenbox infokasten kasten".split(), "factbox"),
    **dict.fromkeys(
        "video audio player embed tweet twitter gallery carousel slider".split(), "media"
    ),
    **dict.fromkeys(
        """disclaimer notice affiliate copyright overlay tooltip popup meta credit
        follow trending donate readmore""".split(),
        "notice",
    ),
}
#: :data:`patterns.CLASS_TOKEN_SPLIT` on the standard engine, faster at this simple class.
_CLASS_TOKEN_SPLIT = re.compile(patterns.CLASS_TOKEN_SPLIT.pattern)
#: Every ASCII byte that :data:`_CLASS_TOKEN_SPLIT` splits at, as a space (``bytes.translate``).
_ASCII_TOKEN_SPACES = bytes(
    c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256)
)
#: The class and id tokens that give a context word, for a quick test.
_CONTEXT_TOKENS = frozenset(patterns.CONTEXT_CLASS_WORDS) | frozenset(_MORE_CLASS_WORDS)
#: The context word of each of those tokens (patterns.CONTEXT_CLASS_WORDS first).
_TOKEN_WORDS = {
    token: word
    for token in _CONTEXT_TOKENS
    if (word := patterns.CONTEXT_CLASS_WORDS.get(token) or _MORE_CLASS_WORDS.get(token))
}
#: The two above as ASCII bytes, for the tokens of an ASCII value (split as bytes).
_TOKEN_WORD_BYTES = {
    token.encode("ascii"): word for token, word in _TOKEN_WORDS.items() if token.isascii()
}
_CONTEXT_TOKEN_BYTES = frozenset(_TOKEN_WORD_BYTES)
_HELD_BACK = "held-back"
#: Elements whose ``class``/``id`` describe the whole page (WordPress writes the post's
#: tags and the theme's options there: "tag-social-media", "has-sidebar"), never a part.
_PAGE_TAGS = frozenset(("html", "body"))
#: Context words that say where the story is, not what to drop: never a wrapper's.
_CONTENT_WORDS = frozenset(("main", "article"))
#: A block this long counts as prose when weighing which element wraps the story.
_PROSE_CHARS = 80
#: An element holding more than this share of the page's prose, in at least
#: :data:`_WRAPPER_BLOCKS` prose blocks, wraps the story: its context words (a
#: "teaser" wrapping a paywalled story, an <aside> or "sidebar" layout around the
#: article) describe the page's layout, not furniture, and are left out.
_WRAPPER_SHARE = 0.5
_WRAPPER_BLOCKS = 3
#: A block with at least this share of its text inside links (``<a href>``) and at
#: least :data:`_TEASER_WORDS` words is a link to another page, a teaser: context
#: word "link". Shorter links are menu items and buttons, for the list rules.
_LINK_SHARE = 0.9
_TEASER_WORDS = 3
#: The owner of a context word that no element gave ("link"): never a wrapper.
_NO_OWNER = 0
#: What :func:`_read_class` says of an element without a class.
_UNREAD: tuple[tuple[str, ...], str] = ((), "")
#: A block's kind, context, the context words' owners, and whether it is a list item.
_Key = tuple[str, tuple[str, ...], tuple[int, ...], bool]
_NO_KEY: _Key = ("", (), (), False)
#: Block texts this short are kept once a page when repeated ("Share", "Menu"), up to
#: this many different ones; so are their cleaned lines (memory).
_SHORT_TEXT = 80
_SHORT_TEXTS = 4096
#: What :func:`_read_class` said of the ``class`` and ``id`` values read lately (sites
#: repeat theirs from page to page): at most this many values, of at most this length.
_CLASS_CACHE: dict[str, tuple[tuple[str, ...], str]] = {}
_CLASS_CACHE_SIZE = 1 << 15
_CLASS_CACHE_VALUE = 256
#: Tags whose attributes are signals (:meth:`_Walker._signals`) whatever they hold.
_SIGNAL_TAGS = frozenset(("meta", "link", "time"))
#: Streaming, the tags of elements with attributes that :meth:`_Stream.start` leaves
#: to :meth:`_Walker._enter`.
_STREAM_SLOW_TAGS = _SKIP_TAGS | _PAGE_TAGS | _SIGNAL_TAGS
#: The attributes besides ``class`` that :meth:`_Walker._open` reads (the others say nothing).
_NOTED_ATTRIBUTES = _HIDING_ATTRIBUTES | {"id", "role", "itemprop", "rel"}
#: patterns.CONTEXT_ROLES and patterns.CONTEXT_TAGS, looked up per element.
_CONTEXT_ROLES = patterns.CONTEXT_ROLES
_CONTEXT_TAGS = patterns.CONTEXT_TAGS


@dataclass(frozen=True, slots=True)
class Page:
    """Hold what the HTML adapter read from a page: its rendered text, blocks and signals."""

    source: str
    blocks: tuple[Block, ...]
    signals: Signals = field(default_factory=Signals)


def read_html(page: str) -> Page:
    """Return the blocks and metadata signals of an HTML page given as text.

    >>> [(b.kind, b.context, b.text) for b in read_html("<nav><a>Home</a></nav><p>Hi.</p>").blocks]
    [('nav', 'nav', 'Home'), ('p', '', 'Hi.')]
    """
    # The reader makes a few objects per element and keeps most of them (frames,
    # blocks): Python's cyclic collector would walk them again and again as they pile
    # up, about 6% of parse_html. It is paused while the page is read.
    with collector_paused():
        return _read_page(page)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector inside the block, unless the caller had
    it off already (then it stays off). Objects that die meanwhile are still freed by
    their reference counts; only reference cycles wait for the collector."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _read_page(page: str) -> Page:
    # NUL bytes are deleted, as on the text path; NUL then marks <br> inside a block.
    # Deleted from the bytes (U+0000 is the only character whose UTF-8 holds a zero
    # byte): the bytes are searched faster than the text, which is mostly wider than
    # one byte a character.
    data = page.encode("utf-8", "replace")
    if b"\x00" in data:
        data = data.replace(b"\x00", b"")
    if not data or data.isspace():  # ``not data.strip()``, without copying the page
        return Page("", ())
    try:
        walker = _read_stream(data)
    except _NeedTree:  # React's streamed segments, deep nesting: read from the tree
        logger.debug("HTML read from its tree")
    else:
        del data  # the bytes go before the blocks are made (memory)
        return walker.page() if walker is not None else Page("", ())
    return _read_tree(data)


def _read_tree(data: bytes) -> Page:
    """Return the page in ``data`` read from its parsed tree (see :class:`_NeedTree`)."""
    parser = _parser()
    try:
        root = lxml_html.document_fromstring(data, parser=parser)
        if _too_deep(parser):
            # libxml2 stops at a nesting depth of 2048 even with huge_tree and drops the
            # rest of the page: parse again with the excess nesting flattened (issue #8).
            logger.debug("HTML nested deeper than libxml2 reads: flattening")
            root = lxml_html.document_fromstring(_flatten_deep(data), parser=_parser())
    except (etree.ParserError, ValueError) as exc:  # empty or unreadable document
        logger.debug("unparseable HTML: %s", exc)
        return Page("", ())
    walker = _Walker()
    walker.walk(root)
    del root, data  # the tree and the bytes go before the blocks are made (memory)
    return walker.page()


def _read_stream(data: bytes) -> _Walker | None:
    """Return the walker that read ``data`` as libxml2 parsed it, never building its tree.

    None for a page without elements or unreadable.
    Raises :class:`_NeedTree` for a page whose text is not read in document order
    or nested deeper than :data:`_STREAM_DEPTH`.
    """
    stream = _Stream()
    parser = _parser(stream)
    try:
        parser.feed(data)
        parser.close()
    except (etree.ParserError, etree.XMLSyntaxError) as exc:  # unreadable document
        logger.debug("unparseable HTML: %s", exc)
        return None
    if not stream.depth_seen:  # no element at all
        return None
    stream.finish()
    return stream


def read_soup(soup: Any) -> Page:
    """Return the blocks and signals of a BeautifulSoup object or tag, as :func:`read_html` would.

    The bs4 tree is copied into an lxml tree without serialising it, then walked.
    """
    walker = _Walker()
    walker.walk(_lxml_from_soup(soup))
    return walker.page()


def render_html(page: str) -> str:
    """Return the visible text of an HTML page, one block per paragraph.

    >>> render_html("<p>One <b>two</b></p><ul><li>three</li></ul><script>x()</script>")
    'One two\\n\\n* three\\n'
    """
    return read_html(page).source


def _parser(target: Any = None) -> etree.HTMLParser:
    return etree.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
        recover=True, huge_tree=True, collect_ids=False, target=target,
    )  # fmt: skip


def _too_deep(parser: Any) -> bool:
    """Tell whether libxml2 gave up on a page for nesting too deep (and lost its end)."""
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def _flatten_deep(data: bytes) -> bytes:
    """Return ``data`` with the tags nested deeper than :data:`_MAX_DEPTH` taken out.

    Depth is counted from the tags as written (void and self-closed tags do not
    count), which is enough for a fallback: the text stays, in order; a block tag
    taken out leaves a space so that words do not join.
    """
    depth = 0

    def tag(match: Any) -> bytes:
        nonlocal depth
        whole: bytes = match.group(0)
        name = match.group(2).decode("ascii", "replace").lower()
        if name in _VOID_TAGS or whole.endswith(b"/>"):
            return whole
        if match.group(1):
            depth = max(depth - 1, 0)
            keep = depth < _MAX_DEPTH
        else:
            depth += 1
            keep = depth <= _MAX_DEPTH
        if keep:
            return whole
        return b" " if name in _BLOCK_TAGS else b""

    return _TAG.sub(tag, data)


def _hidden(attrib: Any) -> bool:
    if _HIDING_ATTRIBUTES.isdisjoint(attrib):  # most elements have none of them
        return False
    if "hidden" in attrib:
        return True
    aria = attrib.get("aria-hidden")
    if aria is not None and aria.strip().lower() == "true":
        return True
    style = attrib.get("style")
    return style is not None and _DISPLAY_NONE.search(style) is not None


def _read_class(value: str) -> tuple[tuple[str, ...], str]:
    """Return the context words of a ``class`` or ``id`` value, and what it says of
    visibility: :data:`_HIDES`, :data:`_HELD_BACK` (a paywall's) or ""."""
    lower = value.lower()
    words: tuple[str, ...] = ()
    if lower.isascii():
        # Most values: split as _CLASS_TOKEN_SPLIT splits (no empty tokens), as bytes
        # (no decoding, and bytes split faster), looked up in the bytes tables.
        tokens = lower.encode("ascii").translate(_ASCII_TOKEN_SPACES).split()
        found = _CONTEXT_TOKEN_BYTES.intersection(tokens)
        if found:  # most values give no word; most others one token (perhaps repeated)
            if len(found) == 1:
                (token,) = found
                words = (_TOKEN_WORD_BYTES[token],)
            else:
                ordered = [_TOKEN_WORD_BYTES[t] for t in tokens if t in _TOKEN_WORD_BYTES]
                words = tuple(dict.fromkeys(ordered))
    else:
        texts = _CLASS_TOKEN_SPLIT.split(lower)
        if not _CONTEXT_TOKENS.isdisjoint(texts):
            words = tuple(dict.fromkeys([_TOKEN_WORDS[t] for t in texts if t in _TOKEN_WORDS]))
    # Whether one of _VISIBILITY_HINTS is in it (most values name neither), unrolled.
    if not (
        "hid" in lower
        or "none" in lower
        or "only" in lower
        or "visually" in lower
        or "screen" in lower
        or "paywall" in lower
    ):
        return (words, "") if words else _UNREAD
    if _hidden_class(lower):
        return words, _HIDES
    paywall = not _PAYWALL_CLASSES.isdisjoint(_CLASS_TOKEN_SPLIT.split(lower))
    return words, _HELD_BACK if paywall else ""


def _hidden_class(value: str) -> bool:
    """Tell whether a ``class`` value hides its element on every screen.

    >>> _hidden_class("paywall hidden"), _hidden_class("hidden md:block")
    (True, False)
    >>> _hidden_class("d-none d-lg-block"), _hidden_class("sr-only")
    (False, True)
    """
    names = value.lower().split()
    if _HIDDEN_CLASSES.isdisjoint(names):
        return False
    # A variant that shows it on some screen or state: "md:block", "d-lg-flex".
    return not any(":" in name or (name.startswith("d-") and name != "d-none") for name in names)


def _fold(text: str) -> str:
    """Return ``text`` with its whitespace folded: ``" ".join(text.split())``.

    A long text is folded a piece at a time (cut at spaces), so that a page written
    on one line never holds all its words as strings at once (memory, issue #6).

    >>> _fold("  one  two ") == _fold(" one  two" * 10_000)[:7] == "one two"
    True
    """
    if len(text) <= _FOLD_PIECE:
        return " ".join(text.split())
    pieces: list[str] = []
    start, size = 0, len(text)
    while start < size:
        cut = text.find(" ", start + _FOLD_PIECE)
        cut = size if cut < 0 else cut
        piece = " ".join(text[start:cut].split())
        if piece:
            pieces.append(piece)
        start = cut
    return " ".join(pieces)


class _Frame:
    """One open element: whether it is a block, the kind its blocks get, its context.

    ``owners`` runs beside ``context``: for each word, the number of the element
    that gave it (so that the words of an element wrapping the story can go).
    ``link`` tells that the element stands inside a link (``<a href>``). ``inline``
    is the frame of an inline child that adds nothing (made once, shared).
    """

    __slots__ = ("block", "context", "inline", "item", "kids", "kind", "link", "owners", "size")

    def __init__(
        self,
        block: bool,
        kind: str,
        context: tuple[str, ...],
        owners: tuple[int, ...] = (),
        item: bool = False,
        link: bool = False,
    ) -> None:
        self.block = block
        self.kind = kind
        self.item = item
        self.link = link
        self.context = context
        self.owners = owners
        self.size = len(context)  # the words, compared per text (see _Walker.top)
        self.inline: _Frame | None = None if block else self
        #: The frames of children that add no context word, by tag (:data:`_LINK_KEY`
        #: added for an ``<a href>`` that opens a link): made once, shared.
        self.kids: dict[str, _Frame] | None = None

    def child(self) -> _Frame:
        """Return the frame of an inline child that adds no context and no link."""
        inline = self.inline
        if inline is None:
            inline = self.inline = _Frame(
                False, self.kind, self.context, self.owners, False, self.link
            )
        return inline


#: Added to a tag's name, the key of a child's frame that opens a link (no tag has a space).
_LINK_KEY = " href"
#: The frame of a skipped (never rendered) element: only popped again.
_SKIPPED = _Frame(False, "", ())
#: What :attr:`_Walker.top` is while the open block has no text: no context word.
_NO_TEXT = _Frame(False, "", ())
#: What :meth:`_Walker._enter` says, streaming, of an element it reads from its own tree.
_NEEDS_SUBTREE = _Frame(False, "", ())


class _NeedTree(Exception):
    """A page that streaming does not read: React's streamed segments, deep nesting."""


class _Walker:
    """Walk an lxml tree once, gathering blocks and metadata signals."""

    def __init__(self) -> None:
        #: The blocks read, as two lists: each block's (kind, context, owners, item)
        #: key, one tuple shared by a run of blocks alike, and its text (memory).
        self.keys: list[_Key] = []
        self.key = _NO_KEY  # the last block's key
        self.texts: list[str] = []
        self.short_texts: dict[str, str] = {}  # one string for each short text repeated
        self.parts: list[str] = []
        #: The frame of the open block's text with the most context words so far (the
        #: block's context when more than its own element's).
        self.top = _NO_TEXT
        self.link_parts: list[str] = []  # the text of the open block inside links
        self.elements = 0  # elements that gave context words so far
        self.root: Any = None
        self.segments: dict[str, Any] | None = None  # React's streamed segments, by id
        self.segment_depth = 0  # segments being read inside one another
        self.stack: list[_Frame] = [_Frame(True, "div", ())]  # the open elements' frames
        self.script: int | None = None  # streaming: the ld+json script whose text comes next
        #: Streaming: the byline texts being gathered as the page streams in.
        self.collectors: list[_Collector] = []
        #: Author (True) and byline texts in document order (gathered, or being gathered).
        self.signal_texts: list[tuple[bool, str | _Collector]] = []
        self.signal_count = 0  # the non-empty ones of them so far
        self.item_pending = False
        self.class_cache = _CLASS_CACHE  # see _read_class
        self.metas: list[tuple[str, str]] = []
        self.links: list[tuple[str, str]] = []
        self.jsonld: list[str] = []
        self.times: list[tuple[str, str]] = []
        self.itemprops: list[tuple[str, str]] = []
        self.title: str | None = None
        self.lang: str | None = None

    # --- the walk -----------------------------------------------------------------------

    def walk(self, root: Any) -> None:
        """Walk the tree of ``root``; then :meth:`page` gives what was read."""
        self.lang = root.get("lang") or root.get("xml:lang")
        for element in root.iterchildren("head"):
            self._read_head(element)
        self.root = root
        self._walk(root)
        self.finish()
        self.root = self.segments = None  # let the tree go

    def finish(self) -> None:
        """End the walk: the last open block is complete."""
        self._flush(self.stack[-1])

    def _walk(self, root: Any) -> None:
        """Walk ``root`` and its subtree (and its tail), adding to the open blocks."""
        stack, parts, link_parts = self.stack, self.parts, self.link_parts  # never rebound
        walker = etree.iterwalk(root, events=("start", "end"))
        for event, element in walker:
            tag = element.tag
            if event == "end":
                if tag.__class__ is str:
                    frame = stack.pop()
                    if frame.block and parts:
                        self._flush(frame)
                text = element.tail
                if text:  # as _text, inlined
                    parts.append(text)
                    frame = stack[-1]
                    if frame.link:
                        link_parts.append(text)
                    if frame.size > self.top.size:
                        self.top = frame
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

    def _enter(self, tag: str, attrib: Mapping[str, str] | None, element: Any) -> _Frame | None:
        """Open an element: push its frame and return it, or None when it is not rendered.

        Every element of a tree passes here (streaming, only those that
        :meth:`_Stream.start` does not open itself, the same way): an element without
        attributes is handled here, one with attributes in :meth:`_open`. ``element``
        is None when streaming; then a
        held-back element (see :meth:`_open`) gives :data:`_NEEDS_SUBTREE`, pushing
        nothing: it is read again from its own tree.
        """
        stack = self.stack
        parent = stack[-1]
        parts = self.parts
        if attrib:
            if tag in _SKIP_TAGS:
                if tag == "script" and "ld+json" in (attrib.get("type") or ""):
                    if element is None:  # streaming: its text comes next
                        self.script = len(self.jsonld)
                        self.jsonld.append("")
                    else:
                        self.jsonld.append(element.text or "")
                elif tag == "template":
                    self._segment(attrib.get("id"))
                stack.append(_SKIPPED)
                return None
            value = attrib.get("class") if len(attrib) == 1 else None
            if value is not None and tag not in _PAGE_TAGS and tag not in _SIGNAL_TAGS:
                # A class and nothing else (most elements with attributes): what
                # self._open gives, without the call when the class gives no context
                # word (then no id, role or signal adds to it, and no attribute hides
                # it: only the class may).
                read = (
                    (self.class_cache.get(value) or self._read_class(value)) if value else _UNREAD
                )
                if read[1] == _HIDES:
                    opened = None
                elif read[0]:
                    opened = self._open(tag, attrib, parent, element)
                else:
                    kids = parent.kids
                    opened = kids.get(tag) if kids is not None else None
                    if opened is None:
                        opened = self._frame(tag, (), parent, False)
            else:
                opened = self._open(tag, attrib, parent, element)
            if opened is None:  # hidden
                if parts:
                    # A hidden element stands between words ("Sport<span
                    # class=sr-only>: </span>Title" shows as two lines).
                    parts.append(" ")
                stack.append(_SKIPPED)
                return None
            if opened is _NEEDS_SUBTREE:
                return opened
            frame = opened
        elif tag in _SKIP_TAGS:
            stack.append(_SKIPPED)
            return None
        else:  # as self._frame(tag, (), parent, False), its kept frames looked up here
            kids = parent.kids
            kept = kids.get(tag) if kids is not None else None
            frame = kept if kept is not None else self._frame(tag, (), parent, False)
        stack.append(frame)
        if frame.block:
            if parts:
                if len(parts) == 1 and parts[0].isspace():
                    self._drop_blank()  # what self._flush(parent) does with it
                else:
                    self._flush(parent)
            if frame.item:
                self.item_pending = True
        elif tag == "br":
            parts.append(_BREAK)
        return frame

    def _leave(self) -> None:
        """Close the innermost open element (see :meth:`_enter`)."""
        frame = self.stack.pop()
        if frame.block and self.parts:
            self._flush(frame)

    def _segment(self, placeholder: str | None) -> None:
        """Walk the streamed segment that fills a React placeholder, where it stands.

        A page rendered by React streams late parts (often the story itself) as
        ``<div hidden id="S:1">`` at the end of the body, and a script moves each into
        its ``<template id="B:1">`` (or ``P:1``) placeholder: the segment is read
        there, as a browser shows it (issue #6); where it was sent it stays hidden.
        Streaming (no tree), such a placeholder raises :class:`_NeedTree`.
        """
        if not placeholder or placeholder[:2] not in _PLACEHOLDERS:
            return
        if self.segment_depth >= _SEGMENT_DEPTH:
            return
        if self.root is None:
            raise _NeedTree
        if self.segments is None:  # looked for at the first placeholder only
            found: Any = _SEGMENTS(self.root)
            self.segments = {element.get("id") or "": element for element in found}
        segment = self.segments.pop("S:" + placeholder[2:], None)
        if segment is None:
            return
        stack = self.stack
        parent = stack[-1]
        frame = self._frame("div", (), parent, False)
        stack.append(frame)
        self._flush(parent)
        if segment.text:
            self._text(segment.text, frame)
        self.segment_depth += 1
        for child in segment:
            self._walk(child)
        self.segment_depth -= 1
        stack.pop()
        self._flush(frame)

    def _read_class(self, value: str) -> tuple[tuple[str, ...], str]:
        """Return :func:`_read_class` of a ``class`` or ``id`` value, kept for the next pages."""
        read = _read_class(value)
        if len(value) <= _CLASS_CACHE_VALUE:
            cache = self.class_cache
            if len(cache) >= _CLASS_CACHE_SIZE:
                cache.clear()
            cache[value] = read
        return read

    def _open(
        self, tag: str, attrib: Mapping[str, str], parent: _Frame, element: Any
    ) -> _Frame | None:
        """Return the frame of an element with attributes, or None when it is never rendered.

        What hides an element: its attributes (:func:`_hidden`) or its class. The
        story's remainder that a paywall holds back (``<div class="paywall"
        hidden><p>...``) is sent with the page: its paragraphs are read (issue #6).
        A held-back copy of the text without paragraphs is a copy for machines.
        """
        words: tuple[str, ...] = ()
        held = False
        cache = self.class_cache
        if tag in _PAGE_TAGS:  # a page hidden till a script ran; its class says nothing
            if _hidden(attrib):
                return None
        else:
            value = attrib.get("class")
            read = (cache.get(value) or self._read_class(value)) if value else _UNREAD
            if read[1] == _HIDES:
                return None
            if _HIDING_ATTRIBUTES.isdisjoint(attrib):  # most elements: shown
                pass
            elif read[1] == _HELD_BACK and _hidden(attrib):
                if tag != "p":
                    if element is None:  # streaming: whether it holds a <p> is not known yet
                        return _NEEDS_SUBTREE
                    if element.find(".//p") is None:
                        return None
                # Its class ("paywall") says nothing of its text: no context word.
                held = True
            elif _hidden(attrib):
                return None
            if not held:
                words = read[0]
                value = attrib.get("id")
                if value:
                    words += (cache.get(value) or self._read_class(value))[0]
        role = attrib.get("role")
        if role:
            word = patterns.CONTEXT_ROLES.get(role.strip().lower())
            if word:
                words += (word,)
        if (
            tag in _SIGNAL_TAGS
            or "itemprop" in attrib
            or "rel" in attrib
            or (words and ("byline" in words or "author" in words))
        ):
            self._signals(tag, attrib, words, element)
        return self._frame(tag, words, parent, tag == "a" and "href" in attrib)

    def _frame(self, tag: str, words: tuple[str, ...], parent: _Frame, href: bool) -> _Frame:
        """Return the frame of an element inside ``parent`` that gives ``words``.

        The frame of an element that adds no context word depends on its parent, its
        tag and whether it opens a link alone: it is made once per parent and kept
        in the parent's :attr:`_Frame.kids` (frames never change once made).
        """
        if not words and tag not in patterns.CONTEXT_TAGS:
            key = tag if not href or parent.link else tag + _LINK_KEY
            kids = parent.kids
            if kids is None:
                kids = parent.kids = {}
            frame = kids.get(key)
            if frame is None:
                frame = kids[key] = self._new_frame(tag, words, parent, href)
            return frame
        return self._new_frame(tag, words, parent, href)

    def _new_frame(self, tag: str, words: tuple[str, ...], parent: _Frame, href: bool) -> _Frame:
        """Return a new frame of an element inside ``parent`` that gives ``words``."""
        if tag in _CONTEXT_TAGS:
            words += (tag,)
        context, owners = parent.context, parent.owners
        if words:
            # A word's owner is the innermost element that gave it (the word moves to
            # its place): when that one wraps the story, so do the ones around it.
            number = self.elements = self.elements + 1
            for word in words:  # (a context holds each word once)
                if context and context[-1] == word:  # most often: it stays innermost
                    owners = (*owners[:-1], number)
                elif word in context:
                    at = context.index(word)
                    context = context[:at] + context[at + 1 :] + (word,)
                    owners = owners[:at] + owners[at + 1 :] + (number,)
                else:
                    context += (word,)
                    owners += (number,)
        link = parent.link or href
        if tag not in _BLOCK_TAGS:
            if not words and link == parent.link:
                return parent.child()
            return _Frame(False, parent.kind, context, owners, False, link)
        if tag in _GENERIC_TAGS and parent.kind in _NAMING_TAGS:
            kind = parent.kind
        else:  # one string for each tag name, not one a block (memory)
            kind = sys.intern(tag)
        return _Frame(True, kind, context, owners, tag == "li", link)

    def _signals(
        self, tag: str, attrib: Mapping[str, str], words: tuple[str, ...], element: Any
    ) -> None:
        """Note what an element says about the page: meta tags, times, authors."""
        if tag == "meta":
            self._read_meta(attrib)
            return
        if tag == "link":
            rel, href = attrib.get("rel"), attrib.get("href")
            if rel and href:
                self.links.append((rel.lower(), href))
            return
        if tag == "time":
            stamp = attrib.get("datetime")
            if stamp:
                label = " ".join((attrib.get("itemprop") or "", attrib.get("class") or ""))
                self.times.append((stamp.strip(), label.lower()))
        prop = attrib.get("itemprop")
        rel = attrib.get("rel")
        author = (rel is not None and "author" in rel.lower().split()) or (
            prop is not None and prop.strip().lower() == "author"
        )
        if prop and not author:
            value = attrib.get("content") or attrib.get("datetime")
            if value:
                self.itemprops.append((prop.strip().lower(), value.strip()))
        if not (author or "byline" in words or "author" in words):
            return
        if self.signal_count >= _SIGNAL_ELEMENTS_MAX:
            return
        if element is None:  # streaming: gathered as the element streams in
            collector = _Collector(self, tag, attrib)
            self.collectors.append(collector)
            self.signal_texts.append((author, collector))
            return
        text = _visible_text(element, _SIGNAL_TEXT_MAX)
        if text:
            self.signal_texts.append((author, text))
            self.signal_count += 1

    def _read_meta(self, attrib: Mapping[str, str]) -> None:
        content = attrib.get("content")
        if content is None:
            return
        for key in _META_KEYS:
            name = attrib.get(key)
            if name:
                self.metas.append((name.strip().lower(), content.strip()))
                return

    def _read_head(self, head: Any) -> None:
        for element in head.iter("title", "meta", "link", "script"):
            tag = element.tag
            if tag == "title" and self.title is None:
                self.title = _fold("".join(element.itertext()))
            elif tag == "meta":
                self._read_meta(element.attrib)
            elif tag == "link":
                rel, href = element.get("rel"), element.get("href")
                if rel and href:
                    self.links.append((rel.lower(), href))
            elif tag == "script" and "ld+json" in (element.get("type") or ""):
                self.jsonld.append(element.text or "")

    # --- blocks -------------------------------------------------------------------------

    def _text(self, text: str, frame: _Frame) -> None:
        self.parts.append(text)
        if frame.link:
            self.link_parts.append(text)
        if frame.size > self.top.size:
            self.top = frame

    def _drop_blank(self) -> None:
        """Do what :meth:`_flush` does with whitespace alone: drop it and its context."""
        self.parts.clear()
        self.top = _NO_TEXT
        if self.link_parts:
            self.link_parts.clear()

    def _flush(self, frame: _Frame) -> None:
        parts = self.parts  # the walk holds this list
        if parts:
            text = "".join(parts)
            parts.clear()
            if not text.isspace():
                # Kept whitespace-folded (what page() shows of it, and less memory);
                # a short text repeated is folded once, its folded text shared.
                if len(text) <= _SHORT_TEXT:
                    shared = self.short_texts
                    folded = shared.get(text)
                    if folded is None:
                        folded = " ".join(text.split())
                        if len(shared) < _SHORT_TEXTS:
                            shared[text] = folded
                else:
                    folded = _fold(text)
                del text
                top = self.top
                if top.size > frame.size:
                    context, owners = top.context, top.owners
                else:
                    context, owners = frame.context, frame.owners
                link_parts = self.link_parts
                if link_parts:  # a teaser: words enough, nearly all inside links
                    spaces = folded.count(" ")  # the words less one
                    if spaces >= _TEASER_WORDS - 1 and _link_chars(link_parts) >= _LINK_SHARE * (
                        len(folded) - spaces
                    ):
                        context, owners = (*context, "link"), (*owners, _NO_OWNER)
                    link_parts.clear()
                key = self.key
                item = self.item_pending
                if not (
                    key[1] is context
                    and key[2] is owners
                    and key[0] is frame.kind
                    and key[3] is item
                ):
                    key = self.key = (frame.kind, context, owners, item)
                self.keys.append(key)
                self.texts.append(folded)
                self.item_pending = False
        self.top = _NO_TEXT
        if self.link_parts:
            self.link_parts.clear()

    def _wrappers(self) -> set[int]:
        """Return the elements that wrap the story: most of the page's prose is theirs."""
        weight: dict[int, int] = {}
        count: dict[int, int] = {}
        total = 0
        # The prose of the blocks under each owners tuple (blocks share a few), then by owner.
        prose: dict[tuple[int, ...], list[int]] = {}
        for (_kind, _context, owners, _item), text in zip(self.keys, self.texts, strict=True):
            size = len(text)  # folded (see _flush)
            if size < _PROSE_CHARS:
                continue
            total += size
            held = prose.get(owners)
            if held is None:
                prose[owners] = [size, 1]
            else:
                held[0] += size
                held[1] += 1
        for owners, (size, blocks) in prose.items():
            for owner in set(owners):  # an element may give several words
                if owner != _NO_OWNER:
                    weight[owner] = weight.get(owner, 0) + size
                    count[owner] = count.get(owner, 0) + blocks
        return {
            owner
            for owner, held in weight.items()
            if held > _WRAPPER_SHARE * total and count[owner] >= _WRAPPER_BLOCKS
        }

    def page(self) -> Page:
        """Return the page read by :meth:`walk`."""
        out: list[str] = []
        blocks: list[Block] = []
        offset = 0
        line = 1
        wrappers = self._wrappers()
        joined: dict[tuple[str, ...], str] = {}
        cleaned: dict[str, list[str]] = {}  # the lines of the short texts read (self.short_texts)
        keys, texts = self.keys, self.texts
        # Taken from the end, so each goes as its blocks are made (memory).
        keys.reverse()
        texts.reverse()
        last: _Key = _NO_KEY
        kind, item, words = "", False, ""
        h1 = False  # the blocks' kind is "h1": their texts are the page's headings
        headings: list[str] = []
        while texts:
            key = keys.pop()
            text = texts.pop()
            if key is not last:  # a run of blocks alike shares its key
                last = key
                kind, context, owners, item = key
                h1 = kind == "h1"
                if wrappers and not wrappers.isdisjoint(owners):
                    context = tuple(
                        word
                        for word, owner in zip(context, owners, strict=True)
                        if owner not in wrappers or word in _CONTENT_WORDS
                    )
                got = joined.get(context)
                if got is None:  # made once per context: a page has few (memory)
                    got = joined[context] = " ".join(context)
                words = got
            if text.isascii() and text.isprintable():  # most blocks: one line (folded in _flush)
                if not text or (item and text == "*"):
                    continue
                piece = text
            else:
                lines = cleaned.get(text) if len(text) <= _SHORT_TEXT else None
                if lines is None:
                    if _BREAK in text:
                        lines = [_clean_line(piece) for piece in text.split(_BREAK)]
                        lines = [piece for piece in lines if piece]
                    else:  # _clean_line(text), inlined (folded in _flush)
                        piece = normalize(text)
                        if piece != text:  # most texts are normal: folded already
                            piece = _fold(piece)
                        lines = [piece] if piece else []
                    if len(text) <= _SHORT_TEXT and len(cleaned) < _SHORT_TEXTS:
                        cleaned[text] = lines
                if not lines or (item and lines == ["*"]):
                    continue
                if len(lines) > 1:
                    for n, piece in enumerate(lines):
                        if n:
                            out.append("\n")
                            offset += 1
                            line += 1
                        elif out:
                            out.append("\n\n")
                            offset += 2
                            line += 2
                        marker = "*" if item and n == 0 else ""
                        shown = f"* {piece}" if marker else piece
                        out.append(shown)
                        end = offset + len(shown)
                        blocks.append(Block(piece, offset, end, line, kind, marker, words))
                        if h1:
                            headings.append(piece)
                        offset = end
                    continue
                piece = lines[0]
            if out:
                out.append("\n\n")
                offset += 2
                line += 2
            if item:
                shown = "* " + piece
                out.append(shown)
                end = offset + len(shown)
                blocks.append(Block(piece, offset, end, line, kind, "*", words))
            else:
                out.append(piece)
                end = offset + len(piece)
                blocks.append(Block(piece, offset, end, line, kind, "", words))
            if h1:
                headings.append(piece)
            offset = end
        if out:
            out.append("\n")
        source = "".join(out)
        authors: list[str] = []
        bylines: list[str] = []
        for author, gathered in self.signal_texts:  # the first non-empty ones, as many as read
            text = gathered if isinstance(gathered, str) else gathered.text
            if text and len(authors) + len(bylines) < _SIGNAL_ELEMENTS_MAX:
                (authors if author else bylines).append(text)
        signals = Signals(
            title=self.title,
            language=self.lang,
            metas=tuple(self.metas),
            links=tuple(self.links),
            jsonld=tuple(self.jsonld),
            times=tuple(self.times),
            authors=tuple(authors),
            bylines=tuple(bylines),
            itemprops=tuple(self.itemprops),
            headings=tuple(headings),
        )
        return Page(source, tuple(blocks), signals)


class _Collector:
    """Gather the visible text of one element as the page streams in (:func:`_visible_text`).

    Fed every element event inside the element (hidden ones too, to count depth);
    its :attr:`text` is set when the element ends.
    """

    __slots__ = ("depth", "over", "pieces", "size", "skip", "text", "walker")

    def __init__(self, walker: _Walker, tag: str, attrib: Mapping[str, str]) -> None:
        self.walker = walker
        self.depth = -1  # open elements inside the element (its own start is next)
        self.skip = 0  # open elements of a subtree not shown
        self.size = 0
        self.over = False  # longer than a byline: no text
        self.pieces: list[str] = []
        self.text = ""
        self.start(tag, attrib)

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        self.depth += 1
        if self.skip:
            self.skip += 1
            return
        if tag in _SKIP_TAGS or _hidden(attrib) or _hidden_class(attrib.get("class") or ""):
            self.skip = 1
        if tag == "br" and not self.over:
            self.pieces.append(" \n ")

    def data(self, text: str) -> None:
        if self.skip or self.over:
            return
        self.pieces.append(text)
        self.size += len(text)
        if self.size > _SIGNAL_TEXT_MAX * 4:
            self.over = True
            self.pieces = []

    def end(self) -> bool:
        """Count an element's end; True when it is the gathered element's own."""
        if self.depth:
            self.depth -= 1
            if self.skip:
                self.skip -= 1
            return False
        pieces = self.pieces
        if pieces and not self.over:
            text = _fold("".join(pieces).replace(" \n ", "\n"))
            if len(text) <= _SIGNAL_TEXT_MAX:
                self.text = text
                self.walker.signal_count += 1
        self.pieces = []
        return True


class _Stream(_Walker):
    """The lxml parser target: a :class:`_Walker` fed as libxml2 parses (no tree).

    The element events are the ones a walk of the parsed tree gives. Besides the
    walk, it reads the ``<head>`` (as :meth:`_Walker._read_head`), the text of
    ld+json scripts and of byline elements (:class:`_Collector`); an element that a
    paywall holds back is built as a tree of its own and walked (it is read only
    when it holds a paragraph). The common event (inside the ``<body>``, nothing
    being gathered) takes the short way; :attr:`special` says when it cannot.
    """

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0  # open elements
        self.depth_seen = False  # the root element started
        self.ended = False  # the root element ended: a tree holds nothing after it
        self.skip = 0  # open elements of a subtree not rendered
        self.head = 0  # the depth of the <head> being read, 0 when none
        self.capture: list[str] | None = None  # the text of a <title> or script, being read
        self.capture_depth = 0
        self.capture_title = False
        self.builder: Any = None  # the tree of a held-back element, being built
        self.built = 0  # its open elements
        #: Any of the above but depth and skip is at work, or a byline is being gathered.
        self.special = True

    def _update(self) -> None:
        self.special = (
            self.ended
            or not self.depth_seen
            or self.head != 0
            or self.capture is not None
            or self.builder is not None
            or bool(self.collectors)
        )

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        depth = self.depth = self.depth + 1
        if self.special or depth == 2 or depth > _STREAM_DEPTH:
            if depth > _STREAM_DEPTH:
                raise _NeedTree  # the tree flattens what libxml2 cannot hold (issue #8)
            if self._start(tag, attrib):
                return
        if self.skip:
            self.skip += 1
            return
        stack = self.stack
        parent = stack[-1]
        # Most elements open here, as self._enter and self._open open them
        # (inlined); the others (skipped, hidden, held back, <html>, <body>, the
        # signal tags) take the general way, self._enter.
        if attrib:
            if tag in _STREAM_SLOW_TAGS:
                return self._enter_walk(tag, attrib)
            value = attrib.get("class")
            if value:
                read = _CLASS_CACHE.get(value) or self._read_class(value)
                if read[1] == _HIDES:
                    return self._enter_walk(tag, attrib)
                words = read[0]
            else:
                words = ()
            href = signal = False
            if len(attrib) > 1 or value is None:  # more than a class
                href = tag == "a" and "href" in attrib
                if not _NOTED_ATTRIBUTES.isdisjoint(attrib):  # most elements have none
                    if not _HIDING_ATTRIBUTES.isdisjoint(attrib) and _hidden(attrib):
                        return self._enter_walk(tag, attrib)
                    value = attrib.get("id")
                    if value:
                        words += (_CLASS_CACHE.get(value) or self._read_class(value))[0]
                    value = attrib.get("role")
                    if value:
                        word = _CONTEXT_ROLES.get(value.strip().lower())
                        if word:
                            words += (word,)
                    signal = "itemprop" in attrib or "rel" in attrib
            if words:
                if signal or "byline" in words or "author" in words:
                    self._signals(tag, attrib, words, None)
                    if self.collectors:  # a byline's text is gathered from here on
                        self.special = True
                frame = self._new_frame(tag, words, parent, href)
            else:
                if signal:
                    self._signals(tag, attrib, words, None)
                    if self.collectors:
                        self.special = True
                if tag in _CONTEXT_TAGS:
                    frame = self._new_frame(tag, words, parent, href)
                else:  # as self._frame(tag, (), parent, href)
                    key = tag + _LINK_KEY if href and not parent.link else tag
                    kids = parent.kids
                    if kids is None:
                        kids = parent.kids = {}
                    kept = kids.get(key)
                    if kept is None:
                        kept = kids[key] = self._new_frame(tag, words, parent, href)
                    frame = kept
        elif tag in _SKIP_TAGS:
            return self._enter_walk(tag, attrib)
        else:
            kids = parent.kids
            kept = kids.get(tag) if kids is not None else None
            frame = kept if kept is not None else self._frame(tag, (), parent, False)
        stack.append(frame)
        if frame.block:
            parts = self.parts
            if parts:
                if len(parts) == 1 and parts[0].isspace():
                    parts.clear()  # what self._flush(parent) does with it
                    self.top = _NO_TEXT
                    if self.link_parts:
                        self.link_parts.clear()
                else:
                    self._flush(parent)
            if frame.item:
                self.item_pending = True
        elif tag == "br":
            self.parts.append(_BREAK)

    def _enter_walk(self, tag: str, attrib: Mapping[str, str]) -> None:
        """Open an element the general way, :meth:`_Walker._enter`."""
        opened = self._enter(tag, attrib or None, None)
        if self.collectors:  # a byline's text is gathered from here on
            self.special = True
        if opened is None:
            self.skip = 1
            if self.script is not None:  # an ld+json script: read its text
                self.capture, self.capture_depth, self.capture_title = [], self.depth, False
                self.special = True
        elif opened is _NEEDS_SUBTREE:
            self.builder = etree.TreeBuilder()
            self.built = 1
            self.special = True
            self._build_start(tag, attrib)

    def _start(self, tag: str, attrib: Mapping[str, str]) -> bool:
        """Handle an element's start beyond the walk; True when the walk is not to see it."""
        if self.ended:
            return True
        for collector in self.collectors:
            collector.start(tag, attrib)
        if self.builder is not None:
            self.built += 1
            self._build_start(tag, attrib)
            return True
        if self.depth == 1:
            self.depth_seen = True
            self.lang = attrib.get("lang") or attrib.get("xml:lang")
            self._update()
        elif self.depth == 2 and tag == "head":
            self.head = 2
            self._update()
        elif self.head:
            self._head(tag, attrib)
        return False

    def _build_start(self, tag: str, attrib: Mapping[str, str]) -> None:
        try:
            self.builder.start(tag, dict(attrib))
        except (ValueError, TypeError):  # a name lxml cannot hold: read the page's tree
            raise _NeedTree from None

    def _head(self, tag: str, attrib: Mapping[str, str]) -> None:
        """Read an element inside the <head>, as :meth:`_Walker._read_head`."""
        if tag == "title":
            if self.title is None and self.capture is None:
                self.capture, self.capture_depth, self.capture_title = [], self.depth, True
        elif tag == "meta":
            self._read_meta(attrib)
        elif tag == "link":
            rel, href = attrib.get("rel"), attrib.get("href")
            if rel and href:
                self.links.append((rel.lower(), href))
        elif tag == "script" and "ld+json" in (attrib.get("type") or "") and self.capture is None:
            self.capture, self.capture_depth, self.capture_title = [], self.depth, False
            self.script = len(self.jsonld)
            self.jsonld.append("")

    def data(self, text: str) -> None:
        if self.special and self._data(text):
            return
        if not self.skip:  # as _Walker._text, inlined
            self.parts.append(text)
            frame = self.stack[-1]
            if frame.link:
                self.link_parts.append(text)
            if frame.size > self.top.size:
                self.top = frame

    def _data(self, text: str) -> bool:
        """Handle text beyond the walk; True when the walk is not to see it."""
        if self.ended or not self.depth:
            return True
        for collector in self.collectors:
            collector.data(text)
        if self.builder is not None:
            self.builder.data(text)
            return True
        if self.capture is not None:
            self.capture.append(text)
        return False

    def end(self, tag: str) -> None:
        if (self.special or self.depth == 1) and self._end(tag):
            return
        self.depth -= 1
        skip = self.skip
        if skip:
            self.skip = skip - 1
            if skip > 1:
                return
        frame = self.stack.pop()  # as _Walker._leave, inlined
        if frame.block:
            parts = self.parts
            if not parts:
                return
            if len(parts) == 1 and parts[0].isspace():
                parts.clear()  # what self._flush(frame) does with it
                self.top = _NO_TEXT
                if self.link_parts:
                    self.link_parts.clear()
            else:
                self._flush(frame)

    def _end(self, tag: str) -> bool:
        """Handle an element's end beyond the walk; True when the walk is not to see it."""
        if self.ended:
            return True
        collectors = self.collectors
        changed = False  # whether self.special is to be worked out again
        if collectors:
            ended = [c for c in collectors if c.end()]
            if ended:
                collectors[:] = [c for c in collectors if c not in ended]
                changed = True
        if self.capture is not None and self.depth == self.capture_depth:
            text = "".join(self.capture)
            self.capture = None
            changed = True
            if self.capture_title:
                self.title = _fold(text)
            elif self.script is not None:
                self.jsonld[self.script] = text
                self.script = None
        if self.depth == self.head:
            self.head = 0
            changed = True
        if self.depth == 1:
            self.ended = True
            changed = True
        if self.builder is not None:
            self.depth -= 1
            try:
                self.builder.end(tag)
            except (ValueError, TypeError):  # text lxml cannot hold: read the page's tree
                raise _NeedTree from None
            self.built -= 1
            if not self.built:
                subtree = self.builder.close()
                self.builder = None
                self._walk(subtree)
            self._update()
            return True
        if changed:
            self._update()
        return False

    def close(self) -> None:
        """End of the page (:meth:`~_Walker.finish` ends the walk)."""


def _link_chars(link_parts: list[str]) -> int:
    """Return how many characters (spaces aside) the texts inside links of a block hold."""
    # Whitespace is told a character at a time: the parts' count is their join's.
    return solid_chars("".join(link_parts))


def _clean_line(text: str) -> str:
    """Return one line of a block folded and normalised (the text path's normalisation)."""
    line = _fold(text)
    if line and not (line.isascii() and line.isprintable()):
        line = _fold(normalize(line))
    return line


def _visible_text(element: Any, limit: int) -> str:
    """Return an element's visible text, folded, or "" when longer than ``limit``."""
    pieces: list[str] = []
    size = 0
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if (
                not isinstance(node.tag, str)
                or node.tag in _SKIP_TAGS
                or _hidden(node.attrib)
                or _hidden_class(node.get("class") or "")
            ):
                walker.skip_subtree()
            elif node.text:
                pieces.append(node.text)
                size += len(node.text)
        elif node is not element and node.tail:
            pieces.append(node.tail)
            size += len(node.tail)
        if size > limit * 4:
            return ""
        if event == "start" and node.tag == "br":
            pieces.append(" \n ")
    text = _fold("".join(pieces).replace(" \n ", "\n")) if pieces else ""
    return text if len(text) <= limit else ""


# --- BeautifulSoup -------------------------------------------------------------------------

_SOUP_SKIP = ("Comment", "Doctype", "Declaration", "CData", "ProcessingInstruction")


def _lxml_from_soup(soup: Any) -> Any:
    """Return an lxml tree with the same elements, attributes and text as a bs4 tree."""
    from bs4.element import NavigableString, Tag  # needed only for BeautifulSoup input

    maker: Callable[..., Any] = etree.Element
    top = etree.Element("html")
    is_document = type(soup).__name__ == "BeautifulSoup"
    # (bs4 node, lxml parent) pairs still to copy, in reverse document order.
    todo: list[tuple[Any, Any]] = [(child, top) for child in reversed(list(soup.contents))]
    if not is_document:
        todo = [(soup, top)]
    while todo:
        node, parent = todo.pop()
        if isinstance(node, Tag):
            element = _soup_element(maker, node)
            parent.append(element)
            todo.extend((child, element) for child in reversed(node.contents))
        elif isinstance(node, NavigableString):
            if type(node).__name__ in _SOUP_SKIP:
                continue
            text = str(node)
            # Children are copied in order, so the last one copied is the text's sibling.
            previous = parent[-1] if len(parent) else None
            if previous is None:
                parent.text = (parent.text or "") + text
            else:
                previous.tail = (previous.tail or "") + text
    # A document's own <html> element is the root; its attributes (lang) count.
    children = list(top)
    if is_document and len(children) == 1 and children[0].tag == "html":
        return children[0]
    if not is_document or not any(c.tag == "body" for c in children):
        body = etree.SubElement(etree.Element("html"), "body")
        body.text = top.text
        for child in children:
            body.append(child)
        return body.getparent()
    return top


def _soup_element(maker: Callable[..., Any], node: Any) -> Any:
    name = str(node.name).lower()
    try:
        element = maker(name)
    except ValueError:  # a name lxml cannot hold ("o:p", "my tag"): read it as inline
        element = maker("span")
    for key, value in node.attrs.items():
        text = " ".join(value) if isinstance(value, list) else str(value)
        try:
            element.set(str(key).lower(), text)
        except (ValueError, TypeError):  # an attribute name lxml cannot hold
            continue
    return element
