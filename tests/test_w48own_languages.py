"""(w48own; thirty-fifth walk-through F3, check48 finding 5) A parent writing partly or wholly
in another language was read as a child or a survivor: Childline first, no interpreter line,
Stop It Now and NAPAC as the first cards; a 14-year-old writing in Polish got the NSPCC's line
for adults first. A few family words of the languages the site names now say who is asking
("my son", "my daughter": a parent; "I am 12": a child of that age), and words in another
language bring the line that a service can be asked about an interpreter.

Through the page (talk box, language line, first cards); other words, ages, languages and
towns than the reports'."""

from __future__ import annotations

import pytest

from .helpers import cards_and_words, searched, talk_box, texts_of

INTERPRETER = "You can ask a service whether it can arrange an interpreter."


def _language_line(soup) -> str:
    return " ".join(texts_of(soup, ".app-language-note"))


@pytest.mark.parametrize(
    ("words", "town"),
    [
        # partly in another language (Portuguese), the rest in English
        ("meu filho tem 7 anos, my brother in law touched him, please help", "Luton"),
        # wholly in Romanian, and in Urdu in Latin letters
        ("fiica mea are 11 ani si vecinul a abuzat-o", "Wisbech"),
        ("hamari beti 5 saal ki hai aur school me ek aadmi ne usko touch kiya", "Oldham"),
    ],
)
def test_a_parent_writing_in_another_language_gets_the_parents_line_and_an_interpreter_line(
    bundled_client, words, town
):
    soup = searched(bundled_client, words, town)
    box = talk_box(soup)
    assert box[0].startswith("NSPCC Helpline"), box
    assert not any(line.startswith("Childline") for line in box[:2]), box
    assert INTERPRETER in _language_line(soup), _language_line(soup)
    first_cards = " ".join(words for _, words in cards_and_words(soup)[:3])
    assert "Support for adults who were abused as children" not in first_cards


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("tengo 13 años y mi padrastro me toca por la noche", "Hounslow"),
        ("mam 12 lat i wujek mnie dotyka, boje sie", "Boston"),
    ],
)
def test_a_child_who_gives_their_age_in_another_language_gets_childline_first(
    bundled_client, words, town
):
    soup = searched(bundled_client, words, town)
    box = talk_box(soup)
    assert box[0].startswith("Childline"), box
    assert not any(line.startswith("NSPCC Helpline") for line in box), box
    assert INTERPRETER in _language_line(soup), _language_line(soup)


@pytest.mark.parametrize(
    ("words", "town"),
    [
        # guards (pass on main too): English words that look like the table's are English
        ("my mam is 45 and was abused by her uncle as a child", "Durham"),
        ("im 15 and my stepdad touches me, i am scared", "Luton"),
    ],
)
def test_english_words_are_not_read_as_another_language(bundled_client, words, town):
    soup = searched(bundled_client, words, town)
    assert INTERPRETER not in _language_line(soup)


def test_guard_a_parent_read_from_family_words_still_sees_the_services_near(bundled_client):
    """Guard (passes on main too): a parent whose other words cannot be read still sees the
    services near before those available everywhere (read as a parent, the words' only concept
    was the parents' one, and it hid the children's service and the SARC near Luton)."""
    soup = searched(bundled_client, "o meu filho de 9 anos foi abusado pelo avô", "Bedford")
    first_id, first_words = cards_and_words(soup)[0]
    assert "Covers your area" in first_words, (first_id, first_words[:120])


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("ابنتي عمرها ٧ سنوات وخالها لمسها", "Leicester"),
        ("мой сын рассказал что дядя трогал его", "Boston, Lincolnshire"),
    ],
)
def test_my_son_or_daughter_in_another_script_is_a_parents_page(bundled_client, words, town):
    """ "My daughter" in Arabic, "my son" in Russian: the parents' lines and cards, as in
    English (on main the 24/7 line for adults and Childline came before the NSPCC's card)."""
    soup = searched(bundled_client, words, town)
    assert not any(line.startswith("Childline") for line in talk_box(soup)), talk_box(soup)
    ids = [card_id for card_id, _ in cards_and_words(soup)]
    assert "nspcc-helpline" in ids, ids
    later = [i for i in ("rape-crisis-247", "childline") if i in ids]
    assert all(ids.index("nspcc-helpline") < ids.index(i) for i in later), ids


def test_guard_a_given_name_like_a_family_word_keeps_a_childs_page(bundled_client):
    """Guard (passes on main too): "Binti" (Arabic in Latin letters for "my daughter") is also
    a given name in England; a child naming a friend so is still a child."""
    box = talk_box(
        searched(bundled_client, "my friend binti says her stepdad touches her", "Luton")
    )
    assert box[0].startswith("Childline"), box
