"""Fourth walk-through F6: on Welsh pages Byw Heb Ofn (Live Fear Free) was described only as a
line for domestic abuse: its own Welsh sentence replaced an English one that names sexual
violence and child sexual abuse. A Welsh description that leaves out what the English names
and this directory is for is not shown in its place; the Welsh name is, with the English
description marked lang="en". A Welsh description that covers it is still shown."""

from __future__ import annotations

import re

import pytest

from directory.data import load_valid_listings
from directory.web.listing_text import welsh_description_fits

from .helpers import BUNDLED_SERVICES

DOMESTIC_ONLY = "cam-drin domestig"


@pytest.fixture(scope="module")
def by_id():
    return {s.id: s for s in load_valid_listings(BUNDLED_SERVICES)}


def _main(client, path: str) -> str:
    html = client.get(path).get_data(as_text=True)
    return html[html.index("<main") : html.index("</main>")]


@pytest.mark.parametrize("path", ["/cy/get-help-now", "/cy/service/live-fear-free"])
def test_the_welsh_line_for_wales_keeps_what_its_english_says(bundled_client, by_id, path):
    main = _main(bundled_client, path)
    assert "Llinell Gymorth Byw Heb Ofn" in main
    assert by_id["live-fear-free"].description_cy not in main
    english = re.search(r'<span lang="en">([^<]*sexual violence[^<]*)</span>', main)
    assert english, "the English description, marked as English"


def test_a_welsh_search_card_too(bundled_client):
    html = bundled_client.get(
        "/cy/search",
        query_string={"q": "trais rhywiol", "location": "Abertawe"},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Llinell Gymorth Byw Heb Ofn" in html
    assert DOMESTIC_ONLY not in html


def test_a_welsh_description_that_covers_the_english_is_still_shown(bundled_client, by_id):
    main = _main(bundled_client, "/cy/service/meic")
    assert by_id["meic"].description_cy in main


def test_the_rule_on_other_words(by_id):
    base = by_id["meic"]
    narrower = base.model_copy(
        update={
            "description": "Counselling after rape or sexual abuse, and for family violence.",
            "description_cy": "Cwnsela i bobl sydd wedi wynebu trais yn y teulu.",
        }
    )
    covering = narrower.model_copy(
        update={"description_cy": "Cwnsela ar ôl trais neu gamdriniaeth rywiol."}
    )
    assert not welsh_description_fits(narrower)
    assert welsh_description_fits(covering)
    # "unrhyw" (any) is not "rhywiol"
    assert not welsh_description_fits(
        narrower.model_copy(update={"description_cy": "Cymorth i unrhyw un yn y teulu."})
    )
