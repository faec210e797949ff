"""Issue 25, integration of the w15 lanes: what the pages say near a place for someone worried
about their own thoughts, and a forensic centre that stays behind the counselling once a
service for other areas is left out. Other words and towns than the walk-throughs'."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, find


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("frightened by my urges about children, i have never done anything", "Plymouth"),
        ("i keep having sexual thoughts about kids and want to stop", "Leeds"),
    ],
)
def test_no_count_of_other_services_near_someone_worried_about_their_own_thoughts(
    bundled_client, q, location
):
    """The victims' centres never listed near this person were counted as "other services
    near you that your words did not match", a sentence and a link above Stop It Now."""
    response = bundled_client.get(
        "/search", query_string={"q": q, "location": location}, follow_redirects=True
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "your words did not match" not in html
    # ... nor that none near matched, nor to try fewer words: their help is by phone and online
    assert "no local services" not in html.lower()
    assert "Try fewer words" not in html
    assert "/service/stop-it-now" in html
    # (the other way, a count for words matching no local service, is
    # tests/test_w12local.py's)


def test_a_forensic_centre_alone_near_is_not_first_for_a_man_recalling_abuse_as_a_boy(
    bundled_index, gazetteer
):
    """Near Fareham, the Portsmouth counselling the centre followed covers other areas and is
    left out: the centre is then after the national answers, not the first card."""
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(
            q="man of 63, my uncle abused me as a lad, want to talk to someone", location="Fareham"
        ),
    )
    assert results.asker.gender == "male"
    first = results.shown_ids()[0]
    assert "sarc" not in bundled_index.services[first].support_types, results.shown_ids()[:4]
