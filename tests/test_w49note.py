"""(w49note, check51) What a page tells a child, and whose lines lead for an adult.

1. (check51 F3) The note under "Talk to someone now" told a child of 12 who said she had no
   grown-up she could trust, and that her mum knew and did nothing, to ask a grown-up she trusts;
   and it told children that they "cannot ring or text this service yourself" above a service
   whose listing gives no phone but never says a child cannot contact it. A grown-up is now
   named only when a card says the service does not take the child alone, and never to a child
   who says there is no adult to ask; otherwise the note says the service has no number to ring
   or text now, the lines above, and its website.
2. (check51 F5) "learning disability adult abused by carer" ignored "adult": Childline and the
   NSPCC's line led, and a children's centre was the first card; a wheelchair user whose carer
   touches them had Childline second and a service for adults abused in childhood first. An
   adult named with a disability or a carer is an adult; someone harmed by their own carer now
   has the lines for adults first, and the centre before services for abuse in childhood.
"""

import pytest

from tests.helpers import card_ids, searched, talk_box, talk_names, texts_of

NOTE = ".app-none-alone"
GROWN_UP = ("grown-up", "oedolyn")
LINES_ABOVE = ("talk to the people above", "siaradwch â’r bobl uchod")

# --- 1. the note, for a child with no adult to ask (check51 F3) ---------------------------

#: a child who says their age and that there is no adult to ask, where the first local card
#: takes children alone only from an older age (its card: "You cannot contact them on your own
#: yet")
NO_ADULT_TO_ASK = [
    ("im 8 and theres nobody i can tell, my nan knows and does nothing", "Dudley", False),
    ("im 11, my big brother does things to me and no one believes me", "Wolverhampton", False),
    ("dw i'n 9 oed a does neb yn fy nghredu, mae fy llystad yn fy nghyffwrdd", "Walsall", True),
    # (welsh20 F2) as Welsh children say it
    ("dwi'n 10 a fedra i ddim deud wrth neb, mae fy nhaid yn fy nghyffwrdd", "Walsall", True),
    ("dw i'n 9, sgen i neb, mae fy mrawd mawr yn gwneud pethau i fi", "Walsall", True),
    (
        "dw i'n 8 ac mae nain yn gwybod ond dydy hi'n gneud dim, mae fy ewythr yn fy mrifo",
        "Walsall",
        True,
    ),
]


@pytest.mark.parametrize(("words", "place", "welsh"), NO_ADULT_TO_ASK)
def test_a_child_with_no_adult_to_ask_is_not_told_to_ask_a_grown_up(
    bundled_client, words, place, welsh
):
    notes = texts_of(searched(bundled_client, words, place, welsh=welsh), NOTE)
    assert notes, "the note to talk to the lines above stays"
    assert not any(word in notes[0] for word in GROWN_UP), notes
    assert any(lines in notes[0] for lines in LINES_ABOVE), notes


#: a child whose first local card gives no phone and says nothing of referral ("Ask the
#: service"): nothing says a child cannot contact it
NO_NUMBER_NO_RULE = [
    ("i am 11 and my uncle makes me do things", "Llanelli", False),
    ("im 12 my step brother comes in my room at night", "Seaham", False),
    ("dw i'n 11 ac mae fy mrawd yn fy nghyffwrdd yn y nos", "Castell-nedd", True),
]


@pytest.mark.parametrize(("words", "place", "welsh"), NO_NUMBER_NO_RULE)
def test_a_service_with_no_number_is_not_one_a_child_cannot_contact(
    bundled_client, words, place, welsh
):
    notes = texts_of(searched(bundled_client, words, place, welsh=welsh), NOTE)
    assert notes
    assert not any(word in notes[0] for word in GROWN_UP), notes
    assert any(lines in notes[0] for lines in LINES_ABOVE), notes
    assert ("wefan" if welsh else "website") in notes[0], notes


def test_guard_a_young_child_whose_service_takes_them_alone_later_keeps_the_grown_up(
    bundled_client,
):
    # guard (passes on main too): the card says "You cannot contact them on your own yet"
    soup = searched(bundled_client, "im 7 my step mum hurts me down there", "Dudley")
    notes = texts_of(soup, NOTE)
    assert notes and "a grown-up you trust" in notes[0], notes


# --- 2. an adult with a disability or a carer (check51 F5) --------------------------------


def local_ids(soup) -> list[str]:
    """The ids of the local cards above the services available everywhere, in order."""
    section = soup.select_one('section[aria-labelledby="local-title"]')
    return card_ids(section.select("li.app-result")) if section else []


