"""(w47unsaid, check46 F2) Someone who tells of a sexual assault on themselves in the last few
days and says no age, nor anything a child says, is most likely an adult or an older teenager:
the line for anyone 16 or over leads "Talk to someone now", with Childline still beside it for a
young person and no line for adults worried about a child, and the sexual assault referral
centre that takes adults comes before a centre only for children further away. With an age said
the page is as it was: a child's, or an adult's."""

from __future__ import annotations

import pytest

from tests.helpers import (
    bundled_records,
    card_ids,
    local_card_ids,
    searched,
    talk_box,
    talk_names,
)

#: the centre for children and adults, and the one only for children (Devon and Cornwall)
ALL_AGES_CENTRE = "devon-cornwall-sarc"
CHILDRENS_CENTRE = "devon-cornwall-sarc-childrens-service"


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("someone assaulted me sexually on friday night", "Torquay"),
        ("got raped walking home last night", "Newquay"),
        ("a man i met at a club raped me 2 days ago", "Bristol"),
        ("i think i was drugged and raped at the weekend", "Birmingham"),
        ("was raped this morning, what do i do", "Sheffield"),
    ],
)
def test_own_recent_assault_with_no_age_leads_with_the_line_for_16_and_over(
    bundled_client, words, town
):
    box = talk_names(talk_box(searched(bundled_client, words, town)))
    assert box[:1] == ["24/7 Rape & Sexual Abuse Support Line"], box
    assert "Childline" in box, box  # (still there for a young person)
    assert "NSPCC Helpline" not in box, box  # (for adults worried about a child)
    assert "Stop It Now helpline" not in box, box


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("someone assaulted me sexually on friday night", "Torquay"),
        ("got raped walking home last night", "Newquay"),
    ],
)
def test_own_recent_assault_with_no_age_puts_the_centre_taking_adults_first(
    bundled_client, words, town
):
    cards = local_card_ids(bundled_client, words, town)
    assert ALL_AGES_CENTRE in cards, cards
    assert cards.index(ALL_AGES_CENTRE) == 0, cards
    if CHILDRENS_CENTRE in cards:
        assert cards.index(CHILDRENS_CENTRE) > cards.index(ALL_AGES_CENTRE), cards


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("im 13 and someone raped me on friday night", "Torquay"),
        ("got raped last night, 15", "Newquay"),
    ],
)
def test_guard_a_child_who_says_their_age_keeps_childline_first_and_the_childrens_centre(
    bundled_client, words, town
):
    """Guard (passes on main too): an age under 18 said keeps a child's page."""
    box = talk_names(talk_box(searched(bundled_client, words, town)))
    assert box[:1] == ["Childline"], box
    cards = local_card_ids(bundled_client, words, town)
    assert cards[:1] == [CHILDRENS_CENTRE], cards


@pytest.mark.parametrize(
    "words", ["my friend was raped last night", "my sister got attacked and raped on saturday"]
)
def test_guard_someone_elses_assault_is_not_read_as_the_askers_own(bundled_client, words):
    """Guard (passes on main too): someone telling of another's assault keeps the NSPCC's
    line, which answers anyone worried about someone young."""
    box = talk_names(talk_box(searched(bundled_client, words, "Torquay")))
    assert "NSPCC Helpline" in box, box


#: (check46 F3) the note for a child who cannot contact a service on their own
GROWN_UP_NOTE = "ask a grown-up you trust"


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("my personal assistant touches me and i have a learning disability", "Leek"),
        ("i live in a care home and a carer comes in my room at night and touches me", "Derby"),
        ("i have learning difficulties and my key worker makes me do sex things", "Hull"),
        ("my support worker keeps touching me where i dont want", "Leicester"),
        ("the carer who helps me wash keeps touching my private parts", "Lincoln"),
    ],
)
def test_a_cared_for_person_who_says_no_age_is_not_treated_as_a_child(bundled_client, words, town):
    page = searched(bundled_client, words, town)
    box = talk_names(talk_box(page))
    assert box[:1] == ["24/7 Rape & Sexual Abuse Support Line"], box
    assert "Childline" in box, box  # (a young person with a carer still has their line)
    assert GROWN_UP_NOTE not in page.get_text(" "), "told to ask a grown-up"


