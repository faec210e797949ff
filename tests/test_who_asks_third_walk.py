"""Who is asking, read from how people tell it (third walk-through F1, F3-F7): the national
order and the "Talk to someone now" lines that follow. Every case is in words of its own, not
the walk-through's."""

from __future__ import annotations

import pytest

from directory.search.groups import victims_services
from directory.search.understand import understand

from .helpers import national_ids, talk

FIRST_CARDS = 5


# --- F3: abuse told in the present tense, with no age, is a child's ---------------------------


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("someone at home does rude stuff to me", "Bangor"),
        ("he sneaks into my bed at night", "Leeds"),
        ("my cousin keeps touching me when nobody is home", ""),
        ("my big sisters boyfriend does things to me when shes out", ""),
    ],
)
def test_abuse_told_as_happening_now_puts_the_childrens_line_first(directory, query, location):
    assert understand(query).asker.persona == "child"
    national = national_ids(directory, query, location)
    assert national[0] == "childline", national[:4]
    # never the line for adults abused as children above Childline
    assert "napac" not in national[:1]
    lines = talk(directory, query, location)
    assert lines[0] in {"childline", "meic"}, lines


@pytest.mark.parametrize(
    "query",
    [
        "my stepbrother hurt me years ago and it still affects me",
        "im 34 and my brother hurts me",
        "my husband hurts me",
        "when i was small my uncle would come into my room",
    ],
)
def test_an_adults_words_about_abuse_do_not_read_as_a_childs(query):
    assert understand(query).asker.persona != "child"


# --- F4: a parent asking for their child: the parents' line first -----------------------------


@pytest.mark.parametrize(
    ("query", "location", "welsh"),
    [
        ("my girl is 9 and she said her uncle hurt her", "", False),
        ("what to do for my kid after sexual abuse from a relative", "Cardiff", False),
        ("daughter 6 has told me what her step grandad did, help for both of us", "Luton", False),
        ("sut i helpu fy merch ar ôl iddi gael ei cham-drin gan ei hewythr", "Bangor", True),
    ],
)
def test_a_parent_whose_child_was_abused_gets_the_parents_line_first(
    directory, query, location, welsh
):
    assert understand(query).asker.persona == "parent"
    national = national_ids(directory, query, location)
    assert national[0] == "nspcc-helpline", national[:4]
    assert talk(directory, query, location, welsh)[0] == "nspcc-helpline"


def test_a_parent_worried_about_a_risk_still_finds_the_line_for_worried_people(directory):
    # (the previous branch's behaviour, kept: a worry about someone's behaviour is not abuse
    # told as done)
    for query in (
        "my dad has a conviction and wants to see my children",
        "i suspect my brother in law with my daughter, what signs to look for",
    ):
        national = national_ids(directory, query)
        assert "stop-it-now" in national[:2], (query, national[:4])


# --- F1 and F6: an adult recalling is not offered children's lines ----------------------------


@pytest.mark.parametrize(
    ("query", "location", "welsh"),
    [
        ("counselling for men, sexual abuse in childhood", "Plymouth", False),
        ("support after a childhood of abuse by my father", "", False),
        ("ges i fy ngham-drin gan fy nhaid pan o'n i'n hogyn", "", True),
        ("cefais fy ngham-drin pan yn fach, dw i angen siarad efo rhywun", "Aberystwyth", True),
        ("roeddwn i'n cael fy ngham-drin pan yn blentyn, angen cwnsela", "Abertawe", True),
    ],
)
def test_an_adult_recalling_is_offered_adults_lines_not_childrens(
    directory, bundled_index, query, location, welsh
):
    assert understand(query).asker.persona == "adult"
    lines = talk(directory, query, location, welsh)
    assert lines and not {"childline", "meic", "nspcc-helpline"} & set(lines), lines
    for sid in national_ids(directory, query, location)[:FIRST_CARDS]:
        service = bundled_index.services[sid]
        # no line for children and young people only, nor one that stops under 30
        assert service.audiences != ["children-young-people"], sid
        assert service.maximum_age is None or service.maximum_age >= 30, sid


def test_adult_words_with_nobody_named_do_not_put_childline_first_to_talk_to(directory):
    # "counselling" and no age, no child: the lines for adults come first in the talk box
    lines = talk(directory, "sexual abuse counselling", "Plymouth")
    assert lines[0] not in {"childline", "nspcc-helpline"}, lines


# --- F7: someone worried about their own thoughts ---------------------------------------------


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("i keep getting thoughts about young kids that scare me", ""),
        ("ive been watching videos of underage kids and want to stop", "Norwich"),
        ("cant stop thinking about kids in a sexual way", "York"),
    ],
)
def test_someone_worried_about_their_own_thoughts_sees_no_victims_services_first(
    directory, bundled_index, query, location
):
    assert understand(query).asker.persona == "own-behaviour"
    national = national_ids(directory, query, location)
    assert national[0] == "stop-it-now", national[:4]
    columns = bundled_index.columns
    victims = {columns.ids[p] for p, v in enumerate(victims_services(columns)) if v}
    # (the Internet Watch Foundation takes reports of abuse images from anyone who comes
    # across them: a tool, not a victims' service to them)
    victims.discard("iwf-report")
    assert not victims & set(national[:FIRST_CARDS]), national[:FIRST_CARDS]
    # with no place too, the lines to talk to are theirs; (w27lines) not Samaritans, a line
    # for anyone struggling to cope, when the words speak of no distress or crisis
    assert talk(directory, query) == ["stop-it-now"]


def test_someone_telling_of_anothers_viewing_is_not_read_as_worried_about_themselves(directory):
    """(w46adult) Read as worried about someone's behaviour, as "child abuse images" always
    was (``persona`` "own-behaviour" names the search, not who did it): Stop It Now first, and
    the NSPCC's line for the family around a child beside it, never a victim's or child's."""
    query = "my husband has been looking at pictures of kids online"
    assert understand(query).asker.persona in ("", "own-behaviour")
    national = national_ids(directory, query, "Norwich")
    assert national[0] == "stop-it-now" and "nspcc-helpline" in national[:3], national[:4]


# --- F5: a professional's talk box has the line that advises professionals --------------------


@pytest.mark.parametrize(
    "query",
    [
        "social worker: 12 year old disclosed abuse by her mums partner, who can advise me",
        "youth worker here, a lad of 15 told me his coach abused him",
        "teacher, pupil aged 9 disclosed sexual abuse at home",
    ],
)
def test_a_professionals_talk_box_has_the_nspcc_helpline_first(directory, query):
    assert understand(query).asker.persona == "professional"
    lines = talk(directory, query)
    assert lines[0] == "nspcc-helpline", lines
    # abuse already done: the line for people worried about their own thoughts is not next
    assert "stop-it-now" not in lines[:2], lines


def test_a_child_naming_a_teacher_is_not_a_professional():
    assert understand("teacher keeps touching me").asker.persona == "child"
