"""Tests for wireclean.integrations.scrapy: the pipeline on items, then a real crawl."""

from __future__ import annotations

import dataclasses
import importlib
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("scrapy", reason="needs Scrapy: pip install 'wireclean[scrapy]'")
pytest.importorskip("itemadapter", reason="needs itemadapter: pip install 'wireclean[scrapy]'")

import attrs  # comes with Scrapy
import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

import wireclean
from wireclean.integrations.scrapy import (
    MissingField,
    WirecleanPipeline,
    load_pipeline,
)

# Two wire stories on pages with the usual debris: a navigation bar above, a footer of
# links and a copyright line below.
LONDON_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bank of England holds rates as inflation cools | Wire News</title>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Wire News</a>
  <nav>
    <ul>
      <li><a href="/world">World</a></li>
      <li><a href="/business">Business</a></li>
      <li><a href="/markets">Markets</a></li>
      <li><a href="/sports">Sports</a></li>
      <li><a href="/subscribe">Subscribe</a></li>
    </ul>
  </nav>
</header>
<main>
<article>
  <h1>Bank of England holds rates as inflation cools</h1>
  <p class="byline">By Jane Doe</p>
  <p>LONDON, March 3 (Reuters) - The Bank of England kept interest rates unchanged on
  Thursday, saying inflation had cooled faster than it expected over the winter but
  that it was too early to declare victory.</p>
  <p>Seven of the nine members of the Monetary Policy Committee voted to hold Bank Rate
  at 5.25%, while two voted for a quarter-point cut, the central bank said.</p>
  <p>Governor Andrew Bailey told reporters that the committee needed more evidence that
  wage growth was slowing before it could start to lower borrowing costs.</p>
</article>
</main>
<footer>
  <ul>
    <li><a href="/about">About us</a></li>
    <li><a href="/privacy">Privacy policy</a></li>
    <li><a href="/terms">Terms of use</a></li>
  </ul>
  <p>© 2024 Wire News. All rights reserved.</p>
</footer>
</body>
</html>
"""

TOKYO_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Toyota recalls 1 million cars over airbag fault</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/asia">Asia</a> | <a href="/autos">Autos</a>
| <a href="/login">Sign in</a></nav>
<div class="content">
  <h1>Toyota recalls 1 million cars over airbag fault</h1>
  <p>By John Smith</p>
  <p>TOKYO, March 4 (Reuters) - Toyota Motor Corp said on Friday it would recall about
  1 million vehicles worldwide because a faulty sensor could stop the passenger airbag
  from deploying in a crash.</p>
  <p>The world's biggest carmaker by sales said it was not aware of any injuries linked
  to the problem, which affects several models built between 2020 and 2022.</p>
</div>
<footer><p>Follow us on Twitter and Facebook</p><p>© 2024 Wire News</p></footer>
</body>
</html>
"""

# What the pages say, read from them: the debris each page carries, and its story.
DEBRIS = ("Subscribe", "Markets", "Privacy policy", "All rights reserved", "Sign in", "Twitter")
LONDON_FIRST = "The Bank of England kept interest rates unchanged on Thursday,"
TOKYO_FIRST = "Toyota Motor Corp said on Friday it would recall about 1 million vehicles"

# A plain-text wire story (no HTML): the pipeline detects which it was given.
TEXT_STORY = (
    "Mali army sold guns to rebels\n\n"
    "By Jane Doe\n\n"
    "ALGIERS, Aug 12 (Reuters) - Insurgents bought guns from army officers, "
    "a former militant said.\n"
)


def _body_text(record: dict[str, Any]) -> str:
    return "\n".join(record["body"])


def _assert_london(record: dict[str, Any]) -> None:
    assert "error" not in record
    assert record["headline"] == "Bank of England holds rates as inflation cools"
    assert record["byline"] == ["Jane Doe"]
    assert record["dateline"]["location"] == "LONDON"
    assert record["dateline"]["date"] == "March 3"
    assert record["dateline"]["agency"] == "Reuters"
    body = _body_text(record)
    assert record["body"][0].startswith(LONDON_FIRST)
    assert len(record["body"]) == 3
    assert "Governor Andrew Bailey" in record["body"][2]
    assert "LONDON" not in body and "By Jane Doe" not in body
    for debris in DEBRIS:
        assert debris not in body


