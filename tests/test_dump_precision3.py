"""The page's own notes and widgets inside a story on a whole-page dump (issue #4, h9).

A publisher's note on where the text comes from (an agency's copy taken over unedited,
a machine's translation), a call to read the story in the site's app, a share box's
"Copy to clipboard", a caption that an image's "enlarge" button ends, a job board's
listings, a poll's question and options behind a text browser's radio buttons, a
notice to register for saving the article, a sign-up form's error line, a line offering
more newsletters and a consent box in place of an embedded video that the renderer split
over several lines go; a story's own sentences about agencies, apps, jobs, external
content or a question of its own stay. Invented dump pages.
"""

from __future__ import annotations

import pytest

from tests.test_dump_precision2 import (
    FERRY_CLOSING,
    FERRY_HEADLINE,
    FERRY_MENU,
    FERRY_OPENING,
)
from wireclean import parse_text


def _page(*inserted: str) -> str:
    """Return a dump: menu, headline, the story with ``inserted`` between its paragraphs."""
    story = [*FERRY_OPENING, *inserted, *FERRY_CLOSING]
    return "\n\n".join([FERRY_MENU, FERRY_HEADLINE, *story, "Privacy policy", "Contact us"]) + "\n"


def _removals(text: str) -> dict[str, str]:
    """Return the furniture filter's removals of ``text``'s blocks: text to reason."""
    return {r.text: r.reason for r in parse_text(text).removed if r.filter == "furniture"}


def _assert_leaves(inserted: list[str], reason: str) -> None:
    """Assert that the ``inserted`` blocks leave the story, each for ``reason``."""
    text = _page(*inserted)
    assert list(parse_text(text).body) == [*FERRY_OPENING, *FERRY_CLOSING]
    removals = _removals(text)
    for block in inserted:
        assert removals[block] == reason


def _assert_stays(sentence: str) -> None:
    """Assert that ``sentence`` stays in the story's body."""
    assert sentence in parse_text(_page(sentence)).body


# --- A publisher's note on the story's source ---------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "NORDPOST ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde "
        "automatisch von der Nachrichtenagentur übernommen.",
        "(This story has not been edited by Harbour Times staff and is auto-generated from "
        "a syndicated feed.)",
        "Dies ist eine maschinelle Übersetzung eines Artikels unserer Kollegen. Er wurde "
        "automatisiert übersetzt und von einer Redakteurin geprüft.",
    ],
)
def test_note_on_the_source_of_the_text_leaves_the_story(note: str) -> None:
    _assert_leaves([note], "chrome-phrase")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Zahlen wurden automatisch aus dem Fahrplan übernommen, sagte ein Sprecher.",
        "The ferry company said its timetable had not been edited since last year.",
    ],
)
def test_story_sentence_about_copying_or_editing_stays(sentence: str) -> None:
    _assert_stays(sentence)


# --- Calls to use the site's app, share boxes, enlarge buttons --------------------------


@pytest.mark.parametrize(
    "promo",
    [
        "CLICK HERE TO GET THE HARBOUR NEWS APP",
        "Read in app",
        "Jetzt in der App anhören",
        "Die Nordpost-App: Nachrichten direkt auf Ihr Smartphone. Hier gratis herunterladen.",
    ],
)
def test_call_to_read_in_the_app_leaves_the_story(promo: str) -> None:
    _assert_leaves([promo], "chrome-phrase")


def test_story_sentence_about_an_app_stays() -> None:
    _assert_stays("Tickets can be booked in the ferry company's app from next month.")


@pytest.mark.parametrize(
    "note",
    [
        "Den Link zum Einbetten kopieren Copy to clipboard Link kopiert!",
        "Link kopiert!",
        "Share your thoughts and join the conversation in the comments.",
    ],
)
def test_share_or_comment_box_line_leaves_the_story(note: str) -> None:
    _assert_leaves([note], "chrome-phrase")


def test_caption_ending_in_an_enlarge_button_is_a_caption() -> None:
    caption = "Die neue Fähre am Kai von Nordhafen (Archivbild).Vergrößern des Bildes"
    _assert_leaves([caption], "caption")


