"""Normalise input text: the documented changes made before any filter runs.

Steps:

1. line breaks: CRLF and lone CR become LF;
2. mojibake: words (runs of characters between spaces, tabs and line breaks) that a
   cheap check flags (C1 controls, U+FFFD, the byte patterns UTF-8 read as
   cp1252/mac_roman leaves) are repaired with ftfy, encoding fixes only (curly
   quotes, ligatures and widths are left as written);
3. spaces: no-break and other space separators, NEL and the Unicode line and
   paragraph separators become U+0020; zero-width space, word joiner, BOM, soft
   hyphen and C0 controls other than tab and LF are deleted;
4. Unicode NFC.

Steps 2-4 repeat until the text no longer changes (each can expose work for another).

Everything that wireclean returns (and every position it reports) refers to the
normalised text, compared with whitespace folded. ``normalize(normalize(t)) ==
normalize(t)``.
"""

from __future__ import annotations

import unicodedata

import ftfy
import regex

from wireclean import patterns

__all__ = ["normalize"]

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def normalize(text: str) -> str:
    """Return ``text`` with the documented normalisation applied.

    >>> normalize("Mali\\u201a\\u00c4\\u00f4s army\\r\\n")
    'Mali’s army\\n'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Each step can expose work for another (deleting a control character can join
    # a mojibake pair; NFC can compose one), so repeat until nothing changes.
    for _ in range(_MAX_PASSES):
        changed = _one_pass(text)
        if changed == text:
            break
        text = changed
    return text


#: Passes before giving up on a fixed point (real text needs one or two).
_MAX_PASSES = 4


def _one_pass(text: str) -> str:
    if patterns.may_hold_mojibake(text) and patterns.MOJIBAKE_HINT.search(text) is not None:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if patterns.may_hold_mojibake(line) and patterns.MOJIBAKE_HINT.search(line):
                lines[i] = patterns.SEGMENT.sub(_fix_segment, line)
        text = "\n".join(lines)
    if patterns.may_hold_odd_space(text) and patterns.ODD_SPACE.search(text) is not None:
        text = patterns.ODD_SPACE.sub(_space_for, text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _fix_segment(match: regex.Match[str]) -> str:
    # Each word is repaired on its own, never judged by the words around it, so a
    # word is fixed the same way wherever it ends up: cleaning stays idempotent when
    # the story is rendered and parsed again.
    segment = match.group()
    if patterns.MOJIBAKE_HINT.search(segment) is None:
        return segment
    fixed = str(ftfy.fix_text(segment, _FTFY_CONFIG))
    if fixed == segment:
        fixed = _redecode(segment)
    if not any(c.islower() for c in segment) and any(c.islower() for c in fixed):
        # A word in capitals stays in capitals: "AMANHÃ»" is Portuguese, not "AMANHû".
        return segment
    return fixed.replace("\r", " ").replace("\n", " ")


def _redecode(segment: str) -> str:
    """Return ``segment`` read back as UTF-8 from the first legacy encoding that gives valid UTF-8.

    ftfy wants more evidence than one word of mac_roman mojibake offers ("Tom√°s");
    a flagged word whose bytes are valid UTF-8 in a legacy encoding is mojibake.
    """
    for encoding in _LEGACY:
        try:
            return segment.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
    return segment


#: The encodings UTF-8 text is most often misread as, in the order tried.
_LEGACY = ("windows-1252", "mac_roman", "latin-1")


def _space_for(match: object) -> str:
    char: str = match.group()  # type: ignore[attr-defined]
    return "" if char in patterns.DELETED_CHARS or char < " " or char == "\x7f" else " "
