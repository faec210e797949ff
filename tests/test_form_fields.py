"""Issue 23 (red-team D6, D8): no form field gives a 500, whatever it holds, and a bad Host
header gives the site's own 400 page (helplines, Exit this page) with nothing in the log.

CR or LF in ``add`` or ``remove`` gave a 500 (the value went into the redirect's Location),
a 3,000-character ``add`` a redirect that the server itself answered with 414, and a Host of
``..`` a 76-byte page and a 30-line traceback (``url_for`` had no URL adapter)."""

from __future__ import annotations

import logging
import re

import pytest

from directory.params import SEARCH_PARAMS

CONTROLS = ["\r", "\n", "\r\n", "\x00", "\x1b[31m", "\x07", "\x7f", "\x85", "\u2028", "\t"]
# every field a page's forms post, as seen on a professional's results page (below), plus
# those a changed form may add
EXTRA_FIELDS = [*SEARCH_PARAMS, "remove", "t", "add", "professional", "id", "lang", ""]


def _our_page(html: str) -> bool:
    """The site's own page: the danger line, the way to help, Exit this page."""
    exit_link = "Exit this page" in html or "Gadael y dudalen" in html
    help_link = 'href="/get-help-now"' in html or 'href="/cy/get-help-now"' in html
    return exit_link and help_link and "999" in html


def _results_page(client, lang: str) -> str:
    first = client.post(f"{lang}/search", data={"q": "counselling", "location": "Leeds"})
    token = first.headers["Location"].split("/results/")[1]
    tools = client.post(f"{lang}/search", data={"t": token, "professional": "1"})
    return client.get(tools.headers["Location"]).get_data(as_text=True)


def _posted_fields(html: str) -> set[str]:
    forms = re.findall(r'<form[^>]*method="post".*?</form>', html, re.S)
    named = set()
    for form in forms:
        named |= set(re.findall(r'<(?:input|select|textarea|button)[^>]*\bname="([^"]+)"', form))
    # the pack's buttons are outside their form, tied to it by form="pack"
    named |= set(re.findall(r'<button[^>]*form="pack"[^>]*name="([^"]+)"', html))
    named |= set(re.findall(r'<button[^>]*name="([^"]+)"[^>]*form="pack"', html))
    return named


def _same_page(app, location: str) -> tuple[str, str]:
    """What a redirect's page is made from: a results address's search (its token is sealed
    with a new random nonce each time, so two addresses of one search differ), any other
    address as it is. The fragment never reaches the server."""
    path, _, token = location.partition("#")[0].partition("/results/")
    if not token:
        return (location.partition("#")[0], "")
    return (path, repr(app.extensions["search_tokens"].decode(token)))


# one test a control character: the same ~2,400 requests a language as one test for all of
# them, which took ~20-48 s alone at the end of the fast lane while the other CPU sat idle
@pytest.mark.parametrize("control", CONTROLS)
@pytest.mark.parametrize("lang", ["", "/cy"])
def test_no_control_character_in_any_posted_field_gives_a_500(app, client, lang, control):
    fields = _posted_fields(_results_page(client, lang))
    assert {"q", "location", "add", "t", "professional", "radius"} <= fields  # found them
    token = client.post(f"{lang}/search", data={"q": "advocate"}).headers["Location"]
    token = token.split("/results/")[1]
    failures = []
    # every post is checked; a redirect is followed once per page it leads to: 56-83 pages
    # for the 120 redirects (a value stripped or refused leaves the same search), each
    # rendered once instead of again for each address of it (issue 24)
    followed: set[tuple[str, str]] = set()
    for name in sorted(fields | set(EXTRA_FIELDS)):
        for value in (control, f"fictional-mosac{control}", f"x{control}Y" * 3):
            for rest in ({}, {"q": "advocate", "t": token}):
                data = {**rest, name: value}
                response = client.post(f"{lang}/search", data=data)
                if response.status_code >= 500:
                    failures.append((name, value, rest, response.status_code))
                elif response.status_code == 303:
                    location = response.headers["Location"]
                    assert "\r" not in location and "\n" not in location
                    if _same_page(app, location) in followed:
                        continue
                    followed.add(_same_page(app, location))
                    page = client.get(location)
                    if page.status_code >= 500:
                        failures.append((name, value, rest, "then", page.status_code))
    assert not failures, failures[:10]


@pytest.mark.parametrize("name", ["add", "remove"])
@pytest.mark.parametrize("lang", ["", "/cy"])
def test_an_add_or_remove_that_is_not_a_listing_id_is_a_clear_400(client, lang, name):
    for value in ("x\nY", "x\r\nLocation: /evil", "a" * 3000, "../../etc", "UPPER", "é"):
        response = client.post(f"{lang}/search", data={name: value})
        assert response.status_code == 400, (value, response.status_code)
        html = response.get_data(as_text=True)
        assert _our_page(html) and value not in html


def test_a_listing_id_is_still_added_and_removed(client):
    added = client.post("/search", data={"add": "fictional-leeds-counselling"})
    assert added.status_code == 303
    assert added.headers["Location"].endswith("#pack-fictional-leeds-counselling")
    token = added.headers["Location"].split("/results/")[1].split("#")[0]
    removed = client.post("/search", data={"t": token, "remove": "fictional-leeds-counselling"})
    assert removed.status_code == 303


@pytest.mark.parametrize("host", ["..", "a" * 5000, "a..b", "." * 70])
@pytest.mark.parametrize("path", ["/about", "/cy/about", "/no-such-page", "/search?q=x"])
def test_a_bad_host_gives_the_site_s_own_400_page_and_no_traceback(client, caplog, host, path):
    caplog.set_level(logging.DEBUG)
    response = client.get(path, headers={"Host": host})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert _our_page(html)
    assert 'lang="' in html and "/static/" in html  # the page's styles and script
    assert host not in html
    assert "Traceback" not in caplog.text and "could not be rendered" not in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_bad_host_under_the_api_is_json(client):
    response = client.get("/api/v1/services", headers={"Host": ".."})
    assert response.status_code == 400 and response.get_json()["error"]
