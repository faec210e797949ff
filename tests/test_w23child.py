"""A child is never read as a worker, a parent or someone worried about their own thoughts
(branch w23child): a child speaking of harm done to them or to a brother or sister, in words a
worker, a parent or an adult also use. Tested in other words and towns than the report's, both
ways (the worker's, the parent's and the adult's own words stay theirs), English and Welsh.

The general causes:
- a school year with "student" or "pupil" said first was always a worker's report, whoever was
  harmed ("yr 8 pupil, my cousin made me…");
- "my 5 year old" was always a parent's child, even when "brother", "sister" or "cousin"
  followed ("my 8 year old sister", "my kid sister", "my baby brother");
- "into kids" was an attraction even when it was a taste ("into kids cartoons", "kids tv");
- a teenager's own age ("im 15") did not stop a role or a baby being read as a worker's or a
  parent's, unless the age was 12 or under.
- a teenager's life (a Saturday job, a paper round, "im only in year 11") was a grown-up's.
Tests marked "old:" fail on b3f66be (40 of the 98 cases; the rest are the rules' other side).
"""

from __future__ import annotations

import pytest

from directory.search.asker import who_is_asking
from directory.search.understand import clean_text, understand

from .test_asker_probe import _first_screen, _right


def _asker(words: str):
    return who_is_asking(clean_text(words))


def _concepts(words: str) -> list[str]:
    return [c.name for c in understand(words).concepts]


# --- a school year with "student" or "pupil", then harm done to "me" ------------------------


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("yr 8 pupil, my older cousin made me do stuff", 12),  # old: professional
        ("y9 student and my mums boyfriend keeps touching me", 13),  # old: professional
        ("year 11 girl here my step brother comes into my bed", 15),
        ("year 10 student, he comes in my bedroom when mum is asleep", 14),  # old: professional
        ("disgybl bl 8, mae fy ewythr yn gwneud pethau i fi", None),
        ("dwi ym mlwyddyn 10 ac mae fy llysdad yn cyffwrdd fi", 14),
    ],
)
def test_a_school_year_said_first_then_harm_to_me_is_a_child(words: str, age: int | None) -> None:
    asker = _asker(words)
    assert asker.persona == "child"
    if age is not None:
        assert asker.age == age


@pytest.mark.parametrize(
    "words",
    [
        "yr 8 pupil disclosed that her mums boyfriend comes into her bedroom",
        "a year 11 student said her step brother goes into her room",
        "year 7 pupil told me her uncle makes her do things",
        "one of my year 9 students comes to my room at lunch and today said her stepdad hurts her",
        "my student, year 11, says her brother touches her",
        "athrawes ydw i, mae disgybl bl 8 wedi dweud bod ei hewythr yn ei chyffwrdd",
    ],
)
def test_a_workers_report_of_a_pupil_stays_a_workers(words: str) -> None:
    assert _asker(words).persona == "professional"


@pytest.mark.parametrize(
    "words",
    [
        "gcse student, my tutor kissed me and i dont know who to tell",  # old: ""
        "sixth former, my boyfriends dad raped me",  # old: ""
        "dwi yn y chweched dosbarth ac mae fy hyfforddwr wedi fy nghyffwrdd",
    ],
)
def test_a_school_stage_said_of_oneself_with_harm_is_a_child(words: str) -> None:
    asker = _asker(words)
    assert asker.persona == "child"
    assert asker.age is None  # (16 or 17 is a guess: no age is shown)


def test_a_school_stage_in_a_workers_report_is_not_a_child() -> None:
    assert _asker("sixth form student disclosed rape by her boyfriend").persona != "child"


# --- a brother, sister or cousin named with a child's word ----------------------------------


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("my kid sister said our stepdad touches her", None),  # old: parent
        ("my baby brother told me dad hurts him", None),  # old: parent
        ("my 8 year old sister told me grandad does stuff to her", None),  # old: parent
        ("my little cousin (6) said our uncle touched her", None),  # old: ""
        ("my younger brother told me our babysitter touched him", None),  # old: ""
        ("im 13 and my 6 year old sister said our stepdad hurt her", 13),  # old: parent
        ("im 16 and my 3 year old cousin said our uncle hurt her", 16),  # old: parent
        ("mae fy chwaer fach 7 oed wedi dweud bod taid yn ei chyffwrdd", None),  # old: ""
        ("dwi n 13 ac mae fy mrawd bach wedi dweud bod dad yn ei frifo", 13),
        ("my bro is 7 and he said our uncle hurt him", None),  # old: ""
        ("my lil sis told me our step dad does stuff to her", None),  # old: ""
        ("mae fy chwaer iau wedi dweud bod ein llystad yn ei chyffwrdd", None),  # old: ""
    ],
)
def test_a_little_brother_or_sister_who_told_is_a_childs(words: str, age: int | None) -> None:
    asker = _asker(words)
    assert asker.persona == "child"
    assert asker.age == age
    assert asker.for_age == age  # (never the little one's age shown as the asker's)


