"""(w56own, forty-fourth walk-through F1) A way of dying said as a place or an act: going
into the sea, a river or a lake, in front of a train or a lorry, onto the railway line or the
motorway, off a cliff, with "tonight", "later" or "now", or "… and never come back", had no
warning, and some no Samaritans; "… and end it" at the end of a sentence of intent left
Samaritans below the adult survivors' line. Now the life-at-risk warning and Samaritans
first, as for "drown myself tonight".

Guards (a swim, a day out with the children, a walk along the front, a train journey, the
past, ending a relationship) pass on main too, and say so.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned, warned_then_first

OWN_LIFE = "If your life is at risk now"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (
            "im 58, my grandad abused me when i was small. im going to wade into the river later",
            "Hexham",
        ),
        ("i'm going to walk out into the lake tonight", "Kendal"),
        ("gonna run in front of a train in a bit", "Stafford"),
        ("I'm going to lie down on the railway line later", "Crewe"),
        ("tonight im going to walk onto the motorway", "Warrington"),
        ("i'm going to throw myself in the canal and never come back", "Wigan"),
        ("Im 61 and was abused by my stepdad. I am going to walk off the cliff tonight", "Whitby"),
    ],
)
def test_a_way_of_dying_said_as_a_place_warns_and_brings_samaritans(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    warned_then_first(soup, OWN_LIFE)


def test_and_end_it_after_a_sentence_of_intent_warns_and_lifts_samaritans(bundled_client):
    soup = searched(
        bundled_client,
        "Im 50, my uncle abused me as a boy. Im going to go out to the garage and end it",
        "Lincoln",
    )
    warned_then_first(soup, OWN_LIFE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("we are going to walk into the sea for a paddle later", "Scarborough"),
        ("im going to walk into the lake for a swim tonight", "Keswick"),
        ("going down to the river with my grandchildren tonight", "Bewdley"),
        ("im going to walk along the sea wall later", "Whitby"),
        ("im catching the train tonight to york", "Crewe"),
        ("i was going to walk into the sea and end it years ago", "Hexham"),
        ("im going to tell my husband tonight and end it", "Stafford"),
    ],
)
def test_guard_a_swim_a_day_out_a_journey_the_past_or_a_relationship_has_no_warning(
    bundled_client, words, place
):
    """Passes on main too: none of these is a plan."""
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OWN_LIFE), words


def test_guard_a_swim_keeps_samaritans_out_of_first_place(bundled_client):
    """Passes on main too."""
    soup = searched(bundled_client, "im going to walk into the sea for a swim tonight", "Bude")
    names = talk_names(talk_box(soup))
    assert not names or names[0] != "Samaritans", names
