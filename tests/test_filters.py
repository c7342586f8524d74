"""Unit tests for the default filters: what each takes, what it must leave, and its records.

Each filter is tested three ways: through ``wireclean.parse_text`` with the default
pipeline, alone through ``default_pipeline().enable_only(name)``, and alone in a
hand-built ``wireclean.Pipeline([(name, fn)])``.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import wireclean
from wireclean import REASONS, Dateline, Pipeline, Story, default_pipeline

FILTERS = (
    "header",
    "breakpoints",
    "share_counters",
    "reading_time",
    "page",
    "metadata",
    "timestamp",
    "headline",
    "bullets",
    "byline",
    "correction",
    "dateline",
    "credits",
    "syndication",
    "furniture",
)

LEAD = (
    "Al Qaeda insurgents behind the kidnap of Westerners in the Sahara desert have forged "
    "alliances with corrupt officials and local tribes, a senior ex-militant said."
)
SECOND = (
    "The former insurgent said he had witnessed officials drinking tea in the group's "
    "desert camps on courtesy visits to one of its leaders."
)
THIRD = "Mali's government declined requests to provide a formal comment on the account."

Record = tuple[str, str, str | None, str]


def _records(story: Story) -> list[Record]:
    """Return (filter, reason, field, text) of each removal, in input order."""
    return [(r.filter, r.reason, r.field, r.text) for r in story.removed]


def _check_records(source: str, story: Story) -> None:
    """Every record names a known reason and holds the source text at its position."""
    for r in story.removed:
        assert r.reason in REASONS, r
        assert (r.reason == "field") == (r.field is not None), r
        assert r.text == " ".join(source[r.start : r.end].split()), r
        assert r.line == source.count("\n", 0, r.start) + 1, r


def _only(name: str) -> Pipeline:
    return default_pipeline().enable_only(name)


def _alone(name: str) -> Pipeline:
    return Pipeline([(name, default_pipeline()[name])])


def _both(name: str) -> list[Pipeline]:
    return [_only(name), _alone(name)]


def _parse(text: str, pipeline: Pipeline | None = None) -> Story:
    story = wireclean.parse_text(text, pipeline=pipeline)
    _check_records(text, story)
    return story


# --- the pipeline as a whole ------------------------------------------------------------


def test_default_filter_names_and_order() -> None:
    assert default_pipeline().names == FILTERS


@pytest.mark.parametrize("name", FILTERS)
def test_single_filter_pipelines_are_equal(name: str) -> None:
    assert _only(name) == _alone(name)
    assert _only(name).names == (name,)


def test_enable_only_unknown_name_raises_key_error_listing_names() -> None:
    with pytest.raises(KeyError, match="breakpoints"):
        default_pipeline().enable_only("no_such_filter")


def test_full_story() -> None:
    source = (
        "August 12, 2010 / 3:06 PM / 9 years ago\n"
        "\n"
        "5 Min Read\n"
        "\n"
        "Al Qaeda gets help from Mali officials: ex-rebel\n"
        "\n"
        "* Former insurgent says army officers sold weapons to rebels\n"
        "\n"
        "* Mali official says allegations unreliable\n"
        "\n"
        "By Lamine Chikhi\n"
        "\n"
        f"ALGIERS, Aug 12 (Reuters) - {LEAD}\n"
        "\n"
        f"{SECOND}\n"
        "\n"
        "0 : 0\n"
        "\n"
        f"{THIRD}\n"
        "\n"
        "(Reporting by Lamine Chikhi; Editing by Giles Elgood)\n"
        "\n"
        "  • medium-browser-and-portrait-tablet\n"
    )
    story = _parse(source)
    assert story.headline == "Al Qaeda gets help from Mali officials: ex-rebel"
    assert story.bullets == (
        "Former insurgent says army officers sold weapons to rebels",
        "Mali official says allegations unreliable",
    )
    assert story.byline == ("Lamine Chikhi",)
    assert story.dateline == Dateline("ALGIERS", "Aug 12", "Reuters")
    assert story.published == datetime(2010, 8, 12, 15, 6)
    assert story.body == (LEAD, SECOND, THIRD)
    assert [(c.role, c.names, c.location) for c in story.credits] == [
        ("reporting", ("Lamine Chikhi",), None),
        ("editing", ("Giles Elgood",), None),
    ]
    assert _records(story) == [
        ("timestamp", "field", "published", "August 12, 2010 / 3:06 PM / 9 years ago"),
        ("reading_time", "reading-time", None, "5 Min Read"),
        ("headline", "field", "headline", "Al Qaeda gets help from Mali officials: ex-rebel"),
        (
            "bullets",
            "field",
            "bullets",
            "* Former insurgent says army officers sold weapons to rebels",
        ),
        ("bullets", "field", "bullets", "* Mali official says allegations unreliable"),
        ("byline", "field", "byline", "By Lamine Chikhi"),
        ("dateline", "field", "dateline", "ALGIERS, Aug 12 (Reuters) -"),
        ("share_counters", "share-counter", None, "0 : 0"),
        (
            "credits",
            "field",
            "credits",
            "(Reporting by Lamine Chikhi; Editing by Giles Elgood)",
        ),
        ("breakpoints", "css-debris", None, "• medium-browser-and-portrait-tablet"),
    ]


def test_plain_story_passes_untouched() -> None:
    source = f"{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    story = _parse(source)
    assert story.body == (LEAD, SECOND, THIRD)
    assert story.removed == ()
    assert story.headline is None
    assert story.dateline is None


@pytest.mark.parametrize("name", FILTERS)
def test_each_filter_alone_keeps_a_plain_story(name: str) -> None:
    source = f"{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    for pipeline in _both(name):
        story = _parse(source, pipeline)
        assert story.body == (LEAD, SECOND, THIRD)
        assert story.removed == ()


def test_empty_pipeline_keeps_everything() -> None:
    source = "5 Min Read\n\n0 : 0\n\nHeadline\n\nALGIERS (Reuters) - Body text.\n"
    story = _parse(source, Pipeline([]))
    assert story.body == ("5 Min Read", "0 : 0", "Headline", "ALGIERS (Reuters) - Body text.")
    assert story.removed == ()


# --- breakpoints ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "debris",
    [
        "medium-browser-and-portrait-tablet",
        "narrow-browser-and-phone",
        "landscape-tablet-and-above",
        "wide-browser-and-larger",
        "portrait-tablet-and-up",
        "desktop-only",
        "mobile-and-tablet",
    ],
)
def test_breakpoints_drops_css_debris(debris: str) -> None:
    source = f"{LEAD}\n\n{debris}\n\n{SECOND}\n"
    for pipeline in [None, *_both("breakpoints")]:
        story = _parse(source, pipeline)
        assert story.body == (LEAD, SECOND)
        assert _records(story)[-1] == ("breakpoints", "css-debris", None, debris)


def test_breakpoints_drops_bulleted_debris_with_its_marker() -> None:
    source = f"{LEAD}\n\n  • narrow-browser-and-phone\n  • landscape-tablet-and-above\n"
    for pipeline in [None, *_both("breakpoints")]:
        story = _parse(source, pipeline)
        assert story.body == (LEAD,)
        assert _records(story)[-2:] == [
            ("breakpoints", "css-debris", None, "• narrow-browser-and-phone"),
            ("breakpoints", "css-debris", None, "• landscape-tablet-and-above"),
        ]


@pytest.mark.parametrize(
    "story_text",
    [
        "up-and-down",
        "large-and-small",
        "Up-and-down",
        "x-large",
        "mobile",
        "Tablet",
        "The phone-and-tablet market grew by a third last year, the company said.",
        "Sales of mobile-phone handsets fell.",
        "* up-and-down",
    ],
)
def test_breakpoints_keeps_story_text(story_text: str) -> None:
    source = f"{LEAD}\n\n{story_text}\n\n{SECOND}\n"
    expected_text = story_text.removeprefix("* ")
    for pipeline in [None, *_both("breakpoints")]:
        story = _parse(source, pipeline)
        assert story.body == (LEAD, expected_text, SECOND)
        assert [r for r in story.removed if r.filter == "breakpoints"] == []


# --- share_counters ----------------------------------------------------------------------


@pytest.mark.parametrize("counter", ["0 : 0", "0:0", "12 | 3", "1234 : 56", "7|0"])
def test_share_counters_drops_bare_counters(counter: str) -> None:
    source = f"{LEAD}\n\n{counter}\n\n{SECOND}\n"
    for pipeline in [None, *_both("share_counters")]:
        story = _parse(source, pipeline)
        assert story.body == (LEAD, SECOND)
        assert _records(story)[-1] == ("share_counters", "share-counter", None, counter)


@pytest.mark.parametrize(
    "story_text",
    [
        "Score: 3:2",
        "Score: 3:2 in the final minute.",
        "The vote was 3:2 in favour of the plan.",
        "John 3:16",
        "The ratio was 16:9, the company said.",
        "0 : 0 at half time, and then the rain came.",
    ],
)
def test_share_counters_keeps_sentences(story_text: str) -> None:
    source = f"{LEAD}\n\n{story_text}\n\n{SECOND}\n"
    for pipeline in [None, *_both("share_counters")]:
        story = _parse(source, pipeline)
        assert story.body == (LEAD, story_text, SECOND)
        assert [r for r in story.removed if r.filter == "share_counters"] == []


# --- reading_time ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["5 Min Read", "3 min read", "3 minute read", "10 minutes read", "Lesezeit: 4 Min.",
     "Reading time: 4 min", "Read time: 6 minutes"],
)  # fmt: skip
def test_reading_time_drops_labels(label: str) -> None:
    source = f"{label}\n\n{LEAD}\n\n{SECOND}\n"
    for pipeline in [None, *_both("reading_time")]:
        story = _parse(source, pipeline)
        assert story.body == (LEAD, SECOND)
        assert _records(story)[0] == ("reading_time", "reading-time", None, label)


def test_read_more_is_not_a_reading_time() -> None:
    # "Read more" is page furniture (the furniture filter's business), not a reading time.
    source = f"{LEAD}\n\nRead more\n\n{SECOND}\n"
    for pipeline in _both("reading_time"):
        assert _parse(source, pipeline).body == (LEAD, "Read more", SECOND)
    [record] = [r for r in _parse(source, None).removed if r.text == "Read more"]
    assert (record.filter, record.reason) == ("furniture", "chrome-phrase")


@pytest.mark.parametrize(
    "story_text",
    [
        "He read for 5 minutes before the meeting began.",
        "5 minutes later, the army arrived.",
        "A 5 min read of the report shows the army was warned.",
        "Reading the report took the panel five hours, officials said.",
    ],
)
def test_reading_time_keeps_sentences(story_text: str) -> None:
    source = f"{LEAD}\n\n{story_text}\n\n{SECOND}\n"
    for pipeline in [None, *_both("reading_time")]:
        story = _parse(source, pipeline)
        assert story.body == (LEAD, story_text, SECOND)
        assert [r for r in story.removed if r.filter == "reading_time"] == []


# --- timestamp ---------------------------------------------------------------------------


def test_timestamp_captured_into_published() -> None:
    source = f"August 12, 2010 / 3:06 PM / 9 years ago\n\n{LEAD}\n"
    for pipeline in [None, *_both("timestamp")]:
        story = _parse(source, pipeline)
        assert story.published == datetime(2010, 8, 12, 15, 6)
        assert story.body == (LEAD,)
        assert _records(story) == [
            ("timestamp", "field", "published", "August 12, 2010 / 3:06 PM / 9 years ago")
        ]


def test_timestamp_with_zone_is_aware() -> None:
    story = _parse(f"Tue Sep 26, 2012 10:56am EDT\n\n{LEAD}\n", _only("timestamp"))
    assert story.published == datetime(2012, 9, 26, 10, 56, tzinfo=timezone(timedelta(hours=-4)))
    assert story.published is not None
    assert story.published.utcoffset() == timedelta(hours=-4)


def test_timestamp_first_timed_line_is_captured_and_the_others_dropped() -> None:
    source = (
        "August 12, 2010\n\n"
        "Mali army sold guns\n\n"
        "August 12, 2010 / 3:06 PM / 9 years ago\n\n"
        f"{LEAD}\n\n"
        "Updated August 13, 2010 10:00 AM\n"
    )
    for pipeline in [None, *_both("timestamp")]:
        story = _parse(source, pipeline)
        assert story.published == datetime(2010, 8, 12, 15, 6)
        assert [r for r in _records(story) if r[0] == "timestamp"] == [
            ("timestamp", "timestamp", None, "August 12, 2010"),
            ("timestamp", "field", "published", "August 12, 2010 / 3:06 PM / 9 years ago"),
            ("timestamp", "timestamp", None, "Updated August 13, 2010 10:00 AM"),
        ]
        assert story.body[-1] == LEAD


def test_timestamp_date_only_line_gives_midnight() -> None:
    story = _parse(f"August 12, 2010\n\n{LEAD}\n", _only("timestamp"))
    assert story.published == datetime(2010, 8, 12)
    assert _records(story) == [("timestamp", "field", "published", "August 12, 2010")]


@pytest.mark.parametrize(
    "story_text",
    [
        "The deal was signed on August 12, 2010 in Algiers.",
        "On August 12, 2010, the army moved north.",
        "May Day",
        "March 2010 was cold",
        "5 Min Read",
        "By Lamine Chikhi",
    ],
)
def test_timestamp_keeps_story_text(story_text: str) -> None:
    source = f"{LEAD}\n\n{story_text}\n\n{SECOND}\n"
    for pipeline in _both("timestamp"):
        story = _parse(source, pipeline)
        assert story.published is None
        assert story.body == (LEAD, story_text, SECOND)
        assert story.removed == ()


# --- headline ----------------------------------------------------------------------------


def test_headline_captured() -> None:
    source = f"Al Qaeda gets help from Mali officials: ex-rebel\n\n{LEAD}\n"
    for pipeline in [None, *_both("headline")]:
        story = _parse(source, pipeline)
        assert story.headline == "Al Qaeda gets help from Mali officials: ex-rebel"
        assert story.body == (LEAD,)
        assert _records(story) == [
            ("headline", "field", "headline", "Al Qaeda gets help from Mali officials: ex-rebel")
        ]


@pytest.mark.parametrize(
    "first",
    [
        "Will Mali's army stop al Qaeda?",
        "Mali army sold guns to Al Qaeda -ex-rebel",
        "Mali army sold guns to Al Qaeda!",
    ],
)
def test_headline_shapes(first: str) -> None:
    story = _parse(f"{first}\n\n{LEAD}\n", _only("headline"))
    assert story.headline == first
    assert story.body == (LEAD,)


def test_headline_after_timestamp() -> None:
    source = f"August 12, 2010 / 3:06 PM\n\nMali army sold guns\n\n{LEAD}\n"
    story = _parse(source)
    assert story.headline == "Mali army sold guns"
    assert story.published == datetime(2010, 8, 12, 15, 6)
    assert story.body == (LEAD,)


@pytest.mark.parametrize(
    "first",
    [
        "Mali's army sold guns to the rebels, he said.",  # ends in a period
        "The measures include:",  # ends in a colon
        "* Former insurgent says army officers sold weapons",  # a list item
        "By Lamine Chikhi",  # a byline
        "ALGIERS (Reuters) - Insurgents struck",  # a dateline
        "2010 / 2011",  # no letters
        " ".join(["word"] * 31),  # too many words
        "A" * 201,  # too long
    ],
)
def test_headline_not_taken(first: str) -> None:
    source = f"{first}\n\n{LEAD}\n"
    for pipeline in _both("headline"):
        story = _parse(source, pipeline)
        assert story.headline is None
        assert story.removed == ()


def test_headline_needs_more_text_after_it() -> None:
    for pipeline in [None, *_both("headline")]:
        story = _parse("Mali army sold guns to Al Qaeda\n", pipeline)
        assert story.headline is None
        assert story.body == ("Mali army sold guns to Al Qaeda",)


def test_headline_is_only_the_first_block() -> None:
    source = f"{LEAD}\n\nShort subhead\n\n{SECOND}\n"
    story = _parse(source)
    assert story.headline is None
    assert story.body == (LEAD, "Short subhead", SECOND)


# --- bullets -----------------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["*", "•", "-", "–", "1.", "1)"])
def test_bullets_after_headline(marker: str) -> None:
    source = (
        "Al Qaeda gets help from Mali officials\n\n"
        f"{marker} Former insurgent says army officers sold weapons\n"
        f"{marker} Mali official says allegations unreliable\n\n"
        f"{LEAD}\n"
    )
    story = _parse(source)
    assert story.bullets == (
        "Former insurgent says army officers sold weapons",
        "Mali official says allegations unreliable",
    )
    assert story.body == (LEAD,)
    assert [r for r in _records(story) if r[0] == "bullets"] == [
        ("bullets", "field", "bullets", f"{marker} {story.bullets[0]}"),
        ("bullets", "field", "bullets", f"{marker} {story.bullets[1]}"),
    ]


def test_bullets_need_a_headline() -> None:
    source = f"* One point here\n\n* Another point\n\n{LEAD}\n"
    # Alone, bullets finds no captured headline and takes nothing.
    for pipeline in _both("bullets"):
        story = _parse(source, pipeline)
        assert story.bullets == ()
        assert story.body == ("One point here", "Another point", LEAD)
        assert story.removed == ()
    # With the default pipeline the first item is not a headline either (a list item).
    story = _parse(source)
    assert story.headline is None
    assert story.bullets == ()
    assert story.body == ("One point here", "Another point", LEAD)


def test_bullets_with_headline_filter() -> None:
    source = f"Mali army sold guns\n\n* One point here\n\n* Another point\n\n{LEAD}\n"
    pipeline = default_pipeline().enable_only("headline", "bullets")
    story = _parse(source, pipeline)
    assert story.headline == "Mali army sold guns"
    assert story.bullets == ("One point here", "Another point")
    assert story.body == (LEAD,)


_MENU_PAGE = (
    "<html><body><header class='nav'><ul><li><a>Home</a></li><li><a>World</a></li>"
    "<li><a>Business</a></li></ul></header><article>"
    "<p>Published 1:22 AM ET Tue, 1 Apr 2014</p>"
    "<h1>Mali army officers sold guns to rebels</h1>"
    "<ul><li>First point</li><li>Second point</li></ul>"
    "<p>By Jane Doe</p>"
    "<p>LONDON (Reuters) - Story text about the guns goes on here, a former militant said.</p>"
    "<p>The measures include:</p><ul><li>higher taxes on fuel</li><li>lower spending</li></ul>"
    "<p>More story text follows the list of measures, he said on Monday.</p>"
    "</article></body></html>"
)


def test_bullets_after_headline_below_a_menu() -> None:
    # The nav list before the headline does not stop the points right after it; the
    # list later in the story stays in the body.
    story = wireclean.parse_html(_MENU_PAGE)
    assert story.headline == "Mali army officers sold guns to rebels"
    assert story.bullets == ("First point", "Second point")
    assert story.byline == ("Jane Doe",)
    assert story.body == (
        "Story text about the guns goes on here, a former militant said.",
        "The measures include:",
        "higher taxes on fuel",
        "lower spending",
        "More story text follows the list of measures, he said on Monday.",
    )


def test_share_buttons_below_a_menu_are_no_bullets() -> None:
    page = _MENU_PAGE.replace(
        "<li>First point</li><li>Second point</li>", "<li>Share</li><li>Post</li><li>X</li>"
    )
    story = wireclean.parse_html(page)
    assert story.headline == "Mali army officers sold guns to rebels"
    assert story.bullets == ()


def test_bullet_list_inside_the_body_stays_in_the_body() -> None:
    source = (
        "Mali army sold guns\n\n"
        f"{LEAD}\n\n"
        "The measures include:\n\n"
        "* higher taxes on fuel\n"
        "* lower spending on the army\n\n"
        f"{SECOND}\n"
    )
    story = _parse(source)
    assert story.headline == "Mali army sold guns"
    assert story.bullets == ()
    assert story.body == (
        LEAD,
        "The measures include:",
        "higher taxes on fuel",
        "lower spending on the army",
        SECOND,
    )
    assert [b.marker for b in story.blocks] == ["", "", "*", "*", ""]


def test_list_after_a_short_intro_paragraph_is_not_bullets() -> None:
    source = (
        "Mali army sold guns\n\n"
        "The measures include:\n\n"
        "* higher taxes on fuel\n"
        "* lower spending on the army\n\n"
        f"{LEAD}\n"
    )
    story = _parse(source)
    assert story.bullets == ()
    assert story.body == (
        "The measures include:",
        "higher taxes on fuel",
        "lower spending on the army",
        LEAD,
    )


def test_list_that_is_the_whole_rest_is_not_bullets() -> None:
    source = "Things to know\n\n* One point here\n\n* Another point\n"
    story = _parse(source)
    assert story.bullets == ()
    assert story.body == ("One point here", "Another point")


# --- byline ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Lamine Chikhi", ("Lamine Chikhi",)),
        ("By Maya Gebeily and Anthony Deutsch", ("Maya Gebeily", "Anthony Deutsch")),
        (
            "By Maya Gebeily, Anthony Deutsch and Lamine Chikhi",
            ("Maya Gebeily", "Anthony Deutsch", "Lamine Chikhi"),
        ),
        ("By JOHN SMITH, Associated Press", ("JOHN SMITH",)),
        ("By Jane Doe, Staff Writer", ("Jane Doe",)),
        ("BY LAMINE CHIKHI", ("LAMINE CHIKHI",)),
    ],
)
def test_byline_captured(line: str, names: tuple[str, ...]) -> None:
    source = f"Mali army sold guns\n\n{line}\n\n{LEAD}\n"
    story = _parse(source)
    assert story.byline == names
    assert story.body == (LEAD,)
    assert [r for r in _records(story) if r[0] == "byline"] == [("byline", "field", "byline", line)]
    for pipeline in _both("byline"):
        alone = _parse(source, pipeline)
        assert alone.byline == names
        assert alone.body == ("Mali army sold guns", LEAD)


@pytest.mark.parametrize(
    "story_text",
    [
        "By the end of the year, the company expects to hire more staff.",
        "By the end of the year",
        "By Monday, officials had left.",
        "By then the army had gone",
        "By 2010 the group had grown",
        "By far the biggest problem",
    ],
)
def test_byline_keeps_story_text(story_text: str) -> None:
    source = f"Mali army sold guns\n\n{story_text}\n\n{LEAD}\n"
    story = _parse(source)
    assert story.byline == ()
    assert story_text in story.body
    assert [r for r in story.removed if r.filter == "byline"] == []


def test_byline_under_a_teaser_paragraph_is_captured() -> None:
    # Pages put a teaser between headline and byline: a byline within three blocks of
    # the lead's first paragraph is still the byline.
    source = f"Mali army sold guns\n\n{LEAD}\n\nBy Lamine Chikhi\n\n{SECOND}\n"
    story = _parse(source)
    assert story.byline == ("Lamine Chikhi",)
    assert story.body == (LEAD, SECOND)


def test_byline_deep_in_the_body_stays() -> None:
    paragraphs = "\n\n".join([LEAD, SECOND, LEAD + " Again.", SECOND + " Again."])
    source = f"Mali army sold guns\n\n{paragraphs}\n\nBy Lamine Chikhi\n\n{SECOND} More.\n"
    story = _parse(source)
    assert story.byline == ()
    assert "By Lamine Chikhi" in story.body


# --- dateline ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "dateline"),
    [
        ("ALGIERS, Aug 12 (Reuters) - ", Dateline("ALGIERS", "Aug 12", "Reuters")),
        ("ALGIERS (Reuters) - ", Dateline("ALGIERS", None, "Reuters")),
        ("WASHINGTON (AP) — ", Dateline("WASHINGTON", None, "AP")),
        ("FAIRBANKS, Alaska (AP) — ", Dateline("FAIRBANKS, Alaska", None, "AP")),
        ("BEIRUT/THE HAGUE (Reuters) - ", Dateline("BEIRUT/THE HAGUE", None, "Reuters")),
        ("(Bloomberg) -- ", Dateline(None, None, "Bloomberg")),
        ("PARIS, Aug. 12 (AFP) – ", Dateline("PARIS", "Aug. 12", "AFP")),
        ("New Delhi, Aug 12 (PTI) ", Dateline("New Delhi", "Aug 12", "PTI")),
        ("BEIJING, 12 August (Xinhua) -- ", Dateline("BEIJING", "12 August", "Xinhua")),
    ],
)
def test_dateline_cut_from_first_paragraph(head: str, dateline: Dateline) -> None:
    source = f"Mali army sold guns\n\n{head}{LEAD}\n\n{SECOND}\n"
    story = _parse(source)
    assert story.dateline == dateline
    assert story.body == (LEAD, SECOND)
    assert [r for r in _records(story) if r[0] == "dateline"] == [
        ("dateline", "field", "dateline", head.strip())
    ]
    for pipeline in _both("dateline"):
        alone = _parse(source, pipeline)
        assert alone.dateline == dateline
        assert alone.body == ("Mali army sold guns", LEAD, SECOND)


def test_dateline_alone_on_its_line_is_captured_whole() -> None:
    source = f"Mali army sold guns\n\nALGIERS, Aug 12 (Reuters) -\n\n{LEAD}\n"
    story = _parse(source)
    assert story.dateline == Dateline("ALGIERS", "Aug 12", "Reuters")
    assert story.body == (LEAD,)
    assert [r for r in _records(story) if r[0] == "dateline"] == [
        ("dateline", "field", "dateline", "ALGIERS, Aug 12 (Reuters) -")
    ]


def test_dateline_block_keeps_its_position_in_the_source() -> None:
    source = f"Mali army sold guns\n\nALGIERS (Reuters) - {LEAD}\n"
    story = _parse(source)
    (block,) = story.blocks
    assert source[block.start : block.end] == LEAD
    assert block.line == 3


@pytest.mark.parametrize(
    "first",
    [
        # A quote that mentions Reuters.
        '"We never spoke to Reuters about this, and we never will," the official said on '
        "Thursday in the capital.",
        "Reuters could not independently verify the report, which was first published by "
        "the AP news agency on Monday.",
        # A paragraph that starts with a city name.
        "PARIS police said on Monday they had arrested three men suspected of planning an "
        "attack on the city's metro.",
        "Algiers is keen to promote its view of how the group should be tackled in the Sahara.",
        # A dateline without an agency.
        "WASHINGTON — The talks ended on Thursday without a deal, officials from both sides said.",
        "WASHINGTON - The talks ended on Thursday without a deal, officials from both sides said.",
        # An unknown "agency" in parentheses.
        "Acme Corp (Nasdaq) - shares rose 5 percent after the company beat profit forecasts "
        "for the quarter.",
        "Acme Corp (ACME.N) - shares rose 5 percent after the company beat profit forecasts.",
    ],
)
def test_dateline_keeps_story_text(first: str) -> None:
    source = f"Mali army sold guns\n\n{first}\n\n{SECOND}\n"
    story = _parse(source)
    assert story.dateline is None
    assert story.body == (first, SECOND)
    for pipeline in _both("dateline"):
        alone = _parse(source, pipeline)
        assert alone.dateline is None
        assert alone.removed == ()


@pytest.mark.parametrize(
    "first",
    [
        "The American Psychological Association (APA) said on Monday that children should "
        "spend less time on screens.",
        "Alcoholics Anonymous (AA) meetings moved online during the pandemic, organisers said.",
    ],
)
def test_dateline_keeps_organisation_with_abbreviation(first: str) -> None:
    story = _parse(f"Screens and children\n\n{first}\n\n{SECOND}\n")
    assert story.dateline is None
    assert story.body == (first, SECOND)


def test_dateline_looking_paragraph_after_first_prose_stays_whole() -> None:
    later = "WASHINGTON (AP) — The talks ended on Thursday, the agency reported."
    source = f"Mali army sold guns\n\n{LEAD}\n\n{later}\n"
    for pipeline in [None, *_both("dateline")]:
        story = _parse(source, pipeline)
        assert story.dateline is None
        assert story.body[-2:] == (LEAD, later)
        assert [r for r in story.removed if r.filter == "dateline"] == []


def test_only_the_first_dateline_is_cut() -> None:
    later = "BEIRUT (Reuters) - A second dateline in the body stays as written."
    source = f"Mali army sold guns\n\nALGIERS (Reuters) - {LEAD}\n\n{later}\n"
    story = _parse(source)
    assert story.dateline == Dateline("ALGIERS", None, "Reuters")
    assert story.body == (LEAD, later)


def test_dateline_on_a_list_item_is_not_cut() -> None:
    source = f"Mali army sold guns\n\n{LEAD}\n\n* ALGIERS (Reuters) - a list item\n"
    story = _parse(source, _only("dateline"))
    assert story.dateline is None
    assert story.removed == ()


# --- credits -----------------------------------------------------------------------------


def test_credits_paragraph_in_parentheses() -> None:
    trailer = "(Reporting by Lamine Chikhi; Editing by Giles Elgood)"
    source = f"Mali army sold guns\n\n{LEAD}\n\n{SECOND}\n\n{trailer}\n"
    for pipeline in [None, *_both("credits")]:
        story = _parse(source, pipeline)
        assert [c.to_dict() for c in story.credits] == [
            {"role": "reporting", "names": ["Lamine Chikhi"], "location": None},
            {"role": "editing", "names": ["Giles Elgood"], "location": None},
        ]
        assert story.body[-2:] == (LEAD, SECOND)
        assert _records(story)[-1] == ("credits", "field", "credits", trailer)


def test_credits_bare_paragraph_with_location_and_several_names() -> None:
    trailer = (
        "Reporting by Maya Gebeily and Anthony Deutsch in Beirut; "
        "Additional reporting by Lamine Chikhi; Editing by Giles Elgood & Dan Grebler"
    )
    source = f"{LEAD}\n\n{trailer}\n"
    story = _parse(source)
    assert story.body == (LEAD,)
    assert [c.role for c in story.credits] == ["reporting", "additional reporting", "editing"]
    assert story.credits[0].names == ("Maya Gebeily", "Anthony Deutsch")
    assert story.credits[0].location == "Beirut"
    assert story.credits[1].names == ("Lamine Chikhi",)
    assert story.credits[2].names == ("Giles Elgood", "Dan Grebler")
    assert _records(story) == [("credits", "field", "credits", trailer)]


def test_credits_with_one_location() -> None:
    trailer = "(Reporting by Lamine Chikhi and Maya Gebeily in Algiers; Editing by Giles Elgood)"
    story = _parse(f"{LEAD}\n\n{trailer}\n")
    assert [c.to_dict() for c in story.credits] == [
        {"role": "reporting", "names": ["Lamine Chikhi", "Maya Gebeily"], "location": "Algiers"},
        {"role": "editing", "names": ["Giles Elgood"], "location": None},
    ]


def test_credits_trailer_at_the_end_of_the_last_paragraph() -> None:
    trailer = "(Reporting by Lamine Chikhi; Editing by Giles Elgood)"
    source = f"{LEAD}\n\n{THIRD} {trailer}\n"
    for pipeline in [None, *_both("credits")]:
        story = _parse(source, pipeline)
        assert story.body == (LEAD, THIRD)
        assert [c.role for c in story.credits] == ["reporting", "editing"]
        assert _records(story) == [("credits", "field", "credits", trailer)]
        (_, last) = story.blocks
        assert source[last.start : last.end] == THIRD


def test_credits_followed_by_page_debris() -> None:
    trailer = "(Reporting by Lamine Chikhi; Editing by Giles Elgood)"
    source = f"{LEAD}\n\n{trailer}\n\n0 : 0\n\nmedium-browser-and-portrait-tablet\n"
    story = _parse(source)
    assert story.body == (LEAD,)
    assert [c.role for c in story.credits] == ["reporting", "editing"]


@pytest.mark.parametrize(
    "story_text",
    [
        "Editing by committee is hard, she said.",
        "Reporting by the state media was restricted.",
        "(Reporting by hand is a lost art, he said.)",
        "The book was praised (edited by John Smith)",
        "He cited a study (edited by John Smith) and left.",
    ],
)
def test_credits_keeps_story_text(story_text: str) -> None:
    source = f"{LEAD}\n\n{story_text}\n"
    for pipeline in [None, *_both("credits")]:
        story = _parse(source, pipeline)
        assert story.credits == ()
        assert story.body == (LEAD, story_text)
        assert story.removed == ()


# --- records -----------------------------------------------------------------------------


def test_builtin_reasons_are_documented() -> None:
    assert set(REASONS) >= {"field", "timestamp", "reading-time", "share-counter", "css-debris"}


def test_records_come_in_input_order() -> None:
    source = (
        "5 Min Read\n\nMali army sold guns\n\nBy Lamine Chikhi\n\n"
        f"ALGIERS (Reuters) - {LEAD}\n\n0 : 0\n\n{SECOND}\n"
    )
    story = _parse(source)
    starts = [r.start for r in story.removed]
    assert starts == sorted(starts)
    assert [r.line for r in story.removed] == [1, 3, 5, 7, 9]


# --- page bylines and times (issue #4) --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von: Jane Doe", ("Jane Doe",)),
        ("Von Jane Doe, Zürich", ("Jane Doe",)),
        ("Von Jane Doe, Redakteurin für Finanzen", ("Jane Doe",)),
        ("Von Jane Doe und John Roe, Korrespondent", ("Jane Doe", "John Roe")),
        ("Kolumne von Jane Doe", ("Jane Doe",)),
        ("Autor: Jane Doe", ("Jane Doe",)),
        ("Von Jane Doe mit AP", ("Jane Doe",)),
        ("By Jane Doe - Associated Press", ("Jane Doe",)),
        ("Chus del Pino, Martí Abad (Enviado especial)", ("Chus del Pino", "Martí Abad")),
    ],
)
def test_page_byline_shapes(line: str, names: tuple[str, ...]) -> None:
    story = _parse(f"Mali army sold guns to rebels\n\n{line}\n\n{LEAD}\n")
    assert story.headline == "Mali army sold guns to rebels"
    assert story.byline == names
    assert story.body == (LEAD,)


def test_byline_line_with_time_gives_both_fields() -> None:
    source = f"Mali army sold guns to rebels\n\nVon Jane Doe 28.04.2023, 18:11 Uhr\n\n{LEAD}\n"
    story = _parse(source)
    assert story.byline == ("Jane Doe",)
    assert story.published == datetime(2023, 4, 28, 18, 11)
    assert story.body == (LEAD,)
    assert ("timestamp", "field", "published", "28.04.2023, 18:11 Uhr") in _records(story)
    assert ("byline", "field", "byline", "Von Jane Doe") in _records(story)


def test_name_alone_below_the_headline_is_the_byline() -> None:
    story = _parse(f"Mali army sold guns to rebels\n\nJane Doe\n\n{LEAD}\n")
    assert story.byline == ("Jane Doe",)
    assert story.body == (LEAD,)


@pytest.mark.parametrize(
    "line",
    [
        "Photo by Jane Doe",  # a credit, not a byline
        "Premier",  # one word is no name
        "Jane Doe said the army sold 200 rifles",
    ],
)
def test_not_a_page_byline(line: str) -> None:
    story = _parse(f"Mali army sold guns to rebels\n\n{line}\n\n{LEAD}\n")
    assert story.byline == ()


# --- page chrome the vocabularies do not name (issue #9) ----------------------------------


@pytest.mark.parametrize("buttons", [("Email", "X"), ("Bluesky", "Mastodon", "Print")])
def test_furniture_drops_share_buttons_below_a_share_heading(buttons: tuple[str, ...]) -> None:
    row = "\n\n".join(("Share this article", *buttons))
    story = _parse(f"Mali army sold guns to rebels\n\n{row}\n\n{LEAD}\n\n{SECOND}\n")
    assert story.headline == "Mali army sold guns to rebels"
    assert story.body == (LEAD, SECOND)


def test_furniture_drops_share_buttons_in_anonymous_divs() -> None:
    page = (
        "<html><body><div class='c1'><h1>Mali army sold guns to rebels</h1>"
        "<div class='x9'><div>Teilen</div><div>E-Mail</div><div>X</div></div>"
        f"<p>{LEAD}</p><p>{SECOND}</p></div></body></html>"
    )
    story = wireclean.parse_html(page)
    assert story.body == (LEAD, SECOND)


def test_furniture_keeps_short_lines_after_a_mere_mention_of_shares() -> None:
    source = f"{LEAD}\n\nMarket share\n\nApple\n\n{SECOND}\n"
    assert _parse(source).body == (LEAD, "Market share", "Apple", SECOND)


@pytest.mark.parametrize(
    ("notice", "button"),
    [
        ("We use cookies to improve your visit and to show you offers you may like.", "OK"),
        (
            "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis auf unserer Website "
            "zu bieten.",
            "Alle akzeptieren",
        ),
    ],
)
def test_page_drops_a_consent_notice_and_its_button_above_the_headline(
    notice: str, button: str
) -> None:
    story = _parse(
        f"{notice}\n\n{button}\n\nMali army sold guns to rebels\n\n"
        f"ALGIERS (Reuters) - {LEAD}\n\n{SECOND}\n"
    )
    assert story.headline == "Mali army sold guns to rebels"
    assert story.dateline == Dateline("ALGIERS", None, "Reuters")
    assert story.body == (LEAD, SECOND)


def test_furniture_keeps_a_paragraph_about_cookies_before_a_crosshead() -> None:
    cookies = "Google said it would stop supporting third-party cookies in Chrome next year."
    source = f"Mali army sold guns to rebels\n\n{LEAD}\n\n{cookies}\n\nRegulators\n\n{SECOND}\n"
    assert _parse(source).body == (LEAD, cookies, "Regulators", SECOND)


def test_furniture_keeps_an_introduced_list_with_a_sentence_item() -> None:
    items = (
        "New limits on exports of grain",
        "A deal worth about 180 billion yen ($1.8 billion)",
        "Higher interest rates",
        "A review of port safety",
        "Lower fuel taxes",
    )
    listed = "\n\n".join(f"* {item}" for item in items)
    source = f"Mali army sold guns\n\n{LEAD}\n\nThe measures include:\n\n{listed}\n\n{SECOND}\n"
    assert _parse(source).body == (LEAD, "The measures include:", *items, SECOND)


def test_page_bridges_an_advert_before_an_introduced_list() -> None:
    closing = "Officials declined to comment further."
    source = (
        f"Mali army sold guns to rebels\n\n{LEAD}\n\n{SECOND}\n\nAdvertisement\n\n"
        f"The measures include:\n\n* New limits on exports\n\n* Higher rates\n\n{closing}\n"
    )
    story = _parse(source)
    assert story.body == (
        LEAD,
        SECOND,
        "The measures include:",
        "New limits on exports",
        "Higher rates",
        closing,
    )


def test_page_drops_a_short_menu_above_the_headline() -> None:
    source = (
        "* World\n\n* Politics\n\n* Sport\n\nMali army sold guns to rebels\n\n"
        "* Officers sold rifles to rebels\n\n* The army denies it\n\n"
        f"ALGIERS (Reuters) - {LEAD}\n\n{SECOND}\n"
    )
    story = _parse(source)
    assert story.headline == "Mali army sold guns to rebels"
    assert story.bullets == ("Officers sold rifles to rebels", "The army denies it")
    assert story.body == (LEAD, SECOND)


def test_short_hard_wrapped_dump_keeps_its_paragraph_whole() -> None:
    first = "ALGIERS (Reuters) - The government said a plan to cut spending by 12 percent"
    source = f"{first}\nnext year would go ahead.\n\n* Officials declined to comment.\n"
    assert len(first) <= 80 < len(first) + len(" next")
    story = _parse(source)
    assert story.body == (
        "The government said a plan to cut spending by 12 percent next year would go ahead.",
        "Officials declined to comment.",
    )


def test_short_text_with_a_line_over_80_columns_is_not_taken_for_wrapped() -> None:
    # The first line stops short of 80 columns without a period, and "Al" would not
    # have fitted after it; but LEAD runs past 80 columns on one line: not a wrapped dump.
    first = "Mali army sold guns to rebels in the desert, a former militant said in Algiers"
    assert len(first) + len(" Al") > 80 < len(LEAD)
    story = _parse(f"{first}\n{LEAD}\n")
    assert story.body[-1] == LEAD


def test_wrap_width_of_a_short_dump_is_not_its_paragraph_ends() -> None:
    from wireclean.text import wrap_width

    # Eight long lines of an 80-column dump: three wrapped lines at 73-79 columns and
    # paragraph ends spread below them, three of which make a band as dense.
    assert wrap_width([47, 50, 53, 59, 64, 73, 78, 79]) == 79


def test_correction_walks_lead_and_tail_in_order_once() -> None:
    from wireclean.filters.correction import _in_order

    for blocks in range(12):
        for lead_end in range(blocks + 1):
            for tail in range(6):
                lead = range(lead_end)
                end = range(max(0, blocks - tail), blocks)
                assert list(_in_order(lead, end)) == sorted(set(lead) | set(end))
