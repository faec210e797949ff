"""(w48own; sixteenth Welsh review F4, F5, F6) On Welsh pages: a second language after "a"
("and") takes the aspirate mutation ("Wrdw a Phashto") and was lost, so the line named only
the first; a Welsh nationality or country with little English ("mae nhad yn Lithwanaidd a
dydy o ddim yn deall Saesneg", "o Bortiwgal") gave no line where the English "my dad is
Lithuanian" does; and the line for words in another language said "Gallwch chi ofyn am
gyfieithydd." ("You can ask for an interpreter"), narrower than its English and than its twin
sentence's Welsh. Through the page's language line; other words, languages and towns than the
review's."""

from __future__ import annotations

import pytest

from .helpers import searched, texts_of

TWIN = "Gallwch chi ofyn i wasanaeth a all drefnu rhywun i gyfieithu."


def _line(soup) -> str:
    return " ".join(texts_of(soup, ".app-language-note"))


@pytest.mark.parametrize(
    ("words", "town", "named"),
    [
        ("mae nain yn siarad Wrdw a Phashto", "Aberystwyth", "Wrdw neu Bashto"),
        ("mae'r teulu'n siarad Bengaleg a Thamileg", "Caernarfon", "Bengaleg neu Damileg"),
        ("dim ond Ffarsi a Chwrdeg mae fy modryb yn siarad", "Llandudno", "Ffarsi neu Gwrdeg"),
    ],
)
def test_a_second_language_after_a_is_named_with_its_mutation(bundled_client, words, town, named):
    line = _line(searched(bundled_client, words, town, welsh=True))
    assert f"yn siarad {named}." in line, line


@pytest.mark.parametrize(
    ("words", "town", "named"),
    [
        (
            "mae fy nhad yn Lithwanaidd a dydy o ddim yn deall Saesneg",
            "Aberteifi",
            "Lithwaneg",
        ),
        (
            "does gan nain ddim gair o Saesneg, mae hi'n dod o Bortiwgal",
            "Llanelli",
            "Portiwgaleg",
        ),
        # (w48bwyles, seventeenth Welsh review F8) the person, not the adjective
        ("mae taid yn Bwyliad a dydy o ddim yn siarad Saesneg", "Rhuthun", "Pwyleg"),
        ("mae fy mam yn Eidales a does ganddi ddim Saesneg", "Dinbych", "Eidaleg"),
    ],
)
def test_a_welsh_nationality_with_little_english_names_the_language(
    bundled_client, words, town, named
):
    line = _line(searched(bundled_client, words, town, welsh=True))
    assert f"yn siarad {named}." in line, line
    assert TWIN in line, line


def test_guard_a_nationality_with_good_english_is_no_language_line(bundled_client):
    """Guard (passes on main too): a nationality said with good English asks for nothing."""
    soup = searched(
        bundled_client, "mae fy nhad yn Rwsiaidd ac yn siarad Saesneg yn dda", "Bangor", welsh=True
    )
    assert _line(soup) == ""


def test_words_in_another_language_get_the_same_welsh_as_the_twin_sentence(bundled_client):
    soup = searched(
        bundled_client,
        "Minha filha foi abusada pelo avô, preciso de ajuda urgente",
        "Y Fflint",
        welsh=True,
    )
    assert _line(soup) == TWIN
