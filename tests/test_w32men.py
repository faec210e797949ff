"""(twenty-sixth walk-through F1, F4, F6) Men, parents and people worried about their own
thoughts get what their words ask: "men's group" read as for men (a service only for women
never above the others), no sentence above the talk box sending someone down to services they
cannot reach or that may not be for them, a parent asking care after their child's abuse gets
neither the line for people worried about someone's behaviour in the talk box nor a young
people's line in the first three cards, and someone worried about their own thoughts has the
lines for anyone struggling to cope last on "More services" and his age read."""

import pytest
from bs4 import BeautifulSoup

from tests.helpers import searched as _page
from tests.helpers import words_of as _text

WOMEN_ONLY = "women and girls only"
MEN_ONLY = "men and boys only"
NEAR = (
    "local-title",
    "more-title",
    "moved-other-title",
    "moved-adults-title",
    "moved-contact-title",
)


def _cards(soup, title: str) -> list:
    section = soup.select_one(f'section[aria-labelledby="{title}"]')
    return section.select(".app-result") if section is not None else []


def _names(cards) -> list[str]:
    return [_text(card.select_one("h3")) for card in cards]


def _talk_lines(soup) -> str:
    box = soup.select_one(".app-talk-now")
    assert box is not None
    return _text(box)


def _more_page(client, soup) -> BeautifulSoup:
    link = next(a["href"] for a in soup.select("a[href]") if a["href"].endswith("/more"))
    return BeautifulSoup(client.get(link).get_data(as_text=True), "html.parser")


# --- 1. "men's", "for guys", "i ddynion": the group asked for ---------------------------------


def _only_for_one_sex_first(soup, only: str) -> list[str]:
    """The services near only for ``only`` ("women and girls only") that come before one
    that is not, in the page's order."""
    near = [card for title in NEAR for card in _cards(soup, title)]
    marked = [only in _text(card) for card in near]
    last_other = max((n for n, m in enumerate(marked) if not m), default=-1)
    return [_names([card])[0] for n, card in enumerate(near) if marked[n] and n < last_other]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mens support group for survivors of abuse in childhood", "Bicester"),
        ("men’s group, abused as a boy by my stepfather", "Witney"),
        ("lads' group, childhood sexual abuse", "Otley"),
        ("is there anywhere for guys who were abused as children", "Wetherby"),
        ("blokes support group - abused when i was young", "Thame"),
    ],
)
def test_a_service_only_for_women_is_never_above_others_when_men_ask(bundled_client, words, place):
    soup = _page(bundled_client, words, place)
    assert not _only_for_one_sex_first(soup, WOMEN_ONLY)
    # nor first among the services near (before the talk box or under it)
    local = _cards(soup, "local-title")
    assert not local or WOMEN_ONLY not in _text(local[0])


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("women's support group, abused as a child", "Bolton"),
        ("counselling just for ladies, sexually abused as a kid", "Stockport"),
        ("womens group for survivors of child abuse", "Wigan"),
    ],
)
def test_a_service_only_for_men_is_never_above_others_when_women_ask(bundled_client, words, place):
    soup = _page(bundled_client, words, place)
    assert not _only_for_one_sex_first(soup, MEN_ONLY)
    assert not any(MEN_ONLY in _text(card) for card in _cards(soup, "local-title"))


@pytest.mark.parametrize(
    "words",
    [
        "men's group for survivors of childhood sexual abuse",
        "support for blokes abused as kids, somewhere for men",
        "dw i'n 57 oed, ces i fy ngham-drin yn blentyn, grŵp cymorth i ddynion",
    ],
)
def test_the_mens_line_is_among_the_first_national_cards(bundled_client, words):
    welsh = "oed" in words
    soup = _page(bundled_client, words, "", welsh)
    first = _names(_cards(soup, "national-title"))[:3]
    assert any("Male Survivor" in name for name in first), first


