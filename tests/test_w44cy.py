"""(w44cy, fourteenth Welsh review) Welsh places found and named as Welsh speakers name them.

F5: Newborough in Anglesey (Niwbwrch) was missing, so "Newborough" was taken without a word as
the village near Peterborough and a Welsh child lost Meic; F1: Towyn in Conwy is Tywyn in
Welsh, and Tywyn in Gwynedd was named by its former English spelling "Towyn" on Welsh pages;
P5: a former English spelling typed (GeoNames keeps them as other names) was named back.
Tested through the pages, the spelling rule with other towns than the review's (Caernarfon,
Porthmadog), and guards that English pages and Welsh other names keep their behaviour."""

from __future__ import annotations

import pytest

from tests.helpers import page, talk_box, text_of, texts_of


def _results(client, location: str, welsh: bool = True, q: str = "cwnsela i oedolion"):
    path = "/cy/search" if welsh else "/search"
    return page(client.get(path, query_string={"q": q, "location": location}))


def _choices(soup) -> list[str]:
    return texts_of(soup, ".app-place-choices li")


# --- F5: Niwbwrch / Newborough --------------------------------------------------------------


def test_niwbwrch_typed_in_welsh_is_found_in_ynys_mon(bundled_client):
    soup = _results(bundled_client, "Niwbwrch", q="dw i'n 14 ac mae rhywun yn anfon lluniau ata i")
    assert "ger Niwbwrch, Ynys Môn" in text_of(soup, "h1")
    assert talk_box(soup)[0].startswith("Llinell gymorth Meic"), talk_box(soup)


def test_newborough_asks_which_and_a_welsh_child_keeps_meic(bundled_client):
    soup = _results(bundled_client, "newborough", q="dw i'n 13 a mae rhywun yn fy mrifo i")
    choices = _choices(soup)
    assert "Niwbwrch, Ynys Môn" in choices, choices
    assert any("Peterborough" in c for c in choices), choices
    assert not text_of(soup, "h1").startswith("Gwasanaethau ger"), text_of(soup, "h1")
    assert talk_box(soup)[0].startswith("Llinell gymorth Meic"), talk_box(soup)


def test_newborough_on_the_english_page_names_both_in_english(bundled_client):
    choices = _choices(_results(bundled_client, "Newborough", welsh=False, q="counselling"))
    assert "Newborough, Isle of Anglesey" in choices, choices
    assert any(c.startswith("Newborough, City of Peterborough") for c in choices), choices


# --- F1: Tywyn in Gwynedd and Towyn (Tywyn) in Conwy -----------------------------------------


@pytest.mark.parametrize("typed", ["Towyn", "TYWYN", "tywyn"])
def test_either_spelling_asks_with_both_named_tywyn_on_a_welsh_page(bundled_client, typed):
    choices = _choices(_results(bundled_client, typed))
    assert choices == ["Tywyn, Gwynedd", "Tywyn, Conwy"], choices


@pytest.mark.parametrize("typed", ["Tywyn, Conwy", "tywyn conwy"])
def test_tywyn_with_conwy_is_the_conwy_village(bundled_client, typed):
    assert "ger Tywyn, Conwy" in text_of(_results(bundled_client, typed), "h1")


def test_the_english_page_names_the_conwy_village_towyn(bundled_client):
    # guard for the English page: Tywyn in Gwynedd by its name, Towyn in Conwy by its English one
    choices = _choices(_results(bundled_client, "Towyn", welsh=False, q="counselling"))
    assert choices == ["Tywyn, Gwynedd", "Towyn, Conwy"], choices


# --- P5: a former English spelling is found, and the town named by its name ------------------


@pytest.mark.parametrize(
    ("typed", "named", "not_named"),
    [
        ("Carnarvon", "ger Caernarfon, Gwynedd", "Carnarvon"),
        ("portmadoc", "ger Porthmadog, Gwynedd", "Portmadoc"),
        ("Towyn, Gwynedd", "ger Tywyn, Gwynedd", "Towyn"),
    ],
)
def test_a_former_spelling_is_not_named_back_on_a_welsh_page(
    bundled_client, typed, named, not_named
):
    heading = text_of(_results(bundled_client, typed), "h1")
    assert named in heading and not_named not in heading, heading


