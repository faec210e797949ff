"""(w37adult, thirty-first walk-through F3, F6) Lines for anyone struggling to cope
(Samaritans, Samariaid, Shout) come into "Talk to someone now" for words of suicide, self-harm
or ending one's life, not for words of distress alone: a man abused as a boy who said he was
falling apart read Samaritans as a suicide line he had given no reason for, while the same man
"struggling" did not get it. A service taking children only once the abuse is reported to the
police (a pre-trial service) comes after one without that condition, unless the words speak of
the police or a court. Other words and towns than the report's; parsed pages."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, posted_results, searched, talk_box

#: the lines for anyone struggling to cope, by the names a reader sees (English and Welsh)
STRUGGLING = ("Samaritans", "Samariaid", "Shout 85258")


def _lines(soup) -> list[str]:
    return [line.split(":")[0].strip() for line in talk_box(soup)]


def _struggling(names: list[str]) -> list[str]:
    return [name for name in names if name.startswith(STRUGGLING)]


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        # (w48crisis, check48 F2) not coping said ("cant cope any more", "methu ymdopi") now
        # brings Samaritans last, for an adult: its listing says it is for someone "struggling
        # to cope" (tests/test_w48crisis.py); other words of distress still bring none
        ("my stepdad abused me when i was a kid, im 50 now and breaking down", "Ipswich", False),
        ("uncle did things to me as a boy, 61 now and my life is a mess", "Leicester", False),
        ("grandad abused me growing up, im in pieces at 39", "", False),
        ("dyn 50 oed, ces i fy ngham-drin gan fy ewythr, dwi'n chwalu", "Bangor", True),
    ],
)
def test_words_of_distress_alone_bring_no_suicide_line(bundled_client, q, location, welsh):
    soup = searched(bundled_client, q, location, welsh)
    lines = _lines(soup)
    assert lines, "no talk box"
    assert not _struggling(lines), lines


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("abused by my brother as a kid, im 44 and i want to end it all", "Southend", False),
        ("my uncle abused me when i was small and i keep wanting to kill myself", "", False),
        ("abused as a boy, 57 now, i dont want to be here any more", "Basildon", False),
        ("ces i fy ngham-drin gan fy nhad yn blentyn a dwi isio lladd fy hun", "", True),
    ],
)
def test_words_of_suicide_still_bring_a_line_for_anyone_struggling(
    bundled_client, q, location, welsh
):
    lines = _lines(searched(bundled_client, q, location, welsh))
    assert _struggling(lines), lines


#: the words of a service's card saying it takes children only once the abuse is reported
POLICE_ONLY = "reported to police"


def _local_cards(client, q: str, location: str, professional: bool) -> list[str]:
    soup = posted_results(client, q, location, professional=professional)
    return [
        words for _, words in cards_and_words(soup) if " miles away" in words or "Covers" in words
    ]


@pytest.mark.parametrize(
    ("q", "location", "professional"),
    [
        ("social worker, 11 yr old girl, CSA by stepdad, therapeutic support", "Oakham", True),
        (
            "school counsellor, boy of 10 abused by his uncle, need counselling",
            "Melton Mowbray",
            True,
        ),
        (
            "my son is 10 and was abused by his grandad, where can he get counselling",
            "Leicester",
            False,
        ),
    ],
)
def test_a_service_waiting_on_a_police_report_follows_one_without(
    bundled_client, q, location, professional
):
    cards = _local_cards(bundled_client, q, location, professional)
    assert len(cards) >= 2, cards
    assert POLICE_ONLY not in cards[0], cards[0]


def test_words_of_a_police_report_keep_the_pre_trial_service_first(bundled_client):
    """Guard (passes on main too): when the words speak of the police and a trial, the
    service for children going through them keeps its place."""
    q = "10 year old girl, abuse by stepfather reported to police, trial coming, support for her"
    cards = _local_cards(bundled_client, q, "Oakham", True)
    assert POLICE_ONLY in cards[0], cards[:2]
