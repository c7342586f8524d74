"""The filter machinery: the ``Draft`` a filter edits and the ``Pipeline`` that runs filters.

A filter is any callable ``f(draft) -> draft`` with a name (its ``__name__``, or the
name given when it is added). It edits the draft only through :meth:`Draft.drop`,
:meth:`Draft.capture` and :meth:`Draft.cut`, which record every removal with the
running filter's name, so kept text plus removed text always rebuild the input.

A :class:`Pipeline` is an immutable, ordered table of ``(name, filter)`` pairs; every
change returns a new pipeline, and an unknown name raises ``KeyError`` listing the
valid ones.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from wireclean.model import Block, Credit, Dateline, Metadata, Removal
from wireclean.text import fold, solid_chars

__all__ = ["FIELDS", "Draft", "Filter", "FilterError", "Pipeline", "Step"]

#: The story fields a filter may capture, with the type each holds.
FIELDS: dict[str, type | tuple[type, ...]] = {
    "headline": str,
    "byline": tuple,
    "bullets": tuple,
    "dateline": Dateline,
    "published": datetime,
    "credits": tuple,
    "flags": tuple,
    "correction": str,
    "url": str,
}

Filter = Callable[["Draft"], "Draft"]
Step = tuple[str, Filter]


class FilterError(RuntimeError):
    """Raised when a filter fails or returns something other than a ``Draft``."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"filter {name!r}: {message}")
        self.filter_name = name


# No slots: a draft is copied once per filter (``_replace``), and copying an instance
# dict is one C call where copying slots costs one call per field.
@dataclass(frozen=True)
class Draft:
    """Hold a story while the pipeline works on it.

    ``source`` is the normalised input, ``blocks`` the blocks still in the body,
    ``removed`` the records so far, ``meta`` what the page says about itself (HTML
    only); the other attributes are the captured fields.
    ``step`` is the name of the running filter, set by the pipeline.
    """

    source: str
    blocks: tuple[Block, ...]
    removed: tuple[Removal, ...] = ()
    headline: str | None = None
    byline: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()
    dateline: Dateline | None = None
    published: datetime | None = None
    credits: tuple[Credit, ...] = ()
    flags: tuple[str, ...] = ()
    correction: str | None = None
    url: str | None = None
    meta: Metadata = field(default_factory=Metadata)
    step: str = ""

    def drop(self, indices: Iterable[int], *, reason: str) -> Draft:
        """Return a draft without the blocks at ``indices``, each recorded with ``reason``."""
        return self._take(indices, reason, None, {})

    def capture(self, indices: Iterable[int], *, field: str, value: object) -> Draft:
        """Return a draft with ``field`` set to ``value`` and the blocks it came from removed.

        Each removed block is recorded with reason ``"field"`` and the field's name.
        """
        _check_field(field, value)
        return self._take(indices, "field", field, {field: value})

    def fill(self, *, field: str, value: object, text: str) -> Draft:
        """Return a draft with ``field`` set from outside the blocks (the page's metadata).

        No block is removed. The fill is recorded with reason ``"metadata"``, an empty
        span (``start == end == 0``, ``line`` 0) and ``text`` = what the page's
        metadata said, so a field with no block in the text is still traceable.
        """
        _check_field(field, value)
        record = Removal(self.step, "metadata", text, 0, 0, 0, field)
        changes: dict[str, Any] = {"removed": (*self.removed, record), field: value}
        return self._replace(changes)

    def _replace(self, changes: dict[str, Any]) -> Draft:
        """Return a copy with ``changes``: ``dataclasses.replace`` without its per-call
        introspection, which cost more than a filter that finds nothing to do."""
        if type(self) is not Draft:  # a subclass: its own fields and __init__
            return dataclasses.replace(self, **changes)
        new: Draft = _new_object(Draft)
        _set_attribute(new, "__dict__", self.__dict__ | changes)
        return new

    def _take(
        self, indices: Iterable[int], reason: str, field: str | None, changes: dict[str, Any]
    ) -> Draft:
        chosen = set(indices)
        if not chosen and not changes:
            return self
        blocks = self.blocks
        if len(chosen) == 1:
            # One block (a field's line): slice around it, not a walk over every block.
            (i,) = chosen
            if type(i) is int and 0 <= i < len(blocks):
                record = _block_record(self.source, self.step, blocks[i], reason, field)
                return self._replace(
                    {
                        "blocks": blocks[:i] + blocks[i + 1 :],
                        "removed": (*self.removed, record),
                        **changes,
                    }
                )
        kept: list[Block] = []
        records: list[Removal] = []
        source, step = self.source, self.step
        for i, block in enumerate(blocks):
            if i in chosen:
                records.append(_block_record(source, step, block, reason, field))
            else:
                kept.append(block)
        return self._replace(
            {"blocks": tuple(kept), "removed": self.removed + tuple(records), **changes}
        )

    def _take_each(
        self, takes: list[tuple[int, str, str | None]], changes: dict[str, Any]
    ) -> Draft:
        """Return a draft without the blocks ``takes`` names, and with ``changes``.

        Each take is (block index, reason, field), recorded in the order given: what
        one :meth:`drop` or :meth:`capture` per take gives when the takes run from the
        last block to the first (the indices still to visit stay valid), as one copy
        of the draft instead of one per take.
        """
        if not takes:
            return self._replace(changes) if changes else self
        blocks, source, step = self.blocks, self.source, self.step
        records = [_block_record(source, step, blocks[i], why, name) for i, why, name in takes]
        taken = {i for i, _, _ in takes}
        kept = tuple(b for i, b in enumerate(blocks) if i not in taken)
        return self._replace({"blocks": kept, "removed": (*self.removed, *records), **changes})

    def cut(
        self,
        index: int,
        chars: int,
        *,
        at_end: bool = False,
        reason: str = "field",
        field: str | None = None,
        value: object = None,
    ) -> Draft:
        """Return a draft with ``chars`` characters of a block's text removed.

        The cut is taken from the start of the block's text (or its end, with
        ``at_end``) and recorded with ``reason``; with ``field``, the field is set to
        ``value`` and the reason is ``"field"``. A block left empty is removed too.
        """
        if field is not None:
            _check_field(field, value)
            reason = "field"
        block = self.blocks[index]
        text = block.text
        chars = max(0, min(chars, len(text)))
        keep_text = (text[:-chars] if chars else text) if at_end else text[chars:]
        keep_text = keep_text.strip()
        if not keep_text:
            return (
                self.capture([index], field=field, value=value)
                if field
                else self.drop([index], reason=reason)
            )
        if at_end:
            split = _source_offset_back(self.source, block, chars)
            cut_start, cut_end = _skip_space(self.source, split, block.end), block.end
            new_block = _block_with(
                block,
                keep_text,
                block.start,
                _trim_end(self.source, block.start, split),
                block.line,
                block.marker,
            )
        else:
            split = _source_offset(self.source, block, chars)
            cut_start, cut_end = block.start, _trim_end(self.source, block.start, split)
            new_start = _skip_space(self.source, split, block.end)
            new_block = _block_with(
                block,
                keep_text,
                new_start,
                block.end,
                block.line + _lines_between(self.source, block.start, new_start),
                "",
                # A list item whose marker was cut is a plain paragraph from then on.
                "p" if block.marker and block.kind == "li" else block.kind,
            )
        line = block.line + _lines_between(self.source, block.start, cut_start)
        record = self._record(cut_start, cut_end, line, reason, field, partial=True)
        blocks = (*self.blocks[:index], new_block, *self.blocks[index + 1 :])
        changes: dict[str, Any] = {"blocks": blocks, "removed": (*self.removed, record)}
        if field is not None:
            changes[field] = value
        return self._replace(changes)

    def _record(
        self,
        start: int,
        end: int,
        line: int,
        reason: str,
        field: str | None,
        *,
        partial: bool = False,
    ) -> Removal:
        text = fold(self.source[start:end])
        return Removal(self.step, reason, text, start, end, line, field, partial)


