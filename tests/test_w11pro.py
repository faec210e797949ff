"""Probe 11, patterns 7 and 8 (branch w11pro): people who work with children are read as
professionals whatever their role (a table of roles in English and in Welsh, with where they
work), on English and Welsh pages, and get the NSPCC Helpline first in "Talk to someone now"
(it advises professionals); a role that is someone else's (a child's teacher, a son's coach) is
not read as the asker's. Worded differently from the probe's own phrasings, in other towns."""

from __future__ import annotations

import re

import pytest

from directory.search.understand import understand


@pytest.mark.parametrize(
    "q",
    [
        # a role said first, from each field
        "playgroup leader, a 4 year old told me her uncle hurts her",
        "lunchtime supervisor a girl in reception said her stepdad does things to her",
        "club welfare officer, one of our under 14s disclosed abuse at home",
        "church safeguarding officer, a teenager in our youth group disclosed abuse by her brother",
        "early help worker 6 year old said mums boyfriend hurts her, what services are there",
        "police community support officer need support for a boy of 11 abused by his stepdad",
        "children's home manager, a resident aged 13 disclosed abuse by her grandfather",
        "scout leader a cub said his cousin touches him",
        "student social worker looking for services for a child abused by a relative",
        "head of year, a year 10 girl told me about abuse by her stepbrother",
        # a role said of oneself, anywhere
        "im a dinner lady and a little girl told me her dads friend hurt her",
        "as a residential support worker i need advice about a boy in our care",
        "i work as a nanny and the 5 year old i look after said her uncle touches her",
        "im the pastoral manager at a secondary, what do i do after a disclosure",
        "im a pcso and a mum asked me where her son can get help after abuse",
        # where they work
        "i work at a childrens home and a 14 year old disclosed abuse by her uncle",
        "i volunteer at a youth centre and a lad said his stepdad abuses him",
        "i teach year 3 and a boy said his brother hurts him",
        "i work with young people and one disclosed sexual abuse in her family",
    ],
)
def test_a_role_working_with_children_is_read_as_a_professional(q):
    assert understand(q).asker.persona == "professional", q


@pytest.mark.parametrize(
    "q",
    [
        "dw i'n ymwelydd iechyd, mae mam yn poeni am ei babi",
        "rwy'n weithiwr ieuenctid ac mae merch 15 oed wedi dweud bod ei llystad yn ei cham-drin",
        "plismon angen cymorth i fachgen 10 oed cam-drin gan ei ewythr",
        "gwarchodwr plant plentyn 4 oed yn dweud bod ei ewythr yn ei brifo",
        "fel pennaeth ysgol, ble ydw i'n atgyfeirio plentyn sydd wedi datgelu cam-drin",
        "hyfforddwr chwaraeon bachgen 12 yn dweud bod ei gefnder yn ei gyffwrdd",
        "dw i'n gweithio mewn cartref plant ac mae merch wedi datgelu cam-drin",
        "rwy'n feddyg teulu, plentyn 7 oed yn dweud bod ei dad yn ei frifo",
        "gweithwraig gymdeithasol angen gwasanaeth i blentyn cam-drin gan ei frawd",
        "pennaeth dw i, mae disgybl wedi datgelu cam-drin gan ei thaid",
        "gweithwraig ieuenctid, bachgen 13 yn dweud bod ei lystad yn ei gyffwrdd",
        "plismones ydw i, angen cymorth i ferch 14 oed",
    ],
)
def test_a_welsh_role_working_with_children_is_read_as_a_professional(q):
    assert understand(q).asker.persona == "professional", q


@pytest.mark.parametrize(
    ("q", "persona"),
    [
        # a child: the role is who did it, or someone in the child's life
        ("my teacher keeps touching me", "child"),
        ("our youth leader touches me when nobody is there", "child"),
        ("the coach keeps messaging me and i dont like it im 13", "child"),
        ("school nurse told me to look here, my uncle hurts me", "child"),
        ("fy athro wedi fy nghyffwrdd", "child"),
        ("athrawes fi yn cyffwrdd fi yn yr ysgol", "child"),
        # a parent: the role is their child's
        ("my sons football coach sent him pictures", "parent"),
        ("swimming coach has been messaging my 12 year old daughter", "parent"),
        ("the scout leader at my sons group touched him", "parent"),
        ("hyfforddwr pel droed fy mab wedi anfon lluniau ato", "parent"),
        # an adult: the role was who did it
        ("choir master abused me when i was 11", "adult"),
    ],
)
def test_a_role_that_is_someone_elses_is_not_the_askers(q, persona):
    assert understand(q).asker.persona == persona, q


@pytest.mark.parametrize(
    "q",
    [
        "childminder near me",
        "counsellor for children who were abused",
        "play therapist for kids",
        "sw london rape crisis",
        "dance teacher groomed girls at the studio",
    ],
)
def test_a_search_for_a_role_or_about_one_is_not_a_professional_asking(q):
    assert understand(q).asker.persona != "professional", q


@pytest.mark.parametrize(
    ("q", "not_searched"),
    [
        ("family support worker, a girl of 8 said her uncle hurt her", "family-support"),
        ("im a youth club worker, a boy aged 14 told me his stepdad abuses him", "men"),
    ],
)
def test_a_professionals_own_role_says_who_asks_not_what_they_need(q, not_searched):
    names = {c.name for c in understand(q).concepts}
    assert "professionals" in names
    assert not_searched not in names


