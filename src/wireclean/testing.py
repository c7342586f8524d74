"""Test helpers: generated wire stories with known truth, and the library's guarantees as checks.

``stories()`` draws a structured wire story (a :class:`Truth`); ``scraped(stories())``
draws the same story as a scraper holds it, a whole page of HTML or a text browser's
dump, with navigation, banners, share rows, captions, related links and footers around
and inside it. ``match(story, truth)`` tells which fields a parse recovered.
``check(pipeline, text)`` runs the guarantees of the core (never raises, never invents,
keeps order, idempotent, conservation) on any pipeline and input and raises
``AssertionError`` naming the one that broke.

This module needs hypothesis (``pip install 'wireclean[testing]'``); ``import
wireclean`` never imports it. Page furniture is drawn partly from
:mod:`wireclean.patterns` (breakpoint names, photo credits: the shapes real pages use)
and partly from random words and counters the filters have never seen, so a round
trip measures how the filters generalise rather than what they memorised.
"""

from __future__ import annotations

import html as html_lib
import itertools
import textwrap
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Literal, NamedTuple

from hypothesis import strategies as st

from wireclean import patterns
from wireclean.api import looks_like_html, parse_html, parse_text
from wireclean.html import read_html
from wireclean.model import Credit, Dateline, Story
from wireclean.normalize import normalize
from wireclean.pipeline import Pipeline
from wireclean.text import fold

__all__ = [
    "GUARANTEES",
    "MATCHED_FIELDS",
    "RENDERERS",
    "Scraped",
    "Truth",
    "check",
    "match",
    "scraped",
    "stories",
]


@dataclass(frozen=True, slots=True)
class Truth:
    """Hold what a generated story is: its fields, and how its timestamp and dateline are written.

    The fields mean what :class:`wireclean.Story`'s do; ``body`` is the story's paragraphs
    with the dateline taken off the first and a list's items as paragraphs of their own.
    ``timestamp`` is the published line as the page writes it, ``dateline_text`` the
    dateline as written (``""`` with no dateline), ``lists`` the indices of body
    paragraphs that are list items.
    """

    headline: str | None
    flags: tuple[str, ...]
    byline: tuple[str, ...]
    bullets: tuple[str, ...]
    dateline: Dateline | None
    dateline_text: str
    published: datetime | None
    timestamp: str | None
    body: tuple[str, ...]
    lists: frozenset[int]
    credits: tuple[Credit, ...]
    language: str

    def to_dict(self) -> dict[str, Any]:
        """Return the truth in the shape of :meth:`wireclean.Story.to_dict` (its story keys)."""
        return {
            "headline": self.headline,
            "byline": list(self.byline),
            "bullets": list(self.bullets),
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "published": self.published.isoformat() if self.published else None,
            "body": list(self.body),
            "credits": [c.to_dict() for c in self.credits],
            "flags": list(self.flags),
        }

    def credit_line(self) -> str:
        """Return the trailer credits as wire copy writes them, or ``""``."""
        if not self.credits:
            return ""
        return "(" + "; ".join(c.render() for c in self.credits) + ")"


class Scraped(NamedTuple):
    """Hold a generated page (``page``: HTML or a text dump) and the story it holds."""

    page: str
    truth: Truth
    renderer: str


#: The fields :func:`match` compares, in the order reports list them.
MATCHED_FIELDS = (
    "headline",
    "flags",
    "byline",
    "bullets",
    "dateline",
    "published",
    "body",
    "credits",
)


def match(story: Story, truth: Truth) -> dict[str, bool]:
    """Return, for each of :data:`MATCHED_FIELDS`, whether ``story`` recovered it exactly."""
    got = story.to_dict()
    want = truth.to_dict()
    return {name: got[name] == want[name] for name in MATCHED_FIELDS}


# --- vocabularies of the generated stories ---------------------------------------------
# Made-up words and names: no real story is copied.

