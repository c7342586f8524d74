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


# --- agencies' own dateline shapes --------------------------------------------------------


def test_dateline_shapes_of_ansa_ani_interfax_tass() -> None:
    shapes = {
        "(ANSA) - ROME, AUG 12 - ": ("ROME", "AUG 12", "ANSA"),
        "New Delhi [India], August 12 (ANI): ": ("New Delhi [India]", "August 12", "ANI"),
        "MOSCOW. Aug 12 (Interfax) - ": ("MOSCOW", "Aug 12", "Interfax"),
        "MOSCOW, August 12. /TASS/. ": ("MOSCOW", "August 12", "TASS"),
    }
    for head, (location, date, agency) in shapes.items():
        story = wireclean.parse_text(head + "The ministry raised its harvest forecast on Monday.")
        assert story.dateline == wireclean.Dateline(location, date, agency), head
        assert story.body == ("The ministry raised its harvest forecast on Monday.",)
        assert wireclean.parse_text(story.to_text()).to_dict() == story.to_dict()


def test_dateline_shapes_need_their_markers() -> None:
    for text in (
        "The American Psychological Association (APA): members voted on Monday.",
        "Prices rose. Aug 12 was the busiest day, traders said on Monday.",
        "Use the and/or switch, /AP/ style guides say, when listing options.",
    ):
        assert wireclean.parse_text(text).dateline is None, text


# --- syndication credits ------------------------------------------------------------------

STORY = (
    "Rail strike ends after three weeks\n\nThe strike ended on Monday after three weeks of "
    "talks between the union and the operator, officials said in a statement."
)


def _syndicated(story: wireclean.Story) -> list[str]:
    return [r.text for r in story.removed if r.reason == "syndication"]


def test_syndication_lines_are_dropped_with_their_reason() -> None:
    for line in (
        "This story was provided by The Associated Press.",
        "This report by The Canadian Press was first published March 3, 2021.",
        "— Associated Press",
        "With AFP",
        "(dpa)",
        "(AFP/dpa)",
        "dpa/afp",
        "dpa/lby",
    ):
        story = wireclean.parse_text(f"{STORY}\n\n{line}")
        assert story.body[-1].endswith("in a statement."), line
        assert _syndicated(story) == [line], line
        assert story.dateline is None and story.flags == ()
        assert wireclean.parse_text(story.to_text()).to_dict() == story.to_dict()


def test_syndication_credit_closing_the_last_paragraph_is_cut() -> None:
    story = wireclean.parse_text(STORY + " (dpa)")
    assert story.body[-1].endswith("in a statement.")
    assert _syndicated(story) == ["(dpa)"]
    assert [r.partial for r in story.removed if r.reason == "syndication"] == [True]


def test_syndication_credits_are_taken_until_the_story_shows() -> None:
    story = wireclean.parse_text(f"{STORY} (AP)\n\n(dpa)")
    assert story.body[-1].endswith("in a statement.")
    assert _syndicated(story) == ["(AP)", "(dpa)"]
    assert wireclean.parse_text(story.to_text()).to_dict() == story.to_dict()
    # A copyright line after the credit does not hide it (``page`` may take both).
    story = wireclean.parse_text(f"{STORY}\n\n(dpa)\n\nAll rights reserved.")
    assert story.body[-1].endswith("in a statement.")


def test_syndication_keeps_story_text_that_names_an_agency() -> None:
    for line in (
        "The ministry declined to comment when contacted by the Associated Press.",
        "The rules require quarterly reports. — Associated Press reporters contributed.",
        "The figures were compiled by the Associated Press (AP)",
        "AP",
        "With AFP staff away, the desk was quiet.",
    ):
        story = wireclean.parse_text(f"{STORY}\n\n{line}")
        assert story.body[-1] == line
        assert _syndicated(story) == []


def test_syndication_filter_can_be_switched_off() -> None:
    story = wireclean.parse_text(
        f"{STORY}\n\n(dpa)", pipeline=wireclean.default_pipeline().disable("syndication")
    )
    assert story.body[-1] == "(dpa)"


# --- bylines with an agency ---------------------------------------------------------------


def test_bylines_with_an_agency_give_names_only() -> None:
    lead = "\n\nBerlin (dpa) - Der Streik der Lokführer hat am Montag den Fernverkehr lahmgelegt."
    for line, names in {
        "Von Jane Doe (dpa)": ("Jane Doe",),
        "Von Jane Doe, dpa": ("Jane Doe",),
        "Von Jane Doe und Max Muster (dpa)": ("Jane Doe", "Max Muster"),
        "Par Jean Dupont": ("Jean Dupont",),
        "Par Jean Dupont (AFP)": ("Jean Dupont",),
        "By JOHN SMITH, Associated Press": ("JOHN SMITH",),
    }.items():
        story = wireclean.parse_text("Streik legt Bahn lahm\n\n" + line + lead)
        assert story.byline == names, line
        assert wireclean.parse_text(story.to_text()).to_dict() == story.to_dict()


def test_byline_with_a_parenthesised_place_stays() -> None:
    assert split_names("Jane Doe (Paris)") is None


def test_readable_credits_are_never_a_headline() -> None:
    story = wireclean.parse_text("(Reporting by Ann Lee; Editing by Bo Chen)\n\n" + LEAD)
    assert story.headline is None
    assert [c.role for c in story.credits] == ["reporting", "editing"]
    # An unreadable one may still be a headline: it is no credit.
    assert wireclean.parse_text("(Reporting by 0000)\n\n" + LEAD).headline == "(Reporting by 0000)"
