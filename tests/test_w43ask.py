"""(judged43; lane w43ask) People the page misread, from an independently judged set.

1. Someone who saw or found another person with a child ("seen my step grandad touching my
   little cousin", "came home early and found … in bed with my 8 yr old brother", Welsh
   "gwelais i fy nghefnder gyda fy mrawd bach") is a grown-up worried about a child, not an
   adult abused as a child: the NSPCC's line for any adult worried about a child comes first
   in the talk box and among the first cards, NAPAC (for adults abused as children) does not.
"""

import pytest

from tests.helpers import cards_and_words, searched, talk_box


def _shown(soup) -> list[str]:
    """The listings whose cards the results page shows, in order."""
    return [listing for listing, _ in cards_and_words(soup)]


# --- 1. someone who saw or found another person with a child ---

#: a grown-up (or someone who says no age) who saw or found someone with a child
SAW_WITH_CHILD = [
    ("i seen my step grandad touching my little cousin, shes 7. im 24", "Barnstaple"),
    (
        "came home early and found my mums boyfriend in bed with my 8 yr old brother. im 21",
        "Worcester",
    ),
    ("saw my brothers mate (17) on top of my sister shes 10. im 18", "Scarborough"),
    ("witnessed my brother in law abusing my little sister, she is 9, i am 26", "Lincoln"),
    ("heard my stepdad in my baby sisters room last night, im 23", "Hull"),
]


@pytest.mark.parametrize(("words", "place"), SAW_WITH_CHILD)
def test_someone_who_saw_it_is_offered_the_line_for_adults_worried_about_a_child(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    lines = talk_box(soup)
    assert lines[0].startswith("NSPCC Helpline"), lines
    first = _shown(soup)[:3]
    assert "nspcc-helpline" in first, first
    assert "napac" not in first, first


def test_someone_who_saw_it_in_welsh_is_offered_the_nspcc_line(bundled_client):
    soup = searched(
        bundled_client, "gwelais i fy nghefnder gyda fy mrawd bach, dwi'n 22", "Pwllheli", True
    )
    lines = talk_box(soup)
    assert lines[0].startswith("Llinell Gymorth y NSPCC"), lines
    assert "napac" not in _shown(soup)[:3]


@pytest.mark.parametrize(
    ("words", "first_line"),
    [
        ("im 14 and i caught my uncle with my little brother", "Childline"),
        ("when i was small i walked in on my grandad with my sister, im 52", "24/7 Rape"),
    ],
)
def test_a_child_who_saw_it_or_an_adult_recalling_childhood_keep_their_lines(
    bundled_client, words, first_line
):
    """Guard (green on main too): a child who saw it is still a child; a grown-up who saw it
    as a child is an adult survivor."""
    lines = talk_box(searched(bundled_client, words, "Stafford"))
    assert any(line.startswith(first_line) for line in lines), lines
