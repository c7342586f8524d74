"""Hostile inputs (issue #8): never crash, never hang, never lose a story.

- any ``str`` gives a Story, any ``bytes`` a Story or a clear ``ValueError`` (fuzzed
  with a CI-sized budget through ``fuzz/harness.py``; the long runs are in ``fuzz/``);
- the whole pipeline stays linear on long lines, many lines and repeated wire tokens;
- hostile HTML: deep nesting, unclosed tags, broken entities, NUL bytes, huge
  attributes, mismatched charsets, XML declarations with entities (no expansion, no
  file or network access);
- inputs over the size limit are refused by every entry point and by the CLI;
- in a batch, a failing document gives an error record and the others are unaffected;
- every input in ``fixtures/regressions/`` parses.

Timeouts are generous guards, never speed claims: the machine may be busy.
"""

from __future__ import annotations

import io
import json
import socket
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wireclean
from fuzz.fuzz_hypothesis import tag_soup
from fuzz.harness import REGRESSIONS, check
from tests.strategies import FRAGMENTS, SEPARATORS
from wireclean import DecodeError, InputTooLarge, Story
from wireclean.cli import main
from wireclean.html import render_html

SETTINGS = settings(deadline=None, suppress_health_check=list(HealthCheck), max_examples=60)

# --- never raises: the CI-sized fuzz run -----------------------------------------------

#: Wire fragments in random order and repetition: the same fragment many times over.
repeated_wire = st.lists(
    st.tuples(st.sampled_from(FRAGMENTS), st.integers(1, 40), st.sampled_from(SEPARATORS)),
    max_size=8,
).map(lambda parts: "".join((frag + sep) * n for frag, n, sep in parts))


@SETTINGS
@given(st.binary(max_size=2048))
def test_any_bytes_give_a_story_or_a_clear_error(data: bytes) -> None:
    check(data)


@SETTINGS
@given(repeated_wire)
def test_repeated_wire_fragments_give_a_story(text: str) -> None:
    check(text.encode("utf-8", "surrogatepass"))


@SETTINGS
@given(tag_soup)
def test_tag_soup_gives_a_story(page: str) -> None:
    check(page.encode("utf-8", "surrogatepass"))


@SETTINGS
@given(st.text(max_size=500))
def test_any_text_gives_a_story_through_every_entry_point(text: str) -> None:
    for parse in (wireclean.parse, wireclean.parse_text, wireclean.parse_html):
        assert isinstance(parse(text), Story)


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe\x00",  # UTF-16 BOM, odd length
        b"\x00\x00\xfe\xff\x00",  # UTF-32 BOM, truncated
        bytes(range(256)),
        b"\x81\x8d\x8f\x90\x9d" * 100,  # undefined in windows-1252
        b'<?xml version="1.0" encoding="ebcdic-nonsense"?><p>caf\xe9</p>',
        b'<meta charset="utf-7"><p>+AGE-</p>',
        b'<meta charset="utf-16"><p>plain ascii, declared utf-16</p>',
        "\ufeff<p>BOM then Latin-1 declared</p><meta charset=latin-1>".encode(),
        b"\xef\xbb\xbf\xff\xfe<p>UTF-8 BOM, invalid bytes</p>",
    ],
)
def test_awkward_bytes_never_raise_unicode_errors(data: bytes) -> None:
    for parse in (wireclean.parse, wireclean.parse_text, wireclean.parse_html):
        try:
            story = parse(data)
        except (InputTooLarge, DecodeError) as exc:  # the only errors bytes may give
            assert str(exc)
        else:
            assert isinstance(story, Story)


def test_decode_error_is_a_value_error() -> None:
    assert issubclass(DecodeError, ValueError) and issubclass(InputTooLarge, ValueError)
    assert not issubclass(DecodeError, UnicodeError)


# --- the whole pipeline is linear ------------------------------------------------------


def _best(run: Callable[[], object], times: int = 2) -> float:
    # CPU time: on a shared machine wall time measures the neighbours too.
    best = float("inf")
    for _ in range(times):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def grow(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


LINEAR_SHAPES = {
    "spaces": " ",
    "dashes": "- ",
    "bullets": "• ",
    "capitals": "ABC DEF ",
    "digits-colons": "12:30 0 : 0 ",
    "by-by": "By ",
    "parentheses": "((Reuters) ",
    "reporting-by": "(Reporting by ",
    "short-lines": "By X\n",
    "blank-lines": "ALGIERS (Reuters) -\n\n",
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("shape", list(LINEAR_SHAPES))
def test_pipeline_is_linear(shape: str) -> None:
    small, large = grow(LINEAR_SHAPES[shape], 20_000), grow(LINEAR_SHAPES[shape], 80_000)
    for parse in (wireclean.parse_text, wireclean.parse_html):
        t_large = _best(lambda: parse(large))  # noqa: B023
        t_small = _best(lambda: parse(small))  # noqa: B023
        if t_large > 0.05:  # below that, timer and machine noise
            assert t_large < 12 * t_small, (parse.__name__, t_small, t_large)


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(grow("ALGIERS, Aug 12 (Reuters) - By A (Reporting by B) 0 : 0 ", 1_000_000),
                     id="1MB-single-line"),
        pytest.param("By " * 100_000, id="by-by-by-x100k"),
        pytest.param("a\n" * 200_000, id="200k-short-lines"),
        pytest.param(" " * 1_000_000 + "x", id="1MB-spaces"),
    ],
)  # fmt: skip
def test_pipeline_returns_on_big_inputs(text: str) -> None:
    assert isinstance(wireclean.parse_text(text), Story)
    assert isinstance(wireclean.parse_html(text), Story)


