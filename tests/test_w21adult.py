"""Adults and professionals read right (issue 25; the seventh probe's patterns 2 and 3, tested
here in other words and towns than the probe's): the words of grown-up life (a husband, a wife,
a fiancé, a partner the asker lives with, a boss, a landlord, work) say an adult is asking when
no child's age is said; an adult's age said first and short ("21 and…", "23f") is the asker's;
a job of caring for or acting for a child ("babysitter", "au pair", "solicitor acting for…"),
then the child, or a child with injuries, is a professional. Each reading is tested both ways:
a child's words about someone else's husband, or a role-holder who harmed the asker, are not."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.understand import understand


@pytest.mark.parametrize(
    "words",
    [
        "my wife pressures me into sex every night, is that abuse",
        "my ex-husband used to force himself on me",
        "my fiancee raped me while i was asleep",
        "my common law husband makes me do sexual things i dont want",
        "my girlfriend and i live together and she forced me last night",
        "my partner assaulted me and im scared to go home",
        "my line manager groped me in the lift",
        "my landlady's son keeps trying to get into my room to touch me",
        "i was assaulted at work by a customer",
        "pregnant and my partner forces me to have sex",
        # Welsh: my wife forced me to have sex; my ex-husband raped me; my boss touched me
        "fe wnaeth fy ngwraig fy ngorfodi i gael rhyw",
        "wnaeth fy nghyn wr fy nhreisio",
        "mae fy rheolwr yn fy nghyffwrdd",
    ],
)
def test_grown_up_life_says_an_adult_is_asking(words: str) -> None:
    asker = understand(words).asker
    assert asker.persona == "adult", (words, asker)
    assert asker.for_age is None, (words, asker)


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("my nans husband comes in my room at night", None),
        ("my aunties husband touches me when we visit", None),
        ("when mum is at work my step dad touches me", None),
        ("my brothers wife touched me, im 11", 11),
        ("im 14 and my boyfriend i live with hurts me", 14),
        # Welsh: my mother's husband touches me; I'm 13 and my sister's husband touches me
        ("mae gwr mam yn cyffwrdd fi", None),
        ("dwi'n 13 a mae gwr fy chwaer yn fy nghyffwrdd", 13),
    ],
)
def test_someone_elses_husband_or_a_childs_age_stays_a_child(words: str, age: int | None) -> None:
    asker = understand(words).asker
    assert asker.persona == "child", (words, asker)
    assert asker.age == age, (words, asker)


@pytest.mark.parametrize(
    "words",
    ["my wife was downloading pictures, the police came", "my fiance has been looking at images"],
)
def test_a_partners_own_acts_are_not_the_asker_harmed(words: str) -> None:
    # (the partner of someone viewing images keeps the reading that finds the families' service)
    assert understand(words).asker.persona != "adult", words


def test_a_teenagers_boyfriend_is_not_an_adult_reading() -> None:
    asker = understand("my boyfriend (17) pushed me into sex").asker
    assert asker.persona != "adult" and asker.age is None, asker


@pytest.mark.parametrize(
    ("words", "age", "gender"),
    [
        ("21 and my boyfriend raped me at a party", 21, ""),
        ("20 and a man i met online assaulted me", 20, ""),
        ("23f, raped on a night out", 23, "female"),
        ("im 22m and was assaulted in a club", 22, "male"),
        ("19 oed a ces i fy nhreisio", 19, ""),
    ],
)
def test_an_adult_age_said_first_is_the_askers(words: str, age: int, gender: str) -> None:
    asker = understand(words).asker
    assert asker.persona == "adult" and asker.age == age, (words, asker)
    assert asker.gender == gender, (words, asker)


@pytest.mark.parametrize(
    "words",
    ["18 and under support groups", "18 year old man raped me", "16 and my ex raped me"],
)
def test_an_age_first_that_is_not_an_adults_own(words: str) -> None:
    asker = understand(words).asker
    assert not (asker.persona == "adult" and asker.age is not None and asker.age >= 18), (
        words,
        asker,
    )


@pytest.mark.parametrize(
    "words",
    [
        "babysitter, the girl i babysit said her stepdad hurts her",
        "aupair here, the boy i look after aged 5 told me his uncle does things",
        "nanny for twins, one of the children i care for said someone touched her",
        "virtual school head seeking counselling for looked after children after abuse",
        "barrister representing a child abused by a family friend, what support is there",
        "independent visitor working with a young person in care who was abused",
        "youth worker, a 13 year old girl has bruises on her thighs",
        "ice skating instructor, a girl of 9 showing signs of sexual abuse",
        # Welsh: a nurse in the emergency unit, a child 8 with injuries; a doctor on call, a
        # girl 10 with strange bruises
        "nyrs yn yr uned frys, plentyn 8 gydag anafiadau, amheuaeth o gam-drin",
        "meddyg ar alwad, merch 10 gyda cleisiau rhyfedd",
    ],
)
def test_a_job_caring_for_or_acting_for_a_child_is_a_professional(words: str) -> None:
    asker = understand(words).asker
    assert asker.persona == "professional", (words, asker)


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        ("my babysitter touched me", "child"),
        ("nanny keeps touching me when mum goes out", "child"),
        ("my au pair hurt my daughter", "parent"),
        ("our babysitter abused my son, he is 6", "parent"),
        ("my solicitor raped me", ""),
    ],
)
def test_a_role_holder_who_harmed_is_not_the_asker(words: str, persona: str) -> None:
    assert understand(words).asker.persona == persona, words


def _page(client, path: str, words: str, town: str) -> tuple[str, list[str], str]:
    page = client.get(path, query_string={"q": words, "location": town})
    assert page.status_code == 200
    soup = BeautifulSoup(page.data, "html.parser")
    box = soup.find(id="talk-now-title").find_parent(["aside", "section", "div"])
    cards = [li.find("h3").get_text(strip=True) for li in soup.find_all("li", class_="app-result")]
    text = " ".join(p.get_text(" ", strip=True) for p in soup.find_all("p"))
    return box.find("li").get_text(" ", strip=True), cards, text


@pytest.mark.parametrize(
    ("path", "words", "town"),
    [
        ("/search", "my wife makes me have sex when i dont want to", "Reading"),
        ("/search", "my ex-husband raped me last year", "Sunderland"),
        ("/cy/search", "fe wnaeth fy ngwraig fy ngorfodi i gael rhyw", "Aberystwyth"),
    ],
)
def test_a_spouse_raping_gets_an_adults_line_first_not_a_childrens(
    bundled_client, path: str, words: str, town: str
) -> None:
    talk, _, _ = _page(bundled_client, path, words, town)
    assert not talk.startswith(("Childline", "NSPCC", "Llinell gymorth Meic")), (words, talk)


@pytest.mark.parametrize(
    "words",
    ["cafodd fy ngorfodi i gael rhyw gan fy nghariad", "fe wnaeth e fy ngorfodi i gael rhyw"],
)
def test_welsh_forced_to_have_sex_is_not_words_without_a_service(
    bundled_client, words: str
) -> None:
    _, _, text = _page(bundled_client, "/cy/search", words, "Bangor")
    # (in Welsh, or in English where the Welsh catalogue is not compiled)
    assert "Doedden ni ddim yn gallu dod o hyd i wasanaeth" not in text, words
    assert "We could not find a service for those words" not in text, words


def test_an_adult_age_said_first_gets_no_childrens_line_or_paediatric_card(
    bundled_client,
) -> None:
    talk, cards, text = _page(
        bundled_client, "/search", "18 and my boyfriend raped me two weeks ago", "Morpeth"
    )
    assert not talk.startswith(("Childline", "NSPCC")), talk
    assert not any("Paediatric" in card for card in cards), cards
    assert "age 18" in text


def test_an_au_pair_reporting_a_child_gets_the_nspcc_first(bundled_client) -> None:
    talk, _, _ = _page(
        bundled_client,
        "/search",
        "au pair, the little boy i look after aged 6 said his dad hurts his bottom",
        "Guildford",
    )
    assert talk.startswith("NSPCC"), talk
