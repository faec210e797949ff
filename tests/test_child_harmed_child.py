"""(lane w48sib, check49 finding 4) A parent whose own child sexually harmed another child sees
Stop It Now's line (for worries about a child's sexual behaviour) in "Talk to someone now",
beside the NSPCC's. Before, the words read only as sexual abuse in the family. Not for a
child harmed by someone else (guard)."""

import pytest

from tests.helpers import searched, talk_box, talk_names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my 13 year old daughter sexually assaulted her cousin at a sleepover", "Gloucester"),
        ("our eldest has been doing sexual things to his little sister, he is 12", "Kendal"),
        ("my stepson molested his younger brother", "Maidstone"),
    ],
)
def test_a_parent_whose_child_harmed_another_child_sees_stop_it_now(bundled_client, words, place):
    box = talk_names(talk_box(searched(bundled_client, words, place)))
    assert "Stop It Now helpline" in box, box


def test_guard_a_child_harmed_by_another_is_not_read_as_the_one_who_did_it(bundled_client):
    """Guard (passes on main too)."""
    box = talk_names(
        talk_box(searched(bundled_client, "my daughter was abused by her cousin", "Kendal"))
    )
    assert box[:1] == ["NSPCC Helpline"]
    assert "Stop It Now helpline" not in box, box


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my 12 year old son sexually abused his 6 year old brother", "Wigan"),
        ("my 16 year old daughter sexually assaulted her 7 year old cousin", "Bodmin"),
    ],
)
def test_the_other_childs_age_said_between(bundled_client, words, place):
    # (check51 finding 10) "his 8 year old sister": Stop It Now was left out of the box
    assert "Stop It Now helpline" in talk_names(talk_box(searched(bundled_client, words, place)))