@pytest.mark.parametrize("typed", ["Carnarvon", "Portmadoc"])
def test_the_english_page_names_the_town_by_its_name_too(bundled_client, typed):
    # guard: the English page already named these towns by their own names
    heading = text_of(_results(bundled_client, typed, welsh=False, q="counselling"), "h1")
    assert typed not in heading, heading


@pytest.mark.parametrize(
    ("typed", "named"), [("Caergybi", "ger Caergybi, Ynys Môn"), ("Dinbych", "ger Dinbych")]
)
def test_a_welsh_other_name_is_still_named_as_typed(bundled_client, typed, named):
    # guard: a town's Welsh name (GeoNames' other name) is named back as before
    assert named in text_of(_results(bundled_client, typed), "h1")


# --- F4: Llanfair on Ynys Môn, and a town after the comma among names that start so ----------


@pytest.mark.parametrize("typed", ["Llanfair, Ynys Môn", "llanfair, mon", "Llanfair, Sir Fôn"])
def test_llanfair_on_ynys_mon_is_llanfairpwllgwyngyll(bundled_client, typed):
    heading = text_of(_results(bundled_client, typed), "h1")
    assert heading.startswith("Gwasanaethau ger Llanfair") and "Ynys Môn" in heading, heading


def test_llanfair_pg_is_found(bundled_client):
    heading = text_of(_results(bundled_client, "llanfair pg", welsh=False, q="counselling"), "h1")
    assert heading.startswith("Services near") and "Isle of Anglesey" in heading, heading


def test_bare_llanfair_asks_among_anglesey_powys_and_gwynedd(bundled_client):
    choices = _choices(_results(bundled_client, "Llanfair"))
    councils = sorted(c.rsplit(", ", 1)[-1] for c in choices)
    assert councils == ["Gwynedd", "Powys", "Ynys Môn"], choices


def test_each_llanfair_choice_leads_to_the_place_it_names(bundled_client):
    # a council typed after a name is that council before the preserved county of its name:
    # "Llanfair, Gwynedd" (the village by Harlech) is not Llanfairpwllgwyngyll, in Anglesey,
    # whose preserved county is Gwynedd
    soup = _results(bundled_client, "Llanfair", welsh=False, q="counselling")
    links = soup.select(".app-place-choices li a[href]")
    assert len(links) == 3
    for link in links:
        named = " ".join(link.get_text().split())
        heading = text_of(page(bundled_client.get(link["href"])), "h1")
        assert heading.startswith(f"Services near {named}"), (named, heading)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Newton, Torquay", "Newton Abbot"),  # Newton is Newton Regis elsewhere, a village
        ("Milton, Bletchley", "Milton Keynes"),
        ("Llanfair, Y Trallwng", "Llanfair Caereinion"),
    ],
)
def test_a_town_after_the_comma_chooses_among_places_whose_names_start_so(
    bundled_client, typed, meant
):
    soup = _results(bundled_client, typed, welsh=False, q="counselling")
    assert text_of(soup, "h1").startswith(f"Services near {meant}"), text_of(soup, "h1")


