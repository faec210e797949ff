"""(lane w49suicide, twentieth session; check50 finding 2) Someone who says they want or mean
to kill themselves or to die, with no time said.

1. The page says first "If your life is at risk now, call 999 or go to A&E." for anyone who
   says it of themselves and now, in English or Welsh, with or without "tonight" or "heno":
   the warning is a condition, true whenever it shows. Not for the past, for someone else, or
   for a professional's question about someone they work with.
2. With no age said, "Talk to someone now" leads with Samaritans (for anyone, of any age, who
   is struggling), Childline beside it; a child who says their age keeps Childline first.
"""

import pytest

from tests.helpers import posted_results, searched, talk_box, talk_names, texts_of

LIFE = ".app-life-at-risk"
#: the lines for thoughts of suicide, as the talk box names them
SUICIDE_LINES = ("Samaritans", "Samariaid", "HOPELINE247")


def _warned_first(soup) -> bool:
    html = str(soup)
    return "app-life-at-risk" in html and html.index("app-life-at-risk") < html.index(
        'id="talk-now-title"'
    )


# --- 1. a wish or intent of one's own, no time said ------------------------------------------

OWN_INTENT = [
    ("honestly i just want to die, my stepfather abused me", "Norwich", False),
    ("im gonna kill myself", "Sheffield", False),
    ("i feel suicidal all the time since the abuse", "Ipswich", False),
    ("I don't want to live any more", "Carlisle", False),
    ("i keep thinking about ending my life because of my grandad", "Lincoln", False),
    ("dwi isio lladd fy hun", "Wrecsam", True),
    ("dw i moyn marw ar ôl beth wnaeth fy ewythr", "Abertawe", True),
    ("dw i am ladd fy hun heno", "Aberystwyth", True),
    ("dw i ddim isio byw ddim mwy", "Llandudno", True),
]


@pytest.mark.parametrize(("words", "place", "welsh"), OWN_INTENT)
def test_a_wish_to_die_of_ones_own_says_first_your_life_is_at_risk(
    bundled_client, words, place, welsh
):
    soup = searched(bundled_client, words, place, welsh=welsh)
    warning = texts_of(soup, LIFE)
    said = "Ffoniwch 999 neu ewch i’r adran frys" if welsh else "call 999 or go to A&E"
    assert warning and said in warning[0], warning
    assert _warned_first(soup)
    assert any(line.startswith(SUICIDE_LINES) for line in talk_box(soup)), talk_box(soup)


#: guards (pass on main too): long ago, someone else, not wanting to die, a professional
NOT_OWN_NOW = [
    ("i was suicidal in my twenties after what my brother did", "Hull", False),
    ("i tried to kill myself years ago, abused by my grandad", "Bath", False),
    ("my son says he wants to die, his coach abused him", "Chester", False),
    ("my sister keeps saying i want to die since the abuse", "Worcester", False),
    ("i dont want to die but i cant cope with the flashbacks", "Oxford", False),
    ("roeddwn i eisiau marw pan oeddwn i'n blentyn", "Caerdydd", True),
    ("mae fy merch eisiau marw", "Llandudno", True),
]


@pytest.mark.parametrize(("words", "place", "welsh"), NOT_OWN_NOW)
def test_no_life_warning_for_the_past_or_someone_else(bundled_client, words, place, welsh):
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert not texts_of(soup, LIFE), texts_of(soup, LIFE)


@pytest.mark.parametrize(
    "words", ["support for a suicidal pupil in year 9", "safeguarding a suicidal 14 year old"]
)
def test_no_life_warning_for_a_professionals_question(bundled_client, words):
    """Guard (passes on main too): the warning speaks to the reader of their own life."""
    client = bundled_client.application.test_client()
    soup = posted_results(client, words, "Reading", professional=True)
    assert not texts_of(soup, LIFE), texts_of(soup, LIFE)


# --- 2. the talk box when someone speaks of suicide with no age ------------------------------

#: no age said: the line for anyone of any age who is struggling leads, Childline beside it
UNSAID_AGE = [
    ("i really want to end my life", "Southampton"),
    ("feeling suicidal again tonight", "Brighton"),
    ("im going to kill myself", "Nottingham"),
]


@pytest.mark.parametrize(("words", "place"), UNSAID_AGE)
def test_with_no_age_said_samaritans_leads_the_box_and_childline_is_beside_it(
    bundled_client, words, place
):
    names = talk_names(talk_box(searched(bundled_client, words, place)))
    assert names[0] == "Samaritans", names
    assert "Childline" in names, names


def test_a_child_who_says_their_age_keeps_the_childrens_lines_first(bundled_client):
    """Guard (passes on main too): with a child's age, Childline leads and PAPYRUS is there."""
    names = talk_names(talk_box(searched(bundled_client, "im 12 and i want to die", "Coventry")))
    assert names[0] == "Childline", names
    assert any(name.startswith("HOPELINE247") for name in names), names


def test_in_welsh_with_no_age_samariaid_leads(bundled_client):
    """Guard (passes on main too): Samariaid first, Meic (Wales's line for the young) beside."""
    soup = searched(bundled_client, "dwi isio lladd fy hun", "Caergybi", welsh=True)
    names = talk_names(talk_box(soup))
    assert names[0] == "Samariaid", names
    assert "Llinell gymorth Meic" in names, names
