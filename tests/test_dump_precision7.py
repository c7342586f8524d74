"""What a page prints inside or below the story that is none of its text (issue #4).

An embedded post (its text above its signature line "— Jane Doe (@janedoe) July 18,
2026"), a newsletter box's answer ("Thanks for signing up!"), a subscription's pitch, a
form's blurb above its text field, a Japanese page's note for members, a German box for
reporting a mistake, a long row of lynx's buttons, captions by their label
("Legende:"), their source in brackets ("(Quelle: ...)"), where people stand in the
photo ("(left)"), a Japanese credit ("＝ＡＰ") or a credit the renderer broke off to the
next line ("... (" / "Image:" / "PA)"), a Japanese profile box, a box about a person
whose text goes on from its title with an ellipsis, an image's file name run into a
card's few words, a sidebar below a site's search box, and what follows the story's
topics heading. Also: a Japanese line wrapped right after a number joins the next one
without a space. Invented dump pages.
"""

from __future__ import annotations

from tests.test_dump_precision5 import _HEADLINE, _MENU, _PARAS
from wireclean import Story, parse_text


def _dump(*blocks: str) -> str:
    return "\n\n".join([_MENU, _HEADLINE, *blocks, "Privacy policy", "Contact us"]) + "\n"


def _cut(story: Story) -> dict[str, str]:
    return {r.text.strip(): r.reason for r in story.removed}


def test_embedded_post_goes_with_its_indented_text() -> None:
    post = (
        "    The bridge is open again! Crowds on both banks this morning.\n\n"
        "    Band playing, mayor cutting the ribbon. pic.twitter.com/ AbCdEf123\n\n"
        "    — Millbrook Council (@millbrookcc) May 4, 2024"
    )
    stamp = "May 4, 2024 10:15 am"
    story = parse_text(_dump(stamp, *_PARAS[:3], "The council wrote on X:", post, *_PARAS[3:]))
    for para in _PARAS:
        assert para in story.body
    assert "The council wrote on X:" in story.body
    cut = _cut(story)
    assert cut["— Millbrook Council (@millbrookcc) May 4, 2024"] == "caption"
    assert cut["The bridge is open again! Crowds on both banks this morning."] == "caption"
    assert not any("pic.twitter.com" in b for b in story.body)


def test_embedded_post_without_indent_takes_the_block_above_only() -> None:
    post_text = "The bridge is open again! Crowds on both banks this morning."
    story = parse_text(
        _dump(*_PARAS[:3], post_text, "— Millbrook Council (@millbrookcc)", *_PARAS[3:])
    )
    for para in _PARAS:
        assert para in story.body
    assert post_text not in story.body


def test_a_sentence_naming_an_account_stays() -> None:
    line = "— The council (@millbrookcc) said the bridge would open on Saturday morning."
    story = parse_text(_dump(*_PARAS[:3], line, *_PARAS[3:]))
    assert line in story.body
    assert _PARAS[2] in story.body


def test_newsletter_box_answers_go() -> None:
    box = [
        "Thanks for signing up!",
        "A welcome email is on its way. If you don't see it, please check your junk folder.",
        "The next issue of Morning Bridge will soon be in your inbox.",
        "We encountered an issue signing you up. Please try again",
    ]
    story = parse_text(_dump(*_PARAS[:3], *box, *_PARAS[3:]))
    for para in _PARAS:
        assert para in story.body
    cut = _cut(story)
    for line in box:
        assert line not in story.body
        assert cut[line] == "chrome-phrase"


def test_mistake_box_goes_with_the_line_below_its_heading() -> None:
    box = [
        "Fehler auf example.de entdeckt?",
        "Wir freuen uns über eine Mail an hinweis@example.de!",
        "Inhaltliches Feedback?",
        "Gerne als Kommentar unter dem Text oder über das Kontaktformular.",
    ]
    story = parse_text(_dump(*_PARAS, *box))
    for para in _PARAS:
        assert para in story.body
    for line in box:
        assert line not in story.body


def test_captions_by_label_source_and_broken_credit_go() -> None:
    captions = [
        "Legende: Masons at work on the west arch in March. Jane Doe",
        "The mayor cuts the ribbon on Saturday. (Quelle: Millbrook Council)",
        "Crowds on the bridge on Saturday morning (",
        "Image:",
        "Jane Doe/PA)",
    ]
    story = parse_text(_dump(*_PARAS[:2], *captions[:2], _PARAS[2], *captions[2:], *_PARAS[3:]))
    for para in _PARAS:
        assert para in story.body
    cut = _cut(story)
    for line in captions[:3]:
        assert line not in story.body
        assert cut[line] == "caption"


