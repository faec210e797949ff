"""(lane w50cymore, twenty-first session; twentieth Welsh review F8, F10, F11, F12) Welsh
said as people say it, read as its English twin is.

1. (F8) A sexual attack in the last few days said with "rapio" (the borrowed verb), "cysgu
   efo fi" when drunk or unwilling, "yn rywiol" (the common wrong mutation), or "penwythnos" /
   "wicend" (the weekend) said bare: the recent-assault warning, with the 24/7 line in the box.
2. (F10) Going to the police as said: "siarad efo'r polis", "gweud wrth y polis", "galw'r
   cops", "plismon": the 101 line.
3. (F11) A parent or grandparent naming the child "y mab", "y groten", "yr hogyn" who told
   them, or raising a grandchild ("magu'n wyres"): the NSPCC's line first, as "fy mab" gets.
4. (F12) Worried or ashamed about what one thinks about children, said with a verb: Stop It
   Now alone, as "poeni am fy meddyliau am blant" gets.
"""

import pytest

from tests.helpers import searched, talk_box, talk_names, texts_of, warned

RECENT = "Os digwyddodd yn y dyddiau diwethaf, ffoniwch 999"
LINE_24_7 = "24/7 Rape & Sexual Abuse Support Line"

# --- 1. a sexual attack at the weekend, as people say it (F8) --------------------------------

ATTACKED_LATELY = [
    ("cafodd hi ei rapio neithiwr", "Abertawe"),
    ("nath y boi na rapio fi ar ol y parti nos wener", "Wrecsam"),
    ("ces i fy rapio gan ffrind fy mrawd wicend", "Llandudno"),
    ("mi ges i fy nhreisio penwythnos", "Dolgellau"),
    ("naeth o gysgu hefo fi a finna'n chwil ddoe", "Caergybi"),
    ("ymosododd rhywun arna i'n rywiol neithiwr", "Aberhonddu"),
]


@pytest.mark.parametrize(("words", "place"), ATTACKED_LATELY)
def test_a_recent_attack_said_as_people_say_it_warns(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, RECENT), words
    assert LINE_24_7 in talk_names(talk_box(soup)), talk_box(soup)


#: guards (pass on main too): every weekend is a habit; a weekend with no attack told
NOT_LATELY = [
    ("dw i'n cael hunllefau bob penwythnos am be nath o", "Porthmadog"),
    ("dw i'n mynd i aros efo nain wicend", "Rhuthun"),
]


@pytest.mark.parametrize(("words", "place"), NOT_LATELY)
def test_no_recent_warning_for_a_habit_or_a_plain_weekend(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert not warned(soup, RECENT), words


# --- 2. the 101 line, asked for as people say it (F10) ---------------------------------------

POLICE_101 = "I roi gwybod i’r heddlu pan nad yw’n argyfwng, ffoniwch 101."

TO_THE_POLICE = [
    ("dwi isho siarad hefo plismon am be nath fy llystad", "Llangefni"),
    ("rwy am weud wrth y polis am fy wncwl", "Hwlffordd"),
    ("dw i moyn galw'r cops ar fy nghefnder", "Pontypridd"),
    ("ga i sgwrsio gyda'r heddlu am be ddigwyddodd", "Y Drenewydd"),
]


@pytest.mark.parametrize(("words", "place"), TO_THE_POLICE)
def test_going_to_the_police_said_as_people_say_it_brings_101(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert POLICE_101 in texts_of(soup, ".app-police-line"), words


def test_not_wanting_the_cops_brings_no_101(bundled_client):
    """Guard (passes on main too)."""
    soup = searched(bundled_client, "dw i ddim isio siarad efo'r cops", "Llangefni", welsh=True)
    assert POLICE_101 not in texts_of(soup, ".app-police-line")


# --- 3. a parent or grandparent, as they say it (F11) ----------------------------------------

NSPCC = "Llinell Gymorth y NSPCC"

PARENTS_TOLD = [
    ("mae'r hogan wedi deud wrtha i bod ei thaid yn ei chyffwrdd", "Llanrwst"),
    ("ddoe wedodd y crwt wrtho i bod ei gefnder wedi'i gam-drin", "Castell Newydd Emlyn"),
    ("dudodd yr hogyn wrtha ni bod dyn yn y clwb pêl-droed yn ei gyffwrdd", "Y Fflint"),
    ("rydw i'n magu'n ŵyr ers llynedd ac mae o wedi deud bod ei dad yn ei gam-drin", "Bethesda"),
]


@pytest.mark.parametrize(("words", "place"), PARENTS_TOLD)
def test_a_parent_or_grandparent_told_gets_the_nspcc_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert talk_names(talk_box(soup))[:1] == [NSPCC], talk_box(soup)


def test_a_child_telling_of_the_girl_next_door_keeps_the_childrens_lines(bundled_client):
    """Guard (passes on main too): the girl next door told a child, who asks for her."""
    words = "nath yr hogan drws nesa ddeud wrtha i bod ei thad yn ei brifo"
    soup = searched(bundled_client, words, "Llanrwst", welsh=True)
    assert NSPCC not in talk_names(talk_box(soup))[:1], talk_box(soup)


# --- 4. worried about one's own thoughts, said with a verb (F12) -----------------------------

STOP_IT_NOW = "Stop It Now helpline"

OWN_THOUGHTS = [
    ("rwy'n becso am y ffordd dw i'n meddwl am blant ifanc", "Llandeilo"),
    ("mae gen i gywilydd o'r hyn dw i'n ei ddychmygu am blant", "Rhyl"),
    ("dwi'n ofni be dwi'n feddwl am hogan fach drws nesa", "Bala"),
]


@pytest.mark.parametrize(("words", "place"), OWN_THOUGHTS)
def test_worried_about_what_i_think_of_children_gets_stop_it_now_alone(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert talk_names(talk_box(soup)) == [STOP_IT_NOW], talk_box(soup)


def test_a_parent_thinking_of_their_daughter_is_not_read_as_own_thoughts(bundled_client):
    """Guard (passes on main too): worried, and thinking of one's daughter all the time."""
    words = "dw i'n poeni achos dw i'n meddwl am fy merch drwy'r amser ar ôl be nath ei thad"
    soup = searched(bundled_client, words, "Dinbych", welsh=True)
    assert talk_names(talk_box(soup)) != [STOP_IT_NOW], talk_box(soup)
