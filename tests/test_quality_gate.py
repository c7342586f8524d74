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


def test_quality_does_not_fall_below_the_floors() -> None:
    root = _corpus.corpus_root()
    if root is None:
        pytest.skip(_corpus.corpus_missing_message())
    figures = quality.wireclean_figures(root)
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
