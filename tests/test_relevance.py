"""What people get in the first results: the judged query set keeps the floor from falling back,
and the examples that started this work give a useful first or second answer."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, find
from directory.relevance import JUDGED_SET, METRICS, compare, load_judged
from directory.search import search
from directory.search.understand import understand

#: the judged set's figures, overall and for each persona, as measured (``directory relevance``;
#: the held-out set: ``--set tests/relevance/holdout.jsonl``), rounded down (``zero`` up). They
#: guard the weights (directory/search/weights.py): a change that lowers any of them fails here.
#: A change that raises one: write the new figures in (both sets, every persona).
JUDGED_FIGURES = {
    "overall": {
        "success@1": 0.9681,
        "success@3": 1.0,
        "good@3": 0.8813,
        "ndcg@5": 0.8614,
        "mrr": 0.9835,
        "zero": 0.0,
    },
    "adult-survivors": {
        "success@1": 0.9682,
        "success@3": 1.0,
        "good@3": 0.7777,
        "ndcg@5": 0.8787,
        "mrr": 0.9841,
        "zero": 0.0,
    },
    "children-young-people": {
        "success@1": 0.9745,
        "success@3": 1.0,
        "good@3": 0.9491,
        "ndcg@5": 0.8948,
        "mrr": 0.9872,
        "zero": 0.0,
    },
    "parents-carers": {
        "success@1": 0.9669,
        "success@3": 1.0,
        "good@3": 0.9338,
        "ndcg@5": 0.8285,
        "mrr": 0.9834,
        "zero": 0.0,
    },
    "professionals": {
        "success@1": 0.9787,
        "success@3": 1.0,
        "good@3": 0.6808,
        "ndcg@5": 0.8011,
        "mrr": 0.9875,
        "zero": 0.0,
    },
    "welsh-speakers": {
        "success@1": 0.9836,
        "success@3": 1.0,
        "good@3": 0.9508,
        "ndcg@5": 0.866,
        "mrr": 0.9918,
        "zero": 0.0,
    },
    "worried-about-behaviour": {
        "success@1": 0.9363,
        "success@3": 1.0,
        "good@3": 0.9636,
        "ndcg@5": 0.8883,
        "mrr": 0.9666,
        "zero": 0.0,
    },
}
HELD_OUT_FIGURES = {
    "overall": {
        "success@1": 0.8958,
        "success@3": 0.9583,
        "good@3": 0.7916,
        "ndcg@5": 0.8114,
        "mrr": 0.9317,
        "zero": 0.0,
    },
    "adult-survivors": {
        "success@1": 1.0,
        "success@3": 1.0,
        "good@3": 0.75,
        "ndcg@5": 0.8776,
        "mrr": 1.0,
        "zero": 0.0,
    },
    "children-young-people": {
        "success@1": 1.0,
        "success@3": 1.0,
        "good@3": 0.875,
        "ndcg@5": 0.8313,
        "mrr": 1.0,
        "zero": 0.0,
    },
    "parents-carers": {
        "success@1": 0.875,
        "success@3": 1.0,
        "good@3": 0.875,
        "ndcg@5": 0.815,
        "mrr": 0.9375,
        "zero": 0.0,
    },
    "professionals": {
        "success@1": 0.625,
        "success@3": 0.75,
        "good@3": 0.375,
        "ndcg@5": 0.6295,
        "mrr": 0.7152,
        "zero": 0.0,
    },
    "welsh-speakers": {
        "success@1": 1.0,
        "success@3": 1.0,
        "good@3": 1.0,
        "ndcg@5": 0.8533,
        "mrr": 1.0,
        "zero": 0.0,
    },
    "worried-about-behaviour": {
        "success@1": 0.875,
        "success@3": 1.0,
        "good@3": 0.875,
        "ndcg@5": 0.8616,
        "mrr": 0.9375,
        "zero": 0.0,
    },
}
#: the held-out set, never tuned on (tests/relevance/README.md): a change that helps only the
#: judged set's wording shows here
HELD_OUT = JUDGED_SET.with_name("holdout.jsonl")


def fallen(report, figures: dict[str, dict[str, float]]) -> list[str]:
    """Each figure (persona, metric) that is now worse than written down."""
    found = []
    for persona, expected in figures.items():
        now = report.mean(None if persona == "overall" else persona)
        for metric, figure in expected.items():
            worse = now[metric] > figure if metric == "zero" else now[metric] < figure
            if worse:
                found.append(f"{persona} {metric}: {now[metric]:.4f} < {figure}")
    return found


@pytest.fixture(scope="module")
def reports(bundled_index, gazetteer):
    return compare(bundled_index, gazetteer, load_judged())


def test_the_held_out_set_keeps_its_figures_overall_and_per_persona(bundled_index, gazetteer):
    app, _ = compare(bundled_index, gazetteer, load_judged(HELD_OUT))
    assert set(app.personas) == set(HELD_OUT_FIGURES) - {"overall"}
    assert fallen(app, HELD_OUT_FIGURES) == []


def test_the_judged_set_is_graded_for_every_persona():
    judged = load_judged()
    assert len(judged) >= 100
    personas = {j.persona for j in judged}
    assert len(personas) == 6
    assert all(j.grades for j in judged)
    assert sum(1 for j in judged if j.location) >= len(judged) / 3


def test_the_judged_set_keeps_its_figures_overall_and_per_persona(reports):
    app = reports[0]
    assert set(app.personas) == set(JUDGED_FIGURES) - {"overall"}
    assert fallen(app, JUDGED_FIGURES) == []


def test_beats_the_plain_fts5_baseline_on_every_metric(reports):
    app, baseline = (r.mean() for r in reports)
    for metric in METRICS:
        if metric == "zero":
            assert app[metric] < baseline[metric]
        else:
            assert app[metric] > baseline[metric], metric


@pytest.mark.parametrize(
    ("query", "answers"),
    [
        ("stepdad", {"childline", "nspcc-helpline", "napac"}),
        ("stepfather", {"childline", "nspcc-helpline", "napac"}),
        ("help", {"childline", "rape-crisis-247", "nspcc-helpline", "samaritans"}),
        ("scared", {"childline", "rape-crisis-247", "samaritans", "shout-85258"}),
        ("what do I do", {"childline", "rape-crisis-247", "nspcc-helpline", "samaritans"}),
        ("I'm scared at home", {"childline"}),
        ("worried about my own sexual thoughts", {"stop-it-now"}),
        ("online chat for teenagers about abuse", {"childline"}),
        ("abused as a child", {"napac", "rape-crisis-247", "survivors-trust"}),
        ("im 14 and my brother touches me", {"childline"}),
        ("my daughter told me her uncle touched her", {"nspcc-helpline"}),
    ],
)
def test_the_examples_get_a_useful_first_or_second_answer(bundled_index, gazetteer, query, answers):
    shown = find(bundled_index, gazetteer, FindRequest(q=query)).shown_ids()
    assert answers & set(shown[:2]), (query, shown[:5])


def test_a_child_is_never_sent_first_to_an_adults_only_service(bundled_index, gazetteer):
    results = find(
        bundled_index, gazetteer, FindRequest(q="im 14 someone to talk to", location="Wrexham")
    )
    first = [bundled_index.services[i] for i in results.shown_ids()[:3]]
    assert all((s.minimum_age or 0) <= 14 for s in first), [s.id for s in first]


@pytest.mark.parametrize("query", ["step dad", "brother", "what do I do", "scared", "nudes"])
def test_no_suggestion_changes_a_correctly_spelled_word(bundled_index, query):
    assert search(bundled_index, query).text.suggestion is None


def test_a_misspelling_is_understood_and_said(bundled_index, gazetteer):
    results = find(bundled_index, gazetteer, FindRequest(q="counciling"))
    assert results.suggestion == "counselling"
    assert results.shown_ids()


def test_nothing_matched_still_answers_with_helplines_for_who_is_asking(bundled_index, gazetteer):
    results = find(bundled_index, gazetteer, FindRequest(q="im 13 xqzt blorp"))
    assert results.fallback
    assert results.shown_ids()[0] == "childline"


def test_words_in_maintainers_notes_are_not_searched(bundled_index):
    # "Home Office" and "Wikipedia" appear only in researchers' notes
    assert "home office" not in " ".join(
        s.description.lower() for s in bundled_index.services.values()
    )
    assert search(bundled_index, "wikipedia").text.fallback


def test_a_county_search_shows_services_covering_any_part_of_it(bundled_index, gazetteer):
    results = find(bundled_index, gazetteer, FindRequest(location="Suffolk"))
    local = [i.service for i in results.local.items]
    ipswich = gazetteer.resolve("Ipswich").place.local_authority_code
    assert local and all(ipswich in s.service_area.local_authorities or s.points for s in local)


def test_a_professional_naming_a_place_gets_services_there_first(bundled_index, gazetteer):
    results = find(bundled_index, gazetteer, FindRequest(q="ISVA referral", location="Leeds"))
    # (fifth walk-through F4) with those for other areas, which follow under their own heading
    local = [i.service.id for i in [*results.local.items, *results.other_areas]]
    assert len(local) >= 3 and results.shown_ids()[:3] == local[:3], results.shown_ids()[:5]


@pytest.mark.parametrize(
    "query",
    [
        "my brother raped me when we were kids",
        "flashbacks from childhood sexual abuse",
        "support for women abused as children",
    ],
)
def test_an_adult_recalling_childhood_is_not_sent_to_a_childrens_service(
    bundled_index, gazetteer, query
):
    shown = find(bundled_index, gazetteer, FindRequest(q=query)).shown_ids()
    first = bundled_index.services[shown[0]]
    assert first.audiences != ["children-young-people"], shown[:3]


def test_an_age_is_who_the_help_is_for_not_a_word_to_look_for():
    understood = understand("HSB assessment for 13 year old boy")
    assert understood.asker.persona == "professional" and understood.asker.age == 13
    assert not {"year", "old"} & set(understood.words)


@pytest.mark.parametrize("query", ["rwy'n 14 ac mae fy llystad yn cyffwrdd", "dwi'n 14"])
def test_a_child_saying_their_age_in_welsh_is_a_child_of_that_age(query):
    asker = understand(query).asker
    assert asker.persona == "child" and asker.age == 14 and asker.welsh


@pytest.mark.parametrize("query", ["online help", "cymorth ar-lein", "support online"])
def test_help_given_online_is_a_way_to_get_help_not_online_abuse(query):
    names = {c.name for c in understand(query).concepts}
    assert "chat" in names and "online" not in names


@pytest.mark.parametrize(
    "query",
    [
        "im 16 and attracted to younger children",
        "i'm 17, i think im attracted to kids",
        "im 15 and i think about children sexually",
    ],
)
def test_a_young_person_worried_about_their_own_thoughts_gets_the_line_for_that(
    bundled_index, gazetteer, query
):
    # saying an age does not make them a child asking about abuse done to them, and "kids"
    # here are who is at risk, not who the help is for
    asker = understand(query).asker
    assert asker.persona == "own-behaviour" and asker.age is not None
    shown = find(bundled_index, gazetteer, FindRequest(q=query)).shown_ids()
    first = bundled_index.services[shown[0]]
    assert "people-worried-about-own-behaviour" in first.audiences, shown[:3]


@pytest.mark.parametrize("query", ["my urges", "sexual thoughts about children"])
def test_thoughts_of_suicide_are_not_thoughts_about_children(bundled_index, query):
    found = search(bundled_index, query).ids
    suicide_lines = {
        s.id for s in bundled_index.services.values() if "emotional-distress" in s.abuse_types
    }
    assert found and not suicide_lines & set(found[:3]), found[:5]


def test_family_of_someone_arrested_for_images_find_the_families_service(bundled_index, gazetteer):
    # a service for online offending is on topic when the person's words say images, even
    # inside a phrase about offending
    shown = find(
        bundled_index,
        gazetteer,
        FindRequest(q="my husband was arrested for child abuse images, support for our family"),
    ).shown_ids()
    assert "lucy-faithfull-foundation" in shown[:3], shown[:5]


@pytest.mark.parametrize("query", ["scared", "i feel so alone", "someone to talk to"])
def test_someone_who_names_nobody_is_answered_as_asking_for_themselves(
    bundled_index, gazetteer, query
):
    shown = find(bundled_index, gazetteer, FindRequest(q=query)).shown_ids()
    for sid in shown[:3]:
        audiences = set(bundled_index.services[sid].audiences)
        assert audiences & {"children-young-people", "adult-survivors"}, (sid, shown[:3])


@pytest.mark.parametrize("query", ["my partner was arrested, what now", "what now"])
def test_not_knowing_what_comes_next_is_not_an_emergency(query):
    assert "urgent" not in {c.name for c in understand(query).concepts}


@pytest.mark.parametrize(
    ("query", "concept"),
    [
        ("he makes me do stuff i dont like", "sexual-abuse"),
        ("my uncle made me do things", "sexual-abuse"),
        ("where can she get checked over after an assault", "sarc"),
    ],
)
def test_a_childs_or_a_parents_plain_words_are_understood(query, concept):
    assert concept in {c.name for c in understand(query).concepts}


def test_being_made_to_go_to_court_is_not_abuse():
    names = {c.name for c in understand("will they make me go to court").concepts}
    assert "sexual-abuse" not in names


@pytest.mark.parametrize(
    "query",
    [
        "support for parents whose child was sexually abused",
        "support for parents of abused children",
    ],
)
def test_help_for_parents_of_a_child_is_for_the_parents(bundled_index, gazetteer, query):
    # the child is whose child it is, not who the help is for
    shown = find(bundled_index, gazetteer, FindRequest(q=query)).shown_ids()
    for sid in shown[:2]:
        assert "parents-carers" in bundled_index.services[sid].audiences, shown[:3]


def test_a_mutated_welsh_word_is_read_inside_a_phrase():
    # "gam-drin" is "cam-drin" (abused) after "ei"
    names = {c.name for c in understand("plentyn wedi cael ei gam-drin").concepts}
    assert "sexual-abuse" in names


@pytest.mark.parametrize(
    "query",
    ["my brother was caught touching our little cousin", "my cousin keeps touching younger kids"],
)
def test_someone_elses_behaviour_towards_a_child_finds_the_line_for_worried_people(
    bundled_index, gazetteer, query
):
    shown = find(bundled_index, gazetteer, FindRequest(q=query)).shown_ids()
    assert "stop-it-now" in shown[:2], shown[:5]
    # a child telling of being touched is still answered as a child first
    shown = find(
        bundled_index, gazetteer, FindRequest(q="my brother keeps touching me")
    ).shown_ids()
    assert shown[0] == "childline", shown[:3]


def test_services_near_that_match_less_well_are_never_called_none(bundled_client):
    # a child in Leeds: the services near Leeds fit less well than Childline, so they come
    # after the national lines; the page must not say there are none within 25 miles
    page = bundled_client.get(
        "/search?q=someone+to+talk+to+my+brother+does+stuff+to+me&location=Leeds"
    ).get_data(as_text=True)
    assert "no local services within" not in page
    # (fourth walk-through F3: deliberately changed) the Leeds service covering the city that
    # takes children now comes before the national lines, as a service near the child
    assert "Hazlehurst" in page
    assert "No service near you matches your words closely." not in page


def test_an_age_named_in_a_request_keeps_out_services_too_old_for_it(bundled_index, gazetteer):
    # nobody says who is asking; the help is for a 6-year-old
    # (w26parent: a child of 6 did not write it; read as their parent's, the help still for 6)
    assert understand("therapy for 6 year old after sexual abuse").asker.for_age == 6
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(q="therapy for 6 year old after sexual abuse", location="NE1"),
    )
    for item in results.local.items:
        assert (item.service.minimum_age or 0) <= 6, item.service.id


@pytest.mark.parametrize(
    "query",
    [
        "mae fy nhad yn cam-drin fi",
        "mae fy ewythr yn cyffwrdd â fi",
        "mae fy nhad yn fy nghyffwrdd",
        "mae fy ewythr yn fy ngham-drin",
    ],
)
def test_a_child_telling_in_welsh_of_abuse_by_a_relative_is_answered_as_a_child(
    bundled_index, gazetteer, query
):
    assert understand(query).asker.is_child
    shown = find(bundled_index, gazetteer, FindRequest(q=query, location="Bangor")).shown_ids()
    first = bundled_index.services[shown[0]]
    assert not first.audiences or "children-young-people" in first.audiences, shown[:3]


@pytest.mark.parametrize(
    "query",
    [
        "GP who can i call for advice about a patient",
        "teacher needs advice about a pupil",
        "worried a patient's child is being abused, who should I call",
    ],
)
def test_a_professional_asking_for_advice_gets_a_line_that_advises_professionals(
    bundled_index, gazetteer, query
):
    shown = find(bundled_index, gazetteer, FindRequest(q=query)).shown_ids()
    for sid in shown[:2]:
        assert "professionals" in bundled_index.services[sid].audiences, shown[:3]
    # and a service for men or for women only does not, unasked, come among the first three
    for sid in shown[:3]:
        assert set(bundled_index.services[sid].genders) <= {"any"}, shown[:3]


def test_survivors_asking_for_counselling_are_not_sent_first_to_a_childrens_line(
    bundled_index, gazetteer
):
    shown = find(
        bundled_index,
        gazetteer,
        FindRequest(q="free counselling survivors of incest", location="B15"),
    ).shown_ids()
    first = bundled_index.services[shown[0]]
    assert "adult-survivors" in first.audiences, shown[:3]


@pytest.mark.parametrize("location", ["", "Leeds", "Cardiff"])
def test_every_service_available_wherever_you_live_that_the_heading_counts_is_listed(
    bundled_index, gazetteer, location
):
    # the heading said 25, 28 or 30 services and the page listed 20, with no way to the rest
    results = find(bundled_index, gazetteer, FindRequest(q="help", location=location))
    assert results.national_total > 20
    assert len(results.national) == results.national_total
