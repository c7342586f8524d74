"""The ``wireclean`` command line: clean files, folders or stdin into JSON stories."""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import regex

from wireclean.api import DEFAULT_MAX_SIZE
from wireclean.batch import ordered_map
from wireclean.inputs import (
    FAILED,
    FORMATS,
    OK,
    SKIPPED,
    CleanState,
    Document,
    Output,
    clean_chunk,
    documents,
)
from wireclean.records import error_record

__all__ = ["main"]

_EXAMPLES = """\
examples:
  wireclean story.txt                      one story as indented JSON
  wireclean pages/ > stories.jsonl         every file below a folder, one JSON line each
  wireclean 'crawl/**/*.html.gz'           a glob (quoted: wireclean expands it, recursively)
  wireclean scraped.jsonl --field html     JSON Lines: clean each line's html, keep the rest
  wireclean CC-MAIN-*.warc.gz -o out.jsonl a Common Crawl segment (pip install 'wireclean[warc]')
  wireclean pages/ --out-dir stories/      one JSON file per input
  wireclean --text story.txt               the clean story for people
  cat page.html | wireclean -              read stdin (a page, JSON Lines or WARC)
  wireclean pages/ --jobs 4 --quiet        four worker processes, no progress bar or summary
  wireclean explain story.txt              what was cut, in colour (wireclean explain -h)

Output is one record per input, in input order: the story, or {"source", "error":
{"type", "message"}} for an input that failed, or {"source", "skipped"} for a WARC
record that is not a page. The exit code is 1 when any input failed.
"""


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wireclean",
        description="Turn scraped news-wire pages (text or HTML) into clean, structured stories.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs", nargs="+", help="files, folders (recursive), globs, or - for stdin"
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="auto", dest="fmt",
        help="how to read the inputs (auto: by file name; stdin is sniffed)",
    )  # fmt: skip
    parser.add_argument(
        "--field", help="JSON Lines field holding the page (default: html if present, else text)"
    )
    parser.add_argument("--explain", action="store_true", help="add the removal records")
    parser.add_argument("--text", action="store_true", help="print the clean story as text")
    parser.add_argument(
        "--jsonl", action="store_true", help="one JSON line per input even for a single input"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
    parser.add_argument(
        "--out-dir", metavar="DIR", help="write one file per input to DIR (NNNNNN-name.json)"
    )
    parser.add_argument(
        "-j", "--jobs", type=int, default=None,
        help="worker processes (default: every core; 1 runs in this process)",
    )  # fmt: skip
    parser.add_argument(
        "--max-size", type=int, default=DEFAULT_MAX_SIZE, metavar="BYTES",
        help=f"refuse inputs larger than this (default {DEFAULT_MAX_SIZE:,})",
    )  # fmt: skip
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr"
    )
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit code (1 when any input failed)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["explain"]:
        return _explain(argv[1:], stdout if stdout is not None else sys.stdout)
    parser = _arguments()
    args = parser.parse_args(argv)
    if args.jobs is not None and args.jobs < 1:
        parser.error(f"--jobs must be at least 1, not {args.jobs}")
    if args.output and args.out_dir:
        parser.error("give --output or --out-dir, not both")
    try:
        return _clean(args, stdout)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:  # Ctrl-C: the records written so far are whole lines
        print("wireclean: interrupted", file=sys.stderr)
        return 130


def _clean(args: argparse.Namespace, stdout: TextIO | None) -> int:
    started = time.perf_counter()
    # One process needs no file sizes: they only weigh the chunks sent to workers.
    docs = documents(args.inputs, fmt=args.fmt, max_size=args.max_size, sizes=args.jobs != 1)
    head = list(itertools.islice(docs, 2))
    single = len(head) == 1 and not args.jsonl and not args.out_dir
    state = CleanState(
        explain=args.explain,
        text=args.text,
        indent=1 if single or args.out_dir else None,
        field=args.field,
        max_size=args.max_size,
        source=not single,
    )
    outputs = ordered_map(
        clean_chunk,
        itertools.chain(head, docs),
        state=state,
        jobs=args.jobs,
        # Chunks of up to 64 documents or 256 KB of pages: few round trips for short
        # stories, and work spread evenly over the workers for large pages.
        chunk_size=64,
        weigh=_weigh,
        max_chunk_weight=256 * 1024,
        on_crash=_crashed,
        # This process runs no other thread (the progress bar's monitor is off), so on
        # Linux the workers fork from it, with wireclean already imported: no start-up.
        start_method="fork" if _may_fork() else None,
    )
    progress = _progress(quiet=args.quiet)
    counts = [0, 0, 0]
    out_dir = Path(args.out_dir) if args.out_dir else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        if args.output:
            out: TextIO = stack.enter_context(open(args.output, "w", encoding="utf-8"))
        else:
            out = stdout if stdout is not None else sys.stdout
        for number, (source, text, status) in enumerate(outputs, 1):
            counts[status] += 1
            if status == FAILED and args.text:  # the text has no place for the error
                print(f"wireclean: {source}: {text}", file=sys.stderr)
            if out_dir is not None:
                suffix = ".txt" if args.text else ".json"
                (out_dir / f"{number:06d}-{_slug(source)}{suffix}").write_text(
                    text + "\n", encoding="utf-8"
                )
            elif args.text:
                if status == OK:
                    out.write(text + ("" if single else "\n"))
            else:
                out.write(text + "\n")
            progress.update(1)
    progress.close()
    done, failed, skipped = sum(counts), counts[FAILED], counts[SKIPPED]
    if not args.quiet and (done > 1 or failed):
        seconds = time.perf_counter() - started
        extra = f", {skipped:,} skipped (not pages)" if skipped else ""
        print(
            f"wireclean: {done:,} document{'' if done == 1 else 's'}, {failed:,} failed{extra},"
            f" {seconds:.1f} s"
            f" ({done / max(seconds, 1e-9):,.0f}/s)",
            file=sys.stderr,
        )
    return 1 if failed else 0


