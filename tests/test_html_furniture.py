"""The furniture filter on HTML blocks: links to other pages and author boxes inside a story."""

from __future__ import annotations

import wireclean

LEAD = (
    "<p>The harbour board voted on Tuesday to close the old ferry terminal, ending a "
    "service that ran for ninety years.</p>"
)
LATER = (
    "<p>Passengers will use the new terminal from March, the board said, after a "
    "<a href='/b'>vote</a> of seven to two.</p>"
)


def _page(inside: str) -> str:
    return (
        "<html><body><article><h1>Harbour board closes ferry terminal</h1>"
        f"{LEAD}{inside}{LATER}</article></body></html>"
    )


def _reasons(story: wireclean.Story) -> dict[str, str]:
    return {r.text: r.reason for r in story.removed if r.filter == "furniture"}


def test_a_link_to_another_story_inside_the_story_goes() -> None:
    teaser = "Council approves new bus depot after long debate"
    story = wireclean.parse_html(_page(f"<p><a href='/a'>{teaser}</a></p>"))
    assert teaser not in story.body
    assert _reasons(story)[teaser] == "link-list"
    assert len(story.body) == 2


def test_a_paragraph_with_a_link_in_it_stays() -> None:
    # Negative: a sentence with a few linked words is story text.
    story = wireclean.parse_html(_page(""))
    assert story.body[-1].startswith("Passengers will use the new terminal")


def test_a_paragraph_that_is_one_long_link_stays_when_it_is_the_story() -> None:
    # Negative: link text alone is not enough where it is the page's only prose.
    html = (
        "<html><body><article><h1>Harbour board closes ferry terminal</h1><p><a href='/x'>"
        "The harbour board voted on Tuesday to close the old ferry terminal, ending a "
        "service that ran for ninety years.</a></p></article></body></html>"
    )
    story = wireclean.parse_html(html)
    assert story.body == (
        "The harbour board voted on Tuesday to close the old ferry terminal, ending a "
        "service that ran for ninety years.",
    )


def test_an_author_box_at_the_end_goes() -> None:
    bio = (
        "Ilse Marwood has covered the harbour for the Lowmarsh Herald since 2019 and "
        "writes about transport."
    )
    html = _page("").replace("</article>", f"<div class='author-box'><p>{bio}</p></div></article>")
    story = wireclean.parse_html(html)
    assert bio not in story.body
    assert _reasons(story)[bio] == "chrome-context"