#: Staffordshire's centre for adults, and the West Midlands centre only for children
ADULTS_CENTRE_STAFFS = "grange-park-sarc"
CHILDRENS_CENTRE_WM = "horizon-sarc-west-midlands-children"


def test_a_cared_for_person_who_says_no_age_sees_the_centre_for_adults_first(bundled_client):
    cards = local_card_ids(
        bundled_client,
        "my personal assistant touches me and i have a learning disability",
        "Newcastle-under-Lyme",
    )
    assert cards[:1] == [ADULTS_CENTRE_STAFFS], cards
    # (w59adult, check60 F7) harm now by who cares for them: the children's centre is still on
    # the page, but after the national answers rather than near
    assert CHILDRENS_CENTRE_WM not in cards, cards
    page = searched(
        bundled_client,
        "my personal assistant touches me and i have a learning disability",
        "Newcastle-under-Lyme",
    )
    assert f"/service/{CHILDRENS_CENTRE_WM}" in str(page)


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("my carer does things to me that i dont like", "Grimsby"),
        ("the carer who helps me wash keeps touching my private parts", "Lincoln"),
    ],
)
def test_a_cared_for_persons_own_carer_is_not_read_as_a_parent_of_a_child(
    bundled_client, words, town
):
    """ "my carer" is their own paid carer: the lines and services for parents and carers of
    a child do not lead the services available everywhere."""
    page = searched(bundled_client, words, town)
    national = card_ids(page.select(".app-national .app-result"))[:3]
    assert not set(national) & {"nspcc-helpline", "parents-protect", "stop-it-now"}, national
    assert "NSPCC Helpline" not in talk_names(talk_box(page))


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("the man across the road keeps inviting the local kids in for sleepovers", "Gloucester"),
        ("a volunteer at the youth club keeps taking pictures of the younger girls", "Bath"),
        ("the swimming instructor hugs the boys and kisses them, should i say something", "Hull"),
        ("worried about an older guy at my gym who has teenagers round at his flat", "Luton"),
        ("our lodger films the kids in the garden, is that normal", "Exeter"),
    ],
)
def test_a_grown_up_worried_about_another_adult_with_children_gets_the_nspcc_first(
    bundled_client, words, town
):
    """(check46 F7) Not "my son" or "my daughter": an adult worried about how another adult
    behaves with children gets the NSPCC's line for any adult worried about a child first and
    Stop It Now, not Childline first."""
    box = talk_names(talk_box(searched(bundled_client, words, town)))
    assert box[:1] == ["NSPCC Helpline"], box
    assert "Stop It Now helpline" in box, box


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("my swimming coach keeps hugging me and i dont like it", "Hull"),
        ("my uncle watches the kids when mum is at work and he touches me", "Exeter"),
        ("a man keeps taking pictures of me and the girls in my class", "Bath"),
    ],
)
def test_guard_a_child_speaking_of_their_own_group_keeps_childline_first(
    bundled_client, words, town
):
    """Guard (passes on main too): a child speaking of what is done to them, or in their own
    class, keeps Childline first."""
    box = talk_names(talk_box(searched(bundled_client, words, town)))
    assert box[:1] == ["Childline"], box


@pytest.mark.parametrize(
    ("words", "town"),
    [
        (
            "im 21, my little sister told me my mums boyfriend touches her, what should i do",
            "Grimsby",
        ),
        ("my younger brother said our stepdad hurts him and does stuff to him. im 20", "Doncaster"),
    ],
)
def test_a_grown_up_told_by_a_younger_sibling_gets_the_line_for_adults_worried_about_a_child(
    bundled_client, words, town
):
    """(check46 F10) A grown-up who says their age and that a younger brother or sister told
    them of abuse is worried about a child: the NSPCC's line first, as for a parent."""
    box = talk_names(talk_box(searched(bundled_client, words, town)))
    assert box[:1] == ["NSPCC Helpline"], box


