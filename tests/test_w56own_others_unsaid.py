"""(w56own, twenty-third Welsh review "Not counted") Someone else's overdose said with no "my"
("dad has taken an overdose", "nan took all her tablets") or as "has had an overdose" showed
the reader's own warning, "If you have taken an overdose…". Now "Someone's life at risk now?
Call 999.", as "my dad has taken an overdose" has. The asker's own overdose, told beside a
family word ("i told dad i have taken an overdose"), showed the someone-else warning on main;
it now has its own. "mum had a go at me so i took an overdose" is a guard (passes on main).
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

OVERDOSE = "If you have taken an overdose"
OTHERS = "Someone's life at risk now? Call 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dad has taken an overdose", "Rotherham"),
        ("i think nana has swallowed all her tablets", "Barrow-in-Furness"),
        ("my sister has had an overdose", "Telford"),
        ("grandad took all his sleeping pills tonight", "Mansfield"),
    ],
)
def test_someone_elses_overdose_with_no_my_warns_for_them(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OTHERS), words
    assert not warned(soup, OVERDOSE), words


def test_the_askers_own_overdose_told_to_a_parent_has_their_own_warning(bundled_client):
    soup = searched(bundled_client, "i told dad i have taken an overdose", "Rotherham")
    assert warned(soup, OVERDOSE)
    assert not warned(soup, OTHERS)


def test_guard_the_askers_own_overdose_after_a_row_keeps_its_warning(bundled_client):
    """Passes on main too."""
    soup = searched(bundled_client, "mum had a go at me so i took an overdose", "Telford")
    assert warned(soup, OVERDOSE)
