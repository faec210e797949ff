"""(w64cy, welsh26 F1) An overdose said the Welsh ways the English twins are read.

"cymrais i holl dabledi mam", "cymrais i ormod o dabledi neithiwr", "wi 'di cymryd gormod o'n
meds i" and "overdose neithiwr a dwi'n teimlo'n sâl" brought no overdose warning (three of them
no Samariaid either), where "i took all mums tablets", "ive taken too many of my meds" and
"overdosed last night and i feel sick" bring "If you have taken an overdose…" and Samaritans
first. The past "cymrais / cymeres" (I took), "o'n / o'r / o'i" (of my, of the, of his) after
how many, and the loan "overdose" said as the verb or first with a time or feeling ill, are
read now. Other wordings and towns than the review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned, warned_then_first

OVERDOSE = "Os ydych chi wedi cymryd gorddos neu wedi’ch anafu’n ddrwg"
OTHERS = "Perygl i fywyd rhywun nawr? Ffoniwch 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("cymrais i holl bils nain", "Castell-nedd"),
        ("chymrais i lwyth o dabledi cysgu heno", "Pontardawe"),
        ("cymeres i ormod o baracetamol bore ma", "Rhydaman"),
        ("fi di llyncu llond llaw o'r tabledi", "Cydweli"),
        ("dwi wedi cymryd llwyth o'm moddion", "Dinbych"),
        ("gorddos pnawn 'ma a dwi'n chwydu", "Y Barri"),
        ("nes i overdose gynne", "Treorci"),
        ("wi newydd overdosio", "Porthcawl"),
    ],
)
def test_an_overdose_said_the_welsh_ways_gets_the_warning_and_samariaid(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    warned_then_first(soup, OVERDOSE, "Samariaid")


def test_someone_elses_too_many_of_his_own_tablets_is_their_life_at_risk(bundled_client):
    soup = searched(bundled_client, "mae nhaid wedi cymryd gormod o'i dabledi", "Conwy", True)
    assert warned(soup, OTHERS)
    assert not warned(soup, OVERDOSE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # a kind of tablet named after, and someone's tablets taken to them, as "i took
        # headache tablets this morning" and "i took mums tablets to her" get no warning (main
        # warned: these fail there)
        ("cymres i dabledi pen tost neithiwr", "Castell-nedd"),
        ("cymerais i dabledi haearn bore ma", "Pontardawe"),
        ("nes i gymryd tabledi nain iddi", "Rhydaman"),
    ],
)
def test_a_kind_of_tablet_or_an_errand_gets_no_overdose_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert not warned(soup, OVERDOSE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): the past, "od" (odd) with a time, the word asked about
        ("cymerais i ormod o dabledi pan o'n i'n 15", "Cydweli"),
        ("ro'n i'n teimlo'n od neithiwr", "Dinbych"),
        ("gwybodaeth am overdose i rieni", "Y Barri"),
    ],
)
def test_the_past_or_a_word_asked_about_gets_no_overdose_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert not warned(soup, OVERDOSE)


def test_someone_elses_kind_of_tablet_taken_still_warns(bundled_client):
    # guard (passes on main too): as "i took my dads heart tablets" warns
    soup = searched(bundled_client, "cymerais i dabledi calon taid", "Llandeilo", welsh=True)
    warned_then_first(soup, OVERDOSE, "Samariaid")
