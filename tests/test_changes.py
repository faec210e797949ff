"""What changed near you: two builds made from fixtures (a listing added, one closed, one
gone, one changed, a national one changed) as /changes, its Atom feed and the JSON API show
them, for a police force area or a council."""

from __future__ import annotations

import copy
import datetime as dt
from xml.etree import ElementTree as ET

import pytest

from directory.feedback import changes
from directory.geo import load_police_force_areas
from directory.model import validate_records
from directory.search import build_index

from .fixtures.make_fictional import fictional_services, service
from .helpers import run

ATOM = "{http://www.w3.org/2005/Atom}"
TODAY = dt.date.today().isoformat()


def second_build(records: list[dict]) -> list[dict]:
    """The fictional listings a day later: Leeds's number changed, Bradford's ISVA closed,
    the Wakefield groups gone from the directory, two services in Kent added (one naming a
    district council, one the county), and the national helpline's hours changed."""
    records = copy.deepcopy(records)
    by_id = {r["id"]: r for r in records}
    by_id["fictional-leeds-counselling"]["contact"] = {"phone": "01632 960099"}
    by_id["fictional-bradford-isva"]["status"] = "closed"
    by_id["fictional-national-helpline"]["opening_hours"] = "Every day, 8am to 8pm"
    records.remove(by_id["fictional-wakefield-groups"])
    records.append(
        service(
            "fictional-kent-new",
            "Fictional Kent New Service",
            service_area={"local_authorities": ["E07000110"], "description": "Maidstone"},
        )
    )
    records.append(
        service(
            "fictional-kent-county",
            "Fictional Kent County Service",
            service_area={"local_authorities": ["E10000016"], "description": "Kent"},
        )
    )
    return records


@pytest.fixture
def changed(maintainer):
    """The maintainer's app after a second build made from changed fixtures."""
    services, errors = validate_records(second_build(fictional_services()), "second")
    assert not errors, errors
    build_index(services, maintainer.root)
    return maintainer


def police_of(app):
    return load_police_force_areas(app.config["DIRECTORY_GAZETTEER_PATH"])


def kinds(found) -> dict[str, str]:
    return {c["id"] if isinstance(c, dict) else c.service_id: (
        c["change"] if isinstance(c, dict) else c.kind) for c in found}  # fmt: skip


def test_a_build_records_what_it_added_closed_and_changed(changed):
    police = police_of(changed)
    found = changes.since(changed.config["DIRECTORY_STATE_PATH"], dt.date.today(), "", police)
    assert kinds(found) == {
        "fictional-leeds-counselling": "changed",
        "fictional-bradford-isva": "closed",
        "fictional-wakefield-groups": "closed",
        "fictional-kent-new": "added",
        "fictional-kent-county": "added",
        "fictional-national-helpline": "changed",
    }
    leeds = next(c for c in found if c.service_id == "fictional-leeds-counselling")
    assert leeds.fields["contact"]["new"]["phone"] == "01632 960099"
    assert leeds.fields["contact"]["old"]["phone"] == "01632 960001"


@pytest.mark.parametrize(
    "area, expected",
    [
        ("West Yorkshire", {"fictional-leeds-counselling", "fictional-bradford-isva",
                            "fictional-wakefield-groups", "fictional-national-helpline"}),
        ("E08000035", {"fictional-leeds-counselling", "fictional-national-helpline"}),
        ("E07000110", {"fictional-kent-new", "fictional-national-helpline"}),
        ("South Wales", {"fictional-national-helpline"}),
        # named by its shire county, Kent County Council: in Kent's police force area
        ("Kent", {"fictional-kent-new", "fictional-kent-county", "fictional-national-helpline"}),
    ],
)  # fmt: skip
def test_the_page_and_the_api_list_the_changes_in_an_area(changed, area, expected):
    client = changed.test_client()
    api = client.get("/api/v1/changes", query_string={"area": area, "since": TODAY})
    assert api.status_code == 200
    body = api.get_json()
    assert {c["id"] for c in body["changes"]} == expected
    assert body["area"] == area and body["since"] == TODAY
    page = client.get("/changes", query_string={"area": area, "since": TODAY})
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    shown = {sid for sid in kinds(body["changes"]) if f'/service/{sid}"' in html}
    for c in body["changes"]:
        assert c["name"] in html
    # a listing gone from the directory is named, not linked (its page no longer exists)
    assert shown == expected - {"fictional-wakefield-groups"}


