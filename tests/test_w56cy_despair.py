"""(twenty-third Welsh review F5; w56cy) Despair said in Welsh without the words of suicide:
nobody would miss me ("fyddai neb yn fy ngholli i", "wneith neb fy methu", with the nasal and
soft mutations after "fy"), saving up tablets, and meaning to disappear for ever. Before, the
talk box began with Meic, where "nobody will miss me", "ive been saving up tablets" and "i
want to disappear forever" put Samaritans first. Samariaid first now, with no warning, as in
English. Guards: where tablets are kept, nobody failing a test, slipping off to one's room,
the English twin. Other words and towns than the review's."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

OWN_LIFE_CY = "Perygl i’ch bywyd nawr?"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("fyddai neb yn fy ngholli i", "Porthmadog"),
        ("fydde neb yn gweld 'yn isie i", "Llanymddyfri"),
        ("wneith neb fy methu", "Rhuthun"),
        # (w59tonight) tablets saved up now warn, as "i have pills saved up" does in English:
        # tests/test_w59tonight_it.py
        ("dw i am ddiflannu am byth", "Treorci"),
    ],
)
def test_despair_said_these_welsh_ways_brings_samariaid_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert talk_names(talk_box(soup))[0] == "Samariaid", (words, talk_box(soup))
    assert not warned(soup, OWN_LIFE_CY), words


@pytest.mark.parametrize(
    "words",
    [
        "dwi'n cadw tabledi yn y cwpwrdd uchel",
        "does neb yn methu'r prawf",
        "dwi am ddiflannu i'r llofft am awr",
    ],
)
def test_guard_tablets_kept_safe_a_test_passed_and_a_room_bring_no_samariaid(bundled_client, words):
    # guard: passes before and after the change
    soup = searched(bundled_client, words, "Amlwch", welsh=True)
    assert "Samariaid" not in talk_names(talk_box(soup)), (words, talk_box(soup))


def test_guard_the_english_twin_is_unchanged(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "nobody will miss me", "Amlwch")
    assert talk_names(talk_box(soup))[0] == "Samaritans"
