"""(w61cy, welsh25 F2, F7) One's own life said the South's ways, and despair and a rope, read as
the English twins are.

"wi moyn cwpla'r cwbwl heno", "wi'n bwriadu cwpla popeth nos fory" and "sa i'n moyn bod 'ma
rhagor" brought no warning and no Samariaid, where "i want to end it all tonight", "im planning
to end everything tomorrow night" and "i dont want to be here anymore" bring the warning and
Samaritans first; "wi'n mynd i gwpla fe heno" and "wi'n meddwl am gwpla'n hunan" brought no
Samariaid, where "im going to finish it tonight" and "im thinking of ending myself" bring
Samaritans. Other wordings and towns than the review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned, warned_then_first

OWN_LIFE = "Perygl i’ch bywyd nawr? Ffoniwch 999 neu ewch i’r adran frys."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("fi moyn cwpla'r cyfan nawr", "Pontypridd"),
        ("wi'n planio cwpla'r cwbl", "Aberdar"),
        ("smo fi'n moyn bod 'ma mwy", "Merthyr Tudful"),
        ("sa i'n moyn bod yma rhagor", "Aberteifi"),
    ],
)
def test_ending_it_all_the_souths_way_gets_the_warning_and_samariaid(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    warned_then_first(soup, OWN_LIFE, "Samariaid")


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("fi'n mynd i gwpla e heno", "Caerffili"),
        ("fi'n meddwl am gwpla fy hunan", "Hwlffordd"),
    ],
)
def test_finishing_it_or_oneself_gets_samariaid_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert talk_names(talk_box(soup))[0] == "Samariaid", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): work to finish, by a time, a place not wanted, tiredness
        ("wi moyn cwpla'r gwaith cyn swper", "Pontypridd"),
        ("dwi'n bwriadu cwpla popeth erbyn dydd Llun", "Aberdar"),
        ("sa i'n moyn bod 'ma yn y gwaith", "Merthyr Tudful"),
        ("dwi isio gorffen fy ngwaith cartref heno", "Bangor"),
        ("dwi wedi blino ar ol y gwaith", "Caerffili"),
    ],
)
def test_work_to_finish_or_tiredness_gets_no_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert not warned(soup, OWN_LIFE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("does neb fase'n colli fi", "Rhuthun"),
        ("sneb fydde'n gweld fy ngholli", "Aberaeron"),
        ("nes i glymu rhaff heno", "Dolgellau"),
    ],
)
def test_nobody_would_miss_me_or_a_rope_tied_gets_samariaid_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert talk_names(talk_box(soup))[0] == "Samariaid", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a rope for a boat, someone missed at a party
        ("dwi wedi clymu rhaff i'r cwch", "Pwllheli"),
        ("fydde neb yn gweld fy eisiau yn y parti", "Aberaeron"),
    ],
)
def test_a_boats_rope_gets_no_samariaid(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert not warned(soup, OWN_LIFE)
    if words.startswith("dwi wedi clymu"):
        assert "Samariaid" not in talk_names(talk_box(soup))
