"""(w63recent) The recent-assault warning, both ways.

"If it happened in the last few days, call 999 if you are hurt or in danger…" was missing for
bruises after a forced act with no time word, for "he attacked me … last night" (as "i was
attacked" already brought it) and for waking up naked "with no memory", in English and Welsh;
it was shown for "it hurts when i think about what he did" (a survivor remembering) and for a
boy touching a hand at school today (a calm sentence). Other words and towns than the
findings'.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, warned

RECENT = "If it happened in the last few days"
RECENT_CY = "Os digwyddodd yn y dyddiau diwethaf"


def _warned(client, words: str, place: str, welsh: bool = False) -> bool:
    return warned(searched(client, words, place, welsh=welsh), RECENT_CY if welsh else RECENT)


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        # bruises now, after a forced act, no time word: read as "i was raped" is
        ("covered in bruises since my ex forced himself on me", "Sheffield", False),
        ("im bruised all over after he forced me", "Derby", False),
        ("mae gen i gleisiau ar ôl iddo fe orfodi ei hun arna i", "Abertawe", True),
        # attacked by a person, as "i was attacked" is read
        ("a stranger attacked me near the station on friday night", "Bristol", False),
        ("someone attacked me outside the pub yesterday", "Exeter", False),
        ("ymosododd dyn arna i tu allan i'r dafarn nos Wener", "Bangor", True),
        ("nath rhywun ymosod arna i ddoe", "Wrecsam", True),
        # waking undressed with the night lost: not a memory or a flashback
        ("i woke up undressed and no memory of getting home", "Swindon", False),
        ("dihunes i'n hanner noeth heb gofio sut", "Caerfyrddin", True),
    ],
)
def test_an_assault_told_now_gets_the_recent_warning(bundled_client, words, place, welsh):
    assert _warned(bundled_client, words, place, welsh)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # remembering: the hurt is a feeling, not a wound
        ("it hurts thinking about what my cousin did", ""),
        ("it hurts so much to talk about what my stepdad did", "Reading"),
        # a calm touch of a hand, an arm or a shoulder
        ("a girl touched my arm in class this morning and it was nice", ""),
        ("he touched me on the shoulder at break today", "Luton"),
    ],
)
def test_the_past_remembered_or_a_calm_touch_gets_no_warning(bundled_client, words, place):
    assert not _warned(bundled_client, words, place)


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        # guards (pass on main too): an assault told with a time, or a hurt from it now
        ("she touched me at the sleepover on saturday", "Oxford", False),
        ("i got sexually assaulted this morning", "Norwich", False),
        ("it hurts down there after what my brother did yesterday", "York", False),
        ("he forced himself on me on sunday and now im bleeding", "Hull", False),
    ],
)
def test_an_assault_with_its_time_keeps_the_warning(bundled_client, words, place, welsh):
    assert _warned(bundled_client, words, place, welsh)


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        # guards (pass on main too): the past, an animal, bruises of no assault
        ("my uncle raped me when i was 9", "Norwich", False),
        ("i think about what he did every day", "York", False),
        ("they said a dog attacked me", "York", False),
        ("nath y ci ymosod arna i ddoe", "Wrecsam", True),
        ("i have bruises after football today", "York", False),
        ("he hit me and i have bruises", "York", False),
        # a habit of the past, with the bruises it left (bruises now read: kept)
        ("he used to force himself on me and leave bruises", "York", False),
    ],
)
def test_the_past_or_no_assault_gets_no_warning(bundled_client, words, place, welsh):
    assert not _warned(bundled_client, words, place, welsh)


@pytest.mark.parametrize(
    "words",
    [
        "it hurts when i think about what she did to me",
        "i feel so hurt by what happened to me",
    ],
)
def test_a_hurt_of_feeling_gets_the_survivors_national_lines(bundled_client, words):
    """The hurt is read as distress, not as a word to find in a listing: two local services
    far apart (the only listings with "hurts" in them) were the only cards."""
    cards = cards_and_words(searched(bundled_client, words))
    firsts = " ".join(text for _, text in cards[:5])
    assert len(cards) > 2, cards
    assert "24/7 Rape" in firsts or "NAPAC" in firsts, firsts


#: the lines for images shared or threatened, read from "naked" or "noeth"
IMAGE_LINES = ("Revenge Porn", "CEOP", "Internet Watch")


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("woke up naked in his flat and cant remember a thing", "Bath", False),
        ("ddeffrais i'n noeth yn nhŷ rhywun heb gofio dim", "Aberystwyth", True),
    ],
)
def test_waking_undressed_gets_a_centre_not_the_image_lines(bundled_client, words, place, welsh):
    """Waking up undressed is read as an assault for the cards too: a sexual assault referral
    centre or the rape line among the first cards, and none of the lines for images."""
    cards = cards_and_words(searched(bundled_client, words, place, welsh=welsh))
    firsts = " ".join(text for _, text in cards[:5])
    assert any(line in firsts for line in ("SARC", "Referral Centre", "24/7 Rape")), firsts
    assert not any(line in firsts for line in IMAGE_LINES), firsts


def test_waking_undressed_for_the_heat_gets_no_warning(bundled_client):
    # guard (passes on main too): a reason of their own, with a time
    assert not _warned(bundled_client, "woke up naked this morning because it was boiling", "Bath")
