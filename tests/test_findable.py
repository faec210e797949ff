"""Someone searching the web for help in their town can land on a service page here, while no
results address can ever be indexed, and the tab's title stays neutral."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

from .helpers import new_app

PUBLIC = "https://find-support.example.org"
INDEXABLE = [
    "/",
    "/service/fictional-leeds-counselling",
    "/get-help-now",
    "/staying-safe-online",
    "/about",
    "/accessibility",
    "/privacy",
]
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def public_client(built_index):
    return new_app(DIRECTORY_INDEX_PATH=built_index, DIRECTORY_PUBLIC_URL=PUBLIC).test_client()


def robots_meta(html: str) -> list[str]:
    return re.findall(r'<meta name="robots" content="([^"]*)"', html)


def description(html: str) -> str | None:
    found = re.search(r'<meta name="description" content="([^"]*)"', html)
    return found.group(1) if found else None


@pytest.mark.parametrize("path", INDEXABLE)
def test_start_service_and_help_pages_can_be_indexed_with_a_plain_description(public_client, path):
    response = public_client.get(path)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert not robots_meta(html) and "X-Robots-Tag" not in response.headers
    assert description(html) and 50 <= len(description(html)) <= 200
    assert "<title>Find support</title>" in html


def test_a_service_page_describes_that_service(public_client):
    html = public_client.get("/service/fictional-leeds-counselling").get_data(as_text=True)
    assert description(html).startswith("Fictional Leeds")


def test_results_addresses_are_never_indexed(public_client):
    posted = public_client.post("/search", data={"q": "counselling", "location": "Leeds"})
    token_address = posted.headers["Location"]
    assert "/results/" in token_address
    for path in (
        token_address,
        "/search?q=counselling&location=Leeds",
        "/search",
        "/referral-pack?id=fictional-leeds-counselling",
        "/referral-pack.csv?id=fictional-leeds-counselling",
        "/results/not-a-token",
        "/service/no-such-service",
        "/api/v1/services?q=counselling",
    ):
        response = public_client.get(path)
        assert response.headers.get("X-Robots-Tag") == "noindex", path
        if response.mimetype == "text/html":
            html = response.get_data(as_text=True)
            assert robots_meta(html) == ["noindex"], path
            assert "<title>Find support</title>" in html


def test_robots_txt_keeps_crawlers_out_of_searches_and_names_the_sitemap(public_client):
    response = public_client.get("/robots.txt")
    text = response.get_data(as_text=True)
    assert response.status_code == 200 and response.mimetype == "text/plain"
    lines = text.splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/search", "/results/", "/referral-pack", "/api/"):
        assert f"Disallow: {path}" in lines
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in lines
    assert "Disallow: /\n" not in text and "Disallow: /service" not in text


def test_the_sitemap_lists_service_and_plain_pages_and_no_results_address(public_client, index):
    response = public_client.get("/sitemap.xml")
    assert response.status_code == 200 and response.mimetype == "application/xml"
    tree = ElementTree.fromstring(response.get_data())
    urls = [loc.text for loc in tree.iter(f"{SITEMAP}loc")]
    assert all(url.startswith(PUBLIC + "/") for url in urls)
    paths = {url[len(PUBLIC) :] for url in urls}
    assert set(INDEXABLE) <= paths
    open_services = {sid for sid, s in index.services.items() if s.status != "closed"}
    assert {p.removeprefix("/service/") for p in paths if p.startswith("/service/")} == (
        open_services
    )
    assert "fictional-closed-leeds" not in open_services
    assert not [p for p in paths if p.startswith(("/search", "/results", "/referral", "/api"))]
    for path in list(paths)[:5]:
        assert public_client.get(path).status_code == 200


def test_without_a_public_address_there_is_no_sitemap_to_mislead(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 404
    assert "DIRECTORY_PUBLIC_URL" in response.get_data(as_text=True)
    robots = client.get("/robots.txt").get_data(as_text=True)
    assert "Sitemap:" not in robots and "Disallow: /results/" in robots
    # the Host a request claims never becomes an address
    hosted = client.get("/robots.txt", headers={"Host": "evil.example"}).get_data(as_text=True)
    assert "evil.example" not in hosted
