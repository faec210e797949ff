"""A parent's worry that someone is grooming their child or behaving sexually towards them: the
services made for it (the NSPCC, Stop It Now, Parents Protect) come before the lines only for
distress (Family Lives, YoungMinds Parents Helpline), which follow; and a sexual assault
referral centre is not the first local card when the words tell of no abuse done and no
assault. A parent asking about a child's self-harm, anxiety or a family breaking up keeps those
lines first. Worded differently from the walk-through's own searches, in other towns; English
and Welsh."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, find
from directory.search.lexicon import clean_text
from directory.search.told import worried_for_a_child, worry_short_of_abuse
from directory.search.understand import understand

from .helpers import national_ids

DISTRESS_LINES = ("family-lives", "youngminds-parents-helpline")


def _before_the_distress_lines(ids: list[str], service: str) -> bool:
    """``service`` is listed, before every line only for distress that is listed."""
    return service in ids and all(
        ids.index(service) < ids.index(line) for line in DISTRESS_LINES if line in ids
    )


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("the youth leader at church is grooming my 13 year old", "Darlington"),
        (
            "worried our neighbour is too friendly with my daughter, he always asks to be "
            "alone with her",
            "Chesterfield",
        ),
        (
            "my 10 year old's karate instructor keeps messaging my son and giving him money",
            "Stockport",
        ),
        ("worried my neighbour is too friendly with my 7 year old", "Peterborough"),
        ("worried a man at the gym is grooming my 14 year old daughter", "Gloucester"),
    ],
)
def test_a_parents_grooming_worry_gets_the_nspcc_and_stop_it_now_before_the_distress_lines(
    directory, q, location
):
    ids = national_ids(directory, q, location)
    assert _before_the_distress_lines(ids, "nspcc-helpline"), ids[:6]
    assert _before_the_distress_lines(ids, "stop-it-now"), ids[:6]
    # the general lines follow: still on the list, not dropped
    assert "family-lives" in ids, ids


def test_a_registered_offender_near_the_children_gets_parents_protect_before_family_lives(
    directory,
):
    q = "a family friend is a registered sex offender and wants to visit my kids"
    ids = national_ids(directory, q, "Ipswich")
    assert ids[0] == "stop-it-now", ids[:6]
    assert _before_the_distress_lines(ids, "parents-protect"), ids[:7]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        # (a man at the rugby club is grooming my 12-year-old son)
        ("mae dyn yn y clwb rygbi yn meithrin perthynas amhriodol efo fy mab 12 oed", "Wrecsam"),
        # (I'm worried a family friend is grooming my daughter)
        ("rwy'n poeni bod ffrind y teulu yn paratoi fy merch", "Llanelli"),
    ],
)
def test_a_welsh_parents_grooming_worry_gets_the_services_for_it_before_family_lives(
    directory, q, location
):
    ids = national_ids(directory, q, location)
    assert _before_the_distress_lines(ids, "nspcc-helpline"), ids[:7]
    assert _before_the_distress_lines(ids, "parents-protect"), ids[:7]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my son is 14 and has been self harming and wont eat", "Stockport"),
        ("my daughter is 12 and is so anxious she wont go to school", "Ipswich"),
        ("we are separating and my kids keep fighting, its chaos at home", "Chesterfield"),
        ("my daughter was abused by her uncle and now she is cutting herself", "Darlington"),
        # (I'm worried about my 15-year-old daughter's mental health)
        ("dw i'n poeni am iechyd meddwl fy merch 15 oed", "Llanelli"),
    ],
)
def test_a_parent_asking_about_a_childs_mental_health_or_the_family_keeps_the_distress_lines_high(
    directory, q, location
):
    ids = national_ids(directory, q, location)
    assert set(ids[:3]) & set(DISTRESS_LINES), ids[:6]


def _found(directory, q: str, location: str):
    return find(directory.index, directory.gazetteer, FindRequest(q=q, location=location))


def _first_local(directory, q: str, location: str) -> list[str]:
    """The services shown as near the place, in order."""
    return [item.service.id for item in _found(directory, q, location).local.items]


@pytest.mark.parametrize(
    ("q", "location", "centre"),
    [
        ("worried the lodger is grooming my 12 year old son", "Northallerton", "acer-house-sarc"),
        (
            "concerned my daughters coach is inappropriate with her, she is 13",
            "Barnstaple",
            "devon-cornwall-sarc",
        ),
        (
            "my brother in law is acting inappropriately with my girl, hes very touchy",
            "Warrington",
            "saint-marys-sarc-manchester",
        ),
    ],
)
def test_a_worry_telling_of_no_abuse_done_has_no_forensic_centre_as_its_first_local_card(
    directory, q, location, centre
):
    local = _first_local(directory, q, location)
    assert not local or local[0] != centre, local
    # the centre is still shown, later
    assert centre in _found(directory, q, location).shown_ids()


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my daughter was groomed by a man online and he met her, she is 14", "Scarborough"),
        ("my son was touched by his coach, hes 10", "Scarborough"),
        ("worried my 15 year old was assaulted at a party last night", "Northallerton"),
    ],
)
def test_a_parent_telling_of_abuse_done_or_an_assault_keeps_the_centre_first(
    directory, q, location
):
    assert _first_local(directory, q, location)[:1] == ["acer-house-sarc"]


@pytest.mark.parametrize(
    "q",
    [
        "my neighbour is very touchy with my 6 year old",
        "a man from the football club keeps messaging my son",
        "my daughters tutor keeps buying her presents and wants to be alone with her",
        "my exs brother is on the sex offenders register and sees my kids",
        # (he is grooming my daughter; I'm worried the coach is grooming my son)
        "mae o'n meithrin perthynas amhriodol gyda fy merch",
        "dw i'n poeni bod yr hyfforddwr yn paratoi fy mab",
    ],
)
def test_words_of_a_worry_short_of_abuse_are_read_as_such(q):
    understood = understand(q)
    cleaned = clean_text(q)
    assert understood.asker.persona == "parent", understood.asker
    assert worried_for_a_child(understood.asker, understood.concepts, cleaned)
    assert worry_short_of_abuse(understood.asker, understood.concepts, cleaned)


@pytest.mark.parametrize(
    "q",
    [
        "my son is 15 and his behaviour at home is out of control",
        "my daughter is self harming because a man groomed her",
        "my kids are struggling since the divorce",
        "worried about my daughters mental health, she wont leave her room",
    ],
)
def test_a_parents_other_worries_are_not_read_as_a_worry_about_sexual_harm(q):
    understood = understand(q)
    assert understood.asker.persona == "parent", understood.asker
    assert not worried_for_a_child(understood.asker, understood.concepts, clean_text(q))


@pytest.mark.parametrize(
    "q",
    [
        "my son was touched by his coach",
        "my daughter has been groomed and abused by her uncle",
        "worried my daughter was raped at a party",
    ],
)
def test_a_parent_telling_of_abuse_done_is_no_worry_short_of_it(q):
    understood = understand(q)
    assert understood.asker.persona == "parent", understood.asker
    assert not worry_short_of_abuse(understood.asker, understood.concepts, clean_text(q))