def _block_record(source: str, step: str, block: Block, reason: str, field: str | None) -> Removal:
    """Return the record of a whole block taken out: what ``Draft._record`` gives for its
    span, with less work (a page drops hundreds of blocks). The block's own text is the
    record's when it is its span (a line of a page), where a slice would be one more
    string per record; a span that is its own folding (see :func:`_is_folded`) is not
    folded again."""
    start, end = block.start, block.end
    text = block.text
    if end - start == len(text) and source.startswith(text, start):
        span = text
    else:
        span = source[start:end]
    if not _is_folded(span):
        span = fold(span)
    return Removal(step, reason, span, start, end, block.line, field)


#: A frozen dataclass's attributes are set through ``object`` (its own ``__setattr__``
#: refuses).
_new_object = object.__new__
_set_attribute = object.__setattr__

#: A new draft's attributes, in field order: the fields' defaults (``meta`` is made
#: anew for each draft, as its default factory does).
_DRAFT_DEFAULTS: dict[str, Any] = {
    f.name: None if f.default is dataclasses.MISSING else f.default
    for f in dataclasses.fields(Draft)
}


def _new_draft(source: str, blocks: tuple[Block, ...], meta: Metadata | None = None) -> Draft:
    """Return ``Draft(source=source, blocks=blocks, meta=meta)`` (``meta`` left out when
    None): the draft of one input, made without the generated ``__init__``, which sets
    each of the fields through ``object.__setattr__`` one call at a time."""
    new: Draft = _new_object(Draft)
    attributes = {**_DRAFT_DEFAULTS, "source": source, "blocks": blocks}
    attributes["meta"] = Metadata() if meta is None else meta
    _set_attribute(new, "__dict__", attributes)
    return new


