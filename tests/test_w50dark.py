"""(fortieth walk-through F1) Someone frightened by their own thoughts about children, said in
their own way ("my head goes somewhere dark around children and I hate it"), was read as a
survivor: the 24/7 rape line and Victim Support, a children's service and a SARC first, and
Stop It Now only in the footer. Thoughts of their own said as where the mind goes, or as dark
or wrong thoughts around children, now bring Stop It Now first. Other words than the walk's."""

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("woman, 41. my mind goes to bad places when im around kids, i need help", "Kendal"),
        ("my thoughts keep going somewhere wrong near children and it scares me", "Luton"),
        ("i get sick thoughts about little girls and i hate myself for it", "Barrow-in-Furness"),
        # (forty-first walk-through F2) where the mind goes near a child of the family
        ("ashamed of where my head goes around my stepdaughter, i am 45", "Skipton"),
        ("worried about what my thoughts do near my little granddaughter", "Rye"),
    ],
)
def test_own_dark_thoughts_about_children_bring_stop_it_now_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    names = talk_names(talk_box(soup))
    assert names and names[0] == "Stop It Now helpline", names
    first = [sid for sid, _ in cards_and_words(soup)][:3]
    assert first and first[0] == "stop-it-now", first


def test_guard_a_survivors_dark_places_keep_a_survivors_page(bundled_client):
    # passes on main too: dark thoughts that are not about children are not read this way
    soup = searched(bundled_client, "my mind goes to dark places since my uncle abused me", "Leeds")
    assert "Stop It Now helpline" not in talk_names(talk_box(soup))
