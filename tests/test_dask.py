"""wireclean.integrations.dask: bags and DataFrames of pages to story records.

Unit tests run on the synchronous scheduler; one module-scoped ``LocalCluster`` (two
worker processes on loopback) checks that the work and a custom pipeline really go
to other processes. Skipped without the ``dask`` extra.
"""

from __future__ import annotations

import math
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask", reason="needs the dask extra: pip install 'wireclean[dask]'")
pytest.importorskip("dask.dataframe", reason="needs the dask extra: pip install 'wireclean[dask]'")
pytest.importorskip("pandas", reason="needs the dask extra: pip install 'wireclean[dask]'")
pytest.importorskip("pyarrow", reason="needs the dask extra: pip install 'wireclean[dask]'")
distributed = pytest.importorskip(
    "distributed", reason="needs the dask extra: pip install 'wireclean[dask]'"
)

import dask  # noqa: E402
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
from dask.dataframe.utils import assert_eq  # noqa: E402

import wireclean  # noqa: E402
from tests.conftest import ROOT  # noqa: E402
from wireclean import Draft, Pipeline, default_pipeline  # noqa: E402
from wireclean.integrations.dask import (  # noqa: E402
    RECORD_KEYS,
    SCHEMA,
    clean_bag,
    clean_dataframe,
    clean_partition,
    schema,
)

MALI = "Mali army sold guns\n\nALGIERS (Reuters) - Insurgents bought guns."
PARIS = "PARIS (AFP) - It rained."
FULL = (
    "August 12, 2010 / 3:06 PM EDT\n\n"
    "Mali army sold guns\n\n"
    "By Lamine Chikhi\n\n"
    "ALGIERS, Aug 12 (Reuters) - Insurgents bought guns.\n\n"
    "The army denied it. (Reporting by Lamine Chikhi; Editing by Dan Grebler)"
)
NAIVE = "August 12, 2010 / 3:06 PM / 9 years ago\n\n" + MALI
HTML = (
    "<html><head><title>Fed holds rates</title></head><body><article>"
    "<h1>Fed holds rates</h1>"
    "<p>WASHINGTON (Reuters) - The Fed held rates on Wednesday.</p>"
    "<p>It said more later.</p>"
    "</article></body></html>"
)
# Text before the first tag: "auto" reads it as text, kind="html" as a page.
FRAGMENT = "Intro words here\n<p>PARIS (AFP) - It rained.</p>"
BIG = "LONDON (Reuters) - " + "Prices rose. " * 40  # 539 characters

SYNC = "sync"


def explode(draft: Draft) -> Draft:
    """A custom filter that always fails."""
    raise RuntimeError("boom")


def bag_of(items: list[Any], npartitions: int = 2) -> db.Bag:
    return db.from_sequence(items, npartitions=npartitions)


def frame_of(pdf: pd.DataFrame, npartitions: int = 2, *, raw: bool = False) -> dd.DataFrame:
    """A Dask DataFrame of ``pdf``; ``raw`` keeps object columns as they are.

    (Dask turns object columns into strings by default: ``b"x"`` into ``"x"``, 42 into
    ``"42"``; Parquet binary columns and ``raw`` frames keep bytes and odd values.)
    """
    with dask.config.set({"dataframe.convert-string": not raw}):
        return dd.from_pandas(pdf, npartitions=npartitions, sort=False)


# -- bags -----------------------------------------------------------------------------


def test_bag_of_pages_gives_one_story_record_each_in_order() -> None:
    records = clean_bag(bag_of([MALI, PARIS, HTML, HTML.encode(), FULL])).compute(scheduler=SYNC)
    assert len(records) == 5
    mali, paris, html, html_bytes, full = records
    assert mali == wireclean.parse(MALI).to_dict()
    assert mali["headline"] == "Mali army sold guns"
    assert mali["dateline"] == {"location": "ALGIERS", "date": None, "agency": "Reuters"}
    assert mali["body"] == ["Insurgents bought guns."]
    assert paris["headline"] is None
    assert paris["dateline"]["location"] == "PARIS"
    assert paris["body"] == ["It rained."]
    assert html["headline"] == "Fed holds rates"
    assert html["dateline"]["location"] == "WASHINGTON"
    assert html["body"] == ["The Fed held rates on Wednesday.", "It said more later."]
    assert html_bytes == html
    assert full["byline"] == ["Lamine Chikhi"]
    assert full["published"] == "2010-08-12T15:06:00-04:00"
    assert full["body"] == ["Insurgents bought guns.", "The army denied it."]
    assert [c["role"] for c in full["credits"]] == ["reporting", "editing"]


