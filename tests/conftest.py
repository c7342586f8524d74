"""Shared test helpers: where the fixtures and the shared corpus live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# The suite's profile draws the same examples on every run (CI included): a red run is
# reproducible; the thorough profile explores at random, and its finds become @example.
settings.register_profile("ci", max_examples=200, derandomize=True)
settings.register_profile("thorough", max_examples=5000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = Path(os.environ.get("WIRECLEAN_CORPUS", ROOT.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def corpus() -> Path:
    """Return the shared corpus folder, skipping the test when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (set WIRECLEAN_CORPUS)")
    return CORPUS
