"""Round trip: ``parse(scraped(story))`` recovers the story; the guarantees hold on whole pages.

The generated pages come from :mod:`wireclean.testing`. The round trip draws a fixed
sample (seed 20261125, ROUNDTRIP_EXAMPLES pages) and prints the share of pages where each
field came back exactly; each share has a floor. Shrunk failures live in
``fixtures/known-failures`` as strict xfails.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings

import wireclean
from tests.conftest import FIXTURES
from wireclean.testing import MATCHED_FIELDS, Scraped, check, match, scraped

ROUNDTRIP_EXAMPLES = 300
ROUNDTRIP_SEED = 20261125
#: Floors of the share of pages where each field comes back exactly. The sample reaches
#: 1.0 on every field (issue #9); other seeds give 0.99 or more (``published`` 0.988 once,
#: hence its lower floor). The seed fixes the sample for one process, but hypothesis also
#: draws constants from the modules loaded so far, so the sample (and the shares, by a
#: point or two) moves with the tests that ran before: the floors keep a margin.
#: ``pytest tests/test_roundtrip.py -s`` prints the shares of the file run alone.
FLOORS = {
    "headline": 0.99,
    "flags": 0.99,
    "byline": 0.99,
    "bullets": 0.99,
    "dateline": 0.99,
    "published": 0.98,
    "body": 0.99,
    "credits": 0.99,
}
FIXED = settings(
    max_examples=ROUNDTRIP_EXAMPLES,
    deadline=None,
    database=None,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)


def test_round_trip_shares(capsys: pytest.CaptureFixture[str]) -> None:
    hits: Counter[str] = Counter()
    seen = Counter[str]()

    @seed(ROUNDTRIP_SEED)
    @FIXED
    @given(scraped())
    def draw(page: Scraped) -> None:
        seen[page.renderer] += 1
        for name, ok in match(wireclean.parse(page.page), page.truth).items():
            hits[name] += ok

    draw()
    total = sum(seen.values())
    shares = {name: hits[name] / total for name in MATCHED_FIELDS}
    with capsys.disabled():
        print(f"\nround trip, seed {ROUNDTRIP_SEED}, {total} pages {dict(seen)}:")
        for name, share in shares.items():
            print(f"  {name:<10} {share:.3f}  (floor {FLOORS[name]})")
    low = {n: s for n, s in shares.items() if s < FLOORS[n]}
    assert not low, f"round-trip shares under their floors: {low}"


@settings(deadline=None, max_examples=60, suppress_health_check=list(HealthCheck))
@given(scraped(as_="text"))
def test_guarantees_on_text_dumps(page: Scraped) -> None:
    check(wireclean.default_pipeline(), page.page)


@settings(deadline=None, max_examples=60, suppress_health_check=list(HealthCheck))
@given(scraped(as_="html"))
def test_guarantees_on_html_pages(page: Scraped) -> None:
    check(wireclean.default_pipeline(), page.page)


KNOWN = sorted((FIXTURES / "known-failures").glob("*.expected.json"))


def _input_for(expected: Path) -> Path:
    stem = expected.name.removesuffix(".expected.json")
    (found,) = (p for p in expected.parent.glob(stem + ".*") if p != expected)
    return found


@pytest.mark.xfail(strict=True, reason="fixtures/known-failures/README.md")
@pytest.mark.parametrize("expected_path", KNOWN, ids=lambda p: p.name.split(".")[0])
def test_known_failure(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    got = wireclean.parse(_input_for(expected_path).read_bytes()).to_dict()
    assert {k: got[k] for k in expected} == expected


def test_known_failures_are_listed() -> None:
    readme = (FIXTURES / "known-failures" / "README.md").read_text()
    for path in KNOWN:
        assert f"`{path.name.split('.')[0]}`" in readme


def test_page_title_slugs_become_flags() -> None:
    # filters/metadata.py: a page whose <title> and <h1> carry "UPDATE 2-" gives flags,
    # as the text path does (found by the round trip on html pages).
    page = (
        "<html><head><title>UPDATE 2-Fed holds rates | Daily Wire</title></head><body>"
        "<h1>UPDATE 2-Fed holds rates</h1><p>WASHINGTON (Reuters) - The Fed held rates on"
        " Wednesday, as expected by economists and markets.</p></body></html>"
    )
    story = check(wireclean.default_pipeline(), page)
    assert (story.flags, story.headline) == (("UPDATE 2",), "Fed holds rates")
