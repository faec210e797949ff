"""(lane w48stop, the nineteenth session's last words check, check49) Three misreadings:

1. Bleeding that "will not stop" searched the word "stop", and Stop It Now (a line for people
   worried about their own sexual thoughts) was the first card for someone who has cut
   themselves. Words of suicide or self-harm never search "stop" as a service's name.
2. A disabled person who says no age ("I use a wheelchair and my brother abuses me") was read
   as a child: Childline alone and the note to ask a grown-up. As a learning disability or a
   carer already did, their own disability now says nobody in particular is asking.
3. A parent's "adult son" or "grown up daughter": the lines for adults first, not the NSPCC's
   line for adults worried about a child (a child's age of 18 or over already did so).
"""

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names, texts_of

NOTE = ".app-none-alone"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i cut myself and it wont stop", "Grimsby"),
        ("self harmed again and the bleeding wont stop", "Peterborough"),
    ],
)
def test_self_harm_that_will_not_stop_brings_no_line_for_someones_sexual_thoughts(
    bundled_client, words, place
):
    ids = [sid for sid, _ in cards_and_words(searched(bundled_client, words, place))][:3]
    assert "stop-it-now" not in ids, ids


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im a wheelchair user and my uncle touches me", "Walsall"),
        ("i am disabled and my stepbrother keeps abusing me", "Lincoln"),
    ],
)
def test_a_disabled_person_who_says_no_age_is_not_told_to_ask_a_grown_up(
    bundled_client, words, place
):
    page = searched(bundled_client, words, place)
    assert not texts_of(page, NOTE)
    box = talk_names(talk_box(page))
    assert box[:1] == ["24/7 Rape & Sexual Abuse Support Line"], box


def test_guard_a_disabled_child_who_says_their_age_keeps_childline_first(bundled_client):
    """Guard (passes on main too)."""
    page = searched(bundled_client, "im 11 and i use a wheelchair, my uncle touches me", "Walsall")
    assert talk_names(talk_box(page))[:1] == ["Childline"]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("our grown up daughter told us her grandad abused her", "Ludlow"),
        # (thirty-sixth walk-through F4) the grown-up child's age said after "is"
        ("my daughter is 31 and just told me her stepdad abused her as a girl", "Chester"),
    ],
)
def test_a_parents_grown_up_child_gets_the_lines_for_adults_first(bundled_client, words, place):
    box = talk_names(talk_box(searched(bundled_client, words, place)))
    assert box[:1] == ["24/7 Rape & Sexual Abuse Support Line"], box
    assert "NSPCC Helpline" not in box[:2], box


# --- (w48note) check49 findings 1 and 3 ------------------------------------------------------

RECENT = ".app-recent"
LIFE = ".app-life-at-risk"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("a guy at the club spiked my drink and raped me", "Wolverhampton"),
        ("i think i was drugged and assaulted", "Exeter"),
    ],
)
def test_an_own_assault_with_no_time_or_age_gets_the_warning_and_the_line_for_16_and_over(
    bundled_client, words, place
):
    """It may have been days ago: the warning says "if it happened in the last few days"."""
    page = searched(bundled_client, words, place)
    assert texts_of(page, RECENT)
    assert talk_names(talk_box(page))[:1] == ["24/7 Rape & Sexual Abuse Support Line"]


def test_guard_an_assault_long_ago_gets_no_recent_warning(bundled_client):
    """Guard (passes on main too)."""
    assert not texts_of(
        searched(bundled_client, "i was raped as a teenager, im 50 now", "Exeter"), RECENT
    )


@pytest.mark.parametrize(
    ("words", "place", "warned"),
    [
        ("im 14 and ive written a goodbye note to my family", "Stockport", True),
        # (w49suicide, check50 F2) suicidal, of themselves: the warning too (was False)
        ("14 and suicidal, my uncle touched me", "Macclesfield", True),
    ],
)
def test_a_young_person_speaking_of_suicide_sees_the_lines_before_a_centre_near_them(
    bundled_client, words, place, warned
):
    """A note written to say goodbye is a plan carried out: the warning for a life at risk now.
    Either way the lines for suicide come before a forensic centre near them."""
    page = searched(bundled_client, words, place)
    assert bool(texts_of(page, LIFE)) is warned
    first_id, first_words = cards_and_words(page)[0]
    assert "sexual assault referral centre" not in first_words.casefold(), first_id


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("tonight i just want to die, my grandad abused me", "Scarborough"),
        ("i want to end my life right now", "Taunton"),
    ],
)
def test_a_wish_to_die_set_for_now_gets_the_warning_for_a_life_at_risk(
    bundled_client, words, place
):
    """(w48tonight, thirty-sixth walk-through F1) A wish said for now or tonight: the warning
    says "if your life is at risk now" (a wish with no time gets the lines, not the warning)."""
    assert texts_of(searched(bundled_client, words, place), LIFE)


def test_a_wish_with_no_time_gets_the_warning_too(bundled_client):
    """(w49suicide, check50 F2) A wish with no time gets the warning as well: it says "if your
    life is at risk now", true whenever it shows (this was a guard that it did not)."""
    assert texts_of(searched(bundled_client, "i want to die, my uncle abused me", "Taunton"), LIFE)
