"""(forty-second walk-through F3; the forty-first's F2 and the fortieth's F1) Someone telling of
their own looking, noticing, feelings or reactions towards children in their own way, with
fear, shame, disgust, "not right", "shouldn't" or wanting it stopped, was read as a survivor:
the rape line and Victim Support in the talk box, survivors' counselling and a SARC first, and
Stop It Now only in the footer. Now Stop It Now is alone in the talk box and the first card.
A parent frightened by another man's looking, a survivor whose memories children bring back, a
professional telling of a colleague, and someone looked at keep their own pages. Other words
and towns than the walk's."""

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i catch myself eyeing up young girls at the bus stop and i know it isnt right", "Louth"),
        ("im 52 and i stare at children in the supermarket sexually, i hate it", "Bridport"),
        ("i've started noticing kids at my son's football club in a way I shouldn't", "Ripon"),
        ("the way I react when I see young boys at the beach scares me", "Whitby"),
        ("I find myself watching children in the playground and it disgusts me", "Frome"),
        ("woman, 44. I keep checking out teenage boys and I want it to stop", "Buxton"),
        ("ashamed of how I feel around the pupils I coach, who can I talk to", "Ludlow"),
        ("the feelings I get watching children play frighten me", "Hexham"),
        ("I notice things about young girls that I shouldn't. I'm 30", "Penrith"),
        ("I'm frightened by how I react to children on the train", "Retford"),
        ("male 61, I glance at kids in a way that is not normal and want to stop", "Alnwick"),
        ("I hate myself for the way I watch teenage girls at the gym", "Tiverton"),
        ("I keep looking at young lads at the swimming baths and it isn't right", "Kendal"),
        ("I feel guilty about the way I see my niece", "Malton"),
        (
            "I'm their teacher but I keep staring at the kids in my class and I know it's wrong",
            "Thirsk",
        ),
    ],
)
def test_own_looking_at_children_brings_stop_it_now_alone(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup)) == ["Stop It Now helpline"]
    first = [sid for sid, _ in cards_and_words(soup)]
    assert first and first[0] == "stop-it-now", first[:3]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): another's looking, a survivor's memories, a professional
        # telling of a colleague, the asker looked at, a parent's fear for their children
        ("I saw a man staring at kids at the swings in a way that scared me", "Louth"),
        ("seeing children at the leisure centre brings back what happened to me", "Ripon"),
        ("I'm a teacher and I noticed a colleague looking at pupils in a way that isn't right",
         "Frome"),
        ("my stepdad looks at me in a way that scares me", "Buxton"),
        ("the kids at school look at me in a sexual way and I'm 13", "Hexham"),
        ("I'm scared for my children when I see men watching them at the park", "Whitby"),
    ],
)  # fmt: skip
def test_guard_others_looking_keeps_stop_it_now_out_of_first_place(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    names = talk_names(talk_box(soup))
    assert not names or names[0] != "Stop It Now helpline", names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my son told me his grandad abused him and every time I look at him I cry", "Stroud"),
        ("I was abused as a child and when I look at my own children I panic", "Lydney"),
        ("when I look at my girls I'm terrified he will hurt them too", "Cirencester"),
        ("I look at my daughter and can't believe her stepdad did this", "Tewkesbury"),
    ],
)
def test_a_parent_or_survivor_who_looks_at_their_children_is_not_read_as_own_thoughts(
    bundled_client, words, place
):
    # "i look at" alone was read as the asker's own viewing: Stop It Now alone in the box
    soup = searched(bundled_client, words, place)
    names = talk_names(talk_box(soup))
    assert names and names[0] != "Stop It Now helpline", names
    assert "stop-it-now" not in [sid for sid, _ in cards_and_words(soup)][:1]
