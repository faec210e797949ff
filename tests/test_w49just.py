"""(check51 findings 1 and 2, w49just) An assault said with "just" ("my brother just raped me")
happened minutes ago: the recent-assault warning shows, whoever did it. Before, it showed only
for "he" with no relative named, and not for a child who gave an age. And danger now said in
more ways brings the 999 warning: locked or barricaded in, someone who just tried to get in, a
child left alone with or kept by the one who harmed them, a child "at immediate risk"; not
someone who says the child is not at immediate risk."""

from __future__ import annotations

import pytest

from tests.helpers import searched, texts_of, warned

RECENT = "If it happened in the last few days"
DANGER = "In danger now? Call 999"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my brother just raped me", "Hull"),
        ("im 14 and my uncle has just sexually assaulted me", "Bury"),
        ("my grandad just molested me in the garage", "Crewe"),
    ],
)
def test_an_assault_said_with_just_is_recent(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place), RECENT), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i have barricaded myself in my room, my stepfather is drunk", "Bury"),
        ("my son is alone with his dad who abused him and im scared", "Crewe"),
        ("my ex wont bring my daughter back and he hurt her before", "Yeovil"),
        ("my nephew is in immediate danger from his mums partner", "Dover"),
    ],
)
def test_more_ways_of_danger_now_bring_999(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place), DANGER), words


@pytest.mark.parametrize(
    "words",
    [
        "the children are not at immediate risk but i am worried about their stepdad",
        "it wasnt just touching, he raped me when i was 9",
    ],
)
def test_no_danger_or_recent_warning_where_none_is_said(bundled_client, words):
    # guard: passes before and after the change
    soup = searched(bundled_client, words, "Dover")
    assert not warned(soup, DANGER) and not warned(soup, RECENT), texts_of(
        soup, ".govuk-warning-text"
    )
