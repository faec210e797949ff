"""(w65stop, check63 finding 3) Stop It Now led for parents who named nobody's behaviour.

The line for people worried about their own or someone else's sexual thoughts or behaviour
(Stop It Now) was the first card, or second card and second in "Talk to someone now", for a
parent telling of a child's injury ("black eye", "bruises"), of a child missing (Welsh), and for
calm sentences about a child ("school play on friday", "lost his school shoes"): its listing
matched "my son", "child" and the parents best. For a parent whose words name no sexual thoughts
or behaviour, no conduct that may be a risk and no worry about anyone, the NSPCC and the
parents' lines come first and Stop It Now after them. A child's own sexual behaviour, an adult
messaging a child, an older boyfriend keep it (guards). Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names

STOP = "stop-it-now"
STOP_LINE = "Stop It Now helpline"
NSPCC = ("NSPCC Helpline", "Llinell Gymorth y NSPCC")


def _page(client, words: str, place: str, welsh: bool) -> tuple[list[str], list[str]]:
    soup = searched(client, words, place, welsh)
    return [sid for sid, _ in cards_and_words(soup)], talk_names(talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        # a child's harm told, nobody's behaviour named
        ("my daughter came home with a cut lip and says her stepmum did it", "Stockport", False),
        ("my son has marks on his arms and wont tell me how they happened", "Hull", False),
        ("mae fy merch 9 oed ar goll ers y bore", "Bala", True),
        # calm sentences about a child
        ("my daughter has a swimming gala on saturday", "Preston", False),
        ("my boy is off to his grans at the weekend", "Exeter", False),
        ("mae fy merch wedi colli ei chot eto", "Bangor", True),
    ],
)
def test_a_parent_naming_no_behaviour_sees_the_nspcc_before_stop_it_now(
    bundled_client, words, place, welsh
):
    cards, box = _page(bundled_client, words, place, welsh)
    assert STOP not in cards[:2], cards[:4]
    national = [sid for sid in cards if sid in ("nspcc-helpline", STOP)]
    assert national[:1] == ["nspcc-helpline"], cards[:4]
    assert box[0] in NSPCC, box
    assert STOP_LINE not in box[:2], box


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my son is 13 and keeps looking at porn on his tablet", "Norwich"),
        ("my daughters new boyfriend is 22 and she is 15", "Ipswich"),
        ("my son's swimming teacher keeps texting him", "Truro"),
    ],
)
def test_guard_a_childs_or_an_adults_conduct_keeps_stop_it_now(bundled_client, words, place):
    """Guard (passes on both trees): a child's own sexual behaviour, an older partner, an adult
    messaging a child: conduct named, Stop It Now keeps its place in the talk box."""
    _, box = _page(bundled_client, words, place, False)
    assert STOP_LINE in box, box


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("youth offending service lad aged 14 at risk of sexual exploitation", "Swindon"),
        ("youth offending team want advice on a 15 year old boy at risk of exploitation", "Bath"),
    ],
)
def test_the_youth_offending_team_is_a_professional_not_an_offender(bundled_client, words, place):
    """A youth offending team's worker about a young person at risk was read as someone
    worried about their own offending: Stop It Now first in the talk box and on the cards."""
    cards, box = _page(bundled_client, words, place, False)
    assert STOP not in cards[:2], cards[:4]
    assert STOP_LINE not in box[:1], box


def test_guard_ones_own_offending_keeps_stop_it_now(bundled_client):
    """Guard (passes on both trees): someone's own offending still reads as theirs."""
    cards, box = _page(bundled_client, "i keep offending and need help to stop", "Bath", False)
    assert box[:1] == [STOP_LINE], box
    assert cards[:1] == [STOP], cards[:3]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i thought she was my friend but she hurt me", "Boston, Lincolnshire"),
        ("i sent pics to a lad i thought was 16 turns out hes 40 and wants more", "Norwich"),
    ],
)
def test_thought_as_a_belief_is_not_someones_thoughts(bundled_client, words, place):
    """ "i thought he was 15" is a belief, not the thoughts of Stop It Now's listing: it was the
    first card for someone hurt by a friend, and second for a child sent pics to an adult."""
    cards, _ = _page(bundled_client, words, place, False)
    assert STOP not in cards[:2], cards[:4]


def test_guard_a_thought_had_keeps_stop_it_now(bundled_client):
    """Guard (passes on both trees): "thought of touching a child" is a thought had."""
    cards, _ = _page(bundled_client, "i thought of touching a child and it scares me", "Ely", False)
    assert cards[:1] == [STOP], cards[:3]
