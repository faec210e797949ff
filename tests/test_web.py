"""The pages: they list services, search by place and words, and never answer with a 500."""

from __future__ import annotations

import html as html_module
import logging
import re
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from directory.web.security import strip_query

from .helpers import app_like


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.data[:500]
    return response.get_data(as_text=True)


def test_start_page_has_the_search_form_and_helplines(client):
    html = page(client, "/")
    assert 'name="q"' in html and 'name="location"' in html
    assert "If you are in danger, call" in html
    assert "Exit this page" in html


def test_results_page_lists_services(client):
    html = page(client, "/search")
    assert "Fictional Leeds Counselling" in html
    assert "Fictional National Helpline" in html
    assert "Available wherever you live" in html


def test_search_by_postcode_and_keyword(client):
    html = page(client, "/search?q=advocate&location=LS1+4AP&radius=25")
    assert "Fictional Bradford Advocates" in html
    # LS1's centre to Bradford's, about 8.2 miles, shown to one decimal place
    shown = re.search(r"(\d+(?:\.\d)?) miles away", html.split("Fictional Bradford Advocates")[1])
    assert shown and abs(float(shown.group(1)) - 8.2) <= 0.2
    assert "Fictional Manchester" not in html
    # the age of the facts, as the source page shows it
    assert "Details from the CSA Centre directory dated January 2026" in html


def test_the_form_keeps_what_was_typed_escaped_and_only_there(client):
    # the form is rendered once and what was typed put in afterwards: each box gets its own
    # text, escaped, even text that looks like the form's placeholders or like markup
    typed_q = '"><b>app-typed-location & app-typed-q</b>'
    html = page(client, f"/search?q={quote(typed_q)}&location=Leeds&radius=50")
    assert "There is a problem" not in html
    q_box = re.search(r'<input[^>]*id="q"[^>]*>', html).group(0)
    place_box = re.search(r'<input[^>]*id="location"[^>]*>', html).group(0)
    assert 'value="&#34;&gt;&lt;b&gt;app-typed-location &amp; app-typed-q&lt;/b&gt;"' in q_box
    assert 'value="Leeds"' in place_box
    assert "<b>app-typed" not in html
    second = page(client, "/search?q=counselling&location=Bradford&radius=50")
    assert 'value="counselling"' in second and 'value="Bradford"' in second
    assert "app-typed" not in second and 'value="Leeds"' not in second


def test_phone_is_a_tel_link(client):
    html = page(client, "/search?location=Leeds")
    assert 'href="tel:01632960001"' in html


def test_ambiguous_place_offers_choices_as_links(client):
    html = page(client, "/search?location=Newport")
    assert "Choose the one you mean" in html
    assert "location=Newport,+Isle+of+Wight" in html or "Newport%2C+Isle" in html


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/search?radius=7", 400),
        ("/search?support=unicorn", 400),
        ("/search?page=abc", 400),
        ("/search?sort=%00", 400),
        ("/search?q=%22AND+*+:&location=%27%3B", 200),
        ("/search?location=" + "x" * 100, 200),
        ("/search?q=" + "a" * 5000, 200),
        ("/service/no-such-service", 404),
        ("/service/%2e%2e%2fetc", 404),
        ("/nowhere", 404),
    ],
)
def test_bad_input_is_a_clear_answer_never_a_500(client, url, status):
    html = page(client, url, status)
    if status == 400:
        assert "There is a problem" in html


def test_service_page_links_to_the_authoritative_listing(client):
    html = page(client, "/service/fictional-bradford-isva")
    assert "See this service in the CSA Centre directory" in html
    assert 'href="https://example.org/directory/fictional-bradford-isva"' in html
    assert "Details from the CSA Centre directory dated January 2026" in html


def test_without_a_per_service_page_the_directory_link_says_it_is_a_search(client, app):
    index = app.extensions["index"].get()
    sid = next(s.id for s in index.services.values() if s.csa_centre_url is None)
    html = page(client, f"/service/{sid}")
    assert "See this service in the CSA Centre directory" not in html
    assert "Search the CSA Centre directory" in html


