"""Wire-story structure: the header, slugs, correction notes, agencies and credits."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import wireclean
from wireclean import Pipeline, filters
from wireclean.filters.credits import parse_credits
from wireclean.names import canonical_agency, split_names

LEAD = "NEW YORK (Reuters) - Shares of the toy maker rose on Tuesday after it raised its forecast."

HEADER = (
    "-- UPDATE 2-Toy maker lifts forecast\n-- By  Ann Marie Okafor  - Analysis\n"
    "-- Tue Oct 24, 2006 1:01am EDT\n-- http://www.reuters.com/article/x-idUS1\n\n \n\n"
)


def test_header_lines_become_fields() -> None:
    story = wireclean.parse_text(HEADER + LEAD)
    assert story.headline == "Toy maker lifts forecast"
    assert story.flags == ("UPDATE 2",)
    assert story.byline == ("Ann Marie Okafor",)
    assert story.published == datetime(2006, 10, 24, 1, 1, tzinfo=timezone(timedelta(hours=-4)))
    assert story.url == "http://www.reuters.com/article/x-idUS1"
    assert story.body == ("Shares of the toy maker rose on Tuesday after it raised its forecast.",)
    assert {r.filter for r in story.removed if r.field in ("headline", "url")} == {"header"}


def test_header_empty_byline_line_is_dropped_with_its_reason() -> None:
    story = wireclean.parse_text(
        "-- Toy maker lifts forecast\n-- \n-- Tue Oct 24, 2006 1:01am EDT\n\n" + LEAD
    )
    assert story.byline == ()
    assert [r.reason for r in story.removed if r.filter == "header"].count("header") == 1


def test_header_needs_a_time_or_address() -> None:
    text = "-- and then he left\n-- quietly\n\n" + LEAD
    alone = Pipeline([("header", filters.header)])
    assert wireclean.parse_text(text, pipeline=alone).headline is None


def test_header_story_renders_and_parses_back() -> None:
    story = wireclean.parse_text(HEADER + LEAD)
    assert wireclean.parse_text(story.to_text()).to_dict() == story.to_dict()


def test_slugs_run_of_flags() -> None:
    story = wireclean.parse_text("RPT-UPDATE 3-Central bank holds rates\n\n" + LEAD)
    assert story.flags == ("RPT", "UPDATE 3")
    assert story.headline == "Central bank holds rates"


def test_slug_words_only_from_the_vocabulary() -> None:
    story = wireclean.parse_text("EADS-BAE merger plan poses challenge\n\n" + LEAD)
    assert story.flags == ()
    assert story.headline == "EADS-BAE merger plan poses challenge"


def test_correction_note_closing_the_story() -> None:
    text = LEAD + " (This story was refiled to fix a typo in paragraph 2)"
    story = wireclean.parse_text("Toy maker lifts forecast\n\n" + text)
    assert story.correction == "This story was refiled to fix a typo in paragraph 2"
    assert story.body[-1].endswith("forecast.")


def test_story_sentence_about_corrections_stays() -> None:
    text = LEAD + "\n\nThe company corrects its figures every quarter, it said."
    story = wireclean.parse_text("Toy maker lifts forecast\n\n" + text)
    assert story.correction is None
    assert story.body[-1] == "The company corrects its figures every quarter, it said."


def test_agencies_are_normalised() -> None:
    assert canonical_agency("The Associated Press") == "AP"
    assert canonical_agency("DPA") == "dpa"
    assert canonical_agency("Reuters/AP") == "Reuters/AP"
    story = wireclean.parse_text("BERLIN (DPA) - Die Regierung hat am Dienstag beschlossen.")
    assert story.dateline is not None and story.dateline.agency == "dpa"


def test_byline_roles_and_particles() -> None:
    assert split_names("JOHN SMITH, Associated Press") == ("JOHN SMITH",)
    assert split_names("Lisa Ortega , European Wealth Management Correspondent") == ("Lisa Ortega",)
    assert split_names("Harro ten Berge and Jan van der Velde") == (
        "Harro ten Berge",
        "Jan van der Velde",
    )


def test_credits_with_places_per_name_and_role_separators() -> None:
    got = [
        c.to_dict()
        for c in parse_credits(
            "Reporting By Ann Lee in Paris and Bo Chen in Rome. "
            "Editing by Cy Dunn, writing by Di Ek"
        )
    ]
    assert got == [
        {"role": "reporting", "names": ["Ann Lee"], "location": "Paris"},
        {"role": "reporting", "names": ["Bo Chen"], "location": "Rome"},
        {"role": "editing", "names": ["Cy Dunn"], "location": None},
        {"role": "writing", "names": ["Di Ek"], "location": None},
    ]


def test_quote_mentioning_reuters_stays() -> None:
    text = LEAD + '\n\n"We told Reuters (Reuters) - no," the spokesman said.'
    story = wireclean.parse_text(text)
    assert story.body[-1] == '"We told Reuters (Reuters) - no," the spokesman said.'
