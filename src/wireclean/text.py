"""The plain-text input adapter: split normalised text into blocks.

A blank line ends a block. Inside a run of non-blank lines, a line continues the
previous block only when the text looks hard-wrapped (a text browser's 80-column
output): the document's wrap width is estimated from its line lengths, and a line
joins the one before it when its first word would not have fitted on that line.
Lengths are in columns, a wide (CJK) character taking two, or in characters where
only those show a wrap (lynx gives a wide character one column); a short indent
before wide text counts twice, for the ideographic spaces normalisation made plain.
Each list item (``*``, ``•``, ``-``, ``–``, ``1.``, ``1)``) starts a block of its own;
its indented continuation lines join it; in a text with two dash items or more that
no other dash item stands beside, those are quotations its dash opens ("- Angsten vil
øke"), paragraphs with their dash. Text that is not hard-wrapped keeps one block per
line.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from wireclean import patterns
from wireclean.model import Block

__all__ = ["blocks_from_text", "display_width", "fold", "solid_chars", "wrap_width"]

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


def _breaks_at(lines: list[str], widths: list[int], width: int) -> bool:
    """Tell whether the dump's lines break where a wrap at ``width`` would (issue #4):
    of the lines in the band just under the width, a share of :data:`_BREAK_SHARE` at
    least go on in a line whose first word would not have fitted. Unwrapped text (a
    line per text node, as BeautifulSoup's text has it) may pile lines into a band by
    chance: its lines there are followed by a blank line or by a short word. Asked of a
    dump with a line wider than :data:`_NEVER_WRAPPED` only."""
    band = breaks = 0
    for k in range(len(lines) - 1):
        if width - _BAND < widths[k] <= width:
            band += 1
            following = lines[k + 1].lstrip()
            if following and widths[k] + 1 + _first_word(following) > width:
                breaks += 1
    return breaks >= band * _BREAK_SHARE


#: (issue #4) Widest line a text browser wraps a dump into: 80 columns of wide
#: characters that it counted one column each (lynx's Chinese and Japanese). A dump
#: with a wider line may be unwrapped text, its band of widths chance.
_NEVER_WRAPPED = 2 * _TERMINAL
#: (issue #4) Least share of a wrap width's band lines that a wrap broke (text browsers'
#: dumps: 0.6 and up, but for a few pages; BeautifulSoup's: mostly under 0.2).
_BREAK_SHARE = 0.25


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
    # (issue #4) A dump with a line wider than a text browser's may be unwrapped text.
    widest = max(widths)
    # A dump of text nodes with a line wider than a text browser's is not wrapped,
    # whatever band its widths make (issue #4), but in a script written without
    # spaces, whose lines seldom meet at a text node's own space.
    nodes = _text_nodes(lines) if widest > _NEVER_WRAPPED else None
    unwrapped = bool(nodes) and not _mostly_wide(stripped, widths)
    if unwrapped or (
        width is not None and widest > _NEVER_WRAPPED and not _breaks_at(stripped, widths, width)
    ):
        width = None
    if width is None:
        width = _terminal_wrap(stripped, widths)
    # Wide characters two columns each (w3m), or one (lynx's Chinese and Japanese).
    narrow = False
    if width is None and not unwrapped and not source.isascii():
        lengths = [len(line) for line in stripped]
        width = _narrow_wrap(lengths, widths)
        if width is not None:
            narrow = True
            columns, widths = widths, lengths
            if widest > _NEVER_WRAPPED and not _breaks_at(stripped, widths, width):
                width, narrow, widths = None, False, columns
    # (issue #4) Lines broken at links are re-joined only in a dump of text nodes.
    seamed = width is None and (_text_nodes(lines) if nodes is None else nodes)
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
    dashed = False  # a list item has a dash for its marker
    last_len = 0
    parts: list[str] = []
    previous = ""  # the last non-blank line, as it came
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
        if (
            seamed
            and parts
            and item is None
            and (kind == "p" or marker in _DASHES)
            and _runs_into(previous, raw)
        ):
            # (issue #4) An unwrapped dump's paragraph broken at a link, or a quotation
            # its dash opens ("- Angsten " / "vil øke": see _unlist_lone_dashes); not
            # a headline over the teaser its node's space opens (_teaser_below).
            wrapped = len(parts) > 1 or not _teaser_below(previous, raw)
        if item is not None and marker_starts_item(item.group("marker"), wrapped, kind):
            if parts:
                blocks.append(_block(parts, start, end, first, kind, marker, fold_line))
            first, start, kind = number, line_start + indent, "li"
            marker = item.group("marker")
            dashed = dashed or marker in _DASHES
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
        previous = raw
        last_len = widths[number - 1]
        if indent and width is not None and not narrow and not line.isascii():
            # A full-width indent fits on the line only if the line was that wide.
            wide = last_len + _wide_indent(line)
            if wide <= width:
                last_len = wide
    if parts:
        blocks.append(_block(parts, start, end, first, kind, marker, fold_line))
    if dashed:
        _unlist_lone_dashes(blocks, source)
    return tuple(blocks)


def _unlist_lone_dashes(blocks: list[Block], source: str) -> None:
    """Make the dash items that no other dash item stands next to paragraphs, their
    dash kept in their text, when a text has two of them or more (issue #4): lone
    lines opening with a dash, one space and a capital are quotations ("- Angsten vil
    øke", as Scandinavian and other pages open a quoted headline or paragraph), not
    one-item lists; a single one may be a list of one. A dash before a small letter
    goes on with a sentence or marks a list's entry ("- in Richtung Süd"); one before
    two spaces is a page's decoration ("-  Photo: AFP")."""
    lone: list[int] = []
    for i, block in enumerate(blocks):
        if block.kind != "li" or block.marker not in _DASHES or not block.text[0].isupper():
            continue
        after = block.start + len(block.marker)
        if source[after : after + 2] != " " + block.text[0]:
            continue
        if i and blocks[i - 1].kind == "li" and blocks[i - 1].marker in _DASHES:
            continue
        if i + 1 < len(blocks) and blocks[i + 1].kind == "li" and blocks[i + 1].marker in _DASHES:
            continue
        lone.append(i)
    if len(lone) < _QUOTE_DASHES:
        return
    for i in lone:
        block = blocks[i]
        blocks[i] = Block(f"{block.marker} {block.text}", block.start, block.end, block.line)


#: (issue #4) Fewest lone dash items of a text that opens quotations with a dash.
_QUOTE_DASHES = 2


def _mostly_wide(lines: list[str], widths: list[int]) -> bool:
    """Tell whether the text is mostly in wide (CJK) characters: its lines are a
    :data:`_WIDE_SHARE` wider in columns than in characters (issue #4)."""
    chars = sum(len(line) for line in lines)
    return sum(widths) - chars > chars * _WIDE_SHARE


#: (issue #4) How much wider in columns than in characters a mostly wide text is.
_WIDE_SHARE = 0.5


def _teaser_below(above: str, line: str) -> bool:
    """Tell whether ``line``, opening with a text node's space and a capital, is a
    teaser under the headline ``above`` rather than the rest of its sentence after a
    link (issue #4): ``above`` begins its block, has :data:`_HEADLINE_WORDS` words or
    more and no space of its own at its end ("Harbour works to start on the pier" /
    " The council will pay a third of the cost.")."""
    return (
        above[-1:] != " "
        and line[:1] == " "
        and line[1:2].isupper()
        and above.strip().count(" ") >= _HEADLINE_WORDS - 1
    )


#: (issue #4) Fewest words of a headline over a teaser (:func:`_teaser_below`).
_HEADLINE_WORDS = 3


def _text_nodes(lines: list[str]) -> bool:
    """Tell whether unwrapped text is a page's text nodes a line each (BeautifulSoup's
    ``get_text("\\n")``), whose paragraphs :func:`_runs_into` re-joins (issue #4): some
    lines, but not most, meet the line above at a text node's own space (the line above
    ends in a space, or this one opens with one); or, in Chinese or Japanese, some go
    on with the sentence of the line above (:func:`_cjk_runs_into`). Plain text with a
    trailing space on a line or two (a headline's) is not; nor text with one on every
    line."""
    seams = cjk = lines_in = 0
    above = ""
    for line in lines:
        if not line or line.isspace():
            above = ""
            continue
        lines_in += 1
        if above:
            if above[-1] == " " or (line[0] == " " and line[1:2] != " "):
                seams += 1
            elif not line.isascii() and _cjk_runs_into(above[-1], line[0]):
                cjk += 1
        above = line
    return (seams >= _SEAMS and 2 * seams <= lines_in) or cjk >= _SEAMS


#: (issue #4) Fewest text-node seams of a dump of text nodes.
_SEAMS = 3


def _runs_into(above: str, line: str) -> bool:
    """Tell whether ``line`` goes on with the paragraph of the non-blank line ``above``
    right before it, in a dump that is not hard-wrapped (issue #4). BeautifulSoup's text
    puts each text node on a line of its own, so a paragraph breaks at each of its
    links, as it came: the space before the link ends the line above ("Selon "), the
    space after it opens the line below (" à "); or the line below opens with a comma,
    a full stop or a closing bracket (", Donald Trump ..."); in Chinese and Japanese,
    with a hiragana (a particle: "は", "と") or a comma, or after a particle or a comma
    (:data:`_CJK_OPENERS`). A line that ends a sentence is its paragraph's last (but
    for the spaces). A line opening with a small letter is not enough: a menu's item
    may ("iPhone"), and a byline's "von" under the headline."""
    last = above[-1]
    if last == " " or line[0] == " ":
        # A text node's own space. Not after a line that ends a sentence and a space
        # (a plain text's paragraph lines may end so), though the line below may open
        # with the space that went on after a quotation ("... « fou »" / " à ..."); not
        # after a long line ending in a colon; not from or into a line of dashes (a
        # header's "-- ", a list item's dash), of punctuation alone (a kicker's ": "),
        # a byline's word ("Von ", " by "), a date below a name, or the line's copy (a
        # title printed twice).
        text, following = above.strip(), line.strip()
        return (
            bool(text)
            and bool(following)
            and text[-1] not in (_LABEL_ENDS if last == " " else _FULL_STOPS)
            and (text[-1] != ":" or text.count(" ") < _LABEL_WORDS)
            and text[-1] not in _DASHES
            and not line.startswith("  ")  # an indent: not a text node's own space
            and (last == " " or not following[0].isdigit())
            and following[0] not in _DASHES
            and (len(text) > 1 or text.isalnum())
            and (len(following) > 1 or following.isalnum())
            and patterns.BYLINE_WORD.match(following + " ") is None
            and patterns.BYLINE_WORD.fullmatch(text + " ") is None
            and following != text
        )
    first = line[0]
    if first in _RUN_ON_CHARS:
        return last not in _FULL_STOPS  # a comma after a quotation's closing mark too
    return _cjk_runs_into(last, first)


def _cjk_runs_into(last: str, first: str) -> bool:
    """Tell whether a Chinese or Japanese line ending in ``last`` goes on in the line
    opening with ``first`` (:func:`_runs_into`): no sentence ends, and the line below
    opens with a hiragana or the line above ends in a particle, a comma or an opening
    bracket, between two characters of a script written without spaces."""
    if last in patterns.SENTENCE_END:
        return False
    return (
        (_hiragana(first) or last in _CJK_OPENERS)
        and patterns.UNSPACED_CHAR.match(last) is not None
        and (first.isdigit() or patterns.UNSPACED_CHAR.match(first) is not None)
    )


def _hiragana(char: str) -> bool:
    """Tell whether ``char`` is a hiragana (a Japanese particle or ending)."""
    return _HIRAGANA_FIRST <= char <= _HIRAGANA_LAST


#: (issue #4) What ends a sentence for sure: a line ending so ends its paragraph.
_FULL_STOPS = frozenset(".!?…。！？")
#: (issue #4) The opening characters of the rest of a sentence after a link: a comma,
#: a full stop, a closing bracket or quote; a CJK comma or full stop.
_RUN_ON_CHARS = frozenset(",.;)]»”’、。，．）」』")
#: (issue #4) What ends a line and its paragraph though a space follows: a sentence's
#: end but a colon (a label's "READ MORE: " runs into its link).
_LABEL_ENDS = patterns.SENTENCE_END - {":"}
#: (issue #4) Most words of a label ("READ MORE:"): a longer line ending in a colon
#: introduces a paragraph or a list of its own.
_LABEL_WORDS = 4
#: (issue #4) Dashes: the end of a line of dashes or of a header's "--", the start of
#: a list item or a header line.
_DASHES = frozenset("-–—")
#: (issue #4) The characters after which a Chinese or Japanese sentence goes on: a
#: comma, an opening bracket or quote, a Japanese particle that never ends a title
#: (the hiragana "の", "は", "が", "を", "に", "で", "と", "も", "や").
_CJK_OPENERS = frozenset("、，（「『のはがをにでともや")
#: (issue #4) The hiragana block.
_HIRAGANA_FIRST = "\u3041"
_HIRAGANA_LAST = "\u309f"


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
_ASCII_CONTROLS_BUT_LF = _ASCII_CONTROLS.replace(b"\n", b"")


def solid_chars(text: str) -> int:
    """Return how many characters of ``text`` are not whitespace (``str.isspace``).

    A printable text has no whitespace but U+0020 (see :func:`fold`): its spaces are
    counted, not its words split out and joined.
    """
    if text.isprintable():
        return len(text) - text.count(" ")
    return len("".join(text.split()))


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


def _narrow_wrap(lengths: list[int], widths: list[int]) -> int | None:
    """Return the wrap width of a dump whose text browser gave each wide character one
    column (issue #4: lynx wraps Chinese and Japanese paragraphs so), read from the
    lines' ``lengths`` in characters as :func:`wrap_width` reads their ``widths`` in
    columns. Asked where the columns show no wrap width, of a dump with
    :data:`_NARROW_LINES` lines or more that hold a wide character (wider than long)."""
    if sum(1 for n, w in zip(lengths, widths, strict=True) if w > n) < _NARROW_LINES:
        return None
    return wrap_width(lengths)


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
