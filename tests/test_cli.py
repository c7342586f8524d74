"""Unit tests for the command line, wireclean.cli.main."""

from __future__ import annotations

import io
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from wireclean.cli import main

LEAD = (
    "Al Qaeda insurgents behind the kidnap of Westerners in the Sahara desert have forged "
    "alliances with corrupt officials and local tribes, a senior ex-militant said."
)
STORY = (
    "August 12, 2010 / 3:06 PM / 9 years ago\n"
    "\n"
    "Al Qaeda gets help from Mali officials: ex-rebel\n"
    "\n"
    "By Lamine Chikhi\n"
    "\n"
    f"ALGIERS, Aug 12 (Reuters) - {LEAD}\n"
    "\n"
    "0 : 0\n"
)
STORY_DICT: dict[str, Any] = {
    "headline": "Al Qaeda gets help from Mali officials: ex-rebel",
    "byline": ["Lamine Chikhi"],
    "bullets": [],
    "dateline": {"location": "ALGIERS", "date": "Aug 12", "agency": "Reuters"},
    "published": "2010-08-12T15:06:00",
    "body": [LEAD],
    "credits": [],
    "flags": [],
    "correction": None,
    "url": None,
}
PAGE = (
    "<!DOCTYPE html><html><body><h1>Mali army sold guns</h1>"
    f"<p>BAMAKO (AFP) - {LEAD}</p></body></html>"
)


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, stdout=out)
    return code, out.getvalue()


def _jsonl(text: str) -> list[dict[str, Any]]:
    lines = text.splitlines()
    assert all(line.strip() for line in lines)
    return [json.loads(line) for line in lines]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    (root / "b.txt").write_text(f"Second story\n\n{LEAD}\n", encoding="utf-8")
    (root / "a.txt").write_text(STORY, encoding="utf-8")
    (root / "sub" / "c.html").write_text(PAGE, encoding="utf-8")
    (root / "c.txt").write_text("Only one line.\n", encoding="utf-8")
    return root


# --- one file ----------------------------------------------------------------------------


