"""Local help is not hidden by how the words are put (ninth walk-through F2, F2.5, F5.3).

A parent passing on a small child's words ("grandad hurt her bottom") was told there were no
local services within 25 miles, while the children's SARC was in the town. The causes: the
words children and parents use for private parts and what was done meant nothing to the search;
a story matching no local service hid every local service; and the page said "no local
services" when there were some that only the words did not match. Tested in other words and
towns than the walk-through's."""

from __future__ import annotations

import re

import pytest

from directory.finder import FindRequest, find
from directory.messages import nothing_near_message
from directory.search.understand import understand

from .helpers import near_ids

SUSSEX_CHILDREN = "sussex-childrens-sarc"


def _concepts(text: str) -> set[str]:
    return {c.name for c in understand(text).concepts}


@pytest.mark.parametrize(
    "text",
    [
        "my nephew said his uncle hurt his willy",
        "she told me grandpa rubs her front bottom",
        "he showed me his private bits",
        "the babysitter looks at my privates",
        "my dad plays rude games with me at night",
        "our boy says his cousin does weird stuff to him",
        "my little girl said her uncle hurt her fanny",
        "mae taid yn gwneud pethau rhyfedd i mi",
        "mae ewythr wedi brifo ei bidyn",
        "mae e wedi gweld fy rhannau preifat",
        "he pulls my pants down when mum is out",
        "my daughter said grandad put his hand in her knickers",
        "mae o wedi tynnu fy nillad",
    ],
)
def test_childrens_words_for_private_parts_and_acts_mean_sexual_abuse(text):
    assert "sexual-abuse" in _concepts(text)


@pytest.mark.parametrize("text", ["i have hit rock bottom", "i feel like im at rock bottom"])
def test_rock_bottom_is_distress_not_abuse(text):
    names = _concepts(text)
    assert "sexual-abuse" not in names
    assert "distress" in names


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("our 5 yr old said uncle hurt his willy", "Hove"),
        ("my girl is 6 and told me her stepdad hurts her front bottom", "Hastings"),
        ("he makes me hold his willy im 9", "Worthing"),
    ],
)
def test_a_childs_words_for_abuse_find_the_local_childrens_sarc(
    bundled_index, gazetteer, query, location
):
    results = find(bundled_index, gazetteer, FindRequest(q=query, location=location))
    assert SUSSEX_CHILDREN in [i.service.id for i in results.local.items]
    assert not results.nothing_near


def test_a_story_that_matches_no_local_service_still_shows_those_that_fit(bundled_index, gazetteer):
    # "did something to him" names no kind of help and no word of a local listing
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(
            q="our 6 year old said his grandad did something to him", location="Chichester"
        ),
    )
    assert SUSSEX_CHILDREN in near_ids(results)
    assert not results.nothing_near
    assert nothing_near_message(results) is None


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("counselling for my 8 year old", "Skegness"),
        ("play therapy for a 6 year old", "Spalding"),
    ],
)
def test_no_local_match_says_how_many_services_near_the_words_did_not_match(
    bundled_index, gazetteer, query, location
):
    results = find(bundled_index, gazetteer, FindRequest(q=query, location=location))
    assert results.nothing_near
    assert results.unmatched_near >= 1
    message = nothing_near_message(results)
    assert message is not None
    assert "near you that your words did not match" in message
    # ... and that many are what the search without the words shows there, for the same age
    plain = find(
        bundled_index,
        gazetteer,
        FindRequest(q="", location=location, filters={"age": (results.stated_age_group,)}),
    )
    assert plain.local.total == results.unmatched_near


def test_the_page_links_to_the_services_near_the_words_did_not_match(bundled_client):
    page = bundled_client.get(
        "/search",
        query_string={"q": "play therapy for a 6 year old", "location": "Spalding"},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "your words did not match" in page
    link = re.search(r'<a class="govuk-link" href="([^"]+)">Show all services near you</a>', page)
    assert link is not None
    href = link.group(1).replace("&amp;", "&")
    assert "q=" not in href  # the same search without the words, for the child's age
    assert "age=5-9" in href
    shown = bundled_client.get(href, follow_redirects=True)
    assert shown.status_code == 200
    assert "We found no local services" not in shown.get_data(as_text=True)


def test_services_for_other_areas_are_never_under_near_you(bundled_client):
    # the only local services the words meet say they cover other areas (Barnsley, West
    # Yorkshire), for a parent in Rotherham
    page = bundled_client.get(
        "/search",
        query_string={
            "q": "my daughter 5 told me her uncle did something",
            "location": "Rotherham",
        },
        follow_redirects=True,
    ).get_data(as_text=True)
    away = page.find("Services for other nearby areas")
    assert away != -1
    near = page.find(">Other services near you<")
    covers_elsewhere = page.find("not the place you searched")
    assert covers_elsewhere > away
    assert near == -1 or near > covers_elsewhere


def test_with_no_words_a_community_line_follows_the_open_ones(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(
            q="",
            location="Skegness",
            filters={"age": ("13-15",), "support": ("counselling-therapy",)},
        ),
    )
    ids = [i.service.id for i in results.national]
    community = [n for n, i in enumerate(results.national) if i.service.communities]
    open_ones = [n for n, i in enumerate(results.national) if not i.service.communities]
    assert community and open_ones
    assert max(open_ones) < min(community), ids


def test_a_community_line_nobody_named_is_one_tap_away_not_among_the_first_cards(
    bundled_client,
):
    page = bundled_client.get(
        "/search",
        query_string={
            "q": "teacher, girl 13 disclosed abuse by her stepdad, counselling",
            "location": "Skegness",
            "age": "13-15",
            "support": "counselling-therapy",
        },
        follow_redirects=True,
    ).get_data(as_text=True)
    more = page.find("More services available wherever you live")
    assert more != -1
    assert page.find("Childline") < more
    # (w28more) the others are on a page of their own, one tap away
    assert "Jewish Women" not in page
    link = re.search(r'href="(/results/[^"]+/more)"', page)
    assert link is not None
    assert "Jewish Women" in bundled_client.get(link.group(1)).get_data(as_text=True)


def test_a_community_a_filter_names_comes_first(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(
            q="", location="Skegness", filters={"community": ("jewish",), "age": ("13-15",)}
        ),
    )
    assert results.national
    assert "jewish" in results.national[0].service.communities
    assert results.national_shown_first(3) >= 1


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("my son is 6 and said his uncle hurt his willy", "Barry"),
        ("our girl (5) says her step dad does rude things to her", "Pontypridd"),
    ],
)
def test_a_sarc_for_children_listing_only_sexual_violence_is_near_a_childs_story(
    bundled_index, gazetteer, query, location
):
    # Ynys Saff (Cardiff) sees children and adults, and lists "sexual violence" only: the
    # sexual abuse of a child is that too
    results = find(bundled_index, gazetteer, FindRequest(q=query, location=location))
    assert "ynys-saff-safe-island-sarc-cardiff-royal-infirmary" in near_ids(results)
