"""A referral pack (page, print and spreadsheet) never tells a professional to "use the
website" of a service whose listing gives none (fifth walk-through F7: two SARCs' rows said so
beside an empty Website column). It says where the details are instead, as the cards do: the
NHS page that finds the centre, or the listing's source page."""

from __future__ import annotations

import csv
import io

import pytest

from directory.data import load_valid_listings
from directory.referral import phone_cell

from .helpers import BUNDLED_SERVICES

#: no website of their own: two found through the NHS page, one through its source only
NO_WEBSITE = ["hazlehurst-centre-sarc", "juniper-lodge-sarc", "herts-young-persons-isva"]


def _rows(client, prefix: str = "") -> list[dict[str, str]]:
    query = "&".join(f"id={i}" for i in NO_WEBSITE)
    text = client.get(f"{prefix}/referral-pack.csv?{query}").get_data(as_text=True)
    table = list(csv.reader(io.StringIO(text)))
    header = table[0]
    # the chosen services' rows (the lines to call follow, marked in the first column)
    return [dict(zip(header, r, strict=True)) for r in table[1:] if r[0] == table[1][0]]


def test_the_spreadsheet_points_to_where_the_details_are(bundled_client):
    rows = _rows(bundled_client)
    assert len(rows) == 3
    for r in rows:
        assert not r["Website"]
        assert "website" not in r["Phone"].lower() or "NHS website" in r["Phone"]
        assert "use the website" not in r["Phone"]
    by_name = {r["Service"]: r for r in rows}
    nhs = [r for r in rows if "https://www.nhs.uk/" in r["Phone"]]
    assert len(nhs) == 2  # the two centres the NHS page finds
    (other,) = [r for r in rows if r not in nhs]
    assert "source page" in other["Phone"] and other["Source"].startswith("http")
    assert by_name  # names kept


def test_the_printed_pack_says_the_same(bundled_client):
    query = "&".join(f"id={i}" for i in NO_WEBSITE)
    page = bundled_client.get(f"/referral-pack?{query}").get_data(as_text=True)
    assert "use the website" not in page
    assert page.count("Find its contact details on the NHS website") == 2
    assert "see its source page" in page


def test_the_welsh_pack_too(bundled_client):
    query = "&".join(f"id={i}" for i in NO_WEBSITE)
    page = bundled_client.get(f"/cy/referral-pack?{query}").get_data(as_text=True)
    csv_text = bundled_client.get(f"/cy/referral-pack.csv?{query}").get_data(as_text=True)
    for text in (page, csv_text):
        assert "https://www.nhs.uk/" in text
        assert "use the website" not in text and "Find its contact" not in text


@pytest.mark.parametrize("service_id", ["nspcc-helpline", "childline"])
def test_a_confirmed_number_is_still_the_number(service_id):
    (service,) = [s for s in load_valid_listings(BUNDLED_SERVICES) if s.id == service_id]
    assert phone_cell(service) == service.contact.phone
