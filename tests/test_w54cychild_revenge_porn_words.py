"""(w54cychild, the twenty-second Welsh review F12) "pornograffi dial" (revenge porn) put the
Revenge Porn Helpline first in the box and among the cards, yet the page also said
"Doedden ni ddim yn gallu dod o hyd i wasanaeth ar gyfer y geiriau hynny…" (we could not find
a service for those words). The words, with the mutations Welsh gives them ("gyda
phornograffi dial", "am bornograffi dial"), now match the services for images shared online,
so the page no longer says it found nothing, and the helpline stays first."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, text_of

NOTHING_FOUND = "Doedden ni ddim yn gallu dod o hyd i wasanaeth ar gyfer y geiriau hynny"
REVENGE_PORN_HELPLINE = "0345 6000 459"


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("help gyda phornograffi dial", "Caernarfon"),
        ("cyngor am bornograffi dial", "Abertawe"),
        ("mae fy nghyn wedi postio pornograffi dial ohona i", "Wrecsam"),
    ],
)
def test_revenge_porn_in_welsh_shows_the_helpline_without_saying_nothing_was_found(
    bundled_client, words, town
):
    page = searched(bundled_client, words, town, welsh=True)
    assert NOTHING_FOUND not in text_of(page, "main"), words
    box = talk_box(page)
    assert box and REVENGE_PORN_HELPLINE in box[0], box
