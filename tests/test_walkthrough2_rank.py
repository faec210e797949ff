"""The second phone walk-through's ranking findings (docs/walkthrough-2026-12/second): the line
for people worried about their own thoughts comes after the victims' services for a child, an
adult survivor or a parent telling of abuse done (F2, F4), and is not joined by children's
victim services for someone worried about themselves (F2). Worded differently from the
walk-through's own searches."""

from __future__ import annotations

import pytest

from directory.facade import Directory
from directory.finder import FindRequest, find
from directory.search.understand import understand

from .helpers import GAZETTEER_PATH

WORRIED_LINES = {"stop-it-now", "stop-it-now-wales"}


def _national(bundled_index, gazetteer, q: str, location: str = "") -> list[str]:
    results = find(bundled_index, gazetteer, FindRequest(q=q, location=location))
    return [i.service.id for i in results.national]


def _for_children_harmed(service) -> bool:
    audiences = set(service.audiences)
    return (
        "children-young-people" in audiences
        and not audiences & {"adult-survivors", "people-worried-about-own-behaviour"}
        and set(service.abuse_types) - {"emotional-distress"} != set()
    )


@pytest.mark.parametrize(
    ("q", "first"),
    [
        # a child, in their own words
        ("my cousin makes me do sexual things and i hate it", "childline"),
        # a parent telling of what was done to her child
        ("my partner abused my little girl and i need someone to talk to", "nspcc-helpline"),
        ("my son told me his grandad touched him, what do i do", "nspcc-helpline"),
        # adults abused as children
        ("my older brother touched me when i was little, i still think about it, im 34", "napac"),
        ("survivor of childhood sexual abuse looking for support", "napac"),
    ],
)
def test_someone_telling_of_abuse_done_gets_the_worried_line_after_their_own(
    bundled_index, gazetteer, q, first
):
    national = _national(bundled_index, gazetteer, q)
    # (three are shown at first)
    assert national[0] == first, national[:4]
    assert not WORRIED_LINES & set(national[:3]), national[:6]


def test_a_parent_worried_about_someone_elses_behaviour_still_gets_the_worried_line(
    bundled_index, gazetteer
):
    # not abuse done: a worry about how a partner behaves around the children
    q = "worried about how my new boyfriend behaves with my kids"
    assert "stop-it-now" in _national(bundled_index, gazetteer, q)[:2]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my urges about young children frighten me", "Nottingham"),
        ("sexual thoughts about young girls, need help", "Exeter"),
        ("attracted to young boys and scared i will act on it", "Leicester"),
        ("attracted to young boys and scared i will act on it", ""),
    ],
)
def test_an_adult_worried_about_their_own_thoughts_sees_no_service_for_children_harmed(
    bundled_index, gazetteer, q, location
):
    assert understand(q).asker.persona == "own-behaviour"
    results = find(bundled_index, gazetteer, FindRequest(q=q, location=location))
    shown = results.shown_ids()
    assert shown[0] == "stop-it-now", shown[:3]
    harmed = [s for s in shown if _for_children_harmed(bundled_index.services[s])]
    assert not harmed, harmed
    # nor a line for men or for women who were harmed ("young boys" are who is at risk)
    victims_of_one_gender = [
        s
        for s in shown
        if set(bundled_index.services[s].genders) & {"male", "female"}
        and "people-worried-about-own-behaviour" not in bundled_index.services[s].audiences
    ]
    assert not victims_of_one_gender, victims_of_one_gender


def test_a_mother_asking_for_herself_after_her_childs_abuse_is_a_parent():
    asker = understand("counselling for a mum whose son was abused by a coach").asker
    assert asker.persona == "parent"


def test_a_parent_is_not_sent_first_to_a_line_for_adults_abused_as_children(
    bundled_index, gazetteer
):
    national = _national(
        bundled_index, gazetteer, "my son told me his grandad touched him, what do i do"
    )
    assert national[0] == "nspcc-helpline", national[:3]
    assert national.index("nspcc-helpline") < national.index("napac"), national[:6]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("i am a man, my stepfather abused me as a boy, need support", "Shrewsbury"),
        ("therapy for men sexually abused in childhood", ""),
        ("counselling for a man abused by his uncle as a boy", "Ludlow"),
    ],
)
def test_a_man_abused_as_a_boy_gets_survivors_lines_before_a_domestic_abuse_line(
    bundled_index, gazetteer, q, location
):
    # (F6) the Men's Advice Line is for domestic abuse: not above the lines for adults
    # sexually abused as children, or for male survivors, that fit him
    national = _national(bundled_index, gazetteer, q, location)
    assert understand(q).asker.is_adult
    for survivors_line in ("napac", "safeline-nmsh"):
        assert national.index(survivors_line) < national.index("mens-advice-line"), national[:6]
    assert "mens-advice-line" not in national[:3], national[:4]


def test_a_man_telling_of_domestic_abuse_still_gets_the_mens_domestic_abuse_line(
    bundled_index, gazetteer
):
    national = _national(bundled_index, gazetteer, "my wife hits me and controls me, im a man")
    assert "mens-advice-line" in national[:2], national[:4]


COMMUNITY_LINES = {
    "karma-nirvana-honour-based-abuse-helpline",
    "muslim-womens-network-helpline",
    "jewish-womens-aid",
    "signhealth-deaf-domestic-abuse-service",
}


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("counselling for a 6 year old girl hurt by her cousin", ""),
        ("counselling for a 6 year old girl hurt by her cousin", "Cardiff"),
        ("my cousin hurts me when nobody is home", "Gloucester"),
    ],
)
def test_a_line_for_a_particular_community_unnamed_is_not_among_the_first_nationals(
    bundled_index, gazetteer, q, location
):
    # (F7) nothing names a faith, honour-based abuse or Deaf people
    national = _national(bundled_index, gazetteer, q, location)
    assert not COMMUNITY_LINES & set(national[:5]), national[:6]


def test_a_line_for_a_community_the_words_name_still_comes_first(bundled_index, gazetteer):
    national = _national(bundled_index, gazetteer, "muslim woman abused as a girl, need support")
    assert "muslim-womens-network-helpline" in national[:3], national[:4]


@pytest.mark.parametrize(
    "q",
    [
        "male, groomed by a swimming coach at 12, now want counselling",
        "therapy for men sexually abused in childhood",
        "bloke in my 50s, never got help for what happened",
    ],
)
def test_an_adult_telling_of_an_age_then_is_an_adult_now(q):
    # "at 12, now ..." is how old he was then, not how old he is
    asker = understand(q).asker
    assert asker.persona == "adult" and asker.age is None, asker


#: the helplines the site names, as the web layer passes them (web/helpers.py)
ORDER = ("childline", "nspcc-helpline", "rape-crisis-247", "napac", "samaritans", "stop-it-now")


@pytest.mark.parametrize(
    ("q", "location", "worried_line_in_box"),
    [
        ("my partner abused our daughter, i need help for her and for me", "Ipswich", False),
        ("my cousin makes me do sexual things and i hate it", "", False),
        # a worry about someone's behaviour: the line is theirs
        ("worried about how my new boyfriend behaves with my kids", "Ipswich", True),
    ],
)
def test_talk_to_someone_now_offers_the_worried_line_only_after_the_victims_lines(
    bundled_index, gazetteer, q, location, worried_line_in_box
):
    directory = Directory(bundled_index, gazetteer, GAZETTEER_PATH)
    results = find(bundled_index, gazetteer, FindRequest(q=q, location=location))
    box = [s.id for s in directory.talk_lines(results, ORDER)]
    assert box and ("stop-it-now" in box) == worried_line_in_box, box
