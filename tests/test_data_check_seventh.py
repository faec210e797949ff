"""The seventh independent data check (docs/data-check-2026-12-seventh.md): its one
contradicted fact."""

from __future__ import annotations

from .helpers import service_page as page


def test_rasasc_cheshire_offers_play_therapy_to_children_from_5(by_id, bundled_client):
    # its merged record and own page: "play therapy for children aged 5 – 16 years old"
    service = by_id["rasasc-cheshire"]
    assert service.minimum_age == 5 and not service.ages_not_stated
    assert "children-young-people" in service.audiences
    html = page(bundled_client, "rasasc-cheshire")
    assert "age policy not stated" not in html and "play therapy for children aged 5 to 16" in html
