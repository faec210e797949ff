"""(check45, the session's last independent check) "N days ago" is when it happened, not words
a service's listing should say: "raped 2 days ago" in Bristol showed "No service near you
matches your words closely" and put the SARC under "These match fewer of your words, or may not
be for you", while "raped on saturday" put it first. Inside the days a sexual assault referral
centre can still help, it must come first. Other words and towns than the check's."""

from __future__ import annotations

import pytest

from .helpers import local_card_ids, searched, text_of

NOT_CLOSE = "No service near you matches your words closely"


@pytest.mark.parametrize(
    ("words", "place", "centre"),
    [
        ("i was raped about three days ago", "Leeds", "hazlehurst"),
        ("sexually assaulted 4 days ago", "Cardiff", "ynys-saff"),
        ("someone raped me 5 hours ago", "Nottingham", "topaz"),
    ],
)
def test_an_assault_days_ago_puts_the_centre_near_among_the_first(
    bundled_client, words, place, centre
):
    soup = searched(bundled_client, words, place)
    assert NOT_CLOSE not in text_of(soup, "main")
    first = local_card_ids(bundled_client, words, place)[:2]
    assert any(centre in sid for sid in first), first


def test_an_assault_last_night_reads_as_before(bundled_client):
    """Guard: the time said another way already put the centre first."""
    first = local_card_ids(bundled_client, "i was raped last night", "Leeds")[:2]
    assert any("hazlehurst" in sid for sid in first), first
