"""BeautifulSoup-text dumps (issue #4): a line per text node, paragraphs broken at links.

``get_text("\\n")`` keeps each text node's own spaces: the space before a link ends the
line above it, the space after it opens the line below. Such text is not hard-wrapped,
though its line widths may pile up in a band by chance. Invented texts in that shape.
"""

from __future__ import annotations

from wireclean import parse_text
from wireclean.text import blocks_from_text

# A long paragraph on one line: wider than any text browser's line.
_LONG = (
    "The ferry company said on Monday that the new boat would carry twice as many "
    "passengers as the old one and that the crossing to the island would take twenty "
    "minutes less, once the harbour works at both ends of the line are finished."
)
# Lines of 60 to 70 characters: a band of widths a wrap at 70 would leave.
_BAND = [
    "The harbour master expects the first sailings in early summer now",
    "Residents of the island asked for a later last boat in the evening",
    "The council will pay a third of the cost of the new pier this year",
    "A second boat of the same kind may follow within the next two years",
    "The old boat will be sold to a ferry company on the northern coast",
]


def test_a_band_of_line_widths_with_no_breaks_is_no_wrap_width() -> None:
    # Each band line but one is followed by a blank line: a wrap at that width
    # would have broken them, so the dump is not wrapped and the short line after the
    # last one stays a block of its own.
    text = "\n\n".join([_LONG, *_BAND[:4]]) + "\n\n" + _BAND[4] + "\nRead more\n"
    texts = [b.text for b in blocks_from_text(text)]
    assert _BAND[4] in texts
    assert "Read more" in texts


def test_a_sentence_broken_at_links_with_their_spaces_is_one_block() -> None:
    lines = [
        "Les habitants ont réagi ",
        "sur les réseaux sociaux",
        " avec humour, certains parlant de ",
        "« bateau fantôme »",
        ", d'autres de ",
        "« retard historique »",
        ".",
    ]
    text = _LONG + "\n\n" + "\n".join(lines) + "\n"
    texts = [b.text for b in blocks_from_text(text)]
    assert texts[-1] == (
        "Les habitants ont réagi sur les réseaux sociaux avec humour, certains parlant "
        "de « bateau fantôme » , d'autres de « retard historique » ."
    )


def test_a_japanese_sentence_broken_at_links_is_one_block() -> None:
    lines = ["気象台", "は5日、", "北海道", "と", "青森県", "に大雨注意報を出したと発表した。"]
    text = _LONG + "\n\n" + "\n".join(lines) + "\n"
    texts = [b.text for b in blocks_from_text(text)]
    assert texts[-1] == "気象台は5日、北海道と青森県に大雨注意報を出したと発表した。"


def test_a_byline_broken_at_its_links_keeps_every_name() -> None:
    # The byline's word and a comma alone stay lines of their own: the byline filter
    # reads the names across them. The story's sentence broken at a link is one block.
    head = "Von \nJane Doe\n, \nJohn Roe\n und \nMary Major\n"
    story = (
        "Die Fähre soll ab Juni ",
        "zwischen Hafen und Insel",
        " fahren, teilte die Reederei am Montag mit, und sie soll doppelt so viele Gäste "
        "tragen wie das alte Schiff, das seit vierzig Jahren auf der Linie fährt.",
    )
    more = (
        "Die Gemeinde zahlt ein Drittel der Kosten für den neuen Anleger, der bis zum "
        "Sommer fertig sein soll, und sie hofft auf mehr Gäste in der Nebensaison."
    )
    text = (
        "Home\nNews\nSport\nWetter\nKultur\nRegion\n\nNeue Fähre für die Insel\n\n"
        + head
        + "\n"
        + "\n".join(story)
        + "\n\n"
        + more
        + "\n"
    )
    parsed = parse_text(text)
    assert parsed.headline == "Neue Fähre für die Insel"
    assert parsed.byline == ("Jane Doe", "John Roe", "Mary Major")
    assert parsed.body == ("".join(story), more)


def test_a_notice_about_the_comments_ends_the_story() -> None:
    # Run into one line with its link (as the broken sentence is joined), the notice
    # is a sentence of ten words; the sidebar's prose below it is no part of the story.
    sidebar = (
        "Visit our partner site to read the news of the region in three languages, "
        "with a new page every morning and a weekly letter from the editors."
    )
    text = (
        "Home\nNews\n\nNew ferry for the island\n\n"
        + "\n\n".join([_LONG] * 3)
        + "\n\nPlease enable JavaScript to view the comments powered by Disqus.\n\n"
        + "Search for:\n\n"
        + "\n\n".join([sidebar] * 3)
        + "\n"
    )
    parsed = parse_text(text)
    assert _LONG in parsed.body
    assert sidebar not in parsed.body


def test_plain_text_with_a_trailing_space_after_its_headline_is_not_joined() -> None:
    # A paragraph a line, no blank lines, the headline's line ending in a space: plain
    # text, not a page's text nodes; the headline and the dateline stay apart.
    text = (
        "Ferry line to the island doubles its sailings \n"
        "MILLBROOK, June 3 (Reuters) - The ferry company will double its sailings to the"
        " island from July, it said on Monday.\n"
        "The new boat carries twice as many passengers as the old one, the company said. \n"
        "Residents had asked for a later last boat in the evening for years.\n"
    )
    story = parse_text(text)
    assert story.headline == "Ferry line to the island doubles its sailings"
    assert story.dateline is not None and story.dateline.location == "MILLBROOK"
    assert story.body[0] == (
        "The ferry company will double its sailings to the island from July, it said on Monday."
    )
    assert len(story.body) == 3


def test_text_with_a_trailing_space_on_every_line_keeps_its_lines_apart() -> None:
    # A space at the end of every line is the text's habit, not a text node's seam.
    lines = [
        "Ferry line doubles its sailings",
        "The ferry company said on Monday that it will double its sailings to the island",
        "Residents welcome the plan",
        "The council will pay a third of the cost of the new pier at the harbour",
        "More boats from July",
        _LONG,
    ]
    text = "".join(line + " \n" for line in lines)
    assert [b.text for b in blocks_from_text(text)] == lines
