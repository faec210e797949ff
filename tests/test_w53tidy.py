"""(w53tidy) Two false alarms w53danger's wider "who" brought, said in its report: a teacher
or relative coming round tonight on an errand said, and fear of telling someone who is near
("my nan is in the house and im scared to tell her"). The danger itself still warns."""

from __future__ import annotations

import pytest

from tests.helpers import danger_first, searched, warned

DANGER = "In danger now"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my maths teacher is coming round tonight to talk to my dad", "Stafford"),
        ("my gran is downstairs and im too scared to tell her", "Preston"),
        ("my sister is beating me at mario kart right now lol", "Stafford"),
        ("my dad is beating my brother at chess right now", "Preston"),
    ],
)
def test_an_errand_or_a_fear_of_telling_is_not_danger_now(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), DANGER), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my stepdad is coming round tonight to see me and im scared", "Stafford"),
        ("my uncle is coming over tonight to talk to me again", "Preston"),
    ],
)
def test_a_visit_that_may_be_the_harm_still_warns(bundled_client, words, place):
    """A guard: these pass on main too."""
    assert DANGER in danger_first(searched(bundled_client, words, place))


def test_a_welsh_danger_of_losing_something_is_not_danger_now(bundled_client):
    soup = searched(bundled_client, "rydw i mewn perygl o golli'r tŷ", "Llandudno", welsh=True)
    assert not warned(soup, "Mewn perygl nawr")
