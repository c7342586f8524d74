"""Policy: the default filter table, in the order the filters run."""

from __future__ import annotations

from wireclean import filters
from wireclean.pipeline import Pipeline, Step

__all__ = ["DEFAULT_STEPS", "default_pipeline"]

#: The default pipeline as a literal table. Debris goes first, then ``page`` cuts the
#: page around the story, so that the field filters see the story's own lead; the
#: headline comes before the bullets that follow it; the dateline is looked for once
#: the lead's other lines are captured; ``furniture`` runs last, when the lead's short
#: lines (bullets, byline) are captured and no longer look like a link list.
DEFAULT_STEPS: tuple[Step, ...] = (
    # A scraped archive's "-- " header lines are the truth for their fields: first.
    ("header", filters.header),
    ("breakpoints", filters.breakpoints),
    ("share_counters", filters.share_counters),
    ("reading_time", filters.reading_time),
    ("page", filters.page),
    # On a page, its own metadata beats guessing fields from the text (no-op on text).
    ("metadata", filters.metadata),
    ("timestamp", filters.timestamp),
    ("headline", filters.headline),
    ("bullets", filters.bullets),
    ("byline", filters.byline),
    ("correction", filters.correction),
    ("dateline", filters.dateline),
    ("credits", filters.credits),
    # After credits: "(Reporting by X)" may stand before the agency's closing credit.
    ("syndication", filters.syndication),
    ("furniture", filters.furniture),
)


def default_pipeline() -> Pipeline:
    """Return the default pipeline.

    >>> default_pipeline().names[:3]
    ('header', 'breakpoints', 'share_counters')
    """
    return Pipeline(DEFAULT_STEPS)
