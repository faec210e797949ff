"""Local help found on stored public pages for the seventh walk-through's gaps (December 2026,
docs/data.md): a young person or a parent in Berkshire, Buckinghamshire or Oxfordshire now has
a local service that is not a forensic centre, and every new fact came with its page."""

from __future__ import annotations

import json

import pytest

from directory.finder import FindRequest, find
from directory.sources.research_files import read_jsonl

from .helpers import BUNDLED_SERVICES, near_ids

RESEARCH = BUNDLED_SERVICES.parent / "research"
SEVENTH = "seventh walk-through"
YOUNG_VICTIMS_SERVICE = "safe-support-thames-valley"


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("i was sexually abused and i want to talk to someone face to face, im 12", "Wokingham"),
        ("my daughter is 8, abused by a neighbour, where can she get counselling", "Maidenhead"),
        ("teacher - pupil aged 14 disclosed abuse, local service to refer to?", "Banbury"),
    ],
)
def test_a_child_in_the_thames_valley_is_offered_local_support_that_is_not_only_a_sarc(
    bundled_index, gazetteer, query, location
):
    results = find(bundled_index, gazetteer, FindRequest(q=query, location=location))
    local = near_ids(results)
    assert YOUNG_VICTIMS_SERVICE in local, local
    # before, the only local answer was the forensic centre (or nothing at all)
    assert any("sarc" not in bundled_index.services[i].support_types for i in local), local


def test_an_adult_in_the_thames_valley_is_not_offered_the_young_victims_service(
    bundled_index, gazetteer
):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(q="im 34 and was abused as a child, want counselling", location="Oxford"),
    )
    assert YOUNG_VICTIMS_SERVICE not in results.shown_ids()


def test_the_young_victims_service_shows_only_what_its_own_page_says(bundled_index):
    service = bundled_index.services[YOUNG_VICTIMS_SERVICE]
    assert not service.contact.phone  # none was printed: nothing to call
    assert service.contact.website == service.source_url
    assert service.source_kind == "own-website"
    assert (service.minimum_age, service.maximum_age) == (5, 18)
    assert "Thames Valley" in service.service_area.police_force_areas


def test_every_record_added_for_the_seventh_walk_through_is_accounted_for_with_its_pages():
    report = (RESEARCH / "import-report.md").read_text(encoding="utf-8")
    regional = read_jsonl(RESEARCH / "regional-services-seen.jsonl")
    added = [r for r in regional if SEVENTH in r["note"]]
    assert {r["name"] for r in added} >= {
        "SAFE! Support After Crime and Abuse (Thames Valley)",
        "Rotherham Abuse Counselling Service (RothACS)",
    }
    for record in added:
        assert record["source_url"].startswith("http") and "searched" in record["note"].lower()
        assert f"| {record['name']} | " in report
    more = read_jsonl(RESEARCH / "contacts-2026-12-more.jsonl")
    contacts = [c for c in more if SEVENTH in c["note"]]
    assert len(contacts) >= 10
    for line in contacts:
        # each page read is dated as it shows itself (or says it shows no date); a miss says
        # what was searched
        assert all(s["url"].startswith("http") and s["date_seen_on_page"] for s in line["sources"])
        assert line["sources"] or "searched" in line["note"].lower()
    json.dumps(contacts)  # plain data, as the importer reads it