def test_about_page_shows_data_attributions(client):
    html = page(client, "/about")
    assert "Contains Ordnance Survey data" in html
    assert "GeoNames" in html and "CC BY 4.0" in html


@pytest.mark.parametrize(
    "url", ["/", "/search?location=Leeds", "/service/fictional-kent-outreach", "/about", "/nowhere"]
)
def test_security_headers_and_no_cookies(client, url):
    response = client.get(url)
    assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "Set-Cookie" not in response.headers
    assert "<title>Find support</title>" in response.get_data(as_text=True)


def test_missing_index_is_a_503_with_helplines_text(tmp_path, app):
    empty = app_like(app, DIRECTORY_INDEX_PATH=tmp_path / "none")
    html = page(empty.test_client(), "/search?q=x", 503)
    assert "try again soon" in html


def test_request_log_lines_drop_query_strings(caplog):
    line = '127.0.0.1 - - [x] "GET /search?q=secret&location=LS1+4AP HTTP/1.1" 200 -'
    assert strip_query(line) == '127.0.0.1 - - [x] "GET /search HTTP/1.1" 200 -'
    line = '127.0.0.1 - - [x] "GET /results/gAAAAABq-x_y= HTTP/1.1" 200 -'
    assert strip_query(line) == '127.0.0.1 - - [x] "GET /results/- HTTP/1.1" 200 -'
    logger = logging.getLogger("werkzeug")
    from directory.web.security import NoQueryStrings

    logger.addFilter(NoQueryStrings())
    with caplog.at_level(logging.INFO, logger="werkzeug"):
        logger.info('"%s" %s %s', "GET /search?location=LS1+4AP HTTP/1.1", "200", "-")
    assert "LS1" not in caplog.text and "/search" in caplog.text


# --- a search made through the form leaves an address that reveals nothing ------------------

WORDS = ("stepdad", "LS1 4AP", "LS1+4AP", "LS14AP", "ls1 4ap")


def form_search(client, **fields) -> str:
    """Post the search form as a browser does; the address it is sent to."""
    response = client.post("/search", data=fields)
    assert response.status_code == 303
    assert "Set-Cookie" not in response.headers
    return response.headers["Location"]


def test_the_form_posts_and_is_sent_to_an_address_without_the_search(client):
    html = page(client, "/")
    form = re.search(r"<form[^>]*>", html.split('id="main-content"')[1]).group(0)
    assert 'method="post"' in form and 'autocomplete="off"' in form
    address = form_search(client, q="stepdad advocate", location="ls1 4ap")
    assert address.startswith("/results/")
    for word in (*WORDS, "advocate", "q=", "location="):
        assert word not in address
    html = page(client, address)
    assert "Fictional Bradford Advocates" in html
    assert "<title>Find support</title>" in html
    for heading in re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", html, re.S):
        assert "stepdad" not in heading
    # the page's own links (filters, pages, another radius) are results addresses too
    links = re.findall(r'href="([^"]*)"', html)
    assert not [link for link in links if "q=" in link or "stepdad" in link]


def test_no_full_postcode_anywhere_on_a_results_page(client):
    # (a results address's form is left empty: issue 25, the words are never written into it)
    for html, shown in (
        (page(client, "/search?q=advocate&location=LS1+4AP"), "LS1"),
        (page(client, form_search(client, q="advocate", location="LS1 4AP")), ""),
    ):
        assert "Services near LS1" in html
        for shape in WORDS[1:]:
            assert shape not in html
        place_box = re.search(r'<input[^>]*id="location"[^>]*>', html).group(0)
        assert f'value="{shown}"' in place_box


CLOCK = {"now": 0.0}


