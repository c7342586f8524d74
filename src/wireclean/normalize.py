"""Normalise input text: the documented changes made before any filter runs.

In this order:

1. line breaks: CRLF and lone CR become LF;
2. mojibake: lines that a cheap check flags (C1 controls, U+FFFD, the byte
   patterns UTF-8-read-as-cp1252/mac_roman leaves) are repaired with ftfy, encoding
   fixes only (curly quotes, ligatures and widths are left as written);
3. Unicode NFC;
4. spaces: no-break and other space separators become U+0020; zero-width space,
   word joiner, BOM and soft hyphen are deleted; other C0 controls (but tab and
   LF) are deleted.

Everything that wireclean returns (and every position it reports) refers to the
normalised text, compared with whitespace folded. ``normalize(normalize(t)) ==
normalize(t)``.
"""

from __future__ import annotations

import unicodedata

import ftfy

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


def _fix_line(line: str) -> str:
    # ftfy can in principle produce a line break; keep lines as lines.
    return str(ftfy.fix_text(line, _FTFY_CONFIG)).replace("\r", "")


def normalize(text: str) -> str:
    """Return ``text`` with the documented normalisation applied.

    >>> normalize("Mali\\u201a\\u00c4\\u00f4s army\\r\\n")
    'Mali’s army\\n'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if patterns.MOJIBAKE_HINT.search(text) is not None:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if patterns.MOJIBAKE_HINT.search(line) is not None:
                lines[i] = _fix_line(line)
        text = "\n".join(lines)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if patterns.ODD_SPACE.search(text) is not None:
        text = patterns.ODD_SPACE.sub(_space_for, text)
        # Deleting a joiner can expose a new NFC composition.
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    return text


def _space_for(match: object) -> str:
    char: str = match.group()  # type: ignore[attr-defined]
    return "" if char in patterns.DELETED_CHARS or char < " " else " "
