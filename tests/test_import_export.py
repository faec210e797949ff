"""Maintainers' import (CSV or JSON, with row-level errors) and export (ORUK JSON and CSV)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from directory.oruk.mapping import oruk_id
from directory.sources.export import write_export
from directory.sources.importer import read_import

from .helpers import digest, run, served

HEADER = (
    "id,name,organisation,support_types,audiences,phone,website,councils,postcode,"
    "source_url,last_checked\n"
)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_import_csv_adds_curated_listings(maintainer, tmp_path):
    path = write(
        tmp_path,
        "add.csv",
        HEADER
        + "fictional-curated-one,Fictional Curated One,Fictional Org,helpline;counselling-therapy,"
        "adult-survivors,01632 960200,https://example.org/one,Leeds;Kent County Council,"
        "LS1 4AP,https://example.org/source/one,2026-01-20\n",
    )
    result = run(maintainer, "import", path)
    assert result.exit_code == 0, result.output
    service = served(maintainer)["fictional-curated-one"]
    assert service.origin == "curated"
    assert service.service_area.local_authorities == ["E08000035", "E10000016"]
    assert service.locations[0].latitude is not None
    assert service.support_types == ["helpline", "counselling-therapy"]


def test_import_reports_every_bad_row_and_changes_nothing(maintainer, tmp_path):
    before = digest(maintainer)
    path = write(
        tmp_path,
        "bad.csv",
        HEADER + "fictional-ok,Fictional OK,Org,helpline,,,https://example.org/ok,Leeds,,"
        "https://example.org/s,2026-01-20\n"
        "fictional-bad,Fictional Bad,Org,magic,,call me!,,Atlantis,ZZ9 9ZZ,"
        "https://example.org/s,someday\n",
    )
    result = run(maintainer, "import", path)
    assert result.exit_code == 6
    for words in (
        "#3 (fictional-bad): field councils: unknown council 'Atlantis'",
        "#3 (fictional-bad): field postcode",
        "field support_types",
        "field contact.phone",
        "field last_checked",
    ):
        assert words in result.output
    assert "fictional-ok" not in result.output
    assert digest(maintainer) == before


def test_import_json_and_refuses_to_overwrite_a_bundled_listing(maintainer, tmp_path):
    clash = [
        {
            "id": "fictional-leeds-counselling",
            "name": "Fictional Clash",
            "service_area": {"national": True},
            "source_url": "https://example.org/x",
            "last_checked": "2026-01-01",
        }
    ]
    result = run(maintainer, "import", write(tmp_path, "clash.json", json.dumps(clash)))
    assert result.exit_code == 6 and "belongs to a bundled listing" in result.output
    broken = run(maintainer, "import", write(tmp_path, "broken.json", "[{"))
    assert broken.exit_code == 6 and "broken JSON" in broken.output


@pytest.mark.parametrize("payload", ['=HYPERLINK("http://x")', "+1+1", "@SUM(1)"])
def test_export_oruk_json_and_formula_safe_csv(maintainer, tmp_path, payload):
    record = {
        "id": "fictional-export",
        "name": "Fictional Export",
        "description": payload,
        "service_area": {"national": True},
        "source_url": "https://example.org/x",
        "last_checked": "2026-01-01",
    }
    assert (
        run(maintainer, "import", write(tmp_path, "one.json", json.dumps([record]))).exit_code == 0
    )
    out = tmp_path / "out"
    result = run(maintainer, "export", str(out))
    assert result.exit_code == 0, result.output
    document = json.loads((out / "services.json").read_text())
    ids = {s["id"] for s in document["contents"]}
    # Open Referral UK ids are UUIDs (stable, derived from ours); unknown fields are left out
    uuid = oruk_id("service", "fictional-export")
    assert uuid in ids and document["total_items"] == len(ids)
    one = next(s for s in document["contents"] if s["id"] == uuid)
    assert one["status"] == "active" and "organization" not in one
    rows = list(csv.DictReader(io.StringIO((out / "services.csv").read_text())))
    row = next(r for r in rows if r["id"] == "fictional-export")
    assert row["description"] == "'" + payload
    # the export imports back as it is (nothing changes) and exports the same bytes again
    again = run(maintainer, "import", str(out / "services.csv"))
    assert again.exit_code == 0, again.output
    assert run(maintainer, "export", str(tmp_path / "again")).exit_code == 0
    for name in EXPORTS:
        assert (tmp_path / "again" / name).read_bytes() == (out / name).read_bytes(), name


EXPORTS = ("services.json", "listings.json", "services.csv")


@pytest.mark.parametrize("imported", ["services.csv", "listings.json"])
def test_export_import_export_is_byte_identical_on_the_bundled_data(
    bundled, gazetteer, tmp_path, imported
):
    first = write_export(bundled, tmp_path / "first")
    back = read_import(tmp_path / "first" / imported, gazetteer)
    assert {s.id: s for s in back} == {s.id: s for s in bundled}  # every field of every listing
    write_export(back, tmp_path / "second")
    for path in first:
        assert (tmp_path / "second" / path.name).read_bytes() == path.read_bytes(), path.name


def test_an_edited_export_changes_only_what_was_edited(maintainer, tmp_path):
    out = tmp_path / "out"
    assert run(maintainer, "export", str(out)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO((out / "services.csv").read_text(), newline="")))
    row = dict(next(r for r in rows if r["id"] == "fictional-leeds-counselling"))
    row.update(id="fictional-leeds-copy", name="Fictional Leeds Copy", postcode="LS8 2AB")
    edited = io.StringIO()
    writer = csv.DictWriter(edited, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows + [row])
    path = write(tmp_path, "edited.csv", edited.getvalue())
    result = run(maintainer, "import", path)
    assert result.exit_code == 0, result.output
    services = served(maintainer)
    copy, original = services["fictional-leeds-copy"], services["fictional-leeds-counselling"]
    assert copy.origin == "curated" and original.origin != "curated"
    assert copy.locations[0].postcode == "LS8 2AB" and copy.locations[0].latitude is not None
    assert copy.audiences == original.audiences and copy.abuse_types == original.abuse_types


def test_the_open_referral_document_is_not_taken_for_an_import(maintainer, tmp_path):
    out = tmp_path / "out"
    assert run(maintainer, "export", str(out)).exit_code == 0
    result = run(maintainer, "import", str(out / "services.json"))
    assert result.exit_code == 6 and "import listings.json" in result.output
