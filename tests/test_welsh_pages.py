"""Welsh pages on the bundled listings (issue 28): what the directory names itself is in Welsh
(police force areas, councils, countries), listing text that stays English is marked
``lang="en"`` wherever it is shown (so that screen readers switch voice), and the services' own
Welsh (``curation/welsh.json``) is shown and searched, each with the page it was read on."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from bs4 import BeautifulSoup, NavigableString

from directory.config import PROJECT_ROOT
from directory.geo import load_gazetteer, load_police_force_areas
from directory.search_token import MAX_PACK
from directory.sources.research import ResearchError, import_research
from directory.web.listing_text import welsh_description_fits

from .helpers import GAZETTEER_PATH

RESEARCH = PROJECT_ROOT / "bundled_data" / "research"
WELSH = json.loads((RESEARCH / "curation" / "welsh.json").read_text(encoding="utf-8"))
RASASC = "rasasc-north-wales-rape-and-sexual-abuse-support-centre"
#: searches in Welsh and English, at Welsh and English places (the results pages walked)
SEARCHES = [
    ("dw i angen siarad efo rhywun", "Caernarfon"),
    ("mae fy llystad yn fy nghyffwrdd", "Caernarfon"),
    ("cwnsela", "Caerdydd"),
    ("cam-drin plant yn y teulu", "Bangor"),
    ("counselling", "Leeds"),
    ("", "Llangefni"),
    ("sexual assault", "Swansea"),
    ("", "Newport, Wales"),
]
#: text a page shows that is not a listing's even where it equals one ("English" as a
#: language, the name of this site)
NOT_LISTING_TEXT = {"English", "Cymraeg"}
#: the services' own Welsh names, which may hold an organisation's initials ("Llinell Gymorth y
#: NSPCC", the Welsh Government's name for the NSPCC Helpline): Welsh text, not marked English
WELSH_NAMES = sorted(
    {" ".join(e["name_cy"].split()) for e in WELSH["services"].values() if e.get("name_cy")},
    key=len,
    reverse=True,
)


def _text(value: str) -> str:
    return " ".join(str(value).split())


def english_texts(service) -> set[str]:
    """What a listing shows in English on a Welsh page: its name (unless it has a Welsh one),
    organisation, description (unless the service publishes Welsh), who can use it, hours,
    accessibility, how to get help, its status note and the parts of its area description
    that the directory does not name itself (a council's name is a place name, which the
    pages also write in their own sentences: "Gwasanaethau ger Leeds, hyd at 25 milltir")."""
    gazetteer = load_gazetteer(GAZETTEER_PATH)
    texts = {
        service.organisation,
        service.eligibility,
        service.opening_hours,
        service.accessibility,
        service.how_to_access,
        service.status_note,
    }
    if not service.name_cy:
        texts.add(service.name)
    if not welsh_description_fits(service):  # the English shown, marked English
        texts.add(service.description)
    for part in service.service_area.description.split(", "):
        if part.endswith(" police area") or part.startswith(("All of ", "Anywhere in ")):
            continue  # named by the directory: in Welsh on Welsh pages (tested below)
        if gazetteer.council_codes_named(part):
            continue
        texts.add(part)
    return {_text(t) for t in texts if t and len(_text(t)) >= 4} - NOT_LISTING_TEXT


def unmarked(html: str | BeautifulSoup, texts: set[str]) -> list[tuple[str, str]]:
    """(listing text, the text node holding it) for every text node of the page's body that
    holds a listing's English text and is not inside an element whose language is English
    (the page's HTML, or the page parsed: only read)."""
    soup = html if isinstance(html, BeautifulSoup) else BeautifulSoup(html, "html.parser")
    found = []
    for node in soup.body.find_all(string=True):
        if not isinstance(node, NavigableString) or node.parent.name in ("script", "style"):
            continue
        text = _text(node)
        for name in WELSH_NAMES:
            text = text.replace(name, " ")
        if len(text) < 4:
            continue
        for english in texts:
            if english in text:
                owner = node.find_parent(attrs={"lang": True})
                if owner is None or owner["lang"] != "en":
                    found.append((english, text))
    return found


def welsh_page(client, path: str, **kwargs) -> str:
    response = client.get(path, **kwargs)
    assert response.status_code == 200, path
    html = response.get_data(as_text=True)
    assert '<html lang="cy"' in html
    return html


@pytest.fixture(scope="module")
def english(bundled):
    texts: set[str] = set()
    for service in bundled:
        texts |= english_texts(service)
    return texts


# --- lang="en" wherever listing text is shown ----------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/cy/", "/cy/get-help-now", "/cy/about", "/cy/staying-safe-online", "/cy/accessibility"],
)
def test_listing_text_on_welsh_pages_is_marked_english(bundled_client, english, path):
    assert unmarked(welsh_page(bundled_client, path), english) == []


