"""The pipeline machinery: an immutable table of named filters, and the Draft edits."""

from __future__ import annotations

import pickle

import pytest

import wireclean
from wireclean import Draft, FilterError, Pipeline, default_pipeline

SEED_LIKE = (
    "Mali army sold guns: ex-rebel\n\nBy Lamine Chikhi\n\n"
    "ALGIERS, Aug 12 (Reuters) - Insurgents bought guns from officers, a former militant said.\n\n"
    "Advertisement\n\nHe said the officers came to the camp.\n"
)


def drop_adverts(draft: Draft) -> Draft:
    """A user filter: drop blocks that are just the word 'Advertisement'."""
    return draft.drop(
        (i for i, b in enumerate(draft.blocks) if b.text == "Advertisement"), reason="advert"
    )


def test_default_pipeline_is_the_documented_table() -> None:
    assert default_pipeline().names == (
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


def test_unknown_name_lists_valid_names() -> None:
    with pytest.raises(KeyError) as info:
        default_pipeline().disable("bylines")
    assert "bylines" in str(info.value)
    assert "byline" in str(info.value) and "dateline" in str(info.value)
    for method in ("insert_before", "insert_after"):
        with pytest.raises(KeyError):
            getattr(default_pipeline(), method)("nope", drop_adverts)
    with pytest.raises(KeyError):
        default_pipeline().enable_only("nope")
    with pytest.raises(KeyError):
        default_pipeline().replace("nope", drop_adverts)


def test_changes_return_new_pipelines() -> None:
    base = default_pipeline()
    changed = base.disable("byline")
    assert "byline" in base and "byline" not in changed
    assert base == default_pipeline()
    assert len(changed) == len(base) - 1


def test_insert_user_filter_after_named_one() -> None:
    pipeline = default_pipeline().insert_after("share_counters", drop_adverts)
    assert pipeline.names.index("drop_adverts") == pipeline.names.index("share_counters") + 1
    story = wireclean.parse_text(SEED_LIKE, pipeline=pipeline)
    assert "Advertisement" not in story.body
    [record] = [r for r in story.removed if r.filter == "drop_adverts"]
    assert (record.reason, record.text, record.line) == ("advert", "Advertisement", 7)
    # Without it (and without the furniture filter, which knows the word) it stays.
    without = default_pipeline().disable("furniture")
    assert "Advertisement" in wireclean.parse_text(SEED_LIKE, pipeline=without).body


def test_insert_before_and_append_with_explicit_name() -> None:
    pipeline = default_pipeline().insert_before("breakpoints", drop_adverts, name="ads")
    assert pipeline.names.index("ads") == pipeline.names.index("breakpoints") - 1
    assert Pipeline().append(drop_adverts, name="ads").names == ("ads",)


def test_disabling_a_filter_leaves_its_text_in_the_body() -> None:
    story = wireclean.parse_text(SEED_LIKE, pipeline=default_pipeline().disable("byline"))
    assert story.byline == ()
    assert "By Lamine Chikhi" in story.body


def test_enable_only_keeps_order() -> None:
    assert default_pipeline().enable_only("dateline", "headline").names == (
        "headline",
        "dateline",
    )


def test_replace_swaps_the_filter_keeping_the_name() -> None:
    pipeline = default_pipeline().replace("headline", drop_adverts)
    assert pipeline.names == default_pipeline().names
    assert pipeline["headline"] is drop_adverts


def test_empty_pipeline_keeps_every_block() -> None:
    story = wireclean.parse_text(SEED_LIKE, pipeline=Pipeline())
    assert story.headline is None and story.removed == ()
    assert len(story.body) == 5


def test_duplicate_names_are_refused() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        default_pipeline().append(drop_adverts).append(drop_adverts)


def test_nameless_filter_is_refused() -> None:
    with pytest.raises(TypeError, match="name"):
        Pipeline([lambda d: d])
    assert Pipeline([("keep", lambda d: d)]).names == ("keep",)


def test_failing_user_filter_is_named() -> None:
    def broken(draft: Draft) -> Draft:
        raise ZeroDivisionError("oops")

    with pytest.raises(FilterError, match="broken"):
        wireclean.parse_text("x", pipeline=Pipeline([broken]))


def test_filter_returning_wrong_type_is_named() -> None:
    def wrong(draft: Draft) -> Draft:
        return "text"  # type: ignore[return-value]

    with pytest.raises(FilterError, match=r"wrong.*str"):
        wireclean.parse_text("x", pipeline=Pipeline([wrong]))


def test_pipeline_survives_pickling() -> None:
    pipeline = default_pipeline().insert_after("byline", drop_adverts)
    again = pickle.loads(pickle.dumps(pipeline))
    assert again == pipeline
    assert wireclean.parse_text(SEED_LIKE, pipeline=again) == wireclean.parse_text(
        SEED_LIKE, pipeline=pipeline
    )


def test_capture_checks_field_name_and_type() -> None:
    draft = Draft(source="a", blocks=())
    with pytest.raises(KeyError, match="valid fields"):
        draft.capture([], field="title", value="x")
    with pytest.raises(TypeError):
        draft.capture([], field="headline", value=3)


def test_cut_records_the_prefix_with_its_position() -> None:
    story = wireclean.parse_text("Title here\n\nPARIS (AFP) - The mayor spoke today.")
    [record] = [r for r in story.removed if r.field == "dateline"]
    assert record.text == "PARIS (AFP) -"
    assert record.partial and record.line == 3
    assert story.blocks[0].text == "The mayor spoke today."
    assert story.blocks[0].line == 3


def test_a_list_item_cut_from_its_start_becomes_a_paragraph() -> None:
    from wireclean.text import blocks_from_text

    source = "27. Januar 2031 • Jana Roth • 3 Minuten"
    blocks = blocks_from_text(source)
    assert (blocks[0].kind, blocks[0].marker) == ("li", "27.")  # read as a numbered item
    draft = Draft(source=source, blocks=blocks).cut(0, len("Januar 2031 •"))
    assert (draft.blocks[0].kind, draft.blocks[0].marker) == ("p", "")
    assert draft.blocks[0].text == "Jana Roth • 3 Minuten"
    # The end of an item keeps it an item.
    kept = Draft(source=source, blocks=blocks).cut(0, len("• 3 Minuten"), at_end=True)
    assert (kept.blocks[0].kind, kept.blocks[0].marker) == ("li", "27.")
