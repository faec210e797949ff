"""(twenty-fourth Welsh review F8; w59cylife) A young person's own images held over them,
shared or posted, or grooming said in Welsh ("bygwth anfon fy lluniau … oni bai fy mod i'n
talu", "ma hi'n blacmelio fi efo fideo", "rhannu llunie ohona i", "ma fe'n grwmio fi"): the
Welsh page now has the English twin's first cards, Report Remove first where images are held
over them, CEOP and IWF, and never Stop It Now (the line for people worried about their own
thoughts) among the first five. Guard: pictures of one's own children on holiday bring no Stop
It Now in either language. Other words and towns than the review's."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched

STOP_IT_NOW = ("stop-it-now", "stop-it-now-wales")


def _first_five(soup) -> list[str]:
    return [sid for sid, _ in cards_and_words(soup)[:5]]


@pytest.mark.parametrize(
    ("welsh", "english", "place"),
    [
        (
            "mae dyn ar-lein yn bygwth anfon fy lluniau i bawb oni bai fy mod i'n talu",
            "a man online is threatening to send my pictures to everyone unless i pay",
            "Bangor",
        ),
        ("ma hi'n blacmelio fi efo fideo", "shes blackmailing me with a video", "Aberystwyth"),
        (
            "dwi'n 13 a ma fideo ohona i'n cael ei rannu",
            "im 14 and someone has shared pictures of me",
            "Merthyr Tudful",
        ),
    ],
)
def test_images_held_over_a_young_person_in_welsh_put_report_remove_first(
    bundled_client, welsh, english, place
):
    cards = _first_five(searched(bundled_client, welsh, place, welsh=True))
    assert cards[0] == "report-remove", (welsh, cards)
    assert not set(STOP_IT_NOW) & set(cards), (welsh, cards)
    # the English twin, in the same town, has Report Remove first too
    assert _first_five(searched(bundled_client, english, place))[0] == "report-remove", english


@pytest.mark.parametrize(
    ("welsh", "english", "place"),
    [
        ("ma fe'n grwmio fi ar-lein", "hes grooming me online", "Llanelli"),
        (
            "ma rhywun wedi postio lluniau ohona i heb ddillad ar tiktok",
            "someone has posted pictures of me with no clothes on tiktok",
            "Y Rhyl",
        ),
        (
            "nath fy nghyn-gariad roi fideo ohona i ar y we",
            "my ex put a video of me on the web",
            "Llandudno",
        ),
    ],
)
def test_images_shared_or_grooming_in_welsh_bring_ceop_and_no_stop_it_now(
    bundled_client, welsh, english, place
):
    cards = _first_five(searched(bundled_client, welsh, place, welsh=True))
    assert "ceop-safety-centre" in cards, (welsh, cards)
    assert not set(STOP_IT_NOW) & set(cards), (welsh, cards)
    english_cards = _first_five(searched(bundled_client, english, place))
    assert "ceop-safety-centre" in english_cards, (english, english_cards)


@pytest.mark.parametrize(
    ("words", "welsh"),
    [("lluniau o'r plant ar wyliau yn y Bala", True), ("pictures of the kids on holiday", False)],
)
def test_guard_pictures_of_ones_own_children_on_holiday_bring_no_stop_it_now(
    bundled_client, words, welsh
):
    # guard: passes before and after the change
    cards = _first_five(searched(bundled_client, words, "Y Bala", welsh=welsh))
    assert not set(STOP_IT_NOW) & set(cards), (words, cards)