# --- A job board's listings, a poll's options ------------------------------------------


def test_job_listings_leave_the_story() -> None:
    jobs = [
        "Hafenmeister/in (m/w/d) Hafenbetriebe Nordport GmbH (öffnet im neuen Fenster)",
        "Ingenieur Schiffstechnik (w/m/d)",
    ]
    _assert_leaves(jobs, "link-list")


def test_sentence_naming_a_job_title_with_its_marker_stays() -> None:
    _assert_stays("The port is looking for a Hafenmeister (m/w/d), its advert says.")


def test_poll_options_behind_radio_buttons_leave_the_story() -> None:
    options = ["( )Yes, at last.", "( )No, one line is enough.", "(*) I am not sure."]
    _assert_leaves(options, "form-debris")


def test_poll_question_above_its_radio_buttons_leaves_the_story() -> None:
    poll = ["Should the islands get a second ferry line?", "( )Yes.", "( )No."]
    _assert_leaves(poll, "form-debris")


def test_question_without_radio_buttons_below_stays() -> None:
    _assert_stays("Will the second line pay for itself?")


def test_story_sentence_opening_with_a_bracket_stays() -> None:
    _assert_stays("(The vote was 9 to 2, with one member absent.)")


# --- Sign-up notices and form errors --------------------------------------------------


def test_register_to_save_notice_and_form_error_leave_the_story() -> None:
    notice = (
        "You can save this article by registering for free here. Or sign-in if you have an account."
    )
    error = "There was an error, please provide a valid email address."
    _assert_leaves([notice, error], "chrome-phrase")


def test_more_newsletters_line_leaves_the_story() -> None:
    _assert_leaves(["Interested in more newsletters? Browse here."], "chrome-phrase")


# --- A consent box for embedded content, split over lines ------------------------------


def test_embed_consent_box_split_over_lines_leaves_the_story() -> None:
    box = [
        "An dieser Stelle findest du einen externen Inhalt von VideoPortal, der den Artikel "
        "ergänzt.",
        "Du kannst ihn dir mit einem Klick anzeigen lassen und wieder ausblenden.",
        "Inhalte erlauben",
        "Ich bin damit einverstanden, dass mir Inhalte von VideoPortal angezeigt werden.",
        "Personenbezogene Daten können an Drittplattformen übermittelt werden.",
    ]
    _assert_leaves(box, "chrome-phrase")


def test_sentence_about_external_content_without_a_box_stays() -> None:
    sentence = "Der Rat will externen Inhalt auf seiner Website künftig prüfen lassen."
    _assert_stays(sentence)


# --- An opinion page's disclaimer ------------------------------------------------------


def test_opinion_disclaimer_leaves_the_story() -> None:
    disclaimer = (
        "Opinions expressed are solely those of the author and do not reflect the views of "
        "Harbour Times editors or publishers. Content is produced by the Harbour Council, a "
        "fee-based network of business leaders."
    )
    _assert_leaves([disclaimer], "chrome-phrase")


def test_sentence_quoting_views_expressed_stays() -> None:
    _assert_stays("The mayor said the views expressed at the meeting were mostly in favour.")


# --- A read-also card whose title ends in a quoted phrase ------------------------------


@pytest.mark.parametrize(
    "title",
    [
        'Mayor on the ferry plan: "A line for the next decade"',
        "Harbour chief on the new line: ‘We need more boats’",
    ],
)
def test_read_more_card_title_ending_in_a_quote_leaves_the_story(title: str) -> None:
    text = _page("Read more", title)
    assert list(parse_text(text).body) == [*FERRY_OPENING, *FERRY_CLOSING]
    assert _removals(text)[title] == "link-list"


def test_quoted_sentence_below_a_read_more_label_stays() -> None:
    # Its full stop stands inside the quote: a sentence, no card's title.
    quote = '"We waited ten years for this."'
    assert quote in parse_text(_page("Read more", quote)).body
