"""Who is asking, after the fifth walk-through (F3, F4, F9): a parent telling of abuse done to
their own children, ages written without "im" or "aged", and a line the directory could not
confirm is open kept out of the first national answers. Every case is in words of its own, not
the walk-through's."""

from __future__ import annotations

import pytest

from directory.search.understand import understand

from .helpers import national_ids, talk

#: the line first of all for people worried about their own (or another's) behaviour
WORRIED = "stop-it-now"


# --- F3: a parent telling of abuse done to their own children --------------------------------


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("my stepdads been interfering with our two boys, who can help", "Bolton"),
        ("the nan's husband molested our 8 year old, what now", ""),
        ("uncle touched my daughters at a sleepover, how do we get help", "Exeter"),
        ("our neighbour abused my son when he babysat", "Hull"),
    ],
)
def test_parent_telling_of_abuse_done_gets_parents_lines_before_worried_line(
    directory, query, location
):
    assert understand(query).asker.persona == "parent"
    national = national_ids(directory, query, location)
    assert national[0] == "nspcc-helpline", national[:5]
    # (Stop It Now may be there, after the parents' first line; the walk-through had it second)
    assert WORRIED not in national[:2], national[:5]
    lines = talk(directory, query, location)
    assert lines[0] == "nspcc-helpline", lines
    assert WORRIED not in lines[:2], lines


def test_parent_worried_about_a_relatives_behaviour_still_gets_the_worried_line(directory):
    """A parent who wants a relative's behaviour stopped is who Stop It Now is for."""
    query = "worried my brother in law keeps touching my kids, how do i stop him"
    assert WORRIED in national_ids(directory, query)[:3]


# --- F4, F9: ages without "im" or "aged" -----------------------------------------------------


@pytest.mark.parametrize(
    ("query", "age"),
    [
        ("girl 9 abused by her stepfather, counselling referral", 9),
        ("lad, 16 - sexually assaulted at a party", 16),
        ("my cousin keeps making me do sex stuff help 12", 12),
        ("please someone help me my mums boyfriend comes in my room im scared 14", 14),
        ("13yo, uncle does things to me", 13),
        ("16 y/o, raped by my ex", 16),
        ("age:11 my brother touches me", 11),
        ("im in year 7 and my step brother hurts me", 11),
        ("year 10 student disclosed abuse by her father", 14),
    ],
)
def test_age_written_without_im_or_aged_is_read(query, age):
    asker = understand(query).asker
    assert asker.for_age == age, asker


@pytest.mark.parametrize(
    "query",
    [
        "my uncle abused me for 6 years when i was small",
        "he did it 4 times at my nans",
        "it happened at 11pm in the park",
        "abused by my stepdad since 2015 and cant cope",
        "boy 3 times touched by a coach",
        "my cousin touched me when i was 9",
        "my brother hurts me he is 16",
        "my uncle touched me on the bus 42",
    ],
)
def test_numbers_that_are_times_counts_or_past_ages_are_not_the_askers_age(query):
    asker = understand(query).asker
    assert asker.age is None, asker
    assert asker.for_age is None, asker


def test_a_child_age_read_from_a_trailing_number_gets_childrens_lines(directory):
    query = "my stepbrother makes me do things i hate 12"
    assert understand(query).asker.persona == "child"
    assert talk(directory, query)[0] in {"childline", "meic"}


def test_a_professionals_boy_of_15_is_not_offered_adults_only_lines(directory):
    query = "youth worker: boy 15 sexually abused by his uncle, needs counselling"
    asker = understand(query).asker
    assert asker.persona == "professional" and asker.age == 15
    national = national_ids(directory, query, "Walsall")
    assert "napac" not in national[:5], national[:5]


# --- F3: a line the directory could not confirm is open -------------------------------------

UNSURE_LINE = "report-abuse-in-education"


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("my 6 year old told me her granddad hurt her down there", "Norwich"),
        ("found out my brother abused my son, hes 9, need support", "Reading"),
        ("my ex partner sexually abused our daughter i need help", "Leicester"),
    ],
)
def test_unconfirmed_line_not_among_first_three_for_abuse_away_from_school(
    directory, query, location
):
    national = national_ids(directory, query, location)
    assert UNSURE_LINE not in national[:3], national[:5]


def test_unconfirmed_line_may_lead_when_the_words_are_about_what_it_is_for(directory):
    """Abuse at a place of learning is what the line is for: it is not held back."""
    query = "sexually harassed by a lecturer at college"
    assert UNSURE_LINE in national_ids(directory, query, "York")[:3]


def test_a_welsh_adult_worried_about_their_thoughts_is_not_offered_a_childrens_line(directory):
    """Meic states no kind of abuse: that does not make it a line for anyone struggling."""
    lines = talk(directory, "dw i'n poeni am fy meddyliau rhywiol am blant", welsh=True)
    assert lines[0] == "stop-it-now", lines
    assert "meic" not in lines, lines
