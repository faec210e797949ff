"""Issue 25 (fourteenth walk-through; seventh session): "These match only some of your words."
speaks of what the person asked of a service, never of the words of their story. It stood under
three of every four pages of the probes' sentences ("at nite", "my step mums boyfriend"), telling
a frightened person their words were wrong. Other words and towns than the reports'."""

from __future__ import annotations

import pytest

NOTE = "app-partial-note"


def _note_shown(client, q: str, location: str = "", welsh: bool = False) -> bool:
    prefix = "/cy" if welsh else ""
    response = client.get(
        f"{prefix}/search", query_string={"q": q, "location": location}, follow_redirects=True
    )
    assert response.status_code == 200
    return NOTE in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("my mums partner gets in my bed when shes on nights and i hate it im 12", "Wigan", False),
        ("my lad is 6 and said his grandad showed him rude pictures, what now", "Stafford", False),
        ("46yo bloke, my older cousin abused me for years when i was a kid", "Hereford", False),
        ("mae fy llysdad yn dod i fy stafell i yn y nos, dwi'n 13", "Aberdâr", True),
    ],
)
def test_a_story_is_not_told_its_words_were_only_partly_matched(bundled_client, q, location, welsh):
    assert not _note_shown(bundled_client, q, location, welsh)


@pytest.mark.parametrize(
    ("q", "location"),
    [
        # what a person asks of a service, which no single listing offers together
        ("deaf lgbt counselling", ""),
        ("counselling zebra", "Leeds"),
        # ... in a story too: a way to reach it and a community it is made for are asked
        ("my dad abused me when i was little, i want counselling in bsl", "Leeds"),
    ],
)
def test_the_note_stays_when_no_service_offers_everything_asked(bundled_client, q, location):
    assert _note_shown(bundled_client, q, location)
