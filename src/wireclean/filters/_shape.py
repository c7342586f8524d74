"""Shape tests on blocks that several filters share."""

from __future__ import annotations

import functools
import re

import regex

from wireclean import patterns
from wireclean.model import Block

__all__ = [
    "chrome_phrases",
    "consent_notices",
    "doubled_half",
    "has_chrome_phrase",
    "has_photo_credit",
    "is_consent_button",
    "is_furniture",
    "is_lead_paragraph",
    "lead_blocks",
]

#: Longest block, in spaces, that one chrome phrase condemns; two condemn a block up
#: to _CHROME_LONG characters.
_CHROME_WORDS = 8
_CHROME_LONG = 400

#: Longest consent notice, in spaces; most buttons a notice has below it, and their
#: longest label, in spaces and characters.
_NOTICE_WORDS = 40
_NOTICE_BUTTONS = 3
_BUTTON_WORDS = 3
_BUTTON_CHARS = 30

#: Chrome phrases a sentence needs at least to be furniture when all of them name
#: social networks.
_PLAIN_HITS = 3
#: (issue #4) Fewest sentences of a paragraph whose fewer chrome phrases than
#: :data:`_PLAIN_HITS` are its words, not a notice's.
_PLAIN_SENTENCES = 3
#: (issue #4) Fewest words of such a paragraph's sentences on average (a share
#: row's "Click to share. Jump to the comments." has fewer).
_PLAIN_WORDS = 10

#: A photo credit's label after fewer words than this, none ending a sentence, is a
#: kicker's colon ("Erstes Bild: ...").
_KICKER_LABEL_WORDS = 3

#: A block at least this long is a paragraph of prose, whatever else it is.
_PROSE_CHARS = 120


def is_lead_paragraph(block: Block) -> bool:
    """Tell whether a block is a full paragraph of running text, the one that ends a lead.

    Stricter than :func:`wireclean.filters.page.is_prose`, which also counts short
    sentences: a lead runs on past those.
    """
    text = block.text
    if len(text) >= _PROSE_CHARS:
        return True
    return text.count(" ") >= 8 and text[-1:] in '.!?"”’»)'


def lead_blocks(blocks: tuple[Block, ...]) -> range:
    """Return the indices of the story's lead: the blocks up to the first prose one, inclusive.

    Headline, bullets, byline and dateline are looked for only there. Furniture and
    a paragraph of credits do not end the lead: later filters take them out, and the
    lead must be the same when the story is parsed again without them.
    """
    global _last_lead
    last = _last_lead
    if last[0] is blocks:  # the same tuple of frozen blocks: the same answer
        return last[1]
    lead = range(len(blocks))
    for i, block in enumerate(blocks):
        if (
            block.kind != "li"
            and is_lead_paragraph(block)
            and not is_furniture(block.text)
            and patterns.CREDIT_TRAILER.match(block.text) is None  # the credits filter's
        ):
            lead = range(i + 1)
            break
    _last_lead = (blocks, lead)
    return lead


#: The blocks :func:`lead_blocks` was last asked about, and its answer. The field
#: filters ask one after another about the same tuple (a filter that takes nothing
#: passes its blocks on as they are). Held by identity, with a reference, so that a
#: new tuple never passes for an old one; blocks are frozen, so the answer holds.
_last_lead: tuple[tuple[Block, ...], range] = ((), range(0))


def doubled_half(text: str) -> str | None:
    """Return the half of a (folded) text that is one text twice over, run together or
    with one space between ("Jane DoeJane Doe", "Jane Doe Jane Doe": a link's text and
    its label, an image's alt text and caption), else None."""
    half = len(text) // 2
    if text[:half] == text[-half:] and text[half : len(text) - half] in ("", " "):
        return text[:half]
    return None


@functools.lru_cache(maxsize=8192)
def chrome_phrases(text: str) -> frozenset[tuple[str, ...]]:
    """Return the chrome phrases ("cookies", "share this", "anzeige") that ``text`` holds."""
    low = text.lower()
    if low.isascii():
        found = _SPACED_PHRASE(f" {low.translate(_SPACED)} ")
        if found is None:
            return _NO_PHRASES  # most blocks, prose or short: their words need not be read
        low = low[_first_space(low, found.start()) :]
        del found  # (its spaced copy of the text is not held while the words are read)
    elif not _may_hold_phrase(low):
        return _NO_PHRASES  # (the same for a text that is not ASCII)
    words = patterns.phrase_words(low)
    # Only the phrases all of whose words occur (a set intersection, not a loop per
    # word) are looked for in order.
    present = _PHRASE_WORDS.intersection(words)
    firsts = present.intersection(patterns.CHROME_INDEX)
    if not firsts:  # most blocks: no phrase's first word
        return _NO_PHRASES
    return frozenset(
        phrase
        for first in firsts
        for phrase in patterns.CHROME_INDEX[first]
        if present.issuperset(phrase) and _holds(words, phrase)
    )


_NO_PHRASES: frozenset[tuple[str, ...]] = frozenset()


