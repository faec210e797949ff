"""(w53cymore, the twenty-first Welsh review F9) A parent or grandparent in their ordinary Welsh
words ("mae'n hogan fach i…" my little girl, "mae'r plant wedi dweud wrtha i…" the children
have told me, "dw i'n magu'r wyrion" I'm raising the grandchildren, "nain ydw i" I'm a nan)
was read as a child: "Siarad â rhywun nawr" was Meic, Byw Heb Ofn and Childline, and Stop It
Now came among the first cards. The English twins, and "fy merch fach", start the box with the
NSPCC's line for adults worried about a child."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box

NSPCC = "0808 800 5000"
CHILDLINE = "0800 1111"


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("mae'n hogyn bach i wedi deud bod ei ewythr wedi ei gyffwrdd", "Porthmadog"),
        ("mae'r plant wedi deud wrtha i bod eu llystad yn eu cam-drin", "Pen-y-bont ar Ogwr"),
        (
            "dw i'n magu'r wyres ers i'w thad fynd i'r carchar ac mae hi wedi deud bod o wedi "
            "ei cham-drin",
            "Dolgellau",
        ),
        ("mam-gu ydw i, mae'r ŵyr yn byw gyda fi ac mae e wedi datgelu cam-drin", "Llanelli"),
        ("tad-cu ydw i, ac mae'r wyres wedi gweud wrtha i bod dyn yn ei chyffwrdd hi", "Aberteifi"),
    ],
)
def test_a_welsh_parent_or_grandparent_gets_the_nspcc_line_first(bundled_client, words, town):
    box = talk_box(searched(bundled_client, words, town, welsh=True))
    assert box and NSPCC in box[0], box
    assert not any(CHILDLINE in line for line in box), box


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("mae'n chwaer fach i wedi deud bod taid yn ei chyffwrdd", "Y Drenewydd"),
        ("mae'r plant eraill yn yr ysgol wedi deud wrtha i bod o'n cyffwrdd fi", "Aberaeron"),
    ],
)
def test_a_child_telling_of_a_sister_or_other_children_keeps_the_childrens_lines(
    bundled_client, words, town
):
    """Guard (passes on main and here): a little sister, or other children at school, are a
    child's words, not a parent's."""
    box = talk_box(searched(bundled_client, words, town, welsh=True))
    assert any(CHILDLINE in line for line in box), box
    assert not (box and NSPCC in box[0]), box
