"""(check60 finding 3; w59tonight) One's own suicide said as "it" with a time or a plan.

"im going to do it tonight", "i have a plan to do it tonight", "i have planned it for friday",
"i have a plan" and Welsh "dwi'n mynd i neud o heno" brought no warning and no Samaritans;
"i have pills saved up" brought Samaritans but no warning. "i am going to end it" had both.
Now "If your life is at risk now, call 999 or go to A&E." and Samaritans first (Welsh: the
Welsh warning and Samariaid). Guards: "it" said to be something else (the police, revision,
friends), a plan for something else, pills kept for a use named, someone else's "it".
Other words and towns than the check's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, texts_of, warned, warned_then_first

LIFE = "If your life is at risk now, call 999 or go to A&E."
LIFE_CY = "Perygl i’ch bywyd nawr?"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im gonna do it tomorrow night", "Grantham"),
        ("i'm finally going to do it this weekend", "Mablethorpe"),
        ("ill do it when everyone is asleep", "Boston"),
        ("i've made a plan to do it", "Spalding"),
        ("ive planned it for saturday", "Whitby"),
        ("ive got a plan", "Malton"),
        ("my uncle abused me for years. i will do it on sunday", "Goole"),
        ("ive been stockpiling my tablets", "Tamworth"),
        ("i have paracetamol saved up", "Lichfield"),
    ],
)
def test_own_suicide_said_as_it_with_a_time_or_plan_warns_and_samaritans_lead(
    bundled_client, words, place
):
    warned_then_first(searched(bundled_client, words, place), LIFE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dw i'n mynd i'w wneud e nos fory", "Aberteifi"),
        ("wna i fo heno", "Dolgellau"),
        ("mae gen i gynllun", "Porthmadog"),
        ("dwi wedi bod yn hel tabledi", "Amlwch"),
    ],
)
def test_the_welsh_ways_bring_the_welsh_warning_and_samariaid(bundled_client, words, place):
    warned_then_first(searched(bundled_client, words, place, welsh=True), LIFE_CY, "Samariaid")


@pytest.mark.parametrize(
    "words",
    [
        # guards (pass on main too): "it" named as something else, a plan for something else,
        # someone else's "it", pills kept for a use
        "im going to do it tomorrow, report him to the police i mean",
        "i'll do it tonight after my revision",
        "i have a plan for the weekend",
        "ive got a plan to tell my dad on sunday",
        "im going to do it tonight with my friends",
        "he is going to do it again tonight",
        "i have painkillers saved up for my migraines",
        "i have a safety plan",
    ],
)
def test_guard_it_named_or_someone_elses_brings_no_warning(bundled_client, words):
    soup = searched(bundled_client, words, "Selby")
    assert not warned(soup, LIFE), words


def test_guard_it_said_to_be_the_police_keeps_101(bundled_client):
    # guard (passes on main too)
    soup = searched(bundled_client, "ill do it tomorrow, go to the police i mean", "Selby")
    assert not warned(soup, LIFE)
    assert any("101" in text for text in texts_of(soup, ".app-police-line"))


@pytest.mark.parametrize(
    "words",
    [
        # guards (pass on main too): it named as homework or telling mum
        "dwi am ei neud o heno, dweud wrth mam",
        "dwi'n mynd i neud fy ngwaith cartref heno",
    ],
)
def test_guard_welsh_it_named_brings_no_warning(bundled_client, words):
    soup = searched(bundled_client, words, "Bala", welsh=True)
    assert not warned(soup, LIFE_CY), words
    assert "Samariaid" not in talk_names(talk_box(soup))
