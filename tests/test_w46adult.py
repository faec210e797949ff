"""Lane w46adult (words-check seventeenth, F7 and F8), in other words and towns than the
report's: adults, parents and professionals whose everyday words the page misread.

- Sexual images of children named as a partner or relative says them ("cp", "kiddie porn",
  "pics of kids", "underage pictures"): the page reads them as the listings' "child abuse
  images" already are, Stop It Now first and never Childline; a child telling of a parent's
  images still gets Childline. Someone who found them on a relative's device, or whose
  relative was arrested, gets the NSPCC's line ("any adult worried about a child ... report a
  concern about abuse") as the second card.
- An adult recalling abuse in their childhood, years on, gets the services for adults abused
  as children (NAPAC, a survivors' service near them) before a sexual assault referral centre,
  even one whose listing says it offers therapy too: acute forensic care is not what they ask.
- Words written wholly in another language (check45 F7): one plain line that a service can be
  asked to arrange an interpreter (no listing says it has one), in Welsh on the Welsh page;
  never for English words, nor Welsh ones.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from .helpers import bundled_records, cards_and_words, talk_box, texts_of

STOP_IT_NOW = "stop-it-now"


def _page(client, q: str, location: str, welsh: bool = False) -> BeautifulSoup:
    path = "/cy/search" if welsh else "/search"
    page = client.get(path, query_string={"q": q, "location": location}, follow_redirects=True)
    return BeautifulSoup(page.get_data(as_text=True), "html.parser")


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("worried my husband watches cp", "Lincoln"),
        ("my dad looks at pics of kids on his computer", "Stockport"),
        ("i think my son is looking at underage pictures", "Worcester"),
        ("found child porn on my fiances ipad", "Bath"),
        ("my wife watches kiddie porn", "Ipswich"),
        ("my uncle keeps watching cp on his phone", "Swindon"),
    ],
)
def test_everyday_words_for_images_a_relative_views_put_stop_it_now_first(
    bundled_client, q, location
):
    soup = _page(bundled_client, q, location)
    talk = talk_box(soup)
    assert talk[0].startswith("Stop It Now helpline"), talk
    assert not any(line.startswith("Childline") for line in talk), talk
    ids = [card for card, _ in cards_and_words(soup)]
    assert ids[0] == STOP_IT_NOW, ids[:3]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my brother downloads child porn", "Hull"),
        ("i found indecent images on my stepdads phone", "Leeds"),
        ("my sister was arrested for child porn, how do we support her", "Truro"),
    ],
)
def test_a_relative_who_found_or_heard_of_images_gets_the_nspcc_beside_stop_it_now(
    bundled_client, q, location
):
    ids = [card for card, _ in cards_and_words(_page(bundled_client, q, location))]
    assert ids[:2] == [STOP_IT_NOW, "nspcc-helpline"], ids[:3]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("i keep watching cp and cant stop", "Hull"),
        ("my wife found child porn on my laptop", "Leeds"),
    ],
)
def test_guard_someone_viewing_images_themselves_gets_stop_it_now_alone_first(
    bundled_client, q, location
):
    """(Guard: passes on main too.) Their own viewing: Stop It Now, and no line for the
    family around a child in the talk box."""
    soup = _page(bundled_client, q, location)
    assert talk_box(soup) == [line for line in talk_box(soup) if "Stop It Now" in line]
    assert [card for card, _ in cards_and_words(soup)][0] == STOP_IT_NOW


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("im 13 and my dad looks at child porn", "Stockport"),
        ("im 14 and i found cp on my brothers phone", "Lincoln"),
    ],
)
def test_guard_a_child_telling_of_a_relatives_images_keeps_childline(bundled_client, q, location):
    """(Guard: passes on main too.) A child who found it is someone to support."""
    talk = talk_box(_page(bundled_client, q, location))
    assert talk[0].startswith("Childline"), talk


def _centres() -> set[str]:
    return {i for i, r in bundled_records().items() if "sarc" in r.get("support_types", ())}


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my uncle abused me when i was a boy, im 52 and struggling", "Bolton"),
        ("my mum's partner abused me when i was little, i'm 39 now", "Shrewsbury"),
        ("abused by my grandfather in childhood, now 61", "Barnstaple"),
    ],
)
def test_an_adult_recalling_childhood_abuse_gets_survivors_services_before_a_centre(
    bundled_client, q, location
):
    ids = [card for card, _ in cards_and_words(_page(bundled_client, q, location))]
    assert ids[0] not in _centres(), ids[:4]
    assert "adult-survivors" in bundled_records()[ids[0]]["audiences"], ids[:4]
    assert "napac" in ids[:3], ids[:4]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("raped as a child by my uncle, i am 33, want to report it", "Exeter"),
        ("i was raped last night", "Shrewsbury"),
    ],
)
def test_guard_a_centre_stays_first_for_reporting_or_a_recent_rape(bundled_client, q, location):
    """(Guard: passes on main too.) Reporting, or a rape last night, is what a centre is for."""
    ids = [card for card, _ in cards_and_words(_page(bundled_client, q, location))]
    assert ids[0] in _centres(), ids[:4]


INTERPRETER_EN = "you can ask a service whether it can arrange an interpreter"
INTERPRETER_CY = "gallwch chi ofyn i wasanaeth a all drefnu rhywun i gyfieithu"  # (w48own, F6)


def _language_line(soup: BeautifulSoup) -> str:
    return " ".join(texts_of(soup, ".app-language-note"))


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("meu filho foi abusado pelo padrasto", "Luton"),
        ("моя дочь рассказала, что отчим её трогал", "Boston"),
        ("fiica mea a fost atinsă de bunicul ei", "Swindon"),
        ("mujhe angrezi nahi aati, mere bachche ke saath galat hua", "Bolton"),
    ],
)
def test_words_in_another_language_get_the_interpreter_line(bundled_client, q, location):
    assert INTERPRETER_EN in _language_line(_page(bundled_client, q, location)).lower()


def test_on_the_welsh_page_the_interpreter_line_is_in_welsh(bundled_client):
    line = _language_line(
        _page(bundled_client, "mój syn był molestowany przez wujka", "Wrecsam", True)
    )
    assert INTERPRETER_CY in line.lower(), line


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("my uncle touched my son", "Luton", False),
        ("help", "Boston", False),
        ("mae fy ewythr wedi cyffwrdd â fy mab", "Wrecsam", True),
    ],
)
def test_guard_english_and_welsh_words_get_no_interpreter_line(bundled_client, q, location, welsh):
    """(Guard: passes on main too.)"""
    assert _language_line(_page(bundled_client, q, location, welsh)) == ""
