"""(w61adult) An adult is not a child: walk47 F2 and check61 §9.

1. (walk47 F2) Pills ready tonight and "what my brother did to me", no age: the warning and
   Samaritans were right, but the first card was Childline and the one local card a children's
   sexual assault service. Abuse told in the past tense, with no age and nothing a child says
   of now, is read as nobody in particular: the page fits both (the line for anyone 16 or over
   and Childline in the box, no children's service first for being near).
2. (check61 §9) Adults had Childline first or alone: "did things to me" is the past too; a
   headline of one's own harm with no "i" ("raped at…", "got spiked…"), or one's own case
   dropped by the police, lead with the line for anyone 16 or over; someone else's child who
   told the asker makes the asker a grown-up worried about a child (the NSPCC's line).
3. A grandparent and the carer who is rough with them: a grown-up's worry, not a child's.

Other words and towns than the reports'. Each test fails on main unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.helpers import card_ids, searched, talk_box, talk_names

ADULTS_LINE = "24/7 Rape & Sexual Abuse Support Line"


def _box(client, words: str, place: str) -> list[str]:
    return talk_names(talk_box(searched(client, words, place)))


def _cards(soup) -> list[str]:
    return card_ids(soup.select("li.app-result"))


def test_a_crisis_told_of_past_family_harm_with_no_age_does_not_lead_with_a_child(
    bundled_client,
):
    words = "ive got the tablets ready for tonight, i cant live with what my uncle did to me"
    soup = searched(bundled_client, words, "West Bridgford")
    box = talk_names(talk_box(soup))
    assert box[0] == "Samaritans", box
    assert box[1] == ADULTS_LINE, box
    assert "Childline" in box, box  # (kept for a young person)
    cards = _cards(soup)
    assert cards[0] != "childline", cards
    assert not any(c.startswith("emcypsas") for c in cards[:3]), cards


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my cousin did things to me and i still think about it", "Whitby"),
        ("my older cousin did sexual things to me", "Bridlington"),
    ],
)
def test_did_things_to_me_with_no_age_gets_the_lines_for_both(bundled_client, words, place):
    box = _box(bundled_client, words, place)
    assert box[:1] == [ADULTS_LINE], box
    assert "Childline" in box, box


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im 12 and my cousin did things to me", "Whitby"),
        ("my uncle does things to me at night", "Whitby"),
        ("my friend told me her dad touches her", "Burnley"),
        ("my cousin did things to me and my dad says im lying", "Whitby"),
    ],
)
def test_guard_a_childs_age_or_abuse_now_keeps_childline_first(bundled_client, words, place):
    # guard (passes on main too): an age said, abuse going on now, a child's friend, a parent
    assert _box(bundled_client, words, place)[:1] == ["Childline"]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("raped at a house party two summers ago", "Warrington"),
        ("the cps dropped my case and i feel let down", "Portsmouth"),
        ("sexually assaulted by a taxi driver after a night out in 2021", "Bolton"),
    ],
)
def test_own_harm_told_without_i_leads_with_the_adults_line(bundled_client, words, place):
    box = _box(bundled_client, words, place)
    assert box[:1] == [ADULTS_LINE], box
    assert "Childline" in box, box
    assert "NSPCC Helpline" not in box[:2], box


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("the neighbours girl told me her stepdad gets into bed with her", "Darwen"),
        ("my sisters lad let slip that his dads mate shows him rude videos", "Nelson"),
    ],
)
def test_someone_elses_child_who_told_makes_a_worried_grown_up(bundled_client, words, place):
    box = _box(bundled_client, words, place)
    assert box[:1] == ["NSPCC Helpline"], box
    assert box[:1] != ["Childline"], box


def test_a_grandparents_carer_is_a_grown_ups_worry(bundled_client):
    soup = searched(bundled_client, "my grandads home help is rough with him", "Ripon")
    box = talk_names(talk_box(soup))
    assert "Childline" not in box, box
    assert "NSPCC Helpline" not in box, box
    assert _cards(soup)[:1] != ["nspcc-helpline"]
