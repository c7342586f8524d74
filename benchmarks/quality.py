"""Measure wireclean's extraction quality on the development corpus, beside its peers.

Inputs: the fundus pages as HTML (``parse_html``), as w3m dumps, as BeautifulSoup text and as
lynx dumps (``parse_text``), and the Reuters 2006-2013 stories as plain text (``parse_text``).
Peers on the HTML: trafilatura, jusText (English and page-language stop-lists), newspaper4k,
readability-lxml. Peers on text: the raw text itself, and trafilatura / jusText fed the text
wrapped as HTML paragraphs. Scores: body shingle P/R/F1 and exact match (see ``_metrics``),
headline, byline and publication time; the wire-story subset is reported apart.

Run from the repository root::

    python -m benchmarks.quality                 # full run, all tools (< 10 min on 2 cores)
    python -m benchmarks.quality --limit 20      # quick look
    python -m benchmarks.quality --tools wireclean

Writes ``benchmarks/results/quality.md`` and ``quality.json`` (unless ``--no-write``).
``wireclean_figures()`` is the wireclean-only run that ``tests/test_quality_gate.py`` pins.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import platform
import re
import shlex
import signal
import sys
import time
import traceback
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from types import FrameType
from typing import Any

if __package__ in (None, ""):  # run as a script: make "benchmarks" importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import _corpus, _metrics

RESULTS_DIR = _corpus.REPO_ROOT / "benchmarks" / "results"
FLOORS_PATH = _corpus.REPO_ROOT / "benchmarks" / "floors.json"
CALL_TIMEOUT_S = 60
FLOOR_MARGIN = 0.005
SUSPECT_THRESHOLD = 0.5

HTML_INPUT = "fundus-html"
W3M_INPUT = "fundus-w3m"
REUTERS_INPUT = "reuters"
FUNDUS_TEXT_INPUTS = (W3M_INPUT, "fundus-bs4", "fundus-lynx")


# --------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class Prediction:
    """What one tool made of one document, reduced to the fields the benchmark scores."""

    text: str = ""
    headline: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    published_has_time: bool = True
    dateline: tuple[str | None, str | None, str | None] | None = None  # location, date, agency
    error: str | None = None
    seconds: float = 0.0


def _s(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def story_prediction(story: Any, *, dateline_words: bool = True) -> Prediction:
    """Reduce a wireclean Story: text = bullets + dateline words + body paragraphs."""
    parts: list[str] = list(story.bullets)
    dateline = story.dateline
    triple: tuple[str | None, str | None, str | None] | None = None
    if dateline is not None:
        triple = (_s(dateline.location), _s(dateline.date), _s(dateline.agency))
        if dateline_words:
            words = " ".join(w for w in triple if w)
            if words:
                parts.append(words)
    parts.extend(story.body)
    published = story.published
    if isinstance(published, date) and not isinstance(published, datetime):
        return Prediction(
            "\n\n".join(parts),
            story.headline,
            tuple(story.byline),
            datetime(published.year, published.month, published.day),
            False,
            triple,
        )
    return Prediction(
        "\n\n".join(parts), story.headline, tuple(story.byline), published, True, triple
    )


# --------------------------------------------------------------------------- tools
# Every tool takes the input document and the page's jusText stop-list name, and returns a
# Prediction. Peers are imported inside the tool so the wireclean-only gate needs none of them.


def _wireclean_html(doc: str, _stoplist: str) -> Prediction:
    import wireclean

    return story_prediction(wireclean.parse_html(doc))


def _wireclean_text(doc: str, _stoplist: str) -> Prediction:
    import wireclean

    return story_prediction(wireclean.parse_text(doc))


def _wireclean_reuters(doc: str, _stoplist: str) -> Prediction:
    import wireclean

    return story_prediction(wireclean.parse_text(doc), dateline_words=False)


def _parse_peer_date(value: object) -> tuple[datetime | None, bool]:
    if isinstance(value, datetime):
        return value, True
    text = _s(value)
    if text is None:
        return None, True
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None, True
    return parsed, len(text) > 10


def _trafilatura(doc: str, _stoplist: str) -> Prediction:
    import trafilatura

    text = trafilatura.extract(doc) or ""
    meta = trafilatura.extract_metadata(doc)
    if meta is None:
        return Prediction(text)
    authors = tuple(a.strip() for a in (meta.author or "").split(";") if a.strip())
    published, has_time = _parse_peer_date(meta.date)
    return Prediction(text, _s(meta.title), authors, published, has_time)


def _trafilatura_wrapped(doc: str, _stoplist: str) -> Prediction:
    import trafilatura

    return Prediction(trafilatura.extract(_corpus.wrap_text_as_html(doc)) or "")


def _justext_paragraphs(doc: str, stoplist: str) -> str:
    import justext  # type: ignore[import-untyped]

    paragraphs = justext.justext(doc, justext.get_stoplist(stoplist))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _justext_en(doc: str, _stoplist: str) -> Prediction:
    return Prediction(_justext_paragraphs(doc, "English"))


def _justext_lang(doc: str, stoplist: str) -> Prediction:
    return Prediction(_justext_paragraphs(doc, stoplist))


def _justext_wrapped(doc: str, _stoplist: str) -> Prediction:
    return Prediction(_justext_paragraphs(_corpus.wrap_text_as_html(doc), "English"))


def _newspaper(doc: str, _stoplist: str) -> Prediction:
    import newspaper  # type: ignore[import-untyped]

    article = newspaper.Article("https://example.invalid/article", fetch_images=False)
    article.download(input_html=doc)
    article.parse()
    published, has_time = _parse_peer_date(article.publish_date)
    return Prediction(
        article.text or "", _s(article.title), tuple(article.authors or ()), published, has_time
    )


def _readability(doc: str, _stoplist: str) -> Prediction:
    import lxml.html
    from readability import Document  # type: ignore[import-untyped]

    document = Document(doc)
    summary = document.summary()
    text = ""
    if summary.strip():
        text = "\n".join(str(t) for t in lxml.html.fromstring(summary).itertext())
    return Prediction(text, _s(document.short_title()))


def _raw(doc: str, _stoplist: str) -> Prediction:
    return Prediction(doc)


Tool = Callable[[str, str], Prediction]


@dataclass(frozen=True)
class ToolSpec:
    """A tool as run on one kind of input: its function and the fields it predicts."""

    run: Tool
    fields: frozenset[str]


_ALL = frozenset({"body", "headline", "byline", "published", "dateline"})
_BODY = frozenset({"body"})

HTML_TOOLS: dict[str, ToolSpec] = {
    "wireclean": ToolSpec(_wireclean_html, _ALL),
    "trafilatura": ToolSpec(_trafilatura, frozenset({"body", "headline", "byline", "published"})),
    "justext-en": ToolSpec(_justext_en, _BODY),
    "justext-lang": ToolSpec(_justext_lang, _BODY),
    "newspaper4k": ToolSpec(_newspaper, frozenset({"body", "headline", "byline", "published"})),
    "readability": ToolSpec(_readability, frozenset({"body", "headline"})),
}
TEXT_TOOLS: dict[str, ToolSpec] = {
    "wireclean": ToolSpec(_wireclean_text, _ALL),
    "raw": ToolSpec(_raw, _BODY),
    "trafilatura": ToolSpec(_trafilatura_wrapped, _BODY),
    "justext-en": ToolSpec(_justext_wrapped, _BODY),
}
REUTERS_TOOLS: dict[str, ToolSpec] = {**TEXT_TOOLS, "wireclean": ToolSpec(_wireclean_reuters, _ALL)}
ALL_TOOL_NAMES = tuple(dict.fromkeys([*HTML_TOOLS, *TEXT_TOOLS]))
# The strong peers whose failure on a page makes its truth suspect.
HTML_PEERS = frozenset({"trafilatura", "readability", "newspaper4k", "justext-lang"})


def tools_for(input_name: str) -> dict[str, ToolSpec]:
    if input_name == HTML_INPUT:
        return HTML_TOOLS
    if input_name == REUTERS_INPUT:
        return REUTERS_TOOLS
    return TEXT_TOOLS


# --------------------------------------------------------------------------- running


@dataclass(frozen=True)
class Job:
    """One document of one input, to be run through several tools in a worker."""

    input_name: str
    key: str
    doc: str
    stoplist: str
    tools: tuple[str, ...]


class _CallTimeout(Exception):
    pass


def _on_alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _CallTimeout(f"call exceeded {CALL_TIMEOUT_S}s")


def _init_worker() -> None:
    signal.signal(signal.SIGALRM, _on_alarm)
    # Peers log their own failures (readability prints tracebacks); the run counts them.
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")


def run_job(job: Job) -> tuple[str, str, dict[str, Prediction]]:
    """Run every tool of a job on its document; a failing call yields an empty Prediction."""
    specs = tools_for(job.input_name)
    out: dict[str, Prediction] = {}
    for name in job.tools:
        start = time.perf_counter()
        try:
            signal.setitimer(signal.ITIMER_REAL, CALL_TIMEOUT_S)
            try:
                prediction = specs[name].run(job.doc, job.stoplist)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            seconds = time.perf_counter() - start
            out[name] = replace(prediction, seconds=seconds)
        except Exception as exc:  # any peer failure scores 0 on this page, and is counted
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            out[name] = Prediction(error=detail[:300], seconds=time.perf_counter() - start)
    return job.input_name, job.key, out


def _run_all(
    jobs: Sequence[Job], processes: int, progress: bool
) -> dict[str, dict[str, dict[str, Prediction]]]:
    """Run jobs (in a pool when processes > 1); results[input][tool][key]."""
    results: dict[str, dict[str, dict[str, Prediction]]] = {}
    done = 0
    if processes > 1:
        pool = multiprocessing.get_context("fork").Pool(processes, initializer=_init_worker)
        iterator: Iterable[tuple[str, str, dict[str, Prediction]]] = pool.imap_unordered(
            run_job, jobs, chunksize=2
        )
    else:
        _init_worker()
        pool = None
        iterator = map(run_job, jobs)
    try:
        for input_name, key, predictions in iterator:
            for tool, prediction in predictions.items():
                results.setdefault(input_name, {}).setdefault(tool, {})[key] = prediction
            done += 1
            if progress and done % 200 == 0:
                print(f"  ... {done}/{len(jobs)} documents", file=sys.stderr, flush=True)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    return results


def _render_job(args: tuple[str, _corpus.FundusPage, str]) -> tuple[str, str, str]:
    name, page, stamp = args
    try:
        return name, page.key, _corpus.render(name, page, stamp)
    except Exception as exc:  # a renderer failing on a page leaves the page out of that input
        print(f"  render {name} failed on {page.key}: {exc}", file=sys.stderr)
        return name, page.key, ""


def render_inputs(
    pages: Sequence[_corpus.FundusPage], names: Sequence[str], processes: int
) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """Render the pages with the named renderers (cached); return texts and renderer versions."""
    stamps = {name: _corpus.renderer_version(name) for name in names}
    tasks = [(name, page, stamps[name]) for name in names for page in pages]
    texts: dict[str, dict[str, str]] = {name: {} for name in names}
    if processes > 1 and tasks:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            rendered = pool.map(_render_job, tasks, chunksize=8)
    else:
        rendered = [_render_job(task) for task in tasks]
    for name, key, text in rendered:
        if text:
            texts[name][key] = text
    return texts, stamps


# --------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    """Running counts of one tool on one input (over all pages or the wire subset)."""

    bodies: list[_metrics.BodyScore] = field(default_factory=list)
    headline: list[bool] = field(default_factory=list)
    byline: list[bool] = field(default_factory=list)
    byline_people: list[bool] = field(default_factory=list)
    published: list[bool] = field(default_factory=list)
    published_day: list[bool] = field(default_factory=list)
    dateline: list[bool] = field(default_factory=list)
    failures: int = 0
    seconds: float = 0.0

    def summary(self, fields: frozenset[str]) -> dict[str, Any]:
        body = _metrics.macro(self.bodies)

        def rate(values: list[bool], name: str) -> float | None:
            if name not in fields or not values:
                return None
            return sum(values) / len(values)

        return {
            "n": body.n,
            "body_f1": body.f1,
            "body_precision": body.precision,
            "body_recall": body.recall,
            "body_exact": body.exact,
            "body_empty": body.empty,
            "headline": rate(self.headline, "headline"),
            "byline": rate(self.byline, "byline"),
            "byline_n": len(self.byline),
            "byline_people": rate(self.byline_people, "byline"),
            "byline_people_n": len(self.byline_people),
            "published": rate(self.published, "published"),
            "published_day": rate(self.published_day, "published"),
            "published_n": len(self.published),
            "dateline": rate(self.dateline, "dateline"),
            "dateline_n": len(self.dateline),
            "failures": self.failures,
            "pages_per_s": body.n / self.seconds if self.seconds > 0 else None,
        }


def _score_fundus(page: _corpus.FundusPage, prediction: Prediction, tally: Tally) -> dict[str, Any]:
    body = _metrics.score_body(page.body_truth, prediction.text)
    tally.bodies.append(body)
    tally.seconds += prediction.seconds
    tally.failures += prediction.error is not None
    row: dict[str, Any] = {
        "f1": body.f1,
        "precision": body.precision,
        "recall": body.recall,
        "exact": body.exact,
    }
    row["headline"] = _metrics.headline_hit(page.title, prediction.headline)
    tally.headline.append(row["headline"])
    if page.authors:
        row["byline"] = _metrics.byline_hit(page.authors, prediction.authors)
        tally.byline.append(row["byline"])
        people = _metrics.byline_people(page.authors, prediction.authors, page.publisher)
        if people is not None:
            tally.byline_people.append(people)
    if page.publishing_date:
        truth, has_time = _metrics.parse_truth_datetime(page.publishing_date)
        pred = prediction.published
        minute_ok = prediction.published_has_time or not has_time
        row["published"] = minute_ok and _metrics.published_hit(
            truth, pred, truth_has_time=has_time
        )
        row["published_day"] = _metrics.published_hit(truth, pred, truth_has_time=False)
        tally.published.append(row["published"])
        tally.published_day.append(row["published_day"])
    if prediction.error:
        row["error"] = prediction.error
    return row


def _score_reuters(
    story: _corpus.ReutersStory, prediction: Prediction, tally: Tally
) -> dict[str, Any]:
    tally.seconds += prediction.seconds
    tally.failures += prediction.error is not None
    row: dict[str, Any] = {}
    if story.body_truth:  # a few stories have no body upstream: fields only
        body = _metrics.score_body(story.body_truth, prediction.text)
        tally.bodies.append(body)
        row.update(f1=body.f1, precision=body.precision, recall=body.recall)
    row["headline"] = _metrics.headline_hit(story.headline, prediction.headline)
    tally.headline.append(row["headline"])
    if story.authors:
        row["byline"] = _metrics.byline_names_exact(story.authors, prediction.authors)
        tally.byline.append(row["byline"])
    row["published"] = prediction.published_has_time and _metrics.published_hit(
        story.published, prediction.published, require_offset=True
    )
    row["published_day"] = _metrics.published_hit(
        story.published, prediction.published, truth_has_time=False
    )
    tally.published.append(row["published"])
    tally.published_day.append(row["published_day"])
    if story.dateline_location is not None:
        found = (
            prediction.dateline is not None
            and "reuters" in (prediction.dateline[2] or "").casefold()
        )
        row["dateline"] = found
        tally.dateline.append(found)
    if prediction.error:
        row["error"] = prediction.error
    return row


# --------------------------------------------------------------------------- the run


def command_line(module: str) -> str:
    """Return the command as typed: ``python -m <module> ...`` when run with ``-m``."""
    argv = [*sys.argv[1:]]
    main_spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    head = ["python", "-m", module] if main_spec is not None else ["python", sys.argv[0]]
    return shlex.join([*head, *argv])


@dataclass
class Run:
    """Everything one benchmark run produced, ready to be written as Markdown and JSON."""

    meta: dict[str, Any]
    summary: dict[str, dict[str, dict[str, Any]]]  # input -> tool -> figures
    wire_summary: dict[str, dict[str, dict[str, Any]]]
    per_page: dict[str, dict[str, dict[str, Any]]]  # input -> key -> wireclean row
    wire_pages: dict[str, str]  # key -> reason
    suspects: list[dict[str, Any]]
    notes: list[str]
    #: input -> key -> whether the true title occurs in the text given (text inputs only)
    title_reach: dict[str, dict[str, bool]] = field(default_factory=dict)


def _versions(tools: Iterable[str]) -> dict[str, str]:
    from importlib import metadata

    dists = {
        "wireclean": "wireclean",
        "trafilatura": "trafilatura",
        "justext-en": "jusText",
        "justext-lang": "jusText",
        "newspaper4k": "newspaper4k",
        "readability": "readability-lxml",
    }
    out = {"python": platform.python_version()}
    for tool in [*tools, "beautifulsoup4", "lxml"]:
        dist = dists.get(tool, tool)
        if tool == "raw":
            continue
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


def wireclean_available() -> str | None:
    """Return None when wireclean imports and parses, else the reason it does not."""
    try:
        import wireclean

        wireclean.parse_text("x")
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def run_benchmark(
    root: Path,
    *,
    tools: Sequence[str] = ALL_TOOL_NAMES,
    inputs: Sequence[str] | None = None,
    limit: int | None = None,
    processes: int = 2,
    suspect_threshold: float = SUSPECT_THRESHOLD,
    progress: bool = True,
) -> Run:
    """Run the chosen tools over the chosen inputs and score them."""
    started = time.time()
    notes: list[str] = []
    tools = list(tools)
    if "wireclean" in tools and (why := wireclean_available()) is not None:
        tools.remove("wireclean")
        notes.append(f"wireclean left out: not importable ({why})")
    pages = _corpus.load_fundus(root, limit) if (root / "fundus").is_dir() else []
    stories = _corpus.load_reuters(root, limit)
    by_key = {p.key: p for p in pages}
    available = [HTML_INPUT, *(f"fundus-{n}" for n in _corpus.renderers())] if pages else []
    if pages and any(p.w3m_path is not None for p in pages):
        available.insert(1, W3M_INPUT)
    if stories:
        available.append(REUTERS_INPUT)
    if pages and "fundus-lynx" not in available:
        notes.append("fundus-lynx left out: lynx is not installed (apt-get install lynx)")
    chosen = [i for i in available if inputs is None or i in inputs]

    renderer_names = [
        i.removeprefix("fundus-") for i in chosen if i in FUNDUS_TEXT_INPUTS and i != W3M_INPUT
    ]
    t0 = time.time()
    rendered, stamps = render_inputs(pages, renderer_names, processes)
    if progress and renderer_names:
        print(f"rendered {renderer_names} in {time.time() - t0:.1f}s", file=sys.stderr)

    jobs: list[Job] = []
    stoplists: dict[str, str] = {}
    title_reach: dict[str, dict[str, bool]] = {}
    for input_name in chosen:
        names = tuple(t for t in tools if t in tools_for(input_name))
        if not names:
            continue
        if input_name == REUTERS_INPUT:
            jobs.extend(Job(input_name, s.key, s.text, "English", names) for s in stories)
            continue
        for page in pages:
            doc: str | None
            if input_name == HTML_INPUT:
                doc = page.html_text()
                stoplists[page.key] = _corpus.justext_stoplist(_corpus.page_language(page, doc))
            elif input_name == W3M_INPUT:
                doc = page.w3m_text()
            else:
                doc = rendered[input_name.removeprefix("fundus-")].get(page.key)
            if doc is None:  # no dump or render of this page: it is left out of this input
                continue
            if input_name != HTML_INPUT:
                title_reach.setdefault(input_name, {})[page.key] = _title_reachable(page.title, doc)
            jobs.append(Job(input_name, page.key, doc, stoplists.get(page.key, "English"), names))
    # Longest documents first so the pool does not end on one slow page.
    jobs.sort(key=lambda j: -len(j.doc))
    results = _run_all(jobs, processes, progress)

    wire_pages = {p.key: r for p in pages if (r := _corpus.wire_reason(p)) is not None}
    summary: dict[str, dict[str, dict[str, Any]]] = {}
    wire_summary: dict[str, dict[str, dict[str, Any]]] = {}
    per_page: dict[str, dict[str, dict[str, Any]]] = {}
    best: dict[str, float] = {}
    for input_name in chosen:
        specs = tools_for(input_name)
        for tool, predictions in results.get(input_name, {}).items():
            tally, wire_tally = Tally(), Tally()
            rows: dict[str, dict[str, Any]] = {}
            if input_name == REUTERS_INPUT:
                for story in stories:
                    rows[story.key] = _score_reuters(story, predictions[story.key], tally)
            else:
                for key, prediction in predictions.items():
                    page = by_key[key]
                    rows[key] = _score_fundus(page, prediction, tally)
                    if key in wire_pages:
                        _score_fundus(page, prediction, wire_tally)
                    best[key] = max(best.get(key, 0.0), rows[key]["f1"])
                wire_summary.setdefault(input_name, {})[tool] = wire_tally.summary(
                    specs[tool].fields
                )
            summary.setdefault(input_name, {})[tool] = tally.summary(specs[tool].fields)
            if tool == "wireclean":
                per_page[input_name] = rows
    suspects = (
        [
            {
                "key": key,
                "best_f1": round(score, 4),
                "url": by_key[key].url,
                "truth_tokens": len(_metrics.tokenize(by_key[key].body_truth)),
                **truth_presence(by_key[key]),
            }
            for key, score in sorted(best.items(), key=lambda kv: kv[1])
            if score < suspect_threshold
        ]
        if (judged := HTML_INPUT in chosen and bool(set(tools) & HTML_PEERS))
        else []
    )
    if not judged:
        notes.append("suspect truths are listed only when an HTML peer runs on fundus-html")
    if "justext-lang" in tools and HTML_INPUT in chosen:
        used: dict[str, int] = {}
        for name in stoplists.values():
            used[name] = used.get(name, 0) + 1
        notes.append(
            "justext-lang stop-lists used (pages): "
            + ", ".join(f"{k} {v}" for k, v in sorted(used.items(), key=lambda kv: -kv[1]))
            + "; English where jusText has no list (ja, zh)"
        )
    meta = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "command": command_line("benchmarks.quality") if progress else "wireclean_figures()",
        "cpu_count": os.cpu_count(),
        "processes": processes,
        "platform": platform.platform(),
        "versions": _versions(tools),
        "renderers": stamps,
        "corpus": str(root),
        "limit": limit,
        "tools": tools,
        "inputs": chosen,
        "fundus_pages": len(pages),
        "reuters_stories": len(stories),
        "suspect_threshold": suspect_threshold,
        "elapsed_s": round(time.time() - started, 1),
    }
    return Run(meta, summary, wire_summary, per_page, wire_pages, suspects, notes, title_reach)


def _title_reachable(title: str, doc: str) -> bool:
    """Tell whether the true title is in a text input (:func:`_metrics.title_in`), as
    given or with its mojibake repaired (ftfy: a renderer that misread the page's
    charset garbles the title, and repairing it is normalisation, not invention)."""
    if _metrics.title_in(title, doc):
        return True
    import ftfy

    return _metrics.title_in(title, ftfy.fix_text(doc))


def truth_presence(page: _corpus.FundusPage) -> dict[str, float]:
    """Share of truth paragraphs whose opening (30 chars) is in the page's visible text.

    Tells a wrong truth (not in the page at all) from text only a script renders (in the HTML
    source, not in the w3m dump).
    """
    import html as html_lib

    source = _metrics.fold(html_lib.unescape(re.sub(r"<[^>]*>", " ", page.html_text())))
    dump = _metrics.fold(page.w3m_text() or "")
    openings = [_metrics.fold(p)[:30] for p in page.paragraphs if len(p.strip()) >= 30]
    if not openings:
        return {}
    return {
        "truth_in_html": round(sum(o in source for o in openings) / len(openings), 3),
        "truth_in_w3m": round(sum(o in dump for o in openings) / len(openings), 3),
    }


# --------------------------------------------------------------------------- headline figures

FIELDS_PER_FUNDUS_INPUT = ("body_f1", "headline", "byline", "published")
REUTERS_FIELDS = ("headline", "byline", "published", "dateline", "body_recall")


def headline_figures(run: Run, tool: str = "wireclean") -> dict[str, float]:
    """Flatten the figures the quality gate pins: "<input>.<field>" and "wire/<input>.body_f1"."""
    figures: dict[str, float] = {}
    for input_name, by_tool in run.summary.items():
        row = by_tool.get(tool)
        if row is None:
            continue
        names = REUTERS_FIELDS if input_name == REUTERS_INPUT else FIELDS_PER_FUNDUS_INPUT
        for name in names:
            if row.get(name) is not None:
                figures[f"{input_name}.{name}"] = round(float(row[name]), 4)
    for input_name, by_tool in run.wire_summary.items():
        row = by_tool.get(tool)
        if row is not None and row["n"]:
            figures[f"wire/{input_name}.body_f1"] = round(float(row["body_f1"]), 4)
    return figures


def wireclean_figures(root: Path, processes: int = 2) -> dict[str, float]:
    """Run wireclean alone over every input and return its headline figures (for the gate)."""
    run = run_benchmark(root, tools=["wireclean"], processes=processes, progress=False)
    if "wireclean" not in run.meta["tools"]:
        raise RuntimeError("; ".join(run.notes))
    return headline_figures(run)


def floors_from(figures: dict[str, float], margin: float = FLOOR_MARGIN) -> dict[str, float]:
    return {k: round(max(0.0, v - margin), 4) for k, v in sorted(figures.items())}


# --------------------------------------------------------------------------- output


def _fmt(value: object, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _table(summary: dict[str, dict[str, dict[str, Any]]], reuters: bool) -> list[str]:
    if reuters:
        head = (
            "| tool | n | body R | body P | body F1 | headline | byline (n) | published "
            "(n) | pub. day | dateline (n) | failures | pages/s |"
        )
        lines = [head, "|" + "---|" * 12]
    else:
        head = (
            "| input | tool | n | body F1 | P | R | exact | empty | headline | byline (n) | "
            "people (n) | published (n) | pub. day | failures | pages/s |"
        )
        lines = [head, "|" + "---|" * 15]
    for input_name, by_tool in summary.items():
        for tool, r in by_tool.items():
            byline = f"{_fmt(r['byline'])} ({r['byline_n']})" if r["byline"] is not None else "–"
            people = (
                f"{_fmt(r['byline_people'])} ({r['byline_people_n']})"
                if r.get("byline_people") is not None
                else "–"
            )
            pub = (
                f"{_fmt(r['published'])} ({r['published_n']})"
                if r["published"] is not None
                else "–"
            )
            pps = _fmt(r["pages_per_s"], 1)
            if reuters:
                dl = (
                    f"{_fmt(r['dateline'])} ({r['dateline_n']})"
                    if r["dateline"] is not None
                    else "–"
                )
                lines.append(
                    f"| {tool} | {r['n']} | {_fmt(r['body_recall'])} | "
                    f"{_fmt(r['body_precision'])} | {_fmt(r['body_f1'])} | "
                    f"{_fmt(r['headline'])} | {byline} | {pub} | {_fmt(r['published_day'])} | "
                    f"{dl} | {r['failures']} | {pps} |"
                )
            else:
                lines.append(
                    f"| {input_name} | {tool} | {r['n']} | **{_fmt(r['body_f1'])}** | "
                    f"{_fmt(r['body_precision'])} | {_fmt(r['body_recall'])} | "
                    f"{_fmt(r['body_exact'])} | {r['body_empty']} | {_fmt(r['headline'])} | "
                    f"{byline} | {people} | {pub} | "
                    f"{_fmt(r['published_day'])} | {r['failures']} | {pps} |"
                )
    return lines


def to_markdown(run: Run, worst: int = 10) -> str:
    m = run.meta
    fundus = {k: v for k, v in run.summary.items() if k != REUTERS_INPUT}
    out = [
        "# wireclean quality benchmark",
        "",
        f"- date: {m['date']}; command: `{m['command']}`",
        f"- os.cpu_count(): {m['cpu_count']}; processes: {m['processes']}; "
        f"elapsed: {m['elapsed_s']} s; platform: {m['platform']}",
        "- versions: " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
        "- renderers: w3m (corpus dumps), "
        + ", ".join(f"{k} ({v})" for k, v in m["renderers"].items()),
        f"- corpus: {m['fundus_pages']} fundus pages, {m['reuters_stories']} Reuters stories"
        + (f" (--limit {m['limit']})" if m["limit"] else ""),
        "- body: 4-token `\\w+` shingles, per-page normalised TP/FP/FN, macro P (over pages "
        "with a non-empty prediction, as upstream) and R, F1 of the averages; exact = same "
        "token list; empty = pages with no predicted text (failures included). wireclean's "
        "text = bullets + dateline words + body. byline = every true author found (pages "
        "with authors only); `people` = the same over the true authors that are people (a "
        "truth author that is an agency, a desk or staff credit, a web address or the "
        "publication itself is left out: `_metrics.is_organisation`; wireclean never gives "
        "those as names, by design); published = same minute (a date alone fails where the "
        "truth has a time), `pub. day` = same calendar day.",
    ]
    out += [f"- note: {note}" for note in run.notes]
    if fundus:
        out += ["", f"## Fundus pages, all ({m['fundus_pages']})", "", *_table(fundus, False)]
    if run.wire_summary:
        out += [
            "",
            f"## Fundus wire stories ({len(run.wire_pages)} pages)",
            "",
            *_table(run.wire_summary, False),
        ]
    if REUTERS_INPUT in run.summary:
        out += [
            "",
            f"## Reuters 2006-2013 stories ({m['reuters_stories']}, text)",
            "",
            "Headline exact; byline names exact (stories whose header has one); "
            "published to the minute with the header's UTC offset; dateline = a Reuters "
            "dateline found (stories that open with one); body R = shingle recall against "
            "the story without header, dateline prefix and credit trailer (n = stories "
            "with a body; a few have none upstream).",
            "",
            *_table({REUTERS_INPUT: run.summary[REUTERS_INPUT]}, True),
        ]
    out += _reach_table(run)
    for input_name, rows in run.per_page.items():
        by = "recall" if input_name == REUTERS_INPUT else "f1"
        ranked = sorted(
            ((k, r) for k, r in rows.items() if by in r), key=lambda kv: (kv[1][by], kv[1]["f1"])
        )[:worst]
        out += [
            "",
            f"### wireclean's {len(ranked)} worst pages on {input_name} (body "
            f"{'recall' if by == 'recall' else 'F1'})",
            "",
            "| page | F1 | P | R | headline | error |",
            "|---|---|---|---|---|---|",
        ]
        for key, r in ranked:
            out.append(
                f"| {key} | {r['f1']:.3f} | {_fmt(r['precision'])} | {_fmt(r['recall'])} | "
                f"{'yes' if r['headline'] else 'no'} | {r.get('error', '')[:80]} |"
            )
    if run.wire_pages:
        out += [
            "",
            "## Wire pages (rule: agency site, agency author credit, or agency "
            "dateline in the first 300 characters of the true text)",
            "",
        ]
        out += [f"- {key}: {reason}" for key, reason in sorted(run.wire_pages.items())]
    out += [
        "",
        f"## Suspect truths: pages where no tool on any input reaches body F1 "
        f"{m['suspect_threshold']}",
        "",
    ]
    out += [
        f"- {s['key']}: best F1 {s['best_f1']:.3f}, truth {s['truth_tokens']} tokens, "
        f"truth paragraphs found in the HTML text {_fmt(s.get('truth_in_html'))}, in the "
        f"w3m dump {_fmt(s.get('truth_in_w3m'))}; {s['url']}"
        for s in run.suspects
    ] or ["- none"]
    return "\n".join(out) + "\n"


def _reach_table(run: Run) -> list[str]:
    """Return the Markdown of the headline's reach on the text inputs (empty without one)."""
    rows = []
    for input_name, reach in run.title_reach.items():
        pages = len(reach)
        held = [key for key, there in reach.items() if there]
        ceiling = len(held) / pages if pages else None
        line = f"| {input_name} | {pages} | {len(held)} | {_fmt(ceiling)} |"
        judged = run.per_page.get(input_name, {})
        if judged:
            hits = sum(bool(judged[key]["headline"]) for key in held if key in judged)
            line += f" {_fmt(hits / len(held) if held else None)} ({hits}) |"
        else:
            line += " – |"
        rows.append(line)
    if not rows:
        return []
    return [
        "",
        "## Headline reach on the text inputs",
        "",
        "A text tool's headline is text it was given: where the true title (whitespace "
        "left out on both sides, `_metrics.title_in`) occurs nowhere in the input, even "
        "with its mojibake repaired (ftfy), no tool that never invents text can match it. "
        "Ceiling = the share of pages whose input holds it.",
        "",
        "| input | pages | title in the input | ceiling | wireclean headline there (hits) |",
        "|---|---|---|---|---|",
        *rows,
    ]


