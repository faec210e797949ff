"""A referral pack says whom a service is for as its card does (thirty-second walk-through F5):
a centre whose card says "Adults; age policy not stated" was "Adults; Children and young
people" in the pack and its CSV, so a professional read two answers to "does it see a
14-year-old?". Other services than the report's; English and Welsh."""

from __future__ import annotations

import csv
import io

import pytest

from tests.helpers import bundled_records, page, text_of

UNSTATED = ["angel-centre-gateshead", "meadows-durham-sarc", "sarsvl-leeds"]
WHO_FOR = {"": "Who it is for", "/cy": "Ar gyfer pwy"}


def _card_who(client, sid: str, prefix: str) -> str:
    """The service page's "Who it is for", as the card and the page say it."""
    soup = page(client.get(f"{prefix}/service/{sid}"))
    for row in soup.select(".govuk-summary-list__row"):
        key = " ".join(row.select_one(".govuk-summary-list__key").get_text().split())
        if key in WHO_FOR.values():
            return " ".join(row.select_one(".govuk-summary-list__value").get_text().split())
    raise AssertionError("no 'Who it is for' on the service page")


@pytest.mark.parametrize("sid", UNSTATED)
@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_the_pack_and_its_csv_say_whom_it_is_for_as_the_card_does(bundled_client, sid, prefix):
    record = bundled_records()[sid]
    assert record["ages_not_stated"] and "children-young-people" in record["audiences"]
    said = _card_who(bundled_client, sid, prefix)
    pack = text_of(page(bundled_client.get(f"{prefix}/referral-pack?id={sid}")), "main")
    assert said in pack, (said, pack[:400])
    sheet = bundled_client.get(f"{prefix}/referral-pack.csv?id={sid}").get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(sheet)))
    column = rows[0].index(WHO_FOR[prefix])
    assert rows[1][column] == said, (rows[0], rows[1])
