"""A Welsh child who says they SAW pictures of children on someone else's phone or laptop ("ar
ffon fy ewythr", "ar liniadur dad") is telling what they found, not that they look at such
pictures: the talk box is for a child (Meic, Childline), never Stop It Now first. Looking at
them "ar fy ffon" (on my phone) with a wish to stop is still their own."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box


@pytest.mark.parametrize(
    "words",
    [
        "dwi'n 11 a dwi wedi gweld lluniau o blant ar liniadur fy llystad, dwi ofn",
        "nes i weld fideos o blant ar ffôn taid, dwi'n 13",
    ],
)
def test_a_child_who_saw_pictures_on_someone_elses_device_gets_a_childs_lines(
    bundled_client, words
):
    lines = talk_box(searched(bundled_client, words, "Porthmadog", welsh=True))
    assert lines and not lines[0].startswith("Stop It Now"), lines
    assert any(line.startswith(("Llinell gymorth Meic", "Childline")) for line in lines), lines


def test_looking_on_ones_own_phone_with_a_wish_to_stop_is_still_ones_own(bundled_client):
    words = "dwi'n 16 ac wedi bod yn gwylio lluniau o blant ar fy ffon, dwi isio stopio"
    lines = talk_box(searched(bundled_client, words, "Dolgellau", welsh=True))
    assert lines[0].startswith("Stop It Now"), lines
