"""(w50held, check53 findings 1 and 4) "In danger now? Call 999. If you cannot speak, press 55
when asked, from a mobile." shows first for someone held, kept or locked in now, for harm under
way that goes on ("keeps grabbing me and wont leave me alone"), for someone coming said with a
plea, for someone who cannot talk because the one who harms them is near, for "999" or "sos"
typed alone, and for someone else in danger now or tonight. The page said nothing of 999 for
these. Not for the past, a parent's rule, "i cant get out of bed", "locked out", "she is safe
now", or a parent asking beforehand whether to let a child go (guards).
"""

import pytest

from tests.helpers import danger_first, searched, texts_of

DANGER = ".app-danger-now"


#: other words, ages and towns than check53's
HELD = [
    ("my mums boyfriend wont let me go", "Grantham"),
    ("we are locked in the bathroom rn", "Kendal"),
    ("im 12 and im locked in the garage", "Yeovil"),
    ("my stepbrother is keeping me in his room", "Barnsley"),
    ("she is being held at her uncles flat", "Preston"),
    ("the man wont take me back home, i am 14", "Dover"),
    ("my stepdad has locked all the doors", "Wigan"),
    ("a lad at the bus stop keeps grabbing me and wont leave me alone", "Truro"),
    ("pls help hes coming", "Bangor"),
    ("my step dad is coming", "Hereford"),
    ("cant talk rn. my uncle is in the next room", "Harrogate"),
    ("SOS", "Chelmsford"),
]

OTHER = [
    ("my nephew is alone with our grandad now and he hurts him", "Bedford"),
    ("my friend has to go back home tonight and her stepdad hits her", "Barnstaple"),
    ("is my cousin ok tonight, her mums boyfriend said he would kill her", "Wakefield"),
    ("teacher, my pupil is in danger from her father tonight", "Lancaster"),
    ("my granddaughter is sleeping at her dads tonight and he has abused children before", "Rugby"),
    (
        "the children's foster mum says her husband is in the house now and she is frightened",
        "Hull",
    ),
]


@pytest.mark.parametrize(("words", "place"), HELD + OTHER)
def test_held_kept_coming_or_someone_else_in_danger_brings_999_first(bundled_client, words, place):
    warning = danger_first(searched(bundled_client, words, place))
    assert "Call 999" in warning and "press 55" in warning, warning


@pytest.mark.parametrize(
    "words",
    [
        "when i was 9 my uncle locked me in the cellar",
        "some mornings i cant get out of bed",
        "my dad wont let me out with my mates at the weekend",
        "my mum wont let me go to the sleepover",
        "i got locked out and my phone died",
        "my nephew is safe now but his stepdad hurt him last year",
        "is it safe to let my son stay at his grandads tonight, he was accused years back",
        "i cant talk to my dad about what my uncle did",
        "my brother is coming to the meeting about my abuse",
    ],
)
def test_no_999_warning_for_the_past_a_rule_or_a_question_asked_beforehand(bundled_client, words):
    # guard: passes before and after the change
    assert not texts_of(searched(bundled_client, words, "Lincoln"), DANGER), words


def test_no_999_warning_when_someone_is_said_not_to_be_in_danger_tonight(bundled_client):
    # "not in danger tonight" brought the warning on main: fails there
    soup = searched(
        bundled_client, "she is not in danger tonight but i worry about next week", "Ely"
    )
    assert not texts_of(soup, DANGER)
