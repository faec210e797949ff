"""(w61other, check61 findings 4 and 9) A rape told in another language, and when.

"ayuda me violaron anoche" (Spanish: help, I was raped last night) got no "If it happened in the
last few days…" box, no interpreter line, and "Search with the spelling corrected: 'another'";
Polish "… zgwałcił mnie wczoraj" got the interpreter line but no box; Romanian "mi-a fost
abuzată fiica" (my daughter was abused) no interpreter line and Childline first. Other words and
towns than the report's, in the languages most spoken in England and Wales after English and
Welsh, in Latin letters and in their own scripts.

Guards (the past, in the same languages; English words that look foreign) pass on main too,
and say so.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

RECENT = "If it happened in the last few days"
INTERPRETER = "You can ask a service whether it can arrange an interpreter."


def _said(soup) -> str:
    return " ".join(soup.get_text(" ").split())


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("anoche me violaron, necesito ayuda", "Bristol"),  # Spanish: last night I was raped
        ("fui estuprada ontem", "Luton"),  # Portuguese: I was raped yesterday
        ("sono stata violentata ieri sera", "Bedford"),  # Italian: raped yesterday evening
        ("am fost violată aseară", "Leicester"),  # Romanian: I was raped last night
        ("zostałam zgwałcona wczoraj wieczorem", "Slough"),  # Polish: raped yesterday evening
        ("dün gece tecavüze uğradım", "Enfield"),  # Turkish: I was raped last night
        ("vakar mane išprievartavo", "Peterborough"),  # Lithuanian: yesterday he raped me
        ("xalay waa la i kufsaday", "Bristol"),  # Somali: last night I was raped
        ("kal raat mera rape hua", "Luton"),  # Urdu in Latin letters: last night I was raped
        ("menya iznasilovali vchera", "Leeds"),  # Russian in Latin letters
        ("تم اغتصابي الليلة الماضية", "Manchester"),  # Arabic: I was raped last night
        ("دیشب به من تجاوز کردند", "Birmingham"),  # Farsi: last night they raped me
        ("کل رات میرا ریپ ہوا", "Bradford"),  # Urdu: last night I was raped
        ("গতকাল আমাকে ধর্ষণ করেছে", "London"),  # Bengali: yesterday he raped me
        ("ਕੱਲ੍ਹ ਰਾਤ ਮੇਰਾ ਬਲਾਤਕਾਰ ਹੋਇਆ", "Wolverhampton"),  # Punjabi: raped last night
        ("вчера меня изнасиловали", "Peterborough"),  # Russian: yesterday I was raped
        ("мене зґвалтували минулої ночі", "Coventry"),  # Ukrainian: raped last night
    ],
)
def test_a_rape_in_the_last_few_days_in_another_language_gets_the_recent_box(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, RECENT), words
    assert INTERPRETER in _said(soup), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): the past, in the same languages, gets no recent box
        ("me violaron hace muchos años", "Bristol"),  # Spanish: many years ago
        ("fui estuprada quando era criança", "Luton"),  # Portuguese: when I was a child
        ("zostałam zgwałcona wiele lat temu", "Slough"),  # Polish: many years ago
        ("yıllar önce tecavüze uğradım", "Enfield"),  # Turkish: years ago
        ("تم اغتصابي منذ سنوات", "Manchester"),  # Arabic: years ago
        ("меня изнасиловали много лет назад", "Peterborough"),  # Russian: many years ago
        ("am fost violată acum 20 de ani", "Leicester"),  # Romanian: 20 years ago
        ("me violaron hace mas de 20 años", "Bristol"),  # Spanish: over 20 years ago
    ],
)
def test_a_rape_long_ago_in_another_language_gets_no_recent_box(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), RECENT), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("anoche me violaron, necesito ayuda", "Bristol"),  # Spanish
        ("mi-a fost abuzat băiatul", "Leicester"),  # Romanian: my boy was abused
        ("pedaram be man tajavoz kard", "Reading"),  # Farsi in Latin letters
        ("menya iznasiloval otchim", "Leeds"),  # Russian in Latin letters
        ("bavê min destdirêjî li min kir", "Derby"),  # Kurmanji Kurdish
    ],
)
def test_an_assault_in_another_language_gets_the_interpreter_line_and_no_spelling(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert INTERPRETER in _said(soup), words
    assert soup.select_one(".app-suggestion") is None, words


def test_a_son_abused_said_in_romanian_puts_the_parents_line_before_childline(
    bundled_client,
):
    names = talk_names(talk_box(searched(bundled_client, "mi-a fost abuzat fiul", "Croydon")))
    assert names[0] == "NSPCC Helpline", names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): English that holds a word of the tables
        ("my ex wife is romanian and i want counselling", "Leeds"),
        ("my daughter plays the viola and was abused by her teacher years ago", "York"),
        ("the film was a violation of my privacy", "Hull"),
    ],
)
def test_english_with_a_foreign_looking_word_is_not_read_as_another_language(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert INTERPRETER not in _said(soup), words
    assert not warned(soup, RECENT), words
