"""(judged48 w48j-17, w49found) A parent or partner who found sexual images of children on a
relative's phone or laptop, said in their own words ("found clips of young girls on my
boyfriends computer", "saw pictures of little kids on his tablet"), gets Stop It Now first:
its line is for anyone worried about another adult's or a young person's behaviour. Before, a
SARC (for people who were assaulted) came first. Pictures of the asker's own children taken
by him are harm to a child, and keep the NSPCC's line first."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("found clips of young girls on my boyfriends computer, what do i do", "Gloucester"),
        ("my lad is 16, i saw pictures of little kids on his tablet last night", "Wakefield"),
    ],
)
def test_images_found_on_a_relatives_device_bring_stop_it_now(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup))[0] == "Stop It Now helpline"
    assert cards_and_words(soup)[0][0] == "stop-it-now"


def test_pictures_of_our_own_children_keep_the_nspcc_first(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "i found photos of our kids on his phone in the bath", "Luton")
    assert talk_names(talk_box(soup))[0] == "NSPCC Helpline"
