"""Page chrome kept in a dump's body (issue #4, precision): short invented pages, and the
checks on the shared corpus (skipped when it is absent)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from benchmarks import _corpus, _metrics
from wireclean import parse_text
from wireclean.model import Block

# The module (``wireclean.filters.page`` the attribute is the filter function).
page_filter = importlib.import_module("wireclean.filters.page")


_MENU = [f"* Section {i}" for i in range(8)]

_HEADLINE = "Council approves second ferry line to the islands"

_STORY = [
    "NORTHPORT, May 3 - The city council voted on Tuesday to open a second ferry line to "
    "the islands, a plan that has been discussed for more than ten years and that was "
    "turned down twice before, in 2015 and again in 2019, when the money for the new pier "
    "could not be found in the city's budget and the operator said it had no boats to spare.",
    "The new line will run twice a day in summer and once a day in winter, the council "
    "said in a statement, and tickets will cost the same as on the existing route.",
    "Island residents had long asked for a second line, saying the single ferry was often "
    "full in the holiday months and that some had missed hospital appointments on the "
    "mainland because of it, while shops on the islands said deliveries came late all year "
    "and that fresh food often ran out before the weekend boat arrived from the harbour.",
    "The council expects the first boats to sail next April, once the pier on the northern "
    "island has been rebuilt.",
]

# A gap of page chrome below the story: share buttons and an advert's label.
_GAP = ["Share this article", "Facebook", "Email", "Print", "Advertisement"]

# Cards of other stories, no date among them: a picture's caption, then a title (one a
# question, which reads as a sentence).
_CARDS = [
    (
        "A fisherman mends his nets on the pier at dawn before the boats head out to sea, "
        "as he has done every morning for more than forty years in the old harbour.",
        "Harbour fees to rise for small boats next spring",
    ),
    (
        "Volunteers sort donated books in the town hall ahead of the annual charity sale, "
        "which was called off twice during the years when the hall was being rebuilt.",
        "Why is the charity book sale coming back this year?",
    ),
    (
        "A cyclist rides past roadworks on the ring road during the morning rush hour, "
        "when queues of cars reach back as far as the bridge over the river on most days.",
        "Ring road repairs to last until the end of summer",
    ),
    (
        "Pupils line up outside the school gates on the first day of the new term, some of "
        "them with their parents, others in small groups with friends from their street.",
        "New term starts with three more teachers hired",
    ),
]

_FOOTER = ["Privacy policy", "Terms of use", "Contact us", "Imprint", "Careers", "Cookies"]


def _page(below: list[str]) -> str:
    return "\n\n".join([*_MENU, _HEADLINE, *_STORY, *_GAP, *below, *_FOOTER])


def _body(text: str) -> str:
    return "\n".join(parse_text(text).body)


def test_cards_below_a_gap_of_chrome_leave_the_body() -> None:
    cards = [line for card in _CARDS for line in card]
    story = parse_text(_page(cards))
    body = "\n".join(story.body)
    assert all(p[-40:] in body for p in _STORY)
    for line in cards:
        assert line not in body
    chrome = {r.text for r in story.removed if r.filter == "page" and r.reason == "page-chrome"}
    assert set(cards) <= chrome


def test_story_going_on_below_a_gap_stays() -> None:
    """Paragraphs that stand one beside another below a box are the story's."""
    more = [
        "Ferry workers welcomed the plan but asked for talks on shifts before the summer, "
        "when the crews already work long hours on the single boat that serves the route.",
        "The union said it would meet the operator in June to discuss the new timetable and "
        "the number of crew members that the second boat will need on each of its trips.",
        "A public meeting on the design of the new pier will be held at the town hall next "
        "month, and the plans will be on show in the library until the end of the summer.",
    ]
    body = _body(_page(more))
    assert all(p[-40:] in body for p in _STORY + more)


def test_story_sections_below_a_gap_stay() -> None:
    """Subheads below a box, each above a paragraph, with a long one among them: story."""
    more = [
        "What the islanders say",
        "Residents of the northern island said the plan came too late for many families who "
        "had already moved to the mainland, where schools and doctors are closer, and that "
        "the council should also look at the price of tickets for children and pensioners, "
        "which have gone up every year since the operator took over the route in 2012.",
        "What happens next",
        "The council will ask three companies to bid for the new route this autumn, and it "
        "hopes to sign a contract with one of them before the end of the year, it said.",
        "Who pays for the pier",
        "The state will pay half of the cost of the new pier and the city the other half, "
        "the council said, and the operator will pay for the second boat and its crew.",
    ]
    body = _body(_page(more))
    assert all(p[-40:] in body for p in _STORY + more if " " in p and p[-1] == ".")


