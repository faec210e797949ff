"""(twenty-fourth walk-through F6, F7; issue 25 "honest counts") Every count of the cards
available wherever you live is the number of cards a person sees: a listing reached by the same
helpline as the card above it is named in that card ("Same helpline"), so "3 services" over two
cards, or "18 services" over 17 on "More services available wherever you live", read as a
service missing. Parsed pages; several kinds of asker, English and Welsh."""

from __future__ import annotations

import re

import pytest

from tests.helpers import page


def _count(text: str) -> int:
    found = re.search(r"(\d+)", text)
    assert found, text
    return int(found.group(1))


@pytest.mark.parametrize(
    ("prefix", "q", "location"),
    [
        ("", "im 50 and i keep having sexual thoughts about young kids, want help", "Wokingham"),
        ("", "worried about my urges towards children", "Keswick"),
        ("", "my stepbrother touches me at night im 13", "Ormskirk"),
        ("", "male survivor of childhood abuse, 58, counselling", "Bicester"),
        ("/cy", "mae gen i feddyliau rhywiol am blant, dwi eisiau stopio", "Aberteifi"),
    ],
)
def test_each_count_of_cards_available_everywhere_is_the_cards_shown(
    bundled_client, prefix, q, location
):
    soup = page(bundled_client.get(f"{prefix}/search", query_string={"q": q, "location": location}))
    section = soup.select_one("section.app-national")
    heading = _count(section.select_one("h2 .govuk-caption-m").get_text())
    shown = len(section.select("li.app-result"))
    more = soup.select_one("p#more-national a")
    rest = _count(more.get_text()) if more else 0
    # (w36own) the heading counts what may be the asker's; those made for other people have a
    # link of their own, and a heading of their own on the More page
    assert heading == shown + rest, (heading, shown, rest)
    apart = soup.select_one("p#more-others a")
    if more:
        second = page(bundled_client.get(more["href"]))
        caption = second.select_one("h1 .govuk-caption-m")
        cards = second.select("li.app-result")
        others = second.select("section.app-made-for-others li.app-result")
        assert _count(caption.get_text()) == len(cards) - len(others) == rest
    if apart:
        second = page(bundled_client.get(apart["href"]))
        caption = second.select_one("section.app-made-for-others h2 .govuk-caption-m")
        others = second.select("section.app-made-for-others li.app-result")
        assert _count(caption.get_text()) == len(others) == _count(apart.get_text())