def _check_field(field: str | None, value: object) -> None:
    if field not in FIELDS:
        raise KeyError(f"unknown field {field!r}; valid fields: {', '.join(FIELDS)}")
    if not isinstance(value, FIELDS[field]):
        raise TypeError(f"field {field!r} takes {FIELDS[field]}, not {type(value).__name__}")


def _is_folded(text: str) -> bool:
    """Tell cheaply whether ``fold(text) == text`` (False may be wrong, True never is).

    A printable text has no whitespace but U+0020, and :func:`~wireclean.text.fold`
    gives it with its spaces collapsed (both of its branches); with no space at either
    end and no two together, that is the text itself. A block's span is mostly so:
    the HTML reader writes each block's folded text as its source.
    """
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def _lines_between(source: str, start: int, end: int) -> int:
    """Return ``source.count("\\n", start, end)``: a span with no line break in it (a
    paragraph on one line) is told by one search, faster than a count over it."""
    if source.find("\n", start, end) < 0:
        return 0
    return source.count("\n", start, end)


def _skip_space(source: str, i: int, end: int) -> int:
    while i < end and source[i].isspace():
        i += 1
    return i


def _trim_end(source: str, start: int, end: int) -> int:
    while end > start and source[end - 1].isspace():
        end -= 1
    return end


def _block_with(
    block: Block, text: str, start: int, end: int, line: int, marker: str, kind: str | None = None
) -> Block:
    """Return ``block`` with new text, span, line, marker and kind (``dataclasses.replace``,
    without its per-call introspection)."""
    kind = block.kind if kind is None else kind
    if type(block) is not Block:  # a subclass: its own fields
        return dataclasses.replace(
            block, text=text, start=start, end=end, line=line, marker=marker, kind=kind
        )
    return Block(text, start, end, line, kind, marker, block.context)


def _source_offset(source: str, block: Block, chars: int) -> int:
    """Return the offset in ``source`` just after the first ``chars`` chars of ``block.text``.

    ``block.text`` is its source span folded (:func:`wireclean.text.fold`), marker left out,
    so non-space characters correspond one to one.
    """
    i = block.start
    if block.marker:
        i = source.find(block.marker, i, block.end) + len(block.marker)
    head = block.text[:chars]
    found = _jump_forward(source, i, block.end, head)
    if found is not None:
        return found
    for char in head:
        while i < block.end and source[i].isspace():
            i += 1
        if char != " ":
            i += 1
    return i


def _source_offset_back(source: str, block: Block, chars: int) -> int:
    """Return the offset in ``source`` where the last ``chars`` chars of ``block.text`` start.

    The mirror of :func:`_source_offset`, walking from the block's end: a trailer cut
    off a long paragraph costs its own length, not the paragraph's.
    """
    i = block.end
    tail = block.text[len(block.text) - chars :]
    found = _jump_back(source, block.start, i, tail)
    if found is not None:
        return found
    for char in reversed(tail):
        while i > block.start and source[i - 1].isspace():
            i -= 1
        if char != " ":
            i -= 1
    return i


#: Most chunks :func:`_jump_forward` and :func:`_jump_back` count before leaving the
#: offset to the character walk (a long run of whitespace makes their chunks short).
_MAX_JUMPS = 16


def _jump_forward(source: str, i: int, end: int, head: str) -> int | None:
    """Return what the character walk of :func:`_source_offset` returns, or None.

    The walk skips whitespace and steps over one source character for each non-space
    character of ``head``, so it stops just after the ``k``-th non-whitespace source
    character from ``i`` (``k`` = those of ``head``), and then skips the whitespace
    after it if ``head`` ends in a space. That character is found by counting chunks
    of source at C speed, each as long as the characters still missing (the last
    chunk is all non-whitespace). None, for the walk to decide, when ``head`` holds
    whitespace other than spaces, or the block's span runs out, or the chunks stay short.
    """
    need = len(head) - head.count(" ")
    if solid_chars(head) != need:
        return None
    have = jumps = 0
    while have < need:
        step = need - have
        if i + step > end or jumps == _MAX_JUMPS:
            return None
        have += solid_chars(source[i : i + step])
        i += step
        jumps += 1
    return _skip_space(source, i, end) if head.endswith(" ") else i


def _jump_back(source: str, start: int, i: int, tail: str) -> int | None:
    """Return what the character walk of :func:`_source_offset_back` returns, or None.

    The mirror of :func:`_jump_forward`: the walk stops at the ``k``-th non-whitespace
    source character before ``i``, and skips the whitespace before it if ``tail``
    starts with a space.
    """
    need = len(tail) - tail.count(" ")
    if solid_chars(tail) != need:
        return None
    have = jumps = 0
    while have < need:
        step = need - have
        if i - step < start or jumps == _MAX_JUMPS:
            return None
        have += solid_chars(source[i - step : i])
        i -= step
        jumps += 1
    return _trim_end(source, start, i) if tail.startswith(" ") else i


