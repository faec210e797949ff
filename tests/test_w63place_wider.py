"""(forty-eighth walk-through F5) "There are 3 within 50 miles" led only to services for
other areas.

A youth worker at Newent filtered for counselling for 13 to 15: "We found no local services
within 25 miles that match your search. There are 3 within 50 miles"; the wider page showed
three services "not the place you searched". The promise now says they help other areas, and
still counts what the wider page shows. Other towns than the report's.
"""

from __future__ import annotations

import pytest

from directory import messages
from directory.finder import FindRequest, FindResults, find
from tests.helpers import page, texts_of

TEEN_COUNSELLING = {"support": ("counselling-therapy",), "age": ("13-15",)}


def _run(directory, location: str, radius: int = 25, q: str = "") -> FindResults:
    request = FindRequest(q=q, location=location, radius=radius, filters=TEEN_COUNSELLING)
    return find(directory.index, directory.gazetteer, request)


@pytest.mark.parametrize("location", ["Ledbury", "Stroud", "Cirencester"])
def test_a_wider_promise_of_other_areas_services_says_so(directory, location):
    results = _run(directory, location)
    assert results.wider is not None
    message = messages.nothing_near_message(results)
    assert f"within {results.wider.radius} miles, but they say they help other areas" in message
    wider = _run(directory, location, radius=results.wider.radius)
    # the count is still what that page lists, and all of it is for other areas
    assert results.wider.count == wider.local.total + len(wider.other_areas)
    assert results.wider.others == results.wider.count


def test_the_promise_of_one_for_another_area_is_singular(directory):
    # an ISVA 40 miles away, for another police area than Hereford's
    results = find(directory.index, directory.gazetteer, FindRequest(q="isva", location="Hereford"))
    assert results.wider is not None and results.wider.count == 1
    message = messages.nothing_near_message(results)
    assert message.endswith(
        f"There is 1 within {results.wider.radius} miles, but it says it helps another area."
    )


@pytest.mark.parametrize(
    ("wider", "said"),
    [
        # services near with no stated area, listed as for the place: the sentence as before
        ((50, 3, 0), "There are 3 within 50 miles."),
        ((50, 4, 1), "There are 4 within 50 miles, some of them for other areas."),
    ],
)
def test_the_promise_says_only_what_is_so(wider, said):
    from directory.none_near import Wider

    assert messages._wider_message(Wider(*wider), messages._identity, messages._plural) == said


@pytest.mark.parametrize(
    ("prefix", "said"),
    [
        ("", "but they say they help other areas"),
        ("/cy", "ond ar gyfer ardaloedd eraill yn unig"),
    ],
)
def test_the_page_says_it_in_english_and_welsh(bundled_client, prefix, said):
    data = {"q": "", "location": "Tewkesbury", **{k: v[0] for k, v in TEEN_COUNSELLING.items()}}
    response = bundled_client.post(prefix + "/search", data=data)
    assert response.status_code == 303
    soup = page(bundled_client.get(response.headers["Location"]))
    assert said in " ".join(" ".join(t.split()) for t in texts_of(soup, "main"))
