"""(w53cyown, twenty-first Welsh review F5, F6; forty-second walk-through F2) One's own wish to
die, self-harm and despair of living, said the other spoken ways Wales says them.

- Feeling like killing oneself or dying, better off dead, not seeing the point of being alive
  had no "Perygl i’ch bywyd nawr?" warning (some had no Samariaid) where the English twins had
  both: now the warning, and Samariaid first.
- Been cutting, hurting oneself ("gwneud dolur"), sleeping and never waking, fed up of living
  had no Samariaid: now Samariaid first, and no warning, as in English.
- A man abused as a child who has written a note and is going to the cliff or the bridge got
  the recent-assault warning, and no suicide line: now the life-at-risk warning and Samariaid
  first, and no recent-assault warning ("tonight" is his plan's time, not an assault's).

The words and towns here are not the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

OWN_LIFE_CY = "Perygl i’ch bywyd nawr? Ffoniwch 999 neu ewch i’r adran frys."
RECENT_CY = "Os digwyddodd yn y dyddiau diwethaf"
OTHERS_CY = "Perygl i fywyd rhywun nawr?"


def _samariaid_first(soup) -> bool:  # noqa: ANN001 (a page)
    names = talk_names(talk_box(soup))
    return bool(names) and names[0] == "Samariaid"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dw i'n teimlo fatha lladd fi'n hun", "Pwllheli"),
        ("rwy'n teimlo fel rhoi diwedd ar y cyfan", "Llangefni"),
        ("weithie dwi'n teimlo fel marw", "Rhuthun"),
        ("baswn i'n well yn farw", "Porthmadog"),
        ("byddai pawb yn well hebdda i", "Llanelli"),
        ("smo fi'n gweld unrhyw bwynt byw", "Tregaron"),
        ("dwi'm yn gweld pwynt cario mlaen", "Y Bala"),
    ],
)
def test_a_wish_to_die_said_another_way_warns_and_brings_samariaid_first(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OWN_LIFE_CY), words
    assert _samariaid_first(soup), talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dwi wedi bod yn torri fy nghoesau eto", "Machynlleth"),
        ("dw i wedi bod yn torri ers mis", "Aberteifi"),
        ("dwi isio gneud dolur i fy hun", "Conwy"),
        ("sai moyn dihuno, moyn cysgu a byth dihuno", "Llandysul"),
        ("dwi wedi cael digon ar fyw", "Nefyn"),
        ("dwi di blino ar fyw", "Amlwch"),
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
        (
            "Ces i fy ngham-drin gan fy ewythr pan o'n i'n fach. Dw i wedi gadael llythyr i'r "
            "plant a dwi'n mynd i yrru at y clogwyn heno",
            "Aberaeron",
        ),
        (
            "Dwi'n 61 a wnaeth fy nhaid fy ngham-drin i. Dwi newydd sgwennu neges i'r teulu ac "
            "am gerdded i'r bont heno",
            "Llangollen",
        ),
    ],
)
def test_a_note_and_the_cliff_tonight_warns_of_his_life_not_of_a_recent_assault(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OWN_LIFE_CY), words
    assert not warned(soup, RECENT_CY), words
    assert _samariaid_first(soup), talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("torrais i fy mraich yn chwarae rygbi", "Aberaeron"),
        ("dwi wedi torri fy nghoes mewn damwain car", "Pwllheli"),
        ("dw i wedi bod yn torri gwair drwy'r dydd", "Nefyn"),
        ("dw i wedi cael llond bol ar y gwaith cartref", "Llangefni"),
        ("dw i'n teimlo fel crio drwy'r amser", "Rhuthun"),
        ("dwi ddim yn teimlo fel marw", "Y Bala"),
    ],
)
def test_guard_a_broken_arm_school_work_and_crying_are_not_read_as_suicide(
    bundled_client, words, place
):
    """A guard: these pass on main too."""
    soup = searched(bundled_client, words, place, welsh=True)
    assert not warned(soup, OWN_LIFE_CY), words
    assert not _samariaid_first(soup), (words, talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae fy ffrind yn deud ei bod hi'n teimlo fel marw", "Conwy"),
        ("mae fy nhad wedi ysgrifennu nodyn a mynd i'r bont", "Dolgellau"),
    ],
)
def test_guard_someone_elses_words_do_not_warn_of_the_askers_own_life(bundled_client, words, place):
    """A guard: these pass on main too."""
    soup = searched(bundled_client, words, place, welsh=True)
    assert not warned(soup, OWN_LIFE_CY), words
