"""(probe 11, branch w11age) Ages and relations read right: an age said of the past ("from age
6", "when i was 9", "abused in year 4") is when it happened, never the asker's age now, and a
present grown-up age or life ("male 41", "in my late 40s", "all grown up now") or a year long
gone ("in 1991", "the 70s", "yn y 1990au") makes the asker an adult; a school year said first
("yr 10 …", "bl 8 …") is a child's own, and the northern "our kid" is a brother or sister; a
parent or carer naming what they are without "my" ("grandparent worried…", "kinship carer, a
child in my care…", "gofalwr maeth") is a carer asking. Worded differently from the probe's own
searches, and tested both ways."""

from __future__ import annotations

import pytest

from directory.search.asker_ages import long_ago
from directory.search.understand import understand

from .helpers import talk

# --- an adult survivor: a present age or life outranks any childhood age ---------------------


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("male 41 touched by my uncle from age 6", 41),
        ("woman 36, my stepfather raped me from the age of 8", 36),
        ("43m abused by a scout leader when i was 11", 43),
        ("molested by my brother when i was 9, im 47", 47),
        ("assaulted by the lodger since i was 7 and im 33 now", 33),
        ("abused by my brother when i was 12 now 45", 45),
        ("my stepdad abused me aged 6, im 31 now", 31),
        ("F37 interfered with by a neighbour aged 8", 37),
    ],
)
def test_a_present_age_outranks_a_childhood_age(words: str, age: int) -> None:
    asker = understand(words).asker
    assert (asker.persona, asker.age) == ("adult", age), words
    assert not asker.is_child


@pytest.mark.parametrize(
    "words",
    [
        "my uncle abused me when i was 8 and now im in my late 40s",
        "touched by a neighbour when i was 12, all grown up now but it still hurts",
        "raped by a family friend at age 14, im an adult now and cant cope",
        "groomed by my football coach in year 6, now grown up and struggling",
        "my stepdad abused me in 1991 and i never told anyone",
        "abused at boarding school in the 70s",
        "a priest abused me between 1965 and 1970",
        "my uncle did things to me through the late seventies",
        "cafodd fy nghyffwrdd gan fy ewythr yn y 1990au",
        "camdriniaeth hanesyddol gan fy nhaid",
        "fy ewythr pan on in 9, dwi yn fy 40au rwan",
    ],
)
def test_a_grown_up_life_or_a_long_gone_year_is_an_adults(words: str) -> None:
    asker = understand(words).asker
    assert asker.persona == "adult", (words, asker)
    assert not asker.is_child, words


@pytest.mark.parametrize(
    ("words", "age"),
    [
        # a child's own present age, or present tense, is still a child's
        ("im 13 and my uncle touched me when i was 9", 13),
        ("in year 6 my stepdad keeps coming in my room", 10),
        ("my cousin has been touching me since i was 8 im 12", 12),
    ],
)
def test_a_childs_present_still_wins(words: str, age: int) -> None:
    asker = understand(words).asker
    assert (asker.persona, asker.age) == ("child", age), words


def test_a_year_is_long_ago_only_when_whoever_it_happened_to_is_grown_now() -> None:
    assert long_ago("it happened in 2001", this_year=2026)
    assert not long_ago("it happened in 2015", this_year=2026)
    assert not long_ago("call 0800 2001 555", this_year=2026)
    assert long_ago("yn yr wythdegau", this_year=2026)
    assert not long_ago("my 90 year old nan", this_year=2026)


def test_an_adults_talk_box_leaves_out_childline(directory) -> None:
    for words, place in [
        ("male 52 abused by a teacher from age 10", "Ipswich"),
        ("my grandad abused me in 1989 need counselling", "Truro"),
    ]:
        lines = talk(directory, words, place)
        assert lines[0] in {"rape-crisis-247", "napac", "samaritans"}, (words, lines)
        assert "childline" not in lines, (words, lines)


