"""The third probe of who is asking (docs/walkthrough-2026-12/eleventh/probe-240-third.md),
patterns 1, 2, 4 and the "we are the parents of" part of 6, in other words and towns than its
own (branch w15probe):

1. a young person (13-17) who says their age and tells of a sexual act they did to a younger
   brother, sister or cousin, or of making one do sexual things, or of their own sexual
   thoughts about younger children, is worried about their own behaviour: Stop It Now first
   (its helpline answers anyone "worried about their own sexual thoughts or behaviour towards
   children", and in Wales "including young people": the listings' own words), Childline or
   Meic beside it, never a victims' service as the first card;
2. a grown-up's own thoughts in words not read before: chatting sexually to teens, the noun
   "attraction", children before puberty, "a risk to children" said of oneself, a wish to touch
   a child that keeps coming, a wish to stop thinking of a child of the family sexually; Welsh
   "risg / perygl i blant", "meddwl am … yn rhywiol": a named relative does not make it a
   parent's worry;
4. a professional whose role is said with a word in front ("A&E", "CAMHS", "duty"), or is not
   in the table, who then tells what a child told them: the professional's route (NSPCC first);
6. parents who speak as "we" ("we are his parents", Welsh "rydyn ni'n rhieni i …").

Both ways: a child telling of what was done to them, with their age, stays a child; a parent
telling of thoughts about harm done to their child stays a parent; a child naming a role-holder
("my librarian", "the riding instructor touches me") stays a child.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.understand import understand
from tests.helpers import talk_box

STOP_IT_NOW = ("Stop It Now helpline", "Lucy Faithfull Foundation Wales", "The Lucy Faithfull")
CHILD_LINES = ("Childline", "Llinell gymorth Meic")


def _page(client, q: str, location: str, welsh: bool = False) -> tuple[list[str], list[str]]:
    """The talk box's lines and the cards' titles, as a reader sees them."""
    path = "/cy/search" if welsh else "/search"
    page = client.get(path, query_string={"q": q, "location": location}, follow_redirects=True)
    assert page.status_code == 200
    soup = BeautifulSoup(page.get_data(as_text=True), "html.parser")
    cards = [h.get_text(" ", strip=True) for h in soup.find("main").select("li.app-result h3")]
    return talk_box(soup), cards


# --- 1. a young person's own harmful behaviour ----------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        # a sexual act on a younger brother, sister or cousin, however it is felt
        "im 16 and i did rude stuff to my baby brother",
        "i'm 14 and i did something sexual to my younger cousin",
        # making a younger child do it
        "im 14 and i made my little sister touch me, whats wrong with me",
        "i'm 15 and ive got my younger cousin to do sexual things, i feel so bad about it",
        "im 15 and i made my little brother watch porn with me",
        # remorse said in other words
        "im 17 and i sexually abused my nephew, i feel horrible",
        # own sexual thoughts about younger children
        "i'm 16 and i think about younger kids in a sexual way",
        # Welsh
        "dw i'n 14 a wnes i rywbeth rhywiol i fy mrawd bach",
        "dwi'n 15 a gwnes i bethau anweddus i fy nghyfnither fach",
    ],
)
def test_a_young_persons_own_harmful_behaviour_is_read_as_theirs(q: str) -> None:
    asker = understand(q).asker
    assert asker.persona == "own-behaviour", q
    assert asker.age is not None and 13 <= asker.age <= 17, q


@pytest.mark.parametrize(
    "q",
    [
        # what was done TO a young person, with their age: a child's
        "im 15 and my older cousin did sexual stuff to me",
        "im 14 and my step brother made me do sexual things",
        "i'm 16 and my little brother's friend did rude stuff to me",
        "dw i'n 14 a gwnaeth fy nghefnder bethau rhywiol i mi",
        "im 14 and my little sister saw sexual stuff on my phone",
        # a child's plain word about another child, and anyone under 13
        "im 13 and i touched my little brother",
        "im 12 and i did sexual stuff to my little sister",
    ],
)
def test_harm_done_to_a_young_person_or_a_childs_plain_words_stay_a_childs(q: str) -> None:
    assert understand(q).asker.persona == "child", q


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("im 16 and i did rude stuff to my baby brother", "Blackburn", False),
        ("im 14 and i made my little sister touch me, whats wrong with me", "Grimsby", False),
        ("dw i'n 14 a wnes i rywbeth rhywiol i fy mrawd bach", "Llangefni", True),
    ],
)
def test_a_young_person_who_harmed_gets_stop_it_now_with_a_childrens_line_beside_it(
    bundled_client, q: str, location: str, welsh: bool
) -> None:
    talk, cards = _page(bundled_client, q, location, welsh)
    assert talk[0].startswith(STOP_IT_NOW), talk
    assert any(line.startswith(CHILD_LINES) for line in talk), talk
    assert cards[0].startswith(STOP_IT_NOW), cards[:3]


def test_a_young_person_harmed_still_gets_a_childrens_line_first(bundled_client) -> None:
    talk, cards = _page(bundled_client, "im 15 and my older cousin did sexual stuff to me", "Hull")
    assert talk[0].startswith("Childline"), talk
    assert not any(line.startswith(STOP_IT_NOW) for line in talk), talk
    assert not cards[0].startswith(STOP_IT_NOW), cards[:3]


# --- 2. a grown-up's own thoughts, in other words ---------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "ive been messaging sexually with kids on discord, im 40",
        "i have an attraction to pre-teen boys and need help",
        "my attraction to underage girls is ruining my life",
        "im worried im a danger to kids",
        "could i be a risk to my grandchildren? i have thoughts i shouldnt",
        "i cant stop wanting to touch my stepson",
        "how can i stop thinking about my godson in a sexual way",
        "is there help to stop having thoughts about my niece that are sexual",
        # Welsh
        "dw i'n risg i blant, dw i angen help",
        "alla i ddim stopio meddwl am fy nith yn rhywiol",
    ],
)
def test_a_grown_ups_own_thoughts_in_other_words_are_read_as_theirs(q: str) -> None:
    assert understand(q).asker.persona == "own-behaviour", q


@pytest.mark.parametrize(
    ("q", "persona"),
    [
        # a parent's thoughts of harm done to their child
        ("i cant stop thinking about my daughter being sexually abused", "parent"),
        ("how do i stop thinking about my son being groomed", "parent"),
        # someone else's attraction, wish or risk
        ("my ex husband has an attraction to young girls, is my daughter safe", "parent"),
        ("mae fy ngŵr yn meddwl am fy merch yn rhywiol", "parent"),
        # a survivor's fear, a wish that is not sexual
        ("am i a risk to my kids because i was abused as a child", "parent"),
        ("i keep wanting to touch my baby sisters hair, im 9", "child"),
        # a child chatting, a grown-up's own attraction to grown-ups
        ("im 14 and a man keeps chatting sexually to me online", "child"),
    ],
)
def test_someone_elses_thoughts_or_harm_done_are_not_own_behaviour(q: str, persona: str) -> None:
    assert understand(q).asker.persona == persona, q


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("ive been chatting dirty with teens on snapchat, im 44, i need to stop", "Ipswich", False),
        ("struggling with my attraction to prepubescent boys", "Carlisle", False),
        ("i keep wanting to touch my granddaughter and it scares me", "Kettering", False),
        ("dw i'n meddwl fy mod i'n berygl i blant", "Aberteifi", True),
    ],
)
def test_a_grown_ups_own_thoughts_get_stop_it_now_first(
    bundled_client, q: str, location: str, welsh: bool
) -> None:
    talk, cards = _page(bundled_client, q, location, welsh)
    assert talk[0].startswith(STOP_IT_NOW), talk
    assert not any(line.startswith(CHILD_LINES) for line in talk), talk
    assert cards[0].startswith(STOP_IT_NOW), cards[:3]


# --- 6. parents speaking as "we" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "we are his parents and a babysitter abused him",
        "as parents of a 10 year old abused by a neighbour, where can we get support",
        "we're her mum and dad, she told us her swimming coach touched her",
        "rydyn ni'n rhieni i fachgen 7 oed a gafodd ei gam-drin",
    ],
)
def test_parents_speaking_as_we_are_read_as_parents(q: str) -> None:
    assert understand(q).asker.persona == "parent", q


@pytest.mark.parametrize(
    ("q", "persona"),
    [
        ("my parents were abused as kids and never got help", "adult"),
        ("we were abused by our stepdad when we were kids", "adult"),
        ("im 13 and my mum and dad were never told what my uncle did to me", "child"),
    ],
)
def test_parents_named_otherwise_are_not_the_asker(q: str, persona: str) -> None:
    assert understand(q).asker.persona == persona, q


def test_parents_speaking_as_we_get_the_nspcc_first(bundled_client) -> None:
    talk, _cards = _page(
        bundled_client, "we are the parents of an 8 year old abused by her step grandad", "Dover"
    )
    assert talk[0].startswith("NSPCC"), talk


# --- 4. a professional whose role has a word in front, or is not in the table -----------------


@pytest.mark.parametrize(
    "q",
    [
        # a known role with words in front that say which
        "a&e doctor, 9 year old brought in after abuse by her uncle, where do we refer",
        "ward nurse 14 year old patient disclosed abuse by her stepdad",
        "childrens services duty worker needs a sarc for a 12 year old",
        "out of hours social worker, 15 yr old told me her brother rapes her",
        # roles the tables did not know, said as people say theirs
        "school librarian, a year 8 boy told me his uncle touches him",
        "im a school caretaker and a year 5 girl said her stepdad hurts her",
        "playground supervisor a child aged 6 told me grandad touches her",
        "im a bus escort and a 10 year old boy said his brother hurts him",
        "brigade leader, a lad of ours, child 13 disclosed abuse by a neighbour",
        # a group or setting named as the asker's, with a child there who told
        "one of our gymnasts told me her dads friend touched her",
        "a girl at our church group disclosed abuse by her cousin, what support is there",
        # Welsh
        "nyrs ward, claf 12 oed wedi datgelu cam-drin gan ei llystad",
        "llyfrgellydd, plentyn 10 oed wedi dweud bod ei hewythr yn ei cham-drin",
        "gweithiwr cefnogi mewn ysgol, disgybl wedi datgelu cam-drin",
        "gweithwraig cefnogi mewn cartref plant, merch 15 oed wedi datgelu cam-drin",
        "ffisiotherapydd angen cyngor am blentyn 11 oed a gafodd ei gam-drin",
    ],
)
def test_a_professional_with_a_prefixed_or_unknown_role_is_read_as_one(q: str) -> None:
    assert understand(q).asker.persona == "professional", q


@pytest.mark.parametrize(
    ("q", "persona"),
    [
        # a child naming a role-holder, or telling what another child told them
        ("my librarian touched me at school im 11", "child"),
        ("the riding instructor touches me when we are alone", "child"),
        ("a teacher told me my friend is being hurt at home, im 12", "child"),
        ("after school a boy told me his uncle does stuff to him, im 10", "child"),
        ("the caretaker at school keeps looking at me", "child"),
        ("a girl at our school told me her uncle touches her, what do i do", ""),
        ("the librarian at school gave me his number", "child"),
        ("a lifeguard at the pool said i was pretty, im 13", "child"),
        ("mae fy athro nofio yn fy nghyffwrdd", "child"),
        # a parent naming their child's
        ("my sons riding instructor has been messaging him", "parent"),
        ("my daughter disclosed to me that her swimming coach touched her", "parent"),
        ("kinship carer, a child in my care told me her uncle abused her", "parent"),
    ],
)
def test_a_role_someone_else_holds_does_not_make_the_asker_a_professional(
    q: str, persona: str
) -> None:
    assert understand(q).asker.persona == persona, q


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("school librarian, a year 8 boy told me his uncle touches him", "Shrewsbury", False),
        ("a&e doctor, 9 year old brought in after abuse by her uncle", "Leicester", False),
        ("nyrs ward, claf 12 oed wedi datgelu cam-drin gan ei llystad", "Aberystwyth", True),
        # (the word that says which role is not searched: "camhs" is no help for a child asked)
        ("nyrs camhs, angen help i fachgen 14 oed a gafodd ei gam-drin gan ei ewythr", "Caerdydd",
         True),
        # a young child's sexualised behaviour: a sign of what may have been done to them
        ("school nurse, 4 year old showing sexualised behaviour, possible abuse by grandad",
         "Hull", False),
        ("childminder toddler with sexualised behaviour, possible abuse by her uncle", "Derby",
         False),
        ("ymwelydd iechyd, babi gydag ymddygiad rhywioledig, pryder am y llystad", "Y Barri",
         True),
    ],
)  # fmt: skip
def test_a_professional_gets_the_nspcc_first_never_a_childrens_line(
    bundled_client, q: str, location: str, welsh: bool
) -> None:
    talk, cards = _page(bundled_client, q, location, welsh)
    # (w22cy) on Welsh pages by its Welsh name, the Welsh Government's: curation/welsh.json
    assert talk[0].startswith("Llinell Gymorth y NSPCC" if welsh else "NSPCC"), talk
    assert not cards[0].startswith(CHILD_LINES), cards[:3]