def test_bad_elements_give_error_records_in_place() -> None:
    items: list[Any] = [MALI, None, 42, BIG, b"PARIS (AFP) - It rained.", ["a list"]]
    records = clean_bag(bag_of(items, npartitions=3), max_size=200).compute(scheduler=SYNC)
    assert len(records) == len(items)
    assert records[0]["headline"] == "Mali army sold guns"
    assert records[1]["error"]["type"] == "TypeError"
    assert "NoneType" in records[1]["error"]["message"]
    assert records[2]["error"]["type"] == "TypeError"
    assert "int" in records[2]["error"]["message"]
    assert records[3]["error"]["type"] == "InputTooLarge"
    assert records[4]["body"] == ["It rained."]
    assert records[5]["error"]["type"] == "TypeError"
    assert set(records[1]) == {"error"}


def test_a_partition_of_only_failures_and_an_empty_bag() -> None:
    assert clean_bag(bag_of([None, None, 3])).compute(scheduler=SYNC) == [
        {"error": {"type": "TypeError", "message": m}}
        for m in (
            "parse() takes str or bytes, not NoneType",
            "parse() takes str or bytes, not NoneType",
            "parse() takes str or bytes, not int",
        )
    ]
    assert clean_bag(bag_of([])).compute(scheduler=SYNC) == []


def test_dict_elements_carry_their_other_keys() -> None:
    items = [
        {"id": 1, "url": "https://example.com/mali", "text": MALI},
        {"id": 2, "html": HTML, "lang": "en"},
        {"id": 3, "body": "raw"},  # no page key
    ]
    records = clean_bag(bag_of(items)).compute(scheduler=SYNC)
    mali, fed, missing = records
    # The page key is not carried; a key the record has of its own becomes input_<key>.
    assert mali == {
        "id": 1,
        "input_url": "https://example.com/mali",
        **wireclean.parse(MALI).to_dict(),
    }
    assert fed["id"] == 2 and fed["lang"] == "en"
    assert fed["headline"] == "Fed holds rates"
    assert missing == {
        "id": 3,
        "input_body": "raw",
        "error": {
            "type": "MissingField",
            "message": "the record has no 'text' key (pass field=...)",
        },
    }
    assert "url" in RECORD_KEYS and "error" in RECORD_KEYS


def test_field_and_keep_choose_the_page_and_the_carried_keys() -> None:
    items = [{"id": 1, "page": PARIS, "extra": "x"}, {"id": 2, "page": None, "extra": "y"}]
    records = clean_bag(bag_of(items), field="page", keep=["id", "page"]).compute(scheduler=SYNC)
    assert records[0]["id"] == 1 and records[0]["page"] == PARIS and "extra" not in records[0]
    assert records[0]["body"] == ["It rained."]
    assert records[1] == {
        "id": 2,
        "page": None,
        "error": {"type": "TypeError", "message": "parse() takes str or bytes, not NoneType"},
    }


def test_bag_explain_adds_the_removal_records() -> None:
    (record,) = clean_bag(bag_of([MALI], 1), explain=True).compute(scheduler=SYNC)
    assert record == wireclean.parse(MALI).to_dict(explain=True)
    assert [(r["filter"], r["field"]) for r in record["removed"]] == [
        ("headline", "headline"),
        ("dateline", "dateline"),
    ]


