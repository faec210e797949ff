"""(w62now) A child being abused right now, said as someone on top of them, on them or holding
them down now.

"my cousin is on top of me right now i cant get him off im 11" and "my bro is on me in my room
rn and wont stop im 12 help" brought no "In danger now? Call 999" box, nor did the Welsh "mae
o ar fy mhen i rŵan". Now the warning comes first, and the child keeps Childline in the talk
box. Other words and towns than the finding's.
"""

from __future__ import annotations

import pytest

from tests.helpers import danger_first, searched, talk_box, talk_names, warned

DANGER = "In danger now? Call 999"
DANGER_CY = "Mewn perygl nawr? Ffoniwch 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my step brother is on top of me rn i cant push him off im 10", "Cleethorpes"),
        ("my uncle is lying on top of me now and wont get off, im 13", "Grimsby"),
        ("my sis is on me in my bed atm and she wont stop im 11 pls", "Scunthorpe"),
        ("my grandad is holding me down right now im 9", "Louth"),
        ("hes on top of me. help. im 12", "Skegness"),
        ("my stepdad is getting on top of me please help im 11", "Hartlepool"),
    ],
)
def test_someone_on_top_of_a_child_now_gets_the_999_box_and_childline(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert DANGER in danger_first(soup)
    assert "Childline" in talk_names(talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae fy llystad ar fy mhen i nawr, dw i'n 11", "Caernarfon"),
        ("ma brawd fi'n gorwedd arna i rwan a ddim yn stopio", "Aberystwyth"),
        ("mae e'n fy nal i lawr nawr plis helpwch", "Llanelli"),
    ],
)
def test_someone_on_top_of_me_now_in_welsh_gets_the_999_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, DANGER_CY)
    # a children's line stays: Childline, or Meic (for children in Wales) when no age is said
    assert {"Childline", "Llinell gymorth Meic"} & set(talk_names(talk_box(soup)))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on the integrate tree too): the past, a pet, homework, a game, play, a
        # parent nagging, feeling on top of the world
        ("my stepdad used to get on top of me when i was 10", "Doncaster"),
        ("my uncle was on top of me in the tent last summer, years ago", "Rotherham"),
        ("my dog is lying on top of me right now", "Sheffield"),
        ("im on top of my revision rn", "Lincoln"),
        ("my sister is on the playstation rn", "Boston"),
        ("my brother is on top of me rn lol were play fighting", "Spalding"),
        ("my mum is on me rn about my homework please", "Grantham"),
        ("i feel on top of the world right now after counselling", "Newark"),
        # "getting on top of me" said of worries piling up, and a coach "on top of me about"
        ("my mum is getting on top of me atm", "Mansfield"),
        ("everything is getting on top of me right now", "Worksop"),
        ("my coach is on top of me about training rn", "Retford"),
    ],
)
def test_the_past_a_pet_or_a_calm_on_top_gets_no_999_box(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), DANGER)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on the integrate tree too): the past, a cat, work piled on
        ("roedd e ar ben fi pan o'n i'n 11", "Bangor"),
        ("mae'r gath ar fy mhen i nawr", "Wrecsam"),
        ("ma lot o waith ar ben fi nawr", "Caerfyrddin"),
    ],
)
def test_the_past_or_a_cat_on_top_in_welsh_gets_no_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place, welsh=True), DANGER_CY)
