"""(twenty-seventh walk-through F3) A child's age said first as a bare number with "yrs" ("13
yrs. dads mate keeps touchin me…") is the child's age: the page had no "Showing services for
age …" and offered adults' services with no under-18 line. A time said so ("14 yrs ago…", "12
yrs of abuse…") is not an age. Other words than the report's; "old:" tests fail on 7480116."""

from __future__ import annotations

import pytest

from directory.search.understand import understand


@pytest.mark.parametrize(
    ("q", "age"),
    [
        ("12 yrs. my step brother keeps comin in my room", 12),
        ("14 yrs, mums boyfriend touches me when shes at work", 14),
        ("11 yrs n my cuzin does stuff to me i dont like", 11),
    ],
)
def test_old_a_childs_bare_age_with_yrs_said_first_is_read(q, age):
    asker = understand(q).asker
    assert asker.persona == "child" and asker.age == age


@pytest.mark.parametrize(
    "q",
    [
        "15 yrs ago my uncle abused me and i never told anyone",
        "13 yrs of abuse from my stepdad, now im 45",
        "16 yrs since it happened and i still cant sleep",
    ],
)
def test_a_time_in_years_said_first_is_not_a_childs_age(q):
    assert understand(q).asker.persona != "child"
