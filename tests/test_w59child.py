"""(w59child) check60 findings 5, 8 and 9 and the forty-fifth walk-through's F3, through the
page, in other words and other towns than the reports':

- a child asked to meet someone met online, tonight or after school: the danger-now box, CEOP
  among the first cards, Childline first in the talk box (finding 5);
- a 14-year-old's own worrying feelings in text-speak ("n", "r", "not rite", "fings",
  "finkin", "wiv") read as the same words in standard spelling: Stop It Now first (F3);
- wanting to report the abuse without the word "police": the 101 line (finding 8);
- a recent assault said as a day: "it happened 3 days ago" alone, or after an assault word, gets
  the "last few days" warning (finding 9).

Each "new" test fails on main before the change; each guard passes on both trees and says so.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names, texts_of, warned

DANGER = "In danger now? Call 999"
RECENT = {"en": "If it happened in the last few days", "cy": "Os digwyddodd yn y dyddiau diwethaf"}
POLICE = "To report to the police when it is not an emergency, call 101."
CEOP = "ceop-safety-centre"


def _danger(soup) -> bool:
    return DANGER in " ".join(texts_of(soup, ".app-danger-now"))


def _first_cards(soup, count: int = 3) -> list[str]:
    return [card for card, _ in cards_and_words(soup)[:count]]


def _police_line(soup) -> str:
    box = soup.find(id="talk-now-title").find_parent("aside")
    found = box.select_one(".app-police-line")
    return (
        ""
        if found is None
        else " ".join(found.get_text(" ", strip=True).split()).replace(" .", ".")
    )


# --- 1. a child meeting someone from online soon (check60 finding 5) ------------------------


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im 13 and a guy off tiktok wants to meet me after school", "Stockport"),
        ("im 15 a man from discord asked me to meet him today", "Norwich"),
        ("i am 12 and someone i met on roblox wants to meet up tonight", "Derby"),
    ],
)
def test_child_asked_to_meet_someone_from_online_soon_is_in_danger_now(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert _danger(soup)
    assert talk_names(talk_box(soup))[0] == "Childline", talk_box(soup)
    assert CEOP in _first_cards(soup, 2), _first_cards(soup, 5)


DANGER_CY = "Mewn perygl nawr? Ffoniwch 999"


@pytest.mark.parametrize(
    ("words", "place", "first"),
    [
        ("dwi'n 14 ac mae rhywun ar snapchat eisiau cwrdd â fi ar ôl ysgol", "Aberystwyth", "Meic"),
        ("mae fy merch yn mynd i gyfarfod dyn o'r we heno", "Wrecsam", "NSPCC"),
    ],
)
def test_welsh_child_meeting_someone_from_online_soon(bundled_client, words, place, first):
    soup = searched(bundled_client, words, place, welsh=True)
    assert DANGER_CY in " ".join(texts_of(soup, ".app-danger-now"))
    assert first in talk_names(talk_box(soup))[0], talk_box(soup)
    assert CEOP in _first_cards(soup, 3), _first_cards(soup, 5)


def test_welsh_meeting_a_friend_from_school_is_no_danger(bundled_client):
    # guard (passes on main too): a friend from school tonight
    words = "dwi'n 14 a dwi'n cwrdd â ffrind o'r ysgol heno"
    soup = searched(bundled_client, words, "Bangor", welsh=True)
    assert DANGER_CY not in " ".join(texts_of(soup, ".app-danger-now"))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my son is meeting a man from online today", "Crewe"),
        ("my daughter is going to meet a guy she met online after school", "Macclesfield"),
    ],
)
def test_parent_of_a_child_meeting_someone_from_online_soon(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert _danger(soup)
    assert CEOP in _first_cards(soup, 3), _first_cards(soup, 5)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a friend from school, an online game, a meeting long past
        ("im 14 and im meeting a friend from school tonight", "Stockport"),
        ("im 13 and i want to play an online game with my cousin tonight", "Norwich"),
        ("im 15 and last year i went to meet a man i met online", "Derby"),
    ],
)
def test_no_danger_box_for_a_friend_a_game_or_the_past(bundled_client, words, place):
    assert not _danger(searched(bundled_client, words, place))


# --- 2. a teen's own worrying feelings in text-speak (forty-fifth walk-through F3) ----------


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im 15 n i keep havin fings in my head bout younger kids that r not rite", "Bradford"),
        ("im 13 nd i keep finkin bout doin stuff wiv my little bruvva n its not rite", "Luton"),
        ("im 14 n i get feelings bout my little sister that r not rite n i hate it", ""),
    ],
)
def test_own_feelings_in_text_speak_get_stop_it_now_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    names = talk_names(talk_box(soup))
    assert names[0] == "Stop It Now helpline", names
    assert "Childline" in names, names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a child harmed, in text-speak, keeps Childline first
        ("my cousin keeps touchin me n i hate it", "Luton"),
        ("im 12 my uncle does fings to me wiv his hands n i hate it", "Bradford"),
    ],
)
def test_child_harmed_in_text_speak_keeps_childline_first(bundled_client, words, place):
    names = talk_names(talk_box(searched(bundled_client, words, place)))
    assert names[0] == "Childline", names
    assert "Stop It Now helpline" not in names[:1]


# --- 3. wanting to report, without the word "police" (check60 finding 8) --------------------


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("can i still report an assault from last year", "Bath"),
        ("is it possible to report sexual abuse from when i was a child", "Crewe"),
        ("my uncle abused me when i was 8 and now im 35 and im ready to report", "Hereford"),
        ("i need to report", "Hereford"),
    ],
)
def test_wanting_to_report_the_abuse_brings_101(bundled_client, words, place):
    assert _police_line(searched(bundled_client, words, place)) == POLICE


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a picture online, a school report, a lost phone, not
        # wanting to report
        ("how do i report a picture of me online", "Bath"),
        ("my sons school report says he is withdrawn", "Crewe"),
        ("i want to report a lost phone", "Hereford"),
        ("i dont want to report the abuse i just want to talk", "Hereford"),
    ],
)
def test_reporting_a_picture_a_school_report_or_a_phone_brings_no_101(bundled_client, words, place):
    assert _police_line(searched(bundled_client, words, place)) == ""


# --- 4. a recent assault said as a day (check60 finding 9) ----------------------------------


@pytest.mark.parametrize(
    ("words", "place", "lang"),
    [
        # "it" said alone, nothing else: on this directory, what brought them here (see
        # ``recent.told_alone``)
        ("it happened 4 days ago", "Ipswich", "en"),
        ("something happened at a sleepover on friday night", "Exeter", "en"),
        ("it happened to me yesterday and i dont know what to do", "Carlisle", "en"),
        ("digwyddodd rhywbeth mewn parti nos sadwrn", "Caernarfon", "cy"),
    ],
)
def test_it_happened_days_ago_gets_the_recent_warning(bundled_client, words, place, lang):
    soup = searched(bundled_client, words, place, welsh=lang == "cy")
    assert warned(soup, RECENT[lang])


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): after an assault word, the day is read (as before)
        ("he raped me. it happened 2 days ago", "Ipswich"),
        ("sexually assaulted at uni, it happened on tuesday night", "Exeter"),
    ],
)
def test_assault_then_the_day_keeps_the_recent_warning(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place), RECENT["en"])


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): long ago, as a child, something else named, a beating
        ("it happened 25 years ago", "Ipswich"),
        ("it happened when i was 9", "Exeter"),
        ("our car broke down, it happened 2 days ago", "Carlisle"),
        ("it happened 3 days ago, he punched me in the face", "Carlisle"),
    ],
)
def test_long_ago_or_something_else_gets_no_recent_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), RECENT["en"])
