"""(twenty-fifth Welsh review F8; w63cy) A young person's images shared, about to be shared,
sent on, faked or wanted off the internet, said in everyday Welsh ("mynd i bostio'r fideo",
"bygwth hala'r llunie", "anfonais i lun noeth … ym mhobman", "proffil ffug efo'n lluniau i",
"cael llun noeth oddi ar y we"): the Welsh page had Meic and Byw Heb Ofn first and no Report
Remove, where the English twin has Report Remove and CEOP first. A parent whose child is
groomed, said "yn groomio'n mab i" ("'n … i": my), was not read as a parent: no NSPCC first.

Guards (pass on main too): a Welsh child whose images are shared keeps Childline and Meic in
the talk box; a victim shown pictures is never sent to Stop It Now; the English twins keep
Report Remove first; taking photos of a sunset and sending a message are not images shared.
Other words and towns than the review's."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names

STOP_IT_NOW = ("stop-it-now", "stop-it-now-wales")


def _first_five(soup) -> list[str]:
    return [sid for sid, _ in cards_and_words(soup)[:5]]


@pytest.mark.parametrize(
    ("welsh", "place"),
    [
        ("mae fy nghyn-gariad yn mynd i bostio'r fideo ar insta", "Llanelli"),
        ("ma hi'n bygwth hala'r llunie at bawb yn yr ysgol", "Abertawe"),
        ("anfonais i lun noeth iddo a nawr mae e ym mhobman", "Pontypridd"),
        ("mae rhywun wedi gwneud proffil ffug efo'n lluniau i", "Wrecsam"),
        ("sut mae cael llun noeth oddi ar y we", "Y Barri"),
        # the North's "llunia" and "rhanu" with one n, as people type it
        ("mae o'n bygwth rhanu fy llunia i ar snap", "Porthmadog"),
    ],
)
def test_a_young_persons_images_shared_in_everyday_welsh_put_report_remove_first(
    bundled_client, welsh, place
):
    cards = _first_five(searched(bundled_client, welsh, place, welsh=True))
    assert cards[:2] == ["report-remove", "ceop-safety-centre"], (welsh, cards)
    assert not set(STOP_IT_NOW) & set(cards), (welsh, cards)


def test_a_parent_whose_son_is_groomed_said_with_n_for_my_gets_the_nspcc_first(bundled_client):
    soup = searched(
        bundled_client,
        "mae rhywun ar snapchat yn groomio'n mab i, be dwi fod i neud",
        "Bae Colwyn",
        True,
    )
    assert talk_names(talk_box(soup))[0] == "Llinell Gymorth y NSPCC", talk_box(soup)
    assert "ceop-safety-centre" in _first_five(soup)[:3], _first_five(soup)
    # the English twin has the NSPCC first too
    english = searched(bundled_client, "i think a man is grooming my son on snapchat", "Colwyn Bay")
    assert talk_names(talk_box(english))[0] == "NSPCC Helpline", talk_box(english)


def test_guard_a_welsh_child_whose_video_is_shared_keeps_childline_and_meic(bundled_client):
    # guard (passes on main too)
    soup = searched(
        bundled_client, "dwi'n 14 ac mae rhywun wedi rhannu fideo ohona i", "Rhyl", True
    )
    names = talk_names(talk_box(soup))
    assert "Childline" in names and "Llinell gymorth Meic" in names, names
    assert _first_five(soup)[0] == "report-remove"


@pytest.mark.parametrize(
    ("welsh", "place"),
    [("mae o'n dangos lluniau i fi", "Bangor"), ("ma fe'n hala llunie budr i fi", "Castell-nedd")],
)
def test_guard_a_victim_shown_pictures_is_not_sent_to_stop_it_now(bundled_client, welsh, place):
    # guard (passes on main too): pictures shown or sent to them, not their own viewing
    soup = searched(bundled_client, welsh, place, welsh=True)
    assert "Stop It Now helpline" not in talk_names(talk_box(soup)), talk_box(soup)
    assert not set(STOP_IT_NOW) & set(_first_five(soup)), _first_five(soup)


@pytest.mark.parametrize(
    ("english", "place"),
    [
        ("my ex is going to post the video on insta", "Llanelli"),
        ("i sent a nude to him and now its everywhere", "Pontypridd"),
    ],
)
def test_guard_the_english_twins_keep_report_remove_first(bundled_client, english, place):
    # guard (passes on main too)
    assert _first_five(searched(bundled_client, english, place))[0] == "report-remove"


@pytest.mark.parametrize(
    ("welsh", "place"),
    [
        ("dwi'n hoffi tynnu lluniau o'r machlud ar y traeth", "Dinbych-y-pysgod"),
        ("nes i yrru neges i fy ffrind am y cwnsela", "Caernarfon"),
    ],
)
def test_guard_photos_taken_or_a_message_sent_are_not_images_shared(bundled_client, welsh, place):
    # guard (passes on main too)
    assert "report-remove" not in _first_five(searched(bundled_client, welsh, place, welsh=True))
