"""Faults of the page filters on whole-page dumps, each on an invented page.

A numbered date line read as a list item, a byline in another language above the
headline, a share word inside a sentence, a byline list item taken for a bullet and a
photo credit's label run into a kicker: each cost a story its text or a field.
"""

from __future__ import annotations

import pytest

import wireclean
from wireclean.filters._shape import has_photo_credit, is_furniture
from wireclean.filters.headline import _byline_item, _is_point

MENU = "\n".join(f"  * {item}" for item in ("Start", "Politik", "Wirtschaft", "Sport", "Kultur"))
HEADLINE = "Neuer Anleger am Nordhafen öffnet erst im Juli"
BODY = (
    "Der Nordhafen teilte am Freitag mit, dass der neue Anleger erst im Juli für die "
    "Fähren öffnen werde, zwei Monate später als geplant, weil Taucher Risse an den "
    "Pfeilern entdeckt hatten.\n\n"
    "Die Reparatur koste nach ersten Schätzungen rund zwei Millionen Euro und werde aus "
    "den Rücklagen des Hafens bezahlt, sagte eine Sprecherin am Nachmittag.\n\n"
    "Die Kosten für die Umleitung der Fähren teilen sich Stadt und Land zu gleichen "
    "Teilen, hieß es in der Mitteilung weiter."
)
LAST = BODY.rsplit("\n\n", 1)[1]


def page(*head: str, body: str = BODY, tail: tuple[str, ...] = ()) -> str:
    """Return a page dump: the site's name and menu, ``head``, the story, ``tail``, a menu."""
    return "\n\n".join(["Hafenkurier", MENU, *head, body, *tail, MENU]) + "\n"


# 1. A date line the text adapter reads as a numbered list item ("28." is its marker).


@pytest.mark.parametrize("where", ["above", "below"])
def test_numbered_date_line_is_a_timestamp_not_page_chrome(where: str) -> None:
    date = "14. März 2026, 08:30 Uhr"
    text = page(date, HEADLINE) if where == "above" else page(HEADLINE, tail=(date,))
    story = wireclean.parse_text(text)
    assert story.published is not None
    assert (story.published.day, story.published.hour, story.published.minute) == (14, 8, 30)
    assert date not in story.body
    assert not any(r.reason == "page-chrome" and "März" in r.text for r in story.removed)


# 2. A byline above the headline, in other languages than English.


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Von Jana Ostermann", "Jana Ostermann"),
        ("Par Lucie Marchal", "Lucie Marchal"),
        ("Por Tomás Ibarra", "Tomás Ibarra"),
        ("Av Linnea Holmqvist", "Linnea Holmqvist"),
    ],
)
def test_byline_above_headline_in_any_language_stays(line: str, name: str) -> None:
    story = wireclean.parse_text(page(line, HEADLINE))
    assert story.byline == (name,)
    assert story.headline == HEADLINE
    assert not any(r.reason == "page-chrome" and r.text == line for r in story.removed)


def test_english_byline_above_a_caption_keeps_the_old_reading() -> None:
    # An English "By" line was always kept; the headline filter does not pass over it.
    story = wireclean.parse_text("By Jane Roe\n\nPier repairs delay ferries\n\n" + BODY)
    assert story.byline == ("Jane Roe",)


# 3. Share and chrome words inside a sentence.


def test_share_word_in_a_sentence_does_not_cost_the_paragraph() -> None:
    story = wireclean.parse_text(page(HEADLINE, "Von Jana Ostermann"))
    assert story.body[-1] == LAST


@pytest.mark.parametrize(
    "sentence",
    [
        "Beide Seiten teilen die Einschätzung, dass der Zeitplan nicht zu halten war.",
        "Ils veulent partager les frais de la réparation entre les deux communes voisines.",
        "The council said a related inquiry into the pier's foundations was still under way.",
    ],
)
def test_share_word_sentence_inside_the_story_stays(sentence: str) -> None:
    first, rest = BODY.split("\n\n", 1)
    story = wireclean.parse_text(page(HEADLINE, body=f"{first}\n\n{sentence}\n\n{rest}"))
    assert sentence in story.body


def test_share_row_is_still_chrome() -> None:
    assert is_furniture("Artikel teilen")
    story = wireclean.parse_text(page(HEADLINE, tail=("Artikel teilen", "Facebook", "E-Mail")))
    assert "Artikel teilen" not in story.body


def test_point_with_a_share_word_is_a_point() -> None:
    assert _is_point("Stadt und Land teilen sich die Kosten der Umleitung")
    assert not _is_point("Artikel teilen")


# 4. A labelled byline as a list item is the byline filter's, not a bullet.


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("• von Jana Ostermann", "Jana Ostermann"),
        ("• Von: Jana OSTERMANN", None),
        ("• By Jane Roe", "Jane Roe"),
    ],
)
def test_byline_list_item_is_no_bullet(item: str, name: str | None) -> None:
    story = wireclean.parse_text(page(HEADLINE, item))
    assert story.bullets == ()
    assert story.byline
    if name is not None:
        assert story.byline == (name,)


