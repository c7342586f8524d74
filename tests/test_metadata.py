"""Tests for wireclean.metadata (what a page says about itself) and the ``metadata`` filter."""

from __future__ import annotations

import gzip
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import wireclean
from wireclean.html import read_html
from wireclean.metadata import clean_authors, clean_title, metadata_from_signals, read_datetime

LEAD = (
    "Al Qaeda insurgents behind the kidnap of Westerners in the Sahara desert have forged "
    "alliances with corrupt officials and local tribes, a senior ex-militant said."
)


def page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>"


def meta_of(html: str) -> wireclean.Metadata:
    return metadata_from_signals(read_html(html).signals)


def ld(obj: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


# --- sources -----------------------------------------------------------------------------


def test_jsonld_news_article() -> None:
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Mali army sold guns",
            "datePublished": "2010-08-12T15:06:00-04:00",
            "author": [{"@type": "Person", "name": "Lamine Chikhi"}, "Ann Lee"],
            "publisher": {"@type": "Organization", "name": "Reuters"},
            "description": "An ex-rebel says so.",
            "inLanguage": "en-US",
        }
    )
    meta = meta_of(page(head, "<p>x</p>"))
    assert meta.title == "Mali army sold guns"
    assert meta.authors == ("Lamine Chikhi", "Ann Lee")
    assert meta.published == datetime(2010, 8, 12, 15, 6, tzinfo=timezone(timedelta(hours=-4)))
    assert meta.site_name == "Reuters"
    assert meta.description == "An ex-rebel says so."
    assert meta.language == "en"  # <html lang> comes first


def test_jsonld_graph_and_reportage_type() -> None:
    head = ld(
        {
            "@graph": [
                {"@type": "WebSite", "name": "Example"},
                {"@type": "ReportageNewsArticle", "headline": "Floods in Sindh"},
            ]
        }
    )
    assert meta_of(page(head, "")).title == "Floods in Sindh"


def test_organisation_author_is_not_a_name() -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "AP"}})
    assert meta_of(page(head, "")).authors == ()


def test_open_graph_and_meta_author() -> None:
    head = (
        "<meta property='og:title' content='Mali army sold guns'>"
        "<meta name='author' content='Lamine Chikhi'>"
        "<meta property='article:published_time' content='2010-08-12T19:06:00Z'>"
        "<link rel='canonical' href='https://example.com/mali'>"
    )
    meta = meta_of(page(head, ""))
    assert meta.title == "Mali army sold guns"
    assert meta.authors == ("Lamine Chikhi",)
    assert meta.published == datetime(2010, 8, 12, 19, 6, tzinfo=timezone.utc)
    assert meta.url == "https://example.com/mali"


def test_rel_author_and_time_element() -> None:
    body = (
        "<p>By <a rel='author' href='/lc'>Lamine Chikhi</a></p>"
        "<time datetime='2010-08-12T15:06:00'>Aug 12</time>"
    )
    meta = meta_of(page("", body))
    assert meta.authors == ("Lamine Chikhi",)
    assert meta.published == datetime(2010, 8, 12, 15, 6)


def test_byline_element_is_read_when_nothing_else_says() -> None:
    meta = meta_of(page("", "<div class='article-byline'>By Maya Gebeily</div><p>x</p>"))
    assert meta.authors == ("Maya Gebeily",)


def test_escaped_twice_title_is_unescaped() -> None:
    head = "<meta property='og:title' content='Trump&amp;#8217;s plan'>"
    assert meta_of(page(head, "")).title == "Trump’s plan"


def test_malformed_jsonld_is_skipped() -> None:
    head = "<script type='application/ld+json'>{not json</script>"
    head += "<meta property='og:title' content='Fallback title'>"
    assert meta_of(page(head, "")).title == "Fallback title"


# --- titles ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Mali army sold guns | Reuters", "Reuters", "Mali army sold guns"),
        ("Mali army sold guns - The Washington Post", "The Washington Post", "Mali army sold guns"),
        ("Reuters | Mali army sold guns", "Reuters", "Mali army sold guns"),
        ("Mali army sold guns – example.com", None, "Mali army sold guns"),
        # Negative: a colon inside a headline is no site name.
        ("Mali: army sold guns", "Reuters", "Mali: army sold guns"),
        ("Jobs - the data", "Reuters", "Jobs - the data"),
    ],
)
def test_site_name_never_reaches_the_headline(title: str, site: str | None, expected: str) -> None:
    assert clean_title(title, site=site) == expected


def test_title_suffix_cut_when_the_rest_is_the_h1() -> None:
    assert clean_title("Mali army sold guns | World News", headings=["Mali army sold guns"]) == (
        "Mali army sold guns"
    )


# --- authors ---------------------------------------------------------------------------


def test_agency_is_not_an_author() -> None:
    assert clean_authors(["REUTERS"]) == ()
    assert clean_authors(["The Associated Press"]) == ()


def test_agency_glued_to_a_name_is_cut() -> None:
    assert clean_authors(["Jane Doe Associated Press"]) == ("Jane Doe",)


def test_junk_in_author_lists() -> None:
    raw = ["apnews.com", "twitter mailto", "https://x.com/jane", "jane@example.com", "Jane Doe"]
    assert clean_authors(raw) == ("Jane Doe",)


def test_site_name_is_not_an_author() -> None:
    assert clean_authors(["Salzburger Nachrichten"], site="Salzburger Nachrichten") == ()


