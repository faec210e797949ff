"""(judged48 w48j-18, w49online) An adult who says they look at things online that they
should not, and want to stop, without naming children ("31, been viewing content on my
laptop i know is wrong"), is who Stop It Now's line is for: it leads the talk box and the
cards. Before, a man who gave his age got the 24/7 rape line, Victim Support and a SARC, as
if he had been harmed."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names

STOP_IT_NOW = "Stop It Now helpline"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("31, been viewing content on my laptop i know is wrong, want to stop", "Swindon"),
        ("me 52, been browsing sites on my computer i should not be on, how do i stop", "Carlisle"),
        ("married man, keep watching clips online that are wrong, need help to stop", "Truro"),
    ],
)
def test_own_viewing_online_brings_stop_it_now_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup))[0] == STOP_IT_NOW
    assert cards_and_words(soup)[0][0] == "stop-it-now"


def test_looking_things_up_online_for_a_child_is_not_read_so(bundled_client):
    # guard: passes before and after the change
    soup = searched(
        bundled_client, "ive been looking at things online for my sons homework", "Luton"
    )
    assert talk_names(talk_box(soup))[0] != STOP_IT_NOW
