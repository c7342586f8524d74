"""The built-in filters, one module per family; each filter is a function named as it is listed."""

from wireclean.filters.byline import byline
from wireclean.filters.credits import credits
from wireclean.filters.dateline import dateline
from wireclean.filters.debris import breakpoints, reading_time, share_counters
from wireclean.filters.headline import bullets, headline
from wireclean.filters.timestamp import timestamp

__all__ = [
    "breakpoints",
    "bullets",
    "byline",
    "credits",
    "dateline",
    "headline",
    "reading_time",
    "share_counters",
    "timestamp",
]
