"""Golden fixtures: each input in fixtures/golden parses to its hand-written expectation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import wireclean
from tests.conftest import FIXTURES

GOLDEN = sorted((FIXTURES / "golden").glob("*.expected.json"))


def _input_for(expected: Path) -> Path:
    stem = expected.name.removesuffix(".expected.json")
    matches = [p for p in expected.parent.glob(stem + ".*") if p != expected]
    assert len(matches) == 1, f"one input for {expected.name}, found {matches}"
    return matches[0]


def test_there_are_golden_fixtures() -> None:
    assert len(GOLDEN) >= 16


@pytest.mark.parametrize("expected_path", GOLDEN, ids=lambda p: p.name.split(".")[0])
def test_golden(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    story = wireclean.parse(_input_for(expected_path).read_bytes())
    got = story.to_dict()
    for key, value in expected.items():
        assert got[key] == value, key


def test_seed_removals_are_recorded() -> None:
    story = wireclean.parse((FIXTURES / "golden" / "reuters-2010-mali.txt").read_text())
    by_reason: dict[str, list[str]] = {}
    for record in story.removed:
        by_reason.setdefault(record.field or record.reason, []).append(record.text)
    assert by_reason["published"] == ["August 12, 2010 / 3:06 PM / 9 years ago"]
    assert by_reason["share-counter"] == ["0 : 0"]
    assert len(by_reason["css-debris"]) == 14
    assert "• narrow-browser-and-phone" in by_reason["css-debris"]
    assert {r.filter for r in story.removed} == {
        "timestamp",
        "headline",
        "bullets",
        "byline",
        "dateline",
        "share_counters",
        "breakpoints",
    }
    assert len(story.body) == 33
