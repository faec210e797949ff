"""An age said last with a sex word belongs to whoever the words before it name: "…, male 61"
after a request is the asker's own age; "…he was male 19" is the age of the one who did it,
and never becomes the age the page filters services for."""

from __future__ import annotations

import pytest

from tests.helpers import searched, words_of


def _age_line(soup) -> str:
    line = soup.select_one(".app-stated-age")
    return words_of(line) if line else ""


@pytest.mark.parametrize(
    "words",
    [
        "my uncle's mate abused me when i was small, he was male 24",
        "groomed by a man online who said he was male 31",
        "abused by my step cousin years back, she was female 21",
    ],
)
def test_an_age_said_of_the_one_who_did_it_is_not_the_askers(bundled_client, words):
    line = _age_line(searched(bundled_client, words, "Darlington"))
    assert not line, f"{words!r}: the page filters services for the doer's age: {line!r}"


@pytest.mark.parametrize(
    "words", ["looking for a counsellor, male 57", "need someone to talk to, woman 46"]
)
def test_an_age_said_last_after_a_request_is_still_the_askers(bundled_client, words):
    # (the page reached by the form keeps the age out of the page: "the age in your search")
    assert "the age in your search" in _age_line(searched(bundled_client, words, "Darlington"))