_FIRST = (
    "Lamine", "Maya", "Anthony", "Aiko", "Marcus", "Ruth", "Henrik", "Rania", "Willem",
    "Zoë", "José", "Ingrid", "Ken", "Fiona", "Graham", "Lucía", "Omar", "Priya", "Chen",
    "Olu", "Sarah", "David", "Björn", "Ana", "Tomasz", "Nadia",
)  # fmt: skip
_LAST = (
    "Chikhi", "Gebeily", "Deutsch", "Tanaka", "Bell", "Kessler", "Aalto", "Haddad", "Baak",
    "Müller", "Ferrer", "Solheim", "Morimoto", "Stroud-Kerr", "Lowry", "Okafor", "Nair",
    "Wei", "Novak", "O'Brien", "Grebler", "Campos", "Kowalski", "Larsen",
)  # fmt: skip
#: Surnames with particles, as names are written ("van der Berg", "al-Masri").
_PARTICLE_LAST = (
    "van der Berg", "de la Cruz", "al-Masri", "von Hassel", "dos Santos", "d'Afflisio",
    "bin Salman", "ter Horst", "di Stefano", "el-Sayed",
)  # fmt: skip
_PLACES = (
    # (as the dateline writes it, language)
    ("ALGIERS", "en"), ("WASHINGTON", "en"), ("TOKYO", "en"), ("LONDON", "en"),
    ("NEW YORK", "en"), ("BEIRUT/THE HAGUE", "en"), ("SAO PAULO", "en"), ("NAIROBI", "en"),
    ("Mumbai", "en"), ("New Delhi", "en"), ("BEIJING", "en"), ("FRANKFURT", "en"),
)  # fmt: skip
_US_STATES = ("Alaska", "Texas", "Calif.", "Ohio", "New Mexico")
_MONTH_ABBR = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct",
               "Nov", "Dec")  # fmt: skip
_MONTH_FULL = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
_MONTH_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_MONTH_IT = ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_NOUNS = (
    "government", "central bank", "ministry", "union", "company", "court", "railway",
    "airline", "council", "police", "regulator", "army", "farmers", "investors", "board",
    "committee", "prosecutors", "shareholders", "port", "refinery",
)  # fmt: skip
_VERBS = (
    "said", "announced", "warned", "confirmed", "denied", "expected", "agreed",
    "proposed", "rejected", "approved", "estimated", "reported",
)  # fmt: skip
_OBJECTS = (
    "a plan to cut spending by 12 percent next year",
    "new limits on exports of grain and fertiliser",
    "that talks would resume after the holiday",
    "a deal worth about 180 billion yen ($1.8 billion)",
    "that output fell for a third month in a row",
    "the sale of its stake in the northern pipeline",
    "higher interest rates for the rest of the year",
    "that about 2,000 homes were still without power",
    "a review of safety rules at the country's ports",
    "the largest order in the company's 60-year history",
)  # fmt: skip
_WHEN = ("on Tuesday", "on Thursday", "last month", "this week", "in a statement",
         "late on Friday", "earlier this year", "at a news conference")  # fmt: skip
_HEAD_WORDS = (
    "Rail", "unions", "call", "strike", "over", "pension", "reform", "Airline", "scraps",
    "dividend", "after", "fuel", "hedge", "misfires", "Drought", "forces", "water",
    "rationing", "in", "three", "provinces", "Bank", "holds", "rates", "steady", "as",
    "inflation", "cools", "Mali", "officials", "sold", "guns", "to", "rebels", "Court",
    "blocks", "merger", "of", "regional", "lenders",
)  # fmt: skip
_ES_SENTENCES = (
    "El Gobierno anunció este martes restricciones al riego en tres provincias del sur",
    "Las medidas entrarán en vigor el próximo lunes y afectarán a unos dos mil agricultores",
    "El ministerio informó en un comunicado que la situación sigue siendo grave",
    "Los sindicatos convocaron una huelga para la próxima semana en todo el país",
)  # fmt: skip
_DE_SENTENCES = (
    "Die Bundesregierung hat am Dienstag neue Regeln für den Export von Getreide beschlossen",
    "Die Gewerkschaft kündigte für die kommende Woche einen Streik im Nahverkehr an",
    "Nach Angaben des Ministeriums sind rund zweitausend Haushalte ohne Strom",
)  # fmt: skip
_IT_SENTENCES = (
    "Il governo ha approvato martedì un piano per ridurre la spesa del dodici per cento",
    "I sindacati hanno annunciato uno sciopero dei trasporti per la prossima settimana",
    "Secondo il ministero circa duemila famiglie sono ancora senza elettricità",
)  # fmt: skip
_SENTENCES = {"es": _ES_SENTENCES, "de": _DE_SENTENCES, "it": _IT_SENTENCES}
_HEADLINES = {
    "es": (
        "Sequía obliga a racionar el agua en tres provincias",
        "Los sindicatos convocan una huelga en el sector ferroviario",
    ),
    "de": ("Gewerkschaft kündigt Streik im Nahverkehr an", "Regierung beschließt Exportregeln"),
    "it": ("Sindacati annunciano sciopero dei trasporti", "Governo approva piano di tagli"),
}

# --- drawing the story ---------------------------------------------------------------


