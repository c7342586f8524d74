"""The command line at scale, for ``benchmarks.speed``: jobs scaling, streaming memory, overhead.

- **Jobs:** the ``wireclean`` command on the Reuters stories (the folder, given ``repeat``
  times) and on the fundus HTML pages (``.html.gz`` files), with ``--jobs 1`` and
  ``--jobs 2`` in turn, each in a fresh process: the time of ``cli.main`` from its call to
  its return (the command's throughput, pool start included), and the wall time of the
  whole process (Python's start and imports too); medians of the rounds, and the ratios.
- **Streaming memory:** a JSON Lines file of Reuters stories (``{"id", "text"}``) grown to
  each size, cleaned by ``wireclean --jobs 2``; the peak RSS of the command's process
  tree (main process plus workers), sampled from ``/proc`` every 50 ms.
- **Overhead:** in one process, ``wireclean.parse`` over the stories already in memory,
  against ``cli.main(["--jobs", "1", ...])`` on the folder writing to ``/dev/null``:
  the share of the command's time spent reading files and writing JSON.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import _corpus
from benchmarks._fresh import forget

JOBS = (1, 2)


def _command(args: Sequence[str]) -> list[str]:
    return [sys.executable, "-m", "wireclean", *args, "--quiet", "-o", os.devnull]


_TIMED_MAIN = (
    "import sys, time; from wireclean.cli import main; t = time.perf_counter(); "
    "main(sys.argv[1:]); print(time.perf_counter() - t)"
)


def _run(args: Sequence[str]) -> tuple[float, float]:
    """Run the command in a fresh process; return (seconds in main, wall seconds)."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _TIMED_MAIN, *args, "--quiet", "-o", os.devnull],
        check=False,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    return float(done.stdout.strip().splitlines()[-1]), wall


def reuters_folder(root: Path) -> Path:
    """Return the folder of Reuters story files."""
    return next(p for p in (root / "reuters-2006-2013").iterdir() if p.is_dir())


def fundus_pages(root: Path) -> list[Path]:
    """Return the fundus HTML pages (``.html.gz``), in index order."""
    return [p.html_path for p in _corpus.load_fundus(root)]


def measure_jobs(root: Path, rounds: int, repeat: int) -> list[dict[str, Any]]:
    """Time the command with each ``--jobs`` on the Reuters folder and the fundus pages."""
    folder = reuters_folder(root)
    stories = sum(1 for p in folder.rglob("*") if p.is_file())
    inputs = {
        "reuters": ([str(folder)] * repeat, stories * repeat),
        "fundus-html": ([str(p) for p in fundus_pages(root)], len(fundus_pages(root))),
    }
    rows = []
    for corpus, (args, docs) in inputs.items():
        _run([*args, "--jobs", "2"])  # warm the file cache
        times: dict[int, list[float]] = {j: [] for j in JOBS}
        walls: dict[int, list[float]] = {j: [] for j in JOBS}
        for r in range(rounds):
            for jobs in JOBS if r % 2 == 0 else JOBS[::-1]:
                inside, wall = _run([*args, "--jobs", str(jobs)])
                times[jobs].append(inside)
                walls[jobs].append(wall)
        medians = {j: statistics.median(t) for j, t in times.items()}
        wall_medians = {j: statistics.median(t) for j, t in walls.items()}
        rows.append(
            {
                "corpus": corpus,
                "documents": docs,
                "seconds": {str(j): medians[j] for j in JOBS},
                "wall_seconds": {str(j): wall_medians[j] for j in JOBS},
                "docs_per_s": {str(j): docs / medians[j] for j in JOBS},
                "ratio": medians[1] / medians[2],
                "wall_ratio": wall_medians[1] / wall_medians[2],
            }
        )
    return rows


