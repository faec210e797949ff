"""Listings' own Welsh names from their own or official Welsh pages (seventeenth walk-through
F6: on /cy the talk box left "NSPCC Helpline" and other names in English). A Welsh name is shown
only where the service, or an official body (here the Welsh Government), publishes it; every
search for one, found or not, is recorded with its pages and their dates in
``bundled_data/research/welsh-2026-12.jsonl``. Names no such page gives stay English, marked
``lang="en"``: nothing is translated by us."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup

from directory.config import PROJECT_ROOT

RESEARCH = PROJECT_ROOT / "bundled_data" / "research"
WELSH = json.loads((RESEARCH / "curation" / "welsh.json").read_text(encoding="utf-8"))["services"]
SEARCHED = [
    json.loads(line)
    for line in (RESEARCH / "welsh-2026-12.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _talk(client, path: str, q: str, location: str) -> list[str]:
    """The names in the "Talk to someone now" box, in order."""
    response = client.get(path, query_string={"q": q, "location": location})
    assert response.status_code == 200
    box = BeautifulSoup(response.data, "html.parser").select_one("aside.app-talk-now")
    assert box is not None, q
    return [" ".join((li.find("a") or li).get_text(" ").split()) for li in box.select("li")]


def _main(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    main = BeautifulSoup(response.data, "html.parser").select_one("main")
    return str(main)


# --- the Welsh names shown ------------------------------------------------------------------


def test_a_welsh_parent_is_told_of_the_nspcc_helpline_by_its_welsh_name(bundled_client):
    # a mother in Gwynedd writing in Welsh about her young daughter (not the walk-through's words)
    talk = _talk(
        bundled_client,
        "/cy/search",
        "mae fy merch 6 oed wedi dweud bod ei llystad yn ei chyffwrdd, beth ddylwn i wneud",
        "Dolgellau",
    )
    assert talk[0].startswith("Llinell Gymorth y NSPCC"), talk
    assert not any(name.startswith("NSPCC Helpline") for name in talk), talk


def test_the_english_page_keeps_the_english_name(bundled_client):
    talk = _talk(
        bundled_client,
        "/search",
        "my son is 7 and told me his uncle touched him, what do i do",
        "Welshpool",
    )
    assert talk[0].startswith("NSPCC Helpline"), talk
    assert not any("Llinell Gymorth" in name for name in talk), talk


@pytest.mark.parametrize(
    ("sid", "welsh", "english"),
    [
        ("nspcc-helpline", "Llinell Gymorth y NSPCC", "NSPCC Helpline"),
        ("samaritans", "Samariaid", "Samaritans"),
    ],
)
def test_the_service_page_names_it_in_welsh_only_on_welsh_pages(
    bundled_client, sid, welsh, english
):
    cy = BeautifulSoup(_main(bundled_client, f"/cy/service/{sid}"), "html.parser")
    en = BeautifulSoup(_main(bundled_client, f"/service/{sid}"), "html.parser")
    assert " ".join(cy.h1.get_text().split()).startswith(welsh)
    assert " ".join(en.h1.get_text().split()).startswith(english)
    assert welsh not in en.get_text()


def test_a_welsh_adult_sees_samaritans_by_its_own_welsh_name(bundled_client):
    talk = _talk(
        bundled_client,
        "/cy/search",
        # (w27lines, w37adult) words of suicide ("methu cario mlaen": cannot go on): a line
        # for anyone struggling to cope is in the box only then (not for distress alone, "methu
        # ymdopi"), or when the words name nobody and no abuse
        "cefais fy ngham-drin yn blentyn, dw i'n 45 nawr ac yn methu cario mlaen",
        "Aberhonddu",
    )
    assert any(name.startswith("Samariaid") for name in talk), talk
    assert not any(name.startswith("Samaritans ") or name == "Samaritans" for name in talk), talk


@pytest.mark.parametrize("sid", ["nspcc-helpline", "samaritans"])
def test_a_welsh_name_does_not_bring_a_welsh_description_we_do_not_have(bundled_client, by_id, sid):
    """Only the name is the service's (or the Welsh Government's) own Welsh: the description
    stays as the service wrote it, in English and marked English."""
    cy = _main(bundled_client, f"/cy/service/{sid}")
    description = by_id[sid].description
    assert not by_id[sid].description_cy
    assert f'<span lang="en">{description}' in " ".join(cy.split()) or (
        f'lang="en">{description}' in " ".join(cy.split())
    )


# --- and the false reading: no Welsh where no page gives it ---------------------------------


@pytest.mark.parametrize(
    ("sid", "name"),
    [
        ("rape-crisis-247", "24/7 Rape &amp; Sexual Abuse Support Line"),
        ("victim-support", "Victim Support Supportline"),
    ],
)
def test_names_no_welsh_page_gives_stay_english_and_marked(bundled_client, by_id, sid, name):
    assert not by_id[sid].name_cy
    cy = " ".join(_main(bundled_client, f"/cy/service/{sid}").split())
    assert f'<span lang="en">{name}</span>' in cy


def test_a_welsh_child_asking_for_a_helpline_still_gets_meic_first(bundled_client):
    # "llinell gymorth" is now in the NSPCC Helpline's Welsh name: a child's words must not
    # bring the adults' line to the top
    talk = _talk(
        bundled_client,
        "/cy/search",
        "dw i'n 13 ac angen llinell gymorth i siarad am be mae fy nghefnder yn neud",
        "Pwllheli",
    )
    assert talk[0].startswith("Llinell gymorth Meic"), talk
    assert not any(name.startswith("Llinell Gymorth y NSPCC") for name in talk[:2]), talk


def test_a_welsh_search_by_the_new_name_finds_the_helpline(bundled_client):
    response = bundled_client.get("/cy/search", query_string={"q": "llinell gymorth y nspcc"})
    found = re.findall(
        r'app-result__title"><a class="govuk-link" href="([^"]+)"', response.get_data(as_text=True)
    )
    assert found and found[0].endswith("/nspcc-helpline"), found[:3]


# --- every search recorded, with its pages and dates ----------------------------------------


@pytest.mark.parametrize("line", SEARCHED, ids=[line["listing_id"] for line in SEARCHED])
def test_each_search_names_its_listing_words_pages_and_dates(by_id, line):
    assert line["listing_id"] in by_id
    assert line["searches"], "the words searched"
    assert DAY.fullmatch(line["recorded_on"])
    assert line["note"]
    for page in [*line["sources"], *line["seen_not_used"]]:
        assert page["url"].startswith(("https://", "http://")), page
        assert page["date_seen_on_page"], page  # "no date shown" where the page shows none
    for page in line["seen_not_used"]:
        assert page["why_not_used"], page
    # nothing found is nothing claimed: a miss adds no page to the listing's sources
    if not line.get("welsh_taken"):
        assert not line["sources"], line["listing_id"]


@pytest.mark.parametrize("sid", ["nspcc-helpline", "samaritans"])
def test_each_welsh_name_taken_is_recorded_with_the_page_it_came_from(by_id, sid):
    entry = WELSH[sid]
    taken = [line for line in SEARCHED if line["listing_id"] == sid and line.get("welsh_taken")]
    assert taken, sid
    assert taken[0]["welsh_taken"]["name_cy"] == entry["name_cy"] == by_id[sid].name_cy
    assert entry["source_url"] in [page["url"] for page in taken[0]["sources"]]
    assert entry["source_url"] in [str(url) for url in by_id[sid].other_sources]
    assert DAY.fullmatch(entry["seen_on"])


def test_the_misses_asked_about_in_the_brief_are_recorded(by_id):
    """The talk box's English names, the Welsh SARCs and charities, and the two areas the
    walk-through asked about once more (Humberside's children, Wiltshire's): each searched."""
    recorded = {line["listing_id"] for line in SEARCHED}
    assert {
        "rape-crisis-247",
        "victim-support",
        "amethyst-sarc-north-wales",
        "new-pathways",
        "rasasc-north-wales-rape-and-sexual-abuse-support-centre",
        "casa-suite-humber-sarc",
        "swindon-wiltshire-sarc",
    } <= recorded
    # Humberside and Wiltshire: no page said more, so nothing about ages changed
    assert by_id["casa-suite-humber-sarc"].ages_not_stated
