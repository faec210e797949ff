"""Location search through the finder: radius, distance, coverage, national group, messages."""

from __future__ import annotations

import logging

import pytest

from directory import messages
from directory.finder import FindError, FindRequest, find
from directory.params import request_from_args

NATIONAL = {"fictional-national-helpline", "fictional-national-chat"}


def run(index, gazetteer, **params):
    return find(index, gazetteer, FindRequest(**params))


def local_ids(results):
    return [item.service.id for item in results.local.items]


def listed_near_ids(results):
    """The local services, then those near that cover other areas (listed apart since the
    fifth walk-through F4: a Bradford-only service is not "near" Leeds)."""
    return local_ids(results) + [item.service.id for item in results.other_areas]


def national_ids(results):
    return {item.service.id for item in results.national}


def test_radius_filters_venues(index, gazetteer):
    near = local_ids(run(index, gazetteer, location="Leeds", radius=10))
    assert "fictional-leeds-counselling" in near
    # ~8.4 miles, but it states Bradford's council only: not Leeds's (fourth walk-through F3,
    # F5: deliberately changed; it was listed last)
    assert "fictional-bradford-isva" not in near
    assert "fictional-manchester-children" not in near  # ~36 miles
    far = local_ids(run(index, gazetteer, location="Leeds", radius=50))
    # Manchester's own service (36 miles) states councils that leave Leeds out: left out
    assert "fictional-manchester-children" not in far
    only_5 = local_ids(run(index, gazetteer, location="Leeds", radius=5))
    assert "fictional-bradford-isva" not in only_5


def test_sorted_by_distance_with_distances_in_miles(index, gazetteer):
    results = run(index, gazetteer, location="Leeds", radius=50)
    with_venue = [i for i in results.local.items if i.distance_miles is not None]
    distances = [i.distance_miles for i in with_venue]
    assert distances == sorted(distances)
    by_id = {i.service.id: i.distance_miles for i in with_venue}
    assert by_id["fictional-leeds-counselling"] < 1
    # the Bradford-only service 8.5 miles away is left out (fourth walk-through: deliberately)
    assert "fictional-bradford-isva" not in by_id
    # venues first, then services that only cover the area (third walk-through F5: a venue
    # whose service states councils that leave the place out follows both)
    kinds = [
        "venue" if i.distance_miles is not None else "area"
        for i in results.local.items
        if i.covers or not i.service.service_area.local_authorities
    ]
    assert kinds == sorted(kinds, key=lambda k: k != "venue")


def test_sort_by_relevance_when_asked(index, gazetteer):
    results = run(index, gazetteer, q="advocate", location="Leeds", radius=50, sort="relevance")
    assert listed_near_ids(results)[0] == "fictional-bradford-isva"
    assert results.sort == "relevance"


def test_area_coverage_region_council_and_county(index, gazetteer):
    # Yorkshire region line has no venue but covers Leeds (region) and not Manchester
    leeds = run(index, gazetteer, location="Leeds")
    covers = {i.service.id: i.covers for i in leeds.local.items}
    assert covers["fictional-yorkshire-line"] == "region"
    assert covers["fictional-leeds-counselling"] == "council"
    manchester = run(index, gazetteer, location="Manchester")
    assert "fictional-yorkshire-line" not in local_ids(manchester)
    # Kent county covers Maidstone (a district in Kent) by county
    maidstone = run(index, gazetteer, location="ME14")
    assert {i.service.id: i.covers for i in maidstone.local.items} == {
        "fictional-kent-outreach": "county"
    }


def test_national_services_are_always_a_separate_group(index, gazetteer):
    for params in (
        {},
        {"location": "Leeds"},
        {"location": "Leeds", "radius": 5},
        {"location": "CF10", "page": 9},
        {"location": "Truro"},
        {"q": "counselling", "location": "LS1"},
    ):
        results = run(index, gazetteer, **params)
        assert not NATIONAL & set(local_ids(results))
        assert results.national_total == len(results.national)
        assert national_ids(results) & NATIONAL, params


def test_national_group_not_pushed_off_by_many_local_results(index, gazetteer):
    results = run(index, gazetteer, location="Leeds", radius=100, per_page=1)
    assert results.local.total > 1
    assert national_ids(results) == NATIONAL