def _may_fork() -> bool:
    """Tell whether workers may fork from this process: Linux, and no other thread."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def _weigh(doc: Document) -> int:
    payload = doc.payload
    if doc.kind == "file":
        return doc.size
    return len(payload) if isinstance(payload, (str, bytes)) else 1024


def _crashed(doc: Document, exc: BaseException) -> Output:
    record = {"source": doc.source, **error_record(exc)}
    return doc.source, json.dumps(record, ensure_ascii=False), FAILED


def _slug(source: str) -> str:
    name = source.rstrip("/").rsplit("/", 1)[-1] or "page"
    return regex.sub(r"[^\w.-]+", "_", name)[:80]


class _NoProgress:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(*, quiet: bool) -> Any:
    """Return a tqdm bar on stderr (documents/s), or a stand-in when quiet or not a terminal."""
    if quiet or not sys.stderr.isatty():
        return _NoProgress()
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return _NoProgress()
    tqdm.monitor_interval = 0  # no monitor thread: the workers fork from this process
    return tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)


_EXPLAIN_EXAMPLES = """\
examples:
  wireclean explain story.txt                      the input, cuts struck through (colour on a tty)
  wireclean explain page.html --html report.html   one self-contained HTML report
  wireclean explain --summary pages/ --html summary.html
  wireclean explain --summary pages.jsonl --field html
"""


def _explain_arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wireclean explain",
        description="Show what cleaning cut from a page, and why; or summarise many pages.",
        epilog=_EXPLAIN_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("page", nargs="?", help="a file, or - for stdin")
    parser.add_argument("--html", metavar="FILE", help="write an HTML report to FILE")
    parser.add_argument(
        "--summary", metavar="DIR_OR_JSONL", help="summarise every file of a folder or JSONL line"
    )
    parser.add_argument(
        "--field", help="JSONL field holding the page (default: html if present, else text)"
    )
    parser.add_argument(
        "--limit", type=int, default=20, help="documents listed as least kept (default 20)"
    )
    parser.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto",
        help="terminal colours (auto: when stdout is a terminal and NO_COLOR is unset)",
    )  # fmt: skip
    return parser


def _explain(argv: Sequence[str], out: TextIO) -> int:
    from wireclean import report

    parser = _explain_arguments()
    args = parser.parse_args(argv)
    if (args.page is None) == (args.summary is None):
        parser.error("give one PAGE or --summary DIR_OR_JSONL")
    try:
        if args.summary is not None:
            docs = [
                report.document_stats(name, data)
                for name, data in report.read_documents(Path(args.summary), field=args.field)
            ]
            if args.html:
                text = report.summary_html(docs, limit=args.limit, title=args.summary)
            else:
                text = report.summary_text(docs, limit=args.limit)
        else:
            data = sys.stdin.buffer.read() if args.page == "-" else Path(args.page).read_bytes()
            if args.html:
                text = report.explain_html(data, title=args.page)
            else:
                color = args.color == "always" or (
                    args.color == "auto" and out.isatty() and not os.environ.get("NO_COLOR")
                )
                text = report.explain_terminal(data, color=color)
    except (OSError, ValueError, TypeError) as exc:
        print(f"wireclean explain: {exc}", file=sys.stderr)
        return 1
    if args.html:
        Path(args.html).write_text(text, encoding="utf-8")
        print(f"wireclean explain: wrote {args.html}", file=sys.stderr)
    else:
        out.write(text)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
