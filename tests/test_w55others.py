"""(w55others, check58 finding 1) Someone else's overdose, plan, note or goodbye, said in
everyday words:

- part of a medicine taken by someone else ("some of her antidepressants", "the rest of his
  prescription"), its pack found empty, or someone hard to wake after their pills;
- a plan made, pills stockpiled, a note saying sorry or not to look for them, a letter from
  someone who wants to die;
- a goodbye being sent now ("keeps messaging everyone goodbye").

Each had no warning, and some no Samaritans. Guards (a dose, an errand, a note of where someone
went, a parting, a plan for the weekend, a pack of biscuits, the asker's own empty strip, the
past) pass on main too, and say so.
"""

from __future__ import annotations

import pytest

from tests.helpers import posted_results, searched, talk_box, talk_names, warned

OTHERS = "Someone's life at risk now? Call 999."
OWN_LIFE = "If your life is at risk now"
OVERDOSE = "If you have taken an overdose"


def _warned_for_them_with_samaritans_first(soup, words: str) -> None:
    """The warning for someone else, no warning of the reader's own, Samaritans leading the
    box and no Stop It Now."""
    assert warned(soup, OTHERS), words
    assert not warned(soup, OVERDOSE), words
    assert not warned(soup, OWN_LIFE), words
    names = talk_names(talk_box(soup))
    assert names[0] == "Samaritans", names
    assert "Stop It Now helpline" not in names, names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my daughter has taken some of her antidepressants", "Stockport"),
        ("i think my husband took the rest of his prescription", "Gloucester"),
        ("he swallowed the whole bottle", "Warrington"),
        ("my nan took her tablets and now we cant wake her", "Luton"),
        ("found an empty packet of paracetamol by his bed", "Ipswich"),
        ("my partner took a few of my sleeping pills and is very drowsy", "Exeter"),
    ],
)
def test_someone_elses_medicine_taken_in_part_or_found_empty_warns_for_them(
    bundled_client, words, place
):
    _warned_for_them_with_samaritans_first(searched(bundled_client, words, place), words)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my stepson has got a plan to end his life", "Peterborough"),
        ("my wife has been hoarding her sleeping tablets", "Lincoln"),
        ("our lad wrote a letter saying not to look for him", "Wakefield"),
        ("my sister keeps saying she cant go on and is writing letters", "Hereford"),
    ],
)
def test_someone_elses_plan_stockpile_or_note_warns_for_them(bundled_client, words, place):
    _warned_for_them_with_samaritans_first(searched(bundled_client, words, place), words)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my flatmate keeps messaging everyone goodbye", "Bournemouth"),
        ("my husband is texting the family goodbye", "Carlisle"),
        ("my best mate just snapchatted me goodbye", "Wigan"),
    ],
)
def test_a_goodbye_being_sent_warns_for_them(bundled_client, words, place):
    _warned_for_them_with_samaritans_first(searched(bundled_client, words, place), words)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my teenage daughter has taken an overdose", "Shrewsbury"),
        ("my son is going to end his life tonight", "Taunton"),
    ],
)
def test_a_parent_told_of_their_childs_life_at_risk_now_has_samaritans_then_the_young_line(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OTHERS), words
    names = talk_names(talk_box(soup))
    assert names[0] == "Samaritans", names
    assert names[1].startswith("HOPELINE247"), names


def test_guard_a_parent_told_of_a_wish_with_no_time_keeps_the_young_line_near_the_top(
    bundled_client,
):
    """Guard: passes on main too."""
    soup = searched(bundled_client, "my son keeps saying he wants to die", "Taunton")
    assert not warned(soup, OTHERS)
    names = talk_names(talk_box(soup))
    assert any(n.startswith("HOPELINE247") for n in names[:2]), names


def test_a_child_telling_of_a_parents_pills_keeps_childline(bundled_client):
    soup = searched(bundled_client, "im 12 and my dad took some of his tablets", "Barnsley")
    assert warned(soup, OTHERS)
    names = talk_names(talk_box(soup))
    assert "Samaritans" in names, names
    assert "Childline" in names, names


def test_a_professional_told_of_a_pupils_pills_warns_for_them(bundled_client):
    soup = posted_results(
        bundled_client,
        "a year 9 pupil says she took the rest of her mums meds at lunch",
        "Reading",
        professional=True,
    )
    assert warned(soup, OTHERS)
    assert "Samaritans" in talk_names(talk_box(soup)), talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my gran took some ibuprofen for her back", "Bolton"),
        ("he took his meds at breakfast", "Bolton"),
        ("my daughter left a note saying she went to the shop", "Bolton"),
        ("my dad said goodbye and drove home", "Bolton"),
        ("my uncle has a plan for the holidays", "Bolton"),
        ("he ate the rest of the pack of crisps", "Bolton"),
        ("i found an empty strip of my hayfever tablets", "Bolton"),
        ("my dad took an overdose when i was 6", "Bolton"),
        ("my sister texted me goodbye from the airport", "Bolton"),
        ("she took some tablets round to my nan", "Bolton"),
    ],
)
def test_guard_a_dose_an_errand_a_parting_or_the_past_has_no_warning(bundled_client, words, place):
    """Guard: passes on main too."""
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OTHERS), words
    assert not warned(soup, OWN_LIFE), words
    assert not warned(soup, OVERDOSE), words


def test_guard_the_readers_own_pills_keep_their_own_warning(bundled_client):
    """Guard: passes on main too."""
    soup = searched(bundled_client, "i took some of my dads tablets", "Bolton")
    assert warned(soup, OVERDOSE)
    assert not warned(soup, OTHERS)
