"""(twelfth session, after w31near) A professional's own sex, said with their role ("im a male
teacher", "female social worker"), is theirs: it never becomes the sex of the pupil or client
the help is for, nor a search for men's or women's services. The pupil's own words ("a girl in
year 9", "her uncle") give the child's sex, as a parent's do.

Found by hand on the merged main: "im a male teacher, a girl in my class…" at Bodmin put the
National Male Survivor Helpline second among the national cards and the girls' group below them.
Tested in other words and towns. Every test marked "old:" fails on d35a266.
"""

from __future__ import annotations

import pytest

from directory.search.understand import understand

from .helpers import page, texts_of

YEW = "Young Empowered Women"  # Women's Centre Cornwall: women and girls only
MEN_ONLY_LINE = "National Male Survivor Helpline"


def _search(client, q: str, location: str):
    response = client.get("/search", query_string={"q": q, "location": location})
    return page(response)


def _local(soup) -> list[str]:
    return texts_of(soup, 'section[aria-labelledby="local-title"] .app-result h3')


def _national_first(soup) -> list[str]:
    return texts_of(soup, 'section[aria-labelledby="national-title"] .app-result h3')


@pytest.mark.parametrize(
    "q",
    [
        "as a male form tutor i need help, a year 9 girl told me her step-grandad abused her",
        "male pastoral lead: girl in yr 10 disclosed that her mum's partner abuses her",
        "im a male PE teacher and a girl aged 14 told me her uncle touches her",
    ],
)
def test_a_male_professionals_girl_pupil_meets_the_girls_group_near_and_no_mens_line(
    bundled_client, q
):
    """old: his "male" made the men's line a national card and the girls' group come after
    every national answer."""
    soup = _search(bundled_client, q, "Falmouth")
    assert any(YEW in name for name in _local(soup)), _local(soup)
    assert not any(MEN_ONLY_LINE in name for name in _national_first(soup))


@pytest.mark.parametrize(
    ("q", "sex"),
    [
        ("female social worker, lad of 11 disclosed abuse by his stepmother", ""),
        ("im a woman GP and my patient, a boy of 13, was abused", "male"),
        ("male school nurse here, a year 7 girl says her cousin touched her", "female"),
    ],
)
def test_the_sex_read_for_a_professional_is_the_pupils_or_clients(q, sex):
    """old: the professional's own sex was read as the asker's."""
    understood = understand(q)
    assert understood.asker.persona == "professional"
    assert understood.asker.gender in ("", sex)
    assert not {c.name for c in understood.concepts} & ({"men", "women"} - _group(sex))


def _group(sex: str) -> set[str]:
    return {"male": {"men"}, "female": {"women"}}.get(sex, set())


@pytest.mark.parametrize(
    ("q", "sex"),
    [
        ("i am a male nurse and i was abused as a child by my uncle", "male"),
        ("im a female paramedic, my stepdad abused me when i was little", "female"),
        ("as a female GP, my patient (a man, 50) was abused as a boy", "male"),
    ],
)
def test_a_survivors_own_sex_and_a_clients_said_sex_are_still_read(q, sex):
    """Guard: a survivor who names their job keeps their own sex; a client's sex said of the
    client ("a man, 50") is kept for a professional."""
    assert understand(q).asker.gender == sex
