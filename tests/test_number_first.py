"""Fourth walk-through F1/F3 without a browser: the "Talk to someone now" box comes before the
local services, so that a phone's first screen holds a number; only for a professional making a
referral does a local service with a number of its own keep its place before the box."""

from __future__ import annotations

from directory.data import load_valid_listings
from directory.web.talk import ready_to_call

from .helpers import BUNDLED_SERVICES


def _order(client, words: str, town: str) -> tuple[int, int]:
    html = client.get(
        "/search", query_string={"q": words, "location": town}, follow_redirects=True
    ).get_data(as_text=True)
    main = html[html.index("<main") :]
    return main.index("app-talk-now"), main.index("app-result__title")


def test_talk_box_first_when_the_first_local_card_has_no_number(bundled_client):
    # Cumbria's children's therapy service (no contact details) and Suffolk's forensic centre
    talk, card = _order(bundled_client, "man in my sixties, abused at boarding school", "Keswick")
    assert talk < card
    talk, card = _order(bundled_client, "sexually assaulted last year, want counselling", "Ipswich")
    assert talk < card


def test_the_talk_box_comes_first_even_when_the_first_card_has_a_number(bundled_client):
    # its number is in its Contact row, below a phone's first screen
    talk, card = _order(bundled_client, "bloke in my forties, abused as a teenager", "Chelmsford")
    assert talk < card


def test_a_professional_still_sees_a_local_card_with_a_number_first(bundled_client):
    talk, card = _order(
        bundled_client, "support worker looking for counselling to refer a client", "Chelmsford"
    )
    assert card < talk
    # but not a local card with no number of its own
    talk, card = _order(bundled_client, "referral for a client, counselling", "Ipswich")
    assert talk < card


def test_ready_to_call_needs_a_confirmed_number_and_an_open_service():
    by_id = {s.id: s for s in load_valid_listings(BUNDLED_SERVICES)}
    assert ready_to_call(by_id["nspcc-helpline"])
    assert not ready_to_call(by_id["safety-net-cumbria"])  # no contact details
    closing = [s for s in by_id.values() if s.status == "may-be-closing" and s.contact.phone]
    assert closing and not any(ready_to_call(s) for s in closing)
    unconfirmed = [s for s in by_id.values() if s.contact.phone and not s.contact.phone_verified]
    assert unconfirmed and not any(ready_to_call(s) for s in unconfirmed if not s.contact.text)