def test_bag_custom_pipeline_and_kind() -> None:
    no_dateline = default_pipeline().disable("dateline")
    (record,) = clean_bag(bag_of([MALI], 1), pipeline=no_dateline).compute(scheduler=SYNC)
    assert record["dateline"] is None
    assert record["body"] == ["ALGIERS (Reuters) - Insurgents bought guns."]

    failing = default_pipeline().append(explode)
    records = clean_bag(bag_of([MALI, PARIS]), pipeline=failing).compute(scheduler=SYNC)
    assert [r["error"]["type"] for r in records] == ["FilterError", "FilterError"]
    assert records[0]["error"]["message"] == "filter 'explode': RuntimeError: boom"

    auto, html = (
        clean_bag(bag_of([FRAGMENT], 1), kind=kind).compute(scheduler=SYNC)[0]
        for kind in ("auto", "html")
    )
    assert auto["dateline"] is None
    assert html["headline"] == "Intro words here"
    assert html["dateline"]["location"] == "PARIS"
    assert html["body"] == ["It rained."]
    (text,) = clean_bag(bag_of([HTML], 1), kind="text").compute(scheduler=SYNC)
    assert text["body"][0].startswith("<html>")


def test_bag_arguments_are_checked_when_the_graph_is_built() -> None:
    with pytest.raises(TypeError, match=r"dask\.bag\.Bag"):
        clean_bag([MALI])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="kind must be one of"):
        clean_bag(bag_of([MALI]), kind="xml")  # type: ignore[arg-type]


# -- DataFrames -----------------------------------------------------------------------


def pages_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": [10, 11, 12, 13, 14],
            "text": [MALI, FULL, NAIVE, HTML, PARIS],
            "source": ["a", "b", "c", "d", "e"],
        },
        index=pd.Index([100, 101, 102, 103, 104], name="row"),
    )


def test_dataframe_rows_hold_the_stories_in_order() -> None:
    out = clean_dataframe(frame_of(pages_frame()), "text")
    assert list(out.columns) == ["id", "source", *SCHEMA]
    got = out.compute(scheduler=SYNC)
    assert list(got.index) == [100, 101, 102, 103, 104] and got.index.name == "row"
    assert list(got["id"]) == [10, 11, 12, 13, 14]
    assert list(got["source"]) == ["a", "b", "c", "d", "e"]

    mali, full, naive, html, paris = (got.loc[i] for i in got.index)
    assert mali["headline"] == "Mali army sold guns"
    assert mali["dateline_location"] == "ALGIERS"
    assert mali["dateline_agency"] == "Reuters"
    assert mali["dateline_date"] is pd.NA
    assert mali["body"] == "Insurgents bought guns."
    assert mali["byline"] == [] and mali["bullets"] == [] and mali["credits"] == []
    assert mali["published"] is pd.NA and mali["published_utc"] is pd.NaT
    assert mali["error_type"] is pd.NA and mali["error_message"] is pd.NA

    assert full["byline"] == ["Lamine Chikhi"]
    assert full["dateline_date"] == "Aug 12"
    assert full["body"] == "Insurgents bought guns.\n\nThe army denied it."
    assert full["credits"] == [
        {"role": "reporting", "names": ["Lamine Chikhi"], "location": None},
        {"role": "editing", "names": ["Dan Grebler"], "location": None},
    ]
    # An aware time: ISO text as written, and the same instant in UTC.
    assert full["published"] == "2010-08-12T15:06:00-04:00"
    assert full["published_utc"] == pd.Timestamp("2010-08-12T19:06:00", tz="UTC")
    # A naive time: its zone is unknown, so no UTC time.
    assert naive["published"] == "2010-08-12T15:06:00"
    assert naive["published_utc"] is pd.NaT

    assert html["headline"] == "Fed holds rates"
    assert html["body"] == "The Fed held rates on Wednesday.\n\nIt said more later."
    assert paris["headline"] is pd.NA and paris["body"] == "It rained."


def assert_schema(out: dd.DataFrame, got: pd.DataFrame) -> None:
    """The declared meta, every computed partition and SCHEMA agree, column by column."""
    assert dict(out._meta.dtypes) == dict(got.dtypes)
    assert list(out._meta.columns) == list(got.columns)
    for name, dtype in SCHEMA.items():
        assert got[name].dtype == dtype, name