def _name(draw: st.DrawFn) -> str:
    first = draw(st.sampled_from(_FIRST))
    last = draw(st.one_of(st.sampled_from(_LAST), st.sampled_from(_PARTICLE_LAST)))
    return f"{first} {last}"


def _names(draw: st.DrawFn, most: int) -> tuple[str, ...]:
    names: list[str] = []
    for _ in range(draw(st.integers(1, most))):
        name = _name(draw)
        if name not in names:
            names.append(name)
    return tuple(names)


def _join(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _sentence(draw: st.DrawFn) -> str:
    noun = draw(st.sampled_from(_NOUNS))
    verb = draw(st.sampled_from(_VERBS))
    obj = draw(st.sampled_from(_OBJECTS))
    when = draw(st.sampled_from(_WHEN))
    return f"The {noun} {verb} {obj} {when}."


def _paragraph(draw: st.DrawFn, language: str, agency: str | None) -> str:
    if language != "en":
        pool = _SENTENCES[language]
        picks = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=2, unique=True))
        return ". ".join(picks) + "."
    kind = draw(st.sampled_from(("prose", "prose", "quote", "city", "agency")))
    text = " ".join(_sentence(draw) for _ in range(draw(st.integers(1, 3))))
    if kind == "quote":
        open_q, close_q = draw(st.sampled_from((('"', '"'), ("“", "”"))))
        who = _name(draw)
        return f"{open_q}{text[:-1]}, and we will not wait,{close_q} said {who}."
    if kind == "city":
        # A paragraph that opens with a place name, as copy often does: story text.
        city = draw(st.sampled_from(("London", "Paris", "Washington", "Nairobi", "Tokyo")))
        return f"{city} has seen similar moves before. {text}"
    if kind == "agency":
        told = draw(st.sampled_from(("Reuters", "the Associated Press", "AFP")))
        return f"{text[:-1]}, a spokesman told {told}."
    return text


@st.composite
def _published(draw: st.DrawFn) -> tuple[datetime, str]:
    day = draw(st.dates(min_value=date(2005, 1, 1), max_value=date(2025, 12, 31)))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    naive = datetime(day.year, day.month, day.day, hour, minute)
    h12, ampm = (hour % 12 or 12), ("AM" if hour < 12 else "PM")
    shape = draw(st.sampled_from(("reuters-ago", "weekday-zone", "iso", "published-et", "dmy")))
    if shape == "reuters-ago":
        ago = draw(st.integers(1, 15))
        text = (
            f"{_MONTH_FULL[day.month - 1]} {day.day}, {day.year} / {h12}:{minute:02d} {ampm}"
            f" / {ago} {'year' if ago == 1 else 'years'} ago"
        )
        return naive, text
    if shape == "weekday-zone":
        zone = draw(st.sampled_from(("EDT", "EST", "GMT", "UTC", "CET", "BST", "JST", "PST")))
        offset = patterns.ZONES[zone.lower()] or 0
        text = (
            f"{_WEEKDAYS[day.weekday()]} {_MONTH_ABBR[day.month - 1][:3]} {day.day}, {day.year}"
            f" {h12}:{minute:02d}{ampm.lower()} {zone}"
        )
        return naive.replace(tzinfo=timezone(timedelta(minutes=offset))), text
    if shape == "iso":
        return naive.replace(tzinfo=timezone.utc), naive.strftime("%Y-%m-%dT%H:%M:00Z")
    if shape == "published-et":
        offset = -240 if _us_summer(naive) else -300
        text = (
            f"Published {h12}:{minute:02d} {ampm} ET {_WEEKDAYS[day.weekday()]}, {day.day}"
            f" {_MONTH_ABBR[day.month - 1][:3]} {day.year}"
        )
        return naive.replace(tzinfo=timezone(timedelta(minutes=offset))), text
    return naive, f"{day.day:02d}.{day.month:02d}.{day.year}, {hour:02d}:{minute:02d} Uhr"


def _us_summer(local: datetime) -> bool:
    """Tell whether US daylight saving time is in force (second Sunday of March, 2 AM, to the
    first Sunday of November, 2 AM), computed here independently of :mod:`wireclean.dates`."""

    def sunday(month: int, n: int) -> datetime:
        first = datetime(local.year, month, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1), hours=2)

    return sunday(3, 2) <= local < sunday(11, 1)


