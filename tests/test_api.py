"""Unit tests for wireclean.api and the Story it returns: types, decoding, size limits,
HTML detection, serialisation and the text round trip."""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import wireclean
from wireclean import DecodeError, InputTooLarge, Story, looks_like_html

LEAD = (
    "Al Qaeda insurgents behind the kidnap of Westerners in the Sahara desert have forged "
    "alliances with corrupt officials and local tribes, a senior ex-militant said."
)
SECOND = "Mali's government declined requests to provide a formal comment on the account."

FULL_STORY = (
    "Tue Sep 26, 2012 10:56am EDT\n"
    "\n"
    "Al Qaeda gets help from Mali officials: ex-rebel\n"
    "\n"
    "* Former insurgent says army officers sold weapons\n"
    "\n"
    "* Mali official says allegations unreliable\n"
    "\n"
    "By Maya Gebeily and Anthony Deutsch\n"
    "\n"
    f"ALGIERS, Aug 12 (Reuters) - {LEAD}\n"
    "\n"
    "The measures include:\n"
    "\n"
    "* higher taxes on fuel\n"
    "\n"
    "* lower spending on the army\n"
    "\n"
    f"{SECOND}\n"
    "\n"
    "(Reporting by Lamine Chikhi in Algiers; Editing by Giles Elgood)\n"
)

FULL_DICT: dict[str, Any] = {
    "headline": "Al Qaeda gets help from Mali officials: ex-rebel",
    "byline": ["Maya Gebeily", "Anthony Deutsch"],
    "bullets": [
        "Former insurgent says army officers sold weapons",
        "Mali official says allegations unreliable",
    ],
    "dateline": {"location": "ALGIERS", "date": "Aug 12", "agency": "Reuters"},
    "published": "2012-09-26T10:56:00-04:00",
    "body": [LEAD, "The measures include:", "higher taxes on fuel", "lower spending on the army",
             SECOND],
    "credits": [
        {"role": "reporting", "names": ["Lamine Chikhi"], "location": "Algiers"},
        {"role": "editing", "names": ["Giles Elgood"], "location": None},
    ],
    "flags": [],
    "correction": None,
    "url": None,
}  # fmt: skip

PAGE = (
    "<!DOCTYPE html><html><head><title>Mali</title></head><body>"
    "<h1>Al Qaeda gets help from Mali officials: ex-rebel</h1>"
    f"<p>ALGIERS, Aug 12 (Reuters) - {LEAD}</p>"
    f"<p>{SECOND}</p>"
    "</body></html>"
)

ENTRY_POINTS: list[Callable[..., Story]] = [
    wireclean.parse,
    wireclean.parse_text,
    wireclean.parse_html,
]


# --- types -------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    ("value", "type_name"),
    [
        (None, "NoneType"),
        (42, "int"),
        (3.5, "float"),
        (["ALGIERS (Reuters) - text"], "list"),
        (io.StringIO("ALGIERS (Reuters) - text"), "StringIO"),
        (io.BytesIO(b"ALGIERS (Reuters) - text"), "BytesIO"),
    ],
)
def test_wrong_type_raises_type_error_naming_it(
    entry: Callable[..., Story], value: object, type_name: str
) -> None:
    with pytest.raises(TypeError, match=rf"\b{type_name}\b") as info:
        entry(value)
    assert entry.__name__ in str(info.value)


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=lambda f: f.__name__)
def test_open_file_object_raises_type_error_naming_it(
    entry: Callable[..., Story], tmp_path: Path
) -> None:
    path = tmp_path / "story.txt"
    path.write_text("ALGIERS (Reuters) - text", encoding="utf-8")
    with path.open(encoding="utf-8") as handle, pytest.raises(TypeError, match="TextIOWrapper"):
        entry(handle)
    with path.open("rb") as handle, pytest.raises(TypeError, match="BufferedReader"):
        entry(handle)


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=lambda f: f.__name__)
def test_bytearray_and_memoryview_are_accepted(entry: Callable[..., Story]) -> None:
    text = f"Mali army sold guns\n\n{LEAD}\n"
    if entry is wireclean.parse_html:  # in HTML, only tags make paragraphs
        text = f"<p>Mali army sold guns</p><p>{LEAD}</p>"
    data = text.encode()
    for value in (bytearray(data), memoryview(data)):
        story = entry(value)
        assert LEAD in story.body


