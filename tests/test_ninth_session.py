"""Issue 25, the eleventh probe of who is asking (ninth session): a professional who searches
without a place got no "Talk to someone now" box, though the same words with a place did and
every other kind of person got it first (the NSPCC's line answers professionals). Other words
than the probe's; parsed pages, English and Welsh."""

from __future__ import annotations

import pytest

from tests.helpers import page, texts_of


@pytest.mark.parametrize(
    ("path", "q", "first"),
    [
        (
            "/search",
            "DSL at a primary school, a year 3 girl disclosed abuse by her grandad, how do I refer",
            "NSPCC Helpline",
        ),
        (
            "/search",
            "GP - teenage patient says her stepbrother sexually abuses her, referral options",
            "NSPCC Helpline",
        ),
        (
            "/cy/search",
            "gweithiwr cymdeithasol ydw i, plentyn 9 oed wedi datgelu cam-drin gan ei llystad",
            "Llinell Gymorth y NSPCC",
        ),
    ],
)
def test_a_professional_with_no_place_gets_the_lines_to_call_before_the_national_list(
    bundled_client, path, q, first
):
    soup = page(bundled_client.get(path, query_string={"q": q, "location": ""}))
    talk = [name.split(":")[0].strip() for name in texts_of(soup, "aside.app-talk-now li")]
    assert talk and talk[0] == first, talk
    box = soup.select_one("aside.app-talk-now")
    national = soup.select_one("section[aria-labelledby=national-title]")
    # the box comes before the first national card, on the first screen
    assert box.sourceline < national.sourceline


def _talk(client, q: str, location: str = "") -> list[str]:
    soup = page(client.get("/search", query_string={"q": q, "location": location}))
    return [name.split(":")[0].strip() for name in texts_of(soup, "aside.app-talk-now li")]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("i cant stop thinking sexually about the toddler i childmind", ""),
        ("im sexually attracted to a baby in my family and need help to stop", "Hereford"),
        ("i sometimes fantasise about a little boy next door, who can i talk to", "Bolton"),
    ],
)
def test_someone_worried_about_thoughts_of_a_very_young_child_gets_stop_it_now_first(
    bundled_client, q, location
):
    # (w26parent noticed: "thinking sexually about a toddler" had no talk box and Parents
    # Protect first: "sexually" between the words, or a toddler or baby, was not read)
    talk = _talk(bundled_client, q, location)
    assert talk and talk[0] == "Stop It Now helpline", talk


def test_a_teenagers_fantasies_about_people_their_own_age_are_not_read_as_a_worry():
    from directory.search.understand import understand

    assert understand("im 15 and i fantasise about boys my age").asker.persona != "own-behaviour"


def test_a_teenager_looking_at_a_young_relative_in_a_sexual_way_gets_stop_it_now_first(
    bundled_client,
):
    # (twenty-first walk-through F1: "looking at my little sisters body in a sexual way", at 13,
    # was read as harm done to him: victims' services, no Stop It Now)
    q = "im 14 and i keep staring at my little brothers body in a sexual way, i feel disgusting"
    talk = _talk(bundled_client, q, "Grantham")
    assert talk[0] == "Stop It Now helpline", talk
    # ... and someone looked at so is the one harmed
    talk = _talk(bundled_client, "im 13 and my uncle keeps staring at my body sexually", "Grantham")
    assert talk[0] == "Childline", talk
