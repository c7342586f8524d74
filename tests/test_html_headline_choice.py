"""The HTML headline when the meta title and the page's ``<h1>`` carry different kickers.

Pages here are short invented HTML; each expectation is written by reading the page.
"""

from __future__ import annotations

import pytest

import wireclean
from wireclean.html import read_html
from wireclean.metadata import metadata_from_signals

LEAD = (
    "Dock workers in the northern harbour walked out on Monday night over a cut to the "
    "pay of the night shift, their union said, halting the loading of three ships."
)


def page(meta_title: str, h1: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head>"
        f"<meta property='og:title' content='{meta_title}'>"
        "<meta property='og:site_name' content='Harbour Post'></head>"
        f"<body><article><h1>{h1}</h1><p>{LEAD}</p></article></body></html>"
    )


def title_of(html: str) -> str | None:
    return metadata_from_signals(read_html(html).signals).title


@pytest.mark.parametrize(
    ("meta_title", "h1", "expected"),
    [
        # Two different kickers before the same words: those words are the headline.
        (
            "Harbour strike: «We will not load a single ship»",
            "<span>Night shift</span> «We will not load a single ship»",
            "«We will not load a single ship»",
        ),
        (
            "Pay dispute - Dockers walk out over night shift cut",
            "Harbour strike: Dockers walk out over night shift cut",
            "Dockers walk out over night shift cut",
        ),
        # The same kicker, its colon dropped on the page: the title stays whole.
        (
            "Harbour strike: Dockers walk out over night shift cut",
            "Harbour strike Dockers walk out over night shift cut",
            "Harbour strike: Dockers walk out over night shift cut",
        ),
        # The <h1> shows the whole title after a label: nothing to cut.
        (
            "Harbour strike: Dockers walk out over night shift cut",
            "Live Harbour strike: Dockers walk out over night shift cut",
            "Harbour strike: Dockers walk out over night shift cut",
        ),
        # The shared words start inside a sentence of the <h1> ("... Much more than"),
        # or differ in case: they are no headline of their own.
        (
            "A century at the harbour: More than a place of work",
            "One hundred years at the docks: Much more than a place of work",
            "A century at the harbour: More than a place of work",
        ),
        # Too short a shared part to be a headline: the title stays whole.
        (
            "Harbour strike: Day two",
            "Night shift walkout Day two",
            "Harbour strike: Day two",
        ),
        # No kicker in the <h1>: the title stays whole.
        (
            "Harbour strike: Dockers walk out over night shift cut",
            "Dockers walk out over night shift cut",
            "Harbour strike: Dockers walk out over night shift cut",
        ),
    ],
)
def test_kickers_that_differ_leave_the_shared_headline(
    meta_title: str, h1: str, expected: str
) -> None:
    assert title_of(page(meta_title, h1)) == expected


def test_the_heading_with_the_other_kicker_goes_with_the_headline() -> None:
    html = page(
        "Harbour strike: «We will not load a single ship»",
        "Night shift «We will not load a single ship»",
    )
    story = wireclean.parse_html(html)
    assert story.headline == "«We will not load a single ship»"
    assert story.body == (LEAD,)
