"""(twenty-fifth Welsh review F9; w63cy) Someone worried about their own acts towards children,
or whose partner was arrested over images, said in everyday Welsh: afraid of oneself around
children ("ofn fi'n hun … efo plant"), not safe around them ("dwi ddim yn saff o gwmpas
plant"), help before doing something to a child ("cyn i mi wneud rhywbeth i blant"), looking
at indecent videos or illegal things online with no children named ("fideos anweddus", "stwff
anghyfreithlon ar y we"), a partner arrested "am luniau". The Welsh page showed Meic, Byw Heb
Ofn and Childline, and a SARC first for "afraid of myself around children"; the English twins
show the Stop It Now helpline alone or first, as the Welsh now does.

Guards (pass on main too): a victim made to look at pictures, children not safe with someone
else, afraid of oneself with no children said, a partner arrested for drink driving and
pirated films online get no Stop It Now; the English twins keep it alone. Other words and
towns than the review's."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names

STOP_IT_NOW = "Stop It Now helpline"


def _first_five(soup) -> list[str]:
    return [sid for sid, _ in cards_and_words(soup)[:5]]


@pytest.mark.parametrize(
    ("welsh", "place"),
    [
        ("mae gen i ofn fi'n hun pan dwi efo plant", "Merthyr Tudful"),
        ("dwi ddim yn saff o gwmpas plant bach", "Llandudno"),
        ("dwi angen cymorth cyn i mi wneud rhywbeth i blant", "Dolgellau"),
        ("dw i wedi bod yn gwylio fideos anweddus ac mae angen i mi stopio", "Aberhonddu"),
        ("dwi'n lawrlwytho stwff anghyfreithlon ar y we", "Casnewydd"),
        ("fedra i ddim stopio sbio ar lunia anweddus", "Pwllheli"),
    ],
)
def test_own_acts_feared_or_viewing_in_everyday_welsh_get_stop_it_now_alone(
    bundled_client, welsh, place
):
    soup = searched(bundled_client, welsh, place, welsh=True)
    assert talk_names(talk_box(soup)) == [STOP_IT_NOW], (welsh, talk_box(soup))
    assert _first_five(soup)[0] == "stop-it-now", (welsh, _first_five(soup))


def test_a_partner_arrested_for_pictures_in_welsh_gets_stop_it_now_first(bundled_client):
    soup = searched(bundled_client, "cafodd fy nghariad ei arestio am luniau", "Pen-y-bont", True)
    assert talk_names(talk_box(soup))[0] == STOP_IT_NOW, talk_box(soup)
    assert _first_five(soup)[0] == "stop-it-now", _first_five(soup)


@pytest.mark.parametrize(
    ("welsh", "place"),
    [
        ("mae o'n gwneud i fi edrych ar luniau anweddus", "Bangor"),
        ("mae'r plant ddim yn saff gyda fe", "Caerdydd"),
        ("dwi ofn fy hun weithiau", "Abertawe"),
        ("mae fy mhartner wedi cael ei arestio am yfed a gyrru", "Caerdydd"),
        ("dwi'n gwylio ffilmiau anghyfreithlon ar y we", "Casnewydd"),
    ],
)
def test_guard_a_victim_or_other_worries_get_no_stop_it_now(bundled_client, welsh, place):
    # guard (passes on main too)
    soup = searched(bundled_client, welsh, place, welsh=True)
    assert STOP_IT_NOW not in talk_names(talk_box(soup)), (welsh, talk_box(soup))
    assert "stop-it-now" not in _first_five(soup)[:2], (welsh, _first_five(soup))


@pytest.mark.parametrize(
    ("english", "place"),
    [
        ("im scared of myself around kids", "Bangor"),
        ("i look at indecent pictures and need to stop", "Brecon"),
    ],
)
def test_guard_the_english_twins_keep_stop_it_now_alone(bundled_client, english, place):
    # guard (passes on main too)
    assert talk_names(talk_box(searched(bundled_client, english, place))) == [STOP_IT_NOW]
