"""Eleventh walk-through F4: the national cards after the NSPCC for a parent or a professional.
Once abuse has been told or disclosed, the services answering it (the NSPCC, Childline for the
child, the CSA Centre) come before the services preventing abuse (Stop It Now, Parents
Protect, the Lucy Faithfull Foundation); when the words are about a worry, grooming, a known
offender or a young person's harmful sexual behaviour, those services stay on the first
screen. What each listing is for is read from its own text. Worded differently from the
walk-through's own searches, in other towns; English and Welsh."""

from __future__ import annotations

import pytest

from .helpers import national_ids, talk

PREVENTION = ("stop-it-now", "stop-it-now-wales", "parents-protect", "lucy-faithfull-foundation")


def _before(ids: list[str], first: str, later: str) -> bool:
    """``first`` is listed, and before ``later`` if that is listed at all."""
    return first in ids and (later not in ids or ids.index(first) < ids.index(later))


def test_the_services_preventing_abuse_are_read_from_the_listings_own_text(bundled_index):
    from directory.search.groups import prevention_services

    columns = bundled_index.columns
    found = {columns.ids[p] for p in prevention_services(columns).nonzero()[0]}
    assert found == set(PREVENTION)
    # (the NSPCC answers a worry or a report; Respond treats children who were abused too)
    for answering in ("nspcc-helpline", "childline", "csa-centre", "respond-learning-disability"):
        assert answering not in found


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("year 10 pupil told me her mums partner abuses her, need advice on what to do", "Malton"),
        ("a student in year 7 said her step dad abuses her, advice please", "Skipton"),
        (
            "im a teacher, a girl of 11 disclosed her step-uncle has been abusing her, "
            "who do i call for advice",
            "Kendal",
        ),
    ],
)
def test_a_professional_asking_advice_after_a_disclosure_gets_the_advice_lines_first(
    directory, q, location
):
    """The NSPCC and the CSA Centre before Stop It Now (which takes professionals' case
    advice, so it may follow them), and Childline, the child's own line to pass on, before
    the Lucy Faithfull Foundation (a charity preventing abuse)."""
    ids = national_ids(directory, q, location)
    assert ids[:2] == ["nspcc-helpline", "csa-centre"], ids[:5]
    assert _before(ids, "childline", "lucy-faithfull-foundation"), ids[:6]
    # the talk box stays as it was: the NSPCC first, no Stop It Now
    box = talk(directory, q, location)
    assert box[0] == "nspcc-helpline" and "stop-it-now" not in box, box


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("practice nurse: 9 year old boy told me his grandad touches him", "Whitby"),
        ("youth worker, lad aged 15 said his mums boyfriend raped him", "Harrogate"),
    ],
)
def test_a_professional_whose_pupil_disclosed_sees_childline_before_stop_it_now(
    directory, q, location
):
    ids = national_ids(directory, q, location)
    assert _before(ids, "nspcc-helpline", "stop-it-now"), ids[:6]
    assert _before(ids, "childline", "stop-it-now"), ids[:6]


def test_a_welsh_professional_whose_pupil_disclosed_sees_childline_before_stop_it_now(
    directory,
):
    q = "athro, bachgen 12 oed wedi datgelu bod ei ewythr yn ei gam-drin"
    ids = national_ids(directory, q, "Bala")
    assert _before(ids, "nspcc-helpline", "stop-it-now"), ids[:6]
    assert _before(ids, "childline", "stop-it-now"), ids[:6]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my partners teenage son keeps touching my 6 year old girl", "Scarborough"),
        ("my stepson has been abusing my younger daughter, what now", "Ripon"),
    ],
)
def test_a_parent_telling_of_abuse_sees_the_nspcc_first_not_parents_protect(directory, q, location):
    ids = national_ids(directory, q, location)
    assert ids[0] == "nspcc-helpline", ids[:5]
    assert talk(directory, q, location)[0] == "nspcc-helpline"


@pytest.mark.parametrize(
    ("q", "location"),
    [
        # a professional asking for help for a young person who harmed (HSB)
        ("social worker looking for an HSB service for a 14 year old boy", "Kendal"),
        (
            "pastoral lead, need support for a 13 yr old showing harmful sexual behaviour",
            "Whitby",
        ),
        # a parent worried about grooming, or about a known offender having contact
        ("worried my lodger is grooming my 12 year old, he keeps buying her gifts", "Ripon"),
        ("my ex is a convicted sex offender and wants contact with our son", "Harrogate"),
    ],
)
def test_words_about_a_worry_or_the_one_who_harmed_keep_stop_it_now_on_the_first_screen(
    directory, q, location
):
    ids = national_ids(directory, q, location)
    assert "stop-it-now" in ids[:3], ids[:5]


def test_a_welsh_professional_asking_for_an_hsb_service_gets_stop_it_now(directory):
    q = "gweithiwr cymdeithasol, angen help i fachgen 14 oed gydag ymddygiad rhywiol niweidiol"
    ids = national_ids(directory, q, "Dolgellau")
    assert {"stop-it-now", "stop-it-now-wales"} & set(ids[:3]), ids[:5]


def test_a_child_telling_of_abuse_still_sees_stop_it_now_after_the_childs_services(directory):
    ids = national_ids(directory, "my cousin who is 16 touched me, im 11", "Kendal")
    assert _before(ids, "childline", "stop-it-now"), ids[:6]


def test_a_grooming_worry_said_without_anything_online_gets_people_to_talk_to_first(directory):
    """ "Grooming" alone is not online harm: a parent worried about a neighbour gets the NSPCC
    and Stop It Now among the first cards, not the tools for reporting online abuse first;
    a child gets Childline first."""
    ids = national_ids(
        directory, "i think the man next door is grooming my 9 year old daughter", "Malton"
    )
    assert "ceop-safety-centre" not in ids[:3], ids[:5]
    assert {"nspcc-helpline", "stop-it-now"} <= set(ids[:5]), ids[:5]
    ids = national_ids(directory, "a man at my swimming club is grooming me, im 12", "Skipton")
    assert ids[0] == "childline", ids[:5]


def test_grooming_online_still_gets_the_online_services_first(directory):
    ids = national_ids(directory, "my son was groomed on snapchat by a man", "Malton")
    assert "ceop-safety-centre" in ids[:3], ids[:5]
