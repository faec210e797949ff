"""(w54cliff, walk43 F1) A man who said he would throw himself off the cliffs got no warning and
no Samaritans in the talk box; "jump off" had both. "Nobody will miss me" said of oneself now
brings Samaritans (no warning: no plan is said)."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned, warned_then_first

OWN_LIFE = "If your life is at risk now"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im going to fling myself off the multi storey", "Reading"),
        ("i just want to throw myself under a lorry", "Dudley"),
        ("gonna step in front of a train tonight", "Taunton"),
    ],
)
def test_throwing_oneself_off_or_under_warns_and_brings_samaritans(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    warned_then_first(soup, OWN_LIFE)


def test_nobody_will_miss_me_brings_samaritans_first(bundled_client):
    soup = searched(bundled_client, "no one would even miss me if i went", "Dudley")
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my cat will throw himself off the sofa again", "Reading"),
        ("nobody will miss me at the christmas do", "Taunton"),
    ],
)
def test_a_pet_or_a_party_is_not_a_plan(bundled_client, words, place):
    """A guard: these pass on main too."""
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OWN_LIFE), words
    assert talk_names(talk_box(soup))[0] != "Samaritans", talk_box(soup)
