"""(lane w48cy2, nineteenth session) Welsh words for a life at risk (seventeenth Welsh review).

1. (F3) An overdose taken, told by a medicine named and how much of it: paracetamol as on the
   packet, mutated after "o" ("o baracetamol"), ibuprofen, a count in digits or in Welsh words
   with the singular Welsh uses after a numeral ("24 tabled"); in English, "too much" of a
   medicine named. The page says first to call 999 or go to A&E, and the talk box has the
   suicide lines.
2. (F2) A plan set for now or tonight, said as "cymryd fy mywyd (fy hun)" (take my own life),
   or as the means in hand and "going to do it" now ("mae gyda fi gyllell a dw i'n mynd i'w neud
   e"), in Welsh and in English: the warning for a life at risk now, and the suicide lines.
3. (F4) A cut and heavy bleeding told in one sentence ("wedi torri fy arddwrn ac mae o'n
   gwaedu'n ofnadwy", "slit my wrists and theres loads of blood"): the warning to call 999 or
   go to A&E, and the suicide lines.
"""

import pytest

from tests.helpers import searched, talk_box, texts_of

ACT_WARNING = ".app-act-taken"
PLAN_WARNING = ".app-life-at-risk"
#: the lines for thoughts of suicide, as the talk box names them
SUICIDE_LINES = ("Samaritans", "Samariaid", "HOPELINE247")


def _has_suicide_line(box: list[str]) -> bool:
    return any(line.startswith(SUICIDE_LINES) for line in box)


def _warned_first(soup, css: str) -> bool:
    html = str(soup)
    return bool(texts_of(soup, css)) and html.index(f"app-{css[5:]}") < html.index(
        'id="talk-now-title"'
    )


# --- 1. an overdose taken, by a medicine named and how much ----------------------------------

OVERDOSES_COUNTED = [
    ("dwi newydd lyncu deugain o dabledi ibuprofen", "Pwllheli", True),
    ("dw i di cymryd 24 tabled, ces i fy ngham-drin gan fy llystad", "Hwlffordd", True),
    ("nes i gymryd pecyn o baracetamol gyda fodca", "Y Rhyl", True),
    ("dw i wedi cymryd llwyth o ibuprofen", "Aberhonddu", True),
    ("ive just taken way too much ibuprofen", "Ipswich", False),
    ("i took twelve co-codamol after what my uncle did", "Carlisle", False),
]

#: (3.) a cut that is bleeding heavily: the same warning as an overdose taken
CUTS_BLEEDING = [
    ("dwi newydd dorri fy arddwrn ac mae o'n gwaedu'n ofnadwy", "Porthmadog", True),
    ("dw i wedi torri fy hunan, mae'n gwaedu llawer", "Aberdâr", True),
    ("i slit my wrists and theres loads of blood", "Norwich", False),
    ("ive just cut my thigh and its bleeding everywhere", "Lincoln", False),
]


@pytest.mark.parametrize(
    ("words", "place", "welsh"), [*OVERDOSES_COUNTED, *CUTS_BLEEDING]
)  # (an overdose counted, or a cut bleeding heavily: the same warning)
def test_an_overdose_counted_or_a_cut_bleeding_says_first_to_call_999(
    bundled_client, words, place, welsh
):
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert _warned_first(soup, ACT_WARNING), texts_of(soup, ACT_WARNING)
    assert _has_suicide_line(talk_box(soup)), talk_box(soup)


#: a dose, one tablet, or an overdose long ago (guards: main gave no warning for these either)
NOT_AN_OVERDOSE_NOW = [
    ("dw i wedi cymryd dau baracetamol am fy mhen tost", "Y Bala", True),
    ("dw i wedi cymryd tabled cysgu ond dw i'n dal ar ddihun", "Tywyn", True),
    ("cymerais i 40 tabled flynyddoedd yn ôl ar ôl i fy nhad fy ngham-drin", "Rhuthun", True),
]


@pytest.mark.parametrize(("words", "place", "welsh"), NOT_AN_OVERDOSE_NOW)
def test_no_overdose_warning_for_a_dose_or_long_ago(bundled_client, words, place, welsh):
    assert not texts_of(searched(bundled_client, words, place, welsh=welsh), ACT_WARNING)


# --- 2. a plan set for now or tonight -------------------------------------------------------

PLANS_SET_FOR_NOW = [
    (
        "dwi'n mynd i gymryd fy mywyd fy hunan nawr, ges i fy ngham-drin gan fy nhaid",
        "Llandudno",
        True,
    ),
    ("mae gyda fi gyllell a dw i'n mynd i'w neud e heno", "Caerfyrddin", True),
    ("dw i wedi prynu rhaff ac am ei wneud o heddiw", "Dolgellau", True),
    ("ive got a knife and im gonna do it right now", "Exeter", False),
    ("I am going to take my life today", "Derby", False),
]


@pytest.mark.parametrize(("words", "place", "welsh"), PLANS_SET_FOR_NOW)
def test_a_plan_set_for_now_says_first_your_life_is_at_risk(bundled_client, words, place, welsh):
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert _warned_first(soup, PLAN_WARNING), texts_of(soup, PLAN_WARNING)
    assert _has_suicide_line(talk_box(soup)), talk_box(soup)


def test_a_rope_in_welsh_brings_the_suicide_lines(bundled_client):
    """A rope in hand with no time said: Samariaid, as "i have a rope" brings Samaritans."""
    soup = searched(bundled_client, "mae gyda fi raff yn y sied", "Machynlleth", welsh=True)
    assert _has_suicide_line(talk_box(soup)), talk_box(soup)


#: a knife for supper, someone else's life, a rope for a swing (guards: main was silent too)
NOT_A_PLAN_NOW = [
    ("mae gen i gyllell yn y gegin a dw i'n mynd i wneud swper heno", "Caernarfon"),
    ("mae gen i raff i'r siglen a dw i'n mynd i'w wneud e heddiw", "Llanidloes"),
]


@pytest.mark.parametrize(("words", "place"), NOT_A_PLAN_NOW)
def test_no_plan_warning_for_a_knife_for_supper_or_a_rope_swing(bundled_client, words, place):
    assert not texts_of(searched(bundled_client, words, place, welsh=True), PLAN_WARNING)


# --- 3. a cut that is bleeding heavily (its warning's test is the overdose's, above) ---------


#: a leg broken at football, bleeding with no cut, or someone else's knife: no overdose or
#: self-harm warning (guards: main gave none either)
NOT_A_CUT_OF_ONESELF = [
    ("dw i wedi torri fy nghoes yn chwarae pêl-droed ac mae'n gwaedu lot", "Y Fenni", True),
    ("mae fy nhrwyn yn gwaedu lot", "Llangefni", True),
    ("he cut my arm with a knife and there was so much blood", "Hull", False),
]


@pytest.mark.parametrize(("words", "place", "welsh"), NOT_A_CUT_OF_ONESELF)
def test_no_act_warning_for_a_broken_leg_a_nosebleed_or_someone_elses_knife(
    bundled_client, words, place, welsh
):
    assert not texts_of(searched(bundled_client, words, place, welsh=welsh), ACT_WARNING)
