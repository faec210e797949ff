"""The data the app ships: real services only, each with its source and trust visible."""

from __future__ import annotations

import json

from directory.config import PROJECT_ROOT
from directory.data import load_listings

SERVICES = PROJECT_ROOT / "bundled_data" / "services"


def test_bundled_listings_validate_and_keep_their_sources():
    result = load_listings(SERVICES)
    assert result.errors == []
    national = [s for s in result.services if s.is_national]
    assert len(national) >= 15  # the researched national services (SARC finder is England-only)
    for service in result.services:
        assert service.source_url and service.last_checked
        assert "example.org" not in str(service.source_url), "a test fixture shipped as data"
        assert not service.name.lower().startswith("fictional")


def test_numbers_not_seen_on_the_organisations_own_page_are_flagged():
    raw = {
        r["id"]: r
        for path in SERVICES.glob("*.json")
        for r in json.loads(path.read_text())["records"]
    }
    unverified = [r for r in raw.values() if r.get("contact", {}).get("phone_verified") is False]
    # the three national numbers national-numbers-check.md found printed on no page
    assert {r["id"] for r in unverified} >= {"safeline-nmsh", "mens-advice-line"}
    # confirmed on an official NHS page
    assert raw["rape-crisis-247"]["contact"].get("phone_verified", True)
    for record in unverified:
        assert any("confirm" in note for note in record["verify"])


def test_local_services_name_real_councils(gazetteer):
    result = load_listings(SERVICES)
    local = [s for s in result.services if not s.is_national]
    assert local, "no local services: location search would have nothing local"
    for service in local:
        for code in service.service_area.local_authorities:
            assert gazetteer.council(code) is not None, (service.id, code)
