"""Dumps of text nodes whose line widths fake a hard wrap (issue #4).

BeautifulSoup's ``get_text("\\n")`` puts each text node on a line; a page's paragraphs
broken at links may leave many lines just under some width, and enough of them go on
in a line whose first word would not have fitted to pass for a wrap. A dump of text
nodes with a line wider than a text browser's is not wrapped all the same. Invented
texts in that shape.
"""

from __future__ import annotations

from wireclean.text import blocks_from_text

# A paragraph on one line: wider than any text browser's line.
_LONG = (
    "The ferry company said on Monday that the new boat would carry twice as many "
    "passengers as the old one and that the crossing to the island would take twenty "
    "minutes less, once the harbour works at both ends of the line are finished."
)

# Lines of 50 to 55 characters, each followed by a line whose first word would not
# have fitted after it at 55 columns: a wrap at 55, to the band and the breaks.
_FAKE_WRAP = [
    "Harbour works to start on the island pier this spring",
    "Islanders welcome",
    "The council will pay a third of the cost of the pier",
    "Residents",
    "A second boat of the same kind may follow in two years",
    "Timetable",
    "The old boat will be sold to a company on the coast",
    "Photographs",
]


def _seamed(lines: list[str]) -> list[str]:
    # Text nodes meeting at their own spaces: a sentence broken at two links.
    return [
        *lines,
        "The mayor said that ",
        "the pier",
        " would open in June, as ",
        "planned",
        " at last.",
    ]


def test_a_dump_of_text_nodes_with_a_very_long_line_is_not_wrapped() -> None:
    text = "\n".join([_LONG, "", *_seamed(_FAKE_WRAP)]) + "\n"
    texts = [b.text for b in blocks_from_text(text)]
    # Each short line stays a block of its own: no line is joined to the one above.
    for line in _FAKE_WRAP:
        assert line in texts
    # The sentence broken at its links is one block again.
    assert "The mayor said that the pier would open in June, as planned at last." in texts


def test_without_a_very_long_line_the_band_still_reads_as_a_wrap() -> None:
    # No line wider than a text browser's: the band and its breaks are believed.
    text = "\n".join(_seamed(_FAKE_WRAP)) + "\n"
    texts = [b.text for b in blocks_from_text(text)]
    assert "Harbour works to start on the island pier this spring Islanders welcome" in texts


def test_a_headline_is_not_joined_to_the_teaser_below_it() -> None:
    # The teaser opens with its node's space and a capital under a headline of three
    # words or more that has no space of its own at its end.
    text = "\n".join(
        [
            _LONG,
            "",
            "Harbour works to start on the pier",
            " The council will pay a third of the cost.",
            "",
            *_seamed(_FAKE_WRAP),
        ]
    )
    texts = [b.text for b in blocks_from_text(text + "\n")]
    assert "Harbour works to start on the pier" in texts
    assert "The council will pay a third of the cost." in texts


def test_a_short_link_text_still_runs_into_the_rest_of_its_sentence() -> None:
    # "Anna Berg" (two words) is a link, not a headline: the line below goes on.
    lines = ["Anna Berg", " Told the council on Monday.", *_seamed(_FAKE_WRAP)]
    text = "\n".join([_LONG, "", *lines])
    texts = [b.text for b in blocks_from_text(text + "\n")]
    assert "Anna Berg Told the council on Monday." in texts
