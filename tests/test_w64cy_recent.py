"""(w64cy, welsh26 F3) A sexual assault of a short while ago said the Welsh ways, read as the
English twins are.

"nath tri bachgen ymosod arna i'n rhywiol yn y parc gynne" and "wi'n credu ges i fy sbeicio a
deffro mewn fflat dieithr" brought no recent-assault warning, where "three boys sexually
assaulted me in the park earlier" and "i think i was spiked and woke up in a strange flat"
bring it. "gynne" / "gynnau" (a while ago) is read as "earlier", and waking to it told as one
event ("a deffro", "ddeffrais i", "dihunes i") as "woke up". Other wordings and towns than the
review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

RECENT = "Os digwyddodd yn y dyddiau diwethaf"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ymosododd rhywun arna i'n rhywiol yn y tacsi gynnau", "Wrecsam"),
        ("ges i secs heb gytuno yn y parti gynnau", "Pen-y-bont ar Ogwr"),
        ("nath o gysgu efo fi pan o'n i'n feddw gynne", "Caernarfon"),
        ("dwi'n meddwl ges i fy nrygio a dihuno yn nhŷ dieithryn", "Caerfyrddin"),
        ("ges i fy sbeicio, ddeffrais i heb fy nillad", "Aberystwyth"),
    ],
)
def test_an_assault_a_short_while_ago_gets_the_recent_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, RECENT)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): waking every night, long ago, a call a while ago about
        # someone's childhood
        ("dwi'n deffro bob nos ar ôl hunllefau am be nath o", "Wrecsam"),
        ("ces i fy ngham-drin yn blentyn a dwi'n dal i ddeffro'n crio", "Pen-y-bont ar Ogwr"),
        (
            "ffoniodd fy chwaer gynne i ddeud bod taid wedi'i cham-drin hi pan oedd hi'n fach",
            "Caerfyrddin",
        ),
    ],
)
def test_waking_every_night_or_long_ago_gets_no_recent_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert not warned(soup, RECENT)
