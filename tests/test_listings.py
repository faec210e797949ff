"""The listings the app ships, as people meet them: enough of them, every area covered, every
one actionable, and no researchers' notes in anything the public sees."""

from __future__ import annotations

import json
import re

from directory.config import PROJECT_ROOT
from directory.coverage import coverage, is_local
from directory.data import load_valid_listings
from directory.finder import FindRequest, find
from directory.geo import load_police_force_areas
from directory.sources.research import import_research
from directory.sources.research_files import hand_edited

from .helpers import GAZETTEER_PATH, new_app, run

SERVICES = PROJECT_ROOT / "bundled_data" / "services"
RESEARCH = PROJECT_ROOT / "bundled_data" / "research"

#: phrases of researchers' notes that must never reach the public (from the listings issue)
NOTE_PHRASES = re.compile(
    r"seen on|\(same page\)|wikipedia|check status|could close|research notes|as researched"
    r"|per page|force mapping|third-party|inferred|not confirmed on|CQC says|the record",
    re.IGNORECASE,
)

#: each police force area's main town
MAIN_TOWNS = {
    "Avon and Somerset": "Bristol", "Bedfordshire": "Luton", "Cambridgeshire": "Cambridge",
    "Cheshire": "Chester", "City of London": "EC2V", "Cleveland": "Middlesbrough",
    "Cumbria": "Carlisle", "Derbyshire": "Derby", "Devon and Cornwall": "Plymouth",
    "Dorset": "Bournemouth", "Durham": "Durham", "Dyfed-Powys": "Carmarthen", "Essex": "Chelmsford",
    "Gloucestershire": "Gloucester", "Greater Manchester": "Manchester", "Gwent": "Newport, Wales",
    "Hampshire": "Southampton", "Hertfordshire": "Watford", "Humberside": "Hull",
    "Kent": "Maidstone",
    "Lancashire": "Preston", "Leicestershire": "Leicester", "Lincolnshire": "Lincoln",
    "Merseyside": "Liverpool", "Metropolitan": "Croydon", "Norfolk": "Norwich",
    "North Wales": "Wrexham", "North Yorkshire": "York", "Northamptonshire": "Northampton",
    "Northumbria": "Newcastle upon Tyne", "Nottinghamshire": "Nottingham", "South Wales": "Cardiff",
    "South Yorkshire": "Sheffield", "Staffordshire": "Stoke-on-Trent", "Suffolk": "Ipswich",
    "Surrey": "Guildford", "Sussex": "Brighton", "Thames Valley": "Reading",
    "Warwickshire": "Warwick", "West Mercia": "Worcester", "West Midlands": "Birmingham",
    "West Yorkshire": "Leeds", "Wiltshire": "Swindon",
}  # fmt: skip


def without_urls(text: str) -> str:
    return re.sub(r"https?://[^\s\"'<>]+", "", text)


def test_enough_listings_and_nearly_all_can_be_reached(bundled):
    listed = [s for s in bundled if s.listed]
    assert len(listed) >= 110
    reachable = [s for s in listed if s.contact.has_route]
    assert len(reachable) / len(listed) >= 0.9
    # closed services are kept for old links, never listed
    assert all(s.status != "closed" for s in listed)


def test_every_police_force_area_has_a_local_service_found_from_its_main_town(
    bundled_index, gazetteer
):
    missing = []
    for force, town in MAIN_TOWNS.items():
        results = find(bundled_index, gazetteer, FindRequest(location=town, radius=25))
        assert results.place is not None, town
        local = [i for i in [*results.local.items, *results.more_local] if is_local(i.service)]
        if not local:
            missing.append(force)
    assert missing == []


def test_coverage_command_and_about_page_agree(bundled_client, bundled, gazetteer):
    counted = coverage(bundled, gazetteer, load_police_force_areas(GAZETTEER_PATH))
    assert counted.gaps == []
    html = bundled_client.get("/about").get_data(as_text=True)
    assert f"{counted.local_total} local services and {counted.national_total}" in html
    for force in counted.forces:
        row = re.search(
            rf">{re.escape(force.force)}</th>\s*<td[^>]*>(\d+)</td>\s*<td[^>]*>(\d+)</td>", html
        )
        assert row and (int(row.group(1)), int(row.group(2))) == (force.count, force.with_route)
    svg = bundled_client.get("/about/coverage.svg")
    assert svg.mimetype == "image/svg+xml" and b"<circle" in svg.data
    assert b"http" not in svg.data.replace(b"http://www.w3.org/2000/svg", b"")


