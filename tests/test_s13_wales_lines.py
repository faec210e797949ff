"""(ninth cold Welsh review, outside the Welsh) Wales's own lines, Meic for children and young
people in Wales and Live Fear Free, are for people in Wales: on a Welsh page for a place found
in England the talk box opens with the line for the asker there (Childline for a child, the
24/7 line for a man abused as a boy), and Wales's lines are not offered; in Wales, and with no
place, a Welsh page still opens with them. (Other words and towns than the review's.)"""

from __future__ import annotations

import pytest

from tests.helpers import page, talk_box

WALES_ONLY = ("Llinell gymorth Meic", "Meic", "Llinell Gymorth Byw Heb Ofn", "Live Fear Free")


def _talk(client, q: str, location: str) -> list[str]:
    return talk_box(page(client.get("/cy/search", query_string={"q": q, "location": location})))


@pytest.mark.parametrize(
    ("q", "location", "first"),
    [
        ("dwi'n 13 ac mae llystad fi'n brifo fi", "Oswestry", "Childline"),
        ("dwi'n un ar ddeg, mae taid yn gwneud pethau drwg", "Shrewsbury", "Childline"),
        ("dyn 60 oed, cefais fy ngham-drin yn fachgen gan fy ewythr", "Hereford", "24/7"),
    ],
)
def test_a_welsh_page_for_a_place_in_england_offers_no_line_only_for_wales(
    bundled_client, q, location, first
):
    lines = _talk(bundled_client, q, location)
    assert lines[0].startswith(first), lines
    assert not any(line.startswith(WALES_ONLY) for line in lines), lines


@pytest.mark.parametrize("location", ["Aberystwyth", ""])
def test_in_wales_or_with_no_place_a_welsh_child_still_gets_meic_first(bundled_client, location):
    lines = _talk(bundled_client, "dwi'n 13 ac mae llystad fi'n brifo fi", location)
    assert lines[0].startswith("Llinell gymorth Meic"), lines
