"""(lane w48crisis, nineteenth session) Someone in crisis, and the note that tells a child to
ask a grown-up.

1. (sixteenth Welsh review F1) An overdose taken, said in Welsh as the English is said ("newydd"
   for just, the article with "i gyd" or "yr holl" for all of them, English loan words in a
   Welsh sentence), gets the warning to call 999 or go to A&E, in Welsh, and Samariaid.
"""

import pytest

from tests.helpers import searched, talk_box, texts_of

ACT_WARNING = ".app-act-taken"
#: the lines for thoughts of suicide, as the talk box names them
SUICIDE_LINES = ("Samaritans", "Samariaid", "HOPELINE247")


def _has_suicide_line(box: list[str]) -> bool:
    return any(line.startswith(SUICIDE_LINES) for line in box)


# --- 1. an overdose taken, in Welsh ---------------------------------------------------------

WELSH_OVERDOSES = [
    ("dwi newydd lyncu llwyth o bils, mae fy llystad yn fy ngham-drin", "Caernarfon"),
    ("dw i wedi cymryd yr holl dabledi cysgu", "Aberystwyth"),
    ("dwi di cymryd fy painkillers i gyd heno", "Llanelli"),
    ("dw i newydd gymryd od", "Wrecsam"),
    ("dw i wedi llyncu'r tabledi i gyd ar ôl beth wnaeth fy ewythr", "Dinbych"),
]


