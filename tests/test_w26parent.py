"""(w26parent) A grown-up writing of a young child in the third person is the grown-up, not
the child: a child of 3 to 7 cannot have typed "five year old boy, his step grandad…", so the
parents' line comes first in "Talk to someone now", not Childline; words for a very young child
("toddler", "babi") say its age, so services for grown-ups only are not offered for it; an older
child named so ("13 year old boy, his uncle…") may be the young person's own words, so the
NSPCC comes first with a children's line second. Ages said with a misspelt number word ("im
elevan") or after "of" ("a man of fifty one") are read. Other words and other towns than the
phone walk-through's; parsed pages, English and Welsh."""

from __future__ import annotations

import pytest

from tests.helpers import page, texts_of


def _search(client, path: str, q: str, location: str):
    return page(client.get(path, query_string={"q": q, "location": location}))


def _talk(soup) -> list[str]:
    return [line.split(":")[0].strip() for line in texts_of(soup, "aside.app-talk-now li")]


@pytest.mark.parametrize(
    ("path", "q", "location", "first"),
    [
        (
            "/search",
            "five year old boy, his step grandad put his hand in his pants, should we ring the "
            "police",
            "Mansfield",
            "NSPCC Helpline",
        ),
        (
            "/search",
            "little lad aged 6, his big cousin made him do sexual things, what now",
            "Loughborough",
            "NSPCC Helpline",
        ),
        (
            "/search",
            "toddler boy, his mums boyfriend has been touching him, need him checked by a doctor",
            "Mansfield",
            "NSPCC Helpline",
        ),
        (
            "/cy/search",
            "bachgen pump oed, mae ei daid wedi ei gyffwrdd yn rhywiol, beth ddylen ni wneud",
            "Caernarfon",
            "Llinell Gymorth y NSPCC",
        ),
        (
            "/cy/search",
            "babi 8 mis, mae ei thad wedi gwneud rhywbeth rhywiol iddi",
            "Aberystwyth",
            "Llinell Gymorth y NSPCC",
        ),
        (
            "/cy/search",
            "plentyn bach wedi cael ei gam-drin gan ei ewythr, beth ddylwn i wneud",
            "Bangor",
            "Llinell Gymorth y NSPCC",
        ),
    ],
)
def test_a_young_child_written_of_in_the_third_person_is_a_parents_search(
    bundled_client, path, q, location, first
):
    talk = _talk(_search(bundled_client, path, q, location))
    assert talk and talk[0] == first, talk
    assert "Childline" not in talk, talk


def test_a_toddler_is_not_offered_a_centre_for_grown_ups_first(bundled_client):
    soup = _search(
        bundled_client,
        "/search",
        "toddler boy, his mums boyfriend has been touching him, need him checked by a doctor",
        "Mansfield",
    )
    cards = texts_of(soup, "li.app-result h3")
    assert "Topaz Centre SARC" not in cards, cards  # (its listing: 18 and over)
    assert cards[0].startswith("East Midlands Children and Young People"), cards


def test_an_older_child_written_of_in_the_third_person_gets_the_nspcc_then_childline(
    bundled_client,
):
    soup = _search(
        bundled_client,
        "/search",
        "13 year old boy, his uncle sends him rude pictures and touches him",
        "Stowmarket",
    )
    assert _talk(soup)[:2] == ["NSPCC Helpline", "Childline"], _talk(soup)
    # the same child speaking of themselves is a child asking
    soup = _search(
        bundled_client, "/search", "boy 13, my uncle sends me rude pictures", "Stowmarket"
    )
    assert _talk(soup)[0] == "Childline", _talk(soup)


def test_an_age_said_with_a_misspelt_number_word_is_read(bundled_client):
    soup = _search(
        bundled_client, "/search", "im elevan and my step brother does stuff to me", "Newark"
    )
    cards = texts_of(soup, "li.app-result h3")
    assert "Topaz Centre SARC" not in cards, cards  # (18 and over: not for a child of 11)
    assert _talk(soup)[0] == "Childline", _talk(soup)


def test_a_grown_ups_age_said_after_of_is_read(bundled_client):
    soup = _search(
        bundled_client,
        "/search",
        "a man of fifty one, my scout leader abused me in the 80s",
        "Newark",
    )
    cards = texts_of(soup, "li.app-result h3")
    assert not [c for c in cards if "Children and Young People" in c], cards
