"""The public entry points: ``parse``, ``parse_text`` and ``parse_html``."""

from __future__ import annotations

import codecs
from typing import Any

import regex

from wireclean.assemble import story_from_draft
from wireclean.html import Page, collector_paused, read_html, read_soup
from wireclean.metadata import metadata_from_signals
from wireclean.model import Story
from wireclean.normalize import normalize
from wireclean.pipeline import Draft, Pipeline, _new_draft
from wireclean.presets import default_pipeline
from wireclean.text import blocks_from_text

__all__ = [
    "DEFAULT_MAX_SIZE",
    "DecodeError",
    "InputTooLarge",
    "looks_like_html",
    "parse",
    "parse_html",
    "parse_text",
]

#: Inputs larger than this (characters for ``str``, bytes for ``bytes``) are refused.
DEFAULT_MAX_SIZE = 50 * 1024 * 1024

_HTML_START = regex.compile(
    r"\A[\s\ufeff]{0,256}<(?:!doctype\s{1,8}html|\?xml|!--|(?:html|head|body|meta|title|div|p"
    r"|article|section|main|span|table|header|nav|script|style|link|h[1-6]|ul|a)\b)",
    regex.I,
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputTooLarge(ValueError):
    """Raised when an input is over the size limit (``max_size``)."""


class DecodeError(ValueError):
    """Raised when bytes cannot be decoded as text in any encoding tried."""


def looks_like_html(text: str) -> bool:
    """Tell whether ``text`` is an HTML document (it starts with a tag, doctype or comment).

    >>> looks_like_html("<!DOCTYPE html><html>"), looks_like_html("ALGIERS (Reuters) - <b>")
    (True, False)
    """
    return _HTML_START.match(text) is not None


def parse(
    source: str | bytes, *, pipeline: Pipeline | None = None, max_size: int = DEFAULT_MAX_SIZE
) -> Story:
    """Return the story in ``source``, plain text or HTML (detected), ``str`` or ``bytes``.

    Raises ``TypeError`` for any other type, :class:`InputTooLarge` over ``max_size``
    and :class:`DecodeError` for bytes no encoding can read.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        _check_size(len(data), max_size)
        head = _decode(data[:2048], html=False, strict=False)
        if looks_like_html(head):
            return parse_html(data, pipeline=pipeline, max_size=max_size)
        return parse_text(_decode(data, html=False), pipeline=pipeline, max_size=max_size)
    if isinstance(source, str):
        if looks_like_html(source):
            return parse_html(source, pipeline=pipeline, max_size=max_size)
        return parse_text(source, pipeline=pipeline, max_size=max_size)
    raise TypeError(f"parse() takes str or bytes, not {type(source).__name__}")


def parse_text(
    text: str | bytes, *, pipeline: Pipeline | None = None, max_size: int = DEFAULT_MAX_SIZE
) -> Story:
    """Return the story in scraped plain ``text``.

    >>> parse_text("ALGIERS, Aug 12 (Reuters) - Insurgents struck.").body
    ('Insurgents struck.',)
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        _check_size(len(text), max_size)
        text = _decode(bytes(text), html=False)
    elif not isinstance(text, str):
        raise TypeError(f"parse_text() takes str or bytes, not {type(text).__name__}")
    _check_size(len(text), max_size)
    return _clean(text, pipeline)


def parse_html(
    html: str | bytes | Any, *, pipeline: Pipeline | None = None, max_size: int = DEFAULT_MAX_SIZE
) -> Story:
    """Return the story in an HTML page: ``str``, ``bytes`` or a BeautifulSoup object or tag.

    Bytes are decoded by BOM, then UTF-8, then the declared charset or detection (bs4's
    UnicodeDammit); a wrong declaration never raises. The page's blocks (with their
    tag and context) and its metadata (:mod:`wireclean.metadata`, as ``Draft.meta``)
    go through the same pipeline as text. A BeautifulSoup tree is walked as it is,
    never serialised and parsed again.
    """
    if isinstance(html, (bytes, bytearray, memoryview)):
        _check_size(len(html), max_size)
        html = _decode(bytes(html), html=True)
    elif not isinstance(html, str):
        if not hasattr(html, "decode") or not hasattr(html, "find_all"):
            raise TypeError(
                "parse_html() takes str, bytes or a BeautifulSoup object, "
                f"not {type(html).__name__}"
            )
    else:
        _check_size(len(html), max_size)
    # Python's cyclic collector is paused while the page is read and cleaned, as
    # read_html pauses it while it reads (issue #6): the filters make and drop many
    # small objects (records, blocks, drafts), hardly any in a reference cycle,
    # which the collector would walk again and again; measured, 3-4% of parse_html.
    with collector_paused():
        return story_from_draft(_chosen(pipeline).run(_page_draft(_html_page(html))))


# The first draft goes to the pipeline as a call's argument, never held in a variable
# here: the pipeline's reference is then the only one, and the blocks a filter drops
# are freed as it goes (a page of a million lines drops many).


def _html_page(html: str | Any) -> Page:
    """Return the page read from HTML text or a BeautifulSoup object or tag."""
    return read_html(html) if isinstance(html, str) else read_soup(html)


def _page_draft(page: Page) -> Draft:
    return _new_draft(page.source, page.blocks, metadata_from_signals(page.signals))


def _text_draft(source: str) -> Draft:
    return _new_draft(source, blocks_from_text(source))


def _chosen(pipeline: Pipeline | None) -> Pipeline:
    return pipeline if pipeline is not None else _DEFAULT


def _clean(text: str, pipeline: Pipeline | None) -> Story:
    return story_from_draft(_chosen(pipeline).run(_text_draft(normalize(text))))


def _check_size(size: int, max_size: int) -> None:
    if size > max_size:
        raise InputTooLarge(f"input of {size:,} is over the limit of {max_size:,} (max_size)")


def _decode(data: bytes, *, html: bool, strict: bool = True) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if not strict:
        return data.decode("utf-8", "replace")
    # Imported here: most inputs are UTF-8, and importing bs4 (with soupsieve) costs
    # about a tenth of a second at every start of a process.
    from bs4 import UnicodeDammit

    if html:
        # The page's declared charset first (a wrong or unknown one is skipped when
        # the bytes do not decode), then detection, then windows-1252.
        dammit = UnicodeDammit(data, is_html=True, user_encodings=["windows-1252"])
    else:
        dammit = UnicodeDammit(data, ["utf-8", "windows-1252"], is_html=html)
    if dammit.unicode_markup is None:
        raise DecodeError(f"could not decode {len(data):,} bytes as text in any encoding tried")
    return str(dammit.unicode_markup)


_DEFAULT = default_pipeline()
