"""`directory import-oruk FEED`: the standard's own examples and a feed made from our export,
served by a fake ORUK server on 127.0.0.1, imported; the second round trip gives the same
listings; hostile feeds are refused with a message and change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from directory.data import load_valid_listings
from directory.oruk import standard
from directory.oruk.feed import FeedRead, load_rules, plan_import, read_url
from directory.search import build_index
from directory.sources.export import to_json_document, write_export

from .fake_source import FakeSource
from .helpers import digest, new_app, run, served, write_data

SERVICES = "/oruk/services"


def publish(fake: FakeSource, document: dict, per_page: int = 3, lists: bool = True) -> None:
    """The standard's API from an ORUK document: the meta answer, /services in pages (list
    items only, as the standard's list is) and /services/{id} in full."""
    contents = document["contents"]
    pages = [contents[i : i + per_page] for i in range(0, len(contents), per_page)] or [[]]
    fake.pages = {"/oruk/": json.dumps({"version": "3.0", "openapi_url": "x", "profile": "y"})}
    list_keys = {"id", "name", "description", "url", "email", "status", "organization", "alert"}
    for n, chunk in enumerate(pages, start=1):
        body = {
            "total_items": len(contents),
            "total_pages": len(pages),
            "page_number": n,
            "size": len(chunk),
            "first_page": n == 1,
            "last_page": n == len(pages),
            "empty": not contents,
            "contents": [
                {k: v for k, v in s.items() if k in list_keys} if lists else s for s in chunk
            ],
        }
        fake.pages[SERVICES if n == 1 else f"{SERVICES}?page={n}"] = json.dumps(body)
    for service in contents:
        fake.pages[f"{SERVICES}/{service['id']}"] = json.dumps(service)


@pytest.fixture
def oruk_server():
    fake = FakeSource()
    yield fake
    fake.close()


@pytest.fixture
def other(tmp_path):
    """A second directory holding only its own listing (a maintainer's app: commands may
    change it)."""
    root = tmp_path / "other-index"
    record = {
        "id": "fictional-other-helpline",
        "name": "Fictional Other Helpline",
        "support_types": ["helpline"],
        "service_area": {"national": True},
        "source_url": "https://example.org/other",
        "last_checked": "2026-01-01",
    }
    data = write_data(tmp_path / "other-data", [record])
    app = new_app(
        DIRECTORY_INDEX_PATH=root,
        DIRECTORY_DATA_PATH=data,
        DIRECTORY_FETCH_INTERVAL=0.0,
        DIRECTORY_FETCH_BACKOFF=0.01,
        DIRECTORY_FETCH_READ_TIMEOUT=2.0,
    )
    build_index(load_valid_listings(data), root)
    return app


def comparable(services: dict) -> dict:
    return {sid: s.model_dump(mode="json", exclude={"last_checked"}) for sid, s in services.items()}


def test_a_feed_from_our_export_round_trips(maintainer, other, oruk_server, tmp_path):
    assert run(maintainer, "export", str(tmp_path / "a")).exit_code == 0
    exported = json.loads((tmp_path / "a" / "services.json").read_text())
    publish(oruk_server, exported)
    first = run(other, "import-oruk", oruk_server.base + "/oruk/")
    assert first.exit_code == 0, first.output
    originals = {s.name: s for s in served(maintainer).values()}
    imported = {s.id: s for s in served(other).values() if s.origin == "oruk"}
    assert imported
    # every service read is accounted for in the report
    read = len(exported["contents"])
    assert f"{read} services read: {len(imported)} kept" in first.output
    for service in imported.values():
        was = originals[service.name]
        assert service.description == was.description
        assert service.support_types == was.support_types
        assert service.audiences == was.audiences
        assert service.abuse_types == was.abuse_types
        assert service.service_area.local_authorities == was.service_area.local_authorities
        assert service.status == was.status
        assert str(service.source_url) == str(was.source_url)  # where the facts were read
        assert service.source_date == was.last_checked.isoformat()  # its assured_date
    # paged politely: robots.txt first, every page and every service in full
    paths = oruk_server.paths()
    assert paths[0] == "/robots.txt" and f"{SERVICES}?page=2" in paths
    # the second round trip: our export of what we imported, imported again, changes nothing
    before = comparable(served(other))
    assert run(other, "export", str(tmp_path / "b")).exit_code == 0
    publish(oruk_server, json.loads((tmp_path / "b" / "services.json").read_text()))
    second = run(other, "import-oruk", oruk_server.base + SERVICES)
    assert second.exit_code == 0, second.output
    assert "No changes." in second.output
    assert comparable(served(other)) == before