@st.composite
def _dateline(draw: st.DrawFn) -> tuple[Dateline, str, str]:
    """Draw a dateline: (truth, as written, language of the story)."""
    shape = draw(
        st.sampled_from(
            ("reuters", "ap", "afp", "bloomberg", "xinhua", "pti", "efe", "dpa", "ansa")
        )
    )
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    if shape == "dpa":
        place = draw(st.sampled_from(("BERLIN", "Hamburg", "MÜNCHEN")))
        return Dateline(place, None, "dpa"), f"{place} (dpa) - ", "de"
    if shape == "ansa":
        when = f"{day} {_MONTH_IT[month - 1]}"
        return Dateline("ROMA", when, "ANSA"), f"ROMA, {when} (ANSA) - ", "it"
    if shape == "efe":
        when = f"{day} {_MONTH_ES[month - 1]}"
        return Dateline("MADRID", when, "EFE"), f"MADRID, {when} (EFE).- ", "es"
    if shape == "bloomberg":
        return Dateline(None, None, "Bloomberg"), "(Bloomberg) -- ", "en"
    place = draw(st.sampled_from(_PLACES))[0]
    if shape == "ap":
        written = draw(st.sampled_from(("AP", "Associated Press")))
        if draw(st.booleans()):
            place = f"{draw(st.sampled_from(('FAIRBANKS', 'AUSTIN', 'DAYTON')))}, " + draw(
                st.sampled_from(_US_STATES)
            )
        return Dateline(place, None, "AP"), f"{place} ({written}) — ", "en"
    when = f"{_MONTH_ABBR[month - 1]}{draw(st.sampled_from(('', '.')))} {day}"
    when = when.replace("March.", "March").replace("April.", "April").replace("May.", "May")
    when = when.replace("June.", "June").replace("July.", "July")
    if shape == "afp":
        written = draw(st.sampled_from(("AFP", "Agence France-Presse")))
        if draw(st.booleans()):
            return Dateline(place, None, "AFP"), f"{place} ({written}) - ", "en"
        return Dateline(place, when, "AFP"), f"{place}, {when} ({written}) - ", "en"
    agency = {"reuters": "Reuters", "xinhua": "Xinhua", "pti": "PTI"}[shape]
    dash = draw(st.sampled_from(("-", "--", "–"))) if shape != "xinhua" else "--"
    return Dateline(place, when, agency), f"{place}, {when} ({agency}) {dash} ", "en"


@st.composite
def _credits(draw: st.DrawFn) -> tuple[Credit, ...]:
    out = [Credit("reporting", _names(draw, 2), draw(st.sampled_from((None, "Nagoya", "Paris"))))]
    if draw(st.booleans()):
        out.append(Credit("additional reporting", _names(draw, 1)))
    if draw(st.booleans()):
        out.append(Credit("writing", _names(draw, 1)))
    out.append(Credit("editing", _names(draw, 2)))
    return tuple(out)


@st.composite
def stories(draw: st.DrawFn) -> Truth:
    """Draw a wire story with known truth.

    A story has a headline (with or without slugs such as "UPDATE 2-"), summary
    bullets, a byline (names with particles, one to three authors), a dateline of a
    supported agency and language, a published time in a supported format and zone,
    two to seven body paragraphs (quotes, a list the story introduces, paragraphs that
    open with a city or mention an agency) and trailer credits; every part but the
    body may be absent.
    """
    dateline: Dateline | None = None
    dateline_text, language = "", "en"
    if draw(st.integers(0, 9)) > 0:
        dateline, dateline_text, language = draw(_dateline())
    agency = dateline.agency if dateline else None
    headline: str | None = None
    flags: tuple[str, ...] = ()
    if draw(st.integers(0, 9)) > 0:
        if language != "en":
            headline = draw(st.sampled_from(_HEADLINES[language]))
        else:
            words = draw(
                st.lists(st.sampled_from(_HEAD_WORDS), min_size=4, max_size=11, unique=True)
            )
            headline = " ".join(words)
            headline = headline[0].upper() + headline[1:]
            if draw(st.integers(0, 3)) == 0:
                flags = draw(
                    st.sampled_from(
                        (
                            ("UPDATE 2",),
                            ("RPT", "UPDATE 3"),
                            ("EXCLUSIVE",),
                            ("ANALYSIS",),
                            ("REFILE", "UPDATE 1"),
                        )
                    )
                )
    bullets: tuple[str, ...] = ()
    if headline is not None and language == "en" and draw(st.booleans()):
        n = draw(st.integers(1, 4))
        bullets = tuple(
            dict.fromkeys(
                f"{draw(st.sampled_from(_NOUNS)).capitalize()} {draw(st.sampled_from(_VERBS))} "
                f"{draw(st.sampled_from(_OBJECTS))}"
                for _ in range(n)
            )
        )
    byline = _names(draw, 3) if draw(st.booleans()) else ()
    published, timestamp = draw(_published()) if draw(st.booleans()) else (None, None)
    # Stories do not repeat a paragraph (pages do, and the filters drop repeats).
    body: list[str] = []
    for _ in range(draw(st.integers(2, 6))):
        text = _paragraph(draw, language, agency)
        if text not in body:
            body.append(text)
    if len(body) < 2:
        body.append("Officials declined to comment further.")
    lists: set[int] = set()
    if language == "en" and draw(st.integers(0, 3)) == 0:
        at = draw(st.integers(1, len(body)))
        body.insert(at, "The measures include:")
        items = draw(st.lists(st.sampled_from(_OBJECTS), min_size=2, max_size=4, unique=True))
        for k, item in enumerate(items):
            body.insert(at + 1 + k, item[0].upper() + item[1:])
            lists.add(at + 1 + k)
        if at + 1 + len(items) == len(body):
            # A story does not end on its list: a short or a full paragraph closes it.
            tail = draw(st.sampled_from(("short", "full")))
            text = _paragraph(draw, language, agency)
            short = "Officials declined to comment further."
            body.append(short if tail == "short" or text in body else text)
    credits = draw(_credits()) if language == "en" and draw(st.booleans()) else ()
    return Truth(
        headline=headline,
        flags=flags,
        byline=byline,
        bullets=bullets,
        dateline=dateline,
        dateline_text=dateline_text,
        published=published,
        timestamp=timestamp,
        body=tuple(body),
        lists=frozenset(lists),
        credits=credits,
        language=language,
    )


