"""(w55own, check58 finding 3) Suicide said in the languages most spoken in England and Wales
after English and Welsh got nothing: no warning, no Samaritans, Childline and the rape line
first. A wish to die, to kill oneself or not to live, or too many pills taken, now gets the
English life-at-risk warning and Samaritans first (Samaritans and 999 can arrange
interpreters); the word for suicide alone, as "suicide" alone in English, Samaritans first.

Guards (not wanting to die, dying of hunger, missing someone "to death" in Chinese, a name,
a Welsh page) pass on main too, and say so.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned, warned_then_first

OWN_LIFE = "If your life is at risk now"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("me quiero matar", "Luton"),  # Spanish
        ("J'ai envie de mourir", "Nottingham"),  # French
        ("nie chcę już żyć", "Peterborough"),  # Polish
        ("nie chce juz zyc", "Peterborough"),  # Polish, typed without its letters
        ("vreau să mă sinucid", "Harrow"),  # Romanian
        ("quero morrer", "Northampton"),  # Portuguese
        ("voglio morire", "Bedford"),  # Italian
        ("noriu nusižudyti", "Boston"),  # Lithuanian
        ("ölmek istiyorum", "Enfield"),  # Turkish
        ("أريد أن أنتحر", "Sheffield"),  # Arabic
        ("میں مرنا چاہتی ہوں", "Bradford"),  # Urdu
        ("main marna chahta hoon", "Oldham"),  # Urdu or Panjabi in Latin letters
        ("আমি মরতে চাই", "Tower Hamlets"),  # Bengali
        ("我不想活了", "Liverpool"),  # Chinese
        ("me tomé todas las pastillas", "Reading"),  # Spanish: took all the pills
    ],
)
def test_a_wish_to_die_in_another_language_warns_and_brings_samaritans(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    warned_then_first(soup, OWN_LIFE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("samobójstwo", "Slough"),  # Polish: suicide
        ("আত্মহত্যা", "Luton"),  # Bengali: suicide
        ("自殺", "Manchester"),  # Chinese: suicide
    ],
)
def test_the_word_for_suicide_alone_brings_samaritans_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("no quiero morir", "Luton", False),
        ("nu vreau să mor", "Harrow", False),
        ("me muero de hambre", "Reading", False),
        ("我想死你了", "Liverpool", False),
        ("Marie Mourir", "Bedford", False),
        ("mae fy nain wedi marw ac roedd hi'n garedig", "Abertawe", True),
    ],
)
def test_guard_not_wanting_to_die_hunger_missing_someone_a_name_or_a_welsh_page_has_no_warning(
    bundled_client, words, place, welsh
):
    """Guard: passes on main too."""
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert not warned(soup, OWN_LIFE), words