@pytest.mark.timeout(120)
def test_1mb_html_line_returns() -> None:
    page = "<p>" + grow("ALGIERS (Reuters) - <b>By</b> A &amp; B &bogus; ", 1_000_000) + "</p>"
    story = wireclean.parse_html(page)
    assert story.body or story.headline


# --- hostile HTML ----------------------------------------------------------------------


@pytest.mark.timeout(60)
@pytest.mark.parametrize("depth", [2_100, 10_000, 100_000])
def test_deep_nesting_keeps_the_text_after_it(depth: int) -> None:
    page = "<p>before</p>" + "<div><span>" * depth + "deep" + "</span></div>" * depth
    story = wireclean.parse_html(page + "<p>The story goes on after the nesting.</p>")
    assert "The story goes on after the nesting." in story.body
    assert "deep" in render_html(page)


@pytest.mark.timeout(60)
def test_deep_unclosed_nesting_keeps_the_text() -> None:
    page = "<p>before</p>" + "<div><b>" * 20_000 + "deep text<p>after"
    out = render_html(page)
    assert "deep text" in out and "after" in out


def test_flat_pages_are_not_flattened() -> None:
    # 3,000 siblings are not deep: each keeps its own block.
    page = "<p>x</p>" * 3_000
    assert render_html(page) == "x\n\n" * 2_999 + "x\n"


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        ("<p>One<p>Two<div>Three<li>Four", ["One", "Two", "Three", "Four"]),
        ("<p>Broken &amp entity &#xZZ; &#99999999; &#0; &bogus; ends</p>", ["Broken", "ends"]),
        ("<p>NUL\x00 in\x00side</p>\x00<p>after</p>", ["NUL", "after"]),
        ("<p>Kept <script>document.write('<p>x</p>')</script> text</p>", ["Kept", "text"]),
        ("<p>Unclosed <script>var a = '</p><p>still script';</p><p>after", ["Unclosed"]),
        ("<p>Text <!-- unclosed comment", ["Text"]),
        ("<![CDATA[ raw ]]><p>after cdata</p>", ["after cdata"]),
        # An unclosed quote swallows the rest of the page, as in browsers.
        ("<p attr='unclosed>Text</p><p>next</p>", []),
        ("</p></div></body></html><p>closers first</p>", ["closers first"]),
    ],
)
def test_broken_html_keeps_the_text(page: str, kept: list[str]) -> None:
    out = render_html(page)
    for text in kept:
        assert text in out
    assert "\x00" not in out
    assert isinstance(wireclean.parse_html(page), Story)


@pytest.mark.timeout(60)
def test_gigantic_attributes() -> None:
    huge = "x" * 5_000_000
    page = (
        f'<html lang="{huge}"><head><meta name="author" content="{huge}">'
        f'<meta property="og:title" content="{"By " * 100_000}"></head>'
        f'<body><p class="{"byline " * 100_000}" data-x="{huge}">By Lamine Chikhi</p>'
        f'<p style="{"display: " * 100_000}">ALGIERS (Reuters) - Story text.</p></body></html>'
    )
    story = wireclean.parse_html(page)
    assert "Story text." in " ".join(story.body)


@pytest.mark.timeout(60)
def test_entity_definitions_are_not_expanded() -> None:
    # "Billion laughs": expanded, this would be 10**9 "lol"s.
    lol = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [{lol}]><html><body><p>a &lol9; b</p></body></html>'
    )
    out = render_html(page)
    assert "lollol" not in out
    assert len(out) < 1_000
    assert isinstance(wireclean.parse(page.encode()), Story)


def test_internal_entity_is_not_substituted() -> None:
    page = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "EXPANDED">]><p>a &e; b</p>'
    assert "EXPANDED" not in render_html(page)


