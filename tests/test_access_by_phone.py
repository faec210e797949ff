"""(seventh walk-through F11) A service whose listing offers a line to phone (a helpline with a
confirmed number) but gives only a professional's referral as its route says both, the same way,
on its card, its page and in the referral pack: the card said "Through a professional" beside a
summary saying "You can phone any time for support", and the pack only "A professional can
refer you"."""

from __future__ import annotations

import csv
import io
import re

from directory.messages import access_at_a_glance, how_to_get_access

from .helpers import page, text_of

SARC = "oakwood-place-sarc"  # a SARC with a line to phone any time; referrals by professionals


def _line_and_referrals(base, **changes):  # noqa: ANN001, ANN003, ANN202
    return base.model_copy(update=changes)


def test_a_phone_line_with_professional_referral_says_both(by_id) -> None:
    centre = _line_and_referrals(
        by_id["meadows-durham-sarc"],
        support_types=["sarc", "helpline"],
        referral_routes=["professional-referral"],
    )
    assert centre.contact.callable_phone
    glance, full = access_at_a_glance(centre), how_to_get_access(centre)
    for text in (glance, full):
        assert "yourself" in text and "professional" in text, text
    assert full.index("phone them yourself") < full.index("A professional can refer you")


def test_no_phone_yourself_without_a_line_or_a_confirmed_number(by_id) -> None:
    plain = by_id["meadows-durham-sarc"]  # a centre, not a line to phone
    assert "phone" not in access_at_a_glance(plain).lower()
    unconfirmed = _line_and_referrals(
        plain,
        support_types=["sarc", "helpline"],
        referral_routes=["professional-referral"],
        contact=plain.contact.model_copy(update={"phone_verified": False}),
    )
    assert access_at_a_glance(unconfirmed) == "Through a professional"
    assert how_to_get_access(unconfirmed) == "A professional can refer you"
    yourself = _line_and_referrals(
        plain, support_types=["helpline"], referral_routes=["self-referral"]
    )
    assert access_at_a_glance(yourself) == "You can contact them yourself"


def _card_access(html: str, service_id: str) -> str:
    start = html.index(f'href="/service/{service_id}"')
    end = html.find('app-result__title"', start + 1)
    card = re.sub(r"<[^>]+>", " ", html[start : end if end > 0 else None])
    card = " ".join(card.split())
    return card.split("How to get access", 1)[1]


def test_its_card_page_and_pack_say_the_same(bundled_client) -> None:
    html = bundled_client.get(
        "/search", query_string={"q": "sexual assault centre", "location": "chelmsford"}
    ).get_data(as_text=True)
    assert "Phone them yourself, or through a professional" in _card_access(html, SARC)

    service = page(bundled_client.get(f"/service/{SARC}"))
    assert "You can phone them yourself for support; A professional can refer you" in (
        text_of(service, "main")
    )
    pack = page(bundled_client.get(f"/referral-pack?id={SARC}"))
    assert "You can phone them yourself for support; A professional can refer you" in (
        text_of(pack, "main")
    )
    sheet = bundled_client.get(f"/referral-pack.csv?id={SARC}").get_data(as_text=True)
    table = list(csv.reader(io.StringIO(sheet)))
    row = dict(zip(table[0], table[1], strict=False))
    assert row["How to get access"].startswith("You can phone them yourself for support")


def test_the_welsh_pack_says_it_in_welsh(bundled_client) -> None:
    pack = page(bundled_client.get(f"/cy/referral-pack?id={SARC}"))
    text = text_of(pack, "main")
    assert "Gallwch chi eu ffonio nhw eich hun am gymorth" in text
    assert "Gall gweithiwr proffesiynol eich atgyfeirio" in text
    assert "You can phone them yourself" not in text
