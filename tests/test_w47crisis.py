"""(lane w47crisis, check46 F1, F4, F5) Someone in crisis now.

1. A plan or an act of suicide or self-harm ("tablets saved up for tonight", "bought a rope",
   "going to jump off the bridge", "took a whole packet of paracetamol", Welsh "wedi cymryd
   gormod o dabledi") is read as words of suicide: a line for thoughts of suicide is in the
   "Talk to someone now" box. The plan brought Childline alone, or the rape line and Victim
   Support, and no suicide line.
2. An act done or under way (an overdose taken, a cut that will not stop bleeding) puts a plain
   warning first: call 999 now or go to A&E, in Welsh too. Not for a wish ("want to die"), nor
   for an overdose long ago, nor for "my tablets" (guards).
"""

import pytest

from tests.helpers import searched, talk_box, texts_of

#: the lines for thoughts of suicide or for anyone struggling, as the talk box names them
SUICIDE_LINES = ("Samaritans", "Samariaid", "HOPELINE247")
ACT_WARNING = ".app-act-taken"


def _has_suicide_line(box: list[str]) -> bool:
    return any(line.startswith(SUICIDE_LINES) for line in box)


#: a plan or an act, with no word of the thesaurus's ("want to die", "kill myself")
PLANS_AND_ACTS = [
    ("my stepbrother abused me and ive got tablets saved up for tonight", "Bradford"),
    ("ive bought a rope, my grandad abused me when i was little, im 44", "Exeter"),
    ("im going to jump off the bridge after what my uncle did", "Bristol"),
    ("i took a whole packet of paracetamol, my stepfather abused me", "Swindon"),
    ("abused by my older cousin for years, i've said my goodbyes to everyone", "Stoke-on-Trent"),
]


@pytest.mark.parametrize(("words", "place"), PLANS_AND_ACTS)
def test_a_plan_or_act_of_suicide_brings_a_suicide_line_to_the_talk_box(
    bundled_client, words, place
):
    box = talk_box(searched(bundled_client, words, place))
    assert _has_suicide_line(box), box


#: an overdose taken, or a cut that will not stop bleeding, now
ACTS_DONE = [
    ("i took a whole packet of paracetamol, my stepfather abused me", "Swindon"),
    ("i od'd on my mums tablets an hour ago", "Carlisle"),
    ("cut myself and it wont stop bleeding, my brother abuses me", "Lincoln"),
    ("ive just overdosed, my uncle raped me", "Wakefield"),
]


@pytest.mark.parametrize(("words", "place"), ACTS_DONE)
def test_an_act_done_says_first_to_call_999_or_go_to_a_and_e(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    warning = texts_of(soup, ACT_WARNING)
    assert warning and "call 999 now or go to A&E" in warning[0], warning
    # first: before the talk box and every card
    html = str(soup)
    assert html.index("app-act-taken") < html.index('id="talk-now-title"')
    assert _has_suicide_line(talk_box(soup)), talk_box(soup)


def test_an_overdose_taken_said_in_welsh_gets_the_warning_in_welsh(bundled_client):
    soup = searched(bundled_client, "dw i wedi cymryd gormod o dabledi", "Bangor", welsh=True)
    warning = texts_of(soup, ACT_WARNING)
    assert warning and "ffoniwch 999 nawr" in warning[0], warning
    assert _has_suicide_line(talk_box(soup)), talk_box(soup)


#: guards (pass on main too): a wish, an overdose long ago, everyday tablets, an odd feeling
NO_ACT = [
    ("i want to die, my uncle abused me", "Leeds"),
    ("i took an overdose when i was 15, im 30 now, my dad abused me", "York"),
    ("i took my tablets this morning but i still cant sleep since my stepdad", "Hull"),
    ("something odd about my neighbour and the kids", "Reading"),
    ("i was raped last night and im bleeding", "Preston"),
]


@pytest.mark.parametrize(("words", "place"), NO_ACT)
def test_no_warning_of_an_act_for_a_wish_or_the_past(bundled_client, words, place):
    assert not texts_of(searched(bundled_client, words, place), ACT_WARNING)
