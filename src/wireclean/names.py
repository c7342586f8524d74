"""Split author lists ("A, B and C") into names, and tell names from other words."""

from __future__ import annotations

import functools

from wireclean import patterns

__all__ = ["canonical_agency", "name_parts", "split_names", "trim_name"]

_AGENCIES = frozenset(a.lower() for a in patterns.AGENCIES) | frozenset(patterns.AGENCY_CANONICAL)
#: The nouns that end a job title ("European Wealth Management Correspondent").
_ROLE_NOUNS = frozenset(
    """writer writers reporter reporters correspondent correspondents editor editors
    contributor columnist analyst chief
    redakteur redakteurin korrespondent korrespondentin volontär volontärin reporterin
    autor autorin chefredakteur chefredakteurin kolumnist kolumnistin
    rédacteur rédactrice journaliste correspondant correspondante envoyé envoyée
    redactor redactora corresponsal enviado enviada periodista
    giornalista inviato inviata director producer presenter host""".split()
)
#: Job titles that follow a name in a byline and are not part of it.
_ROLES = frozenset(
    """staff writer writers reporter correspondent senior chief editor contributor
    columnist special to the business economics political national foreign""".split()
)


#: The agencies by their first word, longest first (then alphabetically): only an
#: agency whose first word is the text's can equal it or start it ("ap writer"), and
#: of "kyodo" and "kyodo news" the longer must be tried first, whatever order the set
#: iterates in (it changes with the hash seed).
_AGENCIES_BY_FIRST_WORD: dict[str, tuple[str, ...]] = {}
for _agency in sorted(_AGENCIES, key=lambda a: (-len(a), a)):
    _first = _agency.split(" ", 1)[0]
    _AGENCIES_BY_FIRST_WORD[_first] = (*_AGENCIES_BY_FIRST_WORD.get(_first, ()), _agency)


@functools.lru_cache(maxsize=8192)
def split_names(text: str, *, byline: bool = False) -> tuple[str, ...] | None:
    """Return the personal names listed in ``text``, or None when it is not a list of names.

    Agency names and job titles that follow a name ("JOHN SMITH, Associated Press",
    "Jane Doe, Staff Writer", "Jane Doe (dpa)") are left out.

    >>> split_names("Maya Gebeily and Anthony Deutsch")
    ('Maya Gebeily', 'Anthony Deutsch')
    >>> split_names("the end of the war") is None
    True

    With ``byline`` (a page's byline line, not a credit), a job title in parentheses
    ("(Sport)") is left out too, as are the agencies a byline is written "with"
    ("Jane Doe mit AP") and one last word after a comma, the place the author writes
    from ("Von Jane Doe, Zürich").

    Cached: wire copy credits the same few editors in story after story.
    """
    names: list[str] = []
    text = text.strip().rstrip(".")
    # TRAILING_PAREN ends in ")" at the text's end (or before a final line break).
    paren = patterns.TRAILING_PAREN.search(text) if ")" in text[-2:] else None
    if paren is not None and (byline or _is_affiliation(paren.group("inner").strip().lower())):
        text = text[: paren.start()]
    if byline:
        text = patterns.WITH_AGENCIES.sub("", text)
    parts = [p.strip() for p in name_parts(text)]
    parts = [p for p in parts if p]
    for n, part in enumerate(parts):
        if byline:
            part = trim_name(part)
        if _is_affiliation(part.lower()):
            continue
        if " " not in part or patterns.NAME.fullmatch(part) is None:
            if byline and names and n == len(parts) - 1 and _is_place(part):
                continue
            return None
        names.append(part)
    return tuple(names) or None


def name_parts(text: str) -> list[str]:
    """Return ``patterns.NAME_SEPARATOR.split(text)``, the pattern run only on a text
    that holds a mark each of its matches needs: ",", ";", "&" or "/", or a joining
    word between spaces (" and ", " und ", " et ", " y ", " e "). A credit's or a
    byline's part is mostly one name, which holds none.
    """
    if (
        _SEPARATOR_MARKS.isdisjoint(text)
        and " and " not in text
        and " und " not in text
        and " et " not in text
        and " y " not in text
        and " e " not in text
    ):
        return [text]
    return patterns.NAME_SEPARATOR.split(text)


#: The characters of :data:`patterns.NAME_SEPARATOR`'s first alternative.
_SEPARATOR_MARKS = frozenset(",;&/")


#: Fewest words a byline name keeps when a job title is cut from its end.
_NAME_MIN_WORDS = 2


def trim_name(part: str) -> str:
    """Return a byline name without what a page prints after it on the same line.

    Profile links and job titles, glued to the name or not: "Jane DoeTwitter",
    "Jane Doe Follow", "Jane DoeKorrespondent", "Jane Doe Political Correspondent",
    "Jane Doe Deputy Content Hub Director" all give "Jane Doe". The name keeps two
    words at least.
    """
    words = part.split()
    if len(words) < _NAME_MIN_WORDS:
        return part
    glued = patterns.GLUED_CAPITAL.split(words[-1])
    if len(glued) == 2 and _is_trailer(glued[1].lower()):
        words[-1:] = glued
    else:
        # "Emma MackenzieLifestyle Writer": the glue marks where the name ends.
        for k in range(len(words) - 1, 0, -1):
            pair = patterns.GLUED_CAPITAL.split(words[k])
            rest = [pair[-1], *words[k + 1 :]]
            if (
                len(pair) == 2
                and _is_trailer(rest[-1].lower())
                and all(
                    _is_trailer(w.lower()) or w.lower() in patterns.ROLE_MODIFIERS for w in rest
                )
            ):
                return " ".join([*words[:k], pair[0]])
    # "Jane Doe For Dailymail.Com": the site the author writes for.
    if "For" in words[_NAME_MIN_WORDS:]:
        words = words[: words.index("For", _NAME_MIN_WORDS)]
    while len(words) > _NAME_MIN_WORDS and words[-1].lower() in patterns.NAME_TRAILERS:
        words.pop()
    if len(words) > _NAME_MIN_WORDS and words[-1].lower() in _ROLE_NOUNS:
        words.pop()
        while len(words) > _NAME_MIN_WORDS and words[-1].lower() in patterns.ROLE_MODIFIERS:
            words.pop()
    elif len(words) == _NAME_MIN_WORDS + 1 and words[-1].lower() in _ROLE_NOUNS:
        words.pop()
    if len(words) == _NAME_MIN_WORDS and words[-1].lower() in patterns.NAME_TRAILERS:
        return part
    return " ".join(words)


def _is_trailer(low: str) -> bool:
    return low in patterns.NAME_TRAILERS or low in _ROLE_NOUNS


def _is_place(part: str) -> bool:
    """Tell whether a byline's last part is one capitalised word: the author's place."""
    return " " not in part and part[:1].isupper() and part.isalpha()


@functools.lru_cache(maxsize=1024)
def canonical_agency(text: str) -> str:
    """Return the canonical name of the agency (or "/"-joined agencies) ``text`` writes.

    Names not in :data:`wireclean.patterns.AGENCY_ALIASES` are kept as written.
    Cached: a few agencies file most stories, as each dateline names.

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
    return _ROLES.issuperset(words) or (
        bool(words) and (words[-1] in _ROLE_NOUNS or words[0] in _ROLE_NOUNS)
    )
