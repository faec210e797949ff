"""Who is asking, the fourth probe's misses (``docs/walkthrough-2026-12/w17probe.md``), tested in
words and towns of our own, both ways: each rule that reads someone's words one way is tested
with the words it must not read so (children stay children, survivors stay survivors, parents
stay parents).

- Someone worried about their own thoughts or acts, in words the tables did not know: text-speak
  ("2" for "to"), thoughts called inappropriate, a worry about their own thoughts towards a
  child of the family, a child hurt "sexually", "crossed the line with", Welsh "amhriodol";
  the age of the child in the asker's own thoughts is not the age of whoever the help is for.
- A child telling what someone does to them ("does sexual stuff to me") whose words name the
  abuser's arrest: harm done to them, not a worry about an offender's behaviour.
- Grown-ups who give no number and do not say "as a child" ("grown man now", "for adult
  female", "at 61 i finally", "for 30 years").
- Professionals who name their role first and then a child's age or words ("psychotherapist
  seeking … for a 13 year old", "hinted", "adolescent inpatient 15", Welsh "plentyn … yn
  dweud", "nyrs ardal", "criw ambiwlans").
- Parents who name their child without "my" ("lass is 9", "youngest's 6", Welsh "y plant
  acw"), and a parent's child's age kept when the child does something next ("my 5 year old has
  been saying…"); a Welsh school year said last ("dwi ym mlwyddyn 8": 12).
"""

from __future__ import annotations

import pytest

from directory.search.understand import understand

from .test_asker_probe import STOP_IT_NOW, _first_screen


def _who(words: str) -> tuple[str, int | None]:
    asker = understand(words).asker
    return asker.persona, asker.for_age


@pytest.mark.parametrize(
    "words",
    [
        "sexually attracted 2 teens, what do i do",
        "i have sexual feelings 4 kids and need help",
        "i have inappropriate thoughts about a teenager at my church",
        "scared of my feelings towards my nephew",
        "i sexually harmed my stepdaughter years ago and need help",
        "i crossed the line with my stepson and hate myself",
        "mae gen i deimladau amhriodol am fy nith",
        # a role named, with the asker's own thoughts: their own worry, not a professional's
        "im a scout leader and having inappropriate thoughts about a teenager in the group",
    ],
)
def test_own_thoughts_and_acts_in_other_words(words: str) -> None:
    assert _who(words)[0] == "own-behaviour"


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        ("mum of 2 kids, my son was touched by a neighbour", "parent"),
        ("my uncle sends pics 2 me and says its our secret", "child"),
        ("my husband has inappropriate thoughts about my stepdaughter", "parent"),
        ("worried about my thoughts about my son being abused by his coach", "parent"),
        ("i hurt my son when i smacked him and feel awful", "parent"),
        ("my stepdad hurt me sexually when i was little", "adult"),
    ],
)
def test_what_is_not_the_askers_own_stays_as_it_was(words: str, persona: str) -> None:
    assert _who(words)[0] == persona


def test_the_age_of_the_child_in_a_parents_own_thoughts_is_not_whom_the_help_is_for() -> None:
    assert _who("dwi'n fam ac mae gen i feddyliau amhriodol am fy mab 9 oed") == (
        "own-behaviour",
        None,
    )
    # ... while a parent's child's age is still read
    assert _who("mae fy merch 9 oed wedi cael ei cham-drin gan ei hewythr") == ("parent", 9)


def test_a_child_who_names_the_abusers_arrest_is_no_offenders_worry() -> None:
    said = understand("my brother does sexual stuff to me at night but i dont want him arrested")
    assert said.asker.persona == "child"
    assert "own-behaviour" not in [c.name for c in said.concepts]
    # ... while someone arrested themselves is still read so
    assert _who("i got arrested for looking at images of children")[0] == "own-behaviour"


@pytest.mark.parametrize(
    "words",
    [
        "grown man now and still cant sleep because of what my stepdad did",
        "im a grown woman and my cousin abused me",
        "counselling for adult female abused by her father",
        "at 61 i finally told my sister what our uncle did",
        "kept what the priest did to myself for 30 years",
    ],
)
def test_grown_ups_without_a_number_or_as_a_child(words: str) -> None:
    assert _who(words)[0] == "adult"


