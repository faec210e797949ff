"""(forty-fifth walk-through F6; check60 finding 10) The lines in "Talk to someone now" for who
is asking: a parent telling what someone did to their child, a professional asking about a
child, an adult who suspects another adult of abusing children.

Other words and towns than the reports' (Brundall, Slaithwaite, Askrigg, Hove, Swindon).
"""

from __future__ import annotations

import pytest

from tests.helpers import posted_results, talk_box, talk_names

STOP_IT_NOW = "Stop It Now helpline"
NSPCC = ("NSPCC Helpline", "Llinell Gymorth y NSPCC")
CHILDRENS = ("Childline", "Meic helpline", "Llinell gymorth Meic")


def _names(client, words: str, place: str, lang: str = "en", pro: bool = False) -> list[str]:
    if pro:  # a client of its own, so that the switch stays off for the other tests
        client = client.application.test_client()
    return talk_names(talk_box(posted_results(client, words, place, lang, professional=pro)))


@pytest.mark.parametrize(
    ("words", "place", "lang"),
    [
        ("i want to tell the police what my ex did to our daughter", "Ipswich", "en"),
        ("my daughter has told me about the things her grandad did to her", "Hereford", "en"),
        (
            "my son told me what his stepdad did to him when he stayed there, who can help him",
            "Kettering",
            "en",
        ),
        (
            "my foster son told his social worker what his mums boyfriend did to him sexually",
            "Kendal",
            "en",
        ),
        (
            "Mae fy mab wedi dweud wrtha i beth wnaeth ei ewythr iddo fo. Pwy all helpu?",
            "Aberystwyth",
            "cy",
        ),
    ],
)
def test_a_parent_telling_what_someone_did_to_their_child_gets_no_stop_it_now(
    bundled_client, words, place, lang
):
    """F6: told as "what he did to my son", with no word of abuse, the harm done was not read:
    Stop It Now (for worries about someone's behaviour) was the second line, as if the parent
    were worried about themselves."""
    names = _names(bundled_client, words, place, lang)
    assert names[0] in NSPCC, names
    assert STOP_IT_NOW not in names, names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a worry about a child's or a partner's behaviour, and what
        # the asker's own child did to another
        ("i am worried about my son's behaviour towards his sister", "Kettering"),
        ("my son told me what he did to his little sister", "Kendal"),
        ("what my daughter did to our son has left us in bits", "Wigan"),
        ("my partner looks at images of children", "Taunton"),
    ],
)
def test_a_worry_about_someones_behaviour_keeps_stop_it_now(bundled_client, words, place):
    assert STOP_IT_NOW in _names(bundled_client, words, place)


@pytest.mark.parametrize(
    ("words", "place", "lang"),
    [
        (
            "designated safeguarding lead, a 9 year old girl has disclosed abuse by her stepfather",
            "Lincoln",
            "en",
        ),
        ("school nurse, girl aged 14 disclosed rape by her brother", "Exeter", "en"),
        ("social worker, child of 6 with sexualised behaviour", "Swindon", "en"),
        (
            "athrawes ydw i, mae merch 10 oed wedi dweud bod ei llystad yn ei cham-drin",
            "Bangor",
            "en",
        ),
    ],
)
def test_a_professional_asking_about_a_child_gets_the_childs_line_second(
    bundled_client, words, place, lang
):
    """F6: with the professional switch on, Victim Support (for victims of crime; it suits
    adults) came second, above Childline; in Wales, Live Fear Free above Meic."""
    names = _names(bundled_client, words, place, lang, pro=True)
    assert names[0] in NSPCC, names
    assert names[1] in CHILDRENS, names


def test_a_professional_asking_about_an_adult_gets_no_childrens_line(bundled_client):
    # guard (passes on main too): an adult client's lines are adults'
    names = _names(
        bundled_client, "GP, adult patient disclosed childhood sexual abuse", "Bath", pro=True
    )
    assert not set(names) & set(CHILDRENS), names


@pytest.mark.parametrize(
    ("words", "place", "lang"),
    [
        (
            "my uncle runs a football club and i suspect he has been touching the boys",
            "Worthing",
            "en",
        ),
        ("my cousin is a scout leader and i think hes abusing kids", "Crawley", "en"),
        ("i believe my husband is abusing his granddaughter", "Reading", "en"),
        ("my sisters boyfriend keeps texting teenage girls", "Stockport", "en"),
    ],
)
def test_an_adult_who_suspects_another_adult_gets_the_nspcc_and_stop_it_now(
    bundled_client, words, place, lang
):
    """check60 finding 10: "my brother is a teacher and i think he is abusing children" got
    Childline alone; "my friends husband messages young girls" no Stop It Now."""
    names = _names(bundled_client, words, place, lang)
    assert names[:2] == ["NSPCC Helpline", STOP_IT_NOW], names


def test_a_welsh_adult_who_suspects_another_adult_gets_the_nspcc_first(bundled_client):
    """... in Welsh ("I think my brother is abusing children"): Meic, a line for children,
    came first."""
    names = _names(bundled_client, "dwi'n meddwl bod fy mrawd yn cam-drin plant", "Bangor", "cy")
    assert names[0] in NSPCC, names
    assert not set(names) & set(CHILDRENS), names


@pytest.mark.parametrize(
    ("words", "place", "lang"),
    [
        # guards (pass on main too): a child telling of an adult keeps Childline first
        ("my teacher touches me", "Brighton", "en"),
        ("im 13 and i think my stepdad is abusing his daughter", "Eastbourne", "en"),
        ("mae fy athro yn cyffwrdd fi", "Bangor", "cy"),
    ],
)
def test_a_child_telling_of_an_adult_keeps_the_childrens_line_first(
    bundled_client, words, place, lang
):
    assert _names(bundled_client, words, place, lang)[0] in CHILDRENS