def _first_space(low: str, key: int) -> int:
    """Return where an ASCII text's words may be read from, for its chrome phrases, given
    that its first spaced key (:data:`_SPACED_PHRASE`) starts at ``key``, the same place
    in the text as in its spaced form (issue #2).

    Each phrase the words hold stands in the spaced text as a key, so none starts before
    ``key``; a space is no part of a word, so the words after the last space before
    ``key`` are the text's own words from there on, the same run of them (0 when no space
    stands before it). A long paragraph that names "comments" near its end is not read
    from its start.
    """
    return max(0, low.rfind(" ", 0, key))


_PHRASE_WORDS = frozenset(
    word for phrases in patterns.CHROME_INDEX.values() for p in phrases for word in p
)


#: A node of :func:`_trie`'s tree: the next characters, "" for a key's end.
_Node = dict[str, "_Node"]


def _trie(keys: list[str]) -> str:
    """Return a regex alternation of ``keys`` that shares their common starts, with each
    space in a key matching one or more spaces (one attempt per start, not per key)."""
    tree: _Node = {}
    for key in keys:
        node = tree
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        alts = [
            (" +" if char == " " else re.escape(char)) + emit(node[char])
            for char in sorted(node)
            if char
        ]
        if not alts:
            return ""
        if "" in node:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(tree)


#: (issue #2) The chrome phrases as an ASCII text reads once every character that is
#: no letter, digit or "_" is a space (:data:`_SPACED`): a word of
#: ``patterns.phrase_words`` is a run of those, its joiners ("'", "-") spaces now, and
#: the words of a phrase stand with spaces between them, a space before and after.
#: Every phrase that :func:`chrome_phrases` finds in an ASCII text is so found in its
#: spaced form (False is sure, True may be wrong); a search over a long paragraph costs
#: a third of reading its words, and over a short line half (issues #2, #6: measured
#: on the HTML pages' blocks down to one word). The standard library's engine finds a
#: space fast.
_SPACED = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")}
)
#: The chrome phrases, each word's joiners spaces: what :data:`_SPACED_PHRASE` looks for.
_SPACED_KEYS = sorted(
    {
        " ".join(regex.sub(r"['’\-]", " ", word) for word in phrase)
        for phrases in patterns.CHROME_INDEX.values()
        for phrase in phrases
    }
)
_SPACED_PHRASE = re.compile(" " + _trie(_SPACED_KEYS) + " ").search

#: (issue #6) The same test for a text that is not ASCII (a third of the HTML pages'
#: blocks: "Für Abonnenten", "À lire aussi"), on bytes: each character that is not
#: ASCII becomes "?" (``str.encode``'s "replace"), then "?" and every ASCII character
#: that :data:`_SPACED` makes a space a space (:data:`_SPACED_BYTES`). A word of
#: ``patterns.PHRASE_WORD`` is then runs of its ASCII letters, digits and "_" with
#: spaces between, and so is each phrase's word (:func:`_ascii_key`): a phrase the
#: words hold stands in the bytes as its ASCII key, spaces around
#: (:data:`_ENCODED_PHRASE`). Phrases with no ASCII letter ("реклама") are looked for
#: by their first word in the text itself (:data:`_UNENCODED_PHRASE`). Reading the
#: words of such a text with the ``regex`` engine cost three times as much (measured
#: on the HTML pages' blocks); a test checks that no phrase the words hold is missed.
_SPACED_BYTES = bytes(
    32 if c == ord("?") or (c < 128 and not (chr(c).isalnum() or chr(c) == "_")) else c
    for c in range(256)
)


def _ascii_key(key: str) -> str:
    """Return a spaced key as :data:`_ENCODED_PHRASE` finds it: its runs of ASCII
    letters, digits and "_", one space between ("" for a key with none)."""
    return " ".join(key.encode("ascii", "replace").translate(_SPACED_BYTES).decode().split())


_ENCODED_PHRASE = re.compile(
    (" " + _trie(sorted({_ascii_key(k) for k in _SPACED_KEYS} - {""})) + " ").encode()
).search
_UNENCODED_PHRASE = re.compile(
    "|".join(sorted({re.escape(k.split()[0]) for k in _SPACED_KEYS if not _ascii_key(k)}))
).search


def _may_hold_phrase(low: str) -> bool:
    """Tell whether a lower-case text that is not ASCII may hold a chrome phrase (False
    is sure, True may be wrong; see :data:`_ENCODED_PHRASE`)."""
    spaced = low.encode("ascii", "replace").translate(_SPACED_BYTES)
    return _ENCODED_PHRASE(b" " + spaced + b" ") is not None or _UNENCODED_PHRASE(low) is not None


def _holds(words: list[str], phrase: tuple[str, ...]) -> bool:
    """Tell whether ``phrase`` runs in ``words``, given that its first word is there."""
    i = words.index(phrase[0])
    while tuple(words[i : i + len(phrase)]) != phrase:
        try:
            i = words.index(phrase[0], i + 1)
        except ValueError:
            return False
    return True


