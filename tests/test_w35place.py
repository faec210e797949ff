"""(w35place; tenth Welsh review P2, P3) The areas a referral pack says a service covers,
in English and Welsh: a whole country named bare, "and" ("a", "ac" before a vowel) before the
last of several, and a place the listing names twice named once. Other services than the
review's examples."""

from __future__ import annotations

import pytest

from .helpers import page


def _pack_line(client, sid: str, welsh: bool = False) -> str:
    soup = page(client.get(f"{'/cy' if welsh else ''}/referral-pack?id={sid}"))
    text = soup.select_one(".app-pack-area").get_text()  # as read: "Liverpool, Sefton"
    return " ".join(text.split()).replace("’", "'")


@pytest.mark.parametrize(
    ("sid", "welsh", "line"),
    [
        ("live-fear-free", False, "Covers Wales only:"),
        ("stop-it-now-wales", True, "Yn cwmpasu Cymru yn unig:"),
        ("report-abuse-in-education", False, "Covers England only:"),
        ("signhealth-deaf-domestic-abuse-service", True, "Yn cwmpasu Lloegr yn unig:"),
    ],
)
def test_a_whole_country_is_named_bare(bundled_client, sid, welsh, line):
    assert _pack_line(bundled_client, sid, welsh).startswith(line)


@pytest.mark.parametrize(
    ("sid", "welsh", "line"),
    [
        (
            "emcypsas-coral-cove-nottingham",
            False,
            "Covers Derbyshire police area, Lincolnshire police area and Nottinghamshire police"
            " area only:",
        ),
        ("saint-marys-sarc-manchester", False, "Greater Manchester police area and Cheshire"),
        ("saint-marys-sarc-manchester", True, "ardal heddlu Greater Manchester ac ardal heddlu"),
        ("rasa-merseyside", False, "Covers Liverpool, Sefton and Wirral only:"),
        ("rasa-merseyside", True, "Yn cwmpasu Liverpool, Sefton a Wirral yn unig:"),
        ("ynys-saff-safe-island-sarc-cardiff-royal-infirmary", True, "a Phen-y-bont ar Ogwr yn"),
        ("ynys-saff-safe-island-sarc-cardiff-royal-infirmary", False, "Rhondda Cynon Taf and"),
    ],
)
def test_several_areas_are_joined_with_and_before_the_last(bundled_client, sid, welsh, line):
    assert line in _pack_line(bundled_client, sid, welsh)


@pytest.mark.parametrize("welsh", [False, True])
def test_a_place_named_twice_is_named_once(bundled_client, welsh):
    line = _pack_line(bundled_client, "horizon-sarc-west-midlands-children", welsh)
    assert line.count("West Midlands") == 1, line