def test_nothing_near_says_so_and_widens(index, gazetteer):
    # Cardiff families is the only Welsh fixture; from Swansea (~35 miles) nothing within 25
    results = run(index, gazetteer, location="Swansea", radius=25)
    assert results.nothing_near
    assert results.wider is not None and results.wider.radius == 50
    message = messages.nothing_near_message(results)
    assert "no local services within 25 miles" in message
    assert "within 50 miles" in message
    assert national_ids(results) == NATIONAL


def test_nothing_near_even_far_away_points_to_national(index, gazetteer):
    results = run(index, gazetteer, location="Truro", radius=100)
    assert results.nothing_near and results.wider is None
    assert "wherever you live" in messages.nothing_near_message(results)
    assert results.national


@pytest.mark.parametrize(
    ("location", "status", "words"),
    [
        ("EH1 1AA", "not_covered", "covers England and Wales"),
        ("Glasgow", "not_covered", "covers England and Wales"),
        ("BT1", "not_covered", "covers England and Wales"),
        ("75001", "overseas", "outside the UK"),
        ("LS1 4A", "bad_postcode", "could not recognise that postcode"),
        ("Atlantis Bay", "unknown", "could not find that place"),
        ("Newport", "ambiguous", "Choose the one you mean"),
    ],
)
def test_location_problems_get_a_clear_message(index, gazetteer, location, status, words):
    results = run(index, gazetteer, location=location)
    assert results.location_problem == status
    message = messages.location_message(results)
    assert words in message
    assert local_ids(results) == []
    assert results.national, "people must always see where to get help"


def test_outside_england_and_wales_shows_uk_wide_services_only(index, gazetteer):
    results = run(index, gazetteer, location="Glasgow")
    assert national_ids(results) == {"fictional-national-helpline"}


def test_bad_postcode_message_has_an_example(index, gazetteer):
    message = messages.location_message(run(index, gazetteer, location="ZZ9 9ZZ"))
    assert "for example LS1 4AP" in message


SEARCHED = [
    "LS1 4AP",
    "ls14ap",
    "Leeds",
    "Mancester",
    "EH1 1AA",
    "ZZ9 9ZZ",
    "Atlantis Bay",
    "Newport",
    "SW1A 1AA",
]


@pytest.mark.parametrize("location", SEARCHED)
def test_searched_place_never_in_logs_or_messages(index, gazetteer, caplog, location):
    caplog.set_level(logging.DEBUG)
    results = run(index, gazetteer, q="secret words", location=location)
    texts = [r.getMessage() for r in caplog.records]
    assert any(t.startswith("search ") for t in texts), "the search log line is missing"
    shown = [
        m for m in (messages.location_message(results), messages.nothing_near_message(results)) if m
    ]
    for text in texts + shown:
        assert location.lower() not in text.lower()
        assert location.replace(" ", "").lower() not in text.replace(" ", "").lower()
        assert "secret" not in text


@pytest.mark.parametrize(
    ("args", "param"),
    [
        ({"radius": ["7"]}, "radius"),
        ({"radius": ["abc"]}, "radius"),
        ({"sort": ["price"]}, "sort"),
        ({"page": ["-1"]}, "page"),
        ({"page": ["1e9"]}, "page"),
        ({"per_page": ["101"]}, "per_page"),
        ({"support": ["magic"]}, "support"),
        ({"location": ["x" * 101]}, "location"),
    ],
)
def test_bad_parameters_raise_a_named_error(args, param):
    with pytest.raises(FindError) as caught:
        request_from_args(args)
    assert caught.value.param == param


def test_parameters_are_read(index, gazetteer):
    request = request_from_args(
        {
            "q": ["isva"],
            "location": ["Leeds"],
            "radius": ["50"],
            "support": ["advocacy-isva", "helpline"],
            "page": ["1"],
        }
    )
    assert request.filters == {"support": ("advocacy-isva", "helpline")}
    results = find(index, gazetteer, request)
    assert listed_near_ids(results)[0] == "fictional-bradford-isva"


def test_nothing_near_that_matches_never_says_there_is_nothing_near(index, gazetteer):
    # words or filters can leave out services that are near: the message says it is the
    # search that found none
    results = run(index, gazetteer, q="counselling", location="Swansea", radius=25)
    assert results.nothing_near
    message = messages.nothing_near_message(results)
    assert "within 25 miles that match your search" in message
