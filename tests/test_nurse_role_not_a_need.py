"""A nurse or doctor who says their own role ("practice nurse here", "school nurse -", "im a GP")
is telling who asks, not asking for a medical examination: when they ask counselling for someone
they see, the local counselling service comes before a sexual assault referral centre, and for a
child's counselling the NHS SARC finder is not among the first national cards. Asking for a
medical examination after a recent assault still puts the centre first."""

from __future__ import annotations

import pytest

from tests.helpers import card_ids, searched


def _cards(page, section: str) -> list[str]:
    return card_ids(page.select(f"{section} .app-result"))


@pytest.mark.parametrize(
    ("words", "town", "first"),
    [
        (
            "practice nurse here, patient in her 30s disclosed childhood sexual abuse, "
            "looking for counselling",
            "Matlock",
            "sv2-derbyshire",
        ),
        (
            "school nurse - year 11 girl told me her step brother abused her, she wants "
            "counselling, can she self refer",
            "Macclesfield",
            "rasasc-cheshire",
        ),
    ],
)
def test_a_nurses_own_role_does_not_ask_for_a_centre(bundled_client, words, town, first):
    page = searched(bundled_client, words, town)
    local = card_ids(page.select(".app-result"))
    assert local[0] == first, local[:3]
    if "girl" in words:  # (a child's counselling: the SARC finder is not among the first)
        national = _cards(page, ".app-national")
        assert "nhs-sarcs" not in national[:3], national[:3]


def test_a_doctor_asking_for_an_examination_after_an_assault_still_gets_the_centre(
    bundled_client,
):
    words = "GP here, 7 year old may have been assaulted yesterday, medical exam?"
    local = card_ids(searched(bundled_client, words, "Matlock").select(".app-result"))
    assert local[0].startswith("emcypsas"), local[:3]
