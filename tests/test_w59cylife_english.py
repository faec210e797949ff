"""(twenty-fourth Welsh review, the notes on English; w59cylife) English found beside the Welsh:

- a parent named with no "my", as children say it ("nan isnt breathing", "i cant wake dad
  up"): "Someone's life at risk now? Call 999.", as "my brother isnt breathing" had;
- someone else's overdose said as "done an OD" ("my cousin has done an od", Welsh "ma mrawd
  i di neud OD"): the warning for someone else's life, not the reader's own overdose warning;
- "i just cut both my wrists": Samaritans in the talk box, as the Welsh "torri 'y ngarddyrne" had.

Guards: a habit ("not waking up early for work"), the past, one's own "done an od", a wrist cut
on glass. Other words and towns than the review's."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

SOMEONE_EN = "Someone's life at risk now? Call 999."
SOMEONE_CY = "Perygl i fywyd rhywun nawr? Ffoniwch 999."
OWN_OD_EN = "If you have taken an overdose or are badly hurt, call 999 now or go to A&E."


@pytest.mark.parametrize(
    "words", ["nan isnt breathing", "dad has stopped breathing", "i cant wake dad up"]
)
def test_a_parent_named_without_my_not_breathing_or_waking_warns(bundled_client, words):
    assert warned(searched(bundled_client, words, "Wrexham"), SOMEONE_EN), words


@pytest.mark.parametrize(
    "words",
    [
        "mum is not waking up early for work",
        "i cant wake dad up for school",
        "dad stopped breathing when he was born",
    ],
)
def test_guard_a_habit_or_the_past_brings_no_warning(bundled_client, words):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Wrexham"), SOMEONE_EN), words


def test_someone_elses_od_done_warns_for_them_not_the_reader(bundled_client):
    soup = searched(bundled_client, "my cousin has done an od", "Llanelli")
    assert warned(soup, SOMEONE_EN)
    assert not warned(soup, OWN_OD_EN)
    soup = searched(bundled_client, "ma mrawd i di neud OD", "Llanelli", welsh=True)
    assert warned(soup, SOMEONE_CY)


def test_guard_ones_own_od_done_keeps_the_own_warning(bundled_client):
    # guard: passes before and after the change
    assert warned(searched(bundled_client, "ive done an od", "Llanelli"), OWN_OD_EN)


def test_wrists_slit_bring_samaritans_first(bundled_client):
    names = talk_names(talk_box(searched(bundled_client, "i just cut both my wrists", "Newport")))
    assert names[0] == "Samaritans", names


def test_guard_a_wrist_cut_on_glass_brings_no_samaritans(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "i cut my wrist on a broken glass", "Newport")
    assert "Samaritans" not in talk_names(talk_box(soup))
