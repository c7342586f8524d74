"""The text path's newer fast paths give what the general code gives (issue #2).

Three field filters no longer work out where the story's lead ends when they need
not (it costs a look for chrome phrases in the lead's paragraph, which the dateline
cut changes anyway):

- ``bullets`` returns at once when no block after the headline is a list item (only
  list items join its run);
- ``dateline`` reads the first block before working out the lead (the lead always
  opens with it);
- ``correction`` on a text of no more blocks than its tail looks at every block in
  order, as the lead and the tail together give, and works the lead out only for a
  note that opens a paragraph.

Each is checked against its general form (the code as it was, kept here) on invented
texts (hypothesis) and on the corpus's text dumps, at the draft each filter receives
in the default pipeline.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.test_text_speed_equivalence import _draft_before
from wireclean import patterns
from wireclean.filters._shape import lead_blocks
from wireclean.model import Dateline
from wireclean.names import canonical_agency
from wireclean.pipeline import Draft

#: The modules, not the filter functions that ``wireclean.filters`` exports by their names.
headline_module = importlib.import_module("wireclean.filters.headline")
dateline_module = importlib.import_module("wireclean.filters.dateline")
correction_module = importlib.import_module("wireclean.filters.correction")


# --- the general forms ---------------------------------------------------------------------


def _bullets_general(draft: Draft) -> Draft:
    """bullets with every text taken to hold a list item: the walk over the lead always runs."""
    fast = headline_module._has_list_item
    headline_module._has_list_item = lambda blocks, start: True
    try:
        result: Draft = headline_module.bullets(draft)
    finally:
        headline_module._has_list_item = fast
    return result


def _dateline_general(draft: Draft) -> Draft:
    """dateline as it was: the lead worked out first, its blocks read in order."""
    if draft.dateline is not None:
        return draft
    for i in lead_blocks(draft.blocks):
        block = draft.blocks[i]
        if block.kind == "li":
            continue
        match = patterns.match_dateline(block.text)
        if match is None or not dateline_module._is_wire_dateline(match):
            continue
        agency = canonical_agency(match.group("agency"))
        value = Dateline(match.group("location"), match.group("date"), agency)
        return draft.cut(i, match.end(), field="dateline", value=value)
    return draft


def _correction_general(draft: Draft) -> Draft:
    """correction as it was: the lead always worked out, lead and tail walked together."""
    if draft.correction is not None:
        return draft
    lead = lead_blocks(draft.blocks)
    tail = range(max(0, len(draft.blocks) - correction_module._TAIL), len(draft.blocks))
    for i in correction_module._in_order(lead, tail):
        text = draft.blocks[i].text
        paren = text.startswith("(")
        whole = patterns.CORRECTION.fullmatch(text) if paren else None
        if whole is None and correction_module._may_open_note(text):
            whole = patterns.CORRECTION_LINE.fullmatch(text)
        if whole is not None:
            return draft.capture([i], field="correction", value=whole.group("note").strip())
        opening = patterns.CORRECTION.match(text) if paren else None
        if opening is not None and i in lead and text[opening.end() : opening.end() + 1] == " ":
            return draft.cut(
                i, opening.end(), field="correction", value=opening.group("note").strip()
            )
        if i in tail and text.endswith(")"):
            closing = correction_module._closing_note(text)
            if closing is not None:
                start, note = closing
                return draft.cut(i, len(text) - start, at_end=True, field="correction", value=note)
    return draft


# --- drafts as the filters receive them ----------------------------------------------------


#: Paragraphs and lines to build stories from: headlines, list items (bullets, and
#: lines like them), wire datelines (and things like them), correction notes opening
#: and closing paragraphs, prose long and short, page furniture and credits.
_PIECES = (
    "Mali army sold guns to rebels",
    "-- Exxon offers plan to end Alaska dispute\n-- Fri Oct 20, 2006 6:15pm EDT",
    "RPT-UPDATE 3-Fed holds rates steady",
    "* Former insurgent says army officers sold weapons",
    "* Mali official says allegations unreliable",
    "- Another point of the summary, in a few words",
    "1. The first of the numbered points",
    "• Von Jane Doe",
    "By Maya Gebeily and Anthony Deutsch",
    "ALGIERS, Aug 12 (Reuters) - Al Qaeda insurgents struck a town on Monday.",
    "WASHINGTON (AP) — The president said the talks would go on.",
    "(Bloomberg) -- Stocks fell for a third day as investors sold banks.",
    "The American Psychological Association (APA) said so.",
    "(Corrects paragraph 3 to show 2011)",
    "(Corrects paragraph 2) The minister said on Monday that the plan would go ahead.",
    "This story corrects the date of the vote.",
    "The vote was held on Monday, officials said. (This story was refiled to fix a typo)",
    "Insurgents bought guns from army officers over many months, a former rebel said on"
    " Monday, in a case that the government in Bamako has called unreliable and false.",
    "The company said it would appeal the ruling, which it called unfair to its"
    " shareholders, and that it expected a decision from the court later in the year.",
    "He said.",
    "Share this article",
    "Photo: AFP",
    "(Reporting by Ann Lee; Editing by Bo Li)",
)

_STORIES = st.tuples(
    st.lists(st.sampled_from(_PIECES), max_size=9), st.sampled_from(("\n\n", "\n"))
).map(lambda parts_sep: parts_sep[1].join(parts_sep[0]))


def _corpus_texts(corpus: Path) -> list[str]:
    """Return the corpus's text dumps: the Reuters stories and the fundus w3m dumps."""
    paths = sorted((corpus / "reuters-2006-2013").glob("*/*/*"))
    paths += sorted((corpus / "fundus-w3m").glob("*/*.txt"))
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths]


