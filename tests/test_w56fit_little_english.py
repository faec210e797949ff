"""(lane w56fit, check58 finding 9) A parent who says they have little English, naming no
language ("i no speak english good", "my english very bad"), had no interpreter line: it showed
only when a language was named. Little English said now brings it."""

import pytest

from tests.helpers import searched

INTERPRETERS = "interpreters"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my son 9. man touch him. my english very bad. help", "Bradford"),
        ("i no speak english good, my girl 13 her uncle do sex to her", "Luton"),
    ],
)
def test_little_english_said_brings_the_interpreter_line(bundled_client, words, place):
    assert INTERPRETERS in searched(bundled_client, words, place).get_text(" ")


def test_guard_english_named_otherwise_brings_no_interpreter_line(bundled_client):
    # (guard, passes on main too) "english" as a school subject
    page = searched(bundled_client, "my english teacher touched me, im 14", "Luton")
    assert INTERPRETERS not in page.get_text(" ")