@pytest.mark.parametrize("q, where", SEARCHES)
def test_listing_text_on_welsh_results_is_marked_english(bundled_client, english, q, where):
    html = welsh_page(bundled_client, "/cy/search", query_string={"q": q, "location": where})
    assert 'class="app-result' in html  # cards were drawn
    assert unmarked(html, english) == []


def test_listing_text_on_every_welsh_service_page_is_marked_english(service_pages, bundled):
    problems = {}
    for service in bundled:
        path = f"/cy/service/{service.id}"
        assert '<html lang="cy"' in service_pages.html(path), path
        found = unmarked(service_pages.soup(path), english_texts(service))
        if found:
            problems[service.id] = found
    assert problems == {}


def test_listing_text_in_the_welsh_referral_pack_is_marked_english(bundled_client, bundled):
    listed = [s for s in bundled if s.listed]
    for start in range(0, len(listed), MAX_PACK):  # every listing, a full pack at a time
        chosen = listed[start : start + MAX_PACK]
        html = welsh_page(
            bundled_client, "/cy/referral-pack", query_string={"id": [s.id for s in chosen]}
        )
        assert html.count('class="app-result"') == len(chosen)
        texts: set[str] = set().union(*(english_texts(s) for s in chosen))
        assert unmarked(html, texts) == []


def test_the_check_finds_unmarked_listing_text():
    """The check above fails on a page that shows a listing's text without lang="en"."""
    page = "<html lang='cy'><body><h3><a>Meic helpline</a></h3><p lang='en'>Childline</p></body>"
    assert unmarked(page, {"Meic helpline", "Childline"}) == [("Meic helpline", "Meic helpline")]


# --- what the directory names itself, in Welsh ----------------------------------------------


def test_a_welsh_service_page_names_its_police_area_and_councils_in_welsh(bundled_client):
    html = welsh_page(bundled_client, f"/cy/service/{RASASC}")
    text = _text(BeautifulSoup(html, "html.parser").get_text(" "))
    assert "ardal Heddlu Gogledd Cymru" in text
    assert "Ynys Môn" in text and "Sir Ddinbych" in text
    assert "North Wales police area" not in html
    # the English page keeps the English words
    english = bundled_client.get(f"/service/{RASASC}").get_data(as_text=True)
    assert "North Wales police area" in english and "Heddlu" not in english


def test_an_english_force_area_keeps_its_name_marked_english(bundled_client, bundled):
    service = next(
        s for s in bundled if "Kent" in s.service_area.police_force_areas and not s.is_national
    )
    html = welsh_page(bundled_client, f"/cy/service/{service.id}")
    assert 'ardal heddlu <span lang="en">Kent</span>' in html
    assert "Kent police area" not in html


def test_cards_in_wales_name_the_area_in_welsh(bundled_client):
    html = welsh_page(
        bundled_client, "/cy/search", query_string={"q": "trais rhywiol", "location": "Bangor"}
    )
    assert "ardal Heddlu Gogledd Cymru" in html
    assert "North Wales police area" not in html