@pytest.mark.parametrize(
    "words",
    [
        "a grown man keeps messaging me on snapchat im scared",
        "he abused me for 3 years and im scared",
        "abused by an adult male at my club",
        "at 14 i finally told my mum what he did",
    ],
)
def test_a_grown_up_named_as_who_did_it_or_a_short_time_makes_no_survivor(words: str) -> None:
    assert _who(words)[0] != "adult"


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("psychotherapist seeking specialist support for a 13 year old abused by a neighbour", 13),
        ("district nurse visiting, 10 year old hinted that her mums boyfriend hurts her", 10),
        ("ambulance crew, 12 year old girl we attended says her uncle abused her", 12),
        ("family court adviser need support for an 8 year old who disclosed abuse", 8),
        ("consultant psychiatrist, adolescent inpatient 15 told us about abuse by her brother", 15),
        ("nyrs ardal, plentyn 7 yn dweud bod ei thaid yn ei brifo", 7),
        ("criw ambiwlans, plentyn wedi dweud wrtha i bod ei llystad yn ei cham-drin", None),
    ],
)
def test_a_role_said_first_then_a_childs_age_or_words(words: str, age: int | None) -> None:
    assert _who(words) == ("professional", age)


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        ("the district nurse who visits my nan keeps touching me", "child"),
        ("im 11 and my play therapist said i should call someone", "child"),
        ("the ambulance crew took my daughter 9 to hospital after her uncle hurt her", "parent"),
        # a parent's own child who told ("your child"), in Welsh: no professional's "plentyn"
        ("cyngor os yw eich plentyn wedi dweud bod ei ewythr yn ei gyffwrdd", "parent"),
    ],
)
def test_a_role_that_is_someone_elses_stays_so(words: str, persona: str) -> None:
    assert _who(words)[0] == persona


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("lass is 9 and her uncle has been touching her, what do we do", 9),
        ("youngest's 6 and told me the babysitter hurt her", 6),
        ("dwi'n poeni am y plant acw, mae eu hewythr yn eu cyffwrdd", None),
        ("my 5 year old has been saying her uncle touches her", 5),
        ("our 7 yr old keeps saying the neighbour hurt him", 7),
    ],
)
def test_parents_in_dialect_and_their_childs_age(words: str, age: int | None) -> None:
    assert _who(words) == ("parent", age)


def test_children_who_say_their_age_first_stay_children() -> None:
    assert _who("boy 13 my uncle touches me") == ("child", 13)
    # someone else's age, said before what they did, is not the parent's child's
    assert _who("a 16 year old has been sending my daughter pics") == ("parent", None)


def test_a_welsh_school_year_said_last_is_the_childs_age_then() -> None:
    assert _who("mae fy nghefnder yn cyffwrdd fi, dwi ym mlwyddyn 8") == ("child", 12)
    assert _who("dwi ym mlwyddyn 8, mae fy nghefnder yn cyffwrdd fi") == ("child", 12)


def _page(client, words: str, place: str, welsh: bool = False) -> tuple[list[str], str, str]:
    path = "/cy/search" if welsh else "/search"
    page = client.get(path, query_string={"q": words, "location": place})
    assert page.status_code == 200
    return _first_screen(page.data)


def test_a_worker_with_their_own_thoughts_sees_stop_it_now_first(bundled_client) -> None:
    talk, card, _ = _page(
        bundled_client,
        "im a football coach and im having inappropriate thoughts about a young player",
        "Carlisle",
    )
    assert talk[0] in STOP_IT_NOW and card in STOP_IT_NOW


def test_a_child_who_names_the_arrest_sees_no_offenders_service_first(bundled_client) -> None:
    talk, card, who = _page(
        bundled_client,
        "my stepdad does rude things to me but i dont want him arrested",
        "Lincoln",
    )
    assert talk[0] == "Childline"
    assert card not in STOP_IT_NOW and "Lucy Faithfull" not in card
    assert "Children" in who


def test_a_grown_woman_sees_adults_lines_first(bundled_client) -> None:
    talk, card, who = _page(
        bundled_client, "grown woman and still frightened of the cousin who abused me", "Exeter"
    )
    assert talk[0] not in ("Childline", "The Mix") and "Childline" not in talk
    assert "Adults" in who


@pytest.mark.parametrize(
    ("words", "who"),
    [
        # text-speak "2" for "to" is read only where "to" goes, never a count
        ("what he done 2 me still hurts, im 16", ("child", 16)),
        ("a man sent 2 pics of himself on snapchat, im 13", ("child", 13)),
        ("my stepdad abused me, it stopped 2 years ago and im 15", ("child", 15)),
    ],
)
def test_text_speak_is_read_as_to_only_where_to_goes(words: str, who: tuple) -> None:
    assert _who(words) == who
