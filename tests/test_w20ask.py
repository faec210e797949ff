"""Who is asking, in more of people's own words (issue 25; probe 16's patterns, tested here in
other words and places than the probe's): someone worried about their own feelings or acts
towards a child of the family, an adult who names themselves with "adult", "girl 22" or an
advocate they need, parents who speak of families or of their child's other parent, jobs the
table of roles does not hold, and age notices that are not the help-seeker's. Each reading is
tested both ways: the words that must not be read so are tested too."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.understand import understand


@pytest.mark.parametrize(
    "words",
    [
        "i think i have feelings for my stepdaughter and it scares me",
        "developed a crush on one of my pupils, shes only 13",
        "keep having sexual dreams about young boys at the club i run",
        "i keep imagining kissing my friends daughter",
        "am i grooming my partners son, i buy him presents and tell him to keep secrets",
        "i message kids on roblox pretending to be 12",
        "i did something sexual to my little sister years ago and im scared i might do it again",
        "confidential help for people who get aroused by kids",
        "ive done stuff sexual with my little brother when i was 16",
        # Welsh: ashamed of my thoughts towards my nephew; worried about my feelings towards my
        # granddaughter; drawn to little boys; was
        # inappropriate with my stepdaughter (the "I" unsaid)
        "mae gen i gywilydd o fy meddyliau tuag at fy nai",
        "dwi'n becso am fy nheimladau tuag at fy wyres",
        "dw i'n cael fy nenu at fechgyn bach",
        "wedi bod yn amhriodol gyda fy llysferch, sut mae stopio",
    ],
)
def test_own_feelings_or_acts_towards_a_child_are_the_askers(words: str) -> None:
    asker = understand(words).asker
    assert asker.persona == "own-behaviour", (words, asker)
    assert asker.for_age is None, (words, asker)  # never the child's age as the asker's


@pytest.mark.parametrize(
    "words",
    [
        "i have feelings for my son but i struggle to bond with him",
        "my brother has feelings for my 12 year old niece",
        "he keeps grooming me online",
        "someone online pretended to be younger to talk to me, im 13",
        "im 15 and have fantasies about teenage girls",
        "my older cousin did something sexual with me when we were teens",
        "im 12 and i did something sexual with my little cousin",
        "mae e wedi cyffwrdd fy nith",
        "wedi cael fy nghyffwrdd gan fy ewythr",
    ],
)
def test_someone_elses_feelings_or_acts_are_not_the_askers(words: str) -> None:
    assert understand(words).asker.persona != "own-behaviour", words


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("autistic adult, 31, my uncle abused me for years", 31),
        ("girl 22, my stepbrother raped me last year", 22),
        ("bachgen 20 oed, fy ewythr wedi fy ngham-drin pan oeddwn i'n fach", 20),
        ("need an idva, my brother raped me", None),
        ("woman aged 52, my grandad abused me from 6 to 11, need therapy", 52),
        ("im 40 and want an isva, assaulted by my brothers friend", 40),
    ],
)
def test_an_adult_in_their_own_words_is_an_adult(words: str, age: int | None) -> None:
    asker = understand(words).asker
    assert asker.persona == "adult", (words, asker)
    assert asker.age == age, (words, asker)


@pytest.mark.parametrize(
    ("words", "persona", "age"),
    [
        ("girl 15, my stepbrother raped me", "child", 15),
        ("merch 13 oed, mae fy ewythr yn fy nghyffwrdd", "child", 13),
        ("my adult daughter was raped by her ex", "", None),
        # the age of who did it is not the asker's
        ("man aged 46 touched my daughter at the swimming baths", "parent", None),
    ],
)
def test_a_child_or_an_adults_parent_is_not_read_as_an_adult(
    words: str, persona: str, age: int | None
) -> None:
    asker = understand(words).asker
    assert (asker.persona, asker.age) == (persona, age), (words, asker)


@pytest.mark.parametrize(
    "words",
    [
        "crossing patrol warden, a girl told me her stepdad touches her",
        "cubs assistant leader, a boy of 8 said his dad hurts his bum",
        "swimming club timekeeper, 10 year old swimmer disclosed abuse by her uncle",
        # Welsh: a school cleaner, a little girl has said her stepfather touches her
        "glanhawr ysgol, merch fach wedi dweud bod ei llystad yn ei chyffwrdd",
        "gweinyddwr ysgol, plentyn 7 oed wedi dweud bod ei thad yn ei brifo",
    ],
)
def test_a_job_said_first_then_a_child_who_told_is_a_professional(words: str) -> None:
    assert understand(words).asker.persona == "professional", words


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        ("my swimming coach touched me im 11", "child"),
        ("pensioner, abused by my uncle as a girl, never told anyone", "adult"),
        ("a lady told me a girl in my class is being abused", ""),
    ],
)
def test_a_child_or_survivor_naming_a_job_is_not_a_professional(words: str, persona: str) -> None:
    assert understand(words).asker.persona == persona, words


@pytest.mark.parametrize(
    ("words", "for_age"),
    [
        ("help for families after one sibling sexually harmed another", None),
        ("my kids dad has been sending our daughter rude pictures, she is 11", 11),
    ],
)
def test_parents_in_other_words(words: str, for_age: int | None) -> None:
    asker = understand(words).asker
    assert (asker.persona, asker.for_age) == ("parent", for_age), (words, asker)


def test_a_child_speaking_of_a_parents_partner_is_not_a_parent() -> None:
    assert understand("my dads girlfriend keeps touching me").asker.persona != "parent"


@pytest.mark.parametrize(
    ("words", "for_age"),
    [
        # two of the parent's children: neither age alone is who the help is for
        ("my son (16) has been touching my daughter (7), what do i do", None),
        ("school counsellor, student 15 disclosed a relationship with a 27 year old", 15),
        # ... and one child's age still is
        ("my son is 12 and has been touching his cousin", 12),
        ("teacher, a 9 year old disclosed abuse by her uncle", 9),
    ],
)
def test_the_age_shown_is_of_who_the_help_is_for(words: str, for_age: int | None) -> None:
    assert understand(words).asker.for_age == for_age, words


def _first(client, path: str, words: str, town: str) -> tuple[str, str, str]:
    page = client.get(path, query_string={"q": words, "location": town})
    assert page.status_code == 200
    soup = BeautifulSoup(page.data, "html.parser")
    box = soup.find(id="talk-now-title").find_parent(["aside", "section", "div"])
    card = soup.find("li", class_="app-result")
    notice = " ".join(p.get_text(" ", strip=True) for p in soup.find_all("p"))
    return box.find("li").get_text(" ", strip=True), card.find("h3").get_text(strip=True), notice


def test_own_feelings_for_a_relative_get_stop_it_now_without_the_childs_age(
    bundled_client,
) -> None:
    talk, card, notice = _first(
        bundled_client, "/search", "i have feelings for my 10 year old nephew, help", "Kendal"
    )
    assert talk.startswith("Stop It Now") and card.startswith("Stop It Now"), (talk, card)
    assert "age 10" not in notice


def test_a_welsh_parent_asking_to_take_down_images_gets_the_take_down_services_first(
    bundled_client,
) -> None:
    # "my son 15 sent nude pictures, how do I get rid of them" (Aberystwyth)
    talk, card, _ = _first(
        bundled_client,
        "/cy/search",
        "mae fy mab 15 wedi anfon lluniau noeth, sut i gael gwared",
        "Aberystwyth",
    )
    assert talk.startswith("Llinell Gymorth y NSPCC"), talk  # its Welsh name on /cy (w22cy)
    assert "Stop It Now" not in card and "Lucy Faithfull" not in card, card
