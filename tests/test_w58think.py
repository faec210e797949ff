"""(check60 finding 6) "Thinking about kids" was read backwards both ways. A teacher or parent
thinking about children's welfare, health, presents or their going missing got Stop It Now
alone (the line for people worried about their own sexual thoughts) in the talk box and as
the first card; someone saying only "i keep thinking stuff about children" or "dirty things
about young kids" got Childline and a children's service. Now the first keep their helplines
and no Stop It Now alone; the second see Stop It Now first. Someone thinking of children in a
sexual way, frightened by their thinking, and a survivor's memories keep their pages. Other
words and towns than the check's."""

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names

STOP_IT_NOW = "Stop It Now helpline"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("as a nurse im always thinking about childrens health", "Exeter"),
        ("thinking about kids presents for christmas", "Derby"),
        ("i keep thinking about children going missing and it frightens me", "Carlisle"),
        ("as a dinner lady im thinking about kids safety at lunch", "Bangor"),
    ],
)
def test_thinking_about_something_of_theirs_is_not_read_as_own_thoughts(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    names = talk_names(talk_box(soup))
    assert names != [STOP_IT_NOW], names
    assert len(names) > 1, names
    cards = [sid for sid, _ in cards_and_words(soup)]
    assert cards[:1] != ["stop-it-now"], cards[:3]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i keep thinking stuff about children", "Leicester"),
        ("i think dirty things about young kids", "Swansea"),
        ("cant stop thinking things about kids", "Ipswich"),
        ("i think weird things about small children", "Luton"),
    ],
)
def test_things_thought_about_children_said_bare_or_bad_see_stop_it_now_first(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    names = talk_names(talk_box(soup))
    assert names[:1] == [STOP_IT_NOW], names
    cards = [sid for sid, _ in cards_and_words(soup)]
    assert cards[:1] == ["stop-it-now"], cards[:3]


@pytest.mark.parametrize(
    ("words", "place", "own"),
    [
        ("i think about children in a sexual way", "Bristol", True),
        ("i cant stop thinking about kids and it scares me", "Stoke-on-Trent", True),
        ("i keep thinking about what he did to me when i was a kid", "Bath", False),
    ],
)
def test_guard_own_thoughts_and_a_survivors_memories_keep_their_pages(
    bundled_client, words, place, own
):
    """Guard: passes on main too."""
    soup = searched(bundled_client, words, place)
    names = talk_names(talk_box(soup))
    assert (names[:1] == [STOP_IT_NOW]) is own, names
