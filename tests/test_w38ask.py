"""(thirty-first walk-through; lane w38ask) Who is asking, read from how people say it.

1. A man says he is one in everyday words ("chap", "geezer", "grandad myself now", "dad of
   three", Welsh "boi ydw i"): he is read as a grown man, so his talk box is an adult's (no
   Childline) and a service only for women and girls is not shown to him;
   words about whoever did it ("a bloke", "the lad next door", "my husband's friend") never
   make the asker a man.
"""

import pytest

from tests.helpers import cards_and_words, searched, talk_box

#: a service for women and girls in south Essex (its listing: "for women and girls")
WOMENS_CENTRE = "sericc-south-essex"


def _shown(soup) -> list[str]:
    """The listings whose cards the results page shows."""
    return [listing for listing, _ in cards_and_words(soup)]


#: a grown man in his own everyday words, abused within the family, in no child's words
MEN = [
    ("grandad myself now and my older cousin abused me", "Cromer", False),
    ("im a married chap and my stepdad abused me", "Braintree", False),
    (
        "im a guy, my mums brother abused me, cant stop thinking about it",
        "Bishop's Stortford",
        False,
    ),
    ("dad of three, my uncle abused me and i never said", "Maldon", False),
    ("boi ydw i, ewythr fi wedi cam-drin fi", "Llangefni", True),
    ("dw i'n ddyn, mi wnaeth fy nghefnder fy ngham-drin", "Porthmadog", True),
]


@pytest.mark.parametrize(("words", "place", "welsh"), MEN)
def test_a_man_in_everyday_words_gets_an_adults_talk_box(bundled_client, words, place, welsh):
    lines = talk_box(searched(bundled_client, words, place, welsh))
    assert not any(line.startswith(("Childline", "Llinell gymorth Meic")) for line in lines), lines
    assert any(line.startswith("24/7 Rape & Sexual Abuse Support Line") for line in lines), lines


@pytest.mark.parametrize(
    "words",
    [
        "father of two, my older brother abused me",
        "geezer here, my stepdad did things to me",
        "im a retired gent, my stepfather abused me",
        "im a husband, my uncle abused me and it still haunts me",
    ],
)
def test_a_man_is_not_shown_a_womens_centre(bundled_client, words):
    assert WOMENS_CENTRE not in _shown(searched(bundled_client, words, "Wickford"))


@pytest.mark.parametrize(
    "words",
    [
        "im a woman, a bloke at church abused me when i was little",
        "my husbands friend abused me when i was a teenager",
        "the lad next door did it to me years ago",
        "a geezer my mum knew abused me as a kid",
    ],
)
def test_words_about_who_did_it_never_make_the_asker_a_man(bundled_client, words):
    """Guard (green on main too): only the asker's words about himself count."""
    assert WOMENS_CENTRE in _shown(searched(bundled_client, words, "Wickford"))


# --- 2. a child's present-tense telling of touching by someone in or around the family ---

#: a child telling, now, of touching by someone of or around the family, with no age
CHILD_TELLING = [
    ("my mums mate keeps grabbing my bum", "Staveley"),
    ("my grandads friend plays with my willy", "Shirebrook"),
    ("nans lodger puts his hand in my pants", "Matlock"),
    ("my step sister's boyfriend feels my boobs when shes out", "Ilkeston"),
]


@pytest.mark.parametrize(("words", "place"), CHILD_TELLING)
def test_a_child_telling_of_touching_now_gets_a_childs_page(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert talk_box(soup)[0].startswith("Childline"), talk_box(soup)
    shown = _shown(soup)
    # no line for adults abused as children, nor for people worried about their own thoughts
    assert "napac" not in shown and "stop-it-now" not in shown, shown
    # the services near the child are shown as near them, not as "other services"
    local = soup.select_one('section[aria-labelledby="local-title"]')
    assert local is not None and local.select("li.app-result"), "no local services section"


@pytest.mark.parametrize(
    ("words", "first"),
    [
        # a grown-up's life: a wife's words, not a child's
        ("my husband grabs my bum and touches me when i tell him to stop", "24/7"),
        # a parent: the touching was of her child
        ("my boyfriends dad touches my little girl when he babysits", "NSPCC"),
    ],
)
def test_grown_ups_telling_of_touching_are_not_read_as_a_child(bundled_client, words, first):
    """Guard (green on main too)."""
    assert talk_box(searched(bundled_client, words, "Chesterfield"))[0].startswith(first)


def test_a_professionals_telling_of_a_clients_touching_is_not_read_as_a_child(bundled_client):
    """Guard (green on main too): not the asker's body."""
    words = "my service users stepdad plays with her privates, where do i refer"
    lines = talk_box(searched(bundled_client, words, "Chesterfield"))
    assert not lines[0].startswith("Childline"), lines


# --- 3. a parent asking support for both of them, in Welsh and mixed Welsh/English ---

#: the line on a card whose listing says it supports parents and carers, in Welsh
SUPPORTS_PARENTS_CY = "Yn ôl y cofnod, mae’n cefnogi rhieni a gofalwyr"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("fy mab 8 wedi cael ei gam-drin gan ei daid, angen cymorth i ni'n dau", "Llangefni"),
        (
            "mae fy merch (11) wedi cael ei cham-drin gan berthynas, help i'r ddau ohonon ni",
            "Bangor",
        ),
        (
            "my daughter 13 wedi cael ei cham-drin gan ei llystad, angen rhywun i ni'n dwy",
            "Wrecsam",
        ),
    ],
)
def test_a_welsh_parent_asking_for_both_sees_who_supports_parents(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    lines = [text for _, text in cards_and_words(soup) if SUPPORTS_PARENTS_CY in text]
    assert lines, "no card says its listing supports parents and carers"
