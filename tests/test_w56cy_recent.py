"""(twenty-third Welsh review F3; w56cy) A recent sexual assault said in Welsh: sex while the
asker was drunk or asleep ("pan o'n i'n chwil", "tra o'n i'n cysgu": "o'n i'n" is "on in"
once cleaned, which nothing read), spiked or pricked at a pub or club, and "rapeio" as the
English verb is typed. Before, none brought the recent-assault warning, where "i got spiked
at the club saturday" and "he had sex with me while i was asleep" did. Guards: a wasp's
sting, the past of a grown-up, the English twin. Other words and towns than the review's."""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

RECENT_CY = "Os digwyddodd yn y dyddiau diwethaf, ffoniwch 999"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("gafodd e secs gyda fi pan o'n i'n rhy feddw nos iau", "Aberystwyth"),
        ("cafodd o ryw efo fi tra o'n i'n cysgu ddoe", "Llandudno"),
        ("ges i'n sbeicio yn y dafarn nos wener", "Caerffili"),
        ("ces i fy mhigo yn y clwb neithiwr a dwi ddim yn cofio dim", "Tredegar"),
        ("ges i fy rapeio neithiwr", "Bethesda"),
    ],
)
def test_a_recent_assault_said_these_welsh_ways_gets_the_recent_warning(
    bundled_client, words, place
):
    assert warned(searched(bundled_client, words, place, welsh=True), RECENT_CY), words


@pytest.mark.parametrize(
    "words",
    [
        "ges i fy mhigo gan wenynen ddoe",
        "ges i fy rapeio pan o'n i'n 12, dw i'n 40 nawr",
    ],
)
def test_guard_a_sting_and_the_past_bring_no_recent_warning(bundled_client, words):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Llanberis", welsh=True), RECENT_CY), words


def test_guard_the_english_twin_is_unchanged(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "i got spiked at the club saturday", "Tredegar")
    assert warned(soup, "If it happened in the last few days, call 999")
