"""Show what cleaning cut: a story's explain report (HTML or terminal) and a batch summary.

The report shows the *normalised* input (for HTML, the rendered block text; see
:mod:`wireclean.html`), the text every position refers to, with each removal in
place: dropped spans struck through and coloured by filter, captured fields boxed
and labelled with the field's name, the filter and reason in a ``title`` tooltip
and in a numbered side list, and a legend with counts per filter. Records filled
from page metadata have no span: they appear in the side list only.

The HTML is one self-contained file: inline CSS, no script, no external asset, and
a Content-Security-Policy that forbids scripts, so a page's own markup (escaped
with :func:`html.escape`) can never run in the report. The summary of many
documents draws its bar charts as inline SVG.

Where it stops working: a story rendered against a source it was not parsed from
shows spans in the wrong places (records past the end of the source raise
``ValueError``).
"""

from __future__ import annotations

import html
import json
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from wireclean.api import _decode, looks_like_html, parse_html, parse_text
from wireclean.html import read_html
from wireclean.model import REASONS, Removal, Story
from wireclean.normalize import normalize
from wireclean.pipeline import Pipeline

__all__ = [
    "DocumentStats",
    "document_stats",
    "explain_html",
    "explain_terminal",
    "read_documents",
    "render_html",
    "render_terminal",
    "shown_text",
    "summary_html",
    "summary_text",
]

#: Fields whose presence the summary counts, in display order.
SUMMARY_FIELDS = ("headline", "byline", "dateline", "bullets", "credits")
#: Colours for filters, distinct on white; the default pipeline's filters take them in order.
_PALETTE = (
    "#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
    "#e377c2", "#17becf", "#7f7f7f", "#bcbd22", "#393b79", "#ad494a",
    "#637939", "#7b4173", "#3182bd",
)  # fmt: skip
#: ANSI foreground colours (SGR codes) for filters in the terminal.
_ANSI = (31, 34, 32, 35, 33, 36, 91, 94, 92, 95, 93, 96)
#: Control characters other than tab and line feed never reach the terminal.
_CONTROLS = {c: None for c in (*range(0, 9), *range(11, 32), *range(127, 160))}


def shown_text(source: str | bytes) -> str:
    """Return the text positions refer to: normalised text, or an HTML page's rendered text.

    >>> shown_text("Mali\\r\\nAlgiers\\u00a0")
    'Mali\\nAlgiers '
    """
    text, is_html = _read(source)
    return read_html(text).source if is_html else normalize(text)


def explain_html(source: str | bytes, *, pipeline: Pipeline | None = None, title: str = "") -> str:
    """Return the HTML explain report of ``source`` (text or HTML) cleaned by ``pipeline``.

    >>> "legend" in explain_html("Mali army sold guns\\n\\nALGIERS (Reuters) - Guns.")
    True
    """
    story, shown = _story(source, pipeline)
    return render_html(story, shown, title=title)


def explain_terminal(
    source: str | bytes, *, pipeline: Pipeline | None = None, color: bool = False
) -> str:
    """Return the terminal explain report of ``source``: ANSI colours, or plain markers."""
    story, shown = _story(source, pipeline)
    return render_terminal(story, shown, color=color)


def _read(source: str | bytes) -> tuple[str, bool]:
    # Decoded and detected as wireclean.parse does it.
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        is_html = looks_like_html(_decode(data[:2048], html=False, strict=False))
        return _decode(data, html=is_html), is_html
    if not isinstance(source, str):
        raise TypeError(f"expected str or bytes, not {type(source).__name__}")
    return source, looks_like_html(source)


def _story(source: str | bytes, pipeline: Pipeline | None) -> tuple[Story, str]:
    text, is_html = _read(source)
    if is_html:
        return parse_html(text, pipeline=pipeline), read_html(text).source
    return parse_text(text, pipeline=pipeline), normalize(text)


# --- one story -------------------------------------------------------------------------