def test_wire_dateline_is_not_a_byline() -> None:
    assert clean_authors(["WASHINGTON (AP) —"], strict=True) == ()
    meta = meta_of(page("", "<div class='byline'>WASHINGTON (AP) —</div><p>x</p>"))
    assert meta.authors == ()


def test_author_lists_are_split() -> None:
    assert clean_authors(["By Maya Gebeily and Anthony Deutsch"]) == (
        "Maya Gebeily",
        "Anthony Deutsch",
    )
    assert clean_authors(["Trine Jørgensen og Tôrtia Reimer"]) == (
        "Trine Jørgensen",
        "Tôrtia Reimer",
    )


# --- dates ------------------------------------------------------------------------------


def test_time_of_day_is_kept_when_the_page_gives_it() -> None:
    head = (
        "<meta name='date' content='2024-05-03'>"
        "<meta property='article:published_time' content='2024-05-03T18:19:08+02:00'>"
    )
    published = meta_of(page(head, "")).published
    assert published is not None
    assert (published.hour, published.minute) == (18, 19)


def test_date_only_source_loses_to_a_timed_one_of_the_same_day() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2024-05-03"})
    body = "<time class='published' datetime='2024-05-03T09:30:00Z'>3 May</time>"
    published = meta_of(page(head, body)).published
    assert published == datetime(2024, 5, 3, 9, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2010-08-12T15:06:00Z", datetime(2010, 8, 12, 15, 6, tzinfo=timezone.utc)),
        ("2010-08-12 15:06:00", datetime(2010, 8, 12, 15, 6)),
        ("Thu, 12 Aug 2010 15:06:00 GMT", datetime(2010, 8, 12, 15, 6, tzinfo=timezone.utc)),
        ("yesterday", None),
        ("", None),
    ],
)
def test_read_datetime(value: str, expected: datetime | None) -> None:
    assert read_datetime(value) == expected


# --- the filter ---------------------------------------------------------------------------


STORY_PAGE = page(
    "<title>Al Qaeda gets help from Mali officials: ex-rebel | Reuters</title>"
    "<meta property='og:site_name' content='Reuters'>"
    "<meta name='author' content='REUTERS'>"
    "<meta property='article:published_time' content='2010-08-12T15:06:00-04:00'>"
    "<link rel='canonical' href='https://example.com/mali'>",
    "<div class='cookie-banner'><p>We use cookies to improve your experience.</p></div>"
    "<h1>Al Qaeda gets help from Mali officials: ex-rebel</h1>"
    "<div class='byline'>By Lamine Chikhi</div>"
    f"<p>ALGIERS, Aug 12 (Reuters) - {LEAD}</p>"
    "<p>Mali's government declined to comment.</p>",
)


def test_headline_is_not_repeated_in_the_body() -> None:
    story = wireclean.parse_html(STORY_PAGE)
    assert story.headline == "Al Qaeda gets help from Mali officials: ex-rebel"
    assert story.headline not in story.body
    assert story.body[-2:] == (LEAD, "Mali's government declined to comment.")


def test_agency_author_meta_gives_way_to_the_visible_byline() -> None:
    story = wireclean.parse_html(STORY_PAGE)
    assert story.byline == ("Lamine Chikhi",)


def test_published_and_url_come_from_metadata_and_are_recorded() -> None:
    story = wireclean.parse_html(STORY_PAGE)
    assert story.published == datetime(2010, 8, 12, 15, 6, tzinfo=timezone(timedelta(hours=-4)))
    assert story.url == "https://example.com/mali"
    filled = {r.field: r for r in story.removed if r.reason == "metadata"}
    assert set(filled) == {"published", "url"}
    assert filled["url"].text == "https://example.com/mali"
    assert (filled["url"].start, filled["url"].end) == (0, 0)


def test_field_with_no_block_is_recorded_as_metadata() -> None:
    html = page("<meta property='og:title' content='Only in the metadata'>", f"<p>{LEAD}</p>")
    story = wireclean.parse_html(html)
    assert story.headline == "Only in the metadata"
    record = next(r for r in story.removed if r.field == "headline")
    assert (record.filter, record.reason, record.text) == (
        "metadata",
        "metadata",
        "Only in the metadata",
    )


def test_metadata_filter_can_be_switched_off() -> None:
    pipeline = wireclean.default_pipeline().disable("metadata")
    story = wireclean.parse_html(STORY_PAGE, pipeline=pipeline)
    assert story.url is None


def test_text_path_has_no_metadata() -> None:
    story = wireclean.parse_text(f"ALGIERS (Reuters) - {LEAD}")
    assert not any(r.filter == "metadata" for r in story.removed)


# --- the corpus ----------------------------------------------------------------------------


def _pages(corpus: Path, count: int) -> list[Path]:
    found = sorted((corpus / "fundus" / "data").glob("*/*.html.gz"))
    return found[:: max(1, len(found) // count)][:count]


def test_bs4_tree_gives_the_same_story_as_the_page_text(corpus: Path) -> None:
    for path in _pages(corpus, 6):
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        soup = BeautifulSoup(html, "lxml")
        from_text = wireclean.parse_html(html).to_dict()
        from_soup = wireclean.parse_html(soup).to_dict()
        assert from_soup == from_text, path.name


def test_corpus_pages_give_a_headline_and_a_date(corpus: Path) -> None:
    for path in _pages(corpus, 10):
        story = wireclean.parse_html(path.read_bytes() and gzip.decompress(path.read_bytes()))
        assert story.headline, path.name
        assert story.published is not None, path.name
