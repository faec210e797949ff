"""(check62 finding 1, forty-eighth walk-through) A life at risk said in other wordings.

"got a rope in the garage and im going to use it", "i keep wanting to die because of what he
did" and "unaliving tonight sorry" had no "If your life is at risk now" box (the last no
Samaritans either, and "Search with the spelling corrected: 'living'"); "my boyfriend just
messaged me he's going to hang himself" and "my brother is sat in his car with a hosepipe" had
no "Someone's life at risk now?" box; "i want to end it with my boyfriend tonight" (a
relationship ended) had the life-at-risk box. Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned, warned_then_first

OWN = "If your life is at risk now"
OTHERS = "Someone's life at risk now?"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # the means got, and going to use them, said last (as "going to hang myself")
        ("ive got a noose in the loft and i am going to use it", "Carlisle"),
        ("bought a rope today and im gonna use it tonight", "Exeter"),
        ("got all my tablets out of the drawer and im going to use them", "Swindon"),
        # a wish kept: as "i want to die" (Samaritans first)
        ("i keep wanting to die after what my uncle did", "Truro"),
        # "unalive" said as under way, with its time
        ("im unaliving myself tonight", "Norwich"),
        ("unaliving now bye", "Derby"),
    ],
)
def test_own_life_at_risk_in_other_words_gets_the_box_and_samaritans(bundled_client, words, place):
    warned_then_first(searched(bundled_client, words, place), OWN)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # someone else's plan by a way, told as news: as "...tonight" is
        ("my husband just texted me that he is going to hang himself", "Ipswich"),
        ("my sister says shes going to jump off the bridge", "Durham"),
        ("my mate messaged saying hes going to gas himself", "Luton"),
        # fumes ready, someone else's
        ("my dad is sitting in his car with a hose pipe", "Chester"),
        ("my son has put a hosepipe on his car exhaust", "Hereford"),
    ],
)
def test_someone_elses_plan_by_a_way_gets_the_999_box(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OTHERS), talk_box(soup)
    assert not warned(soup, OWN)


def test_unaliving_is_never_offered_a_spelling_correction(bundled_client):
    soup = searched(bundled_client, "unaliving later sorry everyone", "Stoke-on-Trent")
    assert soup.select_one(".app-suggestion") is None
    assert "spelling corrected" not in soup.get_text()
    assert "Samaritans" in talk_names(talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # a relationship ended, not a life (fails on main: it had the box)
        ("i want to end it with my girlfriend tonight", "Taunton"),
        ("im going to end things with him today", "Worcester"),
    ],
)
def test_ending_it_with_someone_gets_no_life_box(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OWN)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): the past, a use named, everyday ropes and hosepipes,
        # someone else's past, the way named with pills
        ("i used to keep wanting to die but im better now", "Bath"),
        ("ive got a rope for the tent and im going to use it tomorrow", "Kendal"),
        ("i was wanting to die last year", "Lincoln"),
        ("my brother is washing his car with a hosepipe", "Wakefield"),
        ("my dad hanged himself in 2015 and i still miss him", "Gloucester"),
        ("my sister was going to jump off the bridge years ago", "Salisbury"),
    ],
)
def test_the_past_and_everyday_words_get_no_life_box(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OWN) and not warned(soup, OTHERS)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): ending it, said plainly, is still a life at risk
        ("i want to end it all tonight", "Taunton"),
        ("i want to end it with pills tonight", "Worcester"),
        ("i still want to die every single day", "Bangor"),
    ],
)
def test_ending_it_said_plainly_keeps_the_box(bundled_client, words, place):
    warned_then_first(searched(bundled_client, words, place), OWN)