def test_declared_schema_is_the_produced_schema() -> None:
    pdf = pages_frame()
    out = clean_dataframe(frame_of(pdf), "text")
    got = out.compute(scheduler=SYNC)
    assert_schema(out, got)
    for i in range(out.npartitions):
        assert_schema(out, out.partitions[i].compute(scheduler=SYNC))
    # Dask's own check: meta vs result dtypes, and the same as clean_partition on pandas.
    expected = clean_partition(pdf, "text")
    expected["source"] = expected["source"].astype(got["source"].dtype)
    assert_eq(out, expected, scheduler=SYNC, sort_results=False)


def test_schema_holds_for_empty_and_all_failure_partitions() -> None:
    pdf = pages_frame()
    ddf = frame_of(pdf, npartitions=2)
    empty = clean_dataframe(ddf[ddf["id"] > 1000], "text")
    got = empty.compute(scheduler=SYNC)
    assert len(got) == 0
    assert_schema(empty, got)

    # One partition empty, one not.
    half = clean_dataframe(ddf[ddf["id"] < 12], "text")
    parts = [half.partitions[i].compute(scheduler=SYNC) for i in range(half.npartitions)]
    assert sorted(len(p) for p in parts) == [0, 2]
    for part in parts:
        assert_schema(half, part)

    failures = pdf.assign(text=[None, 1, 2.5, None, None]).astype({"text": object})
    out = clean_dataframe(frame_of(failures, raw=True), "text")
    got = out.compute(scheduler=SYNC)
    assert_schema(out, got)
    assert list(got["error_type"]) == ["TypeError"] * 5
    assert got["headline"].isna().all() and got["byline"].isna().all()
    assert got["body"].isna().all() and got["published_utc"].isna().all()


def test_error_rows_name_the_problem() -> None:
    pdf = pd.DataFrame(
        {
            "id": range(6),
            "page": pd.Series([MALI, None, float("nan"), 42, BIG, PARIS.encode()], dtype=object),
        }
    )
    ddf = frame_of(pdf, 3, raw=True)
    got = clean_dataframe(ddf, "page", max_size=200).compute(scheduler=SYNC)
    assert len(got) == 6
    assert got["error_type"].tolist() == [
        pd.NA, "TypeError", "TypeError", "TypeError", "InputTooLarge", pd.NA,
    ]  # fmt: skip
    assert got["error_message"][1] == "no page: the 'page' value is missing (None)"
    assert got["error_message"][2] == "no page: the 'page' value is missing (nan)"
    assert got["error_message"][3] == "parse() takes str or bytes, not int"
    assert "max_size" in got["error_message"][4]
    assert got["headline"][0] == "Mali army sold guns"
    assert got["body"][5] == "It rained."
    assert got["headline"][1:5].isna().all()


def test_missing_values_of_a_string_column_are_error_rows() -> None:
    pdf = pd.DataFrame({"text": [MALI, None, PARIS]})  # pandas' str dtype: NaN
    got = clean_dataframe(frame_of(pdf), "text").compute(scheduler=SYNC)
    assert got["error_type"].tolist() == [pd.NA, "TypeError", pd.NA]
    assert got["dateline_location"].tolist() == ["ALGIERS", pd.NA, "PARIS"]


