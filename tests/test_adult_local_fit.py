"""(sixth walk-through F4) An adult asking for themselves is not offered, as a service near them,
one whose audience is only children and young people (and their parents): it comes after every
other answer, the mirror of a child never meeting an adults-only service as "near". A parent or a
child asking still finds the same service near them."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, find

CHILDRENS = {
    "children-north-east-safe",
    "horizon-sarc-west-midlands-children",
    "emcypsas-coral-cove-nottingham",
}


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("i am 58, a relative molested me when i was small, looking for therapy", "Sunderland"),
        ("grown woman now, was sexually abused growing up, want to talk to someone", "Walsall"),
        ("adult survivor of childhood sexual abuse, where can i get support", "Nottingham"),
    ],
)
def test_a_childrens_service_comes_after_every_other_answer_for_an_adult(
    bundled_index, gazetteer, q, location
):
    results = find(bundled_index, gazetteer, FindRequest(q=q, location=location))
    near = [i.service.id for i in results.local.items]
    assert not CHILDRENS & set(near), near
    shown = results.shown_ids()
    for sid in CHILDRENS & set(shown):
        # after the national lines and after every other local service
        assert shown.index(sid) > max(shown.index(i.service.id) for i in results.national)
        others = [i.service.id for i in results.more_local if i.service.id not in CHILDRENS]
        assert all(shown.index(sid) > shown.index(o) for o in others)


def test_a_parent_still_finds_the_childrens_service_near_them(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(
            q="my daughter was sexually abused by her uncle, she is 9", location="Sunderland"
        ),
    )
    assert "children-north-east-safe" in [i.service.id for i in results.local.items]


def test_a_child_still_finds_the_childrens_centre_near_them(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(q="im 13 and someone raped me last night", location="Nottingham"),
    )
    assert "emcypsas-coral-cove-nottingham" in [i.service.id for i in results.local.items]
