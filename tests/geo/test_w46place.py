"""(w46place; the third independent place check, findings 4, 8, 11, 12) What people type as
"where" that the page still read wrongly: a person's own place by what it is to them ("near my
house"), a country widened ("anywhere in the UK"), no place on purpose ("don't know"); a place
widened ("anywhere in Leeds"); a postcode district beside its town ("London EC4", "W1
London") or spaced ("W 1"); the Crown Dependencies' towns, Scotland's islands and areas, and
the overseas territories.

The tests use other words, districts and names than the check's.
"""

from __future__ import annotations

import pytest

from ..helpers import asked_which, searched, text_of

WORDS = "someone to talk to"
CANNOT_SEE = "This site cannot see where you are"
NEED_A_PLACE = "We need a town, a council or a postcode to find services near you."
NOT_FOUND = "We could not find that place"


def said(soup) -> str:
    return " ".join(soup.get_text(" ").split())


def heads(client, typed: str, heading: str, welsh: bool = False) -> None:
    """The page for ``typed`` as the place is headed ``heading`` (at its start)."""
    h1 = text_of(searched(client, WORDS, typed, welsh=welsh), "h1")
    assert h1.startswith(heading), h1


# --- where the person is, by what it is to them; no place, on purpose ----------------------


@pytest.mark.parametrize(
    "typed", ["close to our flat", "my mums house", "next to my school", "at home", "our street"]
)
def test_a_persons_own_place_says_the_site_cannot_see_where_they_are(bundled_client, typed):
    soup = searched(bundled_client, WORDS, typed)
    text = said(soup)
    assert CANNOT_SEE in text, text[:400]
    assert NOT_FOUND not in text and "Did you mean" not in text
    assert text_of(soup, "h1") == "Search results"


@pytest.mark.parametrize("typed", ["agos aton ni", "ger fy nhŷ", "fy mhentref"])
def test_the_same_in_welsh(bundled_client, typed):
    text = said(searched(bundled_client, WORDS, typed, welsh=True))
    assert "Dydy’r wefan hon ddim yn gallu gweld ble rydych chi" in text, text[:400]
    assert "Doedden ni ddim yn gallu dod o hyd" not in text


@pytest.mark.parametrize(
    ("typed", "welsh"),
    [
        ("all over the UK", False),
        ("somewhere in great britain", False),
        ("rather not say", False),
        ("dunno", False),
        ("dim syniad", True),
    ],
)
def test_a_country_widened_or_no_place_given_asks_for_a_town(bundled_client, typed, welsh):
    text = said(searched(bundled_client, WORDS, typed, welsh=welsh))
    wanted = "Mae angen tref, cyngor neu god post arnon ni" if welsh else NEED_A_PLACE
    assert wanted in text, text[:400]
    assert "Check the spelling" not in text and "Places with a similar name" not in text


@pytest.mark.parametrize(
    ("typed", "welsh", "heading"),
    [
        ("anywhere in Sheffield", False, "Services near Sheffield"),
        ("all over Cumbria", False, "Services near Cumbria"),
        ("rhywle ym Mhowys", True, "Gwasanaethau ger Powys"),
    ],
)
def test_a_place_widened_is_the_place(bundled_client, typed, welsh, heading):
    heads(bundled_client, typed, heading, welsh)


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        # guard (passes on main too): places whose names begin or end with such words
        ("Over", None),
        ("Mytholmroyd", "Services near Mytholmroyd"),
        ("Hebden Bridge", "Services near Hebden Bridge"),
        ("Acton", None),
    ],
)
def test_places_holding_such_words_are_still_places(bundled_client, typed, heading):
    soup = searched(bundled_client, WORDS, typed)
    text = said(soup)
    assert CANNOT_SEE not in text and NEED_A_PLACE not in text
    if heading:
        assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")
    else:
        assert asked_which(soup) or text_of(soup, "h1").startswith("Services near")


# --- a postcode district beside its town -----------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        ("YO1 York", "Services near YO1, York"),
        ("BA2 Bath", "Services near BA2, Bath"),
        ("W2 London", "Services near W2, City of Westminster"),
        ("E 8", "Services near E8, Hackney"),
    ],
)
def test_a_district_beside_its_town_is_searched_near(bundled_client, typed, heading):
    heads(bundled_client, typed, heading)


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        # guard (passes on main too): a district of three or more characters beside a longer
        # name was already taken as a postcode said in words
        ("SE5 London", "Services near SE5, Southwark"),
        ("BS3, Bristol", "Services near BS3, Bristol"),
        ("SK4 Stockport", "Services near SK4, Stockport"),
    ],
)
def test_districts_beside_longer_names_still_work(bundled_client, typed, heading):
    heads(bundled_client, typed, heading)


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        # guard (passes on main too): the town first, then its district, is the town, chosen
        # among its namesakes by the district where it has them
        ("Manchester M14", "Services near Manchester"),
        ("Newport TF10", "Services near Newport, Telford and Wrekin"),
    ],
)
def test_a_town_then_its_district_is_the_town(bundled_client, typed, heading):
    heads(bundled_client, typed, heading)


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        # a road beside a town far from the district the road's name spells: the town
        ("M62 Hull", "Services near Kingston upon Hull"),
        ("Norwich A11", "Services near Norwich"),
    ],
)
def test_a_road_beside_a_town_is_the_town(bundled_client, typed, heading):
    heads(bundled_client, typed, heading)


