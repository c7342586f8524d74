"""Every compiled pattern in wireclean.patterns runs in linear time on adversarial input.

The patterns are found by walking the module, so a pattern added later is covered
without touching this file. Each is fed long runs of the characters wire text is made
of (spaces, dashes, bullets, capitals, digits, colons, "By", parentheses, "Reporting
by", ...) with ``search``, ``match``, ``findall`` and ``split``; quadrupling the input
must cost well under 16x the time (quadratic), measured as the best of three runs in
CPU time (``time.process_time``: wall time swung 10x on this shared 2-core machine).
pytest-timeout is a generous guard against a pattern that never returns.
"""

from __future__ import annotations

import functools
import importlib
import re
import time
from collections.abc import Callable

import pytest
import regex

from wireclean import patterns

#: Every compiled pattern of the library: patterns.py's by name, the few that live beside
#: their use in other modules as "module.NAME".
_MODULES = (
    "wireclean.dates",
    "wireclean.html",
    "wireclean.metadata",
    "wireclean.names",
    "wireclean.normalize",
    "wireclean.text",
    *(f"wireclean.filters.{name}" for name in (
        "_shape", "byline", "correction", "credits", "dateline", "debris", "header",
        "headline", "metadata", "page", "syndication", "timestamp",
    )),
)  # fmt: skip
PATTERNS: dict[str, regex.Pattern[str] | re.Pattern[str]] = {
    name: value
    for name, value in sorted(vars(patterns).items())
    if isinstance(value, (regex.Pattern, re.Pattern))
}
for _module in _MODULES:
    for _name, _value in sorted(vars(importlib.import_module(_module)).items()):
        if (
            isinstance(_value, (regex.Pattern, re.Pattern))
            and isinstance(_value.pattern, str)  # a bytes pattern reads raw pages, not text
            and _value not in PATTERNS.values()
        ):
            PATTERNS[f"{_module.removeprefix('wireclean.')}.{_name}"] = _value

#: Units repeated into long single lines: the shapes each pattern's quantifiers eat.
UNITS = (
    " ", "\t", "-", "—", "• ", "* ", "A", "AB ", "Ab ", "1", ":", "1:", "0 : ", "12:30 ",
    "By ", "by By ", "(", ")", "( ", "(Reuters) ", "Reporting by ", "(Reporting by X; ",
    "A.", "A-", "a-", "narrow-", "-- ", "A/", "1.", "2010-", "Aug 12 ", "ALGIERS, ", "Ã©",
    "‚Äô", "UPDATE 1-", "(Corrects ", "de ", "al-A ", "d'A ", "A, ", "http://", "[", "é",
    "東", "\n", " \n",
)  # fmt: skip
#: Each unit is repeated into a run of this many characters (at first), and the runs are
#: joined into one input: a pattern that is quadratic on one unit's run is quadratic on
#: the whole. The runs grow 4x at a time (up to MAX_RUN) until one search takes NOISE_S,
#: so fast patterns are timed on inputs long enough to dwarf timer noise and the
#: regex engine's small-input effects, and slow ones stay cheap.
RUN = 100
MAX_RUN = 6_400
#: 4x the input may cost at most this many times the time (linear ~4, quadratic ~16).
MAX_RATIO = 12.0
#: A run shorter than this (seconds) is too short to time.
NOISE_S = 0.003


def grow(unit: str, size: int) -> str:
    """Repeat ``unit`` into exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def best_of_three(run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def exercise(pattern: regex.Pattern[str] | re.Pattern[str], text: str) -> None:
    # findall tries every start position, as a failing search or a split does.
    pattern.match(text)
    pattern.findall(text)


def test_the_patterns_are_found() -> None:
    assert {"DATELINE", "BYLINE", "CREDIT_TRAILER", "NAME", "TIMESTAMP_TOKEN"} <= set(PATTERNS)


def grow_run(unit: str, run: int) -> str:
    """Return ``unit`` alone, as long as :func:`adversarial` makes all units together."""
    return grow(unit, run * len(UNITS))


def adversarial(run: int) -> str:
    """Return every unit repeated into ``run`` characters, the runs one after another."""
    return "".join(grow(unit, run) for unit in UNITS)


def ratio_4x(pattern: regex.Pattern[str] | re.Pattern[str], make: Callable[[int], str]) -> str:
    """Return "" when 4x ``make``'s input costs at most MAX_RATIO times the time, else why not."""
    run = RUN
    t_small = best_of_three(lambda: exercise(pattern, make(run)))
    while t_small < NOISE_S and run < MAX_RUN:
        run *= 4
        t_small = best_of_three(lambda: exercise(pattern, make(run)))  # noqa: B023
    small, large = make(run), make(4 * run)
    ratio, t_large = float("inf"), 0.0
    for _ in range(3):  # measure again before calling it
        t_small = best_of_three(lambda: exercise(pattern, small))
        t_large = best_of_three(lambda: exercise(pattern, large))
        ratio = min(ratio, t_large / max(t_small, 1e-6))
        if ratio <= MAX_RATIO or t_large < NOISE_S:
            return ""
    return (
        f"{len(small):,} chars: {t_small * 1e3:.1f} ms, 4x: {t_large * 1e3:.1f} ms (x{ratio:.0f})"
    )


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", list(PATTERNS))
def test_pattern_is_linear(name: str) -> None:
    pattern = PATTERNS[name]
    why = ratio_4x(pattern, adversarial)
    if why:
        # Name the units that do it, one at a time (slow, so only on failure).
        units = [
            f"{unit!r}: {slow}"
            for unit in UNITS
            if (slow := ratio_4x(pattern, functools.partial(grow_run, unit)))
        ]
        pytest.fail(f"{name} is super-linear ({why}) on: " + "; ".join(units))


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", list(PATTERNS))
def test_pattern_returns_on_a_100kb_line(name: str) -> None:
    line = grow("By Reporting by (Reuters) ALGIERS, Aug 12 - 12:30 • ", 100_000)
    PATTERNS[name].search(line)
    PATTERNS[name].search(" " * 100_000 + "x")


# --- regressions -----------------------------------------------------------------------


@pytest.mark.timeout(30)
def test_name_separator_on_a_run_of_spaces_is_linear() -> None:
    # Was quadratic: " " * 20,000 took ~8 s, as every space restarted the run.
    pattern = patterns.NAME_SEPARATOR
    t_small = best_of_three(lambda: pattern.split(" " * 20_000))
    t_large = best_of_three(lambda: pattern.split(" " * 80_000))
    assert t_large < max(t_small * MAX_RATIO, NOISE_S)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A , B and C; D &  E /F", ["A", "B", "C", "D", "E", "F"]),
        ("Maya Gebeily, Anthony Deutsch", ["Maya Gebeily", "Anthony Deutsch"]),
        ("Jan Strupczewski and Robin Emmott", ["Jan Strupczewski", "Robin Emmott"]),
    ],
)
def test_name_separator_still_splits_names(text: str, names: list[str]) -> None:
    assert patterns.NAME_SEPARATOR.split(text) == names
