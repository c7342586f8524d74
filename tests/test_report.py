"""Tests for the explain report, wireclean.report, and ``wireclean explain``; some run Chromium."""

from __future__ import annotations

import html
import io
import json
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

import wireclean
from wireclean import report
from wireclean.cli import main
from wireclean.html import read_html

from .conftest import FIXTURES

SEED = FIXTURES / "golden" / "reuters-2010-mali.txt"

#: A page dump carrying its own markup and script: none of it may run in the report.
PAGE = """<!DOCTYPE html><html><head><title>Mali army sold guns</title>
<script>alert("head")</script>
<meta property="og:title" content="Mali army sold guns to rebels">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Mali army sold guns to rebels</h1>
<p class="byline">By Lamine Chikhi</p>
<p>ALGIERS, Aug 12 (Reuters) - Insurgents bought guns &lt;script&gt;alert(1)&lt;/script&gt;
from officers, an ex-militant said. &lt;img src=x onerror=alert(2)&gt;</p>
<p>He said the officers visited the camp &amp; drank tea.</p>
<p>0 : 0</p>
</article>
<footer><p>© 2010 Example News. All rights reserved.</p></footer>
</body></html>
"""


def _seed() -> str:
    return SEED.read_text(encoding="utf-8")


# --- the HTML report -------------------------------------------------------------------


def test_report_marks_every_span_in_place() -> None:
    text = _seed()
    story = wireclean.parse(text)
    out = story.explain_html(text)
    assert out == wireclean.explain_html(text)
    spans = [r for r in story.removed if r.end > r.start]
    assert out.count("<del id=") + out.count('<span class="field" id=') == len(spans)
    assert 'data-field="headline"' in out and 'data-field="byline"' in out
    assert 'title="share_counters: share-counter' in out
    assert out.count("<li>") == len(story.removed)  # the side list has every record


def test_report_keeps_the_shown_text_whole() -> None:
    # Removing the markup gives back the normalised input: nothing cut, nothing added.
    text = _seed()
    out = wireclean.explain_html(text)
    shown = re.search(r'<pre class="text" id="text">(.*?)</pre>', out, re.S)
    assert shown is not None
    assert html.unescape(re.sub(r"<[^>]+>", "", shown.group(1))) == wireclean.normalize(text)


def test_legend_counts_records_and_characters_per_filter() -> None:
    out = wireclean.explain_html(_seed())
    legend = re.search(r'<table id="legend">(.*?)</table>', out, re.S)
    assert legend is not None
    rows = re.findall(
        r"</span> (\w+)</td><td class=\"n\">(\d+)</td><td class=\"n\">([\d,]+)", legend.group(1)
    )
    assert ("breakpoints", "14", "383") in rows
    assert ("share_counters", "1", "5") in rows


def test_page_markup_and_scripts_never_run_in_the_report() -> None:
    out = wireclean.explain_html(PAGE)
    assert "<script" not in out.lower()
    assert re.search(r"<[^>]*onerror=", out, re.I) is None  # only as escaped text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "onerror=alert(2)" in html.unescape(out)
    assert "script-src" not in out and "default-src 'none'" in out  # CSP forbids scripts


def test_html_report_shows_the_rendered_page_text() -> None:
    story = wireclean.parse(PAGE)
    out = story.explain_html(PAGE.encode("utf-8"))
    assert html.escape(read_html(PAGE).source.splitlines()[0]) in out
    assert "from page metadata" in out or all(r.reason != "metadata" for r in story.removed)


def test_metadata_records_appear_in_the_list_only() -> None:
    page = (
        '<html><head><meta name="author" content="Jane Roe"></head><body>'
        "<p>PARIS (AFP) - A story about rain in the city today.</p></body></html>"
    )
    story = wireclean.parse(page)
    meta = [r for r in story.removed if r.reason == "metadata"]
    if not meta:
        pytest.skip("this page gives no metadata record")
    out = story.explain_html(page)
    assert "from page metadata" in out
    assert out.count("<li>") == len(story.removed)


def test_wrong_source_raises() -> None:
    story = wireclean.parse(_seed())
    with pytest.raises(ValueError, match="past the end of the source"):
        story.explain_html("short")


# --- the terminal report ---------------------------------------------------------------


def test_terminal_plain_marks_cuts_without_escapes() -> None:
    out = report.explain_terminal(_seed())
    assert "\x1b" not in out
    assert out.startswith("{published: August 12, 2010")
    assert "[-0 : 0-]" in out
    assert "breakpoints" in out.split("legend")[1]


def test_terminal_colour_strikes_through() -> None:
    out = report.explain_terminal(_seed(), color=True)
    assert "\x1b[9;" in out and "\x1b[7;" in out
    assert out.count("\x1b[0m") >= 20


def test_terminal_never_passes_control_characters() -> None:
    story = wireclean.parse("Headline here\n\nPARIS (AFP) - Rain \x1b[31mfell\x9b.")
    out = report.render_terminal(story, wireclean.normalize("x" * 200))
    assert "\x1b" not in out and "\x9b" not in out


# --- the summary -----------------------------------------------------------------------


def test_summary_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    docs = [report.document_stats(n, s) for n, s in report.read_documents(tmp_path)]
    assert len(docs) == 3
    seed = next(d for d in docs if d.name.endswith("seed.txt"))
    assert {"headline", "byline", "dateline", "bullets"} <= seed.fields
    assert ("breakpoints", 14, 383) in seed.filters
    assert 0.8 < seed.kept < 1.0
    out = report.summary_html(docs)
    assert out.count("<svg") == 3 and "<script" not in out
    assert re.search(r'<table id="least">.*page\.html', out, re.S)
    text = report.summary_text(docs)
    assert "3 documents cleaned" in text and "headline 67%" in text


