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


# --- 3. the note to ask a grown-up (check46 F4) ---------------------------------------------

NOTE = ".app-none-alone"


def _under_the_note(soup) -> list[str]:
    """The words of each card the "ask a grown-up" note stands above (none without it)."""
    note = soup.select_one(NOTE)
    if note is None:
        return []
    listed = note.find_next_sibling("ul")
    return [" ".join(card.get_text().split()) for card in listed.select("li.app-result")]


#: no age said, a relative named as who abused them in the past: maybe an adult
NO_AGE_NOT_A_CHILDS_WORDS = [
    ("my cousin abused me and i want to end my life", "Leeds"),
    ("my grandad raped me, i dont want to be alive", "Norwich"),
    ("i took loads of tablets because of what my brother did", "Coventry"),
    ("my stepfather abused me for years and i feel suicidal", "Cardiff"),
]


@pytest.mark.parametrize(("words", "place"), NO_AGE_NOT_A_CHILDS_WORDS)
def test_no_grown_up_note_for_someone_whose_age_is_unknown(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert not texts_of(soup, NOTE), texts_of(soup, NOTE)


#: a child's words, no age said, near a service whose listing says you can contact it yourself
CHILDS_WORDS_NEAR_SELF_REFERRAL = [
    ("my stepbrother keeps coming into my room at night", "Norwich"),
    ("my mums boyfriend touches me when shes at work", "Brighton"),
    ("my uncle keeps touching me", "Manchester"),
]


@pytest.mark.parametrize(("words", "place"), CHILDS_WORDS_NEAR_SELF_REFERRAL)
def test_the_note_never_stands_above_a_service_you_can_contact_yourself(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    for card in _under_the_note(soup):
        assert "You can contact them yourself" not in card, card


#: guards (pass on main too): a child who says their age, near services they cannot reach alone
CHILDREN_WHO_SAY_THEIR_AGE = [
    ("im 11 and my stepbrother keeps touching me", "Coventry"),
    ("im 9 my dad hurts me", "Bristol"),
]


@pytest.mark.parametrize(("words", "place"), CHILDREN_WHO_SAY_THEIR_AGE)
def test_a_young_child_still_gets_the_grown_up_note(bundled_client, words, place):
    assert texts_of(searched(bundled_client, words, place), NOTE)


# --- 4. Welsh pages as the English for suicide (check46 F5) ---------------------------------

#: a Welsh adult abused as a child who wants to die or to kill themselves, in Wales
WELSH_ADULTS_IN_CRISIS = [
    ("dw i n 40 oed, cefais fy ngham-drin gan fy ewythr, dw i ddim eisiau byw", "Aberteifi"),
    ("cafodd fy ngham-drin gan fy nhad pan oeddwn in fach, dw i isio lladd fy hun", "Bangor"),
    ("dyn 52 ydw i, cam-drin rhywiol yn blentyn, dw i eisiau marw", "Y Drenewydd"),
]


@pytest.mark.parametrize(("words", "place"), WELSH_ADULTS_IN_CRISIS)
def test_a_welsh_adult_who_wants_to_die_sees_samariaid_first(bundled_client, words, place):
    box = talk_box(searched(bundled_client, words, place, welsh=True))
    assert box[0].startswith("Samariaid"), box


#: a Welsh young person who does not want to live or hurts themselves, with no English word
WELSH_YOUNG_PEOPLE = [
    ("dwi n 15 a dwi ddim isio byw ddim mwy", "Wrecsam"),
    ("dw i n 14, sa i moyn byw rhagor", "Llanelli"),
    ("mae fy mrawd yn fy ngham-drin a dw i n brifo fy hun, dwi n 13", "Llandudno"),
]


@pytest.mark.parametrize(("words", "place"), WELSH_YOUNG_PEOPLE)
def test_a_welsh_young_person_gets_the_young_peoples_suicide_line(bundled_client, words, place):
    box = talk_box(searched(bundled_client, words, place, welsh=True))
    assert any(line.startswith("HOPELINE247") for line in box), box
    assert box[0].startswith("Llinell gymorth Meic"), box  # the line for children first (guard)


#: guards (pass on main too): English in Wales keeps its order; a Welsh child keeps Meic first
def test_english_words_in_wales_keep_samaritans_first(bundled_client):
    box = talk_box(searched(bundled_client, "abused as a boy, now 45 and i want to die", "Bala"))
    assert any(line.startswith("Samaritans") for line in box[:2]), box


#: guards (pass on main too): words that only look like a plan
NOT_A_PLAN = [
    ("my dad will hang me if he finds out i told, he touches me", "Stockport"),
    ("we have a rope swing and my uncle pushes me on it and touches me", "Ipswich"),
]


@pytest.mark.parametrize(("words", "place"), NOT_A_PLAN)
def test_words_that_only_look_like_a_plan_bring_no_suicide_line(bundled_client, words, place):
    box = talk_box(searched(bundled_client, words, place))
    assert not _has_suicide_line(box), box


# --- 5. the time of a plan is not the time of an assault ------------------------------------

RECENT = ".app-recent"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my stepbrother abused me and ive got tablets saved up for tonight", "Bradford"),
        ("my uncle abused me for years, going to jump off the bridge tonight", "Chester"),
    ],
)
def test_a_plan_for_tonight_is_not_an_assault_in_the_last_few_days(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert not texts_of(soup, RECENT), texts_of(soup, RECENT)
    assert _has_suicide_line(talk_box(soup)), talk_box(soup)


def test_an_assault_last_night_with_a_plan_still_gets_the_warning(bundled_client):
    # guard (passes on main too)
    soup = searched(bundled_client, "my uncle raped me last night and im going to end it", "York")
    assert texts_of(soup, RECENT)
