"""(w46place; the fifteenth Welsh review, F1, F3, F4, F5) A recent assault said the commonest
Welsh way ("dau ddiwrnod yn ôl": the day softens after "dau"; "wythnos yn ôl") brought no
warning; four Welsh language names were not the standard ones and the standard ones typed were
not read; Welsh ways of asking for a language ("cyfieithydd Arabeg", "dim ond Somaleg",
"Pwyleg yn unig") were not read; and a language named was searched as a word, so "help, in
Polish" found no local service where "help" found one (English pages too).

The tests use other words, numbers and towns than the review's.
"""

from __future__ import annotations

import pytest

from .helpers import asked_which, cards_and_words, searched, texts_of

WARNING_CY = "Os digwyddodd yn y dyddiau diwethaf"
WARNING_EN = "in the last few days"


def said(soup) -> str:
    return " ".join(soup.get_text(" ").split())


def heads(client, words: str, heading: str, welsh: bool, where: str = "") -> None:
    """The page for ``words`` (and ``where``) is headed ``heading`` (at its start)."""
    h1 = searched(client, words, where, welsh=welsh).h1.get_text(" ", strip=True)
    assert h1.startswith(heading), h1


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("cefais i fy nhreisio gan ffrind ddau ddiwrnod yn ôl", "Pwllheli"),
        ("ymosododd dyn yn rhywiol arna i 2 ddiwrnod yn ol", "Dinbych"),
        ("cafodd fy chwaer ei threisio wythnos yn ôl, mae hi'n 15", "Aberdâr"),
    ],
)
def test_an_assault_days_ago_said_in_welsh_brings_the_warning(bundled_client, words, town):
    assert WARNING_CY in said(searched(bundled_client, words, town, welsh=True))


@pytest.mark.parametrize(
    ("words", "town"),
    [
        # guard (passes on main too): long ago is not recent, and the English page still warns
        ("ces i fy ngham-drin gan fy nhad flynyddoedd yn ôl", "Pwllheli"),
    ],
)
def test_years_ago_in_welsh_brings_no_warning(bundled_client, words, town):
    assert WARNING_CY not in said(searched(bundled_client, words, town, welsh=True))


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("dydy fy nhad ddim ond yn siarad Pwnjabeg", "Pwnjabeg"),
        ("oes cymorth yn Somaleg i fy modryb", "Somaleg"),
        ("oes rhywun sy'n siarad Tamileg", "Tamileg"),
        ("mae angen siaradwr Tyrceg ar fy nain", "Tyrceg"),
        ("mae eisiau cyfieithydd Cwrdeg ar fy ewythr", "Cwrdeg"),
        ("dydy dad ddim yn deall Saesneg, Rwmaneg mae e'n siarad", "Rwmaneg"),
        ("cymorth drwy gyfrwng Portiwgaleg plis", "Portiwgaleg"),
        ("Sbaeneg yn unig sydd gan fy mam", "Sbaeneg"),
    ],
)
def test_a_language_asked_the_welsh_way_is_named_in_welsh(bundled_client, words, named):
    text = said(searched(bundled_client, words, "Casnewydd", welsh=True))
    assert f"Does dim un gwasanaeth yma yn dweud ei fod yn siarad {named}." in text, text[:500]


@pytest.mark.parametrize(
    ("words", "plain", "town", "welsh"),
    [
        ("angen cymorth yn Arabeg", "angen cymorth", "Caerfyrddin", True),
        ("need support in Lithuanian", "need support", "Doncaster", False),
    ],
)
def test_naming_a_language_does_not_hide_the_local_services(
    bundled_client, words, plain, town, welsh
):
    asked = [i for i, _ in cards_and_words(searched(bundled_client, words, town, welsh=welsh))]
    without = [i for i, _ in cards_and_words(searched(bundled_client, plain, town, welsh=welsh))]
    assert asked[:4] == without[:4], (asked[:5], without[:5])


@pytest.mark.parametrize(
    ("words", "heading"),
    [
        ("dw i'n byw ym Mhorthmadog ac mae angen help arna i", "Gwasanaethau ger Porthmadog"),
        ("dw i'n 13 ac yn byw yn Nhregaron, mae rhywun yn fy mrifo", "Gwasanaethau ger Tregaron"),
        ("rydyn ni'n byw yn y Barri ac mae angen cymorth arnon ni", "Gwasanaethau ger y Barri"),
    ],
)
def test_where_someone_says_they_live_is_kept_whatever_follows(bundled_client, words, heading):
    heads(bundled_client, words, heading, welsh=True)  # the place box left empty


@pytest.mark.parametrize(
    ("typed", "welsh", "heading"),
    [
        ("Cymru", True, "Gwasanaethau yng Nghymru"),
        ("Lloegr", True, "Gwasanaethau yn Lloegr"),
        ("Wales", False, "Services in Wales"),
        ("England", False, "Services in England"),
    ],
)
def test_a_whole_country_is_searched_in_not_near(bundled_client, typed, welsh, heading):
    # (fifteenth Welsh review F9) "ger Cymru" is somewhere just outside Wales
    soup = searched(bundled_client, "cwnsela" if welsh else "counselling", typed, welsh=welsh)
    assert soup.h1.get_text(" ", strip=True) == heading, soup.h1.get_text()


@pytest.mark.parametrize(
    ("words", "welsh", "line"),
    [
        (
            "oes rhywun sy'n siarad Bengaleg, Wrdw neu Pwnjabeg",
            True,
            "yn siarad Bengaleg, Wrdw neu Bwnjabeg.",
        ),
        (
            "counselling in Somali, Arabic or Amharic for my sister",
            False,
            "offers support in Somali, Arabic or Amharic.",
        ),
    ],
)
def test_three_languages_named_are_all_named_back(bundled_client, words, welsh, line):
    # (fifteenth Welsh review F6) only the name after "neu" mutates
    assert line in said(searched(bundled_client, words, "Abertawe", welsh=welsh))


@pytest.mark.parametrize(
    ("words", "welsh", "heading"),
    [
        (
            "rydyn ni'n byw yn Abertawe ond mae dad yn byw yng Nghaerfyrddin",
            True,
            "Gwasanaethau ger Abertawe",
        ),
        ("we live in Bristol but my nan lives in Bath", False, "Services near Bristol"),
    ],
)
def test_where_the_writer_lives_is_searched_not_where_another_person_does(
    bundled_client, words, welsh, heading
):
    heads(bundled_client, words, heading, welsh)  # (fifteenth Welsh review F7)


@pytest.mark.parametrize(
    ("words", "welsh", "offered"),
    [
        ("dw i'n byw yn Llanfair ac mae ofn arna i", True, "Llanfair"),
        ("we live in Rothwell and my son has been abused", False, "Rothwell"),
    ],
)
def test_a_name_several_places_share_said_in_the_words_asks_which(
    bundled_client, words, welsh, offered
):
    # (fifteenth Welsh review F8) the same name in the place box already asks
    soup = searched(bundled_client, words, "", welsh=welsh)
    choices = asked_which(soup) if not welsh else texts_of(soup, ".app-place-choices li")
    assert len(choices) > 1 and all(c.startswith(offered) for c in choices), choices
