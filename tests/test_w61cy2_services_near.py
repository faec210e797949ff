"""(w61cy2, Welsh review 25 F12) "gwasanaethau ger <town>", the Welsh page's own heading
copied into the words, is read as a place, as "services near <town>" is.

"gwasanaethau" (services) found nothing of its own, so the town was dropped and the page
showed "Canlyniadau chwilio", no place and no talk box. Welsh "services", "near" and "local"
now carry no need of their own, as the English words do. Other towns than the review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, text_of


@pytest.mark.parametrize(
    ("words", "heading"),
    [
        ("gwasanaethau ger Llangefni", "Gwasanaethau ger Llangefni"),
        ("gwasanaethau lleol ger Aberdâr", "Gwasanaethau ger Aberdâr"),
        ("gwasanaeth ger Llanidloes", "Gwasanaethau ger Llanidloes"),
    ],
)
def test_welsh_services_near_a_town_is_read_as_the_place(bundled_client, words, heading):
    soup = searched(bundled_client, words, "", welsh=True)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")
    assert soup.find(id="talk-now-title") is not None


@pytest.mark.parametrize(
    ("words", "welsh", "heading"),
    [
        # guards (pass on main too): the English twin, and "cymorth ger"
        ("services near Llangefni", False, "Services near Llangefni"),
        ("cymorth ger Llanidloes", True, "Gwasanaethau ger Llanidloes"),
    ],
)
def test_other_words_near_a_town_unchanged(bundled_client, words, welsh, heading):
    soup = searched(bundled_client, words, "", welsh=welsh)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")
