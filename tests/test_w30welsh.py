"""(twenty-fourth walk-through F5) A child's own words, dialect or text-speak, are not called
misspelt when the "correction" would give the same first screen; a misspelt kind of help, or a
typo that finds clearly different services, still is."""

import pytest

from tests.helpers import searched as _page


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("dwi'm isio mynd adre, mae ewythr fi'n cyffwrdd fi. dwi'n 13", "Porthmadog", True),
        ("ma cyfnithar fi di brifo fi. 12 oed", "Bala", True),
        # (twenty-seventh walk-through F2) a Welsh command made from "help": not misspelt
        ("plis helpa fi", "Pwllheli", True),
        ("helpa fi dwi'n 11 oed", "Rhyl", True),
        ("helpwch fi plis", "", True),
        ("dwi'm yn licio be ma taid yn neud i fi", "Llangefni", True),
        ("my cuzin keeps touchin me an im scared", "Barnsley", False),
        ("my stepbruther does stuff 2 me at nite", "", False),
    ],
)
def test_a_childs_own_words_are_not_called_misspelt(bundled_client, words, place, welsh):
    page = _page(bundled_client, words, place, welsh)
    assert page.select_one(".app-suggestion") is None, page.select_one(".app-suggestion")


@pytest.mark.parametrize(
    ("words", "welsh"),
    [
        ("conselling for my daughter", False),
        ("helpine for parents", False),
        ("angen cwnsla i fy mab", True),
    ],
)
def test_a_misspelt_kind_of_help_is_still_offered_the_correction(bundled_client, words, welsh):
    page = _page(bundled_client, words, "Wrexham", welsh)
    assert page.select_one(".app-suggestion a") is not None


@pytest.mark.parametrize(
    ("words", "shown", "welsh"),
    [("cousnelling for my son", "counselling", False), ("angen cymorht i blant", "cymorth", True)],
)
def test_the_offer_shows_the_corrected_words_only(bundled_client, words, shown, welsh):
    line = _page(bundled_client, words, "", welsh).select_one(".app-suggestion")
    assert line is not None
    text = line.get_text(" ")
    assert shown in text, text
    assert words.split()[0] not in text and words.split()[-1] not in text, text
