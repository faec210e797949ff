"""Maintainers' import (CSV or JSON, with row-level errors) and export (ORUK JSON and CSV)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from .test_refresh import digest, maintainer, run, served  # noqa: F401 - shared fixture

HEADER = (
    "id,name,organisation,support_types,audiences,phone,website,councils,postcode,"
    "source_url,last_checked\n"
)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_import_csv_adds_curated_listings(maintainer, tmp_path):  # noqa: F811
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


def test_import_reports_every_bad_row_and_changes_nothing(maintainer, tmp_path):  # noqa: F811
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


def test_import_json_and_refuses_to_overwrite_a_bundled_listing(maintainer, tmp_path):  # noqa: F811
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
def test_export_oruk_json_and_formula_safe_csv(maintainer, tmp_path, payload):  # noqa: F811
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
    assert "fictional-export" in ids and document["total_items"] == len(ids)
    one = next(s for s in document["contents"] if s["id"] == "fictional-export")
    assert one["status"] == "active" and one["organization"] == {"name": ""}
    rows = list(csv.DictReader(io.StringIO((out / "services.csv").read_text())))
    row = next(r for r in rows if r["id"] == "fictional-export")
    assert row["description"] == "'" + payload
    # an export can be edited and imported again
    again = run(maintainer, "import", str(out / "services.csv"), "--dry-run")
    assert again.exit_code == 6  # bundled ids may not be imported as curated
    assert "belongs to a bundled listing" in again.output
