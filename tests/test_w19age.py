"""(fourteenth walk-through F6, branch w19age) Ages and roles read the way people write them.

- An age written with a short unit and no "old" ("im 13yrs", "aged 11yrs", "…, 14 yrs" said
  last) or said last as who the writer is ("…, 12 yr old girl") is the asker's own; Welsh "9
  blwydd oed" is "9 oed". A length of time stays one ("for 12 yrs", "5 yrs older", "3 yrs ago").
- An age said of someone else is not the asker's, nor the age of the child a parent asks about:
  a grown-up's said with "is" ("hes 52 yrs old"), a guess at a stranger's ("a bloke about 50
  yrs old"), who did it ("a 15 yr old lad … touched my daughter", "bachgen 16 oed nath
  gyffwrdd…"); and both ways: "my 15 yr old daughter was touched by a boy" is the daughter's,
  "im 14 and a lad of 16 touched me" the asker's.
- A Welsh parent asking for help for parents ("help i rieni", "cyngor i rieni": the mutated
  "rhieni" after "i") is a parent, as "help for parents" is in English.

Worded differently from the walk-through's own searches, in other places."""

from __future__ import annotations

import pytest

from directory.search.understand import understand

from .helpers import page, text_of

# --- 1. an age with a short unit is the asker's -------------------------------------------------


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("im 13yrs and my step brother keeps touching me", 13),
        ("i am 15 yrs and my cousin raped me at a party", 15),
        ("my uncle comes in my bed when mum is at work, aged 11yrs", 11),
        ("my stepbrother forces me to do stuff at night, 13 yrs", 13),
        ("bro keeps makin me touch him wen mum is out 12yrs", 12),
        ("my grandad touches me when mum is on nights, 12 yr old girl", 12),
        ("my uncle keeps hurting me down there, 11 yr old lad", 11),
        # Welsh: "blwydd oed" (years of age)
        ("dwi'n 13 blwydd oed ac mae fy ewythr yn fy nghyffwrdd", 13),
    ],
)
def test_an_age_with_a_short_unit_is_the_childs_own(words: str, age: int) -> None:
    asker = understand(words).asker
    assert (asker.persona, asker.age) == ("child", age), (words, asker)
    assert asker.is_child


@pytest.mark.parametrize(
    ("words", "gender"),
    [
        ("my uncle keeps hurting me down there, 11 yr old lad", "male"),
        ("my grandad touches me when mum is on nights, 12 yr old girl", "female"),
    ],
)
def test_who_the_writer_says_they_are_last_gives_their_sex(words: str, gender: str) -> None:
    assert understand(words).asker.gender == gender


@pytest.mark.parametrize(
    "words",
    [
        "my stepdad abused me for 12 yrs",
        "it went on 3 yrs and i never told anyone",
        "my brother is 5 yrs older than me and he touches me",
        "my uncle stopped touching me 2 yrs ago",
        "the abuse lasted 4 years",
        "touched by a 13 yr old boy",  # (who did it, not the writer)
    ],
)
def test_a_length_of_time_or_someone_elses_age_is_not_the_askers(words: str) -> None:
    asker = understand(words).asker
    assert asker.age is None, (words, asker)


def test_a_duration_said_by_an_adult_is_not_a_childs_age() -> None:
    asker = understand("my dad abused me for 10 years, im 40").asker
    assert (asker.persona, asker.age) == ("adult", 40)


# --- 2. someone else's age is not the asker's, nor the child's ----------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "i was raped by the lodger last month, hes 52 yrs old",
        "a bloke about 50 yrs old grabbed me on the bus",
        "some guy around 45 years old flashed me in the park",
    ],
)
def test_a_grown_ups_age_said_of_them_is_not_the_askers(words: str) -> None:
    asker = understand(words).asker
    assert asker.age is None, (words, asker)
    assert not asker.is_adult, "nothing says the person asking is a grown-up"


@pytest.mark.parametrize(
    "words",
    [
        "a 15 yr old lad from her school touched my daughter",
        "a 17 year old girl abused my son at a sleepover",
        "boy 16 touched my little girl at the swimming baths",
        # Welsh: a boy of 16 touched my daughter in the park
        "bachgen 16 oed nath gyffwrdd fy merch yn y parc",
    ],
)
def test_the_age_of_who_did_it_is_not_the_childs(words: str) -> None:
    asker = understand(words).asker
    assert asker.persona == "parent", (words, asker)
    assert asker.for_age is None, (words, asker)
    assert asker.age is None, (words, asker)


@pytest.mark.parametrize(
    ("words", "for_age"),
    [
        ("my 15 yr old daughter was touched by a boy at school", 15),
        ("my son 14 touched his little sister", 14),
        ("a lad of 16 abused my son who is 8", 8),
        ("my daughter is 9 and a boy of 15 touched her", 9),
        # Welsh: my daughter is 9 and a boy of 15 touched her
        ("mae fy merch yn 9 oed a nath bachgen 15 oed ei chyffwrdd", 9),
        ("mae fy merch yn 9 blwydd oed ac mae ei thaid yn ei chyffwrdd", 9),
    ],
)
def test_the_childs_own_age_is_still_read(words: str, for_age: int) -> None:
    asker = understand(words).asker
    assert (asker.persona, asker.for_age) == ("parent", for_age), (words, asker)