@pytest.mark.timeout(30)
def test_no_network_access_for_dtds_or_entities() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(5)
        server.settimeout(0.5)
        url = f"http://127.0.0.1:{server.getsockname()[1]}"
        page = (
            f'<?xml version="1.0"?><!DOCTYPE html SYSTEM "{url}/doc.dtd" '
            f'[<!ENTITY % remote SYSTEM "{url}/p.dtd"> %remote; <!ENTITY e SYSTEM "{url}/e">]>'
            f'<html><head><link rel="stylesheet" href="{url}/s.css"></head>'
            f'<body><p>a &e; b</p><img src="{url}/i.png"></body></html>'
        )
        for parse in (wireclean.parse, wireclean.parse_html):
            parse(page)
            parse(page.encode())
        # (libxml2 2.13+ may be built without HTTP at all: the outcome is checked either way.)
        with pytest.raises(TimeoutError):
            server.accept()  # nobody connected


def test_no_file_access_through_xinclude_or_dtd(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html SYSTEM "{secret.as_uri()}">'
        '<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>'
        f'<xi:include href="{secret.as_uri()}" parse="text"/><p>story</p></body></html>'
    )
    for parse in (wireclean.parse, wireclean.parse_html):
        story = parse(page)
        assert "TOP-SECRET" not in story.to_json()
    assert "TOP-SECRET" not in render_html(page)


# --- size limit ------------------------------------------------------------------------


@pytest.mark.parametrize("parse", [wireclean.parse, wireclean.parse_text, wireclean.parse_html])
@pytest.mark.parametrize("kind", [str, bytes])
def test_every_entry_point_refuses_oversize_input(parse: Callable[..., Story], kind: type) -> None:
    text = "<p>" + "x" * 2_000 + "</p>" if parse is not wireclean.parse_text else "x" * 2_000
    source = text if kind is str else text.encode()
    with pytest.raises(InputTooLarge, match=r"over the limit of 1,000 \(max_size\)"):
        parse(source, max_size=1_000)
    assert isinstance(parse(source, max_size=len(source)), Story)


def test_oversize_is_checked_before_decoding() -> None:
    # Over the limit in bytes: refused whatever the bytes are.
    with pytest.raises(InputTooLarge):
        wireclean.parse(b"\xff" * 2_000, max_size=1_000)


def test_default_limit_is_50_mb() -> None:
    assert wireclean.DEFAULT_MAX_SIZE == 50 * 1024 * 1024


# --- batches: a failing document loses no other story ---------------------------------


STORY = "ALGIERS, Aug 12 (Reuters) - Story number {n} goes here.\n"


def _batch(argv: list[str]) -> tuple[int, list[dict[str, object]]]:
    out = io.StringIO()
    code = main(argv, stdout=out)
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_batch_goes_on_past_an_oversize_file(tmp_path: Path) -> None:
    for n in (1, 3):
        (tmp_path / f"{n}.txt").write_text(STORY.format(n=n), encoding="utf-8")
    big = tmp_path / "2.txt"
    with big.open("wb") as f:  # sparse: over the limit on disk, never read
        f.truncate(wireclean.DEFAULT_MAX_SIZE + 1)
    code, records = _batch(["--jsonl", str(tmp_path)])
    assert code == 1
    assert [Path(str(r["source"])).name for r in records] == ["1.txt", "2.txt", "3.txt"]
    error = records[1]["error"]
    assert isinstance(error, dict) and error["type"] == "InputTooLarge"
    assert "max_size" in error["message"]
    assert records[0]["body"] == ["Story number 1 goes here."]
    assert records[2]["body"] == ["Story number 3 goes here."]


def test_batch_goes_on_past_unreadable_and_garbage_inputs(tmp_path: Path) -> None:
    paths = []
    for n, data in enumerate(
        [
            STORY.format(n=0).encode(),
            bytes(range(256)) * 40,  # binary garbage
            STORY.format(n=2).encode("utf-16"),
            b"\x00" * 1_000,
            STORY.format(n=4).encode("cp1252"),
        ]
    ):
        path = tmp_path / f"{n}.txt"
        path.write_bytes(data)
        paths.append(str(path))
    paths.insert(2, str(tmp_path / "missing.txt"))
    code, records = _batch(paths)
    assert code == 1
    assert [r["source"] for r in records] == paths
    assert [("error" in r) for r in records] == [False, False, True, False, False, False]
    assert records[0]["body"] == ["Story number 0 goes here."]
    assert records[3]["body"] == ["Story number 2 goes here."]
    assert records[5]["body"] == ["Story number 4 goes here."]


# --- regressions found by fuzzing ------------------------------------------------------

REGRESSION_FILES = sorted(
    p
    for p in REGRESSIONS.glob("*")
    if p.suffix in {".bin", ".txt", ".html"} and not p.name.endswith(".expect.txt")
)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("path", REGRESSION_FILES, ids=[p.name for p in REGRESSION_FILES])
def test_regression_input_parses(path: Path) -> None:
    data = path.read_bytes()
    check(data)
    expect = path.with_name(path.name + ".expect.txt")
    if expect.exists():
        text = wireclean.parse(data).to_text()
        for line in expect.read_text(encoding="utf-8").splitlines():
            assert line in text, line
