"""(twenty-seventh walk-through, w33child) A child's first screen never points down to a local
match they may not be able to use (one that may be closing, or for adults only): it says none
is sure to help and leads to the talk box just below."""

from __future__ import annotations

import pytest

from .helpers import page, text_of

LOCAL = 'section[aria-labelledby="local-title"]'
SENTENCE = f"{LOCAL} > p.govuk-body"
TALK_NEXT = {
    "/search": "You can talk to someone now:",
    "/cy/search": "Gallwch chi siarad â rhywun nawr:",
}


def _search(client, path: str, q: str, location: str):
    return page(client.get(path, query_string={"q": q, "location": location}))


def _moved(soup, reason: str) -> list[str]:
    section = soup.select_one(f"#moved-{reason}-title")
    assert section is not None, f"no heading for matches moved as {reason!r}"
    return [h.get_text(" ", strip=True) for h in section.find_parent("section").select("h3")]


# --- 1. a child's first screen -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "q", "location", "reason"),
    [
        # Trust House Lancashire, "May be closing": the only local match
        ("/search", "my stepbrother keeps touching me at night, i am 10", "Longridge", "closing"),
        ("/search", "my mums mate made me keep a horrible secret. im 13", "Lytham", "closing"),
        (
            "/cy/search",
            "mae taid yn gwneud pethau i fi dwi ddim yn hoffi, dwi'n 12",
            "Fleetwood",
            "closing",
        ),
        # Humber's SARC, "Adults; age policy not stated": the only local match
        ("/search", "grandad does things to me that i dont like, im 13", "Goole", "adults"),
        ("/search", "my step dad comes in the bathroom and touches me. 12", "Brigg", "adults"),
        (
            "/cy/search",
            "mae taid yn gwneud pethau i fi dwi ddim yn hoffi, dwi'n 12",
            "Conwy",
            "adults",
        ),
    ],
)
def test_a_childs_first_screen_leads_to_the_talk_box_not_down_the_page(
    bundled_client, path, q, location, reason
):
    """old, for an 11-year-old at Rufford: "Services near you that match your words are
    further down, but may be closing or not taking new people", linked to the closing
    service, above Childline."""
    soup = _search(bundled_client, path, q, location)
    line = text_of(soup, SENTENCE)
    # the sentence above the talk box sends the child nowhere down the page ...
    assert soup.select_one(SENTENCE).select("a") == [], line
    assert "further down" not in line and "nes ymlaen" not in line, line
    # ... it says what helps: the talk box, which comes next
    assert line.endswith(TALK_NEXT[path]), line
    box = soup.select_one(SENTENCE).find_next_sibling()
    assert box is not None and box.select_one('a[href^="tel:"]') is not None
    # the match is still there, further down, under its honest heading
    assert _moved(soup, reason)


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my grandson is 7 and was abused by his uncle, where can he get help", "Goole"),
        ("abused by my stepfather as a boy, 52 now, need someone to talk to", "Longridge"),
    ],
)
def test_an_adult_is_not_given_the_childs_sentence(bundled_client, q, location):
    soup = _search(bundled_client, "/search", q, location)
    assert TALK_NEXT["/search"] not in soup.get_text(" ")