def test_summary_of_jsonl_takes_html_then_text(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    lines = [
        {"id": "a", "html": PAGE, "text": "ignored"},
        {"url": "http://x/b", "text": _seed()},
        {"text": "PARIS (AFP) - Rain fell."},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    names = [n for n, _ in report.read_documents(path)]
    assert names == ["a", "http://x/b", f"{path}:3"]
    assert next(s for _, s in report.read_documents(path, field="text")) == "ignored"
    with pytest.raises(ValueError, match="no string field 'html'"):
        list(report.read_documents(tmp_path / "pages.jsonl", field="html"))


def test_failed_documents_are_listed() -> None:
    docs = [report.DocumentStats("bad", error="DecodeError: nope"), report.document_stats("ok", "")]
    assert "1 failed" in report.summary_html(docs)
    assert "failed: bad: DecodeError: nope" in report.summary_text(docs)


# --- the command line ------------------------------------------------------------------


def test_cli_explain_prints_plain_text_when_not_a_terminal() -> None:
    out = io.StringIO()
    assert main(["explain", str(SEED)], stdout=out) == 0
    assert out.getvalue() == report.explain_terminal(_seed())


def test_cli_explain_writes_html(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    assert main(["explain", str(SEED), "--html", str(target)], stdout=io.StringIO()) == 0
    assert target.read_text(encoding="utf-8") == wireclean.explain_html(
        SEED.read_bytes(), title=str(SEED)
    )


def test_cli_explain_summary(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "seed.txt").write_bytes(SEED.read_bytes())
    target = tmp_path / "summary.html"
    args = ["explain", "--summary", str(tmp_path / "docs"), "--html", str(target)]
    assert main(args, stdout=io.StringIO()) == 0
    assert "<svg" in target.read_text(encoding="utf-8")
    out = io.StringIO()
    assert main(["explain", "--summary", str(tmp_path / "docs")], stdout=out) == 0
    assert out.getvalue().startswith("1 documents cleaned")


def test_cli_explain_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(tmp_path / "missing.txt")], stdout=io.StringIO()) == 1
    assert "wireclean explain:" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["explain"], stdout=io.StringIO())


# --- in a real browser -----------------------------------------------------------------


def _browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium found (apt-get install chromium); browser tests skipped")


def _chromium(report_file: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [
        _browser(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}",
        "--enable-logging=stderr", "--v=0", *extra, report_file.resolve().as_uri(),
    ]  # fmt: skip
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"Chromium could not be run: {exc}")


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _colours(data: bytes) -> int:
    """Return how many distinct byte values the PNG's pixel data holds (1-2 for a blank page)."""
    pos, chunks = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        if kind == b"IDAT":
            chunks += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return len(set(zlib.decompress(chunks)))


def _console_errors(log: str) -> list[str]:
    """Return the log lines of page console messages, uncaught errors and CSP violations."""
    marks = (":CONSOLE", "Uncaught", "Content Security Policy", "Refused to")
    return [line for line in log.splitlines() if any(m in line for m in marks)]


def test_console_errors_are_seen_in_the_log(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text("<p>x</p><script>undefined_function()</script>", encoding="utf-8")
    run = _chromium(page, tmp_path, "--dump-dom")
    if "<p>x</p>" not in run.stdout:
        pytest.skip(f"Chromium could not load the page (exit {run.returncode})")
    assert any("Uncaught ReferenceError" in line for line in _console_errors(run.stderr))


@pytest.mark.parametrize("name", ["seed", "page"])
def test_report_renders_in_chromium(name: str, tmp_path: Path) -> None:
    source = _seed() if name == "seed" else PAGE
    report_file = tmp_path / f"{name}.html"
    report_file.write_text(wireclean.explain_html(source, title=name), encoding="utf-8")
    shot = tmp_path / f"{name}.png"
    run = _chromium(report_file, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    if not shot.exists():
        pytest.skip(f"Chromium made no screenshot (exit {run.returncode}): {run.stderr[-500:]}")
    data = shot.read_bytes()
    assert _png_size(data) == (1280, 2000)
    assert len(data) > 20_000 and _colours(data) > 50, "the screenshot looks blank"
    dom = _chromium(report_file, tmp_path, "--dump-dom")
    assert not _console_errors(run.stderr + dom.stderr)
    assert '<table id="legend">' in dom.stdout
    assert "<script" not in dom.stdout.lower()
    assert re.search(r"<[^>]*onerror=", dom.stdout, re.I) is None


def test_summary_renders_in_chromium(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "docs" / "page.html").write_text(PAGE, encoding="utf-8")
    docs = [report.document_stats(n, s) for n, s in report.read_documents(tmp_path / "docs")]
    report_file = tmp_path / "summary.html"
    report_file.write_text(report.summary_html(docs), encoding="utf-8")
    dom = _chromium(report_file, tmp_path, "--dump-dom")
    if "<svg" not in dom.stdout and dom.returncode != 0:
        pytest.skip(f"Chromium could not load the page (exit {dom.returncode})")
    assert dom.stdout.count("<svg") == 3 and 'id="least"' in dom.stdout
    assert not _console_errors(dom.stderr)
