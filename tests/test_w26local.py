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


# --- F6: a man abused as a child asking for a man who understands -------------------------

#: the domestic abuse line for men ("for men facing domestic abuse")
MENS_DA_LINE = "Men's Advice Line"


def _cards(client, q: str, location: str, section: str) -> list[str]:
    soup = page(client.get("/search", query_string={"q": q, "location": location}))
    titles = soup.select(f"section[aria-labelledby={section}-title] h3")
    return [" ".join(h.get_text(" ").split()) for h in titles]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("i need a man who understands, my grandmas husband abused me as a lad, im 58", "Pudsey"),
        (
            "want to talk to other men who understand, i was abused by my father as a child, im 45",
            "Malton",
        ),
        (
            "i want a male person to talk to who understands men, my stepfather abused me "
            "growing up, im 44",
            "",
        ),
    ],
)
def test_a_man_abused_as_a_child_meets_the_survivors_lines_before_a_domestic_abuse_line(
    bundled_client, q, location
):
    # (the first national cards the page shows; the line is kept further down)
    national = _cards(bundled_client, q, location, "national")
    assert MENS_DA_LINE not in national, national
    assert national[0] in ("NAPAC support line", "National Male Survivor Helpline"), national


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my wife hits me and controls me, im a bloke", "Scarborough"),
        ("im a man and my girlfriend is abusive, she hits me", ""),
    ],
)
def test_a_man_telling_of_his_partners_abuse_still_meets_the_mens_line_first(
    bundled_client, q, location
):
    national = _cards(bundled_client, q, location, "national")
    assert national[0] == MENS_DA_LINE, national[:3]


# ... and a forensic centre is not his first card because the only other local service
# shows no way to reach it
@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("im 63 and a man, an uncle abused me when i was small, want to talk", "Whitehaven"),
        (
            "my brother sexually abused me as a child, i'm a 38 year old man, men's support",
            "Ulverston",
        ),
        (
            "my grandfather molested me when i was little, im a man of 50, male counsellor",
            "Skipton",
        ),
    ],
)
def test_a_forensic_centre_is_not_a_mans_first_card_beside_a_service_he_cannot_reach(
    bundled_client, q, location
):
    near = _cards(bundled_client, q, location, "local")
    assert not any("SARC" in name or "Centre" in name for name in near[:1]), near
    national = _cards(bundled_client, q, location, "national")
    assert national and national[0] == "NAPAC support line", national[:3]
    # (twenty-fifth walk-through F1) further down, under the heading saying it matches his
    # words but may not be for him, not under "These match fewer of your words"
    more = _cards(bundled_client, q, location, "moved-other")
    assert any("SARC" in name or "Acer House" in name for name in more), more


def test_a_centre_stays_first_after_a_rape_last_night(bundled_client):
    near = _cards(bundled_client, "raped yesterday evening", "Workington", "local")
    assert near and "Bridgeway" in near[0], near
