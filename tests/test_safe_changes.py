"""Issue #13, defects 2, 3, 4, 7, 8 and 9: changes to the data never undo each other, switches
go only to verified builds, workers recover by themselves, and the refresh neither trusts the
source's caching nor applies or mislabels part of the directory."""

from __future__ import annotations

import json

from directory.search import current_build
from directory.serving import RETRY_SECONDS, ServingIndex
from directory.sources import refresh as refresh_module

from .fake_source import FIVE, Reply, listing
from .helpers import damage_index, digest, refresh, run, source_ids, writable

CURATED = {
    "id": "fictional-curated",
    "name": "Fictional Curated Service",
    "service_area": {"national": True},
    "source_url": "https://example.org/curated",
    "last_checked": "2026-01-01",
}


def test_an_import_made_while_a_refresh_fetched_survives_it(
    maintainer, source, tmp_path, monkeypatch
):
    """Defect 2: the refresh merged with the data read before it fetched."""
    original = refresh_module.fetch_all
    curated = tmp_path / "curated.json"
    curated.write_text(json.dumps([CURATED]))

    def fetch_then_someone_imports(*args, **kwargs):
        raws = original(*args, **kwargs)
        assert run(maintainer, "import", str(curated)).exit_code == 0
        return raws

    monkeypatch.setattr(refresh_module, "fetch_all", fetch_then_someone_imports)
    assert refresh(maintainer, source).exit_code == 0
    client = maintainer.test_client()
    assert client.get("/service/fictional-curated").status_code == 200
    assert client.get("/service/csa-a").status_code == 200


def test_a_worker_serves_the_last_verified_build_and_recovers(maintainer, source, tmp_path):
    """Defect 3: a worker forked with an old build served it (or 500s) when the current build
    could not be opened, until a restart."""
    root = maintainer.root
    now = [0.0]  # the worker's clock, moved on by hand (no sleeping in tests)
    forked = ServingIndex(root, clock=lambda: now[0])
    forked.get()  # what the master held when the worker was forked
    assert refresh(maintainer, source).exit_code == 0
    good = current_build(root)
    source.publish({**FIVE, "f": listing("f")})
    assert refresh(maintainer, source).exit_code == 0
    broken = current_build(root)
    saved = {p.name: p.read_bytes() for p in broken.iterdir()}
    damage_index(broken)
    served = forked.get()
    assert served.path == good and "csa-a" in served.services  # not the master's old build
    for name, data in saved.items():  # the build is repaired
        writable(broken / name).write_bytes(data)
    now[0] += RETRY_SECONDS / 2
    assert forked.get().path == good  # not tried again on every request
    now[0] += RETRY_SECONDS
    assert forked.get().path == broken and "csa-f" in forked.get().services


def test_rollback_skips_unverified_and_damaged_builds_and_can_roll_forward(maintainer, source):
    """Defect 7: rollback picked the previous build by name, even one killed mid-write or
    corrupt, and exited 0; there was no roll forward."""
    root = maintainer.root
    first = current_build(root)
    assert refresh(maintainer, source).exit_code == 0
    second = current_build(root)
    source.publish({**FIVE, "f": listing("f")})
    assert refresh(maintainer, source).exit_code == 0
    third = current_build(root)
    # a build killed mid-write, named as the newest, never verified
    killed = root / "builds" / "000099-20990101T000000Z"
    killed.mkdir()
    (killed / "meta.json").write_text("{}")
    damage_index(second)
    result = run(maintainer, "rollback")
    assert result.exit_code == 0, result.output
    assert current_build(root) == first and "skipped" in result.output
    assert not killed.exists()  # partial builds are removed once the lock is held
    result = run(maintainer, "roll-forward")
    assert result.exit_code == 0 and current_build(root) == third, result.output
    assert run(maintainer, "roll-forward").exit_code != 0  # nothing further forward


def test_rollback_refuses_when_every_earlier_build_is_damaged(maintainer, source):
    """Defect 7: rollback put a corrupt build live and exited 0."""
    root = maintainer.root
    first = current_build(root)
    assert refresh(maintainer, source).exit_code == 0
    serving = current_build(root)
    damage_index(first)
    result = run(maintainer, "rollback")
    assert result.exit_code != 0
    assert f"skipped {first.name}" in result.output, result.output
    assert current_build(root) == serving


def test_build_index_refuses_when_the_serving_index_is_damaged(maintainer, source):
    """Defect 8: it quietly rebuilt from the bundled data, dropping refreshed listings."""
    assert refresh(maintainer, source).exit_code == 0
    damage_index(current_build(maintainer.root))
    result = run(maintainer, "build-index")
    assert result.exit_code != 0
    assert "damaged" in result.output and "directory rollback" in result.output
    assert run(maintainer, "rollback").exit_code == 0


def test_refresh_revalidates_pages_whatever_max_age_the_source_claims(maintainer, source):
    """Defect 4: with a year's max-age only robots.txt was fetched, and a changed phone number
    was reported as "no changes"."""
    for path, body in source.pages.items():
        source.overrides[path] = [
            Reply(body=body, headers={"Cache-Control": "max-age=31536000"})
        ]  # fmt: skip
    assert refresh(maintainer, source).exit_code == 0
    source.publish({**FIVE, "a": listing("a", telephone="01632 960999")})
    result = refresh(maintainer, source)
    assert result.exit_code == 0 and "applied" in result.output, result.output
    index = maintainer.extensions["index"].get()
    assert index.services["csa-a"].contact.phone == "01632 960999"


