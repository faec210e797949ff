"""Who is asking, read from words the fifth independent probe showed were missed (probe 15: 217 of
240 right on 87f641a): ages written as words, a young person's age said first, a grown-up's loose
age, own wishes and acts in other words, roles not known or with a word before them, parents'
words in plural and in Welsh. Each rule both ways, in words and places of our own, English and
Welsh."""

from __future__ import annotations

import pytest

from directory.search.understand import understand

from .test_asker_probe import _first_screen


def _asker(q: str):
    return understand(q).asker


# --- 1. ages written as words, with the same rules as digits ------------------------------------


@pytest.mark.parametrize(
    ("q", "age"),
    [
        ("im twelve and my stepdad touches me at night", 12),
        ("i am thirteen, my cousin makes me do things i dont like", 13),
        ("dwi'n un ar ddeg oed ac mae fy ewythr yn cyffwrdd fi", 11),
        ("dwi'n bedair ar ddeg ac mae o'n dod i fy ystafell", 14),
        ("dw i'n un deg pedwar oed, mae fy llystad yn gwneud pethau i mi", 14),
    ],
)
def test_a_childs_own_age_in_words_is_read_as_their_age(q, age):
    asker = _asker(q)
    assert asker.persona == "child" and asker.age == age, asker


def test_an_age_in_words_said_of_the_past_is_never_the_askers_now():
    asker = _asker("twenty two year old woman, my uncle abused me when i was eight")
    assert asker.persona == "adult" and asker.age == 22, asker


def test_a_parents_childs_age_in_words_is_the_childs():
    asker = _asker("my daughter is seven and she told me her grandad hurts her")
    assert asker.persona == "parent" and asker.for_age == 7, asker


@pytest.mark.parametrize(
    "q",
    [
        "my two boys were abused by their grandad",  # (not "age 2")
        "i waited ten years to tell anyone what my uncle did",
        "dyw e ddim yn deg, cefais fy ngham-drin gan fy nhad",  # ("not fair", not ten)
    ],
)
def test_number_words_not_said_as_an_age_give_no_age(q):
    assert _asker(q).age is None, _asker(q)


# --- a young person's age said first, then who they are ------------------------------------------


def test_a_young_persons_age_said_first_is_theirs_whatever_they_say_of_the_past():
    asker = _asker("14 year old girl, my uncle did things to me when i was little and still does")
    assert asker.persona == "child" and asker.age == 14, asker


def test_an_age_said_first_of_who_did_it_is_not_the_askers():
    asker = _asker("16 year old lad touched my daughter at the park")
    assert asker.persona == "parent" and asker.age is None, asker


# --- 4. a grown-up's loose age --------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "late 50s woman, my grandfather abused me",
        "early 40s bloke, stepdad abused me, struggling with drink",
        "man in his seventies, my brother did things to me",
    ],
)
def test_a_loose_adult_age_makes_an_adult_without_guessing_an_age(q):
    asker = _asker(q)
    assert asker.persona == "adult" and asker.for_age is None, asker


def test_a_loose_age_of_who_did_it_does_not_make_the_asker_an_adult():
    asker = _asker("a man in his 40s has been messaging my son")
    assert asker.persona == "parent", asker


# --- 2. own thoughts and acts in other words ------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "i feel the urge to abuse a child, what do i do",
        "i want to sexually harm kids and i hate it",
        "ive done something inappropriate to my stepson",
        "porn got out of hand, now watching underage stuff every night",
        "cant stop downloading illegal pics of under 13s",
        "stopitnow",
        "sgwrsio'n rhywiol ar y we gyda phlant, sut dw i'n stopio",
        "dwi'n beryg i blant",
    ],
)
def test_own_thoughts_and_acts_in_other_words(q):
    assert _asker(q).persona == "own-behaviour", _asker(q)


def test_the_age_limit_of_images_is_nobodys_age():
    assert _asker("cant stop downloading illegal pics of under 13s").for_age is None


