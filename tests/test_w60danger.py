"""(w60danger, check61 findings 3 and 4) Danger now and injuries said in other ways.

An independent checker typed danger now in other word orders ("hes strangling mum", someone
trying the back door handle, a man in the garden watching, "he said hes coming round with a
hammer", a knife in the asker's own hand), injuries told by the hurt ("my ribs hurt where he
kicked me", a pillow held over a face, a blow to a pregnant belly) and a recent assault said
plainly ("made me do stuff earlier", bleeding "down below", Welsh "lawr fan'na"): no box said
what to do. Each test uses other words and other towns than the report's; the guards (the
past, calm sentences) pass on the old tree too and say so.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, texts_of, warned

DANGER = "In danger now? Call 999"
DANGER_CY = "Mewn perygl nawr? Ffoniwch 999"
RECENT = "If it happened in the last few days"
RECENT_CY = "Os digwyddodd yn y dyddiau diwethaf"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # harm under way to someone named without "my"
        ("my stepdad is choking nan", "Walsall"),
        ("shes hitting dad again", "Stoke-on-Trent"),
        # harm heard from the next room
        ("i can hear my brother screaming and mums boyfriend is with him", "Bolton"),
        # someone at a door or window from outside
        ("somebody is rattling the front door handle", "Maidstone"),
        ("a man is trying the kitchen window", "Swindon"),
        # someone coming with a weapon
        ("my ex says hes on his way over with a bat", "Grimsby"),
        # someone where they live, watching them
        ("theres a bloke in our back garden looking at me", "Ipswich"),
        # an attack just got away from, and where they are now
        ("a man grabbed me and i ran off, im in a shop", "Luton"),
        # the asker with a weapon, meaning harm
        ("ive got a blade and im going to stab her", "Bradford"),
        ("im at her flat with a hammer", "Sheffield"),
        # what the asker is, said first
        ("im blind and my uncle is in the house", "Nottingham"),
        # injuries told by the hurt
        ("she pressed a cushion over my mouth", "Basildon"),
        ("my boyfriend kicked me in the belly and i am 5 months pregnant", "Gillingham"),
        ("my jaw is swollen where my husband punched me", "Rochdale"),
    ],
)
def test_danger_said_another_way_gets_the_999_box(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place), DANGER)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae fy ngŵr yn fy nal i yn y fflat", "Llanelli"),
        ("mae e'n cadw fi yn y tŷ", "Bangor"),
    ],
)
def test_welsh_kept_in_gets_the_999_box(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place, welsh=True), DANGER_CY)


def test_deaf_and_someone_in_the_house_gets_999_and_the_bsl_line(bundled_client):
    soup = searched(bundled_client, "im deaf and my stepbrother is in the house", "Chesterfield")
    assert warned(soup, DANGER)
    assert texts_of(soup, ".app-deaf-999")


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my cousin made me do stuff after school and i feel dirty", "Southampton"),
        ("im sore down below after my boyfriend forced me", "Exeter"),
    ],
)
def test_recent_assault_said_plainly_gets_the_recent_box(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place), RECENT)


def test_welsh_hurts_down_there_since_yesterday_gets_the_recent_box(bundled_client):
    soup = searched(bundled_client, "mae'n brifo lawr fanna ers ddoe", "Aberystwyth", welsh=True)
    assert warned(soup, RECENT_CY)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # the past: a threat to kill "ages ago" or "a long time ago" (failed on the old tree:
        # the false alarm the report found)
        ("my dad said hed kill me, that was ages ago", "Carlisle"),
        ("she threatened to kill me a long time ago", "York"),
    ],
)
def test_a_threat_long_ago_gets_no_999_box(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), DANGER)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on the old tree too): the past, calm sentences, a sport injury, a pet
        ("i used to hear my sister screaming when he came home", "Preston"),
        ("someone is trying the door of the new cafe", "Bath"),
        ("there was a man in the park watching me when i was little", "Derby"),
        ("i have a knife block in the kitchen", "Leeds"),
        ("my ankle hurts where he kicked me playing football", "Hull"),
        ("my dog is watching me from the garden", "Oxford"),
        ("im deaf and looking for counselling", "Norwich"),
        ("he kicked me in the stomach when i was pregnant years ago", "Reading"),
    ],
)
def test_calm_or_past_gets_no_999_box(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), DANGER)


def test_a_blow_told_with_its_hurt_finds_a_card(bundled_client):
    """(check61: "my ribs hurt where he kicked me" had no card at all) The blow, said as done
    to the asker, is read as violence at home: the domestic abuse lines come first."""
    soup = searched(bundled_client, "my back hurts where my girlfriend punched me", "Stockport")
    cards = cards_and_words(soup)
    assert cards, "no card at all"
    first = cards[0][1]
    assert "Domestic Abuse" in first or "Men's Advice" in first, first
