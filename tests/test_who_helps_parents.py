"""(thirty-first walk-through F5) "who helps parents after a child is abused in the family" is a
parent's (or someone for parents') question: the talk box opens with the line for adults
worried about a child (the NSPCC), never Childline first, as "help for parents" already does."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box


@pytest.mark.parametrize(
    "words",
    [
        "who supports mums when their kid has been sexually abused by a relative",
        "who is there for parents when abuse happens in the family",
    ],
)
def test_who_helps_parents_is_a_parents_question(bundled_client, words):
    lines = talk_box(searched(bundled_client, words, "Bingham"))
    assert lines and lines[0].startswith("NSPCC"), lines


def test_who_helps_a_child_is_still_not_a_parents_question(bundled_client):
    lines = talk_box(searched(bundled_client, "who helps me my cousin touches me im 12", "Bingham"))
    assert lines[0].startswith("Childline"), lines
