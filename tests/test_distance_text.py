"""How far away a service is, as a person reads it (fifth walk-through, Welsh polish: "35.0
milltir"): whole miles from 10 on, one decimal place below 10, and never a bare ".0"."""

from __future__ import annotations

import re

import pytest

from directory.web import i18n

from .helpers import new_app


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (3.0, "3"),
        (4.26, "4.3"),
        (1.02, "1.0"),  # "1 miles away" would read wrong
        (9.97, "10"),
        (18.44, "18"),
        (42.0, "42"),
    ],
)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_distances_are_written_as_people_say_them(value, written, language):
    with new_app().test_request_context("/", environ_base={i18n.LANGUAGE_KEY: language}):
        assert i18n.language() == language
        assert i18n.miles(value) == written


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_no_card_says_a_whole_number_with_a_tenth(bundled_client, prefix):
    seen = []
    for place in ("Hereford", "Swansea", "Truro", "Aberystwyth"):
        html = bundled_client.get(f"{prefix}/search?q=support&location={place}").get_data(
            as_text=True
        )
        seen += re.findall(r"([0-9]+(?:\.[0-9])?) (?:miles|milltir) i? ?(?:away|ffwrdd)", html)
    assert seen, "some distances are shown"
    for number in seen:
        assert not number.endswith(".0") or number == "1.0", number
        if float(number) >= 10:
            assert "." not in number, number
