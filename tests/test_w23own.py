"""The ninth probe's patterns (probe 19), tested in other words than the probe's, both ways,
English and Welsh: someone who has offended or fears offending again in words the tables
lacked; own acts or thoughts about a named young relative or a child in one's care; parents
and carers not read ("daddy of two", a guardian of a sibling, signs asked of a child by age);
an adult survivor who names their child as why it comes back; youth group leaders, a worker
for a family and a worker who overheard."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.asker import who_is_asking
from directory.search.understand import clean_text


def _asker(words: str):
    return who_is_asking(clean_text(words))


def _talk(client, words: str, place: str, welsh: bool = False) -> list[str]:
    """The lines of "Talk to someone now", in order."""
    path = "/cy/search" if welsh else "/search"
    page = client.get(path, query_string={"q": words, "location": place})
    assert page.status_code == 200
    soup = BeautifulSoup(page.data, "html.parser")
    box = soup.find(id="talk-now-title").find_parent(["aside", "section", "div"])
    return [(li.find("a") or li).get_text(" ", strip=True) for li in box.find_all("li")]


# --- pattern 1: offended, or afraid of offending again ---------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "just got out of jail after sexual offences against children, where can i get help",
        "served 4 years for sex offences and i am scared of reoffending",
        "how do i make sure i never reoffend, my probation ended",
        "i have been on the sex offenders register since 2019 and need someone to talk to",
        "i'm on the sex offender register and my urges are back",
        "i let my neighbour's little boy watch porn with me, what have i done",
        "cant stop wanting to stare at my niece's body sexually, please help",
        "i want to quit sexting with underage kids on snapchat",
        # Welsh: on the register, out of prison for sex offences, not wanting to reoffend
        "rydw i ar y gofrestr troseddwyr rhyw, oes rhywun i siarad efo nhw",
        "wedi dod allan o'r carchar ar ôl troseddau rhyw, angen help i beidio ag aildroseddu",
        "dwi ar y gofrestr troseddwyr rhyw ac mae fy ysfa wedi dod yn ôl",
    ],
)
def test_offences_and_fear_of_reoffending_are_own(words: str) -> None:
    assert _asker(words).persona == "own-behaviour"


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        # someone else's offences or urges: a child harmed, a worried parent
        ("my stepdad is on the sex offenders register and he touches me", "child"),
        ("my ex got out of prison for child sex offences and wants to see our daughter", "parent"),
        ("our neighbour was jailed for sex offences, should i warn my kids", "parent"),
        ("mae fy llystad ar y gofrestr troseddwyr rhyw", ""),
        ("the urges to self harm are back", ""),
        ("my uncle keeps looking at my body in a sexual way", ""),
        ("how likely are sex offenders to reoffend", ""),
    ],
)
def test_someone_elses_offences_are_not_the_askers(words: str, persona: str) -> None:
    asker = _asker(words)
    assert asker.persona != "own-behaviour"
    if persona:
        assert asker.persona == persona


def test_offences_page_offers_stop_it_now_first_not_childline(bundled_client) -> None:
    talk = _talk(bundled_client, "out of jail for sex offences, dont want to reoffend", "Leeds")
    assert talk[0] == "Stop It Now helpline"
    assert "Childline" not in talk


def test_welsh_register_page_offers_stop_it_now_first(bundled_client) -> None:
    talk = _talk(bundled_client, "rydw i ar y gofrestr troseddwyr rhyw", "Wrecsam", welsh=True)
    assert talk[0] in ("Stop It Now helpline", "Lucy Faithfull Foundation Wales")
    assert "Llinell gymorth Meic" not in talk


# --- pattern 2: own acts or thoughts about a named young relative or a child in one's care ----


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("im 16 and ive been sexually touching my 6 yr old niece, i need to stop", 16),
        ("i kissed my 9 year old stepdaughter in a sexual way, i feel disgusting", None),
        ("my feelings towards my son have become sexual, i'd never do anything", None),
        ("swimming teacher, i have sexual thoughts about a girl in my class (11)", None),
        ("i'm attracted to a boy i tutor, he is 13, how do i stop this", None),
        ("dance teacher with inappropriate thoughts about a girl in my class", None),
        ("dwi'n 16 ac wedi bod yn cyffwrdd fy nai 6 oed yn rhywiol, sut dwi'n stopio", 16),
    ],
)
def test_own_acts_or_thoughts_about_a_young_relative_are_own(words: str, age: int | None) -> None:
    asker = _asker(words)
    assert asker.persona == "own-behaviour"
    assert asker.age == age  # never the relative's or the pupil's age


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        ("my 16 year old nephew has been sexually touching my 6 year old", "parent"),
        ("i think my husband kissed our son in a sexual way", ""),
        ("im 11 and i touched my cousin sexually", "child"),  # a child near in age
        ("youth worker, my colleague has sexual feelings for a boy in our youth group", ""),
        ("a teacher at my school has sexual feelings for a girl in my class", ""),
        ("mae fy nghefnder 15 oed wedi bod yn cyffwrdd fy mab 5 oed yn rhywiol", "parent"),
        ("dwi'n 11 a wnes i gyffwrdd fy nghefnder yn rhywiol", "child"),
    ],
)
def test_someone_elses_acts_on_a_child_are_not_the_askers(words: str, persona: str) -> None:
    asker = _asker(words)
    assert asker.persona != "own-behaviour"
    if persona:
        assert asker.persona == persona


# --- pattern 3: parents and carers ---------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "daddy of two girls, the eldest says a boy at the park showed her his privates",
        "mommy to a 3yo who won't let her grandad bath her any more",
        "legal guardian of my younger sister (9), she says our stepdad touched her",
        "warning signs of grooming in an 8 year old, her coach messages her a lot",
        "gwarcheidwad fy chwaer fach (8), mae hi'n dweud bod ein llystad wedi ei chyffwrdd",
        "mami i fachgen 3 oed sy'n dweud bod ei ewythr yn chwarae gemau rhyfedd",
    ],
)
def test_parents_and_carers_in_other_words_are_parents(words: str) -> None:
    assert _asker(words).persona == "parent"


@pytest.mark.parametrize(
    "words",
    [
        "my little sister (9) touched me",
        "my big brother (15) made me touch him",
        "mae fy chwaer fach 9 oed wedi fy nghyffwrdd",
    ],
)
def test_a_child_naming_a_sibling_is_still_a_child(words: str) -> None:
    assert _asker(words).persona == "child"


def test_signs_asked_of_a_child_by_age_gets_the_nspcc_first(bundled_client) -> None:
    talk = _talk(bundled_client, "signs of sexual abuse in a 7 year old boy", "Norwich")
    assert talk[0] == "NSPCC Helpline"


# --- pattern 4: an adult survivor who has children --------------------------------------------


def test_an_adult_age_in_brackets_after_a_parent_is_theirs_and_the_past_is_theirs() -> None:
    asker = _asker(
        "dad of two (41), my uncle abused me when i was 8-12, its all coming back now my son is 8"
    )
    assert asker.persona == "adult"
    assert asker.age == 41


def test_a_welsh_parents_age_after_what_they_are_is_theirs_and_same_age_is_no_age() -> None:
    asker = _asker(
        "tad i ddau (45), ces i fy ngham-drin gan fy ewythr pan o'n i'n blentyn, mae'n dod yn ôl "
        "nawr bod fy mab yr un oed"
    )
    assert asker.persona == "adult"
    assert asker.age == 45


def test_a_span_of_childhood_ages_is_never_the_childs_age() -> None:
    asker = _asker("mum of two, my grandad abused me when i was 7-11 and now he wants to babysit")
    assert asker.for_age != 11


def test_harm_to_the_survivors_child_makes_them_a_parent() -> None:
    asker = _asker("mum of two (39), my dad abused me as a kid and now he has touched my daughter")
    assert asker.persona == "parent"


# --- pattern 5: roles -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "cubs leader, one of my cubs (8) said his stepdad hurts his willy",
        "brownies leader, one of the brownies told me her uncle takes pictures of her",
        "nanny for two families, the 6 year old says her mums friend touches her",
        "kitchen assistant, overheard a year 3 boy telling his mate his uncle touches him",
        "rainbows leader, one of my rainbows (6) says her grandad plays a secret game with her",
        "explorers leader, overheard one of the explorers boasting that his stepbrother makes him",
        "arweinydd cybiau, mae un o'r cybiau wedi dweud bod ei ewythr yn ei gyffwrdd",
        "church crèche helper, i overheard a little girl say her uncle hurts her bum",
    ],
)
def test_youth_leaders_nannies_and_workers_who_overheard_are_professionals(words: str) -> None:
    assert _asker(words).persona == "professional"


@pytest.mark.parametrize(
    "words",
    [
        "my cub leader touched me",
        "heard my dad tell his friend what he did to me",
        "scout leader, i was abused by my uncle as a boy",
        "my cleaner, i heard her say she was abused",
    ],
)
def test_a_child_harmed_by_or_overhearing_is_not_a_professional(words: str) -> None:
    assert _asker(words).persona != "professional"
