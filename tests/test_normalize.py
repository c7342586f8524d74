"""Unit tests for wireclean.normalize: each documented step, idempotence, and text that must
not change."""

from __future__ import annotations

import unicodedata

import pytest

from wireclean import normalize


def _as_cp1252(text: str) -> str:
    """Return ``text`` as UTF-8 bytes wrongly read as cp1252 (the common mojibake).

    Bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are read as the C1
    control of the same number, as browsers and sloppy decoders do.
    """
    return "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8")
    )


def _as_mac_roman(text: str) -> str:
    """Return ``text`` as UTF-8 bytes wrongly read as mac_roman."""
    return text.encode("utf-8").decode("mac_roman")


# --- 1. line breaks -------------------------------------------------------------------


def test_crlf_becomes_lf() -> None:
    assert normalize("one\r\ntwo\r\n") == "one\ntwo\n"


def test_lone_cr_becomes_lf() -> None:
    assert normalize("one\rtwo\rthree") == "one\ntwo\nthree"


def test_mixed_line_breaks() -> None:
    assert normalize("a\r\nb\rc\nd\r\n\r\ne") == "a\nb\nc\nd\n\ne"


def test_crlf_blank_line_is_one_blank_line() -> None:
    # CRLF CRLF must be one blank line, not CR LF LF -> two.
    assert normalize("para one\r\n\r\npara two") == "para one\n\npara two"


# --- 2. mojibake -----------------------------------------------------------------------


def test_helpers_produce_the_mojibake_they_name() -> None:
    assert _as_cp1252("café") == "cafÃ©"
    assert _as_mac_roman("café") == "caf√©"


@pytest.mark.parametrize(
    "clean",
    [
        "café au lait",
        "Mali’s army sold guns to Al Qaeda",
        "The rebels — and the army — fought",
        "Zürich, Genève and São Paulo",
        "“We will not back down,” he said",
        "€100 million",
    ],
)
def test_utf8_read_as_cp1252_is_repaired(clean: str) -> None:
    assert normalize(_as_cp1252(clean)) == clean


@pytest.mark.parametrize(
    "clean",
    [
        "café au lait",
        "Mali’s army sold guns to Al Qaeda",
        "The rebels — and the army — fought",
        "“We will not back down,” he said",
        "Zürich and Genève",
    ],
)
def test_utf8_read_as_mac_roman_is_repaired(clean: str) -> None:
    assert normalize(_as_mac_roman(clean)) == clean


def test_mac_roman_example_from_docstring() -> None:
    assert normalize("Mali\u201a\u00c4\u00f4s army\r\n") == "Mali’s army\n"


@pytest.mark.parametrize("clean", ["café au lait", "Mali’s army", "Genève — Zürich"])
def test_double_encoded_mojibake_is_repaired(clean: str) -> None:
    twice = _as_cp1252(_as_cp1252(clean))
    assert twice != _as_cp1252(clean)
    assert normalize(twice) == clean


def test_mojibake_on_one_line_among_clean_lines() -> None:
    text = (
        "Clean headline here\n"
        "\n" + _as_cp1252("The army’s guns were sold, he said.") + "\n"
        "Another clean line.\n" + _as_mac_roman("Le café était fermé.") + "\n"
        "SÃO PAULO stays as written.\n"
    )
    assert normalize(text) == (
        "Clean headline here\n"
        "\n"
        "The army’s guns were sold, he said.\n"
        "Another clean line.\n"
        "Le café était fermé.\n"
        "SÃO PAULO stays as written.\n"
    )


def test_mojibake_repair_keeps_line_count() -> None:
    text = "a\n" + _as_cp1252("b’c") + "\n\nd\n"
    out = normalize(text)
    assert out.count("\n") == text.count("\n")
    assert out == "a\nb’c\n\nd\n"


def test_mojibake_fix_keeps_curly_quotes_and_ligatures_on_the_line() -> None:
    # The encoding fix must not also uncurl quotes or expand ligatures on a fixed line.
    line = "“ﬁnal” " + _as_cp1252("café")
    assert normalize(line) == "“ﬁnal” café"


# --- 3. NFC ----------------------------------------------------------------------------


def test_nfc_composes_combining_accents() -> None:
    decomposed = "Gene\u0300ve and Jose\u0301"
    out = normalize(decomposed)
    assert out == "Genève and José"
    assert unicodedata.is_normalized("NFC", out)


def test_nfc_hangul_jamo() -> None:
    assert normalize("\u1100\u1161") == "\uac00"


# --- 4. spaces and invisible characters -------------------------------------------------


@pytest.mark.parametrize(
    "space",
    [
        "\u00a0",  # no-break space
        "\u1680",  # ogham space mark
        "\u2000",  # en quad
        "\u2002",  # en space
        "\u2003",  # em space
        "\u2009",  # thin space
        "\u200a",  # hair space
        "\u202f",  # narrow no-break space
        "\u205f",  # medium mathematical space
        "\u3000",  # ideographic space
    ],
)
def test_space_separators_become_plain_space(space: str) -> None:
    assert unicodedata.category(space) == "Zs"
    assert normalize(f"ALGIERS{space}(Reuters)") == "ALGIERS (Reuters)"


