"""(twentieth Welsh review F6, F7, F9; check53, w50cysuicide) Wanting to die, self-harm, no point
living and an overdose said the North and South Wales spoken ways read as their English twins
are: "dwi isho marw" and "dwi isho lladd fy hun" bring the life-at-risk warning and Samariaid
first, as "i want to die" does; "gorffen bob dim" and "rhoi diwedd ar bob dim" as "end it all";
"am farw" brings Samariaid under its warning; "brifo'n hun", "torri'n hun" and "does dim pwynt
byw" bring Samariaid first, as "i cut myself" and "there's no point living" do (no warning, as
there is none in English); "cymeryd gormod o dabledi", "llwyth o dablets" and "… a llyncu
tabledi" after a drink bring the overdose warning and Samariaid first. Other words and towns
than the review's."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

LIFE = "Perygl i’ch bywyd nawr?"
OVERDOSE = "Os ydych chi wedi cymryd gorddos"


def _first_line(soup) -> str:  # noqa: ANN001 (a page)
    return talk_names(talk_box(soup))[0]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dwi jest isho marw", "Llangefni"),
        ("dwi isho lladd fy hunan", "Blaenau Ffestiniog"),
        ("dwi'n ishio marw", "Rhydaman"),
        ("dwi isio gorffen pob dim heno", "Llandudno"),
        ("dwi di cal llond bol, dwi isho rhoi diwedd ar bob dim", "Amlwch"),
        ("dw i'n mynd i ddod â phob dim i ben", "Y Bala"),
    ],
)
def test_a_wish_to_die_said_the_north_and_south_ways_brings_the_warning_and_samariaid(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, LIFE), words
    assert _first_line(soup) == "Samariaid", words


@pytest.mark.parametrize(
    ("words", "place"), [("dwi am farw rŵan", "Machynlleth"), ("wi am farw", "Tregaron")]
)
def test_am_farw_brings_samariaid_under_its_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, LIFE), words
    assert _first_line(soup) == "Samariaid", words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dwi'n brifo'n hun bob nos", "Dolgellau"),
        ("dwi wedi bod yn llosgi'n hun", "Conwy"),
        ("'sdim pwynt i fi fyw", "Pontypridd"),
        ("dos na'm pwynt byw ar ôl be nath o", "Pwllheli"),
        ("does dim rheswm i fyw", "Caerfyrddin"),
    ],
)
def test_self_harm_and_no_point_living_bring_samariaid_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert _first_line(soup) == "Samariaid", words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dwi newydd gymeryd llwyth o dabledi", "Rhuthun"),
        ("nes i gymeryd gormod o dablets", "Treffynnon"),
        ("dwi di yfed lot o win a llyncu pacad o baracetamol", "Abertawe"),
        ("yfais i hanner potel o wisgi a chymryd llwyth o dabledi cysgu", "Y Drenewydd"),
    ],
)
def test_an_overdose_said_another_way_brings_the_overdose_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OVERDOSE), words
    assert _first_line(soup) == "Samariaid", words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dw i ddim isho marw", "Llangefni"),
        ("mae'n anodd i mi lyncu tabledi", "Abertawe"),
        ("dw i wedi bwyta a chymryd fy nhabledi", "Bangor"),
    ],
)
def test_guard_no_warning_for_not_wanting_to_die_or_hard_to_swallow(bundled_client, words, place):
    """Guard (passes on main too): not a wish to die, nor an overdose."""
    soup = searched(bundled_client, words, place, welsh=True)
    assert not warned(soup, LIFE), words
    assert not warned(soup, OVERDOSE), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("roedd hi'n eisiau marw ar ôl beth ddigwyddodd", "Aberteifi"),
        ("dw i'n poeni am farw ar fy mhen fy hun", "Llanidloes"),
    ],
)
def test_someone_elses_wish_or_a_fear_of_dying_brings_no_life_warning(bundled_client, words, place):
    """Her wish, said in Welsh with "hi'n", and a fear of dying are not the asker's own wish:
    no life-at-risk warning (the talk box may still carry Samariaid)."""
    soup = searched(bundled_client, words, place, welsh=True)
    assert not warned(soup, LIFE), words