def test_a_paragraph_closing_with_its_source_stays() -> None:
    para = (
        "Traffic over the bridge had doubled in the decade before the floods, according "
        "to counts taken at both ends every spring by the county's surveyors, who "
        "expect the same again once the bypass works to the south of the town finish "
        "next year. (Quelle: County)"
    )
    assert len(para) > 250
    story = parse_text(_dump(*_PARAS[:3], para, *_PARAS[3:]))
    assert para in story.body


_JP_HEADLINE = "市が石橋の通行を再開、洪水から1年ぶりに修復を終える"
_JP_PARAS = [
    "川沿いの町の市役所は4日、洪水で損傷した石橋の通行を約1年ぶりに再開したと発表した。"
    "石工らが400個以上の石を積み直し、両側の欄干も作り直したという。",
    "市によると、修復には約2億円がかかり、費用の半分は県が負担した。"
    "バスは6日から橋を通る予定で、大型車は引き続き南側の迂回路を使う。",
    "式典には数百人が集まり、市長がテープを切ったあと、楽団を先頭に橋を渡った。"
    "市は冬のあとに改めてアーチを点検し、結果を公表するとしている。",
]


def _jp_dump(*blocks: str) -> str:
    return "\n\n".join([_MENU, _JP_HEADLINE, *blocks, "利用規約", "お問い合わせ"]) + "\n"


def test_japanese_members_note_and_credited_caption_go() -> None:
    note = "この記事は会員限定です。"
    caption = "橋を渡る人々（4日、市内で）＝ＡＰ"
    story = parse_text(_jp_dump(_JP_PARAS[0], caption, _JP_PARAS[1], note, _JP_PARAS[2]))
    for para in _JP_PARAS:
        assert para in story.body
    cut = _cut(story)
    assert cut[note] == "chrome-phrase"
    assert cut[caption] == "caption"


def test_japanese_profile_box_goes() -> None:
    box = [
        "◇市役所",
        "山田 太郎氏（やまだ・たろう）95年（平7年）市役所入庁、20年土木課長。",
        "（4日就任）",
        "◇県土木部",
        "鈴木 花子氏（すずき・はなこ） 02年（平14年）県庁入庁、22年道路課長。",
    ]
    story = parse_text(_jp_dump(*_JP_PARAS, *box))
    for para in _JP_PARAS:
        assert para in story.body
    for line in box:
        assert line not in story.body


def _wrap(text: str, chars: int = 39) -> str:
    """Hard-wrap a Japanese paragraph as a text browser does at 80 columns (two a character)."""
    return "\n".join(text[k : k + chars] for k in range(0, len(text), chars))


def test_japanese_line_wrapped_after_a_number_joins_without_a_space() -> None:
    first = "市によると、橋の修復には約2億円がかかり、費用の半分は県が負担した。総額は約2"
    para = first + "億3000万円に上る見通しで、残りは国の補助金と市の基金でまかなうという。"
    assert len(first) == 39
    story = parse_text(_jp_dump(*map(_wrap, [_JP_PARAS[0], para, _JP_PARAS[2]])))
    assert para in story.body
    assert _JP_PARAS[0] in story.body


def test_file_name_card_goes_and_the_cards_below_the_story_stay_out() -> None:
    name = (
        "Mayor-of-Millbrook-cuts-the-ribbon-on-the-old-stone-bridge-as-a-brass-band-plays"
        "-behind-her-on-Saturday-May-4-2024"
    )
    card = f"Videos {name} 01:32 min"
    other = f"Flood defences upstreamWhat the county plans next {name}-2 39 Bilder"
    story = parse_text(_dump(*_PARAS, "Quelle: example.com", card, "Other stories", other))
    for para in _PARAS:
        assert para in story.body
    assert card not in story.body
    assert other not in story.body


def test_sidebar_below_a_search_box_stays_out_of_the_story() -> None:
    sidebar = [
        "Search for: [                    ]",
        "Video of the Week",
        "Across the county, volunteers have spent the spring clearing the river banks of "
        "the debris the floods left behind, and they will be at it again next weekend.",
        "Support us",
        "Every donation helps us keep reporting on the towns along the river, from the "
        "council's meetings to the markets, the schools and the floods when they come.",
    ]
    story = parse_text(_dump(*_PARAS, *sidebar))
    for para in _PARAS:
        assert para in story.body
    for line in sidebar:
        assert line not in story.body


