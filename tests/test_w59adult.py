"""(w59adult, check60 F7) An adult harmed now by a carer, support worker, personal assistant
or care-home staff ("i am 34 with learning disabilities my support worker touched me") had
NAPAC, the line for adults abused *as children*, or a children's service among the first cards:
an adult's words were read as abuse in the past. Harm now by who cares for them is harm now.
Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from directory.search.understand import understand
from tests.helpers import bundled_records, cards_and_words, searched, talk_box, talk_names

#: the line only for adults abused as children
CHILDHOOD_LINE = "napac"


def _first(client, words: str, place: str, few: int = 3) -> list[str]:
    return [sid for sid, _ in cards_and_words(searched(client, words, place))][:few]


def _only_for_children() -> set[str]:
    return {
        sid
        for sid, record in bundled_records().items()
        if "children-young-people" in record.get("audiences", [])
        and "adult-survivors" not in record.get("audiences", [])
    }


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im 52 and have autism, my support worker keeps touching me", "Nottingham"),
        ("i am 41 with learning difficulties and my key worker touched me", "Coventry"),
        ("my personal assistant touched me when helping me shower", "Bristol"),
        ("my nan is in a care home and one of the carers hits her", "Hull"),
        ("im deafblind and my care worker abuses me", "Cardiff"),
    ],
)
def test_an_adult_harmed_now_by_who_cares_for_them_is_not_sent_to_childhood_or_childrens_help(
    bundled_client, words, place
):
    first = _first(bundled_client, words, place)
    assert CHILDHOOD_LINE not in first, first
    assert not set(first) & _only_for_children(), first


@pytest.mark.parametrize(
    "words",
    [
        "i am 47 and my care worker touches me",
        "im 38 with a learning disability and my support worker touched me",
        "my mother has alzheimers and a carer at the nursing home abused her",
        "i am 63 and live in a care home and a staff member hurts me",
    ],
)
def test_harm_now_by_a_carer_is_not_read_as_abuse_in_the_past(words):
    assert "past-abuse" not in {c.name for c in understand(words).concepts}


@pytest.mark.parametrize(
    "words",
    [
        # guards (pass on main too): childhood, or long ago, said
        "my carer when i was a child in foster care abused me",
        "i am 50 and my support worker abused me when i was a teenager in care",
    ],
)
def test_a_carers_abuse_in_childhood_is_still_the_past(words):
    assert "past-abuse" in {c.name for c in understand(words).concepts}


def test_an_adult_abused_by_a_carer_in_childhood_still_finds_the_childhood_line(bundled_client):
    # guard (passes on main too)
    first = _first(bundled_client, "my carer when i was a child in foster care abused me", "Exeter")
    assert CHILDHOOD_LINE in first, first


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a young carer, a child's age
        ("im a young carer for my dad and his friend touches me", "Gloucester"),
        ("im 14 and my carer touches me", "Luton"),
    ],
)
def test_a_child_with_a_carer_still_has_childline_first(bundled_client, words, place):
    page = searched(bundled_client, words, place)
    assert talk_names(talk_box(page))[:1] == ["Childline"], talk_box(page)
