"""(review of the twenty-sixth session) Someone hitting the writer, told in another language
with a time gone by, is not danger now: Romanian "acum două zile" is "two days ago", and the
page gave it "In danger now? Call 999." as if "acum" (now) were said alone."""

from __future__ import annotations

import pytest

from tests.helpers import searched, texts_of


def _danger(client, words: str, place: str) -> str:
    return " ".join(texts_of(searched(client, words, place), ".app-danger-now"))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("barbatul meu m-a batut, ma bate acum trei zile", "Luton"),
        # (passes before too: read another way)
        ("me pega hace dos dias, ayuda", "Slough"),
    ],
)
def test_a_beating_told_days_ago_in_another_language_gets_no_999_box(bundled_client, words, place):
    assert "999" not in _danger(bundled_client, words, place)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass before too): now, or a plea with no time
        ("ajutor sotul ma bate acum", "Luton"),
        ("me pega ahora, ayuda por favor", "Slough"),
    ],
)
def test_a_beating_now_in_another_language_keeps_the_999_box(bundled_client, words, place):
    assert "999" in _danger(bundled_client, words, place)
