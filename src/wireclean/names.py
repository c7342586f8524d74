"""Split author lists ("A, B and C") into names, and tell names from other words."""

from __future__ import annotations

import functools

from wireclean import patterns

__all__ = ["canonical_agency", "split_names"]

_AGENCIES = frozenset(a.lower() for a in patterns.AGENCIES) | frozenset(patterns.AGENCY_CANONICAL)
#: The nouns that end a job title ("European Wealth Management Correspondent").
_ROLE_NOUNS = frozenset(
    """writer writers reporter reporters correspondent correspondents editor editors
    contributor columnist analyst chief""".split()
)
#: Job titles that follow a name in a byline and are not part of it.
_ROLES = frozenset(
    """staff writer writers reporter correspondent senior chief editor contributor
    columnist special to the business economics political national foreign""".split()
)


#: The agencies by their first word, each list in the set's own iteration order: only
#: an agency whose first word is the text's can equal it or start it ("ap writer").
_AGENCIES_BY_FIRST_WORD: dict[str, tuple[str, ...]] = {}
for _agency in _AGENCIES:
    _first = _agency.split(" ", 1)[0]
    _AGENCIES_BY_FIRST_WORD[_first] = (*_AGENCIES_BY_FIRST_WORD.get(_first, ()), _agency)


@functools.lru_cache(maxsize=8192)
def split_names(text: str) -> tuple[str, ...] | None:
    """Return the personal names listed in ``text``, or None when it is not a list of names.

    Agency names and job titles that follow a name ("JOHN SMITH, Associated Press",
    "Jane Doe, Staff Writer", "Jane Doe (dpa)") are left out.

    >>> split_names("Maya Gebeily and Anthony Deutsch")
    ('Maya Gebeily', 'Anthony Deutsch')
    >>> split_names("the end of the war") is None
    True

    Cached: wire copy credits the same few editors in story after story.
    """
    names: list[str] = []
    text = text.strip().rstrip(".")
    paren = patterns.TRAILING_PAREN.search(text)
    if paren is not None and _is_affiliation(paren.group("inner").strip().lower()):
        text = text[: paren.start()]
    for part in patterns.NAME_SEPARATOR.split(text):
        part = part.strip()
        if not part:
            continue
        if _is_affiliation(part.lower()):
            continue
        if " " not in part or patterns.NAME.fullmatch(part) is None:
            return None
        names.append(part)
    return tuple(names) or None


def canonical_agency(text: str) -> str:
    """Return the canonical name of the agency (or "/"-joined agencies) ``text`` writes.

    Names not in :data:`wireclean.patterns.AGENCY_ALIASES` are kept as written.

    >>> canonical_agency("Associated Press"), canonical_agency("Reuters / DPA")
    ('AP', 'Reuters/dpa')
    """
    parts = patterns.AGENCY_SEPARATOR.split(text.strip())
    return "/".join(patterns.AGENCY_CANONICAL.get(p.lower(), p) for p in parts if p)


def _is_affiliation(low: str) -> bool:
    """Tell whether a byline part names an agency or a job, not a person.

    "associated press", "staff writer", "associated press writer".
    """
    for agency in _AGENCIES_BY_FIRST_WORD.get(low.split(" ", 1)[0], ()):
        if low == agency:
            return True
        if low.startswith(agency + " "):
            low = low[len(agency) + 1 :]
            break
    words = low.split()
    return all(word in _ROLES for word in words) or (bool(words) and words[-1] in _ROLE_NOUNS)
