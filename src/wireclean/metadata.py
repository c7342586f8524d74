"""Read what a page says about itself (JSON-LD, meta tags, bylines) into a ``Metadata``.

The HTML adapter (:mod:`wireclean.html`) gathers raw :class:`Signals` while it walks
the page; :func:`metadata_from_signals` picks, field by field, the best source the
page offers:

- title: JSON-LD ``headline``, ``og:title``, ``twitter:title``, the first
  ``<h1>``, ``<title>``; a
  site-name part ("... | Reuters", "- The Washington Post", "Site: ...") is cut off,
  using the site's name, or an ``<h1>`` equal to the rest;
- authors: JSON-LD ``author`` (objects or strings, lists of either; organisations
  left out), ``<meta name="author">`` and its cousins, ``rel=author`` and
  ``itemprop=author`` elements, then elements whose class says byline/author; agency
  names ("REUTERS", "Jane Doe Associated Press"), the site's own name, URLs, e-mail
  and social-network words are never names;
- published: JSON-LD ``datePublished``, ``article:published_time``, ``itemprop``
  and the common ``<meta>`` names, ``<time datetime>``; a source that gives the time
  of day wins over one that gives the same day alone;
- description, site name, canonical URL and language likewise.

Each source is only as good as the page: a title that is the site's name alone
stays a title. Nothing here raises on malformed JSON-LD or dates; bad values are
skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from html import unescape
from typing import Any

import regex

from wireclean import patterns
from wireclean.model import Metadata

__all__ = ["Signals", "clean_authors", "clean_title", "metadata_from_signals", "read_datetime"]


@dataclass(frozen=True, slots=True)
class Signals:
    """Hold the raw metadata an HTML page carries, as found, in page order.

    ``metas`` are ``(key, content)`` pairs of ``<meta>`` tags (key from ``property``,
    ``name``, ``itemprop`` or ``http-equiv``, lower-cased); ``links`` ``(rel, href)``;
    ``jsonld`` the text of ``application/ld+json`` scripts; ``times`` ``(datetime,
    itemprop and class)`` of ``<time>`` elements; ``authors`` the text of
    ``rel=author``/``itemprop=author`` elements; ``bylines`` the text of elements whose
    class or id says byline/author; ``itemprops`` ``(itemprop, content or datetime)``;
    ``headings`` the text of ``<h1>`` blocks.
    """

    title: str | None = None
    language: str | None = None
    metas: tuple[tuple[str, str], ...] = ()
    links: tuple[tuple[str, str], ...] = ()
    jsonld: tuple[str, ...] = ()
    times: tuple[tuple[str, str], ...] = ()
    authors: tuple[str, ...] = ()
    bylines: tuple[str, ...] = ()
    itemprops: tuple[tuple[str, str], ...] = ()
    headings: tuple[str, ...] = ()


# --- vocabularies ----------------------------------------------------------------------

#: JSON-LD types of a news story, best first; any other "...Article" or
#: "BlogPosting"/"WebPage" is a weaker source.
_STORY_TYPES = (
    "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "article",
    "blogposting", "liveblogposting", "socialmediaposting", "report", "webpage",
)  # fmt: skip
#: ``<meta>`` keys, best first, for each field.
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "title")
_AUTHOR_KEYS = (
    "author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator",
    "dcterms.creator", "cxenseparse:author", "twitter:creator",
)  # fmt: skip
_PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished",
    "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
    "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
    "dcterms.date", "article.published", "og:published_time", "article_date_original",
    "cxenseparse:recs:publishtime", "last-modified",
)  # fmt: skip
_DESCRIPTION_KEYS = ("og:description", "description", "twitter:description", "dc.description")
_SITE_KEYS = ("og:site_name", "application-name", "al:ios:app_name", "publisher")
_URL_KEYS = ("og:url", "twitter:url")
_LANGUAGE_KEYS = ("content-language", "og:locale", "language", "dc.language")
#: Words that mark an author entry as not a person: social networks, e-mail, staff
#: credits (fixtures in ``tests/test_metadata.py``).
_NOT_A_NAME = frozenset(
    """twitter facebook instagram linkedin mailto email e-mail whatsapp telegram http
    https www staff redaktion redaction rédaction newsroom editorial desk team admin
    editor editors agencies agency agenturen online web digital""".split()
)
_AGENCIES = tuple(sorted({a.lower() for a in patterns.AGENCIES}, key=len, reverse=True))
#: Separators between a title and a site name, as written around them.
_TITLE_SEPARATOR = regex.compile(r"\x20(?:\||-|–|—|::|·|•|»|/)\x20|:\x20")
_URL_LIKE = regex.compile(r"https?:|www\.|\.[a-z]{2,6}(?:/|$)|@|/", regex.I)
#: Splits an author entry into lists of names: " | ", " · ", line breaks, and "and"
#: in languages the shared name separator lacks (Danish/Norwegian, Swedish, Turkish).
_ENTRY_SPLIT = regex.compile(r"\x20[|·•]\x20|\n|\x20(?:og|och|ve)\x20")
_HAS_TIME = regex.compile(r"[0-9]{1,2}:[0-9]{2}")
#: Longest author entry read (a byline element holding more is not a byline).
_MAX_AUTHOR = 120
_MAX_DEPTH = 12


def metadata_from_signals(signals: Signals) -> Metadata:
    """Return the page's metadata, each field from the best source that has it.

    >>> s = Signals(title="Mali army sold guns | Reuters", metas=(("og:site_name", "Reuters"),))
    >>> metadata_from_signals(s).title
    'Mali army sold guns'
    """
    metas: dict[str, str] = {}
    for key, value in signals.metas:
        if value and key not in metas:
            metas[key] = value
    story = _jsonld_story(signals.jsonld)
    site = _first(
        _jsonld_name(story.get("publisher")) if story else None,
        *(metas.get(k) for k in _SITE_KEYS),
    )
    # <title> is the weakest source (it often holds the section and site too): a
    # page's first <h1> is preferred to it.
    h1 = signals.headings[0] if signals.headings else None
    title = _first(
        _text(story.get("headline")) if story else None,
        *(metas.get(k) for k in _TITLE_KEYS),
        h1,
        signals.title,
    )
    return Metadata(
        title=clean_title(title, site=site, headings=signals.headings) if title else None,
        authors=_authors(signals, metas, story, site),
        published=_published(signals, metas, story),
        description=_first(
            _text(story.get("description")) if story else None,
            *(metas.get(k) for k in _DESCRIPTION_KEYS),
        ),
        site_name=site,
        url=_first(
            *(href for rel, href in signals.links if "canonical" in rel.split()),
            *(metas.get(k) for k in _URL_KEYS),
            _url_of(story) if story else None,
        ),
        language=_language(signals, metas, story),
    )


def _first(*values: str | None) -> str | None:
    for value in values:
        if value:
            # Values are often escaped twice ("Trump&#8217;s"): the parser undid one level.
            folded = " ".join(unescape(value).split()) if "&" in value else " ".join(value.split())
            if folded:
                return folded
    return None


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and isinstance(value[0], str):
        return value[0]
    return None


# --- JSON-LD ---------------------------------------------------------------------------


def _jsonld_story(scripts: Iterable[str]) -> dict[str, Any] | None:
    """Return the JSON-LD object that describes the story (best type first), if any."""
    best: tuple[int, dict[str, Any]] | None = None
    for script in scripts:
        data = _load_json(script)
        for item in _walk_json(data, 0):
            rank = _story_rank(item.get("@type"))
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, item)
    return best[1] if best else None


def _load_json(text: str) -> object:
    text = text.strip()
    for candidate in (text, text.removeprefix("<!--").removesuffix("-->").strip()):
        try:
            return json.loads(candidate, strict=False)
        except ValueError:
            continue
    return None


def _walk_json(data: object, depth: int) -> Iterator[dict[str, Any]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_json(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _walk_json(data[key], depth + 1)


def _story_rank(kind: object) -> int | None:
    kinds = kind if isinstance(kind, list) else [kind]
    ranks = [
        _STORY_TYPES.index(k.lower())
        for k in kinds
        if isinstance(k, str) and k.lower() in _STORY_TYPES
    ]
    return min(ranks) if ranks else None


def _jsonld_name(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _url_of(story: dict[str, Any]) -> str | None:
    url = _text(story.get("url"))
    if url:
        return url
    main = story.get("mainEntityOfPage")
    if isinstance(main, dict):
        return _text(main.get("@id")) or _text(main.get("url"))
    return _text(main)


def _jsonld_authors(story: dict[str, Any]) -> list[str]:
    value = story.get("author") or story.get("creator")
    found: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.lower() == "organization" for k in kinds):
                continue
            name = _text(item.get("name"))
            if name:
                found.append(name)
    return found


# --- title -----------------------------------------------------------------------------


def clean_title(title: str, *, site: str | None = None, headings: Iterable[str] = ()) -> str:
    """Return ``title`` without a site-name part.

    The part cut must be the site's name (or its domain), or the rest must equal one
    of the page's ``headings``.

    >>> clean_title("Al Qaeda gets help - The Washington Post", site="The Washington Post")
    'Al Qaeda gets help'
    >>> clean_title("Mali: army sold guns", site="Reuters")
    'Mali: army sold guns'
    """
    title = " ".join(title.split())
    heads = {" ".join(h.split()).casefold() for h in headings}
    if title.casefold() in heads:
        return title
    cuts = list(_TITLE_SEPARATOR.finditer(title))
    for cut in reversed(cuts):
        head, tail = title[: cut.start()].strip(), title[cut.end() :].strip()
        if head and (_is_site(tail, site) or head.casefold() in heads):
            return clean_title(head, site=site, headings=heads)
    for cut in cuts:
        head, tail = title[: cut.start()].strip(), title[cut.end() :].strip()
        if tail and (_is_site(head, site) or tail.casefold() in heads):
            return clean_title(tail, site=site, headings=heads)
    return title


def _is_site(part: str, site: str | None) -> bool:
    low = part.casefold()
    if site and _site_key(low) == _site_key(site.casefold()):
        return True
    return bool(regex.fullmatch(r"(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z]{2,6}){1,2}", low))


def _site_key(text: str) -> str:
    text = text.removeprefix("the ").removeprefix("www.")
    for suffix in (".com", ".de", ".co.uk", ".net", ".org", ".fr", ".at", ".ch"):
        text = text.removesuffix(suffix)
    return "".join(c for c in text if c.isalnum())


# --- authors ---------------------------------------------------------------------------


def _authors(
    signals: Signals, metas: dict[str, str], story: dict[str, Any] | None, site: str | None
) -> tuple[str, ...]:
    meta_values = [v for key, v in signals.metas if key in _AUTHOR_KEYS]
    sources: list[tuple[list[str], bool]] = [
        (_jsonld_authors(story) if story else [], False),
        (meta_values, False),
        (list(signals.authors), True),
        (list(signals.bylines), True),
    ]
    for raw, strict in sources:
        names = clean_authors(raw, site=site, strict=strict)
        if names:
            return names
    return ()


def clean_authors(
    raw: Iterable[str], *, site: str | None = None, strict: bool = False
) -> tuple[str, ...]:
    """Return the personal names in author entries, agencies and junk left out.

    Each entry may list several names ("A, B and C", "By A | Reuters"). With
    ``strict`` (text read from the page, not declared metadata), a name must be
    capitalised words.

    >>> clean_authors(["REUTERS", "Jane Doe Associated Press", "apnews.com", "By Bo Li"])
    ('Jane Doe', 'Bo Li')
    """
    names: dict[str, str] = {}
    site_key = _site_key(site.casefold()) if site else None
    for entry in raw:
        entry = " ".join(entry.split())
        if not entry or len(entry) > _MAX_AUTHOR * (1 if strict else 4):
            continue
        # URLs and e-mail addresses are never names ("https://x.com/jane").
        entry = " ".join(t for t in entry.split() if not _URL_LIKE.search(t))
        # A dateline glued to a byline ("Jane Doe WASHINGTON (AP) —") ends the names,
        # and its place in capitals is no name.
        if "(" in entry:
            words = entry.split("(", 1)[0].split()
            if patterns.DATELINE.search(entry) is not None:
                while words and words[-1].rstrip(",").isupper():
                    words.pop()
            entry = " ".join(words)
        match = patterns.BYLINE.match(entry)
        if match is not None:
            entry = match.group("names")
        for part in _ENTRY_SPLIT.split(entry):
            for piece in patterns.NAME_SEPARATOR.split(part):
                name = _clean_name(piece, site_key, strict)
                if name and name.casefold() not in names:
                    names[name.casefold()] = name
    return tuple(names.values())


def _clean_name(piece: str, site_key: str | None, strict: bool) -> str | None:
    name = piece.strip(" .,;:-–—|/")
    if not name or _URL_LIKE.search(name):
        return None
    low = name.casefold()
    # An agency, alone or glued to the end of a name ("Jane Doe Associated Press").
    low = low.removeprefix("the ")
    for agency in _AGENCIES:
        if low == agency:
            return None
        if low.endswith(" " + agency):
            name = name[: -len(agency) - 1].rstrip(" ,/")
            low = name.casefold()
            break
    if not name or (site_key and _site_key(low) == site_key):
        return None
    words = low.split()
    if not words or len(words) > 6 or any(w.strip(".") in _NOT_A_NAME for w in words):
        return None
    if any(c.isdigit() for c in name) or not any(c.isalpha() for c in name):
        return None
    if strict and patterns.NAME.fullmatch(name) is None:
        return None
    return name


# --- published -------------------------------------------------------------------------


def _published(
    signals: Signals, metas: dict[str, str], story: dict[str, Any] | None
) -> datetime | None:
    candidates: list[str | None] = []
    if story:
        candidates += [_text(story.get("datePublished")), _text(story.get("dateCreated"))]
    candidates += [metas.get(k) for k in _PUBLISHED_KEYS]
    candidates += [v for k, v in signals.itemprops if k in ("datepublished", "datecreated")]
    times = signals.times
    candidates += [t for t, label in times if "publish" in label or "pubdate" in label]
    candidates += [t for t, _ in times[:1]]
    best: datetime | None = None
    best_has_time = False
    for value in candidates:
        if not value:
            continue
        moment = read_datetime(value)
        if moment is None:
            continue
        has_time = _HAS_TIME.search(value) is not None
        if best is None:
            best, best_has_time = moment, has_time
        elif not best_has_time and has_time and moment.date() == best.date():
            best, best_has_time = moment, True
        if best_has_time:
            break
    return best


def read_datetime(value: str) -> datetime | None:
    """Return the moment an ISO 8601 or RFC 2822 date string names, or None.

    >>> read_datetime("2010-08-12T15:06:00-04:00").isoformat()
    '2010-08-12T15:06:00-04:00'
    """
    text = value.strip()
    if not text or len(text) > 64:
        return None
    iso = (
        text.replace(" ", "T", 1)
        if regex.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]", text)
        else text
    )
    if iso.endswith(("Z", "z")):
        iso = iso[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


# --- language --------------------------------------------------------------------------


def _language(signals: Signals, metas: dict[str, str], story: dict[str, Any] | None) -> str | None:
    value = _first(
        signals.language,
        _text(story.get("inLanguage")) if story else None,
        *(metas.get(k) for k in _LANGUAGE_KEYS),
    )
    if not value:
        return None
    return value.split(",")[0].strip().replace("_", "-") or None
