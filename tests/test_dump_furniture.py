"""Page furniture that stays in the story's span of a whole-page text dump (issue #4):
a list of other stories under its heading, a label the page repeats between the
story's paragraphs, the author's name and box again below the story, an image's
caption with its label above its alt text, alt text run into its caption, and a
notice in place of embedded content.

The dumps are invented, in the shapes text browsers print; the expectations are
written by reading them.
"""

from __future__ import annotations

import pytest

import wireclean
from tests.test_dump_body import FOOTER, MENU
from tests.test_properties import assert_conserved
from wireclean.normalize import normalize

HEADLINE = "Mountain village reopens its old railway line"
BYLINE = "By Jane Doe"
FIRST = (
    "The village of Eastbrook reopened its railway line on Saturday after twelve "
    "years of closure, with a steam train carrying the first two hundred passengers."
)
SECOND = (
    "The line climbs nine kilometres through the valley and crosses the river on a "
    "stone bridge that volunteers rebuilt over four summers, the railway society said."
)
THIRD = (
    "Trains will run every weekend until October, and the society hopes to add a "
    "weekday service for schoolchildren from the next academic year."
)


def _page(*middle: str, end: tuple[str, ...] = ()) -> str:
    """Return a page dump: menu, headline, byline, story with ``middle`` after its
    first paragraph and ``end`` after its last, footer."""
    parts = [MENU, HEADLINE, BYLINE, FIRST, *middle, SECOND, THIRD, *end, FOOTER]
    return "\n\n".join(parts) + "\n"


def _story(text: str) -> wireclean.Story:
    """Parse a dump, check that the story's three paragraphs stay, that kept and
    removed text rebuild the input, and that parsing the story again gives it again."""
    story = wireclean.parse_text(text)
    assert all(p in story.body for p in (FIRST, SECOND, THIRD)), story.body
    assert_conserved(story, normalize(text))
    again = wireclean.parse_text(story.to_text())
    assert again.body == story.body
    return story


def _reason(story: wireclean.Story, text: str) -> str | None:
    """Return the reason the story's records give for the block that holds ``text``."""
    for record in story.removed:
        if text in record.text:
            return record.reason
    return None


def _in_body(story: wireclean.Story, text: str) -> bool:
    return any(text in p for p in story.body)


# --- a list of other stories under its heading ---------------------------------------

TEASERS = (
    "Harbour festival draws record crowds",
    "Thousands came to the quay for the weekend of music and boats.",
    "New bakery opens on the market square",
    "The owners say they will bake bread from the valley's own wheat.",
)


@pytest.mark.parametrize(
    "heading", ["You may also like", "Das könnte Sie auch interessieren", "Ähnliche Artikel:"]
)
def test_more_stories_heading_ends_the_story(heading: str) -> None:
    story = _story(_page(end=(heading, *TEASERS)))
    assert not _in_body(story, "bakery") and not _in_body(story, "Thousands came")
    assert _reason(story, "Thousands came") == "page-chrome"


def test_more_stories_heading_with_a_longer_list_below_stays() -> None:
    # The list below the heading runs over twice the story's length: no list of
    # teasers under a story, and nothing is cut for it.
    long_tail = tuple(f"{THIRD} Part {n} of the timetable follows." for n in range(8))
    story = _story(_page(end=("More stories", *long_tail)))
    assert _in_body(story, "Part 7 of the timetable")


def test_inline_related_box_does_not_end_the_story() -> None:
    # "Related stories" is a chrome phrase: such a box stands between a story's
    # paragraphs as often as below them, and the story goes on after it.
    story = _story(_page("Related stories"))
    assert SECOND in story.body and THIRD in story.body


# --- a label the page repeats between the story's paragraphs --------------------------


FOURTH = (
    "Tickets cost twelve euros for adults, and children under ten travel free when "
    "they come with a parent, the society said in a statement."
)


def test_label_repeated_between_paragraphs_goes() -> None:
    label = "Article text"
    parts = [MENU, HEADLINE, BYLINE, FIRST, label, SECOND, label, THIRD, label, FOURTH]
    story = _story("\n\n".join([*parts, FOOTER]) + "\n")
    assert FOURTH in story.body
    assert "Article text" not in story.body
    assert _reason(story, "Article text") == "repeated"


def test_label_seen_twice_stays() -> None:
    parts = [MENU, HEADLINE, BYLINE, FIRST, "Eastbrook", SECOND, "Eastbrook", THIRD, FOOTER]
    story = _story("\n\n".join(parts) + "\n")
    assert story.body.count("Eastbrook") == 2


def test_interview_labels_ending_in_a_colon_stay() -> None:
    parts = [MENU, HEADLINE, BYLINE, FIRST, "Question:", SECOND, "Question:", THIRD]
    story = _story("\n\n".join([*parts, "Question:", FOOTER]) + "\n")
    assert story.body.count("Question:") == 3


# --- the author's name and box below the story ----------------------------------------


def test_author_box_below_the_story_goes() -> None:
    box = "Jane Doe is a reporter for the valley's weekly paper and writes about transport."
    story = _story(_page(end=("Jane Doe", box)))
    assert story.byline == ("Jane Doe",)
    assert not _in_body(story, "is a reporter")
    assert _reason(story, "is a reporter") == "chrome-context"
    assert "Jane Doe" not in story.body


