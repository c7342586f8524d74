"""Score predicted stories against ground truth: the body shingle metric and the field checks.

This module owns the arithmetic of the benchmarks and nothing else: it reads no files, imports
no extractor, and is pure Python so the quality gate and the metric's own tests can import it.

Body text is scored with the shingle metric of the public article-extraction benchmark
(scrapinghub/article-extraction-benchmark): tokens are ``\\w+`` matches (Unicode, case kept),
4-token shingles are counted as a multiset, and per document TP is the size of the multiset
intersection, FP = predicted - TP, FN = true - TP, normalised to sum to 1 so that long pages do
not outweigh short ones. Per document precision = TP/(TP+FP) and recall = TP/(TP+FN); a corpus
figure is the macro average over documents, and F1 is taken from the two averages.

Empty cases, as upstream does except the first:
- truth and prediction both without tokens: P = R = 1 (nothing to find, nothing invented;
  upstream leaves such a document out of both averages);
- prediction empty, truth not: R = 0 and P undefined, so the document is left out of the
  precision average (an extractor that returns nothing loses recall, not precision); the
  per-document F1 is then 0;
- truth empty, prediction not: P = 0 and R undefined (left out of the recall average);
- fewer than ``n`` tokens: the tokens there form one shingle.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

__all__ = [
    "SHINGLE_SIZE",
    "BodyScore",
    "Macro",
    "byline_hit",
    "byline_names_exact",
    "byline_people",
    "fold",
    "headline_hit",
    "macro",
    "parse_truth_datetime",
    "published_hit",
    "score_body",
    "shingles",
    "tokenize",
]

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
# Invisible characters (zero-width space, joiners, word joiner, BOM, and the soft hyphen,
# which shows only where a line breaks at it): a title that differs from the truth only
# by one is the same title on screen.
_ZERO_WIDTH = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def tokenize(text: str) -> list[str]:
    """Split text into ``\\w+`` tokens, case and order kept, after Unicode NFC, with
    invisible characters dropped.

    NFC first, so that a word written with combining marks ("u" + U+0308) is one token
    and equals the same word precomposed ("\u00fc"), whichever side wrote which; a soft
    hyphen or a zero-width space inside a word does not split it either.

    >>> tokenize("BERLIN (Reuters) - EADS, on Saturday.")
    ['BERLIN', 'Reuters', 'EADS', 'on', 'Saturday']
    >>> tokenize("Gru\u0308n") == tokenize("Gr\u00fcn") == ["Gr\u00fcn"]
    True
    >>> tokenize("Fort\u00adschritt")
    ['Fortschritt']
    """
    return _TOKEN.findall(_ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text)))


def shingles(tokens: Sequence[str], n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Count the ``n``-token shingles of a token list; a shorter non-empty list is one shingle.

    >>> sorted(shingles(["a", "b", "c", "d", "e"], 4).items())
    [(('a', 'b', 'c', 'd'), 1), (('b', 'c', 'd', 'e'), 1)]
    >>> shingles(["a", "b"], 4)
    Counter({('a', 'b'): 1})
    """
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class BodyScore:
    """One document's body score: normalised TP/FP/FN, P, R, F1 and token-exact match."""

    tp: float
    fp: float
    fn: float
    precision: float | None  # None: nothing predicted
    recall: float | None  # None: nothing to find
    f1: float
    exact: bool
    true_tokens: int
    pred_tokens: int


def _f1(precision: float | None, recall: float | None) -> float:
    if precision is None or recall is None:
        return 0.0
    total = precision + recall
    return 2 * precision * recall / total if total > 0 else 0.0


