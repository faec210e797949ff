"""Who is asking, in the seventh walk-through's kinds of words (written in other words than
the report's): viewing "underage stuff", fear of acting, a relative's age that is not the
asker's, the Welsh legal phrase for indecent images, "my girl" as a parent's child, and
Welsh "yn blentyn" (as a child) as an adult's past."""

from __future__ import annotations

import pytest

from directory.search import search
from directory.search.asker import who_is_asking
from directory.search.understand import clean_text


def _asker(words: str):  # noqa: ANN202
    return who_is_asking(clean_text(words))


@pytest.mark.parametrize(
    "words",
    [
        "i keep watching underage stuff and i want to quit",
        "addicted to underage material online",
        "browsing underage sites, please help",
        "please help me before i hurt a child",
        "want help before i act on my urges towards kids",
        "i get feelings for my 13 year old stepdaughter that arent right",
        "drawn to my 11 yr old nephew and i know its wrong",
        "mae gen i broblem gyda delweddau anweddus o blant",
        "rwy'n gwylio fideos anweddus o blant ac angen help",
    ],
)
def test_own_behaviour_in_other_words(words: str) -> None:
    asker = _asker(words)
    assert asker.persona == "own-behaviour"
    assert asker.for_age is None  # a relative's age is never the asker's


@pytest.mark.parametrize(
    "words",
    [
        "he made me watch underage stuff with him",
        "my uncle sent me underage stuff and i feel sick",
        "dangosodd fy ewythr luniau anweddus o blant i mi",
        "need help before i do something stupid",
    ],
)
def test_victims_and_others_are_not_own_behaviour(words: str) -> None:
    assert _asker(words).persona != "own-behaviour"


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("my lass is 14 and her coach groomed her", 14),
        ("someone hurt my little one hes 6", 6),
        ("our girl was touched by her stepdads brother, shes 12", 12),
        ("a family friend abused my girl", None),
    ],
)
def test_my_girl_my_lass_is_a_parents_child(words: str, age: int | None) -> None:
    asker = _asker(words)
    assert asker.persona == "parent"
    assert asker.for_age == age


def test_my_girlfriend_is_not_a_child() -> None:
    assert _asker("my girlfriend was raped last year").persona != "parent"


@pytest.mark.parametrize(
    "words",
    [
        "cefais fy ngham-drin fel plentyn gan fy ewythr, dwi angen siarad efo rhywun",
        "ymosodiad rhywiol gan fy nghefnder yn blentyn, isio therapi",
    ],
)
def test_welsh_as_a_child_is_an_adults_past(words: str) -> None:
    assert _asker(words).persona == "adult"


@pytest.mark.parametrize(
    "words",
    [
        "rwyf yn blentyn ac mae fy nhad yn fy mrifo",
        "dwi yn blentyn ac mae fy ewythr yn fy mrifo",
        "mae fy llystad yn fy mrifo, dwi'n 11",
    ],
)
def test_welsh_child_now_stays_a_child(words: str) -> None:
    assert _asker(words).persona == "child"


@pytest.mark.parametrize(
    "words",
    [
        "dwi isio peidio gwylio fideos anweddus, helpio fi",
        "angen lle diogel i siarad yn gyfrinachol efo cwnselydd",
        "dwi eisiau stopio ffonio fo",
    ],
)
def test_correct_welsh_is_not_offered_a_correction(bundled_index, words: str) -> None:
    """No "some words may be misspelt" for correctly spelt Welsh: "stopio" is no misspelt
    "stop", "diogel" (safe) no misspelt "diogelu" (safeguarding)."""
    assert search(bundled_index, words).text.suggestion is None


def test_a_welsh_misspelling_is_still_offered_one(bundled_index) -> None:
    assert search(bundled_index, "angen cwnsla yn gyfrinachol").text.suggestion


@pytest.mark.parametrize(("words", "age"), [("dynes 38, angen therapi", 38), ("dyn 61 oed", 61)])
def test_welsh_man_or_woman_with_an_age_is_an_adult(words: str, age: int) -> None:
    asker = _asker(words)
    assert (asker.persona, asker.age) == ("adult", age)
