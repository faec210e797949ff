"""Results pages kept a minute in memory (directory/web/pagecache.py): only those whose search
is in their address, never one from an earlier build, in the other language, for another
search, or a page reached through the form (a survivor's, or a professional's with a pack)."""

from __future__ import annotations

import brotli
import pytest
from flask import Flask

from directory.model import validate_records
from directory.search import build_index
from directory.web.pagecache import PageCache

from .fixtures.make_fictional import fictional_services
from .helpers import new_app, write_data

LEEDS = "/search?q=counselling&location=Leeds"


def kept(app: Flask) -> int:
    return len(app.extensions["page_cache"])


def test_a_repeated_address_is_answered_as_it_was_first(client, app):
    first = client.get(LEEDS, headers={"Accept-Encoding": "br"})
    again = client.get(LEEDS, headers={"Accept-Encoding": "br"})
    assert first.status_code == again.status_code == 200
    assert again.headers["Content-Encoding"] == "br"
    assert again.get_data() == first.get_data()
    assert dict(again.headers) == dict(first.headers)
    assert "Fictional Leeds Counselling" in brotli.decompress(again.get_data()).decode()
    assert kept(app) == 1


def test_a_browser_that_cannot_read_brotli_is_not_sent_a_kept_brotli_page(client):
    client.get(LEEDS, headers={"Accept-Encoding": "br"})
    plain = client.get(LEEDS)
    assert "Content-Encoding" not in plain.headers
    assert "Fictional Leeds Counselling" in plain.get_data(as_text=True)


def test_never_one_search_for_another(client):
    leeds = client.get(LEEDS).get_data(as_text=True)
    cardiff = client.get("/search?q=counselling&location=Cardiff").get_data(as_text=True)
    wider = client.get(LEEDS + "&radius=50").get_data(as_text=True)
    assert "Leeds" in leeds and "Cardiff" not in leeds
    assert "Cardiff" in cardiff and cardiff != leeds
    assert 'value="50" selected' in wider and wider != leeds
    assert client.get(LEEDS).get_data(as_text=True) == leeds


def test_never_the_other_language(client):
    english = client.get(LEEDS).get_data(as_text=True)
    welsh = client.get("/cy" + LEEDS).get_data(as_text=True)
    assert '<html lang="en"' in english
    assert '<html lang="cy"' in welsh
    assert '<html lang="cy"' in client.get("/cy" + LEEDS).get_data(as_text=True)
    assert '<html lang="en"' in client.get(LEEDS).get_data(as_text=True)


def test_never_a_page_of_an_earlier_build(tmp_path):
    records = fictional_services()
    root = tmp_path / "index"
    build_index(validate_records(records, "fictional")[0], root)
    app = new_app(
        DIRECTORY_INDEX_PATH=root, DIRECTORY_DATA_PATH=write_data(tmp_path / "d", records)
    )
    client = app.test_client()
    assert "Fictional Leeds Counselling" in client.get(LEEDS).get_data(as_text=True)

    renamed = [
        {**r, "name": "Fictional Leeds Talking Service"}
        if r["id"] == "fictional-leeds-counselling"
        else r
        for r in records
    ]
    build_index(validate_records(renamed, "fictional")[0], root)
    page = client.get(LEEDS).get_data(as_text=True)
    assert "Fictional Leeds Talking Service" in page
    assert "Fictional Leeds Counselling" not in page


def test_pages_reached_through_the_form_are_never_kept(client, app):
    answer = client.post("/search", data={"q": "counselling", "location": "Leeds"})
    results = answer.headers["Location"]
    assert client.get(results).status_code == 200
    assert client.get(results).status_code == 200
    # a professional's page, with a referral pack
    token = results.rsplit("/", 1)[1]
    pro = client.post("/search", data={"t": token, "professional": "1"}).headers["Location"]
    token = pro.rsplit("/", 1)[1]
    packed = client.post("/search", data={"t": token, "add": "fictional-leeds-counselling"})
    page = client.get(packed.headers["Location"].split("#")[0]).get_data(as_text=True)
    assert "In your referral pack" in page
    assert kept(app) == 0


def test_error_pages_are_not_kept(client, app):
    assert client.get("/search?radius=7").status_code == 400
    assert client.get("/search?radius=7").status_code == 400
    assert kept(app) == 0


@pytest.mark.app_config(DIRECTORY_PAGE_CACHE_SECONDS=0)
def test_it_can_be_turned_off(client, app):
    client.get(LEEDS)
    client.get(LEEDS)
    assert kept(app) == 0
    assert "kept in the server" not in client.get("/privacy").get_data(as_text=True)


def test_the_privacy_page_says_what_is_kept_and_for_how_long(client):
    page = client.get("/privacy").get_data(as_text=True)
    assert "memory for up to 60 seconds" in page
    assert "Searches made with the form are never kept." in page
    assert "60 eiliad" in client.get("/cy/privacy").get_data(as_text=True)


def test_a_kept_page_is_forgotten_after_its_time_and_the_memory_is_bounded():
    now = [1000.0]
    cache = PageCache(seconds=60, size=3, clock=lambda: now[0])
    cache.put("b1", b"k1", b"page 1", ())
    now[0] += 59
    assert cache.get("b1", b"k1").body == b"page 1"
    now[0] += 2
    assert cache.get("b1", b"k1") is None
    for n in range(5):
        cache.put("b1", f"k{n}".encode(), b"page", ())
    assert len(cache) == 3
    assert cache.get("b1", b"k0") is None and cache.get("b1", b"k4") is not None
    # another build: nothing of the earlier one is served
    assert cache.get("b2", b"k4") is None and len(cache) == 0


def test_its_keys_hold_no_search_words(client, app):
    client.get("/search?q=counselling&location=Leeds")
    keys = list(app.extensions["page_cache"]._pages)
    assert len(keys) == 1
    assert b"counselling" not in keys[0] and b"Leeds" not in keys[0]