@pytest.mark.app_config(DIRECTORY_CLOCK=lambda: CLOCK["now"])
def test_a_results_address_ends_after_the_configured_time(app, client):
    clock = CLOCK
    clock["now"] = 1_800_000_000.0
    address = form_search(client, q="stepdad counselling", location="Leeds")
    assert "Fictional Leeds Counselling" in page(client, address)
    clock["now"] += app.config["DIRECTORY_SEARCH_EXPIRY_MINUTES"] * 60 + 1
    html = page(client, address, 410)
    assert "This search has ended" in html
    assert "stepdad" not in html and "Leeds Counselling" not in html
    assert 'name="q"' in html and "Fictional National Helpline" in html  # a new search, helplines


def test_a_changed_results_address_is_the_same_neutral_page(client):
    address = form_search(client, q="stepdad")
    html = page(client, address[:-8] + "AAAAAAA=", 404)
    assert "This search has ended" in html and "stepdad" not in html


def test_the_expiry_and_key_come_from_configuration(app):
    other = app_like(app, DIRECTORY_SECRET_KEY="k", DIRECTORY_SEARCH_EXPIRY_MINUTES=5)
    again = app_like(app, DIRECTORY_SECRET_KEY="k")
    address = form_search(other.test_client(), q="advocate")
    assert other.extensions["search_tokens"].ttl == 300
    # the same key on another server (behind one balancer) reads the same address
    assert "Fictional Bradford Advocates" in page(again.test_client(), address)
    # with no key configured, each process has its own random one
    assert page(app.test_client(), address, 404)


def test_a_professional_keeps_a_link_that_shows_the_search_only_on_purpose(client):
    html = page(client, form_search(client, q="advocate", location="LS1 4AP"))
    assert "Copy a link to this search (shows the search words)" in html
    lasting = re.search(r'id="lasting-link"[^>]*value="([^"]+)"', html).group(1)
    # written out from the configured public address, never from the request's Host
    assert lasting.startswith("http://127.0.0.1:5000/search")
    # on a results address the words are not written into the page (issue 25): the tab that
    # typed them adds them to the link (tests/browser/test_words_never_return.py)
    assert "advocate" not in lasting and "LS1" not in lasting and "4AP" not in lasting
    # the lasting page, whose address shows the search, links to the search
    shown = _lasting_on(page(client, "/search?q=advocate&location=LS1"))
    copied = urlsplit(html_module.unescape(shown))
    assert parse_qs(copied.query) == {"q": ["advocate"], "location": ["LS1"]}


def _lasting_on(html: str) -> str:
    return re.search(r'id="lasting-link"[^>]*value="([^"]+)"', html).group(1)


def test_add_to_pack_appears_only_for_professionals_and_survives_new_searches(client):
    first = page(client, form_search(client, location="Leeds", radius="50"))
    assert "Add to pack" not in first and "Add to referral pack" not in first
    token = re.search(r'name="t" value="([^"]+)"', first).group(1)
    html = page(client, form_search(client, t=token, professional="1"))
    assert "Add to pack<span" in html
    token = re.search(r'name="t" value="([^"]+)"', html).group(1)
    address = form_search(client, t=token, add="fictional-leeds-counselling")
    assert address.endswith("#pack-fictional-leeds-counselling")
    html = page(client, address.split("#")[0])
    assert "Referral pack: 1 service" in html
    # a second, different search keeps the pack
    token = re.search(r'name="t" value="([^"]+)"', html).group(1)
    html = page(client, form_search(client, t=token, q="helpline"))
    assert "Referral pack: 1 service" in html
    assert "/referral-pack?id=fictional-leeds-counselling" in html


@pytest.mark.app_config(DIRECTORY_SEARCH_EXPIRY_MINUTES=15)
def test_staying_safe_says_what_the_site_cannot_erase_and_how_to_clear_it(client):
    html = page(client, "/staying-safe-online")
    assert "What this site cannot delete" in html
    assert "can only be seen for 15 minutes" in html
    for browser in ("iPhone or iPad (Safari)", "Android phone (Chrome)", "Computer (Firefox)"):
        assert browser in html
