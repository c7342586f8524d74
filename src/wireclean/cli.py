"""The ``wireclean`` command line: clean files, folders or stdin into JSON stories."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from wireclean.api import parse
from wireclean.model import Story

__all__ = ["main"]

_EXAMPLES = """\
examples:
  wireclean story.txt                 one story as indented JSON
  wireclean pages/ > stories.jsonl    every file below a folder, one JSON line each
  wireclean --text story.txt          the clean story for people
  cat page.html | wireclean -         read stdin
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


def _sources(inputs: Sequence[str]) -> Iterator[tuple[str, bytes | Exception]]:
    for name in inputs:
        if name == "-":
            yield "-", sys.stdin.buffer.read()
            continue
        path = Path(name)
        paths = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for p in paths:
            try:
                yield str(p), p.read_bytes()
            except OSError as exc:
                yield str(p), exc


def _record(
    source: str, data: bytes | Exception, *, explain: bool
) -> tuple[dict[str, Any], Story | None]:
    if isinstance(data, Exception):
        return _error(source, data), None
    try:
        story = parse(data)
    except (ValueError, TypeError) as exc:
        return _error(source, exc), None
    return {"source": source, **story.to_dict(explain=explain)}, story


def _error(source: str, exc: Exception) -> dict[str, Any]:
    return {"source": source, "error": {"type": type(exc).__name__, "message": str(exc)}}


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit code (1 when any input failed)."""
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
