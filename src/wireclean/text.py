"""The plain-text input adapter: split normalised text into blocks.

A blank line ends a block. Inside a run of non-blank lines, a line continues the
previous block only when the text looks hard-wrapped (a text browser's 80-column
output): the document's wrap width is estimated from its line lengths, and a line
joins the one before it when its first word would not have fitted on that line.
Each list item (``*``, ``•``, ``-``, ``–``, ``1.``, ``1)``) starts a block of its own;
its indented continuation lines join it. Text that is not hard-wrapped keeps one
block per line.
"""

from __future__ import annotations

from collections import Counter

from wireclean import patterns
from wireclean.model import Block

__all__ = ["blocks_from_text", "wrap_width"]

#: Lines shorter than this say nothing about the wrap width.
_LONG_LINE = 40
#: Widest wrap width considered; wider "wrapping" is just long lines.
_MAX_WIDTH = 120
#: Share of long lines allowed to stick out past the wrap width (unbreakable URLs).
_OVERFLOW_SHARE = 0.02
#: Share of long lines that must sit just under the width for the text to count as wrapped.
_NEAR_SHARE = 0.25


def wrap_width(lengths: list[int]) -> int | None:
    """Return the hard-wrap width of lines with these lengths, or None when unwrapped.

    >>> wrap_width([79, 75, 78, 12, 77, 79, 40, 76])
    79
    >>> wrap_width([300, 12, 250, 480])
    """
    counts = Counter(n for n in lengths if n >= _LONG_LINE)
    total = sum(counts.values())
    if total < 3:
        return None
    allowed = int(total * _OVERFLOW_SHARE)
    over = 0
    width = max(counts)
    # Walk down from the longest line while few enough lines lie above the width.
    for n in sorted(counts, reverse=True):
        if over + counts[n] > allowed:
            width = n
            break
        over += counts[n]
    if width > _MAX_WIDTH:
        return None
    near = sum(c for n, c in counts.items() if width - 12 < n <= width)
    return width if near >= total * _NEAR_SHARE and near >= 3 else None


def blocks_from_text(source: str) -> tuple[Block, ...]:
    """Split normalised text into paragraph and list-item blocks, in order."""
    lines = source.split("\n")
    width = wrap_width([len(line.rstrip()) for line in lines])
    blocks: list[Block] = []
    # The block being built: its first line number, start offset, end offset, kind,
    # marker, the text column of a list item, and the last line's length.
    first = start = end = 0
    kind = marker = ""
    column = 0
    last_len = 0
    parts: list[str] = []
    offset = 0

    def flush() -> None:
        if parts:
            blocks.append(Block(" ".join(" ".join(parts).split()), start, end, first, kind, marker))
            parts.clear()

    for number, raw in enumerate(lines, start=1):
        line_start = offset
        offset += len(raw) + 1
        line = raw.rstrip()
        content = line.lstrip()
        if not content:
            flush()
            continue
        indent = len(line) - len(content)
        item = patterns.LIST_ITEM.match(line)
        wrapped = (
            bool(parts)
            and width is not None
            and last_len + 1 + len(content.split(None, 1)[0]) > width
        )
        if item is not None and marker_starts_item(item.group("marker"), wrapped, kind):
            flush()
            first, start, kind = number, line_start + indent, "li"
            marker = item.group("marker")
            column = item.end()
            parts.append(line[item.end() :])
        elif wrapped and (kind != "li" or indent >= column - 1):
            parts.append(content)
        else:
            flush()
            first, start, kind, marker = number, line_start + indent, "p", ""
            parts.append(content)
        end = line_start + len(line)
        last_len = len(line)
    flush()
    return tuple(blocks)


def marker_starts_item(marker: str, wrapped: bool, kind: str) -> bool:
    """Tell whether a line-initial ``marker`` starts a list item.

    A numbered marker on a line that continues a hard-wrapped paragraph ("... rose
    in\\n2010. The ...") is story text, not a list.
    """
    return not (wrapped and kind == "p" and marker[:1].isdigit())
