"""The benchmark's scoring: shingle P/R/F1 on hand-computed examples, and the field checks."""

from __future__ import annotations

import doctest
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import _corpus, _metrics
from benchmarks._metrics import (
    byline_hit,
    byline_names_exact,
    headline_hit,
    macro,
    parse_truth_datetime,
    published_hit,
    score_body,
    shingles,
    tokenize,
)


def test_tokens_are_unicode_word_runs_with_case_kept() -> None:
    assert tokenize("Zürich (dpa) – Die Grünen, 2024!") == [
        "Zürich",
        "dpa",
        "Die",
        "Grünen",
        "2024",
    ]
    assert tokenize("don't U.S.") == ["don", "t", "U", "S"]
    assert tokenize("  -- \n") == []


def test_tokens_are_compared_after_nfc() -> None:
    # A truth written with combining marks scores the precomposed text in full.
    truth = "Die Gru\u0308nen fu\u0308hren knapp vor der Wahl am Sonntag."
    text = "Die Gr\u00fcnen f\u00fchren knapp vor der Wahl am Sonntag."
    assert score_body(truth, text).recall == 1.0
    assert score_body(text, truth).precision == 1.0


def test_shingles_count_repeats_as_a_multiset() -> None:
    counted = shingles("a b a b a b".split())
    assert counted == {("a", "b", "a", "b"): 2, ("b", "a", "b", "a"): 1}


def test_identical_text_scores_one_and_is_exact() -> None:
    s = score_body("The quick brown fox jumps", "The  quick\nbrown fox, jumps.")
    assert (s.precision, s.recall, s.f1, s.exact) == (1.0, 1.0, 1.0, True)


def test_extra_boilerplate_lowers_precision_only() -> None:
    # truth: 6 tokens -> 3 shingles; prediction adds 2 tokens at the end -> 5 shingles, 3 shared.
    # TP=3 FP=2 FN=0, normalised by 5: P = 3/5, R = 1.
    s = score_body("a b c d e f", "a b c d e f menu share")
    assert s.tp == pytest.approx(3 / 5)
    assert s.fp == pytest.approx(2 / 5)
    assert s.fn == 0
    assert s.precision == pytest.approx(0.6)
    assert s.recall == pytest.approx(1.0)
    assert s.f1 == pytest.approx(2 * 0.6 / 1.6)
    assert not s.exact


def test_missing_paragraph_lowers_recall_only() -> None:
    # truth 8 tokens -> 5 shingles; prediction is the first 5 tokens -> 2 shingles, both true.
    s = score_body("a b c d e f g h", "a b c d e")
    assert s.precision == pytest.approx(1.0)
    assert s.recall == pytest.approx(2 / 5)
    assert s.f1 == pytest.approx(2 * 0.4 / 1.4)


def test_one_changed_word_breaks_every_shingle_through_it() -> None:
    # "x y z w v" vs "x y Q w v": both have 2 shingles and none is shared.
    s = score_body("x y z w v", "x y Q w v")
    assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)


def test_a_repeated_paragraph_counts_once_against_the_truth() -> None:
    # truth "a b c d" = 1 shingle; prediction "a b c d a b c d" = 5 shingles:
    # (abcd) x2, (bcda), (cdab), (dabc). TP = 1, FP = 4 -> P = 1/5, R = 1.
    s = score_body("a b c d", "a b c d a b c d")
    assert s.precision == pytest.approx(1 / 5)
    assert s.recall == pytest.approx(1.0)


def test_short_documents_form_one_shingle() -> None:
    assert score_body("Hello world", "Hello world").f1 == 1.0
    assert score_body("Hello world", "Hello there").f1 == 0.0


def test_empty_cases() -> None:
    both = score_body("", "  ")
    assert (both.precision, both.recall, both.f1, both.exact) == (1.0, 1.0, 1.0, True)
    nothing_predicted = score_body("a b c d e", "")
    assert (nothing_predicted.precision, nothing_predicted.recall) == (None, 0.0)
    assert nothing_predicted.f1 == 0.0
    nothing_true = score_body("", "a b c d e")
    assert (nothing_true.precision, nothing_true.recall) == (0.0, None)


def test_macro_averages_documents_then_takes_f1_of_the_averages() -> None:
    perfect = score_body("a b c d e", "a b c d e")  # P 1, R 1
    half = score_body("a b c d e f g h", "a b c d e")  # P 1, R 0.4
    boiler = score_body("a b c d e f", "a b c d e f menu share")  # P 0.6, R 1
    m = macro([perfect, half, boiler])
    assert m.n == 3
    assert m.precision == pytest.approx((1 + 1 + 0.6) / 3)
    assert m.recall == pytest.approx((1 + 0.4 + 1) / 3)
    p, r = (2.6 / 3), (2.4 / 3)
    assert m.f1 == pytest.approx(2 * p * r / (p + r))
    assert m.exact == pytest.approx(1 / 3)
    assert m.empty == 0
    assert macro([]).n == 0


def test_an_empty_prediction_costs_recall_not_precision() -> None:
    # as upstream: precision is averaged over documents where something was predicted
    boiler = score_body("a b c d e f", "a b c d e f menu share")  # P 0.6, R 1
    empty = score_body("a b c d e f", "")  # P undefined, R 0
    m = macro([boiler, empty])
    assert m.precision == pytest.approx(0.6)
    assert m.recall == pytest.approx(0.5)
    assert m.f1 == pytest.approx(2 * 0.6 * 0.5 / 1.1)
    assert m.empty == 1


