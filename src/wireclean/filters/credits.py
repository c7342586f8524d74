"""The credits filter: "(Reporting by ...; Editing by ...)" trailers into ``credits``."""

from __future__ import annotations

from wireclean import patterns
from wireclean.filters._shape import is_furniture
from wireclean.filters.page import is_prose
from wireclean.model import Credit
from wireclean.names import name_parts, split_names
from wireclean.pipeline import Draft

__all__ = ["credits", "parse_credits"]

#: How many paragraphs of prose from the end a credit trailer may stand.
_TAIL = 4
#: Words that end a team credited in place of names ("Shanghai newsroom", "Bangalore unit").
_TEAMS = frozenset(("newsroom", "newsrooms", "bureau", "bureaux", "desk", "unit", "team"))
#: Most trailers taken from one story (real stories close with one to three).
_MAX_TRAILERS = 50
#: Longest trailer with its notes, in characters.
_TRAILER_CHARS = 1400


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
    found: tuple[Credit, ...] = ()
    # A story may close with more than one trailer: "(Additional reporting by X)
    # (Reporting by Y; Editing by Z)". Take them from the end, one at a time.
    # All of them go (up to _MAX_TRAILERS, which keeps hostile input linear), so that
    # the story parses the same when its credits come back as one line.
    for _ in range(_MAX_TRAILERS):
        step = _last_trailer(draft)
        if step is None:
            break
        index, length, parsed = step
        found = parsed + found
        draft = draft.cut(index, length, at_end=True, field="credits", value=found)
    return draft


def _last_trailer(draft: Draft) -> tuple[int, int, tuple[Credit, ...]] | None:
    """Return (block index, characters to cut, credits) of the last readable trailer.

    Looks back over the last _TAIL paragraphs of prose; short lines and furniture in
    between (page debris after the story) do not count, so the window is the same
    once the furniture filter has taken them out.
    """
    prose = 0
    for i in range(len(draft.blocks) - 1, -1, -1):
        text = draft.blocks[i].text
        # A trailer and its notes fit in the paragraph's last _TRAILER_CHARS.
        match = patterns.search_credit_trailer(text, max(0, len(text) - _TRAILER_CHARS))
        if match is not None:
            parsed = parse_credits(match.group("credits") or match.group("bare"))
            if parsed:
                return i, len(text) - match.start(), parsed
        # Counting prose only matters when it may stop the walk before its end: with
        # fewer blocks before this one than prose still missing after it, the walk
        # looks at every block whatever they are (stopping at the first block is
        # running out), and the costly tests are skipped.
        if prose + i >= _TAIL and is_prose(text) and not is_furniture(text):
            prose += 1
            if prose >= _TAIL:
                break
    return None


def parse_credits(text: str) -> tuple[Credit, ...]:
    """Return the roles and names of a credit line, or () when it cannot be read.

    >>> [c.to_dict() for c in parse_credits("Reporting by Ann Lee in Paris; Writing by Bo Li")]
    [{'role': 'reporting', 'names': ['Ann Lee'], 'location': 'Paris'}, \
{'role': 'writing', 'names': ['Bo Li'], 'location': None}]
    """
    found: list[Credit] = []
    roles = patterns.credit_roles(text)
    if not roles or text[: roles[0].start()].strip(" ;,."):
        return ()
    # Each role runs to the next one, whatever separates them (";", ",", ". ").
    for n, match in enumerate(roles):
        end = roles[n + 1].start() if n + 1 < len(roles) else len(text)
        # The role's words stand one space apart in the pattern: lower-cased, it is
        # written as the credit keeps it, with no spaces to fold.
        role = match.group("role").lower()
        for names, location in _located_groups(text[match.end() : end].strip(" ;,.:\n")):
            found.append(Credit(role, names, location))
    # Every group names someone (split_names and _newsroom give a name or None): the
    # credits could be read when a group was found.
    return tuple(found)


def _located_groups(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    """Split "A in Paris, B and C in Rome" into ((A,), Paris), ((B, C), Rome).

    A place applies to the names listed since the previous place; parts that are no
    names are skipped.
    """
    groups: list[tuple[tuple[str, ...], str | None]] = []
    pending: list[str] = []
    for part in name_parts(text):
        part = part.strip().rstrip(".")
        if not part:
            continue
        who, sep, place = part.partition(" in ")
        if not sep:
            who, sep, place = part.partition(" at ")
        names = split_names(who) or _newsroom(who)
        if names is None or (sep and not place[:1].isupper()):
            continue  # a part no one can read ("Russia" of "in Sochi, Russia") is skipped
        pending.extend(names)
        if sep:
            groups.append((tuple(pending), place.strip()))
            pending = []
    if pending:
        groups.append((tuple(pending), None))
    return groups


def _newsroom(text: str) -> tuple[str, ...] | None:
    """Read "Shanghai newsroom" or "Tokyo bureau", credited in place of names."""
    words = text.split()
    if len(words) >= 2 and words[-1] in _TEAMS and words[0][:1].isupper():
        return (text,)
    return None
