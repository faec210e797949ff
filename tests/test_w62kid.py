"""(asker probe, after w61adult) A child who says they are one keeps a child's page.

w61adult made abuse told in the past with no age an adult's words ("what my brother did to me");
"kid here, my grandma's boyfriend did stuff to me, who can i talk to" then led its talk box with
the line for adults; and w61kind's no-age rule put NAPAC (for adults) first for "me and my
sister r 9 and 11 and our uncle does bad touching". Both pages were right on the tree before
those two lanes, so these tests pass there too (except the grown-up guard, w61adult's own
change); they fail on the merged tree without this fix. Other words and towns than the probe's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("kid here, my nans husband did stuff to me, who do i tell", "Crewe"),
        ("teen here, my stepbrother did things to me", "Grimsby"),
        ("im only a kid and my uncle did stuff to me", "Wakefield"),
    ],
)
def test_a_child_who_says_so_gets_childline_first(bundled_client, words, place):
    assert talk_names(talk_box(searched(bundled_client, words, place)))[0] == "Childline"


def test_a_grown_up_remembering_still_gets_the_adults_line_first(bundled_client):
    # guard (w61adult's own case, other words): no child said, abuse told in the past
    soup = searched(bundled_client, "cant live with what my cousin did to me any more", "Bath")
    assert talk_names(talk_box(soup))[0] != "Childline"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("me and my brother are 8 and 10 and our stepdad hurts us down there", "Slough"),
        ("me n my little sis r 10 and 7 and our grandad does bad touching", "Reading"),
    ],
)
def test_children_giving_their_ages_together_get_a_childs_page(bundled_client, words, place):
    # (asker probe: "me and my sister r 9 and 11 …" had NAPAC, a line for adults, as card 1)
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup))[0] == "Childline"
    first = soup.select_one("li.app-result h3")
    assert first is not None and "NAPAC" not in first.get_text()
