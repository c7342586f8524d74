"""Read what a page says about itself (JSON-LD, meta tags, bylines) into a ``Metadata``.

The HTML adapter (:mod:`wireclean.html`) gathers raw :class:`Signals` while it walks
the page; :func:`metadata_from_signals` picks, field by field, the best source the
page offers:

- title: JSON-LD ``headline``, ``og:title``, ``twitter:title``, the first
  ``<h1>``, ``<title>``; where the JSON-LD headline and the meta title differ, the
  meta title wins when the JSON-LD's own ``name``/``alternativeHeadline`` back it
  rather than the headline, or when it is the headline less a kicker or a tail
  (the part both give); a
  site-name part ("... | Reuters", "- The Washington Post", "Site: ...") is cut off,
  using the site's name, or a section after a bar or dash when the rest equals an
  ``<h1>`` (a kicker before a colon stays: "Harbour strike: Dockers walk out",
  unless the first ``<h1>`` shows the words after it behind another kicker: "Night
  shift Dockers walk out" leaves "Dockers walk out");
- authors: JSON-LD ``author`` (objects, ``givenName``/``familyName``, strings, lists
  of either; organisations and login accounts left out), ``<meta name="author">``
  and its cousins, ``rel=author`` and ``itemprop=author`` elements (which also add
  co-authors the JSON-LD leaves out), then elements whose class says byline/author;
  agency names ("REUTERS", "Jane Doe Associated Press"), the site's own name or
  domain, URLs, e-mail, social-network words, labels ("Quelle: dpa"), job titles
  ("Jane Doe, Reporter"), wire datelines and whoever the page labels its editor
  ("Editor: Jane Doe") are never names;
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
    editor editors agencies agency agenturen online web digital news nachrichten
    nieuws noticias notizie nouvelles actualités haberler""".split()
)
_AGENCIES = tuple(
    sorted(
        {a.lower() for a in patterns.AGENCIES} | set(patterns.AGENCY_CANONICAL),
        key=len,
        reverse=True,
    )
)
#: Job titles written after a name ("Jane Doe, Reporter", "신현주 기자"): cut, the name
#: kept; an entry of nothing but these is no name (``tests/test_metadata_fundus.py``).
_ROLES = frozenset(
    """reporter reporters correspondent correspondents editor editors writer writers
    columnist contributor journalist senior chief political business foreign national
    redakteur redakteurin korrespondent korrespondentin reporterin autor autorin
    journaliste rédacteur rédactrice correspondant correspondante periodista
    redactor redactora corresponsal giornalista inviato inviata jurnalis wartawan
    기자 특파원 記者 特派員 记者 特派员 编辑""".split()
)
#: Labels before an author entry: these introduce the names ("Autor: Jane Doe") ...
_AUTHOR_LABELS = frozenset(
    """by von par por di door av af autor autorin autorin/autor author authors text
    texte texto""".split()
)
#: ... any other label ("Quelle: dpa", "Editor: Jane Doe", "Foto: ...") says the entry
#: credits something else than the story's text; these ones name its editor, who is
#: then no author from any source (``tests/test_metadata_choice.py``).
_EDITOR_LABELS = frozenset("editor editors redaktur penyunting".split())
_LABEL = regex.compile(r"(?P<label>\p{L}{1,20}(?:/\p{L}{1,20})?)\x20?:\x20+")
#: An entry that is an organisation's: its domain first ("example.de, Frankfurt") or in
#: parentheses ("Example Radio (www.example.com)").
_ORGANISATION_ENTRY = regex.compile(
    r"^(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z]{2,12}){1,2},"
    r"|\((?:https?://)?(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z]{2,12}){1,2}/?\)",
    regex.I,
)
#: A wire dateline alone in a byline element: "AUBURN, Wash. —", "BERLIN —". (The runs
#: of capitals are possessive: what follows one is never a capital, and giving letters
#: back would only retry in vain, quadratically on a long run.)
_DATELINE_ALONE = regex.compile(
    r"\p{Lu}{2,}+(?:[\x20-]\p{Lu}{2,}+){0,4}(?:,\x20\p{Lu}[\p{L}.]{0,20}(?:\x20\p{Lu}[\p{L}.]{0,20}){0,2})?"
    r"\x20?[—–-]"
)
#: The link of a site's login account given as an author (WordPress's default user).
_ACCOUNT_LINK = regex.compile(r"/(?:author|authors|user|users)/admin/?(?:#.{0,40})?$", regex.I)
#: An acronym alone ("LTO"): a publication's short name, not a person's.
_ACRONYM = regex.compile(r"\p{Lu}{2,5}")
#: Separators between a title and a site name, as written around them.
_TITLE_SEPARATOR = regex.compile(r"\x20(?:\||-|–|—|::|·|•|»|/)\x20|:\x20")
#: What joins the site's name to a title without spaces ("...：Example Shimbun",
#: "...-Politicsㅣ Example Ilbo" with a section): a bar, a Hangul bar (ㅣ), a
#: full-width colon or a middle dot, maybe after a section of one word joined by a
#: hyphen or one of these; the site's name follows (``clean_title``).
_GLUED_SITE = regex.compile(r"(?<=\S)(?:[-|｜ㅣ：·][^\s|｜ㅣ：·-]{1,12}[|｜ㅣ：·]|[|｜ㅣ：·])$")
#: A separator after a title's kicker, at the end of what comes before the headline
#: ("Kicker: ", "Kicker - "; :func:`_without_kicker`).
_KICKER_END = regex.compile(r"(?:\x20(?:\||-|–|—|/)\x20|:\x20)$")
#: Fewest words a title's part must hold to be the headline without its kicker.
_MIN_HEADLINE_WORDS = 3
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
    url = _first(
        *(href for rel, href in signals.links if "canonical" in rel.split()),
        *(metas.get(k) for k in _URL_KEYS),
        _url_of(story) if story else None,
    )
    # <title> is the weakest source (it often holds the section and site too): a
    # page's first <h1> is preferred to it.
    h1 = signals.headings[0] if signals.headings else None
    shared = _first(*(metas.get(k) for k in _TITLE_KEYS))
    title = _story_title(story, shared, site, signals.headings) if story else None
    if title is None:
        first = _first(shared, h1, signals.title)
        title = clean_title(first, site=site, headings=signals.headings) if first else None
    if title and h1:
        title = _without_kicker(title, " ".join(h1.split()))
    return Metadata(
        title=title,
        authors=_authors(signals, story, site, url),
        published=_published(signals, metas, story),
        description=_first(
            _text(story.get("description")) if story else None,
            *(metas.get(k) for k in _DESCRIPTION_KEYS),
        ),
        site_name=site,
        url=url,
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
    for item in _flatten(value, 0):
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            # Organization and its kinds (NewsMediaOrganization, Corporation, ...).
            if any(isinstance(k, str) and k.lower().endswith("organization") for k in kinds):
                continue
            name = _text(item.get("name")) or _given_family(item)
            if name and not _is_account(item):
                found.append(name)
    return found


def _jsonld_accounts(story: dict[str, Any]) -> list[str]:
    """Return the names of the login accounts the JSON-LD gives as authors."""
    value = story.get("author") or story.get("creator")
    return [
        name
        for item in _flatten(value, 0)
        if isinstance(item, dict) and _is_account(item)
        for name in [_text(item.get("name"))]
        if name
    ]


def _flatten(value: object, depth: int) -> Iterator[object]:
    """Yield the items of ``value``, lists inside lists flattened ([A, [B]])."""
    if isinstance(value, list) and depth <= _MAX_DEPTH:
        for item in value:
            yield from _flatten(item, depth + 1)
    else:
        yield value


def _given_family(person: dict[str, Any]) -> str | None:
    """Return "givenName familyName" of a Person given without a ``name``."""
    parts = [_text(person.get(k)) for k in ("givenName", "additionalName", "familyName")]
    name = " ".join(p.strip() for p in parts if p and p.strip())
    return name or None


def _is_account(person: dict[str, Any]) -> bool:
    """Tell whether a Person is a site's login, not a writer (WordPress's ``/author/admin/``)."""
    for key in ("@id", "url"):
        link = _text(person.get(key))
        if link and _ACCOUNT_LINK.search(link):
            return True
    return False


# --- title -----------------------------------------------------------------------------


def clean_title(title: str, *, site: str | None = None, headings: Iterable[str] = ()) -> str:
    """Return ``title`` without a site-name part.

    The part cut must be the site's name (or its domain), or the rest must equal one
    of the page's ``headings``. The site's name may also be joined to the title
    without spaces ("...：Example Shimbun", after a one-word section "...-Politicsㅣ").

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
        colon = cut.group().startswith(":")
        if head and (is_site_name(tail, site) or (not colon and head.casefold() in heads)):
            return clean_title(head, site=site, headings=heads)
    for cut in cuts:
        head, tail = title[: cut.start()].strip(), title[cut.end() :].strip()
        if tail and is_site_name(head, site):
            return clean_title(tail, site=site, headings=heads)
    if site and len(title) > len(site) and title[-len(site) :].casefold() == site.casefold():
        glued = _GLUED_SITE.search(title[: -len(site)])
        if glued is not None and glued.start() > 0:
            return clean_title(title[: glued.start()], site=site, headings=heads)
    return title


def _story_title(
    story: dict[str, Any], shared: str | None, site: str | None, headings: tuple[str, ...]
) -> str | None:
    """Return the JSON-LD ``headline``, or the meta title where the page says it is better.

    The JSON-LD's own ``name`` and ``alternativeHeadline`` vote: when more of them give
    the meta title (``og:title``) than the headline, the headline is the odd one out (a
    search-engine variant) and the meta title is taken. Otherwise :func:`_core_title`
    decides between the two.
    """
    declared = _first(_text(story.get("headline")))
    if not declared:
        return None
    title = clean_title(declared, site=site, headings=headings)
    if not shared:
        return title
    other = clean_title(shared, site=site, headings=headings)
    key = _title_key(other)
    if key == _title_key(title):
        return title
    votes = [_first(_text(story.get(k))) for k in ("name", "alternativeHeadline")]
    keys = [_title_key(clean_title(v, site=site, headings=headings)) for v in votes if v]
    if keys.count(key) > keys.count(_title_key(title)):
        return other
    return _core_title(title, other)


def _title_key(title: str) -> str:
    return " ".join(title.split()).casefold()


def _core_title(declared: str, shared: str) -> str:
    """Return the headline of a page whose JSON-LD and ``og:title`` differ.

    When one of the two is the other with words added at one end (a kicker before it,
    a teaser line or the site after it), the part both give is the headline.

    >>> _core_title("Neue Leipziger Schule: Judy Lybke, gar nicht eigenartig",
    ...             "Judy Lybke, gar nicht eigenartig")
    'Judy Lybke, gar nicht eigenartig'
    >>> _core_title("Fed holds rates", "Markets wrap")
    'Fed holds rates'
    """
    if len(shared) >= len(declared) or 2 * len(shared) < len(declared):
        return declared
    low, part = declared.casefold(), shared.casefold()
    if len(part) < len(low) and low.startswith(part) and not low[len(part)].isalnum():
        return shared
    if len(part) < len(low) and low.endswith(part) and not low[-len(part) - 1].isalnum():
        return shared
    return declared


def _without_kicker(title: str, heading: str) -> str:
    """Return ``title`` less its kicker where the page's ``<h1>`` gives another one.

    When the title is "Kicker: Headline" and the page's first ``<h1>`` shows the same
    headline after other words ("Other kicker Headline"), the kickers are topic labels
    that vary from one place to the next; the part both give is the headline. An
    ``<h1>`` with the same kicker (punctuation aside) or none leaves the title whole.

    >>> _without_kicker("Attack on Iran: «We hold back»", "Escalation «We hold back»")
    '«We hold back»'
    >>> _without_kicker("Euroleague: Brawl in Madrid", "Euroleague Brawl in Madrid")
    'Euroleague: Brawl in Madrid'
    """
    size = _shared_end(title, heading)
    while size and title[-size].isspace():
        size -= 1  # the headline starts at a word, the spaces before it are the kicker's
    start = len(title) - size
    rest = heading[: len(heading) - size]
    if size == len(title) or not rest or rest[-1].isalnum():
        return title
    cut = _KICKER_END.search(title[:start])
    if cut is None or cut.end() != start:
        return title
    kicker = title[: cut.start()]
    part = title[start:]
    if len(part.split()) < _MIN_HEADLINE_WORDS or not _words_key(kicker) or not _words_key(rest):
        return title
    return title if _words_key(kicker) == _words_key(rest) else part


def _shared_end(a: str, b: str) -> int:
    """Return the length of the longest common suffix of ``a`` and ``b``."""
    size = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        size += 1
    return size


def _words_key(text: str) -> str:
    """Return ``text`` case-folded, letters and digits only."""
    return "".join(c for c in text.casefold() if c.isalnum())


def is_site_name(part: str, site: str | None) -> bool:
    """Tell whether ``part`` of a title or an author field names the site: the site's own
    name (``site``, "The Example Times" for "example times") or a domain ("taz.de")."""
    low = part.casefold()
    if site and _site_key(low) == _site_key(site.casefold()):
        return True
    return patterns.DOMAIN_NAME.fullmatch(low) is not None


def _site_key(text: str) -> str:
    text = text.removeprefix("the ").removeprefix("www.")
    for suffix in (".com", ".de", ".co.uk", ".net", ".org", ".fr", ".at", ".ch"):
        text = text.removesuffix(suffix)
    return "".join(c for c in text if c.isalnum())


# --- authors ---------------------------------------------------------------------------


def _authors(
    signals: Signals, story: dict[str, Any] | None, site: str | None, url: str | None
) -> tuple[str, ...]:
    keys = _site_keys(site, url)
    if story:
        # A login account's name ("Site Admin") is no name in the page's text either.
        keys |= {_site_key(name.casefold()) for name in _jsonld_accounts(story)}
    meta_values = [v for key, v in signals.metas if key in _AUTHOR_KEYS]
    sources: list[tuple[list[str], bool]] = [
        (_jsonld_authors(story) if story else [], False),
        (meta_values, False),
        (list(signals.authors), True),
        (list(signals.bylines), True),
    ]
    # A name the page itself credits as the editor ("Editor: Jane Doe") is not the
    # story's author, even where the JSON-LD gives it as one.
    editors = _edited_by(signals.bylines + signals.authors, keys)
    for raw, strict in sources:
        names = tuple(
            n for n in _clean_authors(raw, keys, strict=strict) if n.casefold() not in editors
        )
        if names:
            return _with_coauthors(names, _clean_authors(signals.authors, keys, strict=True))
    return ()


def _edited_by(entries: Iterable[str], keys: frozenset[str]) -> frozenset[str]:
    """Return the names (case-folded) the page's byline elements label as its editors."""
    found: set[str] = set()
    for entry in entries:
        label = _LABEL.match(" ".join(entry.split()))
        if label is not None and label.group("label").casefold() in _EDITOR_LABELS:
            rest = " ".join(entry.split())[label.end() :]
            found.update(n.casefold() for n in _clean_authors([rest], keys, strict=False))
    return frozenset(found)


def _with_coauthors(names: tuple[str, ...], shown: tuple[str, ...]) -> tuple[str, ...]:
    """Return ``names`` with the co-authors the page's author elements list among them.

    A page's ``rel=author`` elements may name an author the JSON-LD leaves out; they
    also name the authors of other stories further down. The elements up to the last
    one that names a declared author are the story's.
    """
    folded = [n.casefold() for n in shown]
    if not set(folded) >= {n.casefold() for n in names}:
        return names
    last = max(folded.index(n.casefold()) for n in names)
    return shown[: last + 1] if last + 1 > len(names) else names


def _site_keys(site: str | None, url: str | None) -> frozenset[str]:
    """Return the keys a name of the site may fold to: its name's, its domain's."""
    keys = {_site_key(site.casefold())} if site else set()
    host = regex.match(r"(?:https?:)?//(?:www\.)?([^/:?#\s]{1,200})", url or "", regex.I)
    if host is not None:
        # The domain's own label: "vnexpress" of "vnexpress.net", "bbc" of "bbc.co.uk".
        labels = host.group(1).casefold().split(".")[:-1] or [host.group(1).casefold()]
        while len(labels) > 1 and len(labels[-1]) <= 3:
            labels.pop()
        keys.add(_site_key(labels[-1]))
    return frozenset(k for k in keys if k)


def clean_authors(
    raw: Iterable[str], *, site: str | None = None, url: str | None = None, strict: bool = False
) -> tuple[str, ...]:
    """Return the personal names in author entries, agencies and junk left out.

    Each entry may list several names ("A, B and C", "By A | Reuters"). The site's
    name (or its domain's, from ``url``) is no name. With ``strict`` (text read from
    the page, not declared metadata), a name must be capitalised words, and an entry
    holding anything else than names and credits ("Politik | 11.2.2025") gives none.

    >>> clean_authors(["REUTERS", "Jane Doe Associated Press", "apnews.com", "By Bo Li"])
    ('Jane Doe', 'Bo Li')
    >>> clean_authors(["Jane Doe, Senior Reporter", "Autor: Bo Li", "Quelle: dpa"])
    ('Jane Doe', 'Bo Li')
    """
    return _clean_authors(raw, _site_keys(site, url), strict=strict)


def _clean_authors(raw: Iterable[str], keys: frozenset[str], *, strict: bool) -> tuple[str, ...]:
    names: dict[str, str] = {}
    for entry in raw:
        entry = " ".join(entry.split())
        if not entry or len(entry) > _MAX_AUTHOR * (1 if strict else 4):
            continue
        for name in _entry_names(entry, keys, strict):
            names.setdefault(name.casefold(), name)
    return tuple(names.values())


def _entry_names(entry: str, keys: frozenset[str], strict: bool) -> list[str]:
    """Return the names of one author entry (empty when it is no list of names)."""
    if _ORGANISATION_ENTRY.search(entry) or (strict and _DATELINE_ALONE.fullmatch(entry)):
        return []
    label = _LABEL.match(entry)
    if label is not None:
        if label.group("label").casefold() not in _AUTHOR_LABELS:
            return []  # "Quelle: dpa", "Editor: Jane Doe", "Foto: ..."
        entry = entry[label.end() :]
    # URLs and e-mail addresses are never names ("https://x.com/jane"); one word left
    # beside a site's address is what the site calls itself ("example.com developer").
    words = entry.split()
    entry = " ".join(t for t in words if not _URL_LIKE.search(t))
    if len(entry.split()) < 2 and len(words) > 1:
        return []
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
    found: list[str] = []
    for part in _ENTRY_SPLIT.split(entry):
        for piece in patterns.NAME_SEPARATOR.split(part):
            name = _clean_name(piece, keys, strict)
            if name is None:
                if strict:
                    return []  # words that are no name: a headline, a date line
            elif name:
                found.append(name)
    return found


def _clean_name(piece: str, keys: frozenset[str], strict: bool) -> str | None:
    """Return the name in one piece of an entry, "" for a credit that is no name
    (an agency, the site, a job title, a label), None for other words."""
    name = piece.strip(" .,;:-–—|/")
    if not name or _URL_LIKE.search(name):
        return ""
    low = name.casefold()
    bare = low.removeprefix("the ")
    # An agency, alone, with its place ("Associated Press in Valencia") or glued to the
    # end of a name ("Jane Doe Associated Press").
    for agency in _AGENCIES:
        if bare == agency or bare.startswith(agency + " in "):
            return ""
        if low.endswith(" " + agency):
            name = name[: -len(agency) - 1].rstrip(" ,/")
            low = name.casefold()
            break
    words = low.split()
    # Job titles after the name ("Jane Doe Reporter", "신현주 기자") go; so does an
    # entry of job titles alone ("Senior Reporter").
    while words and words[-1] in _ROLES:
        words.pop()
    if not words or low in _AUTHOR_LABELS:
        return ""
    name = " ".join(name.split()[: len(words)])
    low = name.casefold()
    if _site_key(low) in keys or _ACRONYM.fullmatch(name):
        return ""
    if len(words) > 6:
        return None
    if any(w.strip(".") in _NOT_A_NAME for w in words):
        return ""
    # A date or a time beside the names ("Jane Doe | 3 hours ago") is no name either.
    if any(c.isdigit() for c in name) or not any(c.isalpha() for c in name):
        return ""
    if strict and patterns.NAME.fullmatch(name) is None:
        return None
    # Read from the page, one capitalised word alone is a section, a label or the
    # place the author writes from ("Kurzmeldung", "Jane Doe, Berlin"), not a name.
    if strict and len(words) < 2:
        return ""
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