def test_carried_columns_keep_and_renames() -> None:
    pdf = pd.DataFrame({"id": [1, 2], "url": ["u1", "u2"], "html": [HTML, FRAGMENT]})
    out = clean_dataframe(frame_of(pdf), "html")
    assert list(out.columns) == ["id", "input_url", *SCHEMA]
    got = out.compute(scheduler=SYNC)
    assert got["input_url"].tolist() == ["u1", "u2"]
    assert got["url"].isna().all()

    only = clean_dataframe(frame_of(pdf), "html", keep=["html"], kind="html")
    assert list(only.columns) == ["html", *SCHEMA]
    got = only.compute(scheduler=SYNC)
    assert got["html"].tolist() == [HTML, FRAGMENT]
    assert got["dateline_location"].tolist() == ["WASHINGTON", "PARIS"]

    assert list(clean_dataframe(frame_of(pdf), "html", keep=[]).columns) == list(SCHEMA)
    with pytest.raises(KeyError, match="no column 'text'"):
        clean_dataframe(frame_of(pdf), "text")
    with pytest.raises(KeyError, match="keep: no column 'nope'"):
        clean_dataframe(frame_of(pdf), "html", keep=["nope"])
    clash = pdf.assign(input_url=["x", "y"])
    with pytest.raises(ValueError, match="input_url"):
        clean_dataframe(frame_of(clash), "html")
    with pytest.raises(TypeError, match="clean_partition"):
        clean_dataframe(pdf, "html")  # type: ignore[arg-type]


def test_dataframe_explain_adds_removed() -> None:
    pdf = pd.DataFrame({"text": [MALI, None]})
    out = clean_dataframe(frame_of(pdf, 1), "text", explain=True)
    assert list(out.columns) == list(schema(explain=True))
    assert list(schema(explain=True)) == [*list(SCHEMA)[:-2], "removed", *list(SCHEMA)[-2:]]
    got = out.compute(scheduler=SYNC)
    assert_eq(out._meta.dtypes, got.dtypes)
    removed = got["removed"][0]
    assert removed == wireclean.parse(MALI).to_dict(explain=True)["removed"]
    assert got["removed"].isna().tolist() == [False, True]


def test_clean_partition_on_pandas_alone() -> None:
    pdf = pd.DataFrame({"id": [1, 2, 3], "text": [MALI, PARIS, None]})
    got = clean_partition(pdf, "text", pipeline=default_pipeline().disable("dateline"))
    assert got["id"].tolist() == [1, 2, 3]
    assert got["body"].tolist() == [
        "ALGIERS (Reuters) - Insurgents bought guns.",
        "PARIS (AFP) - It rained.",
        pd.NA,
    ]
    assert got["dateline_location"].isna().all()
    assert {n: got[n].dtype for n in SCHEMA} == SCHEMA


def test_parquet_round_trip(tmp_path: Path) -> None:
    out = clean_dataframe(frame_of(pages_frame()), "text", explain=True)
    out.to_parquet(tmp_path / "stories", compute_kwargs={"scheduler": SYNC})
    # dtype_backend="pyarrow": see test_default_parquet_reader_cannot_read_arrow_lists.
    back = dd.read_parquet(tmp_path / "stories", dtype_backend="pyarrow")
    back = back.compute(scheduler=SYNC)
    got = out.compute(scheduler=SYNC)
    assert back.index.tolist() == got.index.tolist()
    assert back["headline"].tolist() == got["headline"].tolist()
    assert [list(b) for b in back["byline"]] == [list(b) for b in got["byline"]]
    when = got["published_utc"]
    assert back["published_utc"].astype(when.dtype).tolist() == when.tolist()
    assert _plain(back["credits"].tolist()) == _plain(got["credits"].tolist())
    assert _plain(back["removed"].tolist()) == _plain(got["removed"].tolist())


@pytest.mark.xfail(
    raises=TypeError,
    strict=True,
    reason="pandas-dev/pandas#53011, apache/arrow#39914: the default reader cannot rebuild "
    "a list<...>[pyarrow] dtype from the file's pandas metadata; when this passes, drop "
    "the dtype_backend advice from docs/dask.md",
)
def test_default_parquet_reader_cannot_read_arrow_lists(tmp_path: Path) -> None:
    clean_partition(pd.DataFrame({"text": [MALI]}), "text").to_parquet(tmp_path / "s.parquet")
    pd.read_parquet(tmp_path / "s.parquet")


