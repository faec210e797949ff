"""(w63cy2, judged w54j-10, twenty-fifth Welsh review "not counted") Abuse told by what it left
(flashbacks, nightmares of it, "what he did") or counted in years after ("to court after 30
years"), in English and Welsh.

"flashbacks of what my grandad did getting worse cant sleep" got Childline alone in "Talk to
someone now", and "i still get flashbacks of the abuse", "…nightmares about what he did",
"dwi'n dal i gael ôl-fflachiau o'r gamdriniaeth" led with Childline or Meic: no age is said and
the harm is told as past, so the page must serve an adult as well as a child (the line for anyone
16 or over first, Childline beside it). Years counted after ("after 30 years", "ar ôl 30
mlynedd") are a grown-up's: the adult lines. Other words and towns than the review's and the
judged case's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names

ADULTS_LINE = "24/7 Rape & Sexual Abuse Support Line"
LIVE_FEAR_FREE_CY = "Llinell Gymorth Byw Heb Ofn"
CHILDREN = {"Childline", "Llinell gymorth Meic", "Meic helpline"}


def _box(client, words: str, place: str, welsh: bool = False) -> list[str]:
    return talk_names(talk_box(searched(client, words, place, welsh=welsh)))


@pytest.mark.parametrize(
    ("words", "place", "welsh", "first"),
    [
        ("i still have nightmares about the rape", "Bristol", False, ADULTS_LINE),
        ("cant cope with the flashbacks of what my stepdad did", "Norwich", False, ADULTS_LINE),
        ("dwi'n cael hunllefau am be nath fy ewythr", "Abertawe", True, LIVE_FEAR_FREE_CY),
        ("dw i dal yn cael ôl-fflachiau o'r cam-drin", "Bangor", True, LIVE_FEAR_FREE_CY),
    ],
)
def test_past_abuse_told_by_what_it_left_leads_with_the_adults_line_beside_childline(
    bundled_client, words, place, welsh, first
):
    box = _box(bundled_client, words, place, welsh)
    assert box[0] == first, box
    assert CHILDREN & set(box), box  # no age said: a child may be asking too


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("i want to report my uncle to the police after 25 years", "Plymouth", False),
        ("dw i eisiau mynd i'r llys ar ôl 20 mlynedd", "Wrecsam", True),
        ("ar ôl yr holl flynyddoedd dw i eisiau dweud wrth yr heddlu", "Aberystwyth", True),
    ],
)
def test_years_counted_after_get_the_adult_lines(bundled_client, words, place, welsh):
    box = _box(bundled_client, words, place, welsh)
    assert not CHILDREN & set(box), box


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): abuse going on now, an age said, or a few years, keep a
        # child's page a child's page
        ("i keep having nightmares about what my stepbrother does to me", "Hull"),
        ("im 13 and i get flashbacks of what my cousin did", "Derby"),
        ("i have bad dreams about what my uncle did to my sister", "Leeds"),
    ],
)
def test_a_child_with_nightmares_keeps_childline_first(bundled_client, words, place):
    assert _box(bundled_client, words, place)[0] == "Childline"


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        # help asked for victims as a group, as "help for survivors" is read: an adult's words
        ("advice for sexual assault victims before a trial", "Sheffield", False),
        ("cymorth i ddioddefwyr yn y llys", "Abertawe", True),
    ],
)
def test_help_asked_for_victims_gets_the_adult_lines(bundled_client, words, place, welsh):
    box = _box(bundled_client, words, place, welsh)
    assert not CHILDREN & set(box), box


def test_a_child_asking_for_victims_keeps_childline_first(bundled_client):
    # guard (passes on main too): an age said is a child's, whatever they ask for
    assert _box(bundled_client, "im 13 is there help for victims", "Sheffield")[0] == "Childline"