def _segments(story: Story, shown: str) -> Iterator[tuple[int, str, Removal | None]]:
    """Yield ``(record number, text, record)`` pieces covering ``shown``; kept text has None."""
    pos = 0
    for n, record in sorted(enumerate(story.removed), key=lambda x: (x[1].start, -x[1].end)):
        if record.end > len(shown):
            raise ValueError(
                f"record {record.filter}/{record.reason} ends at {record.end}, past the end of "
                f"the source ({len(shown)} characters): was the story parsed from this source?"
            )
        start = max(record.start, pos)
        if record.end <= start:
            continue  # metadata records (empty span) and overlaps already shown
        if start > pos:
            yield -1, shown[pos:start], None
        yield n, shown[start : record.end], record
        pos = record.end
    if pos < len(shown):
        yield -1, shown[pos:], None


def _colour_index(name: str) -> int:
    from wireclean.presets import default_pipeline

    names = default_pipeline().names
    if name in names:
        return names.index(name)
    return zlib.crc32(name.encode("utf-8"))


def _describe(record: Removal) -> str:
    what = f"captured into {record.field}" if record.field else record.reason
    gloss = REASONS.get(record.reason, "") if not record.field else ""
    return f"{record.filter}: {what}" + (f" ({gloss})" if gloss else "")


def _tally(story: Story) -> dict[str, tuple[int, int]]:
    """Return ``{filter: (records, characters)}`` in order of first appearance."""
    out: dict[str, tuple[int, int]] = {}
    for record in story.removed:
        count, chars = out.get(record.filter, (0, 0))
        out[record.filter] = (count + 1, chars + record.end - record.start)
    return out


def _dense(text: str) -> int:
    return sum(not c.isspace() for c in text)


