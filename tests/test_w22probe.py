"""The eighth probe's patterns (probe 18), tested in other words than the probe's, both ways,
English and Welsh: own thoughts or acts towards children in plain words; own thoughts about a
baby or a relative; adult survivors read as children; roles whose name the tables lack and kin
who care for a child; Welsh "did you mean" corrections of correct Welsh words."""

from __future__ import annotations

import pytest

from directory.search import search
from directory.search.asker import who_is_asking
from directory.search.understand import clean_text
from directory.search.welsh_lexicon import is_known_welsh, welsh_words


def _asker(words: str):
    return who_is_asking(clean_text(words))


# --- pattern 1: own acts or urges towards children, in plain words ---------------------------


@pytest.mark.parametrize(
    "words",
    [
        "honestly scared because i might be into young girls",
        "therapy for being sexually attracted to under 14s",
        "my attraction to under 18s is ruining my life",
        "officers came round over videos on my own computer last month, im a dad of two",
        "i joined a chat app full of teens and sexted a 14 yo, i hate myself",
        "i logged on to a game and talked dirty with some kids, how do i get help",
        "i keep looking at illegal content involving minors and need to quit",
        "bues i'n sgwrsio'n rhywiol efo bachgen 14 ar y we, dwi angen help",
        "fedra i ddim stopio edrych ar stwff anweddus o blant",
    ],
)
def test_own_acts_or_urges_in_plain_words_are_own(words: str) -> None:
    assert _asker(words).persona == "own-behaviour"


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        # someone else's: a partner's worry, a child's report, a victim's evidence
        ("worried my boyfriend might be into young girls", ""),
        ("police came about pictures he sent me on my phone", ""),
        ("my son has been sexting a 13 yo girl from school", "parent"),
        ("mae fy nghariad wedi bod yn sgwrsio'n rhywiol efo bachgen 14", ""),
        ("he showed me illegal content involving kids", ""),
    ],
)
def test_someone_elses_acts_are_not_the_askers(words: str, persona: str) -> None:
    asker = _asker(words)
    assert asker.persona != "own-behaviour"
    if persona:
        assert asker.persona == persona


@pytest.mark.parametrize("words", ["stop being attracted to under 14s", "attracted to under 18s"])
def test_an_age_band_someone_is_drawn_to_is_not_an_age(words: str) -> None:
    asker = _asker(words)
    assert (asker.age, asker.for_age) == (None, None)


def test_an_age_band_asked_for_is_still_who_the_help_is_for() -> None:
    assert _asker("counselling for under 12s").for_age == 11


def test_a_young_person_writing_to_someone_their_age_is_not_own() -> None:
    asker = _asker("im 15 and sent rude pics to my cousin who is 14")
    assert asker.persona != "own-behaviour"


# --- pattern 3 (the brief's 2): own thoughts about a baby or a named relative -----------------


@pytest.mark.parametrize(
    "words",
    [
        "34m getting unwanted sexual thoughts about my newborn son, am i a monster",
        "i have sexual fantasies about my step daughter and it scares me",
        "im 19 and ive been sending explicit snaps to my 12 yo niece, need to stop",
        "mae gen i ffantasïau am fy nith ac mae gen i gywilydd",
    ],
)
def test_own_thoughts_about_a_baby_or_a_relative_are_own(words: str) -> None:
    assert _asker(words).persona == "own-behaviour"


def test_a_young_persons_own_age_is_read_not_the_relatives() -> None:
    asker = _asker("im 16 and ive been sending sexual messages to my 11 yo stepsister")
    assert (asker.persona, asker.age) == ("own-behaviour", 16)


@pytest.mark.parametrize(
    "words",
    [
        "my husband told me he has sexual thoughts about our daughter",
        "my wife admitted sexual feelings about our baby, what do i do",
        "mae gan fy mrawd ffantasïau am fy merch",
    ],
)
def test_a_partners_thoughts_are_a_worried_parents(words: str) -> None:
    assert _asker(words).persona == "parent"


def test_intrusive_thoughts_of_harm_with_no_sexual_word_are_not_own() -> None:
    assert _asker("intrusive thoughts about dropping my baby").persona != "own-behaviour"


# --- pattern 2 (the brief's 3): adult survivors ----------------------------------------------


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("university student, assaulted by a guy from my course", None),
        ("22 year old student, my ex raped me last month", 22),
        ("as a 63 year old woman is it worth reporting my brother", 63),
        ("my stepfather abused me, im a grandad myself now", None),
        ("i was at uni when my tutor raped me", None),
    ],
)
def test_adult_survivors_are_adults(words: str, age: int | None) -> None:
    asker = _asker(words)
    assert asker.persona == "adult"
    assert asker.age == age