def test_author_named_in_the_story_keeps_the_closing_paragraph() -> None:
    # The story itself names the byline's name: a subject, not an author's box.
    named = (
        "Jane Doe, who chairs the railway society, said the volunteers had given "
        "more than ten thousand hours to the bridge."
    )
    closing = "Jane Doe said the society would now look for a second locomotive."
    story = _story(_page(named, end=(closing,)))
    assert closing in story.body


# --- captions ---------------------------------------------------------------------------


def test_caption_with_its_label_above_its_alt_text_goes() -> None:
    alt = "Volunteers stand on the rebuilt stone bridge"
    story = _story(_page(f"{alt} Enlarge photo", alt))
    assert not _in_body(story, "rebuilt stone bridge")
    assert _reason(story, "rebuilt stone bridge") == "caption"


def test_alt_text_run_into_its_caption_goes() -> None:
    doubled = "The steam train leaves the station. The steam train leaves the station. Audio"
    story = _story(_page(doubled))
    assert not _in_body(story, "leaves the station")
    assert _reason(story, "leaves the station") == "repeated"


def test_refrain_with_more_after_it_stays() -> None:
    refrain = (
        "The train is back. The train is back, the mayor said, and with it the "
        "visitors who kept the village's inns and shops open for a century."
    )
    story = _story(_page(refrain))
    assert refrain in story.body


# --- a notice in place of embedded content ---------------------------------------------


def test_embed_consent_notice_goes() -> None:
    notice = (
        "An dieser Stelle finden Sie einen externen Inhalt, der den Artikel ergänzt. "
        "Mit einem Klick können Sie ihn anzeigen lassen."
    )
    story = _story(_page(notice))
    assert not _in_body(story, "externen Inhalt")
    assert _reason(story, "externen Inhalt") == "chrome-phrase"


def test_sentence_about_external_content_stays() -> None:
    sentence = (
        "Die Gemeinde will künftig externe Inhalte wie Fahrpläne der Nachbarorte auf "
        "ihrer Website zeigen, sagte der Bürgermeister am Samstag in Eastbrook."
    )
    story = _story(_page(sentence))
    assert sentence in story.body


# --- labelled links, shop notes, empty advert and video slots ----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Harbour festival draws record crowds to the quay for a weekend of boats",
        "Lesen Sie auch: Neue Bäckerei am Marktplatz will Brot aus dem Weizen des Tals backen",
        "Les også: Ny bakeri åpner på torget",
    ],
)
def test_labelled_link_to_another_story_goes(line: str) -> None:
    story = _story(_page(line))
    assert line not in story.body
    assert _reason(story, line) == "chrome-phrase"


def test_affiliate_note_goes_but_a_commissioner_stays() -> None:
    note = "If you buy through links on this page, we may earn an affiliate commission."
    commissioner = (
        "The transport commissioner said the line would receive a grant for new "
        "carriages once the first season's passenger numbers were known."
    )
    story = _story(_page(note, commissioner))
    assert note not in story.body and commissioner in story.body
    assert _reason(story, "affiliate") == "chrome-phrase"


@pytest.mark.parametrize(
    "line",
    [
        "Story continues below",
        "This advert did not load, but the article continues below.",
        "We are sorry, but this video has failed to load.",
    ],
)
def test_empty_advert_and_video_slots_go(line: str) -> None:
    story = _story(_page(line))
    assert line not in story.body
    assert _reason(story, line) == "chrome-phrase"


# --- what lynx prints for frames and buttons --------------------------------------------


def test_lynx_frame_and_button_lines_go() -> None:
    frame = "IFRAME: https://charts.example.org/embed/railway-passengers"
    buttons = "(BUTTON) Listen (BUTTON) Share"
    story = _story(_page(frame, buttons))
    assert frame not in story.body and buttons not in story.body
    assert _reason(story, "IFRAME") == "form-debris"
    assert _reason(story, "(BUTTON) Listen") == "form-debris"


def test_lynx_button_heading_of_more_stories_ends_the_story() -> None:
    story = _story(_page(end=("(BUTTON) Most recent", *TEASERS)))
    assert not _in_body(story, "bakery")


def test_alt_text_said_three_times_goes() -> None:
    tripled = " ".join(["Volunteers wave from the first carriage."] * 3)
    story = _story(_page(tripled))
    assert not _in_body(story, "wave from the first")
    assert _reason(story, "wave from the first") == "repeated"


@pytest.mark.parametrize(
    "caption",
    [
        "시민들이 다시 문을 연 철도역 앞에서 첫 열차를 기다리고 있다. 연합뉴스",
        "시민들이 다시 문을 연 철도역 앞에서 첫 열차를 기다리고 있다. [사진 출처 = 철도협회]",
    ],
)
def test_korean_caption_with_its_credit_goes(caption: str) -> None:
    story = _story(_page(caption))
    assert caption not in story.body
    assert _reason(story, caption[:12]) == "caption"


def test_copyright_line_goes_but_a_sentence_about_copyright_stays() -> None:
    line = "Copyright © 2026 Valley Media Group. Reuse only with written permission."
    sentence = (
        "Copyright law does not cover the old timetables, the society said, so it "
        "will print them again in the station's new waiting room."
    )
    story = _story(_page(sentence, end=(line,)))
    assert sentence in story.body and line not in story.body
    assert _reason(story, "Valley Media Group") == "chrome-phrase"