_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{padding:12px 24px;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:16px 0 6px}
.meta{color:#555;font-size:13px;margin:0}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:24px;padding:16px 24px}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.6 Georgia,serif;background:#fff;
 border:1px solid #ddd;padding:16px;margin:0}
del{text-decoration:line-through 2px;text-decoration-color:var(--c);color:var(--c);
 background:color-mix(in srgb,var(--c) 10%,transparent)}
.field{outline:2px solid var(--c);outline-offset:1px;border-radius:2px;
 background:color-mix(in srgb,var(--c) 8%,transparent)}
.field::before{content:attr(data-field);font:bold 11px/1 system-ui,sans-serif;color:#fff;
 background:var(--c);padding:1px 4px;margin-right:4px;border-radius:2px;vertical-align:2px}
table{border-collapse:collapse;font-size:13px;background:#fff}
td,th{padding:3px 8px;border-bottom:1px solid #eee;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.sw{display:inline-block;width:12px;height:12px;border-radius:2px;background:var(--c);
 vertical-align:-1px}
ol.records{font-size:13px;padding-left:32px;margin:0}ol.records li{margin:0 0 6px}
ol.records q{color:#444;overflow-wrap:anywhere}.why{color:#666}
a{color:inherit}
"""


def _style(index: int) -> str:
    return f' style="--c:{_PALETTE[index % len(_PALETTE)]}"'


def render_html(story: Story, shown: str, *, title: str = "") -> str:
    """Return the HTML report of ``story`` over ``shown``, the normalised text it came from."""
    e = html.escape
    parts: list[str] = []
    for n, text, record in _segments(story, shown):
        if record is None:
            parts.append(e(text))
            continue
        style = _style(_colour_index(record.filter))
        tip = e(_describe(record))
        if record.field:
            parts.append(
                f'<span class="field" id="r{n}" data-field="{e(record.field)}"{style}'
                f' title="{tip}">{e(text)}</span>'
            )
        else:
            parts.append(f'<del id="r{n}"{style} title="{tip}">{e(text)}</del>')
    tally = _tally(story)
    legend = "".join(
        f'<tr><td><span class="sw"{_style(_colour_index(name))}></span> {e(name)}</td>'
        f'<td class="n">{count}</td><td class="n">{chars:,}</td></tr>'
        for name, (count, chars) in tally.items()
    )
    items = []
    for n, record in enumerate(story.removed):
        where = f"line {record.line}" if record.end > record.start else "from page metadata"
        what = f"captured into <b>{e(record.field)}</b>" if record.field else e(record.reason)
        link = f'href="#r{n}"' if record.end > record.start else ""
        gloss = REASONS.get(record.reason, "") if not record.field else ""
        items.append(
            f'<li><a {link}><span class="sw"{_style(_colour_index(record.filter))}></span>'
            f" {e(record.filter)}</a> · {what} · {where}"
            + (f' <span class="why">({e(gloss)})</span>' if gloss else "")
            + f"<br><q>{e(_clip(record.text, 160))}</q></li>"
        )
    body_chars, total = _dense("".join(story.body)), _dense(shown)
    kept = f"{body_chars:,} of {total:,} characters kept in the body" + (
        f" ({body_chars / total:.0%})" if total else ""
    )
    heading = e(story.headline or "(no headline found)")
    name = e(title or story.headline or "wireclean explain report")
    source_line = f'<p class="meta">{e(title)}</p>' if title else ""
    fields = _fields_line(story)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{name}</title><style>{_CSS}</style></head><body><header>{source_line}"
        f'<h1>{heading}</h1><p class="meta">{e(kept)}; '
        f"{len(story.removed)} records. {e(fields)}</p></header><main>"
        f'<section><h2>Input, normalised</h2><pre class="text" id="text">{"".join(parts)}'
        "</pre></section><aside>"
        '<h2>Legend</h2><table id="legend"><tr><th>filter</th><th>records</th>'
        f"<th>characters</th></tr>{legend}</table>"
        '<p class="meta"><del style="--c:#555">struck through</del>: dropped; '
        '<span class="field" data-field="field" style="--c:#555">boxed</span>: captured '
        "into a story field. Hover a span for its filter and reason.</p>"
        f'<h2>Removals, in input order</h2><ol class="records" start="0">{"".join(items)}</ol>'
        "</aside></main></body></html>\n"
    )


def _fields_line(story: Story) -> str:
    found = []
    if story.byline:
        found.append("by " + ", ".join(story.byline))
    if story.dateline:
        found.append(story.dateline.render().rstrip(" -"))
    if story.published:
        found.append(story.published.isoformat())
    if story.bullets:
        found.append(f"{len(story.bullets)} bullets")
    if story.credits:
        found.append(f"{len(story.credits)} credits")
    return " · ".join(found)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_terminal(story: Story, shown: str, *, color: bool = False) -> str:
    """Return the terminal report of ``story`` over ``shown``.

    With ``color``, dropped text is struck through and coloured by filter and fields
    are labelled in reverse video; without, dropped text is written ``[-text-]`` and
    captured text ``{field: text}``. A legend and the numbered records follow.

    >>> text = "Mali army sold guns\\n\\nALGIERS (Reuters) - Guns."
    >>> print(render_terminal(parse_text(text), normalize(text)).splitlines()[0])
    {headline: Mali army sold guns}
    """
    out: list[str] = []
    for _, text, record in _segments(story, shown):
        text = text.translate(_CONTROLS)
        if record is None:
            out.append(text)
            continue
        code = _ANSI[_colour_index(record.filter) % len(_ANSI)]
        if not color:
            out.append(f"{{{record.field}: {text}}}" if record.field else f"[-{text}-]")
        elif record.field:
            lines = text.split("\n")
            painted = "\n".join(f"\x1b[4;{code}m{line}\x1b[0m" for line in lines)
            out.append(f"\x1b[7;{code}m {record.field} \x1b[0m {painted}")
        else:
            out.append("\n".join(f"\x1b[9;{code}m{line}\x1b[0m" for line in text.split("\n")))
    lines = ["".join(out).rstrip("\n"), "", "legend (filter, records, characters):"]
    for name, (count, chars) in _tally(story).items():
        code = _ANSI[_colour_index(name) % len(_ANSI)]
        label = f"\x1b[{code}m{name}\x1b[0m" if color else name
        lines.append(f"  {label}{' ' * max(1, 16 - len(name))}{count:>4} {chars:>8,}")
    lines.append("removals:")
    for n, record in enumerate(story.removed):
        what = f"field {record.field}" if record.field else record.reason
        where = f"line {record.line}" if record.end > record.start else "metadata"
        text = _clip(record.text, 70).translate(_CONTROLS)
        lines.append(f"  {n:>3} {record.filter}: {what}, {where}: {text!r}")
    return "\n".join(lines) + "\n"


# --- many documents --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentStats:
    """Hold what cleaning did to one document: characters, body kept, filters and fields.

    ``chars`` and ``body_chars`` count non-space characters of the shown input and of
    the kept body; ``filters`` is ``((filter, records, characters removed), ...)``;
    ``error`` is set (and the rest empty) when the document could not be cleaned.
    """

    name: str
    chars: int = 0
    body_chars: int = 0
    filters: tuple[tuple[str, int, int], ...] = ()
    fields: frozenset[str] = frozenset()
    error: str | None = None

    @property
    def kept(self) -> float:
        """Return the share of the input's characters kept in the body (1.0 for empty input)."""
        return self.body_chars / self.chars if self.chars else 1.0


def document_stats(
    name: str, source: str | bytes, *, pipeline: Pipeline | None = None
) -> DocumentStats:
    """Return the cleaning statistics of one document; errors are recorded, not raised."""
    try:
        story, shown = _story(source, pipeline)
    except (ValueError, TypeError) as exc:
        return DocumentStats(name, error=f"{type(exc).__name__}: {exc}")
    fields = {f for f in SUMMARY_FIELDS if getattr(story, f)}
    return DocumentStats(
        name,
        chars=_dense(shown),
        body_chars=_dense("".join(story.body)),
        filters=tuple((f, n, c) for f, (n, c) in _tally(story).items()),
        fields=frozenset(fields),
    )


def read_documents(path: Path, *, field: str | None = None) -> Iterator[tuple[str, str | bytes]]:
    """Yield ``(name, source)`` for every file below folder ``path``, or every line of a JSONL file.

    A JSONL line's source is its ``field`` (default: ``html`` when present, else
    ``text``); its name is its ``id``, ``url`` or ``source``, else ``FILE:LINE``.
    Lines that are not JSON objects with that field raise ``ValueError``.
    """
    if path.is_dir():
        for p in sorted(p for p in path.rglob("*") if p.is_file()):
            yield str(p), p.read_bytes()
        return
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError(f"{where}: not a JSON object")
            key = field or ("html" if "html" in item else "text")
            value = item.get(key)
            if not isinstance(value, str):
                raise ValueError(f"{where}: no string field {key!r}")
            label = next((item[k] for k in ("id", "url", "source") if item.get(k)), where)
            yield str(label), value


@dataclass(frozen=True, slots=True)
class _Totals:
    docs: int
    failed: int
    touched: dict[str, int]
    removed: dict[str, int]
    fields: dict[str, int]


def _totals(docs: Sequence[DocumentStats]) -> _Totals:
    touched: dict[str, int] = {}
    removed: dict[str, int] = {}
    fields = dict.fromkeys(SUMMARY_FIELDS, 0)
    good = [d for d in docs if d.error is None]
    for doc in good:
        for name, _, chars in doc.filters:
            touched[name] = touched.get(name, 0) + 1
            removed[name] = removed.get(name, 0) + chars
        for f in doc.fields:
            fields[f] += 1
    order = sorted(touched, key=lambda name: -removed[name])
    return _Totals(
        docs=len(good),
        failed=len(docs) - len(good),
        touched={k: touched[k] for k in order},
        removed={k: removed[k] for k in order},
        fields=fields,
    )


def _least_kept(docs: Iterable[DocumentStats], limit: int) -> list[DocumentStats]:
    return sorted((d for d in docs if d.error is None), key=lambda d: (d.kept, d.name))[:limit]


def _bars(rows: Sequence[tuple[str, float, str, int]], *, label: str) -> str:
    """Return an inline SVG bar chart of ``(name, fraction 0..1, value text, colour index)``."""
    e = html.escape
    height, name_w, bar_w = 22, 150, 360
    svg = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{e(label)}"'
        f' width="{name_w + bar_w + 140}" height="{height * len(rows) + 4}"'
        ' font-family="system-ui,sans-serif" font-size="13">'
    ]
    for i, (name, share, value, colour) in enumerate(rows):
        y = i * height + 2
        w = max(1.0, bar_w * min(max(share, 0.0), 1.0))
        svg.append(
            f'<text x="{name_w - 6}" y="{y + 15}" text-anchor="end">{e(name)}</text>'
            f'<rect x="{name_w}" y="{y + 3}" width="{w:.1f}" height="{height - 6}"'
            f' fill="{_PALETTE[colour % len(_PALETTE)]}"><title>{e(name)}: {e(value)}</title>'
            f'</rect><text x="{name_w + w + 6:.1f}" y="{y + 15}">{e(value)}</text>'
        )
    svg.append("</svg>")
    return "".join(svg)


def summary_html(docs: Sequence[DocumentStats], *, limit: int = 20, title: str = "") -> str:
    """Return the HTML summary of many documents: per filter, fields found, least body kept."""
    e = html.escape
    t = _totals(docs)
    n = max(t.docs, 1)
    most = max(t.removed.values(), default=0) or 1
    touched = _bars(
        [(k, v / n, f"{v:,} ({v / n:.0%})", _colour_index(k)) for k, v in t.touched.items()],
        label="documents touched per filter",
    )
    removed = _bars(
        [(k, v / most, f"{v:,}", _colour_index(k)) for k, v in t.removed.items()],
        label="characters removed per filter",
    )
    fields = _bars(
        [(k, v / n, f"{v / n:.0%}", 1) for k, v in t.fields.items()],
        label="share of documents with each field",
    )
    rows = "".join(
        f'<tr><td>{e(d.name)}</td><td class="n">{d.kept:.0%}</td><td class="n">'
        f'{d.body_chars:,}</td><td class="n">{d.chars:,}</td>'
        f"<td>{e(', '.join(f for f, _, _ in d.filters))}</td></tr>"
        for d in _least_kept(docs, limit)
    )
    errors = "".join(f"<li>{e(d.name)}: {e(d.error or '')}</li>" for d in docs if d.error)
    heading = e(title or "wireclean summary")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{heading}</title><style>{_CSS}section{{margin:0 24px}}</style></head><body>"
        f'<header><h1>{heading}</h1><p class="meta">{t.docs:,} documents cleaned'
        + (f", {t.failed:,} failed" if t.failed else "")
        + '.</p></header><section id="legend">'
        f"<h2>Documents touched per filter</h2>{touched}"
        f"<h2>Characters removed per filter</h2>{removed}"
        f"<h2>Fields found (share of documents)</h2>{fields}</section>"
        f"<section><h2>Least body kept (look at these first)</h2>"
        '<table id="least"><tr><th>document</th><th>kept</th><th>body</th><th>input</th>'
        f"<th>filters</th></tr>{rows}</table>"
        + (f"<h2>Failed</h2><ul>{errors}</ul>" if errors else "")
        + "</section></body></html>\n"
    )


def summary_text(docs: Sequence[DocumentStats], *, limit: int = 20) -> str:
    """Return the summary of many documents as plain text tables."""
    t = _totals(docs)
    n = max(t.docs, 1)
    lines = [f"{t.docs:,} documents cleaned" + (f", {t.failed:,} failed" if t.failed else "")]
    lines.append("filter            documents   characters removed")
    for name, count in t.touched.items():
        lines.append(f"{name:<16} {count:>6} {count / n:>4.0%} {t.removed[name]:>14,}")
    lines.append("fields found: " + ", ".join(f"{k} {v / n:.0%}" for k, v in t.fields.items()))
    lines.append("least body kept:")
    lines.extend(f"  {d.kept:>4.0%} {d.name}" for d in _least_kept(docs, limit))
    lines.extend(f"  failed: {d.name}: {d.error}" for d in docs if d.error)
    return "\n".join(lines) + "\n"
