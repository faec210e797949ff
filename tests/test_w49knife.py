"""(check52 findings 2-4, w49knife) Danger now said as a weapon, a threat, violence under way at
home, hiding, being driven somewhere by the one who harmed them, or harm expected when someone
comes home, brings "In danger now? Call 999…"; Welsh "mae o dal yma" (he is still here) with
harm tonight too; "he just left, he raped me" is an assault in the last few days. What used to
happen, or hiding a secret, brings none."""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

DANGER = "In danger now? Call 999"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my mums boyfriend has got a knife", "Barnstaple"),
        ("my brother is threatening to stab me", "Kendal"),
        ("my uncle is beating my aunt and i am scared", "Wisbech"),
        ("im hiding under the stairs at my nans", "Selby"),
        ("my coach touched me and hes taking me home after training", "Lowestoft"),
        ("my stepfather will be home soon and i know what hes going to do to me", "Ilkeston"),
    ],
)
def test_more_ways_of_danger_now(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place), DANGER), words


def test_welsh_harm_tonight_with_him_still_here(bundled_client):
    soup = searched(
        bundled_client, "mae o'n fy mrifo i heno ac mae o dal yn y tŷ", "Bala", welsh=True
    )
    assert warned(soup, "Mewn perygl nawr?")


def test_he_just_left_is_a_recent_assault(bundled_client):
    soup = searched(bundled_client, "my cousin raped me, he has just gone home", "Selby")
    assert warned(soup, "If it happened in the last few days")


@pytest.mark.parametrize(
    "words",
    [
        "my stepdad used to hit my mum and hold a knife to her when i was small",
        "im hiding it from my wife that my uncle abused me",
    ],
)
def test_no_danger_warning_for_the_past_or_a_secret(bundled_client, words):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Selby"), DANGER), words
