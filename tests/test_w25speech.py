"""(w25speech) Who is asking, read from spoken and dialect forms, English and Welsh: dropped
g's and "bout", "me" for "my", regional words for a child, "am 58" without "i", a describing
word between "my" and the child; Welsh possessives said after the noun ("ma'n merch i", "plentyn
fi") and the south's dropped "-au" ("teimlade"); a young person's own act with the wish not to
do it again, or thoughts of touching a younger child; thoughts about "them" after naming the
children; Welsh words for men and women abused as children and for a sexual interest in
children. Other words and towns than the probe's; parsed pages."""

from __future__ import annotations

import pytest

from tests.helpers import page, texts_of

CHILD_LINES = {"Childline", "Llinell gymorth Meic"}
PARENT_LINES = {"NSPCC Helpline", "Llinell Gymorth y NSPCC"}
ADULT_LINES = {
    "24/7 Rape & Sexual Abuse Support Line",
    "NAPAC support line",
    "Victim Support Supportline",
    "Samaritans",
    "Samariaid",
    "Llinell Gymorth Byw Heb Ofn",
}
OWN_LINES = {"Stop It Now helpline"}


def _talk(client, q: str, location: str = "", welsh: bool = False) -> list[str]:
    path = "/cy/search" if welsh else "/search"
    soup = page(client.get(path, query_string={"q": q, "location": location}))
    return [name.split(":")[0].strip() for name in texts_of(soup, "aside.app-talk-now li")]


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        # Welsh: the possessive after the noun, "ma'n" for "mae fy"
        ("ma'n merch i'n 9 a mae ei thaid wedi ei cham-drin", "Swansea", True),
        ("ma plentyn fi wedi cael ei gam-drin gan ei ewythr", "", True),
        ("ma'n llysferch i'n 13, mae ei llystad wedi ei cham-drin", "", True),
        # English: "me" for "my", regional words for a child, a describing word before them
        ("me lass has just told me her grandad touched her", "Sheffield", False),
        ("me bairn is 7 and his stepdad abused him", "", False),
        ("our wean is 8 and the babysitter touched her", "", False),
        ("my disabled daughter was abused by her grandad", "", False),
        ("my dyslexic girl was touched by her uncle", "Norwich", False),
    ],
)
def test_a_parent_in_spoken_words_gets_the_parents_line_first(bundled_client, q, location, welsh):
    talk = _talk(bundled_client, q, location, welsh)
    assert talk and talk[0] in PARENT_LINES, talk


@pytest.mark.parametrize(
    ("q", "welsh"),
    [
        ("fi'n cael teimlade rhywiol am blant a fi'n becso", True),
        ("oes diddordeb rhywiol gen i mewn pobl ifanc? dwi angen help", True),
        ("i cant stop thinkin bout doin stuff to children", False),
        ("i babysit my cousins and ive been having thoughts about touching them", False),
        # a young person's own act, with the wish not to do it again, whatever their age
        ("im 14 and i touched my little cousin and i never want to do that again", False),
        ("dwi'n 16 a nes i gyffwrdd fy nghefnder bach, dwi ddim eisiau gwneud hynny eto", True),
        # ... and a young person's thoughts of touching a child said younger
        ("im 16 and i keep having thoughts about touching my 7 year old cousin", False),
        ("im 14 and i keep thinking about touching my baby sister, i need to stop", False),
    ],
)
def test_someone_telling_of_their_own_thoughts_or_acts_gets_stop_it_now_first(
    bundled_client, q, welsh
):
    talk = _talk(bundled_client, q, welsh=welsh)
    assert talk and talk[0] in OWN_LINES, talk
    assert not set(talk) & PARENT_LINES, talk


@pytest.mark.parametrize(
    ("q", "welsh"),
    [
        ("interfered with as a nipper by my grandad, it still haunts me", False),
        ("abused as a wean by a neighbour and its still with me", False),
        ("am 58, the lodger did things to me", False),
        ("cymorth i fenywod a dreisiwyd yn blant", True),
        ("grŵp i ddynion a gafodd eu cam-drin pan oedden nhw'n ifanc", True),
    ],
)
def test_an_adult_survivor_in_spoken_words_gets_an_adult_line_and_no_childrens(
    bundled_client, q, welsh
):
    talk = _talk(bundled_client, q, welsh=welsh)
    assert talk and talk[0] in ADULT_LINES, talk
    assert not set(talk) & CHILD_LINES, talk


def test_correctly_spelt_words_ending_in_in_are_kept(bundled_client):
    """ "cousin" is never read as a dropped g ("cousing"): a child telling of a cousin."""
    talk = _talk(bundled_client, "me cousin has been touchin me, im 11", "Hull")
    assert talk and talk[0] in CHILD_LINES, talk
