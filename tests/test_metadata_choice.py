"""Which of a page's titles and author entries wireclean takes when its sources disagree.

Pages here are short invented HTML; each expectation is written by reading the page.
"""

from __future__ import annotations

import json

import pytest

import wireclean
from wireclean.html import read_html
from wireclean.metadata import clean_title, metadata_from_signals

LEAD = (
    "Dock workers in the northern harbour walked out on Monday night over a cut to the "
    "pay of the night shift, their union said, halting the loading of three ships."
)


def page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>"


def ld(obj: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def og(title: str) -> str:
    return f"<meta property='og:title' content='{title}'>"


def title_of(html: str) -> str | None:
    return metadata_from_signals(read_html(html).signals).title


def article(**fields: object) -> str:
    return ld({"@context": "https://schema.org", "@type": "NewsArticle", **fields})


# --- JSON-LD headline against og:title ---------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "meta_title", "expected"),
    [
        # The JSON-LD adds a kicker before the words both give: the shared part.
        (
            "Night shift: Dockers walk out over pay cut",
            "Dockers walk out over pay cut",
            "Dockers walk out over pay cut",
        ),
        # ... or a line after them.
        (
            "Dockers walk out over pay cut as ships wait",
            "Dockers walk out over pay cut",
            "Dockers walk out over pay cut",
        ),
        # A hyphen between the kicker and the shared part is a boundary too.
        (
            "Harbour-Dockers walk out at dawn",
            "Dockers walk out at dawn",
            "Dockers walk out at dawn",
        ),
        # Negative: two different wordings, neither inside the other: the JSON-LD's.
        (
            "Dockers walk out over pay cut",
            "Harbour strike halts loading of ships",
            "Dockers walk out over pay cut",
        ),
        # Negative: the meta title is inside a word of the headline, not at a boundary.
        ("Dockers walk outside the gates", "Dockers walk out", "Dockers walk outside the gates"),
        # Negative: the meta title is less than half the headline: a label, not its core.
        (
            "Dockers walk out over a cut to the pay of the night shift",
            "Dockers walk out",
            "Dockers walk out over a cut to the pay of the night shift",
        ),
        # Negative: the JSON-LD headline is the shorter one: it stays.
        (
            "Dockers walk out over pay cut",
            "Harbour news: Dockers walk out over pay cut",
            "Dockers walk out over pay cut",
        ),
    ],
)
def test_shared_core_of_jsonld_and_og_title(headline: str, meta_title: str, expected: str) -> None:
    html = page(article(headline=headline) + og(meta_title), f"<p>{LEAD}</p>")
    assert title_of(html) == expected


def test_jsonld_name_and_alternative_headline_vote_for_the_og_title() -> None:
    head = article(
        headline="Dockers out: what it means",
        name="Dockers walk out over pay cut, halting three ships",
        alternativeHeadline="Dockers walk out over pay cut, halting three ships",
    ) + og("Dockers walk out over pay cut, halting three ships")
    assert title_of(page(head, "")) == "Dockers walk out over pay cut, halting three ships"


def test_jsonld_name_confirming_its_headline_keeps_it() -> None:
    # name agrees with the headline, alternativeHeadline with og:title: a tie, the
    # headline stays.
    head = article(
        headline="Dockers walk out over pay cut, halting three ships",
        name="Dockers walk out over pay cut, halting three ships",
        alternativeHeadline="Harbour strike halts loading",
    ) + og("Harbour strike halts loading")
    assert title_of(page(head, "")) == "Dockers walk out over pay cut, halting three ships"


def test_og_title_without_jsonld_is_unchanged() -> None:
    head = og("Dockers walk out over pay cut | Harbour Times")
    head += "<meta property='og:site_name' content='Harbour Times'>"
    assert title_of(page(head, "")) == "Dockers walk out over pay cut"


# --- the headline block ------------------------------------------------------------------


def test_visible_headline_with_a_kicker_goes_with_the_title() -> None:
    head = article(headline="Night shift: Dockers walk out over pay cut") + og(
        "Dockers walk out over pay cut"
    )
    html = page(head, f"<h1>Night shift: Dockers walk out over pay cut</h1><p>{LEAD}</p>")
    story = wireclean.parse_html(html)
    assert story.headline == "Dockers walk out over pay cut"
    assert story.body == (LEAD,)
    record = next(r for r in story.removed if r.field == "headline")
    assert record.text == "Night shift: Dockers walk out over pay cut"


def test_heading_that_only_starts_like_the_title_stays() -> None:
    # Negative: "outside" is not "out" and a kicker.
    head = og("Dockers walk out")
    html = page(head, f"<h2>Dockers walk outside the gates</h2><p>{LEAD}</p>")
    story = wireclean.parse_html(html)
    assert story.headline == "Dockers walk out"
    assert "Dockers walk outside the gates" in story.body


# --- authors -----------------------------------------------------------------------------


def test_author_the_page_credits_as_editor_is_no_author() -> None:
    head = article(headline="Dockers walk out", author={"@type": "Person", "name": "Ola Berg"})
    body = (
        "<div class='author'>Mira Santos</div><div class='author'>Editor: Ola Berg</div>"
        f"<p>{LEAD}</p>"
    )
    story = wireclean.parse_html(page(head, body))
    assert story.byline == ("Mira Santos",)


def test_author_not_labelled_editor_is_kept() -> None:
    head = article(headline="Dockers walk out", author={"@type": "Person", "name": "Ola Berg"})
    body = f"<div class='author'>Foto: Mira Santos</div><p>{LEAD}</p>"
    assert wireclean.parse_html(page(head, body)).byline == ("Ola Berg",)


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        # One word beside the site's address: how the site calls itself, no name.
        ("harbourtimes.net developer", ()),
        ("https://harbourtimes.net webteam", ()),
        # Negative: two words left beside an address are a name.
        ("Mira Santos https://x.example/mira", ("Mira Santos",)),
    ],
)
def test_word_beside_a_web_address_is_no_name(entry: str, expected: tuple[str, ...]) -> None:
    head = f"<meta name='author' content='{entry}'>"
    assert metadata_from_signals(read_html(page(head, "")).signals).authors == expected


# --- site names joined without spaces ----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("港湾ストが終結：港湾新聞", "港湾新聞", "港湾ストが終結"),
        ("Dockers walk out|Harbour Daily", "Harbour Daily", "Dockers walk out"),
        # A section word before the site, joined by a hyphen and a Hangul bar.
        ("부두 노동자 파업-경제ㅣ항구일보", "항구일보", "부두 노동자 파업"),
        # Negative: a hyphen alone makes a compound word, not a site suffix.
        ("A question of summer-Time", "Time", "A question of summer-Time"),
        # Negative: the site's name alone stays a title.
        ("Harbour Daily", "Harbour Daily", "Harbour Daily"),
    ],
)
def test_site_name_glued_to_the_title_is_cut(title: str, site: str, expected: str) -> None:
    assert clean_title(title, site=site) == expected
