"""(tenth cold Welsh review, outside the catalogue) A man who asks for others like him, or for
men abused "as boys" in Welsh ("yn fechgyn"), or for male survivors ("goroeswyr gwrywaidd"), is
an adult, and a man: the talk box opens with a line for adults, not Meic or Childline as for a
child. (Other words and towns than the review's.)"""

from __future__ import annotations

import pytest

from directory.search.understand import understand
from tests.helpers import page, talk_box

CHILDREN_LINES = ("Childline", "Llinell gymorth Meic", "Meic")


@pytest.mark.parametrize(
    ("prefix", "q", "location"),
    [
        ("", "want to meet other blokes like me", "Truro"),
        ("/cy", "oes grŵp i ddynion eraill fel fi", "Llangefni"),
        ("/cy", "cwnsela i ddynion a gafodd eu cam-drin yn fechgyn", "Dolgellau"),
        ("/cy", "grŵp i oroeswyr gwrywaidd", "Aberteifi"),
    ],
)
def test_a_man_asking_for_others_like_him_is_not_given_a_childrens_line_first(
    bundled_client, prefix, q, location
):
    query = {"q": q, "location": location}
    lines = talk_box(page(bundled_client.get(f"{prefix}/search", query_string=query)))
    assert lines and not lines[0].startswith(CHILDREN_LINES), lines


@pytest.mark.parametrize(
    ("q", "sex"),
    [
        ("want to meet other blokes like me", "male"),
        ("oes grŵp i ddynion eraill fel fi", "male"),
        ("is there anywhere for women like me", "female"),
        ("grŵp i oroeswyr gwrywaidd", "male"),
    ],
)
def test_the_group_they_name_gives_their_sex(q, sex):
    asker = understand(q).asker
    assert (asker.persona, asker.gender) == ("adult", sex)


def test_a_child_asking_for_other_kids_like_them_is_still_a_child():
    assert understand("im 12, are there other kids like me").asker.persona == "child"
