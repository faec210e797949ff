"""A young person's own age and situation read when other words sit beside them (branch
w25young), tested in other words and towns than the walk-through's, English and Welsh.

The general causes:
- "I am" bound to the number only when nothing stood between: "im only 12", "i am a deaf boy
  14", "ive just turned 13", Welsh "dw i'n fenyw 48 oed", "dwi bron yn 12", "dim ond 13 ydw
  i" had no age, and a second person's age said after it could lead the page;
- "my friend" asked only for lines for family and friends, so a young person telling about
  a friend at home ("my mate says his stepdad…", "a boy in my form said…") was nobody in
  particular and adult survivors' services (NAPAC) came before Childline;
- for a child naming Deaf people, a service for Deaf adults (and children alike) was put
  second in the talk box and led the cards, above Childline and The Mix.
Tests marked "old" fail on 1c604da; the rest are the rules' other side.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.asker import who_is_asking
from directory.search.understand import clean_text


def _asker(words: str):
    return who_is_asking(clean_text(words))


def _page(client, words: str, town: str, path: str = "/search"):
    response = client.get(path, query_string={"q": words, "location": town})
    assert response.status_code == 200
    return BeautifulSoup(response.data, "html.parser")


def _talk(soup) -> list[str]:
    box = soup.find(id="talk-now-title").find_parent(["aside", "section", "div"])
    return [(li.find("a") or li).get_text(" ", strip=True) for li in box.find_all("li")]


def _cards(soup) -> list[str]:
    return [h.get_text(" ", strip=True) for h in soup.select("li.app-result h3")]


# --- the asker's own age with other words beside it -----------------------------------------


@pytest.mark.parametrize(
    ("words", "persona", "age", "gender"),
    [
        ("im only 12 and my step brother who is 17 keeps touching me", "child", 12, ""),  # old
        ("i am a deaf boy 14, my grandad abuses me", "child", 14, "male"),
        ("im nearly 10 and my big cousin aged 16 does stuff to me", "child", 10, ""),  # old
        ("ive just turned 13 and my mums boyfriend comes in my room", "child", 13, ""),  # old
        ("hi im a autistic girl aged 15 and my uncle touches me", "child", 15, "female"),  # old
        ("im just 11 hes 19 and he makes me send pics", "child", 11, ""),  # old
        ("dw i'n fenyw 48 oed, cefais fy ngham-drin gan fy nhad", "adult", 48, "female"),  # old
        ("dwi bron yn 12 ac mae fy llysfrawd sy'n 17 yn fy nghyffwrdd", "child", 12, ""),  # old
        ("dim ond 13 ydw i ac mae fy ewythr yn fy mrifo", "child", 13, ""),  # old
        ("i am 12 and my uncle touches me", "child", 12, ""),
    ],
)  # fmt: skip
def test_the_askers_own_age_beside_other_words(
    words: str, persona: str, age: int, gender: str
) -> None:
    asker = _asker(words)
    assert (asker.persona, asker.age, asker.gender) == (persona, age, gender)


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("im about 40 miles from the nearest centre, my son was abused", None),
        ("im only 5 minutes from the school where it happened", None),
        ("my brother is 16 and im scared he touches me", None),
        ("dwi 3 milltir o'r ysgol", None),
    ],
)
def test_a_number_after_i_am_that_is_no_age(words: str, age: int | None) -> None:
    assert _asker(words).age == age


def test_the_childs_own_age_leads_the_page(bundled_client) -> None:
    soup = _page(bundled_client, "im only 12 and my step brother who is 17 touches me", "Wigan")
    notice = soup.select_one(".app-stated-age")  # old: no notice, every age's services
    assert notice is not None and "12" in notice.get_text()
    assert _talk(soup)[0].startswith("Childline")


def test_a_welsh_mans_age_is_read(bundled_client) -> None:
    soup = _page(bundled_client, "dw i'n ddyn 61 oed, fe ges i fy ngham-drin yn blentyn", "Bangor")
    notice = soup.select_one(".app-stated-age")  # old: no notice
    assert notice is not None and "61" in notice.get_text()


# --- a young person telling about a friend --------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "my mate told me his stepdad does things to him at night",
        "a boy in my form said his uncle touches him",
        "my best friends step dad goes in her bedroom",
        "my bestie says her mums boyfriend makes her do stuff",  # (read so already)
        "mae fy ffrind gorau yn dweud bod ei llystad yn ei chyffwrdd",
    ],
)
def test_a_friend_at_home_is_a_young_persons_words(words: str) -> None:
    assert _asker(words).persona == "child"  # old: nobody in particular


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        ("my friend was abused by her father as a child and needs counselling", "adult"),
        ("my friend told me her husband abuses their son", ""),
        ("my daughters friend says her dad touches her", "parent"),
    ],
)
def test_a_grown_friend_or_a_parent_is_not_a_child(words: str, persona: str) -> None:
    assert _asker(words).persona == persona


_ADULT_SURVIVORS = ("NAPAC", "The Survivors Trust", "SafeLine")


@pytest.mark.parametrize(
    ("path", "words", "town", "young_line"),
    [
        ("/search", "my best friend told me her uncle touches her when she stays there",
         "Swindon", "Childline"),
        ("/search", "a girl in my class said her stepdad gets in her bed", "Swindon", "Childline"),
        ("/search", "my friend says her grandad does stuff to her", "Stockport", "Childline"),
        ("/cy/search", "mae fy ffrind gorau yn dweud bod ei llystad yn dod i'w hystafell",
         "Wrecsam", "Childline"),
    ],
)  # fmt: skip
def test_a_friend_at_home_gets_young_peoples_services_first(
    bundled_client, path: str, words: str, town: str, young_line: str
) -> None:
    soup = _page(bundled_client, words, town, path)
    cards = _cards(soup)
    assert young_line in cards[:2]  # old: NAPAC, a domestic abuse line or Live Fear Free first
    first_adult = min(
        (n for n, card in enumerate(cards) if card.startswith(_ADULT_SURVIVORS)), default=99
    )
    assert cards.index(young_line) < first_adult
    assert _talk(soup)[0] in ("Childline", "Llinell gymorth Meic")


# --- a Deaf child ---------------------------------------------------------------------------


def test_a_deaf_child_gets_childrens_lines_before_a_deaf_adults_service(bundled_client) -> None:
    soup = _page(bundled_client, "im a deaf girl aged 12 my stepdad hurts me i use bsl", "Lincoln")
    talk = _talk(soup)
    assert talk[0].startswith("Childline")
    signhealth = [n for n, line in enumerate(talk) if line.startswith("SignHealth")]
    young = [n for n, line in enumerate(talk) if line.startswith(("Childline", "The Mix"))]
    assert not signhealth or signhealth[0] > max(young)  # old: SignHealth second
    cards = _cards(soup)
    national = [c for c in cards if c.startswith(("Childline", "SignHealth"))]
    assert national[0] == "Childline"  # old: SignHealth first


def test_a_deaf_parent_still_gets_the_deaf_service_second(bundled_client) -> None:
    soup = _page(bundled_client, "my son is 8 and deaf, his grandad touched him", "Lincoln")
    talk = _talk(soup)
    assert talk[0].startswith("NSPCC") and talk[1].startswith("SignHealth")