def test_file_name_card_does_not_carry_the_story_on_to_a_teaser_below() -> None:
    name = (
        "Mayor-of-Millbrook-cuts-the-ribbon-on-the-old-stone-bridge-as-a-brass-band-plays"
        "-behind-her-on-Saturday-May-4-2024-a-year-after-floods-loosened-two-of-its-arches"
    )
    assert len(name) > 160  # as long as a paragraph
    teaser = "Flood defences: what the county plans for the river banks next year."
    card = f"Videos {name} 01:32 min"
    below = ["Quelle: example.com", "BridgesFloodsMillbrook", card, "More videos", teaser]
    story = parse_text(_dump(*_PARAS, *below))
    for para in _PARAS:
        assert para in story.body
    assert teaser not in story.body


def test_blurb_above_a_text_field_goes() -> None:
    blurb = "Get the news from the river towns in your inbox every morning."
    form = [blurb, "[                    ]", "Sign Up"]
    story = parse_text(_dump(*_PARAS[:3], *form, *_PARAS[3:]))
    for para in _PARAS:
        assert para in story.body
    assert _cut(story)[blurb] == "chrome-phrase"


def test_line_above_a_check_box_stays() -> None:
    line = "Masons rebuilt the parapet on both sides."
    story = parse_text(_dump(*_PARAS[:3], line, "[ ]", *_PARAS[3:]))
    assert line in story.body


def test_box_about_a_person_that_goes_on_from_its_title_goes() -> None:
    box = [
        "Jane Roe ...",
        "Jane Roe",
        "Quelle: Example Studio",
        "... ist Professorin für Wasserbau in Bonn. Sie hat zuvor zwölf Jahre lang Brücken "
        "an der Mosel und an der Saar begutachtet und berät heute mehrere Landkreise.",
    ]
    story = parse_text(_dump(*_PARAS[:3], *box, *_PARAS[3:]))
    for para in _PARAS:
        assert para in story.body
    for line in box:
        assert line not in story.body


def test_quotation_opening_with_an_ellipsis_stays() -> None:
    quote = (
        "... and then the water came over the parapet and we ran, said the baker, who has "
        "kept a shop at the west end of the bridge for thirty years."
    )
    story = parse_text(_dump(*_PARAS[:3], quote, *_PARAS[3:]))
    assert quote in story.body


def test_a_long_row_of_lynx_buttons_goes() -> None:
    row = " ".join(
        f"(BUTTON) {label}"
        for label in (
            "Listen to the story",
            "Larger text",
            "Smaller text",
            "Dark reading mode",
            "Translate into Spanish",
            "Give us your feedback",
        )
    )
    assert len(row) > 160  # as long as a paragraph
    story = parse_text(_dump(*_PARAS[:3], row, *_PARAS[3:]))
    for para in _PARAS:
        assert para in story.body
    assert _cut(story)[row] == "form-debris"


def test_a_long_subscription_pitch_goes() -> None:
    pitch = (
        "Subscribe now to read the latest news from Millbrook and the river towns. "
        "Unlimited articles from our reporters, the morning briefing in your inbox, the "
        "puzzles page and the archive of every edition since 1890, all for the price of "
        "a coffee a month."
    )
    assert len(pitch) > 200
    story = parse_text(_dump(*_PARAS[:3], pitch, *_PARAS[3:]))
    for para in _PARAS:
        assert para in story.body
    assert _cut(story)[pitch] == "chrome-phrase"


def test_what_follows_the_story_topics_heading_goes() -> None:
    below = [
        "Topics:",
        "Bridges",
        "Floods",
        "The Millbrook Courier is the voice of the river towns, written by and for the "
        "people who live along the water, from the markets to the schools.",
    ]
    story = parse_text(_dump(*_PARAS, *below))
    for para in _PARAS:
        assert para in story.body
    for line in below:
        assert line not in story.body


def test_caption_placing_people_in_the_photo_goes() -> None:
    captions = [
        "Mayor Jane Roe (left) and the master mason John Poe on the mended bridge.",
        "Erika Muster (r.) mit dem Bürgermeister auf der Brücke.",
    ]
    story = parse_text(_dump(*_PARAS[:2], captions[0], *_PARAS[2:4], captions[1], *_PARAS[4:]))
    for para in _PARAS:
        assert para in story.body
    cut = _cut(story)
    for line in captions:
        assert cut[line] == "caption"
