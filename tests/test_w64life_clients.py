"""(w64life, check63 finding 1) A professional whose client's life is at risk now: suicidal
with tonight or a plan, or a young person who has threatened to kill themselves. With the
professional switch on, "counsellor: client is suicidal tonight" and "youth worker: 15yo boy
exploited online, sextortion, threatened to kill himself" had no warning and no Samaritans.
Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import posted_results, searched, talk_box, talk_names, warned

OTHERS = "Someone's life at risk now? Call 999."
OWN_LIFE = "If your life is at risk now"


def _pro(client, words: str, place: str):
    return posted_results(client.application.test_client(), words, place, professional=True)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("psychotherapist: my patient is actively suicidal and has the means at home", "Ipswich"),
        ("support worker: service user says she is suicidal right now", "Colchester"),
        ("school nurse: year 10 pupil has threatened to kill herself after nudes leaked", "Luton"),
        ("social worker: 14 year old girl threatening suicide after being blackmailed", "Slough"),
    ],
)
def test_a_clients_life_at_risk_warns_for_them_with_samaritans(bundled_client, words, place):
    soup = _pro(bundled_client, words, place)
    assert warned(soup, OTHERS), words
    assert not warned(soup, OWN_LIFE), words
    assert "Samaritans" in talk_names(talk_box(soup)), talk_box(soup)


def test_a_friend_suicidal_tonight_warns_for_their_life(bundled_client):
    soup = searched(bundled_client, "my best friend is suicidal tonight", "Reading")
    assert warned(soup, OTHERS)
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): calm questions, a safety plan made, the past, a threat
        # made to keep someone
        ("referral pathway for a suicidal 16 year old", "Ipswich"),
        ("client is suicidal, we have made a safety plan together", "Colchester"),
        ("client was suicidal last year and now wants trauma counselling", "Luton"),
        ("training for staff on what to do if a pupil is suicidal", "Slough"),
        ("client says her husband threatened to kill himself if she leaves", "Reading"),
    ],
)
def test_calm_professional_questions_get_no_warning(bundled_client, words, place):
    assert not warned(_pro(bundled_client, words, place), OTHERS), words
