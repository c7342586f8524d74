"""The furniture filter's late rules (issue #6): furniture markup, credits, title headings.

Each page is invented: a story of three paragraphs with one block of furniture standing
between them, inside the story's span, where only the furniture filter can take it out.
"""

from __future__ import annotations

import wireclean

FIRST = (
    "<p>The harbour board voted on Tuesday to close the old ferry terminal, ending a "
    "service that ran for ninety years along the northern shore.</p>"
)
SECOND = (
    "<p>Passengers will use the new terminal from March, the board said, after a vote "
    "of seven to two that followed a long and heated public meeting.</p>"
)
THIRD = (
    "<p>The old building will be sold, and the money will pay for a second pier, the "
    "chair of the board told reporters after the meeting ended.</p>"
)


def _page(inside: str, head: str = "<h1>Harbour board closes ferry terminal</h1>") -> str:
    return f"<html><body><article>{head}{FIRST}{SECOND}{inside}{THIRD}</article></body></html>"


def _reasons(story: wireclean.Story) -> dict[str, str]:
    return {r.text: r.reason for r in story.removed if r.filter == "furniture"}


def _story_kept(story: wireclean.Story) -> None:
    assert story.body[0].startswith("The harbour board voted")
    assert story.body[-1].startswith("The old building will be sold")


def test_a_nav_inside_the_header_of_the_story_goes() -> None:
    line = "More from the northern shore desk this week"
    story = wireclean.parse_html(_page(f"<header><nav><p>{line}</p></nav></header>"))
    assert line not in story.body
    assert _reasons(story)[line] == "chrome-context"
    _story_kept(story)


def test_a_comment_box_line_inside_the_story_goes() -> None:
    line = "Comments are closed on this story for the weekend."
    story = wireclean.parse_html(_page(f"<div class='comments'><p>{line}</p></div>"))
    assert line not in story.body
    assert _reasons(story)[line] == "chrome-context"


def test_a_caption_in_a_promo_box_is_a_caption() -> None:
    caption = "A ferry leaves the old terminal on the last day of its service."
    box = f"<div class='promo'><figure><figcaption>{caption}</figcaption></figure></div>"
    story = wireclean.parse_html(_page(box))
    assert caption not in story.body
    assert _reasons(story)[caption] == "caption"
    _story_kept(story)


def test_the_short_lines_of_an_author_box_go() -> None:
    line = "Harbour and transport reporter"
    story = wireclean.parse_html(_page(f"<div class='author-box'><p>{line}</p></div>"))
    assert line not in story.body
    assert _reasons(story)[line] == "chrome-context"


def test_a_paragraph_closed_by_a_photo_credit_is_a_caption() -> None:
    for caption in (
        "The ferry terminal on its last morning of service. © Jane Roe",
        "Workers clear the pier before the sale. Bildrechte: Hafen/Jane Roe",
        "The board's chair leaves the meeting hall. IMAGO/Jane Roe",
        "Passengers wait for the last ferry at dawn (Picture: Getty Images)",
    ):
        story = wireclean.parse_html(_page(f"<div>{caption}</div>"))
        assert caption not in story.body, caption
        assert _reasons(story)[caption] == "caption"
        _story_kept(story)


def test_a_caption_closed_by_a_credit_goes_on_the_text_path_too() -> None:
    caption = "The ferry terminal on its last morning. © Jane Roe/Harbour Press"
    text = "\n\n".join(
        [
            "Harbour board closes ferry terminal",
            "The harbour board voted on Tuesday to close the old ferry terminal, ending a "
            "service that ran for ninety years.",
            caption,
            "Passengers will use the new terminal from March, the board said after a vote.",
        ]
    )
    story = wireclean.parse_text(text)
    assert caption not in story.body
    assert len(story.body) == 2


def test_a_sentence_that_names_a_copyright_stays() -> None:
    # Negative: a credit's label inside a sentence that ends as a sentence is story.
    line = (
        "<p>The court ruled that the photo's copyright: the agency's, not the board's, "
        "was never in doubt.</p>"
    )
    story = wireclean.parse_html(_page(line))
    assert any(p.startswith("The court ruled") for p in story.body)


def test_a_second_title_heading_below_the_headline_goes() -> None:
    heading = "Northern shore Ferry terminal to close"
    story = wireclean.parse_html(_page(f"<h1>{heading}</h1>"))
    assert story.headline == "Harbour board closes ferry terminal"
    assert heading not in story.body
    assert _reasons(story)[heading] == "repeated"


