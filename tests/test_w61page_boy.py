"""(forty-seventh walk-through F8) Filters and the pack for a boy.

A professional asking about "a 16 year old boy" at Camblesforth, with the filters "16 or 17" and
"Counselling and therapy", was offered one service: a Leeds service for women and girls, under
"Services for other nearby areas". Now a service for other areas that is only for the other sex
than the one the words give for whoever the help is for is never listed; a boy or man who says
his own sex ("im 15 and a boy") is not offered a line only for women with a filter either. And the
pack's CSV fills "Eligibility" for the "Talk to someone now" rows as for the others. Other words,
towns and services than the report's.
"""

from __future__ import annotations

import csv
import io

import pytest

from directory.finder import FindRequest, find
from directory.search.understand import understand
from tests.helpers import bundled_records, cards_and_words, posted_results

COUNSELLING = {"support": ("counselling-therapy",)}


def _only(sex: str) -> set[str]:
    """The listings only for ``sex`` ("female": women and girls only)."""
    return {k for k, v in bundled_records().items() if set(v.get("genders") or []) == {sex}}


def _near(results) -> list[str]:
    """Every local listing a search offers: near, further down, for other areas."""
    return [i.service.id for i in (*results.local.items, *results.more_local, *results.other_areas)]


@pytest.mark.parametrize(
    ("words", "place", "filters", "sex"),
    [
        # a professional about a boy, near a women-and-girls service for Leeds only
        ("counselling for a 15 year old boy abused by his aunt, referral from school", "Harrogate",
         {}, "female"),
        ("counselling for a 15 year old boy abused by his aunt, referral from school", "Harrogate",
         COUNSELLING, "female"),
        # a parent about a son, with the filter and a wider radius
        ("my son is 13 and was abused by a neighbour, where can he get therapy", "Ripon",
         COUNSELLING, "female"),
        # the mirror: a girl, near a service for men and boys in Greater Manchester only
        ("therapy for a 14 year old girl abused by her stepdad, referral from school",
         "Warrington", {}, "male"),
        ("therapy for a 14 year old girl abused by her stepdad, referral from school",
         "Warrington", COUNSELLING, "male"),
    ],
)  # fmt: skip
def test_a_service_for_other_areas_and_the_other_sex_is_not_offered(
    bundled_index, gazetteer, words, place, filters, sex
):
    for radius in (25, 50):
        request = FindRequest(q=words, location=place, filters=filters, radius=radius)
        offered = _near(find(bundled_index, gazetteer, request))
        assert not _only(sex) & set(offered), offered


def test_on_the_page_the_professional_sees_no_womens_service_for_the_boy(bundled_client):
    client = bundled_client.application.test_client()
    words = "counselling for a 15 year old boy abused by his aunt, referral from school"
    soup = posted_results(client, words, "Harrogate", professional=True)
    ids = [sid for sid, _ in cards_and_words(soup)]
    assert ids and not _only("female") & set(ids), ids


@pytest.mark.parametrize(
    ("words", "place", "filters", "kept"),
    [
        # guards (pass on main too): a girl still finds the women and girls' service, and a
        # boy the service for men and boys
        ("counselling for a 15 year old girl abused by her uncle", "Harrogate", COUNSELLING,
         "sarsvl-leeds"),
        ("therapy for a 14 year old boy abused by his stepdad, referral from school",
         "Warrington", {}, "we-are-survivors"),
    ],
)  # fmt: skip
def test_the_service_for_their_own_sex_is_still_offered(
    bundled_index, gazetteer, words, place, filters, kept
):
    request = FindRequest(q=words, location=place, filters=filters)
    assert kept in _near(find(bundled_index, gazetteer, request))


@pytest.mark.parametrize(
    ("words", "sex"),
    [
        ("im 15 and a boy, my aunt abused me, i want counselling", "male"),
        ("i am 14 n a lad and my stepmum touches me", "male"),
        ("im 13 and a girl and my uncle touches me", "female"),
    ],
)
def test_an_age_then_and_a_boy_says_the_askers_sex(words, sex):
    assert understand(words).asker.gender == sex


@pytest.mark.parametrize(
    "words",
    [
        # guards (pass on main too): "and a boy" who did something is not the asker
        "im 14 and a boy at school touched me",
        "im 12 and a boy in my class keeps sending me pictures",
    ],
)
def test_and_a_boy_who_did_it_is_not_the_askers_sex(words):
    assert understand(words).asker.gender == ""


@pytest.mark.parametrize(
    "words",
    [
        # (on main, "and a boy" was not read, so the women's lines did not come either)
        "im 15 and a boy, my aunt abused me, i want counselling",
        "im a 16 year old lad and my stepmum abused me, counselling please",
    ],
)
def test_a_boy_who_says_so_is_offered_no_line_only_for_women_with_a_filter(
    bundled_index, gazetteer, words
):
    request = FindRequest(q=words, location="Pontefract", filters=COUNSELLING)
    results = find(bundled_index, gazetteer, request)
    # not even apart: under a filter the page lists none apart (``FindResults.apart``)
    offered = [i.service.id for i in (*results.national, *results.more_local)]
    offered += [i.service.id for i in (*results.local.items, *results.other_areas)]
    assert offered and not _only("female") & set(offered), offered


@pytest.mark.parametrize(
    ("prefix", "column", "line_kind"),
    [
        ("", "Eligibility", "Talk to someone now"),
        ("/cy", "Pwy all ei ddefnyddio", "Siarad â rhywun nawr"),
    ],
)
def test_the_packs_lines_to_call_now_say_their_eligibility(
    bundled_client, prefix, column, line_kind
):
    sheet = bundled_client.get(f"{prefix}/referral-pack.csv?id=sarsvl-leeds&id=safeline-nmsh")
    rows = list(csv.DictReader(io.StringIO(sheet.get_data(as_text=True))))
    kind, name = list(rows[0])[:2]  # "Kind", "Service" in the page's language
    lines = [r for r in rows if r[kind] == line_kind and r[name] != "999"]
    assert lines, [r[kind] for r in rows]
    assert all(r[column] for r in lines), lines
