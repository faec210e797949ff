"""(w55danger, check58 finding 4) "In danger now? Call 999. If you cannot speak, press 55 when
asked, from a mobile." shows first for danger now said in more spoken ways: the one who harms
coming up with more than one word of how he is, drunk and angry now, in the house said alone; a
threat to kill, or to harm a brother, sister or parent, if the person tells; followed now; at
someone else's home while harm goes on there, or wanting to leave now with the one who harms
near; the one who harms coming into another child's room tonight, someone alone with a child
now, asked whether a child is safe tonight with a reason said. The page said nothing of 999 for
these. A child in danger now is not told to ask a grown-up (the grown-up at home may be the one
who harms): the note under the talk box points to the lines above.

Not the past, a follow online, a threat in jest of something other than telling, an errand,
alone with a class (guards: they pass before and after the change).
"""

import pytest

from tests.helpers import danger_first, searched, texts_of

DANGER = ".app-danger-now"

#: other words and towns than check58's
OWN = [
    ("my stepdad is wasted and raging and coming up the stairs", "Reading"),
    ("my uncle is off his head and violent", "Exeter"),
    ("my dad is downstairs", "Bolton"),
    ("my stepmum told me she will kill me if i tell anyone", "Luton"),
    ("he keeps saying hed hurt my baby sister if i said anything", "Wigan"),
    ("some bloke is following me", "Bath"),
    ("theres a man chasing me", "Crawley"),
    ("im round my cousins and her brother keeps grabbing me", "Hull"),
    ("my dad hit me and hes passed out now, i need to get out", "Walsall"),
]
SOMEONE_ELSE = [
    ("my mate says her grandad is going to come into her bed tonight", "Carlisle"),
    ("the babysitter is alone with my son right now", "Oldham"),
    ("will my grandson be safe tonight, his dads partner is on the sex offenders register", "York"),
]


@pytest.mark.parametrize(("words", "place"), OWN + SOMEONE_ELSE)
def test_danger_now_said_in_spoken_ways_brings_999_first(bundled_client, words, place):
    warning = danger_first(searched(bundled_client, words, place))
    assert "Call 999" in warning and "press 55" in warning, warning


def test_a_child_in_danger_now_is_not_told_to_ask_a_grown_up(bundled_client):
    soup = searched(
        bundled_client,
        "my mums boyfriend hit me and hes asleep now, i want to leave, im 11",
        "Stafford",
    )
    danger_first(soup)
    note = " ".join(texts_of(soup, ".app-none-alone"))
    assert "talk to the people above" in note, note
    assert "grown-up" not in note, note


@pytest.mark.parametrize(
    "words",
    [
        "my grandad was drunk and angry every night when i was little",
        "my dad gets drunk and angry",
        "a girl from school keeps following me on tiktok",
        "my mum said she would kill me if i came home late",
        "my cousin says he will hurt me if i tell anyone",
        "my uncle is in the house fixing the sink",
        "the coach is alone with her team now",
        "i want to leave home when im 18, my dad abused me",
        "a man followed me home last year",
    ],
)
def test_no_999_for_the_past_a_follow_online_a_jest_an_errand_or_a_class(bundled_client, words):
    # guard: passes before and after the change
    assert not texts_of(searched(bundled_client, words, "Chester"), DANGER), words
