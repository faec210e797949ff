"""(w62missing, check62 finding 4) A parent whose child is missing now, or has not come home.

"my daughter is missing", "my daughter hasnt come home and shes with that older man" and "my 11
year old is missing and was talking to someone on discord" had no "In danger now? Call 999"
box, and Stop It Now (the line for people worried about their own or someone else's sexual
behaviour) second in "Talk to someone now". Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

DANGER = "In danger now? Call 999"
STOP_IT_NOW = "Stop It Now helpline"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my son has gone missing", "Derby"),
        ("our 13 yr old hasnt come back home from school and her phone is off", "Swindon"),
        ("my teenage daughter is missing since this morning", "Norwich"),
        ("my boy is still missing and was chatting to a man on roblox", "Carlisle"),
    ],
)
def test_a_child_missing_now_gets_999_and_no_stop_it_now(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, DANGER)
    names = talk_names(talk_box(soup))
    assert STOP_IT_NOW not in names, names
    assert names[0] == "NSPCC Helpline", names


def test_a_child_missing_in_welsh_gets_the_999_box(bundled_client):
    soup = searched(bundled_client, "mae fy mab ar goll ers neithiwr", "Bangor", welsh=True)
    assert warned(soup, "Mewn perygl nawr?")


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): missing someone or something, the past, a question
        ("my son is missing his dad since the divorce", "Derby"),
        ("my daughter is missing school because of anxiety", "Swindon"),
        ("my daughter went missing for a night last year after what happened", "Norwich"),
        ("what should i do if my child goes missing", "Carlisle"),
        ("my son lost his phone and it is missing", "Derby"),
    ],
)
def test_missing_someone_or_the_past_gets_no_999_box(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), DANGER)


def test_a_parent_naming_sexual_behaviour_keeps_stop_it_now(bundled_client):
    # guard (pass on main too): behaviour named, nobody missing now
    soup = searched(bundled_client, "my son is looking at child abuse images", "Derby")
    assert STOP_IT_NOW in talk_names(talk_box(soup))