def test_glued_menu_links_after_the_story_go() -> None:
    glued = (
        "CompanyJobs & CareersPressAdvertiseContactImprint PrivacyPrivacy settingsCookie "
        "managerYouth protection Products & Services BrowserNewsletterPodcastsAppsWeatherTV "
        "guideHoroscopesGamesPuzzlesShopVouchersComparison portals"
    )
    page = "\n\n".join([*_MENU, _HEADLINE, *_STORY, glued, *_FOOTER])
    story = parse_text(page)
    body = "\n".join(story.body)
    assert glued not in body
    assert all(p[-40:] in body for p in _STORY)
    assert any(r.text == glued and r.reason == "page-chrome" for r in story.removed)


def test_names_with_capitals_inside_keep_a_paragraph() -> None:
    """A paragraph with a few names glued as names are (McDonald, YouTube) is prose."""
    named = (
        "The operator's director, Mary McDonald, posted a video on YouTube and LinkedIn "
        "showing the new boats, built at the DeWitt yard with engines from MacGregor, and "
        "said the PowerPoint shown to the council had understated how fast they could sail "
        "between the two islands in bad weather"
    )
    page = "\n\n".join([*_MENU, _HEADLINE, _STORY[0], named, *_STORY[1:], *_FOOTER])
    body = _body(page)
    assert named in body
    assert all(p[-40:] in body for p in _STORY)


def test_corpus_cuts_hold_no_story(corpus: Path) -> None:
    """On every corpus w3m dump, what the rules of this file take from the story (the blocks
    below a gap of chrome, the glued menu lines, the author's box) is no story text: under a
    tenth of its 4-token shingles are in the page's true body."""
    root = corpus
    cut: list[str] = []
    original = page_filter._before_valley

    def spy(blocks: tuple[Block, ...], scores: list[float], first: int, last: int) -> int:
        end = original(blocks, scores, first, last)
        cut.extend(blocks[k].text for k in range(end + 1, last + 1) if scores[k] > 0)
        return end

    glued: list[str] = []
    original_glued = page_filter._glued_menu

    def spy_glued(text: str) -> bool:
        found = original_glued(text)
        if found:
            glued.append(text)
        return found

    original_box = page_filter._mark_author_box

    def spy_box(blocks: tuple[Block, ...], reasons: list[str | None], byline: list[str]) -> None:
        before = list(reasons)
        original_box(blocks, reasons, byline)
        cut.extend(b.text for b, r, was in zip(blocks, reasons, before, strict=True) if r != was)

    pages = [p for p in _corpus.load_fundus(root) if p.w3m_path is not None]
    assert pages
    checked = 0
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(page_filter, "_before_valley", spy)
        mp.setattr(page_filter, "_glued_menu", spy_glued)
        mp.setattr(page_filter, "_mark_author_box", spy_box)
        for page in pages:
            text = page.w3m_text()
            if text is None:
                continue
            cut.clear()
            glued.clear()
            parse_text(text)
            truth = _metrics.shingles(_metrics.tokenize(page.body_truth))
            for block in cut + glued:
                mine = _metrics.shingles(_metrics.tokenize(block))
                shared = sum((mine & truth).values())
                assert shared * 10 < max(1, sum(mine.values())), (page.key, block[:80])
                checked += 1
    assert checked  # the rules fire somewhere on the corpus


def _bio_page(tail: list[str]) -> str:
    return "\n\n".join([*_MENU, _HEADLINE, "By Jane Roe", *_STORY, *tail, *_FOOTER])


def test_author_box_below_the_story_goes() -> None:
    """The author's name again, then sentences about her that do not name her."""
    bio = "Has covered transport and the islands for the paper since 2015. Lives in Northport."
    story = parse_text(_bio_page(["Jane Roe", "Reporter", bio]))
    assert story.byline == ("Jane Roe",)
    assert bio not in story.body
    assert all(p[-40:] in "\n".join(story.body) for p in _STORY)
    assert any(r.text == bio and r.reason == "chrome-context" for r in story.removed)