def _plain(value: Any) -> Any:
    """Lists, dicts and scalars, whatever array or mapping type a reader gave back."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else value
        return [_plain(v) for v in items] if isinstance(items, list) else items
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


# -- packaging ------------------------------------------------------------------------


def test_missing_extra_gives_an_install_hint_and_the_core_never_imports_it() -> None:
    hint = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.modules['dask'] = None\n"
            "try:\n import wireclean.integrations.dask\n"
            "except ImportError as e: print(e)",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "pip install 'wireclean[dask]'" in hint.stdout
    core = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, wireclean; wireclean.parse('PARIS (AFP) - It rained.')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('dask', 'pandas', 'pyarrow', 'distributed') or m.endswith('integrations.dask')))",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert core.stdout.strip() == "[]"


# -- a real cluster -------------------------------------------------------------------


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """Two worker processes on loopback, closed when the module's tests are done."""
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster, set_as_default=False) as client,
    ):
        client.wait_for_workers(2, timeout=60)
        yield client


@pytest.mark.timeout(120)
def test_bag_on_a_local_cluster_with_a_custom_pipeline(client: Any) -> None:
    assert len(client.scheduler_info()["workers"]) == 2
    no_dateline = default_pipeline().disable("dateline")
    items: list[Any] = [MALI, {"id": 1, "text": PARIS}, None, HTML] * 5
    bag = clean_bag(bag_of(items, npartitions=4), pipeline=no_dateline)
    records = client.compute(bag).result()
    assert len(records) == 20
    mali, paris, none, html = records[:4]
    assert mali["headline"] == "Mali army sold guns"
    assert mali["dateline"] is None
    assert mali["body"] == ["ALGIERS (Reuters) - Insurgents bought guns."]
    assert paris["id"] == 1 and paris["body"] == ["PARIS (AFP) - It rained."]
    assert none["error"]["type"] == "TypeError"
    assert html["body"][0] == "WASHINGTON (Reuters) - The Fed held rates on Wednesday."
    assert records[4:8] == records[:4]


@pytest.mark.timeout(120)
def test_dataframe_on_a_local_cluster_to_parquet(client: Any, tmp_path: Path) -> None:
    no_dateline = default_pipeline().disable("dateline")
    pdf = pd.DataFrame({"id": range(40), "text": [MALI, FULL, None, HTML] * 10})
    out = clean_dataframe(frame_of(pdf, npartitions=4), "text", pipeline=no_dateline)
    got = client.compute(out).result()
    assert_schema(out, got)
    assert got["id"].tolist() == list(range(40))
    assert got["dateline_location"].isna().all()
    assert got["body"][0] == "ALGIERS (Reuters) - Insurgents bought guns."
    assert got["error_type"].tolist() == [pd.NA, pd.NA, "TypeError", pd.NA] * 10
    assert got["published_utc"][1] == datetime(2010, 8, 12, 19, 6, tzinfo=timezone.utc)
    # Workers write the partitions to storage they share with the client (here, a folder).
    client.compute(out.to_parquet(tmp_path / "stories", compute=False)).result()
    back = dd.read_parquet(tmp_path / "stories", dtype_backend="pyarrow")
    back = back.compute(scheduler=SYNC)
    assert back["id"].tolist() == list(range(40))
    assert back["body"].tolist() == got["body"].tolist()


@pytest.mark.timeout(120)
def test_a_pipeline_is_pickled_once_per_job_not_per_partition(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    pickled = [0]
    reduce = Pipeline.__reduce__

    def counting(self: Pipeline) -> Any:
        pickled[0] += 1
        return reduce(self)

    monkeypatch.setattr(Pipeline, "__reduce__", counting)
    no_dateline = default_pipeline().disable("dateline")
    bag = clean_bag(bag_of([MALI] * 40, npartitions=8), pipeline=no_dateline)
    pdf = pd.DataFrame({"text": [MALI] * 40})
    ddf = clean_dataframe(frame_of(pdf, npartitions=8), "text", pipeline=no_dateline)
    records = client.compute(bag, sync=True)
    got = client.compute(ddf, sync=True)
    assert [r["dateline"] for r in records] == [None] * 40
    assert got["dateline_location"].isna().all() and len(got) == 40
    assert 2 <= pickled[0] < 8  # once per job each, where a per-partition graph gives 16
