"""(w61cy, welsh25 F4, F5) Rape told in Welsh with no time word, and tablets taken after a
drink, read as the English twins are.

"nath o fy nhreisio i" and "ges i fy nhreisio" brought no warning, where "he raped me" and "i
was raped" bring "If it happened in the last few days…" (the English rule: an assault on the
asker with no time long past, no age said); "dwi di yfed fodca a cymryd tabledi" brought no
overdose warning, where "ive drunk vodka and taken tablets" brings it with Samaritans first.
Other wordings and towns than the review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned, warned_then_first

RECENT = "Os digwyddodd yn y dyddiau diwethaf"
OWN_ACT = "Os ydych chi wedi cymryd gorddos"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ces i fy rapeio", "Llangefni"),
        ("wnaeth o fy nhreisio i", "Porthmadog"),
        ("ma fe di treisio fi", "Port Talbot"),
        ("dwi wedi cael fy nhreisio a dwi ddim isio mynd at yr heddlu", "Aberystwyth"),
    ],
)
def test_rape_told_with_no_time_gets_the_recent_assault_warning(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place, welsh=True), RECENT)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): long ago, last year, a fear, not done, a child's age
        ("ges i fy nhreisio pan o'n i'n blentyn", "Llangefni"),
        ("ces i fy nhreisio llynedd", "Porthmadog"),
        ("dwi ofn cael fy nhreisio", "Port Talbot"),
        ("nath e ddim fy nhreisio ond dwi'n ofnus", "Aberystwyth"),
        ("dwi'n 14 a nath e fy nhreisio", "Bangor"),
    ],
)
def test_long_ago_feared_or_a_childs_age_gets_no_recent_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place, welsh=True), RECENT)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dw i wedi yfed gwin a chymryd pils", "Y Fflint"),
        ("fi di yfed potel o jin ac wedyn cymryd paracetamol", "Casnewydd"),
    ],
)
def test_tablets_taken_after_a_drink_get_the_overdose_warning(bundled_client, words, place):
    warned_then_first(searched(bundled_client, words, place, welsh=True), OWN_ACT, "Samariaid")


def test_ones_own_tablets_taken_after_supper_get_no_warning(bundled_client):
    # guard (passes on main too): a dose, "fy nhabledi" (my tablets)
    soup = searched(bundled_client, "wedi bwyta swper a chymryd fy nhabledi", "Y Fflint", True)
    assert not warned(soup, OWN_ACT)