def test_a_welsh_adult_recalling_the_90s_gets_an_adult_line_first(directory) -> None:
    lines = talk(directory, "cam-drin gan fy ewythr yn y nawdegau", "Wrecsam", welsh=True)
    assert lines[0] in {"live-fear-free", "rape-crisis-247", "napac"}, lines
    assert "meic" not in lines and "childline" not in lines, lines


# --- a child: a school year said first is their own; "our kid" is a brother or sister --------


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("yr 10 my half brother forced me, want to talk to someone", 14),
        ("in year 7 and my stepmum's son touches me", 11),
        ("year 8 boy my cousin made me do stuff", 12),
        ("bl 10 mae fy llysfrawd yn fy nghyffwrdd", 14),
        ("ym mlwyddyn 7 ac mae fy ewythr yn fy mrifo", 11),
    ],
)
def test_a_school_year_said_first_is_the_childs_own(words: str, age: int) -> None:
    asker = understand(words).asker
    assert (asker.persona, asker.age) == ("child", age), (words, asker)


@pytest.mark.parametrize(
    "words",
    [
        "our kid keeps touchin me when mams at work",
        "our kid is 17 and keeps coming in my room im 11",
        "im 9 and my baby sister cries when he does it",
        "me and my brother are being abused by our stepdad",
    ],
)
def test_a_brother_or_sister_and_a_childs_own_age_are_a_childs(words: str) -> None:
    asker = understand(words).asker
    assert asker.persona == "child", (words, asker)
    assert asker.age in (None, 9, 11), asker


def test_our_kids_plural_is_still_a_parents() -> None:
    assert understand("our kids were abused by their grandad").asker.persona == "parent"


def test_a_child_in_year_10_is_sent_to_a_childrens_line(directory) -> None:
    lines = talk(directory, "yr 10 my step sister assaulted me need help", "Hove")
    assert lines[0] == "childline", lines


def test_our_kid_is_not_read_as_a_parents_child(directory) -> None:
    lines = talk(directory, "our kid keeps makin me do stuff im 11 hes 15", "Bolton")
    assert lines[0] == "childline", lines
    assert understand("our kid keeps makin me do stuff im 11 hes 15").asker.for_age == 11


# --- a parent or carer named without "my" ----------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "grandparent worried grandson is being groomed online",
        "kinship carer, a child in my care told me her uncle abused her",
        "single dad looking for help after son disclosed abuse at football club",
        "stepdaughter told her teacher my partner touched her",
        "need advice as her mum, she was assaulted by a boy at school",
        "gofalwr maeth, mae plentyn yn fy ngofal wedi dweud bod ei hewythr wedi ei cham-drin",
        "rhiant yn chwilio am help ar ol i blentyn gael ei gam-drin",
        "dw i n poeni bod fy nai yn cael ei gam-drin gan ei lysdad",
        "worried nan, grandsons stepdad has been touching him",
        "tad maeth, mae'r hogyn yn fy ngofal wedi dweud bod ei ewythr wedi ei gam-drin",
        "foster dad to a 9 year old who was sexually abused before she came to us",
    ],
)
def test_a_carer_named_without_my_is_a_parent(words: str) -> None:
    assert understand(words).asker.persona == "parent", (words, understand(words).asker)


@pytest.mark.parametrize(
    "words",
    [
        # a relation of the asker's, or a carer who did it: a child's words
        "my mums a foster carer and her foster son touches me",
        "dad touched me and my brother",
        "mum's boyfriend keeps coming in my room",
        "as mum was at work he came into my bedroom and touched me",
    ],
)
def test_a_childs_family_is_not_a_carer_asking(words: str) -> None:
    assert understand(words).asker.persona != "parent", (words, understand(words).asker)


def test_a_carer_gets_a_line_for_parents_first(directory) -> None:
    lines = talk(directory, "foster parent, boy in my care disclosed abuse by his uncle", "Derby")
    assert lines[0] == "nspcc-helpline", lines
    welsh = talk(directory, "rhiant maeth, plentyn yn fy ngofal wedi cael ei gam-drin", "Rhyl")
    assert welsh[0] == "nspcc-helpline", welsh


