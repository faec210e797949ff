"""(w64danger, check63 finding 2; twenty-sixth Welsh review F2) Danger now said in still other
ways, each shown no "In danger now? Call 999" box:

- someone drunk or angry hitting a parent, the parent named without "my" ("my dad is drunk and
  hitting mum"); Welsh with the state said first or with no time ("mae fy nhad yn taro mam");
- someone coming back, said with a plea for help ("hes coming back and i need help now", as
  texted "coming bak");
- in a car or taxi that will not stop, or being touched there now;
- Welsh: someone in the house and the asker hiding ("mae rhywun yn y tŷ a dwi'n cuddio");
- a professional told that a child is terrified of someone coming to take them;
- Welsh "can't speak" with someone near ("fi methu siarad, ma fe yn y tŷ"), as the English "i
  cant speak hes in the next room" is read.

Other words and towns than the reports'. The guards (the past, a habit, a game, a fear of the
dentist, a calm sentence) pass on main too.
"""

from __future__ import annotations

import pytest

from tests.helpers import posted_results, searched, texts_of

DANGER = "In danger now? Call 999"
DANGER_CY = "Mewn perygl nawr?"


def _box(client, words: str, place: str, lang: str = "en", professional: bool = False) -> str:
    if professional:
        client = client.application.test_client()
        soup = posted_results(client, words, place, lang, professional=True)
    else:
        soup = searched(client, words, place, welsh=lang == "cy")
    return " ".join(texts_of(soup, ".app-danger-now"))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("help my stepdad is wasted and punching my brother", "Rotherham"),
        ("my mums boyfriend is raging and hitting mum", "Wigan"),
        ("hes coming back i need help now pls", "Bolton"),
        ("my ex is coming back and i need help right now", "Doncaster"),
        ("plz i ned help rn shes coming bk", "Hull"),
        ("im in a cab and the driver wont pull over", "Luton"),
        ("we are in his car and he keeps stroking my knee", "Slough"),
    ],
)
def test_danger_now_said_otherwise_gets_the_999_box(bundled_client, words, place):
    assert DANGER in _box(bundled_client, words, place)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae fy llystad wedi meddwi ac yn curo fy mrawd", "Caerffili"),
        ("mae dad yn bwrw mam", "Llanelli"),
        ("mae dyn lawr grisiau ac rydw i'n cuddio", "Aberdâr"),
        ("mae rhywun tu allan a dwi'n cuddio", "Llangefni"),
        # the Welsh review's "can't speak", in other words
        ("alla i ddim siarad, ma fe lawr staer", "Castell-nedd"),
        ("dwi methu ffonio, mae o yn y stafell nesa", "Caernarfon"),
    ],
)
def test_welsh_danger_now_gets_the_999_box(bundled_client, words, place):
    assert DANGER_CY in _box(bundled_client, words, place, "cy")


def test_a_professional_told_a_child_is_terrified_of_who_is_coming_gets_999(bundled_client):
    words = "nursery worker: a boy says his stepdad is coming to collect him and he is frightened"
    assert DANGER in _box(bundled_client, words, "Bury", professional=True)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): the past, a calm state, a fear of the dentist, a taxi's
        # talk, help with homework, a coming back next week
        ("my stepdad was wasted every weekend when i was little", "Rotherham"),
        ("my dad is drunk and singing karaoke", "Wigan"),
        ("her mum is coming to pick her up at 4, she is terrified of the dentist", "Bury"),
        ("im in a taxi and the driver wont stop talking about football", "Luton"),
        ("my dad is coming back from work and i need help with my maths", "Doncaster"),
        ("my sister is coming back from uni next week", "Hull"),
    ],
)
def test_calm_twins_get_no_999_box(bundled_client, words, place):
    assert DANGER not in _box(bundled_client, words, place)


def test_a_board_game_won_is_not_a_blow(bundled_client):
    # a false alarm on main ("beating" read as a blow), gone now that "hitting mum" is read
    assert DANGER not in _box(bundled_client, "my brother is beating mum at monopoly", "Bolton")


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a habit, the past, the rain, hiding a present, Welsh said
        # of a language
        ("mae o'n taro mam bob penwythnos", "Caerffili"),
        ("roedd dad yn bwrw mam pan oeddwn i'n fach", "Llanelli"),
        ("mae hi'n bwrw glaw trwy'r dydd", "Aberdâr"),
        ("mae fy chwaer adre a dwi'n cuddio ei hanrheg", "Llangefni"),
        ("dwi methu siarad cymraeg yn dda, mae o yn y tŷ", "Caernarfon"),
    ],
)
def test_welsh_calm_twins_get_no_999_box(bundled_client, words, place):
    assert DANGER_CY not in _box(bundled_client, words, place, "cy")
