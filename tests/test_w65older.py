"""(lane w65older, check63 findings 8 and 9) Adults, older people and other-language askers given
children's or men's lines.

- A disabled adult harmed at work by a man ("i have down syndrome and a man at work touched my
  bum") had Childline first in "Talk to someone now" and the men's lines (National Male
  Survivor Helpline, Men's Advice Line) as the first cards: "and a man" after anything but the
  asker's own age is the one who harms, and harm from someone "at work" says the asker is an
  adult.
Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names

RAPE_CRISIS = "24/7 Rape & Sexual Abuse Support Line"
MENS_LINES = {"safeline-nmsh", "mens-advice-line"}


def _first_cards(client, words: str, place: str, n: int = 3) -> list[str]:
    return [name for name, _ in cards_and_words(searched(client, words, place))][:n]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i have learning difficulties and a guy at work groped me", "Norwich"),
        ("i have autism and a man at work keeps touching my legs", "Swindon"),
    ],
)
def test_a_disabled_adult_harmed_at_work_by_a_man_has_adults_lines(bundled_client, words, place):
    page = searched(bundled_client, words, place)
    names = talk_names(talk_box(page))
    assert names and names[0] == RAPE_CRISIS, names
    firsts = _first_cards(bundled_client, words, place)
    assert not MENS_LINES & set(firsts), firsts


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a man asking for himself keeps the men's line; a child
        # whose mum is at work keeps Childline first; "im 58 and a man" is the asker's own
        ("im a man and a bloke at work groped me", "Norwich"),
        ("im 58 and a man, my uncle abused me when i was little", "Kendal"),
    ],
)
def test_a_man_asking_for_himself_keeps_the_mens_line(bundled_client, words, place):
    firsts = _first_cards(bundled_client, words, place, 4)
    assert MENS_LINES & set(firsts) or "napac" in firsts, firsts


def test_a_child_whose_mum_is_at_work_keeps_childline_first(bundled_client):
    # guard (passes on main too)
    page = searched(bundled_client, "my mum is at work and a man touched me", "Ipswich")
    names = talk_names(talk_box(page))
    assert names and names[0] == "Childline", names


# - An older person's age said with "at" ("at 82 i want to tell someone what the priest did")
#   and Welsh older people ("cymorth i bobl hŷn a gafodd eu cam-drin yn blant") had Childline
#   and NSPCC, or Meic, first in "Talk to someone now": an old age is an adult's.
CHILDRENS_LINES = {"Childline", "NSPCC Helpline", "Llinell gymorth Meic", "Meic helpline"}


@pytest.mark.parametrize(
    ("words", "place", "lang"),
    [
        ("at 77 i need to speak to someone about what the teacher did", "Carlisle", "en"),
        ("at 85 who can i talk to about what the scout leader did", "Truro", "en"),
        ("grŵp cefnogi i bobl hŷn a gafodd eu cam-drin", "Caerfyrddin", "cy"),
    ],
)
def test_an_older_person_does_not_have_childrens_lines_first(bundled_client, words, place, lang):
    names = talk_names(talk_box(searched(bundled_client, words, place, welsh=lang == "cy")))
    assert names and names[0] not in CHILDRENS_LINES, names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): an age then, and a speed, are not the asker's age now
        ("at 13 my coach abused me and i need to talk", "Leeds"),
        ("im 12 a man drove at 60 mph past me and shouted stuff", "Hull"),
    ],
)
def test_an_age_then_keeps_childline_in_the_talk_box(bundled_client, words, place):
    names = talk_names(talk_box(searched(bundled_client, words, place)))
    assert "Childline" in names, names


# - Finding 9: plain Welsh ("roedd o'n arfer cicio'r drws pan oeddwn i'n fach") had the line
#   "Gallwch chi ofyn i wasanaeth a all drefnu rhywun i gyfieithu" (ask for an interpreter) on
#   the Welsh page: Welsh words the site knows are Welsh, not a language it cannot read.
INTERPRETER_CY = "gyfieithu"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("roeddwn i'n arfer cuddio yn y cwpwrdd pan oedd o'n feddw", "Caernarfon"),
    ],
)
def test_plain_welsh_has_no_interpreter_line(bundled_client, words, place):
    page = searched(bundled_client, words, place, welsh=True)
    assert INTERPRETER_CY not in page.get_text(), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): Spanish, Polish and Romanian keep the interpreter line
        ("ayuda mi abuelo me toca", "Leicester"),
        ("pomocy ojczym mnie dotyka", "Peterborough"),
        ("ajutor tatal vitreg ma atinge", "Luton"),
    ],
)
def test_other_languages_keep_the_interpreter_line(bundled_client, words, place):
    page = searched(bundled_client, words, place, welsh=True)
    assert INTERPRETER_CY in page.get_text(), words


# - French abuse by a relative now ("aidez moi mon oncle me touche") had Aurora (for adults
#   abused in childhood) as its first card: read as its English twin, as Spanish is, it has
#   Childline first and no adults' service first.
ADULTS_FIRST = {"aurora-foundation-london", "napac", "survivorsuk"}


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("au secours mon beau-père me touche", "Reading"),
        ("mon frère me touche la nuit", "Croydon"),
    ],
)
def test_french_abuse_by_a_relative_now_has_childline_first(bundled_client, words, place):
    page = searched(bundled_client, words, place)
    names = talk_names(talk_box(page))
    assert names and names[0] == "Childline", names
    firsts = _first_cards(bundled_client, words, place, 2)
    assert not ADULTS_FIRST & set(firsts), firsts


def test_french_denial_is_not_read_as_abuse_now():
    # guard (passes on main too): "does not touch me" is not abuse now; Spanish is still read
    from directory.search.abuse_languages import english_twin

    assert english_twin("mon cousin ne me touche pas") is None
    assert english_twin("mi primo me toca") == "my cousin touches me"


# - Finding 9: "cefais fy magu gan fy ewythr ar y fferm" (Welsh: raised by my uncle on the
#   farm) offered "Search with the spelling corrected: 'offer'": a word English and Welsh share
#   is offered in a Welsh search only for a slip of one letter.


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ces i fy magu ar fferm fy nhaid", "Machynlleth"),
        ("cefais fy magu gan fy modryb ar fferm", "Llandeilo"),
    ],
)
def test_a_welsh_word_is_not_corrected_to_a_distant_shared_word(bundled_client, words, place):
    page = searched(bundled_client, words, place, welsh=True)
    offered = page.select_one(".app-suggestion")
    assert offered is None or "offer" not in offered.get_text(), offered.get_text()
