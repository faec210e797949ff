"""(w61cy2, Welsh review 25 F11, in part) A professional's Welsh "atgyfeiriad" (a referral,
the noun) is read as the adult asking for a child, as "atgyfeirio" (to refer) and the English
"referral" are: the NSPCC first, not Meic and Childline. Other words and towns than the
review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("sut i gyflwyno atgyfeiriad at yr heddlu", "Caerfyrddin"),
        ("atgyfeiriad i wasanaethau plant am blentyn 9 oed", "Bangor"),
    ],
)
def test_welsh_referral_noun_gets_the_nspcc_first(bundled_client, words, place):
    box = talk_names(talk_box(searched(bundled_client, words, place, welsh=True)))
    assert box[0] == "Llinell Gymorth y NSPCC", box


def test_english_referral_unchanged(bundled_client):
    # guard (passes on main too): the English twin
    box = talk_names(talk_box(searched(bundled_client, "how to make a referral to the police", "")))
    assert box[0] == "NSPCC Helpline", box
