"""(judged46, w46j-20) A grown-up worried about how another adult behaves with children, with
nothing yet seen or told ("the youth leader keeps private messaging teenage girls"), was read as
no one in particular: Childline led the talk box. Now the NSPCC's line for any adult worried
about a child leads it, with Stop It Now's for a worry about someone else's behaviour.

The tests use other roles, behaviours and towns than the judged case.
"""

from __future__ import annotations

import pytest

from .helpers import cards_and_words, searched, talk_box


def first_lines(soup, n: int = 2) -> list[str]:
    return [line.split(" : ")[0] for line in talk_box(soup)[:n]]


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("the karate instructor keeps texting the girls and giving them lifts home", "Norwich"),
        ("our sunday school teacher is always taking the little boys aside on his own", "Truro"),
        ("a lodger at my sisters keeps buying the kids vapes and snapchatting them", "Swindon"),
        ("worried a dance teacher is too touchy with the teenage girls", "Wrexham"),
    ],
)
def test_an_adult_worried_about_someones_behaviour_with_children_gets_the_lines_for_that(
    bundled_client, words, town
):
    lines = first_lines(searched(bundled_client, words, town))
    assert lines == ["NSPCC Helpline", "Stop It Now helpline"], talk_box(
        searched(bundled_client, words, town)
    )


@pytest.mark.parametrize(
    ("words", "town"),
    [
        # guard (passes on main too): a child speaking of their own coach or class
        ("my swimming coach keeps messaging me late at night", "Norwich"),
        ("the pe teacher keeps texting the girls in my class", "Truro"),
    ],
)
def test_a_child_speaking_of_their_own_coach_keeps_childline_first(bundled_client, words, town):
    assert first_lines(searched(bundled_client, words, town), 1) == ["Childline"]


def national_ids(soup) -> list[str]:
    section = soup.find(id="national-title").find_parent("section") or soup
    return [i for i, _ in cards_and_words(section)]


@pytest.mark.parametrize(
    ("words", "town", "wanted"),
    [
        (
            "im a jewish mum and my son told me a neighbour abused him, hes 7",
            "Salford",
            "jewish-womens-aid",
        ),
        (
            "we are a muslim family, our girl is 9 and her uncle touched her",
            "Leicester",
            "muslim-womens-network-helpline",
        ),
    ],
)
def test_a_parent_naming_their_community_sees_its_service_among_the_first(
    bundled_client, words, town, wanted
):
    # (judged46, w46j-8) it was below three parents' lines, off the first screen
    assert wanted in national_ids(searched(bundled_client, words, town))[:3]


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("the choir leader at our methodist chapel keeps messaging the boys", "Redruth"),
        ("the tennis coach at our private members club is always texting the girls", "Harrogate"),
    ],
)
def test_someone_elses_role_said_first_is_not_read_as_the_askers_job(bundled_client, words, town):
    # (the eighteenth session's words check, 68) read as a professional, with three local
    # cards before the talk box
    lines = first_lines(searched(bundled_client, words, town))
    assert lines == ["NSPCC Helpline", "Stop It Now helpline"], lines


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i want to end my life because of what my stepdad did when i was small", "Rothwel"),
        ("dw i eisiau marw ar ôl beth wnaeth fy nhad", "Tywynn"),
    ],
)
def test_words_of_suicide_show_the_lines_before_a_question_about_the_place(
    bundled_client, words, place
):
    # (thirty-fourth walk-through F4) "Did you mean Morden, Merton?" came first under the
    # heading on an "I want to die" page
    soup = searched(bundled_client, words, place, welsh=words.startswith("dw "))
    talk, problem = soup.find(id="talk-now-title"), soup.find(id="place-problem")
    assert talk is not None and problem is not None
    order = list(soup.find_all(True))
    assert order.index(talk) < order.index(problem)


def test_without_such_words_the_place_question_still_comes_first(bundled_client):
    # guard (passes on main too)
    soup = searched(bundled_client, "my brother abused me as a kid", "Bradwel")
    order = list(soup.find_all(True))
    problem = soup.find(id="place-problem")
    assert order.index(problem) < order.index(soup.find(id="talk-now-title"))
