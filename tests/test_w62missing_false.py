"""(w62missing, check62 finding 6) Warnings of a recent sexual assault for words of none.

"i was attacked by a dog today" and "we watched a film about rape in PSHE today" got the "If it
happened in the last few days…" box. Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

RECENT = "If it happened in the last few days"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i got attacked by next doors staffie this morning", "Luton"),
        ("i was attacked by a swan at the lake yesterday", "Bedford"),
    ],
)
def test_attacked_by_an_animal_gets_no_recent_box(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), RECENT)


def test_attacked_by_a_man_today_keeps_the_recent_box(bundled_client):
    # guard (passes on main too): a person's attack keeps the box
    soup = searched(bundled_client, "i was attacked by a man on the way home today", "Luton")
    assert warned(soup, RECENT)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("our class had an assembly on sexual assault this morning", "Epsom"),
        ("we watched a documentary about rape in RSE yesterday", "Woking"),
    ],
)
def test_rape_as_a_lessons_subject_gets_no_recent_box(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), RECENT)


def test_a_rape_told_after_a_lesson_keeps_the_recent_box(bundled_client):
    # guard (passes on main too): the act told besides the lesson
    words = "we watched a film about rape today and then he raped me after school"
    assert warned(searched(bundled_client, words, "Woking"), RECENT)
