"""The HTML input adapter: render a page's visible blocks as text for the text path.

Block elements (paragraphs, headings, list items, table cells, ...) become blocks
separated by blank lines; list items get a ``*`` marker; ``<br>`` breaks a line.
Scripts, styles, ``<template>``, ``<noscript>``, ``<head>``, comments and hidden
elements (``hidden``, ``aria-hidden="true"``, ``display:none``) are left out.
Parsing uses lxml's HTML parser with network access off; it never resolves entities
from a DTD or reads files.
"""

from __future__ import annotations

import logging

import regex
from lxml import etree
from lxml import html as lxml_html

__all__ = ["render_html"]

logger = logging.getLogger(__name__)

_BLOCK_TAGS = frozenset(
    """address article aside blockquote body caption center dd details dialog div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main
    nav ol p pre section summary table tbody td tfoot th thead tr ul""".split()
)
_SKIP_TAGS = frozenset(
    """script style noscript template head svg math iframe object embed canvas select
    option textarea button input audio video source track map""".split()
)
#: Marks a <br> line break inside a block while the block's text is gathered.
_BREAK = "\x00"
_DISPLAY_NONE = regex.compile(
    r"display\s{0,8}:\s{0,8}none|visibility\s{0,8}:\s{0,8}hidden", regex.I
)


def _parser() -> etree.HTMLParser:
    return etree.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
        recover=True, huge_tree=True,
    )  # fmt: skip


def _hidden(element: etree._Element) -> bool:
    attrib = element.attrib
    if "hidden" in attrib or attrib.get("aria-hidden", "").strip().lower() == "true":
        return True
    style = attrib.get("style")
    return style is not None and _DISPLAY_NONE.search(style) is not None


def render_html(page: str) -> str:
    """Return the visible text of an HTML page, one block per paragraph.

    >>> render_html("<p>One <b>two</b></p><ul><li>three</li></ul><script>x()</script>")
    'One two\\n\\n* three\\n'
    """
    # NUL bytes are deleted, as on the text path; NUL then marks <br> inside a block.
    data = page.replace("\x00", "").encode("utf-8", "replace")
    if not data.strip():
        return ""
    try:
        root = lxml_html.document_fromstring(data, parser=_parser())
    except (etree.ParserError, ValueError) as exc:  # empty or unreadable document
        logger.debug("unparseable HTML: %s", exc)
        return ""
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            lines = "".join(current).split(_BREAK)
            text = "\n".join(folded for line in lines if (folded := " ".join(line.split())))
            if text and text != "*":
                blocks.append(text)
            current.clear()

    skipping = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if skipping or tag in _SKIP_TAGS or not tag or _hidden(element):
                skipping += 1
                continue
            if tag in _BLOCK_TAGS:
                flush()
                if tag == "li":
                    current.append("* ")
            elif tag == "br":
                current.append(_BREAK)
            if element.text:
                current.append(element.text)
            continue
        if skipping:
            skipping -= 1
            if skipping:
                continue
        elif tag in _BLOCK_TAGS:
            flush()
        if element.tail:
            current.append(element.tail)
    flush()
    return "\n\n".join(blocks) + "\n" if blocks else ""
