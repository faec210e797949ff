"""(w53plan) Ways of saying a plan, danger or whom help is for that the page still missed:

- the act said as under way with its time ("i am ending my life tonight") and a way to die
  asked about ("how many pills would it take to die") had no warning; someone else's act
  under way ("my sister is killing herself right now") had no warning either;
- no way out seen ("cant see a way out anymore") had no suicide line;
- harm in the present with "hes" ("hes hurtin me") and a man named by where he lives ("the
  guy across the road is coming round to hurt me") had no 999 warning;
- "a man" who harms made the men's services the first card; "a man abused as a child"
  (the one harmed) had a women-only service first.
"""

from __future__ import annotations

import pytest

from tests.helpers import (
    cards_and_words,
    danger_first,
    searched,
    talk_box,
    talk_names,
    warned,
    warned_then_first,
)

OWN_LIFE = "If your life is at risk now"
OTHERS = "Someone's life at risk now? Call 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i am ending my life tonight", "Barnstaple"),
        ("tonight im killin myself", "Kettering"),
        ("im swallowing the whole box of my pills tonight", "Yeovil"),
        ("how many pills would it take to die", "Chester"),
        ("how much co codamol is a fatal dose", "Margate"),
        ("easiest way to die", "Bangor"),
    ],
)
def test_the_act_under_way_or_a_way_to_die_asked_warns_and_brings_samaritans(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    warned_then_first(soup, OWN_LIFE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im killing myself laughing at these videos tonight", "Barnstaple"),
        ("i am ending it with my girlfriend tonight", "Kettering"),
        ("im taking my inhaler tonight", "Yeovil"),
        ("how many children die from abuse", "Chester"),
        ("how much calpol can a 4 year old have", "Margate"),
    ],
)
def test_a_figure_of_speech_a_dose_or_a_count_has_no_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OWN_LIFE), words


def test_someone_elses_act_under_way_warns_for_them(bundled_client):
    soup = searched(bundled_client, "my sister is killing herself right now", "Doncaster")
    assert warned(soup, OTHERS)
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)
    soup = searched(bundled_client, "my dad is killing himself with drink", "Doncaster")
    assert not warned(soup, OTHERS)


@pytest.mark.parametrize(
    ("words", "place"),
    [("cant see a way out anymore", "Ipswich"), ("theres no way out for me", "Stoke")],
)
def test_no_way_out_brings_samaritans_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)


def test_no_way_out_of_a_room_is_someone_held_not_despair(bundled_client):
    soup = searched(bundled_client, "hes locked me in and theres no way out of the room", "Stoke")
    assert "In danger now" in danger_first(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("shes hurtin me", "Bury"),
        ("theyre hurting us", "Crawley"),
        ("the guy across the road is coming round to hurt me", "Worthing"),
        ("the man upstairs is coming to get me tonight", "Slough"),
        ("an older man is coming round to hurt me tonight", "Sheffield"),
        ("the guy from church is coming to hurt me later", "Wakefield"),
    ],
)
def test_harm_now_said_these_ways_warns_of_danger(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert "Call 999" in danger_first(soup), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("a man is coming to hurt me tonight", "Sheffield"),
        ("some guy is coming round to hurt me tonight", "Wakefield"),
    ],
)
def test_the_man_who_harms_does_not_make_a_mens_service_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    first = cards_and_words(soup)[0][1]
    assert "Boys and men" not in first and "Men's" not in first, first


def test_a_man_abused_as_a_child_is_not_shown_a_women_only_service_first(bundled_client):
    soup = searched(bundled_client, "therapy for a grown man raped as a child", "Leeds")
    first = cards_and_words(soup)[0][1]
    assert "Women and girls" not in first, first
