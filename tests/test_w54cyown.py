"""(w54cyown, twenty-second Welsh review F1, F3, F5) Suicide and self-harm said the ways Wales
speaks them, one's own and someone else's.

- One's own wish or plan in southern speech ("'yn hunan", "wi moyn", "sa i moyn bod 'ma"), as
  a plan ("planio", "bwriadu"), "diweddu'r cwbl", finishing it after having had enough, on a
  cliff's edge or a goodbye message sent, had
  no "Perygl i’ch bywyd nawr?" warning (most had no Samariaid); an OD "done" had no overdose
  warning. Now the warning, and Samariaid first, as the English twins have.
- Someone else's goodbye message sent, someone on the edge of a cliff, or threatening to jump
  tonight had no "Perygl i fywyd rhywun nawr?" warning: now it, and Samariaid first.
- Self-harm said with the loan "cytio", the South's "'y nghoese / 'y mreichie", someone else's
  "torri ei hun", and "can't do this anymore" had no Samariaid: now Samariaid first, no
  warning, as in English.

The words and towns here are not the report's. The guards pass on main too.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

OWN_LIFE_CY = "Perygl i’ch bywyd nawr? Ffoniwch 999 neu ewch i’r adran frys."
OVERDOSE_CY = "Os ydych chi wedi cymryd gorddos neu wedi’ch anafu’n ddrwg"
OTHERS_CY = "Perygl i fywyd rhywun nawr? Ffoniwch 999."


def _samariaid_first(soup) -> bool:  # noqa: ANN001 (a page)
    names = talk_names(talk_box(soup))
    return bool(names) and names[0] == "Samariaid"


def _any_warning(soup) -> bool:  # noqa: ANN001 (a page)
    return any(warned(soup, w) for w in (OWN_LIFE_CY, OVERDOSE_CY, OTHERS_CY))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("fi moyn lladd 'yn hunan heddi", "Rhydaman"),
        ("wi'n mynd i ladd yn hunan nawr", "Pontypridd"),
        ("dw i'n bwriadu lladd fy hun nos fory", "Dolgellau"),
        ("wi'n planio lladd 'yn hunan", "Merthyr Tudful"),
        ("dwi am ddiweddu'r cyfan heno", "Pwllheli"),
        ("wi wedi cael llond bol, fi'n mynd i gwpla fe heno", "Castell-nedd"),
        ("smo fi moyn bod 'ma rhagor", "Aberteifi"),
        ("dwi'm isio deffro fory", "Llangollen"),
        ("fi ar ben y clogwyn nawr", "Dinbych-y-pysgod"),
        ("dwi newydd yrru neges ffarwel i mam", "Conwy"),
    ],
)
def test_ones_own_wish_or_plan_said_these_ways_warns_and_brings_samariaid_first(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OWN_LIFE_CY), words
    assert _samariaid_first(soup), (words, talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place"), [("wi di neud overdose", "Pen-y-bont ar Ogwr"), ("nes i gael OD", "Y Rhyl")]
)
def test_an_overdose_done_said_these_ways_brings_the_overdose_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OVERDOSE_CY), words
    assert _samariaid_first(soup), (words, talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ma fy mrawd wedi gyrru neges ffarwel i mam", "Dinbych"),
        ("mae fy nghariad wedi hala neges i ffarwelio a ddim yn ateb ei ffôn", "Aberaeron"),
        ("mae fy nghefnder yn sefyll ar ymyl y dibyn", "Tyddewi"),
        ("ma'n ffrind i'n bygwth neidio o'r bont nawr", "Casnewydd"),
    ],
)
def test_someone_elses_goodbye_edge_or_threat_now_warns_of_their_life_and_samariaid_first(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OTHERS_CY), words
    assert not warned(soup, OWN_LIFE_CY), words
    assert _samariaid_first(soup), (words, talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dwi di bod yn cytio eto", "Llangefni"),
        ("wi'n cytio 'yn hunan", "Aberdâr"),
        ("wi wedi bod yn llosgi 'y mreichie", "Treorci"),
        ("mae fy chwaer fach yn cytio ei hun", "Caergybi"),
        ("fedra i ddim gneud hyn ddim mwy", "Blaenau Ffestiniog"),
        ("methu neud hyn rhagor", "Rhydaman"),
    ],
)
def test_self_harm_and_despair_said_these_ways_bring_samariaid_first_and_no_warning(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert _samariaid_first(soup), (words, talk_box(soup))
    assert not warned(soup, OWN_LIFE_CY), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("nes i drio lladd 'yn hunan llynedd", "Abertawe"),
        ("dwi angen torri gwallt", "Bangor"),
        ("wi moyn cytio'r gwair", "Llanelli"),
        ("nes i dorri 'y nghoes mewn damwain", "Caerdydd"),
        ("dw i'n mynd i orffen e heno, y gwaith cartref", "Bangor"),
        ("wi di cal digon o fwyd, wi'n mynd i orffen e fory", "Llanelli"),
        ("mae fy ffrind yn byw mewn tŷ ar ymyl y clogwyn", "Aberystwyth"),
        ("dw i'n cerdded ar ymyl y clogwyn efo'r ci", "Bangor"),
        ("mae'r busnes ar ymyl y dibyn", "Bangor"),
        ("mae o'n bygwth neidio oddi ar y bont os dw i'n deud wrth rywun", "Bangor"),
    ],
)
def test_guard_the_past_a_haircut_a_broken_leg_homework_and_a_threat_to_keep_quiet_warn_not(
    bundled_client, words, place
):
    """Guard (passes on main too): no life-at-risk or overdose warning for these."""
    soup = searched(bundled_client, words, place, welsh=True)
    assert not _any_warning(soup), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dwi angen torri gwallt", "Bangor"),
        ("wi moyn cytio'r gwair", "Llanelli"),
        ("nes i dorri 'y nghoes mewn damwain", "Caerdydd"),
    ],
)
def test_guard_a_haircut_the_grass_or_a_broken_leg_bring_no_samariaid(bundled_client, words, place):
    """Guard (passes on main too): cutting hair or grass, a leg broken, are not self-harm."""
    soup = searched(bundled_client, words, place, welsh=True)
    assert "Samariaid" not in talk_names(talk_box(soup)), words
