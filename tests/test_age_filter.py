"""The age filter (issue 25): a professional, or anyone, can say how old the person the help is
for is; services whose stated ages leave that age out are dropped, and services that state no
ages stay (nothing says they exclude anyone)."""

from __future__ import annotations

import re

import pytest

from directory.params import request_from_args
from tests.helpers import with_more_national


def _ids(html: str) -> list[str]:
    return re.findall(
        r'app-result__title"><a class="govuk-link" href="/service/([^"]+)"',
        html,
    )


def test_a_service_is_in_the_age_groups_its_stated_ages_take_in(bundled):
    by_id = {s.id: s for s in bundled}
    assert by_id["barnardos-seraf-wales"].age_terms == ["10-12", "13-15", "16-17", "18-24"]
    assert "25-plus" not in by_id["childline"].age_terms  # up to 18
    assert "13-15" not in by_id["rape-crisis-247"].age_terms  # 16 and over
    assert by_id["nspcc-helpline"].age_terms[0] == "0-4"  # states no ages: every group
    assert len(by_id["nspcc-helpline"].age_terms) == 7


def test_a_child_of_9_does_not_get_a_service_for_ages_10_to_18(bundled_client):
    everyone = with_more_national(
        bundled_client,
        bundled_client.get("/search?q=child+sexual+exploitation&location=Swansea").get_data(
            as_text=True
        ),
    )
    assert "barnardos-seraf-wales" in _ids(everyone)
    nine = with_more_national(
        bundled_client,
        bundled_client.get("/search?q=child+sexual+exploitation&location=Swansea&age=5-9").get_data(
            as_text=True
        ),
    )
    assert "barnardos-seraf-wales" not in _ids(nine)
    assert "rape-crisis-247" not in _ids(nine)
    assert "nspcc-helpline" in _ids(nine)  # no ages stated: kept


def test_a_man_of_45_does_not_get_childline(bundled_client):
    html = with_more_national(
        bundled_client,
        bundled_client.get("/search?q=counselling&age=25-plus").get_data(as_text=True),
    )
    assert "childline" not in _ids(html)
    # the filter is offered, with its label, and shown as active
    assert "Age of the person the help is for" in html
    assert "Remove filter:" in html and "25 or over" in html


def test_an_unknown_age_group_is_a_clear_error(bundled_client):
    with pytest.raises(Exception) as problem:
        request_from_args({"age": ["nine"]})
    assert "age" in str(problem.value)
    response = bundled_client.get("/search?age=nine")
    assert response.status_code == 400
