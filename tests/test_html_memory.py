"""Tests for the streamed reading of HTML (issue #6: speed and memory of large pages).

``read_html`` reads a page as libxml2 parses it (a parser target), never building its
tree; a page with React's streamed segments is read from its tree. Both ways must
give the same page: these tests read invented pages both ways and compare, and the
corpus pages when the corpus is there. Texts are invented.
"""

from __future__ import annotations

import gzip
import tracemalloc
from pathlib import Path

import pytest

from wireclean import html as wh
from wireclean.html import Page, read_html


def _both(page: str) -> tuple[Page, Page]:
    """Return the page read streaming and read from its tree."""
    data = page.encode("utf-8")
    walker = wh._read_stream(data)
    streamed = walker.page() if walker is not None else Page("", ())
    return streamed, wh._read_tree(data)


def _same(page: str) -> Page:
    streamed, tree = _both(page)
    assert streamed == tree
    return streamed


HEAD = (
    '<html lang="fr"><head><title>Le <b>titre</b> du jour</title>'
    '<meta property="og:title" content="Titre déclaré"><meta name="author" content="Ana Lis">'
    '<link rel="canonical" href="https://example.invalid/a">'
    '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
    "<script>var x = 1;</script></head>"
)


def test_head_signals_are_read_as_from_the_tree() -> None:
    page = _same(HEAD + "<body><h1>Un titre</h1><p>Le texte du jour.</p></body></html>")
    assert page.signals.title == "Le <b>titre</b> du jour"
    assert page.signals.language == "fr"
    assert ("og:title", "Titre déclaré") in page.signals.metas
    assert page.signals.links == (("canonical", "https://example.invalid/a"),)
    assert page.signals.jsonld == ('{"@type": "NewsArticle"}',)


def test_bylines_are_gathered_as_the_page_streams() -> None:
    page = _same(
        "<body><div class='byline'>By <a rel='author' href='/a'>Ann Lee</a>"
        "<span class='sr-only'>opens a new window</span><br>and Bo Park</div>"
        "<p class='author'>Jo <span hidden>never</span>Doe</p>"
        f"<div class='byline'>{'word ' * 60}</div>"
        "<p>The story itself, one sentence long.</p></body>"
    )
    assert page.signals.authors == ("Ann Lee",)
    assert page.signals.bylines == ("By Ann Lee and Bo Park", "Jo Doe")


def test_at_most_forty_byline_elements_are_read() -> None:
    spans = "".join(f"<span class='author'>Name {n}</span>" for n in range(45))
    long = f"<span class='author'>{'x' * 900}</span>"
    page = _same(f"<body><div>{long}{spans}</div><p>Body text here.</p></body>")
    assert len(page.signals.bylines) == 40
    assert page.signals.bylines[0] == "Name 0"


def test_held_back_paragraphs_are_read_and_copies_for_machines_are_not() -> None:
    page = _same(
        "<body><p>Lead paragraph of the story.</p>"
        "<div class='paywall' hidden><p>Second paragraph, held back.</p>"
        "<div class='paywall' hidden><p>Third, held back twice.</p></div>"
        "<span class='byline'>By Held Author</span>"
        "<script type='application/ld+json'>{\"a\": 1}</script></div>"
        "<div class='paywall' hidden>A copy of the story for machines.</div>"
        "<p class='paywall' hidden>A held-back paragraph of its own.</p>"
        "<p>Closing paragraph.</p></body>"
    )
    texts = [b.text for b in page.blocks]
    assert "Second paragraph, held back." in texts
    assert "Third, held back twice." in texts
    assert "A held-back paragraph of its own." in texts
    assert "A copy of the story for machines." not in texts
    assert page.signals.bylines == ("By Held Author",)
    assert page.signals.jsonld == ('{"a": 1}',)


def test_scripts_in_hidden_parts_and_text_after_the_page_are_not_read() -> None:
    page = _same(
        "<body><div hidden><script type='application/ld+json'>{}</script><p>No.</p></div>"
        "<div class='d-none'><p>Hidden too.</p></div><ul><li>One</li><li>Two</li></ul>"
        "</body></html><p>After the page.</p>"
    )
    assert [b.text for b in page.blocks] == ["One", "Two"]
    assert page.signals.jsonld == ()


def test_streamed_segments_are_read_from_the_tree() -> None:
    page = (
        "<body><p>Before.</p><template id='B:1'></template><p>After.</p>"
        "<div hidden id='S:1'><p>The streamed part of the story.</p></div></body>"
    )
    with pytest.raises(wh._NeedTree):
        wh._read_stream(page.encode())
    texts = [b.text for b in read_html(page).blocks]
    assert texts == ["Before.", "The streamed part of the story.", "After."]


def test_odd_names_inside_a_held_back_element_fall_back_to_the_tree() -> None:
    page = "<body><div class='paywall' hidden><o:p>Word</o:p><p>Held back.</p></div></body>"
    assert read_html(page) == wh._read_tree(page.encode())


def test_deep_pages_are_read_from_the_tree_and_empty_ones_give_nothing() -> None:
    deep = "<div>" * 3000 + "<p>Deep text.</p>" + "</div>" * 3000
    with pytest.raises(wh._NeedTree):
        wh._read_stream(deep.encode())
    assert read_html(deep) == wh._read_tree(deep.encode())
    assert [b.text for b in read_html(deep).blocks] == ["Deep text."]
    assert read_html("<!-- nothing -->") == Page("", ())
    assert read_html("   ") == Page("", ())


def test_repeated_short_texts_are_one_string() -> None:
    page = read_html("<body>" + "<p>Share</p><p>Menu</p>" * 50 + "</body>")
    shares = [b.text for b in page.blocks if b.text == "Share"]
    assert len(shares) == 50
    assert all(text is shares[0] for text in shares)


def test_a_page_of_many_small_blocks_keeps_little_besides_its_blocks() -> None:
    # Python objects only (libxml2's own memory is not traced): the blocks themselves
    # take ~190 bytes each (their texts shared); before streaming the peak was ~285.
    lines = ["Home", "World", "Share", "Sign In", "12 Comments", "Breakpoint: md"]
    page = "<html><body>\n" + "\n".join(f"<p>{lines[n % 6]}</p>" for n in range(60_000))
    tracemalloc.start()
    try:
        blocks = read_html(page).blocks
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(blocks) == 60_000
    assert peak / len(blocks) < 260


def test_corpus_pages_read_alike_streamed_and_from_the_tree(corpus: Path) -> None:
    pages = sorted((corpus / "fundus" / "data").glob("*/*.html.gz"))
    assert pages
    for path in pages:
        text = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        data = text.replace("\x00", "").encode("utf-8", "replace")
        try:
            walker = wh._read_stream(data)
        except wh._NeedTree:
            continue
        streamed = walker.page() if walker is not None else Page("", ())
        assert streamed == wh._read_tree(data), path.name