@pytest.mark.parametrize(
    ("words", "persona", "age"),
    [
        ("im 14 and a lad of 16 touched me", "child", 14),
        # (w26parent) a boy named in the third person: his parent's words, or his own
        ("a 13 year old boy has been touched by his coach", "parent", 13),
        ("lad, 16 - sexually assaulted at a party", "child", 16),
        ("my client is 45 years old and was abused as a child", "professional", 45),
    ],
)
def test_the_age_of_whom_it_was_done_to_is_still_read(words: str, persona: str, age: int) -> None:
    asker = understand(words).asker
    assert (asker.persona, asker.for_age) == (persona, age), (words, asker)


# --- 3. a Welsh parent asking for help for parents -----------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "help i rieni ar ol i blentyn gael ei gam-drin",
        "cyngor i rieni",
        "oes cefnogaeth i rieni yn sir gar",
        "dwi'n fam i ferch 9 oed, mae ei llystad wedi ei cham-drin",
        # the English parent rules' Welsh counterparts: "as a mum", "help for a mum after…",
        # "i have two kids", "my little one", "im a dad", "im a stepdad to a boy of 10"
        "fel mam, lle alla i gael cymorth",
        "cefnogaeth i fam ar ol i'w mab gael ei gam-drin",
        "mae gen i ddau o blant ac mae un wedi ei gam-drin gan ei ewythr",
        "dwi'n poeni bod rhywun wedi brifo fy un bach",
        "dwin dad, mab 11 oed wedi ei gam-drin",
        "dwi'n llystad i fachgen 10 oed",
    ],
)
def test_a_welsh_parent_asking_for_parents_is_a_parent(words: str) -> None:
    assert understand(words).asker.persona == "parent", words


@pytest.mark.parametrize(
    ("words", "for_age"),
    [
        ("dwin dad, mab 11 oed wedi ei gam-drin", 11),
        ("dwi'n llystad i fachgen 10 oed", 10),
        # (my son is 9, his uncle hurt him; I'm a mum, she's 7…)
        ("mae fy mab i'n 9, nath ei ewythr ei frifo", 9),
        ("dwi'n fam, mae hi'n 7 ac mae ei thaid wedi ei chyffwrdd", 7),
        ("mae gen i ferch fach 6 oed a dwi'n poeni am ei thaid", 6),
    ],
)
def test_a_welsh_parents_child_is_who_the_age_is_for(words: str, for_age: int) -> None:
    asker = understand(words).asker
    assert (asker.persona, asker.age, asker.for_age) == ("parent", None, for_age), (words, asker)


@pytest.mark.parametrize(
    "words",
    [
        "mae gen i ofn, mae fy ewythr yn fy nghyffwrdd",  # (i am afraid: a child)
        "mae gen i frawd mawr sy'n fy nghyffwrdd",  # (i have a big brother)
        "dwi angen help i fam fi, mae ei chariad yn fy mrifo",  # (help for my mum)
        "fel plentyn ces i fy ngham-drin",  # (as a child: an adult)
    ],
)
def test_welsh_words_like_a_parents_are_not_a_parents(words: str) -> None:
    assert understand(words).asker.persona != "parent", words


@pytest.mark.parametrize(
    ("words", "age"),
    [
        # (my uncle touched me, I'm scared to tell my parents, I'm 12)
        ("nath fy ewythr fy nghyffwrdd, dwi ofn dweud wrth fy rhieni, dwin 12", 12),
        ("dwi ddim isio i fy rhieni wybod, mae fy nghefnder yn fy mrifo, dwi'n 13", 13),
    ],
)
def test_a_child_who_names_their_parents_is_still_a_child(words: str, age: int) -> None:
    asker = understand(words).asker
    assert (asker.persona, asker.age) == ("child", age), (words, asker)


# --- the page: the age is used, and who did it does not narrow a parent's page ------------------


AGE_USED = "Showing services for the age in your search"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my step brother makes me do things to him at night, 13 yrs", "Bridgwater"),
        ("im 12yrs my uncle touches me when he babysits", "Kendal"),
    ],
)
def test_a_childs_page_says_the_age_was_used(bundled_client, words: str, place: str) -> None:
    address = bundled_client.post("/search", data={"q": words, "location": place}).location
    soup = page(bundled_client.get(address))
    assert text_of(soup, ".app-stated-age").startswith(AGE_USED)


def test_a_parents_page_is_not_narrowed_by_the_age_of_who_did_it(bundled_client) -> None:
    words = "a 16 yr old lad from round the corner touched my daughter"
    address = bundled_client.post("/search", data={"q": words, "location": "Kendal"}).location
    soup = page(bundled_client.get(address))
    assert soup.select_one(".app-stated-age") is None