@pytest.mark.parametrize(
    "q",
    [
        "i want to hurt the man who abused my son",
        "stop it now number for my husband, he looks at kids online",
        "mae dyn yn siarad yn rhywiol ar-lein gyda phlant yn y pentref",
        "mae o'n beryg i blant, dw i'n poeni",
    ],
)
def test_someone_elses_acts_or_a_wish_against_an_abuser_are_not_own_behaviour(q):
    assert _asker(q).persona != "own-behaviour", _asker(q)


# --- 3. professionals -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "lado, referral about a boy abused by his cousin",
        "child protection officer at the council, a girl of 6 told her teacher",
        "fostering agency supervising social worker, child placed with carers disclosed",
        "cook at a primary school, a boy in year 2 said his uncle hurts him",
        "taxi driver for the school, a pupil told me her stepdad comes in her room",
        "swyddog tai, plentyn wedi dweud bod ei llystad yn ei cham-drin",
    ],
)
def test_roles_not_known_before_are_professionals(q):
    assert _asker(q).persona == "professional", _asker(q)


def test_the_age_of_who_did_it_is_not_the_age_of_whom_the_help_is_for():
    asker = _asker("child protection officer, girl 7 disclosed abuse by cousin 14")
    assert asker.persona == "professional" and asker.for_age == 7, asker


@pytest.mark.parametrize(
    ("q", "persona"),
    [
        ("the school cook touched me", "child"),
        ("my sons taxi driver keeps messaging him", "parent"),
    ],
)
def test_a_role_someone_else_holds_is_not_the_askers(q, persona):
    assert _asker(q).persona == persona, _asker(q)


# --- 5. parents -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "signs of grooming in teenagers",
        "symptoms of sexual abuse in babies",
        "tad i fachgen 9 oed, mae ei ewythr wedi ei gam-drin",
        "arwyddion cam-drin mewn plant ifanc",
    ],
)
def test_parents_words_in_plural_and_in_welsh(q):
    assert _asker(q).persona == "parent", _asker(q)


def test_a_mother_named_as_who_did_it_is_not_a_parent_asking():
    assert _asker("cefais fy ngham-drin gan fy mam pan oeddwn i'n blentyn").persona != "parent"


# --- the page a person sees -----------------------------------------------------------------------


def test_a_child_writing_their_age_in_words_sees_childline_first_and_their_age(bundled_client):
    page = bundled_client.get(
        "/search",
        query_string={"q": "im fourteen, my mums boyfriend comes in my room", "location": "Hull"},
    )
    talk, _, who = _first_screen(page.data)
    assert talk[0] == "Childline", talk
    assert "Children" in who, who
    assert b"age 14" in page.data


def test_naming_stop_it_now_leads_the_talk_box_with_it(bundled_client):
    page = bundled_client.get("/search", query_string={"q": "stopitnow", "location": "Exeter"})
    talk, card, _ = _first_screen(page.data)
    assert talk[0] == "Stop It Now helpline" and card == "Stop It Now helpline", (talk, card)


# --- 6. a local centre that states no audience ---------------------------------------------------


def _cards(client, q: str, location: str) -> list[str]:
    from bs4 import BeautifulSoup

    page = client.get("/search", query_string={"q": q, "location": location})
    soup = BeautifulSoup(page.data, "html.parser")
    return [
        li.find("h3").get_text(" ", strip=True) for li in soup.find_all("li", class_="app-result")
    ]


def test_a_centre_for_people_affected_by_abuse_does_not_lead_a_page_about_own_thoughts(
    bundled_client,
):
    cards = _cards(bundled_client, "worried i could abuse my nephew", "Tewkesbury")
    assert cards[0] == "Stop It Now helpline", cards[:3]


def test_the_same_centre_still_leads_for_someone_it_was_made_for(bundled_client):
    cards = _cards(bundled_client, "i was raped last year and need counselling", "Tewkesbury")
    assert any("GRASAC" in card for card in cards[:3]), cards[:3]


def test_someone_to_tell_in_text_speak_is_someone_to_talk_to(bundled_client):
    # "sum1" is "someone": a child asking who to tell gets the children's line first, not an
    # adults' SARC nearby
    cards = _cards(bundled_client, "how can u tell sum1 ur uncle does stuff 2 u", "Immingham")
    assert cards[0] == "Childline", cards[:3]
