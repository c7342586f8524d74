"""The data model: blocks of input, removal records, and the finished Story.

Everything here is a frozen dataclass. Positions are character offsets into the
*normalised* input (see :mod:`wireclean.normalize`), so every part of a story can be
traced back to where it came from.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

__all__ = ["REASONS", "Block", "Credit", "Dateline", "Metadata", "Removal", "Story"]

#: The documented removal reasons. Custom filters may use their own strings, but the
#: built-in filters only ever emit these.
REASONS: dict[str, str] = {
    "field": "captured into a story field (the record's ``field`` names which)",
    "timestamp": "a page timestamp line such as 'August 12, 2010 / 3:06 PM / 9 years ago'",
    "reading-time": "a reading-time label such as '5 Min Read'",
    "share-counter": "a share or comment counter such as '0 : 0'",
    "css-debris": "CSS breakpoint names or other style-sheet debris",
    "metadata": "a field filled from the page's metadata (JSON-LD, meta tags), not from a"
    " block: the record's span is empty (start == end == 0) and its text is the value",
    "header": "an empty line of a scraped '-- ' header block (a header with no byline)",
    "page-chrome": "page furniture outside the story: menus, banners, related links, footers",
    "caption": "an image caption or photo credit",
    "chrome-phrase": "a consent, sign-up, share, 'read more' or footer block",
    "form-debris": "text-browser form and image debris such as '[ ]' or '[IMG]'",
    "link-list": "a run of short link lines inside the story's span",
    "chrome-context": "an HTML block inside navigation, sharing, related-links, comment, "
    "sign-up, consent, advert, fact-box, media-player, notice or aside markup",
    "repeated": "a block the page repeats (captions, teasers)",
    "syndication": "an agency credit closing a story syndicated to another site, such as"
    " '(dpa)' or 'This story was provided by The Associated Press'",
}


@dataclass(frozen=True, slots=True, init=False)
class Block:
    """Return one unit of input: a paragraph, a list item or a line.

    ``text`` is the block's source text with whitespace folded (hard-wrapped lines
    re-joined) and without its list marker; ``start``/``end`` delimit the whole block,
    marker included, in the normalised input; ``line`` is its 1-based first line.
    ``kind`` is ``"p"`` for a paragraph, ``"li"`` for a list item, or an HTML tag name
    on the HTML path; ``marker`` is the list marker as written (``"*"``, ``"1."``).
    ``context`` (HTML only; ``""`` on the text path) says where the block stood on
    the page: space-separated words, outermost first, from the enclosing tags
    (``nav header footer aside form figure blockquote article main dialog``), ARIA
    roles and ``class``/``id`` tokens (``byline author share related promo comment
    newsletter cookie advert``; ``factbox`` for a box of facts, ``media`` for a video
    player, gallery or embedded post, ``notice`` for a disclaimer or pop-up; ``link``
    for a block that is all link text), e.g. ``"article figure"`` or ``"footer nav"``; test
    a word with ``"nav" in block.context.split()``.
    """

    text: str
    start: int
    end: int
    line: int
    kind: str = "p"
    marker: str = ""
    context: str = ""

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        line: int,
        kind: str = "p",
        marker: str = "",
        context: str = "",
    ) -> None:
        # The generated __init__ of a frozen dataclass, at half the cost (see _SLOTS).
        s = _SLOTS["Block"]
        s[0](self, text)
        s[1](self, start)
        s[2](self, end)
        s[3](self, line)
        s[4](self, kind)
        s[5](self, marker)
        s[6](self, context)


@dataclass(frozen=True, slots=True, init=False)
class Removal:
    """Record one piece of input a filter took out of the body, and why.

    ``reason`` is one of :data:`REASONS` for built-in filters; when the text was
    captured into a story field, ``reason`` is ``"field"`` and ``field`` names it.
    ``partial`` is true when the text was cut from a block whose rest stays in the
    body (a dateline, a trailing credit).
    """

    filter: str
    reason: str
    text: str
    start: int
    end: int
    line: int
    field: str | None = None
    partial: bool = False

    def __init__(
        self,
        filter: str,
        reason: str,
        text: str,
        start: int,
        end: int,
        line: int,
        field: str | None = None,
        partial: bool = False,
    ) -> None:
        # The generated __init__ of a frozen dataclass, at half the cost (see _SLOTS).
        s = _SLOTS["Removal"]
        s[0](self, filter)
        s[1](self, reason)
        s[2](self, text)
        s[3](self, start)
        s[4](self, end)
        s[5](self, line)
        s[6](self, field)
        s[7](self, partial)

    def to_dict(self) -> dict[str, Any]:
        """Return the record as plain JSON types."""
        return {
            "filter": self.filter,
            "reason": self.reason,
            "field": self.field,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "partial": self.partial,
        }


@dataclass(frozen=True, slots=True, init=False)
class Dateline:
    """Hold a wire dateline such as ``ALGIERS, Aug 12 (Reuters) -``.

    ``date`` is kept as written; ``agency`` is the agency's canonical name
    (``patterns.AGENCY_ALIASES``: "Associated Press" gives "AP"), agencies of a shared
    credit joined by "/".
    """

    location: str | None
    date: str | None = None
    agency: str | None = None

    def __init__(
        self, location: str | None, date: str | None = None, agency: str | None = None
    ) -> None:
        # The generated __init__, at half the cost (see _SLOTS): one per story.
        s = _SLOTS["Dateline"]
        s[0](self, location)
        s[1](self, date)
        s[2](self, agency)

    def to_dict(self) -> dict[str, str | None]:
        """Return the dateline as a JSON object."""
        return {"location": self.location, "date": self.date, "agency": self.agency}

    def render(self) -> str:
        """Return the dateline as wire copy writes it, dash included."""
        head = self.location or ""
        if self.date:
            head = f"{head}, {self.date}"
        if self.agency:
            head = f"{head} ({self.agency})" if head else f"({self.agency})"
        return f"{head} -"


@dataclass(frozen=True, slots=True, init=False)
class Credit:
    """Hold one role of a trailer credit, e.g. ``Editing by A and B``."""

    role: str
    names: tuple[str, ...]
    location: str | None = None

    def __init__(self, role: str, names: tuple[str, ...], location: str | None = None) -> None:
        # The generated __init__, at half the cost (see _SLOTS): a few per story.
        s = _SLOTS["Credit"]
        s[0](self, role)
        s[1](self, names)
        s[2](self, location)

    def to_dict(self) -> dict[str, Any]:
        """Return the credit as a JSON object."""
        return {"role": self.role, "names": list(self.names), "location": self.location}

    def render(self) -> str:
        """Return the credit as wire copy writes it."""
        text = f"{self.role[:1].upper()}{self.role[1:]} by {_join_names(self.names)}"
        return f"{text} in {self.location}" if self.location else text


def _join_names(names: tuple[str, ...]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


@dataclass(frozen=True, slots=True)
class Metadata:
    """Hold what a page says about itself outside its visible text (HTML meta, JSON-LD).

    Filters may consult it (``draft.meta``) to choose among candidates in the text.
    """

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    description: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True, init=False)
class Story:
    """Hold a cleaned, structured wire story.

    ``blocks`` are the kept body blocks with their source positions; ``body`` is
    their text, one paragraph per item. ``flags`` are headline slugs ("UPDATE 2",
    "EXCLUSIVE"), ``correction`` a correction note, ``url`` the story's address when
    the input gives one. ``removed`` records every removal and every captured field,
    in input order.
    """

    headline: str | None = None
    byline: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()
    dateline: Dateline | None = None
    published: datetime | None = None
    blocks: tuple[Block, ...] = ()
    credits: tuple[Credit, ...] = ()
    flags: tuple[str, ...] = ()
    correction: str | None = None
    url: str | None = None
    removed: tuple[Removal, ...] = ()
    body: tuple[str, ...] = field(init=False)

    def __init__(
        self,
        headline: str | None = None,
        byline: tuple[str, ...] = (),
        bullets: tuple[str, ...] = (),
        dateline: Dateline | None = None,
        published: datetime | None = None,
        blocks: tuple[Block, ...] = (),
        credits: tuple[Credit, ...] = (),
        flags: tuple[str, ...] = (),
        correction: str | None = None,
        url: str | None = None,
        removed: tuple[Removal, ...] = (),
    ) -> None:
        # The generated __init__ and its __post_init__ (``body``), at half the cost
        # (see _SLOTS): one per story.
        s = _SLOTS["Story"]
        s[0](self, headline)
        s[1](self, byline)
        s[2](self, bullets)
        s[3](self, dateline)
        s[4](self, published)
        s[5](self, blocks)
        s[6](self, credits)
        s[7](self, flags)
        s[8](self, correction)
        s[9](self, url)
        s[10](self, removed)
        s[11](self, tuple([b.text for b in blocks]))

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        """Return the story as plain JSON types; ``explain`` adds the removal records."""
        out: dict[str, Any] = {
            "headline": self.headline,
            "byline": list(self.byline),
            "bullets": list(self.bullets),
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "published": self.published.isoformat() if self.published else None,
            "body": list(self.body),
            "credits": [c.to_dict() for c in self.credits],
            "flags": list(self.flags),
            "correction": self.correction,
            "url": self.url,
        }
        if explain:
            out["removed"] = [r.to_dict() for r in self.removed]
        return out

    def to_json(self, *, explain: bool = False, indent: int | None = None) -> str:
        """Serialise :meth:`to_dict` as JSON (non-ASCII kept as is)."""
        return json.dumps(self.to_dict(explain=explain), ensure_ascii=False, indent=indent)

    def explain_html(self, source: str | bytes, *, title: str = "") -> str:
        """Return a self-contained HTML report of what was cut from ``source``.

        ``source`` is the input this story was parsed from, as given to
        :func:`wireclean.parse` (text or HTML, ``str`` or ``bytes``): the story keeps
        positions, not the input. See :mod:`wireclean.report`.
        """
        from wireclean.report import render_html, shown_text

        return render_html(self, shown_text(source), title=title)

    def to_text(self) -> str:
        """Render the story as clean wire copy, in input order; parsing it gives this story back.

        Captured fields are written where they stood in the input (ISO time for
        ``published``, ``*`` bullets, "By ..." bylines); the dateline is joined to the
        paragraph it opened and parenthesised credits to the paragraph they closed.
        """
        records: dict[str, list[Removal]] = {}
        for record in self.removed:
            if record.field:
                records.setdefault(record.field, []).append(record)
        # (position, order, text): position in the input; order breaks ties.
        items: list[tuple[float, int, str]] = []

        def place(field: str, texts: list[str], fallback: float, via: str = "") -> None:
            found = records.get(via, []) or records.get(field, [])
            for i, text in enumerate(texts):
                at = found[i].start if i < len(found) else fallback
                # A field read from a "-- " header line goes back into the header.
                header = i < len(found) and found[i].text.startswith("-- ")
                items.append((at, 0, f"-- {text}" if header else text))

        if self.published is not None:
            place("published", [self.published.isoformat()], -4)
        if self.url is not None:
            place("url", [self.url if "url" in records else f"-- {self.url}"], -5)
        if self.headline is not None:
            flags = "".join(f"{flag}-" for flag in self.flags)
            # Slugs cut from the headline's line sit where the line started.
            place("headline", [flags + self.headline], -3, via="flags")
        if self.correction is not None:
            place("correction", [f"({self.correction})"], -0.25)
        place("bullets", [f"* {b}" for b in self.bullets], -2)
        if self.byline:
            place("byline", ["By " + _join_names(self.byline)], -1)
        texts = [f"{b.marker} {b.text}" if b.marker else b.text for b in self.blocks]
        if self.dateline is not None:
            at = records["dateline"][0] if "dateline" in records else None
            # As the input wrote it, so the paragraph reads the same when parsed again.
            written = at.text if at is not None and at.text else self.dateline.render()
            head = next(
                (i for i, b in enumerate(self.blocks) if at is None or b.start >= at.end), None
            )
            joined = (
                at.partial and _nothing_between(self.removed, at.end, self.blocks[head].start)
                if at is not None and head is not None
                else head is not None and not self.blocks[0].marker
            )
            if head is not None and joined:
                texts[head] = f"{written} {texts[head]}"
            else:
                items.append((at.start if at else -0.5, 0, written))
        if self.credits:
            trailer = "(" + "; ".join(c.render() for c in self.credits) + ")"
            at = records["credits"][0] if "credits" in records else None
            where = at.start if at else float("inf")
            tail = max((i for i, b in enumerate(self.blocks) if b.start < where), default=None)
            # Joined only to the paragraph it was cut from, if that one is still there.
            if (
                tail is not None
                and at is not None
                and at.partial
                and _nothing_between(self.removed, self.blocks[tail].end, at.start)
            ):
                texts[tail] = f"{texts[tail]} {trailer}"
            else:
                items.append((where, 1, trailer))
        items.extend((b.start, 0, text) for b, text in zip(self.blocks, texts, strict=True))
        items.sort(key=lambda item: (item[0], item[1]))
        return "".join(text + "\n\n" for _, _, text in items)


def _nothing_between(removed: tuple[Removal, ...], low: int, high: int) -> bool:
    """Tell whether no removal record starts in ``[low, high)`` (the two sides touch)."""
    return not any(low <= r.start < high for r in removed)


#: The slot setters of the model's classes, in field order: blocks and records are
#: made by the hundred on a page, and a frozen dataclass's generated ``__init__``
#: writes each field through ``object.__setattr__``, twice as slow as the slot's own
#: descriptor. (Looked up when an instance is made, so defined after the classes.)
_SLOTS: dict[str, tuple[Callable[[object, object], None], ...]] = {
    cls.__name__: tuple(getattr(cls, f.name).__set__ for f in fields(cls))
    for cls in (Block, Removal, Dateline, Credit, Story)
}
