"""Tests for the headline and author rules of wireclean.metadata that the fundus pages forced.

Pages in ``fixtures/regressions/meta-*.html`` are invented; the expected values were
written by reading them.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import wireclean
from wireclean.html import read_html
from wireclean.metadata import clean_authors, clean_title, metadata_from_signals

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "regressions"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def meta_of(html: str) -> wireclean.Metadata:
    return metadata_from_signals(read_html(html).signals)


# --- titles ----------------------------------------------------------------------------


def test_kicker_before_a_colon_stays_in_the_declared_headline() -> None:
    # The visible <h1> leaves the kicker ("Harbour strike") to an element of its own;
    # the page's JSON-LD and og:title give the whole headline, and that is the headline.
    story = wireclean.parse_html(fixture("meta-kicker-colon.html"))
    assert story.headline == "Harbour strike: Dockers walk out over night-shift pay"
    assert story.byline == ("Tamsin Oduya",)
    assert story.published == datetime(2031, 3, 4, 6, 15, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("title", "headings", "expected"),
    [
        # A colon is a headline's own punctuation: what stands before it is a kicker.
        (
            "Harbour strike: Dockers walk out",
            ["Dockers walk out"],
            "Harbour strike: Dockers walk out",
        ),
        (
            "Dockers walk out: the night shift",
            ["Dockers walk out"],
            "Dockers walk out: the night shift",
        ),
        # A section after a bar or a dash goes when the rest is the page's <h1>.
        ("Dockers walk out | Business", ["Dockers walk out"], "Dockers walk out"),
        ("Dockers walk out - Business", ["Dockers walk out"], "Dockers walk out"),
        # Negative: a part before a dash is no site name because the rest is the <h1>.
        (
            "Harbour strike - Dockers walk out",
            ["Dockers walk out"],
            "Harbour strike - Dockers walk out",
        ),
    ],
)
def test_title_parts_cut_only_for_a_site_or_a_section_after_the_h1(
    title: str, headings: list[str], expected: str
) -> None:
    assert clean_title(title, headings=headings) == expected


# --- authors ---------------------------------------------------------------------------


def test_person_given_as_given_and_family_name() -> None:
    assert meta_of(fixture("meta-kicker-colon.html")).authors == ("Tamsin Oduya",)


def test_wire_credits_and_junk_never_become_authors() -> None:
    # Issue #6: an agency alone, an agency glued to a name, URLs, "twitter mailto",
    # labels and job titles are no authors; the names among them are kept.
    story = wireclean.parse_html(fixture("meta-wire-credits.html"))
    assert story.byline == ("Ilse Marwood", "Dorian Pell")
    assert story.headline == "Ferry operator halts crossings after storm damage"


@pytest.mark.parametrize(
    "entry",
    [
        "lowmarsh-herald.com, Lowmarsh, Northshire",  # the site's domain, then places
        "Lowmarsh Radio (www.lowmarsh-radio.example)",  # an organisation and its site
        "Associated Press in Harwick",  # an agency and where it reports from
        "Deutsche Presse-Agentur",
        "Quelle: dpa",
        "Editor: Dorian Pell",  # a label other than the author's
        "By",
        "Senior Correspondent",
        "LTN",  # an acronym alone: a publication's short name
        "Nachrichten",
    ],
)
def test_entries_that_name_no_author(entry: str) -> None:
    assert clean_authors([entry]) == ()


def test_wire_dateline_in_a_byline_element_is_no_name() -> None:
    assert clean_authors(["HARWICK, Northshire —"], strict=True) == ()
    assert clean_authors(["BERLIN —"], strict=True) == ()
    html = "<div class='byline'>HARWICK, Northshire —</div><p>The ferry will not sail.</p>"
    assert meta_of(html).authors == ()


@pytest.mark.parametrize(
    ("entry", "strict", "expected"),
    [
        ("Autor: Lena Brandt", False, ("Lena Brandt",)),
        ("Dorian Pell, Senior Correspondent", False, ("Dorian Pell",)),
        ("한서윤 기자", False, ("한서윤",)),
        ("Ilse Marwood Reuters", False, ("Ilse Marwood",)),
        # Negative: one name alone in declared metadata is a name (mononyms, CJK names).
        ("Heryadi", False, ("Heryadi",)),
        # Read from the page, the place after the names goes, the names stay.
        ("Lena Brandt und Ole Brekkestø, Harwick", True, ("Lena Brandt", "Ole Brekkestø")),
        # Negative: a time beside the name in a byline element leaves the name.
        ("By Lena Brandt | Updated 3 hours ago", True, ("Lena Brandt",)),
        # Negative: a name that holds a credit word as part of a word is kept.
        ("Anna Newsome", True, ("Anna Newsome",)),
    ],
)
def test_names_kept_around_credits(entry: str, strict: bool, expected: tuple[str, ...]) -> None:
    assert clean_authors([entry], strict=strict) == expected


def test_page_text_that_is_no_list_of_names_gives_none() -> None:
    # A byline-classed element holding a section, a site and dates, or a headline.
    assert clean_authors(["Innland | fjp | 11.2.2031 | 23:55"], strict=True) == ()
    teaser = "Ny skole åpner i august — Fjordposten – Nyheter | Vestland Media-Blog"
    assert clean_authors([teaser], strict=True) == ()
    assert clean_authors(["Kurzmeldung"], strict=True) == ()


def test_co_author_listed_by_the_page_joins_the_declared_one() -> None:
    # The JSON-LD names one author, the page's rel=author links two; the link further
    # down belongs to another story.
    meta = meta_of(fixture("meta-coauthor-links.html"))
    assert meta.authors == ("Ole Brekkestø", "Sigrun Hallestad")


def test_site_account_and_site_names_are_no_authors() -> None:
    # WordPress's "admin" account, the site's name (known from its URL alone) and its
    # acronym.
    page = fixture("meta-site-account.html")
    assert meta_of(page).authors == ()
    assert wireclean.parse_html(page).byline == ()
    assert clean_authors(["Tidewatch"], url="https://www.tidewatch.example/news/x") == ()


def test_job_title_after_a_korean_name_is_cut() -> None:
    story = wireclean.parse_html(fixture("meta-job-title-korean.html"))
    assert story.byline == ("한서윤",)
