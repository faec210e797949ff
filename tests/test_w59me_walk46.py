"""(forty-sixth walk-through F1, F2) A teenager's own thoughts with "what is wrong with me"
after them, and a child's texted family words.

F1: "im 15 and i keep thinking sexual things about my little sister …, what is wrong with me"
got Childline and three sexual assault services: "with me" was read as something done with the
asker ("pictures of me", "videos with me"), which makes the words a victim's. Without the
question he got Stop It Now then Childline.
F2: "my cuzin … maks me do sex stuff wen he babysits" got "We could not find a service near
you for this"; the same words in standard spelling found the children's service 20 miles
away. Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (
            "im 14 and i keep thinking sexual things about my younger cousin, whats wrong with me",
            "Crewe",
        ),
        (
            "im 16 and i keep thinking sexual things about my little brother "
            "what is the matter with me",
            "Yeovil",
        ),
    ],
)
def test_a_teens_own_thoughts_with_whats_wrong_with_me_gets_stop_it_now_first(
    bundled_client, words, place
):
    names = talk_names(talk_box(searched(bundled_client, words, place)))
    assert names[:2] == ["Stop It Now helpline", "Childline"], names


def test_a_child_to_whom_something_is_done_keeps_childline_first(bundled_client):
    # guard (passes on main too): "with me" said by a victim
    soup = searched(bundled_client, "my stepbrother does sexual things with me im 13", "Crewe")
    assert talk_names(talk_box(soup))[0] == "Childline"


@pytest.mark.parametrize(
    ("texted", "standard", "place"),
    [
        (
            "my cuzin maks me do sex stuff wen i stay over im 11",
            "my cousin makes me do sex stuff when i stay over im 11",
            "Yeovil",
        ),
        (  # (passes on main too: "my nans" already named the family)
            "my cuzzin maks me do sex stuff wen were at my nans im 9",
            "my cousin makes me do sex stuff when were at my nans im 9",
            "Crewe",
        ),
    ],
)
def test_a_childs_texted_family_words_find_what_the_standard_spelling_finds(
    bundled_client, texted, standard, place
):
    typed = [sid for sid, _ in cards_and_words(searched(bundled_client, texted, place))][:3]
    spelt = [sid for sid, _ in cards_and_words(searched(bundled_client, standard, place))][:3]
    assert typed == spelt, (typed, spelt)