def test_a_listing_for_a_community_comes_back_with_it(other, oruk_server, tmp_path):
    """Our export names the communities a listing states; importing that feed keeps them (it
    used to stop the whole import with a KeyError)."""
    record = {
        "id": "fictional-community-line",
        "name": "Fictional Community Line",
        "description": "A fictional helpline for survivors of sexual abuse in one community.",
        "support_types": ["helpline"],
        "abuse_types": ["child-sexual-abuse"],
        "communities": ["jewish"],
        "service_area": {"national": True},
        "source_url": "https://example.org/community",
        "last_checked": "2026-01-01",
    }
    data = write_data(tmp_path / "community-data", [record])
    exporter = new_app(DIRECTORY_INDEX_PATH=tmp_path / "community-index", DIRECTORY_DATA_PATH=data)
    build_index(load_valid_listings(data), tmp_path / "community-index")
    assert run(exporter, "export", str(tmp_path / "c")).exit_code == 0
    publish(oruk_server, json.loads((tmp_path / "c" / "services.json").read_text()))
    result = run(other, "import-oruk", oruk_server.base + "/oruk/")
    assert result.exit_code == 0, result.output
    imported = [s for s in served(other).values() if s.origin == "oruk"]
    assert [s.communities for s in imported] == [["jewish"]]


def test_the_standards_own_examples_are_read_and_accounted_for(other, oruk_server, tmp_path):
    """The examples are not about child sexual abuse: with our mapping they are reported as
    not relevant; with a mapping that takes them, each is left out for the facts our model
    requires that they lack (a UK postcode, a plausible position), never filled in."""
    full = standard.example("service_full.json")
    oruk_server.pages = {"/ex/service_full.json": json.dumps(full)}
    before = digest(other)
    result = run(other, "import-oruk", oruk_server.base + "/ex/service_full.json")
    assert result.exit_code == 0, result.output
    assert "1 services read: 0 kept, 1 not relevant" in result.output
    listed = tmp_path / "service_list.json"
    listed.write_text(json.dumps(standard.example("service_list.json")))
    taking = tmp_path / "take.toml"
    taking.write_text(
        '[[rule]]\nwords = ["counselling"]\nsupport_types = ["counselling-therapy"]\n'
    )
    for feed in (oruk_server.base + "/ex/service_full.json", str(listed)):
        result = run(other, "import-oruk", "--mapping", str(taking), feed)
        assert result.exit_code == 0, result.output
        assert "0 kept, 0 not relevant, 1 left out" in result.output
        assert "left out: Community Counselling" in result.output
    assert digest(other) == before


def test_a_curated_listing_is_passed_over_without_force(maintainer, tmp_path):
    """The feed has our own services (their UUIDs are ours): the bundled and curated
    listings with those ids are never replaced unless --force; the report says so."""
    assert run(maintainer, "export", str(tmp_path / "a")).exit_code == 0
    feed = tmp_path / "a" / "services.json"
    before = digest(maintainer)
    result = run(maintainer, "import-oruk", str(feed))
    assert result.exit_code == 0, result.output
    assert "passed over: " in result.output and "--force replaces it" in result.output
    assert digest(maintainer) == before


def test_a_maintainers_notes_survive_a_reimport(bundled):
    """Notes a maintainer wrote on an imported listing are kept when the feed changes it."""
    service = next(s for s in bundled if s.support_types)
    document = to_json_document([service])
    item = document["contents"][0]
    first = plan_import([], FeedRead([(item, "https://example.org/feed")]), load_rules())
    imported = first.services[0].model_copy(update={"verify": ["confirm the phone number"]})
    changed = {**item, "id": item["id"], "description": "Changed words."}
    second = plan_import(
        [imported], FeedRead([(changed, "https://example.org/feed")]), load_rules()
    )
    # a feed's service keeps its id across imports only through our id for it: the first
    # import gave it one, and the feed id is unchanged
    again = {s.id: s for s in second.services}
    assert again[imported.id].verify == ["confirm the phone number"]
    assert again[imported.id].description == "Changed words."
    assert second.report.accounted


def page(contents, **extra) -> str:
    body = {
        "total_items": len(contents),
        "total_pages": 1,
        "page_number": 1,
        "size": len(contents),
        "first_page": True,
        "last_page": True,
        "empty": not contents,
        "contents": contents,
    }
    return json.dumps({**body, **extra})


