"""A parent asking support for themselves too (judged case w37j-15, fifteenth session): a local
service whose listing says it supports family members and friends (RASASC North Wales) is among
the services near them, not under "may be for adults only"; a parent asking only for their
child keeps it where it was. Other words and towns than the judged case; English and Welsh."""

from __future__ import annotations

import pytest

from tests.helpers import card_ids, posted_results

SUPPORTS_FAMILY = "rasasc-north-wales-rape-and-sexual-abuse-support-centre"


def _sections(client, q: str, location: str, welsh: bool) -> tuple[list[str], list[str]]:
    """The ids of the cards near the place, and of those under "may be for adults only"."""
    soup = posted_results(client, q, location, "cy" if welsh else "en")
    near = soup.select_one('section[aria-labelledby="local-title"]')
    adults = soup.select_one('section[aria-labelledby="moved-adults-title"]')
    ids = [card_ids(s.select("li.app-result")) if s else [] for s in (near, adults)]
    return ids[0], ids[1]


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("my son is 11 and his uncle abused him, we both need support", "Bangor, Gwynedd", False),
        (
            "daughter (13) abused by her step dad, looking for help for me as well",
            "Llandudno",
            False,
        ),
        (
            "mae fy merch yn 9 ac mae ei llystad wedi ei cham-drin hi, dwi angen help i fi hefyd",
            "Llangefni",
            True,
        ),
        (
            "fy mab 10 oed wedi cael ei gam-drin gan ei daid, angen cymorth i ni'n dau",
            "Caernarfon",
            True,
        ),
    ],
)
def test_a_service_supporting_family_is_near_a_parent_asking_for_themselves_too(
    bundled_client, q, location, welsh
):
    near, adults = _sections(bundled_client, q, location, welsh)
    assert SUPPORTS_FAMILY in near, (near, adults)
    assert SUPPORTS_FAMILY not in adults


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("my son is 11 and his uncle abused him, what do i do", "Bangor, Gwynedd", False),
        ("mae fy merch yn 9 ac mae ei llystad wedi ei cham-drin hi, help", "Llangefni", True),
    ],
)
def test_guard_a_parent_asking_only_for_their_child_keeps_the_adults_heading(
    bundled_client, q, location, welsh
):
    """Guard (passes before the change too): asking only for the child, the page is as it was."""
    near, adults = _sections(bundled_client, q, location, welsh)
    assert SUPPORTS_FAMILY in adults, (near, adults)
    assert SUPPORTS_FAMILY not in near