# --- F2, F3: English counties typed in Welsh --------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "county"),
    [
        ("Swydd Efrog", "North Yorkshire"),  # Efrog: York
        ("Swydd Gaerhirfryn", "Lancashire"),  # Caerhirfryn: Lancaster, softened after "swydd"
        ("sir gaerwrangon", "Worcestershire"),  # Caerwrangon: Worcester
    ],
)
def test_the_shire_of_a_county_town_is_the_county_not_the_town(bundled_client, typed, county):
    heading = text_of(_results(bundled_client, typed), "h1")
    assert heading == f"Gwasanaethau ger {county}", heading


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        ("Scarborough, Swydd Efrog", "Scarborough"),  # 40 miles from York, in its county
        ("Malvern, Swydd Gaerwrangon", "Malvern"),
        ("Ryde, Ynys Wyth", "Ryde"),  # the Welsh name our pages print for the Isle of Wight
    ],
)
def test_a_town_typed_with_its_county_in_welsh_is_found_there(bundled_client, typed, town):
    soup = _results(bundled_client, typed)
    heading = text_of(soup, "h1")
    assert heading.startswith("Gwasanaethau ger") and town in heading, heading
    # the county was read, not set aside: no "we did not recognise what you wrote after..."
    assert "Doedden ni ddim yn adnabod" not in soup.get_text(), heading


def test_ynys_wyth_alone_is_the_isle_of_wight(bundled_client):
    assert text_of(_results(bundled_client, "ynys wyth"), "h1") == "Gwasanaethau ger Ynys Wyth"


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("Sir Gâr", "Sir Gaerfyrddin"),
        ("Sir Fynwy", "Sir Fynwy"),
        ("Aberystwyth, Sir Aberteifi", "Aberystwyth, Ceredigion"),
        ("Sir Ddinbych", "Sir Ddinbych"),
    ],
)
def test_welsh_counties_after_sir_keep_their_welsh_names(bundled_client, typed, named):
    # guard: Welsh councils and old counties after "Sir" are read as before
    assert named in text_of(_results(bundled_client, typed), "h1")


# --- F6: a council typed after the comma in another of its forms chooses, never set aside ------


@pytest.mark.parametrize(
    ("typed", "named", "welsh"),
    [
        ("Ely, Dinas Caerdydd", "ger Trelái, Caerdydd", True),
        ("Whitchurch, Dinas a Sir Caerdydd", "ger yr Eglwys Newydd, Caerdydd", True),
        ("Broughton, Flintshire County", "near Broughton, Flintshire", False),
    ],
)
def test_a_council_named_its_own_way_after_a_shared_name_chooses_the_place(
    bundled_client, typed, named, welsh
):
    soup = _results(bundled_client, typed, welsh=welsh)
    assert named in text_of(soup, "h1"), text_of(soup, "h1")
    assert not _choices(soup), _choices(soup)


# --- F8: Newport in Pembrokeshire is Trefdraeth on a Welsh page --------------------------------


def test_the_newport_list_names_the_pembrokeshire_town_trefdraeth_on_a_welsh_page(bundled_client):
    choices = _choices(_results(bundled_client, "Newport"))
    assert "Trefdraeth, Sir Benfro" in choices, choices
    assert not any(c.startswith("Newport, Sir Benfro") for c in choices), choices


def test_the_english_newport_list_keeps_newport_pembrokeshire(bundled_client):
    # guard: English pages name the town in English
    choices = _choices(_results(bundled_client, "Newport", welsh=False, q="counselling"))
    assert "Newport, Pembrokeshire" in choices, choices


# --- F7: words typed with no comma are not answered as two places ------------------------------


@pytest.mark.parametrize(
    ("typed", "welsh", "said"),
    [
        ("Dyffryn Conwy", True, "Efallai ei fod yn agos at un o’r rhain"),
        ("Bro Ddyfi Powys", True, "Efallai ei fod yn agos at un o’r rhain"),
        ("Pentrebach Merthyr", False, "It may be near one of these"),
    ],
)
def test_one_phrase_we_cannot_find_is_not_called_two_places(bundled_client, typed, welsh, said):
    text = " ".join(_results(bundled_client, typed, welsh=welsh).get_text().split())
    assert said in text, text[:400]
    assert "lle cyntaf" not in text and "first place you wrote" not in text


def test_with_a_comma_the_first_place_is_still_named_so(bundled_client):
    # guard: "cwmaman, aberdar" was typed as two parts; the page says so, as before
    text = " ".join(_results(bundled_client, "cwmaman, aberdar").get_text().split())
    assert "Doedden ni ddim yn gallu dod o hyd i’r lle cyntaf" in text
