"""(w57suicide, check59 finding 2) One's own suicide said as a goodbye, a plan of "it", or a
way other than pills (hanging, a fall, "the easiest way out") had no warning and, for most, no
Samaritans: "goodbye everyone" read "We could not find a service for those words". Now each
gets "If your life is at risk now, call 999 or go to A&E" and Samaritans first (in Welsh, the
Welsh warning and Samariaid); "i want it all over" said alone gets Samaritans first and no
warning, as "i want it all to end" does.

Guards (a goodbye with a meeting after it, leaving a flat, a picture hung, a bridge's height,
a plan to tell someone, the way out of a building, a case to be over, someone else's goodbye)
pass on main too, and say so.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned, warned_then_first

OWN_LIFE = "If your life is at risk now"
OWN_LIFE_CY = "Perygl i’ch bywyd nawr?"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("bye everybody, love you all", "Shrewsbury"),
        ("this is my goodbye. thank you all for trying", "Macclesfield"),
        ("im saying my goodbyes", "Barrow-in-Furness"),
        ("ive worked out when im going to do it", "Kendal"),
        ("i know exactly where im going to do it", "Worcester"),
        ("how do i hang myself", "Worcester"),
        ("how quickly do you die from hanging", "Chester"),
        ("how far do you have to fall to die", "Plymouth"),
        ("what floor of a car park would kill you", "Derby"),
        ("easiest way out of it all", "Hull"),
        ("i cant deal with the nightmares anymore i want it all over", "Stoke-on-Trent"),
    ],
)
def test_a_goodbye_a_plan_or_a_way_other_than_pills_warns_with_samaritans_first(
    bundled_client, words, place
):
    warned_then_first(searched(bundled_client, words, place), OWN_LIFE)


@pytest.mark.parametrize(
    ("words", "place"), [("hwyl fawr bawb", "Aberteifi"), ("ffarwel i chi gyd", "Llandeilo")]
)
def test_a_welsh_goodbye_to_everyone_warns_in_welsh_with_samariaid(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    warned_then_first(soup, OWN_LIFE_CY, first="Samariaid")


def test_wanting_it_all_over_alone_brings_samaritans_first_without_a_warning(bundled_client):
    soup = searched(bundled_client, "i just want this all over", "Gateshead")
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)
    assert not warned(soup, OWN_LIFE)


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("bye everyone, see you all next week", "Shrewsbury", False),
        ("saying goodbye to my old flat today", "Kendal", False),
        ("how do i hang a mirror", "Worcester", False),
        ("how tall is the clifton suspension bridge", "Bristol", False),
        ("i have worked out how to tell my dad", "Chester", False),
        ("quickest way out of the station", "Hull", False),
        ("i want it over with, the trial is next month", "Derby", False),
        ("my sister said goodbye to everyone at her leaving party", "Plymouth", False),
        ("hwyl fawr bawb, wela i chi fory", "Aberteifi", True),
    ],
)
def test_guard_partings_pictures_heights_telling_and_a_trial_have_no_warning(
    bundled_client, words, place, welsh
):
    """Guard: passes on main too."""
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert not warned(soup, OWN_LIFE), words
    assert not warned(soup, OWN_LIFE_CY), words
