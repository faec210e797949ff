"""(twenty-fourth Welsh review F10, F11; w59cylife) Who is asking, said in Welsh.

- F10: looking at pictures of children, one's own ("wi di bod yn watsio fideos plant ar-lein")
  or a partner's ("mae fy nghariad wedi cael ei arestio am lunie o blant", "mae'r heddlu wedi
  holi fy mhartner am ddelweddau anweddus"), and a probation officer's "troseddwr rhyw": Stop It
  Now first, as the English twins have, not victims' and children's lines.
- F11: a nurse or GP asking for an adult patient ("claf sy'n oedolyn wedi sôn am gam-drin
  hanesyddol"): the adult lines, as the English twin, not the NSPCC and Meic.

Guards: one's own children's holiday pictures, a husband watching children's programmes with
their son, a teacher asking about a pupil in the past. Other words and towns than the review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names

STOP_IT_NOW = "Stop It Now helpline"


@pytest.mark.parametrize(
    ("welsh", "english", "place"),
    [
        (
            "wi di bod yn watsio fideos plant ar-lein",
            "ive been watching videos of kids online",
            "Caerffili",
        ),
        (
            "mae fy nghariad wedi cael ei arestio am lunie o blant",
            "my boyfriend has been arrested for pictures of children",
            "Aberdâr",
        ),
        (
            "mae'r heddlu wedi holi fy mhartner am ddelweddau anweddus",
            "the police have questioned my partner about indecent images",
            "Y Trallwng",
        ),
        (
            "swyddog prawf, angen cymorth i droseddwr rhyw",
            "probation officer, need support for a sex offender",
            "Pen-y-bont ar Ogwr",
        ),
    ],
)
def test_pictures_of_children_looked_at_in_welsh_put_stop_it_now_first_as_english(
    bundled_client, welsh, english, place
):
    names = talk_names(talk_box(searched(bundled_client, welsh, place, welsh=True)))
    assert names[0] == STOP_IT_NOW, (welsh, names)
    assert "Childline" not in names and "Llinell gymorth Meic" not in names, (welsh, names)
    english_names = talk_names(talk_box(searched(bundled_client, english, place)))
    assert english_names[0] == STOP_IT_NOW, (english, english_names)


@pytest.mark.parametrize(
    "words",
    [
        "dwi'n edrych ar luniau'r plant o'r gwyliau",
        "dwi'n edrych ar luniau o'r plant ar wyliau",
        "mae fy ngŵr yn gwylio pethau plant efo'r mab",
        "athrawes ydw i, roedd disgybl yn edrych ar luniau anweddus y llynedd",
    ],
)
def test_guard_own_childrens_pictures_and_a_pupil_in_the_past_do_not_put_stop_it_now_first(
    bundled_client, words
):
    # guard: passes before and after the change
    names = talk_names(talk_box(searched(bundled_client, words, "Tywyn", welsh=True)))
    assert names[0] != STOP_IT_NOW, (words, names)


def test_a_nurse_asking_for_an_adult_patient_in_welsh_gets_the_adult_lines(bundled_client):
    welsh = "nyrs ydw i, mae claf sy'n oedolyn wedi sôn am gam-drin hanesyddol"
    names = talk_names(talk_box(searched(bundled_client, welsh, "Bangor", welsh=True)))
    assert names[0] == "Llinell Gymorth Byw Heb Ofn", names
    assert "Llinell Gymorth y NSPCC" not in names and "Llinell gymorth Meic" not in names, names
    english = "im a nurse, an adult patient has talked about historic abuse"
    english_names = talk_names(talk_box(searched(bundled_client, english, "Bangor")))
    assert english_names[0] == "Live Fear Free Helpline", english_names


def test_a_gp_asking_for_an_adult_patient_abused_as_a_child_gets_the_adult_lines(bundled_client):
    welsh = "meddyg teulu ydw i, mae cleient 52 oed wedi datgelu cam-drin yn blentyn"
    names = talk_names(talk_box(searched(bundled_client, welsh, "Y Fenni", welsh=True)))
    assert names[0] == "Llinell Gymorth Byw Heb Ofn", names
    assert "Llinell gymorth Meic" not in names, names


def test_guard_a_teacher_asking_for_a_pupil_keeps_the_nspcc_first(bundled_client):
    # guard: passes before and after the change
    words = "athro ydw i, mae disgybl 14 oed wedi datgelu cam-drin"
    names = talk_names(talk_box(searched(bundled_client, words, "Y Fenni", welsh=True)))
    assert names[0] == "Llinell Gymorth y NSPCC", names
