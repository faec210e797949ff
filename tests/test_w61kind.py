"""(w61kind, check61 §9) The right kind of service first, for survivors and families.

- A general search with nobody and no age said ("sexual abuse support" in a town) led with a
  local service only for children when an all-ages one was as near, or above the lines for
  everyone.
- A domestic-abuse line (for women and girls, or for men) led where the words were about
  something else: a relative named ("my sister is 15 and living with a man"), nightmares, a
  young person exploited by "older men" (read as a search for men's services).
- A sexual assault referral centre led for someone asking to talk now, and for a parent asking
  whether someone is safe with their child ("check" read as a medical check).

Other words and other towns than the report's. Guards (pass on main too) say so.
"""

from __future__ import annotations

import pytest

from directory.search.understand import understand
from tests.helpers import bundled_records, cards_and_words, searched

DOMESTIC_ABUSE_LINES = {
    "national-domestic-abuse-helpline",
    "womens-aid-live-chat",
    "mens-advice-line",
}
MENS_LINES = {"mens-advice-line", "safeline-nmsh"}


def _cards(client, words: str, place: str) -> list[str]:
    return [sid for sid, _ in cards_and_words(searched(client, words, place))]


def _for_children_not_adults(sid: str) -> bool:
    audiences = bundled_records()[sid]["audiences"]
    return "children-young-people" in audiences and "adult-survivors" not in audiences


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("help after sexual abuse", "Truro"),
        ("sexual abuse help", "Hereford"),
        ("support after sexual abuse", "Walsall"),
        ("abuse support", "Worcester"),
    ],
)
def test_no_age_said_does_not_lead_with_a_childrens_service(bundled_client, words, place):
    first = _cards(bundled_client, words, place)[0]
    assert not _for_children_not_adults(first), first


@pytest.mark.parametrize(
    ("words", "place", "first"),
    [
        # guards (pass on main too): a parent, or a child who gives their age, keeps the
        # children's service first
        ("my son was sexually abused", "Plymouth", "devon-cornwall-sarc-childrens-service"),
        ("im 12 and was abused", "Hereford", "horizon-sarc-west-midlands-children"),
    ],
)
def test_a_child_or_parent_keeps_the_childrens_service_first(bundled_client, words, place, first):
    assert _cards(bundled_client, words, place)[0] == first


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my sister is 16 and lives with a 35 year old man", "Ipswich"),
        ("the nightmares have come back", "Bournemouth"),
        ("nightmares again, cant get back to sleep", "Dorchester"),
    ],
)
def test_no_domestic_abuse_line_first_for_other_words(bundled_client, words, place):
    cards = _cards(bundled_client, words, place)
    assert not DOMESTIC_ABUSE_LINES & set(cards[:5]), cards[:5]


def test_young_person_exploited_by_older_men_gets_no_mens_line(bundled_client):
    cards = _cards(
        bundled_client,
        "my mate is being forced to carry drugs and sleep with older men",
        "Leicester",
    )
    assert not MENS_LINES & set(cards[:5]), cards[:5]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): domestic abuse, or the asker's own partner, keeps the lines
        ("my husband controls me and hits me", "Leicester"),
        ("my husband hits me", "Norwich"),
    ],
)
def test_domestic_abuse_keeps_its_lines(bundled_client, words, place):
    cards = _cards(bundled_client, words, place)
    assert "national-domestic-abuse-helpline" in cards, cards


@pytest.mark.parametrize(
    "words",
    [
        "she is staying with older men",
        "my cousin is hanging around with older men",
        "he had sex with grown men",
    ],
)
def test_the_men_someone_is_with_are_who_harms(words):
    assert "men" not in {c.name for c in understand(words).concepts}


@pytest.mark.parametrize(
    "words",
    # guards (pass on main too): a group or a talk asked for, with men
    ["a group for men", "i want to talk to a man", "support for men abused as boys"],
)
def test_men_asked_for_are_still_read(words):
    assert "men" in {c.name for c in understand(words).concepts}


CENTRES = {
    "devon-cornwall-sarc",
    "hope-house-sarc-gloucester",
    "the-bridge-sarc-bristol",
}


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i need someone to talk to right now", "Exeter"),
        ("need to talk to someone tonight", "Gloucester"),
        ("can i talk to someone now", "Bristol"),
    ],
)
def test_someone_to_talk_to_now_gets_a_line_before_a_centre(bundled_client, words, place):
    cards = _cards(bundled_client, words, place)
    assert cards[0] not in CENTRES, cards[:3]


def test_talk_after_a_recent_rape_keeps_the_centre_first(bundled_client):
    # guard (passes on main too): an assault last night, the centre first
    words = "i was raped last night and need to talk to someone"
    assert _cards(bundled_client, words, "Exeter")[0] == "devon-cornwall-sarc"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # a parent asking whether someone is safe with their child, or finding out about him
        ("is my new husband safe around my children", "Stroud"),
        ("can my girlfriends dad be trusted, is he safe with my daughter", "Tewkesbury"),
        ("can i check if my sisters boyfriend has a record", "Swindon"),
        # play the child dislikes
        ("my uncle keeps tickling my son and he doesnt like it", "Yeovil"),
    ],
)
def test_a_worry_about_someone_with_a_child_gets_no_centre_first(bundled_client, words, place):
    cards = _cards(bundled_client, words, place)
    assert "sarc" not in bundled_records()[cards[0]]["support_types"], cards[:3]


@pytest.mark.parametrize(
    "words",
    # guards (pass on main too): a medical check asked for is still one
    ["i want to get checked", "need a check up after rape"],
)
def test_a_check_up_is_still_read_as_a_centre(words):
    assert "sarc" in {c.name for c in understand(words).concepts}
