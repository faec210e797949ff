"""(w53cymore, the twenty-first Welsh review F8) An adult telling in Welsh of their own nude
pictures shared, posted or held over them ("fy lluniau noeth", "nudes fi", "yn fy
mlacmelio"), or naming the abuse ("porn dial"), got the lines for anyone (and, with no
"ohona i", the Internet Watch Foundation's card for reporting images of children among the
first): the English twins got the Revenge Porn Helpline second in the box and first among
the cards. A child's own images in Welsh got Meic and Childline but not Report Remove or
CEOP among the cards."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box

LINE = "revenge-porn-helpline"
NUMBER = "0345 6000 459"
CHILDS_IMAGES = "iwf-report"


def _cards(page) -> list[str]:
    return [sid for sid, _words in cards_and_words(page)]


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("mae fy nghyn-ŵr yn bygwth anfon fy lluniau noeth at fy nheulu, dw i'n 35", "Aberystwyth"),
        ("ma rhywun yn blacmelio fi efo nudes, dw i'n 31", "Pontypridd"),
        ("dw i'n 48 ac mae dyn ar-lein yn fy mlacmelio efo noethluniau", "Y Rhyl"),
        ("mae hi wedi rhoi fy nudes ar Facebook, dw i'n 24", "Hwlffordd"),
    ],
)
def test_an_adult_telling_in_welsh_of_their_own_images_gets_the_line_made_for_them(
    bundled_client, words, town
):
    page = searched(bundled_client, words, town, welsh=True)
    box = talk_box(page)
    assert any("Revenge Porn Helpline" in line and NUMBER in line for line in box[:2]), box
    cards = _cards(page)
    assert LINE in cards[:3], cards
    assert CHILDS_IMAGES not in cards[:4], cards


@pytest.mark.parametrize(
    ("words", "town"), [("help efo porn dial", "Bangor"), ("cymorth pornograffi dial", "Y Fenni")]
)
def test_naming_revenge_porn_in_welsh_puts_the_line_first(bundled_client, words, town):
    page = searched(bundled_client, words, town, welsh=True)
    box = talk_box(page)
    assert box and "Revenge Porn Helpline" in box[0], box
    assert _cards(page)[0] == LINE


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("dw i'n 14 ac mae bachgen yn bygwth rhannu fy lluniau noeth", "Merthyr Tudful"),
        ("mae gan hogyn fy lluniau ac mae o'n bygwth eu dangos nhw, dw i'n 13", "Caerfyrddin"),
    ],
)
def test_a_child_telling_in_welsh_of_their_own_images_gets_report_remove_and_ceop(
    bundled_client, words, town
):
    page = searched(bundled_client, words, town, welsh=True)
    assert not any("Revenge Porn Helpline" in line for line in talk_box(page))
    cards = _cards(page)
    assert {"report-remove", "ceop-safety-centre"} & set(cards[:3]), cards
    assert LINE not in cards, cards


@pytest.mark.parametrize(
    ("words", "town", "welsh"),
    [
        ("im 15 and a lad says hell post my nudes unless i send more", "Wigan", False),
        ("mae rhywun yn rhannu lluniau noeth o fy merch 15", "Y Bala", True),
    ],
)
def test_a_childs_images_never_bring_the_adults_line(bundled_client, words, town, welsh):
    """Guard (passes on main and here): a child's own images, or a parent's child's, keep the
    children's services for images and never the line for adults."""
    page = searched(bundled_client, words, town, welsh=welsh)
    assert not any("Revenge Porn Helpline" in line for line in talk_box(page))
    cards = _cards(page)
    assert LINE not in cards[:5], cards
    assert {"report-remove", "ceop-safety-centre", CHILDS_IMAGES} & set(cards[:5]), cards