def relevant(n: int, **extra) -> dict:
    return {
        "id": f"00000000-0000-4000-8000-{n:012d}",
        "name": f"Fictional Rape Crisis {n}",
        "description": "Fictional sexual violence support.",
        "status": "active",
        "service_areas": [{"id": "a", "name": "England and Wales"}],
        "attributes": [],
        **extra,
    }


HOSTILE = {
    "broken JSON": ("{not json", 6, "not JSON"),
    "a list of numbers": (json.dumps([1, 2]), 6, "not a JSON object"),
    "contents not a list": (json.dumps({"contents": {"a": 1}}), 6, "contents is not a list"),
    "an id of the wrong type": (page([relevant(1, id=5)]), 6, "id is missing or not text"),
    "attributes not a list": (page([relevant(1, attributes="x")]), 6, "not a list"),
    "duplicate ids": (page([relevant(1), relevant(1)]), 6, "given to two services"),
    "endless paging": (page([relevant(1)], total_pages=10**9, last_page=False), 6, "pages"),
    "deep nesting": ("[" * 100_000 + "]" * 100_000, 6, "not JSON"),
    "a huge page": (page([relevant(1, description="x" * 2_100_000)]), 4, "limit"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_feeds_change_nothing(other, oruk_server, case):
    body, code, words = HOSTILE[case]
    oruk_server.pages = {SERVICES: body}
    before = digest(other)
    result = run(other, "import-oruk", oruk_server.base + SERVICES)
    assert result.exit_code == code, result.output
    assert words in result.output and "nothing changed" in result.output
    assert digest(other) == before


def test_pages_that_never_end_are_refused(other, oruk_server):
    """No total_pages, last_page always false: the import stops at the page limit."""
    oruk_server.pages = {
        SERVICES if n == 1 else f"{SERVICES}?page={n}": page(
            [relevant(n)], total_pages=None, last_page=False
        )
        for n in range(1, 203)
    }
    before = digest(other)
    result = run(other, "import-oruk", oruk_server.base + SERVICES)
    assert result.exit_code == 6 and "more than 200 pages" in result.output
    assert digest(other) == before


def test_markup_in_a_feed_never_reaches_a_listing(other, oruk_server):
    hostile = relevant(
        7,
        name="<b>Fictional</b> Rape Crisis <script>alert(1)</script>",
        description='<p onclick="x()">Help</p><img src=x onerror=alert(1)>',
    )
    oruk_server.pages = {SERVICES: page([hostile])}
    result = run(other, "import-oruk", oruk_server.base + SERVICES)
    assert result.exit_code == 0, result.output
    imported = [s for s in served(other).values() if s.origin == "oruk"]
    assert [(s.name, s.description) for s in imported] == [("Fictional Rape Crisis", "Help")]


def test_read_url_follows_the_standards_paging():
    pages = {
        "http://x/services": page([relevant(1)], total_pages=2, last_page=False),
        "http://x/services?page=2": page([relevant(2)], total_pages=2, page_number=2),
    }
    read = read_url(pages.__getitem__, "http://x/services")
    assert [s["id"][-1] for s, _ in read.services] == ["1", "2"] and read.pages == 2
    assert {url for _, url in read.services} == {
        f"http://x/services/{s['id']}" for s, _ in read.services
    }


def test_export_is_a_feed(bundled, tmp_path):
    """services.json is what an ORUK reader takes: a page of full services."""
    write_export(bundled, tmp_path)
    document = json.loads(Path(tmp_path / "services.json").read_text())
    assert document["total_pages"] == 1 and document["last_page"] is True


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)
FIELDS = [
    "description", "status", "alert", "minimum_age", "maximum_age", "url", "email",
    "organization", "service_areas", "service_at_locations", "schedules", "languages",
    "phones", "attributes", "assured_date", "source_url", "csa_centre_url",
]  # fmt: skip


@given(values=st.dictionaries(st.sampled_from(FIELDS), JSON, max_size=6))
@settings(max_examples=300, deadline=None, database=None)
def test_any_value_of_any_field_is_kept_or_reported_never_a_crash(values):
    """Wrong types anywhere inside a service: the service is kept, reported as not
    relevant, or left out with its reason; every one accounted for, no exception."""
    item = {**relevant(1), **values}
    if not isinstance(item.get("attributes"), list):
        item["attributes"] = []  # a non-list here refuses the whole feed (tested above)
    plan = plan_import([], FeedRead([(item, "https://example.org/feed/1")]), load_rules())
    assert plan.report.accounted and plan.report.read == 1
    for service in plan.services:
        assert service.origin == "oruk" and str(service.source_url)
