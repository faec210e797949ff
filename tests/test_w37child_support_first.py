"""(w37child) A child telling of abuse, whose words ask for no centre and tell of no recent
assault, sees first among the local cards the service she can reach that helps children after
abuse (therapy, counselling), and the sexual assault referral centre (forensic care after an
assault) after it (the thirty-first independent phone walk-through, person 1, F1: a children's
SARC "for those raped or seriously sexually assaulted" came above counselling and art therapy
for children in Derbyshire). Tested in other words and other towns than the report's.

- A child, in English or Welsh, with an age in digits or words, in text-speak: the first local
  card offers support after abuse and is no centre; the centre follows it.
- Guards (they pass on main too): a recent assault or an examination asked for keeps the centre
  first; a parent, or the professional switch on, keeps a centre they can reach above a service
  with no contact details; a child in Cumbria, where the therapy service shows no contact
  details, still has the centre first (tests/test_w19local.py; see the w37child report).
"""

from __future__ import annotations

import pytest

from tests.helpers import bundled_records, local_card_ids


def _is_centre(sid: str) -> bool:
    return "sarc" in bundled_records()[sid]["support_types"]


def _helps_after_abuse(sid: str) -> bool:
    record = bundled_records()[sid]
    return (
        "counselling-therapy" in record["support_types"]
        and "children-young-people" in record["audiences"]
        and "sarc" not in record["support_types"]
    )


def _reachable(sid: str) -> bool:
    return bool(bundled_records()[sid].get("contact"))


CHILDREN = [
    ("me brother does sex stuff to me im 13", "Chesterfield", False),
    ("my uncle does things to me he shouldnt, im 11", "Swadlincote", False),
    ("my step sisters boyfriend keeps touching me, im nine", "Matlock", False),
    ("dwi'n 12 ac mae fy llys-dad yn cyffwrdd â fi yn y nos", "Chesterfield", True),
]


@pytest.mark.parametrize(("q", "location", "welsh"), CHILDREN)
def test_a_childs_first_local_card_helps_after_abuse_and_the_centre_follows(
    bundled_client, q, location, welsh
):
    cards = local_card_ids(bundled_client, q, location, welsh)
    centres = [sid for sid in cards if _is_centre(sid)]
    assert centres, cards  # the centre is kept, near
    assert _helps_after_abuse(cards[0]), cards
    assert cards.index(centres[0]) > 0


RECENT = [
    ("im 14 and my uncle raped me last night", "Workington", False),
    ("im 13 n my step brother touched me yesterday", "Matlock", False),
    ("i need a medical check my cousin touched me im 12", "Ilkeston", False),
    ("my 9 year old told me her uncle touched her today", "Belper", False),
    ("10 year old disclosed abuse by stepfather, therapy referral", "Penrith", True),
    ("my daughter is 8 and told me her uncle touched her", "Penrith", False),
    ("my son is 7 and said his grandad touched him", "Bolsover", False),
    ("my mums boyfriend touches me when mum is out", "Workington", False),
]


@pytest.mark.parametrize(("q", "location", "pro"), RECENT)
def test_guard_a_recent_assault_a_grown_up_or_no_contact_keeps_a_reachable_centre_first(
    bundled_client, q, location, pro
):
    """Guard (passes on main too): a recent assault or an examination keeps the centre
    first; a professional or a parent keeps a centre they can reach above a service with
    no contact details, and a parent the children's centre (w35family); a child in Cumbria who
    says no age the centre she can reach through the NHS finder above a service with no
    contact (one under 16 cannot contact it by herself: tests/test_fifteenth_child_reach.py)."""
    cards = local_card_ids(bundled_client, q, location, pro=pro)
    assert cards and _is_centre(cards[0]) and _reachable(cards[0]), cards
