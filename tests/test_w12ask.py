"""Who is asking, after the ninth walk-through (branch w12ask): words of one's own sexual arousal
aimed at children ("turned on", "horny", "aroused", Welsh "troi ymlaen", "cynhyrfu'n
rhywiol") are a person worried about their own thoughts, never a child (F1); an adult
survivor's "from 9 until i was 13", "51 yr old man" and "abused as child" are the past and
the present (F3); a parent telling of "weird things" done to their child gets no Stop It Now
(F6.1); a professional's talk box is the NSPCC's, then lines for people supporting someone,
with Childline only when nothing better fits and Stop It Now only about someone's behaviour
(F5). Every phrase and place is other than the walk-through's. Asked of the search and the
facade on the bundled listings, and of the results page."""

from __future__ import annotations

import pytest

from directory.facade import Directory
from directory.finder import FindRequest, FindResults, find
from directory.search.understand import understand

ORDER = ("childline", "nspcc-helpline", "rape-crisis-247", "napac", "samaritans", "stop-it-now")
ORDER_CY = (
    "childline", "meic", "nspcc-helpline", "rape-crisis-247", "live-fear-free", "napac",
    "samaritans", "stop-it-now",
)  # fmt: skip
#: lines for children and for people harmed: never the first offered to someone worried about
#: their own thoughts
VICTIMS_LINES = {"childline", "nspcc-helpline", "rape-crisis-247", "meic", "live-fear-free"}
#: lines only for children
CHILDRENS_LINES = {"childline", "meic", "the-mix"}


def run(directory: Directory, q: str, location: str = "") -> FindResults:
    return find(directory.index, directory.gazetteer, FindRequest(q=q, location=location))


def talk(directory: Directory, results: FindResults, welsh: bool = False) -> list[str]:
    order = ORDER_CY if welsh else ORDER
    return [s.id for s in directory.talk_lines(results, order, welsh=welsh)]


# --- F1: one's own arousal aimed at children ---------------------------------------------------

OWN_AROUSAL = [
    ("i keep getting turned on by little girls at the park and i hate myself", "Chelmsford"),
    ("young boys make me horny, what is wrong with me", "Luton"),
    ("i feel aroused around my partners daughter who is 8", "Barnsley"),
    ("sexually excited when babysitting my niece, please help", ""),
    ("i get a hard on around children and its frightening me", "Wigan"),
    ("im 23 and lusting after underage girls online", "Hull"),
]
OWN_AROUSAL_CY = [
    ("mae plant bach yn fy nhroi i ymlaen, dwi angen help", "Aberystwyth"),
    ("dwi'n cynhyrfu'n rhywiol pan dwi'n gweld plant, be dwi'n neud", "Casnewydd"),
    ("mae gen i chwant rhywiol am fy wyres ac mae gen i gywilydd", "Bangor"),
]


@pytest.mark.parametrize(("q", "location"), OWN_AROUSAL + OWN_AROUSAL_CY)
def test_words_of_own_arousal_at_children_are_someone_worried_about_their_thoughts(
    q: str, location: str
) -> None:
    assert understand(q).asker.persona == "own-behaviour", q


@pytest.mark.parametrize(("q", "location"), OWN_AROUSAL)
def test_own_arousal_gets_stop_it_now_first_in_the_box_and_the_cards(
    directory: Directory, q: str, location: str
) -> None:
    results = run(directory, q, location)
    box = talk(directory, results)
    assert box[0] == "stop-it-now", (q, box)
    assert not set(box) & VICTIMS_LINES, (q, box)
    first = [*results.shown_ids()][:1]
    assert first == ["stop-it-now"], (q, results.shown_ids()[:3])


@pytest.mark.parametrize(("q", "location"), OWN_AROUSAL_CY)
def test_welsh_own_arousal_gets_stop_it_now_first(
    directory: Directory, q: str, location: str
) -> None:
    results = run(directory, q, location)
    box = talk(directory, results, welsh=True)
    assert box[0] == "stop-it-now", (q, box)
    assert not set(box) & VICTIMS_LINES, (q, box)


