"""(w54cychild, the twenty-second Welsh review F7) A parent who says "our" as Welsh speakers
say it ("mae'n merch ni…", "ein … ni" said "'n … ni"), or who calls their girl or boy by the
south-west's words ("crotan", "croten", "y groten", "crwtyn", "y crwt"), was read as a child:
"Siarad â rhywun nawr" was Meic, Byw Heb Ofn and Childline. It now starts with the NSPCC's line
for adults worried about a child, as "mae ein merch wedi dweud…" and "ma'n merch i…" did."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box

NSPCC = "0808 800 5000"
CHILDLINE = "0800 1111"


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("ma'n mab bach ni wedi sôn bod ei gefnder yn ei gyffwrdd", "Llandeilo"),
        ("mae'n hogan ni'n deud bod ei nain yn ei brifo hi", "Blaenau Ffestiniog"),
        ("ma'r crwt wedi gweud bod y dyn drws nesa wedi dangos lluniau iddo fe", "Hwlffordd"),
        ("ma'r groten fach yn gweud bod ei llystad yn dod i'w stafell", "Aberteifi"),
        ("fy nghrwtyn i, mae e'n 9 ac wedi gweud bod tad-cu'n ei gyffwrdd", "Rhydaman"),
    ],
)
def test_a_parents_our_or_southern_words_get_the_nspcc_line_first(bundled_client, words, town):
    box = talk_box(searched(bundled_client, words, town, welsh=True))
    assert box and NSPCC in box[0], box
    assert not any(CHILDLINE in line for line in box), box


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("dw i'n groten 13 oed a ma fy ewyrth yn cyffwrdd â fi", "Llanelli"),
        ("mae'n chwaer ni wedi deud bod taid yn ei chyffwrdd", "Pwllheli"),
    ],
)
def test_a_girl_herself_or_a_child_telling_of_a_sister_keeps_childline(bundled_client, words, town):
    """Guard (passes on main and here): a girl calling herself "groten", or a child's "our
    sister", are a child's words."""
    box = talk_box(searched(bundled_client, words, town, welsh=True))
    assert any(CHILDLINE in line for line in box), box
    assert not (box and NSPCC in box[0]), box
