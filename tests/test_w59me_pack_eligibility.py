"""(forty-sixth walk-through F6) A referral pack's CSV had an empty "Eligibility" cell on every
row: a professional read it as a fault of the export. A service whose listing states none now
says what its service page says ("Not stated: ask the service"); one that states it keeps its
words; (w61page) the lines to call now are filled the same way. Other
services than the report's; English and Welsh."""

from __future__ import annotations

import csv
import io

import pytest

from tests.helpers import bundled_records

UNSTATED, STATED = "stepping-stones-north-wales", "cassva-sunderland"


@pytest.mark.parametrize(
    ("prefix", "column", "not_stated", "line_kind"),
    [
        ("", "Eligibility", "Not stated: ask the service", "Talk to someone now"),
        ("/cy", "Pwy all ei ddefnyddio", "Heb ei nodi: gofynnwch i’r gwasanaeth", None),
    ],
)
def test_a_packs_csv_says_eligibility_is_not_stated_rather_than_leaving_it_blank(
    bundled_client, prefix, column, not_stated, line_kind
):
    records = bundled_records()
    assert not records[UNSTATED].get("eligibility") and records[STATED]["eligibility"]
    sheet = bundled_client.get(f"{prefix}/referral-pack.csv?id={UNSTATED}&id={STATED}")
    rows = list(csv.DictReader(io.StringIO(sheet.get_data(as_text=True))))
    assert rows[0][column] == not_stated, rows[0]
    assert rows[1][column].startswith(records[STATED]["eligibility"][:30]), rows[1]
    if line_kind:  # (forty-seventh walk-through F8) the lines to call now are filled too
        lines = [r for r in rows if r["Kind"] == line_kind and r["Service"] != "999"]
        assert lines and all(r[column] for r in lines), lines