@pytest.mark.parametrize(
    "q",
    [
        # the arousal is someone else's: a child telling of abuse
        "he gets turned on when i sit on his knee im 11",
        "my stepdad says it turns him on when i wear my school uniform",
        "my mums boyfriend gets aroused around kids and he comes in my room",
        "my uncle shows me videos and gets turned on watching kids, im 13",
        # the asker's body answered while they were harmed: a victim's words
        "he abused me when i was a kid and i got aroused, does that make me bad",
        "my cousin touched me and i got turned on and now i feel like a bad kid",
        # a young person and their own age group
        "im 15 and i get turned on by kids in my year is that normal",
        # "hard on" as strict, "turn on" as a switch
        "im too hard on my kids since the divorce",
        "i turn on the telly for the children every morning",
        # only a time when the children are away
        "i get horny at night when the kids are asleep",
        "sexual feelings towards my husband when my kids are at school",
        # Welsh: his, not mine ("ei droi")
        "mae o'n cael ei droi ymlaen pan dwi'n eistedd ar ei lin",
    ],
)
def test_someone_elses_arousal_or_a_victims_body_is_not_own_behaviour(q: str) -> None:
    assert understand(q).asker.persona != "own-behaviour", q


def test_a_child_telling_of_an_abusers_arousal_still_gets_childline(directory: Directory) -> None:
    results = run(directory, "he gets turned on when i sit on his knee im 11", "Doncaster")
    assert results.asker.persona == "child"
    assert talk(directory, results)[0] == "childline"


# --- F3: an adult survivor's span, age and "as child" -----------------------------------------


@pytest.mark.parametrize(
    ("q", "age", "gender"),
    [
        ("molested from 7 until i was 12 by a neighbour, 47 yr old woman now, want therapy", 47,
         "female"),
        ("60 year old bloke, abused by my grandad from 8 till i turned 14, looking for support",
         60, "male"),
        ("abused by my older brother from 6 till i was 11. 39 year old woman. need a counsellor",
         39, "female"),
        ("abused by a family friend from when i was 5 till i was 10, need counselling", None, ""),
        ("abused by an older cousin as kid, cant tell my family, want to talk to someone", None,
         ""),
        ("interfered with when young by a lodger, still struggling", None, ""),
    ],
)  # fmt: skip
def test_an_adult_survivors_past_and_present_are_read(q: str, age: int | None, gender: str) -> None:
    asker = understand(q).asker
    assert (asker.persona, asker.age) == ("adult", age), q
    if gender:
        assert asker.gender == gender


@pytest.mark.parametrize(
    "q",
    [
        "40 yr old man keeps sending me messages",
        "a 50 year old man touched me at the bus stop",
        "my uncle is a 45 year old man and he touches me",
        "abused by a 35 year old man, im scared",
        "my stepdad 38 yr old man comes in my room at night",
    ],
)
def test_a_grown_mans_age_that_is_someone_elses_is_not_the_askers(q: str) -> None:
    age = understand(q).asker.age
    assert age is None or age < 18, (q, age)


def test_words_of_secrecy_are_no_childs_cue_on_their_own() -> None:
    asker = understand("i cant tell anyone what happened, need counselling").asker
    assert asker.persona != "child" and not asker.is_child
    # ... and a child's own words are still read
    assert understand("cant tell anyone, my brother comes in my room").asker.persona == "child"


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("abused from 8 until i was 12 by my uncle. 49 yr old man. looking for counselling",
         "Lincoln"),
        ("55 year old man. stepfather abused me from 10 till i was 15. want therapy", "Stafford"),
        ("indian woman 50 molested by relative as child, never told my family, need counselling",
         "Leicester"),
    ],
)  # fmt: skip
def test_an_adult_survivor_gets_no_childrens_line(
    directory: Directory, q: str, location: str
) -> None:
    results = run(directory, q, location)
    assert results.asker.persona == "adult", q
    box = talk(directory, results)
    assert not set(box) & CHILDRENS_LINES, (q, box)
    assert not set(results.shown_ids()[:3]) & CHILDRENS_LINES, (q, results.shown_ids()[:3])


# --- F6.1: a parent telling of "weird things" done to their child -----------------------------


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("my girl 5 told me her uncle did rude things to her, what do i do", "Preston", False),
        ("son says his step grandad has been doing funny stuff with him, help", "Derby", False),
        ("mae fy merch 7 oed yn deud bod ei llystad wedi gwneud pethau drwg iddi hi", "Aberteifi",
         True),
        ("mae ein mab yn deud bod ewythr wedi gwneud rhywbeth rhyfedd iddo fo", "Y Rhyl", True),
    ],
)  # fmt: skip
def test_a_parent_telling_of_things_done_to_their_child_gets_no_stop_it_now(
    directory: Directory, q: str, location: str, welsh: bool
) -> None:
    results = run(directory, q, location)
    assert results.asker.persona == "parent", q
    box = talk(directory, results, welsh=welsh)
    assert box[0] == "nspcc-helpline", (q, box)
    assert "stop-it-now" not in box, (q, box)
    assert "stop-it-now" not in results.shown_ids()[:3], (q, results.shown_ids()[:3])


