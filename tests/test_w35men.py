"""(twenty-ninth walk-through F1, F5) A man abused as a boy who asks for counselling, or for
someone to talk to, sees the local rape and sexual abuse centre whose own stated eligibility is
open to everyone affected (a listing that states no audience and no kinds of support) as a
local service near him, first, its card saying who it is for in the listing's own words rather
than "Not stated"; a child is not shown such a centre as one near them; and a professional
asking for counselling for someone they see has the local counselling service they can reach
before a sexual assault referral centre."""

import pytest

from tests.helpers import card_ids, searched, words_of

#: the one listing in the bundled data stating no audience, open to "People affected by rape
#: and sexual abuse" (Gloucestershire)
OPEN_CENTRE = "grasac-gloucestershire"


def _near_cards(soup):
    """The cards of the first local section ("Services near you"), in order."""
    section = soup.select_one('section[aria-labelledby="local-title"]')
    assert section is not None, "no local section"
    return section.select("li.app-result")


#: a man abused as a boy asking for counselling or someone to talk to, in Gloucestershire
SURVIVORS = [
    ("52 year old bloke, my uncle did things to me when I was young, want a counsellor", "Dursley"),
    ("man, 61, interfered with by a neighbour as a lad, need therapy near me", "Tewkesbury"),
    ("I was molested by my cousin growing up, I'm 45 now and need someone to talk to", "Lydney"),
]
SURVIVORS_CY = [
    ("rwy'n 55, ces i fy ngham-drin gan fy nghefnder yn blentyn, angen cwnsela", "Cheltenham"),
    ("dyn 48 oed, cam-drin rhywiol yn blentyn, angen rhywun i siarad ag e", "Cirencester"),
]


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [(*case, False) for case in SURVIVORS] + [(*case, True) for case in SURVIVORS_CY],
)
def test_open_centre_is_the_survivors_first_card_near(bundled_client, words, place, welsh):
    soup = searched(bundled_client, words, place, welsh)
    near = card_ids(_near_cards(soup))
    assert near and near[0] == OPEN_CENTRE, near
    page = words_of(soup)
    assert "is clearly for you" not in page
    assert "may not be for you" not in words_of(_near_cards(soup)[0])


def test_open_centre_card_says_who_it_is_for_in_its_own_words(bundled_client):
    words = "abused by my dad as a boy, 57 now, looking for counselling"
    soup = searched(bundled_client, words, "Stroud")
    card = next(c for c in _near_cards(soup) if card_ids([c]) == [OPEN_CENTRE])
    rows = {
        words_of(row.select_one("dt")): words_of(row.select_one("dd"))
        for row in card.select(".govuk-summary-list__row")
        if row.select_one("dt") and row.select_one("dd")
    }
    who = rows.get("Who it is for", "")
    # adults are among the people its own words open it to; its ages are not stated
    assert who.startswith("Adults; age policy not stated"), rows
    assert "People affected by rape and sexual abuse" in who, rows
    assert "Not stated" not in who and "Children" not in who


def test_open_centre_card_in_welsh_marks_the_listings_words_as_english(bundled_client):
    words = "cefais fy ngham-drin gan fy ewythr yn blentyn, dyn 62, angen cwnsela"
    soup = searched(bundled_client, words, "Stroud", welsh=True)
    card = next(c for c in soup.select("li.app-result") if card_ids([c]) == [OPEN_CENTRE])
    row = next(r for r in card.select(".govuk-summary-list__row") if "Ar gyfer pwy" in words_of(r))
    assert words_of(row.select_one("dd")).startswith("Oedolion; polisi oedran heb ei nodi")
    assert row.select_one('dd span[lang="en"]') is not None


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im 12 and my stepdad touches me at night", "Tewkesbury"),
        ("13 my brother makes me do stuff i dont want", "Dursley"),
        ("im 9 and my uncle hurts my privates", "Stroud"),
    ],
)
def test_a_child_is_not_shown_the_open_centre_as_near(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    section = soup.select_one('section[aria-labelledby="local-title"]')
    near = card_ids(section.select("li.app-result")) if section is not None else []
    assert OPEN_CENTRE not in near, near
    # its card, further down, says it may be for adults; never that it is for children
    for card in soup.select("li.app-result"):
        if card_ids([card]) == [OPEN_CENTRE]:
            assert "Children" not in words_of(card)
            assert "Adults; age policy not stated" in words_of(card)


#: a professional asking for counselling for someone they see, with the local counselling
#: service they can reach and a sexual assault referral centre both near
PROFESSIONALS = [
    (
        "social worker - 16 year old girl disclosed abuse by her stepdad, therapy for her",
        "Crewe",
        "rasasc-cheshire",
        "saint-marys-sarc-manchester",
    ),
    (
        "health visitor, mum disclosed she was abused as a child by her father, needs counselling",
        "Chesterfield",
        "sv2-derbyshire",
        "millfield-house-sarc",
    ),
    (
        "teacher: pupil aged 14 said her brother sexually abused her, counselling referral",
        "Bangor",
        "rasasc-north-wales-rape-and-sexual-abuse-support-centre",
        "amethyst-sarc-north-wales",
    ),
]


@pytest.mark.parametrize(("words", "place", "counselling", "centre"), PROFESSIONALS)
def test_professional_asking_counselling_sees_counselling_before_a_centre(
    bundled_client, words, place, counselling, centre
):
    soup = searched(bundled_client, words, place)
    local = card_ids(soup.select("li.app-result"))
    assert counselling in local and centre in local, local
    assert local.index(counselling) < local.index(centre), local
