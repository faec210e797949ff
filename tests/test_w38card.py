"""(w38card, thirty-first walk-through F8) The national cards say plainly what a frightened
reader needs.

- A listing folded into the card above it (the same number, or only that card's website:
  ``same_line.same_line_hosts``) is named to a member of the public only when someone other
  than the organisation the card already names runs it. Under "Stop It Now helpline / The Lucy
  Faithfull Foundation", "Same helpline: The Lucy Faithfull Foundation" told a woman afraid of
  her own thoughts nothing she could use.
- A professional is told, in plain words, that the two listings are one line (no need to call,
  or refer to, both), or that the folded listing has no number and is reached through this
  website, each named with a link to its page, in English and Welsh.

Parsed pages on the bundled listings, in words and towns other than the report's."""

from __future__ import annotations

import pytest

from directory.model import validate_record
from tests.helpers import card_ids, posted_results

LUCY = "/service/lucy-faithfull-foundation"
LUCY_WALES = "/service/stop-it-now-wales"

#: adults afraid of their own sexual thoughts about children, and their towns
WORRIED = [
    ("i'm a mum of two and i get sexual thoughts about children, it terrifies me", "Bridport"),
    ("retired bloke, 66, having thoughts about little girls i know are wrong", "Whitby"),
    ("woman in my fifties, my feelings towards kids scare me, need to talk", "Spalding"),
]
WORRIED_CY = [
    ("dw i’n ddyn 45 ac mae gen i feddyliau rhywiol am blant, dw i angen help", "Llanidloes"),
    ("mae meddyliau am blant yn fy nychryn i, dw i ddim wedi gwneud dim byd", "Cricieth"),
]
#: professionals asking where to send someone worried about their own thoughts
PROFESSIONALS = [
    ("GP: male patient disclosed sexual urges towards children, where can I signpost", "Hexham"),
    ("probation officer, client anxious about his sexual interest in kids", "Grantham"),
]


def _first_card(soup):
    cards = soup.select("section.app-national li.app-result")
    assert cards and card_ids(cards[:1]) == ["stop-it-now"], card_ids(cards)
    return cards[0], card_ids(cards)


@pytest.mark.parametrize(("q", "location"), WORRIED)
def test_a_worried_reader_is_not_told_the_card_is_the_same_helpline_as_its_own_organisation(
    bundled_client, q, location
):
    card, ids = _first_card(posted_results(bundled_client, q, location))
    words = " ".join(card.get_text().split())
    assert not card.select(".app-same-line"), words
    assert "Same helpline" not in words
    # the card still says, once, who runs the line, and the same line is still no second card
    assert words.count("The Lucy Faithfull Foundation") == 1, words
    assert "lucy-faithfull-foundation" not in ids, ids


@pytest.mark.parametrize(("q", "location"), WORRIED_CY)
def test_the_welsh_page_names_no_lucy_faithfull_listing_under_its_own_card(
    bundled_client, q, location
):
    card, ids = _first_card(posted_results(bundled_client, q, location, "cy"))
    words = " ".join(card.get_text().split())
    assert not card.select(".app-same-line"), words
    assert "Yr un llinell gymorth" not in words and "formerly Stop It Now! Wales" not in words
    assert not {"stop-it-now-wales", "lucy-faithfull-foundation"} & set(ids), ids


@pytest.mark.parametrize(("q", "location"), PROFESSIONALS)
def test_a_professional_is_told_the_two_listings_are_one_line(bundled_client, q, location):
    card, ids = _first_card(posted_results(bundled_client, q, location, professional=True))
    lines = card.select(".app-same-line")
    assert len(lines) == 1, [line.get_text() for line in lines]
    words = " ".join(lines[0].get_text().split())
    assert words.startswith("Same number:"), words
    assert "one line" in words and "no need to call both" in words, words
    assert [a["href"] for a in lines[0].select("a")] == [LUCY]
    assert "lucy-faithfull-foundation" not in ids, ids


def test_a_welsh_professional_reads_both_in_welsh(bundled_client):
    q = "gweithiwr cymdeithasol: dyn yn poeni am ei feddyliau rhywiol am blant"
    card, _ids = _first_card(posted_results(bundled_client, q, "Llangefni", "cy", True))
    lines = {" ".join(p.get_text().split()).split(":")[0]: p for p in card.select(".app-same-line")}
    assert set(lines) == {"Yr un rhif", "Yr un wefan"}, list(lines)
    number = " ".join(lines["Yr un rhif"].get_text().split())
    assert "Un llinell yw hi" in number and "ffonio mwy nag un" in number, number
    assert [a["href"] for a in lines["Yr un rhif"].select("a")] == ["/cy" + LUCY]
    site = " ".join(lines["Yr un wefan"].get_text().split())
    assert "heb eu rhif ffôn eu hunain" in site and "drwy wefan y gwasanaeth hwn" in site, site
    assert [a["href"] for a in lines["Yr un wefan"].select("a")] == ["/cy" + LUCY_WALES]


def _fictional(sid: str, organisation: str, phone: str) -> object:
    service, errors = validate_record(
        {
            "id": sid,
            "name": f"Fictional {sid}",
            "organisation": organisation,
            "description": "A fictional listing for a test.",
            "support_types": ["helpline"],
            "audiences": ["adult-survivors"],
            "abuse_types": ["child-sexual-abuse"],
            "service_area": {"national": True, "description": "Anywhere in the UK"},
            "contact": {"phone": phone},
            "source_url": "https://example.org/fictional",
            "last_checked": "2026-12-01",
        },
        "test",
        1,
    )
    assert service is not None, errors
    return service


def test_a_listing_run_by_someone_else_is_still_named_to_everyone():
    from directory.web.cards import shown_joined

    line = _fictional("line", "Fictional Line Trust", "0800 000 0001")
    same = _fictional("same-org", "Fictional Line Trust", "0800 000 0001")
    other = _fictional("other-org", "Fictional Partner Charity", "0800 000 0001")
    assert shown_joined(line, [same, other], professional=False) == [other]
    assert shown_joined(line, [same, other], professional=True) == [same, other]


#: (F8) the "Welsh-speaking service" tag: true of Stop It Now (its own words: "in English or
#: Welsh"), but on the English card of a line for all the UK it read as a service for others
@pytest.mark.parametrize(("q", "location"), WORRIED[:2])
def test_the_english_card_of_a_uk_line_carries_no_welsh_speaking_tag(bundled_client, q, location):
    card, _ids = _first_card(posted_results(bundled_client, q, location))
    assert not card.select(".app-welsh-tag"), " ".join(card.get_text().split())
    # what its listing says of its languages is still in its own words on the card
    assert "in English or Welsh" in " ".join(card.get_text().split())


def test_the_welsh_card_and_a_service_of_wales_keep_it(bundled_client):
    # guard: on a Welsh page the line keeps the tag ...
    card, _ids = _first_card(posted_results(bundled_client, *WORRIED_CY[0], "cy"))
    assert card.select(".app-welsh-tag")
    # ... and on an English page a helpline of Wales alone keeps it (a teenager in Wales)
    soup = posted_results(
        bundled_client, "im 14 and my stepdad abuses me, who can i talk to", "Bala"
    )
    meic = [c for c in soup.select("li.app-result") if card_ids([c]) == ["meic"]]
    assert meic and meic[0].select(".app-welsh-tag")
