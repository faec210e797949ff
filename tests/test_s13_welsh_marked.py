"""(ninth cold Welsh review EN1) On a Welsh page, the English name of the area a place was typed
with, in "we know a place of that name only elsewhere, not in …", is marked as English, as the
choices below it already are, so that a screen reader says it in an English voice; a Welsh area
is not marked, and the English page is plain text. (Other places than the review's.)"""

from __future__ import annotations

import pytest

from tests.helpers import page


def _sentence(client, prefix: str, location: str):
    soup = page(client.get(f"{prefix}/search", query_string={"q": "help", "location": location}))
    found = [
        p for p in soup.select("p.govuk-body") if "ardal" in p.get_text() or "only" in p.get_text()
    ]
    assert found, soup.select("p.govuk-body")[:3]
    return found[0]


def test_an_english_area_is_marked_english_in_the_welsh_sentence(bundled_client):
    sentence = _sentence(bundled_client, "/cy", "Betws-y-Coed, Norfolk")
    marked = sentence.select('span[lang="en"]')
    assert [span.get_text() for span in marked] == ["Norfolk"], str(sentence)


@pytest.mark.parametrize(
    ("prefix", "location"), [("/cy", "Skipton, Powys"), ("", "Betws-y-Coed, Norfolk")]
)
def test_a_welsh_area_or_an_english_page_has_no_mark(bundled_client, prefix, location):
    assert not _sentence(bundled_client, prefix, location).select("span[lang]")
