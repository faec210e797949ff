"""(w54cychild, the twenty-second Welsh review F9) An adult whose intimate images are shared or
threatened, told in the formal Welsh of Welsh Government and police pages ("delweddau
personol", "delweddau rhywiol", "cam-drin delweddau personol": intimate image abuse), had no
Revenge Porn Helpline in "Siarad â rhywun nawr", where "lluniau noeth" (w53cymore) and the
English "intimate images" have it. A child's own age keeps the children's lines."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box

REVENGE_PORN_HELPLINE = "0345 6000 459"
CHILDLINE = "0800 1111"


@pytest.mark.parametrize(
    ("words", "town", "at"),
    [
        ("mae fy nghyn-ŵr yn bygwth postio delweddau rhywiol ohona i ar-lein", "Casnewydd", 1),
        ("dw i'n 41 ac mae fy mhartner wedi rhoi delweddau noeth ohona i ar y we", "Y Rhyl", 1),
        ("cam-drin delweddau personol", "Bangor", 0),
    ],
)
def test_an_adults_images_in_formal_welsh_bring_the_revenge_porn_helpline(
    bundled_client, words, town, at
):
    box = talk_box(searched(bundled_client, words, town, welsh=True))
    assert len(box) > at and REVENGE_PORN_HELPLINE in box[at], box
    assert not any(CHILDLINE in line for line in box), box


def test_a_childs_own_images_keep_childline_and_not_the_adults_helpline(bundled_client):
    """Guard (passes on main and here): a 15-year-old's images are Childline's (Report Remove
    and CEOP among the cards), not the helpline for adults."""
    words = "mae rhywun yn yr ysgol wedi rhannu delweddau noeth ohona i, dw i'n 15"
    box = talk_box(searched(bundled_client, words, "Aberaeron", welsh=True))
    assert any(CHILDLINE in line for line in box), box
    assert not any(REVENGE_PORN_HELPLINE in line for line in box), box
