"""Unit tests for the command line, wireclean.cli.main."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from wireclean.cli import main
from wireclean.inputs import documents

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


def test_folder_order_is_path_order_with_names_that_prefix_each_other(tmp_path: Path) -> None:
    root = tmp_path / "pages"
    for rel in ("a/z.txt", "a.txt", "a-b.txt", "a/b/c.txt", "b.txt", "A.txt", "a0/x.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(f"{rel}\n\n{LEAD}\n", encoding="utf-8")
    code, out = _run([str(root)])
    assert code == 0
    expected = sorted(p for p in root.rglob("*") if p.is_file())  # Path sorts by parts
    assert [r["source"] for r in _jsonl(out)] == [str(p) for p in expected]


def test_a_folder_is_walked_as_its_files_are_needed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first document comes before the rest of the tree is listed, so on a large
    # folder the workers start at once instead of after the whole walk.
    root = tmp_path / "pages"
    for rel in ("a/1.txt", "b/2.txt", "c/3.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(STORY, encoding="utf-8")
    listed: list[str] = []
    scandir = os.scandir

    def recording_scandir(path: str) -> Any:
        listed.append(os.path.basename(str(path)))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", recording_scandir)
    docs = documents([str(root)])
    assert next(docs).source == str(root / "a" / "1.txt")
    assert listed == ["pages", "a"]
    assert [d.source for d in docs] == [str(root / "b" / "2.txt"), str(root / "c" / "3.txt")]
    assert listed == ["pages", "a", "b", "c"]


def test_folders_do_not_follow_links_to_folders(tmp_path: Path) -> None:
    root = tmp_path / "pages"
    root.mkdir()
    (root / "a.txt").write_text(STORY, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text(STORY, encoding="utf-8")
    try:
        (root / "link").symlink_to(elsewhere, target_is_directory=True)
    except OSError:
        pytest.skip("no symbolic links here")
    code, out = _run([str(root), "--jsonl"])
    assert code == 0
    assert [r["source"] for r in _jsonl(out)] == [str(root / "a.txt")]


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="no /proc here")
def test_a_file_that_reports_size_zero_is_read_to_its_end() -> None:
    code, out = _run(["/proc/self/status", "--jsonl", "--explain"])  # st_size 0, yet lines
    assert code == 0
    (record,) = _jsonl(out)
    kept_or_removed = json.dumps(record)
    assert "Name:" in kept_or_removed and "Cpus_allowed" in kept_or_removed  # first and late


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
    assert "2 documents, 1 failed" in capsys.readouterr().err


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


# --- batch inputs: globs, .gz, JSON Lines, WARC ------------------------------------------


def test_glob_is_expanded_recursively_in_sorted_order(folder: Path) -> None:
    code, out = _run([str(folder / "**" / "*.txt")])
    assert code == 0
    assert [r["source"] for r in _jsonl(out)] == [
        str(folder / name) for name in ("a.txt", "b.txt", "c.txt")
    ]


def test_glob_matching_nothing_is_an_error_record(tmp_path: Path) -> None:
    pattern = str(tmp_path / "*.nothing")
    code, out = _run([pattern, "--jsonl"])
    assert code == 1
    assert _jsonl(out) == [
        {
            "source": pattern,
            "error": {"type": "FileNotFoundError", "message": f"no file matches {pattern!r}"},
        }
    ]


def test_folders_skip_hidden_files(folder: Path) -> None:
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    code, out = _run([str(folder)])
    assert code == 0
    assert len(_jsonl(out)) == 4


def test_gzipped_page_is_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    code, out = _run([str(path)])
    assert code == 0
    assert json.loads(out)["headline"] == "Mali army sold guns"


def test_broken_gzip_is_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(b"\x1f\x8bnot really gzip")
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    code, out = _run([str(path), str(good)])
    assert code == 1
    first, second = _jsonl(out)
    assert first["source"] == str(path) and first["error"]["type"] == "BadGzipFile"
    assert second["headline"] == STORY_DICT["headline"]


def _write_jsonl(path: Path, rows: list[object]) -> Path:
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_lines_are_records_with_other_fields_carried(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "pages.jsonl",
        [
            {"id": "a", "html": PAGE, "lang": "en", "headline": "from the crawler"},
            "",
            {"id": "b", "text": STORY},
        ],
    )
    code, out = _run([str(path)])
    assert code == 0
    first, second = _jsonl(out)
    assert first["source"] == f"{path}:1"
    assert (first["id"], first["lang"]) == ("a", "en")
    assert first["input_headline"] == "from the crawler"  # a clash keeps both
    assert first["headline"] == "Mali army sold guns"
    assert "html" not in first  # the page is not copied back
    assert second["source"] == f"{path}:3"
    assert {k: v for k, v in second.items() if k not in ("source", "id")} == STORY_DICT


def test_jsonl_carried_values_json_cannot_fit_in_64_bits_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    big = 2**70
    path.write_text(f'{{"id": {big}, "n": 1.5, "text": "Headline here\\n\\n{LEAD}"}}\n')
    code, out = _run([str(path), "--jsonl"])
    assert code == 0
    (record,) = _jsonl(out)
    assert (record["id"], record["n"], record["headline"]) == (big, 1.5, "Headline here")


def test_jsonl_field_option_and_records_without_it(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "pages.ndjson",
        [{"page": STORY}, {"html": PAGE}, {"page": 7}, "[1, 2]", "{not json"],
    )
    code, out = _run(["--field", "page", str(path)])
    assert code == 1
    records = _jsonl(out)
    assert len(records) == 5
    assert records[0]["headline"] == STORY_DICT["headline"]
    assert records[1]["error"] == {
        "type": "MissingField",
        "message": "the record has no field 'page'",
    }
    assert records[1]["html"] == PAGE  # carried: nothing is lost
    assert records[2]["error"]["message"] == "the record has a int, not a string, in field 'page'"
    assert records[3]["error"]["type"] == "ValueError"
    assert records[4]["error"]["type"] == "JSONDecodeError"
    assert [r["source"] for r in records] == [f"{path}:{n}" for n in range(1, 6)]


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"text": STORY}) + "\n").encode()))
    code, out = _run([str(path), "--jsonl"])
    assert code == 0
    (record,) = _jsonl(out)
    assert record["headline"] == STORY_DICT["headline"]


def test_a_jsonl_line_over_the_size_limit_is_an_error_record(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "pages.jsonl", [{"text": "x" * 5000}, {"text": STORY}])
    code, out = _run([str(path), "--max-size", "2000"])
    assert code == 1
    first, second = _jsonl(out)
    assert first["error"]["type"] == "InputTooLarge"
    assert second["headline"] == STORY_DICT["headline"]


@pytest.mark.parametrize("read_ahead", [1, 3000, 1 << 20])
def test_files_read_ahead_keep_their_order_and_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read_ahead: int
) -> None:
    """However many bytes are read ahead of cleaning, each file gets its own record in
    its place, an unreadable one its error."""
    monkeypatch.setattr("wireclean.inputs._READ_AHEAD", read_ahead)
    names = ["a.txt", "b.txt", "c.txt", "d.txt"]
    for name in names:
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    (tmp_path / "c.txt").write_text("x" * 5000, encoding="utf-8")  # over the limit below
    code, out = _run([str(tmp_path), "--jsonl", "--max-size", "4000"])
    assert code == 1
    records = _jsonl(out)
    assert [Path(r["source"]).name for r in records] == names
    assert [r.get("error", {}).get("type") for r in records] == [None, None, "InputTooLarge", None]
    assert records[3]["headline"] == STORY_DICT["headline"]


def test_stdin_jsonl_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (json.dumps({"text": STORY, "n": 1}) + "\n" + json.dumps({"html": PAGE}) + "\n").encode()
    monkeypatch.setattr("sys.stdin", SimpleNamespace(buffer=io.BytesIO(data)))
    code, out = _run(["-"])
    assert code == 0
    first, second = _jsonl(out)
    assert (first["source"], first["n"], first["headline"]) == ("-:1", 1, STORY_DICT["headline"])
    assert second["headline"] == "Mali army sold guns"


def test_format_page_reads_jsonl_as_one_page(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "pages.jsonl", [{"text": "A"}, {"text": "B"}])
    code, out = _run([str(path), "--format", "page"])
    assert code == 0
    record = json.loads(out)  # one page, not two records
    assert [record["headline"], *record["body"]] == ['{"text": "A"}', '{"text": "B"}']


def _warc(path: Path, records: list[tuple[str, str, str, bytes]], *, gz: bool = True) -> Path:
    warcio = pytest.importorskip("warcio", reason="WARC input needs wireclean[warc]")
    from warcio.statusandheaders import StatusAndHeaders

    with path.open("wb") as stream:
        writer = warcio.WARCWriter(stream, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for uri, status, content_type, body in records:
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
    return path


WARC_PAGES = [
    ("https://example.com/a", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
    ("https://example.com/old", "301 Moved Permanently", "text/html", b""),
    ("https://example.com/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
    (
        "https://example.com/b",
        "200 OK",
        "text/html; charset=windows-1252",
        PAGE.replace("Mali", "Niger").replace("guns", "guns \u2014 caf\u00e9").encode("cp1252"),
    ),
]


@pytest.mark.parametrize("gz", [True, False])
def test_warc_response_records_in_order(tmp_path: Path, gz: bool) -> None:
    path = _warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), WARC_PAGES, gz=gz)
    code, out = _run([str(path)])
    assert code == 0  # records that are not pages are skipped, not failed
    records = _jsonl(out)
    assert [r["source"] for r in records] == [uri for uri, *_ in WARC_PAGES]
    a, old, logo, b = records
    assert a["headline"] == "Mali army sold guns"
    assert a["warc"]["status"] == 200 and a["warc"]["file"] == str(path)
    assert a["warc"]["record_id"].startswith("<urn:uuid:")
    assert old["skipped"] == {"type": "HTTPStatus", "message": "HTTP status 301"}
    assert logo["skipped"] == {"type": "ContentType", "message": "not a page: image/png"}
    assert b["headline"] == "Niger army sold guns — café"  # decoded by the HTTP charset
    offsets = [r["warc"]["offset"] for r in records]
    assert offsets == sorted(offsets) and len(set(offsets)) == 4


def test_broken_warc_gives_an_error_record_after_what_was_read(tmp_path: Path) -> None:
    path = _warc(tmp_path / "crawl.warc", WARC_PAGES[:1], gz=False)
    path.write_bytes(path.read_bytes() + b"WARC/1.0\r\nWARC-Type: response\r\nnot a header\r\n\r\n")
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    code, out = _run([str(path), str(good)])
    assert code == 1
    records = _jsonl(out)
    assert records[0]["headline"] == "Mali army sold guns"
    assert records[1]["source"].startswith(f"{path}@")
    assert "rest of this WARC file was not read" in records[1]["error"]["message"]
    assert records[2]["source"] == str(good)


def test_stdin_warc_is_sniffed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = _warc(tmp_path / "crawl.warc.gz", WARC_PAGES[:1])
    monkeypatch.setattr("sys.stdin", SimpleNamespace(buffer=io.BytesIO(path.read_bytes())))
    code, out = _run(["-", "--jsonl"])
    assert code == 0
    (record,) = _jsonl(out)
    assert record["headline"] == "Mali army sold guns"


# --- output: --out-dir, --output, summary, progress, --jobs -------------------------------


def test_out_dir_writes_one_json_file_per_input(folder: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "stories"
    code, out = _run([str(folder), "--out-dir", str(out_dir)])
    assert code == 0
    assert out == ""
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == [
        "000001-a.txt.json",
        "000002-b.txt.json",
        "000003-c.txt.json",
        "000004-c.html.json",
    ]
    first = json.loads((out_dir / names[0]).read_text(encoding="utf-8"))
    assert first == {"source": str(folder / "a.txt"), **STORY_DICT}


def test_out_dir_with_text(folder: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "stories"
    assert _run([str(folder), "--out-dir", str(out_dir), "--text"])[0] == 0
    text = (out_dir / "000002-b.txt.txt").read_text(encoding="utf-8")
    assert text.startswith("Second story\n\n")


def test_output_file(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "stories.jsonl"
    code, out = _run([str(folder), "-o", str(target)])
    assert (code, out) == (0, "")
    assert len(_jsonl(target.read_text(encoding="utf-8"))) == 4


def test_summary_on_stderr_unless_quiet(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(folder)], stdout=io.StringIO()) == 0
    err = capsys.readouterr().err
    assert err.startswith("wireclean: 4 documents, 0 failed, ")
    assert err.rstrip().endswith("/s)")
    assert main([str(folder), "--quiet"], stdout=io.StringIO()) == 0
    assert capsys.readouterr().err == ""


def test_warc_summary_counts_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _warc(tmp_path / "crawl.warc.gz", WARC_PAGES)
    assert main([str(path)], stdout=io.StringIO()) == 0
    assert "4 documents, 0 failed, 2 skipped (not pages)" in capsys.readouterr().err


def test_jobs_two_gives_the_same_output_as_one(tmp_path: Path) -> None:
    root = tmp_path / "many"
    root.mkdir()
    for n in range(120):
        (root / f"{n:03d}.txt").write_text(f"Story number {n}\n\n{LEAD}\n", encoding="utf-8")
    (root / "bad.html.gz").write_bytes(b"\x1f\x8b broken")
    one = _run([str(root), "--jobs", "1", "--explain"])
    two = _run([str(root), "--jobs", "2", "--explain"])
    assert one == two
    assert one[0] == 1
    assert len(_jsonl(one[1])) == 121


def test_bad_options_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--jobs", "0", "x"], ["-o", "a", "--out-dir", "b", "x"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 2
    assert "--jobs must be at least 1" in capsys.readouterr().err


def test_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    for example in ("--field html", ".warc.gz", "--out-dir", "--jobs", "wireclean -"):
        assert example in help_text


def test_ctrl_c_stops_with_exit_code_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr("wireclean.cli._clean", interrupted)
    assert main(["x.txt"]) == 130
    assert capsys.readouterr().err == "wireclean: interrupted\n"


def test_documents_sizes_only_when_asked_and_documents_pickle(tmp_path: Path) -> None:
    import pickle

    from wireclean.inputs import Document, documents

    (tmp_path / "a.txt").write_text("twelve bytes", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    weighed = list(documents([str(tmp_path)]))
    assert [d.size for d in weighed] == [12, 0]
    assert [d.size for d in documents([str(tmp_path)], sizes=False)] == [0, 0]
    carried = Document("x.warc:3", "data", b"<p>page</p>", {"warc_id": "1"}, 11)
    for doc in [*weighed, carried]:
        assert pickle.loads(pickle.dumps(doc)) == doc