def _assert_tokyo(record: dict[str, Any]) -> None:
    assert "error" not in record
    assert record["headline"] == "Toyota recalls 1 million cars over airbag fault"
    assert record["byline"] == ["John Smith"]
    assert record["dateline"]["location"] == "TOKYO"
    assert record["dateline"]["date"] == "March 4"
    assert record["body"][0].startswith(TOKYO_FIRST)
    assert len(record["body"]) == 2
    body = _body_text(record)
    for debris in DEBRIS:
        assert debris not in body


def _pipeline(**settings: Any) -> tuple[WirecleanPipeline, Crawler]:
    crawler = get_crawler(settings_dict=settings)
    return WirecleanPipeline.from_crawler(crawler), crawler


def _stat(crawler: Crawler, key: str) -> Any:
    return crawler.stats.get_value(key)


# --- items ---------------------------------------------------------------------------


class WirePage(scrapy.Item):
    url = scrapy.Field()
    html = scrapy.Field()
    story = scrapy.Field()


@dataclasses.dataclass
class PageData:
    url: str
    html: str | bytes
    story: dict[str, Any] | None = None


@attrs.define
class PageAttrs:
    url: str
    html: str | bytes
    story: dict[str, Any] | None = None


def test_dict_item_gets_its_story_and_keeps_the_page() -> None:
    pipe, crawler = _pipeline()
    item = {"url": "http://example.test/london", "html": LONDON_PAGE}
    out = pipe.process_item(item)
    assert out is item
    assert item["html"] == LONDON_PAGE
    _assert_london(item["story"])
    assert "removed" not in item["story"]
    assert _stat(crawler, "wireclean/cleaned") == 1
    assert _stat(crawler, "wireclean/failed") is None


def test_record_is_the_story_to_dict() -> None:
    pipe, _ = _pipeline()
    item = pipe.process_item({"html": TOKYO_PAGE})
    assert item["story"] == wireclean.parse(TOKYO_PAGE).to_dict()
    json.dumps(item["story"])  # JSON-able, ready for any feed exporter


def test_bytes_page_as_scrapy_gives_response_body() -> None:
    pipe, _ = _pipeline()
    _assert_tokyo(pipe.process_item({"html": TOKYO_PAGE.encode("utf-8")})["story"])


def test_plain_text_page() -> None:
    pipe, _ = _pipeline()
    record = pipe.process_item({"html": TEXT_STORY})["story"]
    assert record["headline"] == "Mali army sold guns to rebels"
    assert record["byline"] == ["Jane Doe"]
    assert record["dateline"]["location"] == "ALGIERS"
    assert record["body"] == ["Insurgents bought guns from army officers, a former militant said."]


@pytest.mark.parametrize(
    "item",
    [
        WirePage(url="http://example.test/london", html=LONDON_PAGE),
        PageData(url="http://example.test/london", html=LONDON_PAGE),
        PageAttrs(url="http://example.test/london", html=LONDON_PAGE.encode()),
    ],
    ids=["scrapy.Item", "dataclass", "attrs"],
)
def test_item_classes(item: Any) -> None:
    pipe, crawler = _pipeline()
    out = pipe.process_item(item)
    assert out is item
    record = item["story"] if isinstance(item, scrapy.Item) else item.story
    _assert_london(record)
    assert _stat(crawler, "wireclean/cleaned") == 1


def test_old_scrapy_passes_the_spider_too() -> None:
    pipe, _ = _pipeline()
    _assert_london(pipe.process_item({"html": LONDON_PAGE}, scrapy.Spider("wire"))["story"])


# --- failures ------------------------------------------------------------------------


def test_missing_field_gives_an_error_record_naming_it(caplog: pytest.LogCaptureFixture) -> None:
    pipe, crawler = _pipeline()
    item = {"url": "http://example.test/x", "body": LONDON_PAGE}
    assert pipe.process_item(item) is item
    error = item["story"]["error"]
    assert error["type"] == "MissingField"
    assert "'html'" in error["message"] and "WIRECLEAN_FIELD" in error["message"]
    assert _stat(crawler, "wireclean/failed") == 1
    assert _stat(crawler, "wireclean/failed/MissingField") == 1
    assert _stat(crawler, "wireclean/cleaned") is None
    assert "http://example.test/x" in caplog.text and "MissingField" in caplog.text


