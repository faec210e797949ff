"""(w64cy, welsh26 F4) A life at risk said in Welsh, read as the English twins are.

"mae fy mab yn bygwth crogi ei hun" brought no warning and no Samariaid, where "my son is
threatening to hang himself" brings "Someone's life at risk now?" and Samaritans first (a way
named warns with no time); "ma'n chwaer i'n anymwybodol ar ôl cymryd pils" warned but brought
no Samariaid, where "my sister is unconscious after taking pills" brings them first; "wi wedi
sgwennu llythyr i fy nheulu, dwi'n barod i fynd" brought neither, where "ive written a letter
to my family" brings the warning and Samaritans first. Other wordings and towns than the
review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned, warned_then_first

OTHERS = "Perygl i fywyd rhywun nawr? Ffoniwch 999."
OWN_LIFE = "Perygl i’ch bywyd nawr? Ffoniwch 999 neu ewch i’r adran frys."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae fy merch yn bygwth crogi ei hunan", "Llandudno"),
        ("ma'n frawd i'n mynd i foddi ei hun", "Aberdaugleddau"),
        ("mae fy ngŵr yn anymwybodol ar ôl llyncu tabledi", "Caergybi"),
        ("ma'n ffrind i'n anymwybodol, nath hi yfed fodca", "Tredegar"),
    ],
)
def test_someone_elses_life_at_risk_gets_the_warning_and_samariaid(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    warned_then_first(soup, OTHERS, "Samariaid")


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dwi wedi sgwennu llythyr i'r plant", "Llandudno"),
        ("sgwennais i lythyrau i bawb, dwi'n hollol barod", "Caergybi"),
    ],
)
def test_a_letter_to_the_family_and_ready_gets_the_warning_and_samariaid(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    warned_then_first(soup, OWN_LIFE, "Samariaid")


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a letter about what happened, a threat to keep a secret,
        # a threat said with no way and no time, asleep after a long day
        ("dwi wedi sgwennu llythyr i'r teulu am be nath o i fi", "Llandudno"),
        ("mae o'n bygwth crogi ei hun os dwi'n deud wrth rywun", "Aberdaugleddau"),
        ("mae fy nain yn cysgu ar ôl cymryd ei thabledi", "Caergybi"),
    ],
)
def test_a_letter_a_secret_or_sleep_gets_no_life_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert not warned(soup, OTHERS)
    assert not warned(soup, OWN_LIFE)


def test_unconscious_after_drugs_gets_samariaid_first(bundled_client):
    soup = searched(
        bundled_client, "mae fy chwaer yn anymwybodol ar ôl cymryd cyffuriau", "Rhyl", True
    )
    assert talk_names(talk_box(soup))[0] == "Samariaid", talk_box(soup)
