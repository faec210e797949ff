"""Issue 25, integration of the w15 lanes: what the pages say near a place for someone worried
about their own thoughts, and a forensic centre that stays behind the counselling once a
service for other areas is left out. Other words and towns than the walk-throughs'."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, find
from directory.search.understand import understand


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


# --- someone else named as the one who offended (noticed by w16par) -------------------------


@pytest.mark.parametrize(
    "q",
    [
        "my ex partner is on the sex offenders register and ive got two children",
        "our neighbour is a registered sex offender and i have a little boy",
        "ive got a daughter of 6 and my brother was convicted of sex offences against children",
    ],
)
def test_a_parent_naming_someone_elses_offence_is_read_as_a_parent(q):
    """These were read as someone worried about their own behaviour (the offence words name
    the sex offender, the asker said nobody's role): the page offered help to stop offending."""
    assert understand(q).asker.persona == "parent"


@pytest.mark.parametrize(
    ("q", "persona"),
    [
        ("im on the sex offenders register and need help not to reoffend", "own-behaviour"),
        ("my husband was arrested for child abuse images, support for me", "own-behaviour"),
        ("i have two kids and i keep having sexual thoughts about children", "own-behaviour"),
        ("im 45, my uncle abused me as a boy, i have two sons now", "adult"),
    ],
)
def test_the_other_way_own_offending_and_a_survivor_with_children_keep_their_reading(q, persona):
    assert understand(q).asker.persona == persona


# --- the last-few-days warning when the act is only "it" (fourteenth walk-through) ----------


@pytest.mark.parametrize(
    "q",
    [
        "my nans boyfriend done it again this morning im 12",
        "uncle did it to me agen on saturday, im 13",
        "nath fy llystad fy mrifo i neithiwr, dwi'n 12",
    ],
)
def test_it_done_again_recently_is_a_recent_assault(q):
    from directory.search.lexicon import clean_text
    from directory.search.recent import recent_assault

    assert recent_assault(understand(q), clean_text(q))


@pytest.mark.parametrize(
    "q",
    [
        "my uncle did it to me for years when i was little, im 40 now",
        "i was abused as a kid, last night i had a nightmare about it",
    ],
)
def test_the_other_way_long_ago_is_not_recent(q):
    from directory.search.lexicon import clean_text
    from directory.search.recent import recent_assault

    assert not recent_assault(understand(q), clean_text(q))