def test_unset_scrapy_item_field_is_missing() -> None:
    pipe, _ = _pipeline()
    item = WirePage(url="http://example.test/x")
    assert pipe.process_item(item)["story"]["error"]["type"] == "MissingField"


@pytest.mark.parametrize(
    ("value", "type_name"), [(None, "NoneType"), (42, "int"), (["<p>x</p>"], "list")]
)
def test_wrong_type_gives_an_error_record(value: object, type_name: str) -> None:
    pipe, crawler = _pipeline()
    error = pipe.process_item({"html": value})["story"]["error"]
    assert error == {
        "type": "TypeError",
        "message": f"item field 'html' holds {type_name}, not str or bytes",
    }
    assert _stat(crawler, "wireclean/failed/TypeError") == 1


def test_parse_error_gives_an_error_record() -> None:
    pipe, crawler = _pipeline(WIRECLEAN_MAX_SIZE=1000)
    error = pipe.process_item({"html": LONDON_PAGE})["story"]["error"]
    assert error["type"] == "InputTooLarge"
    assert "1,000" in error["message"]
    assert _stat(crawler, "wireclean/failed/InputTooLarge") == 1


def test_failing_custom_filter_gives_an_error_record() -> None:
    def broken(draft: wireclean.Draft) -> wireclean.Draft:
        raise RuntimeError("boom")

    pipe, _ = _pipeline(WIRECLEAN_PIPELINE=wireclean.default_pipeline().append(broken))
    error = pipe.process_item({"html": LONDON_PAGE})["story"]["error"]
    assert error["type"] == "FilterError"
    assert "broken" in error["message"] and "boom" in error["message"]


def test_batch_counts_cleaned_and_failed() -> None:
    pipe, crawler = _pipeline()
    items = [{"html": LONDON_PAGE}, {"html": b""}, {"nothing": 1}, {"html": TOKYO_PAGE}]
    for item in items:
        pipe.process_item(item)
    assert all("story" in item for item in items)
    assert _stat(crawler, "wireclean/cleaned") == 3  # an empty page is an empty story
    assert _stat(crawler, "wireclean/failed") == 1


def test_drop_failed_raises_drop_item_with_the_reason() -> None:
    pipe, crawler = _pipeline(WIRECLEAN_DROP_FAILED=True)
    with pytest.raises(DropItem, match=r"'html'.*MissingField: item has no 'html' field"):
        pipe.process_item({"url": "http://example.test/x"})
    assert _stat(crawler, "wireclean/failed") == 1
    _assert_london(pipe.process_item({"html": LONDON_PAGE})["story"])  # good items pass


def test_item_without_the_output_field_is_a_configuration_error() -> None:
    class NoStory(scrapy.Item):
        html = scrapy.Field()

    pipe, crawler = _pipeline()
    with pytest.raises(KeyError, match=r"NoStory has no field 'story'.*WIRECLEAN_OUTPUT_FIELD"):
        pipe.process_item(NoStory(html=LONDON_PAGE))
    assert _stat(crawler, "wireclean/cleaned") is None  # refused before parsing


# --- settings ------------------------------------------------------------------------


def test_defaults() -> None:
    pipe, crawler = _pipeline()
    assert (pipe.field, pipe.output_field) == ("html", "story")
    assert (pipe.explain, pipe.drop_failed, pipe.pipeline) == (False, False, None)
    assert pipe.max_size == wireclean.DEFAULT_MAX_SIZE
    assert pipe.stats is crawler.stats


def test_field_settings() -> None:
    pipe, _ = _pipeline(WIRECLEAN_FIELD="page", WIRECLEAN_OUTPUT_FIELD="clean")
    item = pipe.process_item({"page": LONDON_PAGE, "html": "not this one"})
    _assert_london(item["clean"])
    assert "story" not in item


def test_output_may_replace_the_page() -> None:
    pipe, _ = _pipeline(WIRECLEAN_OUTPUT_FIELD="html")
    _assert_london(pipe.process_item({"html": LONDON_PAGE})["html"])


