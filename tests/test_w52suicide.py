"""(w52suicide, check55 findings 4, 5 and 6) Overdoses said with a vague amount or a part of a
pack, someone else's suicide now, and one's own said barely.

- "took half a packet of co-codamol", "took some pills" had no overdose warning and no
  Samaritans; everyday doses ("some paracetamol for my headache") stay unwarned.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

OVERDOSE = "If you have taken an overdose"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ive taken half a box of my nans sertraline", "Bridlington"),
        ("i just took some meds and i feel nothing", "Taunton"),
        ("ive taken most of a packet of co-codamol", "Wrexham"),
        ("i took the rest of the sleeping tablets", "Carlisle"),
        ("i took some tablets twenty minutes ago", "Stafford"),
    ],
)
def test_an_overdose_said_with_a_vague_amount_or_part_of_a_pack_is_warned(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OVERDOSE), words
    assert "Samaritans" in talk_names(talk_box(soup))[:2], talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i took some ibuprofen for my period pain", "Bridlington"),
        ("i took a couple of paracetamol", "Taunton"),
        ("i took some tablets to help me sleep", "Wrexham"),
        ("i took some pills off my brother", "Carlisle"),
    ],
)
def test_everyday_doses_said_with_some_are_not_warned(bundled_client, words, place):
    """A guard: these pass on main too."""
    assert not warned(searched(bundled_client, words, place), OVERDOSE), words
