"""A Scrapy item pipeline that cleans one field of each item into a story record.

Enable it in your project's ``settings.py`` (needs ``pip install 'wireclean[scrapy]'``)::

    ITEM_PIPELINES = {"wireclean.integrations.scrapy.WirecleanPipeline": 300}
    WIRECLEAN_FIELD = "html"          # the item field holding the page (str or bytes)
    WIRECLEAN_OUTPUT_FIELD = "story"  # where the story record goes
    WIRECLEAN_EXPLAIN = False         # True adds the "removed" records
    WIRECLEAN_PIPELINE = None         # a wireclean.Pipeline, a factory, or a dotted path
    WIRECLEAN_DROP_FAILED = False     # True drops failed items (DropItem) instead
    WIRECLEAN_MAX_SIZE = 50 * 1024 * 1024  # larger pages fail with InputTooLarge

and yield the page from your spider, e.g. ``yield {"url": response.url, "html":
response.body}``. Every item gets the output field: the story's
:meth:`~wireclean.Story.to_dict`, or, when the page cannot be cleaned (the field is
missing, holds neither ``str`` nor ``bytes``, or parsing raises), an error record
``{"error": {"type": ..., "message": ...}}`` (:func:`wireclean.records.error_record`),
logged as a warning. Nothing is lost silently: with ``WIRECLEAN_DROP_FAILED`` a failed
item is dropped with :exc:`scrapy.exceptions.DropItem`, which Scrapy logs and counts.

Items may be dicts, :class:`scrapy.Item` (declare the output field), dataclass or
attrs objects: anything :class:`itemadapter.ItemAdapter` handles. The crawl's stats
count ``wireclean/cleaned``, ``wireclean/failed`` and ``wireclean/failed/<ErrorType>``.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol, TypeVar

try:
    from itemadapter import ItemAdapter
    from scrapy.crawler import Crawler
    from scrapy.exceptions import DropItem
    from scrapy.settings import BaseSettings
    from scrapy.utils.misc import load_object
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        f"wireclean.integrations.scrapy needs Scrapy and itemadapter ({exc}): "
        "pip install 'wireclean[scrapy]'"
    ) from exc

from wireclean.api import DEFAULT_MAX_SIZE, parse
from wireclean.pipeline import Pipeline
from wireclean.records import MissingField, error_record

__all__ = ["MissingField", "WirecleanPipeline", "load_pipeline"]

logger = logging.getLogger(__name__)

_ItemT = TypeVar("_ItemT")


class _Stats(Protocol):
    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None: ...


def load_pipeline(value: object) -> Pipeline | None:
    """Return the :class:`~wireclean.Pipeline` a ``WIRECLEAN_PIPELINE`` value names.

    ``None`` or ``""`` gives ``None`` (the default pipeline). A dotted path is imported
    first; then a ``Pipeline`` is used as it is and any other callable is called with
    no arguments and must return one.

    >>> load_pipeline("wireclean.default_pipeline").names[:2]
    ('header', 'breakpoints')
    >>> load_pipeline(None) is None
    True
    """
    if value is None or value == "":
        return None
    obj = load_object(value) if isinstance(value, str) else value
    if not isinstance(obj, Pipeline) and callable(obj):
        obj = obj()
    if not isinstance(obj, Pipeline):
        raise TypeError(
            f"WIRECLEAN_PIPELINE must be a wireclean.Pipeline, a factory returning one or "
            f"a dotted path to either; {value!r} gives {type(obj).__name__}"
        )
    return obj


def _name_setting(settings: BaseSettings, name: str, default: str) -> str:
    value = settings.get(name)
    if value is None:
        return default
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a field name (str), not {type(value).__name__}")
    return value


class WirecleanPipeline:
    """Clean the page in each item's ``field`` into a story record in ``output_field``.

    Built by Scrapy through :meth:`from_crawler` from the ``WIRECLEAN_*`` settings;
    the keyword arguments mirror them for use outside a crawl.
    """

    def __init__(
        self,
        *,
        field: str = "html",
        output_field: str = "story",
        explain: bool = False,
        pipeline: Pipeline | None = None,
        drop_failed: bool = False,
        max_size: int = DEFAULT_MAX_SIZE,
        stats: _Stats | None = None,
    ) -> None:
        if not field or not output_field:
            raise ValueError("WIRECLEAN_FIELD and WIRECLEAN_OUTPUT_FIELD must not be empty")
        self.field = field
        self.output_field = output_field
        self.explain = explain
        self.pipeline = pipeline
        self.drop_failed = drop_failed
        self.max_size = max_size
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WirecleanPipeline:
        """Return the pipeline configured by the crawler's ``WIRECLEAN_*`` settings."""
        settings = crawler.settings
        try:
            stats: _Stats | None = crawler.stats
        except (AttributeError, RuntimeError):  # not set up yet (newer Scrapy raises)
            stats = None
        return cls(
            field=_name_setting(settings, "WIRECLEAN_FIELD", "html"),
            output_field=_name_setting(settings, "WIRECLEAN_OUTPUT_FIELD", "story"),
            explain=settings.getbool("WIRECLEAN_EXPLAIN", False),
            pipeline=load_pipeline(settings.get("WIRECLEAN_PIPELINE")),
            drop_failed=settings.getbool("WIRECLEAN_DROP_FAILED", False),
            max_size=settings.getint("WIRECLEAN_MAX_SIZE", DEFAULT_MAX_SIZE),
            stats=stats,
        )

    def process_item(self, item: _ItemT, spider: object = None) -> _ItemT:
        """Set the item's output field to its story record or error record; return the item.

        Raises :exc:`~scrapy.exceptions.DropItem` for a failed item with
        ``drop_failed``. ``spider`` is accepted, unused, for older Scrapy, which passes it.
        """
        adapter = ItemAdapter(item)
        declared = ItemAdapter.get_field_names_from_class(type(item))
        if declared is not None and self.output_field not in declared:
            raise KeyError(
                f"{type(item).__name__} has no field {self.output_field!r} for the story "
                f"record: declare it or set WIRECLEAN_OUTPUT_FIELD"
            )
        try:
            record = self._story_record(adapter)
        except Exception as exc:  # one bad page gives an error record; the crawl goes on
            self._inc("wireclean/failed")
            self._inc(f"wireclean/failed/{type(exc).__name__}")
            url = adapter.get("url")
            where = f" ({url})" if url else ""
            message = (
                f"wireclean could not clean {self.field!r}{where}: {type(exc).__name__}: {exc}"
            )
            if self.drop_failed:
                raise DropItem(message) from exc
            logger.warning(message)
            record = error_record(exc)
        else:
            self._inc("wireclean/cleaned")
        adapter[self.output_field] = record
        return item

    def _story_record(self, adapter: ItemAdapter) -> dict[str, Any]:
        if self.field not in adapter:
            raise MissingField(f"item has no {self.field!r} field (WIRECLEAN_FIELD)")
        page = adapter[self.field]
        if not isinstance(page, (str, bytes)):
            raise TypeError(
                f"item field {self.field!r} holds {type(page).__name__}, not str or bytes"
            )
        story = parse(page, pipeline=self.pipeline, max_size=self.max_size)
        return story.to_dict(explain=self.explain)

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)