def test_explain_adds_the_removal_records() -> None:
    # Settings from the command line (-s WIRECLEAN_EXPLAIN=true) are strings.
    pipe, _ = _pipeline(WIRECLEAN_EXPLAIN="true")
    record = pipe.process_item({"html": LONDON_PAGE})["story"]
    _assert_london(record)
    removed = " ".join(r["text"] for r in record["removed"])
    for text in ("Subscribe", "Privacy policy", "All rights reserved", "By Jane Doe"):
        assert text in removed
    assert {r["field"] for r in record["removed"]} >= {"headline", "byline", "dateline"}


def test_pipeline_setting_takes_a_pipeline() -> None:
    keep_dateline = wireclean.default_pipeline().disable("dateline")
    pipe, _ = _pipeline(WIRECLEAN_PIPELINE=keep_dateline)
    assert pipe.pipeline == keep_dateline  # Scrapy copies settings values
    record = pipe.process_item({"html": LONDON_PAGE})["story"]
    assert record["dateline"] is None
    assert record["body"][0].startswith(f"LONDON, March 3 (Reuters) - {LONDON_FIRST}")


def test_pipeline_setting_takes_a_dotted_path_to_a_factory() -> None:
    pipe, _ = _pipeline(WIRECLEAN_PIPELINE="wireclean.default_pipeline")
    assert pipe.pipeline == wireclean.default_pipeline()
    _assert_london(pipe.process_item({"html": LONDON_PAGE})["story"])


@pytest.mark.parametrize("value", [None, ""])
def test_no_pipeline_setting_means_the_default(value: object) -> None:
    assert load_pipeline(value) is None


def test_bad_pipeline_setting_fails_at_startup() -> None:
    with pytest.raises(TypeError, match=r"WIRECLEAN_PIPELINE.*gives str"):
        _pipeline(WIRECLEAN_PIPELINE="wireclean.__version__")
    with pytest.raises(NameError):
        _pipeline(WIRECLEAN_PIPELINE="wireclean.no_such_pipeline")


def test_bad_field_settings_fail_at_startup() -> None:
    with pytest.raises(ValueError, match="must not be empty"):
        _pipeline(WIRECLEAN_FIELD="")
    with pytest.raises(TypeError, match=r"WIRECLEAN_OUTPUT_FIELD must be a field name \(str\)"):
        _pipeline(WIRECLEAN_OUTPUT_FIELD=["story"])


def test_works_without_stats() -> None:
    # A crawler that has not started yet has no stats collector.
    pipe = WirecleanPipeline.from_crawler(Crawler(scrapy.Spider))
    assert pipe.stats is None
    _assert_london(pipe.process_item({"html": LONDON_PAGE})["story"])
    assert pipe.process_item({})["story"]["error"]["type"] == "MissingField"


def test_missing_field_error_is_a_lookup_error() -> None:
    assert issubclass(MissingField, LookupError)


# --- imports -------------------------------------------------------------------------


def test_core_package_does_not_import_scrapy() -> None:
    code = "import sys, wireclean; wireclean.parse('x'); print(sorted(m for m in sys.modules "
    code += "if m.split('.')[0] in ('scrapy', 'itemadapter', 'twisted')))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("missing", ["scrapy", "itemadapter"])
