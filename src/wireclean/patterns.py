"""Vocabularies and compiled patterns: the data the filters match against.

Every pattern is compiled once, here, from the commented token lists below. Each is
linear-time: no quantified group contains another unbounded quantifier over the same
characters, so no input can make one backtrack catastrophically
(``tests/test_patterns.py`` feeds each of them adversarial input under a time guard).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import regex

__all__ = [
    "AGENCIES",
    "AGENCY_ALIASES",
    "AGENCY_CANONICAL",
    "AGENCY_SEPARATOR",
    "BREAKPOINT_WORDS",
    "BYLINE",
    "BYLINE_LINE",
    "CLASS_TOKEN_SPLIT",
    "CONSENT_BUTTON_WORDS",
    "CONSENT_PHRASES",
    "CONTEXT_CLASS_WORDS",
    "CONTEXT_ROLES",
    "CONTEXT_TAGS",
    "CORRECTION",
    "CORRECTION_LINE",
    "CREDIT_ROLE",
    "CREDIT_TRAILER",
    "DATELINE",
    "DELETED_CHARS",
    "HEADER_LINE",
    "LIST_ITEM",
    "MOJIBAKE_HINT",
    "MONTHS",
    "ODD_SPACE",
    "READING_TIME",
    "RELATIVE_TIME",
    "SHARE_COUNTER",
    "SHARE_WORDS",
    "SKIP_BOX_CLOSE",
    "SKIP_BOX_OPEN",
    "SLUGS",
    "SLUG_WORDS",
    "SYNDICATION",
    "SYNDICATION_TRAILER",
    "TIMESTAMP_MONTHS",
    "TIMESTAMP_PUBLISH_WORDS",
    "TIMESTAMP_TOKEN",
    "TIMESTAMP_UPDATE_WORDS",
    "TIMESTAMP_WEEKDAYS",
    "TIMESTAMP_WORDS",
    "TRAILING_PAREN",
    "URL",
    "WEEKDAYS",
    "WITH_AGENCIES",
    "ZONES",
    "alternation",
    "credit_roles",
    "has_photo_credit",
    "match_dateline",
    "may_hold_mojibake",
    "may_hold_odd_space",
    "phrase_words",
    "search_credit_trailer",
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
#: above, and C0 controls other than tab and LF. One class of code points: the standard
#: library's engine finds and replaces them several times as fast (same characters).
ODD_SPACE = re.compile(
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


#: The first characters of MOJIBAKE_HINT's shapes, all non-ASCII.
_MOJIBAKE_LEAD = re.compile(
    "[\x80-\x9f\ufffd\u00c2\u00c3\u00c5\u00c6\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9\u00e2"
    f"{re.escape(bytes([0xC2, 0xC3, 0xC5, 0xE2]).decode('mac_roman'))}]"
)


def may_hold_mojibake(text: str) -> bool:
    """Tell cheaply whether :data:`MOJIBAKE_HINT` may match: ASCII text (most wire copy)
    is known in O(1), other text by a scan for the characters its shapes start with."""
    return not text.isascii() and _MOJIBAKE_LEAD.search(text) is not None


def may_hold_odd_space(text: str) -> bool:
    """Tell cheaply whether :data:`ODD_SPACE` may match: every character it names is
    non-printable (``str.isprintable``), as are tab and LF, which it leaves alone.

    In ASCII text the characters it names are the controls but tab and LF: deleting
    those from the bytes is several times as fast as ``str.isprintable``, which looks
    every character up in the Unicode database.
    """
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, _ASCII_ODD_SPACE)) != len(data)
    return not text.replace("\n", "").replace("\t", "").isprintable()


#: The ASCII characters :data:`ODD_SPACE` names: C0 controls but tab and LF, and DEL.
_ASCII_ODD_SPACE = bytes([*range(0x09), *range(0x0B, 0x20), 0x7F])


# --- lists -----------------------------------------------------------------------------

#: A list item: an optional indent, a marker (bullet symbol, dash, or 1-2 digits with
#: "." or ")"), at least one space, then text. Dashes need the space after them so
#: that "-- headline" and "-5%" are not list items.
LIST_ITEM = regex.compile(
    r"(?P<indent>[ \t]{0,12})(?P<marker>[*•·▪◦‣●○■□☆★\-–]|[0-9]{1,2}[.)])[ \t]+(?=\S)", _FLAGS
)
#: The characters a list item's marker starts with: a line whose first non-space
#: character is none of these is no list item.
LIST_MARKER_START = frozenset("*•·▪◦‣●○■□☆★-–0123456789")

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
) | frozenset(
    # More languages' publish/update labels and glue words ("Publiziert:", "Publié le
    # ... à 14h52", "Publisert ... kl. 13.05", "25 de mayo de 2025 16:51 h"), and the
    # reading time that pages print on the same line ("• Lesezeit: 5 Min.").
    """publiziert erstellt erschienen zuerst geändert zuletzt
    modifié modifiée première publication
    de del actualizada modificado lectura tiempo
    modifica lettura di
    atualizado atualizada às em
    gepubliceerd bijgewerkt laatst om op
    publisert oppdatert sist publicerad uppdaterad offentliggjort opdateret kl
    publikacja aktualizacja
    giriş güncelleme güncellenme yayınlanma
    aktualizováno publikováno
    first posted read lesezeit lesedauer minuten minuti minutos minutter minuter
    입력 수정 업데이트 公開日 更新日 更新 最終更新""".split()
)
#: Labels of the second, later time on a timestamp line ("Updated ...", "Aktualisiert
#: ..."): once a line has named a date, what follows such a label is no longer it.
TIMESTAMP_UPDATE_WORDS = frozenset(
    """updated modified aktualisiert geändert mis modifié modifiée actualizado
    actualizada modificado aggiornato modifica atualizado atualizada bijgewerkt
    oppdatert uppdaterad opdateret aktualizacja güncelleme güncellenme aktualizováno
    수정 업데이트 更新日 更新 最終更新""".split()
)
#: Labels of the publication time: after an update part ("Aktualizacja: ... Publikacja:
#: ..."), the part they start is the one read.
TIMESTAMP_PUBLISH_WORDS = frozenset(
    """published posted veröffentlicht publiziert erstellt erschienen publié publicado
    pubblicato gepubliceerd publisert publicerad offentliggjort publikacja giriş
    yayınlanma publikováno 입력 公開日""".split()
)
#: Month names of more languages than :data:`MONTHS` (Dutch, Scandinavian, Polish and
#: Czech genitives, Turkish), read in timestamp lines only: datelines keep the
#: shorter table.
_MORE_MONTH_NAMES = (
    ("januari",), ("februari",), ("maart", "mrt"), ("april",), ("mei", "maj"),
    ("juni",), ("juli",), ("augustus", "augusti"), ("september",), ("oktober",),
    ("november",), ("december", "desember", "des"),
    ("stycznia", "ledna", "ocak"), ("lutego", "února", "şubat"),
    ("marca", "března", "mart"), ("kwietnia", "dubna", "nisan"),
    ("maja", "května", "mayıs"), ("czerwca", "června", "haziran"),
    ("lipca", "července", "temmuz"), ("sierpnia", "srpna", "ağustos"),
    ("września", "září", "eylül"), ("października", "října", "ekim"),
    ("listopada", "listopadu", "kasım"), ("grudnia", "prosince", "aralık"),
)  # fmt: skip
TIMESTAMP_MONTHS: dict[str, int] = dict(MONTHS)
for _i, _names in enumerate(_MORE_MONTH_NAMES):
    for _name in _names:
        TIMESTAMP_MONTHS.setdefault(_name, _i % 12 + 1)
#: Weekday names of those languages, for timestamp lines.
TIMESTAMP_WEEKDAYS = WEEKDAYS | frozenset(
    """maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag
    poniedziałek wtorek środa czwartek piątek sobota niedziela
    pazartesi salı çarşamba perşembe cuma cumartesi pazar""".split()
)

#: One token of a timestamp line: an ISO timestamp, a clock time, a number, a word,
#: or a separator. A line is a timestamp when these tokens cover all of it and the
#: words are dates, zones or :data:`TIMESTAMP_WORDS`.
TIMESTAMP_TOKEN = regex.compile(
    r"""
    (?P<iso>[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T\x20][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,9})?)?
        (?P<isozone>Z|[+-][0-9]{2}:?[0-9]{2})?)?)
    |(?P<dmy>[0-9]{1,2}\.[0-9]{1,2}\.(?:[0-9]{4}|[0-9]{2}))(?![0-9.])
    |(?P<ymd>[0-9]{4}[/.][0-9]{1,2}[/.][0-9]{1,2})(?![0-9])
    |(?P<slash>[0-9]{1,2}/[0-9]{1,2}/[0-9]{4})(?![0-9])
    |(?P<cjk>(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日)
    |(?P<cjktime>[0-9]{1,2})時(?P<cjkmin>[0-9]{1,2})分
    |(?P<offzone>(?:gmt|utc)[+-][0-9]{1,2}(?::?[0-9]{2})?)(?![0-9])
    |(?P<glued>(?:19|20)[0-9]{2})(?=[0-9]{1,2}:[0-9]{2}(?![0-9]))
    |(?P<time>[0-9]{1,2}(?:[:.]|h(?=[0-9]{2}))[0-9]{2}(?::[0-9]{2})?)
        (?:\x20?(?P<ampm>[ap]\.?m\.?)(?![\p{L}]))?(?![0-9])
    |(?P<num>[0-9]{1,4})(?:st|nd|rd|th|\.)?(?![0-9])
    |(?P<word>\p{L}[\p{L}.]{0,15})
    |(?P<sep>[/|,:·•–—\-()：（）])
    |(?P<space>[\x20\t]+)
    """,
    _FLAGS | regex.VERBOSE,
)
#: :data:`TIMESTAMP_TOKEN` for ASCII lines, in the standard library's engine (over twice
#: as fast per token). In ASCII text ``\p{L}`` is ``[a-z]`` ignoring case, and no ASCII
#: character folds to more than one, so the two find the same tokens
#: (``tests/test_perf_equivalence.py`` checks it). Derived from its text, so that the two
#: never drift apart; it needs Python 3.11's ``re`` only if possessive quantifiers or
#: atomic groups ever enter :data:`TIMESTAMP_TOKEN`.
ASCII_TIMESTAMP_TOKEN = re.compile(
    TIMESTAMP_TOKEN.pattern.replace(r"[\p{L}]", "[a-z]")
    .replace(r"[\p{L}.]", "[a-z.]")
    .replace(r"\p{L}", "[a-z]"),
    re.IGNORECASE | re.ASCII | re.VERBOSE,
)
#: The parts of a clock time ("14:05", "14.05", "14h05") and of a year-first date
#: ("2024/05/03") as :data:`TIMESTAMP_TOKEN` reads them.
CLOCK_SEPARATOR = re.compile(r"[:.h]")
DATE_SEPARATOR = re.compile(r"[/.]")

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
#: Psychological Association (APA) said" stays whole. Agencies' own shapes: ANSA puts
#: itself first ("(ANSA) - ROME, AUG 12 - "), ANI brackets the country and ends with a
#: colon ("New Delhi [India], August 12 (ANI): "), Interfax puts a period after the
#: city ("MOSCOW. Aug 12 (Interfax) - "), TASS writes "MOSCOW, August 12. /TASS/. "
#: (fixtures ``ansa-agency-first``, ``ani-bracket-country-colon``,
#: ``interfax-city-period``, ``tass-slashes``).
_AGENCY_LIST = rf"{_AGENCY}(?:\x20?[/,]\x20?{_AGENCY}){{0,2}}"
DATELINE = regex.compile(
    rf"\((?P<agency>{_AGENCY})\)\x20{{0,3}}{_DASH}\x20{{1,3}}"
    rf"(?P<location>{_PLACE})(?:,\x20{{0,2}}(?P<date>{_DATE}))?\x20{{0,3}}(?P<dash>{_DASH})(?:\x20+|$)"
    rf"|(?:(?P<location>{_PLACE}(?:,\x20{_REGION}|\x20\[{_REGION}\])?)"
    rf"(?:[,.]\x20{{0,2}}(?P<date>{_DATE}))?\.?\x20{{0,3}})?"
    rf"(?:\((?P<agency>{_AGENCY_LIST})\)|/(?P<agency>{_AGENCY})/\.?)"
    rf"(?P<dash>\x20{{0,3}}(?:{_DASH}|:))?(?:\x20+|$)",
    _FLAGS,
)


@functools.lru_cache(maxsize=32)
def match_dateline(text: str) -> regex.Match[str] | None:
    """Return ``DATELINE.match(text)``; a text with no "(" or "/" (every agency is
    written "(AP)" or "/TASS/") is ruled out without running the pattern, and so is an
    ASCII text with no agency just after one near its start (the pattern costs several
    microseconds to fail on a paragraph).

    The last few answers are kept: the page, headline and dateline filters ask about
    the same first paragraph of a story, one after another (a few dozen entries: a
    story's, never a corpus's)."""
    if "(" not in text and "/" not in text:
        return None
    if text.isascii() and not _agency_opens(text):
        return None
    return DATELINE.match(text)


#: Farthest a DATELINE match's "(" or "/" before its agency can stand, in ASCII text
#: (where each character of the pattern matches one of the text): after a place of six
#: words (1 + 30 + 5 * 33), a region (2 + 65 + 1), a date ("," and two spaces, the
#: longest month, ".", two spaces and two digits) and ". " and spaces; doubled, for room.
_DATELINE_REACH = 2 * (196 + 68 + 3 + max(map(len, MONTHS)) + 6 + 4)
#: How the agency of a dateline starts, lower-cased: "(" and an agency and ")", a space,
#: "/" or "," (a list of agencies), or "/", an agency and "/".
_AGENCY_OPENERS = tuple(
    opener
    for agency in sorted({a.lower() for a in AGENCIES})
    for opener in (*(f"({agency}{end}" for end in ")/, "), f"/{agency}/")
)
_OPENER_CHARS = max(map(len, _AGENCY_OPENERS))
#: The openers by their first three characters (every opener has four or more): a
#: "(" in the text is checked against the few openers that start as it does, not all.
_OPENERS_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _opener in _AGENCY_OPENERS:
    _OPENERS_BY_HEAD[_opener[:3]] = (*_OPENERS_BY_HEAD.get(_opener[:3], ()), _opener)


def _agency_opens(text: str) -> bool:
    """Tell whether an agency opener (:data:`_AGENCY_OPENERS`) starts within the reach
    of ASCII ``text``, ignoring case (lower-casing is per character in ASCII, so only
    the characters at each "(" or "/" are lower-cased)."""
    for char in "(/":
        at = text.find(char, 0, _DATELINE_REACH + 1)
        while at >= 0:
            openers = _OPENERS_BY_HEAD.get(text[at : at + 3].lower())
            if openers is not None and text[at : at + _OPENER_CHARS].lower().startswith(openers):
                return True
            at = text.find(char, at + 1, _DATELINE_REACH + 1)
    return False


#: A byline: "By Lamine Chikhi", "By Maya Gebeily and Anthony Deutsch".
BYLINE = regex.compile(r"(?:by|von|par|por|di)\x20+(?P<names>\p{L}.{0,160})", _FLAGS)
#: The label words of a byline line, lower-cased: one list for :data:`BYLINE_LINE` and
#: the cheap tests before it (:data:`BYLINE_LINE_WORDS`, :data:`BYLINE_LABEL_WORD`).
BYLINE_LABELS = (
    "by", "von", "par", "por", "di", "door", "av", "af", "autor", "autorin", "author",
    "texte", "texto",
)  # fmt: skip
#: A byline line on a page: "By", "Von:", "Autor:", "Kolumne von", "Eine Analyse von"
#: before the names; the words allowed before the "by" say what kind of piece it is
#: ("Photo by Jane Doe" is a credit, not a byline).
BYLINE_LINE = regex.compile(
    r"(?:(?:(?:ein|eine|a|an|une|un)\x20)?(?:kolumne|kommentar|analyse|gastbeitrag|essay"
    r"|reportage|glosse|column|commentary|analysis|opinion|chronique|tribune|story|text)\x20+)?"
    rf"(?:{'|'.join((*BYLINE_LABELS, 'autorin/autor'))})"
    r"\x20?:?\x20+(?P<names>\p{L}.{0,160})",
    _FLAGS,
)
#: The agencies a byline is written with: "Jane Doe mit AP", "By Euronews with Agencies".
WITH_AGENCIES = regex.compile(
    rf"\x20(?:mit|with|avec|con)\x20(?:agencies|agenturen|agences|agencias|{_AGENCY})$",
    _FLAGS,
)
#: A relative time or reading time after a byline: "7 hours", "2 minutes read".
RELATIVE_TIME = regex.compile(
    r"(?:published\x20|updated\x20)?[0-9]{1,3}\x20(?:min|mins|minutes?|hours?|hrs?|days?"
    r"|weeks?|months?|years?)(?:\x20(?:ago|read))?",
    _FLAGS,
)
#: A parenthesised note closing a byline: "Von Jane Doe (dpa)", "Par Jean Dupont (AFP)".
TRAILING_PAREN = regex.compile(r"\x20{0,3}\((?P<inner>[^()]{1,60})\)$", regex.VERSION1)
#: Separators between names in a byline or credit. A match starts only at the first
#: space of a run (the lookbehind): without it, searching a long run of spaces with no
#: separator after it retried the run from every space, quadratic time (issue #8,
#: ``tests/test_patterns.py``).
NAME_SEPARATOR = regex.compile(
    r"(?:(?<!\x20)\x20+)?[,;&/]\x20*(?:(?:and|und|et|y|e)\x20+)?|\x20(?:and|und|et|y|e)\x20",
    regex.VERSION1,
)
#: Lower-case particles inside personal names ("van der Berg", "de la Cruz", "bin Salman").
NAME_PARTICLES = (
    "van", "von", "der", "den", "de", "del", "della", "la", "le", "du", "da", "dos", "das",
    "bin", "ibn", "al", "el", "ben", "ter", "ten", "zu", "di", "y",
)  # fmt: skip
#: Particles joined to the next word by a hyphen ("al-Masri", "el-Sayed").
_HYPHEN_PARTICLES = ("al", "el", "bin", "ibn", "abu")
_NAME_WORD = (
    rf"(?:\p{{Lu}}[\p{{L}}'’.\-]{{0,30}}"
    rf"|{alternation(_HYPHEN_PARTICLES)}-\p{{Lu}}[\p{{L}}'’.\-]{{0,30}}"
    # Elided particles: "Theodore d'Afflisio", "O'Brien" is a capital already.
    rf"|[dl]['’]\p{{Lu}}[\p{{L}}'’.\-]{{0,30}}"
    rf"|{alternation(NAME_PARTICLES)}(?=\x20))"
)
#: A name: up to seven capitalised words, particles allowed between them.
NAME = regex.compile(rf"{_NAME_WORD}(?:\x20{_NAME_WORD}){{0,6}}", regex.VERSION1)

#: The roles of a trailer credit ("Reporting by", "additional reporting by").
CREDIT_ROLE = regex.compile(
    r"(?:with\x20)?(?P<role>(?:(?:additional|further|and)\x20)?(?:reporting|writing|editing|compiled|"
    r"compiling|graphics|graphic|photos|research|production|sub-editing|translation|polling|"
    r"written|edited|reported|translated)(?:\x20(?:and|&)\x20(?:reporting|writing|"
    r"editing|compiling))?)\x20+by\x20+"
    # "Additional reporting Steven Johnson" (the "by" dropped) before a capitalised name.
    r"|(?P<role>additional\x20reporting)\x20+(?=(?-i:\p{Lu}))",
    _FLAGS,
)
#: The words a CREDIT_ROLE match starts with, lower-cased (keep in step with it).
_ROLE_STARTS = (
    "with ", "additional ", "further ", "and ", "reporting", "writing", "editing", "compil",
    "graphic", "photos", "research", "production", "sub-editing", "translat", "polling",
    "written", "edited", "reported",
)  # fmt: skip
#: Any of those words, for the standard library's engine (plain words, no case folding:
#: it searches the lower-cased text); a search finds the first place one starts.
_ROLE_START = re.compile("|".join(map(re.escape, _ROLE_STARTS)))


def credit_roles(text: str) -> list[regex.Match[str]]:
    """Return ``list(CREDIT_ROLE.finditer(text))``, trying only where a role's words start.

    The engine tries the pattern at every character of the text; in ASCII text (where
    ignoring case is lower-casing) the places where a match can start are found by
    searching for its first words, and the pattern is tried there alone, from left
    to right, as the engine would: from just past a place where it failed (another
    word may start inside this one: "editing" in "sub-editing"), from the end of a match.
    """
    if not text.isascii():
        return list(CREDIT_ROLE.finditer(text))
    low = text.lower()
    found: list[regex.Match[str]] = []
    start = _ROLE_START.search(low)
    while start is not None:
        at = start.start()
        match = CREDIT_ROLE.match(text, at)
        if match is None:
            start = _ROLE_START.search(low, at + 1)
        else:
            found.append(match)
            start = _ROLE_START.search(low, match.end())
    return found


#: A trailer credit in parentheses at the end of a paragraph, or a whole paragraph
#: of credits: "(Reporting by X; Editing by Y)".
CREDIT_TRAILER = regex.compile(
    # After a sentence's end, or capitalised as wire copy writes it ("... ABN AMRO
    # (Additional reporting by ...)"): "... the book (edited by John Smith)" is story text.
    r"(?:^|(?<=[.!?\"”’)]\x20{0,3})|(?<=\S\x20{1,3})(?=\((?-i:[A-Z])))\(\x20?(?P<credits>(?:with\x20)?(?:(?:additional|further)\x20)?"
    r"(?:(?:reporting|writing|editing|compiled|compiling|written|edited|reported|polling)"
    r"\x20by\x20|additional\x20reporting\x20(?=(?-i:\p{Lu})))[^()]{1,400})\)"
    # Notes that may follow the credits: "($1 = 0.70 euro)", "(For pix click here)",
    # a reporter's contact line "(name(at)reuters.com; +44 ...)", and a stray ")".
    r"(?:\x20{0,3}\((?:[^()]|\([^()]{0,20}\)){0,200}\)){0,2}\)?$"
    r"|^(?P<bare>(?:(?:additional|further)\x20)?(?:reporting|writing|editing|compiled|compiling)"
    r"\x20by\x20[^()]{1,400})$",
    _FLAGS,
)


def search_credit_trailer(text: str, pos: int = 0) -> regex.Match[str] | None:
    """Return ``CREDIT_TRAILER.search(text, pos)``, trying only where a match can start.

    A match starts at a "(" or, for a bare paragraph of credits (which holds no
    parentheses), at the text's start (``^`` never matches at ``pos > 0``). The engine
    would try every position of a long paragraph, at many times the cost.
    """
    start = text.find("(", pos)
    if start < 0:
        return CREDIT_TRAILER.match(text) if pos == 0 else None
    # In ASCII text, ignoring case is lower-casing: a "(" that no credit's first words
    # follow (a ticker's "( BA.N )", a year) is passed over without the pattern. Only
    # the few characters after each "(" are lower-cased, not the whole paragraph.
    is_ascii = text.isascii()
    while start >= 0:
        after = start + 2 if text[start + 1 : start + 2] == " " else start + 1
        if not is_ascii or text[after : after + _OPENING_CHARS].lower().startswith(
            _CREDIT_OPENINGS
        ):
            match = CREDIT_TRAILER.match(text, start)
            if match is not None:
                return match
        start = text.find("(", start + 1)
    return None


#: How a parenthesised credit of CREDIT_TRAILER starts, lower-cased, after the "(" and
#: an optional space (keep in step with the pattern).
_CREDIT_OPENINGS = (
    "with ",
    "additional ",
    "further ",
    *(
        f"{role} by "
        for role in (
            "reporting", "writing", "editing", "compiled", "compiling", "written", "edited",
            "reported", "polling",
        )
    ),
)  # fmt: skip
_OPENING_CHARS = max(map(len, _CREDIT_OPENINGS))


# --- wire-story structure: agencies, header lines, slugs, corrections (filters/header.py,
# filters/headline.py, filters/correction.py) ------------------------------------------

#: Canonical agency name -> the other ways copy writes it (matched case-insensitively).
#: The canonical name is the agency's own short credit as it signs datelines, so a
#: dateline keeps reading naturally: "(AP)", "(dpa)", "(CP)".
AGENCY_ALIASES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Thomson Reuters", "Reuters Breakingviews"),
    "AP": ("Associated Press", "The Associated Press"),
    "AFP": ("Agence France-Presse", "Agence France Presse"),
    "Bloomberg": ("Bloomberg News",),
    "UPI": ("United Press International",),
    "dpa": ("Deutsche Presse-Agentur",),
    "Xinhua": ("Xinhua News Agency",),
    "PTI": ("Press Trust of India",),
    "IANS": ("Indo-Asian News Service",),
    "ANI": ("Asian News International",),
    "Kyodo": ("Kyodo News",),
    "Yonhap": ("Yonhap News Agency",),
    "AAP": ("Australian Associated Press",),
    "CP": ("The Canadian Press", "Canadian Press"),
    "EFE": ("Agencia EFE",),
    "ANSA": (),
    "Anadolu": ("AA", "Anadolu Agency", "Anadolu Ajansı"),
    "Bernama": (),
    # Taiwan's Central News Agency; Singapore's Channel NewsAsia signs "CNA" too.
    "CNA": ("Central News Agency",),
    "TASS": ("ITAR-TASS",),
    "Interfax": (),
    # Smaller agencies seen in the fundus pages (Swiss, Austrian, German church, Russian).
    "SDA": ("Keystone-SDA",),
    "APA": (),
    "KNA": (),
    "epd": (),
    "AFX": (),
    "IFR": (),
    "RIA Novosti": ("RIA",),
    "Sputnik": (),
    "Antara": (),
}
#: Any written agency name (lower-cased) -> its canonical name.
AGENCY_CANONICAL: dict[str, str] = {
    alias.lower(): name for name, aliases in AGENCY_ALIASES.items() for alias in (name, *aliases)
}

#: Between the agencies of a shared credit: "(Reuters/AP)", "(AFP, dpa)".
AGENCY_SEPARATOR = regex.compile(r"\x20?[/,]\x20?")

#: One line of a scraped header block ("-- headline", "-- By A", "-- Tue Oct 24, 2006
#: 1:01am EDT", "-- http://..."): two hyphens, then the line's text (or nothing).
HEADER_LINE = regex.compile(r"--(?:\x20+(?P<text>\S.{0,1000}))?", regex.VERSION1)
#: A bare web address filling a whole line.
URL = regex.compile(r"https?://[^\s<>\"]{1,2000}", _FLAGS)
#: A bare domain name, lower case ("taz.de", "www.example.co.uk"): a site's name in a
#: title's tail or an author field.
DOMAIN_NAME = regex.compile(r"(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z]{2,6}){1,2}")

#: Headline slugs and flags, upper case as the wire sends them ("UPDATE 2-",
#: "RPT-UPDATE 3-", "EXCLUSIVE-", "CORRECTED-"). "EADS-BAE merger" is not one: only
#: these words count.
SLUG_WORDS = (
    # versions and repeats
    "UPDATE", "RPT", "REFILE", "CORRECTED", "WRAPUP", "URGENT", "FLASH",
    # story types
    "EXCLUSIVE", "FACTBOX", "ANALYSIS", "SNAP ANALYSIS", "BREAKINGVIEWS", "INSIGHT",
    "SPECIAL REPORT", "COLUMN", "PREVIEW", "TIMELINE", "INTERVIEW", "FEATURE", "FOCUS",
    "NEWSMAKER", "HIGHLIGHTS", "INSTANT VIEW", "CHRONOLOGY", "EXPLAINER", "GRAPHIC",
    "DIARY", "POLL", "TAKE A LOOK", "WITNESS", "OBITUARY",
)  # fmt: skip
#: A run of slugs at the start of a headline, each with an optional number and a
#: hyphen: "RPT-UPDATE 3-", "INSTANT VIEW 6-", "CHRONOLOGY - ".
SLUGS = regex.compile(
    rf"(?:(?P<flag>{alternation(SLUG_WORDS)}(?:\x20[0-9]{{1,2}})?)\x20?-\x20?(?=\S)){{1,4}}",
    regex.VERSION1,
)

#: A correction note: "This story corrects ...", "(Corrects paragraph 3 ...)",
#: "Correction: ...", "An earlier version of this story ...". A whole block, or a
#: parenthesised note that opens or closes one.
_CORRECTION_START = (
    r"(?:corrects|correcting|refiles|updates\x20to\x20correct|adds\x20correction"
    r"|(?:this|the)\x20(?:story|article|version)\x20(?:corrects|(?:was|has\x20been)\x20"
    r"(?:corrected|refiled|updated\x20to\x20correct))"
    r"|an\x20earlier\x20version\x20of\x20this\x20(?:story|article)|correction\x20?:)\b"
)
CORRECTION = regex.compile(rf"\(\x20?(?P<note>{_CORRECTION_START}[^()]{{1,400}}?)\x20?\)", _FLAGS)
#: A correction note that is a whole paragraph without parentheses.
CORRECTION_LINE = regex.compile(rf"(?P<note>{_CORRECTION_START}.{{1,600}})", _FLAGS)

#: A syndication note closing a story on another site, filling its whole line: "This
#: story was provided by The Associated Press", "This report by The Canadian Press was
#: first published March 3, 2021." (fixture ``cp-toronto-first-published``), "— Associated
#: Press", "With AFP", "(dpa)" (fixture ``dpa-german-page-ending``), "(AFP/dpa)", and a bare
#: "dpa/afp" or "dpa/lby" (an agency and a regional desk). A bare single name ("AP") is not
#: one: it may be anything.
_AGENCY_NAME = alternation(AGENCY_CANONICAL)
_AGENCY_NAMES = rf"{_AGENCY_NAME}(?:\x20?[/,]\x20?{_AGENCY_NAME}){{0,2}}"
SYNDICATION = regex.compile(
    rf"(?:this\x20(?:story|article|report)\x20(?:(?:was\x20)?(?:provided|written|distributed"
    rf"|reported)\x20by\x20(?:the\x20)?{_AGENCY_NAME}"
    rf"|by\x20(?:the\x20)?{_AGENCY_NAME}\x20was\x20(?:first\x20)?published\b[^\n]{{0,60}}?)"
    rf"|[—–-]{{1,2}}\x20?(?:the\x20)?{_AGENCY_NAMES}"
    rf"|with\x20(?:the\x20)?{_AGENCY_NAMES}"
    rf"|\(\x20?{_AGENCY_NAMES}\x20?\)"
    rf"|{_AGENCY_NAME}(?:\x20?/\x20?(?:{_AGENCY_NAME}|\p{{Ll}}{{2,4}})){{1,3}})\.?",
    _FLAGS,
)
#: The same note in parentheses closing the story's last paragraph, after a sentence:
#: "... riet eine Sprecherin. (dpa)". "... the Associated Press (AP)" is no note.
SYNDICATION_TRAILER = regex.compile(
    rf"(?<=[.!?\"”’»]\x20{{1,3}})\(\x20?{_AGENCY_NAMES}\x20?\)$", _FLAGS
)

# --- page chrome (filters/page.py) -----------------------------------------------------

#: Characters that end a sentence, in the scripts the corpus holds.
SENTENCE_END = frozenset('.!?:;…"”’»)]。！？」』')

#: Phrases that mark a block as page furniture wherever it stands: consent and cookie
#: notices, sign-up and log-in prompts, script warnings, sharing and "read more" rows,
#: copyright lines (English, German, French, Spanish, Italian, Portuguese, Dutch). A
#: block must be short, or start with one of these, to be dropped for it.
CHROME_PHRASES = (
    # consent, cookies, privacy
    "cookie", "cookies", "consent", "privacy policy", "privacy settings", "datenschutz",
    "einwilligung", "einverstanden", "externe inhalte", "externer inhalt", "zustimmung",
    "politique de confidentialité", "política de privacidad", "informativa sulla privacy",
    # scripts
    "javascript", "enable js", "ad blocker", "adblocker", "werbeblocker",
    # accounts and subscriptions
    "sign up", "sign in", "log in", "login", "subscribe", "subscription", "newsletter",
    "newsletters",
    "anmelden", "abonnieren", "registrieren", "s'abonner", "abonnez-vous", "suscríbete",
    "iscriviti", "assine",
    # sharing and navigation
    "share this", "share on", "share article", "teilen", "partager", "compartir",
    "condividi", "compartilhe", "read more", "read next", "more news", "mehr news",
    "mehr zum thema", "lesen sie auch", "lire aussi", "leer más", "leggi anche",
    "related", "most popular", "most read", "meistgelesen", "trending", "advertisement",
    "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "sponsored",
    "skip to", "zum inhalt", "back to top", "nach oben", "click to copy", "copy link",
    "print", "drucken", "comments", "kommentare", "commentaires", "comentarios",
    "facebook", "twitter", "linkedin", "whatsapp", "instagram", "flipboard", "pinterest",
    "telegram", "reddit", "bluesky", "threads", "copy link", "link kopieren", "merkliste",
    "bookmark", "save article", "artikel merken", "image credits", "save this article",
    "valid email address",
    # footers
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "terms of use", "terms of service", "impressum",
    "our standards", "all quotes delayed", "trust principles",
)  # fmt: skip

#: (issue #4) More of the page's own words, in more of the corpus's languages: a
#: newsletter's thanks and its confirmation ("Thanks for signing up!", "... will soon be
#: in your inbox", "check your junk folder"), "Tap here", reading aids and app prompts
#: ("Schriftgröße", "In Pocket speichern", "Druckansicht"), read-more and related labels
#: ("Weitere Videos", "Ähnliche Nachrichten", "Noticia relacionada", "Nos vidéos",
#: "Taip pat skaitykite", "Все публикации"), appeals for support, correction and
#: comment-policy notes, and fullscreen and embed buttons (Czech, Russian, Hindi). Each
#: is a phrase no sentence of a story on the fundus pages held; one word alone only where
#: a story's sentence does not use it plainly (a long paragraph holding one scores
#: as no prose). Kept apart from CHROME_PHRASES, they join its index.
MORE_CHROME_PHRASES = (
    # sign-up boxes and their confirmations
    "signing up", "in your inbox", "junk folder", "welcome email", "plus-inhalte",
    "offres premium", "déjà un compte", "recupera il tuo account",
    "support local journalism", "support our journalism", "award-winning journalism",
    "enjoying our latest content", "artikel verschenken",
    # buttons and reading aids
    "tap here", "in pocket speichern", "druckansicht", "schriftgröße",
    "social sharing", "story saved", "link is copied", "download pdf", "show authors",
    "open this photo", "explore charts", "zobrazit vše", "z jiného webu",
    "कॉपी लिंक", "temps de lecture",
    # navigation, related stories, advertising
    "zur startseite", "startseite", "weitere videos", "ähnliche nachrichten",
    "noticia relacionada", "nos vidéos", "lesen sie mehr", "weiterlesen",
    "taip pat skaitykite", "все публикации", "recommended from editorial", "view all posts",
    "реклама", "advertiser content",
    # corrections, comments and the site's notes on a story
    "comment policy", "comment on this article", "правила комментирования",
    "fehler gefunden", "fehlerhinweis", "über dieses thema berichtet",
    "mehr infos erhalten sie hier",
)  # fmt: skip

#: Words of a share row's heading ("Share this article", "Artikel teilen", "Partager"):
#: the short blocks right after such a heading are its buttons, whatever networks they
#: name ("X", "Email", "Bluesky"; fixture ``generated-share-row-two-buttons``).
SHARE_WORDS = frozenset(
    "share teilen partager compartir condividi compartilhe compartilhar delen dela".split()
)

#: Chrome phrases (of CHROME_PHRASES) that make a sentence a consent notice ("We use
#: cookies to give you the best experience on our site."): such a notice is too long to
#: be furniture for its phrase alone, but with a consent button beside it, it is.
CONSENT_PHRASES = frozenset(
    (
        ("cookie",), ("cookies",), ("consent",), ("privacy", "policy"),
        ("privacy", "settings"), ("datenschutz",), ("einwilligung",), ("zustimmung",),
        ("politique", "de", "confidentialité"), ("política", "de", "privacidad"),
        ("informativa", "sulla", "privacy"),
    )
)  # fmt: skip
#: Words of the buttons that answer a consent notice or a sign-in prompt: "Accept all",
#: "Manage settings", "Alle akzeptieren", "Tout refuser", "Aceptar" (English, German,
#: French, Spanish, Italian, Portuguese, Dutch).
CONSENT_BUTTON_WORDS = frozenset(
    """accept agree allow ok okay got dismiss reject decline deny manage settings
    preferences options customise customize continue understand understood
    akzeptieren zustimmen ablehnen einstellungen verstanden einverstanden
    accepter accepte refuser paramètres continuer
    aceptar acepto rechazar configurar ajustes configuración
    accetta accetto accettare rifiuta rifiutare impostazioni
    aceitar aceito recusar configurações
    accepteren akkoord weigeren instellingen""".split()
)

#: Photo credits that mark a block as an image caption: "(AP Photo/Marco Ugarte)",
#: "REUTERS/Brendan McDermid", "Photo: ...", "Foto: ...", "Image: Getty", "©".
PHOTO_CREDIT = regex.compile(
    r"\((?:AP|AFP|EPA|Reuters|Getty|dpa)\x20?Photo[^()]{0,80}\)"
    r"|\b(?:REUTERS|AFP|EPA|AP|dpa|Getty\x20Images|Imago|Keystone)/\x20?\p{Lu}[^\n]{0,60}$"
    r"|^(?:FILE\x20PHOTO|Photo|Foto|Bild|Image|Picture|Credit|Fotos?|Bildquelle)\x20?:"
    r"|^©|\(Photo:|\(Foto:|Foto:\x20|Photo:\x20|Image:\x20|Bild:\x20",
    regex.VERSION1 | regex.MULTILINE,
)
#: What PHOTO_CREDIT's alternatives need in the text: "Photo" (in "(AP Photo/...)" and
#: "Photo: "), an agency and "/", a label at the start (text with a line break, where
#: more lines start, goes to the pattern), "©", or "Foto:", "Image:", "Bild:" (the
#: agencies are listed without their "/", those labels without their ":").
_PHOTO_AGENCIES = ("REUTERS", "AFP", "EPA", "AP", "dpa", "Getty Images", "Imago", "Keystone")
_PHOTO_LABELS = ("FILE PHOTO", "Photo", "Foto", "Bild", "Image", "Picture", "Credit")
_PHOTO_COLON_LABELS = ("Foto", "Image", "Bild")


def has_photo_credit(text: str) -> bool:
    """Tell whether :data:`PHOTO_CREDIT` finds a photo credit in ``text``.

    Substring tests rule out most text first: every alternative of the pattern needs
    one of these literals, and the pattern costs far more on a long paragraph.
    """
    if not (
        "Photo" in text
        or _follows(text, "/", _PHOTO_AGENCIES)
        or text.startswith(_PHOTO_LABELS)
        or "\n" in text
        or "©" in text
        or _follows(text, ":", _PHOTO_COLON_LABELS)
    ):
        return False
    return PHOTO_CREDIT.search(text) is not None


#: Most occurrences of a character :func:`_follows` looks behind one at a time.
_FOLLOWS_CHECKS = 8


def _follows(text: str, char: str, words: tuple[str, ...]) -> bool:
    """Tell whether ``char`` stands in ``text`` right after one of ``words``.

    The same as ``any(w + char in text for w in words)``: one search for ``char``
    (rare in prose) instead of one search of the whole text for each word.
    """
    at = text.find(char)
    for _ in range(_FOLLOWS_CHECKS):
        if at < 0:
            return False
        if text.endswith(words, 0, at):
            return True
        at = text.find(char, at + 1)
    return at >= 0 and any(word + char in text for word in words)


#: Text-browser form debris: "[ ]", "[                    ]Search", "[wide__822x]", "[IMG]".
FORM_DEBRIS = regex.compile(r"\[[^\[\]]{0,80}\]")

# --- HTML context ----------------------------------------------------------------------

#: Tags whose content is page furniture or a story's side part; a block inside one
#: carries the tag's name in its ``context``.
CONTEXT_TAGS = frozenset(
    "nav header footer aside form figure blockquote article main dialog".split()
)
#: ARIA roles -> the context word they stand for.
CONTEXT_ROLES = {
    "navigation": "nav", "banner": "header", "contentinfo": "footer",
    "complementary": "aside", "dialog": "dialog", "alertdialog": "dialog",
    "search": "form", "main": "main", "article": "article",
}  # fmt: skip
#: Tokens of ``class`` and ``id`` values (split at anything but letters and digits) ->
#: the context word they stand for. Tokens only, never substrings: "shareholders"
#: and "header-ad-free" say nothing ("ad" alone does).
CONTEXT_CLASS_WORDS = {
    # who wrote it
    "byline": "byline", "bylines": "byline", "author": "author", "authors": "author",
    "autor": "author", "auteur": "author", "dateline": "byline",
    # sharing and social
    "share": "share", "sharing": "share", "social": "share", "sharebar": "share",
    # links to other stories
    "related": "related", "recommended": "related", "recirculation": "related",
    "teaser": "promo", "promo": "promo", "outbrain": "related", "taboola": "related",
    # readers' comments
    "comment": "comment", "comments": "comment", "disqus": "comment",
    # sign-ups, consent, adverts
    "newsletter": "newsletter", "subscribe": "newsletter", "signup": "newsletter",
    "paywall": "newsletter", "cookie": "cookie", "cookies": "cookie", "consent": "cookie",
    "gdpr": "cookie", "ad": "advert", "ads": "advert", "advert": "advert",
    "advertisement": "advert", "adsbygoogle": "advert", "sponsored": "advert",
    "anzeige": "advert",
    # page furniture
    "footer": "footer", "nav": "nav", "navigation": "nav", "navbar": "nav",
    "menu": "nav", "breadcrumb": "nav", "breadcrumbs": "nav", "sidebar": "aside",
    "caption": "figure", "figcaption": "figure",
}  # fmt: skip
#: Splits ``class``/``id`` values into tokens (linear: one character class).
CLASS_TOKEN_SPLIT = regex.compile(r"[^a-z0-9]+")

#: A line break between two characters of a script written without spaces (Chinese,
#: Japanese; not Korean, which spaces its words), or between a digit and one of them
#: (issue #4: "約1" / "億2000万円", "12月26" / "日付": those scripts put no space
#: after a number; a line may open with a number after a heading, so not the other way
#: round): re-joining hard-wrapped lines there adds no space.
_UNSPACED = (
    r"[\u2e80-\u2fdf\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\uff01-\uff60]"
)
UNSPACED_BREAK = regex.compile(rf"(?<=[0-9{_UNSPACED[1:]})[\x20\t]*\n\s*(?={_UNSPACED})")
#: One character of those scripts (the standard library's engine finds one class of
#: code points fastest): text without one has no break for UNSPACED_BREAK.
UNSPACED_CHAR = re.compile(_UNSPACED)

#: A year and a clock time anywhere in a line: together they mark a date line
#: ("渡辺洋介2025年1月13日 21時37分", "Associated PressApril 28, 2023 3:06 PM").
YEAR = regex.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
CLOCK = regex.compile(r"(?<![0-9])[0-9]{1,2}(?::|時|h|\x20?Uhr)[0-9]{2}(?![0-9])")

#: (issue #4) A skip link that opens a box the page lets a reader jump over ("skip past
#: newsletter promotion", "Skip advertisement"), and the line that closes it ("after
#: newsletter promotion", "End of advertisement"); ``what`` names the box in both. A box
#: so marked stands inside the story (a sign-up form, an advert), and is no part of it.
SKIP_BOX_OPEN = regex.compile(r"skip\x20(?:past\x20)?(?P<what>\w+(?:\x20\w+){0,3})", _FLAGS)
SKIP_BOX_CLOSE = regex.compile(r"(?:after|end\x20of)\x20(?P<what>\w+(?:\x20\w+){0,3})", _FLAGS)

#: Short blocks that open a comment section or an author box: the story is over
#: (fixture ``page-comments``). Read-more and related-links labels are not here:
#: sites put those between the story's own paragraphs.
STORY_END_PHRASES = (
    "comments", "comment", "leave a comment", "join the conversation", "show comments",
    "kommentare", "kommentieren", "leserkommentare", "kommentarfunktion", "diskutieren sie mit",
    "commentaires", "commentaire", "réagir", "comentarios", "comentar", "commenti",
    "comentários", "reacties", "kommentarer", "about the author", "über den autor",
    "zur person", "fehler melden", "fehlerhinweis", "report an error",
)  # fmt: skip
STORY_END = regex.compile(rf"\b{alternation(STORY_END_PHRASES)}\b", _FLAGS)

#: A lower-case word for phrase look-ups ("s'abonner" and "abonnez-vous" are one word).
PHRASE_WORD = regex.compile(r"\w+(?:['’\-]\w+)*")
#: ASCII characters that are neither word characters nor the joiners "'" and "-" -> space.
_ASCII_NON_WORD = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "_'-")}
)
#: What stands beside a joiner that is no part of a word ("" at either end of the text).
_NOT_WORD = frozenset(("", " ", "'", "-"))


def phrase_words(low: str) -> list[str]:
    """Return ``PHRASE_WORD.findall(low)``; ASCII text is split by str methods instead, faster.

    In ASCII, ``\\w`` is ``[A-Za-z0-9_]``: a word is a run of those, with "'" or "-"
    between two of them. Every other character, and a joiner without a word
    character on each side, separates words.
    """
    if not low.isascii():
        return PHRASE_WORD.findall(low)
    spaced = low.translate(_ASCII_NON_WORD)
    loose: list[int] = []
    for joiner in "'-":
        at = spaced.find(joiner)
        while at >= 0:
            if spaced[at - 1 : at] in _NOT_WORD or spaced[at + 1 : at + 2] in _NOT_WORD:
                loose.append(at)
            at = spaced.find(joiner, at + 1)
    if loose:  # each loose joiner becomes a space
        loose.sort()
        ends = [*loose, len(spaced)]
        starts = [0, *(at + 1 for at in loose)]
        spaced = " ".join([spaced[a:b] for a, b in zip(starts, ends, strict=True)])
    return spaced.split()


#: Chrome phrases as word tuples, indexed by their first word: looking the words of a
#: block up here is a hundred times cheaper than the phrase pattern on long text.
CHROME_INDEX: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in (*CHROME_PHRASES, *MORE_CHROME_PHRASES):
    _words = tuple(PHRASE_WORD.findall(_phrase))
    CHROME_INDEX[_words[0]] = (*CHROME_INDEX.get(_words[0], ()), _words)

#: A character text browsers give two columns (East Asian Wide and Fullwidth). Compiled
#: with the standard library's engine, which scans for one class of code points (the
#: same characters in both engines) about five times as fast.
WIDE_CHAR = re.compile(
    r"[\u1100-\u115f\u231a\u231b\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf"
    r"\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19"
    r"\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001f64f\U0001f900-\U0001f9ff"
    r"\U00020000-\U0003fffd]"
)

#: Labels that open a metadata line, not a headline: "Autor: ...", "Quelle: ...",
#: "Stand: 10:49 Uhr", "Photo: ...".
META_LABELS = (
    "author", "authors", "by", "source", "photo", "image", "video", "updated", "published",
    "autor", "autorin", "autoren", "quelle", "stand", "foto", "bild", "von", "aktualisiert",
    "auteur", "source", "par", "fuente", "autor", "fonte", "di", "lesedauer", "reading time",
)  # fmt: skip
META_LABEL = regex.compile(rf"{alternation(META_LABELS)}\x20?:", _FLAGS)

# --- lines that are never a page's headline (issue #4; filters/page.py _may_be_headline) ---

#: Interface strings a page prints near its headline, title-sized and without a full
#: stop: a feature for members only, a saved article, a skip link, a report-a-problem
#: button, a browser or app hint, a newsletter's promise ("Get ... in your inbox").
HEADLINE_UI_PHRASES = (
    "sólo para registrados", "solo para registrados", "sólo para suscriptores",
    "solo para suscriptores", "hai salvato un nuovo articolo", "articoli salvati",
    "skip to main content", "skip to content", "hoppa till huvudinnehållet",
    "hopp til hovedinnhold", "zum inhalt springen", "aller au contenu principal",
    "technisches problem melden", "report a problem", "refresh your browser",
    "refreshing your browser", "a code has been sent to", "in der news-app öffnen",
)  # fmt: skip
HEADLINE_UI = regex.compile(
    rf"{alternation(HEADLINE_UI_PHRASES)}|^(?:get|sign\x20up|subscribe)\b[^\n]{{0,80}}\binbox\b",
    _FLAGS,
)
#: What a text browser writes for page parts that are no text: lynx's line of the
#: page's links ("#alternate", "#search", "#Site » Feed"; a headline that starts with
#: a hashtag is taken for one), an inline frame ("IFRAME: https://..."), a button
#: ("(BUTTON)"); a gallery's counter ("12 of 12 |") and a line that ends with a
#: separator, nothing after it.
HEADLINE_DEBRIS = regex.compile(
    r"^#\p{L}|^IFRAME:|\(BUTTON\)"
    r"|^[0-9]{1,4}\x20(?:of|von|de|di|sur|av|/)\x20[0-9]{1,4}\b|\x20\|$",
    regex.VERSION1,
)
#: A credit in brackets that ends a caption: "(Photos: Getty/AP)", "(Foto: dpa)".
CAPTION_CREDIT_BRACKETS = regex.compile(
    r"\((?:Photos?|Fotos?|Pictures?|Pics?|Images?|Bilder|Bild|Credits?)\x20?:\x20?[^()\n]{1,60}\)$",
    _FLAGS,
)
#: The characters of a line of menu items run together: letters, digits, spaces, "&"
#: and "-" ("Essen & Trinken", "Sci-Tech"); a headline has more punctuation as a rule.
MENU_LINE_CHARS = regex.compile(r"[\p{L}\p{M}\p{N}\x20&\-]+", regex.VERSION1)
#: A picture's credit alone on a line, the photographer's name and the agency or site
#: after a slash: "Jane Doe/Reuters", "Eva Muster/rbb" (the caption is above it).
CREDIT_SLASH_LINE = regex.compile(
    r"^\p{Lu}[\p{L}.'’\-]*(?:\x20[\p{L}.'’\-]+){0,3}\x20?/\x20?\p{L}[\p{L}.\-]*"
    r"(?:\x20[\p{L}.\-]+){0,2}$",
    regex.VERSION1,
)
#: A form's text field as lynx draws it: a run of underscores ("Email* ________").
TEXT_FIELD = regex.compile(r"_{8,}", regex.VERSION1)
#: The label a media item's title carries when a page prints it a second time, with it
#: after the title: "X Video", "X Galerie" (the story's headline has none).
MEDIA_LABEL = regex.compile(
    r"(?:video|videos|vídeo|vidéo|audio|podcast|gallery|galerie|galería|galleria|photos|fotos"
    r"|bilder|bildergalerie|fotostrecke)",
    _FLAGS,
)
#: A temperature: a weather box lists several ("Berlin wolkig 10 °C Cottbus Regen 9 °C").
TEMPERATURE = regex.compile(r"[0-9]\x20?°\x20?[CF]\b", regex.VERSION1)
#: (issue #4) An embedded post's signature line, as a text browser prints it below
#: the post's text: "— Jane Doe (@janedoe) July 18, 2026", without the date where the
#: renderer left the link out ("— Example News (@example)"). Matched against a whole
#: line; a story's sentence that names an account goes on after the handle.
EMBED_POST_SIGNATURE = regex.compile(
    r"[—–-]{1,2}\x20?[^\n()]{1,80}\(@\w{1,30}\)"
    r"(?:\x20{1,3}\p{L}{3,9}\.?\x20[0-9]{1,2},\x20[0-9]{4})?",
    regex.VERSION1,
)
#: (issue #4) A site's notes that no story's sentence says, in a short block: a
#: newsletter box's answer ("Thanks for signing up!", "A welcome email is on its way.
#: If you don't see it, please check your junk folder", "The next issue of Top Stories
#: will soon be in your inbox", "We encountered an issue signing you up") and a video
#: box's call ("tap here to see other videos from our team"); a Japanese page's notes
#: for members ("この記事は会員限定です", "ご利用には会員登録が必要です": members only, a
#: member's registration needed; not the words alone, which a story may use); a German
#: page's box for reporting a mistake ("Sie haben
#: einen Fehler gefunden?", "Fehler auf example.de entdeckt?", "Inhaltliches
#: Feedback?", "... melden Sie den Fehler der Redaktion") and its offer of subscribed
#: content ("Kennen Sie schon unsere PLUS-Inhalte?"); a link back to the home page
#: alone ("zur Startseite").
#: The two headings of a German page's box for reporting a mistake (in
#: :data:`SITE_NOTE` at a block's start, and :data:`MISTAKE_BOX_HEADING`).
_MISTAKE_HEADINGS = (
    r"(?:Sie\x20haben\x20einen\x20)?Fehler\x20(?:auf\x20\S{1,40}\x20)?(?:gefunden|entdeckt)\?"
    r"|Inhaltliches\x20Feedback\?"
)
SITE_NOTE = regex.compile(
    r"\bthanks\x20for\x20signing\x20up\b|\bissue\x20signing\x20you\x20up\b"
    r"|\bcheck\x20your\x20(?:junk|spam)\x20folder\b|\bwill\x20soon\x20be\x20in\x20your\x20inbox\b"
    r"|\btap\x20here\x20to\x20see\x20other\x20videos\b"
    r"|会員限定(?:です|の|記事)|会員登録(?:が必要|でき)"
    rf"|^(?:{_MISTAKE_HEADINGS})|\bmelden\x20Sie\x20den\x20Fehler\b"
    r"|^Kennen\x20Sie\x20schon\x20unsere\x20\S{1,20}-Inhalte\?|^(?:zurück\x20)?zur\x20Startseite$",
    _FLAGS,
)
#: (issue #4) A subscription's pitch at a block's start, however long the block:
#: "Subscribe now to read the latest news in your city ...", "Subscribe today and ...",
#: "subscribe Just R20 for the first month".
SUBSCRIBE_PITCH = regex.compile(
    r"(?:subscribe|sign\x20up|register)\x20(?:now|today)\x20(?:to|and|for)\b"
    r"|subscribe\x20(?:just|only)\x20",
    _FLAGS,
)
#: (issue #4) Of :data:`SITE_NOTE`, the headings of a box for reporting a mistake:
#: the short line right below one is the box's, too ("Wir freuen uns über eine Mail an
#: ...", "Gerne als Kommentar unter dem Text").
MISTAKE_BOX_HEADING = regex.compile(_MISTAKE_HEADINGS, _FLAGS)
#: (issue #4) A Japanese photo's credit closing its caption: the agency after "＝"
#: ("...（ソウルで、３日）＝ＡＰ", "＝ロイター", "＝共同") or the photographer in brackets
#: ("...で（潟沼義樹撮影）", "（代表撮影）": 撮影 is "photographed by").
JAPANESE_PHOTO_CREDIT = regex.compile(
    r"[＝=]\x20?(?:ＡＰ|AP|ロイター|共同|時事|ＡＦＰ|AFP|ＥＰＡ|EPA|[^\s＝（）()。]{1,15}撮影)$"
    r"|[（(][^（）()\n]{1,20}撮影[）)]$",
    regex.VERSION1,
)
#: (issue #4) A caption's source in brackets after its last sentence: "... hat
#: das Foto gelöscht. (Quelle: Truth Social)", "... am Rand. (Quelle: imago images/Jane
#: Doe)", "(Foto: dpa)". Searched at a short block's end.
CAPTION_SOURCE_LABEL = regex.compile(
    r"[.!?]\x20?\((?:Quelle|Source|Fuente|Fonte|Fotos?|Bild|Photo)\x20?:\x20?[^()\n]{1,60}\)$",
    regex.VERSION1,
)
#: (issue #4) Where a person stands in a photo, in brackets after the name, as a
#: caption says it and a story's sentence never does: "Jane Doe (left) with ...",
#: "Max Muster (l.) und Erika Muster (r.)", "(links)", "(rechts)", "(à gauche)".
CAPTION_POSITION = regex.compile(
    r"\((?:left|right|centre|center|links|rechts|Mitte|l\.|r\.|à\x20gauche|à\x20droite"
    r"|izquierda|derecha|sinistra|destra|vänster|höger|venstre|høyre)\)",
    regex.VERSION1,
)
#: (issue #4) A site's search box as a text browser prints it, at a block's start:
#: the label, then the field ("Search for: [          ]", "Suche [     ]Suchen", lynx's
#: "Search for: ________ (BUTTON)"). No story's text stands below one on the fundus
#: dumps: a search box there heads the page's sidebar or footer.
SEARCH_FIELD = regex.compile(
    r"(?:search(?:\x20for)?|suche|suchen|rechercher|recherche|buscar|cerca|søk|sök|zoeken"
    r"|szukaj|hledat)\x20?:?\x20?(?:\[[\x20_]*\]|_{3,})",
    _FLAGS,
)
#: (issue #4) A Japanese page's profile of a person named in the story, below it:
#: the name, "氏", its reading in kana and the first year of the career ("木坂 有朗氏
#: （きさか・ゆうろう）97年（平9年）... 入社"). Matched at a block's start; a story's
#: sentence gives a reading after a name, never a year right after it.
JAPANESE_PROFILE = regex.compile(
    r"[^\s（]{1,8}(?:\x20[^\s（]{1,8})?氏（[\p{Hiragana}\p{Katakana}ー・\x20]{2,24}）\x20?[0-9０-９]{2}年",
    regex.VERSION1,
)
#: (issue #4) A form's empty text field alone on a line, as w3m prints it: "[
#:                    ]" (five columns at least: "[ ]" is a check box or an image's empty
#: label; lynx's run of underscores alone is a rule as often). Matched against a whole
#: line as the dump wrote it: the short line above it is the form's label or blurb
#: ("Get the latest headlines, breaking news and columns.").
DUMP_TEXT_FIELD = regex.compile(r"\[[\x20_]{5,}\]", regex.VERSION1)
#: (issue #4) The label that opens an image's caption: "Legende: ...",
#: "Bildlegende: ...", "Bildunterschrift: ...", "Caption: ...", "Photograph: Jane Doe",
#: "Image credit: ...", "Foto(s): ...". Matched at a short block's start.
CAPTION_LABEL = regex.compile(
    r"(?:Legende|Bildlegende|Bildunterschrift|Caption|Photograph|Image\x20credit|Foto\(s\))"
    r"\x20?:\x20",
    regex.VERSION1,
)
#: The first line of a text that holds more than spaces (searched for, from its first
#: character that is none): a page dump's title line (BeautifulSoup's ``get_text``
#: opens with the page's ``<title>``). Possessive: linear time.
FIRST_LINE = regex.compile(r"[^\s][^\n]*+", regex.VERSION1)

# --- page headline (H1) ---

#: A byline word inside a line, before the names it introduces: "Kolumne von Jane Doe".
BYLINE_WORD = regex.compile(r"\b(?:by|von|par|por|di|de)\x20+", _FLAGS)
#: How long ago a story went up: "3 seconds ago", "vor 5 Minuten", "il y a 2 heures".
TIME_AGO = regex.compile(
    r"\b[0-9]{1,3}\x20?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\x20ago\b"
    r"|\bvor\x20[0-9]{1,3}\x20(?:Sekunden|Minuten|Stunden|Tagen)"
    r"|\bil\x20y\x20a\x20[0-9]{1,3}\x20(?:secondes?|minutes?|heures?|jours?)\b"
    r"|\bhace\x20[0-9]{1,3}\x20(?:segundos?|minutos?|horas?|días?)\b",
    _FLAGS,
)

#: Words of an image's, a link's or a button's label, never of a headline: "Article
#: thumbnail image", "Headshot of Jane Doe", "Opens in new window", "Öppna bild i
#: helskärm", lynx's "(BUTTON) Copy link".
IMAGE_LABEL_WORDS = (
    "image", "images", "thumbnail", "headshot", "avatar", "logo", "icon", "fullscreen",
    "full screen", "new window", "neuen fenster", "nytt fönster", "helskärm", "plein écran",
    "button",
)  # fmt: skip
IMAGE_LABEL = regex.compile(rf"\b{alternation(IMAGE_LABEL_WORDS)}\b", _FLAGS)
#: Of those, the words that name an image: a short line holding one is an image's label.
IMAGE_WORD = regex.compile(r"\b(?:image|images|thumbnail|headshot|avatar|logo)\b", _FLAGS)
#: The credit that ends a caption: an agency or picture service last, right after a
#: slash, a bar or a full stop ("... in Dnipro. HANDOUT / AFP", "... in Qatar.AFP"; a
#: headline may end "... tells AP"), or a parenthesised "(Photos by ...)".
CAPTION_CREDIT = regex.compile(
    r"[./|]\x20?(?:AFP|AP|REUTERS|Reuters|dpa|EPA|Getty\x20Images|IMAGO|imago"
    r"|Keystone|ANP|ANSA|EFE|Shutterstock|iStock|AAP|PA)$"
    r"|\((?:Photos?|Fotos?)\x20(?:by|von|de|di)\x20",
    regex.VERSION1,
)
#: What stands between a page's title and the site's name after it: "X | Site",
#: "X - Section - Site", "X · Site".
SITE_SEPARATOR = regex.compile(r"\x20[|\-–—·]\x20", regex.VERSION1)
#: The label of a picture's credit line: "Bildrechte: dpa", "Copyright: Jane Doe".
CREDIT_LABEL = regex.compile(
    r"(?:Bildrechte|Bildquelle|Copyright|Credits?|Fotograf\w*|Photograph\w*)\x20?:", _FLAGS
)

#: Chrome phrases (of CHROME_PHRASES) that a sentence of a story uses in their plain
#: sense: "Die Kosten teilen sich Stadt und Land", "a related case", "stieg nach oben",
#: "Zustimmung". They make a short line (a button row)
#: chrome, never a sentence of prose (on the fundus w3m dumps, the long prose blocks
#: holding one are story text more often than not; fixture ``page-faults-von-date-share``).
PROSE_CHROME_PHRASES = frozenset(
    tuple(phrase.split())
    for phrase in (
        "teilen", "partager", "compartir", "condividi", "compartilhe", "related",
        "nach oben", "zustimmung",
    )
)  # fmt: skip

#: The words that open a byline line in :data:`BYLINE_LINE` ("By", "Von", "Par", "Por",
#: "Av", "Autor", "Texto"), or stand a few words into it ("Eine Analyse von"),
#: lower-cased: a cheap test before the pattern on every block.
BYLINE_LINE_WORDS = frozenset(BYLINE_LABELS)
#: How many of a line's first words are looked at for :data:`BYLINE_LINE_WORDS`.
BYLINE_LINE_REACH = 4

#: The alternatives of :data:`PHOTO_CREDIT` that match a credit's label anywhere in a
#: line ("Foto: ", "Bild: "): the page filters read one among a line's first words as
#: a kicker's colon ("Erstes Bild: So könnte ...").
CREDIT_LABEL_MIDLINE = regex.compile(r"(?:Foto|Photo|Image|Bild):\x20", regex.VERSION1)

#: Chrome phrases (of CHROME_PHRASES) that no sentence of a story held on the fundus
#: dumps: a short paragraph inside the story holding one is a sign-up, consent or
#: footer box ("Der Newsletter informiert Sie jeden Morgen ...", "Melden Sie sich an").
#: Not "cookies", "subscribe" or "javascript": a story about them uses them plainly
#: (``tests/test_filters.py``, a paragraph about third-party cookies).
SURE_CHROME_PHRASES = frozenset(
    tuple(PHRASE_WORD.findall(phrase))
    for phrase in (
        "newsletter", "sign up", "sign in", "log in", "privacy policy",
        "all rights reserved", "alle rechte vorbehalten", "anmelden", "einwilligung",
        "save this article", "valid email address",
        # (issue #4) of MORE_CHROME_PHRASES: a newsletter's confirmation ("The next
        # issue of Top Stories will soon be in your inbox."), an appeal for support, an
        # embed's notice, a broadcaster's note on its programme ("Über dieses Thema
        # berichtet: ... im Radio am ...")
        "signing up", "in your inbox", "junk folder", "welcome email", "tap here",
        "support local journalism", "support our journalism", "award-winning journalism",
        "offres premium", "z jiného webu", "über dieses thema berichtet",
    )
)  # fmt: skip

#: Chrome phrases (of CHROME_PHRASES) that name a social network: a story's sentence
#: names one or two ("said in a post on Facebook and Instagram"), a share row or a
#: consent notice names more.
NETWORK_PHRASES = frozenset(
    (word,)
    for word in """facebook twitter linkedin whatsapp instagram telegram reddit bluesky
    threads flipboard pinterest""".split()
)

# --- dump byline/published (H2) ---

#: List markers a byline or date line of a page dump may carry ("• Von Jane Doe",
#: "□ AFP, MANILA"); an ordinal marker ("28.") is a day of the month there, not a list.
DUMP_BULLETS = frozenset("*•·▪◦‣●○■□☆★-–")
#: Separators between the fields of a page's byline line: "Jane Doe | Fox News",
#: "Jane Doe · CBC News · Posted: ...", "Jane Doe / TIMESOFINDIA.COM / Sep 2, 2024".
BYLINE_FIELD_SEPARATOR = regex.compile(r"\x20?[|·•/]\x20?|\x20[-–—]\x20")
#: Labels that announce the author's name on the next line ("Author of the article:",
#: "Autorin/Autor", "Written by"), compared lower-cased with a final colon dropped.
AUTHOR_CUES = frozenset(
    ("author", "authors", "author of the article", "autor", "autorin", "autorin/autor",
     "autoren", "auteur", "auteurs", "autore", "written by", "story by", "words by",
     # A byline's label alone on its line, the names below ("Von" / "• Jane Doe").
     "by", "von", "par", "por", "di", "av", "af", "door", "kommentar von", "ein kommentar von",
     "eine analyse von", "kolumne von", "texto", "texte")
)  # fmt: skip
#: Words of an organisation's name, never of a person's: a byline field holding one
#: ("Jane Doe | Fox News", "CBC News", "The Associated Press", "BR24 Redaktion") is
#: no name. Compared lower-cased, word by word.
ORGANISATION_WORDS = frozenset(
    """news press presse media agency agentur agence agencia redaktion redaction rédaction
    redacción redazione online times post zeitung daily tv radio staff team desk magazine
    journal group network digital verlag newsroom wire wires service services reporters
    newspaper gazette herald tribune chronicle courier bureau editorial editors""".split()
)
#: Words a page prints after the author's name on the same line ("Jane DoeTwitter",
#: "Jane Doe Follow", "Jane Doe Tips meg"): profile links, not part of the name.
NAME_TRAILERS = frozenset(
    """twitter x facebook instagram linkedin email e-mail mail follow folgen suivre seguir
    tips meg profile profil bio more articles""".split()
)
#: Words that qualify a job title before its noun ("Political Correspondent", "Deputy
#: Content Hub Director", "Lifestyle Writer"): cut from the end of a byline's name
#: with the noun. Compared lower-cased.
ROLE_MODIFIERS = frozenset(
    """political parliamentary deputy senior chief content hub lifestyle travel news sport
    sports health science digital online lead assistant associate managing executive
    features investigations investigative legal crime education environment technology
    tech consumer money royal showbiz entertainment culture business economics foreign
    national international home affairs world us uk europe data video audio social media
    trends breaking weekend night desk staff special general editorial""".split()
)
#: A glued pair of words ("LazareTwitter", "ExnerKorrespondent"): a lower-case letter
#: then a capital starting the second word.
GLUED_CAPITAL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")
#: Link texts run together in a dump ("PoliticsPolitics", "AfricaPREMIUM"): a capital
#: after four lower-case letters, or two capitals after one. Names glue earlier
#: ("McDonald", "DeShawn", "MacArthur").
GLUED_LINKS = regex.compile(r"\p{Ll}{4}\p{Lu}|\p{Ll}\p{Lu}{2}")
#: A text browser's image label: "[Screen-Shot-2023-04-28-at-1]", "[Sidney-Wiltg]";
#: the dates inside it belong to a file name.
DUMP_IMAGE_ALT = regex.compile(r"\[[^\[\]\x20]{1,80}\]")
#: What follows a date glued into a file name or a link slug ("...-2022-05-11-kyiv"):
#: a hyphen or underscore, then a letter or digit.
DATE_SLUG_GLUE = regex.compile(r"[-_][\p{L}0-9]")
#: A reading time or counter closing a page's meta line ("Lesedauer: 2 Min.",
#: "Temps de lecture 4 min.", "5 min. read"): its full stop ends an abbreviation.
META_LINE_TAIL = regex.compile(
    r"(?:(?:lesedauer|lesezeit|reading\x20time|temps\x20de\x20lecture|tiempo\x20de\x20lectura"
    r"|tempo\x20di\x20lettura|leestijd|lästid|lesetid)\x20?:?\x20?)?[0-9]{1,3}\x20?"
    r"(?:min|minuten|minutes|minutos|minuti)\.?(?:\x20read)?$",
    _FLAGS,
)
#: A date whose year a dump glues to the next number: "30.01.202430. Januar 2024" (a
#: date's two forms), "April 10, 20233 years" (a relative time), "November 21,
#: 202501747" (a view count). The match ends with the year.
GLUED_DATE_END = regex.compile(
    r"(?:(?<![0-9.])[0-9]{1,2}\.[0-9]{1,2}\.|\p{L}{3,12}\.?\x20[0-9]{1,2},?\x20)"
    r"(?:19|20)[0-9]{2}(?=[0-9])"
)
#: More labels of an update time and of the publication time than
#: :data:`TIMESTAMP_UPDATE_WORDS` and :data:`TIMESTAMP_PUBLISH_WORDS` hold: German
#: "Akt.:" (aktualisiert), Icelandic, Finnish, Hungarian, Croatian, Romanian, French.
DUMP_UPDATE_WORDS = frozenset(
    """akt uppfært päivitetty frissítve ažurirano actualizat actualisé""".split()
)
DUMP_PUBLISH_WORDS = frozenset("""birt julkaistu közzétéve objavljeno publicat""".split())
#: A byline label :data:`BYLINE_LINE` does not know, read as "By": "Written by",
#: "Reported by", "Posted by", "Words by"; and a label a dump glues to the name, after
#: an image label ("[]bySauli Giliard", "[f74]byJane Doe"). Case-sensitive for the
#: glued form: a lower-case "by" then a capitalised name.
#: A cheap test every labelled byline line passes, run on the case-folded line: a label
#: word of :data:`BYLINE_LINE` as a word ("by"/"von" also glued to a name, as
#: :data:`DUMP_BYLINE_LABEL` allows). Lines without one need not be read as bylines.
BYLINE_LABEL_WORD = regex.compile(
    rf"\b(?:by|von|(?:{'|'.join(w for w in BYLINE_LABELS if w not in ('by', 'von'))})\b)"
)
DUMP_BYLINE_LABEL = regex.compile(
    r"(?i:written|reported|posted|words)\x20by\x20|(?:\[[^\[\]]{0,40}\]\x20?)?(?:by|von)(?=\p{Lu}\p{Ll})",
    regex.VERSION1,
)
#: Words no person's name holds, that a page's buttons and labels of two capitalised
#: words do ("About Us", "Play Video", "Mein Konto", "Mitt Aftonbladet", "In Kürze"):
#: function words (pronouns, articles, prepositions) and the nouns of page controls and
#: form fields ("Email Address").
#: A line of names alone with one of them, capitalised, is no byline ("Ana de Paz" is
#: one: name particles are lower-case). Compared lower-cased.
NOT_NAME_WORDS = frozenset(
    """about us me my your our their the a an in im am on at of to for with and or
    mein meine dein deine unser unsere ihr ihre der die das des dem den ein eine mit
    mon ma mes notre votre le la les du au aux mi tu su nuestro el los las del
    mitt min din vår er de het een
    video videos play loading load image images photo photos foto fotos picture gallery
    related read more mehr latest top best new news menu login logout account konto
    sign share comments kommentare newsletter subscribe abonnieren podcast live
    key events zeit aktuelle weitere noticia relacionada email e-mail password""".split()
)
#: What stands between two names of a byline when a dump prints each name on a line
#: of its own ("Jane Doe" / "," / "John Roe" / "and" / "Ann Poe"), lower-cased.
NAME_LIST_GLUE = frozenset(""", ; & and und et y e i og och en ja és ve""".split())

# --- dump byline: names by line, portraits, job titles, clock lines (issue #4) ---

#: The word that joins the last two names of a byline in languages whose "and"
#: :data:`NAME_SEPARATOR` does not know ("Jane Doe og John Roe", "Jane Doe och John
#: Roe", "Jane Doe ja John Roe", "Jane Doe és John Roe", "Jane Doe ve John Roe", "Jane
#: Doe ir John Roe"), a capitalised name after it: read as a comma.
DUMP_NAME_AND = regex.compile(r"\x20(?:og|och|ja|és|ve|ir)\x20(?=\p{Lu})", regex.VERSION1)
#: A byline label with a text browser's image label between it and the name ("Von
#: [7b6]Jane Doe", "By [jdoe] Jane Doe"): the author's photo, dropped.
DUMP_LABEL_IMAGE = regex.compile(
    r"^(?P<label>(?i:by|von|par|por|di|av|af|door))\x20\[[^\[\]\x20]{0,80}\]\x20?(?=\p{Lu})",
    regex.VERSION1,
)
#: A Korean byline: a name of two to four Hangul syllables, then "기자" (reporter) or
#: "특파원" (correspondent), an e-mail address after it at most ("홍길동 기자
#: hong@example.com"); the place the reporter writes from may stand before it.
KOREAN_REPORTER = regex.compile(
    r"(?:^|\x20)(?P<name>\p{Hangul}{2,4})\x20?(?:기자|특파원)(?:\x20+[\w.+-]+@[\w.-]+)?$",
    regex.VERSION1,
)
#: Words of a page's controls that :data:`NOT_NAME_WORDS` does not hold and that a
#: line of two capitalised words may be ("Lesen Hören", "Listen Share"): a line of
#: names joining a byline holds none. Compared lower-cased.
DUMP_CONTROL_WORDS = frozenset(
    """lesen hören anhören teilen drucken merken speichern folgen kopieren
    read listen share print save follow copy bookmark download subscribe watch
    lire écouter partager imprimer leer escuchar compartir imprimir
    leggi ascolta condividi stampa""".split()
)
#: A line that is an e-mail address alone: the address a page prints under its
#: author's name ("Jane Doe" / "jdoe@example.com" / "John Roe").
DUMP_EMAIL_LINE = regex.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}", regex.VERSION1)
#: A text browser's label of the author's portrait: "Bild av Jane Doe", "Bilde av Jane
#: Doe", "Billede af Jane Doe", "Profilbild von Jane Doe", "Picture of Jane Doe"; a
#: line of the same name right below it is the author's byline. The label is no name.
DUMP_PORTRAIT = regex.compile(
    r"(?i:bild|bilde|billede|foto|photo|picture|image|kuva|profilbild|autorenbild)"
    r"\x20(?i:av|af|von|of|van)\x20"
    r"(?P<name>\p{Lu}.{1,60})",
    regex.VERSION1,
)
#: A clock time alone, as a page prints it on the line after the date ("30. Juni 2025,"
#: / "15:59 Uhr", "• 15:36 Uhr", "at 3:06 PM", "kl. 14:47"): the date's time of day.
DUMP_CLOCK = regex.compile(
    r"(?:(?i:um|at|om|kl\.?|à)\x20)?(?P<hour>[01]?[0-9]|2[0-3])[:.](?P<minute>[0-5][0-9])"
    r"(?:\x20?(?P<half>(?i:am|pm|a\.m\.|p\.m\.)))?(?:\x20?(?:Uhr|h))?",
    regex.VERSION1,
)
#: A job title on a line or a byline field of its own, below or after an author's
#: name ("Corresponsal en Atenas", "Journalist i Paris", "Redakteurin"): the name is
#: an author's. The title's noun comes first; a few words may follow it.
DUMP_ROLE_LINE = regex.compile(
    r"(?i:(?:senior|chief|leitender?|stellvertretender?)\x20)?"
    r"(?i:journalist|journalistin|journaliste|reporter|reporterin|redakteur|redakteurin"
    r"|redaktør|redaktor|redaktorin|korrespondent|korrespondentin|correspondent|corresponsal"
    r"|correspondant|correspondante|corrispondente|editor|editora|redactor|redactora"
    r"|rédacteur|rédactrice|periodista|giornalista|toimittaja|dziennikarz|dziennikarka"
    r"|kolumnist|kolumnistin|columnist|columnista)"
    r"(?:\x20\p{L}{1,30}){0,6}"
    # A compound's job title ("Leitender Wirtschaftsredakteur", "Chefkorrespondentin").
    r"|(?:\p{L}{1,30}\x20)?\p{L}{0,20}(?i:redakteur|redakteurin|korrespondent|korrespondentin"
    r"|reporter|reporterin|journalist|journalistin)",
    regex.VERSION1,
)
#: What a list of authors prints after a name on its line: a footnote marker to the
#: author's affiliation and the list's comma or "&" ("Jane Roe^1,", "John Poe &").
DUMP_NAME_TAIL = regex.compile(r"(?:\^[0-9]{1,3}(?:,[0-9]{1,3}){0,5})?\x20?[,&;]?$")

# --- page furniture: captions, labels, appeals, menus (issues #4, #6) ---

#: A caption's credit closing it: "... in Lienz. © Jane Doe", "...
#: geschlachtet. Bildrechte: Sender/Jane Doe", "... sammeln. IMAGO/Jane Doe". The credit is
#: a label ("©", "Bildrechte:", "Photo:") or an agency's name and "/", then a name of
#: at most 60 characters and no sentence's end: the block ends there.
CAPTION_CREDIT_END = regex.compile(
    r"(?:©\x20?|\b(?:Bildrechte|Bildquelle|Copyright|Credits?|Fotos?|Photos?|Bild|Image"
    r"|Picture)\x20?:\x20?)[^\n.!?:]{1,60}$"
    r"|\b(?:IMAGO|imago|Imago|Getty\x20Images|REUTERS|AFP|EPA|dpa|picture\x20alliance)"
    r"(?:/|\x20via\x20)[^\n.!?]{1,60}$",
    regex.VERSION1,
)
#: What every alternative of :data:`CAPTION_CREDIT_END` needs in the text (a cheap test first).
CAPTION_CREDIT_HINTS = ("©", ":", "/", " via ")
#: A label in capitals, two words or more, then a colon or a bar: "READ MORE:
#: ...", "ALSO READ: ...", "FUNDA OLUNYE UDABA LAPHA | ..." before another story's title.
CAPS_LABEL = regex.compile(
    # Linear time: possessive runs, and a label starts where a word in capitals starts
    # (as at a block's start, where it is matched).
    r"(?<![\p{Lu}\p{Lt}])\p{Lu}[\p{Lu}\p{Lt}]++(?:\x20\p{Lu}++){1,4}\x20?[:|]\x20",
    regex.VERSION1,
)
#: What a text browser prints for an image with no alt text at a line's start:
#: its file name in brackets ("[grey-place]", "[photo-combo-2]"), or a file name of
#: six or more hyphen-joined words standing for the alt text ("U-S-President-looks-on").
IMAGE_FILE_NAME = regex.compile(
    # Linear time: possessive runs (the first letter of a bracketed name is the first
    # one there; a run of the name's parts ends at a hyphen or a space), and a name
    # starts where a run starts (as at a block's start, where it is matched).
    r"\[[^\s\[\]\p{L}]*+\p{L}[^\s\[\]]*+\]|(?<![^\s-])[^\s-]++(?:-[^\s-]++){5}",
    regex.VERSION1,
)
#: A photo's credit closing a caption, as text dumps print it: "Getty Images",
#: or an agency after a slash or "via" ("Jane Doe/AP", "(Jane Doe / Reuters)", "Jane
#: Doe/Anadolu via Getty Images", "Uncredited/AP/dpa"), at the block's very end. A
#: story's "compiled by the Associated Press (AP)" has no slash.
AGENCY_PHOTO_CREDIT = regex.compile(
    r"(?:Getty\x20?Images|(?:/\x20?|\bvia\x20)(?:AFP|AP|dpa|Reuters|REUTERS|EPA|Keystone"
    r"|KEYSTONE|Imago|IMAGO|picture\x20alliance|ANP|APA|Shutterstock|iStock|Belga|BELGA|NTB|TT"
    r"|Ritzau|PA|EFE|ANSA|Lusa|SDA|Xinhua|Yonhap))(?:\x20?/\x20?[^\s/.()]+)*\)?$",
    regex.VERSION1,
)
#: An agency's caption of an archive photo: "FILE - Wild horses graze ...".
FILE_PHOTO = regex.compile(r"FILE\x20?[-–—]\x20", regex.VERSION1)
#: Words that address the reader ("you", "vous", "du"), in the corpus's main
#: languages: a paragraph that says two of them and quotes nobody, at the story's end, is
#: the page's appeal (a subscription, a newsletter, an ad blocker's notice). The German
#: "Sie", "Ihr" are "they", "her" too: a sure one stands after a small letter or a comma
#: ("Dann werden Sie Mitglied"), one opening a sentence counts beside a sure word only
#: (:data:`READER_WORDS_MAYBE`). French "du" is left out.
READER_WORDS = regex.compile(
    r"\b(?:you|your|yours|dich|dir|dein(?:e[mnrs]?)?|vous|votre|vos"
    r"|usted|ustedes|voi|jij|jouw|uw|deg|dig|ditt|dine|você)\b"
    r"|(?<=[\p{Ll},]\x20)(?:Sie|Ihnen|Ihre[mnrs]?|Ihr)\b",
    regex.VERSION1,
)
READER_WORDS_MAYBE = regex.compile(
    r"(?<![\p{Ll},]\x20)\b(?:Sie|Ihnen|Ihre[mnrs]?|Ihr)\b", regex.VERSION1
)
#: Quotation marks: a paragraph with one reports what someone said. A "’"
#: between letters is an apostrophe ("you’re").
QUOTE_MARKS = regex.compile(r"[\"“”„«»‚]|(?<!\p{L})[‘’]|[‘’](?!\p{L})", regex.VERSION1)
#: A word of letters, with its marks, apostrophes and hyphens ("aujourd'hui", "Jean-Luc").
LETTER_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*", regex.VERSION1)

# --- page furniture: the page's lists of other stories below the story (issue #4, h2) ---

#: Headings of a page's list of other stories that stand below a story, as a line of
#: their own ("You may also like", "Das könnte Sie auch interessieren", "Most recent",
#: "Verwendete Quellen"): what follows them is teasers, never the story's text. As word
#: tuples, compared with a whole line's lower-cased words. Not the labels that sites put
#: between a story's own paragraphs ("Read more", "Mehr zum Thema", "Lesen Sie auch",
#: "Auch interessant", "Up next": a box of links or a video player inside the story), nor
#: the chrome phrases ("Related stories", "Most read", "Meistgelesen"): a box so headed
#: stands between a story's paragraphs as often as below them.
MORE_STORIES_HEADINGS = frozenset(
    tuple(phrase.split())
    for phrase in (
        # English
        "you may also like", "you might also like", "more stories", "most recent",
        "latest articles", "recommended for you", "more on this story", "trending now",
        "latest news", "editor's picks", "top stories", "sources",
        # German
        "das könnte sie auch interessieren", "das könnte dich auch interessieren",
        "weitere artikel", "weitere themen", "neueste artikel",
        "verwendete quellen", "quellen", "themen", "schlagworte", "ähnliche artikel",
        "ähnliche beiträge", "zum selben thema", "passend zum artikel",
        # French, Spanish, Italian, Dutch, Nordic, Polish, Turkish
        "sur le même sujet", "les plus lus", "vous aimerez aussi",
        "te puede interesar", "también te puede interesar", "lo más leído",
        "noticias relacionadas", "ti potrebbe interessare", "potrebbe interessarti",
        "articoli correlati", "meer nieuws", "meest gelezen", "mest lest", "mest läst",
        "czytaj także", "zobacz też", "relaterte emner", "relaterade ämnen", "ilgili konular",
        # (issue #4) the story's topics, as a list of links below it
        "topics", "tags", "ämnen i artikeln", "mots-clés",
    )
)  # fmt: skip

#: (issue #4, h2) A German page's notice in place of an embedded post or video that
#: waits for the reader's consent ("Empfohlener redaktioneller Inhalt", "An dieser
#: Stelle finden Sie externen Inhalt, der den Artikel ergänzt", "Ich bin damit
#: einverstanden, dass mir der externe Inhalt angezeigt wird"): the content's name ...
EMBED_CONTENT = regex.compile(r"\b(?:externe[nr]?\x20Inhalte?|redaktioneller\x20Inhalt)\b", _FLAGS)
#: ... and the notice's word for showing it or agreeing (a story's sentence about
#: external content has none of them beside it).
EMBED_CONSENT = regex.compile(
    r"\b(?:anzeigen|angezeigt|Klick|einverstanden|aktivieren|laden|erlauben|empfohlener)\b",
    _FLAGS,
)
#: (issue #4, h2) A label that opens a link to another story inside a story, then a
#: colon: "Read more: ...", "Lesen Sie auch: ...", "Lire aussi : ...", "Les også: ...".
#: Matched at a block's start, case-insensitively (:data:`CAPS_LABEL` knows the labels
#: in capitals, "READ MORE:").
READ_ALSO_LABEL = regex.compile(
    r"(?:read\x20more|read\x20also|also\x20read|see\x20also|lesen\x20sie\x20(?:auch|mehr)"
    r"|mehr\x20zum\x20thema|lire\x20aussi|à\x20lire\x20aussi|leggi\x20anche|lee\x20también"
    r"|leer\x20más|lees\x20ook|les\x20også|läs\x20också|læs\x20også|czytaj\x20(?:także|też)"
    r"|zobacz\x20też|čtěte\x20také)\x20?:",
    _FLAGS,
)
#: (issue #4, h2) A shop's note that the page earns from its links ("When you purchase
#: through links on our site, we may earn an affiliate commission", "Die ... Links sind
#: Affiliate-Links"): "affiliate" with a link or a commission, or a commission the
#: page "may earn". A story's "commissioner", "Commission" or "provisions" has neither.
AFFILIATE_NOTICE = regex.compile(
    r"\baffiliate[-\x20](?:links?|commission|partners?|programs?)\b"
    r"|\bmay\x20earn\x20(?:us\x20)?(?:an?\x20|a\x20small\x20)?(?:affiliate\x20)?commission",
    _FLAGS,
)
#: (issue #4, h2) What a page prints where an advert or a video did not load: "Story
#: continues below", "This advertisement has not loaded yet, but your article continues
#: below", "We apologize, but this video has failed to load", "Try refreshing your
#: browser", "To view this video please enable JavaScript", "Bitte aktivieren Sie
#: JavaScript". Searched in short blocks only.
SLOT_NOTICE = regex.compile(
    r"\b(?:article|story|content)\x20continues\x20below\b|\bcontinue\x20reading\x20below\b"
    r"|\bscroll\x20to\x20continue\b|\bvideo\x20has\x20failed\x20to\x20load\b"
    r"|\btry\x20refreshing\x20your\x20browser\b|\bplease\x20enable\x20javascript\b"
    r"|\baktivieren\x20Sie\x20JavaScript\b|\bJavaScript\x20(?:aktivieren|einschalten)\b",
    _FLAGS,
)
#: (issue #4, h2) What lynx prints for an embedded frame ("IFRAME: https://...") and a
#: button's label ("(BUTTON) Most recent"), at a block's start.
DUMP_IFRAME = regex.compile(r"IFRAME:\x20?(?:https?:)?//", regex.VERSION1)
DUMP_BUTTON = regex.compile(r"\(BUTTON\)\x20?", regex.VERSION1)
#: (issue #4, h2) A Korean photo's credit closing its caption: an agency after the
#: caption's last sentence ("... 있다. 연합뉴스", "뉴시스", "뉴스1"), the photographer
#: ("홍길동 기자"), or the source in brackets ("[사진 출처 = 연합뉴스]", "[사진 = 홍길동 기자]").
KOREAN_PHOTO_CREDIT = regex.compile(
    r"(?:(?<=[.。]\x20)(?:뉴시스|뉴스1|연합뉴스|\p{Hangul}{2,4}\x20기자)"
    r"|\[사진(?:\x20출처)?\x20?=\x20?[^\[\]]{1,30}\])$",
    regex.VERSION1,
)
#: (issue #4, h2) A page's copyright line, at a block's start: "Copyright © 2025 ...",
#: "Copyright 2025 © ...", "© 2025 ...", "© Example Media". A story's sentence about
#: copyright ("Copyright law protects ...") has neither the sign nor a year after it.
COPYRIGHT_LINE = regex.compile(
    r"(?:Copyright|COPYRIGHT)\x20?(?:©|\([cC]\)|(?:19|20)[0-9]{2})"
    r"|©\x20?(?:(?:19|20)[0-9]{2}|\p{Lu})",
    regex.VERSION1,
)
#: (issue #4, h3) The note under or over an AI-made summary box of a story ("Sammendraget
#: er laget av ChatGPT", "Diese Zusammenfassung wurde künstlich erzeugt", "This summary
#: was generated by AI"): a word for a summary (``AI_SUMMARY_WORD``) and one for the
#: machine that made it (``AI_MAKER_WORD``: the acronyms in capitals only, Italian's
#: "ai" being a word) in one short block. Searched in short blocks only.
AI_SUMMARY_WORD = regex.compile(
    r"\b(?:sammendrag\w*|oppsummering\w*|zusammenfassung\w*|zusammengefasst|summary"
    r"|summari[sz]ed|résumé|resumen|riassunto|sammanfattning\w*|samenvatting|resuméet"
    r"|podsumowani\w*|streszczeni\w*)\b",
    _FLAGS,
)
AI_MAKER_WORD = regex.compile(
    r"\b(?:(?-i:AI|KI|IA|ChatGPT)|künstlich\w*|kunstig\w*|artificial\w*|artificiel\w*"
    r"|sztuczn\w*)\b",
    _FLAGS,
)
#: (issue #4, h3) What ends the story a subscriber reads, below its last paragraph: the
#: dialog that the subscription is read on another device ("Lecture du Monde en cours
#: sur un autre appareil", "Tu suscripción se está usando en otro dispositivo", "La
#: lettura di Corriere.it è in corso su un altro dispositivo!", "Your subscription is
#: being used on another device") or the paywall's line ("Il vous reste 57% de cet
#: article à lire", "La suite est réservée aux abonnés"). Searched in short blocks only.
PAYWALL_END = regex.compile(
    r"\ben\x20cours\x20sur\x20un\x20autre\x20appareil\b"
    r"|\bse\x20está\x20usando\x20en\x20otro\x20dispositivo\b"
    r"|\bin\x20corso\x20su\x20un\x20altro\x20dispositivo\b"
    r"|\b(?:being\x20used|reading)\x20on\x20another\x20device\b"
    r"|\bauf\x20einem\x20anderen\x20Gerät\x20(?:genutzt|verwendet|gelesen)\b"
    r"|\bil\x20vous\x20reste\x20[0-9]{1,3}(?:[.,][0-9]{1,3})?\x20?%\x20de\x20cet\x20article\b"
    r"|\bla\x20suite\x20est\x20réservée\x20aux\x20abonnés\b",
    _FLAGS,
)
#: (issue #4, h3) The heading of a box that offers a subscription or an account inside
#: the story, above its list of benefits: "THIS CONTENT IS RESERVED FOR SUBSCRIBERS
#: ONLY", "SUBSCRIBE TO UNLOCK MORE ARTICLES", "REGISTER / SIGN IN TO UNLOCK MORE
#: ARTICLES", "Register to unlock this article — it's free". Searched in short blocks only.
OFFER_HEADING = regex.compile(
    r"\breserved\x20for\x20subscribers\b"
    r"|\b(?:subscribe|register|sign\x20in|log\x20in)\x20(?:now\x20)?to\x20unlock\b",
    _FLAGS,
)

#: (issue #4) The marks a quotation may open with, in any language ("…", “…”, „…“,
#: «…», »…«, ”…” in Swedish, 「…」): a headline or a teaser may start with one, where a
#: renderer's broken sentence starts with a small letter or punctuation.
OPENING_QUOTES = frozenset("\"'“”„‟«»‹›‘’‚「『")
#: (issue #4) A photo's credit that names the agency first, closing a caption: "... in
#: the Oval Office. AP Photo/Jane Roe", "... AP Photo/Jane Roe, File" (an archive
#: photo), up to four words of the photographer's name. Searched in a short block's
#: last characters only.
AGENCY_PHOTO_FIRST = regex.compile(
    r"\b(?:AP|AFP|EPA|Reuters|REUTERS|AAP|dpa|Xinhua|Yonhap|Kyodo)\x20Photos?\x20?/\x20?"
    r"\p{Lu}[\p{L}\p{M}.'’-]*(?:\x20\p{Lu}[\p{L}\p{M}.'’-]*){0,3}(?:,\x20File)?$",
    regex.VERSION1,
)
#: (issue #4) A caption's source in brackets after its sentence, at the block's end:
#: "... have been listed for sale. (Bespoke Real Estate)", "... (AP)", "... hat.
#: (Archivbild)": one to four capitalised words of letters (no reporter's code such
#: as "(E-2)", no "(BUTTON)" of lynx, which ``DUMP_BUTTON`` names). A story's closing
#: credit looks the same: the rule that reads it keeps the story's last paragraph.
CAPTION_SOURCE = regex.compile(
    r"(?<=[.!?][\"'”’»]?\x20?)\(\p{Lu}[\p{L}\p{M}'’&.]*(?:\x20\p{Lu}[\p{L}\p{M}'’&.]*){0,3}\)$",
    regex.VERSION1,
)
#: (issue #4) A teaser card's short age, letters for the unit: "Malaysia / 5 h ago",
#: "20 m ago", "3d ago" (``RELATIVE_TIME`` wants the unit's word). English "ago" only.
SHORT_AGE = regex.compile(r"(?<![0-9])[0-9]{1,3}\x20?(?:h|m|d|hr|min)\x20ago\b", _FLAGS)
#: (issue #4, h3) A news agency's handling note on a photo, in capitals, which closes
#: its caption: "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. MANDATORY CREDIT. NO
#: RESALES. NO ARCHIVES.", "EDITORIAL USE ONLY", "TPX IMAGES OF THE DAY". Case kept: a
#: story's sentence never says so in capitals. Used by the page filter's furniture.
PHOTO_HANDLING_NOTE = regex.compile(
    r"\b(?:MANDATORY\x20CREDIT|EDITORIAL\x20USE\x20ONLY|NO\x20RESALES|NO\x20ARCHIVES"
    r"|SUPPLIED\x20BY\x20A\x20THIRD\x20PARTY|TPX\x20IMAGES\x20OF\x20THE\x20DAY)\b",
    regex.VERSION1,
)
#: (issue #4, h3) A photo's credit in brackets closing a caption after its sentence,
#: the photographer and the agency or paper with a slash between: "... in Gaza City.
#: (Adel Hana/The Associated Press)", "... interviewed. (Jane Doe/CBC)". A name of one
#: to four capitalised words, then up to 40 characters after the slash.
CAPTION_PHOTOGRAPHER = regex.compile(
    r"(?<=[.!?][\"'”’»]?\x20?)\(\p{Lu}[\p{L}\p{M}.'’-]*(?:\x20\p{Lu}[\p{L}\p{M}.'’-]*){0,3}"
    r"\x20?/\x20?[^()/\n]{2,40}\)$",
    regex.VERSION1,
)
#: (issue #4, h3) A line that asks the reader to follow the site on Google: "Add Global
#: News as a Preferred Source on Google", "Follow Example on Google News and add us as a
#: preferred source", "Add Example to your Google News feed". Searched in a short block.
GOOGLE_FOLLOW = regex.compile(
    r"\b(?:add|follow|choose)\b[^\n]{0,80}?\b(?:preferred\x20source|google\x20news)\b",
    _FLAGS,
)

#: (issue #4, h8) A read-also label on a line of its own inside a story ("Read more",
#: "Mehr zum Thema", "Auch interessant", "Lire aussi"), its colon or not: a teaser card
#: for another story (a photo's caption, its title) or a list of them follows it.
#: Matched against a whole short line. Not "Weiterlesen" or "Continue reading" (a
#: button that opens the rest of the story itself), nor "Related" (a list's heading as
#: often as a card's).
READ_ALSO_LINE = regex.compile(
    r"(?:read\x20more|read\x20also|also\x20read|see\x20also|lesen\x20sie\x20(?:auch|mehr)"
    r"|mehr\x20zum\x20thema|auch\x20interessant|lire\x20aussi|à\x20lire\x20aussi"
    r"|leggi\x20anche|lee\x20también|leer\x20más|lees\x20ook|les\x20også|läs\x20också"
    r"|læs\x20også|czytaj\x20(?:także|też|więcej)|zobacz\x20też|čtěte\x20také|lees\x20meer"
    r"|les\x20mer|läs\x20mer|leia\x20(?:também|mais)|(?:mehr\x20)?ähnliche\x20nachrichten)\x20?:?",
    _FLAGS,
)

#: (issue #4, h9) A text browser's radio button at a block's start: w3m prints "( )"
#: and "(*)" for a poll's options ("( )Ja, unbedingt.", "(*) No"), lynx "( ) " too; no
#: sentence of a story opens so.
DUMP_RADIO = regex.compile(r"\((?:\x20|\*)\)\x20?(?=\S)", regex.VERSION1)
#: (issue #4, h9) The words of the blocks below a notice in place of embedded content
#: (:data:`EMBED_CONTENT`) that belong to its box when the renderer split it in lines:
#: its words for showing the content or agreeing (:data:`EMBED_CONSENT`), the button
#: ("YouTube-Inhalte erlauben") and the privacy note ("Personenbezogene Daten können
#: an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung").
EMBED_BOX_WORD = regex.compile(
    r"\b(?:anzeigen|angezeigt|Klick|einverstanden|aktivieren|laden|erlauben|empfohlener"
    r"|Datenschutz\w*|Drittplattform\w*|Drittanbieter\w*)\b",
    _FLAGS,
)
#: (issue #4, h9) A publisher's note on where a story's text comes from, which no
#: story's sentence says: an agency's copy taken over unedited ("Diese Meldung wurde
#: redaktionell nicht bearbeitet. Sie wurde automatisch von der Nachrichtenagentur
#: übernommen", "This story has not been edited by our staff and is auto-generated from
#: a syndicated feed"), a machine's translation ("Dies ist eine maschinelle Übersetzung
#: ...", "This article was automatically translated"), an agency site's note that its
#: subscribers get the full text (Turkish "abonelere sunulan haberler ... özetlenerek").
SOURCE_NOTE = regex.compile(
    r"\bredaktionell\x20nicht\x20(?:bearbeitet|geprüft)\b"
    r"|\bautomatisch\x20(?:von|aus)\x20(?:der\x20|dem\x20)?[^.\n]{0,60}"
    r"(?:agentur|dpa|afp|reuters|apa|sda|kna|epd)\b[^.\n]{0,30}\bübernommen\b"
    r"|\b(?:dies|this)\x20(?:ist|is)\x20(?:eine|an?)\x20(?:maschinelle|machine|automatic)"
    r"[\x20-](?:Übersetzung|translation)\b|\bautomatisiert\x20übersetzt\b"
    r"|\b(?:was|were|has\x20been)\x20(?:automatically|machine)[\x20-]translated\b"
    r"|\bhas\x20not\x20been\x20edited\x20by\b[^.\n]{0,60}\b(?:staff|editors?|team)\b"
    r"|\b(?:auto-generated|published)\x20from\x20a\x20syndicated\x20(?:news\x20)?feed\b"
    r"|\babonelere\x20sunulan\x20haberler\b",
    _FLAGS,
)
#: (issue #4, h9) The gender marker of a German job advert's title ("Ingenieur (m/w/d)",
#: "Expert*in (m/w/div)", "(w/m/d)"): a job board's listing beside the story.
JOB_GENDER = regex.compile(
    r"\((?:[mwd]|div)/(?:[mwd]|div)/(?:[mwd]|div)\)",
    regex.VERSION1,
)
#: (issue #4, h9) A page's call to read it in its app: "Download the app", "Click here
#: to get the Example News app", "Read in app", "Jetzt in der App anhören", "Die
#: Example-App ... Hier gratis herunterladen", "Hier geht es zur neuen News-App".
#: Searched in a short block.
APP_PROMO = regex.compile(
    r"\b(?:download|get|install)\x20the\x20(?:[\w.'’-]+\x20){0,3}app\b"
    r"|\bread\x20in\x20(?:the\x20)?app\b"
    r"|\bin\x20der\x20(?:[\w-]+\x20)?App\x20(?:lesen|anhören|hören|öffnen)\b"
    r"|\bApp\b[^\n]{0,120}\b(?:herunterladen|downloaden|installieren)\b"
    r"|\bhier\x20geht\x20es\x20zur\x20[^\n]{0,40}App\b",
    _FLAGS,
)
#: (issue #4, h9) An image's "enlarge" button that a text dump runs into the end of its
#: caption ("... zu schützen.Vergrößern des Bildes", "... Enlarge image").
ENLARGE_IMAGE = regex.compile(
    r"(?:Vergrößern\x20des\x20Bildes|Bild\x20vergrößern|Enlarge\x20(?:this\x20)?image"
    r"|Agrandir\x20l['’]image|Ampliar\x20(?:la\x20)?imagen|Ingrandisci\x20(?:l['’])?immagine)$",
    _FLAGS,
)
#: (issue #4, h9) A share box's note that a link was copied or the button that copies
#: it: "Copy to clipboard", a line "Link kopiert!", "Link copied", "Lien copié"; and a
#: comment box's call "Join the conversation" (never as a short block of a story).
CLIPBOARD_NOTE = regex.compile(
    r"\bcopy\x20to\x20clipboard"
    r"|^(?:link\x20(?:wurde\x20)?kopiert|link\x20copied|lien\x20copié|enlace\x20copiado)[.!]?$"
    r"|\bjoin\x20the\x20(?:conversation|discussion)\b",
    _FLAGS,
)
#: (issue #4, h9) An opinion page's disclaimer at a block's start: "Opinions expressed
#: are solely those of the author and do not reflect the views of ...", "The views
#: expressed in this article are the author's own".
OPINION_DISCLAIMER = regex.compile(
    r"(?:the\x20)?(?:opinions|views)\x20expressed\x20(?:here(?:in)?\x20|in\x20this\x20\w+\x20)?"
    r"(?:are|is)\x20(?:solely\x20)?(?:those\x20of\x20the\x20authors?|the\x20authors?['’]\x20?s?\x20own)",
    _FLAGS,
)
#: (issue #4, h12) The label of a video or audio card inside a story, in capitals with a
#: bar after it: "WATCH | Storm hits the coast", "LISTEN | ...", "VIDÉO | ...". Case
#: kept: a story's sentence never opens so. Used by the page filter's furniture.
MEDIA_CARD_LABEL = regex.compile(
    r"(?:WATCH|LISTEN|VIDEO|VIDEOS|AUDIO|PODCAST|VIDÉO|VÍDEO|REGARDEZ|ÉCOUTEZ|MIRA|GUARDA"
    r"|ANSEHEN|ANHÖREN)\x20?\|\x20?\S",
    regex.VERSION1,
)
#: (issue #4, h12) A media card's running time on a line of its own: "Duration 1:30",
#: "Dauer: 12:38", "Durée 1:02:05", or the word alone where a renderer left the time out.
MEDIA_DURATION = regex.compile(
    r"(?:duration|dauer|länge|durée|duración|durata|duração)"
    r"(?:\x20?:?\x20?[0-9]{1,2}(?::[0-9]{2}){1,2})?",
    _FLAGS,
)
#: (issue #4, h12) A video teaser's running time closing its block, after the video's
#: date and a bar, with the rule line a text browser draws below it: "... 18.04.2024 |
#: 0:21 min ━━━━", or alone: "01:43 min". Not a time after other text without the
#: date and bar (a renderer runs a player's time into the paragraph above it).
MEDIA_RUNNING_TIME = regex.compile(
    r"(?:^(?:[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}\x20?\|\x20?)?"
    r"|\x20[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}\x20?\|\x20?)[0-9]{1,3}:[0-9]{2}"
    r"\x20?min\.?(?:\x20{0,3}[━─_]+)?$",
    _FLAGS,
)
#: (issue #4) A graphic's, a fact box's or a story's source on a line of its own,
#: after its label and a colon: "Source: China Statistical Yearbook", "Quelle: dpa",
#: "Kilde: Helsenorge.no", "Fuente: INE", with the rule line a text browser draws after
#: a box run in ("Quelle: dpa ━━━━", lynx's "____"). The label must have a source after
#: it (a heading "Sources:" alone opens a list the story gives). Used by the page
#: filter's furniture on short lines only. Linear time: the source, possessive, holds no
#: rule character.
SOURCE_LABEL_LINE = regex.compile(
    r"(?:sources?|quellen?|kilder?|källa|källor|kildi|fuente|fuentes|fonte|fonti|bron"
    r"|lähde|źródło|zdroj|forrás|kaynak)\x20?:\x20?(?P<source>[^\s:━─_][^:━─_]*+)"
    r"(?:[━─_]{3,})?",
    _FLAGS,
)
#: (issue #4) A line that sends the reader elsewhere on the site for more: "Mehr
#: über die Füchse lesen Sie hier.", "Nachrichten der Zeitung finden Sie hier.", "Hier
#: finden Sie alle unsere Inhalte zum Krieg", "Aktuelle Meldungen ... finden Sie in
#: unserem Liveblog:", "For more stories like this, check our news page." Not "Lesen Sie
#: hier:" or a line ending in "hier" (a read-also label before a title, which the page
#: filter leaves to its cards). Searched in short blocks only.
MORE_HERE = regex.compile(
    r"\b(?:lesen|finden|erhalten|sehen|hören)\x20Sie\x20(?:[\w-]+\x20){0,5}?"
    r"(?:hier\b(?!\x20?:|$)|in\x20unserem\x20(?:Liveblog|Newsblog|Live-Ticker|Ticker|Dossier)\b)"
    r"|\bhier\x20finden\x20Sie\b"
    r"|\bfor\x20more\x20stories\x20like\x20this\b|\bcheck\x20(?:out\x20)?our\x20\w+\x20page\b",
    _FLAGS,
)
