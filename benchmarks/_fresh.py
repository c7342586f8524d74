"""Make repeated timing rounds honest: forget what function caches learnt from earlier rounds.

wireclean and its peers memoise pure functions (``functools.lru_cache``: wireclean's line
shapes, dates and names; trafilatura's line processing). A benchmark that times several
rounds over the same corpus in one process would let round two look up what round one
computed, which no real stream of new pages allows: on the Reuters stories that made a round
about 40% cheaper. :func:`forget` clears every such cache in the process, for every tool
alike, and the benchmarks call it before each timed pass. Repeats *within* a pass (the same
footer line on many pages) still hit, as they would in production.
"""

from __future__ import annotations

import functools
import gc
import sys
from typing import Any

__all__ = ["forget"]

_WRAPPER: Any = getattr(functools, "_lru_cache_wrapper", None)


def forget() -> int:
    """Clear every ``functools`` cache of every function loaded; return how many there were."""
    if _WRAPPER is None:  # pragma: no cover - not CPython
        return 0
    caches = [obj for obj in gc.get_objects() if isinstance(obj, _WRAPPER)]
    for cache in caches:
        cache.cache_clear()
    # wireclean's HTML reader keeps what each class value means in a plain dict across
    # pages (sites repeat their templates' classes): forgotten too.
    html = sys.modules.get("wireclean.html")
    class_cache = getattr(html, "_CLASS_CACHE", None)
    if isinstance(class_cache, dict):
        class_cache.clear()
        return len(caches) + 1
    return len(caches)
