"""(check58 finding 2; w55cy) A way to die asked about in Welsh ("how to kill myself", "the
quickest way to die", "how many tablets to die", "which pills would kill me") had Samariaid but
no "Perygl i'ch bywyd nawr?" warning, where the English twins and "dwi am ladd fy hun heno"
had both. Now the warning, and Samariaid first. Guards: a count of people, a dose asked in
care, helping someone, how someone died, a parent's question about safety, someone else's
question, the past. Other words and towns than the check's."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

OWN_LIFE_CY = "Perygl i’ch bywyd nawr? Ffoniwch 999 neu ewch i’r adran frys."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("shwt mae lladd 'ych hunan", "Cwmbrân"),
        ("sut alla i farw heb boen", "Llandudno"),
        ("be ydi'r ffordd hawsa i ladd fy hun", "Bethesda"),
        ("ffordd ddi-boen o farw", "Llanymddyfri"),
        ("faint o barasetamol sydd angen i farw", "Tregaron"),
        ("faint o barasetamol sy'n angheuol", "Penarth"),
        ("pa dabledi fyddai'n fy lladd i", "Rhuthun"),
        ("sut mae pobl yn lladd eu hunain", "Abergele"),
        ("sut i grogi fy hun", "Cricieth"),
    ],
)
def test_a_way_to_die_asked_in_welsh_warns_and_brings_samariaid_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OWN_LIFE_CY), words
    assert talk_names(talk_box(soup))[0] == "Samariaid", (words, talk_box(soup))


@pytest.mark.parametrize(
    "words",
    [
        "faint o bobl sy'n marw bob blwyddyn o gamdriniaeth",
        "faint o barasetamol all plentyn 10 oed ei gael",
        "sut i helpu rhywun sydd eisiau lladd ei hun",
        "sut bu farw fy nhad",
        "sut i siarad efo fy mhlentyn am ddiogelwch",
        "mae fy merch yn gofyn sut i ladd ei hun",
        "roeddwn i'n chwilio sut i ladd fy hun flynyddoedd yn ôl",
    ],
)
def test_guard_counts_care_doses_helping_others_and_the_past_bring_no_own_warning(
    bundled_client, words
):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Arberth", welsh=True), OWN_LIFE_CY), words
