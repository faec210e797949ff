"""(sixth walk-through F6.2) A child's age group chosen in the filter leaves out services whose
audience is adults only, including women's services whose own listing says "women" (a helpline
for women facing domestic abuse); a service whose listing says "women and girls" (or young
people, or anyone) takes a girl and stays. Read from each listing's own audiences and text."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, find

WOMEN_ONLY = ("national-domestic-abuse-helpline", "womens-aid-live-chat")
WOMEN_AND_GIRLS = ("jewish-womens-aid", "muslim-womens-network-helpline")


def test_the_listings_say_what_the_filter_reads(by_id):
    for sid in WOMEN_ONLY:
        assert "girls" not in by_id[sid].description
        assert "children-young-people" not in by_id[sid].audiences
    for sid in WOMEN_AND_GIRLS:
        assert "women and girls" in by_id[sid].description
        assert "children-young-people" in by_id[sid].audiences


@pytest.mark.parametrize("band", ["0-4", "5-9", "10-12"])
def test_a_childs_age_group_leaves_out_services_for_women_only(bundled_index, gazetteer, band):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(q="support for a young girl after abuse at home", filters={"age": (band,)}),
    )
    shown = results.shown_ids()
    assert not set(WOMEN_ONLY) & set(shown), shown
    assert "childline" in shown


def test_an_adults_age_group_keeps_them(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(q="support for a woman after abuse at home", filters={"age": ("25-plus",)}),
    )
    assert set(WOMEN_ONLY) <= set(results.shown_ids())


def test_without_an_age_they_are_offered_for_the_same_words(bundled_index, gazetteer):
    # (so that the child's group is what leaves them out, not the words)
    results = find(
        bundled_index, gazetteer, FindRequest(q="support for a young girl after abuse at home")
    )
    assert set(WOMEN_ONLY) <= set(results.shown_ids())
