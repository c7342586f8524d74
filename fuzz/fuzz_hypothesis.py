"""Fuzz wireclean with hypothesis and a large example budget (no extra install needed).

    python -m fuzz.fuzz_hypothesis                    # 20,000 examples per strategy
    python -m fuzz.fuzz_hypothesis --examples 200000

Strategies: arbitrary bytes, arbitrary text, wire-story fragments in random order and
repetition (``tests/strategies.py``), and HTML tag soup. The first failure is written
to ``fixtures/regressions/`` and printed; the run stops there.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

if __package__ in (None, ""):  # run as a script: make "fuzz" and "tests" importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fuzz.harness import check, save_crash
from tests.strategies import wire_text

_TAGS = ("p", "div", "b", "i", "li", "ul", "h1", "script", "style", "table", "td", "br",
         "meta", "time", "noscript", "template", "a", "span", "article", "nav")  # fmt: skip
_SOUP_PIECES = st.one_of(
    st.sampled_from(_TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(_TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(
        (
            "&amp;",
            "&#0;",
            "&#xD800;",
            "&#99999999;",
            "&bogus;",
            "&",
            "<!--",
            "-->",
            "<![CDATA[",
            "<?xml version='1.0' encoding='ebcdic'?>",
            '<meta charset="utf-7">',
            "\x00",
            '<p class="byline" hidden>',
            "<script type='application/ld+json'>{\"author\":",
            "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>&e;",
        )
    ),
    st.text(max_size=20),
)
tag_soup = st.lists(_SOUP_PIECES, max_size=40).map("".join)

#: name -> strategy of bytes
STRATEGIES = {
    "bytes": st.binary(max_size=4096),
    "text": st.text(max_size=2000).map(lambda s: s.encode("utf-8", "surrogatepass")),
    "wire": st.lists(wire_text(), min_size=1, max_size=6).map(
        lambda parts: "".join(parts).encode("utf-8", "surrogatepass")
    ),
    "html": tag_soup.map(lambda s: s.encode("utf-8", "surrogatepass")),
}


def run(name: str, examples: int) -> int:
    """Run ``examples`` inputs of one strategy; return how many were tried."""
    tried = 0
    failing: list[bytes] = []

    @settings(
        max_examples=examples, deadline=None, database=None, derandomize=False,
        suppress_health_check=list(HealthCheck),
    )  # fmt: skip
    @given(STRATEGIES[name])
    def prop(data: bytes) -> None:
        nonlocal tried
        tried += 1
        try:
            check(data)
        except Exception:
            failing.append(data)
            raise

    try:
        prop()
    except Exception:
        # Hypothesis replays the shrunk example last: save that one only.
        print(f"crash saved to {save_crash(failing[-1])}", file=sys.stderr)
        raise
    return tried


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20_000, help="examples per strategy")
    parser.add_argument("--only", choices=sorted(STRATEGIES), action="append")
    args = parser.parse_args(argv)
    total = 0
    for name in args.only or STRATEGIES:
        start = time.perf_counter()
        tried = run(name, args.examples)
        total += tried
        print(f"{name}: {tried:,} inputs in {time.perf_counter() - start:.1f}s, no crash")
    print(f"total: {total:,} inputs, no crash")
    return 0


if __name__ == "__main__":
    sys.exit(main())
