"""(twenty-third Welsh review F1 and F4; w56cy) Ending one's life said the Welsh ways: "rhoi
terfyn ar fy mywyd" (put an end to my life), "rhoi diwedd arni / arno" (end it), "gwneud
amdanaf fy hun" (do away with myself: the ordinary Welsh idiom), stepping in front of a train
or lorry, and standing on top of a car park or flats ("to'r", which the cleaning makes "tor").
Before, these brought no warning and no Samariaid, where "i want to end my life" and "im on
the roof of the car park" brought both. Someone else's "gwneud amdani ei hun" is read as
theirs. Guards: putting an end to the bullying, the past, living above the flats, a father's
or sister's plan not read as the asker's own, the English twin. Other words and towns than
the review's."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

OWN_LIFE_CY = "Perygl i’ch bywyd nawr? Ffoniwch 999 neu ewch i’r adran frys."
OTHERS_LIFE_CY = "Perygl i fywyd rhywun nawr? Ffoniwch 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dw i isie rhoi terfyn ar 'y mywyd", "Llanelli"),
        ("wi moyn rhoi diwedd arno fe heno", "Pen-y-bont ar Ogwr"),
        ("dwi'n bwriadu rhoi terfyn ar bob dim", "Caernarfon"),
        ("dw i isio gwneud amdana i fy hun", "Pwllheli"),
        ("wi'n mynd i neud amdana i'n hunan", "Rhydaman"),
        ("fi'n meddwl am gamu o flaen lori", "Merthyr Tudful"),
        ("wi ar ben to'r fflatiau nawr", "Casnewydd"),
        ("dw i'n sefyll ar ymyl to'r adeilad", "Aberdaugleddau"),
    ],
)
def test_ending_ones_life_said_the_welsh_ways_warns_and_brings_samariaid_first(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OWN_LIFE_CY), words
    assert talk_names(talk_box(soup))[0] == "Samariaid", (words, talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae fy ffrind yn mynd i neud amdano'i hun heno", "Y Barri"),
        ("ma chwaer fi am wneud amdani ei hun nawr", "Treforys"),
    ],
)
def test_someone_else_doing_away_with_themselves_tonight_warns_for_them(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OTHERS_LIFE_CY), words
    assert not warned(soup, OWN_LIFE_CY), words
    assert talk_names(talk_box(soup))[0] == "Samariaid", (words, talk_box(soup))


def test_someone_else_threatening_it_brings_samariaid_first(bundled_client):
    soup = searched(bundled_client, "mae fy chwaer yn bygwth gwneud amdani ei hun", "Rhuthun", True)
    assert not warned(soup, OWN_LIFE_CY)
    assert talk_names(talk_box(soup))[0] == "Samariaid", talk_box(soup)


@pytest.mark.parametrize(
    "words",
    [
        "dwi isio rhoi diwedd ar y bwlio",
        "dw i am roi terfyn ar y berthynas",
        "nes i drio gwneud amdanaf fy hun pan o'n i'n 15",
        "dwi'n byw ar ben y fflatiau ger yr orsaf",
        "mae dad yn mynd i neud amdano'i hun",
    ],
)
def test_guard_the_bullying_the_past_a_home_and_someone_else_bring_no_own_warning(
    bundled_client, words
):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Y Rhyl", welsh=True), OWN_LIFE_CY), words


def test_guard_the_english_twin_is_unchanged(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "i want to end my life", "Rhyl")
    assert warned(soup, "If your life is at risk now, call 999 or go to A&E.")
    assert talk_names(talk_box(soup))[0] == "Samaritans"
