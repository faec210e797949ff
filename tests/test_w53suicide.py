"""(w53suicide) Suicide, overdose and self-harm said in ways the page still missed (check56
findings 2, 3 and 5; walk42 F1):

- a plan said another way: going to a place to jump after a note or with its time, "tonight is
  the night" after goodbyes, "tonight i end it", "im going to jump" alone, "no reason to go on"
  had no life-at-risk warning; "cant do this anymore" said alone had no suicide line;
- an overdose said without "i" or as part of a pack ("swallowed most of a box of …"), "a few
  extra", "too many pills" said with "had", and a cut that will not stop bleeding said as "i
  cut" had no warning;
- someone else's plan to take their pills, a goodbye sent, a wish to die and something taken,
  and talk of not being here had no warning or no suicide line.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned, warned_then_first

OWN_LIFE = "If your life is at risk now"
OVERDOSE = "If you have taken an overdose or are badly hurt"
OTHERS = "Someone's life at risk now? Call 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("sent my sister a last message and im driving out to the viaduct tonight", "Hastings"),
        ("ive written notes for everyone and im going to walk to the railway line", "Grantham"),
        ("texted my brother bye, this is the night", "Barnstaple"),
        ("todays the day i end it all", "Ipswich"),
        ("tonight i just end it, cant live with what he did", "Kendal"),
        ("honestly im gonna jump", "Lincoln"),
        ("there is no reason to carry on", "Salisbury"),
    ],
)
def test_a_plan_said_another_way_warns_and_brings_samaritans(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OWN_LIFE), words
    assert "Samaritans" in talk_names(talk_box(soup)), talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [("i just cant take it any more", "Taunton"), ("honestly cant do any of this anymore", "Ely")],
)
def test_not_able_to_go_on_said_alone_brings_samaritans_with_no_warning(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)
    assert not warned(soup, OWN_LIFE), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards: these pass on main and on this branch
        ("tonight is the night i tell my mum what my uncle did", "Lincoln"),
        ("tonight i end things with him for good", "Truro"),
        ("im going to jump on the trampoline and my cousin touches me", "Lincoln"),
        ("we are going to walk to the bridge on saturday", "Hexham"),
    ],
)
def test_a_night_named_for_something_else_or_a_walk_has_no_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OWN_LIFE), words


def test_cant_do_this_any_more_about_the_abuse_keeps_childline_first(bundled_client):
    # guard: passes on main and on this branch
    words = "cant do this anymore, my stepdad keeps coming in my room"
    soup = searched(bundled_client, words, "Ely")
    assert talk_names(talk_box(soup))[0] == "Childline", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("necked most of a bottle of my sleeping tablets", "Redruth"),
        ("took the rest of a strip of sertraline", "Kettering"),
        ("had way too many co-codamol earlier", "Rugby"),
        ("i swallowed a few extra tablets after dinner", "Macclesfield"),
        ("took a couple of painkillers too many", "Hereford"),
        ("ive been cutting again and its bleeding loads", "Selby"),
    ],
)
def test_an_overdose_or_a_cut_said_these_ways_warns_and_brings_samaritans(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OVERDOSE), words
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards: these pass on main and on this branch
        ("took half a tablet to help me sleep", "Selby"),
        ("had too many beers last night", "Redruth"),
        ("i cut the grass and my hand wont stop bleeding", "Rugby"),
        ("my brother took half my tablets off me", "Hereford"),
    ],
)
def test_half_a_dose_drinks_an_accident_or_pills_taken_away_have_no_warning(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OVERDOSE), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my girlfriend snapchatted me she is gonna swallow her whole box of meds", "Wrexham"),
        ("my brother just posted a suicide note on insta", "Chelmsford"),
        ("my dad said goodbye on the phone and now hes not answering", "Carlisle"),
        ("my nan keeps saying she wants to die and shes swallowed something", "Worksop"),
        ("my best mate told me hes going to end his life", "Durham"),
        ("my cousin is going to take tablets tonight", "Bedford"),
    ],
)
def test_someone_elses_plan_goodbye_or_something_taken_warns_for_them(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OTHERS), words
    assert "Samaritans" in talk_names(talk_box(soup)), talk_box(soup)


def test_someone_talking_of_not_being_around_brings_samaritans(bundled_client):
    words = "my wife keeps talking about not being around much longer since her uncle abused her"
    soup = searched(bundled_client, words, "Yeovil")
    assert "Samaritans" in talk_names(talk_box(soup)), talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards: these pass on main and on this branch
        ("my mum is going to take her meds tonight", "Bedford"),
        ("she was going to take all her pills last year", "Durham"),
        ("my friend left a goodbye card when she moved to spain", "Carlisle"),
        ("my son keeps saying he will kill himself", "Worksop"),
    ],
)
def test_a_dose_the_past_a_leaving_card_or_a_wish_said_again_has_no_warning_for_them(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OTHERS), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im 47, my stepfather abused me as a boy. ive left a note and im off to the pier", "Rhyl"),
        ("im 39 and my dad abused me as a kid. i want to kill myself", "Scarborough"),
    ],
)
def test_an_adults_life_at_risk_now_puts_samaritans_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    warned_then_first(soup, OWN_LIFE)


def test_an_adult_survivor_with_no_crisis_keeps_the_rape_line_first(bundled_client):
    # guard: passes on main and on this branch
    soup = searched(bundled_client, "man of 62, abused by my uncle as a boy", "Scarborough")
    assert talk_names(talk_box(soup))[0] != "Samaritans", talk_box(soup)
