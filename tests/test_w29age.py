"""(twenty-fifth walk-through F3) A child's age said bare just after "me", with more said after
it ("…did sex stuff to me, 14, cant tell any1"), is read as the age "im 14" is: the page showed
31 services for all ages instead of those for a 14-year-old. Never "to me 14 times". Parsed
pages: the line saying the age was used."""

from __future__ import annotations

import pytest

from tests.helpers import page

AGE_USED = "Showing services for"


def _said(client, q: str, location: str) -> str:
    soup = page(client.get("/search", query_string={"q": q, "location": location}))
    line = soup.select_one("p.app-stated-age")
    return line.get_text(" ", strip=True) if line else ""


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my step mum's son touches me, 13, pls dont tell", "Clitheroe"),
        ("grandad does stuff to me 12 n i dont no who to tell", "Malton"),
        ("someone at home hurts me, 15, idk what to do", "Spalding"),
    ],
)
def test_a_childs_bare_age_after_me_filters_as_a_stated_age_does(bundled_client, q, location):
    assert AGE_USED in _said(bundled_client, q, location)


def test_a_count_of_times_is_not_an_age(bundled_client):
    assert AGE_USED not in _said(
        bundled_client, "he did it to me 14 times and i cant stop thinking about it", "Malton"
    )
