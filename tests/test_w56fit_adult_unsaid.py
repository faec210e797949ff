"""(lane w56fit, check58 finding 10) Adults with a disability, or who give no age, were sent to
children's help. A learning disability said in everyday or misspelt words, a day centre or day
service, or a wheelchair in the asker's own life are a grown-up's: the lines for adults lead
"Talk to someone now", and a local service only for children is not their first card. Harm
told in the past tense in everyday words ("made me touch him", "groped me"), with no age said,
keeps the line for anyone 16 or over beside Childline, as "abused me" already did."""

import pytest

from tests.helpers import bundled_records, cards_and_words, searched, talk_box, talk_names

RAPE_CRISIS = "24/7 Rape & Sexual Abuse Support Line"


def _only_for_children(sid: str) -> bool:
    audiences = set(bundled_records()[sid].get("audiences", []))
    return "children-young-people" in audiences and "adult-survivors" not in audiences


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("me have learnin difficulties, man at day centre touch my privates", "Leeds"),
        ("me got learnin disabilty, the man at day center hurt me down there", "Exeter"),
        ("im in a wheel chair and a man at respite touched me", "Hull"),
    ],
)
def test_a_cared_for_adult_has_the_adults_lines_first(bundled_client, words, place):
    names = talk_names(talk_box(searched(bundled_client, words, place)))
    assert names and names[0] == RAPE_CRISIS, names
    assert "Childline" in names, names  # still there for a young person


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im in a wheelchair and my carer sexually abuses me", "Barnsley"),
    ],
)
def test_a_cared_for_adults_first_card_is_not_only_for_children(bundled_client, words, place):
    cards = cards_and_words(searched(bundled_client, words, place))
    assert cards, "no cards"
    assert not _only_for_children(cards[0][0]), cards[0]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my cousin made me touch him", "Norwich"),
        ("my brother made me do sexual things", "Carlisle"),
        ("a lad touched me up at a party", "Hull"),
        ("my stepbrother forced me to do stuff", "Lincoln"),
    ],
)
def test_harm_told_in_the_past_with_no_age_keeps_the_adults_line(bundled_client, words, place):
    names = talk_names(talk_box(searched(bundled_client, words, place)))
    assert RAPE_CRISIS in names, names
    assert "Childline" in names, names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # (guard, passes on main too) abuse going on now, or a child's life, or an age said
        ("my uncle touches me", "Norwich"),
        ("a man touched me at school", "Leicester"),
        ("im 12 a man touched me", "Leicester"),
    ],
)
def test_guard_a_childs_words_keep_childline_alone_first(bundled_client, words, place):
    names = talk_names(talk_box(searched(bundled_client, words, place)))
    assert names and names[0] == "Childline", names
    assert RAPE_CRISIS not in names, names