def test_refresh_keeps_colliding_listings_and_maps_areas_honestly(maintainer, source):
    """Defect 9: ids from URLs collided (listings dropped); "International" and "National
    Park" made local services national; a Scottish area stopped every refresh."""
    listings = {
        **FIVE,
        "north/help": listing("help", name="Fictional North Help"),
        "south/help": listing("help", name="Fictional South Help"),
        "g": listing("g", areaServed=["International"]),
        "h": listing("h", areaServed=["Peak District National Park", "Leeds"]),
        "i": listing("i", areaServed=["Glasgow City"]),
    }
    source.publish(listings)
    result = refresh(maintainer, source)
    assert result.exit_code == 0, result.output
    assert "another listing's" in result.output  # the collision is reported
    index = maintainer.extensions["index"].get()
    names = {s.name for s in index.services.values()}
    assert {"Fictional North Help", "Fictional South Help"} <= names
    for sid in ("csa-g", "csa-h"):
        assert not index.services[sid].service_area.national, sid
    assert index.services["csa-i"].verify  # flagged for a maintainer, not refused


def test_a_partial_crawl_is_never_applied(maintainer, source):
    """Defect 9: a later list page with a changed shape was applied as if complete."""
    source.pages["/directory/?page=2"] = "<html><body><p>We have moved</p></body></html>"
    before = source_ids(maintainer)
    result = refresh(maintainer, source)
    assert result.exit_code == 5, result.output
    assert source_ids(maintainer) == before


def test_a_crawl_that_reaches_the_page_cap_is_never_applied(maintainer, source):
    """Defect 9: hitting the cap of 200 list pages was applied as if it were the directory."""
    source.publish({f"p{n}": listing(f"p{n}") for n in range(201)}, per_page=1)
    before = source_ids(maintainer)
    result = refresh(maintainer, source)
    assert result.exit_code == 4 and "more than 200 list pages" in result.output, result.output
    assert source_ids(maintainer) == before


def test_a_long_retry_after_stops_the_run_instead_of_waiting(maintainer, source):
    source.reply("/directory/", [Reply(status=429, headers={"Retry-After": "64800"})])
    result = refresh(maintainer, source)
    assert result.exit_code == 4 and "wait" in result.output, result.output


def test_a_dripping_page_is_cut_off_by_its_byte_rate(maintainer, source):
    """Defect 9: a page sent a byte at a time never trips a read timeout and held the run."""
    assert refresh(maintainer, source).exit_code == 0
    before = digest(maintainer)
    page = source.pages["/directory/c/"]
    source.reply("/directory/c/", [Reply(body=page, drip=0.02)])  # a page of 15 s or more
    # each page must arrive at 1 MB/s after its first second: the run's deadline is an hour
    maintainer.config.update(DIRECTORY_FETCH_MIN_RATE=1_000_000, DIRECTORY_FETCH_PAGE_GRACE=1)
    result = refresh(maintainer, source)
    assert result.exit_code == 4, result.output
    assert "/directory/c/: the page took longer than 3 s" in result.output
    assert "nothing changed" in result.output
    assert 0 < source.sent["/directory/c/"] < len(page.encode())  # we hung up before the end
    assert digest(maintainer) == before


def test_a_dripping_page_is_cut_off_by_the_runs_deadline(maintainer, source):
    before = digest(maintainer)
    page = source.pages["/directory/c/"]
    source.reply("/directory/c/", [Reply(body=page, drip=0.02)])
    maintainer.config["DIRECTORY_REFRESH_DEADLINE"] = 2  # the page rate allows 50 s
    result = refresh(maintainer, source)
    assert result.exit_code == 4 and "nothing changed" in result.output, result.output
    assert "/directory/c/: the run's deadline of 2 s passed" in result.output
    assert 0 < source.sent["/directory/c/"] < len(page.encode())
    assert digest(maintainer) == before


def test_slow_but_steady_pages_stop_at_the_runs_deadline(maintainer, source):
    before = digest(maintainer)
    for path, body in source.pages.items():
        source.reply(path, [Reply(body=body, hang=0.3)])  # each page within its read timeout
    maintainer.config["DIRECTORY_REFRESH_DEADLINE"] = 1
    result = refresh(maintainer, source)
    assert result.exit_code == 4 and "deadline" in result.output, result.output
    assert len(source.requests) < 1 + len(source.pages)  # it stopped before fetching them all
    assert digest(maintainer) == before


def test_a_retry_after_beyond_the_runs_deadline_stops_it_at_once(maintainer, source):
    """A Retry-After within the polite two minutes, but past what is left of the run."""
    before = digest(maintainer)
    source.reply("/directory/", [Reply(status=503, headers={"Retry-After": "60"})])
    maintainer.config["DIRECTORY_REFRESH_DEADLINE"] = 30
    result = refresh(maintainer, source)
    assert result.exit_code == 4 and "wait 60 s" in result.output, result.output
    assert source.paths().count("/directory/") == 1  # it did not wait, nor ask again
    assert digest(maintainer) == before