ADULTS_LINE = "24/7 Rape & Sexual Abuse Support Line"
VICTIM_SUPPORT = "Victim Support Supportline"
#: the West Midlands centre only for children, and Staffordshire's centre for adults
CHILDRENS_CENTRE_WM = "horizon-sarc-west-midlands-children"
ADULTS_CENTRE_STAFFS = "grange-park-sarc"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("disabled adult raped by carer", "Stafford"),
        ("help for vulnerable adult abused by carer", "Cannock"),
    ],
)
def test_an_adult_named_with_a_disability_or_carer_gets_the_adults_lines_and_centre(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    box = talk_names(talk_box(soup))
    assert box[:2] == [ADULTS_LINE, VICTIM_SUPPORT], box
    assert "Childline" not in box, box
    cards = local_ids(soup)
    assert cards[:1] == [ADULTS_CENTRE_STAFFS], cards
    assert CHILDRENS_CENTRE_WM not in cards[:2], cards


#: someone whose own carer harms them now, with a disability and no age said
OWN_CARER_NOW = [
    ("im registered blind and my home carer keeps touching me", "Lewisham"),
    ("i am disabled and my personal assistant makes me do sexual things", "Kingston upon Thames"),
]
#: London's centres for people assaulted in the past year, and a service for adults abused as
#: children
HAVENS = "the-havens-london"
FOR_ADULTS_ABUSED_AS_CHILDREN = "aurora-foundation-london"


@pytest.mark.parametrize(("words", "place"), OWN_CARER_NOW)
def test_someone_harmed_by_their_own_carer_has_the_adults_lines_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    box = talk_names(talk_box(soup))
    assert box[:2] == [ADULTS_LINE, VICTIM_SUPPORT], box
    assert "Childline" in box, box  # (kept for a young person with a carer)
    cards = local_ids(soup)
    assert cards[:1] == [HAVENS], cards
    assert FOR_ADULTS_ABUSED_AS_CHILDREN in cards, cards  # (still there, after it)


def test_guard_a_disabled_adult_abused_as_a_child_keeps_the_services_for_that(bundled_client):
    # guard (passes on main too): abuse in childhood, told by an adult with a disability
    words = "i am disabled and my grandad abused me when i was a child"
    cards = local_ids(searched(bundled_client, words, "Lewisham"))
    assert cards.index(FOR_ADULTS_ABUSED_AS_CHILDREN) < cards.index(HAVENS), cards


# --- 3. abuse told in the past tense, with no age (check51 F9) ----------------------------

#: abuse done to them, told in the past tense, no age and nothing a child says of now
PAST_NO_AGE = [
    ("my older brother sexually abused me", "Bolton"),
    ("my big sister molested me", "Stockport"),
    ("what my abuser did still haunts me", "Swindon"),
    ("my abuser got out of prison and I feel sick", "Exeter"),
]


@pytest.mark.parametrize(("words", "place"), PAST_NO_AGE)
def test_abuse_told_in_the_past_with_no_age_gets_the_lines_for_both(bundled_client, words, place):
    box = talk_names(talk_box(searched(bundled_client, words, place)))
    assert ADULTS_LINE in box[:2], box
    assert "Childline" in box, box
    assert "NSPCC Helpline" not in box[:2], box  # (the line for adults worried about a child)


def test_an_adults_words_of_the_past_see_the_centre_for_all_ages_first(bundled_client):
    cards = local_ids(
        searched(bundled_client, "my abuser got out of prison and I feel sick", "Exeter")
    )
    assert cards[:1] == ["devon-cornwall-sarc"], cards


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my cousin molested me, im in year 7", "Bolton"),
        ("my step brother abused me and he still comes in my room", "Stockport"),
    ],
)
def test_guard_a_childs_words_of_now_keep_a_childs_box(bundled_client, words, place):
    # guard (passes on main too): a child's life or abuse going on now keeps the child's box
    box = talk_names(talk_box(searched(bundled_client, words, place)))
    assert box[:1] == ["Childline"], box
    assert ADULTS_LINE not in box, box


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my wife thinks her brother is abusing their niece", "Reading"),
        ("my father in law touched our neighbours kid", "Basingstoke"),
    ],
)
def test_a_grown_ups_own_life_puts_the_adults_lines_before_childline(bundled_client, words, place):
    box = talk_names(talk_box(searched(bundled_client, words, place)))
    assert box[:1] == ["NSPCC Helpline"], box
    assert box.index(ADULTS_LINE) < box.index("Childline"), box


def test_guard_a_child_worried_about_a_sister_keeps_childline_first(bundled_client):
    # guard (passes on main too): no grown-up's own life in the words
    box = talk_names(
        talk_box(
            searched(bundled_client, "my mum thinks my stepdad is touching my sister", "Slough")
        )
    )
    assert box[:1] == ["Childline"], box
