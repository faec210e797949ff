"""(twenty-sixth walk-through F3; branch w32child) A child's first local card is one they can
use, and their words are not "corrected".

1. A word with a digit in it (an age with its unit, "12yo", "14yrs", a school year "yr9", a
   postcode, a phone number) is never offered a spelling correction.

Tested in other words and other towns than the report's, English and Welsh. Every test marked
"old:" fails on 8a88b11.
"""

from __future__ import annotations

import pytest

from .helpers import page


def _search(client, path: str, q: str, location: str = ""):
    query = {"q": q, "location": location} if location else {"q": q}
    return page(client.get(path, query_string=query, follow_redirects=True))


def _suggestion(soup) -> str:
    found = soup.select_one(".app-suggestion")
    return " ".join(found.get_text(" ").split()) if found else ""


# --- 1. (F3) words with digits are never "misspelt" ------------------------------------------


@pytest.mark.parametrize(
    ("path", "q", "location"),
    [
        ("/search", "frightened. my uncle touches me when mum is out. 10yrs", "Ledbury"),
        ("/search", "my step brother comes in my room at night 10yrs", "Settle"),
        ("/search", "abused by my grandad as a boy, 18yrs ago, want counselling", "Bungay"),
        ("/search", "any help for u18s? my cousin hurts me", ""),
        ("/cy/search", "mae ewythr fi yn cyffwrdd fi, 10yrs", "Tywyn"),
    ],
)
def test_a_word_with_digits_is_never_offered_a_correction(bundled_client, path, q, location):
    """old: "…13yrs" at the end of a child's words was "corrected" to "13s" (the listings'
    "13s"); "10yrs" to "10s", "18yrs" and "u18s" to "18s"."""
    soup = _search(bundled_client, path, q, location)
    line = _suggestion(soup)
    typed = {w.strip(".,?!") for w in q.split()}
    offered = {w.strip("“”\"'") for w in line.split()}
    assert not {w for w in offered if any(ch.isdigit() for ch in w)} - typed, line