def test_single_file_gives_indented_json_without_source(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    code, out = _run([str(path)])
    assert code == 0
    assert out.endswith("}\n")
    assert "\n " in out  # indented, over several lines
    record = json.loads(out)
    assert "source" not in record
    assert "removed" not in record
    assert record == STORY_DICT


def test_single_file_to_sys_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    assert main([str(path)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == STORY_DICT
    assert captured.err == ""


def test_single_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("utf-8"))
    code, out = _run([str(path)])
    assert code == 0
    record = json.loads(out)
    assert record["headline"] == "Mali army sold guns"
    assert record["dateline"] == {"location": "BAMAKO", "date": None, "agency": "AFP"}
    assert record["body"] == [LEAD]


def test_non_ascii_is_written_as_is(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Genève talks\n\nZürich — “quoted” text.\n", encoding="utf-8")
    code, out = _run([str(path)])
    assert code == 0
    assert "Zürich — “quoted” text." in out
    assert json.loads(out)["body"] == ["Zürich — “quoted” text."]


def test_jsonl_flag_for_a_single_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    code, out = _run(["--jsonl", str(path)])
    assert code == 0
    (record,) = _jsonl(out)
    assert record == {"source": str(path), **STORY_DICT}


# --- folders -----------------------------------------------------------------------------


def test_folder_gives_one_json_line_per_file_in_sorted_order(folder: Path) -> None:
    code, out = _run([str(folder)])
    assert code == 0
    records = _jsonl(out)
    assert [r["source"] for r in records] == [
        str(folder / "a.txt"),
        str(folder / "b.txt"),
        str(folder / "c.txt"),
        str(folder / "sub" / "c.html"),
    ]
    assert {k: v for k, v in records[0].items() if k != "source"} == STORY_DICT
    assert records[1]["headline"] == "Second story"
    assert records[1]["body"] == [LEAD]
    assert records[2]["headline"] is None
    assert records[2]["body"] == ["Only one line."]
    assert records[3]["headline"] == "Mali army sold guns"
    assert all("removed" not in r for r in records)


def test_folder_and_file_together(folder: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.txt"
    extra.write_text(STORY, encoding="utf-8")
    code, out = _run([str(extra), str(folder)])
    assert code == 0
    sources = [r["source"] for r in _jsonl(out)]
    assert sources[0] == str(extra)
    assert sources[1:] == sorted(sources[1:])
    assert len(sources) == 5


def test_empty_folder_outputs_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out = _run([str(empty)])
    assert code == 0
    assert out == ""


# --- --text ------------------------------------------------------------------------------


def test_text_flag_prints_the_clean_story(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    code, out = _run(["--text", str(path)])
    assert code == 0
    assert out.startswith("2010-08-12T15:06:00\n\nAl Qaeda gets help from Mali officials: ex-rebel")
    assert "\n\nBy Lamine Chikhi\n\n" in out
    assert f"\n\nALGIERS, Aug 12 (Reuters) - {LEAD}" in out
    assert "0 : 0" not in out
    assert "9 years ago" not in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_text_flag_on_a_folder(folder: Path) -> None:
    code, out = _run(["--text", str(folder)])
    assert code == 0
    assert (
        out.index("Al Qaeda gets help")
        < out.index("Second story")
        < out.index("Only one line.")
        < out.index("Mali army sold guns")
    )


# --- --explain ---------------------------------------------------------------------------


def test_explain_adds_removed(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    code, out = _run(["--explain", str(path)])
    assert code == 0
    record = json.loads(out)
    assert {k: v for k, v in record.items() if k != "removed"} == STORY_DICT
    assert [(r["filter"], r["reason"], r["field"], r["text"]) for r in record["removed"]] == [
        ("timestamp", "field", "published", "August 12, 2010 / 3:06 PM / 9 years ago"),
        ("headline", "field", "headline", "Al Qaeda gets help from Mali officials: ex-rebel"),
        ("byline", "field", "byline", "By Lamine Chikhi"),
        ("dateline", "field", "dateline", "ALGIERS, Aug 12 (Reuters) -"),
        ("share_counters", "share-counter", None, "0 : 0"),
    ]
    assert [r["line"] for r in record["removed"]] == [1, 3, 5, 7, 9]


def test_explain_on_a_folder(folder: Path) -> None:
    code, out = _run(["--explain", str(folder)])
    assert code == 0
    records = _jsonl(out)
    assert all("removed" in r for r in records)
    assert records[2]["removed"] == []


# --- errors ------------------------------------------------------------------------------


def test_missing_file_gives_an_error_record_and_exit_code_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = io.StringIO()
    code = main([str(missing), str(good)], stdout=out)
    assert code == 1
    first, second = _jsonl(out.getvalue())
    assert first["source"] == str(missing)
    assert first["error"]["type"] == "FileNotFoundError"
    assert "missing.txt" in first["error"]["message"]
    assert set(first) == {"source", "error"}
    assert second == {"source": str(good), **STORY_DICT}
    assert "1 of 2 inputs failed" in capsys.readouterr().err


def test_missing_single_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    code, out = _run([str(missing)])
    assert code == 1
    record = json.loads(out)
    assert record["error"]["type"] == "FileNotFoundError"
    assert record["error"]["message"]
    assert "headline" not in record


def test_missing_file_with_text_flag_reports_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = io.StringIO()
    code = main(["--text", str(missing), str(good)], stdout=out)
    assert code == 1
    assert "Al Qaeda gets help" in out.getvalue()
    err = capsys.readouterr().err
    assert "missing.txt" in err


def test_no_arguments_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2
    assert "usage" in capsys.readouterr().err


# --- stdin -------------------------------------------------------------------------------


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", SimpleNamespace(buffer=io.BytesIO(STORY.encode())))
    code, out = _run(["-"])
    assert code == 0
    assert json.loads(out) == STORY_DICT


def test_stdin_html_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", SimpleNamespace(buffer=io.BytesIO(PAGE.encode())))
    code, out = _run(["-"])
    assert code == 0
    assert json.loads(out)["headline"] == "Mali army sold guns"


def test_stdin_with_a_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    monkeypatch.setattr(
        "sys.stdin", SimpleNamespace(buffer=io.BytesIO(b"Only one line from stdin.\n"))
    )
    code, out = _run(["-", str(path)])
    assert code == 0
    first, second = _jsonl(out)
    assert first["source"] == "-"
    assert first["body"] == ["Only one line from stdin."]
    assert second["source"] == str(path)