def score_body(truth: str, prediction: str, n: int = SHINGLE_SIZE) -> BodyScore:
    """Score one predicted body against its truth with the shingle metric.

    >>> s = score_body("one two three four five", "one two three four six")
    >>> (round(s.precision, 3), round(s.recall, 3), round(s.f1, 3), s.exact)
    (0.5, 0.5, 0.5, False)
    """
    true_tokens = tokenize(truth)
    pred_tokens = tokenize(prediction)
    exact = true_tokens == pred_tokens
    true_sh = shingles(true_tokens, n)
    pred_sh = shingles(pred_tokens, n)
    tp = float(sum((true_sh & pred_sh).values()))
    fp = float(sum(pred_sh.values())) - tp
    fn = float(sum(true_sh.values())) - tp
    total = tp + fp + fn
    if total == 0:  # both empty
        return BodyScore(0.0, 0.0, 0.0, 1.0, 1.0, 1.0, exact, 0, 0)
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return BodyScore(
        tp,
        fp,
        fn,
        precision,
        recall,
        _f1(precision, recall),
        exact,
        len(true_tokens),
        len(pred_tokens),
    )


@dataclass(frozen=True)
class Macro:
    """Macro averages of body scores over a set of documents."""

    n: int
    precision: float
    recall: float
    f1: float
    exact: float
    empty: int  # documents with an empty prediction (left out of the precision average)


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def macro(scores: Iterable[BodyScore]) -> Macro:
    """Average precision, recall and exact match over documents; F1 from the two averages.

    Precision is averaged over the documents where something was predicted, recall over those
    where there was something to find.

    >>> a = score_body("a b c d e", "a b c d e")
    >>> b = score_body("a b c d e", "")
    >>> m = macro([a, b])
    >>> (m.n, m.precision, m.recall, round(m.f1, 4), m.exact, m.empty)
    (2, 1.0, 0.5, 0.6667, 0.5, 1)
    """
    items = list(scores)
    precision = _mean([s.precision for s in items if s.precision is not None])
    recall = _mean([s.recall for s in items if s.recall is not None])
    exact = _mean([1.0 if s.exact else 0.0 for s in items])
    empty = sum(1 for s in items if s.pred_tokens == 0)
    return Macro(len(items), precision, recall, _f1(precision, recall), exact, empty)


def fold(text: str) -> str:
    """Normalise to NFC, drop zero-width characters, fold runs of whitespace to one
    space, trimmed.

    >>> fold("  Nepal  says\\n 'no proof'\\u200b ")
    "Nepal says 'no proof'"
    """
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text))
    return _SPACE.sub(" ", text).strip()


def headline_hit(truth: str | None, predicted: str | None) -> bool:
    """Tell whether the predicted headline equals the true title, whitespace folded."""
    if not truth:
        return not predicted
    return predicted is not None and fold(predicted) == fold(truth)


def title_in(title: str, text: str) -> bool:
    """Tell whether the true title occurs in ``text``, both folded (:func:`fold`) and
    their whitespace left out, so that a title wrapped over lines counts however a tool
    joins them (CJK text re-joins with no space): where it does not, no tool that never
    invents text can give it as the headline.

    >>> title_in("Nepal says 'no proof'", "Menu\\n  Nepal  says\\n'no proof'\\nMore")
    True
    >>> title_in("Nepal says 'no proof' | Example News", "Nepal says 'no proof'")
    False
    """
    return _SPACE.sub("", fold(title)) in _SPACE.sub("", fold(text))


def byline_hit(truth: Sequence[str], predicted: Sequence[str]) -> bool:
    """Tell whether every true author is among the predicted names (case-insensitive)."""
    have = {fold(name).casefold() for name in predicted}
    return all(fold(name).casefold() in have for name in truth)


# A truth author that is no person: a news agency, a desk or staff credit, a web address,
# or the publication itself. The benchmark's own list, apart from wireclean's vocabulary.
_AGENCY_AUTHORS = frozenset(
    (
        "afp", "ap", "dpa", "sda", "sid", "apa", "kna", "epd", "reuters", "anadolu", "efe",
        "ansa", "ani", "pti", "ians", "upi", "xinhua", "tass", "kyodo", "yonhap",
        "associated press", "the associated press", "deutsche presse-agentur",
        "agence france-presse", "anadolu ajansı",
    )
)  # fmt: skip
_AGENCY_IN = re.compile(r"\b(?:AFP|AP|dpa|DPA|Reuters|SDA)\b")
_DESK = re.compile(
    r"(?i)\b(?:redaktion|staff|team|newsroom|desk|online|digital)\b|-redaktion\b"
    r"|新聞|デジタル|オンライン|\bweb\b"
)
_DOMAIN = re.compile(r"\w\.(?:[a-z]{2,3})(?:\.[a-z]{2})?$")


