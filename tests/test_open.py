"""Opening a build reads the arrays written with it, and a listing only when it is asked for:
the answers are the ones given when every listing was read and validated at opening (as a
build written before still is), and a listing damaged on disk afterwards is met with the
"not available" page, never a 500, and the build before it is served instead."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import numpy as np
import pytest
from markupsafe import escape

from directory.coverage import coverage, coverage_svg
from directory.facade import Directory
from directory.finder import FindRequest, find
from directory.geo import load_police_force_areas
from directory.model import Service
from directory.relevance import load_judged
from directory.search import SearchIndex, build_index, index_problem
from directory.search.builds import verify_build
from directory.search.listings import OFFSETS, RECORDS

from .helpers import GAZETTEER_PATH, new_app, writable

PLACES = ["", "Leeds", "LS1 4AP", "Bradford", "Cardiff", "Manchester", "Kent"]
#: what a build written before this change holds (the Whoosh index, its snapshot, the
#: prepared answers), so without the files written for opening
OLDER = (".seg", ".toc", "meta.json", "listings.json", "verified.json", "prepared-")


def as_older_build(build: Path, folder: Path) -> Path:
    """A copy of ``build`` as a build written before the arrays for opening were."""
    folder.mkdir(parents=True)
    for path in build.iterdir():
        if path.name.endswith(OLDER) or path.name.startswith(OLDER):
            shutil.copy2(path, folder / path.name)
    # as those versions verified it: without the size and hash of each file
    verified = folder / "verified.json"
    record = json.loads(verified.read_text())
    del record["files"]
    verified.chmod(0o644)
    verified.write_text(json.dumps(record))
    return folder


@pytest.fixture(scope="module")
def builds(tmp_path_factory, fictional) -> tuple[SearchIndex, SearchIndex]:
    """The same build opened from its arrays, and as a build written before them."""
    tmp = tmp_path_factory.mktemp("open")
    build = build_index(fictional, tmp / "ix")
    return SearchIndex.open(build), SearchIndex.open(as_older_build(build, tmp / "older"))


def test_a_build_answers_as_when_every_listing_was_read_at_opening(builds, gazetteer):
    new, older = builds
    assert new.arrays_saved and not older.arrays_saved
    assert list(new.services) == list(older.services)  # the same order, too
    assert all(new.services[sid] == older.services[sid] for sid in older.services)
    texts = ["", *(item.query for item in load_judged())]
    for text in texts:
        for place in PLACES:
            request = FindRequest(q=text, location=place)
            ours, theirs = find(new, gazetteer, request), find(older, gazetteer, request)
            assert ours.shown_ids() == theirs.shown_ids(), request
            assert [i.score for i in ours.local.items] == [i.score for i in theirs.local.items]
            assert [(i.distance_miles, i.covers) for i in ours.local.items] == [
                (i.distance_miles, i.covers) for i in theirs.local.items
            ]
            assert (ours.facets, ours.local.total) == (theirs.facets, theirs.local.total)


def test_the_lines_to_call_and_the_sitemap_list_what_they_listed(builds, gazetteer):
    new, older = builds
    ours, theirs = (Directory(ix, gazetteer, GAZETTEER_PATH) for ix in (new, older))
    for lines in ("phone_lines", "national_lines", "wales_lines"):
        assert getattr(ours, lines) == getattr(theirs, lines), lines
    assert ours.phone_lines and ours.national_lines
    assert ours.open_service_ids() == [s.id for s in theirs.open_services()]


def test_where_services_are_is_counted_as_from_the_listings_themselves(builds, gazetteer):
    new, older = builds
    forces = load_police_force_areas(GAZETTEER_PATH)
    ours = Directory(new, gazetteer, GAZETTEER_PATH)
    listings = list(older.services.values())
    assert ours.coverage == coverage(listings, gazetteer, forces)
    assert ours.coverage.local_total and any(f.count for f in ours.coverage.forces)
    assert ours.coverage_map == coverage_svg(listings, gazetteer)
    assert "<circle" in ours.coverage_map


def test_opening_reads_no_listing_and_a_search_reads_those_it_shows(builds, gazetteer, monkeypatch):
    read: list[bytes] = []
    validate = Service.model_validate_json

    def counting(data, **kwargs):
        read.append(data)
        return validate(data, **kwargs)

    monkeypatch.setattr(Service, "model_validate_json", counting)
    index = SearchIndex.open(builds[0].path)
    assert read == [] and len(index.services) == len(builds[1].services)
    about = Directory(index, gazetteer, GAZETTEER_PATH)
    assert about.coverage.local_total and about.coverage_map and about.open_service_ids()
    assert read == []  # the About page and the sitemap read none either
    results = find(index, gazetteer, FindRequest(q="counselling", location="Leeds"))
    shown = results.shown_ids()
    assert shown and len(read) == len(shown)
    find(index, gazetteer, FindRequest(q="counselling", location="Leeds"))
    assert len(read) == len(shown)  # read once


def damage_listing(build: Path, position: int) -> None:
    """Overwrite one listing's record in place (same length), as a bad disk would."""
    offsets = np.load(build / OFFSETS)
    start, stop = int(offsets[position]), int(offsets[position + 1])
    with open(writable(build / RECORDS), "r+b") as handle:
        handle.seek(start)
        handle.write(b"\x00" * (stop - start))


def test_a_damaged_listing_shows_the_unavailable_page_then_the_build_before(
    tmp_path, fictional, caplog
):
    root = tmp_path / "ix"
    build_index(fictional, root)
    damaged = build_index(fictional, root)
    sid = fictional[3].id
    damage_listing(damaged, SearchIndex.open(damaged).columns.positions[sid])
    # as an earlier version verified it, without the size and hash of each file: a build
    # with them is refused when it is opened (tests/test_build_safety.py), so only such a
    # build is served until a damaged listing is read
    verified = damaged / "verified.json"
    record = json.loads(verified.read_text())
    del record["files"]
    verified.chmod(0o644)
    verified.write_text(json.dumps(record))
    client = new_app(DIRECTORY_INDEX_PATH=root).test_client()

    with caplog.at_level(logging.ERROR):
        first = client.get(f"/service/{sid}")
    assert first.status_code == 503
    assert "Search is not available" in first.get_data(as_text=True)
    assert any(
        "is damaged" in r.getMessage() and damaged.name in r.getMessage() for r in caplog.records
    )
    # the next request is served by the build before, which has the listing
    again = client.get(f"/service/{sid}")
    assert again.status_code == 200
    assert str(escape(fictional[3].name)) in again.get_data(as_text=True)
    assert client.get("/api/v1/services?q=counselling").status_code == 200

    # an operator is told, and a rollback would not return to it
    assert "damaged" in (index_problem(root, thorough=True) or "")
    assert "listing" in (verify_build(damaged) or "")


def test_a_damaged_listing_is_refused_by_the_api_and_the_rest_still_served(tmp_path, fictional):
    root = tmp_path / "ix"
    build = build_index(fictional, root)  # no build before it
    sid = fictional[0].id
    damage_listing(build, SearchIndex.open(build).columns.positions[sid])
    client = new_app(DIRECTORY_INDEX_PATH=root).test_client()
    response = client.get(f"/api/v1/services/{sid}")
    assert response.status_code == 503 and response.is_json
    assert client.get(f"/service/{sid}").status_code == 503  # and stays unavailable
    # with no earlier build to serve, the other listings are still served
    other = fictional[1]
    page = client.get(f"/service/{other.id}")
    assert page.status_code == 200 and str(escape(other.name)) in page.get_data(as_text=True)