# --- drawing the page around it ----------------------------------------------------------

#: Page layouts: text dumps and HTML pages.
RENDERERS = ("text-plain", "text-wrapped", "html-semantic", "html-divs")

# A part of the page: (role, kind, lines). "story" parts are the story's own blocks, of
# kind "p", "li" or "h1"; "chrome" parts are furniture, of the kinds in _CHROME_AT.
_Part = tuple[str, str, tuple[str, ...]]

_SECTIONS = ("World", "Business", "Markets", "Politics", "Sport", "Tech", "Climate", "Health")


def _random_word(draw: st.DrawFn) -> str:
    # Words never seen by the filters: random letters, capitalised like link text.
    word = draw(st.text("abcdefghijklmnoprstuvwyz", min_size=3, max_size=9))
    return word.capitalize()


def _link_list(draw: st.DrawFn, least: int = 3, most: int = 8) -> tuple[str, ...]:
    n = draw(st.integers(least, most))
    out = []
    for _ in range(n):
        if draw(st.booleans()):
            out.append(draw(st.sampled_from(_SECTIONS)))
        else:
            out.append(" ".join(_random_word(draw) for _ in range(draw(st.integers(1, 3)))))
    return tuple(out)


def _counter(draw: st.DrawFn) -> str:
    a, b = draw(st.integers(0, 9999)), draw(st.integers(0, 999))
    return draw(st.sampled_from((f"{a} : {b}", f"{a} | {b}", f"{a}:{b}")))


#: The furniture that may stand at each place of a page.
_CHROME_AT = {
    "top": ("nav", "cookie", "breakpoints", "share", "skip"),
    "lead": ("share", "breakpoints", "counter", "caption"),
    "body": ("advert", "caption", "counter", "breakpoints"),
    "bottom": ("related", "share", "footer", "nav", "breakpoints", "newsletter"),
}