# --- 2. no sentence above the talk box sending someone down to nothing ----------------------


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (
            "i'm 58, abused by an uncle when i was a boy, never told a soul, want to talk to a man",
            "Leyburn",
        ),
        (
            "man of 66, abused by a neighbour as a boy, looking for a male counsellor to talk to",
            "Settle",
        ),
        (
            "i'm 55 and was abused by my uncle from the age of 9, want to talk to someone",
            "Pickering",
        ),
        ("woman of 63, my father abused me as a child, want to speak to someone", "Bedale"),
    ],
)
def test_the_first_screen_does_not_send_them_down_to_a_match_they_may_not_use(
    bundled_client, words, place
):
    soup = _page(bundled_client, words, place)
    moved = [t for t in ("moved-other-title", "moved-contact-title") if _cards(soup, t)]
    assert moved, "the walk-through's case: a match further down that may not be for them"
    section = soup.select_one('section[aria-labelledby="local-title"]')
    talk = section.select_one(".app-talk-now")
    before_talk = " ".join(
        _text(p) for p in section.select("p") if talk is None or p.sourceline < talk.sourceline
    )
    assert "further down" not in before_talk, before_talk
    assert not section.select('a[href="#moved-other-title"], a[href="#moved-contact-title"]')
    # ... the headed sections further down stay
    for title in moved:
        assert soup.select_one(f'h2[id="{title}"]') is not None


# --- 3. parents asking care after their child's abuse ---------------------------------------


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("therapy for mums and dads whose child was sexually abused", "Malton"),
        (
            "counselling for me and my husband, our daughter was sexually abused by her grandad",
            "Selby",
        ),
        ("support for our family after our son was sexually abused", "Goole"),
    ],
)
def test_a_parent_asking_care_gets_no_prevention_line_or_youth_line_first(
    bundled_client, words, place
):
    soup = _page(bundled_client, words, place)
    assert "Stop It Now" not in _talk_lines(soup)
    first = _names(_cards(soup, "national-title"))[:3]
    assert not any(name in ("The Mix", "Childline", "Meic") for name in first), first


# --- 4. worried about their own thoughts ------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "welsh"),
    [
        (
            "worried about my sexual thoughts about children, 39 yrs old, looking for counselling",
            False,
        ),
        ("worried about my thoughts about young girls, looking for therapy", False),
        ("anxious about my own urges towards children, where can i get therapy", False),
    ],
)
def test_lines_for_anyone_struggling_come_last_on_his_more_page(bundled_client, words, welsh):
    more = _more_page(bundled_client, _page(bundled_client, words, "", welsh))
    names = _names(more.select(".app-result"))
    struggling = [n for n, name in enumerate(names) if name in ("Samaritans", "Shout 85258")]
    assert struggling, names
    # (after every other card but a suicide line, which stays last)
    others = [n for n, name in enumerate(names) if n not in struggling and "Suicide" not in name]
    assert min(struggling) > max(others), names


@pytest.mark.parametrize(
    "words",
    [
        "sexual thoughts about kids, 44 yrs old, need therapy",
        "having urges about children, 52 years old, want help",
        "16 year old lad sexual thoughts about younger children, need help",
        "attracted to kids and scared of it. 15 yrs old",
    ],
)
def test_his_own_age_said_bare_is_read(bundled_client, words):
    soup = _page(bundled_client, words)
    assert "Showing services for the age in your search." in _text(soup)
    if any(f" {n} " in f" {words} " for n in ("15", "16", "17")):
        assert "Childline" in _talk_lines(soup)


@pytest.mark.parametrize(
    "words",
    [
        "sexual thoughts about a 12 year old girl, need help",
        "i was inappropriate with my partners 11 year old and need help",
        "attracted to girls 13 years old, how do i stop",
    ],
)
def test_the_childs_age_is_not_read_as_his(bundled_client, words):
    soup = _page(bundled_client, words)
    assert "Showing services for the age in your search." not in _text(soup)
    assert "Childline" not in _talk_lines(soup)
