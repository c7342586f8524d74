"""Quality gate: wireclean's headline figures on the corpus must not fall below their floors.

Runs the wireclean-only part of ``benchmarks/quality.py`` (no peers; well under two minutes on
two cores) and compares every figure with ``benchmarks/floors.json``. Skips when the corpus is
absent. A figure whose input is not available here (the lynx renderer when lynx is not
installed) is left unchecked and named in a warning, not failed. Lowering a floor is a
visible, explained change to floors.json in the same commit.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import _corpus, quality

pytestmark = pytest.mark.timeout(300)


def _floors() -> dict[str, float]:
    data = json.loads(quality.FLOORS_PATH.read_text(encoding="utf-8"))
    floors: dict[str, float] = data["floors"]
    return floors


def test_floors_file_is_well_formed() -> None:
    data = json.loads(quality.FLOORS_PATH.read_text(encoding="utf-8"))
    assert data["reason"].strip(), "floors.json needs a reason for its current floors"
    assert data["floors"], "floors.json pins no figure"
    known_inputs = (quality.HTML_INPUT, *quality.FUNDUS_TEXT_INPUTS, quality.REUTERS_INPUT)
    for name, value in data["floors"].items():
        assert 0.0 <= value <= 1.0, name
        assert name.removeprefix("wire/").split(".")[0] in known_inputs, name


@pytest.fixture(scope="module")
def run() -> quality.Run:
    """The wireclean-only benchmark run, made once for the tests below."""
    root = _corpus.corpus_root()
    if root is None:
        pytest.skip(_corpus.corpus_missing_message())
    made = quality.run_benchmark(root, tools=["wireclean"], processes=2, progress=False)
    if "wireclean" not in made.meta["tools"]:
        raise RuntimeError("; ".join(made.notes))
    return made


def test_quality_does_not_fall_below_the_floors(run: quality.Run) -> None:
    figures = quality.headline_figures(run)
    floors = _floors()
    below = [
        f"{name}: {figures[name]:.4f} < floor {floor:.4f}"
        for name, floor in floors.items()
        if name in figures and figures[name] < floor
    ]
    unchecked = sorted(name for name in floors if name not in figures)
    assert not below, (
        "wireclean fell below its quality floors (benchmarks/floors.json):\n  " + "\n  ".join(below)
    )
    # Figures reported but not pinned: pin them, so a new figure cannot regress unseen.
    unpinned = sorted(set(figures) - set(floors))
    assert not unpinned, f"figures without a floor in floors.json: {unpinned}"
    if unchecked:
        warnings.warn(f"floors met; unchecked here (input unavailable): {unchecked}", stacklevel=1)


#: Where a corpus page whose story wireclean mostly loses must be named, with why (#4).
KNOWN_FAILURES = Path(__file__).resolve().parents[1] / "fixtures" / "known-failures" / "README.md"
#: Body recall under which a page has lost its story.
LOST_STORY = 0.5


def test_every_page_that_loses_its_story_is_a_known_failure(run: quality.Run) -> None:
    # Losing the story is the worst outcome: each page where it happens, on any fundus
    # input, is listed with the reason in the known-failures README, so it stays rare
    # and visible.
    listed = KNOWN_FAILURES.read_text(encoding="utf-8")
    lost = sorted(
        f"{key} ({input_name}, recall {row['recall']:.3f})"
        for input_name, rows in run.per_page.items()
        if input_name != quality.REUTERS_INPUT
        for key, row in rows.items()
        if row.get("recall") is not None and row["recall"] < LOST_STORY
    )
    unlisted = [entry for entry in lost if f"`{entry.split()[0]}`" not in listed]
    assert not unlisted, f"pages that lose their story, not in {KNOWN_FAILURES.name}: {unlisted}"
