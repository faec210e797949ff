"""(lane w49danger, check50 F1) Danger now said in ordinary words: someone harmful is with the
person now or about to be ("hes in my room now", "she is with him right now and he is abusing
her"), a threat of harm set for soon ("my dad is going to hurt me when he gets home"), or being
scared to go home ("dwi ofn mynd adra heno"). The page said nothing of calling 999 for these:
the warning showed only for "right now", "im in danger" and a few other wordings. Now it shows
first, before the talk box. Not for the past, a parent asking in general, a threat to keep a
secret, or someone worried about their own thoughts (guards).
"""

import pytest

from tests.helpers import danger_first, searched, talk_box, talk_names, texts_of

DANGER = ".app-danger-now"
RECENT = ".app-recent"


#: other words, ages and towns than check50's
NEAR_NOW = [
    # someone harmful there now, in a room of their own or said with its time
    ("im 13 my step brother is in my bedroom rn", "Stockport"),
    ("my uncle is downstairs right now", "Huddersfield"),
    ("my ex is at the front door now and i am on my own", "Exeter"),
    # there, with no time said, but with fear or harm
    ("my nans husband is in the house and im terrified", "Derby"),
    ("my little sister is with him tonight and he touches her", "Hereford"),
    ("im 10 my dads boyfriend is upstairs, i am frightened", "Coventry"),
    # a threat set for soon, or said as a threat
    ("im 15 and my brother says he is gonna hit me after school", "Ipswich"),
    ("my mums partner is going to beat me when she goes out", "Walsall"),
    ("im worried my grandad might touch me again at the party", "Chester"),
    # coming, with fear
    ("my stepfather is coming home soon and i am petrified", "Telford"),
    # scared to go home
    ("too scared to go back home", "Carlisle"),
    ("i dont want to be at home tonight", "Lincoln"),
]


@pytest.mark.parametrize(("words", "place"), NEAR_NOW)
def test_someone_harmful_near_now_gets_the_999_warning_first(bundled_client, words, place):
    warning = danger_first(searched(bundled_client, words, place))
    assert "Call 999" in warning and "press 55" in warning, warning


@pytest.mark.parametrize(
    "words",
    [
        "mae fy llystad yn fy llofft",  # my stepdad is in my bedroom
        "mae cariad mam lawr staer ac mae gen i ofn",  # mum's boyfriend is downstairs, I'm scared
        "dw i ddim isio mynd adref heno",  # I don't want to go home tonight
        "mae o'n mynd i mrifo i pan ddaw o adra",  # he is going to hurt me when he comes home
    ],
)
def test_danger_near_said_in_welsh_gets_the_warning_in_welsh(bundled_client, words):
    warning = danger_first(searched(bundled_client, words, "Caernarfon", welsh=True))
    assert "Ffoniwch 999" in warning and "55" in warning, warning


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im scared my uncle will come in my bedroom tonight", "Swansea"),
        ("i am scared he will do it again tonight", "Bath"),
        ("my stepbrother wants to sleep with me tonight", "Bolton"),
        ("my foster carer says hes coming to my bed tonight", "Preston"),
    ],
)
def test_a_fear_of_harm_to_come_is_danger_now_not_a_recent_assault(bundled_client, words, place):
    """(check50 F1, Cardiff) The time of a harm to come ("tonight") was read as an assault's in
    the last few days: the page said "If it happened in the last few days" and not "In danger
    now?". A threat or a fear of an assault to come is danger now, whatever its words."""
    soup = searched(bundled_client, words, place)
    danger_first(soup)
    assert not texts_of(soup, RECENT)


#: guards (no warning on main either)
NOT_NOW = [
    ("my stepdad was in my bedroom every night when i was 9", "Norwich"),
    ("he used to come in my room and i was scared", "Ipswich"),
    ("could my son be in danger from his uncle", "Bedford"),
    ("im scared i might touch a child, i have thoughts about kids", "Reading"),
    ("my cousin says he will hurt me if i tell anyone", "Stafford"),
    ("my dad is home now and i want to tell him what my coach did", "Maidstone"),
    ("i was always scared to go home as a teenager", "Southend"),
]


@pytest.mark.parametrize(("words", "place"), NOT_NOW)
def test_guard_no_danger_warning_for_the_past_or_a_general_worry(bundled_client, words, place):
    assert not texts_of(searched(bundled_client, words, place), DANGER)


def test_guard_a_welsh_past_gets_no_warning(bundled_client):
    """Guard: "he used to be in my room when I was little"."""
    words = "roedd o'n arfer bod yn fy llofft pan o'n i'n fach"
    assert not texts_of(searched(bundled_client, words, "Bangor", welsh=True), DANGER)


ADULTS_LINE = "24/7 Rape & Sexual Abuse Support Line"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("someone is touching me right now", "Middlesbrough"),
        ("my step dad is coming home to hurt me", "Gateshead"),
        ("he is abusing me right now", ""),
        ("my brother is touching me now", "Truro"),
    ],
)
def test_in_danger_with_no_age_the_talk_box_holds_the_line_for_16_and_over(
    bundled_client, words, place
):
    """(check50 F6) Harm under way, no age said: the box held Childline alone (a line for
    under-19s). Now the line for anyone 16 or over is beside the children's, on the first
    screen's box."""
    soup = searched(bundled_client, words, place)
    danger_first(soup)
    names = talk_names(talk_box(soup))
    assert ADULTS_LINE in names, names
    assert "Childline" in names, names


def test_guard_in_danger_with_a_childs_age_the_box_keeps_the_childrens_lines(bundled_client):
    """Guard (as on main): a child who says their age keeps the children's lines."""
    soup = searched(bundled_client, "im 12 someone is touching me right now", "Middlesbrough")
    danger_first(soup)
    names = talk_names(talk_box(soup))
    assert names[0] == "Childline" and ADULTS_LINE not in names, names
