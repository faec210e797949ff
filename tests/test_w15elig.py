"""Issue 25 after the eleventh walk-through (branch w15elig: F3, F5, F9; probe 13 pattern 3):
the services near a place that a person's own words or the listings' own words say are not
for them. A child does not get an adults' service whose age policy is not stated (and whose
words name no children) above Childline; an adult who recalls abuse long ago and asks to talk
does not get a forensic centre as the first card; a man does not get a women-only line, nor
an adult a service for under-18s; someone worried about their own sexual thoughts gets no
victims' service near them. Both ways: a recent assault keeps its centre first, a woman keeps
the women's service, a boy keeps the service naming boys, a professional telling of a
disclosure keeps the centres. Worded differently from the walk-through and the probe, in
other towns; English and Welsh."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, FindResults, find
from directory.search.understand import understand


def _find(bundled_index, gazetteer, q: str, location: str) -> FindResults:
    return find(bundled_index, gazetteer, FindRequest(q=q, location=location))


def _local(results: FindResults) -> list[str]:
    return [i.service.id for i in results.local.items]


def _near(results: FindResults) -> list[str]:
    """Every service listed near the place: under "Services near", for other areas, and
    under "Other services near you"."""
    return (
        _local(results)
        + [i.service.id for i in results.other_areas]
        + [i.service.id for i in results.more_local]
    )


def _cards(results: FindResults, first: int = 3) -> list[str]:
    """The cards in the order the page shows them: the local ones, then the first few
    available everywhere (the rest of those are one tap away, after the other local ones)."""
    return _local(results) + [i.service.id for i in results.national[:first]]


# --- F3: an adults' service with no age policy, for a child ------------------------------------

ISVA = "staffordshire-womens-aid-isva"


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my stepbrother raped me yesterday, im 15", "Stafford"),
        ("my mums boyfriend raped me at the weekend, im 16", "Stone, Staffordshire"),
    ],
)
def test_an_adults_service_whose_words_name_no_children_follows_childline_for_a_child(
    bundled_index, gazetteer, q, location
):
    isva = bundled_index.services[ISVA]
    assert isva.ages_not_stated and "adult-survivors" in isva.audiences
    results = _find(bundled_index, gazetteer, q, location)
    assert results.asker.persona == "child"
    assert ISVA not in _local(results), _local(results)
    # kept, with its honest label, under "Other services near you": not stated is not excluded
    assert ISVA in [i.service.id for i in results.more_local]
    assert "childline" in _cards(results), _cards(results)


def test_a_service_whose_words_name_boys_stays_near_a_boy(bundled_index, gazetteer):
    # "supports boys and men": its age policy is not stated, but its own words take him in
    results = _find(
        bundled_index,
        gazetteer,
        "im 14 and a man at my football club touched me, im a boy",
        "Bolton",
    )
    assert "we-are-survivors" in _local(results), _local(results)


def test_a_recent_assault_keeps_the_childrens_centre_first_for_a_child(bundled_index, gazetteer):
    results = _find(bundled_index, gazetteer, "my stepdad raped me last night im 13", "Walsall")
    assert _local(results)[:1] == ["horizon-sarc-west-midlands-children"], _local(results)


# --- F5: a forensic centre for an adult who recalls abuse long ago ------------------------------


@pytest.mark.parametrize(
    ("q", "location", "centre"),
    [
        (
            "bloke in my fifties, abused by a neighbour as a lad, need someone to talk to",
            "Fareham",
            "treetops-centre-sarc",
        ),
        (
            "man in my 70s, abused by my uncle as a boy, is there a support group",
            "Kings Lynn",
            "harbour-centre-sarc-norfolk",
        ),
    ],
)
def test_a_forensic_centre_is_not_the_first_card_for_a_man_recalling_abuse_as_a_boy(
    bundled_index, gazetteer, q, location, centre
):
    results = _find(bundled_index, gazetteer, q, location)
    assert results.asker.persona == "adult" and results.asker.gender == "male"
    assert centre not in _cards(results), _cards(results)
    # kept near, after the national answers: it sees people abused in the past
    assert centre in [i.service.id for i in results.more_local]


def test_the_counselling_near_comes_before_the_forensic_centre(bundled_index, gazetteer):
    results = _find(
        bundled_index,
        gazetteer,
        "im 52, my uncle abused me when i was a boy, i want counselling",
        "Ashford, Kent",
    )
    shown = results.shown_ids()
    assert shown[0] == "one-in-four-kent", shown[:3]
    assert shown.index("one-in-four-kent") < shown.index("beech-house-sarc-kent")


@pytest.mark.parametrize(
    ("q", "location", "centre"),
    [
        ("im 47 and was raped last weekend", "Canterbury", "beech-house-sarc-kent"),
        # reporting to the police is what a centre helps with, however long ago
        (
            "want to go to the police about what my uncle did to me years ago",
            "Maidstone",
            "beech-house-sarc-kent",
        ),
    ],
)
def test_an_assault_in_the_last_few_days_or_reporting_keeps_the_centre_first(
    bundled_index, gazetteer, q, location, centre
):
    results = _find(bundled_index, gazetteer, q, location)
    assert _local(results)[:1] == [centre], _local(results)


def test_in_welsh_the_counselling_near_comes_before_the_forensic_centre(bundled_index, gazetteer):
    results = _find(
        bundled_index,
        gazetteer,
        "dyn 55 oed, ces i fy ngham-drin pan oeddwn i'n blentyn, dwi eisiau siarad â rhywun",
        "Bangor",
    )
    local = _local(results)
    assert local and local[0] == "rasasc-north-wales-rape-and-sexual-abuse-support-centre", local
    assert "amethyst-sarc-north-wales" not in local


# --- F5: services that exclude him (or her) ----------------------------------------------------


def test_a_man_who_says_his_decade_is_read_as_a_man():
    for q in ("man in my 60s abused as a kid", "bloke in my late forties, abused as a child"):
        assert understand(q).asker.gender == "male", q
    assert understand("woman in my 50s, abused by my dad").asker.gender == "female"
    # who did it is not who asks
    assert understand("a man in my street touched my son").asker.gender == ""


def test_a_man_in_his_seventies_gets_no_womens_line_and_no_service_for_under_18s(
    bundled_index, gazetteer
):
    results = _find(
        bundled_index,
        gazetteer,
        "man in my 70s, abused by my uncle as a boy, is there a support group",
        "Kings Lynn",
    )
    shown = results.shown_ids()
    national = [i.service.id for i in results.national]
    assert "womens-aid-live-chat" not in national[:5], national[:5]
    assert bundled_index.services["brave-futures"].maximum_age == 17
    assert "brave-futures" not in shown, shown


def test_a_woman_keeps_the_womens_service_near_her(bundled_index, gazetteer):
    results = _find(
        bundled_index,
        gazetteer,
        "woman in my late forties, abused by my step dad as a girl, want counselling",
        "Leeds",
    )
    assert _local(results)[:1] == ["sarsvl-leeds"], _local(results)


def test_a_parent_still_sees_the_service_for_children_and_parents(bundled_index, gazetteer):
    results = _find(
        bundled_index,
        gazetteer,
        "my son is 9 and his cousin abused him, he needs therapy",
        "Ipswich",
    )
    assert "brave-futures" in _local(results), _local(results)


# --- F9, probe 13 pattern 3: worried about their own thoughts ---------------------------------


@pytest.mark.parametrize(
    ("q", "location"),
    [
        (
            "im a youth worker and im worried about my own thoughts about the young people",
            "Mansfield",
        ),
        (
            "as a social worker im worried about my own sexual thoughts about young people",
            "Leicester",
        ),
        ("im a teacher and im worried about my thoughts about the children in my class", "Derby"),
        ("i work in a primary school and im scared of my own thoughts about the kids", "Derby"),
        ("dwin poeni am fy meddyliau rhywiol am blant", "Bangor"),
    ],
)
def test_no_victims_service_is_near_someone_worried_about_their_own_thoughts(
    bundled_index, gazetteer, q, location
):
    results = _find(bundled_index, gazetteer, q, location)
    services = bundled_index.services
    near = _near(results)
    harmed = [
        sid
        for sid in near
        if "sarc" in services[sid].support_types
        or {"adult-survivors", "children-young-people"} & set(services[sid].audiences)
    ]
    assert harmed == [], near
    assert results.shown_ids()[0] in ("stop-it-now", "stop-it-now-wales"), results.shown_ids()[:3]


def test_a_professional_telling_of_a_disclosure_keeps_the_centres(bundled_index, gazetteer):
    results = _find(
        bundled_index,
        gazetteer,
        "im a teacher, a boy in my class disclosed his stepdad abused him, where can he go",
        "Derby",
    )
    local = _local(results)
    assert any("sarc" in bundled_index.services[sid].support_types for sid in local), local


def test_the_welsh_page_for_someone_worried_about_their_thoughts_lists_no_centre(
    bundled_client, bundled_index
):
    """The page itself (/cy), as a Welsh speaker in Bangor reads it: no North Wales centre for
    people assaulted, nor its counselling for survivors, anywhere on it."""
    response = bundled_client.get(
        "/cy/search",
        query_string={"q": "dwi'n poeni am fy meddyliau rhywiol am blant", "location": "Bangor"},
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "/service/stop-it-now" in html
    for sid in (
        "amethyst-sarc-north-wales",
        "rasasc-north-wales-rape-and-sexual-abuse-support-centre",
    ):
        assert f"/service/{sid}" not in html, sid