def test_the_welsh_about_page_names_the_welsh_forces_in_welsh(bundled_client):
    html = welsh_page(bundled_client, "/cy/about")
    rows = re.findall(r'<th scope="row" class="govuk-table__header">(.*?)</th>', html)
    forces = load_police_force_areas(GAZETTEER_PATH).names()
    assert len(rows) == len(forces)
    for welsh in ("Heddlu Gogledd Cymru", "Heddlu De Cymru", "Heddlu Dyfed-Powys", "Heddlu Gwent"):
        assert welsh in rows
    assert '<span lang="en">Avon and Somerset</span>' in rows
    assert "North Wales" not in rows and "South Wales" not in rows
    # the English page is unchanged
    assert "North Wales" in bundled_client.get("/about").get_data(as_text=True)


def test_the_results_heading_shows_a_welsh_council_with_its_diacritics(bundled_client):
    html = welsh_page(
        bundled_client, "/cy/search", query_string={"q": "siarad", "location": "Llangefni"}
    )
    assert "Llangefni, Ynys Môn" in html
    assert "Isle of Anglesey" not in html.split('id="main-content"')[1].split("</h1>")[0]


# --- the services' own Welsh ------------------------------------------------------------------


def test_every_welsh_text_has_its_page_and_the_day_it_was_read():
    assert WELSH["services"]
    for sid, entry in WELSH["services"].items():
        assert entry.get("name_cy") or entry.get("description_cy"), sid
        assert entry["source_url"].startswith("https://"), sid
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["seen_on"]), sid


def test_the_bundled_listings_carry_the_services_own_welsh(bundled):
    by_id = {s.id: s for s in bundled}
    for sid, entry in WELSH["services"].items():
        service = by_id[sid]
        assert service.name_cy == entry.get("name_cy", "")
        assert service.description_cy == entry.get("description_cy", "")
        assert entry["source_url"] in {str(u) for u in service.other_sources}
        assert any(entry["source_url"] in note for note in service.verify)
    # nothing else has Welsh that no page showed
    assert {s.id for s in bundled if s.description_cy or s.name_cy} == set(WELSH["services"])


def test_the_research_import_reads_welsh_json(gazetteer, tmp_path):
    forces = load_police_force_areas(GAZETTEER_PATH)
    done = import_research(RESEARCH, gazetteer, forces)
    meic = next(s for s in done.services if s.id == "meic")
    assert meic.description_cy == WELSH["services"]["meic"]["description_cy"]
    # an entry for a service that is not a listing is refused, not dropped silently
    copy = tmp_path / "research"
    shutil.copytree(RESEARCH, copy)
    broken = dict(WELSH, services={**WELSH["services"], "no-such-service": {}})
    (copy / "curation" / "welsh.json").write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(ResearchError, match="no-such-service"):
        import_research(copy, gazetteer, forces)


def test_welsh_pages_show_the_services_own_welsh_and_english_pages_do_not(bundled_client, bundled):
    meic = next(s for s in bundled if s.id == "meic")
    html = welsh_page(bundled_client, "/cy/service/meic")
    assert meic.description_cy in html and meic.name_cy in html
    assert meic.description not in html
    english = bundled_client.get("/service/meic").get_data(as_text=True)
    assert meic.description in english and meic.description_cy not in english
    help_now = welsh_page(bundled_client, "/cy/get-help-now")
    assert "Llinell Gymorth Byw Heb Ofn" in help_now and meic.description_cy in help_now


def test_a_search_in_welsh_finds_a_service_by_its_welsh_name(bundled_client):
    html = welsh_page(
        bundled_client, "/cy/search", query_string={"q": "Byw Heb Ofn", "location": ""}
    )
    first = re.search(r'app-result__title"><a class="govuk-link" href="([^"]+)"', html)
    assert first.group(1).endswith("/service/live-fear-free")
