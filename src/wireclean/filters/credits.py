"""The credits filter: "(Reporting by ...; Editing by ...)" trailers into ``credits``."""

from __future__ import annotations

from wireclean import patterns
from wireclean.model import Credit
from wireclean.names import split_names
from wireclean.pipeline import Draft

__all__ = ["credits", "parse_credits"]

#: How many blocks from the end a credit trailer may stand (page debris may follow).
_TAIL = 4


def credits(draft: Draft) -> Draft:
    """Capture a trailer credit at the end of the story into ``credits``.

    Takes a whole paragraph of credits, or a parenthesised trailer that ends the last
    paragraph ("... she said. (Reporting by X; Editing by Y)"). Credits whose names
    cannot be read stay in the body.

    >>> from wireclean import parse_text
    >>> story = parse_text("He said.\\n\\n(Reporting by Rodrigo Campos; Editing by Dan Grebler)")
    >>> [(c.role, c.names) for c in story.credits]
    [('reporting', ('Rodrigo Campos',)), ('editing', ('Dan Grebler',))]
    """
    if draft.credits:
        return draft
    first = max(0, len(draft.blocks) - _TAIL)
    for i in range(len(draft.blocks) - 1, first - 1, -1):
        text = draft.blocks[i].text
        match = patterns.CREDIT_TRAILER.search(text)
        if match is None:
            continue
        parsed = parse_credits(match.group("credits") or match.group("bare"))
        if not parsed:
            continue
        return draft.cut(i, len(text) - match.start(), at_end=True, field="credits", value=parsed)
    return draft


def parse_credits(text: str) -> tuple[Credit, ...]:
    """Return the roles and names of a credit line, or () when it cannot be read.

    >>> [c.to_dict() for c in parse_credits("Reporting by Ann Lee in Paris; Writing by Bo Li")]
    [{'role': 'reporting', 'names': ['Ann Lee'], 'location': 'Paris'}, \
{'role': 'writing', 'names': ['Bo Li'], 'location': None}]
    """
    found: list[Credit] = []
    for part in text.split(";"):
        part = part.strip().rstrip(".")
        match = patterns.CREDIT_ROLE.search(part)
        if match is None or match.start() != 0:
            return ()
        who = part[match.end() :]
        location = None
        head, sep, place = who.rpartition(" in ")
        if sep and split_names(head) and place[:1].isupper():
            who, location = head, place.strip()
        names = split_names(who)
        if names is None:
            return ()
        found.append(Credit(" ".join(match.group("role").lower().split()), names, location))
    return tuple(found)
