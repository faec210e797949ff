"""A professional referring a child sees services for that child first (w25pro; an independent
phone walk-through, F2, tested here in other words and places than its own).

- A child's abuse a professional calls "historic", "non-recent" or "historical" ("year 11
  student aged 15 disclosed historic abuse…") is still a child's: the services answering it
  come before the line for people worried about their own or someone's sexual thoughts (Stop
  It Now), as they do for any other abuse a professional reports. An adult client's historic
  abuse is not a child's, and words about a child who harms others keep Stop It Now.
- A child named first with an age and spoken of in the third person, with the field's words
  ("13 yr old boy disclosed abuse by his mums boyfriend, need isva…", "pupil aged 12…
  referral", Welsh "cyfeirio merch 13 oed…") is a professional's referral, not a parent's
  words nor a child's own: the first cards are the line advising them and the child's own
  services, not lines for parents. A child writing of themselves ("girl 13, my uncle…") and a
  parent ("my lad 14…") are read as before.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.understand import understand

FIRST = 3
STOP_IT_NOW = ("Stop It Now", "Lucy Faithfull Foundation Wales")
PARENTS_LINES = ("Parents Protect", "Family Lives", "YoungMinds Parents")
CHILDS = ("Childline", "NSPCC", "Llinell Gymorth y NSPCC")


def _national(client, q: str, location: str, welsh: bool = False) -> list[str]:
    response = client.get(
        "/cy/search" if welsh else "/search", query_string={"q": q, "location": location}
    )
    assert response.status_code == 200
    soup = BeautifulSoup(response.data, "html.parser")
    titles = [
        h.get_text(" ", strip=True)
        for h in soup.select("section.app-national h3.app-result__title")
    ]
    assert titles, soup.get_text(" ", strip=True)[:400]
    return titles


def _any(titles: list[str], names: tuple[str, ...]) -> bool:
    return any(title.startswith(name) for title in titles for name in names)


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        (
            "14yo girl, historic sexual abuse by her uncle, needs therapy and an isva",
            "Kendal",
            False,
        ),
        (
            "boy aged 17, non recent csa by stepfather, referral for counselling and isva",
            "Penrith",
            False,
        ),
        (
            "historic abuse of a 15 year old pupil by her grandad, needs isva and counselling",
            "Whitby",
            False,
        ),
        (
            "yp 16 disclosed historic csa by her step-grandfather, needs isva and therapy",
            "Grantham",
            False,
        ),
    ],
)
def test_a_childs_historic_abuse_a_professional_refers_puts_the_childs_services_first(
    bundled_client, q, location, welsh
):
    assert understand(q).asker.persona == "professional", q
    titles = _national(bundled_client, q, location, welsh)
    assert not _any(titles[:FIRST], STOP_IT_NOW), titles[:5]
    assert _any(titles[:FIRST], CHILDS), titles[:5]


@pytest.mark.parametrize(
    ("q", "location", "welsh", "age"),
    [
        (
            "13 yr old boy disclosed abuse by his mums boyfriend, need isva and counselling"
            " referral",
            "Market Harborough",
            False,
            13,
        ),
        (
            "pupil aged 12 disclosed abuse at home by her mums partner, counselling referral",
            "Skegness",
            False,
            12,
        ),
        (
            "girl aged 12 abused by her step-grandad, need an isva and a therapy referral",
            "Whitby",
            False,
            12,
        ),
        # Welsh: refer a 13-year-old girl for therapy, sexual abuse by her stepfather
        (
            "cyfeirio merch 13 oed am therapi, cam-drin rhywiol gan ei llystad",
            "Llandrindod Wells",
            True,
            13,
        ),
    ],
)
def test_a_child_named_in_the_third_person_with_the_fields_words_is_a_referral(
    bundled_client, q, location, welsh, age
):
    asker = understand(q).asker
    assert (asker.persona, asker.for_age) == ("professional", age), (q, asker)
    titles = _national(bundled_client, q, location, welsh)
    assert not _any(titles[:FIRST], PARENTS_LINES + STOP_IT_NOW), titles[:5]
    assert _any(titles[:FIRST], ("Childline",)), titles[:5]


@pytest.mark.parametrize(
    ("q", "persona"),
    [
        ("girl 13, my uncle touches me, i need an isva", "child"),
        ("im 16 and need an isva, my stepdad abused me", "child"),
        ("lad 15, my uncle touched me, do i need an isva", "child"),
        ("merch 14 oed dw i, fy llystad wedi fy ngham-drin, angen isva", "child"),
        ("my lad 14 was abused by his uncle, need isva and counselling", "parent"),
        ("my daughter, 13, was abused by her uncle, need an isva", "parent"),
        ("need an isva, my cousin raped me last month", "adult"),
    ],
)
def test_a_child_or_a_parent_in_their_own_words_is_not_a_referral(q, persona):
    assert understand(q).asker.persona == persona, (q, understand(q).asker)


@pytest.mark.parametrize(
    ("q", "location"),
    [
        # an adult client's abuse long ago: not a child's services
        ("client aged 40 disclosed historic abuse by her father, needs counselling", "Whitby"),
    ],
)
def test_an_adult_clients_historic_abuse_is_not_a_childs(bundled_client, q, location):
    assert not _any(_national(bundled_client, q, location)[:FIRST], ("Childline",))


@pytest.mark.parametrize(
    ("q", "location"),
    [
        # a child who harms others, and a worry whether someone is abusing: Stop It Now is theirs
        (
            "pupil aged 15 has been sexually harming his younger cousin, referral for hsb support",
            "Ludlow",
        ),
        ("teacher worried a parent may be abusing a pupil, need advice", "Kendal"),
    ],
)
def test_stop_it_now_stays_for_a_child_who_harms_or_a_worry_about_someone(
    bundled_client, q, location
):
    assert _any(_national(bundled_client, q, location)[:FIRST], STOP_IT_NOW)


@pytest.mark.parametrize(
    ("q", "age"),
    [
        # Welsh: a police officer; a 14-year-old boy abused by his uncle ("wedi ei gam-drin gan":
        # has been abused by), needs counselling; a nurse, a girl of 13 abused by her stepfather
        ("swyddog heddlu ydw i, bachgen 14 oed wedi ei gam-drin gan ei ewythr, angen cwnsela", 14),
        ("nyrs ysgol, merch 13 oed wedi ei cham-drin gan ei llystad, angen atgyfeirio", 13),
    ],
)
def test_a_welsh_professionals_child_abused_by_someone_is_who_the_help_is_for(q, age):
    asker = understand(q).asker
    assert (asker.persona, asker.for_age) == ("professional", age), (q, asker)
