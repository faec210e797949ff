"""(w65pro2, the twenty-sixth Welsh review F9) A Welsh club leader with a disclosure, a doctor
whose patient was raped and an employer whose member of staff is a survivor got the children's
lines (Meic, Childline) where their English twins did not. Other words and towns than the
review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names


def _box(client, words: str, place: str) -> list[str]:
    return talk_names(talk_box(searched(client, words, place, welsh=True)))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("arweinydd clwb pêl-droed, datgeliad gan aelod ifanc", "Aberystwyth"),
        ("arweinydd tîm hoci, chwaraewr ifanc wedi datgelu", "Caerfyrddin"),
    ],
)
def test_a_club_leader_gets_the_nspcc_first(bundled_client, words, place):
    assert _box(bundled_client, words, place)[0] == "Llinell Gymorth y NSPCC"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("meddyg a&e yma, claf wedi cael ei cham-drin yn rhywiol neithiwr", "Y Rhyl"),
        ("cyflogwraig, aelod o staff yn oroeswraig ac angen help", "Casnewydd"),
        ("gweithiwr gofal, preswylydd â dementia wedi datgelu cam-drin", "Abertawe"),
    ],
)
def test_a_grown_up_client_gets_no_childrens_lines_first(bundled_client, words, place):
    box = _box(bundled_client, words, place)
    assert box[0] not in ("Llinell gymorth Meic", "Childline", "Llinell Gymorth y NSPCC")
    assert "Llinell gymorth Meic" not in box


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a professional telling of a pupil keeps the NSPCC first
        ("athrawes, disgybl wedi datgelu cam-drin gan ei llystad", "Bangor"),
    ],
)
def test_a_pupil_keeps_the_nspcc_first(bundled_client, words, place):
    assert _box(bundled_client, words, place)[0] == "Llinell Gymorth y NSPCC"
