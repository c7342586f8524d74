"""The built-in filters, one module per family; each filter is a function named as it is listed."""

from wireclean.filters.byline import byline
from wireclean.filters.correction import correction
from wireclean.filters.credits import credits
from wireclean.filters.dateline import dateline
from wireclean.filters.debris import breakpoints, reading_time, share_counters
from wireclean.filters.header import header
from wireclean.filters.headline import bullets, headline
from wireclean.filters.metadata import metadata
from wireclean.filters.page import furniture, page
from wireclean.filters.syndication import syndication
from wireclean.filters.timestamp import timestamp

__all__ = [
    "breakpoints",
    "bullets",
    "byline",
    "correction",
    "credits",
    "dateline",
    "furniture",
    "header",
    "headline",
    "metadata",
    "page",
    "reading_time",
    "share_counters",
    "syndication",
    "timestamp",
]
