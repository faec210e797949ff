"""The eighteenth walk-through's reading and place findings (F1, F2, F3, F6, F7), tested in other
words and places than the report's, both ways, English and Welsh: a relative's child named with
an age is the asker's step-brother or cousin, never the asker's own child; a describing word
before "girl 14" keeps the age; a Welsh name leads to the places that carry it; everyday area
names; towns the gazetteer lacked; a Welsh parent's words read as the English twin's."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, find
from directory.search.asker import who_is_asking
from directory.search.understand import clean_text, understand

from .helpers import page, text_of


def _asker(words: str):
    return who_is_asking(clean_text(words))


# --- F1: a relative's child and their age ------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("my step mums son is 17 and he made me touch him, im 14 boy", 14),
        ("my dads girlfriends son (16) comes in my room at night, i'm 13", 13),
        ("my mums fiances son is 18 and he raped me last week im 15 girl", 15),
        ("my aunties lad is 17 and keeps touching me. im 14", 14),
        ("my nans boyfriends grandson is 16 and he does stuff to me, im 13", 13),
        ("my stepdad's daughter is 17 and makes me do things to her, i am 14", 14),
    ],
)
def test_a_relatives_child_with_an_age_leaves_the_child_asking(words: str, age: int) -> None:
    asker = _asker(words)
    assert (asker.persona, asker.age, asker.for_age) == ("child", age, age)


@pytest.mark.parametrize(
    ("words", "age"),
    [
        # the asker's own child, or their partner's: still a parent, the age the child's
        ("my son is 16 and his stepbrother has been touching him", 16),
        ("my daughter is 15 and was abused by her uncle", 15),
        ("my partners son is 9 and his real dad abused him", 9),
        ("my wifes daughter is 12 and told me her grandad touched her", 12),
    ],
)
def test_the_askers_own_or_partners_child_is_still_a_parents(words: str, age: int) -> None:
    asker = _asker(words)
    assert (asker.persona, asker.for_age) == ("parent", age)


def test_a_child_with_a_relatives_son_aged_gets_the_childrens_line_first(
    bundled_index, gazetteer
) -> None:
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(q="my step mums son is 17 and made me do sexual stuff on saturday, im 14 girl"),
    )
    shown = results.shown_ids()
    assert shown[0] == "childline", shown[:5]
    assert "nspcc-helpline" not in shown[:3] and "parents-protect" not in shown[:3], shown[:5]


# --- F6: a describing word before "girl 14" ----------------------------------------------------


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("autistic boy 13, my stepdad touches me at night", 13),
        ("disabled girl aged 15 my uncle makes me do things", 15),
        ("im a trans boy 16 and my cousin keeps touching me", 16),
        ("hard of hearing girl 12 my brother abuses me", 12),
        ("black muslim girl 14, my uncle touches me", 14),
        ("bachgen awtistig 13, mae fy ewythr yn cyffwrdd fi", 13),
        ("merch fyddar 15 mae fy llystad yn fy nghyffwrdd", 15),
    ],
)
def test_a_describing_word_keeps_a_childs_own_age(words: str, age: int) -> None:
    asker = _asker(words)
    assert (asker.persona, asker.age) == ("child", age)


@pytest.mark.parametrize(
    "words",
    [
        "autistic son's dad here, he's 9 and his uncle touched him",
        "im a disabled girls mum, she is 13 and her stepdad abused her",
        "deaf boys mum, he is 11 and a neighbour touched him",
    ],
)
def test_a_parent_named_as_a_describing_childs_parent_is_a_parent(words: str) -> None:
    assert _asker(words).persona == "parent"


@pytest.mark.parametrize(
    "words",
    [
        "deaf boy 15 touched my daughter",  # who did it, not the asker
        "muslim girl aged 15 disclosed abuse by her uncle, where can she get support",
    ],
)
def test_a_describing_word_does_not_make_someone_elses_age_the_askers(words: str) -> None:
    assert _asker(words).persona != "child"


# --- F3: the Welsh parent's words, as the English twin's -----------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "mae fy mab 6 oed wedi cael ei gam-drin gan ei dad, help iddo fo ac i fi",
        "mae fy merch 9 oed wedi cael ei cham-drin gan ei thad, dwi angen help i fi fy hun",
    ],
)
def test_a_welsh_parent_of_a_child_abused_by_the_father_is_read_as_in_english(words) -> None:
    understood = understand(words)
    assert "family-abuse" in {c.name for c in understood.concepts}
    assert not {"iddo", "fo", "hun", "thad", "iddi", "hi"} & set(understood.words)


def test_a_welsh_mother_of_an_abused_girl_is_not_shown_the_own_thoughts_line_early(
    bundled_index, gazetteer
) -> None:
    request = FindRequest(
        q="mae fy merch 7 oed wedi cael ei cham-drin gan ei thad, help iddi hi ac i fi",
        wales_first=True,
    )
    shown = find(bundled_index, gazetteer, request).shown_ids()
    assert shown[0] == "nspcc-helpline", shown[:5]
    assert "stop-it-now" not in shown[:3] and "stop-it-now-wales" not in shown[:3], shown[:5]


def test_welsh_words_for_her_still_find_a_service_named_with_them(bundled_index, gazetteer):
    # both ways: a Welsh child's own words still reach the Welsh children's line
    request = FindRequest(q="mae fy ewythr yn cyffwrdd fi, dwi'n 12", wales_first=True)
    assert "meic" in find(bundled_index, gazetteer, request).shown_ids()[:3]


# --- F2: a Welsh name leads to the places that carry it ------------------------------------------


def test_a_welsh_name_of_a_small_town_is_that_town_not_its_big_namesake(gazetteer) -> None:
    found = gazetteer.resolve("trefdraeth")
    assert found.status == "found", found
    assert (found.place.local_authority, found.place.other_name) == ("Pembrokeshire", "Trefdraeth")


@pytest.mark.parametrize(
    ("typed", "council", "other"),
    [
        ("Casnewydd", "Newport", "Casnewydd"),  # the big Newport's own Welsh name
        ("Y Drenewydd", "Powys", "Y Drenewydd"),
        ("Drenewydd", "Powys", "Drenewydd"),
        ("Pen-y-bont ar Ogwr", "Bridgend", "Pen-y-bont ar Ogwr"),
        ("Trefdraeth, Pembrokeshire", "Pembrokeshire", "Trefdraeth"),
        ("Y Drenewydd, Powys", "Powys", "Y Drenewydd"),
    ],
)
def test_welsh_names_with_english_twins_lead_to_their_own_town(gazetteer, typed, council, other):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert (found.place.local_authority, found.place.other_name) == (council, other)


@pytest.mark.parametrize(
    ("typed", "councils"),
    [
        # a Welsh name a town is also known by, which a village of its own is called
        ("llansawel", {"Neath Port Talbot", "Carmarthenshire"}),
        ("llansantffraid", {"Conwy", "Powys"}),
    ],
)
def test_a_welsh_name_several_places_carry_asks_which(gazetteer, typed, councils) -> None:
    found = gazetteer.resolve(typed)
    assert found.status == "ambiguous", found
    assert {c.local_authority for c in found.candidates} == councils


def test_english_names_are_unchanged_by_the_welsh_namesakes(gazetteer) -> None:
    # both ways: "Newport" still asks which, "Newtown" is still the Powys town
    assert gazetteer.resolve("newport").status == "ambiguous"
    newtown = gazetteer.resolve("newtown")
    assert (newtown.place.local_authority, newtown.place.other_name) == ("Powys", "")
    newport = gazetteer.resolve("newport, pembs")
    assert (newport.place.local_authority, newport.place.other_name) == ("Pembrokeshire", "")


def test_a_welsh_page_names_the_place_found_by_its_welsh_name(bundled_client) -> None:
    soup = page(bundled_client.get("/cy/search?q=help&location=Trefdraeth%2C+Pembrokeshire"))
    heading = text_of(soup, "h1")
    assert "Trefdraeth, Sir Benfro" in heading, heading
    english = page(bundled_client.get("/search?q=help&location=Trefdraeth"))
    assert "Newport, Pembrokeshire" in text_of(english, "h1")


def test_a_which_one_link_keeps_the_welsh_name_typed(bundled_client) -> None:
    soup = page(bundled_client.get("/cy/search?q=help&location=llansawel"))
    links = soup.select(".app-place-choices a")
    assert links, "no choice offered"
    chosen = page(bundled_client.get(links[0]["href"]))
    assert text_of(chosen, "h1").startswith("Gwasanaethau ger Llansawel"), text_of(chosen, "h1")


# --- F7: everyday area names, and towns the gazetteer lacked -------------------------------------


@pytest.mark.parametrize(
    ("typed", "council"),
    [
        ("driffield east yorkshire", "East Riding of Yorkshire"),
        ("withernsea east yorkshire", "East Riding of Yorkshire"),
        ("stockton teesside", "Stockton-on-Tees"),
        ("wallsend tyneside", "North Tyneside"),
        ("keynsham avon", "Bath and North East Somerset"),
        ("cottingham north humberside", "East Riding of Yorkshire"),
        ("llanidloes mid wales", "Powys"),
        ("narberth west wales", "Pembrokeshire"),
        ("Aberaeron, Gorllewin Cymru", "Ceredigion"),
    ],
)
def test_a_town_with_its_everyday_area_name_is_found(gazetteer, typed, council) -> None:
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert found.place.local_authority == council


def test_an_everyday_area_name_alone_is_the_area_of_its_councils(gazetteer) -> None:
    found = gazetteer.resolve("teesside")
    assert found.status == "found", found
    assert found.place.kind == "area"
    assert set(found.place.parts) == {"E06000001", "E06000002", "E06000003", "E06000004"}


@pytest.mark.parametrize(
    "typed",
    [
        "leeds east yorkshire",  # a town with an area it is not in: still not silently taken
        "cardiff mid wales",
    ],
)
def test_an_everyday_area_does_not_take_a_town_far_from_it(gazetteer, typed) -> None:
    assert gazetteer.resolve(typed).status != "found"


@pytest.mark.parametrize(
    ("typed", "council"),
    [
        ("llanybydder", "Carmarthenshire"),
        ("Llanybydder, Sir Gâr", "Carmarthenshire"),
        ("beddgelert", "Gwynedd"),
        ("beddgelert gwynedd", "Gwynedd"),
    ],
)
def test_a_town_with_a_cited_district_is_found(gazetteer, typed, council) -> None:
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert found.place.local_authority == council


@pytest.mark.parametrize(
    "words",
    [
        "my mums partner keeps coming in my room, im 11",
        "my dads partner touches me when im at his, im 13",
    ],
)
def test_a_childs_parents_partner_is_family_not_the_askers_partner(
    bundled_index, gazetteer, words
) -> None:
    understood = understand(words)
    assert "family-friends" not in {c.name for c in understood.concepts}
    assert find(bundled_index, gazetteer, FindRequest(q=words)).shown_ids()[0] == "childline"


def test_the_askers_own_partner_is_still_a_partner() -> None:
    # both ways: "my partner was abused by her dad" is someone supporting a partner
    names = {c.name for c in understand("my partner was abused by her dad").concepts}
    assert "family-friends" in names
