"""w26local: findings of an independent phone walk-through, checked on what a person sees.

F3: a referral pack (page, printout, spreadsheet) gives every warning a card gives about a
listing's status or address: a card said a children's centre may have moved, while the pack
said only "Details not confirmed" beside the old address. Other listings than the report's
(every bundled one with a note), English and Welsh."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from tests.helpers import page

#: listings whose card carries a note on their status or address
NOTED = ["sussex-childrens-sarc", "safeline-warwick", "choices-cambridge"]
#: ... and national ones with the note in Welsh too
NOTED_CY = ["report-abuse-in-education", "respond-learning-disability"]


def _pack_block(client, prefix: str, sid: str) -> str:
    soup = page(client.get(f"{prefix}/referral-pack", query_string={"id": [sid, "childline"]}))
    blocks = soup.select(".app-pack-services section.app-result")
    assert len(blocks) == 2, len(blocks)
    (block,) = [b for b in blocks if "Childline" not in b.h2.get_text()]
    # printed as well: nothing of the block is kept off paper
    assert not block.select(".app-no-print")
    return " ".join(block.get_text(" ").split())


def _csv_status(client, prefix: str, sid: str) -> str:
    text = client.get(f"{prefix}/referral-pack.csv", query_string={"id": sid}).get_data(
        as_text=True
    )
    table = list(csv.reader(io.StringIO(text)))
    header, first = table[0], table[1]
    return first[header.index("Statws" if prefix else "Status")]


def _card_note(client, prefix: str, sid: str, words: str) -> str:
    """The status note on the service's card, on a search for ``words`` (its name)."""
    soup = page(client.get(f"{prefix}/search", query_string={"q": words, "location": ""}))
    for card in soup.select(".app-result"):
        title = card.select_one(".app-result__title")
        if title and f"/service/{sid}" in (title.a.get("href") or ""):
            notes = [" ".join(p.get_text(" ").split()) for p in card.select("p.govuk-body-s")]
            return next(n for n in notes if "Details:" not in n)
    raise AssertionError(f"no card for {sid}")


@pytest.mark.parametrize("sid", NOTED + NOTED_CY)
def test_the_pack_page_and_its_printout_give_the_cards_status_note(bundled_client, by_id, sid):
    service = by_id[sid]
    note = _card_note(bundled_client, "", sid, service.name)
    assert service.status_note.split(":")[0] in note  # the card does give it
    block = _pack_block(bundled_client, "", sid)
    assert note in block, block
    assert "Details not confirmed" in block or service.status != "unconfirmed"


@pytest.mark.parametrize("sid", NOTED + NOTED_CY)
def test_the_packs_spreadsheet_gives_the_cards_status_note(bundled_client, by_id, sid):
    service = by_id[sid]
    status = _csv_status(bundled_client, "", sid)
    assert service.status_note in status, status


@pytest.mark.parametrize(
    ("sid", "words"),
    [
        ("report-abuse-in-education", "Report Abuse in Education"),
        ("respond-learning-disability", "Respond"),
        ("sussex-childrens-sarc", "Sussex children's SARC"),
    ],
)
def test_the_welsh_pack_gives_the_note_the_welsh_card_gives(bundled_client, by_id, sid, words):
    service = by_id[sid]
    note = _card_note(bundled_client, "/cy", sid, words)
    block = _pack_block(bundled_client, "/cy", sid)
    assert note in block, block
    status = _csv_status(bundled_client, "/cy", sid)
    assert (service.status_note_cy or service.status_note) in status, status


def test_a_listing_not_seen_at_its_source_says_so_in_the_pack_as_on_its_card(bundled_client, by_id):
    from directory.web.listing_text import not_seen_text, status_text

    service = by_id["childline"].model_copy(update={"not_seen_since": dt.date(2026, 11, 30)})
    with bundled_client.application.test_request_context("/"):
        text = status_text(service).striptags()
        assert text.startswith("Open.") and not_seen_text(service) in text, text
        assert "30 November 2026" in text
        # a listing with nothing to warn of keeps its plain status
        assert status_text(by_id["childline"]) == "Open"
