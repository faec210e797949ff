"""(w41place; independent place-name check of 2026-12-06) Wrong places taken without a word.

A name that is only a word saying what kind of place it is ("Town", the postcode cross-check
file's name for two Merthyr Tydfil districts) is never a place, nor a spelling a name is
corrected to: a Welsh town's old spelling one letter longer was taken as it, and a person in
North Wales was shown services in South Wales. The tests use other misspellings and places than
the check's.
"""

from __future__ import annotations

import pytest

from ..helpers import asked_which, searched, text_of, texts_of

CHOICES = ".app-place-choices li"


@pytest.mark.parametrize("typed", ["Towin", "Townn", "Tawn", "Town"])
def test_a_name_near_a_word_for_a_kind_of_place_is_never_taken_as_a_place(bundled_client, typed):
    soup = searched(bundled_client, "someone to talk to", typed)
    assert not text_of(soup, "h1").startswith("Services near"), text_of(soup, "h1")
    assert "Showing results for" not in soup.get_text(" ")
    offered = texts_of(soup, ".app-place-choices a")
    assert not [name for name in offered if name.split(",")[0] == "Town"], offered


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        # guard (passes on main too): a Welsh town's old English spelling is the town
        ("Portmadoc", "Services near Porthmadog, Gwynedd"),
        ("Aberdovey", "Services near Aberdyfi, Gwynedd"),
        # guard: a real town named by an everyday word is still that town
        ("Street", "Services near Street, Somerset"),
    ],
)
def test_old_spellings_and_towns_named_by_words_are_still_found(bundled_client, typed, heading):
    soup = searched(bundled_client, "someone to talk to", typed)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")


def test_a_village_added_from_its_cited_page_is_offered_beside_the_town_of_its_old_spelling(
    bundled_client,
):
    """Towyn, Conwy (LL22, its cited page) and Towyn, Tywyn's former spelling: data rows, so
    their own name is tested."""
    soup = searched(bundled_client, "someone to talk to", "Towyn")
    offered = set(texts_of(soup, CHOICES))
    assert {"Towyn, Conwy", "Tywyn, Gwynedd"} <= offered, offered
    heading = text_of(searched(bundled_client, "someone to talk to", "Towyn, Conwy"), "h1")
    assert heading.startswith("Services near Towyn, Conwy"), heading


# --- a name that bigger places elsewhere start with --------------------------------------


@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        # a village of the name, and market towns whose names start with it
        ("Chipping", {"Chipping, Ribble Valley", "Chipping Norton, West Oxfordshire"}),
        (
            "Downham",
            {"Downham, East Cambridgeshire", "Downham Market, King's Lynn and West Norfolk"},
        ),
        # a village of no known size beside a town of the fuller name in another county
        ("Brierley", {"Brierley, Barnsley", "Brierley Hill, Dudley"}),
        ("Newbiggin", {"Newbiggin, County Durham", "Newbiggin-by-the-Sea, Northumberland"}),
        # a name known only as part of one village's name, and a bigger place starting with it
        ("Kirby", {"West Kirby, Wirral", "Kirby Muxloe, Blaby"}),
    ],
)
def test_a_small_place_beside_bigger_ones_starting_with_its_name_asks_which(
    bundled_client, typed, offered
):
    choices = asked_which(searched(bundled_client, "someone to talk to", typed))
    assert offered <= set(choices), choices


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        # the name typed with its county or council chooses among them
        ("Downham, Norfolk", "Services near Downham Market"),
        ("Brierley, Dudley", "Services near Brierley Hill, Dudley"),
        # guard (passes on main too): the village typed with its county is still the village
        ("Chipping, Lancashire", "Services near Chipping, Ribble Valley"),
        # guard: a town of its own beside a bigger place of a fuller name
        ("Stamford", "Services near Stamford, South Kesteven"),
        ("Sutton", "Services near Sutton"),
        ("Burton", "Services near Burton upon Trent"),
        # guard: a short name for the one town it starts, nothing bigger starting with it
        ("Berwick", "Services near Berwick-upon-Tweed"),
        ("Ross", "Services near Ross on Wye"),
        # guard: a bigger place of the fuller name a few miles off has the same services
        ("Pembroke", "Services near Pembroke, Pembrokeshire"),
        # guard: a town known by its last word is not one of its first word's
        ("Kingston", "Services near Kingston upon Thames"),
    ],
)
def test_a_town_of_its_own_or_a_name_with_its_county_is_taken(bundled_client, typed, heading):
    soup = searched(bundled_client, "someone to talk to", typed)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")
    assert not asked_which(soup)
