"""(w57lang, check59 finding 8) Short words in another language, and little English said.

A few words in French, Romanian, Turkish, Portuguese, Italian, Lithuanian or Urdu in Latin
letters were read as misspelt English: no line saying a service may arrange an interpreter
(as a longer Spanish sentence got), and "Search with the spelling corrected" offering an
English word that has nothing to do with them. Little English said ("i no speak english")
got no interpreter line either.

Guards (English words that look foreign, a Welsh page, a place name, a real English
misspelling) pass on main too, and say so.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names

INTERPRETER = "You can ask a service whether it can arrange an interpreter."
#: (w56fit) the line for an interpreter asked for, which little English also brings on main
INTERPRETERS = "You can ask a service whether it can arrange one."


def _said(soup) -> str:
    return " ".join(soup.get_text(" ").split())


def _suggested(soup) -> bool:
    return soup.select_one(".app-suggestion") is not None


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mon frère me touche", "Reading"),  # French
        ("unchiul meu mă atinge", "Leicester"),  # Romanian
        ("babam bana dokundu", "Enfield"),  # Turkish
        ("meu padrasto me tocou", "Northampton"),  # Portuguese
        ("mio zio mi tocca", "Bedford"),  # Italian
        ("dėdė mane liečia", "Boston"),  # Lithuanian
        ("mera chacha mujhe chhuta hai", "Bradford"),  # Urdu in Latin letters
        ("my dad hurt me, i no speak english", "Wolverhampton"),  # little English
        ("english not good. my stepbrother touch me", "Oldham"),
    ],
)
def test_a_few_words_in_another_language_or_little_english_get_the_interpreter_line(
    bundled_client, words, place
):
    said = _said(searched(bundled_client, words, place))
    assert INTERPRETER in said or INTERPRETERS in said, words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("bunicul mă atinge", "Leicester"),  # Romanian: grandad touches me
        ("amcam bana dokundu", "Croydon"),  # Turkish: my uncle touched me
        ("quero morrer", "Swindon"),  # Portuguese: I want to die
        ("voglio morire", "Watford"),  # Italian
        ("noriu mirti", "Boston"),  # Lithuanian
    ],
)
def test_words_in_another_language_are_not_offered_an_english_spelling(
    bundled_client, words, place
):
    assert not _suggested(searched(bundled_client, words, place)), words


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("my nana touched me", "Stoke-on-Trent", False),
        ("my viola teacher touched my son", "York", False),
        ("she is not english and her uncle hurt her", "Leeds", False),
        ("abuse counselling in Ashby de la Zouch", "Leicester", False),
        ("mae fy llystad yn fy nghyffwrdd", "Caerdydd", True),
    ],
)
def test_guard_english_words_that_look_foreign_a_place_or_a_welsh_page_get_no_interpreter_line(
    bundled_client, words, place, welsh
):
    """Guard: passes on main too."""
    assert INTERPRETER not in _said(searched(bundled_client, words, place, welsh=welsh)), words


def test_guard_a_real_english_misspelling_is_still_corrected(bundled_client):
    """Guard: passes on main too."""
    assert _suggested(searched(bundled_client, "councilling for my daughter", "Hull"))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mi abuelo me toca", "Preston"),  # Spanish: my grandad touches me
        ("mi primo me violó", "Swindon"),  # Spanish: my cousin raped me
        ("üvey babam bana dokundu", "Ipswich"),  # Turkish: my stepdad touched me
        ("abim beni taciz ediyor", "Hackney"),  # Turkish: my brother abuses me
        ("babam bana dokunuyor", "Haringey"),  # Turkish: my dad touches me
        ("tatăl meu vitreg m-a violat", "Leicester"),  # Romanian: my stepdad raped me
    ],
)
def test_abuse_said_in_another_language_is_read_as_its_english_twin(bundled_client, words, place):
    """Who harms and what they do, in another language: Childline first, as for "my grandad
    touches me", and the interpreter line."""
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup))[0] == "Childline", (words, talk_box(soup))
    assert INTERPRETER in _said(soup), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mi hija dice que su tío la toca", "Preston"),  # a parent: her uncle touches her
        ("meu filho diz que o avô mexe com ele", "Luton"),  # a parent, in Portuguese
    ],
)
def test_guard_a_parent_in_another_language_is_not_read_as_a_child(bundled_client, words, place):
    """Guard: passes on main too."""
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup))[0] != "Childline", (words, talk_box(soup))
