"""The listing schema: a bad record is reported with its file, record and field."""

from __future__ import annotations

import json

import pytest

from directory.data import DataError, load_listings, load_valid_listings

from .fixtures.make_fictional import fictional_services
from .helpers import write_data


def errors_for(tmp_path, records):
    result = load_listings(write_data(tmp_path, records))
    return result, [str(e) for e in result.errors]


def test_fictional_fixtures_are_valid(tmp_path):
    result, errors = errors_for(tmp_path, fictional_services())
    assert errors == []
    assert len(result.services) == len(fictional_services())


def test_error_names_file_record_and_field(tmp_path):
    records = fictional_services()
    records[1]["support_types"] = ["counselling-therapy", "magic"]
    result, errors = errors_for(tmp_path, records)
    assert len(errors) == 1
    assert "fictional.json" in errors[0]
    assert "#2 (fictional-bradford-isva)" in errors[0]
    assert "field support_types" in errors[0]
    assert "'magic'" in errors[0]
    # the other records are still loaded, and the bad one is reported, not silently dropped
    assert len(result.services) == len(records) - 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda r: r.pop("source_url"), "source_url"),
        (lambda r: r.update(last_checked="last week"), "last_checked"),
        (lambda r: r.update(csa_centre_url="javascript:alert(1)"), "csa_centre_url"),
        (lambda r: r["contact"].update(phone="call us!"), "contact.phone"),
        (lambda r: r.update(minimum_age=18, maximum_age=12), "(record)"),
        (lambda r: r.update(service_area={}), "service_area"),
        (
            lambda r: r["service_area"].update(local_authorities=["Leeds"]),
            "service_area.local_authorities",
        ),
        (lambda r: r.update(locations=[{"postcode": "NOT A CODE"}]), "locations.0.postcode"),
        (lambda r: r.update(colour="blue"), "colour"),
        (lambda r: r.update(status="open-ish"), "status"),
    ],
)
def test_each_kind_of_bad_field_is_named(tmp_path, change, field):
    records = fictional_services()[:1]
    change(records[0])
    _, errors = errors_for(tmp_path, records)
    assert errors, "the bad record was accepted"
    assert f"field {field}:" in errors[0]
    assert "fictional-leeds-counselling" in errors[0]


def test_duplicate_ids_are_errors(tmp_path):
    records = fictional_services()[:2]
    records[1]["id"] = records[0]["id"]
    _, errors = errors_for(tmp_path, records)
    assert any("duplicate id" in e for e in errors)


def test_record_that_is_not_an_object(tmp_path):
    _, errors = errors_for(tmp_path, ["just a string"])
    assert errors == [
        "%s: record #1: field (record): a record must be a JSON object"
        % (tmp_path / "fictional.json")
    ]


def test_broken_json_names_file_and_line(tmp_path):
    (tmp_path / "broken.json").write_text('{"records": [\n{"id": "x",}\n]}')
    with pytest.raises(DataError) as caught:
        load_listings(tmp_path)
    assert "broken.json" in str(caught.value)
    assert "line 2" in str(caught.value)


def test_wrong_document_shape_and_missing_folder(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([1, 2]))
    with pytest.raises(DataError, match="'records' list"):
        load_listings(tmp_path)
    with pytest.raises(DataError, match="does not exist"):
        load_listings(tmp_path / "nowhere")


def test_load_valid_listings_refuses_any_bad_record(tmp_path):
    records = fictional_services()
    records[0]["audiences"] = ["aliens"]
    with pytest.raises(DataError, match="audiences"):
        load_valid_listings(write_data(tmp_path, records))
