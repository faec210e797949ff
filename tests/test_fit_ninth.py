"""Issue 25 after the seventh walk-through (branch w9rank): among lines that fit about equally,
those that answer now come first (a line that may be closing, or whose number is not
confirmed, follows one that answers, and is never hidden); a service for professionals only, or
a tool for reporting images, is not among a child's, a survivor's or a parent's first answers
unless the words are about that. Worded differently from the walk-through's own searches."""

from __future__ import annotations

import numpy as np
import pytest

from directory.finder import FindRequest, find
from directory.search.order import answering_first
from directory.search.weights import ANSWER_NOW_SHARE


def _national(bundled_index, gazetteer, q: str, location: str = "") -> list[str]:
    results = find(bundled_index, gazetteer, FindRequest(q=q, location=location))
    return [i.service.id for i in results.national]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        (
            "abused by a family friend when i was a young lad, now 50, is there a helpline for men",
            "",
        ),
        ("sexually abused by my stepdad growing up, as a man of 44 i need support", "Taunton"),
    ],
)
def test_a_line_that_may_be_closing_follows_an_equally_fitting_line_that_answers(
    bundled_index, gazetteer, q, location
):
    national = _national(bundled_index, gazetteer, q, location)
    assert bundled_index.services["safeline-nmsh"].status == "may-be-closing"
    # never hidden: still among the first few, but after the day-and-night line for survivors
    assert "safeline-nmsh" in national[:5], national[:6]
    assert national.index("rape-crisis-247") < national.index("safeline-nmsh"), national[:6]


def test_a_line_whose_number_is_not_confirmed_follows_an_equally_fitting_one_that_answers(
    bundled_index, gazetteer
):
    contact = bundled_index.services["survivors-trust"].contact
    assert contact.phone and not contact.phone_verified
    national = _national(
        bundled_index, gazetteer, "need a helpline, sexually abused as a child, im 38"
    )
    assert national.index("rape-crisis-247") < national.index("survivors-trust"), national[:5]
    assert "survivors-trust" in national[:5], national[:5]


def _scores(columns, values: dict[str, float]) -> np.ndarray:
    scores = np.zeros(len(columns))
    for sid, value in values.items():
        scores[columns.positions[sid]] = value
    return scores


def test_only_lines_that_fit_and_score_about_as_well_are_passed(bundled_index):
    columns = bundled_index.columns
    at = columns.positions
    matched = columns.none()
    matched[[at["safeline-nmsh"], at["rape-crisis-247"]]] = True
    fit = np.ones(len(columns))
    # close behind it, fitting as well: the line that may be closing comes after it
    scores = _scores(columns, {"safeline-nmsh": 1.0, "rape-crisis-247": 0.8})
    lowered = answering_first(columns, matched, scores, fit)
    assert lowered[at["safeline-nmsh"]] < lowered[at["rape-crisis-247"]] == 0.8
    assert lowered[at["safeline-nmsh"]] > 0.0  # never hidden
    # a clearly weaker match is not passed
    weaker = _scores(columns, {"safeline-nmsh": 1.0, "rape-crisis-247": 0.9 * ANSWER_NOW_SHARE})
    assert np.array_equal(answering_first(columns, matched, weaker, fit), weaker)
    # nor one that fits the person less well
    less_fit = fit.copy()
    less_fit[at["rape-crisis-247"]] = 0.5
    assert np.array_equal(answering_first(columns, matched, scores, less_fit), scores)


def _online_tools(bundled_index) -> set[str]:
    """Services for online harm with no one to talk to (a form, a reporting tool, family work)."""
    return {
        s.id
        for s in bundled_index.services.values()
        if "online-abuse" in s.abuse_types
        and not {"helpline", "counselling-therapy"} & set(s.support_types)
    }


@pytest.mark.parametrize(
    "q",
    [
        "my 10 year old said her step dad touched her how do i help her",
        "my daughter is 8 and said her stepdad touched her, what should i do",
    ],
)
def test_a_centre_for_professionals_is_not_among_a_parents_first_answers(
    bundled_index, gazetteer, q
):
    assert bundled_index.services["csa-centre"].audiences == ["professionals"]
    national = _national(bundled_index, gazetteer, q)
    assert national[0] == "nspcc-helpline", national[:6]
    assert "csa-centre" not in national[:5], national[:6]
    assert "csa-centre" in national  # never hidden