# --- bytes decoding ----------------------------------------------------------------------


@pytest.mark.parametrize("entry", [wireclean.parse, wireclean.parse_text], ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    "data",
    [
        "café au lait".encode(),
        codecs.BOM_UTF8 + "café au lait".encode(),
        "café au lait".encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_LE + "café au lait".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "café au lait".encode("utf-16-be"),
        "café au lait".encode("utf-32"),  # with BOM
        b"caf\xe9 au lait",  # cp1252 / latin-1
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "cp1252"],
)
def test_bytes_are_decoded(entry: Callable[..., Story], data: bytes) -> None:
    story = entry(data)
    assert story.body == ("café au lait",)


def test_cp1252_punctuation_bytes_are_decoded() -> None:
    story = wireclean.parse_text(b"\x93We will fight,\x94 he said \x96 and left\x85 caf\xe9")
    assert story.body == ("“We will fight,” he said – and left… café",)


def test_utf8_bytes_of_a_full_story() -> None:
    assert wireclean.parse(FULL_STORY.encode("utf-8")).to_dict() == FULL_DICT


def test_utf16_bytes_of_a_full_story() -> None:
    assert wireclean.parse(FULL_STORY.encode("utf-16")).to_dict() == FULL_DICT


@pytest.mark.parametrize(
    "data",
    [
        "<p>café au lait</p>".encode(),
        codecs.BOM_UTF8 + "<p>café au lait</p>".encode(),
        "<p>café au lait</p>".encode("utf-16"),
        b"<p>caf\xe9 au lait</p>",
        b'<html><head><meta charset="windows-1252"></head><body><p>caf\xe9 au lait</p></body>'
        b"</html>",
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "cp1252", "declared-charset"],
)
def test_html_bytes_are_decoded(data: bytes) -> None:
    for entry in (wireclean.parse, wireclean.parse_html):
        assert entry(data).body == ("café au lait",)


def test_decode_error_is_a_value_error() -> None:
    assert issubclass(DecodeError, ValueError)


# --- size limit --------------------------------------------------------------------------


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=lambda f: f.__name__)
def test_input_too_large(entry: Callable[..., Story]) -> None:
    text = "x" * 101
    for value in (text, text.encode()):
        with pytest.raises(InputTooLarge, match="max_size"):
            entry(value, max_size=100)


@pytest.mark.parametrize(
    "entry",
    [
        wireclean.parse,
        wireclean.parse_text,
        wireclean.parse_html,
    ],
    ids=lambda f: f.__name__,
)
def test_input_at_the_limit_is_accepted(entry: Callable[..., Story]) -> None:
    text = "x" * 100
    assert entry(text, max_size=100).body == (text,)
    assert entry(text.encode(), max_size=100).body == (text,)


def test_html_input_under_the_limit_is_accepted() -> None:
    page = "<ul><li>a</li><li>b</li><li>c</li></ul>"
    story = wireclean.parse_html(page, max_size=len(page))
    assert story.body == ("a", "b", "c")


def test_input_too_large_is_a_value_error() -> None:
    assert issubclass(InputTooLarge, ValueError)
    with pytest.raises(ValueError):
        wireclean.parse("abc", max_size=2)


def test_input_too_large_on_html_through_parse() -> None:
    with pytest.raises(InputTooLarge):
        wireclean.parse(PAGE, max_size=len(PAGE) - 1)
    with pytest.raises(InputTooLarge):
        wireclean.parse(PAGE.encode(), max_size=len(PAGE) - 1)


def test_default_max_size_is_large() -> None:
    assert wireclean.DEFAULT_MAX_SIZE >= 1024 * 1024


def test_size_of_bytes_counts_bytes() -> None:
    # Four characters, eight bytes.
    with pytest.raises(InputTooLarge):
        wireclean.parse("éééé".encode(), max_size=7)
    assert wireclean.parse("éééé", max_size=7).body == ("éééé",)


