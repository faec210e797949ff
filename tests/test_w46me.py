"""(w46me; w46adult's report) "my stepdad shows me child porn on his tablet" was read as a
parent's words: the dialect rule that reads "me lad" as "my lad" turned "shows me child porn"
into "shows my child porn", and the page led with the NSPCC's line for adults and Stop It Now.
A young person shown sexual images of children is harmed, and is a child until they say
otherwise. "me" stays "me" after showing or sending, and before words for images.

The tests use other words, relations and towns.
"""

from __future__ import annotations

import pytest

from .helpers import searched, talk_box


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("my uncle sent me child porn on snapchat", "Blackpool"),
        ("mums boyfriend showed me kids videos on his phone", "Grimsby"),
    ],
)
def test_someone_shown_images_of_children_is_answered_as_a_young_person(
    bundled_client, words, town
):
    first = talk_box(searched(bundled_client, words, town))[0]
    assert first.startswith("Childline"), first


@pytest.mark.parametrize(
    ("words", "town"),
    [
        # guard (passes on main too): "me" said for "my" before kin is still "my"
        ("me lad is 9 and his uncle touched him", "Wigan"),
        ("worried about me daughter, her stepdad is too close to her", "Barnsley"),
    ],
)
def test_me_for_my_before_a_child_is_still_a_parents_words(bundled_client, words, town):
    first = talk_box(searched(bundled_client, words, town))[0]
    assert first.startswith("NSPCC Helpline"), first
