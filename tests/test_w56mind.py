"""(forty-fourth walk-through F2) Someone frightened by their own thinking about children, said
as a verb ("i keep thinking things about little kids that i know are wrong", "my mind goes to
small children"), in text-speak too ("thinkin stuff bout", "i no r wrong"), was read as a
victim: Childline and the rape line in the talk box, a sexual assault service for raped
children among the first cards, and Stop It Now only in the footer. Now a teenager sees Stop
It Now then Childline and no sexual assault service; a grown-up sees Stop It Now alone. A
survivor's memories, a sibling's harm, a parent's fear, "thinking things through" and someone
else's thinking keep their own pages. Other words and towns than the walk's."""

import pytest

from tests.helpers import bundled_records, cards_and_words, searched, talk_box, talk_names

STOP_IT_NOW = "Stop It Now helpline"


def _assault_services() -> set[str]:
    """Sexual assault referral centres and rape lines: for someone raped or assaulted."""
    return {
        sid
        for sid, record in bundled_records().items()
        if "sarc" in record.get("support_types", ())
        or "sexual assault" in record.get("name", "").lower()
        or "rape" in record.get("name", "").lower()
    }


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im 15 and i keep thinkin stuff bout younger kids that i know is wrong", "Mansfield"),
        ("14 here, ive been imagining things with small children i shouldnt", "Worksop"),
        ("im 17 n my mind keeps going to little kids and i hate it", "Loughborough"),
        ("im 16 and i keep picturing stuff about toddlers that isnt normal", "Dudley"),
        ("15 yr old girl, i think things about little children that scare me", "Keynsham"),
    ],
)
def test_a_teenager_frightened_by_their_own_thinking_sees_stop_it_now_then_childline(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    names = talk_names(talk_box(soup))
    assert names[:2] == [STOP_IT_NOW, "Childline"], names
    cards = [sid for sid, _ in cards_and_words(soup)]
    assert cards[:1] == ["stop-it-now"], cards[:3]
    assert not _assault_services() & set(cards[:5]), cards[:5]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im 41 and i keep thinking things about children that i know are wrong", "Melksham"),
        ("i keep having pictures in my head of little kids and it scares me", "Wisbech"),
        ("ive been imagining young girls in ways that arent normal, im 29", "Grantham"),
        ("man 55, my mind goes to small children and it frightens me", "Hinckley"),
    ],
)
def test_a_grown_up_frightened_by_their_own_thinking_sees_stop_it_now_alone(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup)) == [STOP_IT_NOW]
    cards = [sid for sid, _ in cards_and_words(soup)]
    assert cards[:1] == ["stop-it-now"], cards[:3]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a survivor's memories, a sibling's harm, a parent's fear,
        # planning for the children, someone else's thinking, a professional's question
        ("im 16 and i keep thinking about what my uncle did to me when i was little", "Mansfield"),
        ("i cant stop thinking about my little brother and what my stepdad did", "Worksop"),
        ("i keep thinking about my children being alone with their dad", "Loughborough"),
        ("thinking things through about the childrens contact after the split", "Dudley"),
        ("my partner keeps thinking things about little girls that are wrong", "Keynsham"),
        ("how do I support a pupil who keeps picturing younger kids in ways that scare him",
         "Grantham"),
    ],
)  # fmt: skip
def test_guard_others_thinking_or_memories_are_not_read_as_own_thoughts(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    names = talk_names(talk_box(soup))
    assert not names or names != [STOP_IT_NOW], names
    assert [sid for sid, _ in cards_and_words(soup)][:1] != ["stop-it-now"]
