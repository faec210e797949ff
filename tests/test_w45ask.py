"""(lane w45ask) A teenager who wants to talk to someone now.

1. A child or young person who wants someone now ("need to talk to someone tonight", "cant
   get to sleep", Welsh "isio siarad efo rhywun rwan"), with no assault in the last few days,
   sees a line they can reach now (Childline; Meic first in Wales) as the first card, before
   the services near them, which follow under a heading naming the place. The first card was
   a children's forensic centre miles away that they "cannot ring or text yourself".
2. After an assault in the last few days, the centre near them stays first (guard).
3. "talk to someone tonight" is the time of talking, not of the abuse: the page no longer
   warns of an assault "in the last few days" for "my brother does things to me" said after
   it; an act told in the past tense still gets the warning (guard).
4. A young person's own age said bare, between commas or full stops ("… on snap. 14. please
   help"), is read: Childline alone in the talk box, not the 24/7 line (from 16) nor the
   NSPCC's line for adults; a number just after someone else ("my son, 14,") or before what its
   owner did ("a man, 16, keeps messaging me") is not the asker's (guards).
5. Someone not allowed to phone, with no phone or no credit ("dw i heb ffôn") sees ways to
   text or chat first in the talk box; "dont want to ring 999" is about the police, not calls
   (guard).
"""

import pytest

from tests.helpers import cards_and_words, searched, talk_box, text_of, texts_of


def _shown(soup) -> list[str]:
    """The listings whose cards the results page shows, in order."""
    return [listing for listing, _ in cards_and_words(soup)]


def _near_ids(soup) -> list[str]:
    section = soup.find(id="local-title").find_parent("section")
    return [listing for listing, _ in cards_and_words(section)]


#: a child who wants someone now, with no assault in the last few days, and a town whose first
#: local card for them is a service they cannot ring or text now
WANTS_SOMEONE_NOW = [
    ("im 13 and cant get to sleep, my brother does things to me", "Hereford"),
    ("16 f need someone to talk to tonight, my uncle keeps touching me", "Lowestoft"),
    ("12 yr old, is there anyone i can speak to right now? my stepdad comes in my room", "Kendal"),
    ("me 14. need help asap my mums boyfriend makes me do stuff", "Whitby"),
]


@pytest.mark.parametrize(("words", "place"), WANTS_SOMEONE_NOW)
def test_a_child_who_wants_someone_now_sees_a_childrens_line_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    shown = _shown(soup)
    assert shown[0] == "childline", shown
    # the services near still follow, under a heading naming the place
    near = _near_ids(soup)
    assert near and shown.index(near[0]) > 0, (near, shown)
    assert text_of(soup, "#local-title").startswith("Services near"), text_of(soup, "#local-title")
    assert talk_box(soup)[0].startswith("Childline"), talk_box(soup)


def test_a_welsh_child_who_wants_to_talk_now_sees_meic_first(bundled_client):
    soup = searched(
        bundled_client,
        "dw i n 12 a dw i isio siarad efo rhywun heno, mae fy ewythr yn cyffwrdd fi",
        "Llanelli",
        welsh=True,
    )
    shown = _shown(soup)
    assert shown[0] == "meic", shown
    near = _near_ids(soup)
    assert near and shown.index(near[0]) > 0, (near, shown)


#: (guard: passes on main too) an assault in the last few days: the centre near comes first
RECENT = [
    ("14 and want to talk to someone now, my step brother raped me yesterday", "Scarborough"),
    ("need to talk to someone tonight he raped me, im 15", "Carlisle"),
]


@pytest.mark.parametrize(("words", "place"), RECENT)
def test_after_a_recent_assault_the_centre_near_stays_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    shown = _shown(soup)
    near = _near_ids(soup)
    assert near and shown[0] == near[0], (near, shown)
    assert "last few days" in soup.get_text(" ")


