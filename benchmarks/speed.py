"""Measure wireclean's speed and memory beside trafilatura, and how its time grows with size.

Throughput: pages/s and MB/s over whole corpora, in one process, the tools interleaved within
each round (their order alternating between rounds), after a warm-up pass; the median of the
rounds is reported, with the wireclean / trafilatura ratio. Every function cache in the
process (both tools') is cleared before each timed pass (``benchmarks/_fresh.py``), so no
round reuses results an earlier round computed on the same pages.

- fundus HTML: ``wireclean.parse_html`` vs ``trafilatura.extract``;
- Reuters 2006-2013 stories and fundus w3m dumps: ``wireclean.parse_text`` vs
  ``trafilatura.extract`` fed the text wrapped as HTML paragraphs.

Peak memory: ``ru_maxrss`` of a fresh subprocess that loads one corpus and runs one tool over
it once; also its growth over the RSS it had once the corpus was loaded.

Scaling (needs no corpus): one input grown from 10 KB to 10 MB in three shapes (story
paragraphs, boilerplate lines, one enormous line), through ``parse_text`` and through
``parse_html`` on an HTML wrapping; time per MB for each size and the ratio largest/smallest.
Then the peak RSS of a fresh process reading one 10 MB input of each shape from a file and
parsing it, over its size.

The command line at scale (``benchmarks/_batch.py``): ``wireclean --jobs 2`` against
``--jobs 1`` on the Reuters stories and the fundus HTML; peak RSS while streaming JSON Lines
files of growing size (default 100 MB and 1 GB, generated in a temporary folder); and the
command's own overhead (reading, writing JSON) against ``parse`` alone.

Run from the repository root::

    python -m benchmarks.speed            # full run
    python -m benchmarks.speed --quick    # 1 round, fewer pages, scaling up to 1 MB
    python -m benchmarks.speed --batch-only --stream-mb 100,1000   # just the command line
"""

from __future__ import annotations

import argparse
import html
import json
import os
import platform
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import FrameType
from typing import Any

if __package__ in (None, ""):  # run as a script: make "benchmarks" importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import _batch, _corpus
from benchmarks._fresh import forget
from benchmarks.quality import command_line

RESULTS_DIR = _corpus.REPO_ROOT / "benchmarks" / "results"
SCALING_SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
SCALING_TIMEOUT_S = 120
MIN_TIMED_S = 0.3

# --------------------------------------------------------------------------- tools


def _wireclean_html(doc: str) -> object:
    import wireclean

    return wireclean.parse_html(doc)


def _wireclean_text(doc: str) -> object:
    import wireclean

    return wireclean.parse_text(doc)


def _trafilatura_html(doc: str) -> object:
    import trafilatura

    return trafilatura.extract(doc)


def _trafilatura_wrapped(doc: str) -> object:
    import trafilatura

    return trafilatura.extract(_corpus.wrap_text_as_html(doc))


Fn = Callable[[str], object]
# corpus name -> (wireclean function, peer function)
PAIRS: dict[str, tuple[Fn, Fn]] = {
    "fundus-html": (_wireclean_html, _trafilatura_html),
    "reuters": (_wireclean_text, _trafilatura_wrapped),
    "fundus-w3m": (_wireclean_text, _trafilatura_wrapped),
}
TOOL_NAMES = ("wireclean", "trafilatura")


def load_documents(root: Path, corpus: str, limit: int | None) -> list[str]:
    """Load one corpus as a list of strings (HTML decoded as the quality benchmark does)."""
    if corpus == "reuters":
        return [s.text for s in _corpus.load_reuters(root, limit)]
    pages = _corpus.load_fundus(root, limit)
    if corpus == "fundus-html":
        return [p.html_text() for p in pages]
    return [t for p in pages if (t := p.w3m_text()) is not None]


# --------------------------------------------------------------------------- throughput


