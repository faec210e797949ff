"""(w61cy2, Welsh review 25 F10) An adult who "never told anyone", in Welsh, is an adult
looking back, as the English "never told anyone" is read: the adult talk box (Byw Heb Ofn,
Victim Support, the 24/7 line), not children's lines (Meic, Childline). Other words and towns
than the review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names

CHILDRENS = {"Llinell gymorth Meic", "Childline"}


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("wnes i erioed ddweud wrth neb am be wnaeth fy ewythr", "Caerdydd"),
        ("dwi erioed wedi sôn wrth neb am be nath o", "Y Rhyl"),
        ("dwi heb ddeud wrth neb erioed am y cam-drin", "Llanelli"),
    ],
)
def test_welsh_never_told_anyone_gets_the_adult_box(bundled_client, words, place):
    box = talk_names(talk_box(searched(bundled_client, words, place, welsh=True)))
    assert not CHILDRENS & set(box), box


def test_welsh_child_told_to_keep_it_secret_keeps_childrens_lines(bundled_client):
    # guard (passes on main too): a child of 11 told not to tell anyone
    soup = searched(bundled_client, "dwi'n 11 a mae o'n deud paid deud wrth neb", "", welsh=True)
    assert CHILDRENS & set(talk_names(talk_box(soup)))
