"""Referral packs: the shortlist lives in the URL; the CSV is safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

import pytest

from directory.referral import safe_cell, to_csv

from .helpers import page


@pytest.mark.parametrize(
    "value", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
)
def test_formula_cells_are_neutralised(value):
    assert safe_cell(value) == "'" + value


def test_ordinary_cells_untouched():
    assert safe_cell("0808 800 5000") == "0808 800 5000"
    assert safe_cell(None) == ""


def test_csv_holds_each_chosen_service_with_sources(fictional):
    rows = list(csv.DictReader(io.StringIO(to_csv(fictional[:2]))))
    assert [r["Service"] for r in rows] == [s.name for s in fictional[:2]]
    assert rows[0]["Source date"] == "2026-01-15"
    assert rows[1]["CSA Centre directory"].startswith("https://example.org/directory/")
    assert rows[0]["CSA Centre directory"] == ""  # no per-service page: never the search page
    # what each service does, and the day its source was last read, travel with the pack
    assert rows[0]["What it offers"] == fictional[0].description
    assert rows[0]["Checked by us"] == fictional[0].last_checked.isoformat()


def test_the_csa_centre_column_is_there_only_when_a_service_has_its_page(fictional):
    """A pack of services none of which has a page of its own in the CSA Centre directory (as
    no bundled listing has) has no empty "CSA Centre directory" column; one that has is shown."""
    without = [s for s in fictional if not s.csa_centre_url]
    with_page = [s for s in fictional if s.csa_centre_url]
    assert without and with_page  # the fixtures have both kinds
    header = next(csv.reader(io.StringIO(to_csv(without[:3], made="6 December 2026"))))
    assert "CSA Centre directory" not in header and "Source" in header and "Phone" in header
    rows = list(csv.DictReader(io.StringIO(to_csv([without[0], with_page[0]]))))
    assert rows[1]["CSA Centre directory"] == str(with_page[0].csa_centre_url)


def test_referral_pack_page_and_csv_from_ids_in_the_url(client):
    ids = "id=fictional-kent-outreach&id=nope&id=fictional-kent-outreach"
    html = client.get(f"/referral-pack?{ids}")
    text = html.get_data(as_text=True)
    assert text.count('<h2 class="govuk-heading-m">Fictional Kent Outreach') == 1
    assert "What it offers" in text and "Checked by us" in text
    response = client.get("/referral-pack.csv?id=fictional-kent-outreach")
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    assert "Fictional Kent Outreach" in response.get_data(as_text=True)
    assert "Set-Cookie" not in response.headers


def test_empty_pack_explains_what_to_do(client):
    text = client.get("/referral-pack").get_data(as_text=True)
    assert "No services chosen yet" in text


def test_assets_are_fingerprinted_and_cached_for_a_year(client, app):
    names = app.extensions["assets"].names
    assert set(names) >= {"app.css", "app.js", "print.css"}
    for logical, name in names.items():
        assert name != logical and name.split(".")[1].isalnum()
        response = client.get(f"/static/build/{name}")
        assert response.status_code == 200
        assert "max-age=31536000" in response.headers["Cache-Control"]
        assert "immutable" in response.headers["Cache-Control"]
        response.close()
    html = client.get("/").get_data(as_text=True)
    assert f'href="/static/build/{names["print.css"]}" media="print"' in html
    assert "<script>" not in html and "style=" not in html  # nothing inline for the CSP to allow


def test_a_welsh_pack_gives_the_welsh_hours_its_service_pages_give(bundled_client, bundled):
    """(eighth Welsh review) The pack and its CSV on a Welsh page gave the English opening
    hours of Meic, Childline and the other lines whose service pages give them in Welsh."""
    welsh = [s for s in bundled if s.opening_hours_cy][:2]
    assert welsh  # some listings have hours a curator wrote in Welsh
    ids = "&".join(f"id={s.id}" for s in welsh)
    text = bundled_client.get(f"/cy/referral-pack?{ids}").get_data(as_text=True)
    csv_text = bundled_client.get(f"/cy/referral-pack.csv?{ids}").get_data(as_text=True)
    english = bundled_client.get(f"/referral-pack.csv?{ids}").get_data(as_text=True)
    for service in welsh:
        assert service.opening_hours_cy in text and service.opening_hours_cy in csv_text
        assert service.opening_hours not in text and service.opening_hours in english


def test_the_pack_carries_the_note_a_card_gives_with_the_number(bundled_client, bundled):
    """(twenty-sixth walk-through F7) A card says "This is the charity's national number: ask
    for its … service" beside the number; the printed pack and its CSV gave the bare number, so
    a professional ringing from the pack did not know to ask."""
    noted = [s for s in bundled if s.contact.phone_notes and s.contact.callable_phone][:3]
    assert noted
    ids = "&".join(f"id={s.id}" for s in noted)
    text = page(bundled_client.get(f"/referral-pack?{ids}")).get_text(" ")
    rows = csv.DictReader(io.StringIO(bundled_client.get(f"/referral-pack.csv?{ids}").text))
    phones = {r["Service"]: r["Phone"] for r in rows if r["Kind"] == "In your referral pack"}
    for service in noted:
        assert service.contact.phone_notes in text
        assert phones[service.name].startswith(service.contact.callable_phone)
        assert service.contact.phone_notes in phones[service.name]
