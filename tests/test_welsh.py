"""The directory in Welsh: chosen by the address (/cy/...), never by a cookie or the browser's
language; every link, form and redirect stays in Welsh; listings' Welsh names and Welsh-language
services shown where their sources say so."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from urllib.parse import unquote_plus, urlsplit

import pytest

from directory.web import listing_text
from directory.web.security import strip_query

from .test_web import form_search, page

PAGES = [
    "/",
    "/search?q=counselling&location=Leeds",
    "/service/fictional-leeds-counselling",
    "/referral-pack?id=fictional-leeds-counselling",
    "/get-help-now",
    "/staying-safe-online",
    "/about",
    "/accessibility",
    "/privacy",
]


def links(html: str) -> list[str]:
    """Every address on the page a person can follow or send a form to, on this site."""
    found = re.findall(r'(?:href|action)="([^"]*)"', html)
    return [u for u in found if u.startswith("/") and not u.startswith("/static/")]


def lang_of(html: str) -> str:
    return re.search(r'<html lang="([a-z]+)"', html).group(1)


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_in_welsh_under_cy_and_its_links_stay_in_welsh(client, path):
    html = page(client, "/cy" + path)
    assert lang_of(html) == "cy"
    assert "Gadael y dudalen hon" in html and "Os ydych chi mewn perygl, ffoniwch" in html
    assert "Exit this page" not in html and "Skip to main content" not in html
    # the switch goes to the same page in English; every other link of ours stays in Welsh
    switch = re.search(r'<a [^>]*hreflang="en" lang="en">English</a>', html).group(0)
    english = re.search(r'href="([^"]*)"', switch).group(1).replace("&amp;", "&")
    assert english == path
    others = [u for u in links(html) if u.replace("&amp;", "&") != path]
    assert others and all(u.startswith("/cy/") for u in others), others
    # the assets have one address for both languages
    assert re.search(r'href="/static/build/app\.[0-9a-f]+\.css"', html)


@pytest.mark.parametrize("path", PAGES)
def test_english_pages_are_unchanged_and_offer_cymraeg(client, path):
    html = page(client, path)
    assert lang_of(html) == "en"
    assert "Exit this page" in html
    switch = re.search(r'<a [^>]*hreflang="cy" lang="cy">Cymraeg</a>', html).group(0)
    assert re.search(r'href="([^"]*)"', switch).group(1).replace("&amp;", "&") == "/cy" + path
    others = [u for u in links(html) if u.replace("&amp;", "&") != "/cy" + path]
    assert others and not any(u.startswith("/cy") for u in others)


def test_each_page_links_to_itself_in_the_other_language_one_request_after_another(client, app):
    """A page's own address is worked out once a request for its language links: never
    carried over to the next page, even by code that keeps one app context across requests."""
    with app.app_context():
        for path in ("/about", "/privacy", "/search?q=counselling", "/search?q=helpline"):
            html = page(client, path)
            base = app.config["DIRECTORY_PUBLIC_URL"]
            assert f'<link rel="alternate" hreflang="cy" href="{base}/cy{path}">' in html, path


def test_hreflang_alternates_name_both_languages_in_full(client, app):
    app.config.update(DIRECTORY_PUBLIC_URL="https://find.example", DIRECTORY_PUBLIC_URL_SET=True)
    for path in ("/about", "/cy/about"):
        html = page(client, path)
        assert '<link rel="alternate" hreflang="en" href="https://find.example/about">' in html
        assert '<link rel="alternate" hreflang="cy" href="https://find.example/cy/about">' in html
    # without a configured address they name the address served (`directory run` sets it;
    # Lighthouse wants them in full): a request's Host never reaches a link
    app.config.update(DIRECTORY_PUBLIC_URL="http://127.0.0.1:5421", DIRECTORY_PUBLIC_URL_SET=False)
    html = client.get("/cy/about", headers={"Host": "evil.example"}).get_data(as_text=True)
    assert '<link rel="alternate" hreflang="en" href="http://127.0.0.1:5421/about">' in html
    assert "evil.example" not in html


def test_robots_and_sitemap_know_the_welsh_pages(client, app):
    robots = client.get("/robots.txt").get_data(as_text=True)
    assert "Disallow: /cy/search" in robots and "Disallow: /cy/results/" in robots
    app.config.update(DIRECTORY_PUBLIC_URL="https://find.example", DIRECTORY_PUBLIC_URL_SET=True)
    sitemap = client.get("/sitemap.xml").get_data(as_text=True)
    assert "<loc>https://find.example/cy/service/fictional-cardiff-families</loc>" in sitemap
    assert "<loc>https://find.example/service/fictional-cardiff-families</loc>" in sitemap
    assert client.get("/cy/robots.txt").status_code == 404


def test_the_language_never_comes_from_the_browser_or_a_cookie(client):
    response = client.get("/", headers={"Accept-Language": "cy-GB,cy;q=0.9"})
    assert response.status_code == 200 and lang_of(response.get_data(as_text=True)) == "en"
    response = client.get("/cy/", headers={"Accept-Language": "en-GB"})
    assert lang_of(response.get_data(as_text=True)) == "cy"
    assert "Set-Cookie" not in response.headers


def test_a_welsh_form_search_is_sent_to_a_welsh_results_address(client):
    response = client.post("/cy/search", data={"q": "cwnsela", "location": "LS1 4AP"})
    assert response.status_code == 303 and "Set-Cookie" not in response.headers
    location = response.headers["Location"]
    assert location.startswith("/cy/results/")
    # (the token is random: "LS1" alone turns up in one now and then; the place as typed,
    # in any encoding, never does)
    assert "?" not in location and "cwnsela" not in location
    assert "LS1 4AP" not in unquote_plus(location)
    html = page(client, location)
    assert lang_of(html) == "cy"
    assert re.search(r"<h1[^>]*>Gwasanaethau ger LS1", html)
    # (the random token in the page's own links may hold "4AP" by chance: look past it)
    token = location.rsplit("/", 1)[1]
    assert "4AP" not in html.replace(token, "")
    # the same search in English: the same token, unprefixed
    assert f'href="/results/{token}" hreflang="en"' in html
    english = page(client, f"/results/{token}")
    assert lang_of(english) == "en" and "Services near LS1" in english
    # every link the results draw (pages, filters, forms) keeps the language
    assert all(u.startswith("/cy/") for u in links(html) if not u.startswith(f"/results/{token}"))


def test_welsh_pagination_filters_and_pack_stay_in_welsh(client):
    # (fourth walk-through: services stating other councils are no longer near Leeds, so one a
    # page keeps two pages)
    html = page(client, "/cy/search?location=Leeds&radius=100&per_page=1")
    assert 'aria-label="Tudalen 2"' in html and "Nesaf" in html
    assert re.search(r'href="/cy/search\?[^"]*page=2', html)
    location = form_search(client, location="Leeds", radius="100", per_page="1")
    html = page(client, "/cy" + location)
    for href in re.findall(r'class="govuk-link govuk-pagination__link" href="([^"]*)"', html):
        assert href.startswith("/cy/results/")
    # a professional's pack, added from a Welsh page, comes back to a Welsh page
    token = location.rsplit("/", 1)[1]
    response = client.post("/cy/search", data={"t": token, "professional": "1"})
    assert response.headers["Location"].startswith("/cy/results/")
    token = response.headers["Location"].rsplit("/", 1)[1]
    response = client.post("/cy/search", data={"t": token, "add": "fictional-leeds-counselling"})
    html = page(client, response.headers["Location"].split("#")[0])
    assert "Pecyn atgyfeirio: 1 gwasanaeth" in html
    assert 'href="/cy/referral-pack?id=fictional-leeds-counselling"' in html


def test_welsh_exit_goes_to_a_welsh_page(client, app):
    app.config["DIRECTORY_EXIT_URL"] = "https://weather.example/en"
    app.config["DIRECTORY_EXIT_URL_CY"] = "https://weather.example/cy"
    assert 'href="https://weather.example/cy"' in page(client, "/cy/privacy")
    assert 'href="https://weather.example/en"' in page(client, "/privacy")


def test_welsh_error_pages(client):
    html = page(client, "/cy/no-such-page", status=404)
    assert lang_of(html) == "cy" and "Heb ddod o hyd i’r dudalen" in html
    assert 'href="/cy/"' in html  # "Start a new search", in Welsh
    html = page(client, "/cy/results/not-a-token", status=404)
    assert "Mae’r chwiliad hwn wedi dod i ben" in html
    assert 'action="/cy/search"' in html
    html = page(client, "/cy/search?radius=7", status=400)
    assert "Mae problem wedi codi" in html and "Dewiswch bellter o’r rhestr" in html
    # the API and assets have one address: not under /cy
    assert client.get("/cy/api/v1/services").status_code == 404


def test_the_referral_pack_csv_in_welsh(client):
    response = client.get("/cy/referral-pack.csv?id=fictional-cardiff-families")
    assert response.status_code == 200
    assert 'filename="pecyn-atgyfeirio.csv"' in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0]["Gwasanaeth"] == "Gwasanaeth Teuluoedd Ffuglennol Caerdydd"
    # (thirty-second walk-through F5) as the card says it
    assert rows[0]["Ar gyfer pwy"] == "Rhieni a gofalwyr, Plant a phobl ifanc"
    assert rows[0]["Statws"] == "Ar agor"
    english = client.get("/referral-pack.csv?id=fictional-cardiff-families")
    rows = list(csv.DictReader(io.StringIO(english.get_data(as_text=True))))
    assert rows[0]["Service"] == "Fictional Cardiff Family Service"


def test_welsh_names_and_welsh_language_services_where_sources_say_so(client):
    html = page(client, "/cy/service/fictional-cardiff-families")
    assert "<h1" in html and "Gwasanaeth Teuluoedd Ffuglennol Caerdydd" in html
    assert "Gwasanaeth ar gael yn Gymraeg" in html and "Saesneg, Cymraeg" in html
    # listing text stays as its source wrote it, marked as English for screen readers
    assert '<span lang="en">Support for families after abuse within the family.</span>' in html
    english = page(client, "/service/fictional-cardiff-families")
    assert "Fictional Cardiff Family Service" in english and "Welsh-speaking service" in english
    # a service whose sources say nothing of Welsh is not flagged
    leeds = page(client, "/cy/service/fictional-leeds-counselling")
    assert "Gwasanaeth ar gael yn Gymraeg" not in leeds


def test_the_welsh_language_filter_on_pages_and_api(client):
    html = page(client, "/cy/search?location=Cardiff&radius=100")
    assert 'name="language" type="checkbox" value="welsh"' in html
    assert "Gwasanaeth ar gael yn Gymraeg (1)" in html
    html = page(client, "/cy/search?location=Cardiff&radius=100&language=welsh")
    titles = re.findall(r'app-result__title"><a [^>]*>([^<]+)<', html)
    assert titles == ["Gwasanaeth Teuluoedd Ffuglennol Caerdydd"]
    found = client.get("/api/v1/services?language=welsh").get_json()
    ids = [s["id"] for s in found["services"] + found["national"]]
    assert ids == ["fictional-cardiff-families"]
    assert client.get("/api/v1/services?language=klingon").status_code == 400


def test_dates_and_distances_are_written_the_welsh_way(app):
    with app.test_request_context(environ_base={"directory.language": "cy"}):
        assert listing_text.long_date(dt.date(2026, 11, 26)) == "26 Tachwedd 2026"
        assert listing_text.long_date("2023-06-07") == "7 Mehefin 2023"
    with app.test_request_context():
        assert listing_text.long_date(dt.date(2026, 11, 26)) == "26 November 2026"


def test_welsh_distances_on_the_results(client):
    html = page(client, "/cy/search?q=counselling&location=LS1")
    # a venue less than a mile away says so (walk-through F9: "0.0 miles away")
    assert re.search(r"<strong>(\d+(?:[.,]\d)? milltir|Llai na milltir) i ffwrdd</strong>", html)


def test_the_research_flags_only_services_whose_sources_say_welsh(bundled):
    flagged = {s.id for s in bundled if s.offers_welsh}
    assert flagged == {s.id for s in bundled if "Welsh" in s.languages}
    assert {"meic", "live-fear-free", "samaritans-welsh-language-line"} <= flagged
    # nothing is assumed from being in Wales
    assert "new-pathways" not in flagged


def test_the_results_token_carries_the_search_across_languages(client):
    location = form_search(client, q="advocate", location="Bradford")
    token = urlsplit(location).path.rsplit("/", 1)[1]
    welsh = page(client, f"/cy/results/{token}")
    english = page(client, location)
    titles = re.compile(r'app-result__title"><a class="govuk-link" href="(?:/cy)?(/service/[^"]+)"')
    assert titles.findall(welsh) == titles.findall(english) != []


def test_welsh_results_addresses_never_reach_a_log_line():
    line = '"GET /cy/results/gAAAAABsecret-token HTTP/1.1" 200 -'
    assert strip_query(line) == '"GET /cy/results/- HTTP/1.1" 200 -'


def test_welsh_places_are_named_in_welsh_on_welsh_pages(client):
    html = page(client, "/cy/search?location=Caerdydd&radius=10")
    assert "Gwasanaethau ger Caerdydd" in html and "Caerdydd, Cymru" in html
    html = page(client, "/search?location=Caerdydd&radius=10")
    assert "Services near Cardiff" in html
    html = page(client, "/cy/service/fictional-cardiff-families")
    assert "cynghorau: Caerdydd" in html
    assert "Yn dangos canlyniadau ar gyfer Caerdydd." in page(client, "/cy/search?location=Cardif")
    # places to choose between keep their English name in the address, Welsh on the page
    html = page(client, "/cy/search?location=Newport")
    assert 'href="/cy/search?location=Newport,+Wales">Casnewydd, Cymru</a>' in html


def test_welsh_pages_offer_the_helplines_of_wales(bundled_client):
    """Meic (children and young people) and Live Fear Free, bilingual lines for all of Wales,
    join the helplines on every Welsh page; Get help now lists services for all of Wales."""
    html = page(bundled_client, "/cy/")
    footer = re.search(r'id="helplines-title".*?</ul>', html, re.S).group(0)
    names = re.findall(r'/cy/service/([a-z0-9-]+)"', footer)
    assert names[:3] == ["meic", "childline", "nspcc-helpline"] and "live-fear-free" in names
    english = re.search(r'id="helplines-title".*?</ul>', page(bundled_client, "/"), re.S).group(0)
    assert "meic" not in english
    for path, heading in (
        ("/get-help-now", "Services across Wales"),
        ("/cy/get-help-now", "Gwasanaethau ledled Cymru"),
    ):
        wales = page(bundled_client, path).split(heading)[1].split("</ul>")[0]
        assert "/service/meic" in wales and "/service/live-fear-free" in wales
        assert "/service/childline" not in wales  # a UK-wide line is listed above, not here
