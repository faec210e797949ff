"""(twenty-seventh walk-through, w33child) A child's first screen never points down to a local
match they may not be able to use (one that may be closing, or for adults only): it says none
is sure to help and leads to the talk box just below. And a place typed with words after a
comma that name nothing we know is never taken silently as if they had chosen it."""

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


# --- 3. a place typed with words after it that name nothing we know ---------------------------

UNUSED = "We did not recognise what you wrote after the place's name, so we have not used it."
UNUSED_CY = (
    "Doedden ni ddim yn adnabod beth wnaethoch chi ei ysgrifennu ar ôl enw’r lle, felly dydyn ni "
    "ddim wedi’i ddefnyddio."
)


def _said(soup) -> str:
    return " ".join(soup.select_one("main").get_text(" ").split())


@pytest.mark.parametrize(
    ("path", "location", "said", "offered"),
    [
        # several places of the name: asked which, never the biggest taken silently
        (
            "/search",
            "Richmond, Westeros",
            UNUSED,
            {"Richmond, Greater London", "Richmond, North Yorkshire"},
        ),
        ("/search", "Newport, Wakanda", UNUSED, {"Newport, Isle of Wight", "Newport, Wales"}),
        ("/cy/search", "Bangor, Gondor", UNUSED_CY, {"Bangor, Gwynedd"}),
    ],
)
def test_an_unknown_area_after_a_name_with_namesakes_asks_which(
    bundled_client, path, location, said, offered
):
    soup = _search(bundled_client, path, "counselling", location)
    assert said in _said(soup)
    choices = {a.get_text(" ", strip=True) for a in soup.select("#place-problem li a")}
    assert offered <= choices, choices


@pytest.mark.parametrize(
    ("path", "location", "said", "place"),
    [
        ("/search", "Whitby, Hogwarts", UNUSED, "Whitby"),
        ("/search", "Kendal, Cumbriashirez", UNUSED, "Kendal"),
        ("/cy/search", "Wrecsam, Xyzsir", UNUSED_CY, "Wrecsam"),
    ],
)
def test_an_unknown_area_after_the_only_place_of_a_name_is_said_not_used(
    bundled_client, path, location, said, place
):
    soup = _search(bundled_client, path, "counselling", location)
    text = _said(soup)
    assert said in text, text[:600]
    assert place in soup.select_one("h1").get_text(" ")


@pytest.mark.parametrize(
    "location",
    ["Whitby, North Yorkshire", "Kendal, Cumbria", "Whitby, near Scarborough", "Whitby, UK"],
)
def test_an_area_we_know_after_a_name_is_used_quietly(bundled_client, location):
    soup = _search(bundled_client, "/search", "counselling", location)
    assert UNUSED not in _said(soup)
    assert "Whitby" in soup.select_one("h1").get_text(" ") or "Kendal" in soup.select_one(
        "h1"
    ).get_text(" ")


@pytest.mark.parametrize(
    "location", ["Whitby, \x00", "Newport, " + "z" * 300, ",,, ,", "Kendal,", "Kendal, 12345"]
)
def test_odd_words_after_a_comma_never_break_the_page(bundled_client, location):
    response = bundled_client.get("/search", query_string={"q": "help", "location": location})
    assert response.status_code < 500