def _tree_rss_mb(pid: int) -> tuple[float, float]:
    """Return (main, total) RSS in MB of ``pid`` and every process below it."""
    main = total = 0.0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            for task in Path(f"/proc/{p}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                mb = int(line.split()[1]) / 1024
                total += mb
                main = mb if p == pid else main
    return main, total


def make_jsonl(path: Path, size: int, stories: Sequence[str]) -> int:
    """Write Reuters stories as ``{"id", "text"}`` lines until ``path`` holds ``size`` bytes."""
    lines = 0
    written = 0
    with path.open("w", encoding="utf-8") as out:
        while written < size:
            for story in stories:
                line = json.dumps({"id": lines, "text": story}, ensure_ascii=False) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
                lines += 1
                if written >= size:
                    break
    return lines


def measure_streaming(root: Path, sizes_mb: Sequence[int]) -> list[dict[str, Any]]:
    """Peak RSS of ``wireclean --jobs 2`` on JSON Lines files of each size."""
    stories = [s.text for s in _corpus.load_reuters(root, None)]
    rows = []
    with tempfile.TemporaryDirectory(prefix="wireclean-stream-") as tmp:
        for mb in sizes_mb:
            path = Path(tmp) / f"stories-{mb}mb.jsonl"
            lines = make_jsonl(path, mb * 1_000_000, stories)
            print(f"  streaming {mb} MB ({lines:,} lines)", file=sys.stderr, flush=True)
            started = time.perf_counter()
            proc = subprocess.Popen(_command([str(path), "--jobs", "2"]))
            peak_main = peak_total = 0.0
            samples: list[float] = []
            while proc.poll() is None:
                main, total = _tree_rss_mb(proc.pid)
                peak_main, peak_total = max(peak_main, main), max(peak_total, total)
                samples.append(total)
                time.sleep(0.05)
            seconds = time.perf_counter() - started
            path.unlink()
            half = samples[len(samples) // 2 :] or [0.0]
            rows.append(
                {
                    "megabytes": mb,
                    "lines": lines,
                    "seconds": seconds,
                    "mb_per_s": mb / seconds,
                    "peak_main_mb": peak_main,
                    "peak_total_mb": peak_total,
                    "median_second_half_mb": statistics.median(half),
                    "exit_code": proc.returncode,
                }
            )
    return rows


def measure_overhead(root: Path, rounds: int) -> list[dict[str, Any]]:
    """Share of ``wireclean --jobs 1`` time outside ``parse`` on the Reuters stories.

    Two layouts of the same stories: the corpus folder (one file per folder, so a
    directory listing, an open and a read per story) and one JSON Lines file of
    ``{"id", "text"}`` lines. Each command runs in this process, writing to
    ``/dev/null``, interleaved with ``parse`` over the stories already in memory.
    The overhead is read from CPU time (``time.process_time``): the job lasts under
    half a second, and wall time on a shared 2-core machine moves by several percent
    between passes with what else runs; wall time is reported beside it.
    """
    import wireclean
    from wireclean.cli import main

    folder = reuters_folder(root)
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    data = [p.read_bytes() for p in files]
    for doc in data[:50]:
        wireclean.parse(doc)  # warm caches as the command's first stories do
    rows = []
    with tempfile.TemporaryDirectory(prefix="wireclean-overhead-") as tmp:
        jsonl = Path(tmp) / "stories.jsonl"
        make_jsonl(jsonl, sum(len(d) for d in data), [d.decode("utf-8") for d in data])
        for layout, source in (("folder", folder), ("jsonl", jsonl)):
            parse_s: list[float] = []
            cli_s: list[float] = []
            parse_wall: list[float] = []
            cli_wall: list[float] = []
            for _ in range(max(rounds, 7)):
                forget()  # each pass sees the stories afresh (benchmarks/_fresh.py)
                cpu, wall = time.process_time(), time.perf_counter()
                for doc in data:
                    wireclean.parse(doc)
                parse_s.append(time.process_time() - cpu)
                parse_wall.append(time.perf_counter() - wall)
                forget()
                cpu, wall = time.process_time(), time.perf_counter()
                args = [str(source), "--jobs", "1", "--quiet", "-o", os.devnull]
                main(args, stdout=io.StringIO())
                cli_s.append(time.process_time() - cpu)
                cli_wall.append(time.perf_counter() - wall)
            parse_median, cli_median = statistics.median(parse_s), statistics.median(cli_s)
            wall_ratio = statistics.median(cli_wall) / statistics.median(parse_wall)
            rows.append(
                {
                    "layout": layout,
                    "documents": len(files),
                    "parse_s": parse_median,
                    "cli_s": cli_median,
                    "overhead": cli_median / parse_median - 1,
                    "overhead_wall": wall_ratio - 1,
                }
            )
    return rows


def to_markdown(batch: dict[str, Any]) -> list[str]:
    """Return the markdown lines of the batch section."""
    out = ["", "## The command line at scale", ""]
    if jobs := batch.get("jobs"):
        out += [
            "| corpus | documents | --jobs 1 docs/s | --jobs 2 docs/s | jobs 2 / jobs 1 "
            "| same, whole process (start-up included) |",
            "|---|---|---|---|---|---|",
        ]
        for row in jobs:
            rate = row["docs_per_s"]
            out.append(
                f"| {row['corpus']} | {row['documents']:,} | {rate['1']:.0f} | {rate['2']:.0f} | "
                f"{row['ratio']:.2f}x | {row['wall_ratio']:.2f}x |"
            )
        out.append("")
    if stream := batch.get("streaming"):
        out += [
            "| JSONL input | lines | seconds | MB/s | peak RSS main MB | peak RSS all MB |",
            "|---|---|---|---|---|---|",
        ]
        for row in stream:
            out.append(
                f"| {row['megabytes']:,} MB | {row['lines']:,} | {row['seconds']:.0f} | "
                f"{row['mb_per_s']:.1f} | {row['peak_main_mb']:.0f} | {row['peak_total_mb']:.0f} |"
            )
        if len(stream) > 1:
            ratio = stream[-1]["peak_total_mb"] / stream[0]["peak_total_mb"]
            out.append(f"\nPeak RSS, largest / smallest input: {ratio:.2f}x")
        out.append("")
    if over := batch.get("overhead"):
        out += [
            "Command-line overhead on the Reuters stories (--jobs 1, in process, against "
            "`parse` on the stories in memory; CPU seconds, medians; wall time beside):",
            "",
            "| layout | stories | parse CPU s | command CPU s | overhead | overhead, wall time |",
            "|---|---|---|---|---|---|",
        ]
        for row in over if isinstance(over, list) else [{"layout": "folder", **over}]:
            wall = row.get("overhead_wall")
            shown = "" if wall is None else f"{wall:.1%}"
            out.append(
                f"| {row['layout']} | {row['documents']:,} | {row['parse_s']:.3f} | "
                f"{row['cli_s']:.3f} | {row['overhead']:.1%} | {shown} |"
            )
    return out