# --- F5: a professional's talk box --------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("im a teaching assistant, year 4 pupil told me her dad has been sexually abusing her, "
         "who do i refer to", "York"),
        ("health visitor: 3 year old disclosed abuse by step grandad, need referral routes",
         "Norwich"),
        ("family support worker, boy 12 abused by his uncle for a year, where can i refer",
         "Exeter"),
    ],
)  # fmt: skip
def test_a_professionals_box_is_the_nspcc_then_the_childs_line(
    directory: Directory, q: str, location: str
) -> None:
    results = run(directory, q, location)
    assert results.asker.persona == "professional", q
    box = talk(directory, results)
    assert box[0] == "nspcc-helpline", (q, box)
    assert "stop-it-now" not in box, (q, box)
    # (w59fit, forty-fifth walk-through F6) the call is about a child whose age is said:
    # Childline, the child's own line, comes straight after the lines made for professionals,
    # before those taking calls from family and friends (Victim Support, for victims of crime,
    # came second above it; ninth walk-through F5 had put it there)
    services = {s.id: s for s in directory.talk_lines(results, ORDER)}
    before = box[: box.index("childline")]
    assert all("professionals" in services[i].audiences for i in before), box


def test_a_professional_asking_about_someones_behaviour_still_gets_stop_it_now(
    directory: Directory,
) -> None:
    results = run(
        directory,
        "social worker concerned about a 14 year old boys harmful sexual behaviour towards "
        "his sister",
        "Ipswich",
    )
    assert results.asker.persona == "professional"
    assert "stop-it-now" in talk(directory, results)


# --- the results page ----------------------------------------------------------------------------


def test_the_results_page_puts_stop_it_now_in_the_talk_box_for_own_arousal(bundled_client) -> None:
    from bs4 import BeautifulSoup

    page = bundled_client.get(
        "/search", query_string={"q": "little kids turn me on and i feel sick about it"}
    )
    assert page.status_code == 200
    soup = BeautifulSoup(page.get_data(as_text=True), "html.parser")
    heading = soup.find(id="talk-now-title")
    assert heading is not None  # with no place, the box is at the top
    box = heading.find_parent(["aside", "section", "div"])
    names = [li.get_text(" ", strip=True) for li in box.find_all("li")]
    assert names and names[0].startswith("Stop It Now"), names
    assert not any(n.startswith("Childline") for n in names), names


# --- F8: the person who did it still lives in the home ------------------------------------------


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my partner has been touching my 6 year old son and he still lives with us", "Hull"),
        ("found out my boyfriend abused my girl, hes downstairs now and i dont know what to do",
         "Swindon"),
        ("our son 10 said his stepdad molested him, we live with him, im frightened", ""),
    ],
)  # fmt: skip
def test_a_parent_whose_childs_abuser_is_at_home_gets_a_line_open_day_and_night(
    directory: Directory, q: str, location: str
) -> None:
    results = run(directory, q, location)
    assert results.asker.persona == "parent", q
    lines = directory.talk_lines(results, ORDER)
    assert lines[0].id == "nspcc-helpline", [s.id for s in lines]
    # the line's own listing: open day and night, about abuse at home, for anyone worried
    # about someone they know
    assert lines[1].id == "national-domestic-abuse-helpline", [s.id for s in lines]
    assert "day and night" in lines[1].description
    assert "stop-it-now" not in [s.id for s in lines]


def test_in_wales_the_line_for_abuse_at_home_is_wales_own(directory: Directory) -> None:
    results = run(
        directory, "mae fy ngŵr wedi cam-drin ein mab 7 oed ac mae o'n dal i fyw efo ni", "Wrecsam"
    )
    box = talk(directory, results, welsh=True)
    assert "live-fear-free" in box[:2], box


@pytest.mark.parametrize(
    "q",
    [
        "my ex abused my daughter, he moved out last year and doesnt live with us",
        "he no longer lives with us but my son still has nightmares after what his uncle did",
        # (w48sib) the children in the asker's care live with them, not the one who did it
        "my granddaughter is living with us since her stepfather abused her",
        "the kids live with me now, their dad abused my eldest",
    ],
)
def test_no_line_for_abuse_at_home_when_the_words_say_that_is_over(
    directory: Directory, q: str
) -> None:
    results = run(directory, q, "Hull")
    assert "national-domestic-abuse-helpline" not in talk(directory, results)
