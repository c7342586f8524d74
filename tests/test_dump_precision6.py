"""More of a whole-page dump's furniture inside the story (issue #4).

A newsletter box's confirmation and the page's own buttons and notes ("Thanks for
signing up!", "Schriftgröße"); a button between two buttons named as chrome ("merken"
between "Teilen" and "Drucken"); a source's line under a chart or box ("Source: ...",
"Quelle: ..."); a line that sends the reader elsewhere for more ("... lesen Sie hier.");
a read-also card that its author's byline closes; a list of the site's latest stories
above the story that prints the story's title too; teaser cards below a dated run of
cards. Invented dump pages; the story is the one of ``test_dump_precision5``.
"""

from __future__ import annotations

from tests.test_dump_precision5 import _HEADLINE, _MENU, _PARAS
from wireclean import parse_text


def _dump(*blocks: str) -> str:
    return "\n\n".join([_MENU, _HEADLINE, *blocks, "Privacy policy", "Contact us"]) + "\n"


def _cut(story: object, line: str) -> str:
    """Return the reason the line was cut for."""
    removed = {r.text.strip(): r for r in story.removed}  # type: ignore[attr-defined]
    return str(removed[line].reason)


def test_a_newsletter_box_confirmation_goes() -> None:
    box = [
        "Thanks for signing up!",
        "A welcome email is on its way. If you don't see it, please check your junk folder.",
        "The next issue of Morning Brief will soon be in your inbox.",
    ]
    story = parse_text(_dump(*_PARAS[:3], *box, *_PARAS[3:]))
    for para in _PARAS:
        assert para in story.body
    for line in box:
        assert line not in story.body
        assert _cut(story, line) == "chrome-phrase"


def test_the_page_s_own_buttons_and_notes_go() -> None:
    lines = ["Schriftgröße", "Tap here to see other videos from our team.", "Show authors"]
    story = parse_text(_dump(*_PARAS[:2], lines[0], *_PARAS[2:4], *lines[1:], *_PARAS[4:]))
    for para in _PARAS:
        assert para in story.body
    for line in lines:
        assert line not in story.body


def test_a_button_between_chrome_buttons_goes_with_them() -> None:
    story = parse_text(_dump(*_PARAS[:3], "Teilen", "merken", "Drucken", *_PARAS[3:]))
    assert "merken" not in story.body
    assert _cut(story, "merken") == "link-list"
    for para in _PARAS:
        assert para in story.body


def test_a_heading_between_chrome_buttons_stays() -> None:
    heading = "Masons from three counties"
    story = parse_text(_dump(*_PARAS[:3], "Teilen", heading, "Drucken", *_PARAS[3:]))
    assert heading in story.body


def test_a_source_line_under_a_chart_goes() -> None:
    lines = ["Source: County Roads Survey 2024", "Quelle: Statistisches Landesamt"]
    story = parse_text(_dump(*_PARAS[:2], lines[0], *_PARAS[2:4], lines[1], *_PARAS[4:]))
    for para in _PARAS:
        assert para in story.body
    for line in lines:
        assert line not in story.body
        assert _cut(story, line) == "caption"


def test_a_sentence_after_a_source_label_stays() -> None:
    sentence = "Source: a mason who worked on the arches, speaking on condition of anonymity!"
    story = parse_text(_dump(*_PARAS[:3], sentence, *_PARAS[3:]))
    assert sentence in story.body


def test_a_line_sending_the_reader_elsewhere_goes() -> None:
    lines = [
        "Mehr über die Brücke lesen Sie hier.",
        "For more stories like this, check our news page.",
        "Alle Meldungen zum Hochwasser finden Sie in unserem Liveblog:",
    ]
    story = parse_text(_dump(*_PARAS[:2], lines[0], *_PARAS[2:4], *lines[1:], *_PARAS[4:]))
    for para in _PARAS:
        assert para in story.body
    for line in lines:
        assert line not in story.body
        assert _cut(story, line) == "chrome-phrase"


def test_a_read_also_label_before_a_title_stays_for_its_card() -> None:
    # "Lesen Sie hier:" opens a read-also card's title; the line is not sent elsewhere.
    line = "Lesen Sie hier: Wie die Brücke gebaut wurde"
    story = parse_text(_dump(*_PARAS[:3], line, *_PARAS[3:]))
    assert _PARAS[3] in story.body
    assert all(r.reason != "chrome-phrase" for r in story.removed if r.text.strip() == line)


def test_a_read_also_card_closed_by_its_byline_goes() -> None:
    card = [
        "Auch interessant",
        "The town council wants a second crossing further upstream. Engineers are sceptical.",
        "Will Millbrook get a new bridge by 2030?",
        "Von Jane Roe",
    ]
    story = parse_text(_dump(*_PARAS[:3], *card, *_PARAS[3:]))
    for para in _PARAS:
        assert para in story.body
    for line in card:
        assert line not in story.body


def test_a_similar_news_label_and_its_card_go() -> None:
    card = ["Ähnliche Nachrichten", "Floods close the ferry at Eastwick for a week"]
    story = parse_text(_dump(*_PARAS[:3], *card, *_PARAS[3:]))
    for line in card:
        assert line not in story.body
    for para in _PARAS:
        assert para in story.body


