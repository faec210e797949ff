"""(lane w48kin, thirty-sixth walk-through F5) A young person who calls their own thoughts about a
younger child of the family odd ("weird", "strange", "dirty") is worried about their own
thoughts: Stop It Now's line in the box, beside Childline. Before, only "sexual thoughts", or
the wish to stop, was read so; "weird thoughts about my little cousin" read as a child harmed.
A crush ("feelings for my cousin") and thoughts someone else has about them are not (guards)."""

import pytest

from tests.helpers import searched, talk_box, talk_names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im 15 and i get dirty thoughts about my younger cousin", "Norwich"),
        ("im 13 and having strange thoughts about my baby sister, it scares me", "Bolton"),
    ],
)
def test_a_young_persons_odd_thoughts_about_a_younger_child_bring_stop_it_now(
    bundled_client, words, place
):
    box = talk_names(talk_box(searched(bundled_client, words, place)))
    assert "Stop It Now helpline" in box, box


@pytest.mark.parametrize(
    "words",
    ["im 14 and i have feelings for my cousin", "im 12 and my cousin has weird thoughts about me"],
)
def test_guard_a_crush_or_someone_elses_thoughts_are_not_own_behaviour(bundled_client, words):
    """Guard (passes on main too)."""
    box = talk_names(talk_box(searched(bundled_client, words, "Norwich")))
    assert "Stop It Now helpline" not in box, box
