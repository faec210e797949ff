"""Weights the judged sets do not reach (docs/search.md, "Which ranking weights the judged sets
guard"): each test here fails when its weight is switched off (scripts/weights-guard.py)."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, FindResults, ResultItem, find


def _first(results: FindResults) -> ResultItem:
    items = [*results.local.items, *results.national, *results.more_local, *results.other_areas]
    first = results.shown_ids()[0]
    return next(i for i in items if i.service.id == first)


@pytest.mark.parametrize(
    ("q", "location"),
    [
        # Herefordshire towns near Gloucestershire's SARC, whose area leaves them out
        ("flashbacks", "Ross-on-Wye"),
        # Walsall, near West Mercia's SARC in Telford, which does not cover it
        ("groped by a family friend as a young girl, 40 now, who do i talk to", "Walsall"),
        ("i'm 52 and only now dealing with what a neighbour did to me as a lad", "Walsall"),
    ],
)
def test_a_venue_near_but_for_another_area_is_not_the_first_answer(
    bundled_index, gazetteer, q, location
):
    """HALF_NEAR_MILES: a venue counts less the further it is, so a service for the next
    county, whose venue is inside the radius, does not come before the lines for everyone."""
    first = _first(find(bundled_index, gazetteer, FindRequest(q=q, location=location)))
    assert first.service.is_national or first.covers, first.service.id