def _same_on_corpus(
    corpus: Path, name: str, fast: Callable[[Draft], Draft], general: Callable[[Draft], Draft]
) -> int:
    """Assert ``fast`` and ``general`` agree on every corpus dump; return how many changed."""
    changed = 0
    for text in _corpus_texts(corpus):
        draft = _draft_before(text, name)
        result = fast(draft)
        assert result == general(draft), text[:200]
        changed += result is not draft
    return changed


# --- bullets: no list item, no walk over the lead ------------------------------------------


@settings(max_examples=300)
@given(_STORIES)
@example("Title\n\n* One point\n\n* Another\n\nBody text.")
@example("Title\n\nBody text.\n\n* One point\n\n* Another")
def test_bullets_without_list_items_are_what_the_walk_gives(text: str) -> None:
    draft = _draft_before(text, "bullets")
    assert headline_module.bullets(draft) == _bullets_general(draft)


def test_corpus_bullets_are_what_the_walk_gives(corpus: Path) -> None:
    taken = _same_on_corpus(corpus, "bullets", headline_module.bullets, _bullets_general)
    assert taken > 0  # the corpus has stories with bullets: the fast path is tried on them


# --- dateline: the first block read first ---------------------------------------------------


@settings(max_examples=300)
@given(_STORIES)
@example("Title\n\nALGIERS, Aug 12 (Reuters) - Al Qaeda insurgents struck.")
@example("* WASHINGTON (AP) — The president said.\n\nALGIERS (Reuters) - They struck.")
def test_dateline_read_from_the_first_block_first_is_what_the_lead_gives(text: str) -> None:
    draft = _draft_before(text, "dateline")
    assert dateline_module.dateline(draft) == _dateline_general(draft)


def test_corpus_datelines_are_what_the_lead_gives(corpus: Path) -> None:
    taken = _same_on_corpus(corpus, "dateline", dateline_module.dateline, _dateline_general)
    assert taken > 1000


# --- correction: the lead worked out only when it matters -----------------------------------


@settings(max_examples=300)
@given(_STORIES)
@example(
    "Mali army sold guns\n\n"
    "Insurgents bought guns from army officers over many months, a former rebel said on"
    " Monday, in a case that the government in Bamako has called unreliable and false.\n\n"
    "(Corrects paragraph 2) The minister said on Monday that the plan would go ahead."
)
@example(
    "Mali army sold guns\n\n(Corrects paragraph 2) The minister said on Monday that the"
    " plan would go ahead.\n\nHe said."
)
def test_correction_with_the_lead_worked_out_late_is_what_it_was(text: str) -> None:
    draft = _draft_before(text, "correction")
    assert correction_module.correction(draft) == _correction_general(draft)


def test_corpus_corrections_are_what_they_were(corpus: Path) -> None:
    _same_on_corpus(corpus, "correction", correction_module.correction, _correction_general)