@dataclass(frozen=True)
class Throughput:
    corpus: str
    tool: str
    pages: int
    megabytes: float
    round_seconds: tuple[float, ...]

    @property
    def median_s(self) -> float:
        return statistics.median(self.round_seconds)

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.median_s

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.median_s


def _time_pass(fn: Fn, docs: Sequence[str]) -> float:
    forget()  # no round may reuse what an earlier one cached (benchmarks/_fresh.py)
    start = time.perf_counter()
    for doc in docs:
        try:
            fn(doc)
        except Exception as exc:  # a failing call still costs its time; say so once
            print(f"  {fn.__name__} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
    return time.perf_counter() - start


def measure_throughput(
    corpus: str, docs: Sequence[str], rounds: int, warmup: int
) -> list[Throughput]:
    """Time both tools over the documents: warm-up, then interleaved rounds."""
    wire_fn, peer_fn = PAIRS[corpus]
    fns = dict(zip(TOOL_NAMES, (wire_fn, peer_fn), strict=True))
    for fn in fns.values():
        _time_pass(fn, docs[:warmup])
    times: dict[str, list[float]] = {name: [] for name in fns}
    for r in range(rounds):
        order = list(fns) if r % 2 == 0 else list(reversed(fns))
        for name in order:
            times[name].append(_time_pass(fns[name], docs))
    megabytes = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    return [Throughput(corpus, name, len(docs), megabytes, tuple(t)) for name, t in times.items()]


# --------------------------------------------------------------------------- memory


def _maxrss_mb() -> float:
    """Peak RSS of this process in MB: VmHWM on Linux (which starts afresh at exec, where
    ``ru_maxrss`` keeps the peak of the process that forked it), else ``ru_maxrss``."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    # Linux reports kilobytes; macOS bytes.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def memory_child(corpus: str, tool: str, limit: int | None) -> None:
    """In a fresh process: load the corpus, run one tool over it once, print the RSS peaks."""
    warnings.simplefilter("ignore")
    root = _corpus.corpus_root()
    assert root is not None
    docs = load_documents(root, corpus, limit)
    loaded = _maxrss_mb()
    _time_pass(PAIRS[corpus][TOOL_NAMES.index(tool)], docs)
    print(json.dumps({"loaded_mb": loaded, "peak_mb": _maxrss_mb()}))


def measure_memory(corpus: str, tool: str, limit: int | None) -> dict[str, float]:
    argv = [sys.executable, "-m", "benchmarks.speed", "--memory-child", corpus, tool]
    if limit is not None:
        argv += ["--limit", str(limit)]
    done = subprocess.run(
        argv, capture_output=True, text=True, check=True, timeout=600, cwd=_corpus.REPO_ROOT
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --------------------------------------------------------------------------- scaling

_STORY = (
    "BERLIN (Reuters) - Airbus parent EADS denied on Saturday it was thinking of abandoning "
    "efforts to supply air tankers to the United States after a German weekly reported it was "
    "threatening to walk away from the fraught tender process.\n\n"
    "Der Spiegel reported the European group was frustrated by Washington's decision to cancel "
    "a $35 billion contract with EADS and partner Northrop Grumman and delay a new contest "
    "between them and Boeing until after the U.S. election.\n\n"
    '"We will only bid if we can be sure that we stand a fair chance," the weekly quoted a '
    "senior EADS manager as saying, referring to the competition's future next year.\n\n"
)
_BOILERPLATE = (
    "Breakpoint: xs\nBreakpoint: sm\nBreakpoint: md\nBreakpoint: lg\n0 : 0\n0 : 0\n"
    "Home\nWorld\nBusiness\nMarkets\nShare\nTweet\nEmail\nMenu\nSign In\nSubscribe\n"
    "* Politics\n* Sport\n* Culture\n12 Comments\n"
)
SHAPES: dict[str, str] = {
    "story": _STORY,
    "boilerplate": _BOILERPLATE,
    "one-line": _STORY.replace("\n", " "),
}


def grow(unit: str, size: int) -> str:
    """Repeat ``unit`` to exactly ``size`` characters (units are ASCII, so bytes too)."""
    return (unit * (size // len(unit) + 1))[:size]


def wrap_html(text: str) -> str:
    """Wrap text for parse_html: one ``<p>`` per non-empty line."""
    lines = (f"<p>{html.escape(line, quote=False)}</p>" for line in text.split("\n") if line)
    return "<html><body>\n" + "\n".join(lines) + "\n</body></html>"


class _Timeout(Exception):
    pass


def _on_alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Timeout


def time_per_mb(fn: Fn, doc: str) -> float | None:
    """Seconds per MB of ``doc`` (repeated until MIN_TIMED_S); None past the timeout."""
    megabytes = len(doc.encode("utf-8")) / 1e6
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, SCALING_TIMEOUT_S)
    try:
        runs, elapsed = 0, 0.0
        while True:
            forget()  # each run sees the input afresh, as a new page would be
            start = time.perf_counter()
            fn(doc)
            elapsed += time.perf_counter() - start
            runs += 1
            if elapsed >= MIN_TIMED_S:
                return elapsed / (runs * megabytes)
    except _Timeout:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def measure_scaling(sizes: Sequence[int]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for entry, fn in (("parse_text", _wireclean_text), ("parse_html", _wireclean_html)):
        for shape, unit in SHAPES.items():
            per_size: dict[str, float | None] = {}
            for size in sizes:
                text = grow(unit, size)
                doc = text if entry == "parse_text" else wrap_html(text)
                per_size[str(size)] = time_per_mb(fn, doc)
                print(
                    f"  scaling {entry} {shape} {size}: {per_size[str(size)]}",
                    file=sys.stderr,
                    flush=True,
                )
                if per_size[str(size)] is None:
                    break  # larger sizes would only time out too
            first, last = per_size[str(sizes[0])], per_size.get(str(sizes[-1]))
            ratio = last / first if first and last else None
            rows.append({"entry": entry, "shape": shape, "s_per_mb": per_size, "ratio": ratio})
    return rows


def page_memory_child(entry: str, path: str) -> None:
    """In a fresh process: read one page from ``path``, parse it once, print RSS peaks.

    The page is read from a file, as a user's program would: building it here would
    leave the builder's garbage (a million small strings for the boilerplate shape)
    in the process, counted against the parse.
    """
    doc = Path(path).read_text(encoding="utf-8")
    loaded = _maxrss_mb()
    (_wireclean_text if entry == "parse_text" else _wireclean_html)(doc)
    print(json.dumps({"page_mb": len(doc) / 1e6, "loaded_mb": loaded, "peak_mb": _maxrss_mb()}))


def measure_page_memory(size: int) -> list[dict[str, Any]]:
    """Peak RSS of a fresh process parsing one page of ``size`` bytes, for every shape."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="wireclean-page-") as tmp:
        for entry in ("parse_text", "parse_html"):
            for shape in SHAPES:
                text = grow(SHAPES[shape], size)
                page = Path(tmp) / f"{entry}-{shape}.txt"
                page.write_text(text if entry == "parse_text" else wrap_html(text), "utf-8")
                del text
                argv = [sys.executable, "-m", "benchmarks.speed", "--page-memory-child", entry]
                done = subprocess.run(
                    [*argv, str(page)],
                    capture_output=True,
                    text=True,
                    check=True,
                    timeout=600,
                    cwd=_corpus.REPO_ROOT,
                )
                page.unlink()
                row = json.loads(done.stdout.strip().splitlines()[-1])
                row.update(entry=entry, shape=shape, ratio=row["peak_mb"] / row["page_mb"])
                print(f"  page memory {entry} {shape}: {row}", file=sys.stderr, flush=True)
                rows.append(row)
    return rows


# --------------------------------------------------------------------------- output


def _size(n: int) -> str:
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1000} KB"


