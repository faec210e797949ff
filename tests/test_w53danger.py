"""(w53danger, check56 findings 1 and 4) "In danger now? Call 999. If you cannot speak, press 55
when asked, from a mobile." shows first for someone else in danger now or tonight said in
ordinary words (the one who harms named as "her stepdad" or "his grandad", a threat to kill
someone else, a man leading a girl away, a child out with the men who exploit her, gone to meet
a man met online tonight, a child at the home of the one who harmed tonight) and for the
person's own danger said without naming the harm ("he is doing it again right now", "its
going on now"), someone drunk looking for them, someone in the house who will come up later,
someone staying tonight who comes into their bed, "i dont feel safe" alone, and the one who
harms named by a role ("my coach is outside my house"). The page said nothing of 999 for these.

Not the past, a question in general, a professional's question about responding or training,
a flashback, a goodnight, or a role named with no harm (guards).
"""

import pytest

from tests.helpers import danger_first, posted_results, searched, texts_of, warned

DANGER = ".app-danger-now"
RECENT = "If it happened in the last few days"

#: other words and towns than check56's
SOMEONE_ELSE = [
    ("his grandad is abusing him right now", "Kendal"),
    ("my mate texted that her stepdad is touching her now", "Lincoln"),
    ("i can hear crying next door and i think his mum is hitting him right now", "Luton"),
    ("my girlfriend told me her brother will do it again tonight", "Dudley"),
    ("my best friend said her grandad is going to kill her", "Rotherham"),
    ("my nephew is at his uncles tonight and he came back crying last time", "Shrewsbury"),
    ("my 15 year old is being groomed by a gang and hes out with them tonight", "Walsall"),
    ("my son 13 has snuck out to meet a guy he met on snapchat tonight", "Salisbury"),
    ("an older bloke is trying to get my sister into his car", "Worcester"),
    ("my niece is staying at her grandads tonight and he abused me when i was little", "Bath"),
]
OWN = [
    ("my stepdad is doing it again right now", "Lancaster"),
    ("its going on right now", "Ely"),
    ("he wont stop touching and hitting me", "Bangor"),
    ("hiding under the bed, hes drunk and looking for me", "Barnsley"),
    ("my dad is drunk and yelling for me", "Grimsby"),
    ("my step dad is in the house and he said hell come into my room", "Harrogate"),
    ("i dont feel safe", "Ipswich"),
    ("my coach is outside my house", "Yeovil"),
    ("my cousin is stopping over tonight and he creeps into my bed", "Hereford"),
    ("my dads friend is sleeping here and he touched me the last time", "Crewe"),
]


@pytest.mark.parametrize(("words", "place"), SOMEONE_ELSE + OWN)
def test_danger_now_said_in_ordinary_words_brings_999_first(bundled_client, words, place):
    warning = danger_first(searched(bundled_client, words, place))
    assert "Call 999" in warning and "press 55" in warning, warning


def test_a_child_at_the_abusers_home_tonight_told_with_old_abuse_is_no_recent_assault(
    bundled_client,
):
    # the abuse is years old: the danger is tonight, and "in the last few days" was wrong
    soup = searched(
        bundled_client,
        "my little sister is at our grandads tonight and he abused me when i was her age",
        "Kettering",
    )
    danger_first(soup)
    assert not warned(soup, RECENT)


@pytest.mark.parametrize(
    "words",
    [
        "how should we respond if a pupil says they are in danger tonight",
        "staff training on recognising when a child is at immediate risk",
    ],
)
def test_a_professionals_question_about_responding_brings_no_999(bundled_client, words):
    client = bundled_client.application.test_client()
    soup = posted_results(client, words, "Carmarthen", professional=True)
    assert not texts_of(soup, DANGER), words


@pytest.mark.parametrize(
    "words",
    [
        "my uncle used to shut me in the shed when i was small",
        "how do i know if my friend is being abused",
        "when i have flashbacks it feels like its happening now",
        "my dad said hell come up later to say goodnight",
        "my coach is outside the club",
        "my grandad is staying over tonight",
        "my nephew is at his dads tonight",
    ],
)
def test_no_999_for_the_past_a_question_a_flashback_or_no_harm_said(bundled_client, words):
    # guard: passes before and after the change
    assert not texts_of(searched(bundled_client, words, "Chester"), DANGER), words
