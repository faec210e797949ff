"""The pages: they list services, search by place and words, and never answer with a 500."""

from __future__ import annotations

import logging
import re
from urllib.parse import quote

import pytest

from directory.web.security import strip_query


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
    shown = re.search(r"(\d+\.\d) miles away", html.split("Fictional Bradford Advocates")[1])
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
    from directory import create_app

    empty = create_app({**app.config, "DIRECTORY_INDEX_PATH": tmp_path / "none"})
    html = page(empty.test_client(), "/search?q=x", 503)
    assert "try again soon" in html


def test_request_log_lines_drop_query_strings(caplog):
    line = '127.0.0.1 - - [x] "GET /search?q=secret&location=LS1+4AP HTTP/1.1" 200 -'
    assert strip_query(line) == '127.0.0.1 - - [x] "GET /search HTTP/1.1" 200 -'
    logger = logging.getLogger("werkzeug")
    from directory.web.security import NoQueryStrings

    logger.addFilter(NoQueryStrings())
    with caplog.at_level(logging.INFO, logger="werkzeug"):
        logger.info('"%s" %s %s', "GET /search?location=LS1+4AP HTTP/1.1", "200", "-")
    assert "LS1" not in caplog.text and "/search" in caplog.text
