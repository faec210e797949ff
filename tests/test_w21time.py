"""(sixteenth walk-through F1, F2) The "last few days" warning for a child who tells of the act
without naming it ("did the thing again", "was at it again", "did what he does") and names who
did it without "my" ("grandpa did…"), at a time said as a child types it ("this aftenoon",
"after school", "at teatime"); and a child's school year or age said in short of themselves
("im yr 8", "i am a boy in year 9", "… 13f") read as their age. Every case in other words and
towns than the report's, both ways: the false reading each rule could cause is tested too, in
English and Welsh where it applies."""

from __future__ import annotations

import pytest

from directory.search.asker import who_is_asking
from directory.search.recent import recent_assault
from directory.search.understand import clean_text, understand

from .helpers import page


def _warned(words: str) -> bool:
    return recent_assault(understand(words), clean_text(words))


# --- F1: a vague act with someone named and a recent time gets the warning -----------------


@pytest.mark.parametrize(
    "words",
    [
        "uncle did that thing again earlier, im 10",
        "nan did the thing again this aftenoon and i feel scared",
        "he did what he does again yestaday",
        "my brother was at it again 2day",
        "nans boyfriend came in again after school, im 11",
        "my cousin did the thing again at the wkend",
        "stepdad did what he always does at teatime, im 9",
        "he did the thing again on tuesday night",
        "grandad did that thing tonite im in year 6",
        "my uncle came into my room again lastnite",
        "stepmum did the same thing again this morning",
        "it happened again at lunchtime, cousin",
    ],
)
def test_a_vague_act_with_a_recent_time_gets_the_warning(words: str) -> None:
    assert _warned(words)


@pytest.mark.parametrize(
    "words",
    [
        # long ago
        "he did the thing again years ago, im 35 now",
        "uncle did that thing when i was little",
        # a dream, a flashback, a telling: the time is theirs, not the act's
        "my uncle did the thing again in my dream last night",
        "i had a flashback this afternoon to when my stepdad did the thing",
        "i told my teacher this afternoon about what happened when i was 7",
        "i told my mum after school what my cousin did",
        # a habit that is no act ("the thing where…"), a beating
        "my dad did the thing again tonight where he forgets to pick me up",
        "dad was at it again this morning shouting and hit me",
        # "at it again" of drinking; someone named as a companion, not as who did it
        "mum was at it again tonight drinking",
        "i went to town with dad this morning and it happened",
        # nobody named as who did it
        "it happened again in my dream last night",
    ],
)
def test_no_warning_when_the_time_is_not_the_acts(words: str) -> None:
    assert not _warned(words)


def _text(client, words: str, place: str) -> str:
    response = client.get("/search", query_string={"q": words, "location": place})
    return page(response).get_text(" ")


def test_the_page_warns_a_child_who_says_it_vaguely(bundled_client) -> None:
    text = _text(bundled_client, "uncle did the thing again this aftenoon, im 9", "Kettering")
    assert "If it happened in the last few days" in text


def test_the_page_does_not_warn_of_a_dream(bundled_client) -> None:
    text = _text(bundled_client, "my uncle did the thing again in my dream last night", "Corby")
    assert "If it happened in the last few days" not in text


# --- F2: a school year or an age said in short of oneself is the child's age ----------------


@pytest.mark.parametrize(
    ("words", "age", "gender"),
    [
        ("im yr 7 and my stepbrother does stuff to me", 11, ""),
        ("my uncle touches me, yr 9 here", 13, ""),
        ("yr 6 girl here, my cousin makes me do things", 10, "female"),
        ("my grandad abused me, i am a girl in year 10", 14, "female"),
        ("im a lad in yr 8 and my coach touches me", 12, "male"),
        ("im a girl 13 and my stepdad comes in my room", 13, "female"),
        ("my brother makes me do things i dont like, 12 m", 12, "male"),
        ("my mums boyfriend touched me 14f", 14, "female"),
        # Welsh: "I'm a girl in year 8", "I'm a boy in year 7"
        ("dwin hogan blwyddyn 8 ac mae fy ewythr yn fy nghyffwrdd", 12, "female"),
        ("dwi'n fachgen ym mlwyddyn 7, mae fy nghefnder yn gwneud pethau i fi", 11, "male"),
    ],
)
def test_a_school_year_or_short_age_of_oneself_is_the_childs_age(
    words: str, age: int, gender: str
) -> None:
    asker = who_is_asking(clean_text(words))
    assert asker.persona == "child"
    assert asker.age == age
    if gender:
        assert asker.gender == gender


@pytest.mark.parametrize(
    "words",
    [
        # a parent's child: the child's, never the asker's
        "my son is in year 9 and his coach abused him",
        "my daughter is 7 f and her uncle touched her",
        # who did it
        "a boy in year 10 touched me at school",
        # the school year's events, not who is asking
        "year 11 exams and my uncle touches me",
        # a distance, not an age
        "a man followed me for 5 m",
        # a school year with a job: the grown-up's class, not their age
        "im a year 6 teacher and a pupil told me her uncle touches her",
        "i am a yr 10 form tutor, a student disclosed abuse",
    ],
)
def test_a_school_year_not_of_oneself_is_not_the_askers_age(words: str) -> None:
    assert who_is_asking(clean_text(words)).age is None


def test_the_page_shows_the_age_notice_for_a_short_school_year(bundled_client) -> None:
    text = _text(bundled_client, "im yr 8 and my stepdad does stuff to me", "Oundle")
    assert "Showing services for age 12" in text


def test_the_page_shows_no_age_notice_for_who_did_it(bundled_client) -> None:
    text = _text(bundled_client, "a boy in year 10 touched me at school", "Oundle")
    assert "Showing services for age" not in text