@pytest.mark.parametrize(
    ("words", "for_age"),
    [
        ("my 9 year old told me his cousin made him do things", 9),
        ("our 6 year old said grandad touched her", 6),
        ("my baby told me her dad touched her", None),
        ("my 7 year old and his cousin were touched by a babysitter", 7),
        ("my son told me his little brother was touched by our neighbour", None),
        ("my 12 year old says her sister's boyfriend touched her", 12),
        ("mae fy merch 6 oed wedi dweud bod ei chefnder wedi ei chyffwrdd", 6),
    ],
)
def test_a_parents_child_stays_a_parents(words: str, for_age: int | None) -> None:
    asker = _asker(words)
    assert asker.persona == "parent"
    assert asker.for_age == for_age


# --- a child's taste is not an attraction -----------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "im still into kids cartoons and my cousin makes me do stuff",  # old: own-behaviour
        "i love kids tv shows and my uncle touches me",
        "i like watching kids youtubers and my stepdad comes in my room at night",
        "im into kids anime and a guy online keeps asking for pics",  # old: own-behaviour
    ],
)
def test_a_childs_taste_is_a_childs(words: str) -> None:
    assert _asker(words).persona == "child"
    assert "own-behaviour" not in _concepts(words)


@pytest.mark.parametrize("words", ["im really into kids telly", "i like kids films"])
def test_a_taste_alone_is_not_an_attraction(words: str) -> None:
    assert _asker(words).persona != "own-behaviour"
    assert "own-behaviour" not in _concepts(words)  # old: own-behaviour


@pytest.mark.parametrize(
    "words",
    [
        "im 40 and into kids, how do i stop",
        "i think im into kids, help",
        "ive always been into young girls and it scares me",
        "how to stop being attracted to under 14s",
    ],
)
def test_an_adults_attraction_is_still_own(words: str) -> None:
    assert _asker(words).persona == "own-behaviour"
    assert "own-behaviour" in _concepts(words)


# --- a teenager's own age with a role or a job -----------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        # old: professional
        "im a babysitter, im 15, the little girl i look after told me her dad touches her",
        "im 16 and i babysit, the boy i look after told me his uncle hurts him",
        "on my paper round a man flashed me, im 13",
        "im 14 and help out at brownies, a girl told me her stepdad hurts her",
        "dwi n 15 ac yn gwarchod plant, mae r ferch fach wedi dweud bod ei thad yn ei brifo",
    ],
)
def test_a_teenager_who_babysits_or_helps_is_a_child(words: str) -> None:
    assert _asker(words).persona == "child"


@pytest.mark.parametrize(
    "words",
    [
        # old: professional
        "i coach the under 8s at my football club, im 16, one of the kids said his dad hurts him",
        "im 17 and i work at a nursery, a child told me her uncle hurts her",  # old: professional
        "im head girl and a younger pupil said her uncle touches her, im 17",  # old: professional
        "im a prefect, a year 8 girl told me her stepdad touches her",  # old: ""
        "as a peer mentor a year 7 told me her dad hurts her",
    ],
)
def test_a_pupil_or_a_teenager_with_a_role_is_a_child(words: str) -> None:
    assert _asker(words).persona == "child"


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("college student, 16, my lecturer keeps messaging me and touched me", 16),  # old: adult
        ("pupil 14 here my uncle touches me", 14),  # old: no age
    ],
)
def test_a_students_own_age_said_first_is_theirs(words: str, age: int) -> None:
    asker = _asker(words)
    assert (asker.persona, asker.age) == ("child", age)


def test_a_students_age_in_a_workers_report_is_not_the_askers() -> None:
    assert _asker("student 15 disclosed abuse by her stepdad").persona != "child"


@pytest.mark.parametrize(
    "words",
    [
        "im a childminder, a child aged 4 told me her dad hurts her",
        "peer mentor coordinator, a year 7 disclosed abuse by her dad",
        "im a young carers support worker and a girl of 13 said her stepdad comes into her room",
        "im 15 years qualified as a teacher and a pupil disclosed abuse",
        "im 23 and i work at a nursery, a child told me her uncle hurts her",
    ],
)
def test_a_worker_is_still_a_worker(words: str) -> None:
    assert _asker(words).persona == "professional"


# --- a young person's own harmful sexual behaviour --------------------------------------------


def test_a_young_persons_own_harmful_sexual_behaviour_is_own() -> None:
    words = "im 15 and have harmful sexual behaviour, i touched my little cousin"
    assert _asker(words).persona == "own-behaviour"