def test_a_grown_up_who_wants_to_talk_now_keeps_the_services_near_first(bundled_client):
    """(guard) Only a child's own words: a mother's keep the order."""
    soup = searched(
        bundled_client,
        "my daughter is 13, her stepdad abused her and she needs someone to talk to tonight",
        "Carlisle",
    )
    shown = _shown(soup)
    near = _near_ids(soup)
    assert near and shown[0] == near[0], (near, shown)


def test_talking_tonight_is_not_the_time_of_the_abuse(bundled_client):
    soup = searched(
        bundled_client,
        "i want to speak to someone tonight, my cousin does stuff to me, im 15",
        "Kendal",
    )
    assert "last few days" not in soup.get_text(" ")
    assert not texts_of(soup, ".app-recent")


# --- 4. a young person's own age said bare, as a clause of its own ---

#: an age alone between commas or full stops, amid a young person's own words
BARE_AGE = [
    ("my nudes got leaked on snap. 14. please help", "Margate"),
    ("someone posted a video of me on tiktok, 15, what can i do", "Taunton"),
    ("a lad from my class keeps asking me for pics, 12, i feel sick", "Crewe"),
]


@pytest.mark.parametrize(("words", "place"), BARE_AGE)
def test_a_bare_age_amid_a_young_persons_words_keeps_the_lines_for_adults_out(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    lines = talk_box(soup)
    assert lines[0].startswith("Childline"), lines
    # the 24/7 line (from 16) and the NSPCC's line for adults worried about a child are not a
    # 12 to 15-year-old's lines to call now
    assert not any(line.startswith(("24/7", "NSPCC Helpline")) for line in lines), lines
    assert "Showing services for the age in your search" in soup.get_text(" ")


def test_a_bare_number_after_a_parents_child_stays_the_childs(bundled_client):
    """(guard) "my son, 14,": the parent's line first, not Childline."""
    soup = searched(
        bundled_client, "my son, 14, had his pictures shared online, what do i do", "Taunton"
    )
    assert talk_box(soup)[0].startswith("NSPCC Helpline"), talk_box(soup)


def test_a_bare_number_before_what_its_owner_did_is_not_the_askers_age(bundled_client):
    """(guard) "a man, 16, keeps messaging me": his."""
    soup = searched(bundled_client, "a man, 16, keeps messaging me and asking for photos", "Crewe")
    assert "Showing services for the age in your search" not in soup.get_text(" ")


# --- 5. someone who may not, or has nothing to, phone with ---

#: not allowed to phone, no phone or credit, a phone taken, "can never", "no way i can"
NO_CALL = [
    ("im 12 and im not allowed to ring anyone, my step brother hurts me", "Dudley", False),
    ("i havent got a mobile, just my tablet. my dad does stuff to me, im 14", "Yeovil", False),
    ("no credit on my phone, my cousin keeps touching me. 13", "Grantham", False),
    ("there is no way i can call, my mums boyfriend is always here, im 15", "Salisbury", False),
    ("dw i n 13, dw i heb ffôn, mae fy ewythr yn cyffwrdd fi", "Caernarfon", True),
]


@pytest.mark.parametrize(("words", "place", "welsh"), NO_CALL)
def test_someone_who_cannot_call_sees_ways_to_write_first(bundled_client, words, place, welsh):
    soup = searched(bundled_client, words, place, welsh=welsh)
    first = talk_box(soup)[0]
    written = ("Chat online", "Text", "Sgwrsio ar-lein", "Tecstiwch")
    assert first.split(":", 1)[1].strip().startswith(written), first


def test_not_wanting_to_ring_999_is_not_being_unable_to_call(bundled_client):
    """(guard) "i dont want to ring 999": not the police, but a line may still be rung."""
    soup = searched(bundled_client, "i dont want to ring 999, my uncle touches me. im 12", "Yeovil")
    first = talk_box(soup)[0]
    assert first.startswith("Childline : 0800 1111"), first
