"""(w50rph, check53 F9) An adult whose own intimate images are shared, or who is threatened or
blackmailed with them, got nothing made for them: the Revenge Porn Helpline (SWGfL, for adults
over 18 in the UK) was not listed. It is now a listing from its own pages, in "Talk to someone
now" and among the first cards for such an adult; a child keeps Report Remove, CEOP and
Childline, and adults telling of anything else are not offered it."""

from __future__ import annotations

import pytest

from tests.helpers import bundled_records, cards_and_words, searched, talk_box, talk_names

LINE = "revenge-porn-helpline"
NUMBER = "0345 6000 459"


def _cards(page) -> list[str]:
    return [sid for sid, _words in cards_and_words(page)]


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("my ex girlfriend is sharing naked photos of me, I'm 29", "Derby"),
        ("being sextorted after a webcam chat, im 26", "Carlisle"),
        ("my husband threatened to post intimate videos of me online", "Cardiff"),
        ("im 44 and a woman i met online wants money or she sends my nudes to everyone", "Ipswich"),
    ],
)
def test_an_adult_whose_images_are_shared_or_threatened_is_given_the_line_made_for_them(
    bundled_client, words, town
):
    page = searched(bundled_client, words, town)
    box = talk_box(page)
    assert any("Revenge Porn Helpline" in line and NUMBER in line for line in box[:2]), box
    cards = _cards(page)
    assert LINE in cards[:3], cards


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("im 16 and someone says they will share my nudes unless i send more", "Luton"),
        ("a lad in year 10 is threatening to post naked pics of me", "Wigan"),
    ],
)
def test_a_child_whose_images_are_threatened_keeps_the_childrens_services_first(
    bundled_client, words, town
):
    """Guard (passes on main, which has no such listing): the line is for over-18s."""
    page = searched(bundled_client, words, town)
    assert not any("Revenge Porn Helpline" in line for line in talk_box(page))
    cards = _cards(page)
    assert {"report-remove", "ceop-safety-centre"} & set(cards[:3]), cards
    assert LINE not in cards[:3], cards


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("raped by my uncle when i was 10, im 45 now", "Bristol"),
        ("my stepfather abused me for years as a boy", "Durham"),
    ],
)
def test_an_adult_telling_of_other_abuse_is_not_offered_the_images_line(
    bundled_client, words, town
):
    """Guard (passes on main, which has no such listing; with the listing and no hold, "abused
    by my father as a child" had it third in the box)."""
    page = searched(bundled_client, words, town)
    assert not any("Revenge Porn Helpline" in line for line in talk_box(page))


@pytest.mark.parametrize(
    ("words", "town"),
    [("image based sexual abuse", "Plymouth"), ("revenge porn support", "Sheffield")],
)
def test_searching_for_the_abuse_by_its_name_finds_the_line_first(bundled_client, words, town):
    page = searched(bundled_client, words, town)
    national = [
        sid
        for sid in _cards(page)
        if bundled_records()[sid].get("service_area", {}).get("national")
    ]
    assert national[:1] == [LINE], national
    assert "Revenge Porn Helpline" in talk_box(page)[0]


def test_the_listing_holds_only_what_its_own_pages_say():
    record = bundled_records()[LINE]
    assert record["contact"]["phone"] == NUMBER
    assert record["minimum_age"] == 18
    assert record["audiences"] == ["adult-survivors"]
    assert record["service_area"]["uk_wide"] is True
    assert record["source_url"] == "https://swgfl.org.uk/helplines/revenge-porn-helpline/"
    assert record["last_checked"] == "2026-12-07"
    assert not record["contact"].get("email"), "no address was on its own pages"
    public = " ".join([record["description"], record["opening_hours"]]).lower()
    for maintainers_words in ("page", "seen", "source", "swgfl"):
        assert maintainers_words not in public


def test_in_welsh_an_adult_threatened_with_their_images_is_given_the_line(bundled_client):
    page = searched(
        bundled_client,
        "dw i'n 27 ac mae rhywun yn bygwth rhannu lluniau noeth ohona i",
        "Aberystwyth",
        welsh=True,
    )
    box = talk_box(page)
    assert any("Revenge Porn Helpline" in line and NUMBER in line for line in box[:2]), box
    assert LINE in _cards(page)[:3]


def test_guard_in_welsh_a_child_threatened_with_their_images_keeps_the_childrens_lines(
    bundled_client,
):
    """Guard (passes on main, which has no such listing)."""
    page = searched(
        bundled_client,
        "dwi yn 15 ac mae bachgen yn bygwth rhannu lluniau noeth ohona i",
        "Bangor",
        welsh=True,
    )
    assert not any("Revenge Porn Helpline" in line for line in talk_box(page))
    assert LINE not in _cards(page)[:5]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my girlfriend recorded us in bed and says she'll send it to my wife, im 41", "Truro"),
        ("he put our sex videos on a website, i am 27", "Bath"),
    ],
)
def test_an_adults_sex_tape_or_filming_brings_the_helpline(bundled_client, words, place):
    # (check55 finding 8) "our sex tape", "filmed us having sex": the adult's own images too
    names = talk_names(talk_box(searched(bundled_client, words, place)))
    assert "Revenge Porn Helpline" in names, names
