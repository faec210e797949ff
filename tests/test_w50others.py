"""(check53 finding 10) A grown-up worried about a child outside their family: a neighbour, or
someone they know, abusing a child ("can I report anonymously that my neighbour is abusing his
daughter", "someone I know is abusing a child and I have proof"), or a neighbour's children
being hurt. These read as nobody in particular, and the talk box led with Childline, a line for
under-19s; the help is the NSPCC's line for any adult worried about a child. Someone asking how
to report anonymously, or how to report someone harming children, now sees the 101 line; a
report to a game or an app does not.
Other words and towns than the check's."""

import pytest

from tests.helpers import searched, talk_box, talk_names, texts_of

POLICE_LINE = ".app-police-line"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i think the man next door is abusing his little girl", "Reading"),
        ("a woman i know is hurting her son sexually, what do i do", "Exeter"),
        ("my neighbours daughter is being abused by her stepfather i think", "Hull"),
        ("my friends children keep saying their uncle touches them", "Lincoln"),
    ],
)
def test_a_grown_up_worried_about_a_child_outside_the_family_gets_the_nspcc_first(
    bundled_client, words, place
):
    names = talk_names(talk_box(searched(bundled_client, words, place)))
    assert names and names[0] == "NSPCC Helpline", names
    assert "Childline" not in names[:1]


def test_guard_a_child_harmed_by_a_neighbour_keeps_childline_first(bundled_client):
    # passes on main too: the harm is to the asker
    names = talk_names(talk_box(searched(bundled_client, "my neighbour touches me, im 11", "Hull")))
    assert names and names[0] == "Childline", names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (
            "is there a way to report anonymously? a family friend is grooming a 13 year old",
            "Stafford",
        ),
        ("how do i report a man who is sending messages to kids on fortnite", "Durham"),
    ],
)
def test_someone_asking_how_to_report_anothers_abuse_of_a_child_sees_the_101_line(
    bundled_client, words, place
):
    line = texts_of(searched(bundled_client, words, place), POLICE_LINE)
    assert line and "101" in line[0], line


def test_reporting_to_a_game_brings_no_101_line(bundled_client):
    # a report to a game or an app is not to the police: before, only the apps named in a list
    # were left out, and "report it to fortnite" brought the 101 line
    soup = searched(bundled_client, "how do i report it to fortnite", "Durham")
    assert not texts_of(soup, POLICE_LINE)
