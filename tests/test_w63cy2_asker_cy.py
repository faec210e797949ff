"""(w63cy2, twenty-fifth Welsh review F11) The Welsh asker: a professional naming an offender, a
parent whose son has harmed another child, a parent who suspects someone of abusing "the
children".

"swyddog prawf, troseddwr yn gofyn am help" led with the NSPCC and a forensic centre, with no
Stop It Now card (the English "probation officer, offender asking for help" has Stop It Now
first); "mae'r mab 14 wedi cam-drin ei chwaer fach" and "dwi'n amau bod fy nghyn-bartner yn
cam-drin y plant" were given Meic and Childline, the children's lines, as if the parent were the
child. Other words and towns than the review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names

STOP_IT_NOW = "Stop It Now helpline"
NSPCC_CY = "Llinell Gymorth y NSPCC"
CHILDREN_CY = {"Llinell gymorth Meic", "Childline"}


def _box(client, words: str, place: str) -> list[str]:
    return talk_names(talk_box(searched(client, words, place, welsh=True)))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dwi'n swyddog prawf, mae gen i droseddwr sydd eisiau stopio", "Abertawe"),
        ("gweithiwr cymdeithasol ydw i, troseddwyr yn chwilio am gymorth", "Bangor"),
    ],
)
def test_a_professional_naming_an_offender_in_welsh_gets_stop_it_now_first(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert talk_names(talk_box(soup))[0] == STOP_IT_NOW, talk_box(soup)
    assert "stop-it-now" in [sid for sid, _ in cards_and_words(soup)][:3]


def test_a_victim_naming_the_offender_in_welsh_gets_no_stop_it_now(bundled_client):
    # guard (passes on main too): "troseddwr" alone is anyone's offender, not a search for help
    # with one's own behaviour ("the offender has been let out of prison")
    box = _box(bundled_client, "mae'r troseddwr wedi cael ei ollwng o'r carchar", "Caerdydd")
    assert STOP_IT_NOW not in box, box


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae'r mab 15 wedi cyffwrdd â'i frawd bach", "Aberteifi"),
        ("mae'r llysfab wedi cam-drin ei chwaer", "Y Rhyl"),
        ("dwi'n meddwl bod fy mrawd yn cyffwrdd y plant", "Llanelli"),
        ("dw i'n poeni bod ei chariad hi yn cam-drin y plant", "Pwllheli"),
    ],
)
def test_a_welsh_parent_whose_son_harmed_or_who_suspects_gets_the_nspcc_first(
    bundled_client, words, place
):
    box = _box(bundled_client, words, place)
    assert box[0] == NSPCC_CY, box
    assert not CHILDREN_CY & set(box), box


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a child telling of a boy who touched them keeps the
        # children's lines ("yr hogyn" is any boy; "mab drws nesa" the son next door)
        ("mae'r hogyn wedi cyffwrdd fi", "Bangor"),
        ("mae'r mab drws nesa wedi cyffwrdd â fi", "Caernarfon"),
    ],
)
def test_a_child_told_of_a_boy_who_touched_them_keeps_childrens_lines(bundled_client, words, place):
    box = _box(bundled_client, words, place)
    assert CHILDREN_CY & set(box[:2]), box