class Pipeline:
    """Hold an immutable, ordered table of named filters.

    >>> from wireclean import default_pipeline
    >>> p = default_pipeline().disable("breakpoints")
    >>> "breakpoints" in p
    False
    """

    __slots__ = ("_steps",)

    def __init__(self, steps: Iterable[Step | Filter] = ()) -> None:
        table: list[Step] = []
        for step in steps:
            table.append(step if isinstance(step, tuple) else (_name_of(step), step))
        names = [name for name, _ in table]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"duplicate filter names: {', '.join(duplicates)}")
        self._steps: tuple[Step, ...] = tuple(table)

    @property
    def names(self) -> tuple[str, ...]:
        """Return the filter names, in order."""
        return tuple(name for name, _ in self._steps)

    @property
    def steps(self) -> tuple[Step, ...]:
        """Return the ``(name, filter)`` table."""
        return self._steps

    def __iter__(self) -> Iterator[Step]:
        return iter(self._steps)

    def __len__(self) -> int:
        return len(self._steps)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pipeline) and self._steps == other._steps

    def __hash__(self) -> int:
        return hash(self._steps)

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(self.names)}])"

    def __reduce__(self) -> tuple[type[Pipeline], tuple[tuple[Step, ...]]]:
        return (Pipeline, (self._steps,))

    def __getitem__(self, name: str) -> Filter:
        return self._steps[self._index(name)][1]

    def _index(self, name: str) -> int:
        for i, (step_name, _) in enumerate(self._steps):
            if step_name == name:
                return i
        raise KeyError(
            f"no filter named {name!r}; valid names: {', '.join(self.names) or '(none)'}"
        )

    def disable(self, *names: str) -> Pipeline:
        """Return a pipeline without the named filters."""
        for name in names:
            self._index(name)
        return Pipeline(s for s in self._steps if s[0] not in names)

    def enable_only(self, *names: str) -> Pipeline:
        """Return a pipeline with only the named filters, in their current order."""
        for name in names:
            self._index(name)
        return Pipeline(s for s in self._steps if s[0] in names)

    def insert_before(self, anchor: str, fn: Filter, *, name: str | None = None) -> Pipeline:
        """Return a pipeline with ``fn`` inserted before the filter named ``anchor``."""
        i = self._index(anchor)
        return Pipeline((*self._steps[:i], (name or _name_of(fn), fn), *self._steps[i:]))

    def insert_after(self, anchor: str, fn: Filter, *, name: str | None = None) -> Pipeline:
        """Return a pipeline with ``fn`` inserted after the filter named ``anchor``."""
        i = self._index(anchor) + 1
        return Pipeline((*self._steps[:i], (name or _name_of(fn), fn), *self._steps[i:]))

    def append(self, fn: Filter, *, name: str | None = None) -> Pipeline:
        """Return a pipeline with ``fn`` added at the end."""
        return Pipeline((*self._steps, (name or _name_of(fn), fn)))

    def replace(self, name: str, fn: Filter) -> Pipeline:
        """Return a pipeline with the filter named ``name`` swapped for ``fn``."""
        i = self._index(name)
        return Pipeline((*self._steps[:i], (name, fn), *self._steps[i + 1 :]))

    def run(self, draft: Draft) -> Draft:
        """Run every filter in order on ``draft`` and return the result."""
        for name, fn in self._steps:
            try:
                result = fn(_with_step(draft, name))
            except FilterError:
                raise
            except Exception as exc:  # a user's filter: name it in the error
                raise FilterError(name, f"{type(exc).__name__}: {exc}") from exc
            if not isinstance(result, Draft):
                raise FilterError(name, f"returned {type(result).__name__}, not Draft")
            draft = result
        return _with_step(draft, "")


def _with_step(draft: Draft, name: str) -> Draft:
    """Return ``draft._replace({"step": name})``: for a plain draft, its attributes
    copied and the step set in the copy, cheaper than merging two dicts."""
    if type(draft) is not Draft:
        return draft._replace({"step": name})
    new: Draft = _new_object(Draft)
    attributes = draft.__dict__.copy()
    attributes["step"] = name
    _set_attribute(new, "__dict__", attributes)
    return new


def _name_of(fn: Filter) -> str:
    name = getattr(fn, "name", None) or getattr(fn, "__name__", None)
    if not isinstance(name, str) or not name or name == "<lambda>":
        raise TypeError(f"filter {fn!r} has no name: pass name=... when adding it")
    return name
