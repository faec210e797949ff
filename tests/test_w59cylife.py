"""(twenty-fourth Welsh review F2, F3, F9; w59cylife) One's own life at risk said the other
ways Wales says it: the English verb with "-io" ("killio fy hun", "jwmpio oddi ar y
clogwyn"), ready to die, wishing to be dead, a plan to die, a car driven into a tree; and
despair ("i'w gorffen hi heno", "well gen i farw", "methu cario mlaen", tablets "i orffen
popeth"). Each beside its English twin in the same town. Guards: ready to go out, exhausted,
a jump into a pool on holiday, killing time, a film about suicide, not ready to die, the past,
carrying on with a course. Other words and towns than the review's."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

OWN_LIFE_CY = "Perygl i’ch bywyd nawr? Ffoniwch 999 neu ewch i’r adran frys."
OWN_LIFE_EN = "If your life is at risk now, call 999 or go to A&E."


@pytest.mark.parametrize(
    ("welsh", "english", "place"),
    [
        ("wi moyn killio'n hunan", "i want to kill myself", "Rhydaman"),
        ("dw i am gilio fy hun heno", "im going to kill myself tonight", "Dolgellau"),
        ("dwi isio jwmpio oddi ar y clogwyn", "i want to jump off the cliff", "Aberteifi"),
        ("fi'n mynd i jympo off y to nawr", "im going to jump off the roof now", "Pontypridd"),
        ("rwy'n hollol barod i farw", "im ready to die", "Hwlffordd"),
        ("licen i farw", "i wish i was dead", "Llanymddyfri"),
        ("baswn i'n licio bod yn farw", "i wish i was dead", "Porthmadog"),
        ("ma gen i blan i farw wythnos nesa", "i have a plan to die next week", "Y Bala"),
        (
            "dw i am ddreifio fy nghar i goeden heno",
            "im going to drive my car into a tree tonight",
            "Aberhonddu",
        ),
    ],
)
def test_own_life_at_risk_said_the_other_welsh_ways_warns_and_brings_samariaid_first(
    bundled_client, welsh, english, place
):
    soup = searched(bundled_client, welsh, place, welsh=True)
    assert warned(soup, OWN_LIFE_CY), welsh
    assert talk_names(talk_box(soup))[0] == "Samariaid", (welsh, talk_box(soup))
    # the English twin, in the same town, has the warning too
    assert warned(searched(bundled_client, english, place), OWN_LIFE_EN), english


@pytest.mark.parametrize(
    ("welsh", "english", "place"),
    [
        ("wi'n mynd i'w chwpla hi nawr", "im going to finish it tonight", "Llandeilo"),
        ("dwi di cael pils i orffen bob dim", "ive bought pills to end everything", "Biwmares"),
        ("well 'da fi fod yn farw", "id rather be dead", "Tredegar"),
        ("dw i'n methu mynd mlaen fel hyn", "i cant carry on like this", "Llangefni"),
        ("fi 'di cadw digon o dabledi i neud o", "ive saved enough tablets to do it", "Y Fflint"),
    ],
)
def test_despair_said_the_other_welsh_ways_brings_samariaid_first_as_english(
    bundled_client, welsh, english, place
):
    soup = searched(bundled_client, welsh, place, welsh=True)
    assert talk_names(talk_box(soup))[0] == "Samariaid", (welsh, talk_box(soup))
    english_soup = searched(bundled_client, english, place)
    assert talk_names(talk_box(english_soup))[0] == "Samaritans", english


@pytest.mark.parametrize(
    "words",
    [
        "dwi'n barod i fynd allan heno",
        "dw i wedi blino'n lân",
        "dw i ddim yn barod i farw",
        "bron i fi farw o gywilydd, ro'n i'n barod i farw o gywilydd",
        "ni'n mynd i jympio i'r pwll ar ein gwyliau",
        "dwi isio neidio oddi ar y clogwyn i'r môr efo'n ffrindiau ar wyliau",
        "dwi jyst yn lladd amser cyn y gig",
        "gwyliais i ffilm am hunanladdiad neithiwr",
        "hoffwn i farw'n hen yn fy ngwely",
        "nes i yrru'r car i mewn i wal llynedd yn yr eira",
        "sa i'n gallu cario mlaen gyda'r cwrs",
        "mae angen tabledi arna i i orffen y cwrs",
        "athrawes ydw i, roedd disgybl yn arfer dweud ei bod hi'n barod i farw",
    ],
)
def test_guard_going_out_tired_holidays_killing_time_a_film_and_the_past_bring_no_warning(
    bundled_client, words
):
    # guard: passes before and after the change
    soup = searched(bundled_client, words, "Aberystwyth", welsh=True)
    assert not warned(soup, OWN_LIFE_CY), words


@pytest.mark.parametrize(
    "words",
    [
        "dwi'n barod i fynd allan heno",
        "ni'n mynd i jympio i'r pwll ar ein gwyliau",
        "dwi jyst yn lladd amser cyn y gig",
        "sa i'n gallu cario mlaen gyda'r cwrs",
        "mae angen tabledi arna i i orffen y cwrs",
    ],
)
def test_guard_everyday_sayings_do_not_put_samariaid_first(bundled_client, words):
    # guard: passes before and after the change
    soup = searched(bundled_client, words, "Caerfyrddin", welsh=True)
    names = talk_names(talk_box(soup))
    assert not names or names[0] != "Samariaid", (words, names)


@pytest.mark.parametrize(
    ("english", "place"),
    [
        ("im ready to go out tonight", "Aberystwyth"),
        ("im absolutely exhausted", "Aberystwyth"),
        ("we are going to jump into the pool on holiday", "Aberystwyth"),
        ("just killing time before the gig", "Aberystwyth"),
        ("i watched a film about suicide last night", "Aberystwyth"),
    ],
)
def test_guard_the_english_twins_of_the_guards_bring_no_warning(bundled_client, english, place):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, english, place), OWN_LIFE_EN), english
