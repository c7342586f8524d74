"""The ``wireclean`` command line: clean files, folders or stdin into JSON stories."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from wireclean.api import DEFAULT_MAX_SIZE, InputTooLarge, parse
from wireclean.model import Story

__all__ = ["main"]

_EXAMPLES = """\
examples:
  wireclean story.txt                 one story as indented JSON
  wireclean pages/ > stories.jsonl    every file below a folder, one JSON line each
  wireclean --text story.txt          the clean story for people
  cat page.html | wireclean -         read stdin
  wireclean explain story.txt         what was cut, in colour (wireclean explain -h)
"""


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wireclean",
        description="Turn scraped news-wire pages (text or HTML) into clean, structured stories.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", help="files, folders (recursive) or - for stdin")
    parser.add_argument("--explain", action="store_true", help="add the removal records")
    parser.add_argument("--text", action="store_true", help="print the clean story as text")
    parser.add_argument(
        "--jsonl", action="store_true", help="one JSON line per input even for a single input"
    )
    return parser


def _sources(inputs: Sequence[str]) -> Iterator[tuple[str, bytes | Path | Exception]]:
    # Files are read one at a time, when their turn comes (_read), so memory stays
    # bounded by the largest input, not the batch.
    for name in inputs:
        if name == "-":
            data = sys.stdin.buffer.read(DEFAULT_MAX_SIZE + 1)
            yield "-", data if len(data) <= DEFAULT_MAX_SIZE else _too_large(len(data), "+")
            continue
        path = Path(name)
        paths = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for p in paths:
            yield str(p), p


def _too_large(size: int, more: str = "") -> InputTooLarge:
    return InputTooLarge(
        f"input of {size:,}{more} bytes is over the limit of {DEFAULT_MAX_SIZE:,} (max_size)"
    )


def _read(path: Path) -> bytes | Exception:
    """Return a file's bytes, or the error: unreadable, or over the size limit (not read)."""
    try:
        size = path.stat().st_size
        if size > DEFAULT_MAX_SIZE:
            return _too_large(size)
        return path.read_bytes()
    except OSError as exc:
        return exc


def _record(
    source: str, data: bytes | Path | Exception, *, explain: bool
) -> tuple[dict[str, Any], Story | None]:
    if isinstance(data, Path):
        data = _read(data)
    if isinstance(data, Exception):
        return _error(source, data), None
    try:
        story = parse(data)
    except Exception as exc:  # one bad input gives an error record; the batch goes on
        return _error(source, exc), None
    return {"source": source, **story.to_dict(explain=explain)}, story


def _error(source: str, exc: Exception) -> dict[str, Any]:
    return {"source": source, "error": {"type": type(exc).__name__, "message": str(exc)}}


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


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit code (1 when any input failed)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["explain"]:
        return _explain(argv[1:], stdout if stdout is not None else sys.stdout)
    args = _arguments().parse_args(argv)
    out = stdout if stdout is not None else sys.stdout
    items = list(_sources(args.inputs))
    single = len(items) == 1 and not args.jsonl
    failed = 0
    for source, data in items:
        record, story = _record(source, data, explain=args.explain)
        failed += story is None
        if args.text:
            if story is None:
                print(f"wireclean: {source}: {record['error']['message']}", file=sys.stderr)
            else:
                out.write(story.to_text() + ("" if single else "\n"))
        elif single:
            record.pop("source")
            out.write(json.dumps(record, ensure_ascii=False, indent=1) + "\n")
        else:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if failed:
        print(f"wireclean: {failed} of {len(items)} inputs failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
