"""Check one fuzz input against wireclean's never-crash guarantees; save what breaks them.

:func:`check` is the property every fuzzer here drives (``fuzz_atheris.py``,
``fuzz_hypothesis.py``) and that ``tests/test_hostile.py`` runs with a small budget:

- ``bytes`` in: a :class:`~wireclean.Story` out, or :class:`~wireclean.InputTooLarge`
  / :class:`~wireclean.DecodeError` (both ``ValueError``), never anything else;
- ``str`` in (the bytes read three ways, lone surrogates included): a Story out, always;
- the story serialises (``to_dict``, ``to_json``, ``to_text``).

A failing input is written to ``fixtures/regressions/`` (:func:`save_crash`), where
``tests/test_hostile.py`` parses every file on each run.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import wireclean
from wireclean import DecodeError, InputTooLarge, Story

REGRESSIONS = Path(__file__).resolve().parent.parent / "fixtures" / "regressions"
#: Inputs are cut to this size: big inputs are the job of the scaling tests.
MAX_INPUT = 64 * 1024

# bs4 logs a warning for each undecodable byte run: noise at fuzzing speed.
logging.getLogger("bs4").setLevel(logging.ERROR)


def texts(data: bytes) -> tuple[str, ...]:
    """Return the ways a fuzz input is read as ``str``: UTF-8, Latin-1 and UTF-16 (surrogates)."""
    even = data[: len(data) // 2 * 2]
    return (
        data.decode("utf-8", "replace"),
        data.decode("latin-1"),
        even.decode("utf-16-le", "surrogatepass"),
    )


def _serialises(story: Story) -> None:
    assert isinstance(story, Story), type(story)
    story.to_dict(explain=True)
    story.to_json(explain=True)
    story.to_text()


def check(data: bytes) -> None:
    """Raise ``AssertionError`` (or the unexpected exception) when ``data`` breaks a guarantee."""
    data = data[:MAX_INPUT]
    for parse_bytes in (wireclean.parse, wireclean.parse_text, wireclean.parse_html):
        try:
            story = parse_bytes(data)
        except (InputTooLarge, DecodeError) as exc:
            assert str(exc), "an input error must say what is wrong"
            continue
        _serialises(story)
    for text in texts(data):
        for parse_str in (wireclean.parse, wireclean.parse_text, wireclean.parse_html):
            _serialises(parse_str(text))


def save_crash(data: bytes, *, folder: Path = REGRESSIONS) -> Path:
    """Write a failing input to ``fixtures/regressions/crash-<sha1>.bin`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{hashlib.sha1(data).hexdigest()[:12]}.bin"
    path.write_bytes(data)
    return path
