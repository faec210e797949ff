"""(lane w48danger) Someone who says they are in danger now ("i am in danger right now", "hes
coming to hurt me tonight", "dw i mewn perygl") sees first, before the helplines and every
card: call 999, and if you cannot speak, call 999 and press 55 from a mobile. Before, only the
header's small "If you are in danger, call 999" said so, and nothing said how to call without
speaking. Not for someone asking about another person, a danger past, a threat to keep a secret,
or "in danger of" something (guards), and one warning only where another already says 999.
"""

import pytest

from tests.helpers import danger_first, searched, texts_of

DANGER = ".app-danger-now"


#: the person asking, in danger now, in other words and towns than the lane's own tries
IN_DANGER_NOW = [
    ("im in danger rn my step dad is drunk", "Gloucester"),
    ("she is on her way back to hurt me", "Chelmsford"),
    ("my mums boyfriend is kicking my bedroom door", "Wigan"),
    ("i dont feel safe here tonight, my brother abuses me", "Northampton"),
    ("hes going to batter me when he gets in tonight", "Sunderland"),
    # harm under way, a life at risk, or a child in danger now, said by whoever is with them
    ("my stepfather is hurting my little sister right now", "Rotherham"),
    ("honestly fear for my life, he has a knife", "Bolton"),
    ("our son is in danger tonight, his dad is drunk and angry", "Lowestoft"),
    ("please i need police now", "Scarborough"),
    # (w50) the one who harmed them named as such, still there
    ("my abuser is here now", "Kendal"),
    ("the rapist is still outside my flat", "Luton"),
    # (thirty-ninth walk-through F2) coming in a minute, coming to get them, what he'll do
    ("my stepbrother is pissed and coming into my bedroom in a min", "Redruth"),
    ("mums boyfriend will be back soon and i know what hell do to me", "Penrith"),
    ("my uncle is shouting and says hes coming to get me", "Grimsby"),
    # (forty-first walk-through F1) the last g dropped, as children type
    ("my stepdad is kickin my bedroom door", "Camborne"),
    ("my uncle is bangin on the front door and shoutin", "Bodmin"),
]


@pytest.mark.parametrize(("words", "place"), IN_DANGER_NOW)
def test_someone_in_danger_now_is_told_first_how_to_call_999(bundled_client, words, place):
    warning = danger_first(searched(bundled_client, words, place))
    assert "Call 999" in warning and "press 55" in warning, warning


def test_danger_now_said_in_welsh_gets_the_warning_in_welsh(bundled_client):
    words = "rydw i mewn perygl, mae fy llystad yn feddw"
    soup = searched(bundled_client, words, "Rhyl", welsh=True)
    warning = danger_first(soup)
    assert "Ffoniwch 999" in warning and "55" in warning, warning


#: guards (no warning on main either): someone else, a danger past, a threat to keep a secret,
#: "in danger of", a fear that is not now
NOT_NOW_OR_NOT_THEM = [
    ("is my granddaughter in danger from her stepfather", "Lancaster"),
    ("he used to lock me in the shed when i was little", "Durham"),
    ("he said he would hurt me if i ever told anyone", "Warrington"),
    ("i am in danger of losing my job because of the flashbacks", "Leicester"),
    ("my dad wont let me go out with my friends", "Oldham"),
    ("can i get emergency contraception after what happened", "Salisbury"),
    ("he was hurting her when i was young and i never said", "Carlisle"),
    ("my dad will be home soon and i want to tell him what my cousin did", "Ripon"),
]


@pytest.mark.parametrize(("words", "place"), NOT_NOW_OR_NOT_THEM)
def test_no_danger_warning_for_someone_else_or_a_danger_past(bundled_client, words, place):
    assert not texts_of(searched(bundled_client, words, place), DANGER)


def test_one_warning_where_another_already_says_999(bundled_client):
    soup = searched(bundled_client, "i have taken an overdose, im in danger", "Ipswich")
    assert texts_of(soup, ".app-act-taken")
    assert not texts_of(soup, DANGER)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("he raped me last night and he is coming back to hurt me", "Worcester"),
        ("he raped me last night and he is still in the house", "Leeds"),
        ("my stepdad assaulted me yesterday and he's still here", "Shrewsbury"),
    ],
)
def test_danger_now_comes_before_an_assault_in_the_last_few_days(bundled_client, words, place):
    # (w50) the one warning above the helplines is the one for being in danger now, with the
    # silent 55: before, the recent-assault warning took its place, and a person with the one
    # who raped them still in the house was not told how to call 999 when they cannot speak
    soup = searched(bundled_client, words, place)
    assert texts_of(soup, DANGER)
    assert not texts_of(soup, ".app-recent")


@pytest.mark.parametrize(
    "words",
    [
        "mae fy llystad yn cicio'r drws",
        "mae e tu fas i'r fflat nawr",
        "dw i'n teimlo'n anniogel heno, mae e wedi meddwi",
        "mae fy mrawd bach mewn perygl nawr",
    ],
)
def test_danger_now_said_the_welsh_way_gets_the_warning(bundled_client, words):
    """(seventeenth Welsh review F1) As the English: a door kicked, someone outside, feeling
    unsafe now, a child in danger now."""
    warning = danger_first(searched(bundled_client, words, "Wrecsam", welsh=True))
    assert "Ffoniwch 999" in warning, warning


def test_guard_a_welsh_danger_past_gets_no_warning(bundled_client):
    """Guard (passes on main too): "he used to knock on my bedroom door"."""
    words = "roedd e'n arfer cnocio ar ddrws fy llofft pan o'n i'n blentyn"
    assert not texts_of(searched(bundled_client, words, "Aberystwyth", welsh=True), DANGER)
