"""(w52danger, check55 findings 1, 2 and 3) "In danger now? Call 999. If you cannot speak, press 55
when asked, from a mobile." shows first for someone else being abused now, said by where the
one who harms is, by harm said in the present with its time, or by what is heard; for abuse
expected tonight or soon (a babysitter or a visit with harm said in the present, the one who
harms nearly home with what will happen said, "she is on her way" alone, keys taken and doors
locked); and for harm to the person asking said in the present ("my stepdad is abusing me").
The page said nothing of 999 for these. Not for a parent's errand, a question in general, the
past, a visit without harm, "on her way to the shops" or hurt feelings (guards).
"""

import pytest

from tests.helpers import danger_first, searched, talk_box, texts_of

DANGER = ".app-danger-now"

#: other words and towns than check55's
SOMEONE_ELSE_NOW = [
    ("my little nephew is in the bedroom with his stepdad at the moment", "Carlisle"),
    ("my grandad is in my nieces room right now", "Exeter"),
    ("my mums partner is in my little sisters bed at the moment", "Warrington"),
    ("my stepbrother is abusing my cousin as we speak", "Hull"),
    ("i can hear my uncle in my brothers bedroom", "Swindon"),
]
SOON = [
    ("my uncle is babysitting later and he does stuff to me", "Truro"),
    ("my cousin abuses me every time and we have to go round his tonight", "Lancaster"),
    (
        "my best mate says her stepdad touches her and she is going back to his flat later",
        "Barrow-in-Furness",
    ),
    ("my stepdad is almost home and i know what he will do", "Crewe"),
    ("she is on her way", "Telford"),
    ("my partner has hidden my phone and deadlocked all the doors", "Reading"),
]
HARMING_ME = [
    ("my stepdad is abusing me", "Bristol"),
    ("somebody is touching me", "Bradford"),
    ("my foster carer is hurting me", "Oxford"),
]


@pytest.mark.parametrize(("words", "place"), SOMEONE_ELSE_NOW + SOON + HARMING_ME)
def test_abuse_now_or_tonight_said_in_ordinary_words_brings_999_first(bundled_client, words, place):
    warning = danger_first(searched(bundled_client, words, place))
    assert "Call 999" in warning and "press 55" in warning, warning


def test_harm_said_in_the_present_with_no_age_keeps_a_line_for_adults_in_the_box(
    bundled_client,
):
    # someone of any age may write "somebody is hurting me": the box is not Childline alone
    soup = searched(bundled_client, "somebody is hurting me", "Wakefield")
    danger_first(soup)
    lines = talk_box(soup)
    assert lines[0].startswith("Childline"), lines
    assert any("Rape & Sexual Abuse Support Line" in line for line in lines), lines


@pytest.mark.parametrize(
    "words",
    [
        "my grandad is in my sisters room putting her to bed",
        "my stepdad is in my brothers room right now helping him with homework",
        "how can i tell if my husband is abusing our daughter right now",
        "my dad used to come in my sisters room when we were kids",
        "my uncle is coming over tomorrow",
        "she is on her way to the shops",
        "my nan is babysitting tonight",
        "we are going to my aunties house tonight for tea",
        "he is hurting my feelings by ignoring me",
        "what my uncle did is still hurting me after all this time",
        "my mum took my phone because i was on it too late",
    ],
)
def test_no_999_warning_for_an_errand_a_question_the_past_or_hurt_feelings(bundled_client, words):
    # guard: passes before and after the change
    assert not texts_of(searched(bundled_client, words, "Gloucester"), DANGER), words
