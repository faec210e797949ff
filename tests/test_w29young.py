"""(twenty-fourth walk-through F4) For a parent or a professional about a child too young to
ring a helpline alone, the lines a child contacts themselves (Childline, The Mix: listings for
children and nobody else) come after the first three other cards available wherever you live:
"play therapy for 4yo…" opened with Childline and The Mix. Lines for children that also
advise adults (Meic) keep their place; for a child of 8 or more nothing moves. Other words and
towns; the finder's national order (the page shows its first cards)."""

from __future__ import annotations

import pytest

from tests.helpers import national_ids

CHILD_ALONE = {"childline", "the-mix"}


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("childminder, a 3 year old i look after said her stepdad hurts her bottom", "Bicester"),
        ("health visitor: mum says her partner touched their 2 yr old, what support is there", ""),
        ("family support worker, boy of five disclosed sexual abuse by his uncle", "Wantage"),
        ("therapeutic help for a four year old with sexualised behaviour", "Faringdon"),
    ],
)
def test_lines_a_child_rings_alone_wait_for_a_child_too_young_to_ring(directory, q, location):
    first = national_ids(directory, q, location)[:3]
    assert not CHILD_ALONE & set(first), first


def test_a_child_old_enough_to_ring_keeps_childline_among_the_first_cards(directory):
    first = national_ids(directory, "teacher, 12 year old pupil disclosed abuse by stepdad")[:3]
    assert "childline" in first, first
