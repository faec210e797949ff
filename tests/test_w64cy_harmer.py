"""(w64cy, welsh26 F7) "A man" (dyn) said in Welsh as the one who harms is not the asker being a
man.

"ma dyn hŷn yn prynu pethe i fi ac isio cwrdd" (an older man buys me things and wants to
meet) had only the Men's Advice Line and the National Male Survivor Helpline as cards, and "ma'n
athro i'n gyrru negeseuon rhyfedd i fi" (my teacher is sending me weird messages: "ma'n"
cleans to "man") had the Men's Advice Line second; the English twins have neither. Other
wordings and towns than the review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched

MENS_LINES = ("Men's Advice Line", "National Male Survivor Helpline")


def _men_lines(soup) -> list[str]:
    return [words for _, words in cards_and_words(soup) if any(m in words for m in MENS_LINES)]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae dyn o'r clwb pêl-droed yn rhoi anrhegion i fi", "Wrecsam"),
        ("ma'n hyfforddwr nofio i'n gofyn am fy rhif i", "Llanelli"),
        ("mae'r dyn drws nesa yn edrych arna i'n rhyfedd", "Hwlffordd"),
    ],
)
def test_a_man_who_harms_does_not_bring_the_mens_lines(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert not _men_lines(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): the asker a man, help asked for men
        ("dyn 52 ydw i, ges i fy ngham-drin yn blentyn", "Caerdydd"),
        ("grŵp cefnogi i ddynion a gafodd eu cam-drin", "Caerdydd"),
    ],
)
def test_a_man_asking_or_help_for_men_keeps_a_mens_line(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert _men_lines(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae dyn hŷn yn y siop yn rhoi pres i fi", "Abertawe"),
        ("ma dynion hŷn yn y parc yn rhoi fodca i ni", "Wrecsam"),
    ],
)
def test_an_older_man_giving_things_brings_the_exploitation_service(bundled_client, words, place):
    # as "an older man buys me things" brings Barnardo's Seraf (sexual exploitation) in Wales
    soup = searched(bundled_client, words, place, welsh=True)
    names = [words for _, words in cards_and_words(soup)[:5]]
    assert any("Barnardo's Seraf" in name for name in names), names
    assert not _men_lines(soup)