@pytest.mark.parametrize(
    "words",
    [
        "my mum is at university and her partner hurts me",
        "my grandmother keeps touching me",
        "im a student and my teacher touches me",
    ],
)
def test_children_are_still_children(words: str) -> None:
    assert _asker(words).persona == "child"


def test_a_grown_man_who_did_it_is_not_the_askers_age() -> None:
    asker = _asker("40 year old man touched my daughter at the pool")
    assert (asker.persona, asker.age) == ("parent", None)


# --- patterns 4 and 5: roles the tables lack, and kin who care for a child -------------------


@pytest.mark.parametrize(
    "words",
    [
        "magician at a birthday party, a boy whispered that his stepdad hurts him",
        "sign language interpreter, a deaf girl signed that her brother touches her",
        "school chaperone on a trip, a year 7 girl mentioned her uncle does things",
        "victim liaison officer needs a specialist service for a 9 year old",
        "family mediator worried about a child in a family i see",
        "befriending volunteer, a dad i support says his ex's boyfriend abuses their 5yo",
        "hebryngwr tacsi ysgol yn poeni am blentyn 7 oed",
        "swyddog cyswllt angen cymorth arbenigol i ferch 9 a gafodd ei cham-drin",
    ],
)
def test_a_job_said_first_with_a_childs_report_is_a_professional(words: str) -> None:
    assert _asker(words).persona == "professional"


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        ("my swimming coach touched me", "child"),
        ("my childminder needs help for my son", "parent"),
        ("athro yn poeni am fy merch", "parent"),
    ],
)
def test_a_role_that_is_someone_elses_is_not_the_askers(words: str, persona: str) -> None:
    assert _asker(words).persona == persona


@pytest.mark.parametrize(
    "words",
    [
        "i care for my brothers children since he died, the eldest says a neighbour touched him",
        "my partners son keeps going into my 6 yr olds bedroom",
        "dwi'n magu plant fy mrawd, mae'r ferch wedi dweud bod ei hewythr yn ei chyffwrdd",
    ],
)
def test_kin_who_care_for_a_child_are_carers(words: str) -> None:
    assert _asker(words).persona == "parent"


def test_a_carer_harmed_is_not_read_as_a_carer() -> None:
    assert _asker("i look after my brothers kids and his wife touches me").persona != "parent"


# --- pattern 5: Welsh "did you mean" ---------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "mae fy llysferch yn 12 ac yn cael negeseuon",
        "dwi'n cael fy nenu at blant ifanc",
        "nyrs ardal yn poeni am deulu",
        "mae fy merch yn derbyn lluniau",
        "cam-drin o fewn y teulu",
        "mae gen i ffantasïau am blant",
    ],
)
def test_correct_welsh_is_never_corrected(bundled_index, words: str) -> None:
    assert search(bundled_index, words).text.suggestion is None


def test_a_welsh_misspelling_is_still_corrected(bundled_index) -> None:
    assert search(bundled_index, "angen cymorht i blant").text.suggestion == (
        "angen cymorth i blant"
    )


def test_an_english_misspelling_is_still_corrected(bundled_index) -> None:
    assert search(bundled_index, "councilling for my son").text.suggestion


def test_the_catalogues_and_the_thesauruss_welsh_is_known(bundled_index) -> None:
    """Every word of the Welsh catalogue is known, and none of them, nor any Welsh word of the
    thesaurus, is offered a correction when searched on its own in a Welsh sentence."""
    from directory.search.welsh_lexicon import _catalogue_words

    catalogue = _catalogue_words()
    assert len(catalogue) > 500
    assert all(is_known_welsh(w) for w in catalogue if len(w) > 1 and not w.isdigit())
    from directory.search.understand import thesaurus

    welsh = sorted(w for w in thesaurus().words if w in welsh_words() or is_known_welsh(w))
    for word in [*sorted(catalogue)[::7], *welsh]:
        if len(word) < 4 or word.isdigit():
            continue
        found = search(bundled_index, f"dwi angen {word}").text.suggestion
        assert found is None or word in clean_text(found).split(), word


def test_an_adult_age_said_first_before_what_was_done_is_the_askers() -> None:
    assert (_asker("23, assaulted by a lad from my course").age, "adult") == (
        23,
        _asker("23, assaulted by a lad from my course").persona,
    )


def test_a_childs_age_said_first_before_what_was_done_is_not_an_adults() -> None:
    assert _asker("14, abused by my stepbrother").persona != "adult"
