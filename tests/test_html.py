"""Unit tests for wireclean.html.render_html, and parse_html on the HTML it reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import wireclean
from wireclean import Dateline
from wireclean.html import render_html

LEAD = (
    "Al Qaeda insurgents behind the kidnap of Westerners in the Sahara desert have forged "
    "alliances with corrupt officials and local tribes, a senior ex-militant said."
)


# --- blocks ----------------------------------------------------------------------------


def test_docstring_example() -> None:
    page = "<p>One <b>two</b></p><ul><li>three</li></ul><script>x()</script>"
    assert render_html(page) == "One two\n\n* three\n"


def test_paragraphs_are_blocks() -> None:
    page = "<html><body><p>First paragraph.</p><p>Second paragraph.</p></body></html>"
    assert render_html(page) == "First paragraph.\n\nSecond paragraph.\n"


def test_headings_are_blocks() -> None:
    page = "<h1>Mali army sold guns</h1><h2>Subhead</h2><p>Body.</p>"
    assert render_html(page) == "Mali army sold guns\n\nSubhead\n\nBody.\n"


def test_divs_and_sections_are_blocks() -> None:
    page = "<div>One</div><section>Two</section><article><div>Three</div></article>"
    assert render_html(page) == "One\n\nTwo\n\nThree\n"


def test_list_items_get_a_star_marker() -> None:
    page = "<ul><li>First point</li><li>Second <b>point</b></li></ul><ol><li>Third</li></ol>"
    assert render_html(page) == "* First point\n\n* Second point\n\n* Third\n"


def test_empty_list_item_is_left_out() -> None:
    assert render_html("<ul><li></li><li>Real</li></ul>") == "* Real\n"


def test_br_breaks_a_line() -> None:
    assert render_html("<p>line one<br>line two<br/>line three</p>") == (
        "line one\nline two\nline three\n"
    )


def test_table_cells_are_blocks() -> None:
    page = "<table><tr><td>Cell one</td><td>Cell two</td></tr></table>"
    assert render_html(page) == "Cell one\n\nCell two\n"


def test_text_directly_in_body_and_tails() -> None:
    page = "<body>Loose text<p>In a paragraph</p>tail text</body>"
    assert render_html(page) == "Loose text\n\nIn a paragraph\n\ntail text\n"


# --- inline tags and whitespace ----------------------------------------------------------


def test_nested_inline_tags_are_folded() -> None:
    page = "<p>Al <span>Qaeda <i>gets <b>help</b></i> from</span> <a href='#'>Mali</a></p>"
    assert render_html(page) == "Al Qaeda gets help from Mali\n"


def test_inline_tags_without_spaces_join_words() -> None:
    assert render_html("<p>x<span>y<i>z<b>w</b></i></span> v</p>") == "xyzw v\n"


def test_source_spaces_and_tabs_are_folded() -> None:
    page = "<p>   Al Qaeda   gets   help\t from  Mali </p>"
    assert render_html(page) == "Al Qaeda gets help from Mali\n"


_SOURCE_NEWLINES = (
    "source newlines inside a <p> are kept as line breaks (only <br> should break a "
    "line), so parse_html splits one paragraph into several body paragraphs"
)


def test_source_newlines_are_folded() -> None:
    page = "<p>\n   Al Qaeda\n   gets   help\t from\n  Mali\n</p>"
    assert render_html(page) == "Al Qaeda gets help from Mali\n"


def test_paragraph_with_source_newlines_is_one_body_paragraph() -> None:
    page = (
        "<html><body><h1>Mali army sold guns</h1>\n"
        "<p>Al Qaeda insurgents behind the kidnap\n of Westerners have forged alliances,\n"
        " a senior ex-militant said.</p></body></html>"
    )
    assert wireclean.parse_html(page).body == (
        "Al Qaeda insurgents behind the kidnap of Westerners have forged alliances, "
        "a senior ex-militant said.",
    )


# --- entities --------------------------------------------------------------------------


def test_entities_are_decoded() -> None:
    page = "<p>AT&amp;T &eacute;t&eacute; &#8217;s &#x2014; &lt;tag&gt; &quot;q&quot;</p>"
    assert render_html(page) == 'AT&T été ’s — <tag> "q"\n'


def test_nbsp_entity_folds_to_a_space() -> None:
    assert render_html("<p>ALGIERS&nbsp;(Reuters)</p>") == "ALGIERS (Reuters)\n"


# --- what never appears -----------------------------------------------------------------


@pytest.mark.parametrize(
    "hidden",
    [
        "<script>var secret = 1;</script>",
        "<script type='application/ld+json'>{\"secret\": 1}</script>",
        "<style>.secret { color: red }</style>",
        "<noscript>secret: enable JavaScript</noscript>",
        "<template><p>secret template</p></template>",
        "<!-- secret comment -->",
        "<p hidden>secret hidden</p>",
        "<div hidden=''>secret hidden</div>",
        "<p aria-hidden='true'>secret aria</p>",
        "<p aria-hidden=' TRUE '>secret aria</p>",
        "<div style='display:none'>secret display</div>",
        "<div style='color: red; display : none'>secret display</div>",
        "<div style='DISPLAY: NONE'>secret display</div>",
        "<div style='visibility: hidden'>secret visibility</div>",
        "<div hidden><p>secret <b>nested</b></p><ul><li>secret item</li></ul></div>",
        "<svg><text>secret svg</text></svg>",
        "<iframe>secret iframe</iframe>",
        "<button>secret button</button>",
        "<select><option>secret option</option></select>",
        "<textarea>secret textarea</textarea>",
    ],
)
def test_hidden_content_never_appears(hidden: str) -> None:
    page = f"<html><body><p>Before.</p>{hidden}<p>After.</p></body></html>"
    out = render_html(page)
    assert "secret" not in out
    assert out == "Before.\n\nAfter.\n"


def test_head_never_appears() -> None:
    page = (
        "<html><head><title>secret title</title><meta name='x' content='secret'>"
        "<style>p{}</style><script>secret()</script></head>"
        "<body><p>Visible.</p></body></html>"
    )
    assert render_html(page) == "Visible.\n"


def test_visible_aria_hidden_false_appears() -> None:
    assert render_html("<p aria-hidden='false'>Shown</p>") == "Shown\n"


def test_tail_after_hidden_element_is_kept() -> None:
    page = "<p>Al Qaeda <span style='display:none'>secret</span>gets help</p>"
    assert render_html(page) == "Al Qaeda gets help\n"


def test_tail_after_script_inside_paragraph_is_kept() -> None:
    page = "<p>Before <script>secret()</script>after</p>"
    assert render_html(page) == "Before after\n"


# --- odd input --------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["", "   ", "\n\n", "<html></html>", "<p></p>", "<!-- x -->"])
def test_empty_pages_give_empty_text(page: str) -> None:
    assert render_html(page) == ""


def test_nul_bytes_do_not_raise() -> None:
    out = render_html("<p>Al\x00 Qaeda</p>\x00<p>gets\x00help</p>")
    assert "\x00" not in out
    assert "Al" in out and "Qaeda" in out


def test_nul_bytes_are_deleted_like_on_the_text_path() -> None:
    story = wireclean.parse_html("<p>Al\x00 Qaeda gets\x00help</p>")
    assert (story.headline, *story.body) in {(None, "Al Qaeda getshelp"), ("Al Qaeda getshelp",)}


@pytest.mark.timeout(10)
def test_deep_nesting_does_not_raise() -> None:
    depth = 10_000
    page = "<p>before</p>" + "<div>" * depth + "deep" + "</div>" * depth + "<p>after</p>"
    out = render_html(page)
    assert out.startswith("before")


@pytest.mark.timeout(10)
def test_deep_inline_nesting_does_not_raise() -> None:
    depth = 10_000
    render_html("<p>" + "<b><i>" * depth + "deep" + "</i></b>" * depth + "</p>")


# Past libxml2's depth limit (2048) the page is parsed again flattened (issue #8).
@pytest.mark.parametrize("depth", [300, 1000, 2100, 10_000])
def test_deep_nesting_keeps_the_text(depth: int) -> None:
    page = "<p>before</p>" + "<div>" * depth + "deep" + "</div>" * depth + "<p>after</p>"
    assert render_html(page) == "before\n\ndeep\n\nafter\n"


def test_moderate_nesting_keeps_the_text() -> None:
    page = "<p>before</p>" + "<div>" * 100 + "deep" + "</div>" * 100 + "<p>after</p>"
    assert render_html(page) == "before\n\ndeep\n\nafter\n"


def test_external_entity_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    for target in (secret.as_uri(), "file:///etc/passwd"):
        page = (
            '<?xml version="1.0"?>'
            f'<!DOCTYPE x [<!ENTITY e SYSTEM "{target}">]>'
            "<html><body><p>a &e; b</p></body></html>"
        )
        out = render_html(page)
        assert "TOP-SECRET-CONTENT" not in out
        assert "root:" not in out
        assert "a" in out and "b" in out
        story = wireclean.parse(page)
        assert not any("TOP-SECRET" in p or "root:" in p for p in story.body)


def test_unclosed_tags_are_recovered() -> None:
    assert render_html("<p>One<p>Two<li>Three") == "One\n\nTwo\n\n* Three\n"


def test_non_ascii_text_survives() -> None:
    page = "<p>東京（ロイター） - 日本銀行</p><p>São Paulo — Zürich</p>"
    assert render_html(page) == "東京（ロイター） - 日本銀行\n\nSão Paulo — Zürich\n"


def test_lone_surrogate_does_not_raise() -> None:
    render_html("<p>bad \ud800 char</p>")


# --- parse_html --------------------------------------------------------------------------

PAGE = (
    "<!DOCTYPE html><html><head><title>Mali</title><script>track()</script></head><body>"
    "<h1>Al Qaeda gets help from Mali officials: ex-rebel</h1>"
    "<ul><li>Former insurgent says army officers sold weapons</li>"
    "<li>Mali official says allegations unreliable</li></ul>"
    "<p>By Lamine Chikhi</p>"
    f"<p>ALGIERS, Aug 12 (Reuters) - {LEAD}</p>"
    "<p>Mali's government declined to comment.</p>"
    "<div style='display:none'>hidden promo</div>"
    "</body></html>"
)


def _check_page_story(story: wireclean.Story) -> None:
    assert story.headline == "Al Qaeda gets help from Mali officials: ex-rebel"
    assert story.bullets == (
        "Former insurgent says army officers sold weapons",
        "Mali official says allegations unreliable",
    )
    assert story.byline == ("Lamine Chikhi",)
    assert story.dateline == Dateline("ALGIERS", "Aug 12", "Reuters")
    assert story.body == (LEAD, "Mali's government declined to comment.")


def test_parse_html_on_a_string() -> None:
    _check_page_story(wireclean.parse_html(PAGE))


def test_parse_html_on_bytes() -> None:
    _check_page_story(wireclean.parse_html(PAGE.encode("utf-8")))


@pytest.mark.parametrize("features", ["html.parser", "lxml"])
def test_parse_html_on_a_beautifulsoup_object(features: str) -> None:
    soup = BeautifulSoup(PAGE, features)
    _check_page_story(wireclean.parse_html(soup))


def test_parse_html_on_a_beautifulsoup_tag() -> None:
    soup = BeautifulSoup(PAGE, "html.parser")
    body = soup.body
    assert body is not None
    _check_page_story(wireclean.parse_html(body))


def test_parse_html_on_an_empty_page() -> None:
    story = wireclean.parse_html("")
    assert story.body == ()
    assert story.headline is None


# --- block kinds and context ------------------------------------------------------------


def test_blocks_carry_their_tag_as_kind() -> None:
    from wireclean.html import read_html

    page = (
        "<h1>Title</h1><h3>Sub</h3><p>Para.</p><ul><li><p>Item</p></li></ul>"
        "<figure><img src='x'><figcaption>Caption</figcaption></figure>"
        "<blockquote>Quote</blockquote><table><tr><td>Cell</td></tr></table>"
    )
    kinds = [(b.kind, b.text) for b in read_html(page).blocks]
    assert kinds == [
        ("h1", "Title"),
        ("h3", "Sub"),
        ("p", "Para."),
        ("li", "Item"),
        ("figcaption", "Caption"),
        ("blockquote", "Quote"),
        ("td", "Cell"),
    ]


def test_blocks_carry_their_context() -> None:
    from wireclean.html import read_html

    page = (
        "<header><nav><ul><li><a>Home</a></li></ul></nav></header>"
        "<article><p>Story.</p><figure><figcaption>Photo</figcaption></figure>"
        "<div class='article-byline'>By Ann Lee</div>"
        "<p><span class='byline'>By Bo Li</span></p></article>"
        "<div id='cookie-consent'><p>We use cookies.</p></div>"
        "<div class='newsletter-signup'><p>Sign up.</p></div>"
        "<aside><p>Related</p></aside><footer><p>(c) 2024</p></footer>"
        "<div class='shareholders'><p>Not chrome.</p></div>"
    )
    contexts = {b.text: b.context for b in read_html(page).blocks}
    assert contexts == {
        "Home": "header nav",
        "Story.": "article",
        "Photo": "article figure",
        "By Ann Lee": "article byline",
        "By Bo Li": "article byline",
        "We use cookies.": "cookie",
        "Sign up.": "newsletter",
        "Related": "aside",
        "(c) 2024": "footer",
        "Not chrome.": "",
    }


def test_text_path_blocks_have_no_context() -> None:
    assert all(b.context == "" for b in wireclean.parse_text("One\n\n* two\n\nThree.").blocks)


def test_br_lines_are_blocks_of_their_own() -> None:
    from wireclean.html import read_html

    blocks = read_html("<p>By Jane Doe<br>Associated Press</p>").blocks
    assert [b.text for b in blocks] == ["By Jane Doe", "Associated Press"]


def test_html_blocks_are_conserved() -> None:
    """Kept blocks and removals (metadata fills aside) cover the rendered page once."""
    from wireclean.html import read_html

    source = read_html(PAGE).source
    story = wireclean.parse_html(PAGE)
    covered = [0] * len(source)
    for span in [(b.start, b.end) for b in story.blocks] + [
        (r.start, r.end) for r in story.removed if r.reason != "metadata"
    ]:
        for i in range(*span):
            covered[i] += 1
    assert all(covered[i] == 1 for i, c in enumerate(source) if not c.isspace())


# --- charsets and hard pages -------------------------------------------------------------


def test_declared_charset_is_used_for_bytes() -> None:
    page = (
        "<html><head><meta charset='shift_jis'></head>"
        "<body><p>日本銀行は金利を上げた</p></body></html>"
    )
    assert render_html(_decoded(page.encode("shift_jis"))) == "日本銀行は金利を上げた\n"


def test_wrong_declared_charset_does_not_raise() -> None:
    page = "<html><head><meta charset='utf-8'></head><body><p>Café crème</p></body></html>"
    assert render_html(_decoded(page.encode("latin-1"))) == "Café crème\n"
    bogus = b"<html><head><meta charset='no-such-charset'></head><body><p>caf\xe9</p></body></html>"
    assert render_html(_decoded(bogus)) == "café\n"
    wireclean.parse_html(bogus)


def _decoded(data: bytes) -> str:
    from wireclean.api import _decode

    return _decode(data, html=True)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body></body></html>",
        "<html><head><title>404 Not Found</title></head><body><script>x()</script></body></html>",
    ],
)
def test_page_without_article_gives_an_empty_story(page: str) -> None:
    story = wireclean.parse_html(page)
    assert story.body == ()


def test_reading_a_page_leaves_the_cyclic_collector_as_it_found_it() -> None:
    # read_html pauses Python's cyclic collector while it reads (speed, issue #6).
    import gc

    from wireclean.html import read_html

    assert gc.isenabled()
    read_html("<p>Hi.</p>")
    assert gc.isenabled()
    read_html("")  # returns early
    assert gc.isenabled()
    gc.disable()
    try:
        read_html("<p>Hi.</p>")
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
