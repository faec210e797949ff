"""(w61pro, check61 §9) A health professional's patient, no child named, is an adult.

"nurse patient says she will kill herself after disclosure" had "Someone's life at risk now?"
(right), but the NSPCC's line for adults worried about a child led the talk box and a
children's sexual assault centre was the first card. A patient is an adult unless the words
name a child, an age under 18 or a children's setting (paediatric, school nurse, CAMHS).
Other words, roles and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, posted_results, talk_box, talk_names

CHILDREN_ONLY = ("children's", "child sexual assault", "young person", "cisva", "(chisva)")


def _pro(client, words: str, place: str):
    client = client.application.test_client()
    return posted_results(client, words, place, professional=True)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("practice nurse, my patient says she is going to kill herself", "Sheffield"),
        ("paramedic, patient said he will end his life after telling me about the abuse", "Exeter"),
    ],
)
def test_a_patient_at_risk_gets_samaritans_not_the_nspcc(bundled_client, words, place):
    names = talk_names(talk_box(_pro(bundled_client, words, place)))
    assert "Samaritans" in names, names
    assert "NSPCC Helpline" not in names, names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("gp here, patient told me her ex raped her last year", "Norwich"),
        ("midwife, my patient disclosed she was raped", "Leeds"),
    ],
)
def test_a_patients_page_leads_with_services_for_adults(bundled_client, words, place):
    soup = _pro(bundled_client, words, place)
    first = cards_and_words(soup)[0][1].lower()
    assert not any(word in first for word in CHILDREN_ONLY), first[:200]
    assert "NSPCC Helpline" not in talk_names(talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a patient who is a child, by age or by setting
        ("gp, patient aged 14 disclosed abuse by her uncle", "Bristol"),
        ("school nurse, patient disclosed abuse by her stepdad", "Leeds"),
        ("paediatric nurse, patient told me her dad hurts her", "Manchester"),
        # and a patient only asked about, nothing told: the page as before
        ("district nurse wants advice about a patient", "Leeds"),
    ],
)
def test_guard_a_child_patient_keeps_the_nspcc_line(bundled_client, words, place):
    assert "NSPCC Helpline" in talk_names(talk_box(_pro(bundled_client, words, place)))