# --- HTML detection ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html>",
        "<!doctype html>\n<html lang='en'>",
        "<html>",
        "<HTML><BODY>",
        "<head><title>x</title></head>",
        "<body><p>x</p></body>",
        "<?xml version='1.0'?><html>",
        "<!-- saved from url -->\n<html>",
        "  \n\t<div class='story'>",
        "\ufeff<p>x</p>",
        "<p>Paragraph</p>",
        "<P>Paragraph</P>",
        "<h2>Subhead</h2>",
        "<article>",
        "<a href='https://example.com'>link</a>",
        "<table><tr><td>x</td></tr></table>",
        "<meta charset='utf-8'>",
        "<span>x</span>",
    ],
)
def test_looks_like_html(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ALGIERS (Reuters) - <b>bold</b> in the middle",
        "Mali army sold guns\n\n<p>later</p>",
        "x<p>",
        "<3 love it",
        "< p>spaced</p>",
        "<abbr>not a start tag we know</abbr>",
        "<parliament> members said",
        "<headline> in angle brackets",
        "a < b and c > d",
        "-->",
        "<",
    ],
)
def test_does_not_look_like_html(text: str) -> None:
    assert not looks_like_html(text)


def test_parse_on_html_string_gives_a_story() -> None:
    story = wireclean.parse(PAGE)
    assert isinstance(story, Story)
    assert story.headline == "Al Qaeda gets help from Mali officials: ex-rebel"
    assert story.dateline is not None and story.dateline.agency == "Reuters"
    assert story.body == (LEAD, SECOND)
    assert "Mali" not in story.body  # the <title> is not body


def test_parse_on_html_bytes_gives_a_story() -> None:
    story = wireclean.parse(PAGE.encode("utf-8"))
    assert isinstance(story, Story)
    assert story.to_dict() == wireclean.parse(PAGE).to_dict()
    assert story.body == (LEAD, SECOND)


def test_parse_on_text_that_mentions_tags_is_text() -> None:
    text = f"Mali army sold guns\n\n{LEAD} Use <b> for bold.\n"
    story = wireclean.parse(text)
    assert story.body == (f"{LEAD} Use <b> for bold.",)


def test_parse_html_on_text_that_is_not_html() -> None:
    story = wireclean.parse_html("Just a line of text.")
    assert story.body == ("Just a line of text.",)


def test_parse_and_parse_text_agree_on_text() -> None:
    assert wireclean.parse(FULL_STORY).to_dict() == wireclean.parse_text(FULL_STORY).to_dict()


def test_empty_input() -> None:
    for entry in ENTRY_POINTS:
        for value in ("", b""):
            story = entry(value)
            assert story.body == ()
            assert story.to_dict() == {
                "headline": None, "byline": [], "bullets": [], "dateline": None,
                "published": None, "body": [], "credits": [], "flags": [],
                "correction": None, "url": None,
            }  # fmt: skip


def test_custom_pipeline() -> None:
    story = wireclean.parse(FULL_STORY, pipeline=wireclean.Pipeline([]))
    assert story.headline is None
    assert story.removed == ()
    assert story.body[0] == "Tue Sep 26, 2012 10:56am EDT"


# --- Story serialisation -----------------------------------------------------------------


def test_full_story_to_dict() -> None:
    story = wireclean.parse(FULL_STORY)
    assert story.to_dict() == FULL_DICT
    assert list(story.to_dict()) == [
        "headline", "byline", "bullets", "dateline", "published", "body", "credits",
        "flags", "correction", "url",
    ]  # fmt: skip
    assert story.published == datetime(2012, 9, 26, 10, 56, tzinfo=timezone(timedelta(hours=-4)))


def test_to_dict_explain_adds_removed() -> None:
    story = wireclean.parse(FULL_STORY)
    explained = story.to_dict(explain=True)
    assert set(explained) == set(FULL_DICT) | {"removed"}
    assert [(r["filter"], r["field"] or r["reason"], r["text"]) for r in explained["removed"]] == [
        ("timestamp", "published", "Tue Sep 26, 2012 10:56am EDT"),
        ("headline", "headline", "Al Qaeda gets help from Mali officials: ex-rebel"),
        ("bullets", "bullets", "* Former insurgent says army officers sold weapons"),
        ("bullets", "bullets", "* Mali official says allegations unreliable"),
        ("byline", "byline", "By Maya Gebeily and Anthony Deutsch"),
        ("dateline", "dateline", "ALGIERS, Aug 12 (Reuters) -"),
        ("credits", "credits", "(Reporting by Lamine Chikhi in Algiers; Editing by Giles Elgood)"),
    ]
    for record in explained["removed"]:
        assert {"filter", "reason", "field", "text", "start", "end", "line"} <= set(record)
        assert record["reason"] in wireclean.REASONS