def test_section_headings_and_quotes_stay() -> None:
    # Negative: an <h2> of the story's own and a quotation are story text.
    inside = (
        "<h2>What happens to the pier</h2>"
        "<blockquote><p>We will miss the old ferry, but the new one is faster.</p></blockquote>"
    )
    story = wireclean.parse_html(_page(inside))
    assert "What happens to the pier" in story.body
    assert "We will miss the old ferry, but the new one is faster." in story.body


def test_an_info_box_beside_the_story_goes() -> None:
    line = "The ferry service began in 1934 and carried two million people a year at its peak."
    story = wireclean.parse_html(_page(f"<div class='article-infobox'><p>{line}</p></div>"))
    assert line not in story.body
    assert _reasons(story)[line] == "chrome-context"
    _story_kept(story)


def test_a_video_player_and_a_disclaimer_inside_the_story_go() -> None:
    player = "We are sorry, but this video could not be played right now."
    note = "Opinions expressed in guest columns are those of their authors alone."
    inside = (
        f"<div class='video-player'><p>{player}</p></div>"
        f"<div class='legal-disclaimer'><p>{note}</p></div>"
    )
    story = wireclean.parse_html(_page(inside))
    assert player not in story.body
    assert note not in story.body
    _story_kept(story)


def test_a_box_that_is_not_a_fact_box_stays() -> None:
    # Negative: sites wrap the story's own paragraphs in a generic "box".
    line = "The chair said the vote was the hardest the board had taken in a decade."
    story = wireclean.parse_html(_page(f"<div class='text-box'><p>{line}</p></div>"))
    assert line in story.body


def test_a_link_with_a_label_in_capitals_goes() -> None:
    teaser = "READ MORE: Storm closes two bridges on the northern shore"
    story = wireclean.parse_html(_page(f"<p>{teaser}</p>"))
    assert teaser not in story.body
    assert _reasons(story)[teaser] == "chrome-phrase"
    _story_kept(story)


def test_a_series_label_and_a_labelled_paragraph_stay() -> None:
    # Negatives: a series' label has no headline after it; a paragraph is prose.
    series = "DEEP WATERS: A Special Report"
    lead = "NORTH BAY: The board met for six hours before the vote was taken, members said."
    story = wireclean.parse_html(_page(f"<p>{series}</p><p>{lead}</p>"))
    assert series in story.body
    assert lead in story.body


def test_a_sidebar_outside_main_inside_the_story_span_goes() -> None:
    appeal = "Please support our reporting with a donation of any size, every month."
    page = (
        "<html><body><main><article><h1>Harbour board closes ferry terminal</h1>"
        f"{FIRST}{SECOND}</article></main><aside><p>{appeal}</p></aside>"
        f"<main><article>{THIRD}</article></main></body></html>"
    )
    story = wireclean.parse_html(page)
    assert appeal not in story.body
    assert _reasons(story)[appeal] == "chrome-context"
    _story_kept(story)


def test_a_standfirst_above_main_stays() -> None:
    # Negative: what stands above the story's <main> (a standfirst) is not cut for it.
    standfirst = "The vote ends ninety years of service along the northern shore."
    page = (
        f"<html><body><header><p>{standfirst}</p></header>"
        f"<main><article>{FIRST}{SECOND}{THIRD}</article></main></body></html>"
    )
    story = wireclean.parse_html(page)
    assert standfirst in story.body


def test_a_fact_box_in_an_aside_goes() -> None:
    fact = "Ferry services on the coast carried two million passengers in their busiest year."
    story = wireclean.parse_html(_page(f"<aside><h3>Facts</h3><p>{fact}</p></aside>"))
    assert fact not in story.body
    assert _reasons(story)[fact] == "chrome-context"
    _story_kept(story)


def test_a_story_set_in_an_aside_stays() -> None:
    # Negative: when the asides hold most of the story's text, they are the story.
    page = (
        "<html><body><main><article><h1>Harbour board closes ferry terminal</h1>"
        f"<aside>{FIRST}{SECOND}</aside>{THIRD}</article></main></body></html>"
    )
    story = wireclean.parse_html(page)
    assert len(story.body) == 3
    _story_kept(story)


def test_an_embedded_post_goes_and_a_quotation_stays() -> None:
    post = "Huge crowds at the harbour tonight for the last ferry, what a send-off."
    quote = "We will miss the old ferry, but the new one is faster."
    inside = (
        f"<blockquote class='twitter-tweet'><p>{post}</p></blockquote>"
        f"<blockquote><p>{quote}</p></blockquote>"
    )
    story = wireclean.parse_html(_page(inside))
    assert post not in story.body
    assert quote in story.body
    _story_kept(story)
