"""(w59adult, check60 F10) "i am in danger" had the Internet Watch Foundation's reporting of
images as its first and only card under the 999 box. Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, warned


def _first(client, words: str, place: str) -> list[str]:
    return [sid for sid, _ in cards_and_words(searched(client, words, place))][:3]


#: the tools for reporting images online
IMAGES_TOOLS = {"iwf-report", "report-remove", "ceop-safety-centre"}


@pytest.mark.parametrize(
    ("words", "place"), [("im in danger", "Hereford"), ("help im in danger", "Carlisle")]
)
def test_danger_with_nothing_online_does_not_lead_with_reporting_images(
    bundled_client, words, place
):
    page = searched(bundled_client, words, place)
    assert warned(page, "In danger now? Call 999")
    first = [sid for sid, _ in cards_and_words(page)][:1]
    assert first and not set(first) & IMAGES_TOOLS, first


def test_danger_with_images_online_still_finds_the_reporting_tools(bundled_client):
    # guard (passes on main too)
    first = _first(bundled_client, "im in danger he is putting my photos online", "Hereford")
    assert set(first) & IMAGES_TOOLS, first
