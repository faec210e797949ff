"""(w51acts, check54 findings 2, 3 and 7) Overdoses said another way, someone else's crisis, and
an adult in crisis.

- An overdose said with whose pills they were ("took my nan's sleeping tablets") or a vague
  amount with feeling ill after ("took some of my tablets and feel sick", "not sure how many")
  had no overdose warning and no Samaritans; everyday doses and errands stay unwarned.
- A friend or relative who says they will kill themselves brought Childline, the NSPCC and a
  SARC: now Samaritans leads the box (PAPYRUS in it for a young person), with no "If your life
  is at risk now" (it speaks of the reader's own life); someone else cut and bleeding brings the
  overdose / badly hurt warning.
- Crisis said of oneself with no age ("i'm in crisis, the memories of my stepfather are too
  much") brought Childline alone: now Samaritans leads, with Childline beside it.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

OVERDOSE = "If you have taken an overdose"
RECENT = "If it happened in the last few days"
LIFE_AT_RISK = "If your life is at risk now"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ive just swallowed loads of my grandads heart tablets", "Kendal"),
        ("i took my dads painkillers", "Barrow-in-Furness"),
        ("took my step mums anxiety pills 20 mins ago", "Durham"),
        ("i swallowed a few of my meds earlier and now im dizzy", "Grantham"),
        ("i had a couple of my boyfriends tablets and ive been sick since", "Hereford"),
        ("i took some of my antidepressants, dont know how many", "Lowestoft"),
        # (w52suicide, check55 finding 4) a vague amount or part of a pack
        ("ive taken half a box of my nans sertraline", "Bridlington"),
        ("i just took some meds and i feel nothing", "Taunton"),
        ("ive taken most of a packet of co-codamol", "Wrexham"),
        ("i took the rest of the sleeping tablets", "Carlisle"),
        ("i took some tablets twenty minutes ago", "Stafford"),
    ],
)
def test_an_overdose_said_with_whose_pills_or_a_vague_amount_is_warned(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OVERDOSE), words
    assert "Samaritans" in talk_names(talk_box(soup))[:2], talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i took my nans tablets round to her house", "Kendal"),
        ("i take my pills every night before bed", "Durham"),
        ("i took my tablets this morning", "Grantham"),
        ("took some paracetamol for a headache", "Hereford"),
        ("i took my brothers pills off him when i was 16", "Lowestoft"),
        # (w52suicide) a dose said with what it was for, a couple, an errand
        ("i took some ibuprofen for my period pain", "Bridlington"),
        ("i took a couple of paracetamol", "Taunton"),
        ("i took some tablets to help me sleep", "Wrexham"),
        ("i took some pills off my brother", "Carlisle"),
    ],
)
def test_everyday_tablets_and_errands_are_not_warned(bundled_client, words, place):
    """A guard: these pass on main too."""
    assert not warned(searched(bundled_client, words, place), OVERDOSE), words


def test_an_overdose_last_night_told_after_an_older_assault_is_no_recent_assault(bundled_client):
    soup = searched(
        bundled_client,
        "my ex raped me back in may and i reported it. i cant cope and last night i swallowed a "
        "few of my pills, im feeling really dizzy today",
        "Northampton",
    )
    assert warned(soup, OVERDOSE)
    assert not warned(soup, RECENT)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my girlfriend keeps saying shes going to end her life tonight", "Stafford"),
        ("my husband wants to take his own life", "Hull"),
        ("my mate messaged me that he is about to kill himself", "Exeter"),
    ],
)
def test_someone_elses_suicide_brings_samaritans_first_and_no_own_life_warning(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)
    assert not warned(soup, LIFE_AT_RISK), words


def test_a_young_persons_friend_brings_papyrus_into_the_box(bundled_client):
    soup = searched(
        bundled_client, "im 15 and my boyfriend says hes going to kill himself", "Luton"
    )
    names = talk_names(talk_box(soup))
    assert any(name.startswith("HOPELINE247") for name in names), names
    assert not warned(soup, LIFE_AT_RISK)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my brother has slit his wrists and theres blood everywhere", "Dudley"),
        ("my flatmate cut herself really deep and it wont stop bleeding", "Exeter"),
    ],
)
def test_someone_else_cut_and_bleeding_warns_for_their_life(bundled_client, words, place):
    # (w64life, check63 F1) "Someone's life at risk now? Call 999.", no longer the warning
    # spoken to the reader of their own act ("If you have taken an overdose or are badly hurt")
    soup = searched(bundled_client, words, place)
    assert warned(soup, "Someone's life at risk now? Call 999."), words
    assert not warned(soup, OVERDOSE), words
    assert not warned(soup, LIFE_AT_RISK), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my grandad says he will kill himself if i ever tell anyone what he does", "Dudley"),
        ("my aunt killed herself when i was little and i was abused after", "Hull"),
    ],
)
def test_a_threat_to_keep_quiet_or_a_death_long_ago_brings_no_warning(bundled_client, words, place):
    """A guard: these pass on main too."""
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OVERDOSE) and not warned(soup, LIFE_AT_RISK), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im at breaking point, the flashbacks of what my uncle did wont stop", "Carlisle"),
        ("i think im having a breakdown, my grandad abused me", "Torquay"),
    ],
)
def test_own_crisis_with_no_age_brings_samaritans_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    names = talk_names(talk_box(soup))
    assert names[0] == "Samaritans", names
    assert len(names) > 1, names
    assert not warned(soup, LIFE_AT_RISK) and not warned(soup, OVERDOSE), words


@pytest.mark.parametrize(
    ("words", "place", "first"),
    [
        ("im 13 and in crisis my stepdad touches me", "Torquay", "Childline"),
        ("my daughter is in crisis after her uncle abused her", "Torquay", "NSPCC Helpline"),
    ],
)
def test_a_childs_crisis_and_a_parents_keep_their_own_lines_first(
    bundled_client, words, place, first
):
    """A guard: these pass on main too."""
    assert talk_names(talk_box(searched(bundled_client, words, place)))[0] == first
