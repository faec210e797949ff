"""(third walk-through F9) A service delivered by phone whose listing offers no number to call
(none printed on its own or an official page) says so where it says how it is delivered, rather
than "Phone" alone above no number. Other listings than the walk-through's NAPAC where they
can be."""

from __future__ import annotations

import re

import pytest


def _delivered(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    row = re.search(
        r"(?:How it is delivered|Sut mae’n cael ei ddarparu)\s*</dt>\s*<dd[^>]*>(.*?)</dd>",
        html,
        re.S,
    )
    assert row, "no 'How it is delivered' row"
    return " ".join(row.group(1).split())


@pytest.mark.parametrize("service", ["survivors-trust", "napac"])
def test_phone_without_a_confirmed_number_says_where_to_look(bundled_client, service):
    text = _delivered(bundled_client, f"/service/{service}")
    assert text.startswith("Phone (number not confirmed: use the website)")


def test_phone_with_a_number_to_call_is_just_phone(bundled_client):
    text = _delivered(bundled_client, "/service/samaritans")
    assert text.startswith("Phone") and "not confirmed" not in text


def test_the_welsh_page_says_it_in_welsh(bundled_client):
    text = _delivered(bundled_client, "/cy/service/napac")
    assert "Ffôn (rhif heb ei gadarnhau eto: defnyddiwch y wefan)" in text
