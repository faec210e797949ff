"""(w62danger, check62 findings 3 and 5) Danger now and injuries said in still other ways, and
calm words that got the 999 box.

Missed: a drunk stepdad coming up the stairs, a man who dragged the asker into his car, someone
followed home and still outside, a baby hit, a friend passed out with a man there, strangled in
other words (and in Welsh, last night), an arm that may be broken, a pregnant belly kicked again
and again, bruises after an assault, and someone hitting the writer now in Spanish or Romanian.
False alarms: a noise complaint, hiding out of shyness, "kill me if she sees my report", scared
to go home to be told off, a new kitchen knife in Welsh. Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, texts_of

DANGER = "In danger now? Call 999"
DANGER_CY = "Mewn perygl nawr?"


def _box(client, words: str, place: str, welsh: bool = False) -> str:
    return " ".join(texts_of(searched(client, words, place, welsh=welsh), ".app-danger-now"))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # danger now (check62 finding 3)
        ("dad is wasted and heading to my room pls", "Grimsby"),
        ("my uncle is raging and storming up the stairs", "Doncaster"),
        ("a man pulled me into his van but i got out", "Dudley"),
        ("a guy followed me off the train and is still outside my flat", "Darlington"),
        ("she shook my baby", "Wigan"),
        ("my partner slapped the toddler", "Bury"),
        ("my cousin is too drunk to stand and some lad is taking her outside", "Bradford"),
        ("my sister passed out at the party and a guy is alone with her", "Halifax"),
        ("mi novio me está golpeando ayuda", "Croydon"),
        ("iubitul ma loveste acum ajutor", "Luton"),
        # injuries (check62 finding 5)
        ("she grabbed me by the throat", "Bolton"),
        ("my wrist might be fractured, she bent it back", "Widnes"),
        ("im 5 months pregnant and she keeps punching my stomach", "Nottingham"),
        ("ive got marks all over after he attacked me", "Grantham"),
        ("im covered in bruises where my boyfriend kicked me", "Boston"),
    ],
)
def test_danger_now_or_an_injury_gets_the_999_box(bundled_client, words, place):
    assert DANGER in _box(bundled_client, words, place)


@pytest.mark.parametrize(
    "words",
    ["nath hi fy nhagu i heddiw", "mae fy ngwddw'n brifo ar ôl iddi fy nhagu"],
)
def test_welsh_strangled_lately_gets_the_999_box(bundled_client, words):
    assert DANGER_CY in _box(bundled_client, words, "Bangor", welsh=True)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # the calm words that got the 999 box (fail on main)
        ("the people upstairs were banging on the door all night, loud music", "Salford"),
        ("im hiding in the loo at the wedding cos im so awkward", "Hove"),
        ("my dad will kill me when he sees my exam results", "Burnley"),
        ("afraid to go home cos ill get grounded for my detention", "Corby"),
    ],
)
def test_calm_words_get_no_999_box(bundled_client, words, place):
    assert DANGER not in _box(bundled_client, words, place)


def test_welsh_new_kitchen_knife_gets_no_999_box(bundled_client):
    words = "mae gan fy mam gyllell newydd i'r gegin"
    assert DANGER_CY not in _box(bundled_client, words, "Rhyl", welsh=True)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): the past, play, a baby's own kicks, the ordinary
        ("my stepdad used to storm up the stairs drunk when i was little", "Grimsby"),
        ("a man tried to pull me into his van when i was 9", "Dudley"),
        ("he hit the baby gate with the hoover", "Wigan"),
        ("my friend passed her exams and her dad is with her", "Halifax"),
        ("im pregnant and the baby keeps kicking my belly", "Nottingham"),
        ("my arm might be broken i fell off the trampoline", "Widnes"),
        ("i bruise really easily, is that normal", "Grantham"),
        ("mi marido me pegaba hace muchos años", "Croydon"),
        ("my mum squeezed my hand at the hospital", "Bolton"),
    ],
)
def test_the_past_and_calm_words_stay_without_the_999_box(bundled_client, words, place):
    assert DANGER not in _box(bundled_client, words, place)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): danger said with the calm shapes' words stays danger
        ("hes banging on my door and screaming", "Salford"),
        ("im scared to go home because my dad will hit me for my grades", "Corby"),
        ("im hiding in the bathroom because hes drunk", "Hove"),
    ],
)
def test_danger_beside_the_calm_shapes_keeps_the_999_box(bundled_client, words, place):
    assert DANGER in _box(bundled_client, words, place)
