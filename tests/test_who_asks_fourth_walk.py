"""Who is asking, read from how people tell it (fourth walk-through F1-F4): the national order
and the "Talk to someone now" lines that follow. Every case is in words of its own, not the
walk-through's."""

from __future__ import annotations

import pytest

from directory.search.understand import understand

from .helpers import national_ids, talk

FIRST_CARDS = 5
#: lines made for children and young people, or for adults worried about a child
CHILDRENS_OR_PARENTS = {"childline", "meic", "nspcc-helpline"}


# --- F1: grown-ups abused when young, said of a group or in the third person --------------


@pytest.mark.parametrize(
    ("query", "gender"),
    [
        ("therapy for guys who were sexually abused as boys", "male"),
        ("is there a group for women who were molested when they were girls", "female"),
        ("help for grown ups abused as children by a relative", ""),
        ("counsellor for lads abused as teenagers by a coach", "male"),
    ],
)
def test_grown_ups_abused_when_young_read_as_adult_survivors(query, gender):
    asker = understand(query).asker
    assert asker.persona == "adult"
    assert asker.gender == gender


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("therapist for men who were abused as kids", "Grimsby"),
        ("support for blokes sexually abused as children by family", "Swindon"),
        ("people abused as youngsters need someone to talk to", ""),
    ],
)
def test_grown_ups_abused_when_young_get_adults_lines_first(directory, query, location):
    national = national_ids(directory, query, location)
    assert not CHILDRENS_OR_PARENTS & set(national[:3]), national[:5]
    lines = talk(directory, query, location)
    # a number to ring now, and never a children's or a parents' line for them
    assert lines and not CHILDRENS_OR_PARENTS & set(lines), lines
    assert lines[0] in {"rape-crisis-247", "safeline-nmsh", "survivors-trust", "samaritans"}


@pytest.mark.parametrize(
    "query",
    ["therapist near me", "counsellor for my son", "counsellor needed after abuse as a kid"],
)
def test_asking_for_a_counsellor_is_not_being_one(query):
    assert understand(query).asker.persona != "professional"


def test_a_professional_naming_their_role_first_is_still_one():
    # (the third walk-through's reading, kept)
    assert understand("counsellor, client disclosed abuse by her father").asker.persona == (
        "professional"
    )


def test_a_child_saying_kids_is_still_a_child():
    assert understand("kids at school say my uncle touches me").asker.persona == "child"


# --- F2: a Welsh parent whose child was abused ----------------------------------------------


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("mae fy mab wedi cael ei gam-drin gan ffrind i'r teulu", "Caerfyrddin"),
        ("cafodd ein merch ei cham-drin gan ei thaid, help i ni", "Wrecsam"),
        ("help i riant, cafodd fy mhlentyn ei gam-drin yn yr ysgol", ""),
        ("dw i'n fam, mae ei llystad yn ei cham-drin hi", "Aberystwyth"),
    ],
)
def test_a_welsh_parent_whose_child_was_abused_gets_the_parents_line_before_stop_it_now(
    directory, query, location
):
    assert understand(query).asker.persona == "parent"
    national = national_ids(directory, query, location)
    assert national[0] in {"nspcc-helpline", "live-fear-free"}, national[:5]
    assert "stop-it-now" not in national[:2], national[:5]
    # victims' and parents' lines before the line for people worried about their own thoughts
    assert national.index("nspcc-helpline") < national.index("stop-it-now")
    lines = talk(directory, query, location, welsh=True)
    assert lines[0] in {"nspcc-helpline", "live-fear-free"}, lines
    assert "stop-it-now" not in lines, lines


@pytest.mark.parametrize(
    "query", ["help i riant", "fel rhiant, be dw i'n ei wneud", "ein plentyn bach"]
)
def test_welsh_words_for_a_parent_read_as_a_parent(query):
    assert understand(query).asker.persona == "parent"


def test_a_welsh_parent_worried_about_someones_behaviour_is_not_told_abuse_was_done(directory):
    # no abuse told as done: the line for people worried about another's behaviour may help
    from directory.search.told import tells_of_abuse_done
    from directory.search.understand import clean_text

    query = "dw i'n poeni am ymddygiad fy mrawd o gwmpas fy mhlant"
    understood = understand(query)
    assert not tells_of_abuse_done(understood.asker, understood.concepts, clean_text(query))


@pytest.mark.parametrize(
    "words", ["im 19 and attracted to younger teens", "i think im attracted to underage girls"]
)
def test_attraction_to_young_teenagers_is_a_worry_about_ones_own_thoughts(words):
    """Fifth walk-through F1: read as a victim's search, Stop It Now out of sight."""
    from directory.search.understand import who_is_asking

    assert who_is_asking(words).persona == "own-behaviour"
