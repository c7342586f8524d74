"""wireclean.testing: the strategies draw what they say, and check() names a broken guarantee."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings

import wireclean
from wireclean import Draft, Pipeline, default_pipeline
from wireclean.testing import RENDERERS, Scraped, Truth, check, scraped, stories

FAST = settings(deadline=None, max_examples=40, suppress_health_check=list(HealthCheck))


def test_import_wireclean_does_not_import_hypothesis() -> None:
    code = "import wireclean, sys; assert 'hypothesis' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


@FAST
@given(stories())
def test_stories_have_a_body_and_consistent_fields(truth: Truth) -> None:
    assert len(truth.body) >= 2
    assert len(set(truth.body)) == len(truth.body)
    assert (truth.dateline is None) == (truth.dateline_text == "")
    assert (truth.published is None) == (truth.timestamp is None)
    assert not truth.bullets or truth.headline is not None


@FAST
@given(scraped(as_="text"))
def test_text_dumps_hold_the_story(page: Scraped) -> None:
    assert page.renderer.startswith("text")
    assert not wireclean.looks_like_html(page.page)
    if page.truth.headline is not None:
        assert page.truth.headline in " ".join(page.page.split())


@FAST
@given(scraped(renderer="text-wrapped"))
def test_wrapped_dumps_fit_80_columns(page: Scraped) -> None:
    assert all(len(line) <= 80 for line in page.page.splitlines())


@FAST
@given(scraped(as_="html"))
def test_html_pages_are_html(page: Scraped) -> None:
    assert wireclean.looks_like_html(page.page)


def test_unknown_renderer_names_the_valid_ones() -> None:
    with pytest.raises(KeyError, match="html-divs"):
        scraped(renderer="lynx")
    assert len(RENDERERS) == 4


def test_check_passes_the_default_pipeline() -> None:
    story = check(default_pipeline(), "Mali army sold guns\n\nALGIERS (Reuters) - They did.")
    assert story.body == ("They did.",)


def _inventing(draft: Draft) -> Draft:
    return draft.capture([], field="headline", value="Something nobody wrote")


def _swallowing(draft: Draft) -> Draft:
    import dataclasses

    return dataclasses.replace(draft, blocks=draft.blocks[1:])  # drops without a record


def _raising(draft: Draft) -> Draft:
    raise ValueError("boom")


@pytest.mark.parametrize(
    ("fn", "guarantee"),
    [(_inventing, "never-invents"), (_swallowing, "conservation"), (_raising, "never-raises")],
)
def test_check_names_the_broken_guarantee(fn: wireclean.Filter, guarantee: str) -> None:
    pipeline = default_pipeline().append(fn)
    with pytest.raises(AssertionError, match=f"'{guarantee}'"):
        check(pipeline, "Mali army sold guns\n\nALGIERS (Reuters) - They did.\n\nMore.")


def test_check_names_the_filter_that_breaks_conservation_alone() -> None:
    pipeline = Pipeline([_swallowing])
    with pytest.raises(AssertionError, match="_swallowing"):
        check(pipeline, "One.\n\nTwo.")