def test_guard_a_grown_up_harmed_too_is_still_a_survivor(bundled_client):
    """Guard (passes on main too): "…touches her and me" is the asker's own abuse too."""
    box = talk_names(
        talk_box(
            searched(
                bundled_client,
                "my little sister told me our dad touches her and me, im 19",
                "Grimsby",
            )
        )
    )
    assert box[:1] == ["24/7 Rape & Sexual Abuse Support Line"], box


@pytest.mark.parametrize(
    ("words", "town"),
    [
        (
            "practice nurse: a woman in her 50s told me her brother abused her when she was "
            "young, where can i refer her",
            "Norwich",
        ),
        (
            "social worker, my service user is in his 60s and disclosed historic abuse in a care "
            "home, looking for counselling",
            "Ipswich",
        ),
        ("im a counsellor, my client is 45 and was abused by her uncle as a child", "Leeds"),
        # (w48judged, judged47) an adult's age said as "of 29" or "38 year old", and someone
        # who says they support an adult without naming their job
        ("key worker here, man of 27 with autism says his brother abuses him at home", "Luton"),
        ("i support a lady of 60 with mobility problems, her father abused her", "Preston"),
    ],
)
def test_a_professional_asking_for_an_adult_gets_the_lines_and_services_for_adults_first(
    bundled_client, words, town
):
    """(check46 F10) A professional asking for an adult they see: the lines for adults lead
    the box, not the NSPCC's line for adults worried about a child, and no service only for
    children is the first local card or among the first national ones."""
    page = searched(bundled_client, words, town)
    box = talk_names(talk_box(page))
    assert box[:1] == ["24/7 Rape & Sexual Abuse Support Line"], box
    assert "NSPCC Helpline" not in box, box
    national = card_ids(page.select(".app-national .app-result"))[:3]
    assert not set(national) & {"nspcc-helpline", "childline", "stop-it-now"}, national
    cards = local_card_ids(bundled_client, words, town)
    assert "brave-futures" not in cards[:1], cards


def test_someone_who_cares_for_an_adult_gets_the_lines_for_adults_first(bundled_client):
    """(w48judged) "we care for a 38 year old man": read as a parent's words, the NSPCC's line
    for adults worried about a child led the box. (The national list is still a parent's:
    NAPAC is among the services "made for other people".)"""
    words = "we look after a 41 year old woman with autism, her stepdad abused her"
    box = talk_names(talk_box(searched(bundled_client, words, "Taunton")))
    assert box[:1] == ["24/7 Rape & Sexual Abuse Support Line"], box
    assert "NSPCC Helpline" not in box, box


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("my son is 19 and has downs syndrome, his uncle abused him", "Leicester"),
        ("our daughter is 25, she just told us her stepdad abused her for years", "Stoke-on-Trent"),
    ],
)
def test_a_parent_of_a_grown_up_child_gets_the_lines_and_services_for_adults_first(
    bundled_client, words, town
):
    """(w48grown, the nineteenth words check's finding 8) A parent whose child is 18 or over:
    the lines for adults lead the box, not the NSPCC's line for adults worried about a child,
    and no service only for children is the first local card."""
    page = searched(bundled_client, words, town)
    box = talk_names(talk_box(page))
    assert box[:1] == ["24/7 Rape & Sexual Abuse Support Line"], box
    assert "NSPCC Helpline" not in box[:2], box
    records = bundled_records()
    first = local_card_ids(bundled_client, words, town)[:1]
    assert all("adult-survivors" in records[sid]["audiences"] for sid in first), first


def test_guard_a_professional_asking_for_a_pupil_keeps_the_nspcc_first(bundled_client):
    """Guard (passes on main too): a professional naming a child keeps the NSPCC's line."""
    page = searched(
        bundled_client,
        "teaching assistant, a girl in year 4 told me her uncle touches her",
        "Norwich",
    )
    assert talk_names(talk_box(page))[:1] == ["NSPCC Helpline"]