@pytest.mark.parametrize(("words", "place"), WELSH_OVERDOSES)
def test_an_overdose_taken_in_welsh_says_first_to_call_999(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    warning = texts_of(soup, ACT_WARNING)
    assert warning and "ffoniwch 999 nawr" in warning[0], warning
    html = str(soup)
    assert html.index("app-act-taken") < html.index('id="talk-now-title"')
    assert _has_suicide_line(talk_box(soup)), talk_box(soup)


#: everyday tablets taken (a guard: passes on main too), and an overdose long ago, which main
#: warned of as taken now
WELSH_NOT_AN_OVERDOSE_NOW = [
    ("dw i wedi cymryd fy nhabledi bore ma ond dwi methu cysgu", "Bangor"),
    ("wnes i gymryd gorddos flynyddoedd yn ôl, cefais fy ngham-drin yn blentyn", "Conwy"),
]


@pytest.mark.parametrize(("words", "place"), WELSH_NOT_AN_OVERDOSE_NOW)
def test_no_overdose_warning_for_everyday_tablets_or_long_ago(bundled_client, words, place):
    assert not texts_of(searched(bundled_client, words, place, welsh=True), ACT_WARNING)


# --- 2. a plan said as now; not coping ------------------------------------------------------

PLAN_WARNING = ".app-life-at-risk"

#: the means in hand or in front of them, the act about to be done or going to be done by a
#: way named, or set for tonight
PLANS_NOW = [
    ("ive got all my tablets lined up on the bed", "Stoke-on-Trent", False),
    ("im about to end it, my brother abused me as a kid", "Plymouth", False),
    ("gonna jump in front of a train tonight", "Swindon", False),
    ("my stepfather raped me for years and im holding a knife to my wrist", "Luton", False),
    ("mae'r tabledi i gyd o fy mlaen i", "Caerdydd", True),
    ("dw i'n mynd i lyncu'r pils i gyd heno", "Bangor", True),
    # (thirty-ninth walk-through F1) the pills got out, or named and then all to be taken
    ("got my painkillers out and im gonna swallow every one of them", "Kettering", False),
    ("i have paracetamol here and i will take all of them after what he did", "Stroud", False),
]


@pytest.mark.parametrize(("words", "place", "welsh"), PLANS_NOW)
def test_a_plan_said_as_now_says_first_to_call_999_or_go_to_a_and_e(
    bundled_client, words, place, welsh
):
    soup = searched(bundled_client, words, place, welsh=welsh)
    warning = texts_of(soup, PLAN_WARNING)
    said = "Ffoniwch 999 neu ewch i’r adran frys" if welsh else "call 999 or go to A&E"
    assert warning and said in warning[0], warning
    html = str(soup)
    assert html.index("app-life-at-risk") < html.index('id="talk-now-title"')
    assert not texts_of(soup, ACT_WARNING)  # nothing taken: not "if you have taken an overdose"
    assert _has_suicide_line(talk_box(soup)), talk_box(soup)


def test_a_plan_set_for_tonight_is_not_an_assault_in_the_last_few_days(bundled_client):
    soup = searched(
        bundled_client, "my uncle abused me when i was 8, im going to overdose tonight", "Derby"
    )
    assert texts_of(soup, PLAN_WARNING)
    assert not texts_of(soup, ".app-recent"), texts_of(soup, ".app-recent")


#: guards (pass on main too): someone else's words, everyday tablets. (w49suicide, check50 F2:
#: a wish of one's own with no time, "i want to end my life", now gets the warning: see
#: tests/test_w49suicide.py)
NOT_A_PLAN_NOW = [
    ("my son keeps saying he will jump off the bridge", "Chester"),
    ("i will take my tablets tonight before bed, i still cant sleep since the abuse", "Hull"),
    ("i got my nans pills out of the cupboard for her and she will take them all with tea", "Ely"),
]


@pytest.mark.parametrize(("words", "place"), NOT_A_PLAN_NOW)
def test_no_plan_warning_for_a_wish_or_someone_else(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=words.startswith("dw i"))
    assert not texts_of(soup, PLAN_WARNING), texts_of(soup, PLAN_WARNING)


#: an adult who says they are not coping: Samaritans' listing says it is for this
ADULTS_NOT_COPING = [
    ("woman 52, abused by my brother growing up, not coping at all", "Exeter", False),
    ("im 41 and struggling to cope since i remembered what my uncle did", "Bolton", False),
    ("dyn 47 ydw i, cam-drin yn blentyn, dw i ddim yn ymdopi", "Caerfyrddin", True),
]


@pytest.mark.parametrize(("words", "place", "welsh"), ADULTS_NOT_COPING)
def test_an_adult_not_coping_gets_a_line_for_anyone_struggling(bundled_client, words, place, welsh):
    box = talk_box(searched(bundled_client, words, place, welsh=welsh))
    assert any(line.startswith(("Samaritans", "Samariaid")) for line in box), box
    assert not box[0].startswith(("Samaritans", "Samariaid")), box  # the abuse line first


#: guards (pass on main too): a child not coping keeps the children's lines; other words of
#: distress keep the box as it was (the thirty-fifth walk-through read that as right)
def test_a_child_not_coping_keeps_childline_first(bundled_client):
    box = talk_box(searched(bundled_client, "im 13 and i cant cope, my uncle touches me", "Hull"))
    assert box[0].startswith("Childline"), box


def test_falling_apart_alone_brings_no_samaritans(bundled_client):
    words = "man of 60, abused by a teacher as a boy and im falling apart"
    box = talk_box(searched(bundled_client, words, "Ipswich"))
    assert not any(line.startswith("Samaritans") for line in box), box


# --- 3. a place or a person between the assault and its time (check48 F3) ------------------

RECENT = ".app-recent"

#: the act, then where or by whom, then the time, then a wish or a worry after it
RECENT_WITH_A_PLACE = [
    ("im 16, he raped me at his mates house on friday and i dont want my dad to find out", "Hove"),
    ("he touched me in his car after school yesterday, i need help but im scared", "Leicester"),
    ("my boyfriend raped me at his flat on friday night and i want to talk to someone", "Hastings"),
]


@pytest.mark.parametrize(("words", "place"), RECENT_WITH_A_PLACE)
def test_a_place_between_the_assault_and_its_time_keeps_the_warning(bundled_client, words, place):
    assert texts_of(searched(bundled_client, words, place), RECENT)


def test_a_place_between_the_assault_and_its_time_keeps_the_warning_in_welsh(bundled_client):
    # guard (passes on main too)
    words = "ges i fy nhreisio mewn parti nos Wener, dw i ddim eisiau i dad wybod"
    assert texts_of(searched(bundled_client, words, "Aberystwyth", welsh=True), RECENT)


#: guards (pass on main too): a flashback at a place, abuse long ago met again at a party
NOT_RECENT_WITH_A_PLACE = [
    ("i had a flashback at work yesterday and i want to talk, abused as a child", "Leeds"),
    ("he raped me at a party last year, i want counselling", "Leeds"),
]


@pytest.mark.parametrize(("words", "place"), NOT_RECENT_WITH_A_PLACE)
def test_no_recent_warning_for_a_flashback_or_long_ago(bundled_client, words, place):
    assert not texts_of(searched(bundled_client, words, place), RECENT)


# --- 4. the note to ask a grown-up, where it helps (check48 F4) -----------------------------

NOTE = ".app-none-alone"

#: a child who says their age and that they cannot phone: the box gives lines to text or chat to
CHILDREN_WHO_CANNOT_PHONE = [
    ("im 11 and i cant call anyone, my stepdad would hear, he touches me", "Bradford", False),
    (
        "im 12 and cant use the phone because my mums boyfriend listens, he does stuff to me",
        "Leicester",
        False,
    ),
    (
        "dw i'n 13 a dw i ddim yn gallu siarad ar y ffôn, mae fy nhad yn fy nghyffwrdd",
        "Y Trallwng",
        True,
    ),
]


@pytest.mark.parametrize(("words", "place", "welsh"), CHILDREN_WHO_CANNOT_PHONE)
def test_a_child_who_cannot_phone_is_not_told_to_ask_a_grown_up(
    bundled_client, words, place, welsh
):
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert not texts_of(soup, NOTE), texts_of(soup, NOTE)
    first = talk_box(soup)[0]
    assert any(way in first for way in ("Chat online", "Text", "Sgwrsiwch", "Tecstiwch")), first


#: no age said: whether a service takes them alone depends on an age the words do not give
NO_AGE_SAID = [
    ("my stepdad comes in my room at night", "Bradford"),
    ("my brother keeps touching me at night", "Wakefield"),
]


@pytest.mark.parametrize(("words", "place"), NO_AGE_SAID)
def test_no_grown_up_note_when_no_age_is_said(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert not texts_of(soup, NOTE), texts_of(soup, NOTE)
    assert talk_box(soup)[0].startswith("Childline"), talk_box(soup)


def test_a_young_child_who_says_their_age_keeps_the_note(bundled_client):
    # guard (passes on main too): a child of 8 whose local services take children via an adult
    assert texts_of(searched(bundled_client, "im 8 and my grandad touches me", "Leicester"), NOTE)


# --- 5. a parent's own child who harmed a brother or sister, in Welsh (Welsh review F3) -----

#: a parent telling in Welsh that their own child did something sexual to another child
WELSH_PARENTS_OF_A_CHILD_WHO_HARMED = [
    ("mae fy merch 13 oed wedi gwneud pethau rhywiol i'w brawd iau", "Abertawe"),
    ("mae fy mab 15 wedi cyffwrdd yn rhywiol â'i gefnder bach", "Wrecsam"),
    ("mae fy mab yn 12 ac wedi cam-drin ei hanner chwaer", "Aberhonddu"),
]


@pytest.mark.parametrize(("words", "place"), WELSH_PARENTS_OF_A_CHILD_WHO_HARMED)
def test_a_welsh_parent_whose_child_harmed_another_gets_stop_it_now(bundled_client, words, place):
    box = talk_box(searched(bundled_client, words, place, welsh=True))
    assert any(line.startswith("Stop It Now") for line in box), box


def test_a_welsh_parent_whose_child_was_abused_by_a_brother_keeps_the_box(bundled_client):
    # guard (passes on main too): the child abused, not the child who did it
    words = "mae fy mab wedi cael ei gam-drin gan ei frawd"
    box = talk_box(searched(bundled_client, words, "Bangor", welsh=True))
    assert not any(line.startswith("Stop It Now") for line in box), box