def _talk_box(client, path: str, q: str, location: str) -> list[str]:
    html = client.get(path, query_string={"q": q, "location": location}).get_data(as_text=True)
    start = html.index('id="talk-now-title"')
    box = html[start : html.index("</section>", start)]
    prefix = "/cy" if path.startswith("/cy/") else ""
    return re.findall(rf'href="{prefix}/service/([a-z0-9-]+)"', box)


@pytest.mark.parametrize(
    ("path", "q", "location"),
    [
        (
            "/cy/search",
            "dw i'n athrawes ac mae disgybl wedi datgelu cam-drin gan ei thad",
            "Bangor",
        ),
        (
            "/cy/search",
            "swyddog heddlu angen cymorth i ferch 13 oed, cam-drin gan ei llystad",
            "Rhyl",
        ),
        ("/cy/search", "ymwelydd iechyd yn poeni am gam-drin rhywiol mewn teulu", "Aberystwyth"),
        # English words on a Welsh page
        ("/cy/search", "social worker, a boy of 9 disclosed abuse by his grandad", "Merthyr"),
        ("/search", "playgroup leader, a 4 year old told me her uncle hurts her", "Derby"),
        ("/search", "i work at a childrens home, a girl of 15 disclosed abuse", "Norwich"),
    ],
)
def test_a_professional_gets_the_nspcc_helpline_first_on_english_and_welsh_pages(
    bundled_client, path, q, location
):
    lines = _talk_box(bundled_client, path, q, location)
    assert lines and lines[0] == "nspcc-helpline", lines


def test_a_professionals_first_card_is_not_a_childrens_own_line(bundled_client):
    html = bundled_client.get(
        "/search",
        query_string={
            "q": "early years worker, 5 year old said her mums boyfriend hurts her, what services",
            "location": "Carlisle",
        },
    ).get_data(as_text=True)
    first = re.search(r'class="app-result".*?<h3[^>]*>(.*?)</h3>', html, re.S)
    assert first is not None
    assert "Childline" not in first.group(1), first.group(1)


@pytest.mark.parametrize(
    ("q", "persona"),
    [
        # a child naming who harms them by their job (these read as a professional before)
        ("teacher at my school keeps kissing me", "child"),
        ("support worker at my childrens home touches me at night", "child"),
        ("youth leader at church kissed me im 13", "child"),
        # an adult survivor who names their own job, or asks for a referral for themselves
        ("as a paramedic i was raped as a teenager and need someone to talk to", "adult"),
        ("i was sexually abused as a child, can my gp refer me to counselling", "adult"),
        ("im a care worker and i was abused when i was little", "adult"),
    ],
)
def test_a_role_named_with_harm_done_to_the_asker_is_not_a_professional_asking(q, persona):
    assert understand(q).asker.persona == persona, q


@pytest.mark.parametrize(
    "q",
    [
        "childminder abused children in her care for years",
        "gweithiwr cymdeithasol ddim yn gwrando arna i",
    ],
)
def test_what_a_role_holder_did_is_not_a_professional_asking(q):
    assert understand(q).asker.persona != "professional", q


@pytest.mark.parametrize(
    "q",
    [
        "a boy in our setting said his uncle hurts him, who can advise",
        "as a primary school we need advice after a year 2 girl said something worrying",
        "mash referral made for a 7 year old, what therapy is there",
        "core group next week, girl of 12 abused by her mums partner, which services",
        "cynhadledd amddiffyn plant wedi penderfynu, angen cymorth i blentyn 9 oed",
    ],
)
def test_the_fields_own_words_say_a_professional_is_asking(q):
    assert understand(q).asker.persona == "professional", q


@pytest.mark.parametrize(
    ("q", "persona"),
    [
        ("my child in need of counselling after abuse by her uncle", "parent"),
        ("my daughters core group meeting is next week, her uncle abused her", "parent"),
    ],
)
def test_the_fields_words_from_a_parent_are_a_parents(q, persona):
    assert understand(q).asker.persona == persona, q


@pytest.mark.parametrize(
    ("q", "location"),
    [
        (
            "school nurse, boy of 9 disclosed abuse by his uncle, need specialist counselling",
            "Cumberland",
        ),
        (
            "school counsellor, a girl of 8 told me her grandad abuses her, specialist help",
            "Shropshire",
        ),
    ],
)
def test_the_line_advising_a_professional_comes_before_a_childrens_own_line(
    bundled_index, gazetteer, q, location
):
    from directory.finder import FindRequest, find

    shown = find(bundled_index, gazetteer, FindRequest(q=q, location=location)).shown_ids()
    assert shown.index("nspcc-helpline") < shown.index("childline"), shown[:5]


def test_a_child_still_gets_childline_before_the_nspcc(bundled_index, gazetteer):
    from directory.finder import FindRequest, find

    shown = find(
        bundled_index,
        gazetteer,
        FindRequest(
            q="im 9 and my uncle hurts me i need someone to talk to", location="Cumberland"
        ),
    ).shown_ids()
    assert shown.index("childline") < shown.index("nspcc-helpline"), shown[:5]
