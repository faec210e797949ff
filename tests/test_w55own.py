"""(w55own, check58 finding 2) One's own suicide, overdose or a way to die said in wordings
the page missed:

- a way to die asked of anyone ("how do people …", "how would someone …", "how to overdose")
  had no life-at-risk warning, and some no Samaritans;
- the whole prescription taken had no overdose warning and "We could not find a service";
- the last night, and goodbyes said to everyone, had no warning.

"I cant go on" is left as it was (Samaritans first, no warning): it speaks of not coping as
often as of dying, and the warning is for a wish, a plan, a way or an act said.

Guards (passing the time, coping, a teacher's question about a pupil, an errand to the
chemist, a last night at college, a leaving do, a holiday) pass on main too, and say so.
"""

from __future__ import annotations

import pytest

from tests.helpers import posted_results, searched, talk_box, talk_names, warned, warned_then_first

OWN_LIFE = "If your life is at risk now"
OVERDOSE = "If you have taken an overdose"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("how does someone kill themselves quickly", "Ipswich"),
        ("how do you hang yourself", "Hereford"),
        ("easiest way for a person to end their life", "Bournemouth"),
        ("how would i overdose", "Lincoln"),
    ],
)
def test_a_way_to_die_asked_of_anyone_warns_and_brings_samaritans(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    warned_then_first(soup, OWN_LIFE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ive swallowed my entire prescription", "Exeter"),
        ("just took a whole months supply of my tablets", "Oldham"),
    ],
)
def test_the_whole_prescription_taken_warns_of_an_overdose(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    warned_then_first(soup, OVERDOSE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("today is my last day alive", "Gloucester"),
        ("this is my last night", "Ipswich"),
        ("ive said my goodbyes to everybody i love", "Lincoln"),
    ],
)
def test_the_last_night_or_goodbyes_to_everyone_warn(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    warned_then_first(soup, OWN_LIFE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("how do people pass the time in hospital", "Hereford"),
        ("how do people get over being abused", "Ipswich"),
        ("how does someone take their life back after abuse", "Lincoln"),
        ("took my whole prescription round to my nan", "Oldham"),
        ("i took my prescription in to the pharmacy", "Oldham"),
        ("tonight is my last night at college", "Gloucester"),
        ("said goodbye to everybody at my leaving do", "Exeter"),
        ("i cant go on the school trip", "Bournemouth"),
    ],
)
def test_guard_time_coping_an_errand_a_last_night_out_or_a_trip_has_no_warning(
    bundled_client, words, place
):
    """Guard: passes on main too."""
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OWN_LIFE), words
    assert not warned(soup, OVERDOSE), words


def test_guard_a_teachers_question_about_a_pupil_keeps_its_professional_page(bundled_client):
    """Guard: passes on main too. The warning speaks to the reader about their own life; a
    teacher asking how to talk to a pupil is not at risk, and the suicide line for young
    people (PAPYRUS, which advises those worried about a young person) is in the talk box."""
    client = bundled_client.application.test_client()
    words = "how should staff respond to a student who wants to kill themselves"
    soup = posted_results(client, words, "Hereford", professional=True)
    assert not warned(soup, OWN_LIFE)
    assert "HOPELINE247 (PAPYRUS Prevention of Young Suicide)" in talk_names(talk_box(soup))