def test_last_paragraph_far_below_the_name_stays() -> None:
    """The author's name above the story's last paragraphs, but further off: story."""
    more = [
        "Jane Roe",
        "Ferry workers welcomed the plan but asked for talks on shifts before the summer.",
        "The union said it would meet the operator in June to discuss the new timetable.",
        "A public meeting on the design of the new pier will be held at the town hall.",
        "The plans will be on show in the library until the end of the summer, it said.",
    ]
    body = "\n".join(parse_text(_bio_page(more)).body)
    assert all(p in body for p in more[1:])


def test_share_row_run_into_a_long_paragraph_keeps_it() -> None:
    """BeautifulSoup's text may run the page's share row into the story's last paragraph:
    chrome phrases at the end of a long paragraph do not make it chrome."""
    long = (
        "The council said the second line would be reviewed after its first full year, when "
        "the operator must report how many passengers used it in each month, how often the "
        "boats ran late and what the crossings cost, and that the city would decide then "
        "whether the winter service should run twice a day as well, as the islanders asked. "
        "Until then the old ferry keeps its timetable, and season tickets stay valid on both. "
        "Share this article Comments"
    )
    page = "\n\n".join([*_MENU, _HEADLINE, _STORY[0], _STORY[1], long, *_FOOTER])
    body = _body(page)
    assert long in body
    assert all(p[-40:] in body for p in _STORY[:2])


def test_photo_credit_run_into_a_long_paragraph_keeps_it() -> None:
    """A caption's credit that BeautifulSoup's text ran into a paragraph (over 500
    characters) leaves it the story's; a caption with its credit still goes."""
    long = (
        "The old ferry, which has served the route since 1988 (Photo: Jane Roe) and was "
        "refitted twice, will stay in service until the new boats arrive, the operator said, "
        "adding that it would keep the crew on for the second line and hire about a dozen "
        "more sailors and engineers from the islands, where jobs have been scarce since the "
        "fish factory closed, and that it would train them over the winter in the harbour "
        "so that the new line could start on time in April with a full crew on each boat "
        "and a second captain for the busy summer weeks."
    )
    caption = "The old ferry leaves the harbour at dawn. Photo: Jane Roe"
    page = "\n\n".join([*_MENU, _HEADLINE, *_STORY[:2], caption, long, *_STORY[2:], *_FOOTER])
    body = _body(page)
    assert long in body
    assert caption not in body
    assert all(p[-40:] in body for p in _STORY)


def test_caption_run_onto_long_paragraphs_keeps_them() -> None:
    """BeautifulSoup's text may run paragraphs and a caption closed by its credit into one
    block: over 1000 characters, that is story; a caption closed by its credit still goes."""
    more = (
        "The operator said it would hire a dozen more sailors and engineers from the islands "
        "and train them over the winter in the harbour."
    )
    long = " ".join(
        [*_STORY[:3], more, "The old ferry at the pier in Northport. Credits: Jane Roe"]
    )
    assert len(long) > 1000
    caption = "The new pier as the architects drew it. Credits: Jane Roe"
    page = "\n\n".join([*_MENU, _HEADLINE, long, caption, _STORY[3], *_FOOTER])
    body = _body(page)
    assert long in body
    assert caption not in body
    assert _STORY[3] in body


_COMMENTS = [
    "I have taken this ferry every week for twenty years and it has never once been on time "
    "in winter, so I will believe in the second line when I see the boat at the pier, and "
    "not a day before, whatever the council says in its statements to the press this year.",
    "The money would be better spent on the roads of the islands, which have not been "
    "repaired since the last storm, and on the school, which still has no proper heating "
    "in its classrooms, but nobody on the council ever asks the people who live out there.",
    "My grandparents ran the old ferry before the company took it over, and they always said "
    "that one boat was never enough for the islands in summer, so this plan is long overdue "
    "and I hope the council keeps its word this time, unlike the last two times it promised.",
    "Will the new boats take bicycles? The old one only takes six, and in summer there are "
    "always more than that waiting at the pier in the morning, so many of us have to leave "
    "our bikes behind and walk the whole way from the harbour to the village on the hill.",
]


