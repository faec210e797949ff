"""(check52 finding 7, w49groom) A grown-up worried about their own partner or friend talking to,
or grooming, a child ("my boyfriend has been snapchatting a 14 year old girl", "found texts on
my wifes phone to a schoolboy") gets the NSPCC's line and Stop It Now first, not Childline and
the domestic-abuse line. A child worried about a friend talking to a grown-up keeps Childline
first."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my boyfriend has been sexting a 14 year old girl", "Hereford"),
        ("found texts on my wifes phone to a schoolboy", "Ely"),
    ],
)
def test_a_partner_talking_to_a_child_brings_the_worried_adults_lines(bundled_client, words, place):
    names = talk_names(talk_box(searched(bundled_client, words, place)))
    assert names[:2] == ["NSPCC Helpline", "Stop It Now helpline"], names


def test_a_child_worried_about_a_friend_keeps_childline_first(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "my friend is talking to a 35 year old man online", "Ely")
    assert talk_names(talk_box(soup))[0] == "Childline"