def test_clear_import_error_without_scrapy(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    for name in list(sys.modules):
        if name == missing or name.startswith(f"{missing}."):
            monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.delitem(sys.modules, "wireclean.integrations.scrapy")
    with pytest.raises(ImportError, match=r"pip install 'wireclean\[scrapy\]'") as info:
        importlib.import_module("wireclean.integrations.scrapy")
    assert missing in str(info.value)


# --- a real crawl --------------------------------------------------------------------

BIG_PAGE = (
    "<!DOCTYPE html><html><body><h1>Archive</h1>"
    + "<p>LONDON, March 1 (Reuters) - An archived paragraph of wire copy.</p>" * 2000
    + "</body></html>"
)
INDEX_PAGE = """\
<!DOCTYPE html>
<html><head><title>Wire News</title></head><body>
<h1>Latest</h1>
<ul>
  <li><a class="story" href="/world/boe-rates.html">Bank of England holds rates</a></li>
  <li><a class="story" href="/business/toyota-recall.html">Toyota recalls 1 million cars</a></li>
  <li><a class="story" href="/archive/everything.html">The whole archive</a></li>
</ul>
</body></html>
"""
SITE = {
    "index.html": INDEX_PAGE,
    "world/boe-rates.html": LONDON_PAGE,
    "business/toyota-recall.html": TOKYO_PAGE,
    "archive/everything.html": BIG_PAGE,
}

CRAWL_SCRIPT = """\
import json
import sys

import scrapy
from scrapy.crawler import CrawlerProcess


class WireSpider(scrapy.Spider):
    name = "wire"

    def parse(self, response):
        for href in response.css("a.story::attr(href)").getall():
            yield response.follow(href, callback=self.parse_story)

    def parse_story(self, response):
        yield {"url": response.url, "html": response.body}


base, feed, stats_path, extra = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
settings = {
    "ITEM_PIPELINES": {"wireclean.integrations.scrapy.WirecleanPipeline": 300},
    "FEEDS": {feed: {"format": "jsonlines", "fields": ["url", "story"]}},
    "ROBOTSTXT_OBEY": False,
    "TELNETCONSOLE_ENABLED": False,
    "LOG_LEVEL": "WARNING",
    "RETRY_ENABLED": False,
    "DOWNLOAD_TIMEOUT": 30,
    "CLOSESPIDER_TIMEOUT": 90,
    "HTTPCACHE_ENABLED": False,
    **extra,
}
process = CrawlerProcess(settings)
crawler = process.create_crawler(WireSpider)
process.crawl(crawler, start_urls=[base + "/index.html"])
process.start()
with open(stats_path, "w", encoding="utf-8") as f:
    json.dump(crawler.stats.get_stats(), f, default=str)
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Serve the pages from 127.0.0.1 on a free port; yield the base URL."""
    root = tmp_path_factory.mktemp("site")
    for name, page in SITE.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(page, encoding="utf-8")

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _crawl(
    site: str, tmp_path: Path, **settings: Any
) -> tuple[dict[str, dict[str, Any]], dict[str, Any], str]:
    """Run the spider in a fresh process; return the items by URL, the stats and the log."""
    script, feed, stats = tmp_path / "crawl.py", tmp_path / "items.jsonl", tmp_path / "stats.json"
    script.write_text(CRAWL_SCRIPT, encoding="utf-8")
    args = [sys.executable, str(script), site, feed.as_uri(), str(stats), json.dumps(settings)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = feed.read_text(encoding="utf-8").splitlines()
    items = {item["url"]: item for item in map(json.loads, lines)}
    assert len(items) == len(lines)
    return items, json.loads(stats.read_text(encoding="utf-8")), done.stderr


def test_real_crawl_cleans_each_page(site: str, tmp_path: Path) -> None:
    items, stats, log = _crawl(site, tmp_path, WIRECLEAN_MAX_SIZE=64_000)
    assert set(items) == {
        f"{site}/world/boe-rates.html",
        f"{site}/business/toyota-recall.html",
        f"{site}/archive/everything.html",
    }
    _assert_london(items[f"{site}/world/boe-rates.html"]["story"])
    _assert_tokyo(items[f"{site}/business/toyota-recall.html"]["story"])
    # The page over the size limit is kept, with the reason in place of its story.
    error = items[f"{site}/archive/everything.html"]["story"]["error"]
    assert error["type"] == "InputTooLarge"
    assert "64,000" in error["message"]
    assert "InputTooLarge" in log and f"{site}/archive/everything.html" in log
    assert "Deprecat" not in log  # the pipeline uses no API Scrapy warns about
    assert stats["wireclean/cleaned"] == 2
    assert stats["wireclean/failed"] == 1
    assert stats["wireclean/failed/InputTooLarge"] == 1
    assert stats["item_scraped_count"] == 3


def test_real_crawl_with_explain_and_drop_failed(site: str, tmp_path: Path) -> None:
    items, stats, log = _crawl(
        site,
        tmp_path,
        WIRECLEAN_MAX_SIZE=64_000,
        WIRECLEAN_DROP_FAILED=True,
        WIRECLEAN_EXPLAIN=True,
    )
    assert set(items) == {f"{site}/world/boe-rates.html", f"{site}/business/toyota-recall.html"}
    london = items[f"{site}/world/boe-rates.html"]["story"]
    _assert_london(london)
    assert any("Subscribe" in r["text"] for r in london["removed"])
    assert stats["item_dropped_count"] == 1
    assert stats["wireclean/failed/InputTooLarge"] == 1
    assert "Dropped" in log and "InputTooLarge" in log
