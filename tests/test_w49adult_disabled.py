"""(w49adult, check50 F6) A disabled adult ("wheelchair user abused by family member") had
SignHealth's service, made for Deaf people and BSL users, as the first card: it is also listed
for disabled people. A service for a community within a wider one (Deaf people, people with
learning disabilities) leads only when the words say that community."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched

#: the services made for Deaf people, and for people with learning disabilities or autism
DEAF_SERVICE = "signhealth-deaf-domestic-abuse-service"
LEARNING_DISABILITY_SERVICE = "respond-learning-disability"


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("i use a wheelchair and my stepbrother sexually abused me", "Bradford"),
        ("disabled woman, my cousin raped me years ago", "Hull"),
        ("support for disabled adults after sexual abuse", "Leicester"),
    ],
)
def test_a_disabled_person_who_does_not_say_deaf_is_not_given_the_deaf_service_first(
    bundled_client, words, town
):
    cards = [sid for sid, _words in cards_and_words(searched(bundled_client, words, town))]
    assert cards, "no cards"
    assert DEAF_SERVICE not in cards[:3], cards
    assert LEARNING_DISABILITY_SERVICE not in cards[:3], cards


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("im deaf and use bsl, my stepdad abused me", "Bradford"),
        ("disabled and deaf, my cousin raped me", "Hull"),
    ],
)
def test_guard_a_deaf_person_still_sees_the_deaf_service_among_the_first_cards(
    bundled_client, words, town
):
    """Guard (passes on main too): saying Deaf or BSL brings SignHealth's service."""
    cards = [sid for sid, _words in cards_and_words(searched(bundled_client, words, town))]
    assert DEAF_SERVICE in cards[:5], cards


def test_guard_a_learning_disability_said_still_brings_its_service(bundled_client):
    """Guard (passes on main too): a learning disability named brings Respond's service (in
    London, where it works)."""
    page = searched(
        bundled_client, "i have a learning disability and was sexually abused", "Camden"
    )
    cards = [sid for sid, _words in cards_and_words(page)]
    assert LEARNING_DISABILITY_SERVICE in cards[:5], cards
