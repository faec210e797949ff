"""A teenager who tells of feelings or urges about a younger child of the family and of not
wanting to harm them ("i get feelings about my little cousin … i dont want to hurt her") is
asking for help with their own thoughts: Stop It Now leads the talk box and the cards, never a
sexual assault referral centre made for children who were harmed. A crush ("feelings for my
cousin shes 15") or a child who was harmed stays a child's search."""

from __future__ import annotations

import pytest

from tests.helpers import card_ids, searched, talk_box


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("im 15, weird feelings towards my baby sister, i would never hurt her", "Ludlow"),
        ("16 here, i get feelings about my younger cousins and i dont wanna hurt them", "Skipton"),
        ("im 13 i have feelings for my little brother and i want to stop", "Frome"),
    ],
)
def test_a_teenager_worried_about_feelings_for_a_younger_child_gets_stop_it_now(
    bundled_client, words, town
):
    page = searched(bundled_client, words, town)
    assert talk_box(page)[0].startswith("Stop It Now"), talk_box(page)
    cards = card_ids(page.select(".app-result"))
    assert cards and cards[0] in ("stop-it-now", "stop-it-now-wales"), cards[:3]
    assert not any("sarc" in card for card in cards[:3]), cards[:3]


@pytest.mark.parametrize(
    "words",
    [
        "im 14 and i have feelings for my cousin shes 15",
        "im 12 i get bad feelings about my little brother, he hurts me and i dont want him to",
    ],
)
def test_a_crush_or_a_child_who_is_hurt_is_still_a_childs_search(bundled_client, words):
    assert talk_box(searched(bundled_client, words, "Ludlow"))[0].startswith("Childline")
