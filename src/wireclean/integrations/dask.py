"""Clean Dask bags and DataFrames of scraped pages on a cluster, one call per job.

Needs the extra: ``pip install 'wireclean[dask]'`` (on the client and every worker).
The core package never imports this module. One call builds the job::

    import dask.dataframe as dd
    from wireclean.integrations.dask import clean_dataframe

    pages = dd.read_parquet("s3://bucket/pages/")           # columns: id, html, ...
    clean_dataframe(pages, "html").to_parquet("s3://bucket/stories/")

- :func:`clean_bag`: a bag of pages (``str``/``bytes``) or of dicts holding one, to a
  bag of story records (:meth:`wireclean.Story.to_dict`), other keys carried through.
- :func:`clean_dataframe`: a DataFrame with a page column, to a DataFrame of
  :data:`SCHEMA` columns (and the input's other columns), ``meta`` declared.
- :func:`clean_partition`: the same on one pandas DataFrame; what ``clean_dataframe`` maps.

Every input gives one output, in order: a page that cannot be cleaned (``None``, an
``int``, over ``max_size``, undecodable bytes, a failing custom filter) gives an error
record (:func:`wireclean.records.error_record`) or a row with ``error_type`` and
``error_message`` set, never a dropped row or a failed partition. A custom pipeline
is one key of the task graph: a cluster pickles it once per job, not per partition
or page.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from datetime import datetime, timezone
from typing import Any, Literal

try:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
    from dask.delayed import delayed
except ImportError as exc:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        f"wireclean.integrations.dask needs dask, pandas and pyarrow ({exc}): "
        "pip install 'wireclean[dask]'"
    ) from exc

from wireclean.api import DEFAULT_MAX_SIZE, parse, parse_html, parse_text
from wireclean.model import Story
from wireclean.pipeline import Pipeline
from wireclean.records import RECORD_KEYS, MissingField, error_record

__all__ = [
    "RECORD_KEYS",
    "SCHEMA",
    "Kind",
    "MissingField",
    "clean_bag",
    "clean_dataframe",
    "clean_partition",
    "schema",
]


#: How pages are read: ``"auto"`` detects HTML (:func:`wireclean.parse`), ``"text"`` and
#: ``"html"`` force :func:`wireclean.parse_text` or :func:`wireclean.parse_html`.
Kind = Literal["auto", "text", "html"]

_PARSERS: dict[str, Callable[..., Story]] = {
    "auto": parse,
    "text": parse_text,
    "html": parse_html,
}

_STRING = pd.StringDtype("pyarrow")  # Dask's own string dtype: pyarrow, missing is <NA>
_STRINGS = pd.ArrowDtype(pa.list_(pa.string()))
_CREDITS = pd.ArrowDtype(
    pa.list_(
        pa.struct(
            [
                ("role", pa.string()),
                ("names", pa.list_(pa.string())),
                ("location", pa.string()),
            ]
        )
    )
)
_REMOVED = pd.ArrowDtype(
    pa.list_(
        pa.struct(
            [
                ("filter", pa.string()),
                ("reason", pa.string()),
                ("field", pa.string()),
                ("text", pa.string()),
                ("start", pa.int64()),
                ("end", pa.int64()),
                ("line", pa.int64()),
                ("partial", pa.bool_()),
            ]
        )
    )
)
_UTC = pd.DatetimeTZDtype("us", "UTC")


def schema(*, explain: bool = False) -> dict[str, Any]:
    """Return the story columns and their dtypes, in order; ``explain`` adds ``removed``.

    Strings are ``string[pyarrow]`` (missing: ``<NA>``); lists are Arrow lists, which
    Parquet stores as they are. ``published`` is the ISO text of ``Story.published``,
    offset included when the source gave a zone; ``published_utc`` is that time in UTC,
    ``NaT`` when the source gave no zone. On an error row every story column is missing.
    """
    columns: dict[str, Any] = {
        "headline": _STRING,
        "byline": _STRINGS,
        "bullets": _STRINGS,
        "dateline_location": _STRING,
        "dateline_date": _STRING,
        "dateline_agency": _STRING,
        "published": _STRING,
        "published_utc": _UTC,
        "body": _STRING,
        "credits": _CREDITS,
        "flags": _STRINGS,
        "correction": _STRING,
        "url": _STRING,
    }
    if explain:
        columns["removed"] = _REMOVED
    columns["error_type"] = _STRING
    columns["error_message"] = _STRING
    return columns


#: The story columns :func:`clean_dataframe` adds, with their dtypes (``explain=False``).
SCHEMA: dict[str, Any] = schema()


def _clean(page: object, pipeline: Pipeline | None, kind: Kind, max_size: int) -> Story:
    """Return the story in ``page``; raise what parsing raises (``TypeError`` for non-pages)."""
    return _PARSERS[kind](page, pipeline=pipeline, max_size=max_size)


# -- bags -----------------------------------------------------------------------------


def clean_bag(
    bag: db.Bag,
    *,
    field: str | None = None,
    keep: Sequence[str] | None = None,
    pipeline: Pipeline | None = None,
    explain: bool = False,
    kind: Kind = "auto",
    max_size: int = DEFAULT_MAX_SIZE,
) -> db.Bag:
    """Return a bag with one story record (a ``dict``) per element of ``bag``, in order.

    An element is a page (``str`` or ``bytes``) or a ``dict`` holding one under ``field``
    (default: ``"html"`` when the dict has it, else ``"text"``). A record is
    ``story.to_dict(explain=explain)`` or, when the page cannot be cleaned,
    ``error_record(exc)``; a dict's other keys (or only those in ``keep``) come first,
    one of :data:`RECORD_KEYS` (``url``, ``headline``, ...) renamed ``input_<key>`` so
    that neither value is lost. ``pipeline`` (default: the default pipeline) goes to the
    workers once per job.
    """
    if not isinstance(bag, db.Bag):
        raise TypeError(f"clean_bag() takes a dask.bag.Bag, not {type(bag).__name__}")
    _check_kind(kind)
    result: db.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        _clean_bag_partition,
        field=field,
        keep=None if keep is None else tuple(keep),
        pipeline=_shipped(pipeline),
        explain=explain,
        kind=kind,
        max_size=max_size,
    )
    return result


def _clean_bag_partition(
    items: Iterable[Any],
    *,
    field: str | None,
    keep: tuple[str, ...] | None,
    pipeline: Pipeline | None,
    explain: bool,
    kind: Kind,
    max_size: int,
) -> list[dict[str, Any]]:
    return [_bag_record(item, field, keep, pipeline, explain, kind, max_size) for item in items]


def _bag_record(
    item: Any,
    field: str | None,
    keep: tuple[str, ...] | None,
    pipeline: Pipeline | None,
    explain: bool,
    kind: Kind,
    max_size: int,
) -> dict[str, Any]:
    carried: dict[Any, Any] = {}
    try:
        if isinstance(item, dict):
            key = field if field is not None else ("html" if "html" in item else "text")
            carried = {
                _carried_name(k, RECORD_KEYS): v
                for k, v in item.items()
                if (k != key if keep is None else k in keep)
            }
            if key not in item:
                raise MissingField(f"the record has no {key!r} key (pass field=...)")
            page = item[key]
        else:
            page = item
        record = _clean(page, pipeline, kind, max_size).to_dict(explain=explain)
    except Exception as exc:  # one bad page gives an error record; the partition goes on
        record = error_record(exc)
    return {**carried, **record}


def _carried_name(name: Hashable, reserved: Collection[Hashable]) -> Hashable:
    """Return the name a carried key or column takes: ``input_<name>`` for a reserved one."""
    return f"input_{name}" if name in reserved else name


# -- DataFrames -----------------------------------------------------------------------


def clean_dataframe(
    df: dd.DataFrame,
    column: Hashable,
    *,
    keep: Sequence[Hashable] | None = None,
    pipeline: Pipeline | None = None,
    explain: bool = False,
    kind: Kind = "auto",
    max_size: int = DEFAULT_MAX_SIZE,
) -> dd.DataFrame:
    """Return a Dask DataFrame with one row of story columns per row of ``df``.

    ``column`` holds the pages (``str`` or ``bytes``). The result has the columns in
    ``keep`` (default: every column but ``column``; one named like a story column is
    renamed ``input_<name>``), then :func:`schema`'s columns with the dtypes it
    declares; the index and partitions are ``df``'s. A page that cannot be cleaned
    gives a row with ``error_type`` and ``error_message`` set. Raises ``KeyError`` for
    an unknown column and ``ValueError`` when two output columns would share a name.
    """
    if not isinstance(df, dd.DataFrame):
        raise TypeError(
            f"clean_dataframe() takes a dask.dataframe.DataFrame, not {type(df).__name__}"
            " (clean_partition() cleans a pandas DataFrame)"
        )
    _check_kind(kind)
    kept = _kept_columns(list(df.columns), column, keep, explain)
    meta = _frame(df._meta, kept, {name: [] for name in schema(explain=explain)}, explain)
    result: dd.DataFrame = df.map_partitions(  # type: ignore[no-untyped-call]
        clean_partition,
        column,
        keep=list(kept),
        pipeline=_shipped(pipeline),
        explain=explain,
        kind=kind,
        max_size=max_size,
        meta=meta,
    )
    return result


def clean_partition(
    pdf: pd.DataFrame,
    column: Hashable,
    *,
    keep: Sequence[Hashable] | None = None,
    pipeline: Pipeline | None = None,
    explain: bool = False,
    kind: Kind = "auto",
    max_size: int = DEFAULT_MAX_SIZE,
) -> pd.DataFrame:
    """Return a pandas DataFrame of story columns for the pages in ``pdf[column]``.

    The same rows, index, columns and rules as :func:`clean_dataframe`, which maps
    this function over its partitions; usable by itself on a pandas DataFrame.

    >>> import pandas as pd
    >>> pages = pd.DataFrame({"id": [7], "text": ["PARIS (AFP) - It rained."]})
    >>> row = clean_partition(pages, "text").iloc[0]
    >>> row["id"].item(), row["dateline_location"], row["body"]
    (7, 'PARIS', 'It rained.')
    """
    _check_kind(kind)
    kept = _kept_columns(list(pdf.columns), column, keep, explain)
    values: dict[str, list[Any]] = {name: [] for name in schema(explain=explain)}
    for page in pdf[column]:
        try:
            if _missing(page):
                raise TypeError(f"no page: the {column!r} value is missing ({page!r})")
            story = _clean(page, pipeline, kind, max_size)
        except Exception as exc:  # one bad page gives an error row; the partition goes on
            _add_error(values, exc)
        else:
            _add_story(values, story, explain)
    return _frame(pdf, kept, values, explain)


def _kept_columns(
    columns: list[Hashable], column: Hashable, keep: Sequence[Hashable] | None, explain: bool
) -> dict[Hashable, Hashable]:
    """Return ``{input column: output name}`` for the columns carried through."""
    if column not in columns:
        raise KeyError(f"no column {column!r}; columns: {', '.join(map(repr, columns))}")
    chosen = [c for c in columns if c != column] if keep is None else list(keep)
    unknown = [c for c in chosen if c not in columns]
    if unknown:
        raise KeyError(f"keep: no column {', '.join(map(repr, unknown))}")
    story = schema(explain=explain)
    kept = {c: _carried_name(c, story) for c in dict.fromkeys(chosen)}
    names = list(kept.values())
    clash = sorted({str(n) for n in names if names.count(n) > 1 or n in story})
    if clash:
        raise ValueError(f"two output columns would be named {', '.join(clash)}: rename one")
    return kept


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _add_story(values: dict[str, list[Any]], story: Story, explain: bool) -> None:
    dateline = story.dateline
    published = story.published
    row: dict[str, Any] = {
        "headline": story.headline,
        "byline": list(story.byline),
        "bullets": list(story.bullets),
        "dateline_location": dateline.location if dateline else None,
        "dateline_date": dateline.date if dateline else None,
        "dateline_agency": dateline.agency if dateline else None,
        "published": published.isoformat() if published else None,
        "published_utc": _utc(published),
        "body": "\n\n".join(story.body),
        "credits": [c.to_dict() for c in story.credits],
        "flags": list(story.flags),
        "correction": story.correction,
        "url": story.url,
        "error_type": None,
        "error_message": None,
    }
    if explain:
        row["removed"] = [r.to_dict() for r in story.removed]
    for name, column in values.items():
        column.append(row[name])


def _add_error(values: dict[str, list[Any]], exc: Exception) -> None:
    error = error_record(exc)["error"]
    for name, column in values.items():
        column.append(error["type"] if name == "error_type" else None)
    values["error_message"][-1] = error["message"]


def _utc(moment: datetime | None) -> datetime | None:
    """Return an aware time in UTC; ``None`` for a naive one (its zone is unknown)."""
    if moment is None or moment.utcoffset() is None:
        return None
    return moment.astimezone(timezone.utc)


def _frame(
    pdf: pd.DataFrame, kept: dict[Hashable, Hashable], values: dict[str, list[Any]], explain: bool
) -> pd.DataFrame:
    """Return the kept columns of ``pdf`` and the story columns ``values``, in their dtypes."""
    out = pdf[list(kept)].rename(columns=kept)
    for name, dtype in schema(explain=explain).items():
        out[name] = pd.array(values[name], dtype=dtype)
    return out


def _shipped(pipeline: Pipeline | None) -> Any:
    """Return ``pipeline`` as one graph key, so a cluster pickles it once per job."""
    return None if pipeline is None else delayed(pipeline, traverse=False)


def _check_kind(kind: str) -> None:
    if kind not in _PARSERS:
        raise ValueError(f"kind must be one of {', '.join(map(repr, _PARSERS))}, not {kind!r}")