def test_the_feed_is_atom_and_says_the_same(changed):
    client = changed.test_client()
    answer = client.get("/changes.atom", query_string={"area": "West Yorkshire", "since": TODAY})
    assert answer.status_code == 200
    assert answer.mimetype == "application/atom+xml"
    feed = ET.fromstring(answer.data)
    assert feed.tag == f"{ATOM}feed"
    # RFC 4287 4.1.1: a feed has exactly one id, title and updated, an author (or every entry
    # has one) and should have a rel="self" link; 4.1.2: each entry one id, title, updated and
    # a rel="alternate" link when it has no content
    for tag in ("id", "title", "updated"):
        assert len(feed.findall(f"{ATOM}{tag}")) == 1, tag
    assert feed.find(f"{ATOM}author/{ATOM}name").text
    assert any(link.get("rel") == "self" for link in feed.findall(f"{ATOM}link"))
    entries = feed.findall(f"{ATOM}entry")
    for entry in entries:
        for tag in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{tag}")) == 1, tag
        assert dt.datetime.fromisoformat(entry.find(f"{ATOM}updated").text.replace("Z", "+00:00"))
        assert entry.find(f"{ATOM}link").get("rel") == "alternate"
    assert len({e.find(f"{ATOM}id").text for e in entries}) == len(entries)
    api = client.get("/api/v1/changes", query_string={"area": "West Yorkshire", "since": TODAY})
    titles = sorted(e.find(f"{ATOM}title").text for e in entries)
    labels = {"added": "Added", "closed": "Closed or removed", "changed": "Changed"}
    assert titles == sorted(
        f"{labels[c['change']]}: {c['name']}" for c in api.get_json()["changes"]
    )


def test_welsh_pages_and_feed(changed):
    client = changed.test_client()
    page = client.get("/cy/changes", query_string={"area": "W06000015", "since": TODAY})
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Beth sydd wedi newid yn y cyfeiriadur" in html
    assert "Caerdydd" in html  # the council's Welsh name
    feed = ET.fromstring(client.get("/cy/changes.atom", query_string={"since": TODAY}).data)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "cy"


@pytest.mark.parametrize(
    "query, param",
    [
        ({"since": "yesterday"}, "since"),
        ({"since": "2999-01-01"}, "since"),
        ({"area": "Atlantis"}, "area"),
        ({"area": "x" * 5000}, "area"),
    ],
)
def test_a_bad_date_or_area_is_a_clear_400(client, query, param):
    api = client.get("/api/v1/changes", query_string=query)
    assert api.status_code == 400
    assert api.get_json()["error"]["parameter"] == param
    page = client.get("/changes", query_string=query)
    assert page.status_code == 400
    assert "There is a problem" in page.get_data(as_text=True)
    assert client.get("/changes.atom", query_string=query).status_code == 400


def test_changes_outlive_a_rollback_and_are_not_recorded_twice(changed):
    state = changed.config["DIRECTORY_STATE_PATH"]
    police = police_of(changed)
    before = changes.since(state, dt.date.today(), "", police)
    assert run(changed, "rollback").exit_code == 0
    assert changes.since(state, dt.date.today(), "", police) == before


def test_the_openapi_document_describes_changes(client):
    document = client.get("/api/openapi.json").get_json()
    operation = document["paths"]["/api/v1/changes"]["get"]
    assert {p["name"] for p in operation["parameters"]} == {"since", "area"}
    assert "Changes" in document["components"]["schemas"]


def test_nothing_typed_on_the_changes_page_is_recorded(changed):
    state = changed.config["DIRECTORY_STATE_PATH"]
    client = changed.test_client()
    client.get("/changes", query_string={"area": "Kent", "since": "2026-01-02"})
    client.get("/changes", query_string={"area": "Secret Place Name", "since": "2026-01-03"})
    from directory.feedback.db import path_in

    stored = b"".join(p.read_bytes() for p in path_in(state).parent.iterdir() if p.is_file())
    assert b"Secret Place Name" not in stored and b"2026-01-03" not in stored
