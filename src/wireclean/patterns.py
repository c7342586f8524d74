"""Vocabularies and compiled patterns: the data the filters match against.

Every pattern is compiled once, here, from the commented token lists below. Each is
linear-time: no quantified group contains another unbounded quantifier over the same
characters, so no input can make one backtrack catastrophically
(``tests/test_patterns.py`` feeds each of them adversarial input under a time guard).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

__all__ = [
    "AGENCIES",
    "BREAKPOINT_WORDS",
    "BYLINE",
    "CREDIT_ROLE",
    "CREDIT_TRAILER",
    "DATELINE",
    "DELETED_CHARS",
    "LIST_ITEM",
    "MOJIBAKE_HINT",
    "MONTHS",
    "ODD_SPACE",
    "READING_TIME",
    "SHARE_COUNTER",
    "TIMESTAMP_TOKEN",
    "TIMESTAMP_WORDS",
    "WEEKDAYS",
    "ZONES",
    "alternation",
]

_FLAGS = regex.VERSION1 | regex.IGNORECASE


def alternation(words: Iterable[str]) -> str:
    """Return a non-capturing regex alternation of ``words``, longest first."""
    return (
        "(?:" + "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"
    )


# --- normalisation -----------------------------------------------------------------

#: Characters deleted outright: zero-width space, word joiner, BOM, soft hyphen,
#: Mongolian vowel separator. (Zero-width (non-)joiners carry meaning in Indic and
#: Arabic scripts and emoji, so they stay.)
DELETED_CHARS = frozenset("\u200b\u2060\ufeff\u00ad\u180e")

#: Space separators other than U+0020, line/paragraph separators, the characters
#: above, and C0 controls other than tab and LF.
ODD_SPACE = regex.compile(
    "[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u0085\u2028\u2029"
    "\u200b\u2060\ufeff\u00ad\u180e\x00-\x08\x0b-\x1f\x7f]"
)

#: A cheap test for lines that may hold mojibake, so ftfy runs only on those:
#: C1 controls, U+FFFD, UTF-8 lead bytes read as cp1252/latin-1 (``Ã``, ``Â``, ``â``
#: followed by a continuation-byte character), and the mac_roman shape of UTF-8
#: punctuation and letters (``‚Äô`` for ``’``, ``√©`` for ``é``; fixture
#: ``mojibake-crlf-nbsp-zwsp``).
MOJIBAKE_HINT = regex.compile(
    "[\x80-\x9f\ufffd]"
    "|[\u00c2\u00c3\u00c5\u00c6\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9\u00e2]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|\u00c2\u00a0"
    # UTF-8 read as mac_roman: lead bytes C2, C3, C5, E2 and a continuation byte.
    f"|[{bytes([0xC2, 0xC3, 0xC5, 0xE2]).decode('mac_roman')}]"
    f"[{regex.escape(bytes(range(0x80, 0xC0)).decode('mac_roman'))}]"
)

#: A word for the mojibake repair: a run of characters between ASCII spaces, tabs
#: and line breaks (a mis-decoded no-break space stays inside its word).
SEGMENT = regex.compile(r"[^ \t\n]+")

# --- lists -----------------------------------------------------------------------------

#: A list item: an optional indent, a marker (bullet symbol, dash, or 1-2 digits with
#: "." or ")"), at least one space, then text. Dashes need the space after them so
#: that "-- headline" and "-5%" are not list items.
LIST_ITEM = regex.compile(
    r"(?P<indent>[ \t]{0,12})(?P<marker>[*•·▪◦‣●○■□\-–]|[0-9]{1,2}[.)])[ \t]+(?=\S)", _FLAGS
)

# --- page debris -----------------------------------------------------------------------

#: The words that responsive sites use to name CSS breakpoints; a run of them joined
#: by hyphens ("medium-browser-and-portrait-tablet") is style-sheet debris
#: (fixture ``reuters-2010-mali``).
BREAKPOINT_WORDS = (
    "narrow", "medium", "wide", "small", "large", "larger", "smaller", "x", "xl",
    "above", "below", "and", "up", "down", "only",
    "browser", "phone", "tablet", "portrait", "landscape", "desktop", "mobile",
)  # fmt: skip
BREAKPOINT = regex.compile(
    rf"{alternation(BREAKPOINT_WORDS)}(?:-{alternation(BREAKPOINT_WORDS)}){{1,12}}", _FLAGS
)
#: At least one device word must appear, so "up-and-down" is not debris.
BREAKPOINT_DEVICE = regex.compile(r"browser|phone|tablet|desktop|mobile", _FLAGS)

#: Share/comment counters rendered as bare numbers: "0 : 0", "12 | 3".
SHARE_COUNTER = regex.compile(r"[0-9]{1,7}[ \t]*[:|][ \t]*[0-9]{1,7}")

#: Reading-time labels: "5 Min Read", "3 minute read", "Lesezeit: 4 Min.".
READING_TIME = regex.compile(
    r"(?:[0-9]{1,3}[ \t]*(?:min(?:ute)?s?\.?|m)[ \t]+read|(?:reading|read|lesezeit|lecture)"
    r"[ \t]*(?:time)?[ \t]*:?[ \t]*[0-9]{1,3}[ \t]*(?:min(?:ute)?s?|minuten)?\.?)",
    _FLAGS,
)

# --- dates and times -------------------------------------------------------------------

#: Month names and abbreviations -> month number, in English, German, French,
#: Spanish, Italian and Portuguese. Ambiguous abbreviations across languages map to
#: the same month, so the table stays a plain dict.
MONTHS: dict[str, int] = {}
_MONTH_NAMES = (
    # English
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
    ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec"),
    # German
    ("januar", "jänner", "jän"), ("februar",), ("märz", "mär", "maerz"), ("april",),
    ("mai",), ("juni",), ("juli",), ("august",), ("september",), ("oktober", "okt"),
    ("november",), ("dezember", "dez"),
    # French
    ("janvier", "janv"), ("février", "févr", "fevrier", "fév"), ("mars",), ("avril", "avr"),
    ("mai",), ("juin",), ("juillet", "juil"), ("août", "aout"), ("septembre",),
    ("octobre",), ("novembre",), ("décembre", "déc", "decembre"),
    # Spanish
    ("enero", "ene"), ("febrero",), ("marzo",), ("abril", "abr"), ("mayo",), ("junio",),
    ("julio",), ("agosto", "ago"), ("septiembre", "setiembre", "set"), ("octubre",),
    ("noviembre",), ("diciembre", "dic"),
    # Italian
    ("gennaio", "gen"), ("febbraio",), ("marzo",), ("aprile",), ("maggio", "mag"),
    ("giugno", "giu"), ("luglio", "lug"), ("agosto",), ("settembre",), ("ottobre", "ott"),
    ("novembre",), ("dicembre",),
    # Portuguese
    ("janeiro",), ("fevereiro", "fev"), ("março", "marco"), ("abril",), ("maio",),
    ("junho",), ("julho",), ("agosto",), ("setembro",), ("outubro", "out"),
    ("novembro",), ("dezembro", "dez"),
)  # fmt: skip
for _i, _names in enumerate(_MONTH_NAMES):
    for _name in _names:
        MONTHS.setdefault(_name, _i % 12 + 1)

#: Weekday names and abbreviations (English, German, French, Spanish, Italian,
#: Portuguese); they carry no information once the date is known.
WEEKDAYS = frozenset(
    """monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri
    saturday sat sunday sun
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so
    lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles jueves viernes sábado domingo
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    segunda terça quarta quinta sexta sábado domingo feira""".split()
)

#: Time zones: abbreviation -> UTC offset in minutes. "ET", "CT", "MT" and "PT" are
#: resolved with the US daylight-saving rule (``None`` here).
ZONES: dict[str, int | None] = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 60, "ist": 330, "cet": 60, "cest": 120,
    "met": 60, "mez": 60, "mesz": 120, "eet": 120, "eest": 180, "msk": 180,
    "edt": -240, "est": -300, "cdt": -300, "cst": -360, "mdt": -360, "mst": -420,
    "pdt": -420, "pst": -480, "akst": -540, "hst": -600,
    "jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "awst": 480, "pht": 480,
    "aest": 600, "aedt": 660, "acst": 570, "nzst": 720, "nzdt": 780,
    "et": None, "ct": None, "mt": None, "pt": None,
}  # fmt: skip

#: Words that may stand in a timestamp line besides dates, times and zones.
TIMESTAMP_WORDS = frozenset(
    """published updated posted last modified on at am pm a.m. p.m. ago and
    year years month months week weeks day days hour hours hr hrs minute minutes min mins
    second seconds just now
    veröffentlicht aktualisiert am um uhr stand
    publié mis à jour le à h
    publicado actualizado el a las
    pubblicato aggiornato il alle ore""".split()
)

#: One token of a timestamp line: an ISO timestamp, a clock time, a number, a word,
#: or a separator. A line is a timestamp when these tokens cover all of it and the
#: words are dates, zones or :data:`TIMESTAMP_WORDS`.
TIMESTAMP_TOKEN = regex.compile(
    r"""
    (?P<iso>[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T\x20][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,9})?)?
        (?P<isozone>Z|[+-][0-9]{2}:?[0-9]{2})?)?)
    |(?P<dmy>[0-9]{1,2}\.[0-9]{1,2}\.(?:[0-9]{4}|[0-9]{2}))(?![0-9.])
    |(?P<time>[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?)(?:\x20?(?P<ampm>[ap]\.?m\.?))?(?![\w])
    |(?P<num>[0-9]{1,4})(?:st|nd|rd|th|\.)?(?!\w)
    |(?P<word>\p{L}[\p{L}.]{0,15})
    |(?P<sep>[/|,:·•–—\-()])
    |(?P<space>[\x20\t]+)
    """,
    _FLAGS | regex.VERBOSE,
)

# --- wire-story structure --------------------------------------------------------------

#: News agencies as they appear in datelines, as written (matched case-insensitively).
AGENCIES = (
    "Reuters", "Thomson Reuters", "Reuters Breakingviews", "AP", "Associated Press",
    "AFP", "Agence France-Presse", "Bloomberg", "UPI", "dpa", "Xinhua", "PTI", "IANS",
    "ANI", "Kyodo", "Yonhap", "AAP", "CP", "The Canadian Press", "Canadian Press", "EFE",
    "ANSA", "Anadolu", "AA", "Bernama", "CNA", "TASS", "Interfax", "SDA", "APA", "KNA",
    "epd", "AFX", "IFR", "RIA Novosti", "Sputnik", "Antara", "Xinhua News Agency",
)  # fmt: skip
_AGENCY = alternation(AGENCIES)
_MONTH = alternation(MONTHS)
#: A place name in a dateline: one to six words of letters (any case, so "New Delhi"
#: works), joined by spaces, hyphens or "/" for multi-city datelines
#: ("BEIRUT/THE HAGUE").
_PLACE = r"(?-i:\p{Lu}[\p{L}.'’]{0,30}(?:(?:\x20|/|-|\x20/\x20)[\p{L}.'’]{1,30}){0,5})"
#: A state or country after the city, AP style: "FAIRBANKS, Alaska (AP) —".
_REGION = r"(?-i:\p{Lu}[\p{L}.]{1,20}(?:\x20\p{Lu}[\p{L}.]{1,20}){0,2})"
_DATE = rf"(?:{_MONTH}\.?\x20{{1,2}}[0-9]{{1,2}}|[0-9]{{1,2}}\.?\x20{{1,2}}{_MONTH}\.?)"
_DASH = r"(?:\.-|--|[-–—])"

#: A wire dateline at the start of a paragraph: "ALGIERS, Aug 12 (Reuters) - ",
#: "WASHINGTON (AP) — ", "(Bloomberg) -- ", "New Delhi, Aug 12 (PTI) ". The agency
#: must be a known one: "Acme Corp (Nasdaq) - shares" is story text. Without a dash
#: the dateline filter also wants a date or a place in capitals, so "The American
#: Psychological Association (APA) said" stays whole.
DATELINE = regex.compile(
    rf"(?:(?P<location>{_PLACE}(?:,\x20{_REGION})?)(?:,\x20{{0,2}}(?P<date>{_DATE}))?\x20{{0,3}})?"
    rf"\((?P<agency>{_AGENCY}(?:\x20?[/,]\x20?{_AGENCY}){{0,2}})\)"
    rf"(?P<dash>\x20{{0,3}}{_DASH})?(?:\x20+|$)",
    _FLAGS,
)

#: A byline: "By Lamine Chikhi", "By Maya Gebeily and Anthony Deutsch".
BYLINE = regex.compile(r"(?:by|von|par|por|di)\x20+(?P<names>\p{L}.{0,160})", _FLAGS)
#: Separators between names in a byline or credit.
NAME_SEPARATOR = regex.compile(
    r"\x20*[,;&]\x20*(?:(?:and|und|et|y|e)\x20+)?|\x20(?:and|und|et|y|e)\x20", regex.VERSION1
)
#: Lower-case particles inside personal names ("van der Berg", "de la Cruz", "bin Salman").
NAME_PARTICLES = (
    "van", "von", "der", "den", "de", "del", "della", "la", "le", "du", "da", "dos", "das",
    "bin", "ibn", "al", "el", "ben", "ter", "zu", "di", "y",
)  # fmt: skip
#: Particles joined to the next word by a hyphen ("al-Masri", "el-Sayed").
_HYPHEN_PARTICLES = ("al", "el", "bin", "ibn", "abu")
_NAME_WORD = (
    rf"(?:\p{{Lu}}[\p{{L}}'’.\-]{{0,30}}"
    rf"|{alternation(_HYPHEN_PARTICLES)}-\p{{Lu}}[\p{{L}}'’.\-]{{0,30}}"
    rf"|{alternation(NAME_PARTICLES)}(?=\x20))"
)
#: A name: up to seven capitalised words, particles allowed between them.
NAME = regex.compile(rf"{_NAME_WORD}(?:\x20{_NAME_WORD}){{0,6}}", regex.VERSION1)

#: The roles of a trailer credit ("Reporting by", "additional reporting by").
CREDIT_ROLE = regex.compile(
    r"(?P<role>(?:(?:additional|further|and)\x20)?(?:reporting|writing|editing|compiled|"
    r"compiling|graphics|photos|research|production|sub-editing|translation|"
    r"written|edited|reported|translated)(?:\x20(?:and|&)\x20(?:reporting|writing|"
    r"editing|compiling))?)\x20+by\x20+",
    _FLAGS,
)
#: A trailer credit in parentheses at the end of a paragraph, or a whole paragraph
#: of credits: "(Reporting by X; Editing by Y)".
CREDIT_TRAILER = regex.compile(
    r"(?:^|(?<=[.!?\"”’)]\x20{0,3}))\(\x20?(?P<credits>(?:(?:additional|further)\x20)?"
    r"(?:reporting|writing|editing|compiled|compiling|written|edited|reported)\x20by\x20[^()]{1,400})\)$"
    r"|^(?P<bare>(?:(?:additional|further)\x20)?(?:reporting|writing|editing|compiled|compiling)"
    r"\x20by\x20[^()]{1,400})$",
    _FLAGS,
)