def to_markdown(result: dict[str, Any]) -> str:
    meta = result["meta"]
    out = [
        "# wireclean speed benchmark",
        "",
        f"- date: {meta['date']}; command: `{meta['command']}`",
        f"- os.cpu_count(): {meta['cpu_count']}; rounds: {meta['rounds']} (median), warm-up "
        f"{meta['warmup']} documents; platform: {meta['platform']}",
        "- versions: " + ", ".join(f"{k} {v}" for k, v in meta["versions"].items()),
        "",
        "## Throughput (one process, interleaved rounds)",
        "",
        "| corpus | tool | pages | MB | median s | pages/s | MB/s | peak RSS MB | "
        "peak over corpus loaded MB |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in result["throughput"]:
        mem = row.get("memory") or {}
        peak = mem.get("peak_mb")
        over = mem.get("over_load_mb")
        out.append(
            f"| {row['corpus']} | {row['tool']} | {row['pages']} | {row['megabytes']:.1f} | "
            f"{row['median_s']:.2f} | {row['pages_per_s']:.1f} | {row['mb_per_s']:.2f} | "
            f"{f'{peak:.0f}' if peak is not None else '–'} | "
            f"{f'{over:.0f}' if over is not None else '–'} |"
        )
    out += ["", "| corpus | wireclean / trafilatura (pages/s) |", "|---|---|"]
    out += [f"| {c} | {r:.2f}x |" for c, r in result["ratios"].items()]
    sizes = [int(s) for s in result["meta"]["scaling_sizes"]]
    out += [
        "",
        "## Scaling: seconds per MB as one input grows",
        "",
        "| entry | shape | " + " | ".join(_size(s) for s in sizes) + " | largest / smallest |",
        "|---|---|" + "---|" * (len(sizes) + 1),
    ]
    for row in result["scaling"]:
        cells = []
        for s in sizes:
            v = row["s_per_mb"].get(str(s), "skipped")
            cells.append("timeout" if v is None else "–" if v == "skipped" else f"{v:.3f}")
        ratio = f"{row['ratio']:.2f}" if row["ratio"] is not None else "–"
        out.append(f"| {row['entry']} | {row['shape']} | " + " | ".join(cells) + f" | {ratio} |")
    out += ["", f"(timeout = over {SCALING_TIMEOUT_S} s for one call)"]
    if result.get("page_memory"):
        out += [
            "",
            "## Peak memory for one large page (fresh process)",
            "",
            "| entry | shape | page MB | RSS before parse MB | peak RSS MB | peak / page size |",
            "|---|---|---|---|---|---|",
        ]
        out += [
            f"| {r['entry']} | {r['shape']} | {r['page_mb']:.1f} | {r['loaded_mb']:.0f} | "
            f"{r['peak_mb']:.0f} | {r['ratio']:.1f}x |"
            for r in result["page_memory"]
        ]
    out += _batch.to_markdown(result.get("batch") or {})
    return "\n".join(out) + "\n"


def _versions() -> dict[str, str]:
    from importlib import metadata

    out = {"python": platform.python_version()}
    for dist in ("wireclean", "trafilatura", "lxml"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="1 round, 60 documents per corpus, scaling up to 1 MB"
    )
    parser.add_argument("--rounds", type=int, help="timed rounds (default 3; --quick 1)")
    parser.add_argument("--limit", type=int, help="at most N documents per corpus")
    parser.add_argument("--no-memory", action="store_true", help="skip the RSS subprocesses")
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument("--no-write", action="store_true", help="do not write results/")
    parser.add_argument("--no-batch", action="store_true", help="skip the command-line part")
    parser.add_argument(
        "--batch-only", action="store_true", help="only the command-line part (with a corpus)"
    )
    parser.add_argument(
        "--stream-mb", help="JSON Lines sizes in MB for the streaming memory run "
        "(default 100,1000; --quick 10,100; 0 to skip)",
    )  # fmt: skip
    parser.add_argument(
        "--memory-child", nargs=2, metavar=("CORPUS", "TOOL"), help=argparse.SUPPRESS
    )
    parser.add_argument("--page-memory-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    limit = args.limit if args.limit is not None else (60 if args.quick else None)
    if args.memory_child:
        memory_child(args.memory_child[0], args.memory_child[1], limit)
        return 0
    if args.page_memory_child:
        entry, path = args.page_memory_child
        page_memory_child(entry, path)
        return 0
    warnings.simplefilter("ignore")
    rounds = args.rounds or (1 if args.quick else 3)
    warmup = 10 if args.quick else 30
    sizes = SCALING_SIZES[:-1] if args.quick else SCALING_SIZES

    root = _corpus.corpus_root()
    throughput: list[dict[str, Any]] = []
    ratios: dict[str, float] = {}
    if root is None:
        print(_corpus.corpus_missing_message() + "; running the scaling part only", file=sys.stderr)
    elif not args.batch_only:
        # Memory first, while this process is small: on Linux a child's ru_maxrss starts from
        # the RSS of the process that forked it.
        memory: dict[tuple[str, str], dict[str, float]] = {}
        if not args.no_memory:
            for corpus in PAIRS:
                print(f"memory {corpus}", file=sys.stderr, flush=True)
                for tool in TOOL_NAMES:
                    memory[corpus, tool] = measure_memory(corpus, tool, limit)
        for corpus in PAIRS:
            docs = load_documents(root, corpus, limit)
            if not docs:
                continue
            print(
                f"timing {corpus}: {len(docs)} documents x {rounds} rounds",
                file=sys.stderr,
                flush=True,
            )
            measured = measure_throughput(corpus, docs, rounds, warmup)
            for m in measured:
                row: dict[str, Any] = {
                    "corpus": m.corpus,
                    "tool": m.tool,
                    "pages": m.pages,
                    "megabytes": m.megabytes,
                    "round_seconds": m.round_seconds,
                    "median_s": m.median_s,
                    "pages_per_s": m.pages_per_s,
                    "mb_per_s": m.mb_per_s,
                }
                if (mem := memory.get((corpus, m.tool))) is not None:
                    row["memory"] = {**mem, "over_load_mb": mem["peak_mb"] - mem["loaded_mb"]}
                throughput.append(row)
            ratios[corpus] = measured[0].pages_per_s / measured[1].pages_per_s
    scaling = [] if args.no_scaling or args.batch_only else measure_scaling(sizes)
    page_memory = (
        [] if args.no_memory or args.batch_only else measure_page_memory(SCALING_SIZES[-1])
    )
    batch: dict[str, Any] = {}
    if root is not None and not args.no_batch:
        print("command line: --jobs 1 and 2", file=sys.stderr, flush=True)
        # The stories once: a folder given twice would let --jobs 1's caches answer the
        # second pass from the first, which worker processes splitting it cannot.
        batch["jobs"] = _batch.measure_jobs(root, max(rounds, 5), repeat=1)
        batch["overhead"] = _batch.measure_overhead(root, rounds)
        stream = args.stream_mb or ("10,100" if args.quick else "100,1000")
        sizes_mb = [int(v) for v in stream.split(",") if int(v) > 0]
        if sizes_mb:
            batch["streaming"] = _batch.measure_streaming(root, sizes_mb)
    result = {
        "meta": {
            "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "command": command_line("benchmarks.speed"),
            "cpu_count": os.cpu_count(),
            "platform": platform.platform(),
            "versions": _versions(),
            "rounds": rounds,
            "warmup": warmup,
            "limit": limit,
            "scaling_sizes": [str(s) for s in sizes],
            "corpus": str(root) if root else None,
        },
        "throughput": throughput,
        "ratios": ratios,
        "scaling": scaling,
        "page_memory": page_memory,
        "batch": batch,
    }
    text = to_markdown(result)
    print(text)
    if not args.no_write:
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        (RESULTS_DIR / "speed.md").write_text(text, encoding="utf-8")
        (RESULTS_DIR / "speed.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
        print(f"wrote {RESULTS_DIR / 'speed.md'} and speed.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
