"""A label the page repeats between a story's paragraphs on a whole-page dump (issue #4, h10).

A label that stands alone three times or more ("Article content") goes also where it
stands apart on one side only: below a photo's credit that ends no sentence, or above
a caption led by a tag in small letters. A name that stands alone as often (a photo
credit) stays where it opens a sentence that a renderer broke at its link. Invented
dump pages.
"""

from __future__ import annotations

from wireclean import parse_text

_MENU = "\n\n".join(f"* Section {i}" for i in range(8))
_HEADLINE = "Harbour town opens its new sea wall after two winters of work"
_LABEL = "Story body"
_PARAS = [
    "PORTVALE, June 2 - The harbour town of Portvale opened its new sea wall on Monday, "
    "two winters after storms broke the old one and flooded the streets near the quay.",
    "The wall is a metre higher than the old one and runs for almost two kilometres "
    "along the shore, from the lighthouse to the fish market, the town council said.",
    "Builders worked through the second winter to finish before the summer season, "
    "when the town's population triples with visitors from the cities inland.",
    "Shop owners near the quay said they hoped the wall would end years of sandbags "
    "and closed doors whenever a spring tide met a strong wind from the west.",
    "The council said it would watch the wall through the coming storm season and "
    "publish a report on how it held up before the end of next year.",
    "Fishermen said the new wall also sheltered the inner harbour, where boats had "
    "been thrown against the quay in each of the last three winters.",
    "A walkway along the top of the wall will open to the public in July, once its "
    "railings have been fitted and the lights along it switched on.",
]


def _dump(*blocks: str) -> str:
    return "\n\n".join([_MENU, _HEADLINE, *blocks, "Privacy policy", "Contact us"]) + "\n"


def test_label_below_a_credit_and_above_a_tagged_caption_goes() -> None:
    credit = "The sea wall seen from the lighthouse. Photo by Ann Lee /Coast Press"
    caption = "portvale Workers fit the last stones of the wall in April."
    text = _dump(
        _PARAS[0],
        _LABEL,
        _PARAS[1],
        _LABEL,
        _PARAS[2],
        credit,
        _LABEL,
        _PARAS[3],
        _LABEL,
        caption,
        _LABEL,
        _PARAS[4],
    )
    story = parse_text(text)
    assert _LABEL not in story.body
    for para in _PARAS[:5]:
        assert para in story.body
    cut = [r for r in story.removed if r.text.strip() == _LABEL]
    assert len(cut) == 5 and all(r.reason == "repeated" for r in cut)


def test_name_opening_a_broken_sentence_stays() -> None:
    name = "The Portvale Harbour Trust"
    opening = "paid for a third of the wall, the council said, and will own it from next year."
    text = _dump(
        _PARAS[0],
        _PARAS[1],
        _PARAS[2],
        name,
        _PARAS[3],
        name,
        _PARAS[4],
        name,
        _PARAS[5],
        name,
        opening,
        _PARAS[6],
    )
    story = parse_text(text)
    assert name in story.body and opening in story.body
    assert all(r.text.strip() != name or r.reason == "repeated" for r in story.removed)
