"""(asker probe, after w61adult) A child who says they are one keeps a child's page.

w61adult made abuse told in the past with no age an adult's words ("what my brother did to me");
"kid here, my grandma's boyfriend did stuff to me, who can i talk to" then led its talk box with
the line for adults. Other words and towns than the probe's.
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
