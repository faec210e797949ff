"""(w49adult, check50 F7) A parent writing in a language the search does not read ("mi hija fue
abusada por su padrastro", London) had, as the first cards, a service only for adults abused
in childhood and one for people with learning disabilities: with no words read, nothing but
how well a service fits the asker tells them apart, and every local service that fitted at all
came before the lines for parents. Now the services made for someone else come later, as they
do for the same words in English."""

from __future__ import annotations

import pytest

from tests.helpers import bundled_records, cards_and_words, searched


def _made_for_someone_else(record: dict) -> bool:
    """Only for adults abused as children (not children, not parents), or for a community."""
    audiences = set(record.get("audiences") or ())
    return audiences == {"adult-survivors"} or bool(record.get("communities"))


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("minha filha foi abusada pelo padrasto", "Kingston upon Thames"),  # Portuguese
        ("mi hijo fue abusado por su tío", "Maidstone"),  # Spanish
        ("moja córka została wykorzystana przez ojczyma", "Sunderland"),  # Polish
    ],
)
def test_a_parent_in_another_language_does_not_see_services_for_someone_else_first(
    bundled_client, words, town
):
    records = bundled_records()
    cards = [sid for sid, _words in cards_and_words(searched(bundled_client, words, town))]
    assert cards, "no cards"
    first = [sid for sid in cards[:3] if _made_for_someone_else(records[sid])]
    assert not first, cards


def test_guard_a_parent_in_another_language_still_sees_the_nspcc_line(bundled_client):
    """Guard (passes on main too): the line for adults worried about a child is on the page."""
    page = searched(bundled_client, "mi hijo fue abusado por su tío", "Maidstone")
    assert "nspcc-helpline" in [sid for sid, _words in cards_and_words(page)]