_LATEST_TITLES = [
    "Ferry to Eastwick cancelled for the weekend",
    "Market hall gets a new roof",
    _HEADLINE,
    "Library extends its opening hours",
    "Two schools merge in September",
    "New cycle path opens along the canal",
]


def _latest() -> list[str]:
    """A list of the site's latest stories: a kicker, an age and a title each."""
    lines = ["Latest news"]
    for i, title in enumerate(_LATEST_TITLES):
        lines += ["Region", f"World news, {(i + 1) * 7} min. ago.", title]
    return lines


def test_a_list_of_latest_stories_above_the_headline_goes() -> None:
    latest = _latest()
    page = "\n\n".join([_MENU, *latest, _HEADLINE, "Opinion", "JR", *_PARAS, "Privacy policy"])
    story = parse_text(page + "\n")
    assert story.headline == _HEADLINE
    for para in _PARAS:
        assert para in story.body
    for line in latest:
        assert line not in story.body


def test_a_headline_printed_again_below_its_standfirst_keeps_the_standfirst() -> None:
    standfirst = (
        "After a year of repairs the stone bridge carries traffic again, and the "
        "traders on the east bank hope their customers will return."
    )
    head = [_HEADLINE, standfirst, *_latest()[1:], _HEADLINE]
    story = parse_text("\n\n".join([_MENU, *head, *_PARAS, "Privacy policy"]) + "\n")
    assert standfirst in story.body


_DATED_CARDS = [
    "Our picks",
    "Ferry to Eastwick cancelled for the weekend",
    "Storms kept the boats in harbour on Saturday.",
    "08.05.2024",
    "Market hall gets a new roof after twenty years",
    "The builders start work in the autumn.",
    "07.05.2024",
    "Library extends its opening hours in summer",
    "Readers may stay until nine on weekdays.",
    "06.05.2024",
]
_MORE_TITLES = [
    "New cycle path opens along the old canal towpath",
    "Harvest festival draws record crowds to the green",
    "Fire station to get a second engine next spring",
    "Old bakery on the square to become a cafe",
    "Lido opens its doors early for the summer season",
]
_MORE_TEASERS = [
    "Cyclists and walkers will share the three-mile route from the lock to the old mill, "
    "and the council has planted two hundred young trees along the towpath.",
    "More than five thousand people came over the two days of the show, which had stalls "
    "from forty farms, a tractor parade and a brass band playing on the green.",
    "The county will pay for the new engine and for two more crews, so that the station "
    "can answer two calls at once during the busy months of the harvest.",
    "The bakery on the corner of the square closed its doors after ninety years, and a "
    "family from the next village will open a cafe there in the spring.",
    "Swimmers will have the outdoor pool to themselves on Sunday mornings from June, when "
    "the club hands back its hours, and the water will be kept warmer.",
]
# A second list of cards, undated: a kicker, a title and a longer teaser each.
_MORE_CARDS = [
    "You may have missed",
    *(line for t, z in zip(_MORE_TITLES, _MORE_TEASERS, strict=True) for line in ("Local", t, z)),
]


def test_dated_cards_below_the_story_go_when_more_cards_follow() -> None:
    story = parse_text(_dump(*_PARAS, *_DATED_CARDS, *_MORE_CARDS))
    for para in _PARAS:
        assert para in story.body
    for line in _DATED_CARDS[1:]:
        assert line not in story.body


def test_a_card_s_byline_below_its_title_goes() -> None:
    card = ["Ferry to Eastwick cancelled for the weekend", "By Jane Roe"]
    story = parse_text(_dump(*_PARAS[:4], *card, *_PARAS[4:]))
    assert "By Jane Roe" not in story.body
    assert _cut(story, "By Jane Roe") == "chrome-context"
    for para in _PARAS:
        assert para in story.body


def test_a_byline_line_between_paragraphs_stays() -> None:
    # Below a paragraph of the story, not a card's title: the byline filter's rule.
    story = parse_text(_dump(*_PARAS[:4], "By Jane Roe", *_PARAS[4:]))
    assert "By Jane Roe" in story.body


def test_a_byline_line_closing_the_story_stays() -> None:
    # An author's sign-off: the byline filter leaves it in the story, and so does this.
    story = parse_text(_dump(*_PARAS, "By Jane Roe"))
    assert "By Jane Roe" in story.body


def test_a_sentence_opening_with_by_stays() -> None:
    line = "By Monday the bridge was open."
    story = parse_text(_dump(*_PARAS[:4], line, *_PARAS[4:]))
    assert line in story.body


def test_a_short_line_twice_over_goes() -> None:
    lines = ["Bridge at duskBridge at dusk", "Masons at work Masons at work"]
    story = parse_text(_dump(*_PARAS[:2], lines[0], *_PARAS[2:4], lines[1], *_PARAS[4:]))
    for line in lines:
        assert line not in story.body
        assert _cut(story, line) == "repeated"
    for para in _PARAS:
        assert para in story.body


def test_the_story_s_first_block_twice_over_goes() -> None:
    caption = "The stone bridge at Millbrook at dusk, its two mended arches lit from below"
    line = f"{caption} {caption}"
    story = parse_text(_dump(line, *_PARAS))
    assert line not in story.body
    for para in _PARAS:
        assert para in story.body