@st.composite
def _chrome(draw: st.DrawFn, kind: str) -> tuple[str, tuple[str, ...]]:
    """Draw one piece of page furniture of ``kind``."""
    if kind == "nav":
        return kind, _link_list(draw, 4, 10)
    if kind == "skip":
        return kind, ("Skip to main content",)
    if kind == "cookie":
        return kind, (
            draw(st.sampled_from((
                "We use cookies to give you the best experience on our site.",
                "This site uses cookies. By continuing you agree to our privacy policy.",
            ))),
            draw(st.sampled_from(("Accept all", "Accept cookies", "Manage settings"))),
        )  # fmt: skip
    if kind == "breakpoints":
        words = (
            "narrow-browser-and-phone",
            "medium-browser-and-portrait-tablet",
            "landscape-tablet-and-medium-wide-browser",
            "wide-browser-and-larger",
            "medium-browser-and-landscape-tablet",
            "medium-wide-browser-and-larger",
        )
        return kind, tuple(draw(st.lists(st.sampled_from(words), min_size=1, max_size=6)))
    if kind == "share":
        buttons = draw(st.lists(st.sampled_from(("Facebook", "Twitter", "X", "LinkedIn",
                                                 "Email", "WhatsApp")),
                                min_size=2, max_size=4, unique=True))  # fmt: skip
        return kind, ("Share this article", *buttons, _counter(draw))
    if kind == "counter":
        return kind, (_counter(draw),)
    if kind == "caption":
        who = _name(draw)
        sentence = _sentence(draw)[:-1]
        return kind, (
            draw(st.sampled_from((
                f"{sentence} REUTERS/{who}",
                f"{sentence}. (AP Photo/{who})",
                f"FILE PHOTO: {sentence}. REUTERS/{who}/File Photo",
            ))),
        )  # fmt: skip
    if kind == "advert":
        return kind, (draw(st.sampled_from(("Advertisement", "ADVERTISEMENT", "Anzeige"))),)
    if kind == "related":
        head = draw(st.sampled_from(("Related coverage", "Most read", "More news")))
        return kind, (head, *_link_list(draw))
    if kind == "newsletter":
        return kind, ("Sign up for our morning newsletter", "Subscribe")
    site = " ".join(_random_word(draw) for _ in range(2))
    return kind, (
        f"© {draw(st.integers(2000, 2025))} {site}. All rights reserved.",
        *_link_list(draw, 2, 5),
    )


def _chromes(draw: st.DrawFn, where: str, most: int) -> list[_Part]:
    # A page has one cookie banner, one menu...: each kind at most once per place.
    kinds = draw(st.lists(st.sampled_from(_CHROME_AT[where]), max_size=most, unique=True))
    out: list[_Part] = []
    for kind in kinds:
        out.append(("chrome", *draw(_chrome(kind))))
    return out


def _parts(draw: st.DrawFn, truth: Truth) -> list[_Part]:
    """Lay out the story's blocks and the page furniture in page order."""
    # A page has a headline; a story without one is a bare body a feed or an archive
    # holds, with no page above it.
    parts: list[_Part] = _chromes(draw, "top", 4) if truth.headline is not None else []
    if truth.timestamp is not None:
        parts.append(("story", "p", (truth.timestamp,)))
    if truth.headline is not None:
        flags = "".join(f"{f}-" for f in truth.flags)
        parts.append(("story", "h1", (flags + truth.headline,)))
    if truth.bullets:
        parts.append(("story", "li", truth.bullets))
    if truth.byline:
        parts.append(("story", "p", ("By " + _join(truth.byline),)))
    parts.extend(_chromes(draw, "lead", 1))
    body = list(truth.body)
    body[0] = truth.dateline_text + body[0]
    for i, text in enumerate(body):
        if i in truth.lists:
            parts.append(("story", "li", (text,)))
        else:
            parts.append(("story", "p", (text,)))
        if 0 < i < len(body) - 1 and i + 1 not in truth.lists and i not in truth.lists:
            parts.extend(_chromes(draw, "body", 1) if draw(st.integers(0, 3)) == 0 else [])
    if truth.credits:
        parts.append(("story", "p", (truth.credit_line(),)))
    parts.extend(_chromes(draw, "bottom", 4))
    return parts


def _wrap(line: str, first: str = "", rest: str = "") -> list[str]:
    # Text browsers break lines at spaces only, never inside "el-Sayed" or a long word.
    return textwrap.wrap(
        line, 80, initial_indent=first, subsequent_indent=rest,
        break_on_hyphens=False, break_long_words=False,
    )  # fmt: skip


def _render_text(parts: list[_Part], *, wrapped: bool, bullet: str) -> str:
    """Render parts as a text dump: plain blocks, or 80-column hard wrap as text browsers do."""
    out: list[str] = []
    for role, kind, lines in parts:
        if kind == "li" or (role == "chrome" and len(lines) > 1):
            listed = ("nav", "related", "footer")
            marker = bullet if kind == "li" or kind in listed else ""
            # Text browsers list breakpoint names with bullets (fixture reuters-2010-mali).
            marker = "•" if kind == "breakpoints" else marker
            rows = []
            for line in lines:
                if wrapped and marker:
                    rows.extend(textwrap.wrap(line, 80, initial_indent=f"  {marker} ",
                                              subsequent_indent="    "))  # fmt: skip
                elif marker:
                    rows.append(f"{marker} {line}")
                else:
                    rows.append(line)
            out.append("\n".join(rows) if wrapped else "\n\n".join(rows))
        else:
            for line in lines:
                out.append("\n".join(_wrap(line)) if wrapped else line)
    return "\n\n".join(out) + "\n"


