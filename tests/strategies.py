"""Hypothesis strategies shared by the property tests: arbitrary text and wire-story fragments."""

from __future__ import annotations

from hypothesis import strategies as st

#: Pieces of wire copy and page debris, recombined at random.
FRAGMENTS = (
    "August 12, 2010 / 3:06 PM / 9 years ago",
    "Tue Sep 26, 2012 10:56am EDT",
    "5 Min Read",
    "2019-11-19T00:21:00Z",
    "Al Qaeda gets help from Mali officials: ex-rebel",
    "* Former insurgent says army officers sold weapons",
    "  • narrow-browser-and-phone",
    "• landscape-tablet-and-above",
    "- Mali official says allegations unreliable",
    "1. First point",
    "By Lamine Chikhi",
    "By Maya Gebeily and Anthony Deutsch",
    "ALGIERS, Aug 12 (Reuters) - Al Qaeda insurgents struck again.",
    "WASHINGTON (AP) — Lawmakers met on Tuesday.",
    "(Bloomberg) -- Stocks rose.",
    "BEIJING, Aug. 12 (Xinhua) -- ",
    "0 : 0",
    "(Reporting by Rodrigo Campos; Editing by Dan Grebler)",
    "The former insurgent said he had witnessed officials in Mali’s government drinking tea.",
    '"It is easy," a spokesman told Reuters.',
    "Mali‚Äôs army",
    "MaliÃ¢â‚¬â„¢s army",
    "By By By",
    "",
    " ",
    "\u00a0",
    "\u200b",
)
SEPARATORS = ("\n", "\n\n", "\r\n", " ", "\n\n\n")


@st.composite
def wire_text(draw: st.DrawFn) -> str:
    """Draw text built from wire-story fragments and random text, in random order."""
    parts = draw(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=14))
    out: list[str] = []
    for part in parts:
        out.append(part)
        out.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(out)


#: Arbitrary text and wire-like text, half and half.
any_text = st.one_of(st.text(), wire_text())
