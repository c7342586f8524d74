"""wireclean: composable filters that turn scraped news-wire pages into structured stories.

>>> import wireclean
>>> story = wireclean.parse("Mali army sold guns\\n\\nALGIERS (Reuters) - Insurgents bought guns.")
>>> story.headline, story.dateline.location, story.body
('Mali army sold guns', 'ALGIERS', ('Insurgents bought guns.',))
"""

from wireclean.api import (
    DEFAULT_MAX_SIZE,
    DecodeError,
    InputTooLarge,
    looks_like_html,
    parse,
    parse_html,
    parse_text,
)
from wireclean.batch import parse_many
from wireclean.model import REASONS, Block, Credit, Dateline, Metadata, Removal, Story
from wireclean.normalize import normalize
from wireclean.pipeline import Draft, Filter, FilterError, Pipeline
from wireclean.presets import default_pipeline
from wireclean.records import Failure
from wireclean.report import explain_html

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_SIZE",
    "REASONS",
    "Block",
    "Credit",
    "Dateline",
    "DecodeError",
    "Draft",
    "Failure",
    "Filter",
    "FilterError",
    "InputTooLarge",
    "Metadata",
    "Pipeline",
    "Removal",
    "Story",
    "__version__",
    "default_pipeline",
    "explain_html",
    "looks_like_html",
    "normalize",
    "parse",
    "parse_html",
    "parse_many",
    "parse_text",
]