# --- a child's cards: no adults' centre of unstated ages, no line for worried adults ----------


def _cards(bundled_index, gazetteer, q: str, location: str) -> list[str]:
    from directory.finder import FindRequest, find

    results = find(bundled_index, gazetteer, FindRequest(q=q, location=location))
    return results.shown_ids()


@pytest.mark.parametrize(
    ("q", "location", "centre"),
    [
        (
            "im 12 and my stepdad keeps coming in the bathroom when im in there",
            "Sunderland",
            "angel-centre-gateshead",
        ),
        ("im 14 my cousin does stuff to me at nans", "Darlington", "meadows-durham-sarc"),
    ],
)
def test_an_adults_centre_of_unstated_ages_is_not_among_a_childs_first_cards(
    bundled_index, gazetteer, q: str, location: str, centre: str
) -> None:
    assert bundled_index.services[centre].ages_not_stated
    cards = _cards(bundled_index, gazetteer, q, location)
    assert centre not in cards[:3], cards[:4]


def test_a_child_telling_of_a_rape_still_meets_the_centre(bundled_index, gazetteer) -> None:
    # (a forensic centre for any age may be what a child raped at the weekend needs)
    cards = _cards(bundled_index, gazetteer, "im 15 and i was raped on friday night", "Durham")
    assert "meadows-durham-sarc" in cards[:4], cards[:5]


@pytest.mark.parametrize(
    "words",
    [
        "dw i'n blentyn ac mae fy llystad yn fy nghyffwrdd",
        "mae fy ewythr yn gwneud pethau rhywiol i fi",
        "mae o'n dod i mewn i fy stafell bob nos",
    ],
)
def test_a_welsh_child_saying_so_is_a_child(words: str) -> None:
    assert understand(words).asker.persona == "child", (words, understand(words).asker)


def test_a_welsh_adult_telling_of_the_past_is_not_read_as_a_child() -> None:
    assert understand("roedd fy ewythr yn gwneud pethau i mi").asker.persona != "child"


def test_a_welsh_childs_first_cards_have_no_line_for_worried_adults(
    bundled_index, gazetteer
) -> None:
    cards = _cards(
        bundled_index,
        gazetteer,
        "dw i'n blentyn ac mae fy ewythr yn gwneud pethau i mi",
        "Pontypridd",
    )
    assert "stop-it-now" not in cards[:3] and "stop-it-now-wales" not in cards[:3], cards[:4]


def test_a_parents_first_card_is_not_an_adults_centre_of_unstated_ages(
    bundled_index, gazetteer
) -> None:
    # (The Bridgeway SARC until ages-2026-12.jsonl found pages saying it sees children)
    unstated = "safe-place-merseyside"
    assert bundled_index.services[unstated].ages_not_stated
    cards = _cards(
        bundled_index, gazetteer, "help for me as a mum after my boy was abused", "Bootle"
    )
    assert cards[0] != unstated, cards[:3]
    # ... but it stays first when the words tell of a rape
    raped = _cards(bundled_index, gazetteer, "my daughter was raped last night", "Wallasey")
    assert raped[0] == unstated, raped[:3]


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        # an age with no words of what was done before it is not the past
        ("at age 16 can i get counselling without my parents knowing", "child"),
        # parents who say "we" keep "our kid" as their child
        ("our kid was groomed online, what can we do", "parent"),
        # a young carer is a child; a carer for a grown-up is not a parent
        ("gofalwr ifanc, mae fy nhad yn fy nghyffwrdd", "child"),
        ("carer for my disabled mum, she was abused as a child", "adult"),
        # "aged 9" after the name of what happened, not what was done: who the help is for
        ("therapy for a child victim of sexual abuse aged 9", "child"),
        # abuse going on now in a grown-up's life is not a child's
        # (w21adult: a husband says the asker is a grown-up: deliberately "adult" now, was "")
        ("i am being abused by my husband", "adult"),
    ],
)
def test_words_near_the_new_readings_keep_theirs(words: str, persona: str) -> None:
    assert understand(words).asker.persona == persona, (words, understand(words).asker)
