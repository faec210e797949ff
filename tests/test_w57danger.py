"""(w57danger, check59 findings 4, 5 and 6) "In danger now? Call 999. If you cannot speak, press
55 when asked, from a mobile." shows first for danger now said in the other orders people use:
a threat to kill if told with the "if" first or said plainly; followed in the passive, over
time or by a stranger named in other words, in English and Welsh; touching now with no "is"
or "my"; harm said in the future for tonight, to someone else too (never the warning for an
assault in the last few days), in English and Welsh; a harm kept up whose time comes again
tonight, with fear said. Waking up with no clothes on in the last few days brings the warning
for a recent assault.

Not a jest of telling something else, a condition other than telling, the past, a follow
online, a pet, the rules, waking naked from the heat (guards: they pass before and after the
change).
"""

import pytest

from tests.helpers import danger_first, searched, texts_of, warned

DANGER = ".app-danger-now"
RECENT = "If it happened in the last few days"

#: other words and towns than check59's
THREAT_IF_TOLD = [
    ("if i tell my teacher my brother will kill me", "Wigan"),
    ("my uncle will kill me if i tell anyone what he does", "Dudley"),
    ("she says if i ever tell shell kill me", "Ipswich"),
    ("im 12 my stepdad says if i tell he will hurt my sister", "Mansfield"),
    ("hell kill us if i tell the police", "Blackpool"),
]
FOLLOWED = [
    ("i think im being followed from the station", "Crewe"),
    ("a van has been following me since the park", "Ipswich"),
    ("two men are following me", "Bath"),
]
FOLLOWED_CY = [
    ("mae dyn yn fy nilyn i o'r ysgol", "Aberystwyth"),
    ("mae e'n fy nilyn i", "Llanelli"),
]
TOUCHING_NOW = [
    ("cousin touching me rn", "Hull"),
    ("grandad in my bed now", "Derby"),
]
TONIGHT = [
    ("my cousin says her stepdad is gonna touch her tonight", "Exeter"),
    ("he is going to do stuff to my little sister tonight", "Luton"),
    (
        "im 13. my stepbrother keeps coming into my room when dad is out. "
        "dad is out tonight and im so scared",
        "Wakefield",
    ),
]
TONIGHT_CY = [("mae o'n mynd i ddod i'r stafell heno", "Bangor")]


@pytest.mark.parametrize(("words", "place"), THREAT_IF_TOLD + FOLLOWED + TOUCHING_NOW + TONIGHT)
def test_danger_now_in_other_word_orders_brings_999_first(bundled_client, words, place):
    warning = danger_first(searched(bundled_client, words, place))
    assert "Call 999" in warning and "press 55" in warning, warning


@pytest.mark.parametrize(("words", "place"), FOLLOWED_CY + TONIGHT_CY)
def test_welsh_followed_or_harm_tonight_brings_999_first(bundled_client, words, place):
    warning = danger_first(searched(bundled_client, words, place, welsh=True))
    assert "999" in warning and "55" in warning, warning


@pytest.mark.parametrize(("words", "place"), TONIGHT[:2])
def test_a_rape_planned_for_tonight_is_not_warned_of_as_a_recent_assault(
    bundled_client, words, place
):
    soup = searched(bundled_client, words.replace("touch", "rape"), place)
    danger_first(soup)
    assert not warned(soup, RECENT), texts_of(soup, ".govuk-warning-text")


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i woke up at a mates flat on saturday with my jeans off and cant remember", "Leeds"),
        ("woke up on sunday with my clothes off at a lads house", "Norwich"),
        ("came round in a strangers house last night naked", "Plymouth"),
    ],
)
def test_waking_with_no_clothes_on_in_the_last_days_brings_the_recent_warning(
    bundled_client, words, place
):
    assert warned(searched(bundled_client, words, place), RECENT), words


@pytest.mark.parametrize(
    "words",
    [
        "my mum will kill me if i tell her i failed my exam",
        "shell kill me if im late again",
        "when i was little he said if i told anyone he would kill me",
        "someone keeps following me on tiktok",
        "im being followed on instagram by a weird account",
        "the dog keeps following me",
        "im following the rules at my dads",
        "i was followed home once years ago",
        "uncle touching me when i was little",
        "liverpool will beat us tonight",
    ],
)
def test_no_999_for_a_jest_the_past_a_follow_online_a_pet_or_the_rules(bundled_client, words):
    # guard: passes before and after the change
    assert not texts_of(searched(bundled_client, words, "Chester"), DANGER), words


@pytest.mark.parametrize(
    "words",
    ["i woke up naked because it was so hot last night", "woke up naked at a party years ago"],
)
def test_no_recent_warning_for_waking_naked_from_the_heat_or_long_ago(bundled_client, words):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Leeds"), RECENT), words


def test_welsh_follow_online_is_not_danger_now(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "mae rhywun yn fy nilyn i ar instagram", "Caerdydd", welsh=True)
    assert not texts_of(soup, DANGER)