def test_headline_folds_whitespace_but_keeps_case() -> None:
    assert headline_hit("Nepal says 'no proof'", "  Nepal  says\n'no proof' ")
    assert not headline_hit("Nepal says 'no proof'", "nepal says 'no proof'")
    assert not headline_hit("Nepal", None)


def test_headline_ignores_zero_width_characters_only() -> None:
    assert headline_hit("Ein bisschen Fortschritt\u200b", "Ein bisschen Fortschritt")
    assert headline_hit("Fort\u2060schritt", "Fortschritt")
    assert headline_hit("Fort\u00adschritt", "Fortschritt")  # a soft hyphen
    assert not headline_hit("Ein bisschen Fortschritt", "Ein bisschen Fortschritt!")


def test_byline_needs_every_true_author() -> None:
    assert byline_hit(
        ["Maya Gebeily", "Anthony Deutsch"], ["anthony  deutsch", "Maya Gebeily", "Reuters"]
    )
    assert not byline_hit(["Maya Gebeily", "Anthony Deutsch"], ["Maya Gebeily"])
    assert byline_names_exact(["A B", "C D"], ["c d", "A  B"])
    assert not byline_names_exact(["A B"], ["A B", "Reuters"])


def test_published_compares_in_the_truths_offset() -> None:
    truth, has_time = parse_truth_datetime("2024-05-03 17:27:00+02:00")
    assert has_time
    utc = datetime(2024, 5, 3, 15, 27, 59, tzinfo=timezone.utc)
    assert published_hit(truth, utc)
    assert not published_hit(truth, utc + timedelta(minutes=1))
    # a naive prediction is compared with the truth's wall clock
    assert published_hit(truth, datetime(2024, 5, 3, 17, 27))
    assert not published_hit(truth, datetime(2024, 5, 3, 15, 27))
    assert not published_hit(truth, None)


def test_published_day_only_and_offset_required() -> None:
    truth, _ = parse_truth_datetime("2006-10-24 01:01:00-04:00")
    # another day in UTC, same day in the truth's zone
    assert published_hit(truth, datetime(2006, 10, 24, 5, 1, tzinfo=timezone.utc))
    assert not published_hit(
        truth, datetime(2006, 10, 24, 5, 1, tzinfo=timezone.utc), require_offset=True
    )
    assert published_hit(
        truth,
        datetime(2006, 10, 24, 1, 1, tzinfo=timezone(timedelta(hours=-4))),
        require_offset=True,
    )
    assert not published_hit(truth, datetime(2006, 10, 24, 1, 1), require_offset=True)
    date_only, has_time = parse_truth_datetime("2024-05-03")
    assert not has_time
    assert published_hit(date_only, datetime(2024, 5, 3, 23, 59), truth_has_time=False)


def test_reuters_header_parsing() -> None:
    assert _corpus.parse_reuters_byline("By  Sue Zeidler  and  Liana B. Baker") == (
        "Sue Zeidler",
        "Liana B. Baker",
    )
    assert _corpus.parse_reuters_byline("By  Jonathan Spicer  and Jonathan Stempel - Analysis") == (
        "Jonathan Spicer",
        "Jonathan Stempel",
    )
    when = _corpus.parse_reuters_time("Tue Oct 24, 2006 1:01am EDT")
    assert when.isoformat() == "2006-10-24T01:01:00-04:00"


def test_wrap_text_as_html_escapes_and_splits_on_blank_lines() -> None:
    assert _corpus.wrap_text_as_html("<b> & x\nstill x\n\n\ny") == (
        "<html><body><p>&lt;b&gt; &amp; x\nstill x</p>\n<p>y</p></body></html>"
    )


@pytest.mark.parametrize("module", [_metrics, _corpus], ids=lambda m: m.__name__)
def test_doctests(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.failed == 0


@pytest.mark.parametrize(
    ("author", "publisher", "organisation"),
    [
        ("dpa", "Tagesspiegel", True),
        ("The Associated Press", "NationalPost", True),
        ("Le Figaro et AFP", "LeFigaro", True),
        ("MM-Redaktion", "MallorcaMagazin", True),
        ("ndr.de", "NDR", True),
        ("DER SPIEGEL", "SpiegelOnline", True),
        ("Habertürk", "Haberturk", True),
        # People, even where a short site name hides inside the name.
        ("Sabrina Gerstmaier", "BR", False),
        ("Apinya Dorn", "AP", False),
        ("Jan Kixmüller", "Tagesspiegel", False),
    ],
)
def test_is_organisation(author: str, publisher: str, organisation: bool) -> None:
    assert _metrics.is_organisation(author, publisher) is organisation


def test_byline_people_leaves_organisations_out() -> None:
    assert _metrics.byline_people(("dpa", "Ann Lee"), ("Ann Lee",), "Zeit") is True
    assert _metrics.byline_people(("dpa", "Ann Lee"), ("dpa",), "Zeit") is False
    assert _metrics.byline_people(("dpa",), (), "Zeit") is None


def test_forget_clears_function_caches_so_rounds_start_afresh() -> None:
    import functools

    from benchmarks._fresh import forget

    @functools.lru_cache(maxsize=16)
    def square(n: int) -> int:
        return n * n

    square(3)
    square(3)
    assert square.cache_info().hits == 1
    assert forget() >= 1
    assert square.cache_info().currsize == 0
    square(3)
    assert square.cache_info().misses == 1  # computed again, not looked up