def test_bullets_before_a_byline_item_stay_bullets() -> None:
    story = wireclean.parse_text(
        page(
            HEADLINE,
            "• Die Fähren fahren bis Juli vom alten Anleger",
            "• Die Reparatur kostet zwei Millionen Euro",
            "• Von Jana Ostermann",
        )
    )
    assert story.bullets == (
        "Die Fähren fahren bis Juli vom alten Anleger",
        "Die Reparatur kostet zwei Millionen Euro",
    )
    assert story.byline == ("Jana Ostermann",)


@pytest.mark.parametrize(
    "item", ["By the end of the year, ferries will use the new pier.", "Bylines are short"]
)
def test_sentence_item_is_no_byline_item(item: str) -> None:
    assert not _byline_item(item)


# 5. A photo credit's label run into a kicker.


def test_kicker_with_bild_label_is_a_headline_not_a_caption() -> None:
    headline = "Neues Bild: Wie der Anleger im Sommer wirken soll"
    assert not has_photo_credit(headline)
    story = wireclean.parse_text(page(headline, "Von Jana Ostermann"))
    assert story.headline == headline


@pytest.mark.parametrize(
    "caption",
    [
        "Der neue Anleger im Modell. Foto: Jana Ostermann",
        "Der neue Anleger im Modell Foto: Jana Ostermann",
        "Bild: Hafenkurier/Jana Ostermann",
        "Modell (Foto: Jana Ostermann)",
    ],
)
def test_credits_stay_captions(caption: str) -> None:
    assert has_photo_credit(caption)


# Teaser cards below the story: a run of titles, each with a short teaser (and a date).

CARDS = (
    (
        "Neue Radwege entlang der Lindauer Uferstraße geplant",
        "Die Stadt will bis zum Sommer zwei Kilometer Radweg bauen lassen.",
    ),
    (
        "Schulbau in Neuhagen verzögert sich um ein Jahr",
        "Wegen fehlender Handwerker ziehen die Schüler erst im Herbst um.",
    ),
    (
        "Hochwasserschutz am Elbufer wird deutlich erweitert",
        "Der Landkreis stockt die Deiche auf einer Länge von vier Kilometern auf.",
    ),
    (
        "Bäckerei am Markt schließt nach neunzig Jahren",
        "Die Inhaberin findet keinen Nachfolger und geht in den Ruhestand.",
    ),
)


def test_dated_teaser_cards_after_the_story_go() -> None:
    cards = [
        part
        for n, (title, teaser) in enumerate(CARDS)
        for part in (title, teaser, f"Jana Ostermann {10 + n}.03.2026 3 min")
    ]
    story = wireclean.parse_text(page(HEADLINE, tail=("Mehr zum Thema", *cards)))
    assert story.body[-1] == LAST
    assert not any(teaser in story.body for _, teaser in CARDS)


def test_titled_teaser_cards_after_the_story_go() -> None:
    cards = [part for title, teaser in CARDS for part in (title, teaser)]
    story = wireclean.parse_text(page(HEADLINE, tail=("Das könnte Sie interessieren", *cards)))
    assert story.body[-1] == LAST
    assert not any(teaser in story.body for _, teaser in CARDS)


def test_story_sections_with_short_paragraphs_stay() -> None:
    # Subheadings, each over short paragraphs: the story's sections, no cards.
    sections = [
        part
        for title, teaser in CARDS
        for part in (title, teaser, "Ein Sprecher bestätigte die Pläne am Montag auf Nachfrage.")
    ]
    body = BODY + "\n\n" + "\n\n".join(sections)
    story = wireclean.parse_text(page(HEADLINE, body=body))
    assert all(teaser in story.body for _, teaser in CARDS)


def test_live_blog_entries_stay() -> None:
    entries = [
        part
        for n, (title, teaser) in enumerate(CARDS)
        for part in (
            f"14.03.2026 {9 + n}:15 Uhr",
            title,
            teaser + " " + FIRST_WORDS,
            FIRST_WORDS,
        )
    ]
    story = wireclean.parse_text(page(HEADLINE, body=BODY + "\n\n" + "\n\n".join(entries)))
    assert all(any(teaser in p for p in story.body) for _, teaser in CARDS)


FIRST_WORDS = (
    "Der Landkreis teilte mit, dass die Arbeiten planmäßig voranschreiten und die "
    "Anwohner rechtzeitig über Sperrungen informiert werden sollen, sobald der genaue "
    "Zeitplan für die einzelnen Bauabschnitte feststeht."
)


# Chrome phrases inside the story: networks named in a sentence, a sign-up box.


def test_two_networks_in_a_sentence_are_no_furniture() -> None:
    sentence = (
        "Die Polizei zeigte die Videos, die auf Facebook und Instagram kursierten, am "
        "Abend auch im Stadtrat."
    )
    assert not is_furniture(sentence)
    assert is_furniture("Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)")


def test_sign_up_box_inside_the_story_goes() -> None:
    box = "Unser Newsletter bringt Ihnen jeden Morgen die Nachrichten aus der Region."
    first, rest = BODY.split("\n\n", 1)
    story = wireclean.parse_text(page(HEADLINE, body=f"{first}\n\n{box}\n\n{rest}"))
    assert box not in story.body
    assert story.body[-1] == LAST
    assert any(r.reason == "chrome-phrase" and r.text == box for r in story.removed)