def test_no_researchers_notes_in_anything_the_public_sees(bundled_client, service_pages, bundled):
    pages = [f"/service/{s.id}" for s in bundled] + [
        "/search?q=help",
        "/search?location=Leeds",
        "/get-help-now",
        "/about",
        "/referral-pack?" + "&".join(f"id={s.id}" for s in bundled[:40]),
        "/referral-pack.csv?" + "&".join(f"id={s.id}" for s in bundled),
    ]
    for path in pages:
        # source links may be to any site; the words around them may not be notes
        # (a service page as the sweeps share it, helpers.ServicePages: a 200 or a failure)
        html = (
            service_pages.html(path)
            if path.startswith("/service/")
            else bundled_client.get(path).get_data(as_text=True)
        )
        text = without_urls(html)
        found = NOTE_PHRASES.search(text)
        assert found is None, (path, found and text[found.start() - 80 : found.end() + 80])
    for s in bundled:
        body = bundled_client.get(f"/api/v1/services/{s.id}").get_json()
        assert not NOTE_PHRASES.search(without_urls(json.dumps(body))), s.id


def test_an_unconfirmed_number_is_never_offered_as_a_number_to_call(bundled_client, bundled):
    unconfirmed = [s for s in bundled if s.contact.phone and not s.contact.phone_verified]
    assert {"safeline-nmsh", "mens-advice-line"} <= {s.id for s in unconfirmed}
    pages = ["/", "/get-help-now", "/search?q=help"] + [f"/service/{s.id}" for s in unconfirmed]
    for path in pages:
        html = bundled_client.get(path).get_data(as_text=True)
        for s in unconfirmed:
            assert s.contact.phone_href not in html, (path, s.id)
    html = bundled_client.get("/service/safeline-nmsh").get_data(as_text=True)
    assert "Phone number being confirmed" in html


def test_cards_say_who_a_service_is_for_and_how_old_its_details_are(bundled_client):
    html = bundled_client.get("/search?q=male+survivor").get_data(as_text=True)
    assert "men and boys only" in html
    assert re.search(r"Details from [^<]+ dated [A-Z][a-z]+ \d{4}|with no date shown", html)
    assert "Last checked at the source" not in html


def test_research_import_accounts_for_every_record_and_is_repeatable(gazetteer):
    result = import_research(RESEARCH, gazetteer, load_police_force_areas(GAZETTEER_PATH))
    researched = sum(1 for path in RESEARCH.glob("*.jsonl") for line in path.open() if line.strip())
    assert len(result.outcomes) == researched
    # (issue 26: the contact routes found later are accounted for too, line by line)
    assert {o.decision for o in result.outcomes} <= {
        "imported",
        "merged",
        "left out",
        "contact added",
        "contact not used",
    }
    assert all(o.reason for o in result.outcomes if o.decision in ("left out", "contact not used"))
    # the shipped listings are exactly what the research and its curation give
    shipped = {s.id: s for s in load_valid_listings(SERVICES)}
    assert {s.id: s for s in result.services} == shipped
    for path in SERVICES.glob("*.json"):
        assert not hand_edited(path)


def test_research_import_refuses_to_overwrite_a_hand_edit(tmp_path):
    data = tmp_path / "services"
    data.mkdir()
    for path in SERVICES.glob("*.json"):
        (data / path.name).write_text(path.read_text())
    edited = data / "national-services.json"
    document = json.loads(edited.read_text())
    document["records"][0]["name"] = "Edited by hand"
    edited.write_text(json.dumps(document))
    result = run(new_app(DIRECTORY_DATA_PATH=data), "import-research")
    assert result.exit_code != 0
    assert "edited by hand" in result.output
    assert json.loads(edited.read_text())["records"][0]["name"] == "Edited by hand"


def test_get_help_now_lists_helplines_you_can_call_before_anything_else(bundled_client, bundled):
    # alphabetical order put the CSA Centre ("not a helpline") and CEOP above Childline
    # (third walk-through F7.4) the page is in groups by who each line is for: within each
    # group, helplines you can call come first
    html = bundled_client.get("/get-help-now").get_data(as_text=True)
    for group in html.split('class="govuk-heading-s app-help-group"')[1:]:
        group = group.split("</ul>")[0]
        listed = [s for s in bundled if s.is_national and f'/service/{s.id}"' in group]
        listed.sort(key=lambda s: group.index(f'/service/{s.id}"'))
        kinds = [("helpline" in s.support_types, bool(s.contact.callable_phone)) for s in listed]
        assert kinds == sorted(kinds, reverse=True), [s.id for s in listed[:6]]
    assert html.index("Childline") < html.index("Centre of expertise on child sexual abuse")


def test_get_help_now_marks_every_welsh_speaking_service_it_lists(bundled_client, bundled):
    # the national list left out the tag the Wales list showed (Stop It Now helps in Welsh)
    html = bundled_client.get("/get-help-now").get_data(as_text=True)
    listed = [s for s in bundled if s.offers_welsh and f'/service/{s.id}"' in html]
    assert any(s.is_national for s in listed)
    assert html.count("app-welsh-tag") == len(listed)
