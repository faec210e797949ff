"""(w61online) check61 section 8 through the page, in other words and other towns than the
report's: the first card for sexual images.

- a young person's own images already sent round, with no age said ("someone sent my nudes
  round the whole school today"): Report Remove first, as when the images are threatened;
- someone whose own images from when they were under 18 are still out there: the Internet
  Watch Foundation's reporting (open to adults) first, not a rape crisis line;
- someone who came across a child being abused in a video online: the IWF first, not a local
  rape crisis centre.

Each "new" test fails on main before the change; each guard passes on both trees and says so.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched

IWF = "iwf-report"
REPORT_REMOVE = "report-remove"
MCF = "marie-collins-foundation"


def _first_cards(soup, count: int = 1) -> list[str]:
    return [card for card, _ in cards_and_words(soup)[:count]]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my pics are going round my college today", "Grimsby"),
        ("someone put my nude pics on a website and everyone at college has seen", "Carlisle"),
    ],
)
def test_own_images_already_shared_with_no_age_get_report_remove_first(
    bundled_client, words, place
):
    assert _first_cards(searched(bundled_client, words, place)) == [REPORT_REMOVE]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i sent a nude video to a boy when i was 16 and im scared its still out there", "Preston"),
        ("when i was 14 i sent my boyfriend nudes and i worry they are still online", "Wigan"),
    ],
)
def test_own_images_from_childhood_still_out_there_get_the_iwf_first(bundled_client, words, place):
    assert _first_cards(searched(bundled_client, words, place)) == [IWF]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("came across a video of a child being raped on a website, what do i do", "Norwich"),
        (
            "my son saw a video of a little girl being abused on tiktok, how do we report it",
            "Exeter",
        ),
    ],
)
def test_child_abuse_images_come_across_online_get_the_iwf_first(bundled_client, words, place):
    assert _first_cards(searched(bundled_client, words, place)) == [IWF]


@pytest.mark.parametrize(
    ("words", "place", "first"),
    [
        # guards (pass on main too): an adult's images held by an ex, a young person's held
        # for money, a child sent a picture by an adult
        (
            "my ex husband is threatening to share our sex tape",
            "Norwich",
            "revenge-porn-helpline",
        ),
        ("a man says he will send my pics to my friends unless i pay him", "Exeter", REPORT_REMOVE),
        ("my daughter was sent a rude photo by a grown man on fortnite", "Preston", MCF),
    ],
)
def test_the_first_card_stays_for_other_images(bundled_client, words, place, first):
    assert _first_cards(searched(bundled_client, words, place)) == [first]
