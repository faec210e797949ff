"""(w64danger, check63 finding 5) Injuries and strangling said other ways, shown no warning:

- strangled or choked, with what it left said now ("he choked me during sex and now my voice
  is hoarse"): "during" was read as a time past, and a hoarse voice or pain swallowing was not
  read as an injury. Non-fatal strangulation needs medical help even when someone feels fine;
  the page now shows its injury warning, "In danger now? Call 999…", as it does for "he
  choked me";
- ribs "cracked" by a kick ("i think my ribs are cracked he kicked me"), as "broken" is read;
- Welsh strangled in the perfect ("mae o wedi fy nhagu i"), which is of now.

Other words and towns than the report's. The guards (choked on food, a cracked phone, a sore
voice from singing, the past) pass on main too.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, texts_of

DANGER = "In danger now? Call 999"
DANGER_CY = "Mewn perygl nawr?"


def _box(client, words: str, place: str, welsh: bool = False) -> str:
    return " ".join(texts_of(searched(client, words, place, welsh=welsh), ".app-danger-now"))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my boyfriend strangled me during an argument and it hurts to swallow", "Warrington"),
        ("he strangled me during sex and my voice is raspy now", "Crewe"),
        ("my husband punched me and my ribs feel cracked", "Macclesfield"),
    ],
)
def test_strangling_or_cracked_ribs_get_the_999_box(bundled_client, words, place):
    assert DANGER in _box(bundled_client, words, place)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ma fe wedi fy nhagu", "Wrecsam"),
        ("mae hi newydd fy nhagu i a dwi'n crynu", "Bangor"),
    ],
)
def test_welsh_strangled_in_the_perfect_gets_the_999_box(bundled_client, words, place):
    assert DANGER_CY in _box(bundled_client, words, place, welsh=True)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): food, a phone, singing, a bike, the past
        ("i choked on a fish bone and it hurts to swallow", "Warrington"),
        ("i cracked my phone screen and my ribs hurt from laughing", "Crewe"),
        ("my voice is croaky after the karaoke", "Macclesfield"),
        ("my ribs feel cracked after i came off my bike", "Chester"),
        ("my ex choked me years ago and my voice was hoarse for weeks", "Stockport"),
    ],
)
def test_calm_twins_get_no_999_box(bundled_client, words, place):
    assert DANGER not in _box(bundled_client, words, place)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): before, the past
        ("mae o wedi fy nhagu i o'r blaen", "Wrecsam"),
        ("roedd o'n arfer fy nhagu i pan oeddwn i'n ifanc", "Bangor"),
    ],
)
def test_welsh_calm_twins_get_no_999_box(bundled_client, words, place):
    assert DANGER_CY not in _box(bundled_client, words, place, welsh=True)
