"""Survivors who are parents, professionals whose role has a word in front, parents who say no
"my", abuse told as "making her do sexual things" (probe 12, patterns 2 to 5): read from how
people talk in general, in other words than the probe's, both ways (the false reading each rule
could cause is tested too), English and Welsh."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.lexicon import clean_text
from directory.search.understand import who_is_asking


def _persona(words: str) -> str:
    return who_is_asking(clean_text(words)).persona


@pytest.mark.parametrize(
    "words",
    [
        # a parent telling of their OWN childhood abuse is an adult survivor
        "dad of three, molested by my uncle as a boy, struggling to sleep",
        "31, mother of one, raped by my stepfather when i was a teenager",
        "im a mum and my grandad abused me as a child, need counselling",
        "rydw i'n fam i dri, ges i fy ngham-drin gan fy ewythr",
        # an adult's life now, or years counted since
        "in my late fifties and my brother abusing me still haunts me",
        "in my 30s and only now talking about my stepdad abusing me",
        "its been 25 years since my grandfather abused me",
        "20 years on from what my uncle did to me, need therapy",
        "mae hi'n 40 mlynedd yn ol ers i fy nhad fy ngham-drin",
    ],
)
def test_an_adult_survivor_is_read_as_one(words: str) -> None:
    assert _persona(words) == "adult"


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        # ... but a parent telling of their child's abuse is a parent
        ("mum of 2, my ex abused my daughter", "parent"),
        ("dad of 3, my son was abused as a child by his coach", "parent"),
        ("dw i'n fam, cafodd fy merch ei cham-drin gan ei thaid", "parent"),
        # ... "when i was" of the asker's own time, not of their harm
        ("my daughters 15 she was raped when i was out", "parent"),
        # a few years since, a child's own
        ("its been 2 years since my stepbrother touched me", "child"),
        # "in my room" is not a decade
        ("my uncle comes in my room at night", "child"),
    ],
)
def test_the_false_survivor_readings_are_not_made(words: str, persona: str) -> None:
    assert _persona(words) == persona


@pytest.mark.parametrize(
    "words",
    [
        "maths teacher, a year 6 girl told me her uncle touches her",
        "football coach a lad on my team says his stepdad hurts him",
        "hospital doctor child aged 4 with injuries, suspect sexual abuse at home",
        "police detective needing counselling referral for 12 year old",
        "breakfast club worker, a 6yo said her cousin does things to her",
        "im a piano teacher and a pupil disclosed abuse by her brother",
        "ta at a primary school, a boy says his dad hurts him",
        "TA, girl in my class says her grandad touches her",
        # Welsh puts the word after the role: "meddyg ysbyty" (hospital doctor)
        "meddyg ysbyty, plentyn 5 oed, pryder am gam-drin rhywiol gartref",
        "nyrs brys, merch 12 oed wedi dweud bod ei llystad yn ei cham-drin",
    ],
)
def test_a_role_with_a_word_in_front_is_a_professionals(words: str) -> None:
    assert _persona(words) == "professional"


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        # someone else's role, or a role sought
        ("my swimming teacher keeps touching me", "child"),
        ("maths teacher touched my daughter", "parent"),
        ("hospital doctor for my son after abuse", "parent"),
        ("trauma therapist near me", ""),
        ("meddyg ysbyty ar gyfer plentyn", ""),  # (a hospital doctor for a child: sought)
        # "ta" is "thanks", not a role, elsewhere
        ("ta for the help, counselling in hull", ""),
        ("ok ta", ""),
    ],
)
def test_no_false_professional(words: str, persona: str) -> None:
    assert _persona(words) == persona


@pytest.mark.parametrize(
    "words",
    [
        "support for parents of children abused by a relative",
        "advice for carers whose child has been sexually abused",
        "how to help your son after abuse by his uncle",
        "what should i do if ur daughter says grandad touched her",
        "signs of sexual abuse in a toddler",
        "how do i know if a child is being abused at home",
        "sons 9 and he told me his cousin touched him",
        "sut i wybod os yw plentyn yn cael ei gam-drin",
        "beth i'w wneud os yw eich plentyn yn dweud bod rhywun wedi ei gyffwrdd",
    ],
)
def test_a_parent_without_my_is_read_as_one(words: str) -> None:
    assert _persona(words) == "parent"


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        ("signs i was abused as a child", "adult"),
        ("how do i tell if i was abused as a child", "adult"),
        ("my stepdad touches me, should i tell my parents", "child"),
    ],
)
def test_no_false_parent(words: str, persona: str) -> None:
    assert _persona(words) == persona


def _first_screen(page) -> tuple[list[str], list[str], str]:
    soup = BeautifulSoup(page.data, "html.parser")
    title = soup.find(id="talk-now-title")
    talk = []
    if title is not None:
        box = title.find_parent(["aside", "section", "div"])
        talk = [li.get_text(" ", strip=True) for li in box.find_all("li")]
    cards = [h.get_text(" ", strip=True) for h in soup.select("li.app-result h3")]
    notes = " ".join(p.get_text(" ", strip=True) for p in soup.find_all("p"))
    return talk, cards, notes


@pytest.mark.parametrize(
    ("path", "words", "place", "first"),
    [
        ("/search", "mother of 3, abused by my grandad as a girl", "Exeter", "Rape"),
        ("/search", "its been 35 years since my uncle abused me", "Hull", "Rape"),
        ("/search", "swimming teacher, a girl told me her stepdad touches her", "Derby", "NSPCC"),
        ("/search", "help for parents whose son was abused by a cousin", "Luton", "NSPCC"),
        ("/cy/search", "arwyddion fod plentyn yn cael ei gam-drin gartref", "Bangor", "NSPCC"),
    ],
)
def test_the_talk_box_is_the_askers(bundled_client, path, words, place, first) -> None:
    page = bundled_client.get(path, query_string={"q": words, "location": place})
    talk, _, _ = _first_screen(page)
    assert talk and first in talk[0], talk


def test_help_for_parents_in_general_keeps_the_worried_line_in_its_place() -> None:
    """A question about parents in general tells of no child's abuse ("support for mums whose
    partner abused their kids"); a parent telling of their own child's does."""
    from directory.search.told import tells_of_abuse_done
    from directory.search.understand import understand

    general = clean_text("advice for carers whose child has been sexually abused")
    own = clean_text("my son has been sexually abused by his cousin")
    for words, told in ((general, False), (own, True)):
        asker = who_is_asking(words)
        assert asker.persona == "parent"
        assert tells_of_abuse_done(asker, understand(words).concepts, words) is told


def test_made_to_do_sexual_things_is_abuse_told(bundled_client) -> None:
    page = bundled_client.get(
        "/search",
        query_string={"q": "my girl is 12 and an older boy has been making her do sexual things",
                      "location": "Peterborough"},
    )  # fmt: skip
    talk, cards, _ = _first_screen(page)
    assert talk[0].startswith("NSPCC")
    assert not cards[0].startswith("Stop It Now")
