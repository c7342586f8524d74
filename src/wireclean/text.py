"""The plain-text input adapter: split normalised text into blocks.

A blank line ends a block. Inside a run of non-blank lines, a line continues the
previous block only when the text looks hard-wrapped (a text browser's 80-column
output): the document's wrap width is estimated from its line lengths, and a line
joins the one before it when its first word would not have fitted on that line.
Lengths are in columns, a wide (CJK) character taking two, or in characters where
only those show a wrap (lynx gives a wide character one column); a short indent
before wide text counts twice, for the ideographic spaces normalisation made plain.
Each list item (``*``, ``•``, ``-``, ``–``, ``1.``, ``1)``) starts a block of its own;
its indented continuation lines join it. Text that is not hard-wrapped keeps one
block per line.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from wireclean import patterns
from wireclean.model import Block

__all__ = ["blocks_from_text", "display_width", "fold", "wrap_width"]

#: Lines shorter than this say nothing about the wrap width.
_LONG_LINE = 40
#: Widest wrap width considered; wider "wrapping" is just long lines.
_MAX_WIDTH = 120
#: Width of the band of line widths just under the wrap width.
_BAND = 12
#: Share of long lines that must sit in that band for the text to count as wrapped.
_NEAR_SHARE = 0.25
#: A dump with fewer long lines than this is short: its band of widths is thin.
_SHORT_DUMP = 20
#: The width text browsers (lynx, w3m, links) wrap at unless told otherwise.
_TERMINAL = 80


def wrap_width(lengths: list[int]) -> int | None:
    """Return the hard-wrap width of lines with these display widths, or None when unwrapped.

    Wrapped text piles its lines up just under the width: the width is the top of the
    densest band of line widths, when that band holds a good share of the long lines.
    Lines wider than the width (an unbreakable URL, paragraphs an archive ran together)
    do not matter.

    >>> wrap_width([79, 75, 78, 12, 77, 79, 40, 76])
    79
    >>> wrap_width([300, 12, 250, 480])
    """
    # A band holds only lines of _LONG_LINE.._MAX_WIDTH columns: it needs three of them.
    if sum(1 for n in lengths if _LONG_LINE <= n <= _MAX_WIDTH) < 3:
        return None
    # counts[n]: long lines of width n, up to _MAX_WIDTH (wider ones count in total only).
    counts = [0] * (_MAX_WIDTH + 1)
    total = 0
    for n in lengths:
        if n >= _LONG_LINE:
            total += 1
            if n <= _MAX_WIDTH:
                counts[n] += 1
    if total < 3:
        return None
    best_top, best_count = 0, 0
    # A band's count rises only where its top reaches a line's width, so the first
    # densest band (sliding its top over _LONG_LINE.._MAX_WIDTH) tops at such a width.
    # In a short dump, a few paragraph ends may make a band as dense as the wrapped
    # lines above them: there, a band with as many long lines above it as in it is no
    # wrap width.
    short = total < _SHORT_DUMP
    below = list(itertools.accumulate(counts, initial=0))  # below[n]: lines narrower than n
    for top in sorted({n for n in lengths if _LONG_LINE <= n <= _MAX_WIDTH}):
        count = below[top + 1] - below[top + 1 - _BAND]
        if count > best_count and not (short and total - below[top + 1] >= count):
            best_top, best_count = top, count
    if best_count < 3 or best_count < total * _NEAR_SHARE:
        return None
    # The band's top is its widest line (a band found at 80 may reach only 79).
    return max(n for n in range(best_top - _BAND + 1, best_top + 1) if counts[n])


def _terminal_wrap(lines: list[str], widths: list[int]) -> int | None:
    """Return the terminal width when a dump too short for :func:`wrap_width` shows its wrap.

    A few long lines make no band of widths; but a line no wider than a terminal that
    stops mid-sentence, followed by a line (no list item) whose first word would not
    have fitted after it, is a break the text browser made (fixture
    ``generated-wrapped-paragraph-split``). A line wider than the terminal rules it out.
    """
    if not widths or max(widths) > _TERMINAL:
        return None
    for k in range(len(lines) - 1):
        line, following = lines[k], lines[k + 1].lstrip()
        if widths[k] < _LONG_LINE or not following or line[-1] in patterns.SENTENCE_END:
            continue
        if following[0] in patterns.LIST_MARKER_START and patterns.LIST_ITEM.match(lines[k + 1]):
            continue
        if widths[k] + 1 + _first_word(following) > _TERMINAL:
            return _TERMINAL
    return None


def blocks_from_text(source: str) -> tuple[Block, ...]:
    """Split normalised text into paragraph and list-item blocks, in order."""
    lines = source.split("\n")
    stripped = [line.rstrip() for line in lines]
    widths = [len(line) if line.isascii() else display_width(line) for line in stripped]
    width = wrap_width(widths)
    if width is None:
        width = _terminal_wrap(stripped, widths)
    # Wide characters two columns each (w3m), or one (lynx's Chinese and Japanese).
    narrow = False
    if width is None and not source.isascii():
        width = _narrow_wrap(stripped, widths)
        if width is not None:
            narrow = True
            widths = [len(line) for line in stripped]
    # Most text has no character that folding turns into a space or deletes: no
    # control but the line breaks it is split at. A line of it folds by collapsing
    # its runs of spaces, with no look at each line for those characters.
    fold_line = _collapse_spaces if _printable_lines(source) else fold
    blocks: list[Block] = []
    # The block being built: its first line number, start offset, end offset, kind,
    # marker, the text column of a list item, and the last line's length.
    first = start = end = 0
    kind = marker = ""
    column = 0
    flush = False  # the list item's marker stands at the margin
    last_len = 0
    parts: list[str] = []
    offset = 0
    for number, (raw, line) in enumerate(zip(lines, stripped, strict=True), start=1):
        line_start = offset
        offset += len(raw) + 1
        content = line.lstrip()
        if not content:
            if parts:
                blocks.append(_block(parts, start, end, first, kind, marker, fold_line))
                parts = []
            continue
        indent = len(line) - len(content)
        item = patterns.LIST_ITEM.match(line) if _may_start_item(content) else None
        wrapped = bool(parts) and width is not None and last_len + 1 + _first_word(content) > width
        if item is not None and marker_starts_item(item.group("marker"), wrapped, kind):
            if parts:
                blocks.append(_block(parts, start, end, first, kind, marker, fold_line))
            first, start, kind = number, line_start + indent, "li"
            marker = item.group("marker")
            column = item.end()
            flush = not indent
            parts = [line[item.end() :]]
        elif wrapped and (kind != "li" or indent >= column - 1 or (flush and not indent)):
            # A paragraph numbered at the margin ("2. Evergrande owed ...") wraps to
            # the margin: a rendered list indents its items' continuations.
            parts.append(content)
        else:
            if parts:
                blocks.append(_block(parts, start, end, first, kind, marker, fold_line))
            first, start, kind, marker = number, line_start + indent, "p", ""
            parts = [content]
        end = line_start + len(line)
        last_len = widths[number - 1]
        if indent and width is not None and not narrow and not line.isascii():
            # A full-width indent fits on the line only if the line was that wide.
            wide = last_len + _wide_indent(line)
            if wide <= width:
                last_len = wide
    if parts:
        blocks.append(_block(parts, start, end, first, kind, marker, fold_line))
    return tuple(blocks)


def _may_start_item(content: str) -> bool:
    """Tell cheaply whether a line whose text (indent left out) is ``content`` may match
    ``patterns.LIST_ITEM``: it starts with a marker's first character, and a bullet or
    dash (one character) has a space or tab after it ("-- headline" has none)."""
    first = content[0]
    if first not in patterns.LIST_MARKER_START:
        return False
    return first in _DIGITS or content[1:2] in (" ", "\t")


_DIGITS = frozenset("0123456789")


def _block(
    parts: list[str],
    start: int,
    end: int,
    line: int,
    kind: str,
    marker: str,
    fold_line: Callable[[str], str],
) -> Block:
    if len(parts) == 1:
        return Block(fold_line(parts[0]), start, end, line, kind, marker)
    # Joined by spaces, the lines fold with the fast path for text whose only
    # whitespace is spaces; a line break only means more than a space between two
    # characters of the scripts written without spaces (see :func:`fold`).
    joined = " ".join(parts)
    if not joined.isascii() and patterns.UNSPACED_CHAR.search(joined) is not None:
        joined = "\n".join(parts)
    return Block(fold(joined), start, end, line, kind, marker)


def fold(text: str) -> str:
    """Return ``text`` with whitespace folded to single spaces, as every block's text is.

    A line break between two Chinese or Japanese characters folds to nothing: those
    scripts put no space between words, so a hard wrap there is no word break.

    >>> fold("the  army\\n sold"), fold("地震が\\nあった")
    ('the army sold', '地震があった')
    """
    if text.isascii():
        if not _ascii_printable(text):
            text = text.translate(_ASCII_SPACES)
            if not _ascii_printable(text):  # control characters: no shortcut
                return " ".join(text.split())
        return _collapse_spaces(text)
    if text.isprintable():  # no whitespace but U+0020 (the others are not printable)
        return _collapse_spaces(text)
    if "\n" in text and patterns.UNSPACED_CHAR.search(text) is not None:
        text = patterns.UNSPACED_BREAK.sub("", text)
    return " ".join(text.split())


#: ASCII whitespace (what ``str.split`` splits at) -> U+0020.
_ASCII_SPACES = str.maketrans({c: " " for c in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"})


#: ASCII control characters: what ``str.isprintable`` rejects in ASCII text.
_ASCII_CONTROLS = bytes([*range(0x20), 0x7F])
#: Length from which :func:`_ascii_printable` deletes controls from the bytes.
_LONG_TEXT = 100


def _ascii_printable(text: str) -> bool:
    """Return ``text.isprintable()`` for ASCII ``text``.

    ``str.isprintable`` looks every character up in the Unicode database; deleting
    the controls from the bytes takes half the time on a paragraph (not on a line).
    """
    if len(text) < _LONG_TEXT:
        return text.isprintable()
    data = text.encode("ascii")
    return len(data.translate(None, _ASCII_CONTROLS)) == len(data)


def _printable_lines(source: str) -> bool:
    """Tell whether every line of ``source`` (split at LF) is printable, so that
    :func:`fold` gives a line of it as :func:`_collapse_spaces` does (both branches
    of :func:`fold` do, for a printable text).

    ASCII text is told from its bytes at C speed, as :func:`_ascii_printable` does;
    other text is left to :func:`fold` line by line (False).
    """
    if not source.isascii():
        return False
    data = source.encode("ascii")
    return len(data.translate(None, _ASCII_CONTROLS_BUT_LF)) == len(data)


#: ASCII control characters but LF.
_ASCII_CONTROLS_BUT_LF = bytes([*range(0x0A), *range(0x0B, 0x20), 0x7F])


def _collapse_spaces(text: str) -> str:
    """Return ``" ".join(text.split())`` for text whose only whitespace is U+0020.

    Splitting a long paragraph into words and joining them costs ten times as much
    as splitting it at its double spaces, in one pass. Split from the left, a run of
    spaces leaves an empty piece for each further pair and its odd space at the
    start of the next piece: the pieces, those dropped and that space taken off,
    are the text's words with single spaces between them.
    """
    text = text.strip(" ")
    pieces = text.split("  ")
    if len(pieces) == 1:
        return text
    return " ".join([piece.lstrip(" ") for piece in pieces if piece])


def display_width(text: str) -> int:
    """Return the columns a text browser gives ``text``: wide (CJK) characters take two.

    >>> display_width("abc"), display_width("宮崎県")
    (3, 6)
    """
    if text.isascii():
        return len(text)
    return len(text) + len(patterns.WIDE_CHAR.findall(text))


def _narrow_wrap(lines: list[str], widths: list[int]) -> int | None:
    """Return the wrap width of a dump whose text browser gave each wide character one
    column (issue #4: lynx wraps Chinese and Japanese paragraphs so), read from the
    lines' lengths in characters as :func:`wrap_width` reads columns. Asked where the
    columns show no wrap width, of a dump with :data:`_NARROW_LINES` lines or more
    that hold a wide character."""
    if sum(1 for line, n in zip(lines, widths, strict=True) if n > len(line)) < _NARROW_LINES:
        return None
    return wrap_width([len(line) for line in lines])


#: Fewest lines holding a wide character for a dump to be read for :func:`_narrow_wrap`.
_NARROW_LINES = 3


def _wide_indent(line: str) -> int:
    """Return the columns ``line``'s indent lost in normalisation, when it was full-width.

    Chinese and Japanese paragraphs open with one or two ideographic spaces (two
    columns each), which normalisation turns into plain spaces: a line whose text
    starts with a wide character (after a quote mark at most) behind an indent of one
    or two spaces was that much wider in the text browser's output.
    """
    indent = len(line) - len(line.lstrip(" "))
    if not 0 < indent <= _WIDE_INDENT:
        return 0
    if patterns.WIDE_CHAR.match(line, indent, indent + 1) is None and (
        patterns.WIDE_CHAR.match(line, indent + 1, indent + 2) is None
    ):
        return 0
    return indent


#: Most ideographic spaces of a paragraph's indent.
_WIDE_INDENT = 2


def _first_word(content: str) -> int:
    """Return the width of what must fit on a line before a break: a word, or one wide char."""
    word = content.split(None, 1)[0]
    if word.isascii():
        return len(word)
    if patterns.WIDE_CHAR.match(word) is not None:
        return 2  # CJK text breaks between any two characters
    return display_width(word)


def marker_starts_item(marker: str, wrapped: bool, kind: str) -> bool:
    """Tell whether a line-initial ``marker`` starts a list item.

    A numbered marker on a line that continues a hard-wrapped paragraph ("... rose
    in\\n2010. The ...") is story text, not a list.
    """
    return not (wrapped and kind == "p" and marker[:1].isdigit())