def test_comment_section_below_a_count_is_no_story() -> None:
    """A story broken into short pieces at its links, then a count of its comments and
    comments that outweigh it: the story is the text above the count."""
    pieces = [
        "The city council voted on Tuesday to open a second",
        "ferry line",
        "to the islands, a plan that has been discussed for more than ten years, and that was "
        "turned down twice before, in 2015 and in 2019, for lack of money.",
        "The new line will run twice a day in summer and once a day in winter, the council said "
        "in a statement, and tickets will cost the same as on the existing route.",
        "Island residents had long asked for a second line, saying the single ferry was often "
        "full in the holiday months and that some had missed hospital appointments.",
    ]
    tail = ["4 Comments", "Newest", "Oldest"]
    for k, comment in enumerate(_COMMENTS):
        tail += [f"reader{k}", "Copy link", comment, f"reader{k} reply"]
    page = "\n\n".join([*_MENU, _HEADLINE, *pieces, *tail, *_FOOTER])
    body = _body(page)
    assert all(p[-30:] in body for p in pieces[2:])
    assert not any(c[:40] in body for c in _COMMENTS)


def test_story_above_its_credits_beats_longer_text_below() -> None:
    """A wire story ends with its credit line: a longer block of prose below it (another
    story, comments) does not take the story's place."""
    story = [
        "NORTHPORT, May 3 (Reuters) - The city council voted on Tuesday to open a second ferry "
        "line to the islands, a plan that has been discussed for more than ten years.",
        "The new line will run twice a day in summer and once a day in winter, the council "
        "said in a statement, and tickets will cost the same as on the existing route.",
        "Reporting by Jane Roe; Editing by John Doe",
    ]
    below = _COMMENTS[:2]
    page = "\n\n".join([*_MENU, _HEADLINE, *story, "Share", "More", *below, *_FOOTER])
    body = _body(page)
    assert story[1] in body
    assert not any(c[:40] in body for c in below)


def test_agency_handling_note_closes_a_caption() -> None:
    """A caption closed by an agency's handling note in capitals goes; a sentence that
    speaks of a mandatory credit stays."""
    caption = (
        "Passengers wait at the pier in this picture obtained from social media. "
        "@islander/via Wire THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. MANDATORY CREDIT."
    )
    sentence = "Students who take the new course will earn a mandatory credit, the council said."
    page = "\n\n".join([*_MENU, _HEADLINE, _STORY[0], caption, sentence, *_STORY[1:], *_FOOTER])
    story = parse_text(page)
    body = "\n".join(story.body)
    assert caption not in body
    assert sentence in body
    assert any(r.text == caption and r.reason == "caption" for r in story.removed)


def test_long_menu_run_into_the_first_line_goes() -> None:
    """A text browser's menu run into one line (title-case words, no sentence's end) goes
    even as the story's first block, when it runs twice as long as a title may."""
    menu = " ".join(
        "Travel Culture Business Sport Green Health Science Video Weather Markets Opinion "
        "Games Puzzles Podcasts Newsletters Events Jobs Shop Tickets Archive Contact Help "
        "Careers Imprint Privacy Terms".split()
    )
    page = "\n\n".join([*_MENU, _HEADLINE, menu, *_STORY, *_FOOTER])
    story = parse_text(page)
    body = "\n".join(story.body)
    assert menu not in body
    assert all(p[-40:] in body for p in _STORY)


def test_caption_closed_by_photographer_and_paper_goes() -> None:
    """A short caption closed by its photographer and paper in brackets goes when the
    story goes on below it; a sentence closed by a plain aside in brackets stays."""
    caption = "Ferry workers at the pier on Monday. (Jane Roe/Northport Herald)"
    aside = "The vote was close, the council said. (The mayor abstained.)"
    page = "\n\n".join([*_MENU, _HEADLINE, _STORY[0], caption, aside, *_STORY[1:], *_FOOTER])
    story = parse_text(page)
    body = "\n".join(story.body)
    assert caption not in body
    assert aside in body
    assert all(p[-40:] in body for p in _STORY)


def test_request_to_follow_the_site_on_google_goes() -> None:
    """ "Add us as a preferred source on Google" below the story goes; a sentence about a
    company's news on Google stays."""
    ask = "Add the Northport Herald as a Preferred Source on Google to see more of our stories."
    sentence = "Google News, the company's service, said the ferry story was read widely."
    page = "\n\n".join([*_MENU, _HEADLINE, *_STORY, sentence, ask, *_FOOTER])
    story = parse_text(page)
    body = "\n".join(story.body)
    assert ask not in body
    assert sentence in body