def has_photo_credit(text: str) -> bool:
    """Tell whether ``text`` holds a photo credit (:data:`patterns.PHOTO_CREDIT`), a
    credit's label run into a kicker left out.

    The pattern takes "Bild: ", "Foto: ", "Photo: ", "Image: " anywhere in a line; among
    a line's first few words with no sentence's end before it, such a label is a
    kicker's colon: "Erstes Bild: So könnte der Anleger aussehen" is a headline
    (fixture
    ``page-faults-bild-kicker-bullet-byline``), "Der Anleger. Foto: Jane Doe" a caption.
    """
    if not patterns.has_photo_credit(text):
        return False
    return any(not _kicker_label(text, m) for m in patterns.PHOTO_CREDIT.finditer(text))


def _kicker_label(text: str, match: regex.Match[str]) -> bool:
    """Tell whether a PHOTO_CREDIT match is a label among a line's first few words."""
    if patterns.CREDIT_LABEL_MIDLINE.fullmatch(match.group()) is None or match.start() == 0:
        return False
    before = text[: match.start()].rstrip()
    return before.count(" ") < _KICKER_LABEL_WORDS and "\n" not in before and before[-1:].isalnum()


def has_chrome_phrase(text: str) -> bool:
    """Tell whether ``text`` holds a chrome phrase."""
    return bool(chrome_phrases(text))


@functools.lru_cache(maxsize=8192)
def is_furniture(text: str) -> bool:
    """Tell whether a block is caption, chrome phrase or form debris, wherever it stands."""
    if not (text[:1].isalnum() or any(c.isalnum() for c in text)):
        return True
    if len(text) >= _CHROME_LONG:  # captions, labels and notices are shorter
        return False
    if has_photo_credit(text):
        return True
    # FORM_DEBRIS starts with "[": a block without one is spared the search.
    if "[" in text and patterns.FORM_DEBRIS.search(text) is not None:
        rest = patterns.FORM_DEBRIS.sub("", text)
        if sum(c.isalpha() for c in rest) < 3:
            return True
    hits = chrome_phrases(text)
    if not hits:
        return False
    if text.count(" ") + 1 <= _CHROME_WORDS:
        return True
    if text[-1] in patterns.SENTENCE_END and len(hits) < _PLAIN_HITS:
        # A sentence may name two networks plainly ("in posts on Facebook and
        # Instagram"); a share button names one with a share word ("auf Facebook teilen").
        # (issue #4) Three long sentences or more are a paragraph that names its
        # things plainly ("... für den Datenschutz. ... an Facebook gehen ...").
        sentences = text.count(". ") + 1
        if sentences >= _PLAIN_SENTENCES and text.count(" ") + 1 >= _PLAIN_WORDS * sentences:
            return False
        return len(hits) >= 2 and not hits <= patterns.NETWORK_PHRASES
    return len(hits) >= 2


def is_consent_button(text: str) -> bool:
    """Tell whether a block is the label of a consent or sign-in button ("Accept all")."""
    if len(text) > _BUTTON_CHARS or text.count(" ") >= _BUTTON_WORDS:
        return False
    if text[-1] in ".?:;,":
        return False
    return not patterns.CONSENT_BUTTON_WORDS.isdisjoint(patterns.phrase_words(text.lower()))


def consent_notices(blocks: tuple[Block, ...]) -> set[int]:
    """Return the indices of consent notices and the buttons right below them.

    A notice ("We use cookies to give you the best experience on our site.") may run
    too long to be furniture for its one chrome phrase; a consent phrase in a short
    block with a button such as "Accept all" or "Alle akzeptieren" just after it is a
    notice in any layout, text dump or anonymous ``div``s.
    """
    found: set[int] = set()
    for i, block in enumerate(blocks[:-1]):
        text = block.text
        after = blocks[i + 1].text
        # The tests are pure, so their order is free: the button's length first (the
        # first test of is_consent_button), then the cheap look for a consent phrase's
        # word (_may_consent), before the button's words are read.
        if (
            len(text) >= _CHROME_LONG
            or text.count(" ") >= _NOTICE_WORDS
            or len(after) > _BUTTON_CHARS
            or not _may_consent(text)
            or not is_consent_button(after)
            or patterns.CONSENT_PHRASES.isdisjoint(chrome_phrases(text))
        ):
            continue
        found.add(i)
        for j in range(i + 1, min(len(blocks), i + 1 + _NOTICE_BUTTONS)):
            if not is_consent_button(blocks[j].text):
                break
            found.add(j)
    return found


#: A part of a word of each consent phrase (:data:`patterns.CONSENT_PHRASES`), lower-cased.
_CONSENT_HINTS = (
    "cookie", "consent", "privac", "datenschutz", "einwilligung", "zustimmung", "confidentialit",
)  # fmt: skip


def _may_consent(text: str) -> bool:
    """Tell cheaply whether ``text`` may hold a consent phrase: False only when it cannot.

    A phrase that :func:`chrome_phrases` finds has all its words among
    ``patterns.phrase_words(text.lower())``, each a part of ``text.lower()``; every
    consent phrase has a word holding one of :data:`_CONSENT_HINTS` (a test checks it).
    """
    low = text.lower()
    for hint in _CONSENT_HINTS:  # noqa: SIM110 - a loop, not any(): half the time
        if hint in low:
            return True
    return False
