"""The JSON records batch tools write: a story's record, or an error record in its place.

Every batch interface (the command line, :func:`wireclean.parse_many`, the Scrapy and
Dask integrations) gives one record per input, so nothing is lost: a story's
:meth:`~wireclean.Story.to_dict`, or ``{"error": {"type": ..., "message": ...}}``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["RECORD_KEYS", "Failure", "MissingField", "error_record"]


#: The keys a story or error record has of its own. Batch tools that carry an input's
#: other fields into its record write one of these names as ``input_<name>``.
RECORD_KEYS = frozenset(
    "headline byline bullets dateline published body credits flags correction url removed"
    " error".split()
)


class MissingField(LookupError):
    """An input record (a JSON line, a Scrapy item, a Dask element) has no page in its field."""


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be cleaned, in place of its story.

    ``index`` is its position in the batch, ``source`` its name when it has one
    (a path, a URL, a record id); ``type`` and ``message`` describe the error.
    """

    index: int
    type: str
    message: str
    source: str | None = None

    @classmethod
    def from_exception(cls, exc: BaseException, index: int, source: str | None = None) -> Failure:
        """Return the failure record for ``exc``."""
        return cls(index=index, type=type(exc).__name__, message=str(exc), source=source)

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"source": ..., "error": {"type": ..., "message": ...}}`` (source if known)."""
        out: dict[str, Any] = {} if self.source is None else {"source": self.source}
        out["error"] = {"type": self.type, "message": self.message}
        return out


def error_record(exc: BaseException) -> dict[str, Any]:
    """Return the ``{"error": {"type": ..., "message": ...}}`` record for ``exc``.

    >>> error_record(ValueError("no story"))
    {'error': {'type': 'ValueError', 'message': 'no story'}}
    """
    return {"error": {"type": type(exc).__name__, "message": str(exc)}}
