"""Load the development corpus (read-only) and the inputs the benchmarks derive from it.

The corpus lives outside the repository, at ``<repo>/../shared/corpus`` or wherever the
``WIRECLEAN_CORPUS`` environment variable points; nothing here copies it into the repository.
This module owns: finding the corpus, reading the fundus pages with their truth, reading the
Reuters 2006-2013 stories and deriving their truth from the header lines, the rule that marks a
fundus page as a wire story, the extra text renderers (cached under ``benchmarks/.cache/``),
and the wrapping of a text dump as HTML for HTML-only extractors.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

__all__ = [
    "CACHE_DIR",
    "REPO_ROOT",
    "FundusPage",
    "ReutersStory",
    "corpus_missing_message",
    "corpus_root",
    "decode_html",
    "justext_stoplist",
    "load_fundus",
    "load_reuters",
    "lynx_available",
    "page_language",
    "parse_reuters_byline",
    "parse_reuters_time",
    "render",
    "renderer_version",
    "renderers",
    "wire_reason",
    "wrap_text_as_html",
]

REPO_ROOT = Path(__file__).resolve().parents[1]
CACHE_DIR = REPO_ROOT / "benchmarks" / ".cache"
ENV_VAR = "WIRECLEAN_CORPUS"


# --------------------------------------------------------------------------- corpus location


def corpus_root() -> Path | None:
    """Return the corpus directory, or None when it is absent.

    ``WIRECLEAN_CORPUS`` wins when set; otherwise ``shared/corpus`` beside the repository.
    """
    override = os.environ.get(ENV_VAR)
    root = Path(override) if override else REPO_ROOT.parent / "shared" / "corpus"
    if (root / "fundus" / "index.jsonl").is_file() or (root / "reuters-2006-2013").is_dir():
        return root
    return None


def corpus_missing_message() -> str:
    """Say where the corpus was looked for and how to point at it."""
    where = os.environ.get(ENV_VAR) or str(REPO_ROOT.parent / "shared" / "corpus")
    return (
        f"wireclean development corpus not found at {where}; "
        f"set {ENV_VAR}=/path/to/corpus (with fundus/, fundus-w3m/, reuters-2006-2013/)"
    )


# --------------------------------------------------------------------------- fundus pages


@dataclass(frozen=True)
class FundusPage:
    """One fundus page: where its HTML and w3m dump are, and its ground truth."""

    key: str  # "<country>/<Publisher>_<date>", unique
    group: str
    publisher: str
    url: str
    html_path: Path
    w3m_path: Path | None
    title: str
    authors: tuple[str, ...]
    publishing_date: str | None
    paragraphs: tuple[str, ...]  # summary + every section's headlines and paragraphs

    @property
    def body_truth(self) -> str:
        return "\n\n".join(self.paragraphs)

    def html_bytes(self) -> bytes:
        with gzip.open(self.html_path) as fh:
            return fh.read()

    def html_text(self) -> str:
        return decode_html(self.html_bytes())

    def w3m_text(self) -> str | None:
        if self.w3m_path is None or not self.w3m_path.is_file():
            return None
        return self.w3m_path.read_text(encoding="utf-8", errors="replace")


def decode_html(data: bytes) -> str:
    """Decode page bytes: UTF-8 when valid, else the declared charset, else cp1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = re.search(rb"charset\s*=\s*[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    if match is not None:
        try:
            return data.decode(match.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace")


def _truth_paragraphs(truth: dict[str, object]) -> tuple[str, ...]:
    body = truth.get("body") or {}
    assert isinstance(body, dict)
    out: list[str] = [str(p) for p in body.get("summary") or []]
    for section in body.get("sections") or []:
        out.extend(str(h) for h in section.get("headline") or [])
        out.extend(str(p) for p in section.get("paragraphs") or [])
    return tuple(out)


def load_fundus(root: Path, limit: int | None = None) -> list[FundusPage]:
    """Read the fundus index and truth; pages in index order, at most ``limit``."""
    base = root / "fundus"
    w3m_by_html: dict[str, Path] = {}
    w3m_index = root / "fundus-w3m" / "index.jsonl"
    if w3m_index.is_file():
        for line in w3m_index.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                html_rel = str(row["html"]).removeprefix("../fundus/data/")
                w3m_by_html[html_rel] = root / "fundus-w3m" / str(row["txt"])
    truths: dict[str, dict[str, dict[str, object]]] = {}
    pages: list[FundusPage] = []
    for line in (base / "index.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        json_rel = str(row["json"])
        if json_rel not in truths:
            truths[json_rel] = json.loads((base / "data" / json_rel).read_text(encoding="utf-8"))
        truth = truths[json_rel][str(row["version"])]
        html_rel = str(row["html"])
        pages.append(
            FundusPage(
                key=html_rel.removesuffix(".html.gz"),
                group=str(row["group"]),
                publisher=str(row["publisher"]),
                url=str(row.get("url") or ""),
                html_path=base / "data" / html_rel,
                w3m_path=w3m_by_html.get(html_rel),
                title=str(truth.get("title") or ""),
                authors=tuple(str(a) for a in truth.get("authors") or []),  # type: ignore[attr-defined]
                publishing_date=str(truth["publishing_date"])
                if truth.get("publishing_date")
                else None,
                paragraphs=_truth_paragraphs(truth),
            )
        )
        if limit is not None and len(pages) >= limit:
            break
    return pages


# --------------------------------------------------------------------------- wire rule

# Agencies as they are credited in bylines / author fields. Short acronyms are matched as whole
# words with their case, so "AP" does not fire on "Apple" and "AA" only as the credit itself.
_AGENCY_AUTHOR = re.compile(
    r"\b(?:Reuters|Associated Press|AP|AFP|Agence France-Presse|dpa|DPA|SDA|Keystone-SDA|APA"
    r"|Anadolu(?: Ajansı| Agency)?|AA|ANSA|EFE|Xinhua|Kyodo|Yonhap|KNA|epd|Belga|ATS)\b"
)
# A dateline credit near the start of the story: "KATHMANDU, April 25 (Reuters) -",
# "MEXICO CITY (AP) —", "Berlin (dpa) -".
_AGENCY_DATELINE = re.compile(
    r"\((?:Reuters|AP|AFP|dpa|DPA|SDA|APA|AA|ANSA|EFE|Xinhua|Kyodo|Yonhap|KNA|epd)"
    r"(?:/[A-Za-z-]+)?\)\s*[-–—]"
)
# Agencies' own sites.
_AGENCY_HOST = re.compile(r"(?:^|\.)(?:reuters\.com|apnews\.com|aa\.com\.tr|afp\.com)$")


def wire_reason(page: FundusPage) -> str | None:
    """Say why a fundus page counts as a wire story, or None when it does not.

    A page is a wire story when it is on an agency's own site, when its true authors credit an
    agency, or when its true text opens (first 300 characters) with an agency dateline. A story
    that merely cites an agency ("a memo seen by Reuters") does not count.
    """
    host = re.sub(r"^https?://", "", page.url).split("/", 1)[0].lower()
    if _AGENCY_HOST.search(host):
        return f"agency site {host}"
    for author in page.authors:
        match = _AGENCY_AUTHOR.search(author)
        if match is not None:
            return f"author credit {match.group(0)!r}"
    opening = " ".join(page.paragraphs)[:300]
    match = _AGENCY_DATELINE.search(opening)
    if match is not None:
        return f"dateline {match.group(0).strip()!r}"
    return None


# --------------------------------------------------------------------------- jusText language

_ISO_TO_JUSTEXT = {
    "ar": "Arabic",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "id": "Indonesian",
    "is": "Icelandic",
    "it": "Italian",
    "ko": "Korean",
    "lt": "Lithuanian",
    "lb": "Luxembourgish",
    "nb": "Norwegian_Bokmal",
    "nl": "Dutch",
    "nn": "Norwegian_Nynorsk",
    "no": "Norwegian_Bokmal",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
    "sv": "Swedish",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "vi": "Vietnamese",
}
# Used only when the page declares no <html lang>.
_GROUP_LANGUAGE = {
    "at": "de",
    "ch": "de",
    "de": "de",
    "li": "de",
    "lu": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "tr": "tr",
    "uk": "en",
    "us": "en",
    "au": "en",
    "ca": "en",
    "za": "en",
    "jp": "ja",
    "cn": "zh",
    "tw": "zh",
    "kr": "ko",
    "il": "he",
    "ru": "ru",
    "pl": "pl",
}
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def page_language(page: FundusPage, html_text: str) -> str:
    """Return the page's ISO 639-1 language: its ``<html lang>``, else a guess from its country."""
    match = _HTML_LANG.search(html_text[:20000])
    if match is not None:
        return match.group(1).lower()
    return _GROUP_LANGUAGE.get(page.group, "en")


def justext_stoplist(language: str) -> str:
    """Name jusText's stop-list for an ISO language; English where jusText has none (ja, zh)."""
    return _ISO_TO_JUSTEXT.get(language, "English")


# --------------------------------------------------------------------------- Reuters stories

_TZ_OFFSETS = {
    "EDT": -4,
    "EST": -5,
    "CDT": -5,
    "CST": -6,
    "PDT": -7,
    "PST": -8,
    "GMT": 0,
    "UTC": 0,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
}
_MONTHS = (
    "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April"
    "|June|July|August|September|October|November|December"
)
_REUTERS_DATELINE = re.compile(
    r"^\s*(?:\([^()\n]{1,200}\)\s*)?(?P<dateline>(?P<loc>[^()\n]{0,120}?)\s*"
    r"\(\s*Reuters\s*\)\s*-{1,2})\s*"
)
_DATELINE_DATE = re.compile(rf",\s*(?:{_MONTHS})\.?\s+\d{{1,2}}\s*$")
_CREDIT_TRAILER = re.compile(
    r"\s*\(\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|research|"
    r"by)\b[^()]*\)\s*$",
    re.IGNORECASE,
)
_BYLINE_ROLE = re.compile(
    r"\b(?:Correspondent|Editor|Columnist|Writer|Reporter|Analyst|Chief|Bureau)\b"
)


@dataclass(frozen=True)
class ReutersStory:
    """One Reuters 2006-2013 story with the truth read from its header and body."""

    key: str  # "<YYYYMMDD>/<slug>"
    text: str  # the whole file, header included: what parse_text is given
    headline: str
    authors: tuple[str, ...]  # empty when the header has no byline
    published: datetime  # aware, with the header's zone offset
    dateline_location: str | None  # text before "(Reuters) -", None when there is none
    body_truth: str  # story text without header, dateline prefix and credit trailer


def parse_reuters_byline(line: str) -> tuple[str, ...]:
    """Turn a header byline ("By  A B  and C D - Analysis") into names.

    >>> parse_reuters_byline("By  Luciana Lopez, Sam Forgione and  Gertrude Chavez-Dreyfuss")
    ('Luciana Lopez', 'Sam Forgione', 'Gertrude Chavez-Dreyfuss')
    >>> parse_reuters_byline("By  Lisa Jucca , European Wealth Management Correspondent")
    ('Lisa Jucca',)
    >>> parse_reuters_byline("")
    ()
    """
    text = " ".join(line.split())
    if not text.startswith("By "):
        return ()
    text = re.sub(r"\s+-\s+.*$", "", text[3:])
    parts = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", text)
    return tuple(p.strip() for p in parts if p.strip() and not _BYLINE_ROLE.search(p))


def parse_reuters_time(line: str) -> datetime:
    """Parse a header time such as "Tue Oct 24, 2006 1:01am EDT" into an aware datetime.

    >>> parse_reuters_time("Sat Feb 27, 2010 3:02pm EST").isoformat()
    '2010-02-27T15:02:00-05:00'
    """
    *rest, zone = line.split()
    naive = datetime.strptime(" ".join(rest), "%a %b %d, %Y %I:%M%p")
    return naive.replace(tzinfo=timezone(timedelta(hours=_TZ_OFFSETS[zone])))


def _reuters_truth(body: str) -> tuple[str | None, str]:
    text = body.strip()
    location: str | None = None
    match = _REUTERS_DATELINE.match(text)
    if match is not None:
        location = _DATELINE_DATE.sub("", " ".join(match.group("loc").split())).strip(" ,")
        text = text[match.end() :]
    while True:
        stripped = _CREDIT_TRAILER.sub("", text)
        if stripped == text:
            break
        text = stripped
    return location, text.strip()


def load_reuters(root: Path, limit: int | None = None) -> list[ReutersStory]:
    """Read the Reuters stories in path order, at most ``limit``; skip files without a header."""
    base = root / "reuters-2006-2013" / "ReutersNews106521"
    stories: list[ReutersStory] = []
    if not base.is_dir():
        return stories
    for path in sorted(p for p in base.glob("*/*") if p.is_file()):
        text = path.read_text(encoding="utf-8", errors="replace")
        lines = text.split("\n")
        if len(lines) < 5 or not all(line.startswith("--") for line in lines[:4]):
            continue
        header = [line[2:].strip() for line in lines[:4]]
        location, body = _reuters_truth("\n".join(lines[4:]))
        stories.append(
            ReutersStory(
                key=f"{path.parent.name}/{path.name}",
                text=text,
                headline=header[0],
                authors=parse_reuters_byline(header[1]),
                published=parse_reuters_time(header[2]),
                dateline_location=location,
                body_truth=body,
            )
        )
        if limit is not None and len(stories) >= limit:
            break
    return stories


# --------------------------------------------------------------------------- renderers

LYNX = "/usr/bin/lynx"


def lynx_available() -> bool:
    return Path(LYNX).is_file() or shutil.which("lynx") is not None


def _render_bs4(data: bytes) -> str:
    from bs4 import BeautifulSoup

    return str(BeautifulSoup(decode_html(data), "lxml").get_text("\n"))


def _render_lynx(data: bytes) -> str:
    exe = LYNX if Path(LYNX).is_file() else (shutil.which("lynx") or "lynx")
    result = subprocess.run(
        [
            exe,
            "-dump",
            "-nolist",
            "-width=80",
            "-force_html",
            "-stdin",
            "-assume_charset=utf-8",
            "-display_charset=utf-8",
        ],
        input=decode_html(data).encode("utf-8"),
        capture_output=True,
        timeout=120,
        check=True,
    )
    return result.stdout.decode("utf-8", errors="replace")


def renderer_version(name: str) -> str:
    """Describe a renderer's version; it keys the render cache."""
    if name == "bs4":
        import bs4
        import lxml.etree

        return f"bs4 {bs4.__version__} lxml {'.'.join(map(str, lxml.etree.LXML_VERSION))}"
    if name == "lynx":
        exe = shutil.which("lynx") or LYNX
        out = subprocess.run([exe, "-version"], capture_output=True, check=False)
        return out.stdout.decode("utf-8", errors="replace").splitlines()[0]
    raise KeyError(name)


def renderers() -> dict[str, Callable[[bytes], str]]:
    """Return the extra renderers available here, by name (lynx only when installed)."""
    found: dict[str, Callable[[bytes], str]] = {"bs4": _render_bs4}
    if lynx_available():
        found["lynx"] = _render_lynx
    return found


def render(name: str, page: FundusPage, stamp: str) -> str:
    """Render a page with a named renderer, through the on-disk cache keyed by its version."""
    digest = hashlib.sha1(stamp.encode("utf-8")).hexdigest()[:10]
    path = CACHE_DIR / "render" / f"{name}-{digest}" / f"{page.key}.txt"
    if path.is_file():
        return path.read_text(encoding="utf-8")
    text = renderers()[name](page.html_bytes())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return text


# --------------------------------------------------------------------------- text as HTML

_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def wrap_text_as_html(text: str) -> str:
    """Wrap a text dump as HTML: one escaped ``<p>`` per blank-line-separated block.

    >>> wrap_text_as_html("A & B\\n\\n  \\nC")
    '<html><body><p>A &amp; B</p>\\n<p>C</p></body></html>'
    """
    blocks = [b.strip() for b in _BLANK_LINES.split(text.replace("\r\n", "\n"))]
    paras = "\n".join(f"<p>{html.escape(b, quote=False)}</p>" for b in blocks if b)
    return f"<html><body>{paras}</body></html>"