@pytest.mark.parametrize(
    "char",
    [
        "\u200b",  # zero-width space
        "\ufeff",  # BOM / zero-width no-break space
        "\u00ad",  # soft hyphen
        "\u2060",  # word joiner
    ],
)
def test_invisible_characters_are_deleted(char: str) -> None:
    assert normalize(f"insur{char}gents") == "insurgents"


def test_leading_bom_is_deleted() -> None:
    assert normalize("\ufeffHeadline\n\nBody.") == "Headline\n\nBody."


def test_zero_width_joiners_are_kept() -> None:
    # ZWJ/ZWNJ carry meaning (emoji sequences, Persian), so they stay.
    for text in ("👩\u200d💻", "می\u200cخواهم"):
        assert normalize(text) == text


@pytest.mark.parametrize("code", [c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)])
def test_c0_controls_are_deleted(code: int) -> None:
    assert normalize(f"ab{chr(code)}cd") == "abcd"


def test_delete_character_is_deleted() -> None:
    assert normalize("ab\x7fcd") == "abcd"


def test_tab_and_lf_are_kept() -> None:
    assert normalize("col1\tcol2\nnext line\n") == "col1\tcol2\nnext line\n"


def test_nul_bytes_are_deleted() -> None:
    assert normalize("Al\x00 Qaeda\x00") == "Al Qaeda"


def test_deleting_a_joiner_between_base_and_accent_gives_nfc() -> None:
    out = normalize("e\u200b\u0301")
    assert out == "é"
    assert unicodedata.is_normalized("NFC", out)


# --- things kept as written -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“Curly double” and ‘curly single’ quotes",
        "It’s the army’s",
        "„German“ and «French» quotes",
        "Ligatures: ﬁnance, ﬂight, ﬀ",
        "Fullwidth: ＡＢＣ１２３！",
        "Halfwidth katakana: ｶﾀｶﾅ",
        "Ellipsis… and bullet • and dagger †",
    ],
)
def test_typography_is_kept_as_written(text: str) -> None:
    assert normalize(text) == text


# --- negatives: legitimate text that must not change -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SÃO PAULO, Aug 12 (Reuters) - Brazil's central bank held rates.",
        "SÃO PAULO",
        "JOÃO PESSOA and MARANHÃO",
        "CORAÇÃO, LEILÃO, IRMÃ, NÃO",
        "A seleção do Japão venceu o Irã.",
        "√2 is irrational",
        "x ≈ √2 ≈ 1.414",
        "¬p ∨ q",
        "Âge d'or; Ângela Merkel; Ânia",
        "Âmbito do acordo",
        "The army — and the rebels – fought",
        "Prices rose—sharply—in March",
        "東京（ロイター） - 日本銀行は金融政策を据え置いた。",
        "日本語のテキスト、漢字とかな。",
        "Die ‚Ökosteuer‘ kommt",
        "© 2010 Thomson Reuters. All rights reserved.",
        "Ñandú, ESPAÑA, AÑO",
        "ÎLE-DE-FRANCE, NAÏVE",
        "ÆRØ and ØRESUND",
        "Ådalen, Åland, Ærø",
        "château, pâté, âge",
        "Temperature was 30°C ± 2",
        "€5, £3, ¥100",
    ],
)
def test_legitimate_text_is_unchanged(text: str) -> None:
    assert normalize(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Ele disse «AMANHÃ»",
        "a «MAÇÃ» caiu",
        pytest.param(
            "O lema era “IRMÃ”",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'IRMÃ”' is also exactly the mojibake of 'IRMÔ' (C3 94), with no "
                "lower-case letter to tell them apart; ftfy repairs it",
            ),
        ),
    ],
)
def test_portuguese_caps_before_closing_quote_is_unchanged(text: str) -> None:
    assert normalize(text) == text


# --- idempotence ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain text\n",
        "one\r\ntwo\rthree",
        _as_cp1252("Mali’s army — café"),
        _as_mac_roman("Mali’s army — café"),
        _as_cp1252(_as_cp1252("café")),
        "a\u00a0b\u200bc\u00add\ufeffe\x00f\tg",
        "Gene\u0300ve",
        "e\u200b\u0301",
        "SÃO PAULO √2 ¬ Âge — 日本語",
        "“ﬁ” ＡＢＣ",
        "\r\r\n\n\r",
    ],
)
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


def test_empty_string() -> None:
    assert normalize("") == ""


def test_clean_text_is_returned_unchanged() -> None:
    text = "ALGIERS, Aug 12 (Reuters) - Al Qaeda insurgents struck.\n\nBy Lamine Chikhi\n"
    assert normalize(text) == text
