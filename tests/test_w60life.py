"""(w60life, check61 findings 1 and 2) Self-harm bleeding now and suicide said other ways.

"i cut my wrists and it wont stop" and "my wrist wont stop bleeding" had no warning, no
Samaritans, and the first card was the line for people worried about their own sexual
thoughts; "tying the rope now", "killing myself tonight" and "unalive myself" had no warning.
Other words and towns than the report's; Welsh where the report had Welsh.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names, warned

HURT_EN = "If you have taken an overdose or are badly hurt, call 999 now or go to A&E."
HURT_CY = "Os ydych chi wedi cymryd gorddos neu wedi’ch anafu’n ddrwg"
LIFE_EN = "If your life is at risk now, call 999 or go to A&E."
LIFE_CY = "Perygl i’ch bywyd nawr? Ffoniwch 999 neu ewch i’r adran frys."
ANY_WARNING = ("999", "A&E")


def _first_card(soup) -> str:
    cards = cards_and_words(soup)
    return cards[0][0] if cards else ""


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ive slashed my arm and it wont stop", "Carlisle"),
        ("both my wrists wont stop bleeding", "Lancaster"),
        ("i just slit my wrist", "Grimsby"),
        ("i sliced myself really deep", "Yeovil"),
        ("cut my thigh badly tonight", "Barrow-in-Furness"),
    ],
)
def test_own_cut_bleeding_now_warns_badly_hurt_with_samaritans_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, HURT_EN), words
    assert talk_names(talk_box(soup))[0] == "Samaritans", (words, talk_box(soup))
    assert "Stop It Now" not in _first_card(soup), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dw i wedi torri fy hunan yn ddwfn", "Caernarfon"),
        ("nes i dorri fy hun a dw i'n dal i waedu", "Llandudno"),
    ],
)
def test_welsh_cut_badly_or_bleeding_warns_badly_hurt_with_samariaid_first(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, HURT_CY), words
    assert talk_names(talk_box(soup))[0] == "Samariaid", (words, talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("got a razor and im going to cut myself", "Scunthorpe"),
        ("ive got a stanley knife and i will stab myself", "Kettering"),
        ("tied the rope to the banister now", "Hartlepool"),
        ("ending my life tonight", "Gloucester"),
        ("gonna unalive myself", "Worcester"),
        ("i need to unalive", "Bath"),
    ],
)
def test_own_life_said_other_ways_warns_life_at_risk_with_samaritans_first(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, LIFE_EN) or warned(soup, HURT_EN), words
    assert talk_names(talk_box(soup))[0] == "Samaritans", (words, talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae gen i lafn a dwi isio brifo fy hun", "Aberystwyth"),
        ("dwi am niweidio fy hun hefo cyllell", "Bangor"),
    ],
)
def test_welsh_blade_to_hurt_oneself_warns_life_with_samariaid_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, LIFE_CY), words
    assert talk_names(talk_box(soup))[0] == "Samariaid", (words, talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on integrate too): the past, someone else, a rope for a boat,
        # "killing me" of homework
        ("i slit my wrists years ago and still have the scars", "Carlisle"),
        ("i used to slash my arms when i was 14", "Lancaster"),
        ("my brother has a knife and wants to hurt himself", "Grimsby"),
        ("tying the rope to the boat now", "Whitby"),
        ("this essay is killing me tonight", "Yeovil"),
        ("i cut my wrist on the fence climbing over", "Whitby"),
    ],
)
def test_past_someone_else_or_everyday_gets_no_own_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert not warned(soup, HURT_EN), words
    assert not warned(soup, LIFE_EN), words
