"""(w40cy, thirteenth Welsh review P2) A Welsh page names a village by the Welsh spelling its
cited page gives (``town_names.csv``, "Cefn-mawr" for Cefn Mawr), however the name is typed;
a village only written otherwise (as one word, a doubled letter) is still named as its page
writes it. Cefn Mawr is the only village in the bundled gazetteer whose Welsh spelling differs
from its own name only in a hyphen, so the test types it in other ways than the review did."""

from __future__ import annotations

import pytest

from tests.helpers import page, text_of


def _heading(client, location: str, path: str = "/cy/search") -> str:
    soup = page(client.get(path, query_string={"q": "cwnsela", "location": location}))
    return text_of(soup, "h1")


@pytest.mark.parametrize("typed", ["cefn mawr", "Cefnmawr", "CEFN MAWR"])
def test_a_village_is_named_by_its_welsh_spelling_on_a_welsh_page(bundled_client, typed):
    assert "ger Cefn-mawr, Wrecsam" in _heading(bundled_client, typed)


def test_the_english_page_keeps_the_english_name(bundled_client):
    assert "near Cefn Mawr, Wrexham" in _heading(bundled_client, "cefn-mawr", "/search")


@pytest.mark.parametrize(
    ("typed", "named"),
    [("Llanddewibrefi", "ger Llanddewi Brefi"), ("Penrhyncoch", "ger Penrhyn-coch")],
)
def test_a_village_written_otherwise_is_named_as_its_page_writes_it(bundled_client, typed, named):
    # guard: passes before and after (these are other spellings, not Welsh names)
    assert named in _heading(bundled_client, typed)