def is_organisation(author: str, publisher: str) -> bool:
    """Tell whether a truth author names an organisation, not a person.

    >>> [is_organisation(a, "SpiegelOnline") for a in ("dpa", "DER SPIEGEL", "ndr.de",
    ...  "MM-Redaktion", "Le Figaro et AFP", "Jan Kixmüller")]
    [True, True, True, True, True, False]
    """
    low = fold(author).casefold()
    if low in _AGENCY_AUTHORS or _AGENCY_IN.search(author) or _DESK.search(author):
        return True
    if _DOMAIN.search(low):
        return True
    plain = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    squeezed = re.sub(r"\W+", "", plain)
    site = publisher.casefold()
    words = re.findall(r"\w+", plain)
    return bool(squeezed) and (
        squeezed in site or site in words or any(w in site for w in words if len(w) >= 5)
    )


def byline_people(truth: Sequence[str], predicted: Sequence[str], publisher: str) -> bool | None:
    """Like :func:`byline_hit` over the true authors that are people; None when none is.

    >>> byline_people(("dpa", "Jan Kixmüller"), ("Jan Kixmüller",), "Tagesspiegel")
    True
    >>> byline_people(("dpa",), (), "Tagesspiegel") is None
    True
    """
    people = [a for a in truth if not is_organisation(a, publisher)]
    return byline_hit(people, predicted) if people else None


def byline_names_exact(truth: Sequence[str], predicted: Sequence[str]) -> bool:
    """Tell whether the predicted names are exactly the true ones (as sets, case-insensitive)."""
    return {fold(n).casefold() for n in truth} == {fold(n).casefold() for n in predicted}


_TRUTH_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?")


def parse_truth_datetime(value: str) -> tuple[datetime, bool]:
    """Parse a truth date string; return the datetime and whether it carries a time of day.

    >>> when, has_time = parse_truth_datetime("2024-05-03 17:27:00+02:00")
    >>> when.isoformat(), has_time
    ('2024-05-03T17:27:00+02:00', True)
    >>> parse_truth_datetime("2024-05-03")
    (datetime.datetime(2024, 5, 3, 0, 0), False)
    """
    match = _TRUTH_DATE.match(value)
    if match is None:
        raise ValueError(f"not a truth date: {value!r}")
    return datetime.fromisoformat(value.strip().replace(" ", "T", 1)), match.group(2) is not None


def published_hit(
    truth: datetime,
    predicted: datetime | None,
    *,
    truth_has_time: bool = True,
    require_offset: bool = False,
) -> bool:
    """Tell whether a predicted publication time matches the truth.

    Same calendar day always; the same minute too where the truth has a time. When both are
    timezone-aware the prediction is moved to the truth's own offset first; otherwise the two
    naive wall clocks are compared. With ``require_offset`` the prediction must also carry the
    truth's UTC offset (used for the Reuters stories, whose header gives the zone).

    >>> from datetime import timedelta, timezone
    >>> cet = timezone(timedelta(hours=2))
    >>> published_hit(datetime(2024, 5, 3, 17, 27, tzinfo=cet), datetime(2024, 5, 3, 15, 27, 40,
    ...               tzinfo=timezone.utc))
    True
    >>> published_hit(datetime(2024, 5, 3, 17, 27, tzinfo=cet), datetime(2024, 5, 3, 17, 27))
    True
    """
    if predicted is None:
        return False
    if require_offset and predicted.utcoffset() != truth.utcoffset():
        return False
    if truth.tzinfo is not None and predicted.tzinfo is not None:
        predicted = predicted.astimezone(truth.tzinfo)
    if predicted.date() != truth.date():
        return False
    if not truth_has_time:
        return True
    return (predicted.hour, predicted.minute) == (truth.hour, truth.minute)