_SEMANTIC = {
    "nav": ("header", "nav"),
    "skip": ("div", "skip"),
    "cookie": ("div", "cookie-banner"),
    "breakpoints": ("div", "viewport"),
    "share": ("div", "share-bar"),
    "counter": ("div", "share-count"),
    "caption": ("figure", ""),
    "advert": ("div", "ad-slot"),
    "related": ("aside", "related"),
    "newsletter": ("div", "newsletter"),
    "footer": ("footer", ""),
}


def _render_html(draw: st.DrawFn, parts: list[_Part], truth: Truth, *, semantic: bool) -> str:
    """Render parts as an HTML page, with semantic tags or with anonymous ``div``s only."""
    esc = html_lib.escape
    title = ""
    if truth.headline is not None:
        flags = "".join(f"{f}-" for f in truth.flags)
        title = f"<title>{esc(flags + truth.headline)} | Daily Wire</title>"
    head = f"<head><meta charset='utf-8'>{title}</head>"
    body: list[str] = []
    in_article = False
    # Consecutive list items of the story are one list on the page.
    merged: list[_Part] = []
    for part in parts:
        if merged and part[:2] == ("story", "li") and merged[-1][:2] == ("story", "li"):
            merged[-1] = ("story", "li", merged[-1][2] + part[2])
        else:
            merged.append(part)
    for role, kind, lines in merged:
        if role == "story" and not in_article:
            body.append("<article>" if semantic else "<div class='c1'>")
            in_article = True
        if role == "story":
            if kind == "li":
                body.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in lines) + "</ul>")
            elif kind == "h1":
                body.append(f"<h1>{esc(lines[0])}</h1>")
            else:
                body.append(f"<p>{esc(lines[0])}</p>")
            continue
        if in_article and kind in ("nav", "related", "footer"):
            body.append("</article>" if semantic else "</div>")
            in_article = False
        tag, cls = _SEMANTIC[kind]
        if not semantic:  # class names the filters have never seen
            tag, cls = "div", "x" + draw(st.text("abcdefk0123456789", min_size=2, max_size=5))
        attr = f" class='{cls}'" if cls else ""
        if kind == "caption":
            inner = f"<img src='a.jpg' alt=''><figcaption>{esc(lines[0])}</figcaption>"
            if not semantic:
                inner = f"<img src='a.jpg' alt=''><div>{esc(lines[0])}</div>"
        elif len(lines) > 1 and kind in ("nav", "related", "footer"):
            items = "".join(f"<li><a href='/x'>{esc(x)}</a></li>" for x in lines)
            inner = f"<ul>{items}</ul>"
        else:
            inner = "".join(f"<div>{esc(x)}</div>" for x in lines)
        body.append(f"<{tag}{attr}>{inner}</{tag}>")
    if in_article:
        body.append("</article>" if semantic else "</div>")
    return f"<!DOCTYPE html><html lang='{truth.language}'>{head}<body>{''.join(body)}</body></html>"


@st.composite
def _scraped(draw: st.DrawFn, story: Truth, renderer: str) -> Scraped:
    parts = _parts(draw, story)
    if renderer.startswith("text"):
        bullet = draw(st.sampled_from(("*", "•", "-")))
        page = _render_text(parts, wrapped=renderer == "text-wrapped", bullet=bullet)
    else:
        page = _render_html(draw, parts, story, semantic=renderer == "html-semantic")
    return Scraped(page, story, renderer)


def scraped(
    story: st.SearchStrategy[Truth] | None = None,
    *,
    as_: Literal["text", "html"] | None = None,
    renderer: str | None = None,
) -> st.SearchStrategy[Scraped]:
    """Return a strategy of (page, truth, renderer): a story as a scraper holds it.

    ``story`` defaults to :func:`stories`. ``as_`` picks HTML pages or text dumps
    (both when ``None``); ``renderer`` picks one of :data:`RENDERERS`. Text dumps
    are plain blocks or hard-wrapped at 80 columns with ``*``, ``•`` or ``-`` lists;
    pages carry navigation, cookie banners, share rows and counters, breakpoint
    lists, captions, adverts, related links and footers, in varied orders and
    amounts, some made of random words the filters have never seen.
    """
    choices = [r for r in RENDERERS if as_ is None or r.startswith(as_)]
    if renderer is not None:
        if renderer not in RENDERERS:
            raise KeyError(f"no renderer {renderer!r}; valid renderers: {', '.join(RENDERERS)}")
        choices = [renderer]
    base = story if story is not None else stories()
    return st.tuples(base, st.sampled_from(choices)).flatmap(lambda p: _scraped(p[0], p[1]))