@pytest.mark.parametrize("explain", [False, True])
@pytest.mark.parametrize("indent", [None, 2])
def test_to_json_round_trips_through_json_loads(explain: bool, indent: int | None) -> None:
    story = wireclean.parse(FULL_STORY)
    text = story.to_json(explain=explain, indent=indent)
    assert json.loads(text) == story.to_dict(explain=explain)


def test_to_json_keeps_non_ascii() -> None:
    story = wireclean.parse_text("Genève — Zürich “quoted” 日本")
    text = story.to_json()
    assert "Genève — Zürich “quoted” 日本" in text
    assert json.loads(text)["body"] == ["Genève — Zürich “quoted” 日本"]


def test_body_is_the_text_of_the_blocks() -> None:
    story = wireclean.parse(FULL_STORY)
    assert story.body == tuple(b.text for b in story.blocks)
    assert story.blocks[0].line == 11


def test_story_is_frozen() -> None:
    story = wireclean.parse(FULL_STORY)
    with pytest.raises(AttributeError):
        story.headline = "changed"  # type: ignore[misc]


# --- the text round trip -----------------------------------------------------------------


ROUND_TRIP_SOURCES = {
    "full": FULL_STORY,
    "naive-time": f"August 12, 2010 / 3:06 PM / 9 years ago\n\nMali army sold guns\n\n{LEAD}\n",
    "no-headline": f"{LEAD}\n\n{SECOND}\n",
    "bloomberg": f"Mali army sold guns\n\n(Bloomberg) -- {LEAD}\n\n{SECOND}\n",
    "credit-at-end-of-paragraph": (
        f"Mali army sold guns\n\nALGIERS (Reuters) - {LEAD}\n\n"
        f"{SECOND} (Reporting by Lamine Chikhi; Editing by Giles Elgood)\n"
    ),
    "three-authors": (
        "Mali army sold guns\n\nBy Maya Gebeily, Anthony Deutsch and Lamine Chikhi\n\n"
        f"BEIRUT/THE HAGUE (Reuters) - {LEAD}\n"
    ),
    "city-state": f"Mali army sold guns\n\nFAIRBANKS, Alaska (AP) — {LEAD}\n\n{SECOND}\n",
    "numbered-bullets": (
        f"Mali army sold guns\n\n1. First point\n2. Second point\n\n{LEAD}\n\n"
        "Key points:\n\n1) one\n2) two\n"
    ),
    "html": PAGE,
}


@pytest.mark.parametrize("name", list(ROUND_TRIP_SOURCES))
def test_to_text_then_parse_gives_the_same_story(name: str) -> None:
    story = wireclean.parse(ROUND_TRIP_SOURCES[name])
    again = wireclean.parse(story.to_text())
    assert again.to_dict() == story.to_dict()


def test_to_text_of_full_story_reads_as_wire_copy() -> None:
    text = wireclean.parse(FULL_STORY).to_text()
    assert text.startswith("2012-09-26T10:56:00-04:00\n\nAl Qaeda gets help")
    assert f"\n\nALGIERS, Aug 12 (Reuters) - {LEAD}\n\n" in text
    assert "\n\nBy Maya Gebeily and Anthony Deutsch\n\n" in text
    assert text.endswith("\n")
    assert text.rstrip("\n").endswith(
        "\n\n(Reporting by Lamine Chikhi in Algiers; Editing by Giles Elgood)"
    )


def test_to_text_of_empty_story() -> None:
    assert wireclean.parse("").to_text() == ""


def test_import_does_not_load_beautifulsoup() -> None:
    # Starting a process (each CLI run, each spawned worker) stays cheap: bs4 and
    # soupsieve are imported only when bytes need charset detection or a soup is given.
    import subprocess
    import sys

    code = (
        "import sys, wireclean; wireclean.parse(b'<p>Hello there.</p>'); "
        "print('bs4' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