def test_a_brothers_harmful_sexual_behaviour_done_to_me_is_a_childs() -> None:
    words = "im 14 and my brother has harmful sexual behaviour, he touched me"
    assert _asker(words).persona == "child"


# --- the page: what a person sees first ---------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "path", "words", "town"),
    [
        ("child", "/search", "yr 8 pupil, my older cousin made me do stuff", "Norwich"),  # old
        ("child", "/search", "my kid sister said our stepdad touches her", "Exeter"),  # old
        ("child", "/cy/search", "mae fy chwaer fach 7 oed wedi dweud bod taid yn ei chyffwrdd",
         "Caerfyrddin"),
        ("child", "/search", "i love kids tv shows and my uncle touches me", "Preston"),
        ("child", "/cy/search", "disgybl bl 8, mae fy ewythr yn gwneud pethau i fi", "Aberystwyth"),
        ("child", "/search", "im 16 and i babysit, the boy i look after told me his uncle hurts "
         "him", "Carlisle"),
        ("professional", "/search", "yr 8 pupil disclosed that her mums boyfriend comes into "
         "her bedroom", "Ipswich"),
        ("parent", "/search", "my 9 year old told me his cousin made him do things", "Luton"),
        ("own", "/search", "im 40 and into kids, how do i stop", "Truro"),
    ],
)  # fmt: skip
def test_the_page_fits_who_is_asking(bundled_client, kind, path, words, town) -> None:
    response = bundled_client.get(path, query_string={"q": words, "location": town})
    talk, card, who = _first_screen(response.data)
    assert _right(kind, words, talk, card, who), (talk, card, who)


# --- a teenager's life and children harmed together ------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "my manager at my saturday job keeps touching me",  # old: adult
        "the manager at my part time job touched me and im only in year 11",  # old: adult
        "the boss on my paper round keeps trying to kiss me",
        "our baby brother told me dad hurts him",  # old: ""
        "i look after my little sister after school and our stepdad touches us both",  # old: ""
    ],
)
def test_a_teenagers_life_and_family_are_a_childs(words: str) -> None:
    assert _asker(words).persona == "child"


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        ("my manager keeps touching me at work, im 34", "adult"),
        ("my line manager touched me at the office party", "adult"),
        ("i was abused in year 5 by a teacher, im 40 now", "adult"),
        ("my partner and i think our sons uncle touches him", "parent"),
    ],
)
def test_a_grown_ups_work_and_past_stay_theirs(words: str, persona: str) -> None:
    assert _asker(words).persona == persona


def test_a_school_year_said_now_is_not_the_past() -> None:
    # old: read as "as a child" (the past), and no age
    asker = _asker("the manager at my part time job touched me and im only in year 11")
    assert asker.age == 15


def test_kids_who_bully_the_asker_are_not_thoughts_about_children() -> None:
    words = "im 15 and i keep thinking about kids at school who bully me and my stepdad touches me"
    assert _asker(words).persona == "child"  # old: own-behaviour
    assert "own-behaviour" not in _concepts(words)


@pytest.mark.parametrize(
    "words",
    [
        "i keep thinking about kids in a sexual way",
        "i keep thinking about kids and it scares me, im 30",
    ],
)
def test_thoughts_about_children_are_still_own(words: str) -> None:
    assert _asker(words).persona == "own-behaviour"


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        ("ein brawd bach wedi dweud bod ewythr yn ei frifo", "child"),  # old: ""
        ("mae fy mrawd 8 oed wedi dweud bod taid yn ei gyffwrdd", "child"),  # old: ""
        ("bl 9, mae fy llysdad yn dod i fy stafell yn y nos", "child"),
        ("disgybl blwyddyn 8 wedi datgelu bod ei hewythr yn ei chyffwrdd", "professional"),  # old
        ("mae fy merch fach wedi dweud bod taid yn ei chyffwrdd", "parent"),
    ],
)
def test_welsh_brothers_sisters_and_pupils(words: str, persona: str) -> None:
    assert _asker(words).persona == persona


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        ("my mum babysits my kids and her husband touched my daughter", "parent"),
        ("i babysat for a family when i was 14 and the dad abused me, im 38 now", "adult"),
        ("college student, my lecturer touched me at the christmas do, im 24", "adult"),
        ("my flatmate comes into my room at night and i feel unsafe", "adult"),
        ("our dad abused us when we were little, im 45 now", "adult"),
    ],
)
def test_a_grown_ups_words_of_babysitting_college_or_siblings_stay_theirs(
    words: str, persona: str
) -> None:
    assert _asker(words).persona == persona


def test_children_harmed_together_long_ago_are_not_a_child_now() -> None:
    assert _asker("our dad abused us as kids and i still cant cope").persona != "child"