# --- the guarantees, as checks a user can run on any pipeline ---------------------------

#: The guarantees :func:`check` runs, in order.
GUARANTEES = ("never-raises", "never-invents", "order-kept", "conservation", "idempotent")


def check(pipeline: Pipeline, text: str, *, each_filter: bool = True) -> Story:
    """Run the core's guarantees on ``pipeline`` over ``text`` and return the story.

    Raises ``AssertionError`` naming the first broken guarantee (one of
    :data:`GUARANTEES`) and, for conservation, the filter that broke it. With
    ``each_filter``, conservation is also checked for every filter alone. ``text``
    may be plain text or an HTML page (detected as :func:`wireclean.parse` does);
    for a page, idempotence is checked on the story's text rendering, parsed as text.

    >>> from wireclean import default_pipeline
    >>> check(default_pipeline(), "Title\\n\\nPARIS (AFP) - Story.").body
    ('Story.',)
    """
    is_html = looks_like_html(text)
    source = read_html(text).source if is_html else normalize(text)

    def run(p: Pipeline, what: str) -> Story:
        try:
            return parse_html(text, pipeline=p) if is_html else parse_text(text, pipeline=p)
        except Exception as exc:
            raise AssertionError(
                f"guarantee 'never-raises' broken{what}: {type(exc).__name__}: {exc}"
            ) from exc

    story = run(pipeline, "")
    folded = fold(source)
    for piece in _outputs(story):
        if fold(piece) not in folded:
            raise AssertionError(f"guarantee 'never-invents' broken: {piece!r} is not in the input")
    starts = [b.start for b in story.blocks]
    spans = sorted(
        [(b.start, b.end) for b in story.blocks]
        + [(r.start, r.end) for r in story.removed if r.end > r.start]
    )
    if starts != sorted(starts) or any(e > s for (_, e), (s, _) in itertools.pairwise(spans)):
        raise AssertionError("guarantee 'order-kept' broken: kept blocks or removals overlap"
                             " or are out of input order")  # fmt: skip
    if each_filter:  # first, so that a failure names the filter
        for name, fn in pipeline:
            _conserved(run(Pipeline([(name, fn)]), f" by filter {name!r} alone"), source,
                       f" by filter {name!r} alone")  # fmt: skip
    _conserved(story, source, "")
    if is_html:
        # The core's idempotence is a property of text: a page's rendering as text is
        # parsed again as text (page furniture the filters kept may read differently
        # there), and that text story must be a fixed point.
        story = parse_text(story.to_text(), pipeline=pipeline)
    again = parse_text(story.to_text(), pipeline=pipeline)
    if again.to_dict() != story.to_dict():
        diff = [k for k, v in story.to_dict().items() if again.to_dict()[k] != v]
        raise AssertionError(
            f"guarantee 'idempotent' broken: parsing story.to_text() changes {', '.join(diff)}"
        )
    return story


def _outputs(story: Story) -> list[str]:
    pieces: list[str] = [*story.byline, *story.bullets, *story.body]
    if story.headline is not None:
        pieces.append(story.headline)
    if story.dateline is not None:
        pieces.extend(p for p in (story.dateline.location, story.dateline.date) if p)
    for credit in story.credits:
        pieces.extend(credit.names)
        pieces.extend([credit.location] if credit.location else [])
    return pieces


def _conserved(story: Story, source: str, what: str) -> None:
    covered = [0] * len(source)
    for block in story.blocks:
        shown = f"{block.marker} {block.text}" if block.marker else block.text
        if fold(source[block.start : block.end]) != shown:
            raise AssertionError(f"guarantee 'conservation' broken{what}: block {shown!r}"
                                 " is not its span of the input")  # fmt: skip
        for i in range(block.start, block.end):
            covered[i] += 1
    for record in story.removed:
        if record.reason == "metadata":
            continue
        if fold(source[record.start : record.end]) != record.text:
            raise AssertionError(
                f"guarantee 'conservation' broken{what}: removal by"
                f" {record.filter!r} of {record.text!r} is not its span"
            )
        for i in range(record.start, record.end):
            covered[i] += 1
    for i, char in enumerate(source):
        if not char.isspace() and covered[i] != 1:
            state = "lost" if covered[i] == 0 else "counted twice"
            raise AssertionError(
                f"guarantee 'conservation' broken{what}: character {char!r} at {i} is {state}"
                f" ({source[max(0, i - 20) : i + 20]!r})"
            )
