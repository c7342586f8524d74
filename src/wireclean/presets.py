"""Policy: the default filter table, in the order the filters run."""

from __future__ import annotations

from wireclean import filters
from wireclean.pipeline import Pipeline, Step

__all__ = ["DEFAULT_STEPS", "default_pipeline"]

#: The default pipeline as a literal table. Debris goes first so that the field
#: filters see the story's own lead; the headline comes before the bullets that
#: follow it; the dateline is looked for once the lead's other lines are captured.
DEFAULT_STEPS: tuple[Step, ...] = (
    ("breakpoints", filters.breakpoints),
    ("share_counters", filters.share_counters),
    ("reading_time", filters.reading_time),
    ("timestamp", filters.timestamp),
    ("headline", filters.headline),
    ("bullets", filters.bullets),
    ("byline", filters.byline),
    ("dateline", filters.dateline),
    ("credits", filters.credits),
)


def default_pipeline() -> Pipeline:
    """Return the default pipeline.

    >>> default_pipeline().names[:3]
    ('breakpoints', 'share_counters', 'reading_time')
    """
    return Pipeline(DEFAULT_STEPS)