def write_results(run: Run, directory: Path = RESULTS_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "quality.md").write_text(to_markdown(run), encoding="utf-8")
    payload = {
        "meta": run.meta,
        "notes": run.notes,
        "summary": run.summary,
        "wire_summary": run.wire_summary,
        "headline_figures": headline_figures(run),
        "wire_pages": run.wire_pages,
        "suspects": run.suspects,
        "per_page_wireclean": run.per_page,
        "title_in_input": run.title_reach,
    }
    (directory / "quality.json").write_text(
        json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="at most N fundus pages and N Reuters stories")
    parser.add_argument(
        "--tools",
        default=",".join(ALL_TOOL_NAMES),
        help=f"comma-separated, from {','.join(ALL_TOOL_NAMES)}",
    )
    parser.add_argument(
        "--inputs",
        help="comma-separated, from fundus-html,fundus-w3m,"
        "fundus-bs4,fundus-lynx,reuters (default: all available)",
    )
    parser.add_argument("--processes", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument(
        "--list-suspect",
        action="store_true",
        help="print only the suspect-truth pages after the run",
    )
    parser.add_argument("--suspect-threshold", type=float, default=SUSPECT_THRESHOLD)
    parser.add_argument("--no-write", action="store_true", help="do not write results/")
    parser.add_argument(
        "--write-floors",
        metavar="REASON",
        help=f"pin floors.json at wireclean's figures minus {FLOOR_MARGIN}, "
        "with REASON saying why they moved",
    )
    args = parser.parse_args(argv)

    root = _corpus.corpus_root()
    if root is None:
        print(_corpus.corpus_missing_message(), file=sys.stderr)
        return 0
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = sorted(set(tools) - set(ALL_TOOL_NAMES))
    if unknown:
        parser.error(f"unknown tools {unknown}; valid: {', '.join(ALL_TOOL_NAMES)}")
    inputs = [i.strip() for i in args.inputs.split(",")] if args.inputs else None
    run = run_benchmark(
        root,
        tools=tools,
        inputs=inputs,
        limit=args.limit,
        processes=args.processes,
        suspect_threshold=args.suspect_threshold,
    )
    if args.list_suspect:
        for s in run.suspects:
            print(f"{s['key']}\tbest F1 {s['best_f1']:.3f}\t{s['url']}")
    else:
        print(to_markdown(run))
    if not args.no_write:
        write_results(run)
        print(f"wrote {RESULTS_DIR / 'quality.md'} and quality.json", file=sys.stderr)
    if args.write_floors:
        if args.limit or "wireclean" not in run.meta["tools"]:
            parser.error("--write-floors needs a full run that includes wireclean")
        figures = headline_figures(run)
        FLOORS_PATH.write_text(
            json.dumps(
                {
                    "reason": args.write_floors,
                    "margin": FLOOR_MARGIN,
                    "measured": run.meta["date"],
                    "wireclean_version": run.meta["versions"].get("wireclean"),
                    "figures": dict(sorted(figures.items())),
                    "floors": floors_from(figures),
                },
                indent=1,
                ensure_ascii=False,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {FLOORS_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