@pytest.mark.parametrize(
    "q",
    [
        "im 11 and i keep remembering what my uncle did",
        "im 15 and my stepdad touched me, i feel sick",
    ],
)
def test_a_tool_for_online_harm_is_not_among_a_childs_first_answers_about_other_harm(
    bundled_index, gazetteer, q
):
    national = _national(bundled_index, gazetteer, q)
    assert national[0] == "childline", national[:6]
    assert not _online_tools(bundled_index) & set(national[:5]), national[:6]


@pytest.mark.parametrize(
    ("q", "first_few"),
    [
        # the words are about what it is for
        ("someone is sharing my nudes online im 15", {"ceop-safety-centre", "iwf-report"}),
        ("as a teacher i want research and training on child sexual abuse", {"csa-centre"}),
    ],
)
def test_it_still_comes_first_when_the_words_are_about_it(bundled_index, gazetteer, q, first_few):
    national = _national(bundled_index, gazetteer, q)
    assert first_few <= set(national[:3]), national[:4]


# --- services for people the words do not name ---------------------------------------------


def _local(bundled_index, gazetteer, q: str, location: str) -> list[str]:
    results = find(bundled_index, gazetteer, FindRequest(q=q, location=location))
    return [i.service.id for i in results.local.items]


def test_a_line_for_lgbt_people_follows_the_open_ones_for_a_man_who_does_not_say_so(
    bundled_index, gazetteer
):
    assert bundled_index.services["galop-rsa"].genders == ["lgbt"]
    national = _national(
        bundled_index, gazetteer, "my uncle abused me as a young lad, im 60 now, who can i talk to"
    )
    assert "galop-rsa" not in national[:5], national[:6]
    assert "galop-rsa" in national  # kept: it fits some people
    # ... and first when he says he is gay
    said = _national(
        bundled_index, gazetteer, "gay man, abused as a boy by a teacher, need someone to talk to"
    )
    assert said[0] == "galop-rsa", said[:4]


@pytest.mark.parametrize("location", ["Salford", "Bolton"])
def test_a_service_for_boys_and_men_follows_one_open_to_all_for_a_child_who_does_not_say(
    bundled_index, gazetteer, location
):
    assert bundled_index.services["we-are-survivors"].genders == ["male"]
    local = _local(bundled_index, gazetteer, "im 13 my uncle touches me", location)
    # (w10fit, eighth walk-through F4.6) it is also shown as "Adults; age policy not stated":
    # after the national answers, no longer a local card at all
    assert local[0] == "saint-marys-sarc-manchester", local
    assert "we-are-survivors" not in local, local


def test_a_boy_saying_so_keeps_the_service_for_boys_where_it_comes(bundled_index, gazetteer):
    q = "im a 13 year old boy and my uncle touches me"
    local = _local(bundled_index, gazetteer, q, "Salford")
    # (w10fit, eighth walk-through F4) kept near, but as it is shown as "Adults; age policy
    # not stated", after the local service that states it takes children
    assert local == ["saint-marys-sarc-manchester", "we-are-survivors"], local


@pytest.mark.parametrize(
    ("q", "said"),
    [
        ("im a lad of 14 and my coach touched me", {"male"}),
        ("abused as a little girl, im 40 now", {"female"}),
        ("im trans and was abused as a child", {"lgbt"}),
        ("my boy is 9 and his uncle abused him", {"male"}),
        ("my girl told me her grandad touched her", {"female"}),
        ("im 13 and my uncle touches me", set()),
        # the abuser's sex is not who the help is for
        ("a man touched me at the park, im 12", set()),
    ],
)
def test_the_genders_named_are_those_of_whoever_the_help_is_for(q, said):
    from directory.search.groups import genders_named
    from directory.search.understand import understand

    understood = understand(q)
    assert genders_named(understood.asker, understood.concepts, understood.all_words) == said


@pytest.mark.parametrize(
    "q",
    [
        "im 11 and i keep remembering what my uncle did",
        "im 13 and keep thinking about what my step grandad did to me",
    ],
)
def test_a_childs_first_answers_are_lines_that_take_children(bundled_index, gazetteer, q):
    # few national services match a child's words: the lines for children and for anyone join
    # before those not for them (a line for a community nobody named kept them out)
    national = _national(bundled_index, gazetteer, q)
    for sid in national[:5]:
        assert "children-young-people" in bundled_index.services[sid].audiences, national[:5]