# --- the Crown Dependencies' towns; Scotland's areas; the overseas territories -------------


@pytest.mark.parametrize("typed", ["St Aubin", "Onchan", "Gernsey", "Port St Mary"])
def test_the_crown_dependencies_towns_are_not_told_they_are_in_the_uk(bundled_client, typed):
    text = said(searched(bundled_client, WORDS, typed))
    assert "which are not in the UK" in text, text[:400]
    assert NOT_FOUND not in text


@pytest.mark.parametrize("typed", ["Shetland", "Galloway", "Outer Hebrides", "Perthshire"])
def test_scotlands_areas_get_the_page_for_scotland(bundled_client, typed):
    text = said(searched(bundled_client, WORDS, typed))
    assert "This directory covers England and Wales" in text, text[:400]
    assert NOT_FOUND not in text and "Places with a similar name" not in text


@pytest.mark.parametrize("typed", ["Falkland Islands", "Bermuda"])
def test_an_overseas_territory_is_outside_the_uk(bundled_client, typed):
    text = said(searched(bundled_client, WORDS, typed))
    assert "That looks like a place outside the UK" in text, text[:400]


# --- "near me" said in the words, the place box empty (fifteenth Welsh review P8) -----------


@pytest.mark.parametrize(
    ("words", "welsh"),
    [
        ("therapy for adults near me", False),
        ("a support group in my area please", False),
        ("cwnsela yn agos ata i", True),
    ],
)
def test_near_me_in_the_words_says_the_site_cannot_see_where_someone_is(
    bundled_client, words, welsh
):
    text = said(searched(bundled_client, words, "", welsh=welsh))
    wanted = "Dydy’r wefan hon ddim yn gallu gweld ble rydych chi" if welsh else CANNOT_SEE
    assert wanted in text, text[:400]


@pytest.mark.parametrize("words", ["my brother abuses me in my house", "please help me"])
def test_words_ending_with_me_or_a_home_say_nothing_of_where(bundled_client, words):
    # guard (passes on main too): "in my house" is where it happens; "help me" is no place
    assert CANNOT_SEE not in said(searched(bundled_client, words, ""))


# --- where someone lives, then another clause (the eighteenth session's words check, 6) -------


@pytest.mark.parametrize(
    ("typed", "welsh", "heading"),
    [
        ("we live in Ipswich but my nan lives in Colchester", False, "Services near Ipswich"),
        ("i live in Kendal, my dad lives in Lancaster", False, "Services near Kendal"),
        (
            "dw i'n byw yn Nhreffynnon ond mae mam yn byw ym Mangor",
            True,
            "Gwasanaethau ger Treffynnon",
        ),
    ],
)
def test_the_place_someone_lives_is_read_before_the_next_clause(
    bundled_client, typed, welsh, heading
):
    heads(bundled_client, typed, heading, welsh)


# --- the thirty-fourth walk-through (F3, F7) ---------------------------------------------


@pytest.mark.parametrize(
    ("typed", "welsh", "heading"),
    [
        ("close to our flat in Cockermouth", False, "Services near Cockermouth"),
        ("next to my school in Matlock", False, "Services near Matlock"),
        ("ger fy nhŷ ym Mhwllheli", True, "Gwasanaethau ger Pwllheli"),
    ],
)
def test_a_place_after_words_for_where_someone_is_is_that_place(
    bundled_client, typed, welsh, heading
):
    # "We could not find the first place you wrote", though only one place was written
    heads(bundled_client, typed, heading, welsh)


def test_a_welsh_name_typed_with_its_article_is_offered_what_the_bare_name_is(bundled_client):
    # "Y Creunant" was offered nothing where "Creunant" is offered Crynant
    bare = said(searched(bundled_client, WORDS, "Sarnau", welsh=True))
    with_article = said(searched(bundled_client, WORDS, "Y Sarnau", welsh=True))
    offered = "Lleoedd ag enw tebyg:"
    assert offered in bare and offered in with_article
    assert bare.split(offered)[1][:60] == with_article.split(offered)[1][:60]
